"""Normalise stage: the text classifiers read, the raw text kept apart.

Persian goes through hazm's ``Normalizer`` (built once: construction costs ~1 s);
everything else gets Unicode NFC and whitespace folding only, because hazm
rewrites Latin digits and breaks URLs.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

PERSIAN_LANGS = {"fa"}


@lru_cache(maxsize=1)
def _hazm_normalizer():
    from hazm import Normalizer

    return Normalizer()


def normalize(text: str, lang: str) -> str:
    return normalize_batch([text], [lang])[0]


def normalize_batch(texts: list[str], langs: list[str]) -> list[str]:
    out = []
    for text, lang in zip(texts, langs):
        plain = " ".join(unicodedata.normalize("NFC", text).split())
        if lang in PERSIAN_LANGS:
            plain = _hazm_normalizer().normalize(plain)
        out.append(plain)
    return out
