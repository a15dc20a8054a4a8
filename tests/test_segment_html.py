"""HTML segmentation on small pages written for the tests, one per comment-markup family."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.load import html_page
from analyzer.segment.html import segment_html

ARTICLE = ("<article><h1>Water returns to the valley</h1>"
           "<p>After four dry months, rain fell across the valley on Thursday night, filling the reservoirs.</p>"
           "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>"
           "</article>")


def seg(body: str, head: str = ""):
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return segment_html(html_page("t.html", html.encode("utf-8")))


def people(s):
    return [(c.author, c.posted, c.parent) for c in s.comments]


def triples(s):
    return [(c.author, c.posted, c.text) for c in s.comments]


def test_json_ld_comments_with_replies():
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Water",
            "comment": [{"@type": "Comment", "text": "Finally some rain here.", "dateCreated": "2012-10-05T09:01:00Z",
                         "author": {"@type": "Person", "name": "Mina"},
                         "comment": [{"@type": "Comment", "text": "Agreed, about time.", "author": "Omid"}]}]}
    s = seg(ARTICLE, f'<script type="application/ld+json">{json.dumps(data)}</script>')
    assert people(s) == [("Mina", "2012-10-05T09:01:00Z", None), ("Omid", None, 0)]


def test_microdata_comments():
    items = "".join(
        f'<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f'<span itemprop="author">{name}</span> <time itemprop="dateCreated" datetime="2012-10-0{n}">Oct {n}, 2012</time>'
        f'<p itemprop="text">{text}</p></div>'
        for n, (name, text) in enumerate([("Mina", "Finally some rain here."), ("Omid", "The wells are still empty.")], 1))
    s = seg(ARTICLE + f"<section>{items}</section>")
    assert people(s) == [("Mina", "Oct 1, 2012", None), ("Omid", "Oct 2, 2012", None)]
    assert s.comments[1].text == "The wells are still empty."


def test_drupal_submitted_by():
    comments = "".join(
        f'<div class="comment comment-by-anonymous"><h3 class="comment-title"><a href="#">{title}</a></h3>'
        f'<div class="submitted">Submitted by <span class="username">{name}</span> on {date}</div>'
        f'<div class="content"><p>{text}</p></div><ul class="links"><li>reply</li></ul></div>'
        for title, name, date, text in [("Good", "mina", "Sun, 02/08/2009 - 10:11", "Finally some rain here."),
                                        ("Bad", "omid", "Sun, 02/08/2009 - 11:30", "The wells are still empty.")])
    s = seg(ARTICLE + f'<div id="comments">{comments}</div>')
    assert [(c.author, c.title, c.text) for c in s.comments] == [
        ("mina", "Good", "Finally some rain here."), ("omid", "Bad", "The wells are still empty.")]


def test_disqus_static_markup_with_nesting():
    s = seg(ARTICLE + """<div id="disqus_thread"><ul class="post-list">
      <li class="post"><div class="post-byline"><span class="author">mina</span></div>
        <a class="time-ago" title="Friday, October 5, 2012 9:01 AM">a year ago</a>
        <div class="post-message"><p>Finally some rain here.</p></div>
        <ul class="children"><li class="post"><div class="post-byline"><span class="author">omid</span></div>
          <div class="post-message"><p>Agreed, about time.</p></div></li></ul>
      </li></ul></div>""")
    assert [(c.author, c.parent, c.text) for c in s.comments] == [
        ("mina", None, "Finally some rain here."), ("omid", 0, "Agreed, about time.")]


def test_forum_posts():
    posts = "".join(
        f'<div class="post bg{n}"><div class="postbody"><h3>Re: rain</h3><p class="author">by <strong>{name}</strong> '
        f'» Mon Oct 0{n}, 2012 9:0{n} am</p><div class="content">{text}</div></div></div>'
        for n, (name, text) in enumerate([("mina", "Finally some rain here."), ("omid", "Still dry in the north.")], 1))
    s = seg(f"<h1>Rain thread</h1>{posts}")
    assert [c.author for c in s.comments] == ["mina", "omid"]
    assert s.comments[0].text == "Finally some rain here."


def test_hashed_class_names_use_structure():
    rows = "".join(
        f'<div class="x7f3a"><span class="q1z">{name}</span><span class="k9w">{date}</span>'
        f'<div class="p0v">{text}</div></div>'
        for name, date, text in [("mina", "October 5, 2012 at 9:01 am", "Finally some rain here, the garden needed it."),
                                 ("omid", "October 5, 2012 at 9:40 am", "The wells on our street are still empty."),
                                 ("sara", "October 6, 2012 at 8:00 am", "Let us hope it keeps raining this week.")])
    s = seg(ARTICLE + f'<div class="a83kd">{rows}</div>')
    assert [(c.author, c.posted) for c in s.comments] == [
        ("mina", "October 5, 2012 at 9:01 am"), ("omid", "October 5, 2012 at 9:40 am"),
        ("sara", "October 6, 2012 at 8:00 am")]
    assert s.comments[0].text == "Finally some rain here, the garden needed it."
    assert "Finally some rain" not in s.articles[0].text


def test_related_links_list_is_not_a_thread():
    rows = "".join(f'<li class="r"><a href="/a{n}">Story number {n} about the weather in the valley</a> '
                   f'<span>October {n}, 2012</span></li>' for n in range(1, 5))
    s = seg(ARTICLE + f"<ul>{rows}</ul>")
    assert s.comments == []


def test_blockquote_in_article_and_empty_form_mean_no_comments():
    s = seg(ARTICLE.replace("</article>", "<blockquote><p>“We waited all summer,” said a farmer, Ali Karimi, "
                                          "on October 5, 2012.</p></blockquote></article>")
            + '<section class="comments"><h3>Comments</h3><p>Be the first to comment.</p>'
              '<form class="comment-form"><textarea></textarea></form></section>')
    assert s.comments == []
    assert "We waited all summer" in s.articles[0].text
    assert "Be the first" not in s.articles[0].text


def test_several_articles_stay_separate():
    other = ARTICLE.replace("Water returns to the valley", "Bread prices rise").replace("rain", "flour")
    s = seg(ARTICLE + other)
    assert [a.title for a in s.articles] == ["Water returns to the valley", "Bread prices rise"]


def test_very_deep_tree_does_not_blow_up():
    s = seg("<div>" * 5000 + "<p>deep text that is long enough to count as a paragraph</p>" + "</div>" * 5000)
    assert "deep text" in s.articles[0].text


@pytest.mark.parametrize("content", [b"", b"   ", b"<html></html>"])
def test_empty_pages_give_one_empty_article(content):
    from analyzer.records import Page

    s = segment_html(Page("e.html", "html", content.decode(), raw=content))
    assert len(s.articles) == 1 and s.comments == []


def test_comment_named_items_without_marked_author():
    rows = "".join(f'<div class="jc_comment_panel"><div class="jc_comment_title">{title}</div>'
                   f'<div class="comment-text">{text}</div></div>'
                   for title, text in [("Well said", "Finally some rain here, the garden needed it."),
                                       ("Not so fast", "The wells on our street are still empty.")])
    s = seg(ARTICLE + f"<div>{rows}</div>")
    assert [c.text for c in s.comments] == ["Finally some rain here, the garden needed it.",
                                            "The wells on our street are still empty."]
    assert [c.title for c in s.comments] == ["Well said", "Not so fast"]


def test_header_box_grows_to_hold_its_text():
    rows = "".join(f'<div class="entry"><div class="comment-head"><span class="comment-author">{name}</span> '
                   f'<span>{date}</span></div><p>{text}</p></div>'
                   for name, date, text in [("mina", "10. Jul, 2012", "Finally some rain here, the garden needed it."),
                                            ("omid", "11. Jul, 2012", "The wells on our street are still empty.")])
    s = seg(ARTICLE + f'<div class="thread">{rows}</div>')
    assert [(c.author, c.text) for c in s.comments] == [
        ("mina", "Finally some rain here, the garden needed it."), ("omid", "The wells on our street are still empty.")]


def test_definition_list_threads():
    rows = "".join(f'<dt class="comment"><span class="comment_author">{name}</span> '
                   f'<span class="comment_time">{date}</span></dt><dd class="comment"><p>{text}</p></dd>'
                   for name, date, text in [("mina", "July 7, 2012 at 12:27 am", "Finally some rain here."),
                                            ("omid", "July 7, 2012 at 1:02 am", "The wells are still empty.")])
    s = seg(ARTICLE + f'<dl id="comment_list">{rows}</dl>')
    assert triples(s) == [
        ("mina", "July 7, 2012 at 12:27 am", "Finally some rain here."),
        ("omid", "July 7, 2012 at 1:02 am", "The wells are still empty.")]


def test_article_byline_and_date():
    s = seg('<article><h1>Water returns</h1><p class="byline">By <a rel="author" href="/m">Mina Rahimi</a></p>'
            '<time datetime="2012-10-05">October 5, 2012</time>'
            "<p>After four dry months, rain fell across the valley on Thursday night, filling the reservoirs.</p>"
            "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>"
            "</article>")
    (article,) = s.articles
    assert (article.title, article.byline, article.posted) == ("Water returns", "Mina Rahimi", "October 5, 2012")


@pytest.mark.parametrize("byline", ["نوشته شده توسط مریم احمدی", "به قلم مریم احمدی", "نویسنده: مریم احمدی",
                                    "نوشته‌ی مریم احمدی", "توسط مریم احمدی"])
def test_a_persian_byline_gives_the_name_alone(byline):
    s = seg(f'<article><h1>بازار تهران</h1><p class="byline">{byline}</p>'
            "<p>بازار تهران امروز شاهد افزایش قیمت‌ها بود و کارشناسان می‌گویند این روند ادامه خواهد داشت.</p>"
            "<p>به گفته فروشندگان، تقاضا برای کالاهای اساسی بیشتر شده است و عرضه کافی نیست.</p></article>")
    assert s.articles[0].byline == "مریم احمدی"


@pytest.mark.parametrize("byline, name, date", [
    ("Chris Matyszczyk July 24, 2012 8:10 AM PDT", "Chris Matyszczyk", "July 24, 2012 8:10 AM PDT"),
    ("LordZB | November 9, 2012", "LordZB", "November 9, 2012"),
    ("November 12, 2012 by Sam Laird", "Sam Laird", "November 12, 2012"),
    ("Jon Fingas posted Nov 13th 2012 1:55PM", "Jon Fingas", "Nov 13th 2012 1:55PM"),
    ("By: Jason Hart | November 12th, 2012 at 04:00 PM | RESIZE: A A A", "Jason Hart", "November 12th, 2012 at 04:00 PM"),
    ("Posted November 12, 2012", None, "November 12, 2012"),  # no name: not "Posted"
])
def test_a_byline_that_shows_the_date_gives_name_and_date(byline, name, date):
    s = seg(f'<article><h1>Water returns</h1><p class="byline">{byline}</p>'
            "<p>After four dry months, rain fell across the valley on Thursday night, filling the reservoirs.</p>"
            "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>"
            "</article>")
    (article,) = s.articles
    assert (article.byline, article.posted) == (name, date)


@pytest.mark.parametrize("byline, name", [
    ("Sam Laird, Posted on Nov 13, 2012", "Sam Laird"),  # not "Sam Laird, Posted on"
    ("Sam Laird on Nov 13, 2012", "Sam Laird"),
    ("Posted on Nov 13, 2012", None),
    ("Anon, Thurs. Nov 13, 2012", "Anon"),
])
def test_the_words_leading_into_a_byline_date_are_no_name(byline, name):
    from analyzer.segment.html import _DATE_RE, _split_byline

    assert _split_byline(byline, _DATE_RE.search(byline)) == (name, "Nov 13, 2012")


@pytest.mark.parametrize("head, shown, date", [
    ("", '<h2 class="date-header">Tuesday, June 09, 2009</h2>', "Tuesday, June 09, 2009"),  # Blogger
    ("", '<p class="meta">Posted on <span class="entry-date">November 6th, 2012</span></p>', "November 6th, 2012"),
    ("", '<p class="date">Sign up for our daily letter</p>', None),  # named for a date, shows none
])
def test_article_date_from_a_date_element(head, shown, date):
    s = seg(f"<article><h1>Water returns</h1>{shown}"
            "<p>After four dry months, rain fell across the valley on Thursday night, filling the reservoirs.</p>"
            "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>"
            "</article>", head=head)
    assert s.articles[0].posted == date


STORY = ("<p>After four dry months, rain fell across the valley on Thursday night, filling the reservoirs "
         "that had been half empty since the spring of 2011.</p>"
         "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>")
STORY_FA = ("<p>پس از چهار ماه خشکی، شب پنجشنبه باران در سراسر دره بارید و مخزن‌هایی را که از بهار گذشته "
            "نیمه‌خالی مانده بودند پر کرد و کشاورزان از آن خوشحال شدند.</p>"
            "<p>کشاورزان گفتند باران برای برداشت تابستان دیر رسید اما به گندم زمستانه کمک می‌کند.</p>")


@pytest.mark.parametrize("body, date", [
    # a plain line under the title, no element named for the date
    (f"<article><h1>Water returns</h1><p>October 29, 2012 at 10:45 am by Todd Bishop</p>{STORY}</article>",
     "October 29, 2012 at 10:45 am"),
    ((f"<article><h1>Water returns</h1><div>Date: November 5, 2012 | Category: Tips &amp; Advice | "
      f"Author: Mary Boone</div>{STORY}</article>"), "November 5, 2012"),
    # the title and its dateline in a header beside the container of the paragraphs
    ((f"<div><div class='head'><h1>Water returns</h1><p>By Roger Ebert on November 8, 2012 11:04 PM</p></div>"
      f"<div><div class='words'>{STORY}</div></div></div>"), "November 8, 2012 11:04 PM"),
    # right above the title
    (f"<article><p>24 July 2012</p><p>Last updated at 07:12 ET</p><h1>Water returns</h1>{STORY}</article>",
     "24 July 2012"),
    (f"<article><h1>بازگشت آب</h1><p>ارسال شده در ۱۴ مرداد ۱۴۰۲</p>{STORY_FA}</article>", "۱۴ مرداد ۱۴۰۲"),
    # no dateline: the story's own dates, a relative date, a date without its year
    (f"<article><h1>Water returns</h1>{STORY}<p>Posted on October 29, 2012</p></article>", None),
    (f"<article><h1>Water returns</h1><p>3 days ago</p>{STORY}</article>", None),
    (f"<article><h1>Water returns</h1><p>November 12th</p>{STORY}</article>", None),
    ((f"<article><h1>Water returns</h1><p>The council will publish its findings on the reservoirs in "
      f"late February 2013, after the spring rains.</p>{STORY}</article>"), None),
])
def test_article_date_from_a_plain_dateline_beside_the_title(body, date):
    assert seg(body).articles[0].posted == date


def test_a_declared_date_comes_before_a_shown_dateline():
    s = seg(f"<article><h1>Water returns</h1><p>October 29, 2012</p>{STORY}</article>",
            head='<meta property="article:published_time" content="2012-10-28T09:22:40">')
    assert (s.articles[0].posted, s.articles[0].posted_iso) == (None, "2012-10-28T09:22:40")


@pytest.mark.parametrize("head, iso", [
    ('<meta property="article:published_time" content="2012-07-24T09:22:40">', "2012-07-24T09:22:40"),
    ('<meta name="DC.date.issued" content="2012-07-23">', "2012-07-23"),
    ('<meta name="date" content="not a date">', None),
    # a permalink's day, when no date is declared: the canonical link, or the Open Graph URL
    ('<link rel="canonical" href="https://news.example.com/2012/07/21/water-returns/">', "2012-07-21"),
    ('<meta property="og:url" content="http://blog.example.org/2012/8/9/water">', "2012-08-09"),
    ('<link rel="canonical" href="https://fa.example.ir/1402/05/12/آب-بازگشت/">', None),  # no Solar Hijri guess in a URL
    ('<link rel="canonical" href="https://news.example.com/2012/02/30/water/">', None),  # no such day
    ('<link rel="canonical" href="https://news.example.com/story/12/07/21/2035215/water">', None),  # two-digit years: ids too
    ('<link rel="canonical" href="https://news.example.com/2012/07/water/">', None),  # a month is no day
    ('<meta name="DC.date.issued" content="2012-07-23"><link rel="canonical" href="https://x.example/2012/07/21/w/">',
     "2012-07-23"),  # a declared date comes first
])
def test_a_date_only_the_head_declares_is_posted_iso_not_shown_text(head, iso):
    s = seg(ARTICLE, head=head)
    assert (s.articles[0].posted, s.articles[0].posted_iso, s.articles[0].iso) == (None, iso, iso)


def test_hatom_comments_inside_a_comment_section_and_quotes_stay_inside():
    rows = "".join(
        f'<li class="hentry"><span class="author vcard"><span class="fn">{name}</span></span> '
        f'<abbr class="published" title="2012-10-0{n}">Oct {n}, 2012</abbr>'
        f'<div class="entry-content">{text}</div></li>'
        for n, (name, text) in enumerate([
            ("mina", "<p>Finally some rain here.</p>"),
            ("omid", "<blockquote><p>mina wrote: Finally some rain here.</p></blockquote><p>Not in the north.</p>")], 1))
    s = seg(ARTICLE + f'<ol class="comments">{rows}</ol>')
    assert [c.author for c in s.comments] == ["mina", "omid"]
    assert s.comments[1].text == "mina wrote: Finally some rain here.\nNot in the north."


def test_rdfa_comments():
    rows = "".join(f'<div typeof="Comment" property="comment"><span property="author">{name}</span>'
                   f'<span property="dateCreated">Oct {n}, 2012</span><p property="text">{text}</p></div>'
                   for n, (name, text) in enumerate([("mina", "Finally some rain here."),
                                                     ("omid", "The wells are still empty.")], 1))
    s = seg(ARTICLE + f'<section vocab="https://schema.org/">{rows}</section>')
    assert [(c.author, c.text) for c in s.comments] == [("mina", "Finally some rain here."),
                                                        ("omid", "The wells are still empty.")]


def test_blogger_markup():
    rows = "".join(
        f'<li class="comment" id="c{n}"><div class="comment-block"><div class="comment-header">'
        f'<cite class="user"><a href="/p/{name}">{name}</a></cite>'
        f'<span class="icon user"></span><span class="datetime secondary-text"><a href="#c{n}">October {n}, 2012 at 9:0{n} AM</a></span>'
        f'</div><p class="comment-content">{text}</p><span class="comment-actions secondary-text">'
        f'<a class="comment-reply">Reply</a></span></div></li>'
        for n, (name, text) in enumerate([("mina", "Finally some rain here."), ("omid", "Still dry in the north.")], 1))
    s = seg(ARTICLE + f'<div class="comments" id="comments"><div class="comment-thread"><ol>{rows}</ol></div></div>')
    assert triples(s) == [
        ("mina", "October 1, 2012 at 9:01 AM", "Finally some rain here."),
        ("omid", "October 2, 2012 at 9:02 AM", "Still dry in the north.")]


@pytest.mark.parametrize("word", ["kommentar", "commentaire", "نظر", "دیدگاه"])
def test_comment_class_words_in_other_languages(word):
    rows = "".join(f'<div class="{word}"><span class="name">{name}</span><div class="text">{text}</div></div>'
                   for name, text in [("mina", "Finally some rain here."), ("omid", "Still dry in the north.")])
    s = seg(ARTICLE + f"<div>{rows}</div>")
    assert [(c.author, c.text) for c in s.comments] == [("mina", "Finally some rain here."),
                                                        ("omid", "Still dry in the north.")]


@pytest.mark.parametrize("encode", [
    lambda h: b"\xef\xbb\xbf" + h.encode("utf-8"),  # UTF-8 BOM, no declaration
    lambda h: h.encode("utf-16"),  # UTF-16 with BOM
    lambda h: h.replace("ی", "ي").encode("cp1256"),  # Persian in windows-1256 without any declaration
])
def test_encodings_without_or_with_bom(encode):
    from analyzer.segment.encoding import decode_html

    html = ("<html><body><h1>افزایش قیمت نان در تهران</h1><p>قیمت نان در تهران این هفته برای سومین بار در سال "
            "جاری افزایش یافت و نانوایان می‌گویند هزینه آرد و گاز بالا رفته است.</p></body></html>")
    text, _ = decode_html(encode(html))
    assert "قیمت نان در تهران" in text.replace("ي", "ی")


def test_article_body_leaves_out_page_furniture():
    s = seg('<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            + ARTICLE.replace("</article>", '<div class="share-buttons"><a>Share on Facebook</a><a>Tweet this</a></div>'
                              '<div class="author-box"><p>Mina Rahimi writes about water and farming for us.</p></div>'
                              "</article>")
            + '<div class="related-posts"><h3>Related</h3><ul><li><a href="/1">Drought ends in the south</a></li></ul></div>'
            + '<div class="advertisement"><p>Buy the best umbrellas at half price today only!</p></div>'
            + '<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>')
    text = s.articles[0].text
    assert "After four dry months" in text and "winter wheat" in text
    for junk in ("Home", "Share on Facebook", "writes about water", "Drought ends", "umbrellas", "Leave a Reply"):
        assert junk not in text
    assert s.comments == []


def test_comment_form_messages_and_policy_boxes_are_not_comments():
    # TypePad ships its form's error messages in hidden "comment-…" boxes on every page.
    body = ARTICLE + (
        '<div class="comments"><div class="comment-error">Your comment could not be posted. Error type: '
        'please try again later.</div><div class="comment-error">Your comment could not be posted. Error type: '
        'the message was too long.</div><div class="comment-policy">Discussion Policy | FAQ | About Discussions '
        'and how we moderate them here.</div></div>')
    assert seg(body).comments == []


def test_a_lone_link_list_in_a_comment_box_is_not_a_comment():
    links = "".join(f'<li><a href="/v/{n}">Video headline number {n} about the markets today</a> 2:1{n}</li>'
                    for n in range(6))
    body = ARTICLE + f'<div class="comment-box"><span class="author">Jonathan Murray</span><ul>{links}</ul></div>'
    assert seg(body).comments == []


LONG_THREAD = "<ol class='commentlist'>" + "".join(
    f"<li class='comment'><cite class='fn'>Reader {n}</cite> <span class='date'>Oct {n + 1}, 2012</span>"
    f"<p>{'A long reply about the water plan and what it means for the valley. ' * 4}</p></li>"
    for n in range(8)) + "</ol>"


def test_wordpress_tag_classes_and_blogger_widgets_do_not_hide_the_article():
    # The article is well under half of the page's text (a long thread follows), where a
    # furniture-looking class alone used to remove it.
    paragraphs = "".join(f"<p>Paragraph {n}: the council met again on Thursday to discuss the water plan for "
                         f"the valley and the farmers who depend on it.</p>" for n in range(4))
    wordpress = (f'<div class="post-7 post type-post hentry tag-share tag-social tag-widget">'
                 f'<h1>Water plan</h1><div class="entry-content">{paragraphs}</div></div>'
                 '<div class="sidebar widget">Recent posts and links</div>' + LONG_THREAD)
    blogger = (f'<div class="widget Blog" id="Blog1"><div class="post hentry"><h3>Water plan</h3>'
               f'<div class="post-body entry-content">{paragraphs}</div></div>{LONG_THREAD}</div>')
    for body in (wordpress, blogger):
        s = seg(body)
        assert len(s.comments) == 8
        article = s.articles[0]
        assert "Paragraph 3: the council met again" in article.text
        assert "Recent posts" not in article.text


def test_sidebar_teasers_marked_as_posts_stay_furniture():
    paragraphs = "".join(f"<p>Paragraph {n}: the council met again on Thursday to discuss the water plan for "
                         f"the valley and the farmers who depend on it.</p>" for n in range(12))
    teasers = "".join(f'<div class="post hentry widget_post"><a href="/p/{n}">Teaser headline {n}</a> '
                      f'<span class="author">By Someone</span> Nov. {n + 1}, 2012 '
                      f'<p>{"An excerpt of another story from the same site, shown in the sidebar. " * 3}</p></div>'
                      for n in range(3))
    body = (f'<div class="hentry"><h1>Water plan</h1><div class="entry-content">{paragraphs}</div></div>'
            f'<div class="sidebar"><div class="widget">{teasers}</div></div>')
    s = seg(body + LONG_THREAD)
    assert "Teaser headline" not in s.articles[0].text
    assert [c.author for c in s.comments] == [f"Reader {n}" for n in range(8)]


def test_a_block_under_its_own_h1_is_not_a_comment():
    # Two same-shaped "post" boxes: the article (under its h1) and the comment section.
    story = "".join(f"<p>Paragraph {n} of the story about the water plan and the valley farmers.</p>" for n in range(5))
    body = (f'<div class="listing"><div class="post"><h1>Water plan</h1>{story}</div>'
            f'<div class="post"><p>COMMENTS</p><p>Thank you for this article, Oct 3, 2012, a reader wrote.</p></div></div>')
    s = seg(body)
    assert all("Paragraph 4 of the story" not in c.text for c in s.comments)
    assert "Paragraph 4 of the story" in s.articles[0].text


def test_flat_typepad_thread_under_a_comments_heading():
    # No element per comment: paragraphs, each comment closed by its "Posted by:" line.
    thread = ("<h2><a id='comments'></a>Comments</h2>"
              "<a id='c1'></a><p>Good to see the reservoirs full again.</p>"
              "<p class='posted'>Posted by: <a href='http://a.example'>Peter Lang</a> | Mar 26, 2007 2:00:18 PM</p>"
              "<a id='c2'></a><p>It was about time, really.</p><p>Thanks for the report.</p>"
              "<p class='posted'>Posted by: Sara K. | Mar 26, 2007 2:22:41 PM</p>")
    s = seg(ARTICLE + thread)
    assert [(c.author, c.posted) for c in s.comments] == [("Peter Lang", "Mar 26, 2007 2:00:18 PM"),
                                                          ("Sara K.", "Mar 26, 2007 2:22:41 PM")]
    assert s.comments[1].text == "It was about time, really.\n\nThanks for the report."
    assert "reservoirs full" not in s.articles[0].text and "rain fell" in s.articles[0].text


def test_comments_link_in_a_menu_does_not_open_a_thread():
    menu = "<ul class='tabs'><li><a href='#c'>Comments</a></li></ul>"
    schedule = "".join(f"<p>Session {n}</p><p>Posted by: Organiser | Mar 2{n}, 2012 10:00 AM</p>" for n in range(3))
    assert seg(menu + ARTICLE + schedule).comments == []


def test_a_comment_whose_name_field_is_a_sentence_is_still_in_its_thread():
    names = ["mina", "You are going to hold on to something for your entire life that will not let you live in peace",
             "omid"]
    texts = ["Finally some rain here.", "Its still time to try searching your soul, you will find it.",
             "The wells are still empty."]
    rows = "".join(f'<dt class="comment depth-1"><span class="comment_author">{name}</span> '
                   f'<span class="comment_time">July {n}, 2012 at 1:02 am</span></dt>'
                   f'<dd class="comment depth-1"><p>{text}</p></dd>'
                   for n, (name, text) in enumerate(zip(names, texts), 1))
    s = seg(ARTICLE + f'<dl id="comment_list">{rows}</dl>')
    assert [c.text for c in s.comments] == texts
    assert "soul" not in s.articles[0].text and "rain fell" in s.articles[0].text


def test_wordpress_author_classes_on_the_comment_box_do_not_make_it_an_author_field():
    # No author-classed field inside: the short reply's own ``comment-author-admin`` box must not
    # pass for one, which would leave the thread at that single reply.
    rows = "".join(
        f'<div class="comment {extra} depth-1" id="comment-{n}"><p>{text}</p>'
        f'<p class="meta">by {name} on October {n}, 2012 at 9:0{n} am</p></div>'
        for n, (name, extra, text) in enumerate([
            ("mina", "", "Finally some rain here, the garden needed it badly."),
            ("admin", "byuser comment-author-admin bypostauthor", "Thanks!"),
            ("omid", "", "The wells on our street are still empty, though.")], 1))
    s = seg(ARTICLE + f'<div id="comments"><h3>3 Responses</h3>{rows}</div>')
    assert [c.text for c in s.comments] == ["Finally some rain here, the garden needed it badly.", "Thanks!",
                                            "The wells on our street are still empty, though."]


def test_login_to_post_boxes_are_not_comments_and_dates_beside_links_are_found():
    # Drupal (zerohedge-like): the date is bare text before a permalink; every comment ends in a
    # comment-classed "Login or register to post comments" box.
    rows = "".join(
        f'<a id="c{n}"></a><div class="non_toggle_area"><div class="label">'
        f'<span class="info">{date} | <a href="#c{n}">{n}</a></span> <b><a href="/u/{name}">{name}</a></b></div>'
        f'<div class="body"><p>{text}</p></div><ul class="links"><li class="comment_forbidden first last">'
        f'<a href="/login">Login</a> or <a href="/register">register</a> to post comments</li></ul></div>'
        for n, (name, date, text) in enumerate([
            ("ReallySparky", "Thu, 08/09/2012 - 14:32", "Alec, I'll take Gold for 1650."),
            ("Cognitive Dissonance", "Thu, 08/09/2012 - 14:41", "And the answer is to the Moon, Alice.")], 1))
    s = seg(ARTICLE + f"<div>{rows}</div>")
    assert triples(s) == [
        ("ReallySparky", "Thu, 08/09/2012 - 14:32", "Alec, I'll take Gold for 1650."),
        ("Cognitive Dissonance", "Thu, 08/09/2012 - 14:41", "And the answer is to the Moon, Alice.")]


def test_a_date_after_the_author_link_is_the_comment_date():
    rows = "".join(f'<dl><dt>by <a href="/u/{name}">{name}</a> {date}</dt><dd><p>{text}</p></dd></dl>'
                   for name, date, text in [("randall", "July 24, 2012 11:45 PM EDT", "Skunked again, as predicted."),
                                            ("oldsoftee", "July 24, 2012 6:16 PM EDT", "Send the posse, they find anything.")])
    s = seg(ARTICLE + f'<div id="commentWrapper">{rows}</div>')
    assert triples(s) == [
        ("randall", "July 24, 2012 11:45 PM EDT", "Skunked again, as predicted."),
        ("oldsoftee", "July 24, 2012 6:16 PM EDT", "Send the posse, they find anything.")]


def test_hidden_boxes_are_not_read():
    rows = "".join(
        f'<div class="comment_item" id="comment_{n}"><span class="author">{name}</span> '
        f'<span class="date">Oct {n}, 2012</span><p>{text}</p></div>'
        f'<div id="comment_hide_response_{n}" class="note" style="display: none">'
        f'This comment has been down-ranked into oblivion. View comment</div>'
        for n, (name, text) in enumerate([("mina", "Finally some rain here."), ("omid", "The wells are still empty.")], 1))
    template = ('<div class="comment_item" style="display:none"><span class="author">{{name}}</span> '
                '<span class="date">{{date}}</span><p>{{text}} (the thread template, filled in by script)</p></div>')
    s = seg(ARTICLE + f'<div id="comments">{template}{rows}</div>')
    assert [(c.author, c.text) for c in s.comments] == [("mina", "Finally some rain here."),
                                                        ("omid", "The wells are still empty.")]


def test_comment_runs_win_when_few_comments_mark_their_author():
    # Slashdot: every comment is a div.cw, but only some carry a classed author link.
    def row(n: int) -> str:
        author = (f'<a class="user_homepage_display" href="/~u{n}">user{n}</a>' if n % 4 == 0
                  else f'<a href="/~u{n}">user{n}</a>')
        return (f'<li id="tree_{n}"><div id="comment_{n}" class="cw"><div id="comment_top_{n}" class="commentTop">'
                f'<h4>Title {n}</h4><div class="details">by {author} on Monday July 23, @08:{n:02d}PM</div></div>'
                f'<div class="commentBody"><div id="comment_body_{n}">Comment number {n} says something long enough.'
                f'</div></div></div></li>')
    s = seg(ARTICLE + '<ul id="commentlisting">' + "".join(row(n) for n in range(12)) + "</ul>")
    assert [c.text for c in s.comments] == [f"Comment number {n} says something long enough." for n in range(12)]


def test_a_single_comment_in_a_comment_list_stays_one_comment():
    s = seg(ARTICLE + '<div class="mod-comments"><ul class="ugc-comments"><li id="ugc-comment-1">'
                      '<div class="ugc-comment"><div class="ugc-info ugc-render-reply">'
                      '<cite class="ugc-comment-meta"><a><strong>thecrus8r</strong></a> • '
                      '<span class="ugc-timestamp">15 minutes ago</span></cite>'
                      '<blockquote class="ugc-commenttext">Keep dreaming!</blockquote></div></div></li></ul></div>')
    assert triples(s) == [("thecrus8r", "15 minutes ago", "Keep dreaming!")]


def test_story_teasers_with_read_more_links_are_not_a_thread():
    teasers = "".join(f"<li><h3>Launch event number {n}</h3><p class='text'>Consoles go on sale in New York on "
                      f"Nov. 1{n} with a midnight event <a href='/news/{n}'>Read more...</a></p>"
                      f"<p class='date'>2012-11-0{n}</p></li>" for n in range(1, 5))
    assert seg(ARTICLE + f"<ul>{teasers}</ul>").comments == []


def test_a_tweet_stream_is_not_a_thread():
    tweets = "".join(f'<p>Headline number {n} of the day, with the link to the story '
                     f'<a href="http://t.co/x{n}">http://t.co/x{n}</a> - <a href="/s/{n}">{n} minutes ago</a></p>'
                     for n in range(2, 7))
    assert seg(ARTICLE + f'<div class="twitter-stream">{tweets}</div>').comments == []


def test_a_thread_of_one_under_its_heading():
    s = seg(ARTICLE + '<div class="comments"><h3>1 Comments</h3><div class="comment-odd">'
                      '<p class="who">Ben said:</p><p>Gala is doing fine so far, no nasty rumours yet.</p></div>'
                      '<p>Post a comment</p></div>')
    assert [(c.author, c.text) for c in s.comments] == [("Ben", "Gala is doing fine so far, no nasty rumours yet.")]


FOOTERS = {  # the comment's box, and its footer
    "posted": ('<div id="c{n}">', '<p class="comment-posted">Posted by: {name} at October 1{n}, 2012 7:45 AM</p>'),
    # TypePad: named like furniture ("comment-footer"), yet it holds the author and date.
    "typepad": ('<div class="comment comment-odd" id="c{n}">',
                ('<p class="comment-footer">Posted by: <a href="http://x.example/{n}">{name}</a> | '
                 '<a href="#c{n}">October 1{n}, 2012 7:45 AM</a></p>')),
}


@pytest.mark.parametrize("footer", FOOTERS)
def test_footer_headers_take_the_text_above_them(footer):
    box, foot = FOOTERS[footer]
    rows = "".join(box.format(n=n) + f'<a name="{n}"></a><div class="comment-body"><p>{text}</p></div>'
                   + foot.format(n=n, name=name) + "</div>"
                   for n, (name, text) in enumerate([("Sabrina", "Wow, I wish I had gone to Dresden."),
                                                     ("Alyssa", "Thanks, guys! :)")], 1))
    s = seg(ARTICLE + f'<h2 id="comments">Comments (2)</h2>{rows}')
    # The short second comment looks like a name; the "Posted by:" line says whose it is.
    assert triples(s) == [
        ("Sabrina", "October 11, 2012 7:45 AM", "Wow, I wish I had gone to Dresden."),
        ("Alyssa", "October 12, 2012 7:45 AM", "Thanks, guys! :)")]

def test_blogger_definition_list_with_the_author_on_the_dt():
    rows = "".join(f"<dt class='comment-author' id='c{n}'><a href='/p/{n}'>{name}</a> said...</dt>"
                   f"<dd class='comment-body'><p>{text}</p></dd>"
                   f"<dd class='comment-stamp'><a href='#c{n}'>October {n}, 2012 3:04 PM</a></dd>"
                   for n, (name, text) in enumerate([("Emily", "Just made up a batch of this, delicious!"),
                                                     ("Ann", "Trying it tonight.")], 1))
    s = seg(ARTICLE + f"<div class='comments' id='comments'><h4>2 comments:</h4>"
                      f"<dl class='avatar-comment-indent' id='comments-block'>{rows}</dl></div>")
    assert [(c.author, c.text) for c in s.comments] == [("Emily", "Just made up a batch of this, delicious!"),
                                                        ("Ann", "Trying it tonight.")]


def test_camel_case_furniture_classes_are_furniture():
    latest = "".join(f'<div class="post"><div class="authorLine">By Staff Writer {n}</div>'
                     f'<p>Our latest post number {n}, a teaser of a story elsewhere on the site.</p></div>'
                     for n in range(3))
    more = "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>" * 4
    assert seg(ARTICLE + more + f'<div class="promoColumn"><div id="ourLatestPost">{latest}</div></div>').comments == []


# ---------------------------------------------------------------- the article block model

PHOTO_MENU = "<div id='top'>" + " ".join(f"<a href='/{w}'>{w}</a>" for w in
                                         ("Home", "Photos", "Stories", "Archive", "Contact")) + "</div>"
PHOTO_TEASERS = "".join(f"<li><a href='/p/{n}'>{t}</a><p>{d}</p><a href='/p/{n}'>Read more</a></li>" for n, (t, d) in
                        enumerate([("Boats of the Gulf", "A week on the dhows that still carry goods between the ports."),
                                   ("The last lighthouse keeper", "Forty years of nights alone on a rock, and what he saw."),
                                   ("Night markets", "How the fish market opens at three in the morning and is gone by seven."),
                                   ("Cranes", "The giant machines that unload the ships, photographed from below in the rain.")]))
PHOTO_POST = (PHOTO_MENU + '<div id="wrap"><div class="col-a"><div class="entry"><h1>Harbour lights</h1>'
              "<div class='date'>October 12, 2012</div><img src='harbour.jpg' alt=''>"
              "<p>The harbour at dusk, taken from the old pier just before the ferry left. "
              "The lights came on one by one as the boats came in.</p></div></div>"
              f'<div class="col-b"><h3>More photo stories</h3><ul>{PHOTO_TEASERS}</ul></div></div>'
              "<div id='bottom'><p>© 2012 Harbour Photo Journal. All rights reserved.</p></div>")


def test_article_model_loads_once_from_the_shipped_file():
    from analyzer.segment import article_model as M

    assert M.MODEL_PATH.name == "blocks.json" and M.MODEL_PATH.parent.name == "article"
    model = M.load_model()
    assert model.stage1.coef.shape == (len(M.STAGE1),) and model.stage2.coef.shape == (len(M.STAGE2),)
    assert 0 < model.threshold < 1
    assert M.shipped_model() is M.shipped_model()


def test_short_photo_post_beats_a_longer_teaser_list():
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{PHOTO_POST}</body></html>"
    page = html_page("t.html", html.encode("utf-8"))
    rules = segment_html(page, learned=False).articles[0]
    assert "The harbour at dusk" not in rules.text and "Forty years" in rules.text  # the rules take the teasers
    article = segment_html(page).articles[0]
    assert article.title == "Harbour lights"
    assert "The harbour at dusk" in article.text and "boats came in" in article.text
    for junk in ("Forty years", "fish market", "Read more", "Home Photos", "All rights reserved"):
        assert junk not in article.text


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"format": "something/else"}),
                                     json.dumps({"format": "analyzer.article.blocks/1", "stage1_features": []})])
def test_missing_or_damaged_article_model_is_a_clear_error(tmp_path, monkeypatch, content):
    from analyzer.segment import article_model as M

    path = tmp_path / "blocks.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(M.ModelError, match="blocks.json.*analyzer train article"):
        M.load_model(path)
    # Extraction does not fall back to the rules in silence: it names the file to rebuild.
    monkeypatch.setattr(M, "MODEL_PATH", path)
    M.shipped_model.cache_clear()
    try:
        with pytest.raises(M.ModelError, match=str(path)):
            seg(ARTICLE)
    finally:
        M.shipped_model.cache_clear()  # the next page reads the shipped file again


def test_comment_found_by_its_dd_takes_author_and_date_from_its_dt():
    rows = "".join(f'<dt class="comment even"> {n}. {name} - <a href="#c{n}">20 August, 2011</a></dt>'
                   f'<dd class="comment odd alt depth-1"><div class="comment"><p>{text} It is a longer text '
                   f'so that the dd is the comment.</p><div class="reply"><a href="#r">Reply</a></div></div></dd>'
                   for n, (name, text) in enumerate([("Morten Hojbjerre", "Please show some respect."),
                                                     ("Pete", "Totally agree with the post.")], start=1))
    s = seg(ARTICLE + f'<dl class="commentlist">{rows}</dl>')
    assert [(c.author, c.posted) for c in s.comments] == [("Morten Hojbjerre", "20 August, 2011"),
                                                          ("Pete", "20 August, 2011")]
    assert s.comments[1].text.startswith("Totally agree")
    assert "Hojbjerre" not in s.articles[0].text


def test_posted_by_line_after_the_comment_box_names_it():
    # Movable Type: each comment's text in a box, its "Posted by:" line after the box.
    footer = '<p class="posted">Posted by: <a href="http://x.example">{}</a> at August  9, 2012 11:37 AM</p>'
    thread = ('<h2>Comments</h2><div id="comments"><p>I used the movie maker to record a sequence.</p></div>'
              + footer.format("Gary O. Grimm")
              + '<div id="comments"><p>Fraps is great and well worth the small price.</p></div>' + footer.format("Ann"))
    s = seg(ARTICLE + thread)
    assert [(c.author, c.posted) for c in s.comments] == [("Gary O. Grimm", "August 9, 2012 11:37 AM"),
                                                          ("Ann", "August 9, 2012 11:37 AM")]
    assert "Posted by" not in s.articles[0].text

def test_names_with_an_initial_or_an_icon_in_their_link():
    signed = {"Chris": "Is that what you meant?", "Mita B.": "Very useful tips, thanks!"}
    boxes = [f'<div class="comment" id="c{n}"><div class="body"><p>{text}</p></div><div class="signature">'
             f'October 24, 2012 | <a href="/u/{n}"><img src="u.png" alt="">{name}</a></div></div>'
             for n, (name, text) in enumerate(signed.items())]
    found = seg(ARTICLE + '<div id="comment-list">' + "".join(boxes) + "</div>").comments
    assert [c.author for c in found] == list(signed)

def test_flat_thread_ends_where_the_comments_section_ends():
    # A sidebar under its own heading after an empty "Comments" section is not a thread.
    events = "".join(f"<div><h3>Cloud day<br>[London]</h3>Monday, November {n}, 2012<br>13:30 - 17:45<br>"
                     f"This session will use real world case studies to introduce the cloud.</div>" for n in (1, 2, 3))
    page = ARTICLE + "<h3>Comments</h3><h3>Verify your Comment</h3><h2>Featured Events</h2>" + events
    assert seg(page).comments == []


def test_a_by_line_without_a_date_names_the_author_and_by_alone_is_no_name():
    # Slashdot: <span class="by"><span class="byby">by </span>NAME</span>; "by" is a leaf, the name is not.
    # The user number after the name is not part of it; a "Homepage" link classed "user_homepage" is no author.
    boxes = [f'<li class="comment"><div class="details"><span class="by"><span class="byby">by </span>{name} '
             f'<span class="uid">({n}512897)</span></span><small><a class="user_homepage_display" href="http://h.example">'
             f'Homepage</a></small></div><div class="commentBody"><p>{text}</p></div></li>'
             for n, (name, text) in enumerate([("Anonymous Coward", "It looks more like an iSore to me."),
                                               ("gfxguy", "More like a barge than a yacht.")])]
    found = seg(ARTICLE + '<ul class="comments">' + "".join(boxes) + "</ul>").comments
    assert [(c.author, c.text) for c in found] == [("Anonymous Coward", "It looks more like an iSore to me."),
                                                   ("gfxguy", "More like a barge than a yacht.")]


def test_said_headers_stand_in_for_dates_in_unnamed_comment_boxes():
    # No "comment" class word and the dates commented out of the template: "NAME said," marks each comment.
    said = {"Progress Trap": "There is one benefit of the domain name you chose though.",
            "Jacob": "This was actually kind of how I thought in the beginning."}
    boxes = [f'<div class="coms"><span class="blod-user"><a href="http://x.example/{n}">{name}</a> said, </span>'
             f'<div class="blod-text"><p>{text}</p></div></div>' for n, (name, text) in enumerate(said.items())]
    found = seg(ARTICLE + "<div>" + "".join(boxes) + "</div>").comments
    assert [(c.author, c.text) for c in found] == list(said.items())


def test_lone_comment_whose_name_link_holds_an_icon():
    box = ('<div class="comment" id="comment19133710"><div class="body"><p>For disk I/O the difference in '
           'performance is threefold, and reliability is much better as well.</p></div><div class="signature">'
           'October 19, 2012 | <a href="/contributor/1"><img src="u.png" alt="">Fazal Majid</a></div></div>')
    found = seg(ARTICLE + f'<div id="comments"><h3>Reader Comments (1)</h3>{box}</div>').comments
    assert [(c.author, c.posted) for c in found] == [("Fazal Majid", "October 19, 2012")]


def test_a_thread_inside_a_post_footer_is_not_dropped_with_the_furniture():
    item = ('<li class="comment even depth-1"><div id="comment-819924"><div class="comment-author vcard">'
            '<span class="fn"><a href="http://x.example">Alan Tay</a></span></div>'
            '<div class="comment-meta"><a href="#comment-819924">7 Aug 12 at 11:21 pm</a></div>'
            '<p>You made your point there, Sara.</p></div></li>')
    footer = ('<div class="post-footer alone"><div class="post-comment-area" id="comments">'
              f'<h3 class="comment-title">1 Comment<a href="#pings">No Reactions</a></h3><ol class="commentlist">{item}</ol>'
              '</div></div>')
    found = seg(ARTICLE + footer).comments
    assert [(c.author, c.text) for c in found] == [("Alan Tay", "You made your point there, Sara.")]
    # A sidebar's "Recent Comments" widget counts nothing: it still goes with the furniture.
    widget = ('<div class="sidebar"><h3>Recent Comments</h3><ul><li class="recentcomments">'
              '<span class="comment-author-link">Alan Tay</span> on <a href="/p/1">Water returns</a></li></ul></div>')
    assert seg(ARTICLE + widget).comments == []
    # Nor does one named after comments: it lists other posts' comments, not this one's.
    entries = "".join(f'<li><a href="/p/{n}#comment-{n}" title="October 8, 2012 at 3:48 pm"><span class="rc-commenter">'
                      f'{name}</span> commented on <span class="rc-title">The new phone crosses a privacy line</span>'
                      f'</a></li>' for n, name in enumerate(["Corinne", "John", "Mina"]))
    named = (f'<div id="recent-comments" class="side-widget widget_rrm_recent_comments"><h2>Recent Comments</h2>'
             f'<ul>{entries}</ul></div>')
    assert [(c.author, c.text) for c in seg(ARTICLE + footer + named).comments] == [
        ("Alan Tay", "You made your point there, Sara.")]


def test_a_dl_thread_without_class_names_pairs_each_dt_with_its_dd():
    pairs = [("Mike", "Wow that definitely inspired me to work on this!"),
             ("Dan", "Glad it helped, the solo is the hard part.")]
    rows = "".join(f'<dt><div class="date">September 1{n}, 2008 at 6:55 pm</div>({n})&nbsp;{name}&nbsp;says:</dt>'
                   f'<dd><div><p>{text}</p></div></dd>' for n, (name, text) in enumerate(pairs, 1))
    found = seg(ARTICLE + f"<div><h3>Comments</h3><dl>{rows}</dl></div>").comments
    assert [(c.author, c.posted, c.text) for c in found] == [
        ("Mike", "September 11, 2008 at 6:55 pm", pairs[0][1]), ("Dan", "September 12, 2008 at 6:55 pm", pairs[1][1])]


def test_header_in_the_comment_box_own_text():
    said = [("Kate", "October 23rd, 2012 1:38 pm", "I'm with you, I had to sleep without earplugs."),
            ("jennb33", "October 23rd, 2012 1:41 pm", "I can not sleep without our sound machine.")]
    boxes = [f'<li class="alt" id="comment-{n}">\n  {name} on\n    {date}\n  <div class="commenttext"><p>{text}</p>'
             f'</div></li>' for n, (name, date, text) in enumerate(said)]
    found = seg(ARTICLE + '<ol class="commentlist">' + "".join(boxes) + "</ol>").comments
    assert [(c.author, c.posted, c.text) for c in found] == said


def test_per_writer_class_words_do_not_split_a_thread():
    # Each comment box is classed after its writer ("commentbody by-john-king"); its name is text
    # beside the date link in a "Posted by:" line.
    said = [("John King", "Isn't this a restatement of the well-rehearsed idea?"),
            ("BrianSJ", "When legislators decide what can be bought, legislators are sold first."),
            ("Dirk Praet", "The incentives of regulators and criminals are not comparable.")]
    boxes = [f'<div class="commentbody by-{name.lower().replace(" ", "-")}"><div id="c{n}"><p>{text}</p></div>'
             f'<p class="posted">Posted by: {name} at <a href="#c{n}">November  7, 2012  7:0{n} AM</a></p></div>'
             for n, (name, text) in enumerate(said)]
    found = seg(ARTICLE + '<div><h2 id="comments">Comments</h2></div>' + "".join(boxes)).comments
    assert [(c.author, c.text) for c in found] == said


def test_camel_case_comment_classes_and_a_form_box_that_is_no_thread():
    # Blogger's classic template: "blogComment" boxes, "posted by NAME : TIME" under each text.
    thread = "".join(f'<div class="blogComment"><a name="c{n}"></a>{text}<br><div class="byline">'
                     f'<a href="#c{n}" title="permanent link">#</a> posted by <a href="/p/{n}">{name}</a> : 11:5{n} AM'
                     f'</div></div>' for n, (name, text) in enumerate([
                         ("Joe", "Thanks, this is a useful resource that would make a good print collection."),
                         ("Matthew Frederick", "Balkinization has become my first stop when I read the news.")]))
    # A form box named like a comment, with an author field whose text is the required-field star.
    form = ('<div id="BlogView_PostComment_AJ"><h3>Post Comment</h3><p>Name <span class="author">*</span></p>'
            '<p>Email</p><p>Allowed tags: link, bold, italics. Receive email when someone replies.</p></div>')
    found = seg(ARTICLE + f'<div class="blogComments"><b>Comments:</b>{thread}</div>' + form).comments
    assert [c.author for c in found] == ["Joe", "Matthew Frederick"]
    assert found[0].text.startswith("Thanks, this is a useful resource")
    assert seg(ARTICLE + form).comments == []


def test_replies_in_a_wrapper_after_the_comment_they_answer():
    # Drupal: no "comment" class word on the boxes; replies sit in div.indented after their parent.
    def box(n, name, text):
        return (f'<a id="comment-{n}"></a><div class="non_toggle_area" id="comment-{n}"><div class="label">'
                f'<span class="info">Thu, 08/09/2012 - 14:3{n} | <a href="#comment-{n}">{n}</a></span>'
                f'<b><a href="/users/{n}">{name}</a></b></div><div class="content"><p>{text}</p></div></div>')
    thread = (box(1, "ReallySparky", "Alec, I'll take gold for sixteen fifty.")
              + '<div class="indented">' + box(2, "Cognitive Dissonance", "And the answer is: to the moon, Alice.")
              + '<div class="indented">' + box(3, "Beam Me Up", "The honeymoon is over for that trade.") + "</div></div>"
              + box(4, "mrktwtch2", "Yes, god forbid we should live within our means."))
    s = seg(ARTICLE + f"<div>{thread}</div>")
    assert [(c.author, c.parent) for c in s.comments] == [("ReallySparky", None), ("Cognitive Dissonance", 0),
                                                          ("Beam Me Up", 1), ("mrktwtch2", None)]


def test_nested_replies_of_a_class_named_run_are_comments_with_parents():
    def box(n, depth, text, inner=""):
        return (f'<div class="comment even thread-even depth-{depth}" id="comment-{n}"><p>{text}</p>'
                f'<p class="meta">October {n}, 2012</p>{inner}</div>')
    reply = box(3, 2, "Thanks, the second tip was the one that worked for me.")
    thread = (box(1, 1, "A good list, though I would add keeping the site fast.", reply)
              + box(2, 1, "Twitter has never sent me a single visitor, sadly."))
    s = seg(ARTICLE + f'<div class="commentlist">{thread}</div>')
    assert [(c.text, c.parent) for c in s.comments] == [
        ("A good list, though I would add keeping the site fast.", None),
        ("Thanks, the second tip was the one that worked for me.", 0),
        ("Twitter has never sent me a single visitor, sadly.", None)]


def test_flat_thread_after_a_trackback_list_with_the_same_footers():
    trackbacks = ("<h2>TrackBack</h2><p>» <a href='http://t.example'>So Sad</a> from a blog<br>I was saddened to read "
                  "this today… <a href='http://t.example'>[Read More]</a></p><p class='posted'>Tracked on Apr 6, 2007 "
                  "6:56:46 PM</p>")
    thread = ("<h2><a id='comments'></a>Comments</h2><a id='c1'></a><p>1. If I ran a company, I'd hire you.</p>"
              "<p class='posted'>Posted by: <a href='http://r.example'>Reed Hedges</a> | Apr 6, 2007 1:11:01 PM</p>"
              "<a id='c2'></a><p>Way to go, Kathy! Good to see you back.</p>"
              "<p class='posted'>Posted by: ken | Apr 6, 2007 1:29:00 PM</p>")
    s = seg(ARTICLE + trackbacks + thread)
    assert [(c.author, c.text) for c in s.comments] == [("Reed Hedges", "1. If I ran a company, I'd hire you."),
                                                        ("ken", "Way to go, Kathy! Good to see you back.")]


def test_author_box_holding_name_date_and_reply_gives_the_name_alone():
    boxes = [f'<li class="comment depth-1" id="li-comment-{n}"><div class="comment-body">'
             f'<div class="comment-author"><p class="comment-url">{name}</p><p class="comment-date">'
             f'<a href="#c{n}">10.29.2012</a></p><p class="comment-reply"><a href="/login">Log in to Reply</a></p>'
             f'</div><div class="comment-text"><p>{text}</p></div></div></li>'
             for n, (name, text) in enumerate([("nomaduk", "The student loan system is a nightmare."),
                                               ("Claire Sanz writes", "You look great in that photo!")])]
    found = seg(ARTICLE + '<ol class="commentlist">' + "".join(boxes) + "</ol>").comments
    assert [(c.author, c.posted) for c in found] == [("nomaduk", "10.29.2012"), ("Claire Sanz", "10.29.2012")]


def test_cheap_tests_before_the_expressions_miss_no_match():
    """The needles of ``says_no_comments``/``section_chrome`` must hold for every alternative."""
    from analyzer.segment import selectors as S

    no_comments = ["Be the first to comment!", "This is only a preview", "Your comment has not yet been posted",
                   "No comments yet", "NO COMMENTS", "Comments are closed.", "There are no comments",
                   "هنوز نظری ثبت نشده", "نظری ثبت نشده است", "اولین نفری باشید که نظر می‌دهد"]
    chrome = ["Your comment could not be posted.", "Error type: foo", "Discussion Policy", "Advertise with us",
              "Comment Policy", "Community Guidelines", "Log in to post a comment", "Sign up to leave a reply",
              "Register now to add comments", "Signin to write replies", "Login or register to post comments"]
    for text in no_comments:
        assert S.NO_COMMENTS.search(text) and S.says_no_comments(text), text
    for text in chrome:
        assert S.SECTION_CHROME.search(text) and S.section_chrome(text), text
    for text in ["A long comment about politics and nothing else.", "Thanks for the post!"]:
        assert S.says_no_comments(text) == bool(S.NO_COMMENTS.search(text))
        assert S.section_chrome(text) == bool(S.SECTION_CHROME.search(text))


def test_replies_in_a_list_after_the_comment_a_reply_link_and_an_empty_list():
    # Slashdot: li > [status, div.cw (the comment), empty reply-to box, list of hidden ones, ul of replies]
    # (the li's classes vary, full or folded, so the comment boxes are the divs: here the li has none)
    def item(n, name, text, replies=""):
        return (f'<li id="tree_{n}"><span class="ind"></span><div class="commentstatus"></div>'
                f'<div id="comment_{n}" class="cw comment"><div class="commentTop"><h4><a href="#c{n}">Re: tools</a>'
                f'<span class="score"> (<a href="#"><span class="opt">Score:</span>{n}</a>, Funny)</span></h4>'
                f'<span class="by">by <a href="/~{name}">{name} (9279{n}){" *" if n == 2 else ""}</a>'
                f' on Tuesday July 24, @08:1{n}AM</span></div>'
                f'<div class="commentBody"><div>{text}</div></div></div>'
                f'<div id="replyto_{n}"></div><ul id="group_{n}"><li id="hiddens_{n}" class="hide"></li></ul>'
                f'<ul id="commtree_{n}">{replies}</ul></li>')
    thread = (item(1, "garaged", "I can build a computer, and so can my kids.",
                   item(2, "kcin", "I make my own silicon wafers, which is harder.",
                        item(3, "ballpoint", "Mine are mostly carbon, not silicon.")))
              + item(4, "vlm", "Real CPUs use relays; the memory is the expensive part."))
    s = seg(ARTICLE + f'<ul id="commentlisting">{thread}</ul>')
    assert [(c.author, c.parent) for c in s.comments] == [("garaged", None), ("kcin", 0), ("ballpoint", 1),
                                                          ("vlm", None)]
    assert {c.title for c in s.comments} == {"Re: tools"}  # the moderation score is chrome


def test_a_reply_list_is_matched_only_across_near_empty_siblings():
    from lxml import html

    from analyzer.segment.html import _answered_before

    box = html.fromstring("<li><div id='c'>A comment of some length.</div><div id='replyto'></div><ul id='hidden'></ul>"
                          "<p id='note'>Replies are shown oldest first, as the readers sent them.</p><ul id='a'></ul>"
                          "<ul id='b'></ul></li>")
    comment, note, after_note, after_empty = (box.get_element_by_id(i) for i in ("c", "note", "a", "b"))
    index = {comment: 0}
    assert _answered_before(note, index) == 0  # only an empty box and an empty list between
    assert _answered_before(after_note, index) is None  # a line of text between: not its replies
    assert _answered_before(after_empty, index) is None


def test_replies_to_a_dropped_item_answer_its_nearest_kept_ancestor():
    from analyzer.records import Comment
    from analyzer.segment.html import _kept

    a, dropped, c, d = (Comment("a"), Comment("", parent=0), Comment("c", parent=1), Comment("d", parent=2))
    kept = _kept([a, dropped, c, d], [True, False, True, True])
    assert [(x.text, x.parent) for x in kept] == [("a", None), ("c", 0), ("d", 1)]


@pytest.mark.parametrize("field, posted, name", [
    ("57 Mary Gallagher, J.D. Says: November 8th, 2012 at 1:50 pm", "November 8th, 2012 at 1:50 pm",
     "Mary Gallagher, J.D."),
    ("B.R. | November 9, 2012 11:32 AM | Reply", "November 9, 2012 11:32 AM", "B.R."),
    ("Jacob said,", None, "Jacob"),
    ("comment from David", None, "David"),
    ("Enry (630) < enryNO@SPAMexample.net >", None, "Enry"),
    ("Reply to This", "Tuesday July 24, @12:37PM", None),
    ("Leave a comment", None, None),
    ("Ed 115", None, "Ed 115"),
    ("Leave a Reply", None, None),  # not "Leave a": the form's link text is no name, with its "Reply" or without
    ("Leave a Reply", "November 9, 2012", None),
    ("Mary on November 3, 2012 at 4:12 pm", "November 3, 2012 at 4:12 pm", "Mary"),  # not "Mary on"
    ("Sam Laird at 10:02 pm", "10:02 pm", "Sam Laird"),
])
def test_author_field_gives_the_name_alone(field, posted, name):
    from analyzer.segment.html import _clean_author

    assert _clean_author(field, posted) == name


def test_reply_report_share_and_rate_lines_are_not_comment_text():
    def box(n, name, extra):
        return (f'<div class="comment" id="comment-{n}"><p class="author">{name}</p><p class="date">October {n}, 2012</p>'
                f'<p>The reservoirs were low in spring, reader {n} says.</p>{extra}</div>')
    s = seg(ARTICLE + '<div id="comments">' + box(1, "Mina", "<p>[Reply]</p><p>Report Post »</p>")
            + box(2, "Reza", "<p>Rate This: 1 0</p><p>Share it</p><p>Reply to this</p>") + "</div>")
    assert [c.text for c in s.comments] == ["The reservoirs were low in spring, reader 1 says.",
                                            "The reservoirs were low in spring, reader 2 says."]


def test_a_comment_number_or_separator_left_from_the_header_is_not_text():
    def box(n, lead):
        return (f'<div class="comment" id="comment-{n}"><span class="num">{lead}</span><p class="author">Reader {n}</p>'
                f'<p class="date">October {n}, 2012</p><p>Rain at last, reader {n} writes.</p><p>{n}</p></div>')
    s = seg(ARTICLE + '<div id="comments">' + box(1, "1") + box(2, "#") + box(3, "|") + "</div>")
    assert [c.text for c in s.comments] == [f"Rain at last, reader {n} writes.\n{n}" for n in (1, 2, 3)]


def test_a_name_written_before_the_date_in_the_same_header_is_the_author():
    pioneer = ('<div class="comment even depth-1" id="comment-{n}"><p class="comment-number">{n}</p><div class="comment-text">'
               '<h4>{name} <span>On Thursday, November {n} at 2:58 pm</span></h4><p>{text}</p>'
               '<a class="comment-reply-link" href="#respond">Reply</a></div></div>')
    ferriss = ('<li class="comment" id="comment-{n}"><div class="comment_entry"><p class="cm-meta">{name} — '
               '<a href="#comment-{n}" class="comment-meta-time">July {n}th, 2012, 6:18 pm</a></p><p>{text}</p></div></li>')
    for template in (pioneer, ferriss):
        boxes = "".join(template.format(n=n, name=name, text=text) for n, name, text in
                        [(4, "Mary Jane", "Sounds like you had an interesting Halloween."),
                         (5, "J.J.", "Awesome. Take that, Frank Bruni!")])
        s = seg(ARTICLE + f'<div class="commentlist">{boxes}</div>')
        assert [(c.author, c.text) for c in s.comments] == [
            ("Mary Jane", "Sounds like you had an interesting Halloween."), ("J.J.", "Awesome. Take that, Frank Bruni!")]


def test_a_comment_written_before_its_date_is_not_taken_for_the_name():
    # no author element: the text before the date is the name in a header of its own, not when it
    # is the comment item's own text (the comments were dropped as empty once it was taken)
    bare = '<li class="comment" id="comment-{n}">{text}<br><span class="comment-date">November {n}, 2012</span></li>'
    boxes = "".join(bare.format(n=n, text=text) for n, text in [(4, "Well said Tom"), (5, "I agree")])
    s = seg(ARTICLE + f'<ol class="commentlist">{boxes}</ol>')
    assert [(c.author, c.text) for c in s.comments] == [(None, "Well said Tom"), (None, "I agree")]


def test_a_byline_with_on_before_its_date_keeps_the_date():
    s = seg('<article><h1>Water returns</h1><p class="byline">By Sam Laird on November 12, 2012</p>'
            "<p>After four dry months, rain fell across the valley on Thursday night, filling the reservoirs.</p>"
            "<p>Farmers said the rain came too late for the summer harvest but would help the winter wheat.</p>"
            "</article>")
    assert (s.articles[0].byline, s.articles[0].posted) == ("Sam Laird", "November 12, 2012")


def test_a_reply_of_another_class_inside_the_comment_it_answers_stays_its_own_comment():
    # "comment reply" nested in "comment": the shapes differ, yet the outer box names its own
    # writer, so the inner one is a reply, not the outer comment's text box.
    def box(n, cls, name, text, inner=""):
        return (f'<div class="{cls}" id="c{n}"><span class="comment-author">{name}</span> '
                f'<span class="comment-date">March {n}, 2013</span>'
                f'<div class="comment-text">{text}</div>{inner}</div>')
    thread = (box(1, "comment", "Ann Lee", "The reservoirs were empty in June.")
              + box(2, "comment", "Bo Chen", "Winter wheat needs it more than anything.",
                    box(3, "comment reply", "Cy Ode", "Only if the frost holds off, Bo.")))
    s = seg(ARTICLE + f'<div class="comments"><h3>Comments</h3>{thread}</div>')
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Ann Lee", "March 1, 2013", None, "The reservoirs were empty in June."),
        ("Bo Chen", "March 2, 2013", None, "Winter wheat needs it more than anything."),
        ("Cy Ode", "March 3, 2013", 1, "Only if the frost holds off, Bo.")]


def test_news_site_discussion_markup_with_a_response_link():
    # The Guardian's 2012 markup: each comment a ul.comment whose li.comment-author holds the
    # profile (name link, date) and the body; a reply starts with a "Response to NAME, DATE" link.
    from analyzer.segment import segment

    def one(n, name, date, text, link=""):
        return (f'<ul class="comment b2" id="comment-{n}"><li class="comment-author"><div class="profile">'
                f'<img src="a.png"><a href="/discussion/user/id/{n}" title="User profile page">{name}</a>'
                f'<p class="date">{date}</p></div><div class="comment-body">{link}<p>{text}</p></div></li>'
                f'<li class="comment-tools"><ul><li><a href="#">Recommend</a></li><li><a href="#">Report</a></li>'
                f'</ul></li></ul>')
    body = (ARTICLE + '<div class="toolbar">Open for comments. <a href="#">Sign in</a> to join the discussion.</div>'
            '<div id="discussion-comments">'
            + one(1, "mikedow", "29 October 2012 5:50PM", "Stupidity is never simple.")
            + one(2, "RiverRat", "29 October 2012 6:02PM", "Nor is the weather, apparently.",
                  '<p class="responding-to"><a href="#comment-1">Response to mikedow, 29 October 2012 5:50PM</a></p>')
            + one(3, "jen_k", "29 October 2012 6:40PM", "Reservoirs in the north are still low.") + "</div>")
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    s = segment(html_page("t.html", html.encode("utf-8")))
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("mikedow", "29 October 2012 5:50PM", None, "Stupidity is never simple."),
        ("RiverRat", "29 October 2012 6:02PM", 0, "Nor is the weather, apparently."),
        ("jen_k", "29 October 2012 6:40PM", None, "Reservoirs in the north are still low.")]
    assert "Sign in" not in s.articles[0].text and "Recommend" not in s.comments[0].text


def test_a_heading_that_holds_the_author_and_date_is_no_title():
    def box(n, name, text):
        return (f'<li class="comment" id="c{n}"><h4><a href="/u/{n}">{name}</a> <span class="date">On Friday, '
                f'November {n} at 12:18 pm</span></h4><p>{text}</p></li>')
    s = seg(ARTICLE + '<h3>2 Comments</h3><ol class="commentlist">'
            + box(2, "Deanna Foreman", "LOL that is awesome.") + box(3, "Lora Lee", "Same here, lovely.") + "</ol>")
    assert [(c.author, c.title, c.text) for c in s.comments] == [
        ("Deanna Foreman", None, "LOL that is awesome."), ("Lora Lee", None, "Same here, lovely.")]


SHAPES = Path(__file__).resolve().parent / "fixtures" / "html_shapes"


def fixture_page(name: str):
    """A hand-made whole page (nav, sidebar, footer, article, thread) from ``tests/fixtures/html_shapes``,
    apart from ``fixtures/pages``, which the CLI tests walk as a folder of pages to analyse."""
    return segment_html(html_page(name, (SHAPES / name).read_bytes()))


def test_json_ld_comments_in_a_graph_keep_the_page_order():
    # The comments list of a BlogPosting inside @graph came out last-first.
    s = fixture_page("jsonld_graph_comments.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Pat", "2021-07-14T12:00:00+01:00", None, "Mine split after the heatwave broke. Watering evenly helped."),
        ("Chris", "2021-07-15T08:30:00+01:00", None, "Try mulching, it keeps the soil moisture steadier.")]
    assert "Watering evenly" not in s.articles[0].text and "Tomatoes split" in s.articles[0].text


def test_author_fields_in_same_shaped_boxes_under_a_comment_named_list_are_several_comments():
    # div.user-comments > div.uc: the boxes' classes name no comment, so every name field climbed
    # to the list, which came out as one comment (the first) titled "3 comments".
    s = fixture_page("comments_above_related.html")
    assert [(c.author, c.posted, c.parent, c.title, c.text) for c in s.comments] == [
        ("Betty", "12 September 2018, 21:14", None, None, "About time. Pine Street is a nightmare to cross with a pram."),
        ("DriverDan", "12 September 2018, 22:40", None, None, "Where am I meant to park now? The garage is full by nine."),
        ("Ahmed", "13 September 2018, 07:05", None, None, "Worked in Copenhagen, it will work here.")]
    text = s.articles[0].text
    assert "seven to two" in text and "Copenhagen" not in text and "Bridge repairs" not in text


def test_a_list_of_replies_is_not_a_thread_of_one():
    # "ul.discussion__replies" was the only comment-named element: taken for a lone comment, it hid
    # the four li.discussion__item (English and Persian) from the generic detector.
    s = fixture_page("discussion_en_fa_relative.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Sina_T", "2 hours ago", None, "They said the same thing five years ago."),
        ("نگار", "1 hour ago", 0, "دقیقا، هر سال همین وعده را می‌دهند."),
        ("پیمان", "30 minutes ago", None, "واگن‌ها را از چین می‌خرند ولی پولش را نمی‌دهند."),
        ("Laura M", "10 minutes ago", None, "Is line 7 at least running on time now?")]
    assert "Comments (4)" not in s.articles[0].text and "rolling stock" in s.articles[0].text


def test_a_relative_shown_date_takes_posted_iso_from_the_declared_one():
    # "2 hours ago" or "yesterday" shown, the day in <time datetime>; Disqus: "10 years ago" shown,
    # the day in the link's title. posted stays what the page shows.
    s = fixture_page("microdata_comment_articles.html")
    assert [(c.author, c.posted, c.posted_iso, c.text) for c in s.comments] == [
        ("Gus", "2 hours ago", "2019-06-20T18:02:00+00:00", "Saw it at the festival, the engine-room scene is brilliant."),
        ("Noor", "yesterday", "2019-06-21T07:40:00+00:00", "Too slow for me. Walked out after an hour.")]
    s = fixture_page("disqus_static_dump.html")
    assert [(c.author, c.posted, c.posted_iso, c.parent, c.text) for c in s.comments] == [
        ("Marcus Lee", "10 years ago", "2014-03-03T10:12:00", None,
         "Cameras worked in Seattle. No reason they would not work here."),
        ("Priya N.", "10 years ago", "2014-03-03T11:30:00", 0,
         "Seattle also added fines that actually hurt. That part matters."),
        ("oldtimer62", "10 years ago", "2014-03-04T08:05:00", None,
         "Delivery trucks have nowhere else to stop. Fix loading zones first.")]
    s = fixture_page("discussion_en_fa_relative.html")
    assert [c.posted_iso for c in s.comments] == ["2023-05-02T10:15:00+03:30", "2023-05-02T11:02:00+03:30",
                                                  "2023-05-02T11:30:00+03:30", "2023-05-02T11:50:00+03:30"]


def test_a_date_in_another_elements_title_is_not_the_comments():
    # Slashdot: the writer's "Journal" link beside the comment's date has a date of its own as title.
    s = seg(ARTICLE + '<div id="comments">' + "".join(
        f'<div class="comment" id="c{n}"><span class="by">by <a href="/~{name}">{name}</a></span> '
        f'<span class="otherdetails">on Tuesday July 24, @12:4{n}PM <a href="/~{name}/journal/" '
        f'title="Wednesday April 01 2009, @07:24PM">Journal</a></span><div class="commentBody"><p>{text}</p></div></div>'
        for n, name, text in [(1, "networkBoy", "My dad worked for Douglas for years."),
                              (2, "kcin", "Mine did too, in the seventies.")]) + "</div>")
    assert [(c.author, c.posted, c.posted_iso) for c in s.comments] == [
        ("networkBoy", "Tuesday July 24, @12:41PM", None), ("kcin", "Tuesday July 24, @12:42PM", None)]


def test_the_posts_titled_heading_is_the_title_not_the_blogs_h1_or_the_head_title():
    # An h1 naming the blog above the post's h2.entry-title; or no h1 and "TITLE - SITE" in <title>.
    s = fixture_page("pingbacks_only.html")
    assert (s.articles[0].title, s.articles[0].posted) == ("Five tips for cheaper heating", "November 4, 2011")
    assert "Bleed the radiators" in s.articles[0].text
    assert s.comments == []  # pingbacks and trackbacks are no reader's comment
    s = fixture_page("disqus_static_dump.html")
    assert s.articles[0].title == "Why the city should fix the bus lanes"
    assert "painted bus lane" in s.articles[0].text and "Cameras worked" not in s.articles[0].text


def test_blogger_dl_comments_take_the_date_from_their_footer_dd_and_said_names():
    # Classic Blogger: dt "NAME said..." (a link, or plain text for Anonymous), dd.comment-body,
    # then dd.comment-footer holding the timestamp link and the delete icon.
    s = fixture_page("blogger_said_dl.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Lucy", "January 11, 2009 8:20 PM", None, "That colour is gorgeous! Seed stitch always looks so neat."),
        ("Anonymous", "January 12, 2009 9:06 AM", None,
         "Could you share the name of the merino blend? I have been looking for something soft."),
        ("Anne", "January 12, 2009 11:53 AM", None, "It is Drops Baby Merino, colour 33. Very soft indeed.")]
    assert "Drops Baby Merino" not in s.articles[0].text and "January 12, 2009" not in s.articles[0].text


def test_article_dates_in_a_news_date_box_or_a_post_meta_line():
    # Persian news: div.news-date; a quoted reader in the story and an empty comment form are no thread.
    s = fixture_page("fa_form_without_comments.html")
    assert s.comments == []
    assert (s.articles[0].title, s.articles[0].posted) == ("بازگشایی مدارس از هفته آینده", "۲۸ شهریور ۱۴۰۲")
    assert "هنوز معلم ریاضی نداریم" in s.articles[0].text and "قیمت دلار" not in s.articles[0].text
    # div.post-meta "Posted by NAME on DATE": the date is taken; the name only from a byline element
    s = fixture_page("disqus_static_dump.html")
    assert (s.articles[0].byline, s.articles[0].posted) == (None, "March 3, 2014")


def test_old_reddit_comment_text_in_its_edit_form_and_its_buttons():
    # Each comment's text sits in form.usertext (hidden inputs only): removed as a form, the
    # comments were left with their buttons' words ("save", "parent", "-3 points") as text.
    s = fixture_page("old_reddit_usertext.html")
    assert [(c.author, c.posted, c.posted_iso, c.parent, c.text) for c in s.comments] == [
        ("bikedad", "5 years ago", "2019-04-06T15:10:00+00:00", None,
         "Concrete makes all the difference. Paint is not infrastructure."),
        ("pedal_power", "5 years ago", "2019-04-06T15:22:00+00:00", 0, "Exactly what we told the council, over and over."),
        ("grumpy_motorist", "5 years ago", "2019-04-07T09:00:00+00:00", None,
         "And now the delivery vans double park in the car lane instead.")]
    assert "Ridership on the corridor doubled" in s.articles[0].text


def test_a_comment_form_to_fill_in_a_comment_item_is_still_removed():
    reply_form = ('<form class="reply-form"><label>Your reply</label><textarea></textarea>'
                  '<input type="text" name="name"><button>Send</button></form>')
    rows = "".join(f'<div class="comment"><span class="author">{name}</span> <span class="date">Oct {n}, 2012</span>'
                   f'<p>{text}</p>{reply_form}</div>'
                   for n, (name, text) in enumerate([("mina", "Finally some rain here."),
                                                     ("omid", "Still dry in the north.")], 1))
    s = seg(ARTICLE + f'<div id="comments">{rows}</div>')
    assert [c.text for c in s.comments] == ["Finally some rain here.", "Still dry in the north."]


def test_a_titled_heading_beats_the_blogs_h1_in_the_same_container():
    s = seg('<div class="main"><h1>Knitting Notes</h1><h2 class="entry-title">The blue scarf is finished</h2>'
            "<p>It took three months and two restarts, but the blue scarf is finally off the needles at last.</p>"
            "<p>Next up is a pair of mittens for my niece, who has asked for purple ones with green thumbs.</p></div>")
    assert s.articles[0].title == "The blue scarf is finished"
    assert "Next up is a pair of mittens" in s.articles[0].text


def test_like_buttons_and_counts_are_neither_comment_nor_article_text():
    # Jetpack (WordPress.com): p.comment-likes "Like" + "Liked by 2 people" in each comment,
    # div.sharedaddy.sd-like "Like this: Like Loading..." under the post.
    s = fixture_page("wordpress_jetpack_likes.html")
    assert [(c.author, c.posted, c.posted_iso, c.parent, c.text) for c in s.comments] == [
        ("Helga", "February 14, 2021 at 12:31 pm", "2021-02-14T12:31:05+00:00", None,
         "Made this today with my kids, it came out perfect!"),
        ("loaflife", "February 14, 2021 at 1:02 pm", "2021-02-14T13:02:44+00:00", 0, "So glad to hear it, Helga!")]
    assert s.articles[0].title == "Snow day bread"
    assert s.articles[0].text.endswith("about four hours from start to slice.") and "Loading" not in s.articles[0].text


def test_an_article_date_declared_in_json_ld_only_is_posted_iso():
    s = fixture_page("jsonld_graph_comments.html")
    assert (s.articles[0].posted, s.articles[0].posted_iso) == (None, "2021-07-14")
    meta = '<meta property="article:published_time" content="2021-07-13">'  # a <meta> still comes first
    html = (SHAPES / "jsonld_graph_comments.html").read_text().replace("<head>", "<head>" + meta)
    assert segment_html(html_page("t.html", html.encode())).articles[0].posted_iso == "2021-07-13"


def test_guestbook_entries_laid_out_as_several_table_rows():
    # A name-and-date row then a text row; or one "Label: | value" row per field. No element holds
    # an entry, so no detector saw one; the name sits after a "Name:" label.
    s = fixture_page("guestbook_two_rows.html")
    assert triples(s) == [
        ("John Carter", "Jun 4, 2008",
         "Great layout at the spring show, my boys loved the steam engines. When is the next open day?"),
        ("Linda", "May 28, 2008", "I have some old Hornby track from my father, would the club be interested in it?"),
        ("R. Patel", "May 20, 2008", "Visited last Saturday. Very friendly members and a lovely cup of tea. Thanks!")]
    assert "Hornby" not in s.articles[0].text and "newest first" in s.articles[0].text
    s = fixture_page("guestbook_label_rows_de.html")
    assert triples(s) == [
        ("Klaus Weber", "14.05.2010", "Schöne Bilder vom Maifest, vielen Dank an alle Helfer und bis zum nächsten Jahr!"),
        ("Ingrid", "09.05.2010", "Mein Großvater stammte aus dem Dorf. Gibt es noch Fotos von der alten Schule?")]


def test_old_forum_posts_as_table_rows_take_the_post_date_not_the_joined_date():
    # phpBB 2's table.forumline: per post a row (poster, "Joined: DATE"; "Posted: DATE Post subject: …",
    # the text), a "Back to top" row and a spacer row.
    s = fixture_page("phpbb2_forumline.html")
    assert [(c.author, c.posted, c.text[:30]) for c in s.comments] == [
        ("oldsteamer", "Mon Oct 01, 2012 10:11 am", "What hydraulic test pressure d"),
        ("Jim Ewins", "Mon Oct 01, 2012 11:30 am", "Twice working pressure is the "),
        ("oldsteamer", "Mon Oct 01, 2012 12:02 pm", "Thanks Jim, that matches what ")]


def test_a_table_whose_rows_all_have_one_shape_is_still_one_entry_per_row():
    rows = "".join(f"<tr><td><b>{name}</b><br>{date}</td><td>{text}</td></tr>" for name, date, text in [
        ("Monika", "12.03.2009 14:22", "Lovely photos of the garden, greetings from Hamburg!"),
        ("Peter S.", "10.03.2009 09:05", "Found your page by chance while looking for the old mill.")])
    s = seg(ARTICLE + f"<table>{rows}</table>")
    assert [(c.author, c.posted) for c in s.comments] == [("Monika", "12.03.2009 14:22"), ("Peter S.", "10.03.2009 09:05")]


def test_a_blogger_post_written_with_line_breaks_keeps_its_title_text_and_day_header():
    # Classic Blogger: the post's <p> closes at its first <div>, so the post is <br> lines only and
    # the one paragraph on the page was the blog's description, taken for the article under the
    # blog's name. The day's h2.date-header stands above the post, outside it.
    s = fixture_page("blogger_classic_br_post.html")
    article = s.articles[0]
    assert (article.title, article.posted) == ("The blue scarf is finished", "Tuesday, January 06, 2009")
    assert "seed stitch for the border" in article.text and "odd cup of tea" not in article.text
    assert [c.author for c in s.comments] == ["Lucy", "Anonymous"]


def test_old_reddit_post_title_not_the_subreddit_name():
    # The subreddit's name is the page's h1 (in the sidebar); the post's title is p.title > a.title,
    # and the head's <title> names both: "POST : subreddit".
    s = fixture_page("old_reddit_usertext.html")
    assert s.articles[0].title == "Our city finally got protected bike lanes"


def test_a_site_name_heading_stays_when_the_post_title_is_not_shown_on_its_own():
    # "Fat Head » Interview…": the site's name is also a film's, named in <em> in the story's text.
    s = seg('<div id="header"><h1>Fat Head</h1></div><div class="post"><p>We watched <em>Interview With Tom</em> '
            "again last night, and it still holds up after all these years of diet advice.</p>"
            "<p>The film was made on a tiny budget, with the director eating fast food for a month.</p></div>",
            "<title>Fat Head » Interview With Tom</title>")
    assert s.articles[0].title == "Fat Head"


VOTED_HEADERS = [
    # JComments without its author span: vote count, number link, then the name as plain text
    ('<span class="comments-vote"><span class="vote-plus">{votes}</span></span> <a class="anchor" href="#c{n}">#{n}</a> '
     '{name} <span class="comment-date">{date}</span>'),
    '<div class="comment-head">{votes} #{n} {name} {date}</div>',  # one header line
    '<div class="comment-author">{votes} #{n} {name}</div>',  # an author field holding the counters
]


@pytest.mark.parametrize("header", VOTED_HEADERS)
def test_vote_counts_and_comment_numbers_before_the_name_are_not_the_name(header):
    rows = "".join(f'<div class="comment">{header.format(votes=votes, n=n, name=name, date=date)}'
                   f'<div class="comment-body">{text}</div></div>'
                   for n, (votes, name, date, text) in enumerate([
                       ("+12", "Derek H", "2012-10-05 10:11", "About time, the potholes on the approach are a disgrace."),
                       ("-1", "Sue Barker", "2012-10-05 11:40", "Six months of diversions past the school, brilliant.")], 1))
    s = seg(ARTICLE + f'<div id="comments">{rows}</div>')
    assert [c.author for c in s.comments] == ["Derek H", "Sue Barker"]
    assert s.comments[1].text == "Six months of diversions past the school, brilliant."


def test_written_by_before_a_name_is_not_the_name():
    # JomComment (Joomla): a title, then "written by NAME, DATE" in a span of no field's name
    rows = "".join(f'<div class="jomentry{n}"><span class="jc_comment_title">{title}</span><br>'
                   f'<span class="small">written by {name}, {date}</span><br><div class="comment-text">{text}</div></div>'
                   for n, title, name, date, text in [
                       (1, "Energy", "Tony Hamilton", "October 24, 2012", "How many kilowatts does it take to make it?"),
                       (2, "Re: Energy", "lynn", "October 25, 2012", "More than it gives back, I would guess.")])
    s = seg(ARTICLE + f'<div id="jc_commentsDiv">{rows}</div>')
    assert [(c.author, c.posted, c.title) for c in s.comments] == [
        ("Tony Hamilton", "October 24, 2012", "Energy"), ("lynn", "October 25, 2012", "Re: Energy")]


def test_phpbb3_posts_take_the_post_date_not_the_joined_date_and_drop_the_by_line():
    # prosilver: dl.postprofile "<strong>Joined:</strong> DATE" beside p.author "Post by NAME » DATE"
    s = fixture_page("phpbb3_prosilver.html")
    assert [(c.author, c.posted, c.title, c.text[:20]) for c in s.comments] == [
        ("oldsteamer", "Mon Oct 01, 2012 10:11 am", "Boiler test pressure", "What hydraulic test "),
        ("Jim Ewins", "Mon Oct 01, 2012 11:30 am", "Re: Boiler test pressure", "Twice working pressu")]


def test_vbulletin_user_rank_is_not_the_post_title():
    s = fixture_page("vbulletin4_postbit.html")
    assert [(c.author, c.posted, c.title) for c in s.comments] == [
        ("snowdriver", "11-04-2012, 09:14 AM", "Winter tyres worth it?"), ("Margaret T", "11-04-2012, 10:02 AM", None)]
    assert s.comments[0].text.startswith("Are winter tyres worth the money")


def test_commento_cards_with_hashed_ids_and_a_nested_reply():
    # Italian "commento" class words; ids "commento-header-a1" name a part, not a comment
    s = fixture_page("commento_nested.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Marta", "2 years ago", None, "Did you use a relay for outgoing mail, or send directly from the box?"),
        ("Owen", "2 years ago", 0, "Directly. My provider's address range had a clean reputation, which helped.")]


@pytest.mark.parametrize("name, expected", [
    ("livefyre_stream.html", [("kickflip_kate", "2013-05-14T18:02:00+00:00", None), ("Dave R.", "2013-05-14T19:40:00+00:00", 0),
                              ("taxpayer99", "2013-05-15T08:12:00+00:00", None)]),
    ("hyvor_talk.html", [("Priya N", "2021-06-02T14:05:00", None), ("Tom B", "2021-06-03T08:40:00", None)]),
])
def test_comment_widgets_rendered_in_the_page(name, expected):
    # Livefyre's article.fyre-comment-article (replies in .fyre-comment-children), Hyvor Talk's div.ht-comment
    s = fixture_page(name)
    assert [(c.author, c.posted_iso, c.parent) for c in s.comments] == expected
    assert all(c.text and "Reply" not in c.text and "Like" not in c.text for c in s.comments)


def test_persian_news_comments_with_reply_links_and_like_counters():
    # A bare header (name | Persian date), the text, then "پاسخ" and like/dislike counts as links
    s = fixture_page("fa_news_counters.html")
    assert [(c.author, c.posted, c.text) for c in s.comments] == [
        ("رضا", "۱۲ آبان ۱۳۹۱ - ۱۰:۳۰", "با این حقوق‌ها دیگر مترو هم سوار نمی‌شویم. کاش اول کیفیت را بالا ببرند."),
        ("مریم", "۱۲ آبان ۱۳۹۱ - ۱۱:۰۵", "موافقم، قطارهای خط چهار همیشه شلوغ است.")]
    # named fields (ul.comments-list, span.cm-name, span.cm-date) and a reply in ul.replies
    s = fixture_page("fa_news_comments_list.html")
    assert [(c.author, c.posted, c.parent) for c in s.comments] == [
        ("رضا", "۱۲ آبان ۱۳۹۱ - ۱۰:۳۰", None), ("مریم", "۱۲ آبان ۱۳۹۱ - ۱۱:۰۵", 0), ("ناشناس", "۱۲ آبان ۱۳۹۱ - ۱۲:۴۰", None)]
    assert all("پاسخ" not in c.text and "۱۲" not in c.text for c in s.comments)
    assert s.articles[0].posted == "۱۱ آبان ۱۳۹۱ - ۰۹:۱۵"


@pytest.mark.parametrize("line, chrome", [("پاسخ ۱۲ ۳", True), ("Reply 4", True), ("Like 5 Reply", True),
                                          ("Reply 0 likes Show 2 more replies", True), ("View 1 reply Report", True),
                                          ("12 3", False), ("I agree with 12 of them", False),
                                          ("Show me the replies you got", False)])
def test_button_lines_with_counts_are_chrome(line, chrome):
    from analyzer.segment.html import _chrome_line
    assert _chrome_line(line) is chrome


def test_persian_wordpress_rtl_thread():
    s = fixture_page("fa_wordpress_rtl.html")
    assert [(c.author, c.posted_iso, c.parent) for c in s.comments] == [
        ("سارا", "2012-11-03T10:30:00+03:30", None), ("مهتاب", "2012-11-03T12:00:00+03:30", 0)]
    assert s.comments[0].text == "سنگ از کجا تهیه کنم؟ سنگ‌های حیاط مناسب است؟"
    assert "دیدگاهتان" not in s.articles[0].text


def test_replies_nested_four_levels_deep_keep_their_chain():
    s = fixture_page("wordpress_nested_four_levels.html")
    assert [(c.author, c.parent) for c in s.comments] == [
        ("Nadia", None), ("Paul (author)", 0), ("Nadia", 1), ("Paul (author)", 2), ("Gregor", None)]


def test_discourse_posts_answer_the_topic_not_its_first_post():
    # Crawler view: Comment items inside the topic's DiscussionForumPosting, which holds post 1
    s = fixture_page("discourse_crawler.html")
    assert [(c.author, c.posted_iso, c.parent) for c in s.comments] == [
        ("greenthumb", "2021-07-02T08:15:00+00:00", None), ("allotment_al", "2021-07-02T09:40:00+00:00", None),
        ("greenthumb", "2021-07-03T18:05:00+00:00", None)]
    assert all("Likes" not in c.text for c in s.comments)


def test_vanilla_role_titles_are_not_comment_titles():
    s = fixture_page("vanilla_forum.html")
    assert [(c.author, c.title, c.posted_iso) for c in s.comments] == [
        ("hillclimber", None, "2022-06-14T07:41:12+00:00"), ("Joanne K", None, "2022-06-14T09:02:55+00:00")]
    assert s.comments[0].text.startswith("A mid-drive motor")


def test_facebook_comments_plugin_markup():
    s = fixture_page("facebook_comments_plugin.html")
    assert triples(s) == [
        ("Dana Whitfield", "December 3, 2012 at 9:00am", "Our stop is now a mile from the house. Nobody asked the parents."),
        ("Mike Osei", "December 3, 2012 at 11:00am", "The district held two meetings in October about this.")]


def test_intensedebate_reply_nested_without_a_comment_class_is_its_own_comment():
    # div#idc-comment-101.idc-thread (an id with a comment word) holds its reply in a
    # div.idc-thread.idc-nested with none: the reply was read as part of the comment's text.
    s = fixture_page("intensedebate_nested.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Guest", "Oct 4, 2012 10:02 AM", None, "The honey stall alone is worth the trip. Happy birthday market!"),
        ("Rosa", "Oct 4, 2012 11:30 AM", 0, "Agreed, and the bread man is back after his summer break."),
        ("Pete from Leeds", "Oct 5, 2012 8:15 PM", None, "Wish they would open on Sundays too.")]


def test_vbulletin3_post_tables():
    s = fixture_page("vbulletin3_tables.html")
    assert [(c.author, c.posted) for c in s.comments] == [("minimad", "03-14-2009, 07:22 PM"),
                                                          ("Rich the welder", "03-14-2009, 08:05 PM")]
    assert s.comments[1].text == "Replace them. Patches on inner sills never last and the MOT tester will fail them anyway."


def test_answers_declared_in_json_ld_leave_the_article_wherever_the_page_shows_them():
    # A QAPage: the accepted answer's box is shaped unlike the others, so no detector took it, and
    # being longer than the question it was taken for the article.
    s = fixture_page("stackexchange_qapage_jsonld.html")
    assert [(c.author, c.posted) for c in s.comments] == [("bakerbob", "2021-03-01T12:00:00Z"),
                                                          ("crumbshot", "2021-03-02T08:00:00Z")]
    assert s.articles[0].text == "My loaves spread flat in the oven. What am I doing wrong?"


def test_thread_toggles_counts_and_moderation_notes_are_not_comment_text():
    # The text is the comment box's own: its footer's buttons, counts, "View 1 reply" and the
    # writer's "Your comment is awaiting moderation." stayed in it.
    s = fixture_page("comment_footer_buttons.html")
    assert [(c.author, c.parent, c.text) for c in s.comments] == [
        ("Lena", None, "Great news for those of us who work until six."),
        ("Tomasz", 0, "Same here, finally I can return books on time."), ("Ahmed", None, "Now do Sundays please.")]


def test_schema_comments_in_a_json_data_block_are_read_as_data():
    # A page's state in <script type="application/json"> (Next.js's __NEXT_DATA__) holding schema.org
    # Comment objects; the scripts are parsed as JSON, never run. A config block is no thread.
    s = fixture_page("comments_in_json_data_block.html")
    assert [(c.author, c.posted, c.parent) for c in s.comments] == [
        ("Ines", "2023-02-01T21:04:00Z", None), ("Karl", "2023-02-01T22:10:00Z", 0), ("Bo", "2023-02-02T07:30:00Z", None)]
    assert s.articles[0].title == "Night buses return"


def test_guestbook_entries_run_on_between_horizontal_rules():
    # "<b>NAME</b> - DATE<br>TEXT <hr> …": loose text and inline tags, no element per entry; the first
    # entry before the first rule, a "Page 1 of 4" line after the last.
    s = fixture_page("guestbook_hr_separated.html")
    assert [(c.author, c.posted) for c in s.comments] == [
        ("Marion & Dave", "14 August 2009"), ("The Okafor family", "2 August 2009"), ("Jens", "28 July 2009")]
    assert s.comments[2].text == "Perfect base for walking the coast path. Spotless and cosy."
    assert "rock pools" not in s.articles[0].text and "Leave a note" in s.articles[0].text


def test_persian_says_verbs_after_the_name_are_not_the_name():
    # A Persian WordPress theme without a span.says: "علی می‌گوید:", "نگار گفته:" in the author box
    s = fixture_page("fa_says_in_author_box.html")
    assert [(c.author, c.posted) for c in s.comments] == [("علی", "۱۵ آبان ۱۳۹۱ ساعت ۱۰:۱۲"),
                                                          ("نگار", "۱۶ آبان ۱۳۹۱ ساعت ۰۸:۴۰")]


def test_blogger_threaded_comments_with_inline_reply_threads():
    # Blogger's threaded layout: li.comment > div.comment-block, replies in div.comment-replies >
    # div.comment-thread.inline-thread > ol; "Replies", "Reply", "Delete", "Add comment", "Load more..."
    s = fixture_page("blogger_threaded_replies.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Lucy", "March 2, 2014 at 8:20 PM", None, "They look so warm! Did you use the same yarn as the scarf?"),
        ("Anne", "March 2, 2014 at 9:05 PM", 0, "Yes, Drops Baby Merino again, in two colours."),
        ("Marta", "March 3, 2014 at 7:41 AM", None, "Purple and green is such a fun combination.")]


def test_replies_nested_in_a_dd_are_no_part_of_the_comment_they_answer():
    # Thesis's <dl> thread: dt.comment (name, date) and dd.comment (text) pairs, replies in a
    # dl.children inside the answered comment's <dd>. Their headers and texts ran into it (14 fit
    # dragnet pages: Paulo Coelho's blog, a reply's text read twice).
    s = fixture_page("thesis_dt_dd_children.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Jessica", "June 28, 2012 at 1:56 pm", None,
         ("I have tried to forgive my brother for years and every time I think I am done, something brings it back.\n"
          "Maybe forgiving is something you have to do again and again.")),
        ("Daniel", "June 28, 2012 at 3:10 pm", 0, "Same here with my father. It gets a little lighter each time, though."),
        ("مریم", "June 29, 2012 at 9:02 am", 1, "من هم همین\u200cطور. بخشیدن کار یک روز نیست."),
        ("Heart", "June 28, 2012 at 5:34 pm", None, "Thank you for this post, it came at the right moment for me.")]


def test_a_text_box_opening_with_the_date_is_the_comment_text():
    # A news site's comment: a header box (the name, a bio line, a fan count) over a text box that
    # opens with the time (div.comment-body > div.comment-time). The box holds a date, so the whole
    # comment was read instead, with the bio, the count and the buttons (HuffPost, 2 fit dragnet pages).
    # A header box with a long bio or note (سارا's, p_dunne's) stood for the whole comment: its text
    # lost, the note read instead, while the other boxes of its shape, shorter, grew to the comment.
    s = fixture_page("comment_body_opens_with_time.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("hannah_k", "4 minutes ago (9:12 PM)", None, "Finally. I have waited ten years for this line."),
        ("oldtowner", "6 minutes ago (9:10 PM)", None, "Two years of roadworks on Mill Street will close half of its shops."),
        ("سارا", "۹ دقیقه پیش", None, "امیدوارم این بار بودجه واقعاً برسد."),
        ("p_dunne", "12 minutes ago (9:04 PM)", None, "Who pays if the budget does not hold?")]


def test_a_comment_holding_found_replies_is_a_comment_too():
    # WordPress-like thread, no author fields: comments found as a run of li.comment with free text.
    # Marco's comment is mostly a link, so not in the run, while the replies nested in it are: as it
    # held found comments, it was taken for a wrapper of them, its text lost and its replies made to
    # answer Ines (fit dragnet pages 39, twice, and Slashdot's 360).
    s = fixture_page("plain_name_comment_holding_replies.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Ines", "March 3rd, 2013, 9:14 am", None, "Weighing everything changed my baking more than any new flour did."),
        ("Marco", "March 3rd, 2013, 10:02 am", None,
         "http://example.org/guides/rye-bread-for-beginners-with-times-and-temperatures\nNumbers to start from."),
        ("Lena", "March 3rd, 2013, 11:40 am", 1, "Fair point: start from the numbers, then watch the dough."),
        ("Paul", "March 3rd, 2013, 12:15 pm", 1, "Marco, the times in that guide assume a much warmer kitchen than mine."),
        ("Marco", "March 3rd, 2013, 1:30 pm", 3, "Same here in winter. I keep the dough in the oven with the light on."),
        ("شیرین", "March 4th, 2013, 8:05 am", None, ("من هم نان جو می\u200cپزم. صبر سخت\u200cترین بخشش است.\n"
         "درباره\u200cی آرد چاودار هنوز نظری ندارم، چون فقط دو بار با آن نان پخته\u200cام و هر دو بار خمیر خیلی چسبناک شد. "
         "شاید آب را زیاد ریخته بودم، شاید هم آشپزخانه\u200cی من زمستان\u200cها بیش از اندازه سرد است. "
         "اگر کسی تجربه\u200cای دارد که چقدر آب برای آرد چاودار کافی است، خوشحال می\u200cشوم اینجا بنویسد. "
         "ممنون از نوشته\u200cی خوبتان و از همه\u200cی کسانی که تجربه\u200cهایشان را اینجا گذاشته\u200cاند."))]
    # شیرین's comment says "هنوز نظری ندارم" (I have no opinion yet) in passing: "هنوز نظری" opens a
    # "no comments yet" notice, and the comment was dropped as one (on 39, a reply saying "no comments
    # from him there yet": 884 characters).


def test_a_short_sentence_naming_a_date_is_no_comment_header():
    # Drupal-like comments: the header's date beside a permalink (no leaf of its own), the text in
    # paragraphs. A short paragraph naming a date was read as the comment's date and left out of
    # its text (fit dragnet page T145: "Thing is, it looks like we'll make it to 1/1/2013.").
    s = fixture_page("dated_sentence_in_comment.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("ledger_lee", "Thu, 08/09/2012 - 15:32", None,
         "Thing is, it looks like we'll make it to 1/1/2013.\nThen the real fight starts."),
        ("مریم", "Thu, 08/09/2012 - 15:40", None,
         "فکر نمی\u200cکنم تا ۲۲ اسفند ۱۳۹۱ هم توافقی در کار باشد.\nهر دو طرف منتظر انتخابات\u200cاند."),
        ("j_ortega", "Thu, 08/09/2012 - 15:51", None, "Nobody wants to own the cuts before the election.")]


GUEST_EN = ("Glad to see it open again. I used to go every Saturday with my children, and we missed the reading "
            "room and the old wooden tables a lot.")
GUEST_FA = ("چه خوب که دوباره باز شد. من هر هفته با بچه\u200cها به آنجا می\u200cرفتم و در این مدت جای کتابخانه و "
            "میزهای چوبی قدیمی\u200cاش خیلی خالی بود.")


def test_a_writer_after_the_date_and_a_dash_or_bar_is_read():
    # Drupal prints the submitted line as DATE — NAME, the name a link for members and plain text
    # for guests ("DATE — Old Reader (not verified)"); only "DATE by NAME" was read, so every guest
    # went unnamed (fit dragnet pages R700, 9 comments, and R698). The fixture's two short comments
    # made long: a short one in a "comment-published" box is dropped (the known limit below).
    page = (SHAPES / "drupal_comment_published.html").read_text(encoding="utf-8")
    page = page.replace("<p>Glad to see it open again.</p>", f"<p>{GUEST_EN}</p>").replace(
        "<p>چه خوب که دوباره باز شد.</p>", f"<p>{GUEST_FA}</p>")
    s = segment_html(html_page("drupal_guest_writer.html", page.encode("utf-8")))
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("Helen Park", "Sat, 2012-11-10 10:05", None,
         ("The reading room is lovely, but the opening hours are shorter than before, and the library is "
          "closed on Sundays, when most of us would have time to go.")),
        ("Old Reader", "Sat, 2012-11-10 11:20", None, GUEST_EN), ("کاوه", "Sat, 2012-11-10 12:45", None, GUEST_FA)]


@pytest.mark.xfail(strict=True, reason="a known limit: reading the box last as a date field (helper commit 5d2e0c1) found "
                   "these on fit pages but lowered validation comments recall 92.4 -> 91.6; reverted")
def test_a_short_comment_whose_class_says_published_is_kept():
    # Drupal's "comment comment-published" (HuffPost's "published_comment"): "published" is a date
    # word, so a short comment's whole box (120 characters or fewer) is its date field, left out of
    # its text, and the comment, empty, is dropped (2 fit dragnet pages: 6 comments).
    s = fixture_page("drupal_comment_published.html")
    assert [(c.author, c.text) for c in s.comments] == [
        ("Helen Park", ("The reading room is lovely, but the opening hours are shorter than before, and the library is "
          "closed on Sundays, when most of us would have time to go.")),
        ("Old Reader", "Glad to see it open again."), ("کاوه", "چه خوب که دوباره باز شد.")]


def test_new_reddit_custom_elements():
    # shreddit-comment elements nested for replies, the name in a hovercard link, the date a <time>
    s = fixture_page("new_reddit_shreddit.html")
    assert [(c.author, c.posted_iso, c.parent) for c in s.comments] == [
        ("hvac_tech_22", "2023-01-09T15:10:00+00:00", None), ("cold_in_ohio", "2023-01-09T16:02:00+00:00", 0),
        ("frugal_fixer", "2023-01-10T08:45:00+00:00", None)]
    assert s.comments[1].text == "That is what I was afraid of. Thanks for the honest answer."
    assert s.articles[0].title == "Is a 10 year old heat pump worth repairing?"


def test_the_shipped_article_model_is_what_training_on_the_current_html_route_gives():
    """The article model's block features come from the HTML route (``html.py``), so changing it
    changes what ``analyzer train article`` gives: the shipped file must then be rebuilt, as after
    session 9's HTML rules it was not (113 of the 647 fit pages read differently).

    Training records a digest of each fit page's blocks, features and labels
    (``data/models/article-pages.tsv``): the pages that read differently are named, and where none
    does, the refit at the shipped cuts must give the shipped file back, number for number. (CI
    failed here now and then with 55 pages read differently: a Dask test's threads had left one
    thread's text memo to the whole process, fixed in ``html._unchanging``.)"""
    import json

    from analyzer.evaluate import shared_root
    from analyzer.segment import article_train as T

    if not (shared_root() / T.DATA).exists():
        pytest.skip("../shared is absent: the model is fitted on its dragnet pages")
    data = T.examples(shared_root() / T.DATA)
    changed = T.changed_pages(data)
    recorded = len(T.read_pages())
    assert not changed, (
        f"{len(changed)} of {recorded} fit pages read differently from when the article model was trained "
        f"({', '.join(changed[:12])}): run `analyzer train article`")
    shipped = json.loads(T.MODEL_PATH.read_text(encoding="utf-8"))
    refit = T.fit(data, T.first_stage_out_of_fold(data), shipped["threshold"], shipped["threshold_inside"])
    assert refit.to_json() == shipped, \
        "the shipped article model is not what training on the current HTML route gives: run `analyzer train article`"


def test_a_changed_page_reading_is_told(tmp_path):
    """The page digests see a block's text, a feature and a label change, and a page gone."""
    import numpy as np

    from analyzer.evaluate.dragnet import GoldPage
    from analyzer.segment import article_train as T

    def example(page_id, texts, x, y):
        gold = GoldPage(page_id, tmp_path / f"{page_id}.html", [], None, False)
        return T.Example(gold, [], None, texts, np.array(x, dtype=float), np.array(y, dtype=float),
                         np.ones(len(texts)), [], "", None)

    data = [example("a", ["One line", "Two"], [[1.0, -0.0], [2.0, 0.5]], [1, 0]),
            example("b", ["Three"], [[3.0, 0.25]], [1])]
    path = tmp_path / "pages.tsv"
    T.write_pages(data, path)
    assert T.changed_pages(data, path) == []
    assert T.changed_pages([example("a", ["One line", "Two"], [[1.0, 0.0], [2.0, 0.5000001]], [1, 0]), data[1]],
                           path) == []  # -0.0 is 0.0; digits past the sixth decimal are not kept
    assert T.changed_pages([example("a", ["One line!", "Two"], [[1.0, 0.0], [2.0, 0.5]], [1, 0]), data[1]],
                           path) == ["a"]
    assert T.changed_pages([data[0], example("b", ["Three"], [[3.0, 0.26]], [1])], path) == ["b"]
    assert T.changed_pages([data[0], example("b", ["Three"], [[3.0, 0.25]], [0])], path) == ["b"]
    assert T.changed_pages([data[0]], path) == ["b"]


def test_the_text_memo_of_one_thread_is_not_left_to_another():
    """Dask workers segment pages in several threads. With one memo for the process, a thread
    that entered a read-only phase while another was in one, and left it last, put the other's
    memo back for good: later pages then read an element's text from before it changed (the
    full suite failed now and then, after the Dask cluster test, on the article model's pages)."""
    import threading

    from lxml import etree

    from analyzer.segment import html as H

    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()

    def first():
        with H._unchanging():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def second():
        a_in.wait(5)
        with H._unchanging():
            b_in.set()
            a_out.wait(5)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    el = etree.fromstring("<p>before</p>")
    assert H._short_text(el) == "before"
    el.text = "after"
    assert H._short_text(el) == "after"  # outside a read-only phase nothing is remembered
    with H._unchanging():
        assert H._short_text(el) == "after"


def _dl_thread(heading: str, names: list[tuple[str, str, str]]) -> str:
    """A ``<dl>`` thread (the Thesis theme) whose list is ``div#comments``, with a trackback in its
    own ``<dl>`` above the comments; the last comment is the post's author's, marked
    ``author_comment`` on its ``<dt>`` and its ``<dd>``, which reads as an author field."""
    rows = "".join(
        f'<dt class="{kind}" id="comment-{n}"><p><span class="comment_author">{name}</span> '
        f'<span class="comment_time">{when}</span></p></dt><dd class="{kind}"><div class="format_text"><p>{text}</p></div></dd>'
        for n, (name, when, text) in enumerate(names, 1)
        for kind in ["comment author_comment" if n == len(names) else "comment"])
    return (f'<div id="comments"><div class="comments_intro"><p>{{ 1 trackback }}</p></div>'
            f'<dl id="trackback_list"><dt><a href="http://elsewhere.example/post" rel="external nofollow" class="url">'
            f'A post elsewhere | elsewhere.example</a></dt><dd>07.13.12 at 08:07</dd></dl>'
            f'<div class="comments_intro"><p>{heading}</p></div><dl id="comment_list">{rows}</dl></div>')


def test_a_list_named_in_the_plural_is_not_a_comment_though_a_trackback_names_someone_in_it():
    s = seg(ARTICLE + _dl_thread("{ 2 comments… read them below or add one }", [
        ("David", "07.13.12 at 07:34", "Should I use empty catch blocks or not?"),
        ("Richard", "07.13.12 at 10:52", "A typo in the second paragraph?"),
        ("John", "07.13.12 at 10:54", "Thanks. Typo fixed.")]))
    assert people(s) == [("David", "07.13.12 at 07:34", None), ("Richard", "07.13.12 at 10:52", None),
                         ("John", "07.13.12 at 10:54", None)]
    assert [c.text for c in s.comments] == ["Should I use empty catch blocks or not?", "A typo in the second paragraph?",
                                            "Thanks. Typo fixed."]


def test_a_list_named_in_the_plural_is_not_a_comment_in_persian():
    s = seg(ARTICLE + _dl_thread("{ ۲ نظر }", [
        ("مینا", "۱۳۹۱/۰۴/۲۳ ساعت ۰۷:۳۴", "باران بالاخره آمد، ولی دیر."),
        ("امید", "۱۳۹۱/۰۴/۲۳ ساعت ۰۷:۳۸", "چاه‌ها هنوز خالی‌اند."),
        ("نویسنده", "۱۳۹۱/۰۴/۲۳ ساعت ۰۸:۱۰", "ممنون، درست شد.")]).replace('id="comments"', 'class="نظرات"'))
    assert [(c.author, c.parent) for c in s.comments] == [("مینا", None), ("امید", None), ("نویسنده", None)]
    assert s.comments[2].text == "ممنون، درست شد."


def test_a_comment_named_in_the_singular_keeps_its_replies():
    reply = ('<li class="comment depth-2"><div class="comment-author"><cite>{}</cite> says:</div>'
             '<div class="comment-meta">September 2, 2012 at {}</div><p>{}</p></li>')
    s = seg(ARTICLE + '<ol class="commentlist"><li class="comment depth-1"><div class="comment-author"><cite>Anne</cite> says:</div>'
            '<div class="comment-meta">September 2, 2012 at 8:06 pm</div><p>Rain at last, and the wells fill again.</p>'
            '<ul class="children">' + reply.format("Mina", "9:00 pm", "Ours are still dry.")
            + reply.format("Omid", "9:30 pm", "Same here, sadly.") + '</ul></li></ol>')
    assert [(c.author, c.parent) for c in s.comments] == [("Anne", None), ("Mina", 0), ("Omid", 0)]


def _typepad_thread(rows: list[tuple[str, str, str, str]]) -> str:
    """TypePad's comment boxes: no author field the detectors know, each closed by a "Posted by:" footer
    whose name and date are links; ``kind`` is the box's own class words (odd/even, the owner's mark)."""
    box = ('<div class="comment {kind} comment-has-avatar" id="comment-{n}">'
           '<div class="comment-content"><p>{text}</p></div>'
           '<p class="comment-footer">Posted by: <a href="http://profile.example.com/{n}">{name}</a> | '
           '<a href="http://blog.example.com/post.html#comment-{n}">{date}</a></p></div>')
    return ('<div class="comments-content">'
            + "".join(box.format(n=n, kind=kind, name=name, date=date, text=text)
                      for n, (kind, name, date, text) in enumerate(rows)) + "</div>")


@pytest.mark.parametrize("rows", [
    [("comment-odd", "Artillery", "September 21, 2012 at 07:14 AM",
      'Mine: <a href="https://social.example.com/artillerymarket">https://social.example.com/artillerymarket</a>'),
     ("comment-even", "Grant", "September 21, 2012 at 06:26 PM",
      "Thanks for sharing this feature along with your own helpful tips about the header photo."),
     ("comment-odd comment-by-owner", "David Scott", "September 22, 2012 at 06:03 AM",
      "Looking good, Grant, and thanks for the kind words about the post."),
     ("comment-even", "Joseph", "September 22, 2012 at 12:44 PM",
      "It was quite hard to choose a header, but I think I found one that shows the brand.")],
    [("comment-odd", "آرش", "September 21, 2012 at 07:14 AM",
      'مال من: <a href="https://social.example.com/arash-header-photo">https://social.example.com/arash-header-photo</a>'),
     ("comment-even", "مینا", "September 21, 2012 at 06:26 PM",
      "ممنون که این ویژگی را همراه با نکته‌های خودتان درباره‌ی عکس سربرگ معرفی کردید."),
     ("comment-odd comment-by-owner", "داوود", "September 22, 2012 at 06:03 AM",
      "خیلی خوب شده مینا، و ممنون از لطفت درباره‌ی این نوشته."),
     ("comment-even", "امید", "September 22, 2012 at 12:44 PM",
      "انتخاب سربرگ سخت بود، ولی فکر می‌کنم یکی پیدا کردم که نشان تجاری را خوب نشان می‌دهد.")],
])
def test_the_post_owners_comments_and_a_link_heavy_first_comment_stay_in_the_thread_in_order(rows):
    # TypePad marks the post's author's comments "comment-by-owner", as WordPress marks them
    # "bypostauthor": a mark of who wrote it, not another kind of box. The first comment, mostly
    # its links, is found as a sibling of the others, and keeps its place in the thread.
    s = seg(ARTICLE + _typepad_thread(rows))
    assert [(c.author, c.posted) for c in s.comments] == [(name, date) for _, name, date, _ in rows]


def _meta_box_thread(rows: list[tuple[str, str, str]]) -> str:
    """WordPress boxes where the "comment-meta" box ("meta" reads as a date word) holds the date, the
    name and the text box, and a "Profile" link stands where the author field usually is."""
    box = ('<li class="comment depth-1" id="li-comment-{n}"><div id="comment-{n}">'
           '<div class="comment-author vcard avatar-cell"><a href="/u/{n}"><img src="/u/{n}.jpg"></a>'
           '<a class="profile_link" href="/u/{n}">Profile</a></div>'
           '<div class="comment-meta commentmetadata comment_text"><div class="comment_date">{date}</div>'
           '<div class="comment_author">{name}</div><div class="comment-body"><p>{text}</p></div></div>'
           '</div></li>')
    return ('<div id="comments"><ol class="commentlist">'
            + "".join(box.format(n=n, name=name, date=date, text=text) for n, (name, date, text) in enumerate(rows))
            + "</ol></div>")


@pytest.mark.parametrize("rows", [
    [("Torgo", "11.05.12 at 2:01 pm", "No San Francisco or Seattle :-("),
     ("Johnny Lager", "11.05.12 at 2:12 pm", "I will not carry you around on my shoulders until you zip up."),
     ("SallyGally", "11.05.12 at 2:47 pm", "Why is Ohio given a nice thing, but not Chicago?")],
    [("مینا", "۱۳۹۱/۰۸/۱۵ ساعت ۱۴:۰۱", "در شیراز نمایش نمی‌دهند؟"),
     ("امید", "۱۳۹۱/۰۸/۱۵ ساعت ۱۴:۱۲", "من که تا آخر هفته صبر می‌کنم تا بلیت ارزان شود."),
     ("سارا", "۱۳۹۱/۰۸/۱۵ ساعت ۱۴:۴۷", "چرا تهران آری و تبریز نه؟")],
])
def test_a_meta_box_that_holds_the_text_box_is_no_date_field(rows):
    s = seg(ARTICLE + _meta_box_thread(rows))
    assert triples(s) == rows


EXCELLENT = ("Excellent! I love the challenge of getting the word out for free, or at least making sure "
             "that what we pay for pays off in the end.")
WELL_TIMED = ("A very well-timed article for me, as I start on my own book this month. Thanks for the "
              "practical steps, I will try the first three.")


def test_a_meta_box_of_the_header_alone_stays_out_of_the_text():
    # "NAME — <a>DATE</a>" in p.cm-meta, "DATE | Permalink" in div.comment-meta: the box is the date's field
    rows = "".join(
        f'<li class="comment" id="comment-{n}"><div class="comment_entry">'
        f'<p class="cm-meta"><a class="url" href="http://x.example/{n}">{name}</a> — '
        f'<a href="#comment-{n}" class="comment-meta-time">{date}</a></p><p>{text}</p>'
        f'<div class="comment-meta"><a href="#comment-{n}">{date}</a> | <a href="#comment-{n}">Permalink</a></div>'
        f'</div></li>'
        for n, (name, date, text) in enumerate([
            ("Anna", "July 18th, 2012, 4:09 pm", EXCELLENT),
            ("Tomas", "July 18th, 2012, 4:15 pm", WELL_TIMED)]))
    s = seg(ARTICLE + f'<ol class="commentlist">{rows}</ol>')
    assert [(c.author, c.text) for c in s.comments] == [("Anna", EXCELLENT), ("Tomas", WELL_TIMED)]


def _citem(n: int, kind: str, title: str, name: str, date: str, text: str, replies: str = "") -> str:
    """SB Nation's comment: div.citem around the comment box (whose class says whether the writer has a
    picture, or the comment is recommended) and the replies to it."""
    return (f'<div class="citem" id="comment_item_{n}"><div id="comment_inner_{n}" class="{kind} not-new clearfix">'
            f'<h5 class="comment_title">{title}</h5><div class="cbody"><p>{text}</p></div>'
            f'<p class="by">by <a href="/users/{name}">{name}</a> on <span class="time">{date}</span></p></div>'
            f'<div id="comment_form_container_{n}"></div>{replies}</div>')


@pytest.mark.parametrize("names, texts", [
    (["bsosna", "zone3nole", "SoCalNole", "paperjames", "Nole27", "stevib"],
     ["Have to tip my hat to them, the clearest videos of the practice every single day of the week.",
      "It is as crisp and clear as if it were the primary focus, even the action on the far field.",
      "I see him getting a little playing time this year and starting over the senior next year.",
      "Excellent! Hopefully we will keep the whole roster healthy through the first four games.",
      "The second corner spot is open, and the coaches said as much after the first scrimmage.",
      "Brooks is not moving, I do not think we know enough about any of the young players yet."]),
    (["مینا", "امید", "سارا", "آرش", "نیما", "لیلا"],
     ["باید به آن‌ها تبریک گفت، روشن‌ترین ویدیوهای تمرین را هر روز هفته منتشر می‌کنند.",
      "تصویر آن‌قدر روشن است که انگار بازی آن سوی زمین موضوع اصلی فیلم بوده است.",
      "فکر می‌کنم امسال کمی بازی کند و سال بعد در ترکیب اصلی قرار بگیرد.",
      "عالی است! امیدوارم همه‌ی بازیکنان تا چهار بازی اول سالم بمانند.",
      "جای مدافع دوم خالی است و مربی‌ها هم بعد از اولین بازی تمرینی همین را گفتند.",
      "فکر نمی‌کنم کسی جابه‌جا شود، هنوز درباره‌ی بازیکنان جوان چیز زیادی نمی‌دانیم."]),
])
def test_comment_boxes_that_differ_only_in_state_words_are_one_run(names, texts):
    # "comment cpic" (with a picture), "comment recommended", "comment": one kind of box, each in its
    # own div.citem with the replies to it; taking the largest of the three shapes lost the others,
    # and each box climbs to its div.citem, so that nesting says which comment a reply answers.
    kinds = ["comment cpic", "comment", "comment cpic", "comment recommended", "comment cpic", "comment"]
    dates = [f"Aug 9, 2012 10:4{n} AM EDT" for n in range(6)]
    thread = ""
    for n in reversed(range(6)):  # a chain of replies, each inside the div.citem of the one it answers
        thread = _citem(n, kinds[n], f"Title {n}", names[n], dates[n], texts[n], replies=thread)
    s = seg(ARTICLE + f'<div class="comment_master_list">{thread}</div>')
    assert [(c.author, c.posted, c.text, c.parent) for c in s.comments] == [
        (names[n], dates[n], texts[n], n - 1 if n else None) for n in range(6)]


@pytest.mark.parametrize("short", ["Wear it, Mark.", "بپوشش، مارک."])
def test_a_short_reply_whose_name_date_and_reply_links_outweigh_its_text_is_a_comment(short):
    # A comment's own header links (the writer's site, the date's permalink, "Reply") are no sign
    # of a link list: "Wear it, Mark." under "Tim — July 19th, 2012, 5:07 am" and its "Reply" was
    # left out of the thread, being mostly links.
    def box(n: int, name: str, date: str, text: str, replies: str = "") -> str:
        return (f'<li class="comment" id="comment-{n}"><div class="comment_entry">'
                f'<p class="cm-meta"><a class="url" href="http://site{n}.example.com/">{name}</a> — '
                f'<a href="#comment-{n}" class="comment-meta-time">{date}</a></p><p>{text}</p>'
                f'<a class="comment-reply-link" href="?replytocom={n}#respond">Reply</a></div>{replies}</li>')
    long = ("Great post. Although I love how everyone now uses the comments to launch their own books, "
            "I will buy yours first, and I will bring both shirts to be safe.")
    thread = (box(1, "Mark Anthony", "July 18th, 2012, 6:36 pm", long,
                  f'<ul class="children">{box(2, "Tim Ferriss", "July 19th, 2012, 5:07 am", short)}</ul>')
              + box(3, "Byron", "July 19th, 2012, 6:10 am", long.replace("Great post", "Outstanding stuff")))
    s = seg(ARTICLE + f'<ol class="commentlist">{thread}</ol>')
    assert [(c.author, c.text, c.parent) for c in s.comments] == [
        ("Mark Anthony", long, None), ("Tim Ferriss", short, 0),
        ("Byron", long.replace("Great post", "Outstanding stuff"), None)]


@pytest.mark.parametrize("names", [["Morten Hojbjerre", "Pete"], ["مرتضی حجازی", "پیمان"]])
def test_comment_found_by_its_dt_takes_the_author_from_its_own_text(names):
    # "<dt>2. NAME - <a>DATE</a></dt><dd>text</dd>": the <dt> itself the item, its text before the date names it
    rows = "".join(f'<dt class="comment even depth-1" id="comment-{n}"> {n}. {name} - <a href="#c{n}">20 August, 2011</a>'
                   f'</dt><dd class="comment odd alt depth-1"><p>{text}</p></dd>'
                   for n, (name, text) in enumerate(zip(names, ["Please show Mr Wenger some respect.",
                                                                "Totally agree with the post."]), start=1))
    s = seg(ARTICLE + f'<dl class="commentlist">{rows}</dl>')
    assert [(c.author, c.posted, c.text) for c in s.comments] == [
        (names[0], "20 August, 2011", "Please show Mr Wenger some respect."),
        (names[1], "20 August, 2011", "Totally agree with the post.")]


@pytest.mark.parametrize("rows", [
    [("Danae", "October 15, 2012", ("I love these! Thank you so much for capturing his little personality, "
                                    "we are already looking at your locations for next year.")),
     ("Maria", "October 16, 2012", "He's got swagger! :)"),
     ("José", "October 26, 2012", "Well, interesting enough, in Brazil people speak Portuguese, not Spanish.")],
    [("دانا", "October 15, 2012", ("این‌ها را خیلی دوست دارم! ممنون که شخصیت کوچکش را این‌قدر خوب ثبت کردید، "
                                   "از همین حالا دنبال جاهای سال بعد شما هستیم.")),
     ("ماریا", "October 16, 2012", "چه ژستی! :)"),
     ("ژوزه", "October 26, 2012", "جالب است که در برزیل مردم پرتغالی حرف می‌زنند، نه اسپانیایی.")],
])
def test_a_writers_mark_on_the_comment_box_is_no_author_field_and_a_short_text_box_no_name(rows):
    # Squarespace marks each comment "comment-wrapper authored-by-NAME", as WordPress marks it
    # "comment-author-NAME": a short comment's whole box, 80 characters or fewer, was read as an
    # author field, which climbed to div#comments and made the thread one comment. And a short
    # text ("He's got swagger! :)") in the text box (div.body) is no name.
    box = ('<div class="comment-wrapper authored-by-None"><div class="comment" id="comment{n}">'
           '<div class="body">{text}</div><div class="signature">{date} | '
           '<a href="/contributor/{n}" title="Unregistered Commenter"><img alt="" src="/u.png">{name}</a></div>'
           '</div></div>')
    thread = "".join(box.format(n=n, name=name, date=date, text=text) for n, (name, date, text) in enumerate(rows))
    s = seg(ARTICLE + '<div class="journal-comment-area-wrapper"><div id="comments" class="journal-comment-area">'
            f'<h3 class="caption">Reader Comments (3)</h3>{thread}</div></div>')
    assert [(c.author, c.posted, c.text, c.title) for c in s.comments] == [(*row, None) for row in rows]


@pytest.mark.parametrize("names", [["The Keeper", "CmdrR"], ["نگهبان", "فرمانده"]])
def test_a_dt_header_names_the_writer_after_the_link_of_its_number(names):
    # "<dt><a>1.</a> The Keeper - October 26, 2012</dt><dd>…</dd>": the name is the text between the
    # number's link and the date, not the <dt>'s own text before its first child (there is none)
    texts = ["Why? It is one of the least interesting bridges, in fact downright dull and boring.",
             "So, it is a knock-off built years after the series finished, not a true artifact."]
    rows = "".join(f'<dt class=""><a href="#49310{n}">{n}.</a> {name} - October 26, 2012</dt><dd class=""><p>{text}</p></dd>'
                   for n, (name, text) in enumerate(zip(names, texts), start=1))
    s = seg(ARTICLE + f'<div id="comments"><h2>Comments</h2><dl>{rows}</dl></div>')
    assert [(c.author, c.posted, c.text) for c in s.comments] == [
        (names[0], "October 26, 2012", texts[0]), (names[1], "October 26, 2012", texts[1])]


@pytest.mark.parametrize("rows", [
    [("Jon Nugent", True, "I love the first paragraph of the post because that describes me on most days."),
     ("Neil Stein", False, "I love the raw honesty of this article. It is rare to find somebody so open."),
     ("Noel", True, "Thanks for the words of wisdom. That first paragraph is great information.")],
    [("جان", True, "پاراگراف اول نوشته را دوست دارم چون بیشتر روزها حال خود من است."),
     ("نیل استاین", False, "صداقت این نوشته را دوست دارم. کمتر کسی این‌قدر روراست از تردیدهایش می‌گوید."),
     ("نوئل", True, "ممنون از این حرف‌های حکیمانه. پاراگراف اول اطلاعات خوبی دارد.")],
])
def test_a_posted_on_date_by_name_footer_without_a_link_names_the_comment(rows):
    # "posted on DATE by <a>NAME</a>" or, for a writer without a site, "posted on DATE by NAME" in one
    # run of text, too long to have been read as a date: the comment was left out of the thread
    box = ('<div class="Normal"><a name="comment{n}"></a>{text}<p class="postfoot">posted on Thursday, '
           'October 25, 2012 at 10:1{n} PM by {name}</p></div><hr>')
    thread = "".join(box.format(n=n, text=text, name=f'<a href="http://site{n}.example.com/">{name}</a>' if link else name)
                     for n, (name, link, text) in enumerate(rows))
    s = seg(ARTICLE + f"<div>{thread}</div>")
    assert [(c.author, c.posted, c.text) for c in s.comments] == [
        (name, f"Thursday, October 25, 2012 at 10:1{n} PM", text) for n, (name, _, text) in enumerate(rows)]


@pytest.mark.parametrize("head_title, shown, dateline, date", [
    ("Letting Bluetooth Shift Your Bike's Gears | IdeaFeed | Big Think", "Letting Bluetooth Shift Your Bike's Gears",
     "Orion Jones on November 8, 2012, 12:43 PM", "November 8, 2012, 12:43 PM"),
    ("بازگشت آب به دره‌ی خشک | خبرگزاری نمونه", "بازگشت آب به دره‌ی خشک", "ارسال شده در ۱۴ مرداد ۱۴۰۲", "۱۴ مرداد ۱۴۰۲"),
])
def test_a_dateline_under_the_post_part_of_the_head_title(head_title, shown, dateline, date):
    # No heading names the post, so its title is the head's <title>, "POST | Site | Network": the page
    # shows the post's part, and the dateline under it dates the article
    s = seg(f'<div><div class="hd"><p class="t">{shown}</p><p>{dateline}</p></div>'
            f'<div><div class="words">{STORY if shown.isascii() else STORY_FA}</div></div></div>',
            head=f"<title>{head_title}</title>")
    assert s.articles[0].posted == date


BLOGGER_OLD = """<div class="post"><h3>Anti-torture memos</h3>
<p>For ease of reference, we have grouped together our posts on the complex of issues raised by the memos.</p>
<p>We have posted a link to this compendium on the front page, and we update the list as new posts are written.</p></div>
<div class="blogComments"><b><i>Comments:</i></b><br><br>
<div class="blogComment"><a name="6461113152049819139"></a>
Thanks, this is a useful resource that probably would make a good print collection too.<br/><br/>
<div class="byline"><a href="http://x.blogspot.com/2005/09/memos.html?showComment=1183910280000#c6461113152049819139"
title="permanent link">#</a> posted by <span class="comment-icon blogger-comment-icon"><img src="b.gif" alt="Blogger"></span>&nbsp;<a
href="http://www.blogger.com/profile/1" rel="nofollow">Joe</a> : 11:58 AM<br><br></div></div>
<div class="blogComment"><a name="3321899820090229504"></a>
Thank you for providing access to your expertise and scholarship on these questions.<br/><br/>
<div class="byline"><a href="http://x.blogspot.com/2005/09/memos.html?showComment=1183919220000#c3321899820090229504"
title="permanent link">#</a> posted by <span class="comment-icon blogger-comment-icon"><img src="b.gif" alt="Blogger"></span>&nbsp;<a
href="http://www.blogger.com/profile/2" rel="nofollow">Matthew Frederick</a> : 2:27 PM<br><br></div></div>
</div>"""


def test_blogger_permalinks_date_comments_that_show_a_time_alone():
    comments = seg(BLOGGER_OLD).comments
    assert [(c.author, c.posted_iso) for c in comments] == [
        ("Joe", "2007-07-08T15:58:00+00:00"), ("Matthew Frederick", "2007-07-08T18:27:00+00:00")]
    assert all("posted by" not in c.text for c in comments)


def test_persian_classic_theme_dates_month_first_with_their_time():
    # "<cite>NAME</cite> گفته:" over "<small class=commentmetadata>" holding WP-Parsidate's "F j, Y" ("اسفند ۱۱، ۱۴۰۲",
    # the month first) "در زمان" ("at the time") and the time with its "ب.ظ": the date was left in the text, undated
    from analyzer.dates import to_iso
    s = fixture_page("fa_parsidate_classic_theme.html")
    assert [(c.author, c.posted, to_iso(c.posted or "")) for c in s.comments] == [
        ("علی", "اسفند ۱۱، ۱۴۰۲ در زمان ۱۰:۱۵ ب.ظ", "2024-03-01T22:15:00"),
        ("مهسا", "اسفند ۱۲، ۱۴۰۲ در زمان ۸:۰۵ ق.ظ", "2024-03-02T08:05:00"),
        ("سارا", "اسفند ۱۲، ۱۴۰۲ در زمان ۹:۴۰ ق.ظ", "2024-03-02T09:40:00")]
    assert s.comments[0].text == "چه خوب! ما هم پارسال گوجه کاشتیم ولی آفت زد. از چه سمی استفاده می‌کنید؟"
    assert to_iso(s.articles[0].posted or "") == "2024-02-29"


def test_persian_dates_typed_with_the_arabic_yeh():
    # "۱۳ ارديبهشت ۱۳۸۹": the page typed on an Arabic keyboard layout; its dates were not read
    from analyzer.dates import to_iso
    s = fixture_page("fa_arabic_yeh_wordpress.html")
    assert [(c.author, to_iso(c.posted or ""), c.parent) for c in s.comments] == [
        ("حسين", "2010-05-03T10:15:00", None), ("مريم", "2010-05-04T21:00:00", 0)]
    assert to_iso(s.articles[0].posted or "") == "2010-05-02"


def test_gregorian_dates_with_persian_month_names():
    # "۲۰ اوت ۲۰۲۴" in a span by the writer's name (a Persian theme's comment box)
    from analyzer.dates import to_iso
    s = fixture_page("fa_gregorian_reply_class.html")
    dated = {c.author: to_iso(c.posted or "") for c in s.comments}
    assert dated["کاوه"] == "2024-08-20" and dated["نیلوفر"] == "2024-09-02"


@pytest.mark.parametrize("name, expected", [
    # "div.single-comment" then "div.single-comment.comment-reply" (a reply flat after the comment it answers,
    # as many page templates print them): the reply was no one's, and each name in its h5 was also a title
    ("single_comment_flat_reply.html", [("Kaveh Amini", None, None), ("Site Admin", 0, None), ("Niloufar", None, None)]),
    # "blog-comments-item blog-comments-reply" (a Persian theme): the reply, shaped apart from the run, was lost
    ("fa_gregorian_reply_class.html", [("کاوه", None, None), ("مدیر سایت", 0, None), ("نیلوفر", None, None)]),
])
def test_flat_replies_marked_by_a_class_word_answer_the_comment_before(name, expected):
    s = fixture_page(name)
    assert [(c.author, c.parent, c.title) for c in s.comments] == expected
    assert s.comments[1].text in ("For steep hills try seven gears, or an electric bike.",
                                  "برای شیب تند، هفت دنده یا دوچرخه برقی را امتحان کنید.")


def test_a_comments_own_header_and_text_boxes_are_no_boxed_replies():
    """A box inside a comment that is marked as a comment (``comment-head``, ``comment-entry``) is a
    reply only when it opens with a dated header and the rest of the comment still shows a date: a
    date in a link's address ("…/2012/01/20/…") or in running text ("Three years ago") is none, and
    the header box is the comment's own."""
    s = fixture_page("comment_head_and_entry_boxes.html")
    assert [(c.author, c.posted, c.parent) for c in s.comments] == [
        ("Lisa Myers", "23. Jul, 2012", None), ("Tom", "24. Jul, 2012", None)]
    assert s.comments[1].text == "Three years ago I would have laughed at this, but the last trip changed my mind completely."


def test_persian_news_comment_boxes_named_comm_with_replies_boxed_inside():
    # A Persian news CMS (Entekhab's template): div#comm_1928054 holds div.comm_info_bar (name | flag | date,
    # votes, "پاسخ"), the text in div.comments, and a reply in div.comm_answer whose name has no author word.
    # "comm" named nothing: the text boxes were the comments (one without its name or date, the reply read as its text).
    # Now "comm" is a comment word, "bar" a part word, and a reply boxed inside a comment is one of its own.
    s = fixture_page("fa_news_comm_info_boxes.html")
    assert [(c.author, c.posted, c.parent, c.text) for c in s.comments] == [
        ("حبیب", "۱۴:۴۱ - ۱۳۹۴/۰۲/۲۶", None, "حقوق ما بیست درصد زیاد نشد ولی همه چیز گران شد. اول کیفیت را بهتر کنید."),
        ("رضا", "۱۶:۲۳ - ۱۳۹۴/۰۲/۲۶", 0, "موافقم، واگن‌های خط چهار ساعت هشت صبح جای سوزن انداختن ندارد."),
        ("ناشناس", "۱۵:۰۲ - ۱۳۹۴/۰۲/۲۶", None, "در برلین بلیت ماهانه گران‌تر است ولی قطارها سر وقت می‌آیند.")]


def test_persian_relative_times_of_moment_and_dayjs_are_the_dates():
    # "۲ روز قبل", "یک روز پیش", "چند ثانیه قبل" (the fa locales of moment and dayjs) in a span beside the name
    # stayed in the comment's text
    s = fixture_page("fa_relative_times_moment_locale.html")
    assert [(c.author, c.posted) for c in s.comments] == [("امیر", "۲ روز قبل"), ("سمیرا", "یک روز پیش"),
                                                          ("پویا", "چند ثانیه قبل")]
    assert s.comments[0].text == "باتری واقعاً بهتر شده، من از هفته پیش دارمش و راضی‌ام."


def test_wpdiscuz_reply_beside_its_comments_wrapper_answers_that_comment():
    # wpDiscuz (a comment plugin many Persian WordPress sites run): div.wpd-comment > div.wpd-comment-wrap >
    # div.wpd-comment-right#comment-5, the reply's div.wpd-comment.wpd-reply beside the wrapper. The items
    # stopped at the inner boxes, and the reply was no one's; the date's title gives the day behind "۱ سال پیش".
    s = fixture_page("fa_wpdiscuz_nested_reply.html")
    assert [(c.author, c.posted, c.posted_iso, c.parent) for c in s.comments] == [
        ("نرگس", "۱ سال پیش", "2023-11-03T10:15:00", None), ("مدیر", "۱ سال پیش", "2023-11-03T13:05:00", 0),
        ("کامران", "۱۱ ماه پیش", "2023-12-11T20:30:00", None)]
    assert s.comments[1].text == "بله، آرد سبوس‌دار خمیر را نرم‌تر و خوش‌طعم‌تر می‌کند."


MT_REPLIES = """<div class="entry"><h1>A great deal of solace</h1>
<p>The new film is the best of the series in years, and its opening titles alone are worth the ticket.</p>
<p>Its director keeps the pace up for two and a half hours without losing the thread of the story.</p></div>
<div id="comments"><h2>Comments</h2>
<div id="comment-101" class="comment"><div class="comment-header"><span class="vcard author">D. Parsons</span>
| November 12, 2012 9:01 AM</div><div class="comment-content"><p>The opening titles were the best part for me.</p></div></div>
<div id="comment-102" class="comment"><div class="comment-header"><span class="vcard author">Nick Zumbre</span>
| November 12, 2012 9:30 AM</div><div class="comment-content"><p>Too long by half an hour, I thought.</p></div></div>
<div id="comment-103" class="comment comment-reply"><div class="comment-header"><span class="vcard author">Dimitri
LaBarge</span> replied to <a href="http://blogs.example.com/film.html#comment-101">comment from D. Parsons</a>
| November 12, 2012 10:02 AM</div><div class="comment-content"><p>It's a gun barrel, as ever, and still a thrill.</p></div></div>
<div id="comment-104" class="comment comment-reply"><div class="comment-header"><span class="vcard author">Kyle</span>
| November 12, 2012 10:15 AM</div><div class="comment-content"><p>Agreed, the second half drags.</p></div></div>
</div>"""


def test_a_flat_reply_answers_the_comment_its_link_names():
    # Movable Type prints every reply flat, marked "comment-reply", with a link to the comment it
    # answers: that one, not the nearest comment above it. A reply naming none answers the one above.
    s = seg(MT_REPLIES)
    assert [(c.author, c.parent) for c in s.comments] == [
        ("D. Parsons", None), ("Nick Zumbre", None), ("Dimitri LaBarge", 0), ("Kyle", 1)]


def test_the_name_before_the_date_beats_a_short_greeting_line():
    """A template that prints the name unmarked before the date link ("K. Orr — <a>DATE</a>"): the
    comment's short first line ("Hi Tim,", "سلام آقای رحیمی،") was taken for the name and left out
    of the text."""
    rows = "".join(f'<li class="comment" id="comment-{i}"><div class="comment_entry">'
                   f'<p class="cm-meta">{name} — <a href="#comment-{i}" class="comment-meta-time">{date}</a></p>'
                   f'<p>{greeting}</p><p>{text}</p><a class="comment-reply-link" href="#r">Reply</a></div></li>'
                   for i, (name, date, greeting, text) in enumerate([
                       ("K. Orr", "July 10th, 2012, 7:32 pm", "Hey Tim and fellow readers,",
                        "Is there a theme that lets you test the checkout before launch?"),
                       ("مینا", "July 11th, 2012, 4:30 am", "سلام آقای رحیمی،",
                        "باران امسال دیر آمد ولی چاه‌های روستای ما دوباره پر شد.")]))
    s = seg(ARTICLE + f'<ul id="comment_list">{rows}</ul>')
    assert triples(s) == [
        ("K. Orr", "July 10th, 2012, 7:32 pm",
         "Hey Tim and fellow readers,\nIs there a theme that lets you test the checkout before launch?"),
        ("مینا", "July 11th, 2012, 4:30 am", "سلام آقای رحیمی،\nباران امسال دیر آمد ولی چاه‌های روستای ما دوباره پر شد.")]



def _blogger_dl(i: int, name: str, text: str, link: str, time: str) -> str:
    return (f'<dt class="comment-author" id="c{i}"><a href="/profile/{i}">{name}</a> said...</dt>'
            f'<dd class="comment-body"><p>{text}</p></dd><dd class="comment-footer"><span class="comment-timestamp">'
            f'<a href="{link}#c{i}" title="comment permalink">{time}</a></span></dd>')


def _blogger_byline(i: int, name: str, text: str, link: str, time: str) -> str:
    return (f'<div class="blogComment">{text}<br/><div class="byline"><a href="{link}#c{i}" title="permanent link">#</a>'
            f' posted by <a href="/profile/{i}">{name}</a> : {time}</div></div>')


@pytest.mark.parametrize("row, wrap", [(_blogger_dl, '<h4>2 comments:</h4><dl id="comments-block">{}</dl>'),
                                       (_blogger_byline, '<div class="blogComments"><b>Comments:</b>{}</div>')])
def test_a_time_alone_is_the_shown_date_and_the_permalink_gives_the_day(row, wrap):
    """Blogger shows a comment's time alone, in ``dd.comment-footer``'s timestamp after the text
    ("7:28 PM") or after the name's link in older templates ("posted by <a>Joe</a> : 11:58 AM"); the
    moment is in the permalink's ``showComment`` parameter. Both were missed in the first (the footer
    is no part of the <dt> item) and the time in the second: the comments went undated, or dated
    without the time they show."""
    page = "http://example.blogspot.com/2012/10/rain.html?showComment="
    rows = "".join(row(i, *args) for i, args in enumerate([
        ("Mina", "Finally some rain here, the garden needed it.", page + "1350000000000", "12:00 AM"),
        ("امید", "چاه‌های روستای ما هنوز خالی است.", page + "1350003600000", "1:00 AM")]))
    s = seg(ARTICLE + f'<div id="comments">{wrap.format(rows)}</div>')
    assert [(c.author, c.posted, c.posted_iso, c.text) for c in s.comments] == [
        ("Mina", "12:00 AM", "2012-10-12T00:00:00+00:00", "Finally some rain here, the garden needed it."),
        ("امید", "1:00 AM", "2012-10-12T01:00:00+00:00", "چاه‌های روستای ما هنوز خالی است.")]


def _sbn_comment(i: int, title: str, text: str, name: str, date: str, replies: str = "") -> str:
    body = f"<p>{text}</p>" if text else ""
    return (f'<div class="citem" id="comment_item_{i}"><div id="comment_inner_{i}" class="comment clearfix">'
            f'<h5 class="comment_title"><a href="#" onclick="toggle({i}); return false">{title}</a></h5>'
            f'<div id="comment_body_{i}" class="cbody">{body}</div>'
            f'<p class="by"> by <a href="/users/{name}">{name}</a> on <span class="time"><a href="#{i}">{date}</a></span>'
            f' <a href="#" class="reply_link">reply</a></p></div>{replies}</div>')


def test_a_reply_under_a_long_linked_title_is_a_comment_of_its_own():
    """Replies nested in the comments they answer, each under a title that is a link (a toggle): a
    reply whose short text sits under a long title was taken for a link list and left out, and
    the comment it answers read the reply's text box, the longer one, as its own."""
    reply = _sbn_comment(2, "Pretty amazing when the shot includes the far side of the field",
                         "Crisp and clear.", "omid", "Aug 9, 2012 1:47 PM EDT")
    thread = (_sbn_comment(1, "Good videos", "Have to thank them, their videos are clear every day.", "mina",
                           "Aug 9, 2012 10:40 AM EDT", reply)
              + _sbn_comment(3, "نظر من", "به نظرم دفاع تیم امسال از سال گذشته بهتر است و بازیکنان جوان آماده‌اند.",
                             "سارا", "Aug 9, 2012 10:41 AM EDT"))
    s = seg(ARTICLE + f'<div class="comment_master_list">{thread}</div>')
    assert [(c.author, c.text, c.parent) for c in s.comments] == [
        ("mina", "Have to thank them, their videos are clear every day.", None),
        ("omid", "Crisp and clear.", 0),
        ("سارا", "به نظرم دفاع تیم امسال از سال گذشته بهتر است و بازیکنان جوان آماده‌اند.", None)]


def test_a_by_line_name_may_end_as_a_sentence_does():
    """"by <a>NolesStat!</a> on DATE": the by-line says it is a name, and a user name ending in "!" or
    "..." was refused as a sentence; the comment's title or its "up" link was taken instead."""
    thread = "".join(_sbn_comment(i, title, text, name, f"Aug 9, 2012 1{i}:24 PM EDT") for i, (title, text, name) in
                     enumerate([("Swag", "And the new uniforms look great this year.", "NolesStat!"),
                                ("Depth", "Barron should be the guy at center then.", "TheCloser..."),
                                ("دفاع", "به نظرم دفاع تیم امسال بهتر است.", "سارا!")]))
    s = seg(ARTICLE + f'<div class="comment_master_list">{thread}</div>')
    assert [(c.author, c.text) for c in s.comments] == [
        ("NolesStat!", "And the new uniforms look great this year."),
        ("TheCloser...", "Barron should be the guy at center then."), ("سارا!", "به نظرم دفاع تیم امسال بهتر است.")]


@pytest.mark.xfail(strict=True, reason="a known limit: the empty text box as the text of a titled comment, the title "
                   "its text (fit T54: 22 comments lose their \"by NAME on\" lines, precision 98.8 -> 99.8) lowered "
                   "validation comments recall 92.62 -> 92.61 (F1 93.89 both); not kept")
def test_a_comment_said_in_its_title_alone_has_the_title_for_text():
    """A comment with a title and an empty text box ("And swag." over an empty ``div.cbody``): the
    whole box was read instead, and its "by NAME on" and buttons were the comment's text."""
    thread = "".join(_sbn_comment(i, title, text, name, f"Aug 9, 2012 1{i}:24 PM EDT") for i, (title, text, name) in
                     enumerate([("Depth chart", "Barron should be the guy at center then.", "mina"),
                                ("And swag.", "", "omid"), ("دفاع امسال بهتر است!", "", "sara")]))
    s = seg(ARTICLE + f'<div class="comment_master_list">{thread}</div>')
    assert [(c.author, c.title, c.text) for c in s.comments] == [
        ("mina", "Depth chart", "Barron should be the guy at center then."), ("omid", None, "And swag."),
        ("sara", None, "دفاع امسال بهتر است!")]


def test_a_long_author_box_gives_its_linked_name_not_the_fan_count():
    """An author box with the writer's rank, linked name, bio line and fan count (HuffPost's
    ``div.author_name``, longer than an author field): it was passed over, and the next
    author-named element, ``div.author_fans`` ("1000 Fans"), gave "Fans" as the name."""
    rows = "".join(f'<div class="comment_item" id="comment_{i}"><div class="comment_top">'
                   f'<div class="author_name"><div class="rank">SUPER USER</div><a href="/social/{i}">{name}</a>'
                   f'<div class="bio_teaser">{bio}</div><div class="author_fans"><a href="/f/{i}">{fans}</a></div>'
                   f'</div></div><div class="comment_body"><div class="comment_time">{date}</div>{text}</div></div>'
                   for i, (name, bio, fans, date, text) in enumerate([
                       ("theobserver4", "progress is a process and never an end result, friends", "1000 Fans",
                        "2 minutes ago", "Cue the usual apologists, who will call this a shakedown."),
                       ("کاوه", "خواننده‌ی همیشگی این روزنامه و علاقه‌مند به اخبار اقتصادی", "۲۳ Fans",
                        "3 minutes ago", "این جریمه‌ها برای بانک‌ها هیچ اهمیتی ندارد.")]))
    s = seg(ARTICLE + f'<div id="comments">{rows}</div>')
    assert [(c.author, c.posted, c.text) for c in s.comments] == [
        ("theobserver4", "2 minutes ago", "Cue the usual apologists, who will call this a shakedown."),
        ("کاوه", "3 minutes ago", "این جریمه‌ها برای بانک‌ها هیچ اهمیتی ندارد.")]



def _bbpress_post(number: int, date: str, name: str, text: str) -> str:
    header = (f'<div class="bbp-reply-header"><div class="bbp-meta">{date} '
              f'<a href="#post-{number}" class="bbp-reply-permalink">#{number}</a></div></div>')
    return (header + f'<div id="post-{number}" class="post-{number} topic hentry"><div class="bbp-reply-author">'
            f'<a href="/users/{number}" class="bbp-author-name">{name}</a></div>'
            f'<div class="bbp-reply-content"><p>{text}</p></div></div>')


def test_a_dated_header_box_before_the_comment_gives_its_date():
    """bbPress prints each post's date in ``div.bbp-reply-header`` right before the post's box, outside
    it (in an ``li`` of their own on the page, here side by side): the comment went undated, and the
    header line stayed with the page."""
    posts = (_bbpress_post(4337, "July 18, 2012 at 12:37 pm", "James", "Limit any no-trade clause to five years.")
             + _bbpress_post(4338, "July 19, 2012 at 9:05 am", "مینا", "به نظرم پنج سال برای این بند زیاد است."))
    s = seg(ARTICLE + f'<div id="comments"><div class="forums bbp-replies">{posts}</div></div>')
    assert triples(s) == [("James", "July 18, 2012 at 12:37 pm #4337", "Limit any no-trade clause to five years."),
                          ("مینا", "July 19, 2012 at 9:05 am #4338", "به نظرم پنج سال برای این بند زیاد است.")]
    assert "12:37" not in s.articles[0].text


def test_a_by_line_name_of_five_words_with_the_user_number():
    """Slashdot's "by <a>No Tears In The End <span>(452319)</span></a>": the user number made the name one
    word too long for a name, and the comment's last line ("NTITE", a signature) or its title was taken."""
    rows = "".join(f'<li id="tree_{i}" class="comment"><div id="comment_{i}" class="cw"><div class="commentTop">'
                   f'<div class="title"><h4><a href="#c{i}">Re: Exit interviews</a></h4></div><div class="details">'
                   f'<span class="by"><span class="byby">by </span><a href="/~{i}">{name} <span class="uid">({i})</span>'
                   f'</a></span></div></div><div class="commentBody"><p>{text}</p><p>{sign}</p></div></div></li>'
                   for i, (name, text, sign) in enumerate([
                       ("No Tears In The End", "That cop is not your friend, no matter which side you are on.", "NTITE"),
                       ("سید محمد حسین رضایی نژاد", "پلیس برای حفظ نظم است، نه برای دوستی با ما یا با هیچ‌کس دیگر در این شهر.", "س.م.ح")], start=452319))
    s = seg(ARTICLE + f'<ul id="commentlisting">{rows}</ul>')
    assert [(c.author, c.text) for c in s.comments] == [
        ("No Tears In The End", "That cop is not your friend, no matter which side you are on.\nNTITE"),
        ("سید محمد حسین رضایی نژاد", "پلیس برای حفظ نظم است، نه برای دوستی با ما یا با هیچ‌کس دیگر در این شهر.\nس.م.ح")]


def _posted_by_comments(comments: list[tuple[str, str, str]]) -> str:
    """Movable Type's flat comments, each closed by "Posted by: NAME at <a>DATE</a>", boxes named by writer."""
    return "".join(f'<div class="commentbody by-{i}"><a name="c{i}"></a><div id="c{i}"><p>{text}</p></div>'
                   f'<p class="posted">Posted by: {name} at <a href="/blog/x.html#c{i}">{date}</a></p>'
                   f'<hr class="comment-separator"></div>' for i, (name, date, text) in enumerate(comments))


def test_a_comment_that_is_one_link_is_still_a_comment():
    """A comment whose text is mostly a link ("The new attack is CRIME: <a>http://…</a>"): with its date's
    permalink counted as well, the links outweighed its text and it was not taken for a comment."""
    s = seg(ARTICLE + "<div>" + _posted_by_comments([
        ("Colin", "November 7, 2012 9:02 PM", "I thought you were talking about the other attack, a cooler one."),
        ("jenny", "November 9, 2012 9:40 AM",
         'The new one is CRIME: <a href="http://netifera.com/research/crime/">http://netifera.com/research/...</a>'),
        ("مینا", "November 9, 2012 10:15 AM", "این آسیب‌پذیری تازه نیست و سال‌هاست که شناخته شده است.")]) + "</div>")
    assert [(c.author, c.text) for c in s.comments] == [
        ("Colin", "I thought you were talking about the other attack, a cooler one."),
        ("jenny", "The new one is CRIME: http://netifera.com/research/..."),
        ("مینا", "این آسیب‌پذیری تازه نیست و سال‌هاست که شناخته شده است.")]


def test_a_name_between_posted_by_and_the_date_may_have_more_words():
    """"Posted by: No Dummy, But Not An SSL Expert at DATE": seven words were refused as a name, and the
    comment was not taken for one."""
    s = seg(ARTICLE + "<div>" + _posted_by_comments([
        ("Colin", "November 7, 2012 9:02 PM", "I thought you were talking about the other attack, a cooler one."),
        ("No Dummy, But Not An SSL Expert", "November 8, 2012 12:58 AM",
         "As a programmer new to the library, I agree with the paper's complaints about usability."),
        ("یک خواننده‌ی همیشگی از شهر کرمان", "November 9, 2012 10:15 AM",
         "این آسیب‌پذیری تازه نیست و سال‌هاست که شناخته شده است.")]) + "</div>")
    assert [c.author for c in s.comments] == ["Colin", "No Dummy, But Not An SSL Expert", "یک خواننده‌ی همیشگی از شهر کرمان"]


def test_a_header_box_grows_to_its_text_past_a_reply_inside_the_text():
    """The header box (``div.comment-head``: date and name) grows to the comment's text, except where the
    comment's text box holds a reply (``div.comment-childs`` inside ``div.comment-entry``): the header
    stayed alone, with no text, and the comment was lost."""
    def comment(name: str, text: str, reply: str = "") -> str:
        return (f'<li class="comment"><div class="comment-container"><div class="comment-head">'
                f'<span class="date">11. Jul, 2012 / </span><span class="name"><a href="/u">{name}</a> says: </span>'
                f'</div><div class="comment-entry"><p>{text}</p>{reply}<div class="reply"></div></div></div></li>')
    reply = ('<div class="comment-childs"><p><cite>Everywhereist</cite> Reply:<br/><small class="commentmetadata">'
             'July 11th, 2012 at 9:56 pm</small></p><p>That is pretty much where I am with it too.</p></div>')
    s = seg(ARTICLE + '<ol class="commentlist">'
            + comment("Taryn", "It could be worse, my dog on steroids walked around the house all night.")
            + comment("AmandaE", "Welcome back! I did not have the cravings so much as the moon face.", reply)
            + comment("مینا", "خوشحالم که دوباره می‌نویسید، جای نوشته‌هایتان خالی بود.") + "</ol>")
    assert [(c.author, c.parent) for c in s.comments] == [
        ("Taryn", None), ("AmandaE", None), ("Everywhereist", 1), ("مینا", None)]
    assert s.comments[1].text == "Welcome back! I did not have the cravings so much as the moon face."


def _drupal_comment(n: int, name: str, date: str, text: str) -> str:
    return (f'<a id="c{n}"></a><div class="non_toggle_area"><div class="label">'
            f'<span class="info">{date} | <a href="#c{n}">{n}</a></span> <b><a href="/u/{n}">{name}</a></b></div>'
            f'<div class="body">{text}</div><ul class="links"><li class="comment_forbidden first last">'
            f'<a href="/login">Login</a> or <a href="/register">register</a> to post comments</li></ul></div>')


def test_a_reply_sharing_addresses_is_a_comment():
    """A reply (Drupal's ``div.indented`` after the comment it answers) whose text is a line and the
    addresses it shares, shown as themselves: the links outweighed its text, and it was lost."""
    reply = _drupal_comment(3, "Cognitive Dissonance", "Thu, 08/09/2012 - 14:41",
                            '<p>And the answer is: to the Moon.</p><p><a href="http://en.wikipedia.org/wiki/Moon">'
                            'http://en.wikipedia.org/wiki/Moon</a></p><p><a href="http://example.com/article/781751-why-'
                            'gold-is-going-up">http://example.com/article/781751-why-gold-is-going-up</a></p>')
    s = seg(ARTICLE + "<div>" + _drupal_comment(1, "ReallySparky", "Thu, 08/09/2012 - 14:32",
                                                "<p>Alec, I'll take Gold for 1650, and the rest in silver.</p>")
            + f'<div class="indented">{reply}</div>'
            + _drupal_comment(2, "مینا", "Thu, 08/09/2012 - 14:50", "<p>قیمت طلا امسال دوباره بالا رفته است.</p>")
            + "</div>")
    assert [(c.author, c.parent) for c in s.comments] == [
        ("ReallySparky", None), ("Cognitive Dissonance", 0), ("مینا", None)]
    assert s.comments[1].text.startswith("And the answer is: to the Moon.\nhttp://en.wikipedia.org/wiki/Moon")



def _footer_dated(i: int, name: str, date: str, text: str) -> str:
    return (f'<li class="comment"><div class="comment-header"><p class="user"><a href="/u/{i}">{name}</a> '
            f'<span>says:</span></p></div><div class="comment-body"><p>{text}</p></div><div class="comment-footer">'
            f'<ul><li class="time">Posted on <span><a href="#c{i}">{date}</a> - 3 hours ago</span></li></ul></div></li>')


def test_a_time_after_a_bar_stays_with_the_comment_date():
    """"Posted on <a>Nov 06 2012 | 1:23 pm</a> - 3 hours ago": the time after the bar was cut off and
    the comment dated to the day only."""
    s = seg(ARTICLE + '<ol class="comments">'
            + _footer_dated(1, "mtmjr90", "Nov 06 2012 | 1:23 pm", "Do we know this is about the phone, not the tablet?")
            + _footer_dated(2, "مینا", "Nov 06 2012 | 2:05 pm", "به نظرم این گوشی همان مدل قبلی با رنگ تازه است.")
            + "</ol>")
    assert [(c.author, c.posted) for c in s.comments] == [
        ("mtmjr90", "Nov 06 2012 | 1:23 pm"), ("مینا", "Nov 06 2012 | 2:05 pm")]


def test_the_article_cuts_are_chosen_over_several_fold_assignments():
    """As for the text-split model: with one assignment of pages to folds, which of several cuts
    equal to one decimal won turned on a page or two, so the cuts are chosen on the mean over
    ``FOLD_SALTS``: different assignments, each with pages in every fold, the first the plain hash
    of the id (the one the shipped weights' stacking uses)."""
    import zlib
    from types import SimpleNamespace

    from analyzer.segment.article_train import FOLD_SALTS, FOLDS, folds

    pages = [SimpleNamespace(gold=SimpleNamespace(id=f"T{n}")) for n in range(400)]
    runs = [folds(pages, salt) for salt in FOLD_SALTS]
    assert len(FOLD_SALTS) >= 3 and len({tuple(r) for r in runs}) == len(runs)
    assert all(set(r) == set(range(FOLDS)) for r in runs)
    assert runs[0] == [zlib.crc32(p.gold.id.encode()) % FOLDS for p in pages]
