"""Evaluations: each one measures a stage on the labelled data in ``../shared``.

An evaluation module ``analyzer.evaluate.<name>`` exposes ``DEFAULT_PATH`` (a path
relative to the shared folder) and ``run(path) -> Evaluation``. Quality figures are
in percentage points so that "one point" means the same everywhere; the baseline
gate (``tests/test_baselines.py``) compares them with ``data/baselines/<name>.json``.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parents[2]
BASELINE_DIR = REPO_ROOT / "data" / "baselines"
TOLERANCE = 1.0


def best_cpu_seconds(work: Callable[[], object], runs: int, before: Callable[[], None] | None = None) -> float:
    """The fastest of ``runs`` runs of ``work``, in CPU seconds of this process; ``before`` runs
    untimed ahead of each (clearing caches, so that every run starts cold).

    CPU time rather than the wall clock, and the best run rather than one: speed figures are
    "per core", and other work on a shared machine only ever adds time (timeit's reasoning)."""
    best = float("inf")
    for _ in range(runs):
        if before is not None:
            before()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best

# name on the command line -> module; order is the order of `analyzer evaluate all`
EVALUATIONS: dict[str, str] = {
    "extraction": "analyzer.evaluate.extraction",
    "text-split": "analyzer.evaluate.text_split",
    "langid": "analyzer.evaluate.langid",
    "normalize": "analyzer.evaluate.normalize",
    "classify": "analyzer.evaluate.classify",
}


@dataclass
class Evaluation:
    """Figures of one evaluation run.

    ``figures`` are gated quality figures in points (0..100). Names listed in
    ``lower_is_better`` (error rates) fail when they rise instead of drop.
    ``info`` holds what depends on the machine (speed, timings) and is never gated.
    """

    name: str
    figures: dict[str, float]
    report: str
    info: dict[str, float] = field(default_factory=dict)
    lower_is_better: set[str] = field(default_factory=set)


def module(name: str) -> ModuleType:
    if name not in EVALUATIONS:
        raise KeyError(f"unknown evaluation {name!r}; known: {', '.join(EVALUATIONS)}")
    return importlib.import_module(EVALUATIONS[name])


def shared_root() -> Path:
    """The ``shared`` folder beside the repository (where CI puts it)."""
    return REPO_ROOT.parent / "shared"


def baseline_path(name: str) -> Path:
    return BASELINE_DIR / f"{name}.json"


def write_baseline(ev: Evaluation) -> Path:
    path = baseline_path(ev.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "figures": {k: round(v, 2) for k, v in sorted(ev.figures.items())},
        "lower_is_better": sorted(ev.lower_is_better),
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def regressions(ev: Evaluation, tolerance: float = TOLERANCE) -> list[str]:
    """Figures more than ``tolerance`` points worse than the stored baseline."""
    path = baseline_path(ev.name)
    if not path.exists():
        return []
    base = json.loads(path.read_text(encoding="utf-8"))
    lower = set(base.get("lower_is_better", []))
    out = []
    for key, want in base["figures"].items():
        got = ev.figures.get(key)
        if got is None:
            out.append(f"{ev.name}: figure {key!r} is no longer measured (baseline {want})")
        elif key in lower and got > want + tolerance:
            out.append(f"{ev.name}: {key} rose to {got:.2f} (baseline {want:.2f})")
        elif key not in lower and got < want - tolerance:
            out.append(f"{ev.name}: {key} dropped to {got:.2f} (baseline {want:.2f})")
    return out
