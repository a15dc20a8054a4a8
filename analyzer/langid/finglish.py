"""Finglish (Persian typed in Latin letters) against English and other Latin-script text.

lid.176 has never seen Finglish and calls it English, Finnish or Dutch. A small
linear model on character n-grams (``kh``, ``gh``, ``-e`` endings, ``mi-`` verb
prefixes) tells it apart; it is asked only about text written in Latin letters.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..classify.model import LinearModel, ModelError

MODEL_DIR = Path(str(resources.files("analyzer") / "resources" / "langid"))
NAME = "finglish"


@lru_cache(maxsize=1)
def model() -> LinearModel | None:
    try:
        return LinearModel.load(NAME, MODEL_DIR)
    except ModelError:
        return None


def finglish_probability(texts: list[str]) -> np.ndarray:
    m = model()
    if m is None or not texts:
        return np.zeros(len(texts))
    proba, _ = m.predict_texts([t.lower() for t in texts])
    return proba[:, 1]


def threshold() -> float:
    m = model()
    return float(m.meta.get("threshold", 0.5)) if m else 1.1
