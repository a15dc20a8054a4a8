"""Where ``analyzer evaluate text-split`` says the comments F1 is lost (hand-made page rows)."""

import pytest

from analyzer.evaluate.text_split import comments_lost


def test_comments_f1_lost_is_split_by_what_went_wrong_on_the_page():
    # (page, start right, article F1, comments F1, comments given, thread found)
    rows = [(None, False, 1.0, 0.0, 0, False),   # thread missed: all of its F1 lost
            (None, False, 0.9, 0.6, 3, True),    # thread found, start off by several lines
            (None, True, 1.0, 0.9, 5, True),
            (None, True, 1.0, 1.0, 2, True)]
    lost = {case: (pages, points) for case, pages, points in comments_lost(rows)}
    assert lost["no thread found"] == (1, pytest.approx(25.0))
    assert lost["start wrong"] == (1, pytest.approx(10.0))
    assert lost["start right"] == (2, pytest.approx(2.5))
    # the points lost add up to 100 minus the mean comments F1
    assert sum(p for _, p in lost.values()) == pytest.approx(100 - 100 * sum(r[3] for r in rows) / len(rows))


def test_no_pages_lose_nothing():
    assert [points for _, _, points in comments_lost([])] == [0.0, 0.0, 0.0]
