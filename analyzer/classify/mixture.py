"""A fastText supervised model mixed into a binary linear model's probability (issue #8).

en-offensive's linear model reads hashed n-grams; fastText supervised learns dense word and
subword vectors from the same rows and errs differently, so a weighted mean of the two
probabilities scores better than either (issue #8, session 18: ``benchmarks/classify_mixture.py``).
The mean of two calibrated probabilities is not calibrated itself (it is pulled towards the
middle where the two disagree), so the mixture gets its own Platt scaling on its logit, fitted on
the validation rows as the linear model's own.

Shipped as fastText's quantised format (``NAME.ftz``, plain fastText data, read by fastText's own
loader; never a pickle) beside the linear model, with the weight and the calibration in
``NAME.json`` (``mixture``). The explanations (``terms``) stay the linear model's: fastText has no
per-word weights to name.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import TOKEN_PATTERN

# fastText supervised: word 1–2-grams, character 2–5-grams, 100 dimensions, 10 epochs, one thread
# and a fixed seed (the same bytes on every run), quantised to its 50,000 strongest n-gram rows.
FASTTEXT = {"dim": 100, "epoch": 10, "lr": 0.5, "wordNgrams": 2, "minn": 2, "maxn": 5, "thread": 1,
            "bucket": 200_000, "seed": 0, "verbose": 0}
QUANTIZE = {"cutoff": 50_000, "qnorm": True, "retrain": False}
_WORD = re.compile(TOKEN_PATTERN)
_EDGE = 1e-6  # probabilities kept inside (0, 1) before their logit


def fasttext_line(text: str) -> str:
    """A normalised text as fastText reads it: its words (the word block's pattern), lower case,
    one space apart (fastText splits on white space and reads a newline as the end of a text)."""
    return " ".join(_WORD.findall(text.lower()))


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), _EDGE, 1 - _EDGE)
    return np.log(p / (1 - p))


def mixed_logit(linear_p: np.ndarray, fasttext_p: np.ndarray, weight: float) -> np.ndarray:
    """The logit of (1 − weight) · linear + weight · fastText (probabilities of label 1): a column,
    as the calibration reads decision values."""
    return logit((1 - weight) * np.asarray(linear_p) + weight * np.asarray(fasttext_p))[:, None]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train_fasttext(texts: list[str], labels: list[int] | np.ndarray, path: Path,
                   settings: dict | None = None, quantize: dict | None = None) -> None:
    """Train, quantise and write ``path`` (``.ftz``). Deterministic: one thread, a fixed seed, the
    rows in their given order (two runs wrote the same bytes, see the card). ``settings`` and
    ``quantize`` change some of ``FASTTEXT`` and ``QUANTIZE`` (tests train a small model)."""
    import fasttext

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "train.txt"
        corpus.write_text("".join(f"__label__{int(y)} {fasttext_line(t)}\n" for t, y in zip(texts, labels)),
                          encoding="utf-8")
        model = fasttext.train_supervised(str(corpus), **(FASTTEXT | (settings or {})))
    model.quantize(**(QUANTIZE | (quantize or {})))
    model.save_model(str(path))


@dataclass
class FastTextPart:
    """The loaded ``.ftz`` with its weight in the mixture and the mixture's calibration."""

    model: object  # fasttext.FastText._FastText
    weight: float
    calibration: dict
    path: Path

    @classmethod
    def load(cls, path: Path, weight: float, calibration: dict) -> FastTextPart:
        """Raises ``OSError`` or ``ValueError`` (fastText's own) for a missing or unreadable file;
        the caller names the file in a ``ModelError``."""
        import fasttext

        if not path.exists():
            raise FileNotFoundError("model file missing")
        fasttext.FastText.eprint = lambda *a, **k: None  # silence the load warning
        # A truncated .ftz loads without a word from fastText (the caller checks its SHA-256 first).
        model = fasttext.load_model(str(path))
        if sorted(model.get_labels()) != ["__label__0", "__label__1"]:
            raise ValueError("its labels are not __label__0 and __label__1")
        return cls(model, float(weight), calibration, path)

    def proba(self, texts: list[str]) -> np.ndarray:
        """fastText's probability of label 1 for each text (batched through fastText's own predict)."""
        labels, probs = self.model.predict([fasttext_line(t) for t in texts], k=2)
        return np.array([dict(zip(top, p)).get("__label__1", 0.0) for top, p in zip(labels, probs)],
                        dtype=np.float64)
