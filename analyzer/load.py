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
import mmap
import os
import re
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

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


def _stderr(message: str) -> None:
    print(f"analyzer: {message}", file=sys.stderr)


def expand(paths: Iterable[str], exclude: Iterable[str] = (),
           note: Callable[[str], None] | None = None) -> Iterator[str]:
    """Files named, and page files found below folders named, in a stable order.

    A named file is always tried (the user asked for it); inside folders only files
    with a page suffix are taken, so that a crawl folder with images and logs works,
    and not what this tool wrote there (``_our_output``).
    A path that does not exist is yielded as is so that loading reports it.

    Each file comes once, at its first mention: ``analyze crawl crawl/a.html``, a file named twice
    or reached through a link gave its comments twice (twice the counts in a report), and a
    second ``-`` found standard input already read and failed as an empty file. ``exclude``: files
    never to read, the run's own output (``analyze crawl -o crawl/out.jsonl`` read the file it was
    writing). ``note``: where a file the walk skips on purpose is told (a FIFO; default standard
    error).
    """
    seen = {os.path.realpath(path) for path in exclude if path and path != STDIN}
    for found in _expand(paths, note or _stderr):
        key = found if found == STDIN else os.path.realpath(found)
        if key not in seen:
            seen.add(key)
            yield found


def _expand(paths: Iterable[str], note: Callable[[str], None]) -> Iterator[str]:
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if not path.is_dir():
            # written as a folder walk writes it ("./a.html" as "a.html"): a page's name keys its
            # rows in the SQLite store, and two spellings of one file were two pages there
            yield str(path)
            continue
        yield from _walk(path, note)


def _walk(path: Path, note: Callable[[str], None]) -> Iterator[str]:
    """Page files below a folder. Linked folders are followed, as linked files are (a crawl
    assembled from links to other disks lost those folders without a word); each real folder
    once, so a link back up the tree does not loop."""
    unreadable: list[OSError] = []
    walked = set()
    for root, dirs, files in os.walk(path, onerror=unreadable.append, followlinks=True):
        # a folder that cannot be listed was skipped without a word (os.walk's default):
        # its name is yielded, and loading it says why
        yield from (str(exc.filename) for exc in unreadable)
        unreadable.clear()
        walked.add(os.path.realpath(root))
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                         and os.path.realpath(os.path.join(root, d)) not in walked)
        for name in sorted(files):
            # hidden files as hidden folders: macOS copies a "._page.html" of metadata
            # beside every page of a crawl (a "binary file" error each, and exit code 1)
            if name.lower().endswith(PAGE_SUFFIXES) and name not in SKIP_NAMES and not name.startswith("."):
                found = Path(root) / name
                if not _special(found, note) and not _our_output(found):
                    yield str(found)
    yield from (str(exc.filename) for exc in unreadable)  # the last folders walked into


def _special(path: Path, note: Callable[[str], None]) -> bool:
    """Whether a file met in a folder walk is a FIFO, a socket or a device, which is not opened:
    reading one blocks until a writer comes, or never ends (/dev/zero). Named on the command line
    it is read (``analyzer analyze <(zcat crawl.jsonl.gz)`` gives a FIFO); met in a walk it is
    reported as skipped, with a one-line note and no change to the exit code."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # a broken link: loading reports it
    if stat.S_ISREG(mode):
        return False
    kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
    note(f"{path}: skipped, a {kind} (a folder walk reads only files; name it to read it)")
    return True


# The keys of every record ``analyze`` and ``classify`` write, and that no page crawl's line has.
_OUR_RECORD_KEYS = {"text", "lang", "normalized", "sentiment", "toxicity"}


def _our_output(path: Path) -> bool:
    """Whether a file in a folder walk is what this tool wrote: an HTML report, or JSON lines of
    comment records (which hold a "text" field, so each record was read as a one-line text page).
    A crawl folder often holds an earlier run's ``-o`` beside its pages; a report was analysed as
    a page and its comment tables became comments. Only those two kinds of file are opened, and
    only their head is read: the walk comes before each page is read whole."""
    name = path.name.lower()
    if name.endswith(HTML_SUFFIXES):
        from .report import is_own_report

        return is_own_report(path)
    if not name.endswith(".jsonl"):
        return False
    head = file_head(str(path), 1 << 16)
    if head is None:
        return False  # loading reports it
    try:
        first = json.loads(head.lstrip(codecs.BOM_UTF8).split(b"\n", 1)[0])
    except ValueError:  # a bad or long first line: a crawl's page, or not ours to judge
        return False
    return isinstance(first, dict) and _OUR_RECORD_KEYS <= first.keys()


def load(source: str) -> Iterator[Page | LoadError]:
    """Pages of one input (a file path or ``-`` for stdin).

    A file that cannot be read raises ``LoadError``. A bad record inside a crawl file (a JSON line,
    a WARC response) is yielded as a ``LoadError`` in its place instead: the file's other pages
    still come, as a crawl's pages do after one bad file."""
    name = source.lower()
    if name.endswith(WARC_SUFFIXES):  # never stdin ("-"); a crawl's WARC is often gigabytes: mapped, not read
        with _mapped(source) as mapped:
            yield from _warc_pages(source, mapped)
        return
    if name.endswith(JSONL_SUFFIXES):  # never stdin: a crawl in JSON lines is read a line at a time
        yield from _jsonl_file(source)
        return
    raw = read_bytes(source)
    if raw[:2] == _GZIP and name.endswith(HTML_SUFFIXES + TEXT_SUFFIXES):
        # a page saved as the server sent it, gzipped ("curl URL > page.html" without
        # --compressed, wget from a server that gzips whatever it is asked)
        raw = _gunzip(source, raw)
    if name.endswith(HTML_SUFFIXES):
        yield html_page(source, raw)
    elif name.endswith(TEXT_SUFFIXES):
        yield text_page(source, raw)
    else:
        yield from _sniffed(source, raw)


def _sniffed(source: str, raw: bytes) -> Iterator[Page | LoadError]:
    """Pages of standard input or a file with an unknown suffix, by what the bytes hold.

    ``analyzer analyze - < crawl.warc`` (or ``zcat ... |``, ``curl ... |``) was read as one page
    whatever came in: a WARC's records, mixed encodings and all, became one garbled text, a
    gzipped page was refused as binary, and a JSON-lines crawl was one text dump."""
    if raw[:2] == _GZIP:
        if _gunzipped_head(raw).startswith(b"WARC/"):
            yield from _warc_pages(source, raw)
            return
        raw = _gunzip(source, raw)
    if raw.startswith(b"WARC/"):
        yield from _warc_pages(source, raw)
    elif _looks_like_jsonl(raw):
        yield from _jsonl_pages(source, raw)
    else:
        yield html_page(source, raw) if looks_like_html(raw) else text_page(source, raw)


def _gunzipped_head(raw: bytes, size: int = 64) -> bytes:
    try:
        return gzip.GzipFile(fileobj=io.BytesIO(raw[:1 << 16])).read(size)
    except (OSError, EOFError, zlib.error):
        return b""


def _looks_like_jsonl(raw: bytes) -> bool:
    """Whether the first non-blank line is a JSON object with a string "html" or "text": a page
    crawl in JSON lines (a text dump does not open with one)."""
    first = raw.lstrip(codecs.BOM_UTF8).lstrip().split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        obj = json.loads(first)
    except ValueError:  # a bad first line: not taken for a crawl
        return False
    return isinstance(obj, dict) and any(isinstance(obj.get(k), str) for k in ("html", "text"))


def page_file_kind(head: bytes) -> str | None:
    """What a file opening with ``head`` is when it holds pages, not comments: ``classify`` read a
    WARC's, a page's or a page crawl's lines as comments. JSON lines count only with a string
    "html" and no "text" field: a record with "text" is what ``classify`` reads."""
    if head[:2] == _GZIP:
        head = _gunzipped_head(head, 1 << 12)
    head = head.lstrip(codecs.BOM_UTF8).lstrip()
    if head.startswith(b"WARC/"):
        return "a WARC crawl"
    if head.lower().startswith((b"<!doctype html", b"<html")):
        return "an HTML page"
    try:
        first = json.loads(head.split(b"\n", 1)[0]) if head.startswith(b"{") else None
    except ValueError:
        return None
    if isinstance(first, dict) and isinstance(first.get("html"), str) and not isinstance(first.get("text"), str):
        return "a JSON-lines crawl of pages"
    return None


def file_head(source: str, size: int = 1 << 12) -> bytes | None:
    """The first bytes of a regular file, None for stdin, a FIFO or a file that cannot be read:
    those can be read only once, and loading reports the others."""
    try:
        if source == STDIN or not Path(source).is_file():
            return None
        with open(source, "rb") as fh:
            return fh.read(size)
    except OSError:
        return None


@contextmanager
def _mapped(source: str) -> Iterator[mmap.mmap]:
    """The file mapped into memory, read only: slices and reads as for ``bytes``, while the
    operating system pages in only what is read (a WARC's records, one at a time)."""
    path = _existing_file(source)
    try:
        with path.open("rb") as fh:
            if os.fstat(fh.fileno()).st_size == 0:
                raise LoadError(source, "empty file")
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                yield mapped
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except (OSError, ValueError) as exc:
        raise LoadError(source, getattr(exc, "strerror", None) or str(exc)) from None


def _existing_file(source: str) -> Path:
    path = Path(source)
    if not path.exists():
        raise LoadError(source, "no such file")
    if path.is_dir():
        try:
            os.listdir(path)
        except OSError as exc:  # one a folder walk could not read
            raise LoadError(source, f"cannot read the folder ({exc.strerror or exc})") from None
        raise LoadError(source, "is a folder")
    if _device(path):
        raise LoadError(source, "a device, not a file")
    return path


def _device(path: Path) -> bool:
    """Whether a path names a device other than a terminal: /dev/zero or /dev/urandom was read
    for ever (until memory ran out), a disk as one enormous page. A terminal (``/dev/stdin`` typed
    into) is read as standard input is; a FIFO (``<(...)``) is read as a file."""
    mode = path.stat().st_mode
    if not (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)):
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False  # reading it says why
    try:
        return not os.isatty(fd)
    finally:
        os.close(fd)


def read_bytes(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = _existing_file(source)
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
        data = _gunzip(source, data)
    return data


_GZIP = b"\x1f\x8b"


def _gunzip(source: str, data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise LoadError(source, f"not a valid gzip file ({exc})") from None


def looks_like_html(raw: bytes) -> bool:
    if raw.startswith(_WIDE_BOMS) or utf16_without_bom(raw):
        # "<html" in UTF-16/32 has NULs between its letters: look at the decoded start
        raw = decode_bytes(raw[:32768])[0].encode("utf-8", errors="replace")
    head = raw[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in raw[:8192].lower()


def html_page(source: str, raw: bytes, served: str | None = None) -> Page:
    """``served``: the charset the server sent with the page, if known (``decode_html``)."""
    if not raw.strip():
        raise LoadError(source, "empty file")
    if _binary(raw):
        raise LoadError(source, "binary file, not an HTML page")
    text, encoding = decode_html(raw, served)
    text = text.replace("\x00", "")  # a browser drops a NUL in a page; the parser made it "\ufffd" in the comment
    if not _TAG.search(text):  # a text dump saved under a page's name: no markup to read
        return Page(source=source, kind="text", content=text.replace("\r\n", "\n"), encoding=encoding)
    return Page(source=source, kind="html", content=text, encoding=encoding, raw=raw)


# An element's start or end, a comment or a doctype: what any HTML page holds and a dump does not.
_TAG = re.compile(r"<(?:[a-zA-Z][\w:-]*[\s/>]|/[a-zA-Z]|!)")
# A page saved under a text file's name ("curl URL > page.txt") opens as an HTML document does.
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<!doctype\s+html)", re.I)


# Byte-order marks and their codecs, which drop the mark. UTF-32-LE's starts with UTF-16-LE's:
# the longer ones are tried first.
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WIDE_BOMS = tuple(bom for bom, name in BOMS if name != "utf-8-sig")


# C0 control bytes that text does not use (tab, line ends, form feed and ESC, which ISO-2022 text
# uses, are left out): about one byte in ten of an image or an archive, none in a page
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def _binary(raw: bytes) -> bool:
    """NUL bytes near the start, no sign of UTF-16/32 (a BOM, or NULs in every other byte as
    ASCII in UTF-16 gives), and control bytes in more than 1 % of the start: an image or an
    archive saved under a page's name. A stray NUL in a page's text (a CMS slip) leaves it a page,
    in a short file too: one NUL is more than 1 % of a file under 100 bytes (a comment file of two
    lines was refused), so at least ``MIN_CONTROL_BYTES`` are needed; a 1x1 GIF has a dozen."""
    head = raw[:4096]
    if b"\x00" not in head or raw.startswith(_WIDE_BOMS) or utf16_without_bom(raw):
        return False
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control >= MIN_CONTROL_BYTES and control * 100 > len(head)


MIN_CONTROL_BYTES = 4


def utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the first bytes look like UTF-16 without a BOM, else None.

    In UTF-16 the high byte of each character names its block: 0 for ASCII (markup, spaces,
    digits), 6 for Arabic-script letters, 0x20 for the zero-width non-joiner. So one parity of
    a page's bytes holds NULs and at most two other values, and the other parity few NULs;
    an image or an archive has all values in both. The first 1 KB must then decode cleanly."""
    head = raw[:1024]
    head = head[: len(head) // 2 * 2]
    if len(head) < 16:
        return None
    for high, low, name in ((head[1::2], head[0::2], "utf-16-le"), (head[0::2], head[1::2], "utf-16-be")):
        values = Counter(high)
        if (values[0] >= 0.1 * len(high) and low.count(0) < 0.1 * len(low)
                and sum(n for _, n in values.most_common(3)) >= 0.95 * len(high)):
            try:  # not final: a surrogate pair cut at the 1 KB edge waits for its half, as in a stream
                codecs.getincrementaldecoder(name)().decode(head, final=False)
            except UnicodeDecodeError:
                continue
            return name
    return None


def text_page(source: str, raw: bytes) -> Page:
    if _binary(raw):
        raise LoadError(source, "binary file, not a text page")
    text, encoding = decode_bytes(raw)
    text = text.replace("\x00", "")  # invisible wherever the dump is shown
    if not text.strip():
        raise LoadError(source, "empty file")
    if _HTML_START.match(text):
        return html_page(source, raw)
    return Page(source=source, kind="text", content=text.replace("\r\n", "\n"), encoding=encoding)


def decode_bytes(raw: bytes, declared: str | None = None, fallback: str = "utf-8") -> tuple[str, str]:
    """Text and its encoding: a BOM, UTF-16 without one, UTF-8 when the bytes are UTF-8 (a few bad
    bytes allowed), the ``declared`` charset when it decodes cleanly (an HTML page's own),
    charset-normalizer's guess, else ``fallback``. One order for text dumps and HTML pages, which
    differ only in what they declare.

    UTF-8 goes before a declaration because templates keep a stale ``charset=iso-8859-1`` long
    after the site moved to UTF-8 (the server's header, lost on saving, said so), and a single-byte
    charset decodes any bytes "cleanly": every Persian letter came out as two Latin ones. Legacy
    text is almost never valid UTF-8 (a Latin or Arabic letter byte is followed by another letter,
    not by the continuation byte UTF-8 needs), so this costs nothing on real legacy pages."""
    for bom, name in BOMS:
        if raw.startswith(bom):
            return raw.decode(name, errors="replace").lstrip("\ufeff"), name
    wide = utf16_without_bom(raw)
    if wide:
        return raw.decode(wide, errors="replace"), wide
    utf8 = None if raw.isascii() else _mostly_utf8(raw)  # ASCII: the declaration decides (ISO-2022 is 7-bit)
    if utf8 is not None:
        return utf8, "utf-8"
    for name in filter(None, (declared, "utf-8")):
        try:
            return raw.decode(name), name
        except UnicodeDecodeError:
            pass
    return detected(raw) or (raw.decode(fallback, errors="replace"), fallback)


# Valid non-ASCII characters needed per undecodable byte sequence for bytes to be read as UTF-8
# with the bad ones replaced: a UTF-8 page with a stray legacy byte or a cut character (a CMS
# slip) is read as UTF-8, while legacy text, whose letter bytes rarely form UTF-8 sequences, is not.
UTF8_VALID_PER_ERROR = 20


def _mostly_utf8(raw: bytes) -> str | None:
    """The bytes read as UTF-8 when they are UTF-8 but for a few bad sequences, else None.

    Before, one bad byte in a UTF-8 page sent the whole page to detection, which read it as
    windows-1252: every Persian letter became two Latin ones for the sake of one byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    valid = sum(1 for ch in text if ch > "\x7f") - errors
    return text if valid >= UTF8_VALID_PER_ERROR * errors else None


def detected(raw: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading of undeclared bytes, with windows-1252 first among equals.

    On Western text it finds windows-1250, -1252, -1257… equally likely and returns the first it
    tried, windows-1250: "crème brûlée" came out "crčme brűlée". Browsers read an undeclared
    legacy page as windows-1252 (WHATWG's default outside Central Europe and Asia), so among
    the guesses tied with the best, that one wins; a real windows-1250 page (Polish "Łódź")
    has no tie and keeps its reading."""
    from charset_normalizer import from_bytes

    results = from_bytes(raw)
    best = results.best()
    if best is None:
        return None
    if best.encoding != "cp1252" and any(m.encoding == "cp1252" and m.chaos == best.chaos
                                         and m.coherence == best.coherence for m in results):
        return raw.decode("cp1252", errors="replace"), "cp1252"
    return str(best), best.encoding


def decode_html(raw: bytes, served: str | None = None) -> tuple[str, str]:
    """The HTML segmenter's decoder (BOM, meta charset, the served one, detection) when present."""
    try:
        from .segment.encoding import decode_html as segment_decode
    except ImportError:
        return decode_bytes(raw)
    return segment_decode(raw, served)


_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w:.-]+)""", re.I)


def _served_charset(content_type: str) -> str | None:
    m = _CHARSET.search(content_type)
    return m.group(1) if m else None


def _warc_pages(source: str, raw: bytes | mmap.mmap) -> Iterator[Page | LoadError]:
    from warcio.archiveiterator import ArchiveIterator

    head = raw[:64]
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(raw[:1 << 16])).read(64)
        except (OSError, EOFError) as exc:
            raise LoadError(source, f"not a valid WARC file ({exc})") from None
    if not head.startswith(b"WARC/"):
        raise LoadError(source, "not a WARC file (no WARC/ header)")
    records = pages = unserved = 0
    headless = False
    whole = _one_gzip_stream(raw) if raw[:2] == b"\x1f\x8b" else None
    if whole == "cut":  # what the stream holds up to the cut (GzipFile gives nothing of a cut block)
        stream: io.BufferedIOBase = io.BytesIO(zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(raw))
    else:
        stream = gzip.GzipFile(fileobj=_reader(raw)) if whole else _reader(raw)
    archive = ArchiveIterator(stream)
    cut = False
    try:
        for record in archive:
            if record.rec_type is None:
                headless = True  # a WARC/ line and no WARC headers: junk, or a record cut short after it
                continue
            records += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or "?"
            # A page is a response record (its type in the HTTP headers), or a resource record,
            # as some browser-based archivers store pages (its type in the WARC headers).
            headers = record.http_headers if record.rec_type == "response" else record.rec_headers
            ctype = (headers.get_header("Content-Type") or "").lower() if headers else ""
            # A response sent without a type is looked at, as a browser sniffs it (old servers
            # send none; such pages were skipped without a word).
            untyped = not ctype.split(";")[0].strip()
            html = record.rec_type in ("response", "resource") and ("html" in ctype or untyped)
            if html and not _served(record):
                html = False
                unserved += not untyped
            body = record.content_stream().read() if html else b""
            if untyped and not looks_like_html(body):
                html, body = False, b""
            if _cut_short(record):
                if html and body.strip():
                    pages += 1
                    cut = True
                    yield LoadError(f"{source}#{url}", "WARC record cut short (the file ends inside it)")
                    continue
                raise LoadError(source, f"WARC file cut short inside record {records} "
                                        f"({record.rec_type or 'no type'} of {url})")
            if body.strip():
                pages += 1
                try:
                    page = html_page(f"{source}#{url}", body, _served_charset(ctype))
                except LoadError as exc:
                    yield _still_encoded(exc, record)
                    continue
                yield replace(page, fetched=record.rec_headers.get_header("WARC-Date"), url=None if url == "?" else url)
    except LoadError:
        raise
    except Exception as exc:  # warcio fails on damaged input in many ways (an AttributeError
        # for a header block cut before its WARC-Target-URI): the pages before the damage are kept,
        # the rest is reported, and the crawl goes on with the next file
        why = f"{type(exc).__name__}: {_quoted(str(exc))}" if str(exc).strip() else type(exc).__name__
        if not records:
            raise LoadError(source, f"not a valid WARC file ({why})") from None
        raise LoadError(source, f"WARC file cut short or damaged after {records} records ({why})") from None
    if not records:
        raise LoadError(source, "not a valid WARC file (no record could be read)")
    if whole == "cut" and not cut:  # cut between two records
        raise LoadError(source, f"WARC file cut short after {records} records (its gzip stream ends early)")
    if headless:
        raise LoadError(source, f"WARC file cut short or damaged after {records} records (a record without its headers)")
    # warcio stops without a word at a compressed record it cannot open: bytes left unread
    # (a single gzip stream is read through to its end or fails above)
    if not whole and not _blank_from(raw, archive.offset):
        unread = len(raw) - archive.offset
        raise LoadError(source, f"WARC file cut short or damaged after {records} records ({unread} bytes could not be read)")
    if not pages:
        why = f" ({unserved} HTML responses with an error or redirect status)" if unserved else ""
        raise LoadError(source, f"no HTML pages among its {records} WARC records{why}")


def _still_encoded(error: LoadError, record: Any) -> LoadError:  # a warcio ArcWarcRecord
    """A page body left compressed says how, instead of 'binary file': warcio decodes gzip and
    deflate, Brotli only with the brotli package (browser-based crawlers store 'br' bodies as
    sent), and nothing else."""
    encoding = record.http_headers.get_header("Content-Encoding") if record.http_headers else None
    if not encoding or not error.reason.startswith("binary file"):
        return error
    hint = "; install the brotli package to read it" if encoding.strip().lower() == "br" else ""
    return LoadError(error.source, f"body still compressed (Content-Encoding: {encoding}){hint}")


def _served(record: Any) -> bool:  # a warcio ArcWarcRecord
    """Whether a record holds the page at its address: a response with a 2xx status, or a
    resource record (no status). A 404 or 500 body is the server's error page, often with the
    site's "recent comments" box, whose comments were filed under the address asked for; a
    redirect's body is a stub."""
    if record.rec_type != "response" or record.http_headers is None:
        return True
    return (record.http_headers.get_statuscode() or "").startswith("2")


def _reader(raw: bytes | mmap.mmap) -> IO[bytes]:
    """A file-like view from the start, without copying a mapped file into memory."""
    if isinstance(raw, mmap.mmap):
        raw.seek(0)
        return raw  # type: ignore[return-value]  # read, readline, seek and tell, as warcio needs
    return io.BytesIO(raw)


def _quoted(message: str, limit: int = 160) -> str:
    """A library's message on one short printable line: warcio quotes the first line of what it
    cannot read, which may be thousands of NULs or binary bytes."""
    text = "".join(ch if ch.isprintable() else "?" for ch in " ".join(message.split()))
    return text if len(text) <= limit else text[:limit] + "…"


_BLANK = b"\r\n\t \x00"


def _blank_from(raw: bytes | mmap.mmap, start: int, step: int = 1 << 16) -> bool:
    """Whether nothing but blank bytes follows ``start``, read a piece at a time (the rest of a
    mapped WARC may be gigabytes: a copy of it would undo the mapping)."""
    for at in range(start, len(raw), step):
        if raw[at:at + step].strip(_BLANK):
            return False
    return True


def _one_gzip_stream(raw: bytes | mmap.mmap) -> str | None:
    """"whole" or "cut" when a gzipped WARC is one gzip stream (``gzip crawl.warc``; "cut": it
    ends before the stream does) rather than one per record, as WARC tools write and warcio
    requires (it stops after the first record of a single stream); else None. Decompresses the
    first stream and keeps nothing: one record's worth for a WARC tool's file, the whole file
    for a single stream, which is then read through ``GzipFile``."""
    stream = zlib.decompressobj(zlib.MAX_WBITS | 16)
    step = 1 << 20
    try:
        for start in range(0, len(raw), step):
            stream.decompress(raw[start:start + step], 0)
            if stream.eof:
                blank = not stream.unused_data.strip(_BLANK) and _blank_from(raw, start + step)
                return "whole" if blank else None
    except zlib.error:
        return None  # damaged: warcio reads what it can and the checks below report the rest
    return "cut"


def _cut_short(record: Any) -> bool:  # a warcio ArcWarcRecord
    """Whether the file ends inside this WARC record: its header block has no Content-Length number
    (every record states one; a block cut short loses it), or fewer bytes follow than it promises. Reads
    what is left of the record (warcio would read it anyway to reach the next one)."""
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        return True
    while record.raw_stream.read(1 << 16):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


def _jsonl_file(source: str) -> Iterator[Page | LoadError]:
    """A JSON-lines crawl file (gzipped or not), read and decoded a line at a time: it was read
    whole and refused above 50 MB, while a JSON-lines crawl of a thousand pages is often more."""
    yield from _jsonl_lines(source, text_lines(source, whole_below=0))


def text_lines(source: str, whole_below: int | None = None) -> Iterator[str]:
    """The lines of a text file (gzipped or not) or of stdin, without their line ends.

    Lines end at "\n" only: str.splitlines also ends one at U+2028, U+2029 and U+0085, which
    JSON writes raw inside strings and people paste into comments. A file under ``whole_below``
    bytes (default: the size limit, ``MAX_BYTES``) is decoded whole, one encoding for all its lines (detection needs more than a short
    line of legacy text); a larger one a line at a time (UTF-8 first, ``decode_bytes``), so that
    no size is too large. UTF-16/32 text, whose line ends are not one byte, is read whole.
    Raises ``LoadError``; a file cut short gives its lines before the cut first. Gzip is known by
    its bytes, whatever the name; a binary file is refused (its bytes were read as comments)."""
    path = None if source == STDIN else _existing_file(source)
    if path is None or not path.is_file():
        # stdin, or a FIFO (``classify <(cut -f2 comments.tsv)``), can be read only once: the probe
        # for gzip and the seek back below failed with 'File or stream is not seekable'
        yield from _split_lines(_whole_text(source, read_bytes(source)))
        return
    lines = 0
    gz = False
    try:
        with path.open("rb") as probe:
            gz = probe.read(2) == _GZIP
        with (gzip.open(path, "rb") if gz else path.open("rb")) as fh:
            try:
                head = fh.read(4096)
            except EOFError:  # a gzip stream cut inside its first 4 KB: its lines up to the cut first
                head = b""
            fh.seek(0)
            if _binary(head):
                raise LoadError(source, "binary file, not text")
            whole = MAX_BYTES if whole_below is None else whole_below
            if path.stat().st_size < whole or head.startswith(_WIDE_BOMS) or utf16_without_bom(head):
                yield from _split_lines(_whole_text(source, read_bytes(source)))
                return
            for line in fh:  # binary lines end at b"\n" only
                lines += 1
                yield _line_text(line, first=lines == 1).removesuffix("\n").removesuffix("\r")
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except (OSError, EOFError, zlib.error) as exc:
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if lines:
            raise LoadError(source, f"cut short or damaged after line {lines} ({why})") from None
        raise LoadError(source, f"not a valid gzip file ({why})" if gz else why) from None


def _whole_text(source: str, data: bytes) -> str:
    """Bytes read whole (``read_bytes`` gunzips a file named .gz only) as text."""
    if data[:2] == _GZIP:
        data = _gunzip(source, data)
    if _binary(data):
        raise LoadError(source, "binary file, not text")
    return decode_bytes(data)[0]


def _line_text(line: bytes, first: bool) -> str:
    try:  # most lines: UTF-8, without the cost of looking further
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(line)[0]
    return text.removeprefix("\ufeff") if first else text


def _split_lines(text: str) -> list[str]:
    return [line.removesuffix("\r") for line in text.split("\n")]


def _jsonl_pages(source: str, raw: bytes) -> Iterator[Page | LoadError]:
    """Lines of ``{"html": ...}`` or ``{"text": ...}``, with an optional ``url``/``source`` and
    ``fetched`` (when the page was saved, ISO 8601)."""
    text, _ = decode_bytes(raw)
    # lines end at "\n" only: JSON leaves U+2028, U+2029 and U+0085 raw inside strings, and
    # str.splitlines would cut a page there ("\r" before "\n" is whitespace json.loads skips)
    yield from _jsonl_lines(source, text.split("\n"))


# Lines that are not JSON objects at a file's start after which it is taken for something else:
# a WARC or a log named .jsonl gave one error line per line (185 for a small WARC)
NOT_JSONL_AFTER = 10
_NOT_OBJECT = ("invalid JSON", "a line is not a JSON object")


def _jsonl_lines(source: str, lines: Iterable[str]) -> Iterator[Page | LoadError]:
    held: list[LoadError] = []  # bad lines before the first object: reported once one comes
    objects = False
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item: Page | LoadError = _jsonl_page(source, lineno, line)
        except LoadError as exc:
            item = exc
        if not objects and isinstance(item, LoadError) and item.reason.startswith(_NOT_OBJECT):
            held.append(item)
            if len(held) == NOT_JSONL_AFTER:
                raise LoadError(source, f"not JSON lines (none of its first {NOT_JSONL_AFTER} lines is a JSON object)")
            continue
        objects = True
        yield from held
        held.clear()
        yield item
    yield from held


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole(value: str) -> str:
    """A JSON string with half a surrogate pair escaped in it ("\\ud800", which a crawler cutting
    an emoji leaves) holds a character no UTF-8 file can: the page failed with a traceback when
    encoded, and the whole batch with it. Read as U+FFFD, as undecodable bytes are."""
    return LONE_SURROGATE.sub("\ufffd", value)


def whole_json(value: Any) -> Any:
    """A parsed JSON value with every string, keys and nested ones too, read as ``_whole`` reads
    one: ``classify`` passes a record's other fields through to its output, and fastText refused
    a comment holding half a pair (a traceback that lost the batch)."""
    if isinstance(value, str):
        return _whole(value)
    if isinstance(value, dict):
        return {_whole(k): whole_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [whole_json(v) for v in value]
    return value


def _jsonl_page(source: str, lineno: int, line: str) -> Page:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LoadError(f"{source}:{lineno}", f"invalid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise LoadError(f"{source}:{lineno}", "a line is not a JSON object")
    obj = whole_json(obj)
    name = f"{source}#{obj.get('url') or obj.get('source') or lineno}"
    field = next((key for key in ("html", "text") if isinstance(obj.get(key), str)), None)
    if field and not obj[field].strip():  # not "FILE#URL: empty file": the file is not, the line is
        raise LoadError(f"{source}:{lineno}", f'empty "{field}" field')
    if isinstance(obj.get("html"), str):
        page = html_page(name, obj["html"].encode("utf-8"))
    elif isinstance(obj.get("text"), str):
        page = text_page(name, obj["text"].encode("utf-8"))
    else:
        raise LoadError(f"{source}:{lineno}", 'no string "html" or "text" field')
    return replace(page, fetched=obj["fetched"] if isinstance(obj.get("fetched"), str) else None,
                   url=obj["url"] if isinstance(obj.get("url"), str) else None)
