"""Scores used by evaluation and training: macro F1/recall, accuracy, calibration error."""

from __future__ import annotations

import numpy as np


def macro_f1(y: np.ndarray, pred: np.ndarray, k: int) -> float:
    f1s = []
    for c in range(k):
        tp = np.sum((pred == c) & (y == c))
        denom = np.sum(pred == c) + np.sum(y == c)
        f1s.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(f1s))


def macro_recall(y: np.ndarray, pred: np.ndarray, k: int) -> float:
    return float(np.mean([np.mean(pred[y == c] == c) for c in range(k) if np.any(y == c)]))


def f1_positive(y: np.ndarray, pred: np.ndarray) -> float:
    tp = np.sum((pred == 1) & (y == 1))
    denom = np.sum(pred == 1) + np.sum(y == 1)
    return float(2 * tp / denom) if denom else 0.0


def ece(proba: np.ndarray, y: np.ndarray, bins: int = 15) -> float:
    """Expected calibration error of the top-label confidence (Guo et al. 2017), 15 equal bins."""
    conf = proba.max(axis=1)
    correct = proba.argmax(axis=1) == y
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if np.any(m):
            total += np.sum(m) / len(y) * abs(np.mean(correct[m]) - np.mean(conf[m]))
    return float(total)


def score_dataset(proba: np.ndarray, y: np.ndarray, threshold: float | None = None) -> dict[str, float]:
    k = proba.shape[1]
    pred = (proba[:, 1] >= threshold).astype(int) if threshold is not None and k == 2 else proba.argmax(axis=1)
    return {
        "macro_f1": 100 * macro_f1(y, pred, k),
        "macro_recall": 100 * macro_recall(y, pred, k),
        "accuracy": 100 * float(np.mean(pred == y)),
        "ece": 100 * ece(proba, y),
    }
