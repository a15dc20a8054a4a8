"""Charts for the report, drawn with matplotlib as inline SVG.

Inline SVG keeps the report one self-contained file that loads nothing; the
labels drawn are our own (languages, sentiment names), never page text, so no
untrusted string ends up inside the SVG markup. Fonts are turned into paths
(``svg.fonttype = 'path'``) so the figure looks the same without any font.
"""

from __future__ import annotations

import io

from ..aggregate import SENTIMENTS
from ..records import CommentRecord

COLOURS = {"negative": "#c0392b", "neutral": "#95a5a6", "positive": "#27ae60", "unscored": "#dddddd"}


def _svg(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["svg.hashsalt"] = "comment-thread-analyzer"  # stable ids: same input, same file
    import matplotlib.pyplot as plt

    return plt


def sentiment_by_language(comments: list[CommentRecord]) -> str | None:
    """A stacked bar per language: how many of its comments are negative, neutral, positive."""
    if not comments:
        return None
    counts: dict[str, dict[str, int]] = {}
    for c in comments:
        label = c.analysis.sentiment.label if c.analysis.sentiment else "unscored"
        counts.setdefault(c.analysis.lang.lang, {}).setdefault(label, 0)
        counts[c.analysis.lang.lang][label] += 1
    langs = sorted(counts, key=lambda lang: -sum(counts[lang].values()))[:12]
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(langs) + 1.2))
    left = [0] * len(langs)
    for label in (*SENTIMENTS, "unscored"):
        values = [counts[lang].get(label, 0) for lang in langs]
        if any(values):
            ax.barh(langs, values, left=left, color=COLOURS[label], label=label)
            left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("comments")
    ax.set_title("Sentiment by language")
    ax.legend(loc="lower right", fontsize="small", frameon=False)
    return _svg(fig)


def toxicity_histogram(comments: list[CommentRecord], threshold: float | None = None) -> str | None:
    """Distribution of toxicity scores, with the cut used for the toxic label."""
    scores = [c.analysis.toxicity.score for c in comments if c.analysis.toxicity]
    if not scores:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 2.4))
    ax.hist(scores, bins=20, range=(0, 1), color="#6b8fd6")
    if threshold is not None:
        ax.axvline(threshold, color="#c0392b", linestyle="--", label=f"toxic at ≥ {threshold:.2f}")
        ax.legend(frameon=False, fontsize="small")
    ax.set_xlabel("toxicity score")
    ax.set_ylabel("comments")
    ax.set_title("Toxicity scores")
    return _svg(fig)
