from __future__ import annotations

import re

import lxml.html
import pytest

from analyzer.records import (Analysis, Article, CommentRecord, LangResult, PageResult, Sentiment,
                              Toxicity)
from analyzer.report import CSP, is_own_report, render

EVIL = '<script>alert("x")</script><img src="http://tracker.example/p.gif" onerror="steal()">'


def _record(text, lang="en", author="a", toxic=False):
    analysis = Analysis(
        LangResult(lang, 0.99), text, Sentiment("negative", {"negative": 0.8, "neutral": 0.1, "positive": 0.1}),
        Toxicity(0.9 if toxic else 0.1, "toxic" if toxic else "not_toxic", ["idiots"] if toxic else []),
    )
    return CommentRecord("page.html", 0, "c1", None, author, "today", None, None, text, analysis)


def test_page_text_is_escaped_and_nothing_loads_or_runs(tmp_path):
    result = PageResult("page.html", [Article(EVIL, "body")], [_record(EVIL, author=EVIL, toxic=True)])
    html = render([result], [f"bad.html: {EVIL}"])
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", html)
    assert "&lt;script&gt;" in html
    assert f'content="{CSP}"' in html and "default-src 'none'" in CSP
    out = tmp_path / "r.html"
    out.write_text(html, encoding="utf-8")
    assert is_own_report(out)


def test_persian_comment_is_right_to_left_and_finglish_is_not():
    fa = _record("این خبر خیلی بد است", lang="fa")
    finglish = _record("kheili khoob bood", lang="fa-Latn")
    cells = _cells(render([PageResult("p", [Article("T", "b")], [fa, finglish])], []), "Comment")
    assert [(c.get("class"), c.get("dir"), c.text) for c in cells] == [
        ("text rtl", "rtl", "این خبر خیلی بد است"), ("text", "ltr", "kheili khoob bood")]


@pytest.mark.parametrize("lang, text, cell_dir, lines", [
    # a Persian sentence that starts with a Latin word stays right to left (the browser's first-letter
    # rule set it left to right: "BBC" read last); an English line in it goes left to right
    ("fa", "BBC گزارش داد که ۱۲۳ نفر آمدند.\nI agree with this.\nاین درست است.", "rtl",
     ["BBC گزارش داد که ۱۲۳ نفر آمدند.", ("ltr", "I agree with this."), "این درست است."]),
    ("fa", "iPhone گران است ولی Samsung ارزان است.", "rtl", ["iPhone گران است ولی Samsung ارزان است."]),
    ("en", "تهران is a big city.", "ltr", ["تهران is a big city."]),
    ("en", "Good point.\n\nاین حرف درست است، ولی iPhone گران است.", "ltr",
     ["Good point.\n\n", ("rtl", "این حرف درست است، ولی iPhone گران است.")]),  # the blank line kept
    ("und", "👍 ok", "auto", ["👍 ok"]),  # no language: the browser's rule, line by line
])
def test_each_line_of_a_comment_reads_in_the_direction_of_most_of_its_letters(lang, text, cell_dir, lines):
    cell = _cells(render([PageResult("p", [Article("T", "b")], [_record(text, lang=lang)])], []), "Comment")[0]
    parts = [cell.text] if cell.text else []
    for div in cell.findall("div"):
        parts += [(div.get("dir"), div.text)] + ([div.tail] if div.tail else [])
    assert (cell.get("dir"), parts) == (cell_dir, lines)


def _cells(html: str, column: str) -> list:
    """The cells of one column of the first comment table, by its header."""
    import lxml.html

    table = next(t for t in lxml.html.fromstring(html).iter("table") if t.xpath("tr/th[.='Comment']"))
    index = [th.text_content() for th in table.xpath("tr/th")].index(column)
    return [row.xpath("td")[index] for row in table.xpath("tr[td]")]


def test_a_zero_width_non_joiner_and_persian_digits_reach_the_page_as_written():
    text = "می‌گویم ۱۲۳ نفر"  # "می‌گویم": without the ZWNJ the two parts join into another spelling
    cell = _cells(render([PageResult("p", [Article("T", "b")], [_record(text, lang="fa")])], []), "Comment")[0]
    assert cell.text == text


def test_a_comment_cell_names_its_language_for_fonts_and_screen_readers():
    langs = ["fa", "fa-Latn", "en", "und"]
    html = render([PageResult("p", [Article("T", "b")], [_record("متن", lang=lang) for lang in langs])], [])
    assert [c.get("lang") for c in _cells(html, "Comment")] == ["fa", "fa-Latn", "en", None]


def test_a_comment_in_two_languages_shows_their_shares():
    """``lang_mix`` was in the JSON output only: a French and English comment showed "fr (0.86)"."""
    rec = _record("Le pardon est une force.\nForgiveness is a strength.", lang="fr")
    rec = _with(rec, analysis=_with(rec.analysis, lang=LangResult("fr", 0.86, {"en": 0.42, "fr": 0.58})))
    html = render([PageResult("p", [Article("T", "b")], [rec])], [])
    assert _cells(html, "Language")[0].text_content() == "fr (0.86)fr 58%, en 42%"


def test_an_unknown_language_shows_why():
    rec = _record("https://example.com", lang="und")
    rec = _with(rec, analysis=_with(rec.analysis, lang=LangResult("und", 0.0, reason="url-only")))
    html = render([PageResult("p", [Article("T", "b")], [rec])], [])
    assert _cells(html, "Language")[0].text_content() == "und (0.00)url-only"


def test_a_date_is_marked_with_the_date_it_was_read_as_and_a_machine_date_fills_an_empty_cell():
    shown = _with(_record("a"), posted="۱۳ آبان ۱۳۹۱", posted_iso="2012-11-03")
    machine = _with(_record("b"), posted=None, posted_iso="2012-11-04T10:30:00+00:00")
    html = render([PageResult("p", [Article("T", "b")], [shown, machine])], [])
    times = [cell.find("time") for cell in _cells(html, "Posted")]
    assert [(t.get("datetime"), t.get("dir"), t.text) for t in times] == [
        ("2012-11-03", None, "۱۳ آبان ۱۳۹۱"),
        ("2012-11-04T10:30:00+00:00", "ltr", "2012-11-04T10:30:00+00:00")]


@pytest.mark.parametrize("posted, iso, spelled", [
    ("30 minutes ago", "2023-05-02T11:30:00+03:30", True),
    ("07.22.12 at 21:25", "2012-07-22T21:25:00", True),  # which of day and month comes first
    ("۱۳ آبان ۱۳۹۱", "2012-11-03", True),  # the Persian year is another year
    ("۵ مهر ۲۰۱۲", "2012-09-26", False),  # Persian digits that state the year
    ("November 3, 2012 at 10:30 am", "2012-11-03T10:30:00", False),
])
def test_the_date_read_is_spelled_out_when_the_shown_one_does_not_state_its_year(posted, iso, spelled):
    html = render([PageResult("p", [Article("T", "b")], [_with(_record("a"), posted=posted, posted_iso=iso)])], [])
    cell = _cells(html, "Posted")[0]
    assert cell.find("time").text == posted
    assert [(s.get("dir"), s.text) for s in cell.findall("span")] == ([("ltr", iso)] if spelled else [])


def test_a_persian_date_and_name_read_in_their_own_direction():
    fa = CommentRecord("page.html", 0, "c1", None, "مریم", "۱۴۰۱/۰۵/۱۲ ساعت ۱۰:۲۰", None, None, "خوب بود",
                       _record("خوب بود", lang="fa").analysis)
    html = render([PageResult("p", [Article("T", "b")], [fa])], [])
    assert '<td dir="auto">مریم</td><td dir="auto">۱۴۰۱/۰۵/۱۲ ساعت ۱۰:۲۰</td>' in html


def test_toxic_row_shows_its_terms():
    html = render([PageResult("p", [Article("T", "b")], [_record("you idiots", toxic=True)])], [])
    assert 'class="toxic"' in html and "idiots" in html


def test_foreign_file_is_not_taken_for_a_report(tmp_path):
    other = tmp_path / "notes.html"
    other.write_text("<html><body>my notes</body></html>")
    assert not is_own_report(other)


def test_only_the_head_of_the_output_file_is_read_to_tell_our_report(tmp_path, monkeypatch):
    from pathlib import Path

    import analyzer.report as report

    ours = tmp_path / "ours.html"
    ours.write_bytes(render([], ["a.html: empty file"]).encode() + b"\xff\xfe not UTF-8" + b"x" * 100_000)
    reads = []
    opened = Path.open

    def spying_open(self, *args, **kwargs):
        fh = opened(self, *args, **kwargs)
        read = fh.read
        fh_read = lambda size=-1: reads.append(size) or read(size)  # noqa: E731
        return type("Spy", (), {"read": staticmethod(fh_read), "__enter__": lambda s: s,
                                "__exit__": lambda s, *e: fh.close()})()

    monkeypatch.setattr(Path, "open", spying_open)
    assert report.is_own_report(ours)
    assert reads and all(0 < size <= report.HEAD_BYTES for size in reads)  # never the whole file


def test_charts_are_inline_svg_without_page_text():
    comments = [_record("<b>page text</b>", lang=lang) for lang in ("en", "fa", "fa")]
    html = render([PageResult("p", [Article("T", "b")], comments)], [])
    charts = re.findall(r'<figure class="chart">(.*?)</figure>', html, flags=re.S)
    assert len(charts) == 2 and all(c.startswith("<svg") for c in charts)
    assert all("page text" not in c and "<script" not in c for c in charts)


def test_charts_say_in_words_what_they_draw_and_where_toxic_starts():
    from analyzer.classify import toxicity_threshold

    good = _record("خوب", lang="fa")
    good = _with(good, analysis=_with(good.analysis, sentiment=Sentiment("positive", {"positive": 0.9})))
    comments = [_record("calm", lang="en"), _record("bad", lang="en", toxic=True), good]
    html = render([PageResult("p", [Article("T", "b")], comments)], [])
    svgs = lxml.html.fromstring(html).xpath("//figure/*[local-name()='svg']")
    labels = [svg.get("aria-label") for svg in svgs]
    assert [svg.get("role") for svg in svgs] == ["img", "img"]
    assert [svg.xpath("*[local-name()='title']")[0].text for svg in svgs] == labels
    assert labels[0] == "Sentiment by language: en, 2 comment(s): 100% negative; fa, 1 comment(s): 100% positive."
    assert len(svgs[0].xpath(".//*[local-name()='pattern']")) == 2  # negative and positive: not by colour alone
    cut = toxicity_threshold("en")  # scores 0.1 and 0.9 in the records
    assert labels[1] == (f"Toxicity scores of 3 comment(s); toxic at ≥ {cut:.2f}: 1 comment(s); by score, "
                         "from 0.0-0.1 to 0.9-1.0: 0, 2, 0, 0, 0, 0, 0, 0, 0, 1.")


def test_the_charts_ids_are_unique_in_the_report_and_each_reference_stays_in_its_own_chart():
    comments = [_record("calm", lang="en"), _record("bad", lang="en", toxic=True)]
    html = render([PageResult("p", [Article("T", "b")], comments)], [])
    doc = lxml.html.fromstring(html)
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))
    for svg in doc.xpath("//figure/*[local-name()='svg']"):
        own = set(svg.xpath(".//@id"))
        targets = [v[1:] for v in svg.xpath(".//@*[local-name()='href']")]
        targets += re.findall(r"url\(#([^)]+)\)", lxml.html.tostring(svg, encoding=str))
        assert targets and set(targets) <= own


def test_word_list_hits_show_by_sub_label_and_escaped():
    rec = _record("you <b>asshole</b>", toxic=True)
    rec.analysis.toxicity.lexicon = {"insult": ["<b>asshole"], "profanity": ["کیر"]}
    html = render([PageResult("p", [Article("T", "b")], [rec])], [])
    assert 'insult: <bdi>&lt;b&gt;asshole</bdi></span>' in html and "profanity: <bdi>کیر</bdi>" in html
    assert "<b>asshole" not in html


def _with(record, **changes):
    from dataclasses import replace

    return replace(record, **changes)


def test_a_reply_links_to_the_row_it_answers_by_number_and_author():
    first = _with(_record("the first comment", author="Mina"), id="c1")
    reply = _with(_record("an answer to it", author="Reza"), id="c2", parent_id="c1")
    html = render([PageResult("p", [Article("T", "b")], [first, reply])], [])
    assert '<tr id="p1-c1">' in html and '<tr id="p1-c2">' in html
    assert '↳ reply to <a href="#p1-c1">#1</a> (<bdi>Mina</bdi>)' in html  # a Persian name keeps its order
    assert "reply to c1" not in html  # the id is for machines, the row number for readers


def test_each_comment_number_is_a_link_to_its_own_row():
    html = render([PageResult(f"p{n}", [Article("T", "b")], [_record("a"), _record("b")]) for n in (1, 2)], [])
    rows = lxml.html.fromstring(html).xpath("//section//tr[td]")
    assert [(row.get("id"), row.xpath("td[1]/a/@href")) for row in rows] == [
        (f"p{n}-c{i}", [f"#p{n}-c{i}"]) for n in (1, 2) for i in (1, 2)]
    # a number in one piece: in the narrow column "13" broke over two lines
    assert {row.xpath("td[1]")[0].get("class") for row in rows} == {"num"}
    assert "td.num{white-space:nowrap" in html


def test_most_toxic_comments_come_first_across_pages_with_their_reasons():
    def toxic(text, score, page_id):
        rec = _record(text, toxic=True)
        return _with(rec, id=page_id, analysis=_with(rec.analysis, toxicity=_with(rec.analysis.toxicity, score=score)))

    page1 = PageResult("p1", [Article("One", "b")], [_record("calm words"), toxic("you idiots <b>", 0.7, "a")])
    page2 = PageResult("p2", [Article("Two", "b")], [toxic("total idiots", 0.95, "b")])
    html = render([page1, page2], [])
    section = html[html.index("<h2>Most likely toxic</h2>"):html.index('<h2 id="pages">Pages</h2>')]
    assert section.index('href="#p2-c1"') < section.index('href="#p1-c2"')  # highest score first
    assert "idiots" in section and "you idiots &lt;b&gt;" in section and "calm words" not in section
    index = html[html.index('<h2 id="pages">Pages</h2>'):html.index('<section id="page-1"')]
    assert '<a href="#page-1">One</a>' in index and '<a href="#page-2">Two</a>' in index


def test_a_crawl_report_leads_back_from_each_page_to_the_list_of_pages():
    pages = [PageResult(f"p{n}", [Article(f"T{n}", "b")], [_record("calm words")]) for n in (1, 2)]
    doc = lxml.html.fromstring(render(pages, []))
    assert doc.get_element_by_id("pages").tag == "h2"
    assert [s.xpath("p[@class='source']/a/@href") for s in doc.iter("section")] == [["#pages"], ["#pages"]]
    one = lxml.html.fromstring(render(pages[:1], []))
    assert one.xpath("//a[@href='#pages']") == []  # one page: no list to go back to


def test_a_thread_folds_open_and_replies_are_indented_by_depth():
    ids = ["a", "b", "c", "d", "e", "f", "g"]
    parents = [None, "a", "b", "c", "d", "e", "zz"]  # a chain six deep, then a parent not on the page
    comments = [_with(_record(f"comment {i}"), id=i, parent_id=p) for i, p in zip(ids, parents)]
    doc = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], comments)], []))
    details = doc.find(".//section/details")
    assert details.get("open") is not None and details.find("table") is not None
    assert details.find("summary").text_content() == "7 comment(s), 1 author(s), 6 repl(ies)"
    classes = [cell.get("class") for cell in _cells(lxml.html.tostring(doc, encoding=str), "Comment")]
    assert classes == ["text", "text d1", "text d2", "text d3", "text d4", "text d4", "text"]


def test_each_page_section_guesses_its_height_from_its_comments():
    # the browser lays out only the sections in view and sizes the others by this guess
    short = PageResult("p1", [Article("T", "b")], [])
    long = PageResult("p2", [Article("T", "b")], [_record("word " * 400), _record("a\nb\nc\nd")])
    sizes = [int(re.fullmatch(r"contain-intrinsic-size:auto (\d+)rem", s.get("style")).group(1))
             for pages in ([short], [long]) for s in lxml.html.fromstring(render(pages, [])).iter("section")]
    assert sizes == [8, 8 + 4 + round((26 + 4) * 1.4)]  # 2,000 characters are 26 lines of 80
    doc = lxml.html.fromstring(render([short, long], []))
    assert re.search(r"section\{content-visibility:auto", doc.find(".//style").text)


def test_one_page_without_toxic_comments_has_no_index_or_toxic_list():
    html = render([PageResult("p", [Article("T", "b")], [_record("calm words")])], [])
    assert "Most likely toxic" not in html and ">Pages</h2>" not in html


def test_article_byline_and_date_are_shown_escaped():
    page = PageResult("p", [Article("T", "b", "Mina <i>R</i>", "October 5, 2012")], [_record("calm words")])
    assert "Mina &lt;i&gt;R&lt;/i&gt; · <bdi>October 5, 2012</bdi>" in render([page], [])


def test_a_persian_byline_gives_its_direction_and_keeps_a_machine_date_in_order():
    page = PageResult("p", [Article("T", "b", "مریم احمدی", None, "2024-03-05T10:00:00+03:30")], [_record("calm")])
    # the date isolated, left to right: beside a Persian name it read "05T10:00:00+03:30-2024"
    assert ('<p class="muted" dir="auto">مریم احمدی · <bdi dir="ltr">2024-03-05T10:00:00+03:30</bdi></p>'
            in render([page], []))
    undated = PageResult("p", [Article("T", "b", None, "۱۵ اسفند ۱۴۰۲")], [_record("calm")])
    assert '<p class="muted" dir="auto">۱۵ اسفند ۱۴۰۲</p>' in render([undated], [])


def test_a_long_tail_of_languages_is_one_row_and_one_bar():
    langs = ["en"] * 5 + ["fa"] * 3 + ["es", "pt", "fr", "it", "de", "nl", "ru", "pl", "sv", "da"]
    html = render([PageResult("p", [Article("T", "b")], [_record("words", lang=lang) for lang in langs])], [])
    assert "2 other languages: sv, da" in html or "2 other languages: da, sv" in html
    chart = re.findall(r'<figure class="chart">(.*?)</figure>', html, flags=re.S)[0]
    assert "other (6)" in chart and "en (5)" in chart  # six languages by count (ties by name), then the rest


def test_the_same_pages_give_the_same_report():
    page = PageResult("p", [Article("T", "b")], [_record("calm words"), _record("you idiots", toxic=True)])
    assert render([page], []) == render([page], [])


@pytest.mark.parametrize("text, excerpt", [
    ("short and sweet", "short and sweet"),
    ("IMMA KILL YOU\n" * 40, "IMMA KILL YOU\nIMMA KILL YOU\nIMMA KILL YOU\nIMMA KILL YOU…"),
    ("x" * 250, "x" * 200 + "…"),
    ("one\ntwo\nthree\nfour", "one\ntwo\nthree\nfour"),
    # cut at a word's end, not in a word: the line that would have kept one letter goes
    ("شما دوستان " * 18 + "\nتا زمانی که", "شما دوستان " * 17 + "شما دوستان…"),
    ("word " * 39 + "wordiest more", "word " * 38 + "word…"),
    ("word " * 39 + "wordy more", "word " * 39 + "wordy…"),  # a word that ends at the cut stays
    ("a" * 150 + " " + "b" * 100, "a" * 150 + "…"),
])
def test_list_excerpts_are_at_most_four_lines_and_200_characters(text, excerpt):
    from analyzer.report import _excerpt

    assert _excerpt(text) == excerpt


def test_the_words_behind_sentiment_and_the_other_toxicity_labels_are_shown():
    rec = _record("what a <i>lovely</i> day")
    rec.analysis.sentiment.terms = ["<i>lovely", "خوب"]
    rec.analysis.toxicity.labels = {"offensive": 0.1, "hate": 0.62, "other": 0.49}
    html = render([PageResult("p", [Article("T", "b")], [rec])], [])
    sentiment, toxicity = _cells(html, "Sentiment")[0], _cells(html, "Toxicity")[0]
    assert [(s.get("dir"), s.text) for s in sentiment.findall("span")[1:]] == [("auto", "<i>lovely, خوب")]
    assert [s.text for s in toxicity.findall("span")] == ["hate 0.62"]  # offensive is the score itself


@pytest.mark.parametrize("lang, text, normalized, shown", [
    ("fa-Latn", "kheili khoob bood", "خیلی خوب بود", ("rtl", "fa", "خیلی خوب بود")),
    ("fa", "خيلي شلوغ بود", "خیلی شلوغ بود", ("rtl", "fa", "خیلی شلوغ بود")),  # Arabic yeh made Persian
    ("en", "see http://x.example/a now", "see now", ("auto", "en", "see now")),
    ("en", "you’re right,\nagain", "you're right, again", None),  # quotes and breaks only: no fold
])
def test_the_text_the_classifiers_read_is_folded_under_the_comment_when_its_letters_differ(
        lang, text, normalized, shown):
    rec = _record(text, lang=lang)
    rec.analysis.normalized = normalized
    cell = _cells(render([PageResult("p", [Article("T", "b")], [rec])], []), "Comment")[0]
    folds = cell.xpath("details/div")
    assert [(d.get("dir"), d.get("lang"), d.text) for d in folds] == ([shown] if shown else [])
    assert cell.text == text


@pytest.mark.parametrize("given, shown", [("گزارش <نظرات>", "گزارش <نظرات>"), ("  ", "Comment report")])
def test_the_title_is_escaped_read_in_its_direction_and_never_empty(given, shown):
    doc = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], [_record("calm")])], [], title=given))
    assert doc.find(".//title").text == shown
    assert (doc.find(".//h1").text, doc.find(".//h1").get("dir")) == (shown, "auto")


def test_a_report_of_failures_only_lists_them_with_their_reasons_and_count():
    doc = lxml.html.fromstring(render([], ["a.html: empty file", "b.jsonl:1: invalid JSON (Expecting value)"]))
    assert doc.xpath("//h2/text()") == ["Inputs that failed (2)"]
    assert doc.xpath("//ul[@class='failures']/li/text()") == [
        "a.html: empty file", "b.jsonl:1: invalid JSON (Expecting value)"]
    assert doc.xpath("//p/text()")[0] == "0 page(s), 0 comment(s) by 0 named author(s)."


def test_a_persian_comment_in_the_toxic_list_carries_its_language_and_direction():
    rec = _record("BBC گفت که آنها احمق هستند\nyou idiots", lang="fa", toxic=True)
    doc = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], [rec])], []))
    table = doc.xpath("//h2[.='Most likely toxic']/following-sibling::table[1]")[0]
    cells = table.xpath("tr/td[@class='text']")
    # right to left although it starts with a Latin word; its English line left to right
    assert [(td.get("lang"), td.get("dir"), td.text, td.xpath("div/@dir")) for td in cells] == [
        ("fa", "rtl", "BBC گفت که آنها احمق هستند", ["ltr"])]


def test_index_lines_of_pages_sharing_a_title_name_their_files():
    pages = [PageResult(source, [Article(title, "b")], [_record("calm")])
             for source, title in [("a/1.html", "Seth's Blog"), ("a/2.html", "Seth's Blog"), ("a/3.html", "Own")]]
    doc = lxml.html.fromstring(render(pages, []))
    index = doc.xpath("//h2[@id='pages']/following-sibling::table[1]")[0]
    assert [[span.text_content() for span in row.xpath("td[2]/span")] for row in index.xpath("tr[td]")] == [
        ["a/1.html"], ["a/2.html"], []]


HOSTILE_PAGE = """<!DOCTYPE html><html><head><title>T &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title></head><body>
<article class="post hentry"><h1 class="entry-title">&lt;/style&gt;&lt;svg onload=alert(2)&gt; title</h1>
<span class="byline">By &lt;iframe src=javascript:alert(3)&gt;</span>
<div class="entry-content"><p>An article body long enough to be the page's article and not a comment, about
many things, at length, in more than a few words of plain text.</p></div></article>
<div id="comments"><ol class="comment-list">
<li id="comment-1" class="comment depth-1"><article class="comment-body"><div class="comment-author vcard">
<b class="fn">&lt;script&gt;alert("author")&lt;/script&gt;</b></div><div class="comment-metadata">
<time datetime="2012-11-03T10:30:00+00:00&quot; onmouseover=&quot;alert(4)">Nov 3 &lt;b onclick=alert(5)&gt;</time></div>
<div class="comment-content"><p>idiots &lt;/script&gt;&lt;script&gt;alert(6)&lt;/script&gt;
&lt;a href="javascript:alert(7)"&gt;x&lt;/a&gt; &lt;img src="http://tracker.example/p.gif"&gt; ]]&gt; --&gt;</p></div></article>
<ol class="children"><li id="comment-2" class="comment depth-2"><article class="comment-body"><div class="comment-author vcard">
<b class="fn">&lt;a href="data:text/html,x"&gt;مریم&lt;/a&gt;</b></div><div class="comment-content">
<p>&lt;svg&gt;&lt;text&gt;x&lt;/text&gt;&lt;/svg&gt; این خبر درست نیست</p></div></article></li></ol></li>
</ol></div></body></html>"""
SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "table", "tr", "th", "td", "a", "span",
             "br", "strong", "bdi", "time", "section", "details", "summary", "div", "figure", "ul", "li", "wbr",
             "figcaption"}


def test_a_hostile_page_through_the_whole_pipeline_runs_nothing_and_loads_nothing():
    from analyzer.pipeline import analyze_page
    from analyzer.records import Page

    result = analyze_page(Page("crawl/evil<img src=x onerror=alert(8)>.html", "html", HOSTILE_PAGE))
    assert len(result.comments) == 2  # else the payloads never reached the report
    doc = lxml.html.fromstring(render([result], [], title="<script>alert(9)</script>"))
    outside_svg = [el for el in doc.iter() if isinstance(el.tag, str) and not el.xpath("ancestor::svg")]
    assert {el.tag for el in outside_svg} - {"svg"} <= SAFE_TAGS
    attributes = [(name, value) for el in doc.iter() if isinstance(el.tag, str) for name, value in el.attrib.items()]
    assert not [name for name, _ in attributes if name.lower().startswith("on") or name.lower() == "src"]
    assert all(value.startswith("#") for name, value in attributes if name.endswith("href"))
    shown = doc.text_content()
    for payload in ('<script>alert("author")</script>', "<script>alert(6)</script>", 'href="javascript:alert(7)"',
                    "<svg onload=alert(2)>", "<script>alert(9)</script>", "onerror=alert(8)"):
        assert payload in shown  # shown as text, not dropped


def test_a_crawls_pages_without_comments_are_one_line_each_still_reached_from_the_index():
    pages = [PageResult("a/1.html", [Article("With comments", "b")], [_record("calm")]),
             PageResult("a/2.html", [Article("گزارش روز", "b"), Article("Second article", "b")], []),
             PageResult("a/3.html", [], []),
             PageResult("a/4.html", [Article("Also with comments", "b")], [_record("calm")])]
    doc = lxml.html.fromstring(render(pages, []))
    assert [s.get("id") for s in doc.iter("section")] == ["page-1", "page-4"]  # a section: only with comments
    assert "No reader comments found." not in lxml.html.tostring(doc, encoding=str)
    index = doc.xpath("//h2[@id='pages']/following-sibling::table[1]")[0]
    targets = index.xpath("tr/td/a/@href")
    assert targets == ["#page-1", "#page-2", "#page-3", "#page-4"]  # the index stays complete
    assert all(len(doc.xpath(f"//*[@id='{t[1:]}']")) == 1 for t in targets)
    bare = doc.xpath("//h2[@id='no-comments']/following-sibling::table[1]/tr[td]")
    assert doc.get_element_by_id("no-comments").text == "Pages without reader comments (2)"
    assert [(row.get("id"), row.xpath("td[2]")[0].get("dir"), row.xpath("td[2]")[0].text_content(),
             row.xpath("td[3]")[0].text_content()) for row in bare] == [
        ("page-2", "auto", "گزارش روز · Second article", "a/2.html"), ("page-3", "auto", "3.html", "a/3.html")]
    assert bare[0].xpath("td[2]/bdi/text()") == ["Second article"]  # each title in its own direction


def test_a_persian_file_name_is_isolated_from_the_english_around_it():
    from analyzer.pipeline import Failure

    failures = [Failure("داده/نظرات", "داده/نظرات: 12 lines, no page"), "b.jsonl:1: invalid JSON"]
    pages = [PageResult(f"crawl/گزارش {n}", [Article(title, "b")], [_record("calm")])
             for n, title in [(1, "خبر"), (2, "خبر")]]
    rec = _record("you idiots", toxic=True)
    rec.analysis.toxicity.lexicon = {"insult": ["احمق", "idiots"]}
    doc = lxml.html.fromstring(render(pages + [PageResult("p", [Article("T", "b")], [rec])], failures))
    items = doc.xpath("//ul[@class='failures']/li")
    assert [(li.xpath("bdi/@dir"), li.xpath("bdi/text()"), li.text_content()) for li in items] == [
        (["ltr"], ["داده/نظرات"], "داده/نظرات: 12 lines, no page"), ([], [], "b.jsonl:1: invalid JSON")]
    # a page's file after its Persian title in the index, and above its table
    paths = [bdi.text_content() for bdi in doc.xpath("//td[@dir='auto']/span[@class='source']/bdi[@dir='ltr']")]
    assert paths == ["crawl/گزارش 1", "crawl/گزارش 2"]
    paths = [bdi.text_content() for bdi in doc.xpath("//p[@class='source']/bdi[@dir='ltr']")]
    assert paths == ["crawl/گزارش 1", "crawl/گزارش 2", "p"]
    # a narrow cell breaks a path after a slash, not inside a name (lxml does not know <wbr> is empty)
    assert lxml.html.tostring(doc.xpath("//p[@class='source']/bdi")[0], encoding=str).startswith(
        '<bdi dir="ltr">crawl/<wbr>گزارش 1')
    assert doc.xpath("//span[@class='lexicon']/bdi/text()") == ["احمق, idiots"]  # the page's words, apart


def test_the_sentiment_chart_leaves_out_languages_without_a_model_and_says_how_many():
    from analyzer.records import Analysis as A

    def unscored(lang):
        return _with(_record("hola", lang=lang), analysis=A(LangResult(lang, 0.9), "hola", None, None,
                                                            sentiment_reason=f"no sentiment model for '{lang}'"))

    comments = ([_record("calm"), _record("بد", lang="fa")] + [unscored("es")] * 3 + [unscored("pt")] * 2
                + [unscored(lang) for lang in ("fr", "it", "nn", "de", "ru", "und")])
    doc = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], comments)], []))
    figure = doc.xpath("//figure[*[local-name()='svg'][@aria-label[starts-with(., 'Sentiment')]]]")[0]
    assert figure.xpath("*[local-name()='svg']/@aria-label") == [
        "Sentiment by language: en, 1 comment(s): 100% negative; fa, 1 comment(s): 100% negative."]
    assert figure.xpath("figcaption/text()") == [
        "Not in the chart: 11 comment(s) in 8 language(s) without a sentiment model (only en, fa, fa-Latn are "
        "scored): es 3, pt 2, de 1, fr 1, it 1, nn 1 and 2 more language(s), 2 comment(s)."]
    only_spanish = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], [unscored("es")])], []))
    assert only_spanish.xpath("//figure/*[local-name()='svg']/@aria-label") == []  # no chart of nothing
    assert only_spanish.xpath("//p[@class='muted']/text()")[0].startswith("Not in the chart: 1 comment(s)")


@pytest.mark.parametrize("lang, words, shown, why", [
    # the Persian comma between Persian words; the toxic list adds the model's term "idiots"
    ("fa", ["ناراحت‌کننده", "خبر"], "ناراحت‌کننده، خبر", "ناراحت‌کننده، خبر، idiots"),
    # by the words' letters, not the comment's language: Finglish is read in Persian script
    ("fa-Latn", ["افتضاح", "خیلی بد", "bad"], "افتضاح، خیلی بد، bad", "افتضاح، خیلی بد، bad، idiots"),
    ("en", ["bad", "idiots"], "bad, idiots", "bad, idiots"),
])
def test_a_comments_words_are_listed_with_the_comma_of_their_script(lang, words, shown, why):
    rec = _record("text", lang=lang, toxic=True)
    rec = _with(rec, analysis=_with(rec.analysis, sentiment=Sentiment("negative", {"negative": 0.9}, words)))
    rec.analysis.toxicity.lexicon = {"insult": words}
    doc = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], [rec])], []))
    assert doc.xpath("//section//tr/td[5]/span[@class='muted']/text()") == [shown]  # the sentiment's words
    assert doc.xpath("//span[@class='lexicon']/bdi/text()") == [shown]
    assert doc.xpath("//h2[.='Most likely toxic']/following-sibling::table[1]/tr/td[3]/text()") == [why]


def test_the_summary_has_an_unscored_row_only_when_a_comment_is_unscored():
    scored = _record("calm")
    unscored = _with(_record("hola", lang="es"), analysis=_with(scored.analysis, sentiment=None))
    for comments, labels in [([scored], ["negative", "neutral", "positive"]),
                             ([scored, unscored], ["negative", "neutral", "positive", "unscored"])]:
        doc = lxml.html.fromstring(render([PageResult("p", [Article("T", "b")], comments)], []))
        table = doc.xpath("//table[tr/th[.='Sentiment']]")[0]
        assert table.xpath("tr/td[1]/text()") == labels
