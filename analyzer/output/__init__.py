"""Writers shared by every command: JSON lines, JSON, CSV and SQLite.

One set of output options for all commands (as sqlite-utils does): the command
produces records, this module writes them. Persian stays readable: no ``\\u``
escapes. Output files are never overwritten silently (see ``open_output``).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

FORMATS = ("jsonl", "json", "csv", "sqlite")


class OutputError(Exception):
    """An output that cannot be written; ``str()`` is the one-line message."""


def check_target(output: str | None, fmt: str, force: bool, inputs: Iterable[str] = ()) -> None:
    """Refuse, before any work is done, to write over an input or an existing file.

    SQLite is the exception for existing files: records are upserted into it, so
    nothing already stored is lost. ``force`` is the user's explicit yes.
    """
    if fmt == "sqlite" and (not output or output == "-"):  # "-" made a database file named "-"
        raise OutputError("--format sqlite needs -o FILE.db (a database cannot go to standard output)")
    if not output or output == "-":
        return
    target = Path(output).resolve()
    for name in inputs:
        if name != "-" and Path(name).exists() and Path(name).resolve() == target:
            raise OutputError(f"{output}: is also an input; choose another output file")
    if target.is_dir():
        raise OutputError(f"{output}: is a folder")
    if target.exists() and fmt != "sqlite" and not force:
        raise OutputError(f"{output}: already exists; use --force to overwrite it")


@contextmanager
def open_output(output: str | None, fmt: str = "jsonl") -> Iterator[IO[str]]:
    """Stdout for ``None``/``-``, else the file (its folder created), written UTF-8.

    A CSV file starts with a byte-order mark: spreadsheet programs (Excel) read a CSV without
    one in the local code page, which turns Persian into mojibake; pandas and ``utf-8-sig``
    readers skip it. Standard output gets none (it is usually piped to another program)."""
    if not output or output == "-":
        with writing("standard output", opening=False):
            yield sys.stdout
            sys.stdout.flush()  # a full disk shows here, not at exit
        return
    path = Path(output)
    with writing(output):
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = path.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="")
    with writing(output, opening=False), fh:  # closing flushes: a full disk may show only then
        yield fh


@contextmanager
def writing(name: str, opening: bool = True) -> Iterator[None]:
    """An output that cannot be made or written, as one ``OutputError`` line naming it: a folder
    that cannot be created, a full disk, a store SQLite cannot write. They ended the run with a
    traceback. ``opening``: every ``OSError`` inside is the output's; else (while records are
    written, with the whole pipeline running inside) only those of a write, which name no file.
    A closed pipe is not an error (``main`` ends quietly)."""
    try:
        yield
    except (BrokenPipeError, OutputError):
        raise
    except sqlite3.Error as exc:
        raise OutputError(f"{name}: cannot write ({exc})") from None
    except OSError as exc:
        if not opening and exc.filename is not None:
            raise
        if isinstance(exc, (FileExistsError, NotADirectoryError)) and exc.filename not in (None, name):
            raise OutputError(f"{name}: cannot write (cannot make the folder {exc.filename}: {exc.strerror})") from None
        raise OutputError(f"{name}: cannot write ({exc.strerror or exc})") from None


def dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def write_jsonl(rows: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for row in rows:
        fh.write(dumps(row) + "\n")
        n += 1
    return n


def write_json(rows: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """A JSON array, written as rows arrive so a long crawl does not sit in memory."""
    n = 0
    fh.write("[")
    for row in rows:
        fh.write(("\n" if n == 0 else ",\n") + dumps(row, indent=2))
        n += 1
    fh.write("\n]\n" if n else "]\n")
    return n


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns; lists and mixes become JSON text."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and not key.endswith("_mix"):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (list, dict)):
            flat[name] = dumps(value)
        else:
            flat[name] = value
    return flat


# The CSV columns of every analysed comment, in this order whatever the records hold. Taken from
# the records, a column came and went with the data (toxicity.labels.hate for English comments
# only, sentiment_reason for those without a model, toxicity.lexicon.* for a listed word), so two
# crawls' files had different headers, and a run without comments wrote a file without a header.
ANALYSIS_COLUMNS = [
    "lang", "lang_score", "lang_mix", "lang_reason", "normalized",
    "sentiment.label", "sentiment.scores.negative", "sentiment.scores.neutral", "sentiment.scores.positive",
    "sentiment.terms", "sentiment_reason",
    "toxicity.score", "toxicity.label", "toxicity.terms", "toxicity.labels.offensive", "toxicity.labels.hate",
    "toxicity.lexicon.profanity", "toxicity.lexicon.insult", "toxicity_reason",
]
COMMENT_COLUMNS = ["page", "article", "id", "parent_id", "author", "posted", "posted_iso", "title", "text",
                   *ANALYSIS_COLUMNS]


def write_csv(rows: Iterable[dict[str, Any]], fh: IO[str], columns: list[str] | None = None) -> int:
    """CSV with a header; columns are the given ones, then any new keys in order of appearance
    (a ``null`` object whose fields are given columns, as a comment's ``sentiment`` without a
    model, is those columns left empty, not a column of its own).

    The rows are held until the end, because a CSV header must name every column before the
    first row and any row may add one (a ``classify`` input's own fields).
    """
    flat = [flatten(r) for r in rows]
    names = list(columns or [])
    parents = {name.rsplit(".", 1)[0] for name in names if "." in name}
    for r in flat:
        for key in r:
            if key not in names and not (r[key] is None and key in parents):
                names.append(key)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=names, extrasaction="ignore")
    writer.writeheader()
    for r in flat:
        writer.writerow({k: "" if v is None else v for k, v in r.items()})
    fh.write(buf.getvalue())
    return len(flat)
