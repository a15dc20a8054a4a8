"""Charts for the report, drawn with matplotlib as inline SVG.

Inline SVG keeps the report one self-contained file that loads nothing; the
labels drawn are our own (languages, sentiment names), never page text, so no
untrusted string ends up inside the SVG markup. Fonts are turned into paths
(``svg.fonttype = 'path'``) so the figure looks the same without any font.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from html import escape

from ..aggregate import SENTIMENTS
from ..classify import MODEL_LANG
from ..records import CommentRecord

COLOURS = {"negative": "#c0392b", "neutral": "#95a5a6", "positive": "#27ae60", "unscored": "#dddddd"}
# red beside green is one colour to a red-green colour-blind reader: the two also differ in pattern
HATCHES = {"negative": "///", "neutral": None, "positive": "...", "unscored": None}


SVG_ID = re.compile(r'(\sid=")([^"]+)(")')
SVG_REFERENCE = re.compile(r'(href="#)([^"]+)(")|(url\(#)([^)]+)(\))')


def _own_ids(svg: str, name: str) -> str:
    """The figure's ids, and the references to them, prefixed with its name: matplotlib numbers
    each figure's ids from one ("figure_1", "patch_1", a glyph "DejaVuSans-30"), so two charts
    in one page repeated 91 ids, and a reference in the second resolved to the first's element."""
    ids = {m.group(2) for m in SVG_ID.finditer(svg)}

    def reference(m: re.Match) -> str:
        head, target, tail = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        return head + (f"{name}-{target}" if target in ids else target) + tail

    return SVG_REFERENCE.sub(reference, SVG_ID.sub(lambda m: f"{m.group(1)}{name}-{m.group(2)}{m.group(3)}", svg))


def _svg(fig, name: str, description: str) -> str:
    """The figure as inline SVG named by ``description``: its labels are drawn as paths, which a
    screen reader cannot read, so the figures it shows are said again in words (``role="img"``,
    ``aria-label`` and a ``<title>``, which also shows as a tooltip)."""
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})  # no timestamp: same input, same report
    plt.close(fig)
    text = buf.getvalue()
    text = text[text.index("<svg"):]
    text = _own_ids(text, name)
    said = escape(description)
    opened = text.index(">") + 1
    return (text[:4] + f' role="img" aria-label="{said}"' + text[4:opened]
            + f"<title>{said}</title>" + text[opened:])


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["svg.hashsalt"] = "comment-thread-analyzer"  # stable ids: same input, same file
    import matplotlib.pyplot as plt

    return plt


CHART_LANGS = 6


def sentiment_by_language(comments: list[CommentRecord]) -> str | None:
    """A bar per language, split by the share of its comments that are negative, neutral,
    positive: shares rather than counts, so a language with few comments is as readable as
    one with thousands (its count is in its label). Languages past the sixth are "other".
    Only languages with a sentiment model have a bar: the others' bars were all grey (on the 966
    dragnet pages six of the seven bars: es, pt, fr, und, it, other), saying nothing of their
    comments' sentiment; ``not_charted`` names them under the chart."""
    left_out = _unmodelled(comments)
    comments = [c for c in comments if c.analysis.lang.lang not in left_out]
    if not comments:
        return None
    counts: dict[str, dict[str, int]] = {}
    for c in comments:
        label = c.analysis.sentiment.label if c.analysis.sentiment else "unscored"
        counts.setdefault(c.analysis.lang.lang, {}).setdefault(label, 0)
        counts[c.analysis.lang.lang][label] += 1
    langs = sorted(counts, key=lambda lang: (-sum(counts[lang].values()), lang))
    if len(langs) > CHART_LANGS + 1:
        other: dict[str, int] = {}
        for lang in langs[CHART_LANGS:]:
            for label, n in counts[lang].items():
                other[label] = other.get(label, 0) + n
        counts["other"] = other
        langs = langs[:CHART_LANGS] + ["other"]
    totals = [sum(counts[lang].values()) for lang in langs]
    names = [f"{lang} ({total})" for lang, total in zip(langs, totals)]
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(langs) + 1.2))
    left = [0.0] * len(langs)
    for label in (*SENTIMENTS, "unscored"):
        values = [100 * counts[lang].get(label, 0) / total for lang, total in zip(langs, totals)]
        if any(values):
            ax.barh(names, values, left=left, color=COLOURS[label], hatch=HATCHES[label], edgecolor="white",
                    linewidth=0, label=label)
            left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the language's comments (%)")
    ax.set_title("Sentiment by language")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.5 / (0.45 * len(langs) + 1.2) - 0.12), ncol=4,
              fontsize="small", frameon=False)
    fig.subplots_adjust(bottom=0.25 if len(langs) < 4 else 0.18)
    return _svg(fig, "sentiment", "Sentiment by language: " + "; ".join(
        f"{lang}, {total} comment(s): " + ", ".join(
            f"{100 * counts[lang][label] / total:.0f}% {label}" for label in (*SENTIMENTS, "unscored")
            if counts[lang].get(label))
        for lang, total in zip(langs, totals)) + ".")


NAMED_UNCHARTED = 6


def _unmodelled(comments: list[CommentRecord]) -> set[str]:
    """The languages no sentiment model reads and none of whose comments has a sentiment."""
    langs = {c.analysis.lang.lang for c in comments} - set(MODEL_LANG)
    return langs - {c.analysis.lang.lang for c in comments if c.analysis.sentiment}


def not_charted(comments: list[CommentRecord]) -> str | None:
    """The sentence under the sentiment chart naming the comments it leaves out, those in a
    language without a sentiment model, by language, most first; ``None`` when there are none."""
    left_out = _unmodelled(comments)
    langs = Counter(c.analysis.lang.lang for c in comments if c.analysis.lang.lang in left_out)
    if not langs:
        return None
    ranked = sorted(langs.items(), key=lambda item: (-item[1], item[0]))  # ties by name: the same every time
    named = ", ".join(f"{lang} {n}" for lang, n in ranked[:NAMED_UNCHARTED])
    rest = ranked[NAMED_UNCHARTED:]
    if rest:
        named += f" and {len(rest)} more language(s), {sum(n for _, n in rest)} comment(s)"
    scored = ", ".join(sorted(MODEL_LANG))
    return (f"Not in the chart: {langs.total()} comment(s) in {len(langs)} language(s) without a sentiment "
            f"model (only {scored} are scored): {named}.")


def toxicity_histogram(comments: list[CommentRecord], threshold: float | None = None) -> str | None:
    """Distribution of toxicity scores, with the cut used for the toxic label and the number of
    comments at or past it: on a crawl the few toxic comments are bars too low to see beside
    thousands of harmless ones, and the count says what the eye cannot."""
    scores = [c.analysis.toxicity.score for c in comments if c.analysis.toxicity]
    if not scores:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 2.4))
    ax.hist(scores, bins=20, range=(0, 1), color="#6b8fd6")
    description = f"Toxicity scores of {len(scores)} comment(s)"
    if threshold is not None:
        past = sum(score >= threshold for score in scores)
        cut = f"toxic at ≥ {threshold:.2f}: {past} comment(s)"
        ax.axvline(threshold, color="#c0392b", linestyle="--", label=cut)
        ax.legend(frameon=False, fontsize="small")
        description += f"; {cut}"
    ax.set_xlabel("toxicity score")
    ax.set_ylabel("comments")
    ax.yaxis.get_major_locator().set_params(integer=True)  # counts: no "1.5 comments" tick
    ax.set_title("Toxicity scores")
    deciles = [0] * 10
    for score in scores:
        deciles[min(int(10 * score), 9)] += 1
    description += "; by score, from 0.0-0.1 to 0.9-1.0: " + ", ".join(map(str, deciles)) + "."
    return _svg(fig, "toxicity", description)
