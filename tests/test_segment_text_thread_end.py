"""Where a thread ends in a whole page's dump: at its comment form or the page's own navigation
(``text._thread_end``), in English and Persian. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from analyzer.segment.text import segment_lines

MENU = "Harbour News\nHome\nPorts\nShipping\nWeather\nWrite a comment\nContact\n\n"
MENU_FA = "اخبار بندر\nخانه\nبنادر\nکشتیرانی\nهواشناسی\nلغو پاسخ\nتماس با ما\n\n"

POST = ("Storm closes the port\n\nBy Jane Smith\n\n"
        "The port of Bandar Abbas closed on Sunday as a storm kept every vessel at anchor outside the harbour.\n\n"
        "Officials said traffic would return to normal by Tuesday, when the winds are forecast to drop.\n\n"
        "Fishermen kept their boats in the harbour for a second day and the ferry to Qeshm did not sail.\n\n")
POST_FA = ("بازگشایی بندر پس از طوفان\n\nنوشته شده توسط سارا احمدی\n\n"
           "بندر شهید رجایی پس از سه روز تعطیلی صبح سه‌شنبه دوباره به روی کشتی‌ها باز شد.\n\n"
           "مسئولان بندر گفتند که ترافیک تا پایان هفته به حالت عادی باز می‌گردد.\n\n"
           "سازمان هواشناسی برای باقی هفته دریایی آرام پیش‌بینی کرده است.\n\n")

THREAD = ("2 Comments\n\nPeter Lang says:\nNovember 3, 2012 at 4:12 pm\nGood to see the port open again.\nReply\n\n"
          "Sara K. says:\nNovember 4, 2012 at 9:30 am\nIt was about time, really.\nReply\n\n")
THREAD_FA = ("۲ دیدگاه\n\nمریم می‌گوید:\n۱۲ مرداد ۱۴۰۲ ساعت ۱۰:۲۰\nاین خبر خیلی خوب بود.\nپاسخ\n\n"
             "حسین می‌گوید:\n۱۳ مرداد ۱۴۰۲ ساعت ۱۱:۰۵\nممنون از گزارش خوبتان.\nپاسخ\n\n")
TEXTS = {"en": ["Good to see the port open again.", "It was about time, really."],
         "fa": ["این خبر خیلی خوب بود.", "ممنون از گزارش خوبتان."]}

FORMS = {
    "en-wordpress": "Leave a Reply\nCancel reply\nName (required)\nEmail (will not be published) (required)\nWebsite\n\n",
    "en-fields": "Name *\nEmail *\nWebsite\nSubmit\n\n",
    "en-drupal": "Post new comment\nYour name: *\nE-mail: *\n\n",
    "en-blogger": "Newer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n\n",
    "en-squarespace": "Post a New Comment\nEnter your information below to add a new comment.\nAuthor:\n\n",
    "fa-wordpress": "پاسخی بگذارید\nلغو پاسخ\nنام *\nایمیل *\nوب‌سایت\n\n",
    "fa-fields": "نام *\nایمیل *\nارسال\n\n",
}

SIDEBAR = ("Recent Posts\n\nFerry timetable changes\nNovember 1, 2012 at 8:00 am\n"
           "The winter timetable starts next week with two sailings a day.\n\n"
           "Port traffic doubles\nOctober 30, 2012 at 5:15 pm\nI am told the new quay is the reason, and I agree.\n\n"
           "About us\n© 2012 Harbour News\n")
SIDEBAR_FA = ("آخرین مطالب\n\nتغییر ساعت حرکت کشتی\n۱۰ مرداد ۱۴۰۲ ساعت ۰۸:۰۰\nبرنامه زمستانی از هفته آینده با دو سفر در روز آغاز می‌شود.\n\n"
              "دو برابر شدن ترافیک بندر\n۸ مرداد ۱۴۰۲ ساعت ۱۷:۱۵\nمن هم فکر می‌کنم اسکله جدید دلیلش است.\n\n"
              "درباره ما\n")


def _page(form: str, lone: bool = False) -> tuple[str, list[str]]:
    lang = form[:2]
    menu, post, thread, sidebar = (MENU, POST, THREAD, SIDEBAR) if lang == "en" else (MENU_FA, POST_FA, THREAD_FA, SIDEBAR_FA)
    texts = TEXTS[lang]
    if lone:  # the thread's first comment alone, under its count
        thread = thread.split("\n\n")[1] + "\n\n"
        thread = ("1 Comment\n\n" if lang == "en" else "۱ دیدگاه\n\n") + thread
        texts = texts[:1]
    return menu + post + thread + FORMS[form] + sidebar, texts


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lone", [False, True])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_comment_form_ends_the_thread(form, lone, learned):
    """The form (or the page's navigation) under the thread ends it: the sidebars and footer under it
    ran into the last comment, and their dated entries read as more comments. A "Write a comment" /
    "لغو پاسخ" link in the menu above the article cuts nothing. The Persian article's dateless
    "نوشته شده توسط" byline does not let the model start the thread at its second comment."""
    dump, texts = _page(form, lone)
    seg, cut = segment_lines(dump, learned=learned)
    assert cut is not None
    assert [c.text for c in seg.comments] == texts
    assert "Bandar Abbas" in seg.articles[0].text or "شهید رجایی" in seg.articles[0].text


# A comment form's notice or login line under the thread, and under it the page's sentences (an author's
# box, a sidebar's teaser) that no widget heading parts from the last comment.
NOTICES = {
    "en-wordpress": "Your email address will not be published. Required fields are marked *",
    "en-bbpress": "You must be logged in to reply to this topic.",
    "en-wordpress-com": "Click on a tab to select how you'd like to leave your comment",
    "fa-wordpress": "نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *",
    "fa-login": "برای فرستادن دیدگاه، باید وارد شده باشید.",
}
UNDER_THE_FORM = {"en": "Jane Smith has covered the ports of the Gulf for ten years and lives in Bushehr.\n",
                  "fa": "سارا احمدی ده سال است که از بنادر خلیج فارس گزارش می‌دهد و در بوشهر زندگی می‌کند.\n"}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("notice", sorted(NOTICES))
def test_a_forms_notice_ends_the_thread(notice, learned):
    """WordPress's "Your email address will not be published. Required fields are marked *" ("نشانی
    ایمیل شما منتشر نخواهد شد…"), a forum's "You must be logged in to reply to this topic." and
    WordPress.com's tabs stand in the form under the thread: the page's sentences under them were the
    last comment's."""
    lang = notice[:2]
    menu, post, thread = (MENU, POST, THREAD) if lang == "en" else (MENU_FA, POST_FA, THREAD_FA)
    seg, _ = segment_lines(menu + post + thread + NOTICES[notice] + "\n\n" + UNDER_THE_FORM[lang], learned=learned)
    assert [c.text for c in seg.comments] == TEXTS[lang]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("form", ["en-blogger", "en-drupal", "fa-fields"])
def test_a_posts_dateline_over_the_post_and_its_form_stays_the_articles(form, learned):
    """Guard: a whole page's dump of a post under menus, its dateline past the opening lines, then
    its form and sidebars of teaser sentences. Which thread a page has is judged on the thread read
    to the page's end (``_article_as_first_comment`` weighs the first comment's prose against the
    page's above it); cut at the form first, the post of two sentences was read as a lone comment."""
    if form.startswith("en"):
        dump = (MENU + "Storm closes the port\nJane Smith on November 8, 2012, 9:13 AM\n"
                "The port of Bandar Abbas closed on Sunday as a storm kept every vessel at anchor outside the harbour.\n"
                "Officials said traffic would return to normal by Tuesday, when the winds are forecast to drop.\n\n")
    else:
        dump = (MENU_FA + "بازگشایی بندر پس از طوفان\nسارا احمدی | ۱۲ مرداد ۱۴۰۲ ساعت ۰۹:۱۳\n"
                "بندر شهید رجایی پس از سه روز تعطیلی صبح سه‌شنبه دوباره به روی کشتی‌ها باز شد و کشتی‌ها پهلو گرفتند.\n"
                "مسئولان بندر گفتند که ترافیک تا پایان هفته به حالت عادی باز می‌گردد و صف کشتی‌ها کوتاه می‌شود.\n\n")
    teasers = "".join(f"Story {k}\nThe council said on Monday that the new quay will open to ferries and fishing boats next spring.\n"
                      for k in range(6))
    seg, cut = segment_lines(dump + FORMS[form] + teasers, learned=learned)
    assert cut is None and seg.comments == [], seg.comments


@pytest.mark.parametrize("learned", [False, True])
def test_drupals_login_line_under_each_comment_ends_no_thread(learned):
    """Guard: Drupal prints "Login or register to post comments" under every comment, not once
    under the thread: it is no form, and the comments below it stay."""
    thread = THREAD.replace("Reply\n", "Login or register to post comments\n")
    seg, _ = segment_lines(MENU + POST + thread, learned=learned)
    assert [c.text.split("\n")[0] for c in seg.comments] == TEXTS["en"]
