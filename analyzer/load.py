"""Load stage: paths (files, folders, ``-``) into decoded pages.

One input file can hold one page (.html/.htm/.xhtml, .txt) or many (.warc/.warc.gz,
.jsonl). Errors are raised as ``LoadError`` naming the file and the reason, so that
the caller can report them in one line and go on with the rest of the batch.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .records import Page

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt",)
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
PAGE_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES

# A folder walk skips these even when their suffix fits: package metadata, VCS
# internals and our own generated reports are never pages a user meant to analyse.
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv"}
SKIP_NAMES = {"README.txt", "LICENSE.txt", "requirements.txt", "CMakeLists.txt"}
MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"


class LoadError(Exception):
    """A file that cannot be read as a page; ``str()`` is the one-line message."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and page files found below folders named, in a stable order.

    A named file is always tried (the user asked for it); inside folders only files
    with a page suffix are taken, so that a crawl folder with images and logs works.
    A path that does not exist is yielded as is so that loading reports it.
    """
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if not path.is_dir():
            yield raw
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                if name.lower().endswith(PAGE_SUFFIXES) and name not in SKIP_NAMES:
                    yield str(Path(root) / name)


def load(source: str) -> Iterator[Page]:
    """Pages of one input (a file path or ``-`` for stdin)."""
    raw = read_bytes(source)
    name = source.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from _warc_pages(source, raw)
    elif name.endswith(JSONL_SUFFIXES):
        yield from _jsonl_pages(source, raw)
    elif name.endswith(HTML_SUFFIXES):
        yield html_page(source, raw)
    elif name.endswith(TEXT_SUFFIXES):
        yield text_page(source, raw)
    else:
        # stdin or an unknown suffix: look at the bytes.
        yield html_page(source, raw) if looks_like_html(raw) else text_page(source, raw)


def read_bytes(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        raise LoadError(source, "no such file")
    if path.is_dir():
        raise LoadError(source, "is a folder")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(source, f"too large ({size} bytes; limit {MAX_BYTES})")
        data = path.read_bytes()
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except OSError as exc:
        raise LoadError(source, exc.strerror or str(exc)) from None
    if source.lower().endswith(".gz") and not source.lower().endswith(".warc.gz"):
        try:
            data = gzip.decompress(data)
        except OSError as exc:
            raise LoadError(source, f"not a valid gzip file ({exc})") from None
    return data


def looks_like_html(raw: bytes) -> bool:
    head = raw[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in raw[:8192].lower()


def html_page(source: str, raw: bytes) -> Page:
    if not raw.strip():
        raise LoadError(source, "empty file")
    text, encoding = decode_html(raw)
    return Page(source=source, kind="html", content=text, encoding=encoding, raw=raw)


def text_page(source: str, raw: bytes) -> Page:
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoadError(source, "binary file, not a text page")
    text, encoding = decode_text(raw)
    if not text.strip():
        raise LoadError(source, "empty file")
    return Page(source=source, kind="text", content=text.replace("\r\n", "\n"), encoding=encoding)


def decode_text(raw: bytes) -> tuple[str, str]:
    """BOM first, then strict UTF-8 (most dumps), then charset-normalizer's guess."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(enc, errors="replace"), enc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return raw.decode("utf-8", errors="replace"), "utf-8"
    return str(best), best.encoding


def decode_html(raw: bytes) -> tuple[str, str]:
    """The HTML segmenter's decoder (BOM, meta charset, detection) when present."""
    try:
        from .segment.encoding import decode_html as segment_decode
    except ImportError:
        return decode_text(raw)
    return segment_decode(raw)


def _warc_pages(source: str, raw: bytes) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = raw[:64]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(raw)).read(64)
        except (OSError, EOFError) as exc:
            raise LoadError(source, f"not a valid WARC file ({exc})") from None
    if not head.startswith(b"WARC/"):
        raise LoadError(source, "not a WARC file (no WARC/ header)")
    try:
        for record in ArchiveIterator(io.BytesIO(raw)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or "?"
            body = record.content_stream().read()
            if body.strip():
                yield replace(html_page(f"{source}#{url}", body), fetched=record.rec_headers.get_header("WARC-Date"))
    except ArchiveLoadFailed as exc:
        raise LoadError(source, f"not a valid WARC file ({exc})") from None


def _jsonl_pages(source: str, raw: bytes) -> Iterator[Page]:
    """Lines of ``{"html": ...}`` or ``{"text": ...}``, with an optional ``url``/``source`` and
    ``fetched`` (when the page was saved, ISO 8601)."""
    text, _ = decode_text(raw)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoadError(f"{source}:{lineno}", f"invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise LoadError(f"{source}:{lineno}", "a line is not a JSON object")
        name = f"{source}#{obj.get('url') or obj.get('source') or lineno}"
        if isinstance(obj.get("html"), str):
            page = html_page(name, obj["html"].encode("utf-8"))
        elif isinstance(obj.get("text"), str):
            page = text_page(name, obj["text"].encode("utf-8"))
        else:
            raise LoadError(f"{source}:{lineno}", 'no "html" or "text" field')
        yield replace(page, fetched=obj["fetched"]) if isinstance(obj.get("fetched"), str) else page
