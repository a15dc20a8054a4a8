"""Quality gate: every evaluation re-run against its stored baseline figures.

Runs only where the labelled data in ``../shared`` is present (CI has it); fails
when a figure is more than one point worse than ``data/baselines/<name>.json``.
"""

from __future__ import annotations

import pytest

from analyzer import evaluate as ev


@pytest.mark.parametrize("name", list(ev.EVALUATIONS))
def test_no_figure_drops_below_its_baseline(name):
    if not ev.baseline_path(name).exists():
        pytest.skip(f"no baseline stored yet for {name!r} (analyzer evaluate {name} --write-baseline)")
    mod = ev.module(name)
    path = ev.shared_root() / mod.DEFAULT_PATH
    if not path.exists():
        pytest.skip(f"evaluation data {path} absent (../shared is not beside the repo)")
    result = mod.run(path)
    assert ev.regressions(result) == []


def test_regressions_compare_in_the_right_direction(tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "BASELINE_DIR", tmp_path)
    ev.write_baseline(ev.Evaluation("x", {"f1": 80.0, "err": 5.0}, "", lower_is_better={"err"}))
    ok = ev.Evaluation("x", {"f1": 79.5, "err": 5.9}, "", lower_is_better={"err"})
    bad = ev.Evaluation("x", {"f1": 78.9, "err": 6.2}, "", lower_is_better={"err"})
    assert ev.regressions(ok) == []
    assert len(ev.regressions(bad)) == 2
    assert "no longer measured" in ev.regressions(ev.Evaluation("x", {"f1": 90.0}, ""))[0]
