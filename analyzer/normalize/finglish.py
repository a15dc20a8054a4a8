"""Finglish → Persian script, so the Persian classifiers can read Persian typed in Latin letters.

Each Latin word gets candidate spellings from three sources, best first:

1. a lexicon learnt from the training part of ``finglish-persian-parallel`` (MIT): how
   people actually wrote each Persian word in Latin letters, colloquial forms included
   (``migam`` → ``میگم``), which Wikipedia's formal word list lacks;
2. the ``finglish`` project's dictionary (MIT), mostly names and loanwords;
3. the ``finglish`` project's positional letter rules (``kh`` → خ, word-final ``e`` → ه, …),
   expanded only along spellings that are prefixes of a word in the Persian Wikipedia
   frequency list (CC BY-SA 3.0), so the search stays small for long words where the
   package's full product of choices blew up (11 s for one 14-letter word).

The sentence is then read as a whole (Viterbi): a candidate scores by how often the
learnt lexicon gives it for this Latin word, how frequent it is in Persian (Wikipedia's counts
mixed with those of real Persian comments, which know colloquial words), and how often
it follows the previous word in the training sentences, so ``ke`` is که after a verb and
``be`` به before a noun. The weights are chosen on a development part of the training
pairs (``analyzer train finglish``); ``analyzer evaluate normalize`` scores the pairs that
neither step ever sees. A word with no candidate at all keeps the letters-only spelling.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lexicon import FINGLISH_DIR, finglish_dictionary, letter_rules, mixed_frequencies

LEARNED_PATH = FINGLISH_DIR / "learned.json"
MAX_CANDIDATES = 6
BEAM = 400
# Words, digit runs, and anything else one character at a time (punctuation).
_TOKEN = re.compile(r"[a-z']+|\d+|[^\sa-z'\d]")
_STRETCH = re.compile(r"([a-z])\1{2,}")
# Spelling variants Finglish writers mix freely: a word learnt in one spelling is found in the others.
_VARIANTS = [(re.compile(p), r) for p, r in ((r"ou|oo", "u"), (r"ee", "i"), (r"aa", "a"), (r"w", "v"), (r"q", "gh"),
                                              (r"eh$", "e"), (r"'", ""), (r"(.)\1", r"\1"), (r"ey$", "ei"), (r"iy", "i"))]
_PUNCTUATION = {"?": "؟", ",": "،", ";": "؛"}
_DIGRAPHS = ("kh", "gh", "ch", "sh", "zh", "ck")
_APOSTROPHE_BEFORE = ("a'", "e'", "o'", "i'", "u'", "A'")
_APOSTROPHE_AFTER = ("'a", "'e", "'o", "'i", "'u", "'A")


@dataclass(frozen=True)
class Weights:
    """How much each source counts in a candidate's score (fitted by ``analyzer train finglish``)."""

    learned: float = 2.0
    frequency: float = 0.3
    bigram: float = 1.0
    unknown: float = -8.0
    comments: float = 0.0  # weight of real comments' word counts beside Wikipedia's (``lexicon.mixed_frequencies``)

    def to_json(self) -> dict:
        return {"learned": self.learned, "frequency": self.frequency, "bigram": self.bigram, "unknown": self.unknown,
                "comments": self.comments}


def segmentations(word: str) -> list[list[str]]:
    """The ways ``word`` splits into the letter groups the rules know (the package's own ``variations``).

    ``aa``/``ee``/``oo``/``ou`` are long vowels, a doubled consonant is one letter, and
    ``kh``-like pairs may be one letter or two (``eshgh`` vs ``eslah``).
    """
    return _segmentations(word)


@lru_cache(maxsize=50_000)
def _segmentations(word: str) -> list[list[str]]:
    if not word:
        return [[]]
    whole = {"a": "A", "aa": "A", "ee": "i", "ei": "ei", "oo": "u", "ou": "u", "'ee": "'i", "'ei": "'i",
             "'oo": "'u", "'ou": "'u"}
    if word in whole:
        return [[whole[word]]]
    if word in _DIGRAPHS or len(word) == 1:
        return [[word]]
    if word in _APOSTROPHE_BEFORE:
        return [[word[0] + "'"]]
    if word in _APOSTROPHE_AFTER:
        return [["'" + word[1]]]
    if word == "kha":
        return [["kha"], ["kh", "a"]]
    if len(word) == 2 and word[0] == word[1]:
        return [[word[0]]]

    def then(head: list[str], rest: str) -> list[list[str]]:
        return [head + tail for tail in _segmentations(rest)]

    two, three = word[:2], word[:3]
    if two == "aa":
        return then(["A"], word[2:])
    if two == "ee":
        return then(["i"], word[2:])
    if two in ("oo", "ou"):
        return then(["u"], word[2:])
    if three == "kha":
        return then(["kha"], word[3:]) + then(["kh", "a"], word[3:]) + then(["k", "h", "a"], word[3:])
    if two in _DIGRAPHS:
        return then([two], word[2:]) + then([word[0]], word[1:])
    if two in _APOSTROPHE_BEFORE:
        return then([two], word[2:])
    if three in ("'ee", "'ei"):
        return then(["'i"], word[3:])
    if three in ("'oo", "'ou"):
        return then(["'u"], word[3:])
    if two in _APOSTROPHE_AFTER:
        return then([two], word[2:])
    if word[0] == word[1]:
        return then([word[0]], word[2:])
    return then([word[0]], word[1:])


def variant_key(word: str) -> str:
    """One spelling for the variants of a Latin word (``khoob``, ``khub`` → ``khub``)."""
    for pattern, repl in _VARIANTS:
        word = pattern.sub(repl, word)
    return word


@dataclass
class Transliterator:
    frequencies: dict[str, int]
    rules: dict[str, dict[str, list[str]]]
    dictionary: dict[str, str]
    learned: dict[str, dict[str, int]] = field(default_factory=dict)
    variants: dict[str, dict[str, int]] = field(default_factory=dict)
    bigrams: dict[str, int] = field(default_factory=dict)
    weights: Weights = field(default_factory=Weights)

    def __post_init__(self) -> None:
        self._sorted = sorted(self.frequencies)
        self._word_cache: dict[str, list[tuple[str, float]]] = {}

    # -- one word -------------------------------------------------------------------------
    def _is_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self._sorted, prefix)
        return i < len(self._sorted) and self._sorted[i].startswith(prefix)

    def rule_spellings(self, word: str) -> tuple[list[str], str]:
        """Spellings the letter rules allow that are Persian words, and a letters-only fallback."""
        found: set[str] = set()
        fallback = ""
        for groups in segmentations(word):
            last = len(groups) - 1
            options = []
            for i, group in enumerate(groups):
                position = "beginning" if i == 0 else "ending" if i == last else "middle"
                choices = self.rules[position].get(group)
                if choices is None:
                    break
                options.append(choices)
            else:
                if not fallback:
                    fallback = "".join(choices[0] for choices in options)
                prefixes = [""]
                for i, choices in enumerate(options):
                    final = i == last
                    nxt = {p + c for p in prefixes for c in choices}
                    prefixes = [p for p in nxt if (p in self.frequencies if final else self._is_prefix(p))]
                    if len(prefixes) > BEAM:
                        prefixes = sorted(prefixes, key=lambda p: -self.frequencies.get(p, 0))[:BEAM]
                    if not prefixes:
                        break
                found.update(prefixes)
        return sorted(found, key=lambda p: -self.frequencies.get(p, 0)), fallback

    def candidates(self, word: str) -> list[tuple[str, float]]:
        """Up to ``MAX_CANDIDATES`` spellings with the score of the word alone (no context)."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        w = self.weights
        learned = self.learned.get(word) or self.variants.get(variant_key(word), {})
        total = sum(learned.values())
        scored: dict[str, float] = {}
        for persian, count in learned.items():
            scored[persian] = w.learned * math.log(count / total)
        spellings, fallback = self.rule_spellings(word)
        if word in self.dictionary:
            spellings.insert(0, self.dictionary[word])
        for persian in spellings[:MAX_CANDIDATES]:
            scored.setdefault(persian, w.unknown / 2)
        if not scored:
            scored[fallback or word] = w.unknown
        out = []
        for persian, score in scored.items():
            out.append((persian, score + w.frequency * math.log(1 + self.frequencies.get(persian, 0))))
        out.sort(key=lambda x: -x[1])
        out = out[:MAX_CANDIDATES]
        if len(self._word_cache) < 200_000:
            self._word_cache[word] = out
        return out

    # -- a sentence -----------------------------------------------------------------------
    def transliterate(self, text: str) -> str:
        out: list[str] = []
        run: list[str] = []
        for token in _TOKEN.findall(_STRETCH.sub(r"\1\1", text.lower())):
            if token[0].isalpha() or token[0] == "'":
                word = token.strip("'")
                if word:
                    run.append(word)
                continue
            out.extend(self._best_path(run))
            run = []
            out.append(_PUNCTUATION.get(token, token))
        out.extend(self._best_path(run))
        return _join(out)

    def _best_path(self, words: list[str]) -> list[str]:
        """Viterbi over the words' candidates with a bigram bonus from the training sentences."""
        if not words:
            return []
        w = self.weights
        paths = [(score, [persian]) for persian, score in self.candidates(words[0])]
        for word in words[1:]:
            nxt = []
            for persian, score in self.candidates(word):
                best = max(paths, key=lambda p: p[0] + w.bigram * math.log(1 + self.bigrams.get(f"{p[1][-1]} {persian}", 0)))
                bonus = w.bigram * math.log(1 + self.bigrams.get(f"{best[1][-1]} {persian}", 0))
                nxt.append((best[0] + bonus + score, best[1] + [persian]))
            paths = nxt
        return max(paths, key=lambda p: p[0])[1]


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r" ([؟،؛.!:)])", r"\1", text)


@lru_cache(maxsize=1)
def transliterator() -> Transliterator:
    learned: dict = {}
    if LEARNED_PATH.exists():
        learned = json.loads(LEARNED_PATH.read_text(encoding="utf-8"))
    weights = Weights(**learned.get("weights", {}))
    return Transliterator(
        frequencies=mixed_frequencies(weights.comments),
        rules={p: letter_rules(p) for p in ("beginning", "middle", "ending")},
        dictionary=finglish_dictionary(),
        learned=learned.get("lexicon", {}),
        variants=learned.get("variants", {}),
        bigrams=learned.get("bigrams", {}),
        weights=weights,
    )


def transliterate(text: str) -> str:
    """Finglish text → Persian script (unnormalised; the Persian normaliser runs next)."""
    return transliterator().transliterate(text)


def load_learned(path: Path = LEARNED_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
