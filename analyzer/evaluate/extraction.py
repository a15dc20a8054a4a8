"""``analyzer evaluate extraction``: the HTML segmenter against the dragnet gold text.

Article tokens are compared on every page; comment tokens on the pages whose
gold has comments (our side: each comment's author, date, title and text, as the
gold keeps those lines); and on pages without gold comments we count how often
we still output some. Figures are given for the fitting two thirds and for the
validation third separately.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from ..dates import page_dates
from ..load import html_page
from ..records import Segmented
from ..segment.html import segment_html
from . import REPO_ROOT, Evaluation
from .dragnet import OMISSIONS_PATH, gold_omissions, gold_pages, mean, prf

DEFAULT_PATH = "eval/extraction/dragnet"


def predict(raw: bytes, name: str = "page.html") -> tuple[str, str, int]:
    """Article text, comments text and comment count for one page."""
    return _predict(segment_html(html_page(name, raw)))


def _predict(seg: Segmented) -> tuple[str, str, int]:
    article = "\n".join(filter(None, [t for a in seg.articles for t in (a.title, a.byline, a.posted, a.text)]))
    comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
    return article, comments, len(seg.comments)


def _fields(seg: Segmented) -> Counter[str]:
    """What the comments carry besides their text: no gold says who wrote them or when, so these
    are shares of what we found, not accuracies."""
    article_isos, isos = page_dates([(a.posted, a.posted_iso) for a in seg.articles],  # as the pipeline reads them
                                    [c.posted for c in seg.comments])
    return Counter(comments=len(seg.comments), authors=sum(bool(c.author) for c in seg.comments),
                   shown_dates=sum(bool(c.posted) for c in seg.comments),
                   parsed_dates=sum(bool(c.posted_iso or iso) for c, iso in zip(seg.comments, isos) if c.posted),
                   replies=sum(c.parent is not None for c in seg.comments),
                   dated_articles=sum(bool(iso) for iso in article_isos), articles=len(seg.articles))


def score(pages_pred: list[tuple], label: str,
          omitted: frozenset[str] = frozenset()) -> tuple[dict[str, float], list[str]]:
    """Figures for one split. ``omitted``: pages whose gold leaves out the comments they show
    (``data/eval/dragnet-gold-omissions.tsv``); the invented share is given with and without them."""
    art_p, art_r, art_f, com_p, com_r, com_f, invented, audited = [], [], [], [], [], [], [], []
    for gold, (article, comments, n) in pages_pred:
        p, r, f = prf(article, gold.article)
        art_p.append(p), art_r.append(r), art_f.append(f)
        if gold.split is not None:
            p, r, f = prf(comments, gold.comments)
            com_p.append(p), com_r.append(r), com_f.append(f)
        else:
            invented.append(1.0 if n else 0.0)
            if gold.id not in omitted:
                audited.append(1.0 if n else 0.0)
    figures = {
        f"{label}.article_precision": mean(art_p), f"{label}.article_recall": mean(art_r),
        f"{label}.article_f1": mean(art_f),
        f"{label}.comments_precision": mean(com_p), f"{label}.comments_recall": mean(com_r),
        f"{label}.comments_f1": mean(com_f),
        f"{label}.invented_comments_share": mean(invented),
        f"{label}.invented_comments_share_audited": mean(audited),
    }
    lines = [f"{label}: {len(pages_pred)} pages ({len(com_f)} with gold comments)",
             f"  article   P {mean(art_p):5.1f}  R {mean(art_r):5.1f}  F1 {mean(art_f):5.1f}",
             f"  comments  P {mean(com_p):5.1f}  R {mean(com_r):5.1f}  F1 {mean(com_f):5.1f}",
             f"  pages without gold comments where we output comments: {mean(invented):4.1f} % "
             f"({sum(invented):.0f} of {len(invented)}); leaving out the {len(invented) - len(audited)} whose page "
             f"shows comments the gold omits: {mean(audited):4.1f} % ({sum(audited):.0f} of {len(audited)}) "
             f"[target ≤ 3]"]
    return figures, lines


def run(path: Path) -> Evaluation:
    gold = gold_pages(path)
    omitted = frozenset(gold_omissions())
    start = time.perf_counter()
    preds = []
    fields: Counter[str] = Counter()
    for g in gold:
        try:
            seg = segment_html(html_page(g.html_path.name, g.html_path.read_bytes()))
        except OSError:
            preds.append((g, ("", "", 0)))
            continue
        preds.append((g, _predict(seg)))
        fields += _fields(seg)
    elapsed = time.perf_counter() - start
    figures, lines = {}, ["Dragnet gold (bag-of-words token P/R/F1, mean over pages)"]
    for label, subset in (("fit", [p for p in preds if not p[0].validation]),
                          ("validation", [p for p in preds if p[0].validation])):
        f, text = score(subset, label, omitted)
        figures |= f
        lines += text
    lines.append(f"Gold omissions: {len(omitted)} pages listed in {OMISSIONS_PATH.relative_to(REPO_ROOT)}, "
                 "each with the XPath of the comments it shows (checked by tests/test_gold_omissions.py).")
    lines.append("For scale (issue 4): trafilatura 2.3.1 with include_comments=True gets about 0.74 comments F1 "
                 "and 0.89 article F1, and outputs comments on about a quarter of pages without any; "
                 "benchmarks/extraction_vs_trafilatura.py measures both side by side.")
    figures["comments.with_author_share"] = 100 * fields["authors"] / max(fields["comments"], 1)
    figures["comments.dates_parsed_share"] = 100 * fields["parsed_dates"] / max(fields["shown_dates"], 1)
    figures["articles.with_date_share"] = 100 * fields["dated_articles"] / max(fields["articles"], 1)
    lines.append(f"all pages: {fields['comments']} comments, {figures['comments.with_author_share']:.1f} % with an "
                 f"author, {fields['shown_dates']} with a shown date of which {figures['comments.dates_parsed_share']:.1f} % "
                 f"parse to ISO 8601, {fields['replies']} linked to the comment they answer; "
                 f"{figures['articles.with_date_share']:.1f} % of articles dated (no gold for these: shares, not accuracies)")
    info = {"pages_per_second": round(len(gold) / elapsed, 1)}
    lines.append(f"speed: {info['pages_per_second']} pages/s")
    lower = {k for k in figures if ".invented_comments_share" in k}
    return Evaluation("extraction", {k: round(v, 2) for k, v in figures.items()}, "\n".join(lines), info, lower)
