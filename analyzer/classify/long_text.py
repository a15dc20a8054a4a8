"""Toxicity of comments longer than the tweets and short comments the models learnt from.

A news comment of eight sentences is offensive when one of them is. Scored whole, that
sentence is diluted by the other seven (each n-gram block is L2-normalised), so a long
comment is scored in groups of sentences of at most ``CHUNK`` characters instead, and the
groups' probabilities are combined as the comment's probability when at most one group is
offensive: the mean of the groups' odds. For each group ``p / (1 - p)`` is the prior odds
times that group's likelihood ratio; a comment with one offensive group among ``m`` has
the mean of the ratios, and the prior stays. One group gives its own score back, a harmless
group beside an offensive one lowers it only a little, and many harmless groups stay
harmless. ``benchmarks/long_comments.py`` measures the three ways of scoring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

CHUNK = 200  # characters per group of sentences: about a tweet of the training sets
# characters: a longer text is scored in groups. Shorter ones, nearly every training row, are
# scored whole as the models learnt them (500: no validation figure moves; 280 lowered fa-offensive
# and en-hate by 0.1 to 0.2, and beyond 500 the long-comment figures barely differ)
LONG = 500
_SENTENCE_END = re.compile(r"(?<=[.!?…؟])\s+|\s*\n\s*")
_EDGE = 1e-6  # probabilities kept inside (0, 1): a group the model is sure of has finite odds


def chunks(text: str, limit: int = CHUNK) -> list[str]:
    """Consecutive sentences grouped up to ``limit`` characters (a longer sentence stays whole)."""
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if not sentence.strip():
            continue
        if out and len(out[-1]) + 1 + len(sentence) <= limit:
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out or [text]


def mean_odds(p: np.ndarray) -> float:
    """The probability whose odds are the mean of the odds of ``p``."""
    p = np.clip(np.asarray(p, dtype=np.float64), _EDGE, 1 - _EDGE)
    odds = float(np.mean(p / (1 - p)))
    return odds / (1 + odds)


@dataclass
class LongTexts:
    """The texts of a batch longer than ``LONG``: their rows and their groups, found once and
    scored by every toxicity model of the batch (with counts shared when the models share a spec)."""

    rows: list[int]
    groups: list[str]
    ends: list[int]  # per long text, where its groups end in ``groups``

    @classmethod
    def of(cls, texts: list[str]) -> "LongTexts":
        rows = [j for j, text in enumerate(texts) if len(text) > LONG]
        groups: list[str] = []
        ends: list[int] = []
        for j in rows:
            groups.extend(chunks(texts[j]))
            ends.append(len(groups))
        return cls(rows, groups, ends)

    def rescored(self, model, p: np.ndarray, counts=None) -> tuple[np.ndarray, dict[int, str]]:
        """``p`` (the batch's probabilities of ``model``'s label 1, texts scored whole) with each long
        text's score replaced by its groups' combined one; and, per long text, its highest group:
        the words to explain its score come from there."""
        p = np.asarray(p, dtype=np.float64).copy()
        if not self.rows:
            return p, {}
        group_p = model.predict_texts(self.groups, counts)[0][:, 1]
        worst: dict[int, str] = {}
        start = 0
        for j, end in zip(self.rows, self.ends):
            part = group_p[start:end]
            p[j] = mean_odds(part)
            worst[j] = self.groups[start + int(np.argmax(part))]
            start = end
        return p, worst
