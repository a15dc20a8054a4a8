"""Input of ``analyzer classify``: comments users already have, one a line.

A file is JSON lines when its first non-blank line starts with ``{``; then every
line must be an object with a string ``text`` and its other fields are passed
through. A ``.csv`` file, or one opening with the header ``analyze`` writes, is a
table with a ``text`` column whose other columns are passed through the same way
(``analyze -f csv`` writes one; read line by line, its header and every row were
comments). Otherwise each non-blank line is one comment. A bad line is reported
(file and line number) and skipped; the rest of the file goes on.

Threads (``--thread-field``): JSON records by the value of that field; a plain-text file,
which has no fields, is one thread, as a page's comments saved one a line would be.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import shlex
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .load import MAX_BYTES, LoadError, file_head, page_file_kind, text_lines, whole_json
from .output import ANALYSIS_COLUMNS, COMMENT_COLUMNS
from .pipeline import analyze_texts
from .records import analysis_dict

# The names a record of ours holds at its top level, whatever its comment.
_OUR_FIELDS = frozenset({"text", *(column.split(".", 1)[0] for column in ANALYSIS_COLUMNS)})

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


# A table by its name (``.csv``, gzipped or not), or on stdin and under other names by the header
# ``analyze -f csv`` writes (a byte-order mark first); a comment line that merely holds commas is text.
_CSV_NAME = re.compile(r"\.csv(\.gz)?$", re.IGNORECASE)
_OUR_CSV_HEADER = ",".join(COMMENT_COLUMNS[:4])


def _is_table(source: str, first_line: str) -> bool:
    return bool(_CSV_NAME.search(source)) or first_line.lstrip("\ufeff").startswith(_OUR_CSV_HEADER + ",")


def _table_items(source: str, first: tuple[int, str], rest: Iterator[tuple[int, str]],
                 report: Callable[[str], None], thread_field: str | None) -> Iterator[_Item]:
    """The rows of a CSV table from its header line on: each row's cells by column name.

    Lines are given back their "\n" so that a quoted cell holding line breaks (a comment of
    several paragraphs) stays one cell with its breaks; a row is named by the line it starts on."""
    start, header = first
    lines = itertools.chain([header.lstrip("\ufeff")], (line for _, line in rest))  # consecutive from start

    # A cell may be as long as a page (the csv module stops at 128 KB: a longer comment was an error)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    rows = csv.reader(line + "\n" for line in lines)
    try:
        columns = next(rows)
    except csv.Error as exc:
        report(f"{source}:{start}: unreadable CSV header ({exc})")
        return
    if "text" not in columns:
        report(f"{source}:{start}: a CSV table without a 'text' column (columns: {', '.join(columns)[:200]})")
        return
    any_row = False
    while True:
        lineno = start + rows.line_num  # the line this row starts on (line_num: lines read so far)
        try:
            cells = next(rows)
        except StopIteration:
            if not any_row:  # as of an empty file: a header alone is most likely the wrong file
                report(f"{source}: a CSV table without rows")
            return
        except csv.Error as exc:  # e.g. a NUL byte; the reader goes on with the next line
            any_row = True
            report(f"{source}:{lineno}: unreadable CSV row ({exc})")
            continue
        if not any(cell.strip() for cell in cells):
            continue
        any_row = True
        if len(cells) != len(columns):
            report(f"{source}:{lineno}: {len(cells)} cells where the header names {len(columns)}")
            continue
        fields = dict(zip(columns, cells))
        yield fields, fields["text"], _thread_key(fields, thread_field)


def _items(source: str, report: Callable[[str], None], thread_field: str | None = None,
           as_comments: bool = False) -> Iterator[_Item]:
    if not as_comments and (why := _pages_given(source)):
        report(why)
        return
    as_json = None  # JSON lines when the first non-blank line opens an object
    # json.dumps (``_thread_key``) never writes a raw NUL, so no field value names this thread
    file_thread = None if thread_field is None else f"\0{source}"
    try:
        numbered = enumerate(text_lines(source), 1)
        for lineno, line in numbered:
            if not line.strip():
                continue
            if as_json is None:
                if not as_comments and (why := _pages_given(source, line)):
                    report(why)
                    return
                if _is_table(source, line):
                    yield from _table_items(source, (lineno, line), numbered, report, thread_field)
                    return
                as_json = line.lstrip("\ufeff").lstrip().startswith("{")
            if not as_json:
                yield {}, line.strip(), file_thread
                continue
            try:
                obj = whole_json(json.loads(line))
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
    """The user's fields first; one that clashes with ours is kept as ``input_<name>``: any name
    a record of ours may hold, whether or not this one does (``sentiment_reason`` is there only
    without a model), and a part of one as a CSV file names it (``sentiment.label``, as
    ``analyze -f csv`` wrote it), which a CSV output would otherwise write over or drop."""
    out = {}
    for key, value in fields.items():
        ours = key in analysis or key.split(".", 1)[0] in _OUR_FIELDS
        out[f"input_{key}" if ours else key] = value
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
