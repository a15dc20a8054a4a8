"""How toxicity scores drift with length: comments built from k test tweets or comments.

    python benchmarks/long_comments.py [--shared ../shared] [--split test|val] [--n 600]

The toxicity models learnt from tweets and short comments; news comments are often
several times longer, and no labelled long comments are available. This builds them:
``k`` rows of a model's test (or validation) split joined with spaces, either all
non-offensive (the comment is not offensive) or with exactly one offensive row among
them (it is). For k = 1, 2, 4, 8 it prints the share of each kind labelled toxic at the
model's threshold, scored three ways: the whole text at once; the highest score of the
comment's sentence groups ("chunk max"); and as the classify stage does, the mean odds of
the groups for a text longer than ``long_text.LONG`` characters (``analyzer.classify.long_text``).
A rise of the first share with k means long harmless comments get flagged more often; a
fall of the second, that one offensive sentence is lost among the others.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np

from analyzer.classify import _model
from analyzer.classify.datasets import DATASETS
from analyzer.classify.long_text import LongTexts, chunks
from analyzer.evaluate import shared_root
from analyzer.normalize import normalize_batch

MODELS = ("en-offensive", "en-hate", "fa-offensive")
KS = (1, 2, 4, 8)


def joined(texts: list[str], labels: list[int], k: int, n: int, seed: int) -> tuple[list[str], np.ndarray]:
    """``n`` comments of ``k`` rows: even ones all label 0, odd ones with exactly one label-1 row."""
    rng = random.Random(seed)
    clean = [i for i, y in enumerate(labels) if y == 0]
    flagged = [i for i, y in enumerate(labels) if y == 1]
    out, ys = [], []
    for j in range(n):
        offensive = j % 2 == 1
        rows = rng.sample(clean, k - offensive) + ([rng.choice(flagged)] if offensive else [])
        rng.shuffle(rows)
        out.append(" ".join(texts[i] for i in rows))
        ys.append(int(offensive))
    return out, np.array(ys)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--split", choices=("test", "val"), default="test")
    ap.add_argument("--n", type=int, default=600, help="comments per length (half of them offensive)")
    args = ap.parse_args()
    data = (args.shared or shared_root()) / "data"
    print(f"share labelled toxic, {args.split} rows joined k at a time: harmless / with one offensive row")
    print(f"{'model':14} {'k':>2}  {'whole text':>13}  {'chunk max':>13}  {'classify stage':>14}")
    for name in MODELS:
        ds = DATASETS[name](data)
        split = getattr(ds, args.split)
        model = _model(name)
        cut = float(model.meta.get("threshold", 0.5))
        texts = normalize_batch(split.texts, [ds.lang] * len(split.texts))
        for k in KS:
            comments, y = joined(texts, split.labels, k, args.n, seed=k)
            whole = model.predict_texts(comments)[0][:, 1]
            parts = [chunks(c) for c in comments]
            scores = model.predict_texts([p for ps in parts for p in ps])[0][:, 1]
            ends = np.cumsum([len(ps) for ps in parts])
            best = np.array([scores[e - len(ps):e].max() for e, ps in zip(ends, parts)])
            stage, _ = LongTexts.of(comments).rescored(model, whole)
            cells = [f"{100 * (s >= cut)[y == 0].mean():5.1f} / {100 * (s >= cut)[y == 1].mean():5.1f}"
                     for s in (whole, best, stage)]
            print(f"{name:14} {k:>2}  {cells[0]:>13}  {cells[1]:>13}  {cells[2]:>14}")

if __name__ == "__main__":
    main()
