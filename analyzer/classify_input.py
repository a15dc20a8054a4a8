"""Input of ``analyzer classify``: comments users already have, one a line.

A file is JSON lines when its first non-blank line starts with ``{``; then every
line must be an object with a string ``text`` and its other fields are passed
through. Otherwise each non-blank line is one comment. A bad line is reported
(file and line number) and skipped; the rest of the file goes on.

Threads (``--thread-field``): JSON records by the value of that field; a plain-text file,
which has no fields, is one thread, as a page's comments saved one a line would be.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .load import LoadError, file_head, page_file_kind, text_lines
from .pipeline import analyze_texts
from .records import analysis_dict

# A comment: the user's fields (``{}`` for a plain-text line), its text, and the thread it is read
# with (None: alone).
_Item = tuple[dict[str, Any], str, str | None]


def _pages_given(source: str, first_line: str | None = None) -> str | None:
    """Why ``source`` is no comment file (a WARC, an HTML page, a JSON-lines crawl of pages), as
    its one error line, or None. A file is judged by its first bytes (a WARC holding images is
    binary further on); stdin and a FIFO, which can be read only once, by their first line."""
    head = file_head(source) if first_line is None else first_line.encode("utf-8", "replace")
    kind = page_file_kind(head) if head else None
    if kind is None:
        return None
    shown = "-" if source == "-" else shlex.quote(source)
    return (f"{source}: {kind}, not comments; 'analyzer analyze {shown}' finds its comments "
            "(--as-comments reads it as comments)")


def _items(source: str, report: Callable[[str], None], thread_field: str | None = None,
           as_comments: bool = False) -> Iterator[_Item]:
    if not as_comments and (why := _pages_given(source)):
        report(why)
        return
    as_json = None  # JSON lines when the first non-blank line opens an object
    # json.dumps (``_thread_key``) never writes a raw NUL, so no field value names this thread
    file_thread = None if thread_field is None else f"\0{source}"
    try:
        for lineno, line in enumerate(text_lines(source), 1):
            if not line.strip():
                continue
            if as_json is None:
                if not as_comments and (why := _pages_given(source, line)):
                    report(why)
                    return
                as_json = line.lstrip("\ufeff").lstrip().startswith("{")
            if not as_json:
                yield {}, line.strip(), file_thread
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                report(f"{source}:{lineno}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                report(f'{source}:{lineno}: not an object with a string "text" field')
                continue
            yield obj, obj["text"], _thread_key(obj, thread_field)
    except LoadError as exc:
        report(str(exc))
        return
    if as_json is None:  # as analyze says of an empty page: silence hid a wrong file name
        report(f"{source}: empty file")


def _record(fields: dict[str, Any], analysis: dict[str, Any]) -> dict[str, Any]:
    """The user's fields first; one that clashes with ours is kept as ``input_<name>``."""
    out = {}
    for key, value in fields.items():
        out[f"input_{key}" if key in analysis else key] = value
    return out | analysis


def _thread_key(fields: dict[str, Any], thread_field: str | None) -> str | None:
    """Which thread a record belongs to: its ``thread_field`` value (any JSON value), or None
    when no field is named or the record lacks it (then it is read alone)."""
    if thread_field is None or fields.get(thread_field) is None:
        return None
    return json.dumps(fields[thread_field], sort_keys=True, ensure_ascii=False)


def _analyses(pending: list[_Item]) -> list:
    """Each record's analysis; the records of one thread are read together, as ``analyze``
    reads a page's comments (a one-word comment's language from its neighbours')."""
    if all(key is None for _, _, key in pending):
        return analyze_texts([text for _, text, _ in pending])
    groups: dict[str | None, list[int]] = {}
    for i, (_, _, key) in enumerate(pending):
        groups.setdefault(key, []).append(i)
    out: list = [None] * len(pending)
    for key, slots in groups.items():
        for i, a in zip(slots, analyze_texts([pending[i][1] for i in slots], thread=key is not None)):
            out[i] = a
    return out


def classify_inputs(
    sources: Iterable[str], report: Callable[[str], None], batch: int = 2000, thread_field: str | None = None,
    as_comments: bool = False,
) -> Iterator[dict[str, Any]]:
    """Records for every comment of ``sources``, analysed ``batch`` at a time.

    ``thread_field``: JSON records with the same value there are one thread's comments, and so
    are the lines of one plain-text file. A batch then ends only where the thread changes, so a
    thread written consecutively (as ``analyze`` writes a page's comments) is read whole whatever
    the batch size; records of a thread scattered through the file are read together within each
    batch, and records without the field each alone.

    ``as_comments``: read a file that looks like pages (a WARC, an HTML page, a JSON-lines crawl
    with "html" fields) as comments all the same; otherwise it is one error line."""
    pending: list[_Item] = []

    def flush() -> Iterator[dict[str, Any]]:
        for (fields, text, _), a in zip(pending, _analyses(pending)):
            yield _record({k: v for k, v in fields.items() if k != "text"}, {"text": text} | analysis_dict(a))
        pending.clear()

    for source in sources:
        for item in _items(source, report, thread_field, as_comments):
            if len(pending) >= max(1, batch) and (item[2] is None or item[2] != pending[-1][2]):
                yield from flush()
            pending.append(item)
    if pending:
        yield from flush()
