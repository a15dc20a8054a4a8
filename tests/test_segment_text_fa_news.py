"""Comment sections of Persian news sites and blogs in plain-text dumps: their counts, vote rows,
form labels and "گفته:" headers, in Persian and, where the shape has an English form, English.
Fixtures written for these tests, on the shapes the sites print (the Tabnak-style widget's
"انتشار یافته : N | غیر قابل انتشار : N" row and its "فرم ارسال نظر" / "نام و نام خانوادگی" form
labels appear in public templates of such comment boxes)."""

from __future__ import annotations

import pytest
from test_segment_text_thread_end import MENU, MENU_FA, POST, POST_FA

from analyzer.dates import to_iso
from analyzer.segment.text import segment_lines

TEXTS = {"en": ["Good to see the port open again.", "Why did they not warn us sooner? My brother's boat was damaged."],
         "fa": ["خیلی ممنون از گزارش خوبتان، ما هم سه روز در خانه ماندیم.", "چرا زودتر هشدار ندادند؟ قایق برادرم آسیب دید."]}
NAMES = {"en": ["Peter Lang", "Anonymous"], "fa": ["علی رضایی", "ناشناس"]}
DATES = {"en": ["November 3, 2012 at 4:12 pm", "November 3, 2012 at 5:20 pm"],
         "fa": ["۱۶ آبان ۱۳۹۱ - ۱۵:۱۰", "۱۶ آبان ۱۳۹۱ - ۱۵:۱۱"]}
PAGE = {"en": MENU + POST, "fa": MENU_FA + POST_FA}
HEADING = {"en": "Comments\n", "fa": "نظرات شما\n"}
REPLY = {"en": "Reply", "fa": "پاسخ"}


def _thread(lang: str, under: str = "", n: int = 2) -> str:
    """``n`` comments, each a name over its date over its text, with ``under`` below each text."""
    return HEADING[lang] + "".join(f"{NAMES[lang][k]}\n{DATES[lang][k]}\n{TEXTS[lang][k]}\n{under}" for k in range(n))


def _comments(dump: str, learned: bool) -> list[tuple[str | None, str | None, str]]:
    seg, cut = segment_lines(dump, learned=learned)
    assert cut is not None
    return [(c.author, c.posted, c.text) for c in seg.comments]


def _expected(lang: str, n: int = 2) -> list[tuple[str, str, str]]:
    return [(NAMES[lang][k], DATES[lang][k], TEXTS[lang][k]) for k in range(n)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, votes", [("en", "12 3"), ("fa", "۱۲ ۳"), ("fa", "(۱۲) (۳)")])
def test_likes_and_dislikes_on_one_line_by_the_reply_button_are_no_text(lang, votes, learned):
    """A news site's two vote buttons under "Reply" ("پاسخ"), their counts joined on one line."""
    under = f"{REPLY[lang]}\n{votes}\n"
    assert _comments(PAGE[lang] + _thread(lang, under) + "\n", learned) == _expected(lang)


@pytest.mark.parametrize("learned", [False, True])
def test_the_published_and_unpublishable_counts_in_a_row_are_clutter(learned):
    """The Persian news sites' counts of a thread, "published: 2 | not publishable: 1", on one line
    where a dump joins the widget's spans; under the thread, over the form. No English form."""
    dump = PAGE["fa"] + _thread("fa") + "انتشار یافته : ۲ | غیر قابل انتشار : ۱\n"
    assert _comments(dump, learned) == _expected("fa")


# The comment form under the thread, headed "فرم ارسال نظر" ("comment form"), its name field labelled
# "نام و نام خانوادگی" ("name and surname"); in English "Full name" over "Email".
FORMS = {"fa-heading": ("fa", "فرم ارسال نظر\nنام :\nایمیل :\nمتن نظر :\nثبت نظر\n"),
         "fa-full-name": ("fa", "نام و نام خانوادگی\nپست الکترونیک\nنظر\nارسال\n"),
         "en-full-name": ("en", "Full name\nEmail\nComment\nSubmit\n")}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("n", [1, 2])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_comment_form_under_the_thread_is_no_comment_text(form, n, learned):
    lang, fields = FORMS[form]
    dump = PAGE[lang] + _thread(lang, n=n) + fields + "\n"
    assert _comments(dump, learned) == _expected(lang, n)


# A blog's header of a name, a date and a verb of saying on one line: Persian blogs write "گفته:"
# ("has said:") and "می گوید:" with a space for the half-space; WordPress in English "on DATE said:".
SAID = {"fa-gofteh": ("fa", "{name} در تاریخ {date} گفته:"), "fa-space": ("fa", "{name} در {date} می گوید:"),
        "en": ("en", "{name} on {date} said:")}
SAID_DATES = {"en": DATES["en"], "fa": ["۱۶ آبان ۱۳۹۱ ساعت ۱۵:۱۰", "۱۶ آبان ۱۳۹۱ ساعت ۱۵:۱۱"]}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("kind", sorted(SAID))
def test_a_name_on_a_date_said_header(kind, learned, n=2):
    lang, shape = SAID[kind]
    thread = HEADING[lang] + "".join(shape.format(name=NAMES[lang][k], date=SAID_DATES[lang][k]) + f"\n{TEXTS[lang][k]}\n"
                                     for k in range(n))
    assert _comments(PAGE[lang] + thread + "\n", learned) == [
        (NAMES[lang][k], SAID_DATES[lang][k], TEXTS[lang][k]) for k in range(n)]


# A post's byline header above its prose, then a thread of one comment whose header the patterns
# want two of: "نوشته شده توسط سارا احمدی" over "NAME در تاریخ DATE گفته:", "by Jane Smith on
# November 3, 2012" over "Peter Lang says:", each under its thread's heading.
LONE = {"fa-gofteh": PAGE["fa"] + HEADING["fa"] + "علی رضایی در تاریخ ۱۶ آبان ۱۳۹۱ ساعت ۱۵:۱۰ گفته:\n" + TEXTS["fa"][0] + "\n\n",
        "fa-says": PAGE["fa"] + HEADING["fa"] + "علی رضایی می‌نویسد:\n" + TEXTS["fa"][0] + "\n\n",
        "en": (MENU + POST.replace("By Jane Smith", "by Jane Smith on November 3, 2012") + HEADING["en"]
               + "Peter Lang says:\n" + TEXTS["en"][0] + "\n\n")}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("kind", sorted(LONE))
def test_one_comment_under_a_bylined_post_is_found(kind, learned):
    lang = kind[:2]
    assert [(a, t) for a, _, t in _comments(LONE[kind], learned)] == [(NAMES[lang][0], TEXTS[lang][0])]


@pytest.mark.parametrize("byline", ["نوشته شده توسط سارا احمدی", "نوشته‌شده توسط سارا احمدی", "توسط سارا احمدی"])
def test_a_persian_byline_names_the_writer_alone(byline):
    """"written by NAME" ("نوشته شده توسط"), as Blogfa and WordPress's Persian themes print it over a
    post: the name is the article's byline, without "شده توسط" ("been written by"). The English
    "By NAME" was read so already; "Written by NAME" is left as it was (see ``text_patterns.BYLINE``)."""
    seg, _ = segment_lines(PAGE["fa"].replace("نوشته شده توسط سارا احمدی", byline), learned=False)
    assert seg.articles[0].byline == "سارا احمدی"
    assert byline not in seg.articles[0].text


# A comment's date line under its writer's name: a day's word with the time ("دیروز ساعت ۱۵:۱۰":
# "yesterday at", "Yesterday at 3:41 pm"), and the Persian comma with a space before the time
# ("۱۶ آبان ۱۳۹۱ ، ۳:۱۰ ب.ظ", as "November 3, 2012 , 4:12 pm" was read already).
DATE_LINES = {"fa-yesterday": ("fa", ["دیروز ساعت ۱۵:۱۰", "امروز ساعت ۰۹:۲۰"]),
              "en-yesterday": ("en", ["Yesterday at 3:41 pm", "Today at 9:20 am"]),
              "fa-comma": ("fa", ["۱۶ آبان ۱۳۹۱ ، ۳:۱۰ ب.ظ", "۱۶ آبان ۱۳۹۱ ، ۴:۲۰ ب.ظ"]),
              "en-comma": ("en", ["November 3, 2012 , 4:12 pm", "November 3, 2012 , 5:20 pm"])}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("kind", sorted(DATE_LINES))
def test_a_date_line_under_the_name_is_the_comments_date(kind, learned):
    lang, dates = DATE_LINES[kind]
    thread = HEADING[lang] + "".join(f"{NAMES[lang][k]}\n{dates[k]}\n{TEXTS[lang][k]}\n" for k in range(2))
    assert _comments(PAGE[lang] + thread + "\n", learned) == [(NAMES[lang][k], dates[k], TEXTS[lang][k]) for k in range(2)]


@pytest.mark.parametrize("learned", [False, True])
def test_a_two_digit_solar_year_dates_the_comment(learned):
    """"۱۶ آبان ۹۱ - ۱۵:۱۰" (Aban 16, '91): Persian news sites shorten the year. The English "7 Aug 12
    at 11:21 pm" was read already."""
    dates = ["۱۶ آبان ۹۱ - ۱۵:۱۰", "۱۷ آبان ۹۱ - ۰۹:۲۰"]
    thread = HEADING["fa"] + "".join(f"{NAMES['fa'][k]}\n{dates[k]}\n{TEXTS['fa'][k]}\n" for k in range(2))
    assert _comments(PAGE["fa"] + thread + "\n", learned) == [(NAMES["fa"][k], dates[k], TEXTS["fa"][k]) for k in range(2)]
    assert [to_iso(d) for d in dates] == ["2012-11-06T15:10:00", "2012-11-07T09:20:00"]


@pytest.mark.parametrize("learned", [False, True])
def test_moments_ago_dates_the_comment(learned):
    """"لحظاتی پیش" / "چند لحظه قبل" ("moments ago"), as Persian news sites date a comment just sent,
    is the time the page was saved. Persian only: alone on a line an English relative time also dates
    a page's lists of stories (``text_patterns._AGO_SPELT``)."""
    dates = ["لحظاتی پیش", "چند لحظه قبل"]
    thread = HEADING["fa"] + "".join(f"{NAMES['fa'][k]}\n{dates[k]}\n{TEXTS['fa'][k]}\n" for k in range(2))
    assert _comments(PAGE["fa"] + thread + "\n", learned) == [(NAMES["fa"][k], dates[k], TEXTS["fa"][k]) for k in range(2)]
