"""Persian normalisation: hazm's ``Normalizer``, with each option chosen on purpose, made fast.

The options (all of hazm's steps are on; why each one):

- ``persian_style``: straight quotes become «», ``...`` an ellipsis, and a dot between
  digits the Persian decimal separator ٫, so one number or quotation has one spelling.
- ``persian_numbers``: Latin and Arabic-Indic digits become Persian digits, so ``۱۲``,
  ``١٢`` and ``12`` are the same token to a classifier (Persian digits are understood).
- ``remove_diacritics``: short-vowel marks and tanwin are rare and optional in Persian
  comments; left in, ``کِتاب`` and ``کتاب`` would be two words.
- ``correct_spacing``: the half-space rules; the zero-width non-joiner is kept where it
  belongs and restored where writers used a space or nothing (``می خواهم`` →
  ``می‌خواهم``, ``کتاب ها`` → ``کتاب‌ها``); tatweel (ـ) is dropped here.
- ``unicodes_replacement``: ligatures such as ﷲ and ﻻ become their letters, so they are
  words a classifier has seen.
- ``remove_specials_chars``: Qur'anic marks and superscript letters carry no meaning for
  sentiment or toxicity.
- ``decrease_repeated_chars``: ``خیلییییی`` becomes ``خیلی`` so the word is found; the
  stretch itself is kept as a signal by :mod:`analyzer.normalize.signals`.
- ``seperate_mi``: ``میخواهم`` → ``می‌خواهم`` when hazm knows the verb, the other half of
  the half-space rule.

Arabic letter variants (ي ك ة ى and presentation forms) are mapped by hazm's character
table, which runs first whatever the options.

Why not call hazm directly: hazm 0.9/0.10 rebuilds both character tables on every call
and hands its ~35 regexes to ``re.sub`` as strings, so each is looked up in ``re``'s
cache every time; on short comments that is most of its time (about 5k comments/s).
Here the tables are merged and built once, the patterns compiled once, and a step whose
characters do not occur in the text is skipped. The steps, their order and hazm's own
word lists are unchanged, and ``analyzer evaluate normalize`` checks that the output
equals hazm's on real comments.
"""

from __future__ import annotations

import re
from functools import lru_cache


# hazm 0.9.3's affix patterns need "ه ی ", (ن)می + space, space + تر/گر/ها, "ه ا…", "هها";
# its punctuation patterns a quote, a mark, or a digit. A text without what a pattern
# needs skips it; the tests check each guard against hazm's own output.
_AFFIX_NEEDS = ("ه ی ", "می ", " (?:تر|گر|ها)", "ه ا", "هها")
_PUNCTUATION_NEEDS = ('"', r"[.:!،؛؟»\])}]", r"[«\[({]", "[.:]", r"[!،؛؟»\])}]", r"[«\[({]", r"\d", r"\d")


def _guarded(patterns, needs):
    if len(patterns) != len(needs):  # a hazm release with other patterns: run them all
        return [(p, r, None) for p, r in patterns]
    return [(p, r, re.compile(n)) for (p, r), n in zip(patterns, needs)]


class PersianNormalizer:
    """hazm's default ``Normalizer.normalize``, step for step, at about twice the speed."""

    def __init__(self) -> None:
        from hazm import Normalizer
        from hazm.utils import maketrans

        hazm = Normalizer()  # every option on: see the module docstring for why each
        self._hazm = hazm
        letters = maketrans(hazm.translation_src, hazm.translation_dst)
        digits = maketrans(hazm.number_translation_src, hazm.number_translation_dst)
        # hazm maps letters, applies persian_style, then maps digits. The style patterns
        # match any digit (\d) and produce none, so both maps can run as one table first.
        table = {c: "".join(digits.get(ord(x), x) for x in d) for c, d in letters.items()}
        for c, d in digits.items():
            table.setdefault(c, d)
        self._table = table

        def compiled(patterns):
            return [(re.compile(p), r) for p, r in patterns]

        self._style = compiled(hazm.persian_style_patterns)
        self._diacritics = re.compile(hazm.diacritics_patterns[0][0])
        extra = compiled(hazm.extra_space_patterns)
        self._spaces, self._newlines, self._zwnj, self._tatweel = extra[0], extra[1], extra[2:7], extra[7]
        # Each spacing pattern with the substrings one of which it needs to match at all, so a
        # text without them skips it (checked against hazm's patterns by the tests).
        self._affix = _guarded(compiled(hazm.affix_spacing_patterns), _AFFIX_NEEDS)
        self._punctuation = _guarded(compiled(hazm.punctuation_spacing_patterns), _PUNCTUATION_NEEDS)
        self._ligatures = compiled(hazm.replacements)
        self._ligature_chars = frozenset("".join(p for p, _ in hazm.replacements)) - set("()|")
        self._specials = re.compile(hazm.specials_chars_patterns[0][0])
        self._repeated = re.compile(hazm.more_than_two_repeat_pattern)
        self._tokenize = hazm.tokenizer.tokenize
        self._token_spacing = hazm.token_spacing

    def normalize(self, text: str) -> str:
        text = text.translate(self._table)
        if '"' in text or "." in text:
            for pattern, repl in self._style:
                text = pattern.sub(repl, text)
        text = self._diacritics.sub("", text)
        text = self._correct_spacing(text)
        if not self._ligature_chars.isdisjoint(text):
            for pattern, repl in self._ligatures:
                text = pattern.sub(repl, text)
        text = self._specials.sub("", text)
        if self._repeated.search(text):
            text = self._hazm.decrease_repeated_chars(text)
        if "می" in text:
            text = self._hazm.seperate_mi(text)
        return text

    def tokenize(self, text: str) -> list[str]:
        """hazm's word tokens of a normalised text, as the Persian classifiers see them."""
        return self._tokenize(text)

    def _correct_spacing(self, text: str) -> str:
        if "  " in text:
            text = self._spaces[0].sub(self._spaces[1], text)
        if "\n\n\n" in text:
            text = self._newlines[0].sub(self._newlines[1], text)
        if "\u200c" in text:
            for pattern, repl in self._zwnj:
                text = pattern.sub(repl, text)
        if "ـ" in text or "\r" in text:
            text = self._tatweel[0].sub(self._tatweel[1], text)
        text = "\n".join(" ".join(self._token_spacing(self._tokenize(line))) for line in text.split("\n"))
        for pattern, repl, needs in self._affix + self._punctuation:
            if needs is None or needs.search(text):
                text = pattern.sub(repl, text)
        return text


@lru_cache(maxsize=1)
def persian_normalizer() -> PersianNormalizer:
    """Built once per process: hazm's constructor reads its word lists (about a second)."""
    return PersianNormalizer()
