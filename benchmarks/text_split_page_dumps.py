"""The text-dump segmenter on whole pages: dragnet FIT pages' HTML read as one dump of the body.

    python benchmarks/text_split_page_dumps.py [../shared/eval/extraction/dragnet] [--limit N] [--rules]
        [--source-newlines] [--validation]

``analyzer evaluate text-split`` reads the gold texts, which are clean: the article, then its
comments. A real user's dump (a browser's "save as text", a scraper's output) holds the whole
page: menus, sidebars ("Recent Comments" widgets of "NAME on POST TITLE", recent posts,
archives, tag clouds), footers, share bars. Here each fit page's HTML body is read as one dump,
one line per block element (``segment.html.block_text``, as ``analyze`` reads no page: a stand-in
for those tools) as a browser shows it: without scripts and styles, the source's runs of white
space (its newlines too) one space, as in a browser ("Tim Buesing said..." on one line, where the
source has "said..." on a line of its own). The text route is asked for its thread:

- pages whose gold has no comments (the audited omissions of
  ``data/eval/dragnet-gold-omissions.tsv`` left out: those pages show comments): how many are
  given comments, the share;
- pages with gold comments: how many get a thread, and the comments token F1 (dragnet's
  measure, mean over those pages) against the gold comments;
- every page read: the article token F1 against the gold article. The text route drops long runs
  of lines without prose from an article (``text._page_furniture``: menus, archives, lists of
  posts), and the blocks between them with under half the sentences of the article's main block
  (``text._side_blocks``: an "About me" box, a sign-up). A sidebar's sentences that no such run
  parts from the post stay, so this stays well below the HTML route's; it falls when the article
  starts in the wrong place or a thread takes the post. And how many
  articles' titles stand among the gold article's first three lines (the F1 does not see a title).

Validation pages are skipped before anything is read of them. ``--validation``: the validation
third instead, its figures as a whole, to check rules chosen on the fit pages, never to choose
them. ``--limit N``: the first N pages only (the test runs a slice). ``--rules``: without the
thread-start model.
``--source-newlines``: the source's newlines kept as line breaks, as a scraper that takes the text
nodes as they are does (BeautifulSoup's ``get_text()``): Blogger's "Posted by" / NAME / "at" / TIME.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from lxml import etree

from analyzer.evaluate import shared_root
from analyzer.evaluate.dragnet import _decode, gold_omissions, gold_pages, prf
from analyzer.evaluate.text_split import DEFAULT_PATH
from analyzer.records import Segmented
from analyzer.segment import html as H
from analyzer.segment import text as T

# Elements whose text a browser does not show, so its "save as text" leaves it out.
UNSHOWN = frozenset({"script", "style", "noscript", "template"})
# Elements whose white space a browser keeps as it is.
PREFORMATTED = frozenset({"pre", "textarea"})
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # no XML text may hold them: lxml refuses to set them back


def page_dump(html_path: Path, source_newlines: bool = False) -> str | None:
    """A page's body as one plain-text dump, one line per block element, without the text of
    ``UNSHOWN`` elements (scripts, styles, what shows only without scripts), each run of white
    space one space outside ``PREFORMATTED`` elements unless ``source_newlines``; None when it
    does not parse."""
    tree = H.parse(_decode(html_path.read_bytes()))
    if tree is None:
        return None
    body = tree.find(".//body")
    root = body if body is not None else tree
    if not source_newlines:
        _collapse_space(root)
    return H.block_text(root, frozenset(el for el in root.iter() if el.tag in UNSHOWN))


def _collapse_space(root: etree._Element) -> None:
    """Each run of white space in the text under ``root`` one space, as a browser shows it, but
    inside ``PREFORMATTED`` elements."""
    kept = {el for pre in root.iter(*PREFORMATTED) for el in pre.iter()}
    for el in root.iter():
        if el.text and el not in kept:
            el.text = _SPACE.sub(" ", _CONTROL.sub("", el.text))
        if el.tail and el.getparent() not in kept:
            el.tail = _SPACE.sub(" ", _CONTROL.sub("", el.tail))


def run(root: Path, limit: int = 0, learned: bool = True, source_newlines: bool = False,
        validation: bool = False) -> list[str]:
    omitted = frozenset(gold_omissions())
    read = [g for g in gold_pages(root) if g.validation] if validation else gold_pages(root, fit_only=True)
    if limit:
        read = read[:limit]
    which = "validation" if validation else "fit"
    without = given = threads = found = pages = titled = 0
    f1 = article_f1 = 0.0
    for g in read:
        if g.split is None and g.id in omitted:
            continue
        text = page_dump(g.html_path, source_newlines)
        if text is None:
            continue
        seg, _ = T.segment_lines(text, learned=learned)
        pages += 1
        article_f1 += prf("\n".join(filter(None, [t for a in seg.articles for t in (a.title, a.byline, a.posted, a.text)])), g.article)[2]
        titled += _titled(seg, g.article)
        if g.split is None:
            without += 1
            given += bool(seg.comments)
            continue
        comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
        threads += 1
        found += bool(seg.comments)
        f1 += prf(comments, g.comments)[2]
    return [(f"{which} pages read as whole-page dumps without gold comments (audited omissions left out): {without}; "
             f"given comments {given} ({100 * given / max(without, 1):.1f} %)"),
            (f"{which} pages read as whole-page dumps with gold comments: {threads}; thread found {found} "
             f"({100 * found / max(threads, 1):.1f} %), comments F1 {100 * f1 / max(threads, 1):.1f}"),
            (f"their articles (all {pages} pages): article F1 {100 * article_f1 / max(pages, 1):.1f} (its menus' and "
             f"lists' long runs of lines without prose dropped, and the blocks between them with few sentences); "
             f"an article's title among the gold article's first {TITLE_LINES} lines: {titled} ({100 * titled / max(pages, 1):.1f} %)")]


TITLE_LINES = 3  # the gold article's first lines, where its title stands (a date or a count may come first)


def _titled(seg: Segmented, gold_article: str) -> bool:
    """Is one of the articles' titles a line among the gold article's first ``TITLE_LINES``? The
    token F1 does not see a title: a site's name taken for it stays in the article either way."""
    first = [line.strip() for line in gold_article.split("\n") if line.strip()][:TITLE_LINES]
    return any(a.title and a.title.strip() in first for a in seg.articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, nargs="?", default=None)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--rules", action="store_true", help="the header rules alone, without the model")
    ap.add_argument("--source-newlines", action="store_true", help="keep the source's newlines as line breaks")
    ap.add_argument("--validation", action="store_true", help="the validation third, as a whole (to check, not to choose)")
    args = ap.parse_args()
    print("\n".join(run(args.path or shared_root() / DEFAULT_PATH, args.limit, not args.rules, args.source_newlines,
                         args.validation)))


if __name__ == "__main__":
    main()
