"""A whole page's furniture among an article's lines in a text dump (issue #5): long runs of lines
without prose (a menu, archives, a list of posts) leave the article; the article's own lists stay.
Fixtures written for these tests, in English and Persian."""

from __future__ import annotations

import pytest

from analyzer.segment import text_patterns as P
from analyzer.segment.text import FURNITURE_RUN, segment_lines

MENU = {
    "en": "Harbour News\nHome\nPorts\nShipping\nWeather\nFerries\nFishing\nPhotos\nContact\nAbout us\n\n",
    "fa": "اخبار بندر\nخانه\nبنادر\nکشتیرانی\nهواشناسی\nشناورها\nماهیگیری\nعکس\nتماس با ما\nدرباره ما\n\n",
}
POST = {
    "en": ("Storm closes the port\n\n"
           "The port of Bandar Abbas closed on Sunday as a storm kept every vessel at anchor outside the harbour.\n\n"
           "Officials said traffic would return to normal by Tuesday, when the winds are forecast to drop.\n\n"),
    "fa": ("بازگشایی بندر پس از طوفان\n\n"
           "بندر شهید رجایی پس از سه روز تعطیلی صبح سه‌شنبه دوباره به روی کشتی‌ها باز شد.\n\n"
           "مسئولان بندر گفتند که ترافیک تا پایان هفته به حالت عادی باز می‌گردد و صف کشتی‌ها کوتاه می‌شود.\n\n"),
}
SIDEBAR = {
    "en": ("Recent Posts\nFerry timetable for the winter\nNew quay opens in Qeshm\nFishing fleet returns early\n"
           "Harbour master retires after forty years\nWinds of the Persian Gulf explained\n"
           "Archives\nNovember 2012\nOctober 2012\nSeptember 2012\n"),
    "fa": ("آخرین مطالب\nبرنامه شناورها در زمستان\nاسکله تازه قشم باز شد\nبازگشت زودهنگام ماهیگیران\n"
           "بازنشستگی رئیس بندر پس از چهل سال\nبادهای خلیج فارس\nبایگانی\nآبان ۱۳۹۱\nمهر ۱۳۹۱\nشهریور ۱۳۹۱\n"),
}


# An author's box under the post, its heading printed twice: an article of a sentence and links,
# under half the post's sentences, with no byline or date: the page's box, not a second article.
AUTHOR_BOX = {"en": ("About the author\nAbout the author\n"
                     "Sara Ahmadi has written about the Gulf's ports for ten years and lives in Bandar Abbas.\n"
                     "Follow her\nTwitter\n"),
              "fa": ("درباره نویسنده\nدرباره نویسنده\n"
                     "سارا احمدی ده سال است که درباره بنادر خلیج فارس می‌نویسد و در بندرعباس زندگی می‌کند.\n"
                     "دنبال کنید\nتوییتر\n")}


def _body(lang: str) -> str:
    """The post's text as its article gives it: its paragraphs under its title."""
    return "\n\n".join(line for line in POST[lang].split("\n")[1:] if line)


def _article(dump: str):
    seg, cut = segment_lines(dump)
    assert cut is None and not seg.comments
    assert len(seg.articles) == 1
    return seg.articles[0]


@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize("sidebar", [SIDEBAR, AUTHOR_BOX], ids=["sidebar", "author-box"])
def test_a_menu_and_a_sidebar_leave_the_article(lang, sidebar):
    article = _article(MENU[lang] + POST[lang] + sidebar[lang])
    assert article.title == POST[lang].split("\n")[0]
    assert article.text == _body(lang)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_short_run_inside_the_article_stays(lang):
    """Below the article's top, fewer than ``FURNITURE_RUN`` lines without prose in a row are no
    furniture: a short list, captions, a table stand so."""
    title, _, body = POST[lang].partition("\n\n")
    first, _, rest = body.partition("\n\n")
    short = "\n".join(MENU[lang].split("\n")[1:FURNITURE_RUN]) + "\n\n"
    article = _article(title + "\n\n" + first + "\n\n" + short + rest)
    assert all(line in article.text for line in short.split("\n") if line)


# An article's own lists: introduced by a colon, or made of list items (quantities, numbers,
# items closed by a comma, notes in brackets).
RECIPE = ("Pasta for a cold night\n\n"
          "This is the soup my grandmother made whenever the fishing boats stayed in the harbour for the storm.\n\n"
          "Ingredients:\n2 tablespoons olive oil\n1 large onion\n1 carrot\n1 rib celery\n3 cloves garlic\n"
          "4 sprigs thyme\n4 cups broth\n2 cups pasta\nSalt and pepper\n\n"
          "Cook the onion in the oil until soft, then add the rest and simmer it for twenty minutes.\n\n")
SCREENINGS = ("Where to see the film\n\n"
              "The documentary about the harbour is touring the country this winter, and these theatres show it.\n\n"
              "Austin, TX (Tickets)\nDallas, TX (Tickets)\nDenver, CO (Tickets)\nDetroit, MI (Tickets)\n"
              "Miami, FL (Tickets)\nTulsa, OK (Tickets)\nTucson, AZ (Tickets)\nPortland, OR (Tickets)\n\n"
              "More dates will be added through the spring as theatres sign up to show the film.\n\n")
SONGS_FA = ("فهرست آهنگ‌های این هفته\n\n"
            "این هفته هشت آهنگ تازه را برای شما انتخاب کرده‌ایم که همه درباره دریا و بندر هستند.\n\n"
            "۱. دریا\n۲. بندر\n۳. موج\n۴. ساحل\n۵. ماهیگیر\n۶. طوفان\n۷. فانوس\n۸. لنگر\n\n"
            "امیدواریم از شنیدن این آهنگ‌ها لذت ببرید و نظر خود را برای ما بنویسید.\n\n")


@pytest.mark.parametrize("post", [RECIPE, SCREENINGS, SONGS_FA], ids=["introduced", "items", "numbered-fa"])
def test_an_article_s_own_list_stays(post):
    article = _article(MENU["en"] + post)
    lines = [line for line in post.split("\n")[1:] if line]
    assert [line for line in article.text.split("\n") if line] == lines
    assert "Shipping" not in article.text


# A site's taxonomy label with its colon over the sidebar's lists: the post's topics, the archive's months.
TAXONOMY = {"en": "Topics:\nSubscribe via RSS\nSubscribe via Email\n" + "".join(
                f"{month} 2012\n" for month in ("October", "September", "August", "July", "June", "May", "April")),
            "fa": "موضوعات:\nاشتراک با خوراک\nاشتراک با ایمیل\n" + "".join(
                f"{month} ۱۴۰۲\n" for month in ("مهر", "شهریور", "مرداد", "تیر", "خرداد", "اردیبهشت", "فروردین"))}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_taxonomy_label_introduces_no_list_of_the_article(lang):
    """"Topics:" ("موضوعات:") over the sidebar's run is the site's label, not a list the article
    introduces as "Ingredients:" does (``text_patterns.TAXONOMY_LABEL``): the archive stayed in the
    article."""
    article = _article(POST[lang] + TAXONOMY[lang])
    assert article.text == _body(lang)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_post_without_prose_keeps_its_lines(lang):
    """A photo post's title and caption amid a menu and a sidebar: no line is prose, so none is
    furniture; dropping the runs would leave no article."""
    caption = {"en": "The ferry at dawn\nPhoto: Sara Ahmadi\n", "fa": "شناور در سپیده‌دم\nعکس: سارا احمدی\n"}[lang]
    article = _article(MENU[lang] + caption + "\n" + SIDEBAR[lang])
    assert all(line in (article.title or "") + "\n" + article.text for line in caption.split("\n") if line)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_thread_under_a_menu_and_a_post_keeps_its_comments(lang):
    """The article's furniture goes; the thread below is read as before."""
    thread = {"en": ("2 Comments\n\nPeter Lang says:\nNovember 3, 2012 at 4:12 pm\nGood to see the port open again.\n\n"
                     "Sara K. says:\nNovember 4, 2012 at 9:30 am\nIt was about time, really.\n\n"),
              "fa": ("۲ دیدگاه\n\nمریم می‌گوید:\n۱۲ مرداد ۱۴۰۲ ساعت ۱۰:۲۰\nاین خبر خیلی خوب بود.\n\n"
                     "حسین می‌گوید:\n۱۳ مرداد ۱۴۰۲ ساعت ۱۱:۰۵\nممنون از گزارش خوبتان.\n\n")}[lang]
    seg, cut = segment_lines(MENU[lang] + POST[lang] + thread)
    assert cut is not None and len(seg.comments) == 2
    assert seg.articles[0].title == POST[lang].split("\n")[0]
    assert MENU[lang].split("\n")[3] not in seg.articles[0].text


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_sidebar_s_counted_categories_leave_the_article(lang):
    """A count in brackets closes an archive's or a category's entry, not an article's list item
    (a note in brackets does: "Denver, CO (Tickets)")."""
    counted = {"en": "Categories\nBoats (3)\nFerries (12)\nFishing (7)\nPorts (21)\nWeather (9)\n"
                     "Archives\nNovember 2012 (4)\nOctober 2012 (15)\n",
               "fa": "موضوعات\nقایق‌ها (۳)\nشناورها (۱۲)\nماهیگیری (۷)\nبنادر (۲۱)\nهواشناسی (۹)\n"
                     "بایگانی\nآبان ۱۳۹۱ (۴)\nمهر ۱۳۹۱ (۱۵)\n"}[lang]
    article = _article(POST[lang] + counted)
    assert article.text == _body(lang)


FOOTER = {"en": "© 2012 Harbour News. All rights reserved.\nAbout us\nCareers\nContact\n",
          "fa": "کلیه حقوق این سایت محفوظ است.\nدرباره ما\nهمکاری با ما\nتماس با ما\n"}


# A comment form under a post with no thread, and the page's prose below it.
FORM = {"en": "Speak your mind\nName (required)\nEmail (will not be published) (required)\nWebsite\n\n"
              "What readers say about the new quay in Qeshm is in our weekly roundup of their letters.\n",
        "fa": "پاسخی بگذارید\nنام (الزامی)\nایمیل\n\n"
              "نظر خوانندگان درباره اسکله تازه قشم را در مرور هفتگی نامه‌های آنان بخوانید.\n"}


# WordPress's footer under a post, then its navigation and the sidebar's prose.
POST_FOOTER = {"en": "This entry was posted in Ports by Jane Smith. Bookmark the permalink.\nPost navigation\n← Previous\n\n"
                     "Harbour News is written by the reporters of the port's weekly paper since 1998.\n",
               "fa": "این نوشته در بنادر ارسال شده است. پیوند یکتا را نشانه‌گذاری کنید.\nراهبری نوشته‌ها\n← قبلی\n\n"
                     "اخبار بندر را خبرنگاران هفته‌نامه بندر از سال ۱۳۷۷ می‌نویسند.\n"}


FILED_UNDER = {"en": "Filed Under: Ports Tagged With: storms, ferries\nAbout\n\n"
                     "Harbour News is written by the reporters of the port's weekly paper since 1998.\n",
               "fa": "ثبت شده در: بنادر\nدرباره ما\n\nاخبار بندر را خبرنگاران هفته‌نامه بندر از سال ۱۳۷۷ می‌نویسند.\n"}


ENJOYED = {"en": "If you enjoyed this post, please consider subscribing to the RSS feed.\nAbout\n\n"
                 "Harbour News is written by the reporters of the port's weekly paper since 1998.\n",
           "fa": "اگر از این نوشته خوشتان آمد، در خوراک ما مشترک شوید.\nدرباره ما\n\n"
                 "اخبار بندر را خبرنگاران هفته‌نامه بندر از سال ۱۳۷۷ می‌نویسند.\n"}


# WordPress's older default theme under a post: when it was posted and where it is filed, and how to
# follow its responses, on one line or two.
RESPONSES = {"en": "This entry was posted on Monday, November 5th, 2012 at 10:00 am and is filed under Ports.\n"
                   "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response.\n"
                   "About\n\nHarbour News is written by the reporters of the port's weekly paper since 1998.\n",
             "fa": "شما می‌توانید پاسخ‌های این نوشته را از طریق خوراک RSS 2.0 دنبال کنید.\nدرباره ما\n\n"
                   "اخبار بندر را خبرنگاران هفته‌نامه بندر از سال ۱۳۷۷ می‌نویسند.\n"}


# A theme's line under the post: its categories and its comment link.
POSTED_IN = {"en": "Posted in Ports, Weather | 3 Comments »\nAbout\n\n"
                   "Harbour News is written by the reporters of the port's weekly paper since 1998.\n",
             "fa": "ارسال شده در بنادر | ۳ دیدگاه »\nدرباره ما\n\nاخبار بندر را خبرنگاران هفته‌نامه بندر از سال ۱۳۷۷ می‌نویسند.\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
@pytest.mark.parametrize("footer", [FOOTER, FORM, POST_FOOTER, FILED_UNDER, ENJOYED, RESPONSES, POSTED_IN],
                         ids=["copyright", "form", "post-footer", "filed-under", "enjoyed", "responses", "posted-in"])
def test_a_copyright_notice_or_a_comment_form_opens_the_page_s_footer(footer, lang):
    """Below the article's first prose, either line ends the post: it and the page's lines under
    it (a form's fields, its prose) leave the article. So does WordPress's footer under the post
    ("This entry was posted in Ports by Jane Smith. Bookmark the permalink.", "Filed Under: Ports",
    ``text_patterns.POST_FOOTER``)."""
    article = _article(POST[lang] + footer[lang])
    assert article.text == _body(lang)


def test_a_credit_inside_the_article_or_above_its_prose_stays():
    """A rights holder named mid-line is a credit, and a notice above the article's first prose a
    photo's: neither opens the footer."""
    credit = "Scripture quoted from the Holy Bible, Copyright © 2011 by Biblica, Inc. Used by permission.\n\n"
    photo = "© Reuters\n\n"
    title, _, body = POST["en"].partition("\n\n")
    article = _article(title + "\n\n" + photo + body + credit + "The ferry will sail again on Wednesday morning.\n")
    assert article.text.split("\n\n") == [photo.strip(), *[line for line in body.split("\n") if line],
                                          credit.strip(), "The ferry will sail again on Wednesday morning."]


# A whole page's opening: the site's name, its tagline, a short menu and a skip link over the post's
# title, byline and date, which stand right over its prose. (The Persian byline has no date under
# it: "NAME" over a date that far down is read as a comment's header, a known limit.)
OPENING = {"en": "Harbour News\nEverything about the ports of the Gulf\nSkip to main content\nHome\nAbout\n"
                 "Storm closes the port of Bandar Abbas\nBy Sara Ahmadi\nNovember 5, 2012\n",
           "fa": "اخبار بندر\nهمه چیز درباره بنادر خلیج فارس\nپرش به محتوا\nخانه\nدرباره ما\n"
                 "طوفان بندر عباس را بست\nبه قلم سارا احمدی\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_title_over_the_prose_names_a_whole_page_s_article(lang):
    """The first lines' longest was the tagline: the title is the longest title-like line among the
    three over the first prose, not the byline's name or the date."""
    body = POST[lang].partition("\n\n")[2]
    article = _article(OPENING[lang] + "\n" + body)
    assert article.title == OPENING[lang].split("\n")[5]



@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_whole_page_s_opening_leaves_the_article(lang):
    """At the article's top, over its first prose, five lines without prose besides the post's
    title, byline and date are the page's: its name, its tagline, a skip link, a short menu."""
    body = POST[lang].partition("\n\n")[2]
    article = _article(OPENING[lang] + "\n" + body)
    assert article.text == "\n\n".join(line for line in body.split("\n") if line)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_short_opening_stays(lang):
    """Fewer lines over the title stay: a section's name or a kicker is the article's as often."""
    title, _, body = POST[lang].partition("\n\n")
    kicker = {"en": "Ports\nWeather\n", "fa": "بنادر\nهواشناسی\n"}[lang]
    article = _article(kicker + title + "\n\n" + body)
    assert article.title == title
    assert all(line in article.text for line in kicker.split("\n") if line)


@pytest.mark.parametrize("sentence", [
    "Copyright law protects the harbour's old maps, the museum said, so no copies may be sold.",
    "کلیه حقوق کارگران بندر باید تا پایان ماه پرداخت شود و این را وزارت کار تأیید کرده است.",
], ids=["en", "fa"])
def test_a_sentence_about_copyright_opens_no_footer(sentence):
    title, _, body = POST["en"].partition("\n\n")
    article = _article(title + "\n\n" + body + sentence + "\n\nThe ferry will sail again on Wednesday morning.\n")
    assert article.text.endswith("The ferry will sail again on Wednesday morning.")



# A whole page's prose beside the post: an "About me" box and a newsletter's sign-up, each a
# sentence or two between runs of furniture.
ABOUT = {"en": "About me\nI am a retired sailor who writes about the ports of the Gulf and their ships.\n\n",
         "fa": "درباره من\nمن ملوان بازنشسته‌ای هستم که درباره بنادر خلیج فارس و کشتی‌های آن می‌نویسم.\n\n"}
SIGN_UP = {"en": "Newsletter\nGet the week's harbour news by email every Friday, and never miss a sailing.\n\n",
           "fa": "خبرنامه\nخبرهای هفته بندر را هر جمعه با ایمیل دریافت کنید.\n\n"}
CATEGORIES = {"en": "Categories\nPorts\nShips\nCrews\nCargo\nStorms\nFisheries\nHistory\nTravel\n\n",
              "fa": "موضوعات\nبنادر\nکشتی‌ها\nملوانان\nبار\nطوفان‌ها\nشیلات\nتاریخ\nسفر\n\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_sidebar_s_sentences_between_furniture_leave_the_article(lang):
    """Blocks parted from the post by runs of furniture, with under half the post's sentences,
    are the page's: above the post and below it."""
    article = _article(MENU[lang] + SIGN_UP[lang] + SIDEBAR[lang] + POST[lang] + CATEGORIES[lang] + ABOUT[lang])
    assert article.title == POST[lang].split("\n")[0]
    assert article.text == _body(lang)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_an_article_parted_by_a_run_keeps_both_halves(lang):
    """A run of short lines inside the article (a gallery's captions) parts it in two; the second
    half holds as many sentences as the first, so it is no sidebar's."""
    title, _, body = POST[lang].partition("\n\n")
    first, _, rest = body.partition("\n\n")
    article = _article(title + "\n\n" + first + "\n\n" + CATEGORIES[lang] + rest)
    assert first.strip() in article.text and rest.strip() in article.text


# A list post under its byline: long lines, no sentence, outweighed by the "About me" box.
LIST_POST = {"en": "Five ships to watch this week\nBy Sara Ahmadi\n"
                   "• The Persian Star, the oldest tanker still sailing out of Bandar Abbas this winter\n"
                   "• The Gulf Pearl, back from its repairs in Dubai with a new crew and a new captain\n\n",
             "fa": "پنج کشتی که این هفته باید دید\nبه قلم سارا احمدی\n"
                   "• ستاره پارس، قدیمی‌ترین نفتکشی که این زمستان هنوز از بندر عباس به دریا می‌رود\n"
                   "• مروارید خلیج، که با خدمه و ناخدای تازه از تعمیرگاه دبی برگشته و آماده سفر است\n\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_bylined_post_without_sentences_stays(lang):
    """A block that opens with a byline (or a date line) is a post's header over a short post,
    however many sentences the "About me" box beside it holds."""
    article = _article(MENU[lang] + LIST_POST[lang] + CATEGORIES[lang] + ABOUT[lang] + SIGN_UP[lang])
    items = LIST_POST[lang].split("\n")[2:4]
    assert all(item in f"{article.title}\n{article.text}" for item in items)


def test_typepad_s_comment_preview_closes_the_post():
    """TypePad prints its form's hidden preview under every post ("Verify your Comment" over
    "Previewing your Comment" over an empty "Posted by: |"): a form's lines, not the article's."""
    preview = ("Verify your Comment\nPreviewing your Comment\nPosted by: |\n"
               "This is only a preview. Your comment has not yet been posted.\n"
               "Your comment could not be posted. Error type:\n")
    assert _article(POST["en"] + preview).text == _body("en")


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_comment_link_over_the_post_cuts_nothing(lang):
    """Over the first prose, "Write a comment" is a link beside the title, not the form."""
    title, _, body = POST[lang].partition("\n\n")
    link = {"en": "Write a comment", "fa": "دیدگاهی بنویسید"}[lang]
    article = _article(title + "\n\n" + link + "\n\n" + body)
    assert all(line in article.text for line in body.split("\n") if line)


# A post's navigation row, TypePad's, printed between the sidebars and the post it opens.
NAVIGATION = {"en": "Blog powered by TypePad\n« Fishing fleet returns early | Main | New quay opens in Qeshm »\n\n",
              "fa": "قدرت گرفته از بلاگفا\n« بازگشت زودهنگام ماهیگیران | صفحه اصلی | اسکله تازه قشم باز شد »\n\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_post_navigation_row_over_the_post_opens_it(lang):
    """The row names other posts: it was the article's title, and the sidebar's last lines over it
    stayed in the article."""
    article = _article(MENU[lang] + SIDEBAR[lang] + NAVIGATION[lang] + POST[lang])
    assert article.title == POST[lang].split("\n")[0]
    assert article.text == _body(lang)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_post_navigation_row_under_the_post_cuts_nothing(lang):
    article = _article(POST[lang] + NAVIGATION[lang].split("\n", 1)[1] + CATEGORIES[lang])
    assert article.title == POST[lang].split("\n")[0]
    assert article.text.startswith(_body(lang))


# A breadcrumb trail between the sidebars and the post: the site's home, its section, the post's title.
BREADCRUMBS = {"en": ["Home > Ports", "Home › News › Ports ›", "Home / Fishing fleet returns early"],
               "fa": ["خانه » بنادر", "صفحه اصلی > اخبار > بنادر"]}


@pytest.mark.parametrize("lang, crumb", [(lang, crumb) for lang, crumbs in BREADCRUMBS.items() for crumb in crumbs])
def test_a_breadcrumb_over_the_post_opens_it(lang, crumb):
    """As a post's navigation row does (``text._over_the_post_navigation``): the sidebar's last lines
    over the trail, a teaser's sentences, stayed in the article."""
    article = _article(MENU[lang] + SIDEBAR[lang] + crumb + "\n\n" + POST[lang])
    assert article.title == POST[lang].split("\n")[0]
    assert article.text == _body(lang)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_breadcrumb_under_the_post_or_a_menu_cuts_nothing(lang):
    """Under the post's sentences the trail opens nothing; a menu's items, parted by bars, are no trail."""
    crumb, menu = BREADCRUMBS[lang][0], {"en": "Home | About | Contact", "fa": "خانه | درباره ما | تماس"}[lang]
    assert _article(POST[lang] + crumb + "\n\n" + CATEGORIES[lang]).text.startswith(_body(lang))
    assert not P.BREADCRUMB.match(menu)


def test_a_previous_article_link_under_the_byline_cuts_nothing():
    title, _, body = POST["en"].partition("\n\n")
    article = _article(title + "\nBy Sara Ahmadi\nPrevious Article\n\n" + body)
    assert article.title == title
    assert article.byline == "Sara Ahmadi"


@pytest.mark.parametrize("lang, label", [("en", "Main"), ("en", "Blog Home"), ("fa", "صفحه اصلی"), ("fa", "خانه وبلاگ")])
def test_a_navigation_row_parted_at_its_bars_opens_the_post(lang, label):
    """A dump with its source's line breaks parts the row at its bars: its label alone read as a
    commenter's name over the post, whose paragraphs became a thread."""
    first, _, last = NAVIGATION[lang].split("\n")[1].partition(" | ")
    last = last.partition(" | ")[2]
    parted = f"{first} |\n{label}\n| {last}\n\n"
    dump = MENU[lang] + SIDEBAR[lang] + parted + POST[lang] + parted
    article = _article(dump)
    assert article.title == POST[lang].split("\n")[0]
    assert article.text.startswith(_body(lang))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_post_printed_twice_keeps_one_copy(lang):
    """Some pages print the post twice (a copy for small screens, hidden on large ones): two or
    more sentences in a row that the page repeats are the post's, kept once. Lines repeated alone
    (a caption, a teaser's sentence) go, as before."""
    title, _, body = POST[lang].partition("\n\n")
    article = _article(title + "\n\n" + body + body)
    assert article.text == _body(lang)


def test_a_sentence_repeated_alone_goes():
    title, _, body = POST["en"].partition("\n\n")
    teaser = "Read the harbour master's letter to the ferry companies before the new timetable starts.\n\n"
    article = _article(title + "\n\n" + teaser + body + teaser)
    assert article.text == _body("en")


# A post's title over its byline, which is longer and names a section as well.
BYLINED = {"en": "Storm closes the port\nPosted by Sara Ahmadi under Ports and Shipping\n\n",
           "fa": "بازگشایی بندر پس از طوفان\nارسال شده توسط سارا احمدی در بخش بنادر و کشتیرانی\n\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_line_over_the_byline_names_the_article(lang):
    """The first lines' longest was the byline: the post's title stands over it."""
    body = POST[lang].partition("\n\n")[2]
    article = _article(MENU[lang] + BYLINED[lang] + body)
    assert article.title == BYLINED[lang].split("\n")[0]


def test_a_comment_link_between_the_title_and_the_byline_is_no_title():
    title, _, body = POST["en"].partition("\n\n")
    article = _article(MENU["en"] + title + "\nMake a comment\nWritten by Sara Ahmadi in Ports and Shipping\n\n" + body)
    assert article.title == title


@pytest.mark.parametrize("lang, links", [("en", "Share\nTweet\nEmail\nPrint"),
                                         ("fa", "اشتراک\nتوییت\nایمیل\nچاپ\nنسخه چاپی\nارسال به دوستان")])
def test_a_post_s_share_links_are_clutter(lang, links):
    """A post's row of share links, a line each in a dump ("چاپ": "print"), leaves its text."""
    title, _, body = POST[lang].partition("\n\n")
    first, _, rest = body.partition("\n\n")
    article = _article(title + "\n\n" + first + "\n\n" + links + "\n\n" + rest)
    assert article.text == _body(lang)


@pytest.mark.parametrize("lang, skip", [("en", "Skip to main content"), ("en", "skip to main | skip to sidebar"),
                                        ("fa", "رفتن به محتوای اصلی این صفحه")])
def test_a_skip_link_is_no_title(lang, skip):
    """A page's link for keyboards and screen readers, the first line of many a whole page's dump."""
    title, _, body = POST[lang].partition("\n\n")
    article = _article(skip + "\n" + title + "\n\n" + body)
    assert article.title == title


# A blog's categories with their counts, each count on a line of its own as a dump with the source's
# line breaks prints them: the labels read as commenters' names over counts.
COUNTED = {"en": "Post Categories\nannouncements\n(30)\ncurrently in the news\n(13)\nfeatures\n(43)\nhelp for publishers\n(21)\n",
           "fa": "موضوعات\nاخبار بندر\n(۳۰)\nکشتیرانی\n(۱۳)\nهواشناسی\n(۴۳)\nماهیگیری\n(۲۱)\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_list_s_counts_on_lines_of_their_own_are_no_thread(lang):
    article = _article(POST[lang] + COUNTED[lang])
    assert article.text.startswith(_body(lang))


def test_a_count_under_a_comment_s_text_stays_its_own():
    """A count alone under one comment's text (its votes) is no list's."""
    seg, cut = segment_lines(POST["en"] + "Peter Lang says:\nGood to see the port open again.\n(3)\nReply\n\n"
                             "Sara K. says:\nIt was about time, really.\nReply\n")
    assert [c.text for c in seg.comments] == ["Good to see the port open again.", "It was about time, really."]


# A box of the site's most read stories under the post, each title printed twice (its picture's
# text and its link), as a whole page's dump prints them: a title repeated opens an article.
MOST_READ = {"en": ("Most Read\nFerry timetable for the winter\nFerry timetable for the winter\n"
                    "New quay opens in Qeshm\nNew quay opens in Qeshm\nFishing fleet returns early\nFishing fleet returns early\n"),
             "fa": ("پربازدیدترین‌ها\nبرنامه شناورها در زمستان\nبرنامه شناورها در زمستان\n"
                    "اسکله تازه قشم باز شد\nاسکله تازه قشم باز شد\nبازگشت زودهنگام ماهیگیران\nبازگشت زودهنگام ماهیگیران\n")}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_box_s_titles_without_prose_are_no_articles(lang):
    """Beside the post, which holds prose, the box's titles open articles without any: the page's
    furniture, not articles of their own."""
    article = _article(MENU[lang] + POST[lang] + MOST_READ[lang])
    assert article.title == POST[lang].split("\n")[0]
    assert article.text.startswith(_body(lang))
    assert not any(title in article.text for title in MOST_READ[lang].split("\n")[1:] if title)


# A post's link to its comment form under its title and byline, over its prose, as a whole page's
# dump prints it ("ارسال نظر": "send a comment").
FORM_LINK = {"en": "Storm closes the port\nNovember 6, 2012\nSara Ahmadi\nBe the first to comment\n\n",
             "fa": "بازگشایی بندر پس از طوفان\n۱۶ آبان ۱۳۹۱\nسارا احمدی\nارسال نظر\n\n"}
THIRD = {"en": "Fishing boats were told to stay in port until the coast guard lifts its warning.\n\n",
         "fa": "به قایق‌های ماهیگیری گفته شده است تا پایان هشدار گارد ساحلی در بندر بمانند.\n\n"}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_link_to_the_form_over_the_post_cuts_nothing(lang):
    """Read as the comment form, the link cut the page there: the post was lost, and its title
    over its date read as a comment's header."""
    body = POST[lang].partition("\n\n")[2] + THIRD[lang]
    article = _article(MENU[lang] + FORM_LINK[lang] + body)
    assert article.title == FORM_LINK[lang].split("\n")[0]
    assert all(line in article.text for line in body.split("\n") if line)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_form_under_the_post_still_ends_the_page(lang):
    """Under the post's sentences the same line is the form: what follows it is the page's."""
    title, _, body = POST[lang].partition("\n\n")
    form = FORM_LINK[lang].split("\n")[3]
    article = _article(title + "\n\n" + body + THIRD[lang] + form + "\n\n" + BIO[lang])
    assert article.text == _body(lang) + "\n\n" + THIRD[lang].strip()


# The author's box under the form: sentences of the page's, not the post's.
BIO = {"en": ("Sara Ahmadi has written about the Gulf's ports for ten years.\n"
              "She lives in Bandar Abbas with her two children and a very old cat.\n"
              "Her book on the pearl divers of Kish came out last spring.\n"),
       "fa": ("سارا احمدی ده سال است که درباره بنادر خلیج فارس می‌نویسد.\n"
              "او با دو فرزند و گربه‌ای پیر در بندرعباس زندگی می‌کند.\n"
              "کتاب او درباره غواصان مروارید کیش بهار گذشته منتشر شد.\n")}


# A second, shorter post under its title and byline ("به قلم": "by").
SHORT_POST = {"en": ("Ferries sail again\nFerries sail again\nBy Sara Ahmadi\n"
                     "The first ferry to Qeshm left at eight this morning, full of passengers.\n"),
              "fa": ("شناورها دوباره حرکت کردند\nشناورها دوباره حرکت کردند\nبه قلم سارا احمدی\n"
                     "نخستین شناور به قشم ساعت هشت صبح امروز پر از مسافر حرکت کرد.\n")}


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_short_post_with_its_byline_stays_an_article(lang):
    seg, cut = segment_lines(MENU[lang] + POST[lang] + SHORT_POST[lang])
    assert cut is None and not seg.comments
    title, _, byline, sentence = SHORT_POST[lang].strip().split("\n")
    assert [a.title for a in seg.articles] == [POST[lang].split("\n")[0], title]
    assert seg.articles[1].text == sentence
