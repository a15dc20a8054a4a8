from __future__ import annotations

import codecs
import io
import json

import pytest

from analyzer.load import LoadError, expand, load
from conftest import PAGES


def test_expand_walks_folders_and_skips_what_is_not_a_page(tmp_path):
    (tmp_path / "a.html").write_text("<html><body>x</body></html>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("hello")
    (tmp_path / "sub" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("no")
    found = [p.replace(str(tmp_path), "") for p in expand([str(tmp_path)])]
    assert found == ["/a.html", "/sub/b.txt"]


def test_named_missing_file_is_reported_with_its_name():
    with pytest.raises(LoadError) as err:
        list(load("/nonexistent/page.html"))
    assert str(err.value) == "/nonexistent/page.html: no such file"


def test_empty_file_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n")
    with pytest.raises(LoadError, match="empty file"):
        list(load(str(path)))


def test_binary_file_given_as_text_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(LoadError, match="binary"):
        list(load(str(path)))


def test_text_encodings(tmp_path):
    text = "سلام دنیا — hello"
    for name, data in {
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "u16.txt": text.encode("utf-16"),
        "plain.txt": text.encode("utf-8"),
    }.items():
        (tmp_path / name).write_bytes(data)
        (page,) = load(str(tmp_path / name))
        assert page.kind == "text"
        assert page.content.lstrip("\ufeff") == text


def test_windows_1256_persian_page_decodes():
    (page,) = load(str(PAGES / "persian_1256.html"))
    assert page.kind == "html"
    assert "افزایش قیمت نان" in page.content.replace("ي", "ی")
    assert "\ufffd" not in page.content


def test_stdin_like_input_is_sniffed(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"<!DOCTYPE html><html><body>x</body></html>")))
    (page,) = load("-")
    assert page.kind == "html" and page.source == "-"


def test_jsonl_pages(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(
        json.dumps({"url": "http://a.example/1", "html": "<html><body><p>one</p></body></html>"}) + "\n"
        + json.dumps({"text": "two"}) + "\n",
        encoding="utf-8",
    )
    pages = list(load(str(path)))
    assert [p.kind for p in pages] == ["html", "text"]
    assert pages[0].source.endswith("#http://a.example/1")


def test_warc_pages(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in [
            ("http://a.example/page", "text/html; charset=utf-8", b"<html><body><p>hi</p></body></html>"),
            ("http://a.example/logo.png", "image/png", b"\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    pages = list(load(str(path)))
    assert [p.source.split("#")[1] for p in pages] == ["http://a.example/page"]


def test_broken_warc_is_a_load_error(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file\n")
    with pytest.raises(LoadError, match="bad.warc"):
        list(load(str(path)))


def test_a_warc_record_date_is_when_the_page_was_fetched(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record("http://a.example/p", "response", payload=io.BytesIO(b"<p>hi</p>"),
                                           http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2012-11-13T10:20:30Z"})
        writer.write_record(record)
    (page,) = load(str(path))
    assert page.fetched == "2012-11-13T10:20:30Z"


def test_a_jsonl_line_may_say_when_its_page_was_fetched(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text('{"text": "A title\\n\\nSome text.", "fetched": "2012-11-13T10:20:30Z"}\n{"text": "Other"}\n')
    assert [p.fetched for p in load(str(path))] == ["2012-11-13T10:20:30Z", None]
