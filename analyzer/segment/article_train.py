"""``analyzer train article``: fit the article block model on the dragnet fit pages.

Data: the dragnet pages and gold texts (``../shared/eval/extraction/dragnet``, AGPLv3; see
its SOURCE.md), read exactly as ``analyzer evaluate extraction`` reads them. Only the fit
two thirds are read: a page whose id hashes into the validation third
(``dragnet.is_validation``) is skipped before anything is computed on it.

Each page goes through ``html.prepare`` (comments and furniture removed, as in extraction);
each text block left is one example. A block is labelled "article" when most of its word
trigrams (its words, for blocks of one or two words) occur in the gold article text: the
gold was cut and pasted from a browser, so a block of the article shows up there nearly
verbatim, while a sidebar line shares only its common words. Pages the rules split into
several ``<article>`` posts are left out (the model is not used there).

The weights are a scikit-learn logistic regression over standardised features
(``article_model.FEATURES``), each block weighted by the square root of its word count
(the evaluation counts words; without a weight, the many one-word menu lines dominate).
The block thresholds are chosen by five-fold cross-validation over fit pages grouped by page,
repeated with five assignments of pages to folds: each fold's model scores pages it never saw,
and the threshold with the best mean page article F1 over pages and assignments wins; then, at most that one, the cut for blocks inside the rules' container (the
rules' choice is evidence the model's features only partly carry). The shipped weights are then fitted on all fit pages. Inputs are sorted and
the solver is deterministic, so a rebuild gives the same JSON.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..evaluate.dragnet import FOLD_SALTS, FOLDS, GoldPage, fold_of, gold_pages, prf
from ..load import html_page
from .article_model import (_STAGE1_INDEX, FEATURES, MODEL_PATH, ArticleModel, Linear, block_words, chains, features,
                            page_blocks, shipped_model, stacked)
from .html import _article_from, _body, _densest, _separate_articles, choose_lines, prepare

DATA = "eval/extraction/dragnet"
CARD = Path(__file__).resolve().parents[2] / "data" / "models" / "article.md"
# What training read on each fit page (its blocks' text, features and labels, as a digest): a
# later reading tells whether the HTML route still gives the model's training data.
PAGES = CARD.with_name("article-pages.tsv")
C = 1.0  # L2 strength of the logistic regression (1/C)
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]
INSIDE = [round(0.05 * k, 2) for k in range(2, 13)]  # cuts tried inside the rules' container
TIE = 0.05  # article F1 points within which two inside cuts count as equal
LABEL_SHARE = 0.5  # share of a block's trigrams found in the gold article that makes it article


@dataclass
class Example:
    """One fit page read for training: its block texts, features, labels and the rules' article."""

    gold: GoldPage
    head: list[str]  # title, byline, date as the rules give them
    title: str | None
    texts: list[str]
    x: np.ndarray
    y: np.ndarray
    words: np.ndarray
    chain: list[tuple[int, ...]]
    rules_text: str
    cut_at: str | None  # first comment found in the page text: the article ends there


def page_digest(e: Example) -> str:
    """The page's block texts, features (to 6 decimals, as the model file keeps numbers) and labels."""
    h = hashlib.sha1("\x1f".join(e.texts).encode("utf-8"))
    h.update((np.round(e.x, 6) + 0.0).tobytes())  # + 0.0: -0.0 and 0.0 are one value
    h.update(e.y.tobytes())
    return h.hexdigest()[:16]


def write_pages(data: list[Example], path: Path = PAGES) -> None:
    lines = ["# analyzer train article: each fit page's id, block count and page_digest (article_train.py)"]
    lines += [f"{e.gold.id}\t{len(e.texts)}\t{page_digest(e)}" for e in data]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_pages(path: Path = PAGES) -> dict[str, tuple[int, str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            page_id, blocks, digest = line.split("\t")
            out[page_id] = (int(blocks), digest)
    return out


def changed_pages(data: list[Example], path: Path = PAGES) -> list[str]:
    """Ids of fit pages whose blocks, features or labels differ from what training read (or that
    only one of the two readings has)."""
    recorded = read_pages(path)
    now = {e.gold.id: (len(e.texts), page_digest(e)) for e in data}
    return sorted(k for k in recorded.keys() | now.keys() if recorded.get(k) != now.get(k))


def _ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def labels(texts: list[str], gold_article: str) -> np.ndarray:
    """1 for blocks whose word trigrams (or the whole block, when shorter) occur in the gold article."""
    from ..evaluate.dragnet import _TOKEN

    gold_tokens = [t.lower() for t in _TOKEN.findall(gold_article)]
    grams = {n: _ngrams(gold_tokens, n) for n in (1, 2, 3)}
    y = np.zeros(len(texts))
    for i, text in enumerate(texts):
        tokens = [t.lower() for t in _TOKEN.findall(text)]
        if not tokens:
            continue
        n = min(3, len(tokens))
        mine = [tuple(tokens[j:j + n]) for j in range(len(tokens) - n + 1)]
        y[i] = sum(g in grams[n] for g in mine) / len(mine) >= LABEL_SHARE
    return y


def examples(root: Path) -> list[Example]:
    out = []
    for g in gold_pages(root):
        if g.validation:
            continue
        try:
            raw = g.html_path.read_bytes()
        except OSError:
            continue
        prepared = prepare(html_page(g.html_path.name, raw))
        if prepared is None:
            continue
        tree, title, _, from_text = prepared
        body = _body(tree)
        if len(_separate_articles(body)) >= 2:
            continue
        best = _densest(body)
        article = _article_from(best, title)
        blocks = page_blocks(body)
        texts = [b.text for b in blocks]
        x = features(blocks, best, article.title)
        head = [t for t in (article.title, article.byline, article.posted) if t]
        out.append(Example(g, head, article.title, texts, x, labels(texts, g.article), block_words(texts),
                           chains(blocks), article.text,
                           from_text[0].text.split("\n", 1)[0] if from_text else None))
    return out


def article_f1(e: Example, text: str) -> float:
    """Page article F1 as ``analyzer evaluate extraction`` computes it."""
    if e.cut_at:
        i = text.find(e.cut_at)
        if i > 0:
            text = text[:i].rstrip()
    return prf("\n".join(e.head + ([text] if text else [])), e.gold.article)[2]


def chosen_text(e: Example, p: np.ndarray, threshold: float, inside: float | None = None) -> str:
    """The article text ``html.py`` gives for block probabilities ``p`` and the two cuts."""
    cuts = np.where(e.x[:, FEATURES.index("in_densest")] > 0, threshold if inside is None else inside, threshold)
    text = choose_lines(e.texts, p, cuts, e.title)
    return e.rules_text if text is None else text


def _linear(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Linear:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit((x - mean) / scale, y, sample_weight=np.sqrt(w))
    return Linear(mean, scale, lr.coef_[0].astype(float), float(lr.intercept_[0]))


def _stack(data: list[Example], pick: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = [n for n in pick if len(data[n].texts)]
    return (np.vstack([data[n].x for n in rows]), np.concatenate([data[n].y for n in rows]),
            np.concatenate([data[n].words for n in rows]))


def _second(e: Example, p1: np.ndarray) -> np.ndarray:
    return np.hstack([e.x, stacked(p1, e.words, e.chain, e.x[:, FEATURES.index("in_densest")] > 0)])


def folds(data: list[Example], salt: str = "") -> list[int]:
    """Each page's fold in one assignment (``dragnet.fold_of``); ``""`` is the one the shipped
    weights' stacking uses."""
    return [fold_of(e.gold.id, salt) for e in data]


def first_stage_out_of_fold(data: list[Example], salt: str = "") -> list[np.ndarray]:
    """Stage-one probabilities of each page from a model that never saw it: the second stage
    learns from these, so it does not trust stage one more than it deserves on new pages."""
    fold = folds(data, salt)
    p1: list[np.ndarray] = [np.zeros(0)] * len(data)
    for f in range(FOLDS):
        x, y, w = _stack(data, [n for n, k in enumerate(fold) if k != f])
        model = _linear(x[:, _STAGE1_INDEX], y, w)
        for n, k in enumerate(fold):
            if k == f and len(data[n].texts):
                p1[n] = model.probabilities(data[n].x[:, _STAGE1_INDEX])
    return p1


def fit_second(data: list[Example], p1: list[np.ndarray], pick: list[int]) -> Linear:
    rows = [n for n in pick if len(data[n].texts)]
    x = np.vstack([_second(data[n], p1[n]) for n in rows])
    y = np.concatenate([data[n].y for n in rows])
    w = np.concatenate([data[n].words for n in rows])
    return _linear(x, y, w)


def fit(data: list[Example], p1: list[np.ndarray], threshold: float = 0.5, inside: float = 0.5) -> ArticleModel:
    x, y, w = _stack(data, list(range(len(data))))
    return ArticleModel(_linear(x[:, _STAGE1_INDEX], y, w), fit_second(data, p1, list(range(len(data)))), threshold,
                        inside)


def out_of_fold(data: list[Example], salt: str = "") -> list[np.ndarray]:
    """Each page's block probabilities from both stages fitted on the other folds of one assignment."""
    fold, p1 = folds(data, salt), first_stage_out_of_fold(data, salt)
    probs: list[np.ndarray] = [np.zeros(0)] * len(data)
    for f in range(FOLDS):
        second = fit_second(data, p1, [n for n, k in enumerate(fold) if k != f])
        for n, (e, k) in enumerate(zip(data, fold)):
            if k == f and len(e.texts):
                probs[n] = second.probabilities(_second(e, p1[n]))
    return probs


def cross_validate(data: list[Example]) -> tuple[float, float, dict[float, float], dict[float, float], float, float]:
    """Out-of-fold block probabilities of each fold assignment → the best two cuts by mean
    article F1 over pages and assignments, the F1 per cut, that of the rules alone and that of
    the labels themselves (the most a block choice can reach)."""
    runs = [out_of_fold(data, salt) for salt in FOLD_SALTS]

    def mean_f1(threshold: float, inside: float | None = None) -> float:
        return 100 * float(np.mean([article_f1(e, chosen_text(e, p, threshold, inside))
                                    for probs in runs for e, p in zip(data, probs)]))

    by_threshold = {t: mean_f1(t) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (round(by_threshold[t], 4), -abs(t - 0.5)))
    # Then the cut for blocks inside the rules' container, at most the other one.
    by_inside = {i: mean_f1(best, i) for i in INSIDE if i <= best}
    # Where the folds cannot tell cuts apart (within TIE points), the lowest: it keeps more of
    # what the rules chose, which is what they measured well on for years of pages.
    top = max(by_inside.values())
    inside = min(i for i, v in by_inside.items() if v >= top - TIE)
    rules = 100 * float(np.mean([article_f1(e, e.rules_text) for e in data]))
    oracle = 100 * float(np.mean([article_f1(e, chosen_text(e, e.y, 0.5)) for e in data]))
    return best, inside, by_threshold, by_inside, rules, oracle


@dataclass
class Measured:
    """``analyzer evaluate extraction`` figures, with or without the model."""

    figures: dict[str, float]
    info: dict[str, float]


def measure(root: Path, learned: bool) -> Measured:
    """The extraction evaluation's figures (its own scoring), with the model switched on or off."""
    from ..evaluate.extraction import score
    from .html import segment_html

    preds = []
    gold = gold_pages(root)
    start = time.perf_counter()
    for g in gold:
        try:
            seg = segment_html(html_page(g.html_path.name, g.html_path.read_bytes()), learned=learned)
        except OSError:
            preds.append((g, ("", "", 0)))
            continue
        article = "\n".join(filter(None, [t for a in seg.articles for t in (a.title, a.byline, a.posted, a.text)]))
        comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
        preds.append((g, (article, comments, len(seg.comments))))
    speed = round(len(gold) / (time.perf_counter() - start), 1)
    figures: dict[str, float] = {}
    for label, subset in (("fit", [p for p in preds if not p[0].validation]),
                          ("validation", [p for p in preds if p[0].validation])):
        figures |= score(subset, label)[0]
    return Measured(figures, {"pages_per_second": speed})


def train(shared: Path) -> str:
    start = time.perf_counter()
    root = shared / DATA
    data = examples(root)
    threshold, inside, by_threshold, by_inside, rules, oracle = cross_validate(data)
    model = fit(data, first_stage_out_of_fold(data), threshold, inside)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    write_pages(data)
    seconds = time.perf_counter() - start
    shipped_model.cache_clear()
    after, before = measure(root, True), measure(root, False)
    blocks = sum(len(e.texts) for e in data)
    positives = int(sum(e.y.sum() for e in data))
    CARD.write_text(render_card(len(data), blocks, positives, threshold, inside, by_threshold, by_inside, rules, oracle,
                                before, after, seconds), encoding="utf-8")
    f, b = after.figures, before.figures
    return (f"{len(data)} fit pages, {blocks} blocks, {positives} article blocks; threshold {threshold} "
            f"({inside} inside the rules' container); "
            f"5-fold fit article F1 {by_inside[inside]:.1f} (rules {rules:.1f}, label oracle {oracle:.1f}); "
            f"validation article F1 {b['validation.article_f1']:.1f} → {f['validation.article_f1']:.1f}; "
            f"fitted in {seconds:.0f} s")


def render_card(pages: int, blocks: int, positives: int, threshold: float, inside: float,
                by_threshold: dict[float, float], by_inside: dict[float, float],
                rules: float, oracle: float, before: Measured, after: Measured, seconds: float) -> str:
    b, a = before.figures, after.figures

    def row(label: str, key: str, unit: str = "") -> str:
        return (f"| {label} | {b['fit.' + key]:.1f}{unit} | {a['fit.' + key]:.1f}{unit} "
                f"| {b['validation.' + key]:.1f}{unit} | {a['validation.' + key]:.1f}{unit} |")

    curve = ", ".join(f"{t}: {v:.1f}" for t, v in sorted(by_threshold.items()))
    curve_inside = ", ".join(f"{t}: {v:.1f}" for t, v in sorted(by_inside.items()))
    return f"""# Model card: article text blocks in HTML (`analyzer/resources/article/blocks.json`)

- Task: which text blocks of an HTML page (one line of the page text, cut at block-level tags)
  belong to its article, once comments and page furniture are removed. Used by
  `analyzer/segment/html.py` (`extract_articles`) for a page with one article: the rules still
  find the densest container (the most paragraph text) and take title, byline and date from
  it; the model keeps, in page order, the blocks outside that container whose probability
  reaches {threshold} and those inside it that reach {inside} (both chosen by cross-validation). When it keeps none, the
  rules' text stays. Pages with several `<article>` posts keep the rules. Code:
  `analyzer/segment/article_model.py`; rebuild with `analyzer train article` (deterministic).
- Data: the dragnet 2012 pages and gold texts (`../shared/eval/extraction/dragnet`, Peters &
  Lecocq 2013, collected by Moz; **AGPLv3**, see its SOURCE.md), read as `analyzer evaluate
  extraction` reads them. Only the fit two thirds ({pages} pages with one article; {blocks}
  blocks, {positives} of them article) are read: a page whose id hashes into the validation
  third is skipped before anything is computed on it. A block is labelled article when at least
  {LABEL_SHARE:.0%} of its word trigrams occur in the gold article. The data stays under
  `shared/`; only {len(FEATURES)} weights and scalers derived from it ship here, and
  `data/models/article-pages.tsv`: each fit page's id, block count and a digest of its blocks,
  features and labels, by which a test tells whether the HTML route still reads the pages as
  training did (if not, the model is rebuilt).
- Method: logistic regression (scikit-learn, L2, C = {C}, lbfgs), each block weighted by the
  square root of its word count, over standardised features of the block: length in characters
  and words, link density, stop-word, punctuation, capitalised-word and digit shares, sentence
  end, short date / "by" / sharing-chrome lines; the tag of its block element (one-hot) and
  whether it is in a `<p>`; depth, depth relative to the densest container, position on the
  page and share of text before it; inside the densest container, its child, above it, tree
  distance to it; content vs furniture vs comment class/id words on the block or its ancestors
  (`selectors.py` lists), inside `<article>`/`<main>` or a list; after the h1, right after a
  heading, equal to the title; the same shape features of the two blocks before and after; and
  the page's text length and the densest container's share of it.
- Cross-validation (five folds over fit pages, grouped by page, repeated with {len(FOLD_SALTS)} assignments of
  pages to folds), mean page article F1 by
  threshold: {curve}; then by the cut inside the rules' container: {curve_inside}. Rules alone on the same pages: {rules:.1f}; the labels themselves (the most
  a block choice can reach with this segmentation): {oracle:.1f}. Fitting and cross-validation
  take {seconds:.0f} s on one core.
- Measured with `analyzer evaluate extraction` (rules alone, `segment_html(page, learned=False)`
  → rules + model):

| figure | fit before | fit after | validation before | validation after |
| --- | --- | --- | --- | --- |
{row("article F1", "article_f1")}
{row("article precision", "article_precision")}
{row("article recall", "article_recall")}
{row("comments F1", "comments_f1")}
{row("pages without gold comments given some", "invented_comments_share", " %")}

  Speed: {before.info['pages_per_second']} → {after.info['pages_per_second']} pages/s (evaluation runs, one core, shared machine).
- Known limits: English pages of 2012 only; the class-word features use our Persian lists but no
  Persian page taught their weights. Text removed before the model runs (furniture-named
  containers, `<header>`/`<aside>`/`<nav>`, hidden boxes) cannot come back. Title, byline and date
  stay the rules'.

""" + ("\n" + HISTORY if HISTORY else "")


# Notes on changes since the card's model was first built, kept when a training rewrites the card.
HISTORY = """\
## Session 15 (2026-11-24): HTML route fixes read against fit-page gold

Changes to `analyzer/segment/html.py`, each chosen on the fit pages only (validation read once, at the
end). While they were made, the article model's weights were refit three times at the cuts then
shipped (0.55 / 0.45), when a change made fit pages read differently (owner comments, SB Nation
boxes, page 39's and R180's short comments leaving the page); the figures in the table below are
for that model. Then `analyzer train article`, run on the merged code, re-chose the cut inside
the rules' container by cross-validation, 0.45 → 0.4 (94.1 at both to one decimal), with the same
weights: the card above and the shipped file are that training's (fit article F1 94.17 → 94.1,
validation 93.03 → 92.9, its table above).

- Article date from a plain dateline beside the title ("October 29, 2012 at 10:45 am by Todd
  Bishop", "Date: November 5, 2012 | Category: …") when no element is named for the date and the
  head declares none; also under the post's part of the head's `<title>` when no heading names
  the post. First fit articles dated 420 → 511 of 647; against the first date line of the gold
  article (394 pages have one) agreeing 265 → 339, disagreeing 13 → 14 (the 13 are gold-side
  sentences; the new one a BBC gallery's sidebar date).
- Comments: TypePad's `comment-by-owner` and Squarespace's `authored-by-NAME` read as marks of the
  writer (as `bypostauthor`), not another kind of box or an author field; runs grouped by kind of
  box (`comment cpic` / `comment recommended` / `comment` are one run) with boxes climbing to the
  wrapper their run climbs to; a comment's own header links (date, "Reply") no longer make it a
  link list; a `comment-meta` box that also holds the text box is no date field; `<dt>` headers
  name the writer after a number's link or as the item itself; "posted on DATE by NAME" footers;
  a text box is no name; completed items kept in page order.

| figure (fit) | before | after |
| --- | --- | --- |
| comments F1 | 95.21 | 96.75 |
| comments precision | 97.18 | 97.90 |
| comments recall | 93.88 | 95.93 |
| article F1 | 94.32 | 94.17 |
| article precision | 93.28 | 93.03 |
| article recall | 96.67 | 96.68 |

Validation (read once, after deciding): comments F1 92.19 → 93.44, precision 94.27 → 95.21, recall
90.92 → 92.61; article F1 93.08 → 93.03. All pages: articles dated 63.4 % → 78.2 %, comments with
an author 98.0 % → 99.2 %, comments linked to the one they answer 1286 → 1656. Article F1 loses
0.15 on fit pages: 0.07 because the evaluation counts a newly shown date beside the article text
that already holds it, the rest from the three refits (R684 and T127 each lose 0.25 at the block
cut on one of them).

Tried and dropped: the innermost date-named element as every comment's date field (left "| Permalink"
and "NAME —" lines in texts on four pages; kept only where the outer box holds the text box);
leaves anywhere inside a text box refused as names (whole comments sit in `comment_entry` boxes on
other sites, whose names were lost); reading lines past a long caption for the dateline (took an
"Originally published on …" line inside a story).

## Session 15, later (mine): Blogger's comment permalinks

A Blogger comment's permalink carries the moment it was posted ("?showComment=1183910280000", milliseconds
since 1970, UTC). A comment whose shown date has no year, or that shows none, takes its `posted_iso` from
it (`html._permalink_time`); the shown text stays `posted`. Blogger's older footer "# posted by NAME :
11:58 AM" no longer leaves "# posted by : 11:58 AM" in the comment's text. On the dragnet pages with such
links, comments with an ISO date 174 → 215 of 220 (T71's 41; the five left keep their permalink outside
the comment's box). Fit comments precision 97.90 → 97.92, recall 95.93 → 95.89 (T71's gold keeps its
footers as "Joe : 11:58 AM"), F1 unchanged (96.75).

Then (review): the class-marked flat replies of the Persian-layouts merge had linked all 31 replies
of fit page R990 (Movable Type, "comment comment-reply") to the nearest comment above, and every one
wrongly: each names its comment ("replied to <a href="#comment-6053598">comment from D. Parsons</a>").
A flat reply now answers the comment its in-page link names (an item's id or named anchor), else the
nearest one above: R990 30 of 31 right. Replies linked on all pages 1,656 → 1,687 with that merge, the
same count after the fix. The merge also moved comment tokens a little (fit P 97.92 → 97.95, R 95.89
→ 95.88, F1 96.75 → 96.76; validation P 95.21 → 95.25, R 92.61 → 92.56); baseline written.

## Session 17: a Persian news template's `comm_` boxes

A Persian news CMS (Entekhab's template) names its comments `div#comm_1928054`, their headers
`div.comm_info_bar` and the replies boxed inside them `div.comm_answer`, whose names
(`div.comment_answer_2`) no author word marks. `comm` is now a comment word and `bar` a part word,
and a box inside a found comment, marked as a comment, is a reply of its own when it opens with a
dated header (a short date element near its start, text after it) while the rest of the comment
still shows a date (`html._with_boxed_replies`). The fixture page reads right (names, dates, the
reply linked to its comment; a strict xfail before). On the 966 dragnet pages no comment changes
(author, date, parent and text of every comment compared before and after); fit page T127
(`comm-body`, `comm-date`) reads differently to the article model, so it was retrained: same cuts
(0.55; 0.4 inside), 5-fold 94.1; fit article F1 94.13 → 94.14, validation 92.94 → 92.98, comments
unchanged (96.76 / 93.44).

Session 18: in a `<dl>` thread (Thesis's theme: `dt.comment` with name and date, `dd.comment` with
the text), replies nested in the answered comment's `<dd>` (`dl.children` of `<dt>`/`<dd>` pairs)
are no longer part of its text: their headers and texts ran into it (a reply's text read twice).
14 fit dragnet pages change, each only by a comment's text losing its replies' (Paulo Coelho's
blog and other Thesis sites); no author, date or parent changes. The article model is unchanged
(its training gives the shipped file). `analyzer evaluate extraction`: fit comments F1 96.76 →
97.21 (precision 97.95 → 98.79, recall 95.88 → 95.86), validation 93.44 → 93.77 (95.25 → 95.93,
92.56 → 92.40); article F1 unchanged (94.14 / 92.98); baseline written.

Session 18 (later): a comment's text box that opens with its date (`div.comment_body` whose first
child is `div.comment_time`, under a header box of name, bio line and fan count) is now read as its
text, the date left out; it was passed over for holding a date, and the whole comment was read with
the writer's bio, follower count and "History |" buttons as its text (HuffPost, T61 and T121). 4 fit
dragnet pages change: on those two each comment loses those lines; on a bbPress forum (T53) the
table's "Author / Posts" header row, read as a comment, is left with no text and dropped; on 39 a
comment no longer holds a nested reply's text (that reply, not found as a comment, is lost: the
next change finds it). The article model is unchanged (its training gives the shipped file).
`analyzer evaluate extraction`: fit comments F1 97.21 → 97.13 (precision 98.79 → 98.82, recall
95.86 → 95.72: the gold keeps HuffPost's bio and fan-count lines, and 39's reply); article F1
unchanged (94.14); baseline written.

Session 18 (later): a comment header box that stayed whole because a long bio line or note made it
look like a comment ("This user has chosen to opt out of the Badges program") now grows as far as
the boxes of its shape that grew, to the comment-named box holding only it, when two or more grew
so; it stood for the whole comment, whose text and date were lost and the note read instead
(HuffPost, T61 and T121: 17 comments get their text and date). The comments' bodies then leave
T61's page with their boxes, so that page reads differently to the article model: it needs to be
retrained (`analyzer train article`; not done here). `analyzer evaluate extraction`: fit comments
F1 97.13 → 97.39 (precision 98.82 → 98.93, recall 95.72 → 96.02); article F1 unchanged (94.14);
baseline written.

Session 18 (later): two ways a comment went missing. A comment-named box shaped like the found
comments but holding some of them (replies nested in it) was taken for their wrapper, even with a
text box of its own; it now counts as a comment (39: two comments found, a writer's name no longer
taken from a nested reply; Slashdot 360: one reply found; SB Nation T54: one). And a comment saying
"no comments" (or "هنوز نظری") in passing was dropped as a "No comments yet" notice; a notice is now
at most 300 characters (39: a reply found). The article model's inputs do not change.
`analyzer evaluate extraction`: fit comments F1 97.39 → 97.40 (recall 96.02 → 96.03); article F1
unchanged (94.14); baseline written.

Session 18 (later): three more comment fields. A short sentence naming a date ("we'll make it to
1/1/2013.") is no longer the comment's date field (T145). A writer named after the date and a dash
or bar ("DATE — Pentangelis (not verified)", Drupal's guests) is read (R700: 9 comments named,
R698: 2, R7: 1). Tried and reverted at the merge: a comment box whose class says "published"
(Drupal's `comment-published`, HuffPost's `published_comment`) tried last as the date field (a
short comment's whole box is its date, left out of its text, and the comment dropped: T121, R700,
6 comments). It found them (fit comments F1 97.40 → 97.44) but lowered validation comments recall
92.4 → 91.6 (F1 93.8 → 93.0; each commit measured as a whole, no page read): the order of the
date-named elements also decides, for other templates, which element is the date and which the
text; a strict xfail keeps the case. Then the article model was retrained (`analyzer train
article`; T61 reads differently since the header-box change): threshold 0.55 → 0.65, 0.4 → 0.45
inside the rules' container, 5-fold fit 94.1 → 94.2. `analyzer evaluate extraction`, session 18's
start → its end: fit article F1 94.14 → 94.35, comments F1 96.76 → 97.42; validation article F1
92.98 → 93.29, comments F1 93.44 → 93.79; baseline written.

## Session 19: comment names, times and lost replies (HTML helper), and cuts over five fold assignments

Found on the fit pages with a script listing them by comments recall and showing the gold lines we
miss (no validation page read; the aggregate validation line read after each change).
- The name written before the date link ("K. Orr — <a>DATE</a>") is read before the first short
  name-like leaf, often the comment's greeting ("Hi Tim,"), taken for the author and cut from the
  text (39, 431, R246: 23 comments).
- A time alone ("7:28 PM") is a comment's shown date in a date-named element (Blogger's
  `span.comment-timestamp`) or after the name's link ("posted by <a>Joe</a> : 11:58 AM"); the
  permalink moment is looked for in the `<dd>` footer too (R103, R213: dated; T71: 41 times shown).
  A time after a bar stays with the date ("Nov 06 2012 | 1:23 pm": R341, R342, 31 comments).
- A reply nested in a found run is taken although its linked title (SB Nation, Slashdot) or the
  addresses it shares (Drupal's `div.indented`) outweigh its text; the run itself is chosen as
  before (either discount for choosing it gave one validation page without gold comments comments).
- By-line names may end in "!" or "..." ("NolesStat!"), carry a user number ("(452319)"), and have
  up to 8 words between "Posted by:" and the date; a count ("1000 Fans") is no author field, and a
  long author box gives its linked name (HuffPost's "Fans"). bbPress's dated `div.bbp-reply-header`
  before a post is its header. A header box grows to its text past a reply nested in that text.
- Tried and not kept: a titled comment's empty text box as its text, the title then its text
  (validation comments recall 92.62 → 92.61; a strict xfail keeps the case).

The comments found on R683 and R684 leave their pages, which then read differently to the article
model, so it was retrained at the merge. Its cuts are now chosen on the mean over five assignments of
pages to folds (`article_train.FOLD_SALTS`), as the text-split model's are: retrained with one
assignment it picked 0.55 / 0.4 inside (validation article F1 93.0), with five 0.6 / 0.45 (mean
5-fold 94.2; cuts 0.55 and 0.6 equal to one decimal, 0.65 shipped before). `analyzer evaluate
extraction`, session 19's start → its end: fit article F1 94.35 → 94.27, comments F1 97.42 → 97.65
(precision 98.95 → 98.93, recall 96.06 → 96.49); validation article F1 93.29 → 93.11, comments F1
93.79 → 93.89 (recall 92.43 → 92.62); all pages: comments 6542 → 6639, with an author 99.3 → 99.4 %,
shown dates parsed 94.37 → 94.46 %; baseline written.
"""
