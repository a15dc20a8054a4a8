"""Short English comments that lid.176 gives to another language, read again word by word.

lid.176 reads "Thanks Alison!" as Esperanto, "So true! Love this!" as Spanish and "what a
great idea!" as Italian: on a few words its whole-text guess leans on names and letter
patterns. Such a comment would get no sentiment or toxicity at all (other languages are not
scored). So a short text in plain ASCII letters that lid.176 gives, without being sure, to a
language other than English is English when most of its words are English words: in the
English word list of the ``wordfreq`` package, and called English by lid.176 when read alone.
Both are needed: the list holds words other languages write too ("que", "la" are in English web
text), and lid.176 calls any word it does not know English ("creo", "demanda").

Six words (twelve since session 15, see ``MAX_WORDS``) and 0.95 were set before measuring; the share of English words was raised from two
thirds to 70 % after measuring a first version on the figures ``analyzer evaluate langid`` prints
(short English tweets, and lingua items of other Latin-script languages called English), so
those figures are not blind (card: ``data/models/langid.md``).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Up to twelve words (six until session 15): "Big fan Roger! Great read! Can't wait to see it!" is
# nine, and lid.176 called it Frisian. TweetEval's validation tweets of 7-12 words called English
# 98.06 -> 99.52 %; lingua's items of 49 other Latin-script languages called English unchanged
# (17.324 %, its sentences 7.028 %); on the dragnet pages' comments 7 change, 6 of them rightly.
MAX_WORDS = 12
UNSURE = 0.95  # lid.176 sure of its non-English label at or above this: left alone
# In a thread whose longer comments are mostly English, a listed English word also counts when
# lid.176, reading it alone, gives it to another language at under this: "idiot" alone is Spanish
# at 0.24 to it, so "What an idiot!!!" was Spanish and got no toxicity score. Chosen among 0.3, 0.5
# and 0.7 on pieces of SemEval training tweets and of half of lingua's sentences of 49 other
# Latin-script languages, each the sixth comment of an English thread: at 0.3 each English word
# gained costs about one other-language word (English single words 94.3 -> 95.8 %, others called
# English 43.4 -> 45.1 %), at 0.5 two and a half (96.6 %, 48.8 %). Alone the rule stays strict.
THREAD_UNSURE = 0.3
ENGLISH_SHARE = 0.7  # of the words: 3 of 4, 4 of 5, 5 of 6, every one of up to 3
WORDFREQ_LIST = "small"  # every English word of frequency ≥ 10⁻⁶ (28,917 words in wordfreq 3.1.1)
WORDS_FILE = "english-words.txt.gz"

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def words_path() -> Path:
    return Path(str(resources.files("analyzer") / "resources" / "langid" / WORDS_FILE))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The shipped list; empty (the rule then never fires) when the file is missing."""
    try:
        with gzip.open(words_path(), "rt", encoding="utf-8") as fh:
            return frozenset(line.rstrip("\n") for line in fh if line.strip())
    except FileNotFoundError:
        return frozenset()


def write_english_words(path: Path | None = None) -> int:
    """The English word list from the ``wordfreq`` package (the ``train`` extra), sorted, gzipped
    without a timestamp: the same file on every run."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError as exc:
        raise RuntimeError("training the language model needs wordfreq: pip install -e '.[train]'") from exc
    from ..lexicon import write_gzip_text

    words = sorted(w for w in get_frequency_dict("en", WORDFREQ_LIST) if w and w.isascii() and "\n" not in w)
    path = path or words_path()
    write_gzip_text(path, "".join(w + "\n" for w in words))
    english_words.cache_clear()
    return len(words)


def candidate_words(text: str, label: str, p: float, letters: str) -> list[str] | None:
    """The words to read one by one, or None when the text is not a candidate.

    ``letters`` are the text's letters (for an ASCII text, the text itself will do): English is
    written in ASCII letters, so a text with any other letter ("más", "ø") is left to lid.176."""
    if label == "en" or p >= UNSURE or not letters.isascii():
        return None
    words = _WORD.findall(text.replace("’", "'"))
    if not words or len(words) > MAX_WORDS:
        return None
    return [w.lower() for w in words]


def english_share(words: list[str], word_labels: list[str], word_probs: list[float] | None = None,
                  unsure_below: float = 0.0) -> float:
    """Share of the words that are listed English words lid.176 calls English on their own, or,
    given ``word_probs``, gives to another language with a probability under ``unsure_below``."""
    listed = english_words()
    probs = word_probs or [1.0] * len(words)
    hits = sum(word in listed and (label == "en" or p < unsure_below)
               for word, label, p in zip(words, word_labels, probs))
    return hits / len(words) if words else 0.0
