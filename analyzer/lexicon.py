"""Shipped Persian word knowledge shared by two stages: word frequencies and Finglish rules.

Persian Wikipedia word counts (Behnam Esfahbod, CC BY-SA 3.0) tell langid that a short
text is common Persian and tell the Finglish transliterator which spelling is a real
word; the letter rules and dictionary are the MIT-licensed ones of the ``finglish``
project (Mostafa Razavi). Both live in ``analyzer/resources/finglish/``; licences are in
``data/README.md``.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

FINGLISH_DIR = Path(__file__).parent / "resources" / "finglish"


COMMENT_FREQUENCIES = FINGLISH_DIR / "comment-word-freq.tsv.gz"


def write_gzip_text(path: Path, text: str) -> None:
    """``text`` gzipped without a name or a timestamp, so that a rebuild of a shipped word list
    is byte for byte the file it replaces."""
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(text.encode("utf-8"))


@lru_cache(maxsize=1)
def comment_frequencies() -> dict[str, int]:
    """Word counts of real Persian comments (``analyzer train finglish`` writes them): colloquial
    words that Wikipedia barely has (نمیدونم 172 times here, 3 there; خفه 241, the town خواف 0)."""
    freq: dict[str, int] = {}
    with gzip.open(COMMENT_FREQUENCIES, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            if count.isdigit():
                freq[word] = int(count)
    return freq


@lru_cache(maxsize=4)
def mixed_frequencies(comment_weight: float) -> dict[str, int]:
    """Wikipedia's counts plus ``comment_weight`` times the comments' counts in Wikipedia's units
    (scaled to the same number of words): 1 weighs both sources alike. Shared, not copied: callers
    only read it. Only the comment words change, so the table is built in a few milliseconds."""
    wiki = persian_frequencies()
    if not comment_weight:
        return wiki
    comments = comment_frequencies()
    scale = comment_weight * sum(wiki.values()) / max(1, sum(comments.values()))
    mixed = dict(wiki)
    for word, count in comments.items():
        mixed[word] = mixed.get(word, 0) + round(scale * count)
    return mixed


@lru_cache(maxsize=1)
def persian_frequencies() -> dict[str, int]:
    freq: dict[str, int] = {}
    with gzip.open(FINGLISH_DIR / "persian-word-freq.txt.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            if count.isdigit() and not word.startswith("#"):
                freq[word] = int(count)
    return freq


def letter_rules(position: str) -> dict[str, list[str]]:
    """Latin letter group → Persian spellings at ``position`` (beginning, middle, ending)."""
    rules: dict[str, list[str]] = {}
    for line in (FINGLISH_DIR / f"f2p-{position}.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and not parts[0].startswith("#"):
            rules[parts[0]] = ["" if p == "nothing" else p for p in parts[1:]]
    return rules


def finglish_dictionary() -> dict[str, str]:
    pairs = {}
    for line in (FINGLISH_DIR / "f2p-dict.txt").read_text(encoding="utf-8").splitlines():
        latin, _, persian = line.strip().partition(" ")
        if latin and persian:
            pairs[latin.lower()] = persian.strip()
    return pairs
