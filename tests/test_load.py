from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import threading

import pytest

from analyzer.load import LoadError, expand, load
from analyzer.records import Page
from conftest import PAGES


def test_expand_walks_folders_and_skips_what_is_not_a_page(tmp_path):
    (tmp_path / "a.html").write_text("<html><body>x</body></html>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("hello")
    (tmp_path / "sub" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("no")
    # macOS's metadata twin of a page copied from a Mac (AppleDouble): binary, an error each
    (tmp_path / "sub" / "._b.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(4000))
    found = [p.replace(str(tmp_path), "") for p in expand([str(tmp_path)])]
    assert found == ["/a.html", "/sub/b.txt"]
    assert [p.replace(str(tmp_path), "") for p in expand([str(tmp_path / "sub" / "._b.txt")])] == ["/sub/._b.txt"]


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


def test_a_page_knows_the_address_it_was_fetched_from(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(_warc([("http://a.example/2012/07/21/p", "text/html", b"<p>hi</p>")], gzip=False))
    (tmp_path / "pages.jsonl").write_text('{"html": "<p>hi</p>", "url": "http://b.example/x"}\n{"html": "<p>yo</p>"}\n')
    assert [p.url for p in load(str(tmp_path / "crawl.warc"))] == ["http://a.example/2012/07/21/p"]
    assert [p.url for p in load(str(tmp_path / "pages.jsonl"))] == ["http://b.example/x", None]


def test_an_undated_article_takes_the_day_in_the_address_it_was_fetched_from(tmp_path):
    from analyzer.segment.html import segment_html

    article = (b"<html><body><article><h1>Water returns</h1><p>After four dry months, rain fell across the valley "
               b"on Thursday night.</p><p>Farmers said the rain came too late for the summer harvest.</p></article>")
    shown = article.replace(b"<h1>Water returns</h1>", b"<h1>Water returns</h1><time>November 6, 2012</time>")
    raw = _warc([("http://news.example/2012/07/21/water", "text/html", article),
                 ("http://news.example/2012/07/21/shown", "text/html", shown),
                 ("http://news.example/water?id=20120721", "text/html", article)], gzip=False)
    (tmp_path / "crawl.warc").write_bytes(raw)
    articles = [segment_html(p).articles[0] for p in load(str(tmp_path / "crawl.warc"))]
    assert [(a.posted, a.iso) for a in articles] == [(None, "2012-07-21"), ("November 6, 2012", "2012-11-06"),
                                                      (None, None)]


def _warc(pages, gzip=True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for url, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def test_a_warc_cut_short_keeps_its_whole_pages_and_names_the_cut_one(tmp_path):
    body = b"<html><body><p>" + b"word " * 40 + b"</p></body></html>"
    raw = _warc([("http://a.example/1", "text/html", body), ("http://a.example/2", "text/html", body)])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(raw[:-60])  # into the second record's compressed headers: warcio stops there
    items = load(str(path))
    assert next(items).source.endswith("#http://a.example/1")
    with pytest.raises(LoadError, match=r"cut.warc.gz: WARC file cut short or damaged after 1 records \(\d+ bytes"):
        next(items)
    plain = _warc([("http://a.example/1", "text/html", body), ("http://a.example/2", "text/html", body)], gzip=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(plain[:-60])  # into the second record's body
    first, second = load(str(path))
    assert first.source.endswith("#http://a.example/1") and "word" in first.content
    assert str(second) == f"{path}#http://a.example/2: WARC record cut short (the file ends inside it)"


@pytest.mark.parametrize("raw, reason", [
    (b"WARC/1.0\r\nbroken", "not a valid WARC file (no record could be read)"),
    (_warc([("http://a.example/i.png", "image/png", b"\x89PNG")], gzip=False), "no HTML pages among its 1 WARC records"),
])
def test_a_warc_without_pages_says_why(tmp_path, raw, reason):
    path = tmp_path / "x.warc"
    path.write_bytes(raw)
    with pytest.raises(LoadError) as err:
        list(load(str(path)))
    assert str(err.value) == f"{path}: {reason}"


def test_a_bad_jsonl_line_is_reported_and_the_lines_after_it_still_load(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"text": "one"}\nnot json\n{"text": 5}\n[1]\n{"html": "<p>two</p>"}\n', encoding="utf-8")
    items = list(load(str(path)))
    assert [str(i) if isinstance(i, LoadError) else i.content for i in items] == [
        "one", f"{path}:2: invalid JSON (Expecting value)", f'{path}:3: no string "html" or "text" field',
        f"{path}:4: a line is not a JSON object", "<p>two</p>"]


def test_binary_file_given_as_html_is_refused_and_utf16_without_bom_is_read(tmp_path):
    junk = tmp_path / "photo.html"
    junk.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    with pytest.raises(LoadError, match="photo.html: binary file, not an HTML page"):
        list(load(str(junk)))
    for enc in ("utf-16-le", "utf-16-be"):
        page = tmp_path / f"{enc}.html"
        page.write_bytes("<html><body><p>Nazanin wrote: سلام</p></body></html>".encode(enc))
        (loaded,) = load(str(page))
        assert "Nazanin wrote: سلام" in loaded.content and loaded.encoding == enc


def test_a_warc_cut_anywhere_in_a_record_is_reported_never_a_crash(tmp_path):
    """A download cut inside a record's WARC headers (before its WARC-Target-URI, which made warcio
    fail with an AttributeError that stopped the whole crawl), inside its HTTP headers, or inside a
    record that is not a page (request, metadata) must say so; the whole pages before it still load."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    body = b"<html><body><p>" + b"word " * 40 + b"</p></body></html>"
    for n in (1, 2):
        url = f"http://a.example/{n}"
        request = StatusAndHeaders(f"GET /{n} HTTP/1.1", [("Host", "a.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"outlink: x " * 20),
                                                      warc_content_type="application/warc-fields"))
    raw = buf.getvalue()
    second = raw.index(b"WARC/1.0", raw.index(b"WARC-Type: metadata"))  # the second request record
    response = raw.index(b"WARC-Type: response", second)
    http = raw.index(b"HTTP/1.1 200", response)
    cuts = {"request's WARC headers": second + 20, "response's WARC headers": response + 25,
            "response's HTTP headers": http + 20, "last metadata record": len(raw) - 40}
    for where, cut in cuts.items():
        path = tmp_path / "cut.warc"
        path.write_bytes(raw[:cut])
        items, error = [], None
        try:
            for item in load(str(path)):
                items.append(item)
        except LoadError as exc:
            error = exc
        pages = [i for i in items if not isinstance(i, LoadError)]
        reported = [str(i) for i in items if isinstance(i, LoadError)] + ([str(error)] if error else [])
        assert pages and pages[0].source.endswith("#http://a.example/1"), where
        assert len(reported) == 1 and "cut short" in reported[0], (where, reported)


def test_a_jsonl_page_holding_a_unicode_line_separator_stays_one_line(tmp_path):
    """JSON writes U+2028, U+2029 and U+0085 inside strings as they are (``ensure_ascii=False``):
    they end a line for ``str.splitlines`` but not for JSON Lines, whose lines end at "\\n" only.
    Split there, one page became two invalid lines and the line numbers after it were off."""
    path = tmp_path / "crawl.jsonl"
    pages = [{"text": "Mina\u2028wrote this\u2029and\x85that"}, {"text": "second"}, "bad"]
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages), encoding="utf-8")
    items = list(load(str(path)))
    assert [i.content if not isinstance(i, LoadError) else str(i) for i in items] == [
        "Mina\u2028wrote this\u2029and\x85that", "second", f"{path}:3: a line is not a JSON object"]


@pytest.mark.parametrize("bom, enc", [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_utf32_with_a_bom_is_read_not_refused_as_binary(tmp_path, bom, enc):
    """A UTF-32 BOM is a sign of a text as much as a UTF-16 one: a UTF-32-BE page was refused as a
    binary file, and a UTF-32-LE text dump (its BOM starts like UTF-16-LE's) read as UTF-16, a NUL
    after every letter."""
    for name, content in (("page.html", "<html><body><p>Nazanin wrote: سلام</p></body></html>"),
                          ("dump.txt", "Nazanin wrote: سلام\n")):
        path = tmp_path / name
        path.write_bytes(bom + content.encode(enc))
        (loaded,) = load(str(path))
        assert "Nazanin wrote: سلام" in loaded.content and "\x00" not in loaded.content


def test_a_page_with_a_stray_nul_byte_is_still_a_page(tmp_path):
    """One NUL in a page's text (a CMS slip) is not a binary file: a file is binary when control
    bytes are a share of its start, as in an image or an archive (one NUL had the page refused)."""
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><p>Nazanin wrote:\x00 a fine article</p>" + b"<p>more text</p>" * 50
                     + b"</body></html>")
    (page,) = load(str(path))
    assert "Nazanin wrote: a fine article" in page.content  # the NUL dropped, as a browser does (the parser made it \ufffd)
    dump = tmp_path / "dump.txt"
    dump.write_bytes(b"Nazanin wrote:\x00 a fine article\n" + b"Mina: I agree with every word here.\n" * 5)
    (page,) = load(str(dump))
    assert "Nazanin wrote: a fine article" in page.content
    archive = tmp_path / "saved.html"  # an archive under a page's name is still refused
    archive.write_bytes(__import__("zlib").compress(b"<html><body>" + bytes(range(32, 127)) * 200 + b"</body></html>"))
    with pytest.raises(LoadError, match="binary file"):
        list(load(str(archive)))


@pytest.mark.parametrize("name", ["saved.html", "saved.htm", "dump.txt"])
def test_a_page_saved_gzipped_under_a_page_name_is_read(tmp_path, name):
    """'curl URL > page.html' without --compressed saves the gzip the server sent: it was refused as
    a binary file."""
    path = tmp_path / name
    path.write_bytes(gzip.compress("<html><body><p>نظر اول اینجاست</p></body></html>".encode()))
    (page,) = load(str(path))
    assert "نظر اول اینجاست" in page.content
    path.write_bytes(gzip.compress(b"<html><body>x</body></html>")[:-12])
    with pytest.raises(LoadError, match="not a valid gzip file"):
        list(load(str(path)))


def test_a_warc_gzipped_as_one_stream_is_read_and_errors_stay_one_line(tmp_path):
    """``gzip crawl.warc`` makes one gzip stream, not one per record as WARC tools write: warcio
    stops after the first record with a many-line message. Every page is read instead; and a
    gzip stream cut short is a one-line error after the whole pages."""
    body = b"<html><body><p>" + b"word " * 40 + b"</p></body></html>"
    plain = _warc([(f"http://a.example/{n}", "text/html", body) for n in (1, 2, 3)], gzip=False)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(plain))
    assert [p.source.rsplit("/", 1)[1] for p in load(str(path))] == ["1", "2", "3"]
    path.write_bytes(gzip.compress(plain)[:-60])
    items, error = [], None
    try:
        items.extend(load(str(path)))
    except LoadError as exc:
        error = str(exc)
    assert items and all(not isinstance(i, LoadError) for i in items[:1])
    assert error is not None and "\n" not in error and "cut short" in error


def test_a_warc_with_junk_after_its_records_is_reported_in_one_short_line(tmp_path):
    """warcio quotes the junk's first line in its message: NUL padding (a preallocated file) or
    binary bytes went to the terminal as they were, thousands of them."""
    body = b"<html><body><p>" + b"word " * 40 + b"</p></body></html>"
    path = tmp_path / "padded.warc"
    path.write_bytes(_warc([("http://a.example/1", "text/html", body)], gzip=False) + b"\x00" * 5000)
    items = load(str(path))
    assert next(items).source.endswith("#http://a.example/1")
    with pytest.raises(LoadError) as err:
        next(items)
    message = str(err.value)
    assert message.startswith(f"{path}: WARC file cut short or damaged after 1 records (ArchiveLoadFailed: ")
    assert len(message) < len(str(path)) + 300 and message.isprintable()


@pytest.mark.parametrize("prefix, enc", [(codecs.BOM_UTF16_LE, "utf-16-le"), (b"", "utf-16-le"),
                                         (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_a_wide_page_without_a_page_suffix_is_read_as_html(tmp_path, prefix, enc):
    """stdin or a suffix we do not know (".aspx") is sorted by its bytes: "<html" in UTF-16 or
    UTF-32 did not look like HTML, so the page's markup was read as a text dump."""
    path = tmp_path / "page.aspx"
    path.write_bytes(prefix + "<!DOCTYPE html><html><body><p>Nazanin wrote: سلام</p></body></html>".encode(enc))
    (page,) = load(str(path))
    assert page.kind == "html" and "Nazanin wrote: سلام" in page.content


def test_a_warc_is_mapped_not_read_so_the_size_limit_is_for_other_files(tmp_path, monkeypatch):
    import analyzer.load as load_module

    monkeypatch.setattr(load_module, "MAX_BYTES", 1000)
    body = b"<html><body><p>" + b"word " * 400 + b"</p></body></html>"
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_warc([(f"http://a.example/{n}", "text/html", body) for n in range(3)], gzip=False))
    assert [p.source.rsplit("#", 1)[1] for p in load(str(warc))] == [f"http://a.example/{n}" for n in range(3)]
    page = tmp_path / "big.html"
    page.write_bytes(body)
    with pytest.raises(LoadError, match="too large"):
        list(load(str(page)))
    (tmp_path / "empty.warc").write_bytes(b"")
    with pytest.raises(LoadError, match="empty.warc: empty file"):
        list(load(str(tmp_path / "empty.warc")))


def test_pages_stored_as_resource_records_are_read(tmp_path):
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "browser.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for url, ctype, body in [("http://a.example/page", "text/html; charset=utf-8", b"<p>saved by a browser</p>"),
                                 ("http://a.example/logo.png", "image/png", b"\x89PNG")]:
            writer.write_record(writer.create_warc_record(url, "resource", payload=io.BytesIO(body),
                                                          warc_content_type=ctype))
    (page,) = load(str(path))
    assert page.source.endswith("#http://a.example/page") and "saved by a browser" in page.content


@pytest.mark.parametrize("text, encoding", [
    ("<p>The crème brûlée at the café was naïve, Señor Muñoz said.</p>", "cp1252"),  # was read as cp1250
    ("<p>Zażółć gęślą jaźń, powiedział Paweł w Łodzi.</p>", "cp1250"),
])
def test_undeclared_western_pages_are_read_as_windows_1252_among_equal_guesses(tmp_path, text, encoding):
    path = tmp_path / "old.html"
    path.write_bytes(f"<html><body>{text}</body></html>".encode(encoding))
    (page,) = load(str(path))
    assert text in page.content and page.encoding == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_persian_utf16_without_a_bom_is_read_not_refused_as_binary(tmp_path, encoding):
    text = "<html><body><p>قیمت نان در تهران این هفته افزایش یافت و نانوایان می‌گویند.</p></body></html>"
    path = tmp_path / "fa.html"
    path.write_bytes(text.encode(encoding))
    (page,) = load(str(path))
    assert "نانوایان می‌گویند" in page.content and page.encoding == encoding


@pytest.mark.parametrize("name, body, kind", [
    # "curl URL > page.txt": a page under a text file's name is read as the page it is
    ("page.txt", "<!DOCTYPE html>\n<html><body><p>Rain at last</p></body></html>", "html"),
    ("page.txt", "\ufeff  <html lang='fa'><body><p>باران</p></body></html>", "html"),
    ("page.txt", "<?xml version='1.0'?>\n<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    # a dump under a page's name has no markup to read
    ("dump.html", "Storm closes the port\n\nPeter says:\nGood to see it open.\n", "text"),
    ("dump.htm", "خبر\n\nعلی گفت:\nخیلی خوب بود\n", "text"),
    # a dump that talks about markup stays a dump, a page without a doctype stays a page
    ("notes.txt", "How to write a page\n\nStart with <html> and close with </html>.\n", "text"),
    ("page.html", "<p>Just a paragraph</p>", "html"),
])
def test_a_file_is_read_as_what_it_holds(tmp_path, name, body, kind):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    (page,) = load(str(path))
    assert page.kind == kind


def test_half_a_surrogate_pair_in_a_jsonl_page_is_read_as_a_replacement_character(tmp_path):
    # json.loads keeps "\ud83d" as a lone surrogate, which no UTF-8 file holds: the line crashed
    # the batch with a traceback when encoded, and a report with it in a title could not be written
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"html": "<title>cut \\ud83d</title><p>hi \\udfff</p>", "url": "http://a.example/\\ud800"}\n'
                    '{"text": "next page \\ud83d\\ude00"}\n')
    pages = list(load(str(path)))
    assert [type(p).__name__ for p in pages] == ["Page", "Page"]
    assert "cut \ufffd" in pages[0].content and "hi \ufffd" in pages[0].content
    assert pages[0].url == "http://a.example/\ufffd" and pages[1].content == "next page 😀"
    for page in pages:
        (page.source + page.content).encode("utf-8")


PERSIAN = "این مقاله خیلی خوب بود، ممنون از نویسنده‌ی عزیز و همه‌ی دوستان"


@pytest.mark.parametrize("name, raw", [
    # a template's stale declaration: the bytes are UTF-8 (each Persian letter came out as two Latin ones)
    ("stale.html", f"<html><head><meta charset='iso-8859-1'></head><body><p>{PERSIAN}</p>"
                   "<p>Deming’s café</p></body></html>".encode()),
    ("stale-1256.html", f"<html><head><meta charset='windows-1256'></head><body><p>{PERSIAN}</p>"
                        "<p>Deming’s café</p></body></html>".encode()),
    # a stray legacy byte in a UTF-8 page or dump sent the whole file to detection (windows-1252)
    ("slip.html", f"<html><body><p>{PERSIAN}</p><p>Deming’s caf\xe9</p></body></html>".encode()
                  .replace("\xe9".encode(), b"\xe9")),
    ("slip.txt", f"{PERSIAN}\n\nDeming’s caf\xe9\n".encode().replace("\xe9".encode(), b"\xe9")),
])
def test_utf8_is_read_as_utf8_despite_a_stale_charset_or_a_stray_byte(tmp_path, name, raw):
    path = tmp_path / name
    path.write_bytes(raw)
    (page,) = load(str(path))
    assert page.encoding == "utf-8"
    assert PERSIAN in page.content and "Deming’s caf" in page.content.replace("Deming’s café", "Deming’s caf")


@pytest.mark.parametrize("declaration", ["<meta charset='iso-8859-1'>", "<meta charset='windows-1252'>"])
def test_legacy_pages_are_not_taken_for_utf8(tmp_path, declaration):
    """The other side of reading UTF-8 first: Western windows-1252 text is not UTF-8 with errors."""
    text = "The crème brûlée at the café was naïve – “quite” so, Señor Muñoz said. Ça va? Déjà vu."
    path = tmp_path / "old.html"
    path.write_bytes(f"<html><head>{declaration}</head><body><p>{text}</p></body></html>".encode("cp1252"))
    (page,) = load(str(path))
    assert text in page.content and page.encoding == "cp1252"


def test_a_file_named_twice_or_also_inside_a_named_folder_is_read_once(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text("<html><body>x</body></html>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("hello")
    (tmp_path / "link.html").symlink_to(tmp_path / "a.html")
    monkeypatch.chdir(tmp_path)
    named = ["a.html", str(tmp_path), "./a.html", "sub/b.txt", "link.html", "missing.html", "missing.html", "-", "-"]
    assert list(expand(named)) == ["a.html", f"{tmp_path}/sub/b.txt", "missing.html", "-"]


def _warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for url, body in [("http://a.example/1", "<html><body><p>یک</p></body></html>"),
                      ("http://a.example/2", "<html><body><p>two</p></body></html>")]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                                      http_headers=headers))
    return out.getvalue()


_JSONL = (json.dumps({"url": "http://a.example/1", "html": "<html><body><p>یک</p></body></html>"}) + "\n"
          + json.dumps({"url": "http://a.example/2", "text": "two"}) + "\n").encode("utf-8")


@pytest.mark.parametrize("raw, sources", [
    (_warc_bytes(gz=False), ["-#http://a.example/1", "-#http://a.example/2"]),
    (_warc_bytes(gz=True), ["-#http://a.example/1", "-#http://a.example/2"]),
    (_JSONL, ["-#http://a.example/1", "-#http://a.example/2"]),
    (gzip.compress(_JSONL), ["-#http://a.example/1", "-#http://a.example/2"]),
    (gzip.compress("<html><body><p>یک</p></body></html>".encode()), ["-"]),
], ids=["warc", "warc.gz", "jsonl", "jsonl.gz", "html.gz"])
def test_a_crawl_or_a_gzipped_page_on_stdin_is_read_as_what_it_is(monkeypatch, raw, sources):
    """A WARC or a JSON-lines crawl piped in was one garbled page; a gzipped page was 'binary'."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    pages = list(load("-"))
    assert [p.source for p in pages] == sources
    assert "یک" in pages[0].content


def test_a_crawl_under_an_unknown_suffix_is_read_as_what_it_is(tmp_path):
    (tmp_path / "crawl.dat").write_bytes(_warc_bytes(gz=True))
    assert [p.url for p in load(str(tmp_path / "crawl.dat"))] == ["http://a.example/1", "http://a.example/2"]
    (tmp_path / "notes").write_bytes(b'{"a": 1}\nnot a crawl\n')
    (page,) = load(str(tmp_path / "notes"))
    assert page.kind == "text"


def test_a_warc_response_with_an_error_or_redirect_status_is_not_a_page(tmp_path):
    """A 404's body is the server's error page (with the site's 'recent comments' box, filed
    under the address asked for), a 301's a stub: only 2xx responses are the address's page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def write(path, statuses):
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=False)
            for status in statuses:
                headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
                body = f"<html><body><p>{status}</p></body></html>".encode()
                writer.write_record(writer.create_warc_record(f"http://a.example/{status[:3]}", "response",
                                                              payload=io.BytesIO(body), http_headers=headers))

    write(tmp_path / "crawl.warc", ["404 Not Found", "200 OK", "301 Moved Permanently", "500 Server Error",
                                    "206 Partial Content"])
    assert [p.url for p in load(str(tmp_path / "crawl.warc"))] == ["http://a.example/200", "http://a.example/206"]
    write(tmp_path / "gone.warc", ["404 Not Found"])
    with pytest.raises(LoadError, match="no HTML pages among its 1 WARC records .1 HTML responses with an error"):
        list(load(str(tmp_path / "gone.warc")))


def test_a_warc_page_without_a_charset_of_its_own_is_read_in_the_one_its_server_sent(tmp_path):
    """Detection on a short undeclared page guesses: Turkish windows-1254 came out as windows-1250
    ('Teşekkürler' as 'Teţekkürler') though the WARC record's HTTP header named the charset."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    text = "Merhaba dünya, bu çok güzel bir yazı. Teşekkürler ağabey."
    path = tmp_path / "crawl.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for url, ctype, meta in [("http://a.example/1", "text/html; charset=windows-1254", ""),
                                 # the page's own declaration goes first (a server's default is often wrong)
                                 ("http://a.example/2", "text/html; charset=ISO-8859-1",
                                  "<meta charset='windows-1254'>")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            body = f"<html><head>{meta}</head><body><p>{text}</p></body></html>".encode("cp1254")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    pages = list(load(str(path)))
    assert [text in p.content for p in pages] == [True, True]


def test_a_jsonl_line_with_an_empty_page_names_its_line(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"url": "http://a.example/1", "html": " "}) + "\n" + json.dumps({"text": ""}) + "\n"
                    + json.dumps({"text": "two"}) + "\n", encoding="utf-8")
    assert [str(p) if isinstance(p, LoadError) else p.content for p in load(str(path))] == [
        f'{path}:1: empty "html" field', f'{path}:2: empty "text" field', "two"]


def test_a_jsonl_crawl_is_read_a_line_at_a_time_whatever_its_size(tmp_path, monkeypatch):
    """A JSON-lines crawl above 50 MB was refused whole ('too large'): a thousand pages are more."""
    import analyzer.load as load_module

    monkeypatch.setattr(load_module, "MAX_BYTES", 1000)
    lines = [json.dumps({"url": f"http://a.example/{n}", "html": "<html><body><p>" + "کلمه " * 100 + "</p></body></html>"},
                        ensure_ascii=False) for n in range(3)]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    for name, raw in [("crawl.jsonl", codecs.BOM_UTF8 + body), ("crawl.jsonl.gz", gzip.compress(body))]:
        (tmp_path / name).write_bytes(raw)
        pages = list(load(str(tmp_path / name)))
        assert [p.url for p in pages] == [f"http://a.example/{n}" for n in range(3)] and "کلمه" in pages[2].content
    # a gzip stream cut short: the whole lines before the cut, then one line saying so
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(body * 20)[:-200])
    before = []
    with pytest.raises(LoadError, match=r"cut\.jsonl\.gz: cut short or damaged after line \d+"):
        before.extend(load(str(tmp_path / "cut.jsonl.gz")))
    assert before and all(isinstance(p, Page) for p in before)
    (tmp_path / "not.jsonl.gz").write_bytes(body)  # gzip is known by its bytes, not by the name
    assert len(list(load(str(tmp_path / "not.jsonl.gz")))) == 3
    (tmp_path / "gz.jsonl").write_bytes(gzip.compress(body))
    assert len(list(load(str(tmp_path / "gz.jsonl")))) == 3


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
@pytest.mark.parametrize("pad", ["", " "])
def test_a_page_declaring_utf16_in_its_ascii_markup_is_read_as_utf8(tmp_path, label, pad):
    """A converted page that kept its UTF-16 declaration came out as CJK characters when its
    length was even (the bytes 'decode' as UTF-16); browsers read such a page as UTF-8."""
    path = tmp_path / "saved.html"
    path.write_bytes(f"<html><head><meta charset='{label}'></head><body><p>Great piece, thanks</p></body></html>{pad}"
                     .encode("ascii"))
    (page,) = load(str(path))
    assert "Great piece, thanks" in page.content
    wide = tmp_path / "wide.html"  # a real UTF-16 page is still one
    wide.write_bytes(f"<html><head><meta charset='{label}'></head><body><p>کتاب‌ها</p></body></html>".encode("utf-16"))
    (page,) = load(str(wide))
    assert "کتاب‌ها" in page.content


def test_a_warc_response_sent_without_a_type_is_sniffed(tmp_path):
    """Old servers send no Content-Type: such a page was skipped without a word ('no HTML pages')."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in [("http://a.example/page", b"<!DOCTYPE html><html><body><p>hi</p></body></html>"),
                          ("http://a.example/data", b'{"a": 1}')]:
            headers = StatusAndHeaders("200 OK", [("Server", "old")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    assert [p.url for p in load(str(path))] == ["http://a.example/page"]


def test_a_warc_page_left_compressed_says_how_not_binary_file(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "zstd")],
                                   protocol="HTTP/1.1")
        body = b"\x28\xb5\x2f\xfd" + bytes(range(256)) * 4  # what warcio cannot decode stays as sent
        writer.write_record(writer.create_warc_record("http://a.example/1", "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    (error,) = load(str(path))
    assert str(error) == f"{path}#http://a.example/1: body still compressed (Content-Encoding: zstd)"


def test_a_named_file_is_named_as_a_folder_walk_names_it(tmp_path, monkeypatch):
    """'./a.html' and 'a.html' were two pages in the SQLite store (its rows are keyed by the name)."""
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "a.html").write_text("<html><body>x</body></html>")
    monkeypatch.chdir(tmp_path)
    assert list(expand(["./crawl/a.html"])) == list(expand(["crawl//a.html"])) == list(expand(["./crawl"])) == ["crawl/a.html"]


def test_a_folder_that_cannot_be_read_is_reported_not_skipped(tmp_path, monkeypatch):
    """os.walk skips a folder it cannot list without a word: its pages were lost silently.
    (Permissions are simulated: the tests may run as root, whom no mode stops.)"""
    import os

    (tmp_path / "a.html").write_text("<html><body>x</body></html>")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.html").write_text("<html><body>y</body></html>")
    real_scandir, real_listdir = os.scandir, os.listdir

    def denied(real):
        def call(path="."):
            if str(path).endswith("locked"):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)
        return call

    monkeypatch.setattr(os, "scandir", denied(real_scandir))
    monkeypatch.setattr(os, "listdir", denied(real_listdir))
    found = list(expand([str(tmp_path)]))
    assert found == [str(tmp_path / "a.html"), str(tmp_path / "locked")]
    with pytest.raises(LoadError, match="locked: cannot read the folder .Permission denied."):
        list(load(found[1]))


def test_a_file_named_jsonl_that_is_not_json_lines_is_one_error_not_one_a_line(tmp_path):
    """A WARC or a log saved as .jsonl gave an 'invalid JSON' line for each of its lines."""
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(_warc_bytes(gz=False))
    with pytest.raises(LoadError, match=r"crawl\.jsonl: not JSON lines \(none of its first 10 lines is a JSON object\)"):
        list(load(str(path)))
    # bad lines before the first object are still each reported, in their place
    good = json.dumps({"text": "a page"})
    path.write_text("\n".join(["not json"] * 9 + [good, "[1]", good]) + "\n")
    got = [str(p) if isinstance(p, LoadError) else p.content for p in load(str(path))]
    assert got == [f"{path}:{n}: invalid JSON (Expecting value)" for n in range(1, 10)] + [
        "a page", f"{path}:11: a line is not a JSON object", "a page"]


def test_a_short_file_with_a_stray_nul_is_text_and_a_tiny_image_is_not(tmp_path):
    """One NUL is more than 1 % of a file under 100 bytes: a two-line comment file was 'binary'."""
    from analyzer.load import text_lines

    path = tmp_path / "c.txt"
    path.write_bytes(b"hello\x00world comment\nsecond one here\n")
    assert list(text_lines(str(path)))[1] == "second one here"
    gif = tmp_path / "pixel.txt"  # a 1x1 GIF under a text name
    gif.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
                    b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    with pytest.raises(LoadError, match="binary file"):
        list(text_lines(str(gif)))


def test_a_folder_walk_follows_linked_folders_once(tmp_path):
    """Linked folders are followed, as linked files are; they were skipped without a word. A
    link back up the tree is not walked again (no loop), and a folder reached twice gives its
    files once."""
    other = tmp_path / "elsewhere"
    (other / "deep").mkdir(parents=True)
    (other / "deep" / "c.txt").write_text("hello")
    crawl = tmp_path / "crawl"
    (crawl / "sub").mkdir(parents=True)
    (crawl / "sub" / "a.txt").write_text("hello")
    (crawl / "linked").symlink_to(other, target_is_directory=True)
    (crawl / "sub" / "up").symlink_to(crawl, target_is_directory=True)
    (crawl / "twice").symlink_to(other / "deep", target_is_directory=True)
    found = [p.replace(str(crawl), "") for p in expand([str(crawl)])]
    assert found == ["/linked/deep/c.txt", "/sub/a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_folder_walk_does_not_open_fifos_but_a_named_one_is_read(tmp_path, capsys):
    """A FIFO met in a folder walk blocked the run (a page's name on a FIFO nobody writes to):
    it is skipped with a note; one named on the command line is read, as <(...) gives."""
    (tmp_path / "a.txt").write_text("hello")
    os.mkfifo(tmp_path / "b.html")
    os.mkfifo(tmp_path / "c.txt")
    found = [p.replace(str(tmp_path), "") for p in expand([str(tmp_path)])]
    assert found == ["/a.txt"]
    assert capsys.readouterr().err.splitlines() == [
        f"analyzer: {tmp_path}/b.html: skipped, a FIFO (a folder walk reads only files; name it to read it)",
        f"analyzer: {tmp_path}/c.txt: skipped, a FIFO (a folder walk reads only files; name it to read it)"]
    writer = threading.Thread(target=(tmp_path / "c.txt").write_text, args=("Nazanin wrote: a fine article\n",))
    writer.start()
    (page,) = load(next(expand([str(tmp_path / "c.txt")])))
    writer.join()
    assert "a fine article" in page.content


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_named_as_input_is_refused(device):
    """/dev/zero was read until memory ran out; /dev/null said 'empty file'."""
    with pytest.raises(LoadError) as err:
        list(load(device))
    assert str(err.value) == f"{device}: a device, not a file"
