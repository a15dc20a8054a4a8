"""Swear words and insults a comment holds, from a curated list rather than a model.

Why a list beside the models: the models score how offensive a comment reads as a whole,
but issue #8 also asks for profanity/vulgar and insult sub-labels, and neither training set
labels them. The ``persian-text-guard`` package (MIT, a PyPI dependency, nothing copied)
ships a hand-made list of Persian, Finglish and English entries, each with a category, so a
hit says exactly which word it was. Its own filter also reads through evasions (``ک.ی.ر``)
but costs about 1.3 ms per comment; we match its entries on the normalised text as whole
words, phrases of up to three words, and its "anywhere" entries inside longer words, which
keeps the classify stage's speed. The "mild" category (``بدبخت``, "idiot") is left out, as
the package's own default list leaves it out: it flags ordinary banter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np

__all__ = ["CATEGORIES", "GROUPS", "group_columns", "word_hits"]

# our sub-label -> the package's categories it covers
CATEGORIES = {"profanity": ("profanity", "sexual"), "insult": ("insult", "slur", "harassment")}
_GROUP = {cat: label for label, cats in CATEGORIES.items() for cat in cats}
_WORD = re.compile(r"(?u)\w[\w\u200c]*")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
MAX_WORDS = 3


def _entries() -> list:
    """The package's list (an import error names the missing package: a broken install, not a
    user error)."""
    try:
        from persian_text_guard import WordList
    except ImportError as exc:
        raise ImportError("the persian-text-guard package is missing; reinstall comment-thread-analyzer") from exc
    return WordList.all()


def _index(entries: list[tuple[str, object, bool]]) -> tuple[dict, re.Pattern[str] | None, dict, frozenset[str]]:
    """(whole-word or phrase entry -> its value, pattern of the inside-word entries, their values,
    the first words of phrase entries) for (entry text, value, matched inside words) triples; the
    first value of an entry met twice wins."""
    whole: dict = {}
    inside: dict = {}
    for text, value, anywhere in entries:
        key = " ".join(_WORD.findall(text.lower()))
        if key:
            (inside if anywhere else whole).setdefault(key, value)
    pattern = re.compile("|".join(sorted(map(re.escape, inside), key=len, reverse=True))) if inside else None
    starts = frozenset(key.split(" ", 1)[0] for key in whole if " " in key)
    return whole, pattern, inside, starts


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """The sub-labels' index (``_index``, values: sub-labels).

    Persian entries go through our own normaliser, so that they meet comment text in the
    form the classifiers read (Persian letters, half-spaces).
    """
    from ..normalize import normalize_batch

    entries = [(w.text, _GROUP[w.category.value], w.mode.value == "anywhere")
               for w in _entries() if w.category.value in _GROUP]
    persian = [i for i, (text, _, _) in enumerate(entries) if _ARABIC.search(text)]
    normalised = dict(zip(persian, normalize_batch([entries[i][0] for i in persian], ["fa"] * len(persian))))
    return _index([(normalised.get(i, text), label, anywhere) for i, (text, label, anywhere) in enumerate(entries)])


def _whole_matches(words: list[str], whole: dict, starts: frozenset[str]) -> Iterator[tuple[str, object]]:
    """(key, value) of each whole-word or phrase entry among ``words``, in order. Most comments hold
    no entry at all: two set tests say so before any phrase is built."""
    if whole.keys().isdisjoint(words) and starts.isdisjoint(words):
        return
    for i, word in enumerate(words):
        keys = [word]
        if word in starts:
            keys += [" ".join(words[i:i + n]) for n in range(2, MAX_WORDS + 1) if i + n <= len(words)]
        for key in keys:
            if key in whole:
                yield key, whole[key]


def word_hits(*texts: str | None) -> dict[str, list[str]]:
    """Sub-label -> the entries of the list found in ``texts`` (normalised; a Finglish comment is
    also read as written), in order, each once.

    Runs on every scored comment, so phrases are only built where a word opens one.
    """
    found: dict[str, list[str]] = {}
    for text in texts:
        if text:
            _hits(text, found)
    return found


def _hits(text: str, found: dict[str, list[str]]) -> None:
    whole, pattern, inside, starts = _tables()
    low = text.lower()
    for key, label in _whole_matches(_WORD.findall(low), whole, starts):
        if key not in found.get(label, ()):
            found.setdefault(label, []).append(key)
    if pattern is not None:
        for m in pattern.finditer(low):
            label = inside[m.group(0)]
            # an inside-word entry already named by a whole word ("koskesh" in "koskeshi") is not repeated
            if not any(m.group(0) in w for w in found.get(label, ())):
                found.setdefault(label, []).append(m.group(0))


# Columns for the English toxicity models (issue #8): how many entries of each group a text holds.
# "mild" ("idiot", "moron") is a group of its own here: too common in banter to be named as a
# reason, but OLID counts such insults as offensive, and a model can weigh them for itself.
GROUPS = ("profanity", "insult", "mild")
_GROUP_OF = {cat: GROUPS.index(label) for label, cats in CATEGORIES.items() for cat in cats} | {"mild": 2}
MAX_HITS = 3


@lru_cache(maxsize=1)
def group_tables() -> tuple[dict[str, int], re.Pattern[str] | None, dict[str, int], frozenset[str]]:
    """The columns' index (``_index``, values: positions in ``GROUPS``), of the entries in Latin
    letters (English and Finglish: the models that read these columns read English)."""
    return _index([(w.text, _GROUP_OF[w.category.value], w.mode.value == "anywhere") for w in _entries()
                   if w.category.value in _GROUP_OF and not _ARABIC.search(w.text)])


def group_columns(texts: list[str], window: int = 0) -> np.ndarray:
    """One column per group of ``GROUPS``: the distinct entries of that group a text holds (at most
    ``MAX_HITS``), per ``window`` tokens when the text is longer (as the VADER columns are counted,
    so that a long comment does not read as offensive by its length), capped at 1."""
    whole, pattern, inside, starts = group_tables()
    out = np.zeros((len(texts), len(GROUPS)), dtype=np.float32)
    for row, text in enumerate(texts):
        low = text.lower()
        found: list[set[str]] = [set() for _ in GROUPS]
        for key, group in _whole_matches(_WORD.findall(low), whole, starts):
            found[group].add(key)
        if pattern is not None:
            for m in pattern.finditer(low):
                found[inside[m.group(0)]].add(m.group(0))
        if any(found):
            n = len(text.split())
            scale = window / n if window and n > window else 1.0
            out[row] = [min(1.0, min(MAX_HITS, len(f)) * scale) for f in found]
    return out
