"""A whole page's clutter that read as a comment thread in a text dump (issue #5, session 18): a
menu's "Comment" label, a post's count of comments beside its byline, a story's "By NAME
Published DATE" line, a quotation's far "date", an empty thread's "There are no comments", rounded
relative times ("about 2 hours, 39 minutes ago"), lists of posts under their counts of comments,
and a post's own "0 Comments" footer. In English and Persian. Fixtures written for these tests."""

from __future__ import annotations

import pytest
from test_segment_text_thread_end import MENU, MENU_FA, POST, POST_FA, TEXTS, THREAD, THREAD_FA

from analyzer.segment import text_patterns as P
from analyzer.segment.text import segment_lines

# A news site's menu with its opinion section, "Comment" ("نظرات"), among the sections.
NEWS_MENU = ("Harbour News\nSign in\nHome\nNews\nWorld\nSports\nComment\nCulture\nBusiness\nTravel\nWeather\n"
             "Harbour\nShipping\n\n")
NEWS_MENU_FA = "اخبار بندر\nورود\nخانه\nاخبار\nجهان\nورزش\nنظرات\nفرهنگ\nاقتصاد\nسفر\nهواشناسی\nبندر\nکشتیرانی\n\n"

ARTICLE_WORDS = {"en": "Bandar Abbas", "fa": "شهید رجایی"}


def _page(lang: str) -> tuple[str, str, str, str]:
    return (MENU, POST, THREAD, ARTICLE_WORDS[lang]) if lang == "en" else (MENU_FA, POST_FA, THREAD_FA, ARTICLE_WORDS[lang])


def _assert_no_thread(dump: str, learned: bool, words: str) -> None:
    """The dump gives no comment, and its article holds ``words``."""
    seg, cut = segment_lines(dump, learned=learned)
    assert seg.comments == [] and cut is None, seg.comments
    assert words in seg.articles[0].text


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_menus_comment_label_is_no_thread_heading(lang, learned):
    """The menu's "Comment" / "نظرات" label, menu labels above and below it, is no thread heading:
    read as one, the thread was put at the menu and the article under it was lost."""
    _, post, thread, words = _page(lang)
    menu = NEWS_MENU if lang == "en" else NEWS_MENU_FA
    seg, cut = segment_lines(menu + post + thread, learned=learned)
    assert [c.text.split("\n")[0] for c in seg.comments] == TEXTS[lang]
    assert cut is not None and words in seg.articles[0].text


@pytest.mark.parametrize("learned", [False, True])
def test_a_comment_heading_under_share_links_stays(learned):
    """Guard: a bare "Comments" heading under the post's share links (short lines above, the
    comments' headers below) opens the thread."""
    post = POST + "Share\nFacebook\nTwitter\nEmail\n\n"
    thread = THREAD.replace("2 Comments", "Comments")
    seg, cut = segment_lines(MENU + post + thread, learned=learned)
    assert [c.text.split("\n")[0] for c in seg.comments] == TEXTS["en"]
    assert cut is not None and "Email" not in seg.comments[0].text


# A post's title, its date and byline, and its count of comments, past a whole page's menu.
BYLINE_COUNT = {
    "en": "Storm closes the port\nNovember 12, 2012 by Jane Smith\n2 Comments\n\n",
    "fa": "بازگشایی بندر پس از طوفان\n۱۲ مرداد ۱۴۰۲ توسط سارا احمدی\n۲ دیدگاه\n\n",
}


# The same with the byline's parts on lines of their own, its date last ("Jane Smith |" / "Ports" /
# "| November 8th 2012"), as a whole page's dump parts a byline row of links.
DATED_COUNT = {
    "en": "Storm closes the port\nJane Smith |\nPorts\n| November 8th 2012\n2 Comments\n\n",
    "fa": "بازگشایی بندر پس از طوفان\nسارا احمدی |\nبنادر\n| ۱۷ آبان ۱۴۰۲\n۲ دیدگاه\n\n",
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("byline", [BYLINE_COUNT, DATED_COUNT])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_count_beside_the_byline_is_no_thread_heading(lang, byline, learned):
    """"2 Comments" under "DATE by NAME", or under the byline's date, is the post's link to its
    thread: the thread starts at its own heading under the post, and the article is the post's text."""
    menu, post, thread, words = _page(lang)
    body = post.split("\n\n", 2)[2]  # the post without its title and byline
    seg, cut = segment_lines(menu + NEWS_MENU + byline[lang] + body + thread, learned=learned)
    assert [c.text.split("\n")[0] for c in seg.comments] == TEXTS[lang]
    assert cut is not None and words in seg.articles[0].text


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_count_under_the_byline_s_date_over_a_thread_without_heading(lang, learned):
    """The count under the byline's date, and no heading over the thread: read as the thread's
    heading, it put the post between the heading and the first comment, where it was lost."""
    menu, post, thread, words = _page(lang)
    body = post.split("\n\n", 2)[2]
    seg, cut = segment_lines(menu + NEWS_MENU + DATED_COUNT[lang] + body + thread.split("\n\n", 1)[1], learned=learned)
    assert [c.text.split("\n")[0] for c in seg.comments] == TEXTS[lang]
    assert cut is not None and words in seg.articles[0].text


@pytest.mark.parametrize("learned", [False, True])
def test_a_story_byline_header_is_the_posts(learned):
    """"By Jane Smith Published 09 November 2012 13:50" (a pattern reads "NAME DATE", the "By" in the
    name) under a standfirst is the post's byline: the article under it is no comment. (With the
    model, the thread starts at its second comment: the model's start on so short a page.)"""
    post = ("Storm closes the port\nThe storm kept every vessel at anchor outside the harbour for three days, officials said.\n"
            "By Jane Smith Published 09 November 2012 13:50\nFacebook Like\n" + POST.split("\n\n", 2)[2])
    seg, _ = segment_lines(MENU + post + THREAD, learned=learned)
    assert "Bandar Abbas" in seg.articles[0].text
    assert not any("Bandar Abbas" in c.text for c in seg.comments)
    assert [c.text.split("\n")[0] for c in seg.comments] == (TEXTS["en"][1:] if learned else TEXTS["en"])


# Page furniture under a story: share links, contact lines; then a list of older stories over their dates.
FURNITURE = "".join(f"{label}\n" for label in (
    "Print this", "Share", "Contact us", "Send to a friend", "Recipient's email address", "Your first name",
    "Your surname", "Add a note (optional)", "Short link for this page:", "StumbleUpon", "reddit", "Tumblr",
    "Digg", "LinkedIn", "Facebook", "Twitter", "Contact the Business editor", "Advertising guide"))


@pytest.mark.parametrize("learned", [False, True])
def test_a_quotation_dated_by_a_far_list_is_no_comment(learned):
    """"The harbour master said:" over a quotation in a story, and a date line far below it (an older
    story's, past the page's furniture): that date is no closing date of a comment (Blogger's "NAME
    said..." comment ends in its date a few lines under it), so the quotation is no comment. (The
    list's dates, one entry with a teaser, read as a thread of their own here: not this rule's.)"""
    story = POST + ("The harbour master said:\nThe port will open on Tuesday if the wind drops, and the ferries will sail first.\n"
                    "Fishing boats will follow on Wednesday once the pilots have checked the channel.\n\n")
    older = ("Related information\nPort traffic doubles as the new quay opens\n15 Feb 2011\n"
             "The new quay has brought twice the ships it had last year. By Jane Smith\n13 Oct 2009\n"
             "Ferry timetable changes\n3 Jan 2011\nNew pilot boats for the harbour\n12 Dec 2010\n")
    seg, _ = segment_lines(MENU + story + FURNITURE + older, learned=learned)
    assert not any("ferries will sail first" in c.text or c.author == "The harbour master" for c in seg.comments)
    assert "ferries will sail first" in seg.articles[0].text


# An empty thread under its heading, then the form and a sidebar's tab of dates over its stories.
EMPTY_HEADING = {
    "en": ("Reader Comments\nThere are no comments for this story.\nName (required)\nMail (will not be published) (required)\n"
           "Today's News\n11/8/2012\n11/7/2012\n11/6/2012\nFerry timetable changes\nPort traffic doubles\nNew pilot boats\n"),
    "fa": ("نظرات خوانندگان\nهنوز نظری ثبت نشده است.\nنام *\nایمیل *\n"
           "اخبار امروز\n۱۴۰۲/۰۵/۱۰\n۱۴۰۲/۰۵/۰۹\n۱۴۰۲/۰۵/۰۸\nتغییر ساعت حرکت کشتی\nدو برابر شدن ترافیک بندر\nقایق‌های راهنما\n"),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_thread_heading_that_says_it_is_empty_opens_no_thread(lang, learned):
    """"Reader Comments" over "There are no comments for this story." ("هنوز نظری ثبت نشده است"): the
    dates of a sidebar below are no comments."""
    menu, post, _, words = _page(lang)
    _assert_no_thread(menu + post + EMPTY_HEADING[lang], learned, words)


@pytest.mark.parametrize(("line", "kind", "author", "posted"), [
    ("about 2 hours, 39 minutes ago", "date", None, "about 2 hours, 39 minutes ago"),
    ("about 4 hours ago", "date", None, "about 4 hours ago"),
    ("by Tom Froemming about 1 month ago", "name-date", "by Tom Froemming", "about 1 month ago"),
    ("Sara K. over 2 years ago", "name-date", "Sara K.", "over 2 years ago"),
    ("حدود ۲ ساعت پیش", "date", None, "حدود ۲ ساعت پیش"),
    ("مریم ۲ ساعت و ۵ دقیقه پیش", "name-date", "مریم", "۲ ساعت و ۵ دقیقه پیش"),
])
def test_rounded_relative_times_are_dates(line, kind, author, posted):
    """"about"/"over" and a second unit belong to the relative time: read as a name, "about" headed a tweet."""
    hit = P.match_header(line)
    assert hit is not None and hit[0] == kind
    groups = hit[1].groupdict()
    assert (groups.get("author"), groups["posted"]) == (author, posted)


@pytest.mark.parametrize("learned", [False, True])
def test_a_thread_dated_about_n_hours_ago_is_named(learned):
    """A thread of names over rounded relative times: each comment named by the line above its time."""
    thread = ("Comments\n\nPeter Lang\nabout 2 hours ago\nGood to see the port open again.\n\n"
              "Sara K.\nabout 1 hour ago\nIt was about time, really.\n\n")
    seg, _ = segment_lines(MENU + POST + thread, learned=learned)
    assert [(c.author, c.text) for c in seg.comments] == [("Peter Lang", TEXTS["en"][0]), ("Sara K.", TEXTS["en"][1])]


# A list of a site's other posts, each a title over its author and age and its count of comments
# and recommendations.
POSTS_LIST = {
    "en": "".join(f"{title}\nby {name} about 1 month ago\n{n} comments | 3 recs\n" for title, name, n in (
        ("Ferry timetable changes", "saysSteve", 27), ("Port traffic doubles", "Tim Lee", 83),
        ("New pilot boats", "Cheeseandcorn", 16))),
    "fa": "".join(f"{title}\nتوسط {name} {day} روز پیش\n{n} نظر | ۳ پسند\n" for title, name, day, n in (
        ("تغییر ساعت حرکت کشتی", "مریم", "۲", "۲۷"), ("دو برابر شدن ترافیک بندر", "حسین", "۳", "۸۳"),
        ("قایق‌های راهنما", "علی", "۴", "۱۶"))),
}


EMPTY_THREAD = {"en": "Comments\nSomething to say? Choose one of these options to log in.\nRecent FanPosts\n",
                "fa": "نظرات\nبرای نوشتن نظر وارد شوید.\nتازه‌ترین نوشته‌های کاربران\n"}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_list_of_posts_under_their_counts_is_no_thread(lang, learned):
    """A post, its empty thread (its heading over a line to log in), then a sidebar's list of other
    posts whose entries open with their counts of comments: no comments."""
    menu, post, _, words = _page(lang)
    _assert_no_thread(menu + post + EMPTY_THREAD[lang] + POSTS_LIST[lang], learned, words)


# A post under its date line, whose "author" is the line above (a "Subscribe" link), under a
# sidebar of teaser sentences: a sentence and a list, then its footer that counts no comments.
ZERO_FOOTER = {
    "en": ("The week's five most read stories on the harbour.\nThe week's five most read stories on the ferries.\n"
           "Subscribe to Harbour News\nSunday, October 21, 2012\nThe five most read stories of the week.\n"
           "• Storm closes the port\n• Ferry timetable changes\n• New pilot boats\n• Fish prices fall\n"
           "posted by Jane Smith @ 2:23 PM\n0 Comments:\n\nPost a Comment\n"),
    "fa": ("پنج خبر پربازدید هفته درباره بندر را اینجا بخوانید.\nپنج خبر پربازدید هفته درباره کشتی‌ها را اینجا بخوانید.\n"
           "عضویت در خبرنامه بندر\n۱۲ مرداد ۱۴۰۲\nپنج خبر پربازدید این هفته در بندر شهید رجایی.\n"
           "• بسته شدن بندر\n• تغییر ساعت حرکت کشتی\n• قایق‌های راهنما\n• کاهش قیمت ماهی\n"
           "ارسال شده توسط سارا احمدی\nبدون نظر\n\nارسال نظر\n"),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_post_whose_footer_counts_no_comments_is_no_comment(lang, learned):
    """A post's dateline past a whole page's menu, read as a lone comment's header: its footer
    says the post has no comments ("0 Comments:", "بدون نظر"), so the post is the article."""
    menu = MENU if lang == "en" else MENU_FA
    _assert_no_thread(menu + ZERO_FOOTER[lang], learned, ("Storm closes" if lang == "en" else "قایق‌های راهنما"))


# A post's date line under a line of the page's furniture, which read as its author's name: a row
# of share links, the post's navigation, a date's label.
LABELS = {"en": ["RSS|Email|Twitter\nTumblr|Facebook", "Previous Post\nNext Post", "Genre\nRelease Date"],
          "fa": ["خوراک | ایمیل | توییتر", "مطلب قبلی\nمطلب بعدی", "تاریخ انتشار"]}
DATED_POST = {
    "en": ("Thursday, 1 November 2012\nA letter on the harbour\n"
           "Below is a letter written in 1928 by the harbour master to the town's mayor, found last week in the archive.\n"
           "The port will open on Tuesday if the wind drops, and the ferries will sail first.\n"
           "Comments are now closed on this blog.\nFollow us: RSS|Email|Twitter|Facebook\n"),
    "fa": ("۱۲ مرداد ۱۴۰۲\nنامه‌ای درباره بندر\n"
           "این نامه را رئیس بندر در سال ۱۳۰۷ برای شهردار نوشته است و هفته گذشته در بایگانی پیدا شد.\n"
           "بندر سه‌شنبه اگر باد بخوابد باز می‌شود و کشتی‌ها پیش از همه حرکت می‌کنند.\n"
           "امکان ارسال نظر برای این وبلاگ بسته شده است.\n"),
}
SIDEBAR_TEXT = {"en": ("About\nThe harbour's letters, one a week, are gathered and sorted here by the harbour's archivist.\n"
                       "Edited by Jane Smith, who also runs the harbour's photo blog.\n"),
                "fa": ("درباره ما\nنامه‌های بندر، هفته‌ای یکی، اینجا به دست بایگان بندر گردآوری می‌شود.\n"
                       "ویراستار سارا احمدی است که وبلاگ عکس بندر را هم می‌نویسد.\n")}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("label", [0, 1, 2])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_posts_date_under_page_furniture_heads_no_comment(lang, label, learned):
    """A post's date line under share links ("Tumblr|Facebook"), "Next Post" or "Release Date" (and
    their Persian forms): that line is no name, so the date heads no lone comment and the post is
    the article."""
    menu = MENU if lang == "en" else MENU_FA
    dump = menu + SIDEBAR_TEXT[lang] + LABELS[lang][label] + "\n" + DATED_POST[lang]
    _assert_no_thread(dump, learned, ("ferries will sail first" if lang == "en" else "کشتی‌ها پیش از همه"))


@pytest.mark.parametrize("learned", [False, True])
def test_a_commenters_name_and_blog_over_a_date_stays_a_name(learned):
    """Guard: "Maureen | Orgasmic Chef" (a name and a blog's) over a comment's date is a commenter's
    line, no row of share links."""
    thread = ("3 Comments\n\nPeter Lang\nNovember 5, 2012 at 6:36 am\nGood to see the port open again.\n\n"
              "Maureen | Orgasmic Chef\nNovember 5, 2012 at 3:21 pm\nIt was about time, really.\n\n"
              "Sara K.\nNovember 6, 2012 at 5:48 am\nThe ferries were full this morning.\n\n")
    seg, _ = segment_lines(MENU + POST + thread, learned=learned)
    assert [c.author for c in seg.comments] == ["Peter Lang", "Maureen | Orgasmic Chef", "Sara K."]


# A sidebar's recent comments under its heading, then the footer's links: bare lines that read as
# two name lines, each over text.
RECENT_SIDEBAR = {
    "en": ("Latest Comments\nIt does look nice, however I would like to see the result.\n"
           "That is fine and dandy, but if anyone wants to make me one of these boats...\nWhat a great idea!\n"
           "Latest tweets\nHere is a great video on the new quay http://t.co/QfhE7rqo\nMore »\n"
           "facebook\n© 2006-2012 Harbour News. All rights reserved. Images are reserved to their makers.\n"),
    "fa": ("آخرین نظرات\nخیلی زیباست ولی دوست دارم نتیجه را هم ببینم.\n"
           "این عالی است اما اگر کسی یکی از این قایق‌ها را برای من بسازد ممنون می‌شوم...\nچه فکر خوبی!\n"
           "فیسبوک\n© ۱۴۰۲ اخبار بندر. همه حقوق محفوظ است و تصاویر از آن صاحبانشان است.\n"),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_sidebars_heading_and_a_share_link_are_no_names(lang, learned):
    """"Latest Comments" ("آخرین نظرات") over a sidebar's snippets and "facebook" over the footer are
    no commenters' bare name lines: a post without comments keeps none. (The Persian page kept none
    before too: Persian bare names, which have no case, are read in runs only under a thread heading.)"""
    _, post, _, words = _page(lang)
    _assert_no_thread(post + RECENT_SIDEBAR[lang], learned, words)


@pytest.mark.parametrize("learned", [False, True])
def test_a_name_comma_on_date_header_with_its_twitter_link_as_a_browser_shows_it(learned):
    """"Jamie Wayne, on November 7th, 2012 // Twitter: @jamieguijarro" (and "… 2012 //" for one who gave
    no handle): a browser's text of the header the pattern reads as "… 2012   @jamieguijarro"."""
    thread = ("2 appreciated comments on “Storm closes the port”\n"
              "Peter Lang, on November 7th, 2012 // Twitter: @peterlang\nGood to see the port open again.\n"
              "Sara K., on November 8th, 2012 //\nIt was about time, really.\n")
    seg, _ = segment_lines(MENU + POST + thread, learned=learned)
    assert [(c.author, c.posted, c.text) for c in seg.comments] == [
        ("Peter Lang", "November 7th, 2012", TEXTS["en"][0]), ("Sara K.", "November 8th, 2012", TEXTS["en"][1])]


# "Post a Comment" ("ارسال نظر") as a link to the form right over the thread, whose headers are a
# number, a name, a site and a date and time.
LINKED_FORM_THREAD = {
    "en": ("Jane Smith | Bandar Abbas Category: Ports Add/View Comments [2]\nPost a Comment\n"
           "1 Peter Lang http://peterlang.example | 11/7/2012 11:57:57 PM\nGood to see the port open again.\n"
           "2 Sara K. | 11/8/2012 1:04:41 AM\nIt was about time, really.\n"),
    "fa": ("سارا احمدی | بندرعباس\nارسال نظر\n"
           "۱ مریم | ۱۴۰۲/۰۵/۱۲ ۱۰:۲۰\nاین خبر خیلی خوب بود.\n"
           "۲ حسین | ۱۴۰۲/۰۵/۱۳ ۱۱:۰۵\nممنون از گزارش خوبتان.\n"),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_post_a_comment_over_the_threads_first_header_ends_nothing(lang, learned):
    """"Post a Comment" right over a comment's header of a name and a date is a link over the thread:
    the page does not end there, and the comments under it are read."""
    menu, post, _, _ = _page(lang)
    seg, _ = segment_lines(menu + post + LINKED_FORM_THREAD[lang], learned=learned)
    assert [c.text for c in seg.comments] == TEXTS[lang]
