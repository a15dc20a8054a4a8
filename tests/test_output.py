from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from analyzer.output import OutputError, check_target, flatten, write_csv, write_json, write_jsonl
from analyzer.output.sqlite import connect, store_classified, store_page
from analyzer.records import (Analysis, Article, CommentRecord, LangResult, PageResult, Sentiment,
                              Toxicity)

ROWS = [
    {"text": "سلام", "sentiment": {"label": "positive", "scores": {"positive": 0.9}}, "terms": ["a", "b"]},
    {"text": "x", "sentiment": None, "extra": 1},
]


def test_flatten_dots_nested_and_dumps_lists():
    assert flatten(ROWS[0]) == {"text": "سلام", "sentiment.label": "positive",
                                "sentiment.scores.positive": 0.9, "terms": '["a", "b"]'}


def test_jsonl_and_json_keep_persian_readable():
    buf = io.StringIO()
    write_jsonl(ROWS, buf)
    assert "سلام" in buf.getvalue() and "\\u" not in buf.getvalue()
    buf = io.StringIO()
    write_json(iter(ROWS), buf)
    assert json.loads(buf.getvalue()) == ROWS
    buf = io.StringIO()
    write_json(iter([]), buf)
    assert json.loads(buf.getvalue()) == []


def test_csv_header_is_union_of_columns():
    buf = io.StringIO()
    write_csv(ROWS, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["sentiment.label"] == "positive" and rows[1]["extra"] == "1"


def test_existing_output_needs_force(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("precious")
    with pytest.raises(OutputError, match="already exists"):
        check_target(str(out), "jsonl", force=False)
    check_target(str(out), "jsonl", force=True)
    check_target(str(tmp_path / "db.sqlite"), "sqlite", force=False)
    with pytest.raises(OutputError, match="is also an input"):
        check_target(str(out), "jsonl", force=True, inputs=[str(out)])
    with pytest.raises(OutputError, match="needs -o"):
        check_target(None, "sqlite", force=False)
    with pytest.raises(OutputError, match="needs -o FILE.db"):  # it made a database file named "-"
        check_target("-", "sqlite", force=False)


def _result(texts):
    analysis = Analysis(LangResult("en", 0.9), "n", Sentiment("neutral", {"neutral": 1.0}),
                        Toxicity(0.1, "not_toxic"))
    comments = [CommentRecord("p.html", 0, f"c{i}", None, "a", None, None, None, t, analysis)
                for i, t in enumerate(texts)]
    return PageResult("p.html", [Article("T", "body")], comments)


def test_sqlite_rerun_replaces_a_page_without_duplicates(tmp_path):
    path = str(tmp_path / "store.db")
    db = connect(path)
    store_page(db, _result(["one", "two", "three"]))
    store_page(db, _result(["one", "two"]))
    db.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM comments").fetchone()[0] == 2
    assert db.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 1
    rec = json.loads(db.execute("SELECT record FROM comments WHERE id='c0'").fetchone()[0])
    assert rec["sentiment"]["label"] == "neutral"


def test_sqlite_classified_upserts_same_input_once(tmp_path):
    db = connect(str(tmp_path / "c.db"))
    recs = [{"text": "hi", "id": 1, "lang": "en", "sentiment": None, "toxicity": None}]
    store_classified(db, recs)
    store_classified(db, recs)
    assert db.execute("SELECT COUNT(*) FROM classified").fetchone()[0] == 1


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 50)
    with pytest.raises(OSError, match="notes.db"):
        connect(str(path))


def test_a_store_in_a_missing_folder_is_created_with_it_as_other_outputs_are(tmp_path):
    path = tmp_path / "runs" / "2024" / "crawl.db"
    connect(str(path)).close()
    assert path.is_file()
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="cannot make the folder"):
        connect(str(tmp_path / "file" / "crawl.db"))


def test_sqlite_articles_keep_byline_and_date(tmp_path):
    db = connect(str(tmp_path / "a.db"))
    result = _result(["one"])
    result.articles[0] = Article("T", "body", "Mina Rahimi", "October 5, 2012 at 4:12 pm")
    store_page(db, result)
    assert db.execute("SELECT byline, posted, posted_iso FROM articles").fetchone() == (
        "Mina Rahimi", "October 5, 2012 at 4:12 pm", "2012-10-05T16:12:00")


def test_a_store_from_before_the_article_dates_gains_their_columns(tmp_path):
    path = str(tmp_path / "old.db")
    old = sqlite3.connect(path)
    old.executescript("CREATE TABLE articles (page TEXT NOT NULL, idx INTEGER NOT NULL, title TEXT, "
                      "text TEXT NOT NULL, PRIMARY KEY (page, idx));")
    old.execute("INSERT INTO articles VALUES ('old.html', 0, 'Kept', 'body')")
    old.commit()
    old.close()
    db = connect(path)
    store_page(db, _result(["one"]))
    rows = db.execute("SELECT page, title, byline FROM articles ORDER BY page").fetchall()
    assert rows == [("old.html", "Kept", None), ("p.html", "T", None)]


def test_json_pages_carry_the_article_byline_and_date():
    result = _result(["one"])
    result.articles[0] = Article("T", "body", "Mina Rahimi", "October 5, 2012")
    (article,) = result.to_dict()["articles"]
    assert (article["byline"], article["posted"], article["posted_iso"]) == ("Mina Rahimi", "October 5, 2012",
                                                                             "2012-10-05")


def test_json_pages_carry_their_thread_figures():
    thread = _result(["one", "two"]).to_dict()["thread"]
    assert (thread["comments"], thread["authors"], thread["languages"], thread["toxic"]) == (2, 1, {"en": 2}, 0)
    assert thread["toxic_share"] == 0.0 and thread["sentiment"] == {"neutral": 2}
    json.dumps(thread)  # plain JSON values
