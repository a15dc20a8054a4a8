"""A learned model of where the comment thread starts in a plain-text dump.

The header patterns in ``text_patterns.py`` say what a comment header looks like; they
do not say which of several header-like lines opens the thread, and they say nothing on
pages whose comments have no header we know ("Marcia" over a paragraph, a Slashdot
title). This model scores every kept, non-blank line of a dump as "the thread starts
here" with a logistic regression over line shapes (length, position, the pattern
matches, names, dates, keywords in English and Persian) and the shapes of its
neighbours, and the page's best line wins when its probability reaches the threshold.

The coefficients are plain JSON (``analyzer/resources/text-split/boundary.json``),
loaded once per process: never pickled, never rebuilt per call. ``analyzer train
text-split`` rebuilds them from the dragnet fit pages (``boundary_train.py``).

Blank lines count only as "a blank line comes before": the dragnet gold files put four
or more blank lines around the hand-typed comment separator, an artefact of how they were
made that real dumps do not share, and a model allowed to count them learns the artefact.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import text_patterns as P
from .model_file import ModelError, read_model  # noqa: F401 (ModelError is part of this module's API)

MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "text-split" / "boundary.json"
FORMAT = "analyzer.text-split.boundary/2"


_TIME_ANY = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?", re.I)
# A date as threads print it without a year ("Thursday, November 1 at 2:57 pm", "November 12th").
_LOOSE_DATE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|" + P._MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                         r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + P._MONTHS + r"|" + P._PERSIAN_MONTHS, re.I)
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"https?://|www\.", re.I)
_WORD = re.compile(r"\w+", re.U)
_NAME = re.compile(r"^[\w.'’@-]+(?:\s+[\w.'’@-]+){0,3}$", re.U)

# keyword groups: (feature name, pattern searched in the line)
KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    ("kw_comment", re.compile(r"\bcomments?\b|نظر|دیدگاه", re.I)),
    ("kw_reply", re.compile(r"\brepl(?:y|ies|ied)\b|\brespon(?:se|ses|d)\b|پاسخ", re.I)),
    ("kw_says", re.compile(r"\b(?:says|said|wrote|writes)\b|می‌گوید|میگوید|نوشت", re.I)),
    ("kw_ping", re.compile(r"\b(?:pingback|trackback)s?\b", re.I)),
    ("kw_by", re.compile(r"^(?:posted\s+|written\s+|submitted\s+)?by\b|توسط", re.I)),
    ("kw_ago", re.compile(r"\bago\b|پیش$", re.I)),
    ("kw_vote", re.compile(r"\b(?:like|likes|vote|votes|points?|score|flag|report|permalink|quote)\b", re.I)),
    ("kw_share", re.compile(r"\b(?:share|tweet|facebook|twitter|email|print|subscribe|related|tags?|filed)\b", re.I)),
    ("kw_at", re.compile(r"@\w")),
    ("kw_anon", re.compile(r"\banonymous\b|\bguest\b|ناشناس", re.I)),
]

_HEADER_GROUPS = {
    "strong": {k for k, n in P.MIN_HEADERS.items() if n <= 1},
    "weak": {k for k, n in P.MIN_HEADERS.items() if n >= 2} - {"date"},
    "date": {"date"},
}

BASE_FEATURES = [
    "hdr_strong", "hdr_weak", "hdr_date", "thread_marker", "chrome", "has_date", "has_time", "has_url",
    "log_len", "words_le3", "words_le6", "ends_sentence", "ends_colon", "name_like", "starts_lower",
    "has_digit", "blank_before", "indented", "chatty", "question_or_bang", "loose_date", "short_name",
    *[name for name, _ in KEYWORDS],
]
OFFSETS = (-2, -1, 0, 1, 2)
CONTEXT_FEATURES = [
    "position", "log_lines", "marker_before", "marker_here", "accepted_here", "accepted_next6", "log_dist_next_accepted",
    "accepted_after_share", "accepted_before", "raw_headers_next10", "raw_headers_prev10", "len_next8",
    "len_prev8", "len_delta", "chatty_next8", "chatty_prev8", "chatty_delta", "repeated_later", "first_line",
    "last_line", "name_over_date", "name_repeated", "first_raw_header", "raw_header_here_after_half",
    "blank_and_name", "blank_and_header", "chatty_after_name",
]
FEATURES = [f"{name}@{o}" for o in OFFSETS for name in BASE_FEATURES] + CONTEXT_FEATURES


@dataclass
class PageView:
    """What the model sees of a page: its stripped lines and what the rules already found.

    ``lines`` and ``keep`` are ``text.py``'s (after its end-of-page cut and clutter mask);
    ``indent`` is each raw line's leading whitespace width; ``accepted`` the header lines
    the rules kept; ``marker`` a "Comments (12)" line. The rules' own thread start is left
    out on purpose: a model given it learns to copy it (and the rules were written on these
    pages), and measured worse on pages it had not seen.
    """

    lines: list[str]
    keep: list[bool]
    indent: list[int]
    accepted: list[int]
    marker: int | None


def header_kind(line: str) -> str | None:
    """The first header pattern that matches a line, as ``text.py`` reads headers."""
    hit = P.match_header(line)
    return hit[0] if hit else None


# Dates, keywords and chatty words are looked for in a line's head only: they matter in short
# lines (headers, names) and searching whole paragraphs for them was most of the model's time.
HEAD = 160


def _base(line: str, blank_before: bool, indent: int) -> list[float]:
    kind = header_kind(line)
    words = line.split()
    end = line[-1:] if line else ""
    head = line[:HEAD]
    short = len(words) <= 10
    digit = bool(_DIGIT.search(line))
    has_date = digit and bool(P.DATE_ANY.search(head))  # every DATE shape has a digit
    name = bool(_NAME.match(line)) if len(words) <= 4 else False
    return [
        float(kind in _HEADER_GROUPS["strong"]), float(kind in _HEADER_GROUPS["weak"]),
        float(kind in _HEADER_GROUPS["date"]), float(bool(P.THREAD_START.match(line))),
        float(bool(P.CHROME.match(line))), float(has_date), float(digit and bool(_TIME_ANY.search(head))),
        float(bool(_URL.search(head))), math.log1p(len(line)) / 6, float(len(words) <= 3), float(len(words) <= 6),
        float(end in P.SENTENCE_ENDS), float(end == ":"),
        float(name and end not in ".,;:!?؟،"),
        float(line[:1].islower()), float(digit), float(blank_before),
        float(indent > 0), min(len(P.CHATTY.findall(line[:HEAD * 2])), 3) / 3,
        float(any(mark in line for mark in P.QUESTION_OR_BANG)),
        float(short and bool(_LOOSE_DATE.search(line))),
        float(len(words) <= 3 and name and not has_date),
        *[float(bool(p.search(head))) for _, p in KEYWORDS],
    ]


def candidates(view: PageView) -> list[int]:
    """The lines a thread may start on: kept and non-blank."""
    return [i for i, line in enumerate(view.lines) if line and view.keep[i]]


def features(view: PageView) -> tuple[list[int], np.ndarray]:
    """One row of ``FEATURES`` per candidate line (the candidates' indices come first)."""
    idx = candidates(view)
    n = len(idx)
    if not n:
        return idx, np.zeros((0, len(FEATURES)))
    blank_before = [k == 0 or idx[k - 1] < i - 1 for k, i in enumerate(idx)]
    base = np.array([_base(view.lines[i], blank_before[k], view.indent[i]) for k, i in enumerate(idx)])
    pad = np.zeros((2, base.shape[1]))
    padded = np.vstack([pad, base, pad])
    local = np.hstack([padded[2 + o:2 + o + n] for o in OFFSETS])
    pos = {i: k for k, i in enumerate(idx)}

    def nb(i: int | None) -> int | None:
        """Non-blank rank of a line (the first candidate at or after it)."""
        if i is None:
            return None
        return int(np.searchsorted(idx, i))

    marker = nb(view.marker)
    acc = sorted(pos[i] for i in view.accepted if i in pos)
    raw = np.array([base[k, 0] + base[k, 1] + base[k, 2] > 0 for k in range(n)], dtype=float)
    lens = base[:, BASE_FEATURES.index("log_len")]
    chat = base[:, BASE_FEATURES.index("chatty")]
    texts = [view.lines[i] for i in idx]
    last_seen = {t: k for k, t in enumerate(texts)}
    col = {name: base[:, j] for j, name in enumerate(BASE_FEATURES)}
    first_raw = int(np.argmax(raw)) if raw.any() else -1
    cum_len = np.concatenate([[0.0], np.cumsum(lens)])
    cum_chat = np.concatenate([[0.0], np.cumsum(chat)])

    def window(cum: np.ndarray, a: int, b: int) -> float:
        return float(cum[b] - cum[a]) / (b - a) if b > a else 0.0

    ctx = []
    for k in range(n):
        a0 = int(np.searchsorted(acc, k))
        nxt = acc[a0:]
        nxt_date = k + 1 < n and (col["has_date"][k + 1] or col["loose_date"][k + 1])
        repeated = float(last_seen[texts[k]] > k)
        ln, lp = window(cum_len, k, min(n, k + 8)), window(cum_len, max(0, k - 8), k)
        cn, cp = window(cum_chat, k, min(n, k + 8)), window(cum_chat, max(0, k - 8), k)
        ctx.append([
            k / n, math.log1p(n) / 6,
            float(marker is not None and marker < k), float(marker == k),
            float(bool(nxt) and nxt[0] == k), float(bool(nxt) and nxt[0] - k < 6),
            math.log1p(nxt[0] - k) / 4 if nxt else 1.5,
            len(nxt) / len(acc) if acc else 0.0, math.log1p(a0) / 3,
            float(raw[k:k + 10].sum()) / 10, float(raw[max(0, k - 10):k].sum()) / 10,
            ln, lp, ln - lp, cn, cp, cn - cp,
            repeated, float(k == 0), float(k == n - 1),
            float(col["short_name"][k] and nxt_date), float(col["short_name"][k] * repeated),
            float(k == first_raw), float(raw[k] and k >= n / 2),
            float(col["blank_before"][k] * col["short_name"][k]), float(col["blank_before"][k] * raw[k]),
            float(col["short_name"][k]) * (cn - cp),
        ])
    return idx, np.hstack([local, np.array(ctx)])


@dataclass(frozen=True)
class Cuts:
    """How ``text.py`` turns the model's line probabilities into a thread start.

    ``threshold``: on a page where the rules find no thread, the best line opens one when its
    probability reaches this; lower finds more missed threads and invents more.
    ``overrule``: where the rules found a thread, the page's best line replaces their start
    only at this probability or above (above 1: never).
    ``window`` and ``local``: below ``overrule``, the best line within ``window`` kept lines of
    the rules' start replaces it when it reaches ``local`` (0 lines: never). The rules know
    roughly where a thread starts but often miss its first line (a first comment without a
    header, an avatar name over a footer-style comment); the model only picks the exact line.
    All four are chosen on the fit pages by cross-validation.
    """

    threshold: float
    overrule: float
    window: int = 0
    local: float = 1.0

    def to_json(self) -> dict:
        return {"threshold": round(self.threshold, 4), "overrule": round(self.overrule, 4), "window": self.window,
                "local": round(self.local, 4)}


@dataclass(frozen=True)
class BoundaryModel:
    """Logistic-regression weights over standardised ``FEATURES`` and the ``Cuts`` that use them."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    cuts: Cuts

    @property
    def threshold(self) -> float:
        return self.cuts.threshold

    @property
    def overrule(self) -> float:
        return self.cuts.overrule

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def scores(self, view: PageView) -> tuple[list[int], np.ndarray]:
        """The candidate lines (``candidates``) and each one's probability of opening the thread."""
        idx, x = features(view)
        return idx, (self.probabilities(x) if idx else np.zeros(0))

    def best(self, view: PageView) -> tuple[int | None, float]:
        """The most likely thread-start line and its probability (None for an empty page)."""
        idx, p = self.scores(view)
        if not idx:
            return None, 0.0
        k = int(np.argmax(p))
        return idx[k], float(p[k])

    def to_json(self) -> dict:
        return {"format": FORMAT, "features": list(self.features), "mean": self.mean.round(6).tolist(),
                "scale": self.scale.round(6).tolist(), "coef": self.coef.round(6).tolist(),
                "intercept": round(self.intercept, 6), **self.cuts.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> BoundaryModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"format is {data.get('format')!r}, expected {FORMAT!r}")
        if data["features"] != FEATURES:
            raise ValueError("its features differ from this version's; retrain it")
        arrays = [np.asarray(data[k], dtype=float) for k in ("mean", "scale", "coef")]
        if any(a.shape != (len(FEATURES),) for a in arrays):
            raise ValueError("weight vectors of the wrong length")
        cuts = Cuts(float(data["threshold"]), float(data["overrule"]), int(data["window"]), float(data["local"]))
        return cls(tuple(data["features"]), *arrays, float(data["intercept"]), cuts)


def load_model(path: Path | str | None = None) -> BoundaryModel:
    """Read a model file; a clear ``ModelError`` naming the file when it is missing or damaged."""
    return read_model(Path(path) if path is not None else MODEL_PATH, BoundaryModel.from_json, "text-split boundary model", "text-split")


@lru_cache(maxsize=1)
def shipped_model() -> BoundaryModel:
    """The packaged model, read once per process."""
    return load_model(MODEL_PATH)
