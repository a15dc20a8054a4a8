"""Whole pages' text dumps (menus, link lists, footers around the post and its thread): the thread
the rules find there and what they do not take for one, in English and, where the shape has a Persian
form the rules read, Persian. Fixtures written for these tests."""

from __future__ import annotations

import pytest
from test_segment_text_thread_end import MENU, POST

from analyzer.segment.text import segment_lines

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


@pytest.mark.parametrize("learned", [False, True])
def test_a_score_with_no_words_under_it_heads_nothing(learned):
    seg, cut = segment_lines(MENU + POST + "Top commenters\nxdwyer 5 pts\n\nAbout us\n", learned=learned)
    assert cut is None and seg.comments == []

