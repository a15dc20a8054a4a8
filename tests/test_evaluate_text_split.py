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


def _reproducible(shipped: dict, data: list) -> bool:
    """Does fitting on ``data`` (the fit pages as the current rules read them) give ``shipped``
    back, at one of the C values training chooses from? The cuts are the shipped ones: the slow
    cross-validation that chose them is left to ``analyzer train text-split``."""
    from analyzer.segment.boundary import BoundaryModel
    from analyzer.segment.boundary_train import CS, fit

    cuts = BoundaryModel.from_json(shipped).cuts
    return any(fit(data, c, cuts).to_json() == shipped for c in CS)


def test_the_shipped_thread_start_model_is_what_training_on_the_current_rules_gives():
    """The model's features are read off the page by the header rules, so changing a rule changes
    what training gives even when no feature is added: the shipped file must then be rebuilt
    (``analyzer train text-split``), as it once was not. Its first check below is the file shipped
    at that time, which the rules of then no longer gave."""
    import json
    import subprocess

    from analyzer.evaluate import REPO_ROOT, shared_root
    from analyzer.segment.boundary import MODEL_PATH
    from analyzer.segment.boundary_train import DATA, examples

    if not (shared_root() / DATA).exists():
        pytest.skip("../shared is absent: the model is fitted on its dragnet pages")
    data = examples(shared_root() / DATA)
    assert _reproducible(json.loads(MODEL_PATH.read_text(encoding="utf-8")), data), \
        "the shipped text-split model is not what training on the current rules gives: run `analyzer train text-split`"
    stale = subprocess.run(["git", "show", "15885d4:analyzer/resources/text-split/boundary.json"], cwd=REPO_ROOT,
                           capture_output=True, text=True)
    if stale.returncode == 0:  # a clone with that commit: the stale file is told apart
        assert not _reproducible(json.loads(stale.stdout), data)


def test_the_card_holds_the_rule_entries_training_writes_back():
    """``analyzer train text-split`` rewrites the card from ``boundary_train.render_card``, whose
    entries for the rules after the model (``SHAPES``, ``TRIED``, ``LATER``) are copies of the
    card's: an entry written in the card alone would be lost at the next training, one in the
    code alone never shown. They must stand in the card as they are, just before its known limits."""
    from analyzer.evaluate import REPO_ROOT
    from analyzer.segment.boundary_train import LATER, SHAPES, TRIED

    card = (REPO_ROOT / "data" / "models" / "text-split.md").read_text(encoding="utf-8")
    assert SHAPES + TRIED + LATER + "- Known limits" in card


def test_the_cuts_are_chosen_over_several_fold_assignments():
    """With one assignment of pages to folds, which of several near-equal cuts won turned on a page
    or two; the choice is the mean over ``FOLD_SALTS``, so those must be different assignments,
    each with pages in every fold, and the first one the plain hash of the id."""
    import zlib

    from analyzer.segment.boundary_train import FOLD_SALTS, FOLDS, folds

    ids = [f"R{n}" for n in range(300)] + [str(n) for n in range(300)]
    runs = [folds(ids, salt) for salt in FOLD_SALTS]
    assert len(FOLD_SALTS) >= 3
    assert len({tuple(r) for r in runs}) == len(runs)
    assert all(set(r) == set(range(FOLDS)) for r in runs)
    assert runs[0] == [zlib.crc32(i.encode()) % FOLDS for i in ids]
    assert folds(list(reversed(ids)), FOLD_SALTS[1]) == list(reversed(runs[1]))
