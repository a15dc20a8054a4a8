"""``analyzer evaluate text-split``: the text-dump segmenter on dragnet gold texts.

With the separator removed, a gold file is exactly a plain-text dump: article
then comments. We measure (a) how often the predicted thread start is within one
non-blank line of the true one (pages without comments count as right when we
predict none), (b) token F1 of article and of comments, (c) the share of pages
without comments where we invent some — on the fitting two thirds and on the
validation third.

Runs of blank lines are cut to one before the segmenter sees a page (``dragnet.dump_lines``).
"""

from __future__ import annotations

import time
from pathlib import Path

from ..segment.text import segment_lines
from . import Evaluation
from .dragnet import dump_lines, gold_pages, mean, nonblank_index, prf

DEFAULT_PATH = "eval/extraction/dragnet"


CASES = ("no thread found", "start wrong", "start right")


def comments_lost(rows: list[tuple]) -> list[tuple[str, int, float]]:
    """Where the comments F1 of pages with comments is lost: for each of ``CASES``, its pages and
    the points it takes off their mean. A row is (page, start right, article F1, comments F1,
    comments given, thread found)."""
    def case(row: tuple) -> str:
        return CASES[0] if not row[5] else CASES[2] if row[1] else CASES[1]

    return [(c, sum(case(r) == c for r in rows), 100 * sum(1 - r[3] for r in rows if case(r) == c) / max(1, len(rows)))
            for c in CASES]


def run(path: Path, learned: bool = True) -> Evaluation:
    """``learned=False``: the header rules alone, without the thread-start model."""
    pages = gold_pages(path)
    start = time.perf_counter()
    rows = []
    for g in pages:
        lines = dump_lines(g.lines)
        seg, cut = segment_lines("\n".join(lines), learned=learned)
        article = "\n".join(filter(None, [t for a in seg.articles for t in (a.title, a.byline, a.posted, a.text)]))
        comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
        if g.split is None:
            right = cut is None
        else:
            right = cut is not None and abs(nonblank_index(lines, cut) - nonblank_index(g.lines, g.split)) <= 1
        rows.append((g, right, prf(article, g.article)[2], prf(comments, g.comments)[2], len(seg.comments), cut is not None))
    elapsed = time.perf_counter() - start
    figures: dict[str, float] = {}
    lines = ["Dragnet gold texts without their separator (token F1, mean over pages)"]
    for label, subset in (("fit", [r for r in rows if not r[0].validation]),
                          ("validation", [r for r in rows if r[0].validation])):
        with_c = [r for r in subset if r[0].split is not None]
        without = [r for r in subset if r[0].split is None]
        f = {
            f"{label}.start_within_one_line": mean([1.0 if r[1] else 0.0 for r in subset]),
            f"{label}.start_within_one_line_with_comments": mean([1.0 if r[1] else 0.0 for r in with_c]),
            f"{label}.article_f1": mean([r[2] for r in subset]),
            f"{label}.comments_f1": mean([r[3] for r in with_c]),
            f"{label}.invented_comments_share": mean([1.0 if r[4] else 0.0 for r in without]),
        }
        figures |= f
        lines += [f"{label}: {len(subset)} pages ({len(with_c)} with comments)",
                  f"  (a) thread start within one line: {f[label + '.start_within_one_line']:5.1f} % of pages "
                  f"({f[label + '.start_within_one_line_with_comments']:5.1f} % of pages with comments)  [target ≥ 90]",
                  f"  (b) article F1 {f[label + '.article_f1']:5.1f} [target ≥ 95]   comments F1 "
                  f"{f[label + '.comments_f1']:5.1f} [target ≥ 90]",
                  f"  (c) pages without comments where we invent some: {f[label + '.invented_comments_share']:4.1f} % "
                  "[target ≤ 3]",
                  "  comments F1 lost: " + ", ".join(f"{case} {points:.1f} ({pages} pages)"
                                                     for case, pages, points in comments_lost(with_c))]
    info = {"pages_per_second": round(len(rows) / elapsed, 1)}
    lines.append(f"speed: {info['pages_per_second']} pages/s")
    lower = {k for k in figures if k.endswith("invented_comments_share")}
    return Evaluation("text-split", {k: round(v, 2) for k, v in figures.items()}, "\n".join(lines), info, lower)
