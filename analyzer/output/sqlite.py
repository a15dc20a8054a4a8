"""SQLite store: pages, articles and comments, safe to re-run.

A page analysed again replaces its own rows (its comments are deleted and
written anew inside one transaction), so a rerun never duplicates comments and
never touches other pages. Full records are kept as JSON beside the columns
most queries need.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..records import PageResult
from . import writing

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    source TEXT PRIMARY KEY,
    n_articles INTEGER NOT NULL,
    n_comments INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    page TEXT NOT NULL REFERENCES pages(source),
    idx INTEGER NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    byline TEXT,
    posted TEXT,
    posted_iso TEXT,
    PRIMARY KEY (page, idx)
);
CREATE TABLE IF NOT EXISTS comments (
    page TEXT NOT NULL REFERENCES pages(source),
    id TEXT NOT NULL,
    article INTEGER NOT NULL,
    parent_id TEXT,
    author TEXT,
    posted TEXT,
    posted_iso TEXT,
    title TEXT,
    text TEXT NOT NULL,
    lang TEXT,
    lang_score REAL,
    normalized TEXT,
    sentiment TEXT,
    toxicity_score REAL,
    toxicity_label TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (page, id)
);
CREATE TABLE IF NOT EXISTS classified (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    lang TEXT,
    sentiment TEXT,
    toxicity_score REAL,
    toxicity_label TEXT,
    record TEXT NOT NULL
);
"""


# Columns added since the first schema: a store written by an earlier version gains them, empty.
ADDED_COLUMNS = {"articles": ("byline", "posted", "posted_iso")}


def connect(path: str) -> sqlite3.Connection:
    """The store at ``path``, created with its folder as the other formats' files are (SQLite
    cannot create a folder: 'unable to open database file' said the database was unusable)."""
    with writing(path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(path)
        db.executescript(SCHEMA)
        for table, columns in ADDED_COLUMNS.items():
            have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            for column in columns:
                if column not in have:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    except sqlite3.DatabaseError as exc:
        raise OSError(f"{path}: not a usable SQLite database ({exc})") from None
    return db


def _columns(rec: dict[str, Any]) -> tuple[Any, ...]:
    sent = rec.get("sentiment") or {}
    tox = rec.get("toxicity") or {}
    return (
        rec.get("lang"),
        rec.get("lang_score"),
        rec.get("normalized"),
        sent.get("label"),
        tox.get("score"),
        tox.get("label"),
        json.dumps(rec, ensure_ascii=False),
    )


def store_page(db: sqlite3.Connection, result: PageResult) -> None:
    with db:
        db.execute("DELETE FROM comments WHERE page = ?", (result.source,))
        db.execute("DELETE FROM articles WHERE page = ?", (result.source,))
        db.execute(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
            (result.source, len(result.articles), len(result.comments)),
        )
        db.executemany(
            "INSERT INTO articles (page, idx, title, text, byline, posted, posted_iso) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(result.source, i, a.title, a.text, a.byline, a.posted, a.iso)
             for i, a in enumerate(result.articles)],
        )
        rows = []
        for c in result.comments:
            rec = c.to_dict()
            rows.append((c.page, c.id, c.article, c.parent_id, c.author, c.posted,
                         c.posted_iso, c.title, c.text, *_columns(rec)))
        db.executemany(f"INSERT INTO comments VALUES ({', '.join('?' * 16)})", rows)


def store_classified(db: sqlite3.Connection, records: Iterable[dict[str, Any]]) -> int:
    """Upsert by a hash of the input record, so the same input twice is one row."""
    n = 0
    with db:
        for rec in records:
            key = json.dumps({k: v for k, v in rec.items() if not _is_analysis(k)},
                             ensure_ascii=False, sort_keys=True)
            rid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
            db.execute(
                "INSERT OR REPLACE INTO classified VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rid, rec.get("text", ""), *_columns(rec)[:1], *_columns(rec)[3:]),
            )
            n += 1
    return n


ANALYSIS_KEYS = {"lang", "lang_score", "lang_mix", "lang_reason", "normalized", "sentiment",
                 "toxicity", "sentiment_reason", "toxicity_reason"}


def _is_analysis(key: str) -> bool:
    return key in ANALYSIS_KEYS
