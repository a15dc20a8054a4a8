"""Aggregate stage: per-thread and corpus figures from analysed comments.

Kept separate from the report so that the same numbers serve the HTML report,
the JSON summary and any later dashboard.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .records import CommentRecord, PageResult

SENTIMENTS = ("negative", "neutral", "positive")


@dataclass
class ThreadStats:
    comments: int = 0
    authors: int = 0
    replies: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    sentiment: Counter[str] = field(default_factory=Counter)
    toxic: int = 0
    scored_toxicity: int = 0
    mean_toxicity: float | None = None
    top_authors: list[tuple[str, int]] = field(default_factory=list)

    @property
    def toxic_share(self) -> float | None:
        return self.toxic / self.scored_toxicity if self.scored_toxicity else None

    def to_dict(self) -> dict:
        """Plain JSON values, the languages and labels most frequent first."""
        return {"comments": self.comments, "authors": self.authors, "replies": self.replies,
                "languages": dict(self.languages.most_common()), "sentiment": dict(self.sentiment.most_common()),
                "toxic": self.toxic, "scored_toxicity": self.scored_toxicity,
                "toxic_share": None if self.toxic_share is None else round(self.toxic_share, 4),
                "mean_toxicity": None if self.mean_toxicity is None else round(self.mean_toxicity, 4),
                "top_authors": [list(pair) for pair in self.top_authors]}


def thread_stats(comments: list[CommentRecord]) -> ThreadStats:
    stats = ThreadStats(comments=len(comments))
    authors: Counter[str] = Counter(c.author for c in comments if c.author)
    stats.authors = len(authors)
    stats.top_authors = authors.most_common(5)
    stats.replies = sum(1 for c in comments if c.parent_id)
    tox_scores = []
    for c in comments:
        a = c.analysis
        stats.languages[a.lang.lang] += 1
        stats.sentiment[a.sentiment.label if a.sentiment else "unscored"] += 1
        if a.toxicity is not None:
            tox_scores.append(a.toxicity.score)
            stats.toxic += a.toxicity.label == "toxic"
    stats.scored_toxicity = len(tox_scores)
    if tox_scores:
        stats.mean_toxicity = sum(tox_scores) / len(tox_scores)
    return stats


def corpus_stats(results: list[PageResult]) -> ThreadStats:
    return thread_stats([c for r in results for c in r.comments])
