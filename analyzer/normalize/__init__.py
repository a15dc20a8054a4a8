"""Normalise stage: the text the classifiers read; the raw text stays in the record.

- Persian (``fa``): hazm's ``Normalizer``, each option chosen on purpose and run without
  the work hazm redoes per call (:mod:`.persian`), plus repairs: ة and ۀ → ه, which hazm
  leaves (it drops the ezafe of هٔ, not of ۀ), and numbers hazm's tokenizer splits at ٫ or ٪
  and dates and fractions its spacing splits at "/" joined again.
- Finglish (``fa-Latn``): transliterated into Persian script (:mod:`.finglish`), then
  normalised as Persian, so the Persian classifiers can read it; the record keeps the
  Latin original in ``text``.
- English: NFC, placeholders for URLs / @mentions / e-mails, stretched letters cut
  (:mod:`.english`).
- For these three, emoji are named and stretched words leave an ``<elong>`` marker
  (:mod:`.signals`), two things normalising would otherwise erase.
- In Persian and Finglish text, web addresses, e-mail addresses and @handles are kept as
  typed: hazm's spacing cut them apart (``https://x.com`` → ``https: / / x. com``) and the
  Finglish transliterator wrote them in Persian letters (``هتپس``), and no Persian set the
  models learnt from has a convention for them (Pars-OFF's ``@USER`` stays ``@USER``).
- Anything else: NFC and whitespace folding only. hazm would rewrite Latin digits and
  break URLs (``$25.50`` → ``$ ۲۵ ٫ ۵۰``), and our classifiers do not read those
  languages anyway.

Comment threads repeat themselves (quotes, copy-paste campaigns), so results are cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .english import EMAIL, TYPED_QUOTES, URL, clean_english
from .finglish import transliterate
from .persian import persian_normalizer
from .signals import add_signals

PERSIAN_LANGS = {"fa"}
# hazm's table leaves Arabic teh marbuta (ة) alone; Persian writes ه (مدرسة → مدرسه). It drops the
# hamza of the ezafe written هٔ as a diacritic ("خانهٔ ما" → "خانه ما") but keeps the one letter ۀ,
# so one word had two spellings ("خانۀ ما" stayed): both lose the mark, as most writers omit it.
_BEYOND_HAZM = str.maketrans({"ة": "ه", "ۀ": "ه"})
# hazm's tokenizer splits a digit run at ٫ and before ٪ ("۳٫۵" → "۳ ٫ ۵"): one number, one token.
_SPLIT_NUMBER = re.compile(r"(?<=\d) ([٫٪])(?: (?=\d))?")
# Its punctuation spacing cuts dates and fractions at their slashes ("۱۴۰۲/۰۵/۱۲" → "۱۴۰۲ / ۰۵ / ۱۲").
_SPLIT_DATE = re.compile(r"(?<=\d) / (?=\d)")
FINGLISH = "fa-Latn"
# What Persian normalising must not touch: an address, then an e-mail, then a handle (with the
# dots Instagram allows inside one, "@ali.reza").
_KEEP_AS_TYPED = re.compile(rf"({URL.pattern}|{EMAIL.pattern}|(?<!\w)@[\w.]*\w)", re.I)

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
    if "٫" in normalized or "٪" in normalized:
        normalized = _SPLIT_NUMBER.sub(r"\1", normalized)
    return _SPLIT_DATE.sub("/", normalized) if " / " in normalized else normalized


def _from_finglish(text: str) -> str:
    """Finglish in Persian letters, the spaces at its ends kept (the transliterator drops them)."""
    inner = transliterate(text.strip().translate(TYPED_QUOTES))
    return " " * text[:1].isspace() + inner + " " * text[-1:].isspace()


def _kept_apart(text: str, between: Callable[[str], str]) -> tuple[str, list[str]]:
    """``text`` with each address and handle swapped for a stand-in that hazm reads as a handle and
    leaves alone (Latin letters only: hazm rewrites digits), so the text around it is normalised as
    it was with the address in place; ``between`` is applied to the text between them."""
    pieces = _KEEP_AS_TYPED.split(text)  # text, kept, text, kept, …, text
    kept = pieces[1::2]
    stand_ins = ["@keep" + "x".join(chr(97 + int(d)) for d in str(i)) + "q" for i in range(len(kept))]
    out = [between(piece) if piece.strip() else piece for piece in pieces[::2]]
    return "".join(x for pair in zip(out, [*stand_ins, ""]) for x in pair), kept


def _may_hold_address(text: str) -> bool:
    """Whether ``text`` holds an address or a handle (``_KEEP_AS_TYPED``); the substring tests
    answer no for most comments without running the pattern."""
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return False
    return _KEEP_AS_TYPED.search(text) is not None


_STAND_IN = re.compile(r"@keep([a-j](?:x[a-j])*)q")


def _put_back(text: str, kept: list[str]) -> str:
    return _STAND_IN.sub(lambda m: kept[int("".join(str(ord(c) - 97) for c in m.group(1).split("x")))], text)


@lru_cache(maxsize=65536)
def _normalize_one(text: str, lang: str) -> str:
    plain = " ".join(unicodedata.normalize("NFC", text).split())
    if lang == FINGLISH or lang in PERSIAN_LANGS:
        between = _from_finglish if lang == FINGLISH else str
        if "@keep" in plain or not _may_hold_address(plain):  # nothing to keep, or a look-alike
            return add_signals(_persian(between(plain)), plain)
        words, kept = _kept_apart(plain, between)
        return add_signals(_put_back(_persian(words), kept), plain)
    if lang == "en":
        return add_signals(clean_english(plain), plain)
    return plain
