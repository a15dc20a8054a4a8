"""fa-sentiment as a gated mixture of experts, against the pooled model (issue #8; not shipped).

    python benchmarks/fa_sentiment_experts.py [--shared ../shared] [--test]

Experts, fitted on the training rows with the trainer's own features and learner
(``spec_for("fa")``, NB-scaled liblinear, class-balanced): the pooled model as shipped
(set weights, C = 4); a SentiPers expert (three classes, SentiPers rows only); a SnappFood
expert (negative vs positive, SnappFood rows only; it gives neutral a fixed share ``nu``);
a gate (SentiPers vs SnappFood, the same features, Platt-calibrated). A mixture is
P(y|x) = (1 − g(x)) P_a(y|x) + g(x) P_b(y|x), g = P(SnappFood-like | x), or the expert the
gate prefers ("hard"). Each part is calibrated on its own set's validation rows
(temperature for three classes, Platt for two).

Prints, for each mixture: set-weighted validation macro F1 with the calibrations cross-fitted
in 5 folds of the validation rows (the figure a choice may read); 5-fold cross-validation on
the training pool (train + validation rows, folds by a hash of the text: 3 folds train, the
next calibrates, one is scored); where the gate sends texts that resemble neither set
(ParsiNLU reviews, Pars-OFF tweets, ParsOffensive comments). ``--test`` adds the test figures:
read them only after the choice. Takes about 90 s on this machine.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from analyzer.classify.datasets import (
    bucket,
    fa_sentiment,
    parsinlu_reviews,
    parsoff,
    parsoffensive,
    sentipers,
    snappfood,
)
from analyzer.classify.features import fit_idf
from analyzer.classify.metrics import ece, score_dataset
from analyzer.classify.model import calibrated
from analyzer.classify.train import _fit, _fit_form, _weighted_score, spec_for
from analyzer.evaluate import shared_root
from analyzer.normalize import normalize_batch

SPEC = spec_for("fa")
C = {"pool": 4.0, "sp": 16.0, "sf": 4.0, "gate": 4.0}  # each chosen from {1, 4, 16} on validation
MIXTURES = [("pool", "-", 0.0), ("sp", "-", 0.0), ("sp", "sf", 0.0), ("sp", "pool", 0.0), ("pool", "sf", 0.05),
            ("sp", "pool", "hard"), ("sp", "sf", "hard")]


def set_weights(src: np.ndarray) -> np.ndarray:
    """Each set the same total weight, mean weight 1 (as ``datasets._equal_weights``)."""
    return np.array([len(src) / 2 / np.sum(src == s) for s in src])


def fit_parts(X, y: np.ndarray, src: np.ndarray) -> dict:
    sp_, sf = src == 0, src == 1
    return {"pool": _fit(X, y, C["pool"], 3, set_weights(src), nb=True),
            "sp": _fit(X[sp_], y[sp_], C["sp"], 3, None, nb=True),
            "sf": _fit(X[sf], (y[sf] == 2).astype(int), C["sf"], 2, None, nb=True),
            "gate": _fit(X, src, C["gate"], 2, None, nb=True)}


def decisions(parts: dict, X) -> dict:
    return {k: np.asarray(X @ coef.T) + b for k, (coef, b) in parts.items()}


def fit_calibration(d: dict, y: np.ndarray, src: np.ndarray) -> dict:
    sp_, sf = src == 0, src == 1
    return {"pool": _fit_form("temperature", d["pool"], y, set_weights(src)),
            "sp": _fit_form("temperature", d["sp"][sp_], y[sp_], np.ones(sp_.sum())),
            "sf": _fit_form("platt", d["sf"][sf], (y[sf] == 2).astype(int), np.ones(sf.sum())),
            "gate": _fit_form("platt", d["gate"], src, set_weights(src))}


def mixture(d: dict, cal: dict, a: str, b: str, nu) -> np.ndarray:
    p = {k: calibrated(v, cal[k]) for k, v in d.items()}
    if b == "-":
        return p[a]
    g = p["gate"][:, 1:2]
    share = 0.0 if nu == "hard" else nu
    p["sf"] = np.column_stack([p["sf"][:, 0] * (1 - share), np.full(len(g), share), p["sf"][:, 1] * (1 - share)])
    if nu == "hard":
        return np.where(g > 0.5, p[b], p[a])
    return (1 - g) * p[a] + g * p[b]


def wf1(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    return 100 * _weighted_score(p.argmax(axis=1), y, w, "macro_f1")


def name(a: str, b: str, nu) -> str:
    return a if b == "-" else f"{a}+{b}" + (" hard" if nu == "hard" else f" nu={nu}" if nu else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--test", action="store_true", help="also print the test figures (after the choice)")
    args = ap.parse_args()
    data = (args.shared or shared_root()) / "data"
    ds = fa_sentiment(data)
    in_sp = {t for t, _ in sentipers(data)[0]}
    norm = lambda texts: normalize_batch(texts, ["fa"] * len(texts))
    tr_x, va_x = norm(ds.train.texts), norm(ds.val.texts)
    ytr, yva = np.array(ds.train.labels), np.array(ds.val.labels)
    str_ = np.array([0 if t in in_sp else 1 for t in ds.train.texts])
    sva = np.array([0 if t in in_sp else 1 for t in ds.val.texts])
    wva = np.array(ds.val.weights)

    idf = fit_idf(SPEC, tr_x)
    parts = fit_parts(SPEC.transform(tr_x, idf), ytr, str_)
    dva = decisions(parts, SPEC.transform(va_x, idf))
    folds = np.arange(len(yva)) % 5
    print("set-weighted validation macro F1 (calibration cross-fitted on validation)")
    for a, b, nu in MIXTURES:
        held = np.zeros((len(yva), 3))
        for f in range(5):
            i = folds != f
            cal = fit_calibration({k: v[i] for k, v in dva.items()}, yva[i], sva[i])
            held[~i] = mixture({k: v[~i] for k, v in dva.items()}, cal, a, b, nu)
        print(f"  {name(a, b, nu):16} {wf1(held, yva, wva):6.2f}")

    texts, y, src = tr_x + va_x, np.r_[ytr, yva], np.r_[str_, sva]
    fold = np.array([bucket(t) % 5 for t in ds.train.texts + ds.val.texts])
    cv: dict[str, list[float]] = {name(*m): [] for m in MIXTURES}
    for f in range(5):
        held, cal_rows = fold == f, fold == (f + 1) % 5
        fit_rows = ~(held | cal_rows)
        idf_f = fit_idf(SPEC, [t for t, keep in zip(texts, fit_rows) if keep])
        X = SPEC.transform(texts, idf_f)
        fold_parts = fit_parts(X[fit_rows], y[fit_rows], src[fit_rows])
        cal = fit_calibration(decisions(fold_parts, X[cal_rows]), y[cal_rows], src[cal_rows])
        d = decisions(fold_parts, X[held])
        for m in MIXTURES:
            cv[name(*m)].append(wf1(mixture(d, cal, *m), y[held], set_weights(src[held])))
    print("5-fold CV on the training pool (3 folds fit, 1 calibrates, 1 scored)")
    for key, scores in cv.items():
        print(f"  {key:16} {np.mean(scores):6.2f}  folds {' '.join(f'{s:.1f}' for s in scores)}")

    cal = fit_calibration(dva, yva, sva)
    others = {"parsinlu": parsinlu_reviews(data), "pars-off": parsoff(data)[1], "parsoffensive": parsoffensive(data)[1]}
    print("gate on texts of neither set: P(SnappFood-like) mean, share > 0.5, share in (0.1, 0.9)")
    for key, rows in others.items():
        g = calibrated(decisions(parts, SPEC.transform(norm([t for t, _ in rows]), idf))["gate"], cal["gate"])[:, 1]
        print(f"  {key:14} {g.mean():.2f}  {100 * np.mean(g > 0.5):5.1f} %  {100 * np.mean((g > 0.1) & (g < 0.9)):5.1f} %")
    if not args.test:
        return
    sp_test, sf_test = list(zip(ds.test.texts, ds.test.labels)), snappfood(data)[1]
    print("test: SentiPers macro F1 / ECE; SnappFood F1 / ECE; ParsiNLU macro F1 / ECE")
    sets = {k: (SPEC.transform(norm([t for t, _ in rows]), idf), np.array([y for _, y in rows]))
            for k, rows in (("sp", sp_test), ("sf", sf_test), ("pin", others["parsinlu"]))}
    for m in MIXTURES:
        out = []
        for key, (X, yt) in sets.items():
            p = mixture(decisions(parts, X), cal, *m)
            if key == "sf":
                pos, yb = (p[:, 2] > p[:, 0]).astype(int), (yt == 2).astype(int)
                two = p[:, [0, 2]] / p[:, [0, 2]].sum(axis=1, keepdims=True)
                out.append(f"{200 * np.sum(pos & yb) / (pos.sum() + yb.sum()):5.1f} / {100 * ece(two, yb):4.1f}")
            else:
                s = score_dataset(p, yt)
                out.append(f"{s['macro_f1']:5.1f} / {s['ece']:4.1f}")
        print(f"  {name(*m):16} " + ";  ".join(out))


if __name__ == "__main__":
    main()
