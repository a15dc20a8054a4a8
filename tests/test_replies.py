from __future__ import annotations

from analyzer.records import Comment
from analyzer.segment.replies import link_replies


def test_reply_openings_link_to_the_latest_comment_by_that_author():
    comments = link_replies([
        Comment("First!", author="Mina"), Comment("Hello all", author="Omid Reza"),
        Comment("Me again", author="mina"), Comment("@Mina you are wrong", author="x"),
        Comment("In reply to Omid Reza: agreed", author="y"), Comment("پاسخ به مینا: درست است", author="z"),
        Comment("@nobody here", author="w"), Comment("Already nested", author="v", parent=0),
    ])
    assert [c.parent for c in comments] == [None, None, None, 2, 1, None, None, 0]


def test_persian_reply_opening():
    comments = link_replies([Comment("سلام", author="مینا"), Comment("پاسخ به مینا: موافقم", author="علی")])
    assert comments[1].parent == 0


def test_a_reply_link_line_links_the_reply_and_leaves_its_text():
    comments = link_replies([
        Comment("Stupidity is never simple.", author="mike dow"),
        Comment("Response to mike dow, 29 October 2012 5:50PM\nNor is the weather.", author="RiverRat"),
        Comment("In reply to mike dow: that is harsh\nbut fair.", author="jen"),  # words after the name: kept
        Comment("Reply to RiverRat\n", author="al"),  # the link alone: nothing else to keep
        Comment("@jen\nAgreed.", author="bo"),  # typed by the writer: kept
        Comment("Reply to al\nSure.", author="cy"),  # no date: may be typed, kept
    ])
    assert [c.parent for c in comments] == [None, 0, 0, 1, 2, 3]
    assert [c.text for c in comments[1:]] == ["Nor is the weather.", "In reply to mike dow: that is harsh\nbut fair.",
                                              "Reply to RiverRat\n", "@jen\nAgreed.", "Reply to al\nSure."]
