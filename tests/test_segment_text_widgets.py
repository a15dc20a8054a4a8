"""A whole page's widgets in a text dump ("Recent Posts", "Most Popular", "Twitter feeds",
"آخرین نظرات", "پربازدیدترین‌ها"): their dated entries are no thread (``text._in_a_widget``), and
below a thread's first comment a widget's heading ends the thread (``text._thread_end``). In
English and Persian. Fixtures written for these tests."""

from __future__ import annotations

import pytest

# The page around the widgets: the menu, post and thread of the thread-end tests.
from test_segment_text_thread_end import MENU, MENU_FA, POST, POST_FA, TEXTS, THREAD, THREAD_FA

from analyzer.segment import text_patterns as P
from analyzer.segment.text import segment_lines

# Sidebars of other posts, comments or stories: each entry a title or a snippet beside a name and
# a date, which read as comment headers; no entry is written in sentences.
WIDGETS = {
    "en-recent-posts": ("Recent Posts\n\nFerry timetable changes\nNovember 1, 2012 at 8:00 am\nWinter sailings\n\n"
                        "Port traffic doubles\nOctober 30, 2012 at 5:15 pm\nThe new quay\n\n"
                        "New pilot boats\nOctober 28, 2012 at 9:40 am\nTwo boats from Bushehr\n\n"),
    "en-most-popular": ("Most Popular\n\nFerry timetable changes\nNovember 1, 2012\n"
                        "Port traffic doubles\nOctober 30, 2012\nNew pilot boats\nOctober 28, 2012\n"
                        "Fish prices fall\nOctober 25, 2012\n\n"),
    "en-twitter": ("Twitter feeds\n\nabout 1 hour ago\nharbournews: Ferry timetable changes http://t.co/x1\n"
                   "about 3 hours ago\nharbournews: Port traffic doubles http://t.co/x2\n"
                   "about 5 hours ago\nharbournews: New pilot boats http://t.co/x3\n\n"),
    "fa-recent-comments": ("آخرین نظرات\n\nمریم\n۱۰ مرداد ۱۴۰۲ ساعت ۰۸:۰۰\nتغییر ساعت حرکت کشتی\n\n"
                           "حسین\n۸ مرداد ۱۴۰۲ ساعت ۱۷:۱۵\nدو برابر شدن ترافیک بندر\n\n"
                           "علی\n۶ مرداد ۱۴۰۲ ساعت ۰۹:۴۰\nقایق‌های راهنما\n\n"),
    "fa-most-read": ("پربازدیدترین‌ها\n\nتغییر ساعت حرکت کشتی\n۱۰ مرداد ۱۴۰۲ ساعت ۰۸:۰۰\n"
                     "دو برابر شدن ترافیک بندر\n۸ مرداد ۱۴۰۲ ساعت ۱۷:۱۵\n"
                     "قایق‌های راهنما\n۶ مرداد ۱۴۰۲ ساعت ۰۹:۴۰\n"
                     "کاهش قیمت ماهی\n۴ مرداد ۱۴۰۲ ساعت ۱۲:۳۰\n\n"),
}
FOOTER = "About us\n© 2012 Harbour News\n"
FOOTER_FA = "درباره ما\n"


def _parts(widget: str) -> tuple[str, str, str, str]:
    return (MENU, POST, THREAD, FOOTER) if widget.startswith("en") else (MENU_FA, POST_FA, THREAD_FA, FOOTER_FA)


# A news site's list of stories, each a title over its dateline and a teaser sentence: the dateline's
# "updated" reads as a commenter's name beside the date.
DATELINED = {
    "en-datelined": "".join(f"{title}\nupdated {t} EST, Wed November 7, 2012\n{teaser}\n\n" for title, t, teaser in (
        ("Ferry timetable changes", "2:24 PM", "The winter timetable starts next week with two sailings a day."),
        ("Port traffic doubles", "1:30 PM", "The new quay has brought twice the ships it had last year."),
        ("New pilot boats", "9:27 AM", "Two boats from Bushehr join the harbour's pilots this month."))),
    "fa-datelined": "".join(f"{title}\nبه‌روزرسانی: {day} مرداد ۱۴۰۲ ساعت ۱۰:۲۰\n{teaser}\n\n" for title, day, teaser in (
        ("تغییر ساعت حرکت کشتی", "۱۰", "برنامه زمستانی از هفته آینده با دو سفر در روز آغاز می‌شود."),
        ("دو برابر شدن ترافیک بندر", "۸", "اسکله جدید امسال دو برابر سال گذشته کشتی آورده است."),
        ("قایق‌های راهنما", "۶", "دو قایق از بوشهر این ماه به راهنماهای بندر می‌پیوندند."))),
    # a Pinterest box: each pin's caption over "Pinned" and its age
    "en-pinned": "".join(f"{caption}\nPinned {age} ago\n" for caption, age in (
        ("Ferry timetable changes for the winter", "6 days"), ("Port traffic doubles with the new quay", "1 week"),
        ("New pilot boats from Bushehr", "1 week"), ("Fish prices fall at the harbour market", "2 weeks"))) + "\n",
}

LISTS = WIDGETS | DATELINED


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("widget", sorted(LISTS))
def test_a_widget_under_a_post_is_no_thread(widget, learned):
    """A post without comments, a widget of dated entries under it, or a list of stories under their
    datelines (``text._datelined_entries``: no commenter is named "updated …", "به‌روزرسانی" or
    Pinterest's "Pinned"): no comments, and the post stays the article (a dated line the box repeats,
    "Pinned 1 week ago", is no article's title)."""
    menu, post, _, footer = _parts(widget)
    parts, cut = segment_lines(menu + post + LISTS[widget] + footer, learned=learned)
    assert parts.comments == [] and cut is None
    assert parts.articles and post.split("\n\n")[2] in parts.articles[0].text


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_a_widget_under_a_thread_ends_it(widget, learned):
    """A thread with no comment form under it, then a widget of dated entries: the widget's
    heading ends the thread, its entries are no comments and its lines none of the last one's text.
    (With the model, the Persian thread over its dated widget starts at its second comment: the
    model's start, not this rule's, on so short a page; the rules alone keep both.)"""
    menu, post, thread, footer = _parts(widget)
    parts, _ = segment_lines(menu + post + thread + WIDGETS[widget] + footer, learned=learned)
    texts = [c.text for c in parts.comments]
    assert texts == TEXTS[widget[:2]] if not learned else texts and set(texts) <= set(TEXTS[widget[:2]])
    assert texts[-1] == TEXTS[widget[:2]][-1]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_widget_above_the_post_leaves_the_thread(lang, learned):
    """A sidebar above the post (a dump that puts the sidebar first): the thread under the post stays."""
    menu, post, thread, _ = _parts(lang)
    widget = WIDGETS["en-recent-posts" if lang == "en" else "fa-recent-comments"]
    parts, _ = segment_lines(menu + widget + post + thread, learned=learned)
    assert [c.text for c in parts.comments] == TEXTS[lang]


# A box of related posts right over a thread whose "Comments" heading the dump lost: its first
# comment is written in sentences, or stands below the box's titles, so the thread stays.
RELATED_THEN_THREAD = {
    "en-sentences": ("You might also like:\n\nKristina\nNovember 5, 2012 at 6:36 am\n"
                     "I really want that book. I think I could have a lot of fun with it this winter!\n\n"
                     "Maureen\nNovember 5, 2012 at 3:21 pm\nLovely.\n\n"),
    "en-titles": ("Similar Posts:\n\nFerry timetable changes\nPort traffic doubles\nNew pilot boats\nFish prices fall\n\n"
                  "Courtney Young\nOctober 10, 2012 at 12:16 pm\nThanks for this.\n\n"
                  "Maureen\nOctober 11, 2012 at 3:21 pm\nLovely.\n\n"),
    "fa-sentences": ("مطالب مرتبط\n\nمریم\n۱۲ مرداد ۱۴۰۲ ساعت ۱۰:۲۰\n"
                     "این خبر خیلی خوب بود و من امیدوارم که بندر دیگر هیچ‌وقت این‌قدر طولانی بسته نماند.\n\n"
                     "حسین\n۱۳ مرداد ۱۴۰۲ ساعت ۱۱:۰۵\nممنون.\n\n"),
    "fa-titles": ("مطالب مرتبط\n\nتغییر ساعت حرکت کشتی\nدو برابر شدن ترافیک بندر\nقایق‌های راهنما\nکاهش قیمت ماهی\n\n"
                  "مریم\n۱۲ مرداد ۱۴۰۲ ساعت ۱۰:۲۰\nممنون از گزارش.\n\n"
                  "حسین\n۱۳ مرداد ۱۴۰۲ ساعت ۱۱:۰۵\nممنون.\n\n"),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(RELATED_THEN_THREAD))
def test_related_posts_over_a_thread_without_its_heading_leave_it(case, learned):
    menu, post, _, footer = _parts(case)
    parts, _ = segment_lines(menu + post + RELATED_THEN_THREAD[case] + footer, learned=learned)
    assert len(parts.comments) == 2


@pytest.mark.parametrize("line, widget", [
    ("Recent Posts", True), ("Latest Stories", True), ("Most Popular", True), ("Top Stories »", True),
    ("Our Top Stories", True), ("More from Football", True), ("You may also like", True), ("Twitter feeds", True),
    ("Recent Comments", True), ("Archives", True), ("Tags", True),
    ("مطالب مرتبط", True), ("پربازدیدترین‌ها", True), ("آخرین نظرات", True), ("دیدگاه‌های تازه", True), ("بایگانی", True),
    # a thread's own heading, a post's label of its tags, a sentence
    ("Comments", False), ("Reader comments", False), ("نظرات", False), ("Tags:", False), ("برچسب‌ها:", False),
    ("More", False), ("I love the recent posts here", False),
])
def test_widget_heading(line, widget):
    assert bool(P.WIDGET_HEADING.match(line)) is widget


# A shop's or a site's menu under a thread, no form or widget heading between: labels of a few words.
MENUS = {
    "en": "Browse All Accessories\nGalaxy S3\nCases\nChargers\nBatteries\n& more\nOne X\nCases\nChargers\nBatteries\n\n",
    "fa": "خانه\nاخبار\nورزش\nاقتصاد\nسیاست\nفرهنگ و هنر\nعکس\nفیلم\nتماس با ما\n\n",
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", sorted(MENUS))
def test_a_menu_under_the_last_comment_ends_the_thread(lang, learned):
    """``text._menu_run``: eight labels in a row below the thread's last header are a menu, no comment's text."""
    menu, post, thread, _ = _parts(lang)
    parts, _ = segment_lines(menu + post + thread + MENUS[lang], learned=learned)
    texts = [c.text for c in parts.comments]
    assert texts[-1] == TEXTS[lang][-1]


@pytest.mark.parametrize("learned", [False, True])
def test_short_comments_between_their_headers_are_no_menu(learned):
    """Guard: a thread of one-word comments has its headers between them, so no eight short lines
    in a row; a short list in a comment above the last header is the comment's own."""
    thread = "".join(f"Reader{k} says:\nNovember {k + 1}, 2012 at 4:12 pm\nAgreed\nReply\n\n" for k in range(6))
    listed = "Sam says:\nNovember 9, 2012 at 9:00 am\nMy list:\n" + "".join(f"item {k}\n" for k in range(9)) + "That is all I have.\n\n"
    last = "Kim says:\nNovember 10, 2012 at 9:00 am\nThanks for the list.\n\n"
    parts, _ = segment_lines(MENU + POST + "8 Comments\n\n" + thread + listed + last, learned=learned)
    assert [c.author for c in parts.comments] == [f"Reader{k}" for k in range(6)] + ["Sam", "Kim"]
    assert "item 8" in parts.comments[-2].text


@pytest.mark.parametrize("name, dateline", [
    ("updated 2:24 PM EST", True), ("Last updated", True), ("Published:", True), ("به‌روزرسانی:", True),
    ("منتشر شده", True), ("Pinned", True), ("Peter Lang", False), ("Updike", False), ("مریم", False),
])
def test_dateline_name(name, dateline):
    assert bool(P.DATELINE_NAME.match(name)) is dateline
