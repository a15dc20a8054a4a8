"""Normalise stage: the text classifiers read; the raw text stays in the record.

- Persian (``fa``): hazm's ``Normalizer`` with its defaults (Arabic ي/ك/ة and
  Arabic-Indic digits to Persian forms, half-space rules that keep and restore the
  zero-width non-joiner, diacritics and tatweel removed, punctuation spacing), built
  once because construction costs about a second.
- Finglish (``fa-Latn``): transliterated to Persian script by the MIT-licensed
  ``finglish`` package (dictionary, positional letter rules, Persian word frequencies
  to choose between spellings), then normalised as Persian, so the Persian
  classifiers can read it.
- English: NFC, URLs / @mentions / e-mails replaced by TweetEval's placeholders
  (``http``, ``@user``, ``<email>``), letters repeated three times or more cut to two.
- Anything else: NFC and whitespace folding only; hazm would rewrite Latin digits
  and break URLs (``$25.50`` → ``$ ۲۵ ٫ ۵۰``), so it is kept for Persian text.
Comment threads repeat themselves (quotes, copy-paste campaigns), so results are cached.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import unicodedata
from functools import lru_cache

PERSIAN_LANGS = {"fa"}
FINGLISH = "fa-Latn"
MAX_FINGLISH_WORD = 11
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<!\w)@\w+")
_ELONGATED = re.compile(r"(\w)\1{2,}")


_PATTERN_LISTS = ("extra_space_patterns", "punctuation_spacing_patterns", "affix_spacing_patterns",
                  "persian_style_patterns", "diacritics_patterns", "specials_chars_patterns")


@lru_cache(maxsize=1)
def _hazm_normalizer():
    """hazm's ``Normalizer`` (default options) without the work it redoes on every call.

    hazm 0.9/0.10 rebuilds its two character tables (a dict comprehension over
    ~400 letters) on each ``normalize`` and passes its regexes as strings, so that
    ``re`` looks each up in its cache every time; together that is most of its
    time on short comments. Here the tables are built once and the patterns are
    compiled once; the steps and their order are hazm's own, and
    ``analyzer evaluate normalize`` checks that the output equals hazm's.
    """
    import re

    from hazm import Normalizer
    from hazm.utils import maketrans

    class FastNormalizer(Normalizer):
        def __init__(self) -> None:
            super().__init__()
            self._translations = maketrans(self.translation_src, self.translation_dst)
            self._number_translations = maketrans(self.number_translation_src, self.number_translation_dst)
            for name in _PATTERN_LISTS:
                patterns = getattr(self, name, None)
                if patterns:
                    setattr(self, name, [(re.compile(p) if isinstance(p, str) else p, r) for p, r in patterns])

        def normalize(self, text: str) -> str:
            text = text.translate(self._translations)
            if self._persian_style:
                text = self.persian_style(text)
            if self._persian_number:
                text = text.translate(self._number_translations)
            if self._remove_diacritics:
                text = self.remove_diacritics(text)
            if self._correct_spacing:
                text = self.correct_spacing(text)
            if self._unicodes_replacement:
                text = self.unicodes_replacement(text)
            if self._remove_specials_chars:
                text = self.remove_specials_chars(text)
            if self._decrease_repeated_chars:
                text = self.decrease_repeated_chars(text)
            if self._seperate_mi:
                text = self.seperate_mi(text)
            return text

    return FastNormalizer()


@lru_cache(maxsize=1)
def _finglish():
    # The finglish package prints "Loading ..." on import: keep our stdout clean for JSON lines.
    with contextlib.redirect_stdout(io.StringIO()):
        return importlib.import_module("finglish.f2p")


@lru_cache(maxsize=200_000)
def _word_f2p(word: str) -> str:
    """One word, as ``finglish.f2p`` would spell it (its best candidate).

    The package scores every spelling its letter rules allow against the word
    frequency list, a few milliseconds a word; words repeat across comments, so
    each is converted once per process. Words longer than ``MAX_FINGLISH_WORD``
    letters stay in Latin letters: the package's search grows exponentially with
    length (one 14-letter word took 11 s), and a comment must not stall the batch.
    """
    best = _finglish().f2p_word(word, max_word_size=MAX_FINGLISH_WORD)
    return best[0][0] if best else ""


def transliterate(text: str) -> str:
    """Finglish → Persian script (unnormalised); the same output as ``finglish.f2p``."""
    return " ".join(_word_f2p(w) for w in _finglish().sep_regex.split(text) if w)


def normalize(text: str, lang: str) -> str:
    return _normalize_one(text, lang)


def normalize_batch(texts: list[str], langs: list[str]) -> list[str]:
    return [_normalize_one(text, lang) for text, lang in zip(texts, langs)]


@lru_cache(maxsize=65536)
def _normalize_one(text: str, lang: str) -> str:
    plain = " ".join(unicodedata.normalize("NFC", text).split())
    if lang == FINGLISH:
        plain = _hazm_normalizer().normalize(transliterate(_ELONGATED.sub(r"\1\1", plain)))
    elif lang in PERSIAN_LANGS:
        plain = _hazm_normalizer().normalize(plain)
    elif lang == "en":
        plain = _EMAIL.sub("<email>", plain)
        plain = _URL.sub("http", plain)
        plain = _MENTION.sub("@user", plain)
        plain = _ELONGATED.sub(r"\1\1", plain)
    return plain
