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
