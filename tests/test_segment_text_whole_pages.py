"""Whole pages' text dumps (menus, link lists, footers around the post): what is no thread there,
in English and, where the shape has a Persian form the rules read, Persian. Fixtures written for
these tests."""

from __future__ import annotations

import pytest
from test_segment_text_thread_end import FORMS, MENU, MENU_FA, POST, POST_FA

from analyzer.segment.text import segment_lines


def _assert_no_thread(dump: str, learned: bool) -> None:
    seg, cut = segment_lines(dump, learned=learned)
    assert cut is None and seg.comments == [], seg.comments


# Livefyre's thread in a browser's text: its chrome, then a name beside its score over the words.
# No Persian case: the rules read scores in English only ("pts", "points").
LIVEFYRE = ("1 comment 0 people listening\nSign in\nPost comment as\nSort: Newest | Oldest\n"
            "xdwyer 5 pts\nGood to see the port open again, and about time too.\nshare flag\nLike\n\n")


@pytest.mark.parametrize("learned", [False, True])
def test_one_name_beside_its_score_heads_a_comment(learned):
    seg, cut = segment_lines(MENU + POST + "Published On Nov 11, 2012\n" + LIVEFYRE + "Related Content\nAbout us\n",
                             learned=learned)
    assert cut is not None
    assert [(c.author, c.text.split("\n")[0]) for c in seg.comments] == [
        ("xdwyer", "Good to see the port open again, and about time too.")]
    # Livefyre's count ("1 comment 0 people listening") is the thread's heading: it and the box's
    # chrome under it are no part of the article
    assert not any(line in seg.articles[0].text for line in LIVEFYRE.split("\n")[:3])


@pytest.mark.parametrize("learned", [False, True])
def test_a_score_with_no_words_under_it_heads_nothing(learned):
    _assert_no_thread(MENU + POST + "Top commenters\nxdwyer 5 pts\n\nAbout us\n", learned)


# Squarespace's thread as a browser's text shows it: the commenter's role is an icon, so the footer
# under the words is "DATE | NAME" alone, and the comment form follows it.
SQUARESPACE = {
    "en": ("Reader Comments (1)\nI sailed from there last week and I love the new quay, thank you.\n"
           "October 19, 2012 | Fazal Majid\n" + FORMS["en-squarespace"] + "About us\n",
           ("Fazal Majid", "October 19, 2012", "I sailed from there last week and I love the new quay, thank you.")),
    "fa": ("نظرات خوانندگان (۱)\nمن هفته پیش از آنجا رفتم و اسکله جدید را خیلی دوست دارم، ممنون.\n"
           "۱۲ مرداد ۱۴۰۲ | مریم احمدی\n" + FORMS["fa-fields"] + "درباره ما\n",
           ("مریم احمدی", "۱۲ مرداد ۱۴۰۲", "من هفته پیش از آنجا رفتم و اسکله جدید را خیلی دوست دارم، ممنون.")),
}
# The Persian post without its "نوشته شده توسط" byline, a header the rules read, so the page's one
# comment header is the footer (as on the English page, whose "By Jane Smith" is no header).
POSTS = {"en": MENU + POST, "fa": MENU_FA + POST_FA.replace("نوشته شده توسط سارا احمدی\n\n", "")}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_lone_footer_over_the_comment_form_closes_a_comment(lang, learned):
    thread, expected = SQUARESPACE[lang]
    seg, cut = segment_lines(POSTS[lang] + thread, learned=learned)
    assert cut is not None
    assert [(c.author, c.posted, c.text) for c in seg.comments] == [expected]


@pytest.mark.parametrize("learned", [False, True])
def test_a_dated_name_closing_the_article_over_the_form_is_no_comment(learned):
    # The article's last paragraph speaks as no reader does: its signature line stays the article's.
    signed = "The harbour master will report again next week.\nOctober 19, 2012 | Jane Smith\n"
    _assert_no_thread(MENU + POST + signed + FORMS["en-squarespace"] + "About us\n", learned)


# A site's footer of link lists (titles in title case) under one-word labels, past the post's end: labels that come back
# ("Stories") or are in lower case read as commenters' names. No Persian case: the rules read no
# such run of Persian labels as names (Persian has no case to tell a handle by).
REPORT = "".join(f"Line {k} of the report says the harbour kept its boats in for a day.\n\n" for k in range(12))
LINK_LISTS = ("Reviews\nFerry Timetable Changes From Monday\nPort Traffic Doubles in a Year\n"
              "Stories\nTwo New Pilot Boats for the Port\nFish Prices Fall at the Quay\nThe Harbour at Night\n"
              "deals\n#HarbourDeals – Tuesday\nnews\nStorm Closes the Port for a Second Day\n"
              "Stories\nA Conversation With the Harbour Master\n\n© 2012 Harbour News\n")


@pytest.mark.parametrize("learned", [False, True])
def test_link_lists_under_labels_are_no_thread(learned):
    _assert_no_thread(MENU + POST + REPORT + LINK_LISTS, learned)


@pytest.mark.parametrize("learned", [False, True])
def test_bare_names_over_sentences_stay_a_thread(learned):
    thread = ("Katie\nI loved this report, thank you for writing it.\nmark_h\nSo did I, the photos are great!\n"
              "Katie\nThanks Mark, see you at the quay.\n\n© 2012 Harbour News\n")
    seg, _ = segment_lines(MENU + POST + REPORT + thread, learned=learned)
    assert [c.author for c in seg.comments] == ["Katie", "mark_h", "Katie"]


# A sidebar's lists of reviews and of forum topics, each entry a title ending in its date; a menu's
# run of labels under the first list, and topics no pattern reads as a name ("Which ferry do you
# take? Tue Nov 6th 2012"), broke the lists, so their last entries headed comments.
DATED_LISTS = {
    "en": ("Reviews\nThe New Pilot Boat Review 02 November 2012\nQeshm Ferry Review 02 November 2012\n"
           "Kish Express Review 16 October 2012\n"
           "Latest Boats\nPilot 2\nFerry 9\nTug One\nQuay Cam\nLatest Ports\nBushehr\nQeshm\nKish\n"
           "Forum Discussions\nWhich ferry do you take? Tue Nov 6th 2012\nBest seat on the Qeshm ferry Tue Nov 6th 2012\n"
           "Tides, winds and timetables [guide] Tue Nov 6th 2012\n\nAbout us\n© 2012 Harbour News\n"),
    "fa": ("بررسی‌ها\nبررسی قایق راهنمای تازه ۱۲ مرداد ۱۴۰۲\nبررسی کشتی قشم ۱۰ مرداد ۱۴۰۲\n"
           "بررسی کیش اکسپرس ۸ مرداد ۱۴۰۲\n"
           "قایق‌ها\nراهنما ۲\nکشتی ۹\nیدک‌کش\nدوربین\nبنادر\nبوشهر\nقشم\nکیش\n"
           "گفتگوهای انجمن\nبا کدام کشتی می‌روید؟ ۱۵ مرداد ۱۴۰۲\nبهترین صندلی کشتی قشم ۱۵ مرداد ۱۴۰۲\n"
           "جزر و مد، باد و برنامه حرکت [راهنما] ۱۵ مرداد ۱۴۰۲\n\nدرباره ما\n"),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_dated_lists_over_a_menu_are_no_thread(lang, learned):
    _assert_no_thread(POSTS[lang] + DATED_LISTS[lang], learned)


@pytest.mark.parametrize("learned", [False, True])
def test_a_comment_under_a_dated_list_stays(learned):
    # The list's last entry over text is left out of it: it may head the first comment.
    page = (MENU + POST + "Qeshm Ferry Review 02 November 2012\nKish Express Review 16 October 2012\n"
            "Sara Amini 4 November 2012 at 9:30 am\nI took the ferry last week and I loved it.\n\nAbout us\n")
    seg, _ = segment_lines(page, learned=learned)
    assert [c.text.split("\n")[0] for c in seg.comments] == ["I took the ferry last week and I loved it."]


# A whole page's dump puts each paragraph on one line: an article of two lines under its byline
# ("By NAME on DATE", which also heads Drupal's and Slashdot's comments) past the menus.
ONE_LINE_PARAGRAPHS = {
    "en": (MENU + "Home > News > Storm closes the port\nStorm closes the port\n"
           "By Jane Smith on 11/12/2012 10:52 PST\n"
           "The storm kept every vessel at anchor outside the harbour for three days. Officials said the "
           "port would reopen on Tuesday. Ferries to Qeshm were cancelled. Fishermen stayed home.\n"
           "Repairs to the outer breakwater will take a month. The port authority has asked for help from "
           "the navy. Cargo ships were sent to Jask. Traders expect prices to rise.\n"
           "Related articles:\nFerry timetable changes from Monday\nPort traffic doubles in a year\n"),
    "fa": (MENU_FA + "خانه > اخبار > بسته شدن بندر\nبسته شدن بندر بر اثر طوفان\n"
           "نوشته شده توسط سارا احمدی در ۱۶ آبان ۱۳۹۱\n"
           "طوفان سه روز همه کشتی‌ها را بیرون از بندر نگه داشت. مسئولان گفتند بندر سه‌شنبه باز می‌شود. "
           "سفر کشتی‌ها به قشم لغو شد. ماهیگیران در خانه ماندند.\n"
           "تعمیر موج‌شکن بیرونی یک ماه طول می‌کشد. سازمان بنادر از نیروی دریایی کمک خواسته است. "
           "کشتی‌های باری به جاسک رفتند. بازاریان منتظر گرانی هستند.\n"
           "مطالب مرتبط:\nتغییر برنامه کشتی‌ها از دوشنبه\nدو برابر شدن تردد بندر در یک سال\n"),
}


# A site's Twitter box in a whole page's dump, under the post: each tweet its writer's handle
# first, then a bare relative time, which reads as a comment header.
TWITTER_BOX = {
    "en": (POST + "Follow the latest port news on Twitter\n"
           "harbournews: Ferries to Qeshm sail again from Tuesday http://t.co/abc123 #ports\n"
           "about 2 hours, 39 minutes ago\n"
           "maryam_r: Storm damage at the outer breakwater worse than thought #BandarAbbas\n"
           "about 4 hours, 4 minutes ago\n"
           "ShipWatch: Cargo ships sent to Jask while the port is shut http://t.co/xyz789\n"
           "about 5 hours, 20 minutes ago\n"
           "Read the latest tweets from our team\n"),
    "fa": (POST_FA + "آخرین اخبار بندر در توییتر\n"
           "bandarnews: سفر کشتی‌ها به قشم از سه‌شنبه از سر گرفته می‌شود http://t.co/abc123 #بندر\n"
           "۲ ساعت پیش\n"
           "maryam_r: خسارت طوفان به موج‌شکن بیش از برآورد بود #بندرعباس\n"
           "۴ ساعت پیش\n"
           "ShipWatch: کشتی‌های باری به جاسک فرستاده شدند http://t.co/xyz789\n"
           "۵ ساعت پیش\n"),
}


# A news site's byline past the menus, a commenter's shape (a name over a date), then the post's
# share bar over its prose (R207, 199): the name and date are the post's.
SHARE_BAR = {
    "en": (MENU + "Storm closes the port\nOlga Khazan\nOctober 31, 2012 at 5:30 pm\n"
           "Text Size\nReprints\nFacebook\nTwitter\nStumbleUpon\nDigg\n"
           + ONE_LINE_PARAGRAPHS["en"].split("10:52 PST\n")[1]),
    "en-share-this": (MENU + "Storm closes the port\nOlga Khazan\nOctober 31, 2012 at 5:30 pm\nShare This Post\n"
                      + ONE_LINE_PARAGRAPHS["en"].split("10:52 PST\n")[1]),
    "fa": (MENU_FA + "بسته شدن بندر بر اثر طوفان\nسارا احمدی\n۱۶ آبان ۱۳۹۱ ساعت ۱۷:۳۰\nفیسبوک\nتوییتر\nتلگرام\nایمیل\n"
           + ONE_LINE_PARAGRAPHS["fa"].split("۱۶ آبان ۱۳۹۱\n")[1]),
}


NO_THREAD = {("byline-over-one-line-paragraphs", lang): dump for lang, dump in ONE_LINE_PARAGRAPHS.items()} \
    | {("twitter-box", lang): dump for lang, dump in TWITTER_BOX.items()} \
    | {("share-bar", lang): dump for lang, dump in SHARE_BAR.items()}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("case", sorted(NO_THREAD))
def test_a_post_s_byline_and_a_twitter_box_head_no_comment(case, learned):
    _assert_no_thread(NO_THREAD[case], learned)


@pytest.mark.parametrize("learned", [False, True])
def test_named_comments_opening_with_a_name_and_a_link_stay_a_thread(learned):
    seg, _ = segment_lines(POST + "Comments\n\nSam Lee says:\nNovember 4, 2012 at 10:31 am\n"
                           "Mina: the timetable is at http://example.com/ferries #ports\n\n"
                           "Kian says:\nNovember 4, 2012 at 11:02 am\nAli: thanks, see http://example.com/port\n",
                           learned=learned)
    assert [c.author for c in seg.comments] == ["Sam Lee", "Kian"]


@pytest.mark.parametrize("learned", [False, True])
def test_a_comment_under_the_post_s_share_bar_stays(learned):
    """The post's share bar may stand between the post and its thread's first comment (R900): a
    short comment under it is no post."""
    seg, _ = segment_lines(POST + "Sam Lee\nNovember 4, 2012 at 10:31 am\nTwitter\nFacebook\nDigg\nI love the new quay.\n\n"
                           "Kian\nNovember 4, 2012 at 11:02 am\nSo do I, it is much safer.\n", learned=learned)
    assert [(c.author, c.text.split("\n")[-1]) for c in seg.comments] == [
        ("Sam Lee", "I love the new quay."), ("Kian", "So do I, it is much safer.")]


# A post's count of comments among its tags over the post (a whole page's dump of a theme that
# prints "Comments: 2" there), then the post, then the thread under its own heading.
COUNT_AMONG_TAGS = {
    "en": ("Harbour News\nHome\nPorts\n\nStorm closes the port\nTags: Ports, Weather\nPosted in: News\nComments: 2\n\n",
           ["The port of Bandar Abbas closed on Sunday as a storm kept every vessel at anchor outside the harbour.",
            "Officials said traffic would return to normal by Tuesday, when the winds are forecast to drop.",
            "Fishing boats were told to stay in port until the coast guard lifts its warning.",
            "Ferry companies cancelled their crossings to Qeshm and Hormuz for the second day running."],
           "Tweet\n« Previous Post | Next post »\nComments (2)\n"
           "3. Nov, 2012 / Peter Lang says:\nGood to see the port open again.\n[Reply]\n\n"
           "4. Nov, 2012 / Maryam says:\nThe ferries were late all week.\n[Reply]\n",
           ["Peter Lang", "Maryam"]),
    "fa": ("اخبار بندر\nخانه\nبنادر\n\nبازگشایی بندر پس از طوفان\nبرچسب‌ها: بنادر، هواشناسی\nدسته: اخبار\nنظرات: ۲\n\n",
           ["بندر شهید رجایی پس از سه روز تعطیلی صبح سه‌شنبه دوباره به روی کشتی‌ها باز شد.",
            "مسئولان بندر گفتند که ترافیک تا پایان هفته به حالت عادی باز می‌گردد و صف کشتی‌ها کوتاه می‌شود.",
            "به قایق‌های ماهیگیری گفته شده است تا پایان هشدار گارد ساحلی در بندر بمانند.",
            "شرکت‌های کشتیرانی سفرهای خود به قشم و هرمز را برای دومین روز پیاپی لغو کردند."],
           "توییت\n« مطلب قبلی | مطلب بعدی »\nنظرات (۲)\n"
           "۱۲ آبان ۱۳۹۱ / مریم گفت:\nخوشحالم که بندر دوباره باز شد.\n[پاسخ]\n\n"
           "۱۳ آبان ۱۳۹۱ / علی گفت:\nشناورها تمام هفته دیر بودند.\n[پاسخ]\n",
           ["مریم", "علی"]),
}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_count_among_the_post_s_tags_is_no_thread_heading(lang, learned):
    """The count over the post and its prose read as the thread's heading: the post went with the
    thread and was neither article nor comment. The thread's heading is the one under the post."""
    top, prose, thread, authors = COUNT_AMONG_TAGS[lang]
    seg, cut = segment_lines(top + "\n\n".join(prose) + "\n\n" + thread, learned=learned)
    assert [c.author for c in seg.comments] == authors
    assert all(sentence in seg.articles[0].text for sentence in prose)
