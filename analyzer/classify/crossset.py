"""Cross-set robustness: train on one set, test on another, beside the in-set score.

Comments on news pages are neither tweets nor food reviews, so the drop from the
in-set score to the cross-set score says how much of a figure is the set's own
style. It needs training, so ``analyzer train classify`` measures it (same
features and learner as the shipped models, C = 4, no calibration: only labels
are compared) and writes ``data/models/cross-set.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..normalize import normalize_batch
from .datasets import en_hate, en_offensive, parsoff, parsoffensive, sentipers, snappfood
from .features import fit_idf
from .metrics import macro_f1

Rows = list[tuple[str, int]]
C = 4.0


def _binary_sentiment(rows: Rows) -> Rows:
    """Positive (1) vs negative (0); neutral rows dropped, as SnappFood has none."""
    return [(t, 1 if y == 2 else 0) for t, y in rows if y != 1]


def _tweeteval(load: Callable) -> Callable[[Path], tuple[Rows, Rows]]:
    def rows(data: Path) -> tuple[Rows, Rows]:
        ds = load(data)
        return list(zip(ds.train.texts, ds.train.labels)), list(zip(ds.test.texts, ds.test.labels))
    return rows


def _sentiment(load: Callable) -> Callable[[Path], tuple[Rows, Rows]]:
    def rows(data: Path) -> tuple[Rows, Rows]:
        train, test = load(data)
        return _binary_sentiment(train), _binary_sentiment(test)
    return rows


# (source name, its loader, target name, its loader, language); loaders give (train, test) rows
PAIRS = [
    ("Pars-OFF", parsoff, "ParsOffensive", parsoffensive, "fa"),
    ("ParsOffensive", parsoffensive, "Pars-OFF", parsoff, "fa"),
    ("SnappFood", _sentiment(snappfood), "SentiPers (pos/neg)", _sentiment(sentipers), "fa"),
    ("SentiPers (pos/neg)", _sentiment(sentipers), "SnappFood", _sentiment(snappfood), "fa"),
    ("OLID (TweetEval offensive)", _tweeteval(en_offensive), "TweetEval hate", _tweeteval(en_hate), "en"),
]


def _xy(rows: Rows, lang: str) -> tuple[list[str], np.ndarray]:
    return normalize_batch([t for t, _ in rows], [lang] * len(rows)), np.array([y for _, y in rows])


def measure(data: Path) -> list[tuple[str, str, float, float]]:
    """(source, target, in-set macro F1, cross-set macro F1) in points, for each pair."""
    from .train import _fit, _learner, spec_for

    out = []
    for source, load_source, target, load_target, lang in PAIRS:
        spec = spec_for(lang)
        train, test = load_source(data)
        _, target_test = load_target(data)
        texts, y = _xy(train, lang)
        idf = fit_idf(spec, texts)
        coef, intercept = _fit(spec.transform(texts, idf), y, C, 2, **_learner(spec))
        scores = []
        for rows in (test, target_test):
            tx, ty = _xy(rows, lang)
            pred = (np.asarray(spec.transform(tx, idf) @ coef.T)[:, 0] + intercept[0] > 0).astype(int)
            scores.append(100 * macro_f1(ty, pred, 2))
        out.append((source, target, round(scores[0], 1), round(scores[1], 1)))
    return out


def render(results: list[tuple[str, str, float, float]]) -> str:
    rows = "\n".join(f"| {s} | {t} | {a:.1f} | {b:.1f} | {b - a:+.1f} |" for s, t, a, b in results)
    return f"""# Cross-set robustness of the classify models

Train on one set, test on another (`analyzer train classify` measures this; the
shipped models are trained on pooled sets, see their cards). Same features and
learner as the shipped models (hashed word 1–2 + char 2–5-grams, logistic
regression, C = {C}; the English pair also with negation scopes, the VADER lexicon
columns and NB scaling, as the English models), label at decision 0, binary macro F1 in points. In-set is
the source set's own test split.

| trained on | tested on | in-set | cross-set | drop |
| --- | --- | --- | --- | --- |
{rows}
"""
