"""Comment headers no pattern knows, read by their shape (``text._shape_headers``), in English and
Persian: each test reads its dump without the patterns of its header kind, as
``benchmarks/text_split_unseen_sites.py`` reads fit pages (a site none of them knows). Fixtures
written for these tests."""

from __future__ import annotations

import pytest
from test_segment_text import ARTICLE, BANDAR

from analyzer.segment import text_patterns as P
from analyzer.segment.text import segment_lines

SAYS_KINDS = ("says", "fa-says")


def _without_patterns(monkeypatch: pytest.MonkeyPatch, *kinds: str) -> None:
    monkeypatch.setattr(P, "HEADERS", [(name, pattern) for name, pattern in P.HEADERS if name not in kinds])


# "NAME said:" over the comment, its date on a line alone under it (Blogger and its kin).
CLOSED_BY_DATES = {
    "en": (ARTICLE, ("Ben said:\n\nGood to see the port open again.\n\nThe ferry was full this morning.\n"
                     "November 12, 2012 3:27 PM\n"),
           [("Ben", "November 12, 2012 3:27 PM", "Good to see the port open again.\n\nThe ferry was full this morning.")]),
    "en-thread": (ARTICLE, ("Peter Lang wrote:\n\nGood to see the port open again.\n\nThe ferry was full.\n"
                            "November 10, 2012 1:52 PM\n"
                            "Sara K. wrote:\n\nIt was about time, really.\nNovember 10, 2012 2:00 PM\n"
                            "Omid wrote:\n\nNot for long, I fear.\nNovember 11, 2012 9:01 AM\n"),
                  [("Peter Lang", "November 10, 2012 1:52 PM", "Good to see the port open again.\n\nThe ferry was full."),
                   ("Sara K.", "November 10, 2012 2:00 PM", "It was about time, really."),
                   ("Omid", "November 11, 2012 9:01 AM", "Not for long, I fear.")]),
    "fa": (BANDAR, "مریم می‌گوید:\n\nچه خوب که بندر دوباره باز شد.\n\nکشتی امروز صبح پر بود.\n۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰\n",
           [("مریم", "۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰", "چه خوب که بندر دوباره باز شد.\n\nکشتی امروز صبح پر بود.")]),
    "fa-thread": (BANDAR, ("مریم می‌گوید:\n\nچه خوب که بندر دوباره باز شد.\n\nکشتی امروز صبح پر بود.\n۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰\n"
                           "حسین می‌گوید:\n\nوقتش بود.\n۱۴ آبان ۱۳۹۱ ساعت ۱۱:۱۵\n"
                           "علی می‌گوید:\n\nفکر نمی‌کنم زیاد طول بکشد.\n۱۵ آبان ۱۳۹۱ ساعت ۰۹:۰۱\n"),
                  [("مریم", "۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰", "چه خوب که بندر دوباره باز شد.\n\nکشتی امروز صبح پر بود."),
                   ("حسین", "۱۴ آبان ۱۳۹۱ ساعت ۱۱:۱۵", "وقتش بود."),
                   ("علی", "۱۵ آبان ۱۳۹۱ ساعت ۰۹:۰۱", "فکر نمی‌کنم زیاد طول بکشد.")]),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(CLOSED_BY_DATES))
def test_a_says_line_takes_the_date_line_that_closes_its_comment(monkeypatch, case, learned):
    """"NAME said:" alone is a quotation as often as a comment, but one whose text a date line alone
    closes is a comment, the date its date. Read apart, a lone one was no thread, and three or more
    date lines were read as footers closing comments that began a few lines above them: the first
    comment's header and first paragraph were left in the article."""
    _without_patterns(monkeypatch, *SAYS_KINDS)
    article, thread, expected = CLOSED_BY_DATES[case]
    seg, _ = segment_lines(article + "\n" + thread, learned=learned)
    assert [(c.author, c.posted, c.text) for c in seg.comments] == expected
    assert expected[0][2].split("\n")[0] not in seg.articles[0].text


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("tail", [
    # the article goes on under the date: a quotation, whatever closes it
    ("Peter Lang said:\n\nThe port opens on Tuesday, weather permitting, and the ferry to Qeshm sails again on "
     "Wednesday morning.\nNovember 12, 2012 3:27 PM\n\n"
     "The harbour master expects the queue of ships to clear by Thursday evening.\n"),
    # a date without a time of day: a lone one may be the article's (a dated source, a signature)
    "Peter Lang said:\n\nThe port opens on Tuesday.\nNovember 12, 2012\n",
])
def test_a_said_line_whose_date_does_not_close_a_comment_heads_none(monkeypatch, tail, learned):
    _without_patterns(monkeypatch, *SAYS_KINDS)
    assert segment_lines(ARTICLE + "\n" + tail, learned=learned)[0].comments == []


# Pages without comments whose lines repeat one shape, a name or title beside a date.
REPEATED_SHAPES = {
    "en-results": (ARTICLE, ("Results\n\nNov 3, 2012 Lang 2 Smith 1\nNov 10, 2012 Karimi 0 Lang 3\n"
                             "Nov 17, 2012 Smith 1 Karimi 1\nNov 24, 2012 Lang 1 Karimi 1\n")),
    "fa-results": (BANDAR, ("نتایج\n\n۱۳ آبان ۱۳۹۱ لنگ ۲ اسمیت ۱\n۲۰ آبان ۱۳۹۱ کریمی ۰ لنگ ۳\n"
                            "۲۷ آبان ۱۳۹۱ اسمیت ۱ کریمی ۱\n۴ آذر ۱۳۹۱ لنگ ۱ کریمی ۱\n")),
    "en-stories": (ARTICLE, ("More from the port\n\nFerry timetable changes\nNovember 1, 2012\n\n"
                             "Port traffic doubles\nOctober 30, 2012\n\nNew pilot boats\nOctober 28, 2012\n\n"
                             "Fish prices fall\nOctober 25, 2012\n")),
    "fa-stories": (BANDAR, ("آخرین اخبار بندر\n\nتغییر ساعت حرکت کشتی\n۱۰ آبان ۱۳۹۱\n\n"
                            "دو برابر شدن ترافیک بندر\n۸ آبان ۱۳۹۱\n\nقایق‌های راهنمای تازه\n۶ آبان ۱۳۹۱\n")),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(REPEATED_SHAPES))
def test_a_page_whose_lines_repeat_a_header_shape_without_comments_has_no_thread(monkeypatch, case, learned):
    """A table of results or a list of stories, each line or entry a name or title beside a date:
    read by their shape (the "date" and "says" patterns left out: a site none of them knows) as
    with the patterns, no thread. Such a list has no text of its own under its entries."""
    _without_patterns(monkeypatch, "date", "date-name", "name-date", *SAYS_KINDS)
    article, tail = REPEATED_SHAPES[case]
    seg, cut = segment_lines(article + "\n" + tail, learned=learned)
    assert (seg.comments, cut) == ([], None)


@pytest.mark.parametrize("line, shape", [
    ("Tim Buesing said...", ("N said", "Tim Buesing")),  # Blogger's "said..."
    ("Tim said…", ("N said", "Tim")),
    ("Anonymous said...", ("N said", "Anonymous")),
    ("مریم می‌گوید…", ("N says", "مریم")),
    ("The minister said...", None),  # words a name does not hold
    ("He said no more...", None),
    # a full stop after the date closes the header, not a sentence
    ("by Eric Kennedy on November 9, 2010 at 6:10 am.", ("by N D", "Eric Kennedy")),
    ("توسط مریم در ۱۲ آبان ۱۳۹۱ ساعت ۱۰:۳۰.", ("N D", "مریم")),
    ("We met on November 5, 2012.", None),  # a sentence ends in a day, or a time, more often
    ("She left at 3:00 pm.", None),
    # a slash between spaces parts a date from a name, as "|" does; not inside a link or "and/or"
    ("10. Jul, 2012 / Mandy St. Amand says:", ("D N says", "Mandy St. Amand")),
    ("۱۲ آبان ۱۳۹۱ / مریم می‌گوید:", ("D N says", "مریم")),
    ("http://example.com/foo November 5, 2012 at 3:00 pm", None),
    # Drupal's mark beside a guest's name
    ("Fri, 2012-11-09 18:05 — Jeff Moore (not verified)", ("D N", "Jeff Moore")),
    ("۱۸ آبان ۱۳۹۱ - ۱۸:۰۵ — مریم (تایید نشده)", ("D N", "مریم")),
])
def test_a_line_s_shape_as_a_header(line, shape):
    """A verb ending in an ellipsis reads as one ending in a colon; a full stop after a day and its
    time closes a header; a slash between spaces parts a date from a name; Drupal's mark beside a
    guest's name is no part of it."""
    from analyzer.segment.text import header_shape

    got = header_shape(line)
    assert (got[0], got[1]) == shape if shape else got is None


# Blogger's classic comments: "NAME said..." over the text, the date under it, read with no
# header pattern at all (the "said-ellipsis" and "says" patterns know this layout).
ELLIPSIS_THREADS = {
    "en": (ARTICLE, ("Tim Buesing said...\n\nGood to see the port open again.\n\nNovember 7, 2012 at 4:42 PM\n\n"
                     "Anonymous said...\n\nIt was about time, really.\n\nNovember 7, 2012 at 6:10 PM\n"),
           [("Tim Buesing", "November 7, 2012 at 4:42 PM", "Good to see the port open again."),
            ("Anonymous", "November 7, 2012 at 6:10 PM", "It was about time, really.")]),
    "fa": (BANDAR, ("مریم می‌گوید...\n\nچه خوب که بندر دوباره باز شد.\n\n۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰\n\n"
                    "حسین می‌گوید...\n\nوقتش بود.\n\n۱۴ آبان ۱۳۹۱ ساعت ۱۱:۱۵\n"),
           [("مریم", "۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰", "چه خوب که بندر دوباره باز شد."),
            ("حسین", "۱۴ آبان ۱۳۹۱ ساعت ۱۱:۱۵", "وقتش بود.")]),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(ELLIPSIS_THREADS))
def test_said_lines_ending_in_an_ellipsis_head_comments_by_their_shape(monkeypatch, case, learned):
    monkeypatch.setattr(P, "HEADERS", [])
    article, thread, expected = ELLIPSIS_THREADS[case]
    seg, _ = segment_lines(article + "\n" + thread, learned=learned)
    assert [(c.author, c.posted, c.text) for c in seg.comments] == expected
    first = "\n\n".join(thread.split("\n\n")[:3]) + "\n"  # the first comment alone: its date shows a time
    seg, _ = segment_lines(article + "\n" + first, learned=learned)
    assert [(c.author, c.posted, c.text) for c in seg.comments] == expected[:1]


# Threads in those layouts, read with no header pattern at all: two comments, each its header line
# and its text (the text first where the header is a footer).
PORT = ("Good to see the port open again.", "It was about time, really.")
BANDAR_WORDS = ("چه خوب که بندر دوباره باز شد.", "وقتش بود.")


def _two(article: str, words: tuple[str, str], headers: tuple[str, str], names: tuple[str, str],
         footers: bool = False) -> tuple[str, str, list[tuple[str, str]]]:
    blocks = [f"{text}\n\n{header}" if footers else f"{header}\n\n{text}" for header, text in zip(headers, words)]
    return article, "\n\n".join(blocks) + "\n", list(zip(names, words))


MORE_LAYOUTS = {
    "en-footers": _two(ARTICLE, PORT, ("by Eric Kennedy on November 9, 2010 at 6:10 am.",
                                       "by randfish on November 9, 2010 at 8:23 am."), ("Eric Kennedy", "randfish"),
                       footers=True),
    "en-slash": _two(ARTICLE, PORT, ("10. Jul, 2012 / Mandy St. Amand says:", "10. Jul, 2012 / Deidre says:"),
                     ("Mandy St. Amand", "Deidre")),
    "en-drupal": _two(ARTICLE, PORT, ("Fri, 2012-11-09 18:05 — Jeff Moore (not verified)",
                                      "Fri, 2012-11-09 16:55 — Shobhan (not verified)"), ("Jeff Moore", "Shobhan")),
    "fa-slash": _two(BANDAR, BANDAR_WORDS, ("۱۲ آبان ۱۳۹۱ / مریم می‌گوید:", "۱۲ آبان ۱۳۹۱ / حسین می‌گوید:"),
                     ("مریم", "حسین")),
    "fa-drupal": _two(BANDAR, BANDAR_WORDS, ("۱۸ آبان ۱۳۹۱ - ۱۸:۰۵ — مریم (تایید نشده)",
                                             "۱۸ آبان ۱۳۹۱ - ۱۹:۱۰ — حسین (تایید نشده)"), ("مریم", "حسین")),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(MORE_LAYOUTS))
def test_threads_of_more_layouts_are_read_by_their_shape(monkeypatch, case, learned):
    monkeypatch.setattr(P, "HEADERS", [])
    article, thread, expected = MORE_LAYOUTS[case]
    seg, _ = segment_lines(article + "\n" + thread, learned=learned)
    assert [(c.author, c.text) for c in seg.comments] == expected


# "NAME Says:" over a date line, some names read as none ("JP Adams", "MJ": a heading's capitals;
# a Persian name of five words): their date lines stand alone.
SAYS_OVER_DATES = {
    "en": (ARTICLE, ("Peter Lang Says:\nNovember 7th, 2012 at 9:42 pm\nCongratulations, what a beautiful baby.\n\n"
                     "JP Adams Says:\nNovember 7th, 2012 at 9:43 pm\nCongratulations!\n\n"
                     "Sara K. Says:\nNovember 7th, 2012 at 9:50 pm\nWell done!\n\n"
                     "MJ Says:\nNovember 7th, 2012 at 9:51 pm\nLovely news.\n"),
           ["Congratulations, what a beautiful baby.", "Congratulations!", "Well done!", "Lovely news."],
           ["Peter Lang", "JP Adams", "Sara K.", "MJ"]),
    "fa": (BANDAR, ("مریم می‌گوید:\n۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰\nچه خوب که بندر دوباره باز شد.\n\n"
                    "سید محمد علی حسینی زاده می‌گوید:\n۱۴ آبان ۱۳۹۱ ساعت ۱۱:۱۵\nوقتش بود.\n\n"
                    "حسین می‌گوید:\n۱۴ آبان ۱۳۹۱ ساعت ۱۲:۰۵\nعالی است.\n\n"
                    "سید علی اکبر موسوی نژاد می‌گوید:\n۱۴ آبان ۱۳۹۱ ساعت ۱۳:۴۰\nخبر خوبی است.\n"),
           ["چه خوب که بندر دوباره باز شد.", "وقتش بود.", "عالی است.", "خبر خوبی است."],
           ["مریم", "سید محمد علی حسینی زاده", "حسین", "سید علی اکبر موسوی نژاد"]),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(SAYS_OVER_DATES))
def test_date_lines_under_says_lines_and_alone_are_one_thread(monkeypatch, case, learned):
    """A date line under a "NAME says:" line and one under a line that reads as no name are one
    header shape (``text._shape_family``): a thread's date lines keep one shape. Read as two shapes,
    the first to count two made the thread and the other comments ran into the ones above them.
    And a "says:" line over a date line is the commenter's whatever its name (``text._says_line``):
    it closed the comment above it."""
    monkeypatch.setattr(P, "HEADERS", [])
    article, thread, firsts, named = SAYS_OVER_DATES[case]
    seg, _ = segment_lines(article + "\n" + thread, learned=learned)
    assert [c.text for c in seg.comments] == firsts
    assert [c.author for c in seg.comments] == named


# Headers laid out one way ("NAME - DATE"), some names with words a name does not hold ("The",
# "of") or of five words, which ``header_shape`` refuses.
SKELETON_THREADS = {
    "en": (ARTICLE, ("The Keeper - October 26, 2012\n\nWhy? It is one of the least interesting bridges.\n\n"
                     "CmdrR - October 26, 2012\n\nSo it is a knock-off built years after the series finished.\n\n"
                     "Orb of the Emissary - October 26, 2012\n\nIt is the Enterprise-D! Home of the crew for seven years.\n\n"
                     "Harry Ballz - October 26, 2012\n\nI am glad they were able to bridge this topic.\n"),
           ["The Keeper", "CmdrR", "Orb of the Emissary", "Harry Ballz"]),
    "fa": (BANDAR, ("سید محمد علی حسینی زاده - ۴ آبان ۱۳۹۱\n\nچرا؟ این یکی از کم‌رنگ‌ترین پل‌هاست.\n\n"
                    "مریم - ۴ آبان ۱۳۹۱\n\nپس این یک نسخه بدلی است که سال‌ها بعد ساخته شد.\n\n"
                    "سید علی اکبر موسوی نژاد - ۴ آبان ۱۳۹۱\n\nاین همان پل است، خانه خدمه برای هفت سال.\n\n"
                    "حسین - ۴ آبان ۱۳۹۱\n\nخوشحالم که این موضوع را مطرح کردند.\n"),
           ["سید محمد علی حسینی زاده", "مریم", "سید علی اکبر موسوی نژاد", "حسین"]),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(SKELETON_THREADS))
def test_lines_laid_out_as_the_thread_s_headers_head_comments_whatever_their_words(monkeypatch, case, learned):
    """A site prints every comment's header one way: a line of the layout of two or more of the
    thread's headers ("W - D", ``text._skeleton``) among them, or right above them, heads a comment
    though its words read as no name."""
    monkeypatch.setattr(P, "HEADERS", [])
    article, thread, authors = SKELETON_THREADS[case]
    seg, _ = segment_lines(article + "\n" + thread, learned=learned)
    assert [c.author for c in seg.comments] == authors


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(SKELETON_THREADS))
def test_a_byline_in_the_thread_s_layout_over_the_whole_article_heads_no_comment(monkeypatch, case, learned):
    """The post's own line in the thread's layout ("The Harbour Desk - October 25, 2012") stands over
    the whole article, further above the thread than its headers are apart: the article's."""
    monkeypatch.setattr(P, "HEADERS", [])
    article, thread, authors = SKELETON_THREADS[case]
    title, body = article.split("\n\n", 1)
    byline = "The Harbour Desk - October 25, 2012" if case == "en" else "دبیر سرویس بندر و دریا - ۳ آبان ۱۳۹۱"
    seg, _ = segment_lines(f"{title}\n\n{byline}\n\n{body}\n{thread}", learned=learned)
    assert [c.author for c in seg.comments] == authors


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("tail, author", [
    ("LB says:\nNovember 5, 2012 at 10:52 am\nAgree that this is a concern for the port.\n", "LB"),
    ("Courtney from Harbour Events writes\n11/06/12 at 12:15 pm\nYay! Good to see the ferry back.\n",
     "Courtney from Harbour Events"),
])
def test_a_says_line_over_a_timed_date_heads_a_lone_comment_whatever_its_name(monkeypatch, tail, author, learned):
    monkeypatch.setattr(P, "HEADERS", [])
    seg, _ = segment_lines(ARTICLE + "\n" + tail, learned=learned)
    assert [c.author for c in seg.comments] == [author]


@pytest.mark.parametrize("learned", [False, True])
def test_a_persian_says_line_of_a_long_name_over_a_timed_date_heads_a_lone_comment(monkeypatch, learned):
    monkeypatch.setattr(P, "HEADERS", [])
    tail = "سید محمد علی حسینی زاده می‌گوید:\n۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰\nچه خوب که بندر دوباره باز شد.\n"
    seg, _ = segment_lines(BANDAR + "\n" + tail, learned=learned)
    assert [(c.author, c.posted, c.text) for c in seg.comments] == [
        ("سید محمد علی حسینی زاده", "۱۴ آبان ۱۳۹۱ ساعت ۱۰:۳۰", "چه خوب که بندر دوباره باز شد.")]


# A comment that quotes someone: "He said:" / "او گفت:" is the quotation's opening, not a header.
QUOTING = {
    "en": (ARTICLE, ("Mary Jones says:\nGood to see the port open again.\n"
                     "Tom says:\nMy uncle works there.\nHe said:\nthe ferry will run twice a day from March.\n"
                     "Omid says:\nNot for long, I fear.\n"),
           [("Mary Jones", "Good to see the port open again."),
            ("Tom", "My uncle works there.\nHe said:\nthe ferry will run twice a day from March."),
            ("Omid", "Not for long, I fear.")]),
    "fa": (BANDAR, ("مریم می‌گوید:\nچه خوب که بندر دوباره باز شد.\n"
                    "حسین می‌گوید:\nعمویم آنجا کار می‌کند.\nاو گفت:\nاز اسفند روزی دو بار کشتی می‌رود.\n"
                    "علی می‌گوید:\nفکر نمی‌کنم زیاد طول بکشد.\n"),
           [("مریم", "چه خوب که بندر دوباره باز شد."),
            ("حسین", "عمویم آنجا کار می‌کند.\nاو گفت:\nاز اسفند روزی دو بار کشتی می‌رود."),
            ("علی", "فکر نمی‌کنم زیاد طول بکشد.")]),
}


@pytest.mark.parametrize("key", QUOTING)
def test_a_pronoun_saying_something_opens_a_quotation_not_a_comment(key):
    article, thread, expected = QUOTING[key]
    comments = segment_lines(article + thread)[0].comments
    assert [(c.author, c.text) for c in comments] == expected
