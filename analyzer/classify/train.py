"""``analyzer train classify``: rebuild the sentiment and toxicity models.

Logistic regression on hashed word (1–2) and character (2–5) n-grams, the
regularisation picked on the validation split, then calibrated there (temperature
for three classes, Platt for two). Deterministic: hash-based splits, a fixed
solver seed, sorted inputs. Texts pass through the normaliser exactly as at run time.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.linear_model import LogisticRegression

from ..normalize import normalize_batch
from .datasets import DATASETS, Dataset
from .features import FeatureSpec, fit_idf
from .metrics import score_dataset
from .model import MODEL_DIR, LinearModel, calibrated

C_GRID = (1.0, 4.0, 16.0)
LABEL_THRESHOLD = 0.5
CARD_DIR = Path(__file__).resolve().parents[2] / "data" / "models"


def _prepare(ds: Dataset) -> tuple[list[str], list[str], list[str]]:
    norm = lambda texts: normalize_batch(texts, [ds.lang] * len(texts))  # noqa: E731
    return norm(ds.train.texts), norm(ds.val.texts), norm(ds.test.texts)


def _fit_temperature(decision: np.ndarray, y: np.ndarray) -> dict:
    if decision.shape[1] == 1:
        lr = LogisticRegression(C=1e4, max_iter=1000).fit(decision, y)
        return {"a": float(lr.coef_[0, 0]), "b": float(lr.intercept_[0])}

    def nll(t: float) -> float:
        p = calibrated(decision, {"temperature": t})
        return float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

    res = minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded")
    return {"temperature": float(res.x)}


def _fit(X, y: np.ndarray, C: float, k: int,
         weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weights and intercepts: one binary liblinear problem per class (one-vs-rest).

    liblinear solves each problem in seconds on 2^19 sparse columns, where a
    multinomial lbfgs fit took many minutes; the calibration step turns the
    one-vs-rest scores into probabilities anyway.
    """
    rows = [np.arange(len(y))]
    targets = [y] if k == 2 else [(y == c).astype(int) for c in range(k)]
    coefs, intercepts = [], []
    for target in targets:
        clf = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=1000,
                                 random_state=0).fit(X[rows[0]], target, sample_weight=weights)
        coefs.append(clf.coef_[0])
        intercepts.append(clf.intercept_[0])
    return np.vstack(coefs), np.array(intercepts)


def _best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The cut on the calibrated probability that maximises F1 of the positive class on validation."""
    best, best_f1 = 0.5, -1.0
    for t in np.arange(0.2, 0.81, 0.02):
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        f1 = 2 * tp / (np.sum(pred) + np.sum(y == 1) + 1e-9)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(round(t, 2)), f1
    return best


def spec_for(lang: str) -> FeatureSpec:
    """Persian models read hazm's tokens; English ones the plain word pattern."""
    return FeatureSpec(tokens="hazm") if lang == "fa" else FeatureSpec()


def train_one(ds: Dataset, spec: FeatureSpec = FeatureSpec()) -> tuple[LinearModel, dict]:
    start = time.perf_counter()
    train_x, val_x, _ = _prepare(ds)
    idf = fit_idf(spec, train_x)
    Xtr, Xva = spec.transform(train_x, idf), spec.transform(val_x, idf)
    ytr, yva = np.array(ds.train.labels), np.array(ds.val.labels)
    weights = np.array(ds.train.weights) if ds.train.weights is not None else None
    # Validation rows carry the same per-set weights, so C is chosen for every set, not the largest.
    wva = np.array(ds.val.weights) if ds.val.weights is not None else np.ones(len(yva))
    best = None
    for C in C_GRID:
        clf = _fit(Xtr, ytr, C, len(ds.labels), weights)
        pred = np.asarray(Xva @ clf[0].T + clf[1]).argmax(axis=1) if len(ds.labels) > 2 else \
            (np.asarray(Xva @ clf[0].T + clf[1])[:, 0] > 0).astype(int)
        recalls = [np.sum(wva * ((pred == k) & (yva == k))) / np.sum(wva * (yva == k))
                   for k in range(len(ds.labels)) if np.any(yva == k)]
        f1s = []
        for k in range(len(ds.labels)):
            tp = np.sum(wva * ((pred == k) & (yva == k)))
            f1s.append(2 * tp / (np.sum(wva * (pred == k)) + np.sum(wva * (yva == k)) + 1e-9))
        score = float(np.mean(recalls if ds.name == "en-sentiment" else f1s))
        if best is None or score > best[0]:
            best = (score, C, clf)
    _, C, clf = best
    coef, intercept = clf[0].astype(np.float32), clf[1].astype(np.float32)
    model = LinearModel(ds.name, ds.labels, spec, idf, coef, intercept, {}, {})
    # Calibrate on the float16 weights that ship, not on the float32 ones in memory.
    model.coef, model.idf = coef.astype(np.float16).astype(np.float32), idf.astype(np.float16).astype(np.float32)
    decision = model.decision(spec.transform(val_x, model.idf))
    model.calibration = _fit_temperature(decision, yva)
    meta = {"C": C, "train_rows": len(ds.train), "val_rows": len(ds.val), "licence": ds.licence,
            "lang": ds.lang, "seconds": round(time.perf_counter() - start, 1)}
    if len(ds.labels) == 2:
        # The label is "toxic" when the calibrated probability says it is more likely than
        # not; the F1-optimal cut on validation is recorded beside it for users who want recall.
        meta["threshold"] = LABEL_THRESHOLD
        meta["f1_threshold"] = _best_threshold(model.proba(spec.transform(val_x, model.idf))[:, 1], yva)
    model.meta = meta
    return model, meta


def train(shared: Path) -> str:
    data = shared / "data"
    lines = []
    for name in sorted(DATASETS):
        ds = DATASETS[name](data)
        model, meta = train_one(ds, spec_for(ds.lang))
        model.save(MODEL_DIR)
        lines.append(f"{name}: C={meta['C']}, {meta['train_rows']} rows, {meta['seconds']} s")
    summary = "; ".join(lines)
    from .crossset import measure, render

    CARD_DIR.mkdir(parents=True, exist_ok=True)
    (CARD_DIR / "cross-set.md").write_text(render(measure(data)), encoding="utf-8")
    from ..evaluate.classify import run

    result = run(data)
    write_cards(result.figures, result.info)
    return summary


def write_cards(figures: dict[str, float], info: dict[str, float]) -> None:
    from .cards import render_card

    CARD_DIR.mkdir(parents=True, exist_ok=True)
    for name in sorted(DATASETS):
        meta = LinearModel.load(name).meta
        (CARD_DIR / f"{name}.md").write_text(render_card(name, meta, figures, info), encoding="utf-8")
