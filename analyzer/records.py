"""Typed records passed between the pipeline stages.

Every stage takes and returns these dataclasses, never loose dicts, so that a
stage can be swapped without the others noticing. ``to_dict`` is the single
place where a record becomes the JSON shape users see.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .dates import to_iso

PageKind = Literal["html", "text"]


@dataclass(frozen=True)
class Page:
    """One loaded page: decoded text plus where it came from.

    ``raw`` keeps the undecoded bytes for HTML so that the segmenter can
    re-read charset declarations; for text dumps it is ``None``.
    """

    source: str
    kind: PageKind
    content: str
    encoding: str | None = None
    raw: bytes | None = field(default=None, repr=False, compare=False)
    fetched: str | None = None  # when the page was saved (ISO 8601): "5 minutes ago" counts from it
    url: str | None = None  # where it was fetched from (a WARC record's target, a JSON line's "url")


@dataclass
class Article:
    title: str | None
    text: str
    byline: str | None = None
    posted: str | None = None  # as the page shows it
    # ISO: the head's declared date when none is shown; the pipeline reads a shown one in the page's date order
    posted_iso: str | None = None

    @property
    def iso(self) -> str | None:
        return self.posted_iso or (to_iso(self.posted) if self.posted else None)


@dataclass
class Comment:
    """A comment as the segmenter found it, before any analysis.

    ``parent`` is the index, in the segmenter's comment list, of the comment
    this one answers; the pipeline turns it into a stable ``parent_id``.
    """

    text: str
    author: str | None = None
    posted: str | None = None
    posted_iso: str | None = None
    title: str | None = None
    article: int = 0
    parent: int | None = None


@dataclass
class Segmented:
    articles: list[Article]
    comments: list[Comment]


@dataclass(frozen=True)
class LangResult:
    """Language of a text.

    ``lang`` is BCP-47-like (``en``, ``fa``, ``ar``, ``ur``, ``fa-Latn`` for
    Finglish, ``und`` when unknown); ``reason`` says why when it is ``und``;
    ``mix`` gives each language's share for mixed text.
    """

    lang: str
    score: float
    mix: dict[str, float] | None = None
    reason: str | None = None


@dataclass
class Sentiment:
    label: Literal["negative", "neutral", "positive"]
    scores: dict[str, float]
    terms: list[str] = field(default_factory=list)


@dataclass
class Toxicity:
    score: float
    label: Literal["toxic", "not_toxic"]
    terms: list[str] = field(default_factory=list)
    labels: dict[str, float] = field(default_factory=dict)
    # sub-label ("profanity", "insult") -> words of a curated list found in the text
    # (``classify/wordlist.py``); independent of the score, so banter with a swear word shows.
    lexicon: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Verdict:
    """What the classify stage says of one text; a ``None`` comes with its reason."""

    sentiment: Sentiment | None
    toxicity: Toxicity | None
    sentiment_reason: str | None = None
    toxicity_reason: str | None = None


@dataclass
class Analysis:
    """What the analysis stages add to a text (shared by pages and `classify`)."""

    lang: LangResult
    normalized: str
    sentiment: Sentiment | None
    toxicity: Toxicity | None
    sentiment_reason: str | None = None
    toxicity_reason: str | None = None


@dataclass
class CommentRecord:
    """One analysed comment of a page: the unit of every output."""

    page: str
    article: int
    id: str
    parent_id: str | None
    author: str | None
    posted: str | None
    posted_iso: str | None
    title: str | None
    text: str
    analysis: Analysis

    def to_dict(self) -> dict[str, Any]:
        head = {
            "page": self.page,
            "article": self.article,
            "id": self.id,
            "parent_id": self.parent_id,
            "author": self.author,
            "posted": self.posted,
            "posted_iso": self.posted_iso,
            "title": self.title,
            "text": self.text,
        }
        return head | analysis_dict(self.analysis)


def analysis_dict(a: Analysis) -> dict[str, Any]:
    out: dict[str, Any] = {
        "lang": a.lang.lang,
        "lang_score": round(a.lang.score, 4),
        "lang_mix": a.lang.mix,
        "lang_reason": a.lang.reason,
        "normalized": a.normalized,
        "sentiment": _rounded(asdict(a.sentiment)) if a.sentiment else None,
        "toxicity": _rounded(asdict(a.toxicity)) if a.toxicity else None,
    }
    if a.sentiment is None:
        out["sentiment_reason"] = a.sentiment_reason
    if a.toxicity is None:
        out["toxicity_reason"] = a.toxicity_reason
    return out


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


@dataclass
class PageResult:
    """A page after the whole pipeline, or the error that stopped it."""

    source: str
    articles: list[Article]
    comments: list[CommentRecord]

    def to_dict(self) -> dict[str, Any]:
        from .aggregate import thread_stats  # aggregate reads these records

        return {
            "source": self.source,
            "articles": [{"title": a.title, "byline": a.byline, "posted": a.posted, "posted_iso": a.iso, "text": a.text}
                         for a in self.articles],
            "comments": [c.to_dict() for c in self.comments],
            "thread": thread_stats(self.comments).to_dict(),
        }
