"""The audited list of dragnet pages whose gold leaves out the comments they show.

``analyzer evaluate extraction`` gives the invented-comments share with and without these pages;
the list must stay checkable: each page still holds the comment items it names, and its gold
really has no comments part. The scoring of both shares is tested on hand-made rows.
"""

from __future__ import annotations

import lxml.html
import pytest

from analyzer.evaluate import shared_root
from analyzer.evaluate.dragnet import GoldPage, gold_omissions, gold_pages
from analyzer.evaluate.extraction import score

DRAGNET = shared_root() / "eval" / "extraction" / "dragnet"


def test_the_list_is_read_with_every_column():
    omissions = gold_omissions()
    assert len(omissions) >= 20
    for page_id, entry in omissions.items():
        assert entry.id == page_id and entry.xpath.startswith("//") and entry.items >= 1 and entry.what


@pytest.mark.skipif(not DRAGNET.exists(), reason=f"dragnet pages absent ({DRAGNET}): ../shared is not beside the repo")
def test_each_listed_page_shows_its_comments_and_its_gold_has_none():
    gold = {g.id: g for g in gold_pages(DRAGNET)}
    for entry in gold_omissions().values():
        assert gold[entry.id].split is None, f"{entry.id}: its gold has a comments part, it is no omission"
        page = lxml.html.fromstring(gold[entry.id].html_path.read_bytes())
        found = [el for el in page.xpath(entry.xpath) if el.text_content().strip()]
        assert len(found) >= entry.items, f"{entry.id}: {entry.xpath} finds {len(found)} of {entry.items} items"


def _page(page_id: str, with_comments: bool) -> GoldPage:
    lines = ["Title", "Body text", "Great post!"]
    return GoldPage(page_id, None, lines, 2 if with_comments else None, False)


def test_invented_share_is_given_with_and_without_the_listed_pages():
    rows = [(_page("a", False), ("Title Body text", "", 0)),
            (_page("b", False), ("Title Body text", "Someone Nice post", 1)),   # listed: gold omits it
            (_page("c", False), ("Title Body text", "Sidebar Recent", 2)),      # not listed: invented
            (_page("d", False), ("Title Body text", "", 0)),
            (_page("e", True), ("Title Body text", "Great post!", 1))]
    figures, lines = score(rows, "x", frozenset({"b"}))
    assert figures["x.invented_comments_share"] == pytest.approx(100 * 2 / 4)
    assert figures["x.invented_comments_share_audited"] == pytest.approx(100 * 1 / 3)
    assert "(2 of 4)" in lines[-1] and "(1 of 3)" in lines[-1]
