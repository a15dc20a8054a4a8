"""Normalise stage: the text the classifiers read; the raw text stays in the record.

- Persian (``fa``): hazm's ``Normalizer``, each option chosen on purpose and run without
  the work hazm redoes per call (:mod:`.persian`), plus two repairs: ة → ه, which hazm
  leaves, and numbers hazm's tokenizer splits at ٫ or ٪ joined again.
- Finglish (``fa-Latn``): transliterated into Persian script (:mod:`.finglish`), then
  normalised as Persian, so the Persian classifiers can read it; the record keeps the
  Latin original in ``text``.
- English: NFC, placeholders for URLs / @mentions / e-mails, stretched letters cut
  (:mod:`.english`).
- For these three, emoji are named and stretched words leave an ``<elong>`` marker
  (:mod:`.signals`), two things normalising would otherwise erase.
- Anything else: NFC and whitespace folding only. hazm would rewrite Latin digits and
  break URLs (``$25.50`` → ``$ ۲۵ ٫ ۵۰``), and our classifiers do not read those
  languages anyway.

Comment threads repeat themselves (quotes, copy-paste campaigns), so results are cached.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .english import TYPED_QUOTES, clean_english
from .finglish import transliterate
from .persian import persian_normalizer
from .signals import add_signals

PERSIAN_LANGS = {"fa"}
# hazm's table leaves Arabic teh marbuta (ة) alone; Persian writes ه (مدرسة → مدرسه).
_BEYOND_HAZM = str.maketrans({"ة": "ه"})
# hazm's tokenizer splits a digit run at ٫ and before ٪ ("۳٫۵" → "۳ ٫ ۵"): one number, one token.
_SPLIT_NUMBER = re.compile(r"(?<=\d) ([٫٪])(?: (?=\d))?")
FINGLISH = "fa-Latn"

__all__ = ["normalize", "normalize_batch", "persian_tokens", "transliterate"]


def normalize(text: str, lang: str) -> str:
    return _normalize_one(text, lang)


def normalize_batch(texts: list[str], langs: list[str]) -> list[str]:
    return [_normalize_one(text, lang) for text, lang in zip(texts, langs)]


def persian_tokens(normalized: str) -> list[str]:
    """hazm's word tokens of a normalised Persian text (what the Persian models count)."""
    return persian_normalizer().tokenize(normalized)


def _persian(text: str) -> str:
    normalized = persian_normalizer().normalize(text.translate(_BEYOND_HAZM))
    return _SPLIT_NUMBER.sub(r"\1", normalized) if "٫" in normalized or "٪" in normalized else normalized


@lru_cache(maxsize=65536)
def _normalize_one(text: str, lang: str) -> str:
    plain = " ".join(unicodedata.normalize("NFC", text).split())
    if lang == FINGLISH:
        return add_signals(_persian(transliterate(plain.translate(TYPED_QUOTES))), plain)
    if lang in PERSIAN_LANGS:
        return add_signals(_persian(plain), plain)
    if lang == "en":
        return add_signals(clean_english(plain), plain)
    return plain
