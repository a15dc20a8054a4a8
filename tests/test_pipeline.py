from __future__ import annotations

from analyzer.pipeline import analyze_page, analyze_texts, comment_ids
from analyzer.records import Comment, Page


def test_ids_are_stable_and_distinct():
    comments = [Comment("same"), Comment("same"), Comment("other", author="x")]
    ids = comment_ids(comments)
    assert ids == comment_ids([Comment("same"), Comment("same"), Comment("other", author="x")])
    assert len(set(ids)) == 3 and ids[1] == ids[0] + "-2"


def test_analyze_texts_gives_language_and_normalised_text():
    out = analyze_texts(["This is a very good article about the economy.", "كتاب‌ها را آوردي؟", ""])
    assert [a.lang.lang for a in out] == ["en", "fa", "und"]
    assert out[1].normalized == "کتاب‌ها را آوردی؟"  # Arabic ي/ك mapped, ZWNJ kept
    assert out[2].lang.reason == "empty"


def test_page_comments_get_ids_and_parent_ids(monkeypatch):
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    seg = Segmented([Article("T", "body")],
                    [Comment("first comment here", author="a"),
                     Comment("a reply to the first", author="b", parent=0, posted="October 5, 2012 at 4:12 pm")])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    result = analyze_page(Page("p.txt", "text", "whatever"))
    first, reply = result.comments
    assert first.parent_id is None and reply.parent_id == first.id
    assert first.to_dict()["page"] == "p.txt"


def test_numeric_dates_are_read_in_the_order_the_page_uses(monkeypatch):
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    seg = Segmented([Article("T", "body")],
                    [Comment("first comment here", author="a", posted="11.05.12 at 5:02 pm"),
                     Comment("second comment here", author="b", posted="11.15.12 at 9:10 am")])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    first, second = analyze_page(Page("p.txt", "text", "whatever")).comments
    # "11.05.12" alone could be 11 May or 5 November; the page's "11.15.12" says month first
    assert (first.posted_iso, second.posted_iso) == ("2012-11-05T17:02:00", "2012-11-15T09:10:00")


def test_a_parent_index_that_is_not_an_earlier_comment_gives_no_parent_id(monkeypatch):
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    seg = Segmented([Article("T", "body")], [Comment("first comment here", parent=0),
                                             Comment("second comment here", parent=2),
                                             Comment("third comment here", parent=0)])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    first, second, third = analyze_page(Page("p.txt", "text", "whatever")).comments
    assert (first.parent_id, second.parent_id, third.parent_id) == (None, None, first.id)


def test_a_comment_date_without_a_year_takes_it_from_the_article(monkeypatch):
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    seg = Segmented([Article("T", "body", "Ree", "November 1, 2012")],
                    [Comment("first comment here", author="a", posted="Thursday, November 1 at 2:57 pm")])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    (comment,) = analyze_page(Page("p.txt", "text", "whatever")).comments
    assert comment.posted_iso == "2012-11-01T14:57:00"


def test_relative_comment_dates_count_back_from_the_fetch_time(monkeypatch):
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    seg = Segmented([Article("T", "body")], [Comment("first comment here", author="a", posted="5 minutes ago")])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    page = Page("crawl.warc#http://a.example/p", "html", "whatever", fetched="2012-11-13T10:20:30Z")
    (comment,) = analyze_page(page).comments
    assert comment.posted_iso == "2012-11-13T10:15:30+00:00"


def test_the_article_date_is_read_in_the_order_the_page_uses(monkeypatch):
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    seg = Segmented([Article("T", "body", "Ree", "03/11/2012")],
                    [Comment("first comment here", author="a", posted="23/11/2012 at 10:00"),
                     Comment("second comment here", author="b", posted="March 20 at 9:10")])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    result = analyze_page(Page("p.txt", "text", "whatever"))
    # "23/11/2012" says day first, so the article is of 3 November, not 11 March: the comment's
    # "March 20" is the one after it
    assert result.to_dict()["articles"][0]["posted_iso"] == "2012-11-03"
    assert [c.posted_iso for c in result.comments] == ["2012-11-23T10:00:00", "2013-03-20T09:10:00"]


def test_a_page_s_comments_are_one_thread_for_their_language(monkeypatch):
    """A one-word comment among Persian comments is Persian, and gets the Persian models; the
    same word analysed alone (``analyzer classify``) keeps its own reading."""
    from analyzer import pipeline
    from analyzer.records import Article, Segmented

    persian = ["این مقاله واقعا عالی بود و من خیلی چیزها یاد گرفتم",
               "به نظرم نویسنده حق دارد و باید بیشتر درباره این موضوع نوشت"]
    seg = Segmented([Article("T", "body")], [Comment(t) for t in persian + ["دنیا"]])
    monkeypatch.setattr(pipeline, "segment", lambda page: seg)
    word = analyze_page(Page("p.txt", "text", "whatever")).comments[-1].analysis
    assert word.lang.lang == "fa" and word.sentiment is not None
    assert analyze_texts(["دنیا"])[0].lang.lang == "ur"
