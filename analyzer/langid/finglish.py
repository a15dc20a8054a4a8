"""Finglish (Persian typed in Latin letters) against English and other Latin-script text.

lid.176 has never seen Finglish and calls it English, Finnish or Dutch. A small
fastText classifier on character 2–4-grams (``kh``, ``gh``, ``-e`` endings, ``mi-``
verb prefixes) and words tells it apart; it is asked only about text written in
Latin letters. fastText rather than a scikit-learn model: the same recall on the
held-out sentences at about three times the speed, which matters because every
English comment passes through it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_DIR = Path(str(resources.files("analyzer") / "resources" / "langid"))
NAME = "finglish"
LABEL = "__label__fa-Latn"


_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


def clean(text: str) -> str:
    """One line, lower case: fastText reads lines, and case says little about Finglish."""
    return tidy(" ".join(text.lower().split()))


def _unstretched(m: re.Match) -> str:
    return m.group(1) * (2 if m.group(1) in "aoe" else 1)


def tidy(line: str) -> str:
    """A one-line, lower-case text as the model reads it, with letters typed three times or more
    ("aliiii", "khoshmazzzze", "roooz") written as usual: "a", "o" and "e" twice, as Finglish
    writes long vowels ("khoob", "aali", "shirinee"), any other letter once.

    Comments stretch letters for emphasis; the parallel sentences the model learns from never
    do, so a stretched word was one it hardly knew. Punctuation stays: parting words at it
    ("bud,yani") was tried and cost one- and two-word recall (see the card)."""
    return _STRETCHED.sub(_unstretched, line) if _STRETCHED.search(line) else line


@lru_cache(maxsize=1)
def model():
    path = MODEL_DIR / f"{NAME}.ftz"
    if not path.exists():
        return None
    import fasttext

    fasttext.FastText.eprint = lambda *a, **k: None  # silence the load warning
    return fasttext.load_model(str(path))


@lru_cache(maxsize=1)
def meta() -> dict:
    path = MODEL_DIR / f"{NAME}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def finglish_probability(texts: list[str], m=None) -> np.ndarray:
    return np.array(line_probabilities([clean(t) for t in texts], m))


def line_probabilities(lines: list[str], m=None) -> list[float]:
    """P(Finglish) for texts already in :func:`clean`'s form (one line, lower case): the language
    stage holds its texts as one line and only needs to lower them."""
    m = m or model()
    if m is None or not lines:
        return [0.0] * len(lines)
    labels, probs = predict_lines(m, lines, 2)
    return [float(p[0] if lab[0] == LABEL else p[1] if len(lab) > 1 and lab[1] == LABEL else 0.0)
            for lab, p in zip(labels, probs)]


def predict_lines(m, texts: list[str], k: int) -> tuple[list[list[str]], list]:
    """fastText's top ``k`` for one-line texts, without its Python wrapper, which only checks
    every text for a newline (both our callers pass texts that have none)."""
    return m.f.multilinePredict([t + "\n" for t in texts], k, 0.0, "strict")


def threshold(short: bool = False) -> float:
    """The cut on P(Finglish); one or two words need a stricter one (chosen at training time)."""
    if model() is None:
        return 1.1
    return float(meta().get("short_threshold" if short else "threshold", 0.85 if short else 0.5))
