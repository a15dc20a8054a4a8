"""How the text-dump segmenter does on sites its header patterns do not know, on dragnet FIT pages.

    python benchmarks/text_split_unseen_sites.py [../shared/eval/extraction/dragnet] [--limit N] [--rules]

The header patterns (``text_patterns.HEADERS``) were written from the fit pages, so the fit
figures of ``analyzer evaluate text-split`` flatter them. Two checks that do not:

- each fit page with a thread the patterns find, read again with the header kinds of its own
  thread removed from ``HEADERS`` (a site no pattern knows): how often the thread start is
  still right (within one non-blank line) and the comments token F1;
- each fit page with a thread, read with no header pattern at all: the same two figures, for what
  header shapes alone read (the line above leaves the other kinds, which often read a thread's
  dates or names: "NAME said..." was read by "says" there, by nothing here);
- each fit page with a thread, cut at the gold split (its article alone, a page without
  comments): how many are given comments, and the article token F1;
- each fit page made short (its title and its article's last two lines, then its thread, as the
  short validation pages whose thread is missed): the thread start and comments F1, and how
  many pages without comments, cut the same way, are given some;
- each fit thread cut after its first comment (a one-comment thread, as most short threads the
  validation pages miss are): on pages whose start the segmenter gets right, with two or more
  headers over their comments (not footers), the page up to the second comment's first line, as
  the segmenter reads it; how often the start is still right;
- each such first comment under its page's title and its article's last four lines (a short page
  of one comment), read with every header pattern and without its own thread's: the thread start
  and comments F1.

Validation pages are skipped before anything is read of them. ``--limit N``: the first N fit
pages only (a quick check that the script runs; its figures are not comparable). ``--rules``:
without the thread-start model (``segment_lines(..., learned=False)``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analyzer.evaluate import shared_root
from analyzer.evaluate.dragnet import GoldPage, dump_lines, gold_pages, nonblank_index, prf
from analyzer.evaluate.text_split import DEFAULT_PATH
from analyzer.segment import text as T
from analyzer.segment import text_patterns as P


def _thread_read(g: GoldPage, text: str, learned: bool) -> tuple[bool, float]:
    """Is the page's thread start right (within one non-blank line), and its comments token F1,
    read with the header patterns ``text_patterns.HEADERS`` holds now."""
    seg, cut = T.segment_lines(text, learned=learned)
    comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
    right = cut is not None and abs(nonblank_index(text.split("\n"), cut) - nonblank_index(g.lines, g.split)) <= 1
    return right, prf(comments, g.comments)[2]


def unseen_headers(fit: list[GoldPage], learned: bool, none: bool = False) -> str:
    """Fit pages read without the header patterns of their own thread; ``none``: without any."""
    every = list(P.HEADERS)
    pages = right = 0
    f1 = 0.0
    try:
        for g in fit:
            if g.split is None:
                continue
            text = "\n".join(dump_lines(g.lines))
            P.HEADERS = every
            kinds = {h.kind for h in T._read(text).headers} & {name for name, _ in every}
            if not (kinds or none):
                continue
            P.HEADERS = [] if none else [(name, pattern) for name, pattern in every if name not in kinds]
            ok, f = _thread_read(g, text, learned)
            pages += 1
            right += ok
            f1 += f
    finally:
        P.HEADERS = every
    what = "with a thread read without any header pattern" if none else "read without their own thread's header patterns"
    return (f"fit pages {what}: {pages}; start right "
            f"{100 * right / max(pages, 1):.1f} %, comments F1 {100 * f1 / max(pages, 1):.1f}")


def no_patterns(fit: list[GoldPage], learned: bool) -> str:
    """Fit pages with a thread read without any header pattern."""
    return unseen_headers(fit, learned, none=True)


def articles_alone(fit: list[GoldPage], learned: bool) -> str:
    """Fit pages cut at the gold split: pages without comments the patterns were not written on."""
    pages = given = 0
    f1 = 0.0
    for g in fit:
        if g.split is None:
            continue
        seg, _ = T.segment_lines("\n".join(dump_lines(g.lines[:g.split])), learned=learned)
        article = "\n".join(filter(None, [t for a in seg.articles for t in (a.title, a.byline, a.posted, a.text)]))
        pages += 1
        given += bool(seg.comments)
        f1 += prf(article, g.article)[2]
    return (f"fit articles alone (thread cut off): {pages}; given comments {given} "
            f"({100 * given / max(pages, 1):.1f} %), article F1 {100 * f1 / max(pages, 1):.1f}")


SHORT_TAIL = 2  # the article's last lines kept under its title


def short_pages(fit: list[GoldPage], learned: bool) -> str:
    """Fit pages made short: the title and the article's last ``SHORT_TAIL`` lines, then the whole
    thread (no heading, as in the gold), and the pages without comments cut the same way. A short
    page's first comment stands among its first six lines, where bylines and datelines stand."""
    threads = right = given = alone = 0
    f1 = 0.0
    for g in fit:
        art = [line for line in g.lines[:g.split] if line.strip()]
        if len(art) < 2:
            continue
        short = [art[0]] + art[max(1, len(art) - SHORT_TAIL):]
        thread = [line for line in g.lines[g.split:] if line.strip()] if g.split is not None else []
        seg, cut = T.segment_lines("\n".join(short + [""] + thread if thread else short), learned=learned)
        if not thread:
            alone += 1
            given += bool(seg.comments)
            continue
        comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
        threads += 1
        right += cut is not None and abs(nonblank_index(short + [""] + thread, cut) - len(short)) <= 1
        f1 += prf(comments, "\n".join(thread))[2]
    return (f"fit pages made short (title and {SHORT_TAIL} last lines): {threads} with their thread, start right "
            f"{100 * right / max(threads, 1):.1f} %, comments F1 {100 * f1 / max(threads, 1):.1f}; {alone} without, "
            f"given comments {given} ({100 * given / max(alone, 1):.1f} %)")


def _first_comments(fit: list[GoldPage], learned: bool):
    """Each fit thread cut after its first comment: (page, its dump's lines, the gold start in
    non-blank lines, the line the second comment starts on as the segmenter reads it, the header
    kinds of its thread), on pages whose thread start it gets right, with two or more headers over
    their comments (not footers)."""
    for g in fit:
        if g.split is None:
            continue
        text = "\n".join(dump_lines(g.lines))
        lines = text.split("\n")
        gold = nonblank_index(g.lines, g.split)
        page = T._read(text)
        _, cut = T.segment_lines(text, learned=learned)
        if cut is None or abs(nonblank_index(lines, cut) - gold) > 1 or len(page.headers) < 2 or page.footer:
            continue
        first, second = page.headers[0], page.headers[1]
        end = T._block_start(page.lines, page.keep, second, first.line)
        if not any(line.strip() for line in lines[T._header_end(first) + 1:end]):
            continue  # the first comment has no text of its own as cut
        if nonblank_index(lines, end) <= gold:
            continue  # cut above the thread: the first headers as read before the model are the article's
        yield g, lines, gold, end, {h.kind for h in page.headers} & {name for name, _ in P.HEADERS}


def one_comment(fit: list[GoldPage], learned: bool) -> str:
    """Fit threads cut after their first comment: the page up to where the segmenter puts the
    second comment's first line."""
    readings = right = 0
    for _, lines, gold, end, _ in _first_comments(fit, learned):
        one = lines[:end]
        _, cut1 = T.segment_lines("\n".join(one), learned=learned)
        readings += 1
        right += cut1 is not None and abs(nonblank_index(one, cut1) - gold) <= 1
    return (f"fit threads cut after their first comment: {readings}; start right {right} "
            f"({100 * right / max(readings, 1):.1f} %)")


SHORT_ONE_TAIL = 4  # the article's last lines kept under its title, with one comment under them


def short_one_comment(fit: list[GoldPage], learned: bool) -> str:
    """The validation pages whose thread is missed are mostly short, with one comment under a
    header no pattern knows, or one or two weak ones: each fit thread cut after its first comment
    (as ``one_comment``) under its title and its article's last ``SHORT_ONE_TAIL`` lines, read with
    every header pattern and again without its own thread's kinds. Not saturated as the checks
    above are: the rules were written from these pages' whole threads, not from one comment."""
    every = list(P.HEADERS)
    n = 0
    right = {"all": 0, "unseen": 0}
    f1 = {"all": 0.0, "unseen": 0.0}
    readings = list(_first_comments(fit, learned))  # read with every pattern, before any is taken out
    try:
        for _, lines, gold, end, kinds in readings:
            nb = [i for i, line in enumerate(lines[:end]) if line.strip()]
            art = [lines[i] for i in nb[:gold]]
            thread = [lines[i] for i in nb[gold:]]
            if len(art) < 2:
                continue
            short = [art[0]] + art[max(1, len(art) - SHORT_ONE_TAIL):]
            doc = short + [""] + thread
            n += 1
            for mode in right:
                P.HEADERS = every if mode == "all" else [(name, pattern) for name, pattern in every if name not in kinds]
                seg, cut = T.segment_lines("\n".join(doc), learned=learned)
                right[mode] += cut is not None and abs(nonblank_index(doc, cut) - len(short)) <= 1
                comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
                f1[mode] += prf(comments, "\n".join(thread))[2]
    finally:
        P.HEADERS = every
    return (f"fit threads cut after their first comment, made short (title and {SHORT_ONE_TAIL} last lines): {n}; "
            f"start right {100 * right['all'] / max(n, 1):.1f} %, comments F1 {100 * f1['all'] / max(n, 1):.1f}; "
            f"without their thread's header patterns {100 * right['unseen'] / max(n, 1):.1f} %, "
            f"{100 * f1['unseen'] / max(n, 1):.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, nargs="?", default=None)
    ap.add_argument("--limit", type=int, default=0, help="only the first N fit pages")
    ap.add_argument("--rules", action="store_true", help="the header rules alone, without the model")
    args = ap.parse_args()
    fit = gold_pages(args.path or shared_root() / DEFAULT_PATH, fit_only=True)
    fit = fit[:args.limit] if args.limit else fit
    for check in (unseen_headers, no_patterns, articles_alone, short_pages, one_comment, short_one_comment):
        print(check(fit, not args.rules))


if __name__ == "__main__":
    main()
