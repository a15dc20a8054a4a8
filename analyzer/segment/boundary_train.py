"""``analyzer train text-split``: fit the thread-start model on the dragnet fit pages.

Data: the dragnet gold texts (``../shared/eval/extraction/dragnet``, AGPLv3; see its
SOURCE.md) with the separator removed, exactly as ``analyzer evaluate text-split`` reads
them. Only the fit two thirds are read: a page whose id hashes into the validation third
(``dragnet.is_validation``) is skipped before anything is computed on it.

Each kept, non-blank line is one example; the first such line at or after the separator
is the positive. The weights are a scikit-learn logistic regression over standardised
features (``boundary.FEATURES``). Its regularisation and the cuts that turn probabilities
into a thread start (``boundary.Cuts``) are chosen together by five-fold cross-validation
over fit pages grouped by page: each fold's model scores pages it never saw, and the
choice that puts the thread start within one line on most of those pages wins. The shipped weights are then fitted on all
fit pages. Inputs are sorted and the solver is deterministic, so a rebuild gives the same
JSON.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..evaluate.dragnet import FOLD_SALTS, FOLDS, GoldPage, dump_lines, fold_of, gold_pages, nonblank_index, prf
from .boundary import FEATURES, MODEL_PATH, BoundaryModel, Cuts, features, shipped_model
from .text import _choose_start, _Page, _read, _split, page_view

DATA = "eval/extraction/dragnet"
CARD = Path(__file__).resolve().parents[2] / "data" / "models" / "text-split.md"
# Inverse L2 strength of the logistic regression, chosen by the same cross-validation as the
# cuts: stronger regularisation (smaller C) trusts the fit pages' quirks less.
CS = [0.003, 0.01, 0.03, 0.1, 0.3]
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 17)]
OVERRULES = [0.7, 0.8, 0.9, 0.95, 2.0]  # 2.0: the model never moves a thread the rules found
# (window, local): 0 lines is "the model never picks a line near the rules' start"
LOCALS = [(0, 1.0)] + [(w, q) for w in (1, 2, 3, 4, 6) for q in (0.05, 0.1, 0.2, 0.3)]


@dataclass
class Example:
    """One fit page read for training: its lines as ``text.py`` sees them, its features, its gold."""

    gold: GoldPage
    page: _Page
    idx: list[int]
    x: np.ndarray
    y: np.ndarray  # 1 on the thread-start line, else 0


def examples(root: Path) -> list[Example]:
    out = []
    for g in gold_pages(root):
        if g.validation:
            continue
        page = _read("\n".join(dump_lines(g.lines)))
        idx, x = features(page_view(page))
        y = np.zeros(len(idx))
        if g.split is not None:  # the gold split, counted in non-blank lines (the dump has fewer blanks)
            split = nonblank_index(g.lines, g.split)
            k = next((k for k, i in enumerate(idx) if nonblank_index(page.lines, i) >= split), None)
            if k is not None:
                y[k] = 1.0
        out.append(Example(g, page, idx, x, y))
    return out


def fit(data: list[Example], c: float, cuts: Cuts = Cuts(0.5, 2.0)) -> BoundaryModel:
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([e.x for e in data if len(e.idx)])
    y = np.concatenate([e.y for e in data if len(e.idx)])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=c, max_iter=5000)
    lr.fit((x - mean) / scale, y)
    return BoundaryModel(tuple(FEATURES), mean, scale, lr.coef_[0].astype(float), float(lr.intercept_[0]), cuts)


def page_figures(e: Example, start: int | None) -> tuple[bool, float, float, int]:
    """As ``analyzer evaluate text-split`` scores a page: start right, article F1, comments F1, comments."""
    seg, cut = _split(e.page, start)
    g = e.gold
    article = "\n".join(filter(None, [t for a in seg.articles for t in (a.title, a.byline, a.posted, a.text)]))
    comments = "\n".join(filter(None, [t for c in seg.comments for t in (c.author, c.posted, c.title, c.text)]))
    if g.split is None:
        right = cut is None
    else:
        right = cut is not None and abs(nonblank_index(e.page.lines, cut) - nonblank_index(g.lines, g.split)) <= 1
    return right, prf(article, g.article)[2], prf(comments, g.comments)[2], len(seg.comments)


def summarise(data: list[Example], starts: list[int | None],
              cache: dict[tuple[int, int | None], tuple[bool, float, float, int]] | None = None) -> dict[str, float]:
    """The fit figures for one start per page; ``cache`` keeps pages already split at a start."""
    cache = {} if cache is None else cache
    rows = []
    for n, (e, s) in enumerate(zip(data, starts)):
        if (n, s) not in cache:
            cache[(n, s)] = page_figures(e, s)
        rows.append(cache[(n, s)])
    with_c = [r for e, r in zip(data, rows) if e.gold.split is not None]
    without = [r for e, r in zip(data, rows) if e.gold.split is None]
    return {"start": 100 * np.mean([r[0] for r in rows]), "article_f1": 100 * np.mean([r[1] for r in rows]),
            "comments_f1": 100 * np.mean([r[2] for r in with_c]),
            "invented": 100 * np.mean([r[3] > 0 for r in without])}


@dataclass
class Choice:
    """What cross-validation chose, with the fit figures at it and those of the rules alone."""

    c: float
    cuts: Cuts
    figures: dict[str, float]
    rules: dict[str, float]


def folds(ids: list[str], salt: str = "") -> list[int]:
    """Each page's fold in one assignment (``dragnet.fold_of``)."""
    return [fold_of(i, salt) for i in ids]


def out_of_fold(data: list[Example], c: float, salt: str = "") -> list[np.ndarray]:
    """Each page's line probabilities from the model fitted on the other folds."""
    fold = folds([e.gold.id for e in data], salt)
    probs = [np.zeros(0)] * len(data)
    for f in range(FOLDS):
        model = fit([e for e, k in zip(data, fold) if k != f], c)
        for n, (e, k) in enumerate(zip(data, fold)):
            if k == f and len(e.idx):
                probs[n] = model.probabilities(e.x)
    return probs


def cross_validate(data: list[Example]) -> Choice:
    """Out-of-fold probabilities for each C and fold assignment → the C and cuts with the best
    fit figures, averaged over the assignments.

    The score is the share of pages whose start is right plus a hundredth of comments F1 (a
    tie-break); among equal scores the cuts nearest 0.5, the most cautious overrule, the
    narrowest window and the strongest regularisation win.
    """
    grid = [Cuts(t, o, w, q) for o in OVERRULES for t in THRESHOLDS for w, q in LOCALS]
    scored = []
    cache: dict[tuple[int, int | None], tuple[bool, float, float, int]] = {}
    for c in CS:
        runs = [[summarise(data, [_choose_start(e.page, e.idx, p, cuts) for e, p in zip(data, probs)], cache)
                 for cuts in grid] for probs in (out_of_fold(data, c, salt) for salt in FOLD_SALTS)]
        for k, cuts in enumerate(grid):
            figs = {name: float(np.mean([run[k][name] for run in runs])) for name in runs[0][k]}
            t, o, w, q = cuts.threshold, cuts.overrule, cuts.window, cuts.local
            key = (round(figs["start"] + figs["comments_f1"] / 100, 6), -abs(t - 0.5), o, -w, q, -c)
            scored.append((key, c, cuts, figs))
    _, c, cuts, figs = max(scored, key=lambda s: s[0])
    rules = summarise(data, [e.page.rule_start for e in data], cache)
    return Choice(c, cuts, figs, rules)


def train(shared: Path) -> str:
    start = time.perf_counter()
    root = shared / DATA
    data = examples(root)
    choice = cross_validate(data)
    model = fit(data, choice.c, choice.cuts)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - start
    shipped_model.cache_clear()
    from ..evaluate import text_split

    measured = text_split.run(root).figures
    rules_only = text_split.run(root, learned=False).figures
    positives = int(sum(e.y.sum() for e in data))
    lines = sum(len(e.idx) for e in data)
    CARD.write_text(render_card(len(data), lines, positives, choice, measured, rules_only, seconds), encoding="utf-8")
    cuts, cv, rules = choice.cuts, choice.figures, choice.rules
    return (f"{len(data)} fit pages, {lines} lines, {positives} thread starts; C {choice.c}, threshold "
            f"{cuts.threshold}, overrule {cuts.overrule}, window {cuts.window} at {cuts.local}; 5-fold fit figures: "
            f"start {cv['start']:.1f} %, comments F1 "
            f"{cv['comments_f1']:.1f} (rules alone {rules['start']:.1f} %, {rules['comments_f1']:.1f}); "
            f"validation: start {measured['validation.start_within_one_line']:.1f} %, comments F1 "
            f"{measured['validation.comments_f1']:.1f}; fitted in {seconds:.0f} s")


SHAPES = """- After the model, not part of it: where neither the header patterns nor the model find a thread,
  `text._shape_headers` reads headers by their shape, not their wording (`text.header_shape`: date
  and time spans, linking and chrome words such as "at", "|", "Reply" dropped, a short name or
  nothing left: "Peter Lang | Nov 5, 2012 at 3:41 pm | Permalink" is `N D`; a name beside a date
  in any letter case; "NAME says:" / "said:" / "wrote:" without one, or over a date line). Two or
  more lines of one shape past the byline lines make a thread (bare dates three); one alone, past
  the opening lines, heads a comment when it names someone the article did not and carries a time
  of day, "ago" or "says" ("Reuters November 7, 2012" is a dateline, "NAME said:" a quotation).
  The model never sees these headers, so they change neither its training nor its cuts. Chosen on
  fit pages only, from two checks that do not depend on the patterns the rules were written from:
  each fit page with a thread the patterns find, read again with the header kinds of its own
  thread removed (a site no pattern knows; 182 pages): start right 41.8 → 77.5 %, comments F1 51.7
  → 86.9 (rules and model; 72.0 % and 84.4 with names in capitals only, no "said:"/"wrote:" runs
  and no "NAME says:" over a date line); and each fit page's article alone (its thread cut off at
  the gold split; 193 pages): comments given to 3 before and after. Of the 13 fit pages whose
  thread uses a header kind that at most two fit pages use (date-by, title-score, posted,
  name-colon-time, commenter-footer, by-date, unverified, name-on-date-said, name-comma-on-date),
  9 keep their thread start with that kind removed (6 before). `analyzer evaluate text-split`: fit 97.1 /
  98.3 / 96.0 / 0.4 unchanged, validation 91.5 / 97.0 / 86.1 / 1.9 → 91.8 / 97.0 / 87.0 / 1.9
  (start / article F1 / comments F1 / invented; the same with and without the any-case names,
  "said:" runs and "says:" over a date); `analyzer evaluate extraction` unchanged. No validation
  page's text or per-page output was read; validation was measured as a whole only, ten times in
  all over the variants below and this one. Both fit checks: `python
  benchmarks/text_split_unseen_sites.py`.
"""

TRIED = """- Tried and not kept (issue #5; figures of `analyzer evaluate text-split` as start / article F1 /
  comments F1 / invented, fit then validation, against what shipped before the shape headers above:
  97.1 / 98.3 / 96.0 / 0.4 and 91.5 / 97.0 / 86.1 / 1.9):
  - A lone pattern header with a name and a date (the patterns want two of a weak kind), read as
    a comment past the opening lines and in the page's back half, as a footer when nothing follows
    it: 97.4 / 98.3 / 97.0 / 0.4 and 91.2 / 97.0 / 86.1 / 2.3; anywhere past the third line, with
    "NAME says:" and a wider "ago" ("42 min ago", "an hour ago"): the same validation figures. No
    validation thread found, one more page given comments.
  - The shape headers above inside the rules (the model sees them; retrained): with a lone untimed
    name and date allowed and the wider "ago", before retraining 97.4 / 98.3 / 97.0 / 0.4 and 91.8 /
    96.8 / 88.8 / 2.8, retrained 97.4 / 98.4 / 96.6 / 0.4 and 91.5 / 96.6 / 87.6 / 2.3; without the
    wider "ago", retrained 97.4 / 98.3 / 97.0 / 0.4 and 91.8 / 96.8 / 88.0 / 2.3; with a time required
    of a lone header, retrained 97.1 / 98.4 / 95.6 / 0.4 and 91.5 / 96.9 / 86.6 / 1.9. Not kept:
    article F1 and invented worse on validation; a lone untimed header breaks the rule that an agency
    dateline ("Reuters November 7, 2012") is no comment (its test); each retraining moved the cuts
    (threshold 0.15 to 0.3, window 2 to 6) and the fit figures with them; and the wider "ago" made a
    Twitter box ("YahooSports 18 mins ago", three times) a thread in `analyzer evaluate extraction`
    on two fit pages.
  - Where the validation loss is (counted by category only, no validation page read): 10.4 of its
    13.9 lost comments-F1 points are on 11 of 106 pages where neither rules nor model find a thread,
    short pages (6 to 42 kept lines, threads of 1 to 24 lines, most under 8) with no header
    pattern or one or two weak ones; 1.5 on pages whose start is right, 2.0 on 12 pages whose start
    is wrong (`analyzer evaluate text-split` prints this split). On fit pages
    with the start right, much of the loss is the gold's wording: it keeps header words ("says",
    "Posted on") and name and date glued into one token ("Renae7/10/2012"), which the comment's
    author and date fields cannot give back.
  - Runs of same-shape header lines (`_shape_run_headers`, a date or time in each): as a rule
    where no pattern fires it changes no figure; as two model features, retrained: 97.1 / 98.2 /
    95.8 / 0.4 and 91.8 / 97.1 / 87.0 / 1.9, but only because cross-validation chose the threshold
    0.15: on fit pages 0.15 and 0.2 put the start right on the same 623 pages (one more thread
    found, one more page given comments it lacks) and the comments-F1 tie-break chose 0.15; a how-to
    list ("Step 1 (2)") then becomes a thread (p 0.18). About 10 % slower (profiled).
  - Fit pages read again without the patterns of their own headers (a site the rules do not know),
    in training and in choosing the cuts, with no more pages given comments than the rules give:
    96.4 / 98.3 / 94.6 / 0.4 and 90.9 / 96.7 / 86.5 / 2.3. Without that cap cross-validation chose
    the threshold 0.1, giving comments to 2.6 % of fit pages without any.
  - Fit threads cut after their first comment (140 readings, a one-comment thread as on the missed
    validation pages), in training: with the cuts chosen on both readings 96.3 / 97.9 / 97.1 / 2.2
    and 90.3 / 96.0 / 88.1 / 3.8 (more comments found, more invented, article and start lower);
    with the cap above 96.6 / 98.2 / 94.8 / 0.4 and 90.6 / 96.9 / 84.9 / 1.9; cuts chosen on the
    pages as read 96.9 / 98.4 / 95.0 / 0.4 and 90.6 / 96.6 / 84.3 / 1.9; only the cut readings the
    rules find nothing in, with four "lone header" features 96.8 / 98.1 / 94.6 / 0.4 and 90.3 / 96.2
    / 83.1 / 1.9; cross-validation answered the last three with thresholds of 0.75 to 0.8.
  - A feature for a header shape that comes back on a page while the rules took none of its lines:
    weight 0.01, no figure changed, and the retrained model put "Step 1 (2)" above its cut.
  - Separate weights for pages where the rules accept no header, fitted without the five
    accepted-header features: better out of fold on fit pages (start 96.6 against 96.4 %, comments
    F1 95.3 against 94.8, as few invented; 69 against 68 % of one-comment readings right), but
    96.9 / 98.2 / 95.5 / 0.4 and 91.5 / 97.0 / 86.1 / 1.9 measured, and "Step 1 (2)" a thread.
    Fitting those weights on the one-comment readings the rules find nothing in as well: out of
    fold, at as few invented, 68 % of one-comment readings right, no gain (not measured further).
  - Out of fold on fit pages a model fitted as shipped finds the start of 68 % of one-comment threads (the
    rules alone 62 %); the threshold 0.1 instead of 0.2 would find 74 % and give comments to 1.5 %
    of pages without any instead of 0.4 %: finding lone comments needs cues that tell them from an
    article's last lines, not a lower cut.
"""
# Rules added after the model (issues #5: short pages, then sites the patterns do not know), kept
# here so that `analyzer train text-split` writes them back into the card.
LATER = """- Short pages (issue #5, after the shape headers; rules only, no retraining: the model's features
  read the header patterns and the rules' "Comments" line, which now know shapes the model never
  saw in training, and no fit page's figures moved). Found with 30 hand-made short dumps of a post
  and one to three comments in real platforms' shapes
  (WordPress, Blogger, TypePad, Movable Type, LiveJournal, Drupal, phpBB, Squarespace, Disqus,
  Medium, Facebook, the Guardian, the BBC, the NYT, Blogfa, persianblog, blogsky, Persian news
  sites) and 26 short pages without comments that look like threads (post footers, datelines,
  signatures, quotes, interviews, lists of dated entries, credits): `tests/test_segment_text_short.py`,
  each thread also read without its "Comments" heading, as the dragnet gold gives threads.
  - The opening (`PAIRED_AFTER`, `BYLINE_LINES`: bylines and datelines among a page's first six
    lines) ends earlier on a short page: at a thread heading below the article's first line of
    prose, or at the first line below that prose in the page's back half (chrome lines not
    counted); a dated header there, a few lines above the next header of its kind, opens the
    thread. A standfirst sentence above a byline does not end it (fit pages 168, R269, R941:
    the article's text follows the byline, which stands in the front half). A lone header let in
    this way needs comment text below it, and no dateline word ("Updated"), credit label
    ("Photo:") or name the article gave ("— Mayor Lee").
  - Bare name lines right under such a heading head comments, one alone or in title case.
  - Thread headings read by the text route only (`MORE_THREAD_STARTS`: "2 comments:", "One
    Response to TITLE", "Responses (2)", "Comments 1 - 2 of 2", "Readers' Comments", "نظرات
    بینندگان"); in `THREAD_START` they made the HTML route read pingbacks under "One Response to"
    as a thread.
  - Dates with the time first when "on" or a dash joins them ("10:14am on 06 Nov 2012",
    "۱۰:۳۰ - ۱۳۹۱/۰۸/۱۲"; with a comma the HTML route took a time into an article's date and
    `analyzer evaluate extraction` fit article F1 fell 0.01), Persian noon marks ("ق.ظ", "ب.ظ"),
    Blogger's time alone under a "said..." comment, phpBB's "by NAME » DATE", a lone Facebook
    "Like · Reply · 2d", numbered "N. At TIME on DATE, NAME wrote:", Persian news sites' comment
    counters as clutter, Blogfa's post footer as the post's byline and date.
  - No thread on three or more lines of a name or title beside a date with nothing between them
    (related posts, archives, changelogs); an author box ("Priya writes about design") under a
    lone header; a thread holding no comment leaves the whole page to the article.
  - Figures: `analyzer evaluate text-split` fit 97.1 / 98.3 / 96.0 / 0.4 unchanged (every fit
    page's start, article F1, comments F1 and comment count the same but one article F1, R361
    0.997 → 1.0; comments F1 95.98 as on main, stored rounded as 96.0); validation 91.85 / 97.03 /
    87.03 / 1.88 → 91.85 / 97.03 / 87.30 / 1.88 (one more thread found; pages with comments whose
    start is right 79.25 % before and after), measured as a whole three times in all (86.4 and
    invented 1.4 with the first-name check below; then 87.3 twice, before and after the last three
    fixes, which change no fit figure). `benchmarks/text_split_unseen_sites.py` (fit only): without their own
    patterns 78.0 % / 86.9 → 78.0 % / 87.2, articles alone 1.6 % given comments, article F1 98.0 →
    98.1, and a new check, fit pages made short (title and the article's last two lines over the
    thread): start right 86.5 → 89.1 %, comments F1 91.5 → 94.0, none of 453 short pages without
    comments given any, before and after. `analyzer evaluate extraction`: per-page output on fit
    pages the same as before. No validation page's text or per-page output was read.
  - Tried and not kept: an author box read from any later mention of the lone commenter's first
    name (a signature "Thanks, Chris", a name such as "Will" or "Mark" in a sentence): validation
    comments F1 87.0 → 86.4 and invented 1.9 → 1.4 (the first measurement), and fit pages without
    their own patterns 78.0 % / 86.9 → 77.3 % / 86.3; a name over "Posted DATE at TIME" as one
    header (one more fit one-comment reading right, but a post signed "Helen" over "Posted DATE"
    became a comment); Jetpack related posts (a title over a date over 'In "Recipes"') as a list:
    dropping the category line as clutter and no headers when none has text between broke the
    Squarespace short thread and fit page R900 (comments F1 0.86 → 0.43); Hacker News's "parent",
    "next" as header chrome ("next" also opens navigation lines).
  - Left unfixed (known limits, `LIMITS` in the test file): a name over a location over a date
    (the NYT), "2 hrs ago" (the wider "ago" made a Twitter box a thread, above), forum posts (SMF's
    "« Reply #1 on: DATE »"), Hacker News lines, a list of events (a title over a date and time
    over a description), Jetpack related posts, photo credits the model takes for a thread; and
    without a thread heading, bare names (an article's sections are headed like that) and, with the
    rules alone, the BBC's first "N. At TIME on DATE, NAME wrote:" among a short page's first lines.
    The 10 validation pages whose thread is still not found (9.4 comments-F1 points) were not read;
    the 4 such fit pages end in a lone untimed name and date ("October 19, 2012 Fazal Majid", "Aylak
    Monday, November 5 2012"; tried above, before this work, and not kept), a bbPress header, and a
    lone bare name over its text ("Marcia").
- Sites the patterns do not know (issue #5, session after the short pages; rules only, no
  retraining: no feature of the model changed, and the one new pattern, SMF's "« Reply #1 on: DATE
  »", is a strong header kind the model's features read as such). Found from the fit pages that
  `benchmarks/text_split_unseen_sites.py` gets wrong with their own patterns removed, and from
  hand-made dumps; no validation page was read.
  - Header shapes read past comment numbers and ids: "1. NAME · DATE", Drupal's "DATE | 2691543
    NAME", Slashdot's "by NAME (uid) <mail> on DATE (#id)", a handle after a name ("Luke · DATE ·
    @lukejohnso"). A run of "by NAME on DATE" shapes is a thread; one alone stays a byline. A date
    in brackets without a time dates a cited title ("3. Hamdan Again (Oct. 27, 2005)"): no shape
    header (a list of them is still a list). Hacker News's "parent", "next", "context" are dropped
    inside a header's shape ("jdoe 3 hours ago | parent | next [–]" is `N D`), not made chrome
    lines (tried before, above); a navigation line "Next TITLE November 6, 2012" was already a
    header to the name-date pattern (checked on main with a hand-made page).
  - Shape runs: a date line under a name line and one under a line that reads as no name ("PG
    Marv") are one shape, dates with a time of day told apart from those without (tour dates over a
    thread); a run's first headers that the whole article parts from the rest (a byline in the
    thread's own shape) are dropped wherever they stand, as `_drop_opening_dateline` drops them
    among the opening lines. Shape headers now also come after threads the rules found: a run of
    one shape that opens above the rules' thread and goes on among its headers is the same thread
    (where the rules found two headers or more, none a bare name); over bare-name headers only, a
    run of named shape headers takes the thread.
  - Disqus: guests' bare names ("Amy D.", "Anonymous") among linked names ("http://twitter.com/x
    NAME") head comments. The NYT's place under a commenter's name ("Jane Doe" over "Boston" over
    "Nov. 6, 2012") is not the author. A time on its own line under a comment's date ("August 9th,
    2012" over "2:13 pm") is part of the date, taken in once the headers are chosen (taken in
    before, it carried a news page's dateline past the opening lines: a hand-made test). TypePad's
    "The comments to this entry are closed." ends the page (it left a footer thread read top-down).
    A "Re: TITLE" line is a reply's title, never its author. Authors lose a leading id ("| 2691543
    malikai"), which the gold keeps: fit comments F1 95.98 → 95.97 from that alone.
  - Short-page limits that now pass: nyt-location and forum-smf (with and without their heading),
    hn-style (with its heading).
  - Figures. `python benchmarks/text_split_unseen_sites.py` (fit only): without their own patterns
    78.0 % / 87.2 → 86.8 % / 92.4 (start right / comments F1, 182 pages); articles alone 3 of 193
    given comments before and after, article F1 98.1; made short 89.1 % / 94.0 → 90.2 % / 94.1, none
    of 453 given comments. `analyzer evaluate text-split`: fit 97.06 / 98.26 / 95.98 / 0.44 → 97.53 /
    98.43 / 96.05 / 0.44 (start / article F1 / comments F1 / invented; R588, R893, R656 better, no
    fit page worse but T21 and T145 by the ids); validation 91.85 / 97.03 / 87.30 / 1.88 → 91.85 /
    97.26 / 87.55 / 2.35 (pages with comments whose start is right 79.25 → 80.19 %): one more
    validation page with comments found and one more page without comments given some (4 → 5 of
    213), which the fit checks did not show and which was not found (no validation page read).
    Measured as a whole three times: after the first eight commits, after the time-line fix, and
    at the end; the same figures each time. A further fit check, each fit page's HTML read as a
    whole-page text dump (`html.block_text`, menus and sidebars included): pages without comments
    given some 258 → 257 of 454; it found the byline and Blogger problems above. `analyzer
    evaluate extraction`: the same figures to one decimal. About 5 % slower (profiled on fit
    pages: the shape headers now run on pages with a thread too).
  Then the model retrained on the features these rules give (`analyzer train text-split`, which must
  rebuild the shipped file; no feature changed, their values did): cross-validation chose a window of
  3 lines instead of 2, which on a short page reached up from the rules' thread to the byline and
  gave the whole article to the thread (`medium-responses` in `tests/test_segment_text_short.py`).
  So the window no longer reaches above the article's first line of prose when the rules' thread
  starts below it, and the model was retrained with that rule. `analyzer evaluate text-split` fit
  97.53 / 98.43 / 96.05 / 0.44 → 97.53 / 98.44 / 96.04 / 0.44, validation 91.85 / 97.26 / 87.55 /
  2.35 → 91.85 / 97.09 / 87.57 / 2.35 (validation read twice more this session: by the training
  command's own report, with and without the prose rule, and by this evaluation). `python benchmarks/text_split_unseen_sites.py`: start right
  86.8 → 87.4 %, comments F1 92.4 unchanged; articles alone and short pages unchanged.
  - Tried and not kept: Drupal's avatar line ("malikai's picture") as clutter: fit comments F1
    95.98 → 95.93 (the gold keeps those lines). Not done on purpose: a lone "NAME said:" or "NAME
    wrote:" read by its shape over a date line closing its text (three fit pages in the unseen
    check): the "says" pattern already reads that shape, so it would raise the check without
    reading any new site.
- Lone comments (issue #5, session after the sites the patterns do not know; rules only, no
  retraining: the model's features are what they were on every fit page, the stale-model test
  passes). Found from fit pages only, with the checks of `benchmarks/text_split_unseen_sites.py`,
  a new one among them (fit threads cut after their first comment, as the segmenter reads them:
  most short threads the validation pages miss are one or two comments), and a page's HTML read
  as one text dump (menus and sidebars included) for pages without comments.
  - A short page's one comment among its opening lines (`text._closes_a_short_page`): a header
    naming someone the article did not, with a time of day (on its line or on a time line under
    the date) and comment text under it, and no more words under it than above, where the post
    has no line of prose to end the opening (link titles, a note without a full stop).
  - The rules' one header, a byline a pattern counts alone among the opening lines ("by John on
    July 22, 2012" under the title), gives way to a run of shape headers below it
    (`text._byline_over_a_thread`); and alone, above the article's first prose, it is no comment.
  - The last look, after the model and the shape headers (`text._with_lone_dated_header`): a lone
    pattern header naming someone beside a date without a time ("written by Tony, October 24,
    2012", "1. Joel Leigh - 29 August, 2011", "Jamie Wayne, on November 7th, 2012") past the
    opening lines, its first four lines below in a reader's voice (`text_patterns.CHATTY`, the
    model's chatty words, or "?" / "!": "Reuters November 7, 2012" over a news sentence stays a
    dateline); not a name with a comma, a label ("Date:"), link words only ("Permalink"), a dash
    opening the line (an embedded tweet), a dateline word opening it ("Posted on DATE by NAME"),
    a comment count ("0 Comments"), or a name the article gave. Else a lone handle with a digit
    ("h4rm0ny", "Alain41") over text in a reader's voice near the page's end.
  - Figures (start / article F1 / comments F1 / invented): `analyzer evaluate text-split` fit
    97.53 / 98.44 / 96.04 / 0.44 → 97.68 / 98.45 / 96.56 / 0.44; validation 91.85 / 97.09 / 87.57
    / 2.35 → 92.48 / 97.37 / 88.51 / 1.88 (no thread found on 10 → 9 validation pages, 9.4 → 8.5
    comments-F1 points; one page without comments no longer given some, by the lone byline).
    `benchmarks/text_split_unseen_sites.py`: without their own patterns 87.4 % / 92.4 → 87.9 % /
    92.5; articles alone given comments 3 → 2 of 193, article F1 98.1 → 98.6; made short 90.2 % /
    94.1 → 91.7 % / 95.6, none of 453 given comments before and after; threads cut after their
    first comment 80 → 88 of 100 starts right (rules alone 78 → 87 of 98). Pages without
    comments read from their HTML as one dump: 240 of 454 given comments before and after (257
    before the guards on labels, dateline words, comment counts and the four-line voice).
    `analyzer evaluate extraction` unchanged. No validation page's text or per-page output was
    read; validation was measured as a whole about ten times this session, once or twice per
    change, and printed by the training command's report on each run (the retrained model below,
    then the shipped model each time this card was rebuilt).
  - Tried and not kept: the lone dated header inside the rules, where the model sees it: it
    changed two fit pages' features, and the retrained model (cross-validation chose threshold
    0.15, window 2; its report: validation start 92.2 %, comments F1 88.5) made "Step 1 (2)" a
    thread and the unseen-sites check fell 87.0 → 86.4 %. The same header before the shape
    headers: a lone "sampath, on DATE" kept a run of that shape from the thread (unseen check
    87.9 → 87.4 %). Re-scoring the model's window on a thread the shape headers found: no figure
    moved (the article's first prose caps the window). A lower cut for the model where nothing
    else finds a thread: on the fit checks' misses its best line is the thread's start on 12 of
    17 pages, but at 0.01 to 0.17, and six fit pages without comments score 0.1 or more. A lone
    timed date line over a name line over text (forums' "DATE" over "NAME" over a role), in the
    last look: no fit figure moved (the one such fit reading names "Brandon ☆", no name line; the
    bbPress page's name is its article's byline), so it was not kept.
  - Seen and left alone: initials in capitals as a name ("LB says:" over a date; shape names
    refuse a heading's capitals, and the "says" pattern reads it), a place in capitals beside a
    name ("althaf UNITED STATES"), a date over a name (bbPress, "11.05.12 at 2:53 pm" over
    "Brandon ☆"), a name over "Posted DATE at TIME" (tried before), footers read by their shape
    whose first comment is longer than the others (fit R8, R910: the block budget is the median),
    a list of screening dates ("November 9th & 10th") and repeated subheadings ("History",
    "Mechanism") given comments in articles alone, and `SHAPE_DATE` matching inside a word
    ("Day19 November 12, 2012" reads the name "Day"; a guard would break glued "Harris10/2/12").
- The post's own comment count, and lone shapes (issue #5, session after the lone comments; rules
  only, in the last look after the model, no retraining: the model's features are what they were
  on every fit page and `boundary.json` is unchanged). Found from fit pages only: the fit page
  R829 ("1 Comment" beside its byline, "Marcia" over her words), hand-made dumps, and a check of
  this session's (not in the benchmark): each fit thread cut after its first comment and made
  short (the title and the article's last 2 or 5 lines over it), read with and without the
  header patterns of its own thread.
  - A post's count of its comments beside its byline (`text._declared_comments`,
    `text_patterns.DECLARED_COUNT`: "1 Comment", "One Comment", "with 2 Comments", "Comments (2)",
    "No Comments", "۲ دیدگاه", "یک دیدگاه", "بدون نظر"; among the first six lines, above the
    article's first prose, not in a sentence): where it counts one or more, bare name lines at the
    page's end head comments as they do under a thread heading (`text._declared_name_headers`: no
    more names than the count, so a round-up counting one comment over five title-case dishes
    stays whole; below the first prose; the first one's text in a reader's voice; no name the
    article gave); where it counts none, the last look gives no lone comment.
  - A lone header read by its shape without a time of day (`_shape_headers(untimed=True)`, after
    the lone pattern header): a name beside a date no pattern reads ("Marta Kowal · 9 December 2011
    · Reply", "۳. سارا ۱۵ آبان ۱۳۹۱ پاسخ") passing `_lone_dated_comment`'s guards, and, as the shape
    drops a post's own words, none on its line (`text._untimed_shape_line`): no dateline word
    anywhere ("Monday 10.29.2012 , Posted by NAME" gave one more fit HTML dump a thread), no comma
    in the words before the date ("People, National Theatre, until 9 February, 2013" made fit page
    R696, which has no comments, a thread).
  - A lone shape header among the opening lines is judged as a pattern's is: by where it ends (a
    name over a date line on a page's fifth and sixth lines; a time line under the date does not
    count, or a news head "NAME" over "DATE" over "3:41 pm" becomes a comment), and on a short
    page with no prose by `_closes_a_short_page`.
  - Figures (start / article F1 / comments F1 / invented): `analyzer evaluate text-split` fit
    97.68 / 98.45 / 96.56 / 0.44 → 97.84 / 98.45 / 97.08 / 0.44 (R829 found, by the count; the
    other two changes move no fit page); validation 92.5 / 97.4 / 88.5 / 1.9 before and after
    (9 pages with no thread found before and after: none of them is reached by these rules).
    `benchmarks/text_split_unseen_sites.py`: without their own patterns 87.9 % / 92.5 → 88.5 % /
    93.0 (the untimed shapes); articles alone 2 of 193, made short 91.7 % / 95.6 and 0 of 453, one
    comment 88 of 100, all unchanged. Fit pages without comments read from their HTML as one dump:
    240 of 454 given comments before and after. This session's check, threads cut after their
    first comment and made short, without their own patterns: 49 → 64 of 100 (last 2 lines),
    73 → 80 of 100 (last 5 lines); with their patterns 81 and 89 of 100, unchanged. No validation
    page's text or per-page output was read; validation was printed as a whole twice (at the
    start, and after the three changes).
  - Tried and not kept: a lone bare name in title case over text in a reader's voice at the page's
    end without a count (the lone handle's rule without its digit): fit 97.84 / 98.45 / 97.08 / 0.44
    → 95.67 / 97.88 / 97.55 / 3.52 (14 fit pages without comments given one, one thread found),
    articles alone 2 → 9 of 193 given comments; the count is what makes a bare name safe. A lone
    "NAME said," / "سارا می‌گوید:" with no date, at a page's end in a reader's voice, as a pattern's
    header in the last look: no fit figure moved, one comment 88 → 89 of 100, but the shape reading
    already takes a lone "NAME says" (only the English case with the rules alone failed before),
    so it read almost nothing new. A time line under a lone shape header's date carrying it past
    the opening lines: made short 91.7 % / 95.6 → 92.2 % / 96.2, but a news head (a name over a
    date over "3:41 pm" over the story) became a comment (the dateline test).
    On a page that counts its comments, no reader's voice wanted of the last look's lone headers:
    for bare names, fit page R828 (which counts "1 Comment" but whose dump has none) gave its
    "Reference" heading over a citation as a comment (invented 0.44 → 0.66 %); for dated headers
    only, no fit figure moved and the fit pages that count comments, made short and cut after their
    first comment, were found as often (10 of 11 with their patterns, 9 without), so neither kept.
- Whole pages (issue #5, session after the post's own comment count; rules only, no retraining:
  the model's features are what they were on every fit page, the stale-model test passes and
  `boundary.json` is unchanged). A real user's dump (a browser's "save as text", a scraper's
  output) holds the whole page: menus, sidebars, footers. `benchmarks/text_split_page_dumps.py`
  reads each fit page's HTML body as one dump (`segment.html.block_text`, one line per block
  element; until the session after the sites the patterns do not know, script and style text
  included and the source's newlines kept as line breaks, see there) and asks the text route for its thread. Found from fit pages only, the causes grouped by reading the dumps given
  comments wrongly:
  - The article read as the first comment (`text._article_as_first_comment`, the largest cause:
    86 of the 225 pages given comments): below menus and scripts the post's byline or dateline
    ("By NAME posted Nov 13th 2012 1:55PM", "2012-11-05") stands past the opening lines where
    bylines are looked for. Where the first comment holds 3 lines of prose (`_running_text`) more
    than 4 times those of the whole page above the thread, its header and those above it are
    dropped and the page read again with the rest (the rules' start). A whole page's clutter
    holds a few sentences (a standfirst over the byline, "get the app now!"): prose above raises
    the bar, it does not block the rule.
  - A date under a label and a colon with a date label's word (`text._date_label`,
    `text_patterns.DATE_LABEL_WORDS`: "Page Last Updated: 11/06/2012", "Review Date: 9/04/12",
    "For Immediate Release: Nov. 6, 2012", "تاریخ انتشار: ۱۴۰۲/۰۵/۱۴") heads no comment, for
    the patterns and the shape headers. Not "Posted by:" (TypePad's comment footer).
  - A sidebar's counted list, three or more "LABEL (N)" lines in a row (archives, categories,
    tags: `text_patterns.COUNTED_ENTRY`), is a list of entries (`_header_lists`), not a thread
    of Slashdot-titled comments.
  - A list whose entries take two lines, a title over a day alone (no time of day, no "ago"),
    three or more in a row with no line between (`text._title_and_date_lists`: recent posts,
    reviews), is a list, its last entry too.
  - Figures. `python benchmarks/text_split_page_dumps.py`: fit pages without gold comments (the
    audited omissions left out) given comments 225 → 158 → 139 → 131 → 120 → 111 of 436 (51.6 →
    25.5 %), one step per change above (the first in two: no prose above the thread, then prose
    above raising the bar); pages with gold comments: thread found 182 → 176 of 193, comments F1
    65.6 → 70.1. `analyzer evaluate text-split` fit 97.84 / 98.45 / 97.08 / 0.44 after every
    change; `benchmarks/text_split_unseen_sites.py` 88.5 % / 93.0, 2 of 193, 91.7 % / 95.6 and 0
    of 453, 88 of 100 after every change; `analyzer evaluate extraction` fit 94.3 / 94.9 / 4.0 at the
    end (the HTML route reads flat threads with the text route). No validation page's text or
    per-page output was read; validation was printed as a whole once, at the end: 92.5 / 97.4 /
    88.5 / 1.9, as before.
  - Tried and not kept: the article rule with any prose above as a block (no line of prose above
    the thread): safe but missed most whole pages (a standfirst or a promo sentence stands above
    nearly every byline); with the bar at 3 lines more than 2 times the prose above, a Slashdot
    comment of six lines of prose under a one-line summary (read without its own patterns) and a
    five-line comment on a page made short were taken for the article (unseen-sites 88.5 → 87.9 %,
    made short 91.7 → 91.2 %); at 1 time, more so (made short 90.2 %). A "name" of dateline words
    alone ("Updated", "Posted on", Blogger's "on" over the date) as a dateline: a comment's date
    line on fit pages ("Posted 9/11/2012 at 2:36 pm" under a name, read without its own patterns;
    unseen-sites 88.5 → 87.9 %); the first version, with a dateline's words ("posted", "by") as
    label words and any "name" opening with one, lost TypePad's "Posted by: NAME DATE" footers
    and "Posted on DATE - 2 hours ago" headers (fit 97.84 → 95.52 %). Two-line list entries whose day carries a time
    of day: a fit page's one-line comments over "November 12, 2012 6:50 PM" became a list (fit
    97.84 → 97.68 %); the last two-line entry left out with text below (as for one-line entries):
    it headed a lone comment of the footer.
  - A post's footer that counts its comments (`text._a_count_alone`, `text_patterns.COUNT_LINE`):
    a header whose text is only a count of comments ("0" over "Comments:", "۰" over "نظرات:") is a
    post's footer ("Posted by" / NAME / "on" / DATE, as Blogger prints it), no comment; a lead the
    model put above it (the footer's "Posted by" over the name) goes with it. Page dumps benchmark
    111 → 101 of 436 (23.2 %); pages with comments unchanged (176 of 193, 70.1); `segment_lines`
    output on the 966 gold texts, whole and with their thread cut off, byte-identical (so
    `analyzer evaluate text-split` is unchanged, not printed); unseen-sites benchmark unchanged.
    Left: on a front page of several posts the next post runs on under the footer and is still
    read as a comment; with the model, a Persian share line ("اشتراک") over such a footer starts
    a comment of its own.
  - Left then: 101 pages still given comments (lists of posts with three lines to an entry,
    teasers with "Read more...", news sidebars, share bars over a post's dateline, pingbacks,
    script text).
- Sites the patterns do not know, the fit misses grouped by cause (issue #5, session 13, beside
  the whole pages below; rules only, no retraining: the model's features are what they were on every fit
  page and `boundary.json` is unchanged). The 21 fit pages `benchmarks/text_split_unseen_sites.py`
  gets wrong without their own patterns, by cause: a footer thread's first comment cut short (8:
  295, R662, R682, R686, R8, R910, T54, R836), a lone "NAME said:" / "wrote:" / "says:" the
  "says" pattern reads (5), a lone comment closed by its footer at the page's end (2: R399, T76),
  Slashdot's titles and id-only bylines (2), and single pages (4: 60, R109, R154, R180). Five of
  the first cause also fail with their patterns (5 of the 10 fit pages whose start is wrong).
  - A footer thread's first comment opens at its greeting (`text._opener_above`,
    `text_patterns.COMMENT_OPENER`: "Hi David -", "Hey,", "Dear Mr. Reynolds,", "Great post.",
    "Thanks for sharing", "Loved it", "سلام", "ممنون"): where headers close their comment, the first
    comment may hold no more lines than the others' median (`_footer_block_start`), so a first
    comment longer than most lost its opening lines to the article. The nearest line above the
    budget, within 8 kept lines of the first footer and no section gap, that opens as a reader's
    comment does is its first line, and the model's window moves the start no lower than it. Not an
    article's sign-off ("Thanks for reading!", "Thanks to NAME", "Thanks,"). Footer-start misses 8 →
    3 (R682: a title-like first line, T54: a comment title, R910: a name-line thread read top-down).
    `analyzer evaluate text-split` fit 97.84 / 98.45 / 97.08 / 0.44 → 98.45 / 98.50 / 97.33 / 0.44
    (start / article F1 / comments F1 / invented; 295, R662, R686, R8 right, R671 and R81 closer;
    R686's article F1 0.600 → 0.595); unseen sites 88.5 % / 93.0 → 90.7 % / 93.3, articles alone 2
    of 193 (98.6), made short 91.7 % / 95.6 → 93.8 % / 95.9 and 0 of 453, one comment 88 of 100;
    page dumps 101 of 436, 176 of 193, 70.1, all unchanged.
  - A lone comment closed by its footer on the page's last line (`text._a_lone_footer`): a lone
    header naming someone beside a date, the page's last kept line past its opening lines, under
    two lines in a reader's voice (`text_patterns.CHATTY`, "?" or "!"), is the footer of the page's
    one comment (it claims one line, as a shape alone does), both for a pattern's header (which
    before headed an empty comment, so no thread) and for a shape without a time of day ("July 31,
    2012 | Unregistered CommenterPW", "October 19, 2012 Fazal Majid"). Not with a dateline word for
    a name or opening the line (Blogger's "Posted by NAME at 3:41 PM" under a post; so TypePad's
    "Posted by: NAME DATE", fit R399, stays unfound without its pattern), not opening with a dash
    (a letter's signature), not a name the article gave. `analyzer evaluate text-split` fit 98.45 /
    98.50 / 97.33 / 0.44 → 98.61 / 98.52 / 97.85 / 0.44 (R11 found: no thread found on 2 → 1 fit
    pages); unseen sites 90.7 % / 93.3 → 91.2 % / 93.8 (T76); articles alone 2 of 193, made short
    93.8 % / 95.9 and 0 of 453, one comment 88 of 100; page dumps 101 of 436, 176 of 193, 70.1:
    unchanged.
  - Dates without a time of day above a thread dated with one (`text._without_untimed_leaders`,
    after the model and the shape headers, which never see it): where every header from the first
    with a time on shows one (3 or more) and two or more dated headers without one stand above them,
    of a kind the timed ones have, those are the article's (fit R245: a list of screenings,
    "November 9th & 10th" over its cinemas, over comments dated "11.05.12 at 1:55 pm"), as
    `_shape_family` already told them apart for shape headers; the start is then the rules'. Not
    across kinds: "Aug 8 2012" under names over "NAME wrote:" threads dated below with a time (a
    test's thread of two layouts) keeps both. `analyzer evaluate text-split` fit 98.61 / 98.52 /
    97.85 / 0.44 → 98.76 / 98.55 / 97.97 / 0.44 (only R245 moves); unseen sites 91.2 % / 93.8,
    articles alone 2 of 193, made short 93.8 % / 95.9 and 0 of 453: unchanged; page dumps 101 of
    436 and 176 of 193 unchanged, comments F1 70.1 → 70.2. Threads cut after their first comment:
    R245, right now, is read too, cut at its second screening above its thread (the benchmark takes
    the first two headers the rules read before the model), which counted 88 of 100 → 88 of 101;
    the benchmark now reads only cuts below the thread's start, which at the commit before this
    change left out T124 too (cut on its thread's first line, no comment in it): 88 of 99 before
    and after.
  - "posted on DATE at TIME by NAME" read by its shape (`text.header_shape`,
    `text_patterns.POSTED_BY`: also "Posted at TIME by NAME", "ارسال شده در DATE ساعت TIME توسط
    NAME"): a "by" shape, so a run of them is a thread (here closing each comment) and one alone a
    post's byline; before, "posted" made the line no shape (a dateline word), and the Persian
    "ارسال شده" was read into the commenter's name. Only with a time of day and a name after the
    date ("Posted on October 5, 2012 by admin" stays no shape). `analyzer evaluate text-split` fit
    98.76 / 98.55 / 97.97 / 0.44 unchanged (every fit page's output the same); unseen sites 91.2 %
    / 93.8 → 91.8 % / 94.4 (R180), articles alone 2 of 193, made short 93.8 % / 95.9 and 0 of 453,
    one comment 88 of 99 unchanged; page dumps 101 of 436 unchanged, threads found 176 → 177 of 193,
    comments F1 70.2 → 70.7.
  - A short post's one comment longer than the post (`text._closes_a_short_page`): a lone header
    with a time among a short page's opening lines heads a comment when the page has no more
    words below it than above, or now also when its first lines below speak as a reader does
    (`_in_a_readers_voice`): most one-comment pages under a post of a few lines have more words in
    the comment. Found with a check of this session's (not in the benchmark): each fit thread cut
    after its first comment and made short (the title and the article's last 2 or 5 lines over
    it), read with and without the header patterns of its own thread: 2 lines 82 → 87 of 101 with
    them, 64 → 75 of 101 without (R245 read too since the screenings rule); 5 lines 90 and 80 of
    101 unchanged. `analyzer evaluate text-split` fit output byte-identical (98.76 / 98.55 / 97.97
    / 0.44); unseen sites: made short 93.8 % / 95.9 → 94.3 % / 96.4, 0 of 453 without comments given
    some before and after; the other lines unchanged (91.8 % / 94.4, 2 of 193, 88 of 99); page dumps
    unchanged (101 of 436, 177 of 193, 70.7). Cost: a first-person post under a timed dateline with
    no prose above it may read as a comment (a hand-made one below a menu does not: its test).
  - Tried and not kept: a lone footer on the page's last line among a short page's opening lines
    too (T76 made short): no figure moved (the shape reader's opening check comes first). Not done
    on purpose: the lone "NAME said:" / "wrote:" / "writes" over text a date line closes, and
    "NAME says:" with a name in capitals ("LB", "YFS"): 6 of the 15 fit pages the unseen check
    still misses (R285, R484, R704, R836, R838, R839), the same 6 of 19 made short, but the
    "says" pattern reads them all, so reading them by their shape would raise the check without
    reading any new site (as the session of the sites the patterns do not know judged). A vote count after a
    header's date ("by NAME on DATE 4 recs") read away: one fit site (T54) prints it. Other checks
    of this session, fit only, not in the benchmark: fit pages made short (2 lines) read without
    their own patterns 85.2 % / 91.2 → 89.6 % / 93.7 (start right / comments F1, 182 pages);
    `segment_html` output on the 647 fit pages byte-identical to the session's start, so `analyzer
    evaluate extraction`'s fit figures are unchanged.
  - Left, on the unseen check (15 of 182 wrong): the six "says" pages above; Slashdot's titles and
    id-only bylines (R29, 360); a first comment right under the byline on a post with no text (60);
    a first comment's header with no date over a thread of dated ones (R109); a place in capitals
    beside a name (R154); TypePad's lone "Posted by:" footer (R399, a dateline word); a footer
    thread's first comment opening with a title-like line (R682), under a comment title (T54), or
    read top-down under name lines (R910, where "a german fan" holds "a").
  - The session's figures: `analyzer evaluate text-split` fit 97.84 / 98.45 / 97.08 / 0.44 → 98.76
    / 98.55 / 97.97 / 0.44 (start / article F1 / comments F1 / invented; start wrong 10 → 5 fit
    pages, no thread found 2 → 1); validation, printed as a whole once, at the end: 92.5 / 97.4 /
    88.5 / 1.9 → 92.8 / 97.4 / 88.5 / 1.9 (9 pages with no thread found, as before: none of them
    reached; 10 pages whose start is wrong). No validation page's text or per-page output was
    read. `python benchmarks/text_split_unseen_sites.py`: 88.5 % / 93.0 → 91.8 % / 94.4; 2 of 193
    (98.6); 91.7 % / 95.6 → 94.3 % / 96.4 and 0 of 453; 88 of 100 → 88 of 99 (the benchmark's
    fix above). `python benchmarks/text_split_page_dumps.py`: 101 of 436; 176 → 177 of 193, 70.1 →
    70.7. The model is not retrained: `boundary.json` is unchanged and its features are what they
    were on every fit page (the stale-model test passes).
- Whole pages, session 13, beside the sites the patterns do not know (issue #5; rules only, no
  retraining, `boundary.json` unchanged; worked on beside that session, from the commit before
  it, and merged with it: the steps below are measured before the merge, the totals after).
  - The benchmark's dump, made as a browser shows the page (two changes to
    `benchmarks/text_split_page_dumps.py`, no segmenter change; figures: pages without gold
    comments given some; pages with comments, thread found and comments F1):
    - the text of script, style, noscript and template elements left out, as a browser's save as
      text does (`block_text` read it): 101 → 107 of 436 (23.2 → 24.5 %); 176 → 175 of 193, 70.1
      → 73.3 (noscript and template move nothing);
    - each run of white space one space outside pre and textarea, as a browser shows it, where
      `block_text` broke lines at the source's newlines (Blogger's "Tim Buesing" / "said..." and
      "Posted by" / NAME / "at" / TIME: one line each in a browser): 107 → 97 (24.5 → 22.2 %); 175
      → 178, 73.3 → 76.5. `--source-newlines` keeps the source's newlines (scripts still left out),
      as a scraper that takes text nodes as they are gives them (BeautifulSoup's `get_text()`).
  - Segmenter changes, each found from fit pages' dumps only (the pages given comments grouped by
    cause), each general across sites, each with English and Persian tests that fail before:
    - A byline by the thread's first comment (`text._near_header`, `text_patterns.BYLINE_OPEN`:
      "by Jessica Dolcourt" among the two lines over its header, "By Haje Jan Kamps" or "نویسنده:
      NAME" among the first three of its text; a name of at most five words, no sentence marks)
      says the comment is the post: more prose than the whole page above is then enough for
      `_article_as_first_comment` (sidebars of teaser sentences above the post raised the bar out
      of reach). The header's own line is not looked at. 97 → 92 (22.2 → 21.1 %).
    - A count of comments among the first comment's first three lines, under its header with no
      model's lead above ("July 11th, 9:39am 0 comments"; `text._comment_count`: no thread
      heading, no sentence) makes it the post whatever its prose: a commenter does not count
      comments. 92 → 87 (20.0 %); one page with comments F1 94.5 → 96.7.
    - A thread of `LIST_MIN` comments or more, half of them or more holding a teaser's last words
      ("Read more...", "Continue reading →", "ادامه مطلب", alone over the next entry's date too;
      `text_patterns.TEASER_END`, `text._teasers`), is a list of teasers, no thread. 87 → 82
      (18.8 %).
    - A thread opening under a line that counts no comments ("0 Responses to “TITLE”", "READ ALL
      COMMENTS (0) ADD A COMMENT", "نظرات (۰)"; among its first two kept lines above its first
      header; `text._counted_none`) holds none: below an empty thread heading a whole page shows
      other posts' recent comments and related posts. 82 → 78 (17.9 %).
    - An embedded tweet's credit ("— Barack Obama (@BarackObama) November 7, 2012";
      `text_patterns.EMBEDDED_POST`) heads no comment, for the patterns and the shape headers: it
      was the second name-and-date header beside the post's byline. 78 → 76 (17.4 %); comments
      F1 76.5 → 76.7 (a fit page with comments had its tweet as its first comment).
    - A page's one header that opens as a byline ("Submitted by NAME on DATE", "by NAME on DATE",
      "توسط NAME در DATE"; `text_patterns.BYLINE_HEADER`), where no header closes its comment, is
      read as a byline by the header is (more prose than above makes its comment the post):
      comments come more than one, or close with such a line. 76 → 73 (16.7 %).
  - Figures, `python benchmarks/text_split_page_dumps.py`, before the merge: pages without gold
    comments given some 101 → 73 of 436 (23.2 → 16.7 %; 97 → 73 for the segmenter changes on the
    browser's reading); pages with comments thread found 176 → 178 of 193 and comments F1 70.1 →
    76.7 (178 and 76.5 → 76.7 for the segmenter changes). After the merge, against the
    unseen-sites session's code on the browser's reading (99 of 436, 22.7 %; 179 of 193, 77.3):
    75 of 436 (17.2 %), 179 of 193, 77.4. With `--source-newlines` (the scraper's reading) the
    segmenter changes give, before the merge, 107 → 86 of 436 (24.5 → 19.7 %), thread found 175 →
    174, F1 73.3 → 73.4, and after it, against that session's code, 107 → 86, 176 → 175, 74.0 →
    74.2: the thread lost before the merge (T72) was the article read as the thread (F1 13.8), the
    page's real comments unfound either way. After every change: `segment_lines` output (cut,
    articles, comments) on the 966 gold texts, whole and with their thread cut off, byte-identical
    with and without the model (so `analyzer evaluate text-split` is unchanged, fit and
    validation); `benchmarks/text_split_unseen_sites.py` unchanged (88.5 %, 93.0; 1.0 %, 98.6; 91.7
    %, 95.6, 0.0 %; 88 of 100); the five samples as before. After the merge, against the
    unseen-sites session's code: the same hashes of the 966 gold texts' output (with and without
    the model), the same unseen-sites figures (91.8 %, 94.4; 1.0 %, 98.6; 94.3 %, 96.4, 0.0 %; 88 of
    99) and the same output on the five samples; `analyzer evaluate text-split`'s fit figures,
    printed alone (`text_split.run`, fit keys), 98.76 / 98.55 / 97.97 / 0.44 on both. This branch
    printed no validation figure.
  - Tried and not kept: a lone comment holding more prose than the page above as the article
    without a byline (97 → 87, but three fit threads lost: a TypePad footer's long lone comment, a
    long "says" comment; made short 91.7 → 90.7 %); the byline looked for on the header's own line
    too (Slashdot's "by NAME (1234) on DATE" comments read without their patterns: unseen-sites
    88.5 → 87.9 %); the first byline pattern, any line opening "by" or "posted ... by" whatever
    followed, changed the output of a gold text cut before its thread that is no fit page's (not
    looked at), so the kept one asks for a name of at most five words, no sentence marks; the count of
    comments looked for over the header too ("{ 69 comments… read them below or add one }" is a
    thread's heading there: threads found 178 → 175) and under a model's lead ("Posted in NEWS | 1
    Comment »" over a real thread: two fit threads lost).
  - Left (after the merge): 75 pages still given comments, grouped by reading them (one page, one group; several
    pages of one site count each): lists of posts or stories, dated, of every layout (title over
    a date with a time of day, which the two-line list rule leaves alone for one-line comments
    over their dates; date over title over teaser; one line "Title 16 October 2012" lists whose
    last entry heads the sidebar below; related-stories boxes with a section line): 43; a post's
    own byline or dateline read as a comment's header where none of the rules above sees it (a
    share bar or "Tumblr|Facebook" over the date, a header repeated for print, a byline with a
    time of day and a comment count on one line, a bylined post of fewer than three lines of
    prose): 18; other posts' comments in "Recent
    comments" widgets: 4; pingbacks alone under a post (the dragnet gold keeps them as comments on
    some pages, not on these): 4; tweets in a Twitter widget ("about 2 hours ago"): 3; sidebar
    headings read as bare commenter names ("facebook", "Services"): 2; a footer's dated link: 1.
- Whole pages, dated lists, session 13 (issue #5; rules only, no retraining, `boundary.json`
  unchanged; found from fit pages' dumps only, the browser's reading).
  - A thread of `LIST_MIN` comments or more, three in four or more of them (the last left out: the
    page's footer runs on under it) one title-like line alone (`text._title_like`: at most 12
    words, no closing sentence mark), and no header with a time of day or "ago"
    (`text._titles`), is a dated list of titles, no thread: a whole page's lists of other posts
    or stories, each a title by its author's name or a section and a date ("Rob Alderson • 05
    November 2012", "SCOTLAND POLITICS" over "23 JULY 2012"), have no text of their own. Comment
    systems print the time of day beside a comment's date, so a run of one-line comments ("I love
    Nedelle" over "November 12, 2012 6:50 PM", a fit gold text) stays a thread: without that
    condition its output changed. Pages without gold comments given some 75 → 67 of 436 (17.2 →
    15.4 %); threads found 179 → 179 of 193, comments F1 77.4 → 77.4 (no page with comments
    changes its output); `--rules` 75 → 67, 179, 77.6 → 77.6; `--source-newlines` (the scraper's
    reading) 86 → 76 of 436 (19.7 → 17.4 %), 175 → 175, 74.2 → 74.2. The eight pages, by reading them:
    four dated lists (two related-stories boxes under a section line, a list of title over
    author and date, a list of title over date over author), three "Recent comments" widgets of
    one-line snippets, one page of pingbacks alone.
  - Checks: `segment_lines` output (cut, articles, comments) on the 966 gold texts, whole and with
    their thread cut off, with and without the model, byte-identical; unseen-sites benchmark
    unchanged (91.8 %, 94.4; 1.0 %, 98.6; 94.3 %, 96.4, 0 of 453; 88 of 99).
  - Tried and not kept: every comment but the last one title-like line (stricter): 75 → 70; with
    no condition on the time of day: a fit gold text's thread of one-line comments with times
    ("I love Nedelle") lost, its output changed.
  - Left: 67 pages given comments; by the grouping above, dated lists 43 → 39 (those with a time of
    day, date over title over teaser, one-line "Title 16 October 2012" entries, entries with a
    line of views or counts), "Recent comments" widgets 4 → 1, pingbacks alone 4 → 3, the rest as
    they were.
- Session 14 (unseen sites; issue #5; rules only, in the last look after the model, no
  retraining: the model's features are what they were on every fit page and `boundary.json` is
  unchanged). Found from fit pages only: the misses of `benchmarks/text_split_unseen_sites.py`,
  each listed with what the segmenter did (a scratch script, fit pages only). Of the 15 fit pages
  its first line got wrong: a lone "NAME said:" / "wrote:" / "writes" / "LB says:" the "says"
  pattern reads (6: R285, R484, R704, R836, R838, R839), footer threads (4: R682's title-like
  first line, R910 read top-down under name lines, T54's titles and vote counts, R399's
  "Posted by:"), Slashdot (2: 360, R29), singles (3: 60, R109, R154). Of the 11 threads cut after
  their first comment that it got wrong, 10 were given no thread: two lone dated headers over a
  comment in no reader's voice on a bylined post (R105, R764), one on a post with no byline (R16),
  bare names (R588, R893), a name over "Posted DATE at TIME" (R320), bbPress's date over name
  (R244), "Progress Trap said," (R220), Slashdot (360, R29).
  - A post has one byline, so the line under its dated byline ("by Paulo Coelho on June 29, 2012";
    `text_patterns.BYLINE_HEADER` with a date, among the first three lines) is no second dateline
    when it reads as the thread's first header does, the same pattern or the same shape ("Maria
    July 7, 2012 at 2:31 pm"), names someone else as a commenter's line does, has text under it,
    and stands no further above the thread than its headers are apart
    (`text._with_first_under_the_byline`, after the model and the shape headers): a post with no
    text of its own (fit page 60, "Conversation with my readers"; an open thread, a photo post)
    had its first comment read as the byline zone's. Fit page 60 in all three readings.
  - A lone dated comment on a post that gave its own byline needs no reader's voice
    (`text._bylined`, in `_lone_dated_comment`): the byline gave the post's author, so a lone
    header naming someone else beside a date past the prose is no dateline or signature of the
    post's ("1. Joel Leigh - 29 August, 2011" over "1st..", "written by Tony Hamilton, October 24,
    2012" over an impersonal comment); `_signature` still refuses the byline's own name, and on a
    page with no byline an agency's dateline ("Reuters November 7, 2012" over a news sentence)
    still wants a reader's voice. Cost: on a bylined story, an agency's or a source's dated line
    with more of the story under it reads as a comment (no fit page, whole or made short).
  - Figures (start / article F1 / comments F1 / invented): `analyzer evaluate text-split` fit 98.76
    / 98.55 / 97.97 / 0.44 → 98.92 / 98.66 / 97.97 / 0.44 (page 60; start wrong 5 → 4 fit pages);
    validation, printed as a whole once, at the end: 92.8 / 97.4 / 88.5 / 1.9 → 93.1 / 97.6 / 89.1
    / 1.9 (no thread found on 9 pages before and after, 8.5 comments-F1 points; start wrong 10 → 9
    pages; the fit figures before that printed alone, `text_split.run`'s fit keys). No validation
    page's text or per-page output was read. `python
    benchmarks/text_split_unseen_sites.py`: without their own patterns 91.8 % / 94.4 → 92.3 % /
    94.4; articles alone 2 of 193 (98.6) unchanged; made short 94.3 % / 96.4 → 94.8 % / 96.4, 0 of
    453 before and after; one comment 88 of 99 → 91 of 100 (page 60 read since its start is right;
    R105, R764); with `--rules` 89.0 % → 89.6 %, 89.6 % → 90.2 %, 87 of 98 → 90 of 99. `python
    benchmarks/text_split_page_dumps.py`: unchanged (67 of 436; 179 of 193, 77.4; `--source-newlines`
    76, 175, 74.2). `segment_lines` output on the fit gold texts, whole and cut at their thread,
    with and without the model: page 60 changes (the first rule), nothing else (the second).
  - Not done on purpose, as the sessions before judged: the "says" group read by its shape (a
    lone "NAME said:" over text a date line closes): the "says" pattern reads "NAME
    says/said/wrote/writes" on any site, so it would raise the check without reading a new site.
  - Left: R16 (a lone dated comment under an author box, "Joseph Dickerson is a writer ...", on a
    post with no byline: one page), footer threads (each a site of its own), Slashdot, R109 (a
    first comment's header with no date over dated ones), R154 (a place in capitals beside a
    name), bare names without a count, and the validation pages with no thread, which none of these
    checks reaches.
- Session 14 (page clutter; issue #5, rules only, no retraining, `boundary.json` unchanged; found
  from fit pages' dumps only, the browser's reading).
  - A thread more than half of whose comments are copies of another (the same name and date over
    the same first line; a copy right under its comment with the same text is a double post and
    does not count) is a block of the page shown twice, no thread (`text._repeated`): a post's
    header in its screen and print copies ("ASIA BUSINESS" over "Updated July 23, 2012, 11:27 p.m.
    ET" over the title, twice), a widget of stories shown twice. Cost: a short thread whose copies
    stand apart (the same words posted twice with a reply between) is lost. Pages without gold
    comments given some 67 → 58 of 436; `--source-newlines` 76 → 67.
  - A dated list of titles (`text._titles`) whose headers show a time of day or "ago" is no thread
    when its dates run newest first (`text._newest_first`: three or more read by `dates.to_iso`,
    three in four of the steps that change the date going back; relative dates read against a
    "now" after any shown date, so "2 hours ago" is newer than "November 12, 2012"): lists of
    posts or tweets run newest first ("1 hour ago" over "2 hours ago"), threads oldest first (the
    fit gold text's "I love Nedelle" over "November 12, 2012 6:50 PM" stays). Cost: a thread of
    one-line comments shown newest first is read as a list. 58 → 56; `--source-newlines` 67 → 65.
  - Figures, `python benchmarks/text_split_page_dumps.py`: pages without gold comments given some
    67 → 56 of 436 (15.4 → 12.8 %), threads found 179 → 179 of 193, comments F1 77.4 → 77.4;
    `--rules` 67 → 56, 179, 77.6 → 77.6; `--source-newlines` 76 → 65 (17.4 → 14.9 %), 175 → 175,
    74.2 → 74.2. `segment_lines` output on the 966 gold texts (whole and cut, with and without the
    model) byte-identical, so `analyzer evaluate text-split` is unchanged, fit (98.76 / 96.89 /
    98.55 / 97.97 / 0.44) and validation; `benchmarks/text_split_unseen_sites.py` unchanged (91.8
    %, 94.4; 1.0 %, 98.6; 94.3 %, 96.4, 0 of 453; 88 of 99).
  - Tried and not kept: the page's one header (past the opening lines, no footer) with no line of
    prose anywhere above it, no thread heading and no byline line above it, read as the post's
    byline, any prose in its comment making that comment the article ("Adam Garber" over "July
    22, 2012" over "01:52 PM EDT" over a post of two sentences, below menus and sidebars of titles).
    On fit pages 67 → 63 (`--source-newlines` 76 → 70, one thread "found" lost that was the post's
    byline and text, F1 8.3 → 0), fit figures unchanged; but it changed one validation gold text's
    output (not looked at), and `analyzer evaluate text-split`'s validation aggregate, read once at
    the end with the three rules in, showed comments F1 88.52 (baseline) → 87.7: its cost, a post
    with no prose above its one comment, is not rare enough. Without the opening-lines and
    byline-above conditions it also lost fit texts' comments (unseen-sites: pages read without their
    own patterns 91.8 → 91.2 %, made-short pages 94.3 → 92.7 %). A thread whose comments' lines
    mostly show a time of day read as a list of timed entries (a day's stories under a date line):
    at one line in three a fit thread lost (F1 63.3 → 0), at one in two nothing found.
  - Left: 56 pages given comments, grouped by reading them: dated lists of posts or stories of
    other layouts (a day's date line over timed entries, title over date over teaser, related
    stories under a section line, "updated TIME" over a date, counted lists): 33; a post's own
    byline or dateline read as a comment's header (a name over a date and a time over a post of
    two sentences, "By NAME on DATE TIME" over two lines of prose, a share bar "Tumblr|Facebook"
    over the date, a byline with a time and "0Comments", "Posted by NAME on DATE" under a
    sidebar's "Comments" where the model starts): 12; tweets in a Twitter widget: 3; pingbacks
    alone (left: the gold is inconsistent): 3; sidebar headings read as bare names: 2; "Recent
    comments" and reply widgets: 2; a footer's dated link ("Privacy Policy - UPDATED
    10/18/2011"): 1.
- Session 14 (header shapes; issue #5; rules only, no retraining: `boundary.json` is what
  training on the current rules gives, the stale-model test passes). Found with hand-made dumps
  of an article and two comments in English and Persian (`/tmp` script of the issue, not fit or
  validation pages):
  - An article on one line (a scraper's output: each paragraph, or the whole text, on one line)
    puts the first comment's header on the page's third line, where bylines stand, though the
    article's words are all above it: "NAME | DATE", "DATE - TIME NAME" and "NAME says:" /
    "NAME می‌گوید:" lost the first comment (in English under "NAME | DATE" the whole thread). The
    opening now also ends at the first line below the prose in the page's back half by its words
    (`text._opening_cut`); by lines alone it stood there. A byline under a standfirst has the
    article's words below it, so it stays in the opening (guard tests).
  - "Reply to NAME" / "پاسخ به NAME" ("In reply to", "In response to", "در پاسخ به") over a
    reply's name line is the site's link to the comment it answers (`text_patterns.REPLY_LINK`):
    Persian took it for the author (a name over the commenter's place, as the NYT prints them),
    English left it as the last line of the comment above. It is now no name (`text._name_like`)
    and no comment's title (`text._furniture`), and where it names an earlier commenter it is
    dropped from the comment above and the reply's `parent` is that commenter's latest comment
    (`text._reply_links`; the pipeline's `replies.link_replies` reads only a comment's own first
    words). Where the thread's last comment ends in one naming its own author, they are a theme's
    reply buttons: dropped, no comment linked. Cost: a reader's last line that is only "Reply to
    NAME", naming an earlier commenter, is taken for the site's link.
  - A name line over "Posted DATE" / "ارسال شده در DATE" is one header of a name and a date, as a
    name over a bare date line is (`text_patterns.NAME_ABOVE`, `text._merge_name_and_date`): one
    alone counts past the opening. A lone comment so headed was lost (the fit thread cut after its
    first comment R320 in `benchmarks/text_split_unseen_sites.py`); in Persian the shape read
    "ارسال شده" ("posted") for the name, now a dateline word (`text_patterns.DATELINE_WORDS`).
  - Found while writing the guard tests: two dated links in a row closing a page ("Ferry
    timetable changes | November 1, 2012" over another, too few for a list, `text.LIST_MIN`) were
    read bottom-up as footers (no text after the last), the first closing the article's last
    paragraph as a comment, in English and Persian, under a long article too. A header right
    under another, no text between them, now tells a thread read top-down (`text._footer_style`):
    a footer closes a comment of text.
  - Also found writing guards: "The harbour master says:" / "رئیس بندر می‌گوید:" over a quotation
    closing a story was a lone comment (Persian by its shape, English by the model; the article
    on one line, after the first change, in English too). A one-comment thread under a "says"
    line whose text opens with a quotation mark is now the article's (`text._a_quote`,
    `text_patterns.QUOTE_MARKS`). Cost: a lone comment that opens by quoting under its "NAME
    says:" line is lost.
  - Figures, before → after (start / article F1 / comments F1 / invented): `analyzer evaluate
    text-split` fit 98.92 / 98.66 / 97.97 / 0.44 unchanged; validation, printed as a whole once,
    at the end: 93.1 / 97.6 / 89.1 / 1.9 unchanged (no thread found on 9 pages, start wrong on 9,
    before and after). `segment_lines` output on the 966 gold texts, whole and cut at their thread,
    with and without the model: one validation page changes (the first change; not read), no fit
    page. `python benchmarks/text_split_unseen_sites.py`: one comment 91 → 92 of 100 (R320, the
    third change); without their own patterns 92.3 % / 94.4, articles alone 2 of 193 (98.6), made
    short 94.8 % / 96.4 and 0 of 453 unchanged. `python benchmarks/text_split_page_dumps.py`
    unchanged (67 of 436; 179 of 193, 77.4). The stale-model test passes with `boundary.json` as
    it was: training on the current rules gives it back.
  - Left: the other one-comment misses of the unseen-sites check. R220's lone "Progress Trap
    said," (a lone "NAME said," opens news quotes as often; the sessions before left it on
    purpose), R244's bbPress date over "Brandon ☆" (a name under its date, a star beside it: one
    site), R588 and R893's lone bare names (nothing but the gold files' indentation, which real
    dumps need not keep, tells them from a subheading), R16 (an author box above, a place in
    capitals beside the name: two rules for one page). "Reply to NAME" buttons under each comment
    but the last read as links, each reply linked to the comment above.
- Session 14 (a Persian header shape; `text_patterns` `fa-name-on-date-said`): "علی در ۱۴۰۱/۰۵/۱۲ ساعت
  ۱۰:۲۰ نوشت:" (WordPress's "NAME on DATE at TIME wrote:" in Persian, also with "در تاریخ" and
  "گفت") read as `fa-says`, the whole "علی در ۱۴۰۱/۰۵/۱۲ ساعت ۱۰:۲۰" as the name and no date; it now
  gives both. Two such headers make a thread, not one: "سخنگوی سازمان بنادر در ۱۲ مرداد ۱۴۰۲ گفت:"
  opens a quotation in Persian news (a guard test fails with one). `segment_lines` output on the 966
  gold texts byte-identical (no English page has it).
- Session 14, tried and not kept: relative dates written out as header dates (`text_patterns.DATE`:
  "an hour ago", "a day ago", "یک روز پیش", "لحظاتی پیش", "Yesterday at 4:12 pm", "دیروز ساعت
  ۱۰:۲۰"; Disqus and Persian sites write them so). None of the 966 gold texts shows them, so no
  `segment_lines` output changed, but whole-page dumps given comments rose 56 → 58 of 436 (one
  fashion blog's blog roll, "a week ago" under each entry, two pages), and the thread-start model's
  line features read DATE: `analyzer train text-split` then chose other settings (C 0.01 → 0.003,
  window 3 → 2 lines) and the retrained model's fit figures fell (start 98.9 → 98.8 %, comments F1
  98.0 → 97.7, in the card the training writes, measured as `analyzer evaluate text-split` does).
  The training command also printed its validation
  figure (comments F1 87.9, the shipped model's 89.1): seen before the pattern was reverted, though
  the fit figures alone drop it. `dates.to_iso` keeps reading "a day ago", "an hour ago", "یک روز
  پیش" as one unit back from the fetch time, where a comment system's HTML shows them.
- Session 15 (the thread's end in whole-page dumps; issue #5, rules only, no retraining: no
  feature of the model changed, `boundary.json` unchanged). Found from fit pages only: the
  page-dumps benchmark's found threads whose comments precision was under 0.6 (37 pages), read
  with what follows the gold's last comment line. On most the thread starts right and its last
  comment runs on to the page's end, through the comment form, sidebars and footer (R625: a
  comment of one line and 60 of page furniture, F1 0.07).
  - A thread ends at its comment form or the page's own navigation under it
    (`text._thread_end`, `text_patterns.THREAD_END`: "Leave a reply (Cancel reply)", "Leave a
    Response", "Click here to cancel reply.", "Cancel reply", "Add comment", "Write comment", "Post
    new comment", "Comment on this post:", "Enter your comment here...", "Older Post Home",
    "Subscribe to: Post Comments (Atom)", "blog comments powered by Disqus", "پاسخی بگذارید", "لغو
    پاسخ"), or at a form's name field over its e-mail field within three lines (`FORM_NAME`,
    `FORM_EMAIL`: "Name (required)" over "Email (will not be published) (required)", "نام *" over
    "ایمیل *"). Looked for below the thread's first header only, never in `END_OF_PAGE`: a post's
    "Add comment" link or a menu's stands above the article. Headers below the end are no comments
    (a sidebar's dated entries under the form).
  - Applied to the final split only (`_split_at(..., to_form=True)`): which thread a page has is
    still judged on the thread read to the page's end. Cut first, a post's dateline over a short
    post and its form ("Orion Jones on November 8, 2012, 9:13 AM", Blogger's date over a post and
    "Older Post Home") became a lone comment: `_article_as_first_comment` had dropped it for the
    sidebars' sentences under the form, which now no longer counted (pages without comments given
    some 56 → 60: R121, R258, R641, R645).
  - Figures, before → after: `python benchmarks/text_split_page_dumps.py` pages without gold
    comments given some 56 → 56 of 436, threads found 179 → 179 of 193, **comments F1 77.4 →
    81.5** (no page lower; R625 0.07 → 1.0, R159 0.07 → 0.94, R115 0.08 → 0.94, T47 0.38 →
    0.99, R698 0.36 → 0.99); `--rules` 56, 179, 77.6 → 81.7; `--source-newlines` 65, 175, 74.1 →
    78.2. Fit gold texts (`text_split.run`'s fit keys, a fit-only script): 98.92 / 98.66 / 97.97 /
    0.44, every fit page's figures the same. `benchmarks/text_split_unseen_sites.py` unchanged
    (92.3 % / 94.4; 2 of 193, 98.6; 94.8 % / 96.4, 0 of 453; 92 of 100). `analyzer evaluate
    extraction`'s fit figures (a fit-only script) unchanged (article F1 94.3, comments F1 95.2,
    invented 4.0 %).
  - Tried and not kept: Drupal's "Login or register to post comments" as an end: it stands under
    every comment (T21, T145 kept their first comment only). With the cut applied before the
    thread's checks, the three below, each against 56 / 179 / 80.8 of that version: (1) no line of
    prose above the page's one comment makes it the article: fit 98.92 / 98.66 / 97.97 / 0.44 →
    98.76 / 98.65 / 97.46 / 0.44 (R865, a comic post with no prose over its one comment), page
    dumps 60 → 53 but R753's comment (the same shape) lost; (2) a lone header with the form under
    its text and no thread heading or count among the three lines above it is the post's byline:
    54 given, F1 81.5, fit unchanged, no real thread lost; (3) the same where `END_OF_PAGE` cut
    the page at its form: 51 given, but four real lone comments lost (R320, R399, R753, T37), so
    (2) held only by which words a site's form uses. The cut after the checks gives 56 / 179 /
    81.5 with no new rule.
  - Seen and left alone: `END_OF_PAGE` cuts the page at its first match wherever it stands; on
    two fit whole-page dumps ("Add a Comment", "Leave a comment" in a menu or under the title, R39
    and T52, neither with comments) it cuts the article away (the article is not measured by the
    benchmark). A Disqus or GigaOM form above the thread (R249) is not an end (it stands above the
    first header).
- Session 15 (stories' bylines read as comment headers; issue #5, rules only, no retraining,
  `boundary.json` unchanged). Found from fit pages only, grouping the 56 whole-page dumps without
  gold comments that are given some (after the thread's end above): on five of them, of three
  sites, the comments' names open with a capitalised "By" ("By Max Fisher" over "October 29,
  2012" in a "Most read" list, R169, R208, R210; Slate's numbered list of stories, R941, 13
  "comments"; Engadget's "By Jon Fingas posted Nov 13th 2012 1:55PM" over the post, R921): a
  header pattern that reads "NAME DATE" keeps the "By" in the name.
  - A thread more than half of whose comments are headed by such a name is a list of stories or
    the post under its bylines, no thread (`text._bylined_entries`, `text_patterns.BYLINE_NAME`,
    capital "By" only: Slashdot's "by NAME (uid) on DATE" comment headers open lower case, and
    fit pages 239, 317, 360, R29 and T54 keep their threads; Persian has no such case, and its
    "نوشته شده توسط NAME" heads comments, so no Persian form is read). No fit gold text gives a
    comment whose name opens with "By".
  - Figures, before → after (after the thread's end above): `python
    benchmarks/text_split_page_dumps.py` pages without gold comments given some **56 → 51 of
    436** (12.8 → 11.7 %), threads found 179 → 179 of 193, comments F1 81.5 → 81.5; `--rules` 56
    → 51, 179, 81.7; `--source-newlines` 65 → 58 (also R164, R207: one "comment" each, the same
    byline), threads found 175 → 174, F1 78.2 → 78.1: the thread lost there (R741) was the post
    itself under "By Food52 |" with the page's real comments run into it (F1 0.25), now none. Fit
    gold texts 98.92 / 98.66 / 97.97 / 0.44, every fit page the same;
    `benchmarks/text_split_unseen_sites.py` and `analyzer evaluate extraction`'s fit figures
    unchanged.
  - Tried and not kept, for the post read as the thread's first comment under its dateline on
    whole-page dumps with real threads (99, R105, R122, R704, R865): the first pattern header
    that the whole article parts from the rest (`_far_leaders_dropped`, as the shape headers read
    it) taken for the post's in `_article_as_first_comment`: fit 98.92 / 98.66 / 97.97 → 98.76 /
    98.64 / 97.92 (R29, a Slashdot page whose first comment is long, lost its start), page dumps
    unchanged (on 99 and R105 every header is of one kind and the thread is read top-down where
    its "by NAME on DATE. Reply #" lines close their comments).
- Session 15, also tried and not kept (page dumps, fit pages only; figures against the two
  changes above, 51 / 179 / 81.5):
  - Lines repeated under half or more of a thread's comments (three at least, six words at most:
    "Close", "Link to this comment:", "Share Tweet") taken for its buttons and dropped from the
    comments: page dumps F1 81.53 → 81.59, but the fit gold keeps such lines (R671 0.988 → 0.979,
    T61 1.0 → 0.992): not worth its cost.
  - The text after a thread's last header looked for up to a comment form below it, not the
    page's end, before reading a thread bottom-up (`_footer_style`: "by NAME on DATE. Reply #"
    under each comment, then the form and the sidebars): R180 0.92 → 0.98, no other page moved,
    but a whole page's sidebar of dated entries under the form gives the page's last headers, so
    the form is looked for below them (English and Persian hand-made dumps of two footer comments
    over a form and a sidebar were still read top-down); bounding the headers by the form instead
    needs the form found below the thread's first header, which a post's byline above the article
    can be. Left.
  - Seen and left alone: a Persian count before the word ("۲ دیدگاه", WordPress's Persian
    "N دیدگاه برای «TITLE»") is no `thread_heading` (`THREAD_START` reads "دیدگاه ۲"); in a
    thread read bottom-up it stays in the first comment's text. The Guardian's Twitter widget
    ("about 2 hours 39 minutes ago") reads "about 2 hours" as a name (R124, R130, one site).
    Navigation labels over a date read as names ("Next Post", "View All", "Release Date",
    "Upcoming Events"): the name-line features feed the model, so a stop list would need a
    retraining.
- Session 15, validation: `analyzer evaluate text-split`, printed once at the end after the
  changes above were chosen: fit 98.9 / 98.7 / 98.0 / 0.4 and validation 93.1 / 97.6 / 89.1 / 1.9
  (start / article F1 / comments F1 / invented), as before; `--write-baseline` wrote
  `data/baselines/text-split.json` back byte for byte, so no figure moved at two decimals. The
  gold texts hold no comment forms and no "By NAME" comment names: both changes are for whole-page
  dumps, which the validation figure does not read. No validation page's text or per-page output
  was read.
- Session 15 (the post's own byline, title and date; mine; rules only, no retraining: the model's
  features read no Persian on dragnet pages and no article field). A dated line of a comment
  header's shape among a post's first four lines ("By Jane Smith on March 5, 2024", "۱۲ فروردین
  ۱۴۰۳ توسط مریم", "توسط مریم در DATE", `text._post_byline`) is the post's byline and date, and
  when it names someone, the title-like line right over it is the title (a blog's name or menu
  line was longer and taken for it); "Updated", "Published:", "Last updated at …", "Leave a
  Comment" are no names. Also "By JOHN F. BURNS" (initials) is a byline, a menu or breadcrumb line
  ("Home | News | World") is no title, and Persian news date lines ("تاریخ انتشار: DATE", "منتشر
  شده در DATE") date the post. Fit pages' first articles dated 17 → 339 of 647 (328 parse), with a
  byline 77 → 194; titles changed on 11 fit pages, each from a site's line ("Want to stay on top of
  all the space news? Follow @universetoday on Twitter", "Paulo Coelho's Blog", a photo caption)
  to the post's title. Article F1 fit 98.66 → 98.51, validation 97.6 → 97.4: the gold keeps a
  byline line whole ("By Gene Ryan Briones on 11/12/2012 11:22 PST") where the fields keep the
  name and the date, so "By", "on", "|" and a line's other words are no longer counted; 148 fit
  pages move, none by more than 0.25 (267, a BBC page whose "Last updated at 07:12 ET" is gone
  from its short text). Kept: the article's fields are what a user asked for; the token figure is
  a proxy and stays above its 95 target. Tried and not kept: the line kept in the text beside the
  fields (fit 98.1: every token counted twice), the line kept only when it names no one (−0.37).
  Comment headers "علی گفته:" / "علی نوشته:" (WordPress's Persian themes; with their colon only, as
  Persian sentences end in گفته) are `fa-says` headers; each author's line had ended the comment
  above it. No English page changes.
- Session 15 (comment text; mine): the likes and dislikes a news site prints on lines of their own
  beside a comment's buttons ("Reply / 12 / 2", "(3) / -1 / Reply", Persian digits under "پاسخ")
  are no part of the comment's text (`text._widget_lines`); a number alone elsewhere in a comment
  stays. No gold text has them: every figure unchanged.
- Persian comment layouts of real templates (rules only, no retraining). `text_patterns.DATE`
  also reads Solar Hijri dates month first, as WP-Parsidate prints WordPress's "F j, Y"
  ("اسفند ۱۱، ۱۴۰۲", "اسفند ۱۱ام، ۱۴۰۲"), months typed with the Arabic yeh ("دي", "ارديبهشت"),
  Dari month names ("حوت"), Gregorian months by Persian names ("۲۰ اوت ۲۰۲۴", CLDR's "۱۵ ژانویهٔ
  ۲۰۲۴"), "در زمان" / "در ساعت" before a time and "بعد از ظهر" after it, and relative times as
  moment's and dayjs's fa locales print them ("۳ روز قبل", "یک روز پیش", "چند ثانیه قبل"). Only
  Persian words were added, so the model's date feature reads every fit page as before (the
  shipped model still reproduces; fit start 98.9 %, article F1 98.5, comments F1 98.0, invented
  0.4 %, unchanged). `_PERSIAN_MONTHS`, which `_LOOSE_DATE` searches bare, is left as it was. The
  text route alone also takes "۳ دیدگاه برای “TITLE”" and a bare "۳ دیدگاه" as thread headings,
  "نظر شما" (a news site's form box) as a thread's end, and drops the "|" an empty field leaves
  beside a header's name ("حبیب | | DATE").
- Session 16 (widgets in whole-page dumps; issue #5, rules only, no retraining: applied after the
  model, on the rules' thread; no feature of the model changed, `boundary.json` unchanged). Found
  from fit pages only: the page-dumps benchmark's fit pages without gold comments that are given
  some (51), read with their predicted thread. Most "threads" were a sidebar's or a box's list
  under its heading: "More from Football", "Most Popular", "Top Stories »", "Featured Stories",
  "Twitter feeds", "Recent comments", "Latest Stories", "Upcoming Events".
  - `text_patterns.WIDGET_HEADING`: a widget's heading, a line alone ("Recent Posts", "Latest
    Stories", "Most Popular", "More from Football", "You may also like", "Twitter feeds", "Tags";
    "مطالب مرتبط", "پربازدیدترین‌ها", "آخرین نظرات", "دیدگاه‌های تازه", "بایگانی"). A taxonomy word
    with its colon ("Tags:", "Categories:", "برچسب‌ها:") is the post's label over its tags, between
    the post and its thread, and is none (with it, `--source-newlines` lost R471's thread under
    "Posted by roboppy" / "Tags:").
  - Below a thread's first comment, such a heading ends the thread, as its comment form does
    (`text._thread_end`): the sidebars under a thread with no form were read into its last comment
    and their dated entries as more comments.
  - A thread whose first header stands in a widget's list is no thread there (`text._in_a_widget`,
    in the loop that drops a post read as the first comment): the header and those above it are
    dropped and the page read again, so the widget's entries go one by one and a thread below it
    stays. In the list: each header within `WIDGET_GAP` (3) kept lines of the heading or of the
    entry above, no prose, thread heading or count of comments between (`_listed_under`), and the
    first entry with no line of prose under it (`_entry_prose`). Without the last two conditions
    four fit gold texts lost a comment or their thread (R316 "You might also like:", R602 "Similar
    Posts:", R900 "Recent Related Entries", R910 "Related links": a related-posts box right over a
    thread whose "Comments" heading the gold left out), and 60 and R931 lost their first comment
    under "Archives" / "Related Recipes & Stories:" over "{ 43 comments… read them below or add
    one }".
  - Figures, before → after: `python benchmarks/text_split_page_dumps.py` pages without gold
    comments given some **51 → 39 of 436** (11.7 → 8.9 %), threads found 179 → 179 of 193,
    **comments F1 81.5 → 82.5** (R700 0.51 → 0.96, R216 0.43 → 0.81, R975 0.75 → 0.98; lower:
    R741 0.20 → 0.03, the post's menus read as its thread, now cut at "Related Posts" above the
    real one; R493 0.04 → 0.01); `--rules` 51 → 39, 179, 81.7 → 82.7; `--source-newlines` 58 →
    48, 174 → 174, 78.1 → 79.2 (R493 1.0 → 0.0: its one comment stood under "Most Popular").
    Fit gold texts (`analyzer evaluate text-split`): 98.9 / 98.5 / 98.0 / 0.4 (start / article F1 /
    comments F1 / invented), every fit page's start and comments F1 the same; validation 93.1 /
    97.4 / 89.1 / 1.9, as before (read once, not tuned on). `benchmarks/text_split_unseen_sites.py`
    unchanged (92.3 % / 94.4; 2 of 193, 98.5; 94.8 % / 96.4, 0 of 453; 92 of 100).
- Session 16 (a thread's end in whole-page dumps, more of it; rules only, in the final split after
  the model, no retraining, `boundary.json` unchanged). Found from fit pages only: the page-dumps
  benchmark's threads whose comments precision was under 0.8 with recall over it (5.2 points of
  comments F1 lost), read for what ran into their last comment.
  - A menu or a shop's categories under the thread's last header ends it (`text._menu_run`):
    `MENU_RUN` (8) kept non-blank lines in a row, each at most `MENU_WORDS` (3) words with no
    sentence's end ("Browse All Accessories" / "Galaxy S3" / "Cases" / "Chargers" / "Batteries" / "&
    more", R341 0.62 → 0.99). Below the last header only: looked for below the first, it cut real
    threads at their runs of short lines (fit gold texts T71 1.0 → 0.23, R534 0.99 → 0.87; page
    dumps 239, T145, T21 lost most of their threads). Cost: a last comment that ends in a list of
    eight or more short items loses the list.
  - "Post a New Comment" (Squarespace's form) ends a thread as "Post a comment" did
    (`THREAD_END`: "new" may follow "a" or "your"): R84 0.67 → 0.95. R11, whose one comment stands
    over its "October 19, 2012 | Fazal Majid" footer right above that form, loses it (0.14 → 0.0:
    its thread was read from the page's menus before).
  - Figures, before → after: `python benchmarks/text_split_page_dumps.py` pages without gold
    comments given some 39 → 39 of 436, threads found 179 → 178 of 193 (R11), **comments F1 82.5
    → 83.1** (the menu 82.53 → 82.82, the form 82.82 → 83.06); `--rules` 39, 179 → 178, 82.7 →
    83.2; `--source-newlines` 48, 174 → 174, 79.2 → 79.9. Fit gold texts and their validation
    (`analyzer evaluate text-split`) and `benchmarks/text_split_unseen_sites.py` unchanged, every
    fit page's start and comments F1 the same.
  - Tried and not kept: (1) a list of posts that shows each entry's counts ("143960 views", "281
    comments", "about 4 hours ago 2 comments", "۱۲ نظر", "۳۴۰ بازدید") in half its "comments" or
    more, read in the header and first three lines of each, is no thread: 39 → 37 given (R901,
    T101), `--source-newlines` 48 → 46, no thread lost on the fit pages; but a Persian hand-made
    dump of a real thread with such a list run into it under no widget heading (the list's date
    lines read as headers) lost its thread: the cost is not bounded by anything the rule sees. (2)
    The thread's first comment titled with the post's title, as the post under its own byline
    ("By Edwin Kee on 11/12/2012 10:52 PST" over a two-sentence post, R855): one site's shape
    seen, not tried further.
  - Left (39 pages given comments): lists of stories with dates or datelines (NYT's, CNN's "updated
    2:24 PM EST" over teasers, "2011-11-18: Max Keiser", Pinterest's "Pinned 6 days ago", counted
    forum topics), a post's own dateline or byline read as a lone comment ("Tumblr|Facebook" over
    the date, "Adam Garber" over "July 22, 2012"), pingbacks alone under a post (gold: none), the
    Guardian's Twitter widget ("about 2 hours" read as a name: dropping such names changes the
    model's header features, so a retraining), navigation labels read as bare commenter names
    (Sky's footer, R13: eight "comments").
- Session 16 (news lists under datelines; rules only, after the model, no retraining,
  `boundary.json` unchanged). A thread of `LIST_MIN` comments or more, more than half of them
  named by a dateline's opening words (`text._datelined_entries`, `text_patterns.DATELINE_NAME`:
  "updated 2:24 PM EST" over "Wed November 7, 2012", "Published:", "Last updated", "به‌روزرسانی",
  "منتشر شده"), is a news site's list of stories, each a title over its dateline and teaser, no
  thread: no commenter is named so. Found on CNN's whole-page dumps (R561, R563, four "comments"
  each). Figures, before → after: `python benchmarks/text_split_page_dumps.py` pages without gold
  comments given some **39 → 37 of 436** (8.9 → 8.5 %), threads found 178 → 178, comments F1 83.1 →
  83.1; `--rules` 39 → 37, 178, 83.2; `--source-newlines` 48 → 46 (11.0 → 10.6 %), 174, 79.9.
  Fit gold texts and their validation, `benchmarks/text_split_unseen_sites.py` and `analyzer
  evaluate extraction`'s fit pages (a fit-only script: each page's article, comments and count the
  same, as after the two changes above) unchanged.
- Session 17 (comments closed by their date, on sites no pattern knows; issue #5, rules only, after
  the model, no retraining: no feature of the model changed, `boundary.json` unchanged). Found from
  fit pages only: the misses of `benchmarks/text_split_unseen_sites.py` (each fit page read without
  its own thread's header patterns), printed line by line with the predicted and the gold start.
  Four of its 14 misses (R285, R836, R838, R839; three sites) were Blogger's layout: "NAME said:" /
  "NAME wrote:" over the comment, its date on a line alone under it. Read by their shape, the name
  lines and the date lines were two shapes: a lone "NAME said:" is a quotation (no thread), and
  three or more date lines were read by the "date" pattern as footers closing comments that began
  a few lines above them, the first comment's header and first paragraph left in the article.
  - `text._shape_trailing_dates`: a dateless "NAME said:" / "wrote:" / "says:" header read by its
    shape takes the date line alone that closes its comment: the next shape header below it, a
    date line within `TRAILING_DATE_REACH` (15) kept lines, comment text between them, and no text
    between the date and the next header (the last: the thread's end, `_thread_end`). With its
    date, one alone heads a comment when the date shows a time of day, as a lone shape header
    with a time did, and the article may name its commenter ("my friend Ben": `_signature`
    without `named_above`, as for the patterns' "says").
  - `text._closing_dates`: where every header the rules read is such a closing date (footers, or
    one date line whose "name" is the comment's last line), the shape headers replace them.
  - Figures, before → after: `python benchmarks/text_split_unseen_sites.py`: unseen headers start
    right **92.3 → 94.5 %** (168 → 172 of 182), comments F1 **94.4 → 96.0**; articles alone 2 of
    193 given comments and 98.5, short pages 94.8 % / 96.4 and 0 of 453, one-comment threads 92 of
    100, all unchanged; `--rules` 89.6 → 91.8 %, 93.4 → 95.0, the rest unchanged. `python
    benchmarks/text_split_page_dumps.py`: pages without gold comments given some 37 → 37 of 436,
    threads found 178 → 179 of 193, comments F1 83.1 → 83.6; `--rules` 37, 178 → 179, 83.2 → 83.7;
    `--source-newlines` 46, 174 → 175, 79.9 → 80.4. Fit gold texts (`analyzer evaluate
    text-split`): 98.9 / 98.5 / 98.0 / 0.4 (start / article F1 / comments F1 / invented), every fit
    page's articles and comments the same.
  - Cost: an article's quotation "NAME said:" closed by a date line with a time, with nothing but
    the page's end or its comment form under it, reads as a comment. Tests:
    `tests/test_segment_text_unseen.py` (English and Persian, one comment and threads; a quotation
    whose date has the article under it, or shows no time, heads none; a table of results and a
    list of stories, one shape repeated, give no thread).
- Session 17 (Blogger's "NAME said..." read by its shape; rules only, no retraining: the shape
  headers come after the model, `boundary.json` unchanged). `text_patterns.SHAPE_SAYS` also reads
  a verb ending in an ellipsis ("Tim Buesing said...", "مریم می‌گوید…"), as the "says" pattern
  does: each Blogger blog's comment header, which no shape read, so on a site where no pattern
  fires a Blogger thread was read from its date lines alone, its first comment's header left in
  the article. Measured by a check added to `benchmarks/text_split_unseen_sites.py`: each fit page
  with a thread read with no header pattern at all (the check above leaves the other kinds, and
  the "says" pattern read "said..." there): start right 77.7 → 80.8 %, comments F1 85.0 → 87.9
  (the commit above gave 78.8 % and 86.5); pages whose thread uses "said-ellipsis" missed 6 → 2.
  With no header pattern, the 647 fit pages without their threads (cut at the gold split) are
  given comments on 3 before and after (R136, R162, T30). Every other line of that
  benchmark, `benchmarks/text_split_page_dumps.py` (all three readings) and every fit gold page
  (`analyzer evaluate text-split`) unchanged. Tests: `tests/test_segment_text_unseen.py` (English
  and Persian, a thread and one comment, no pattern at all; "The minister said..." has no shape).
- Session 17 (three header layouts read by their shape; rules only, no retraining, `boundary.json`
  unchanged and reproduced). Found with the check above (fit pages read with no header pattern):
  of its misses, layouts whose lines had no shape though a pattern reads them. `text.header_shape`
  now reads a full stop after a day with its time as the header's end ("by Eric Kennedy on
  November 9, 2010 at 6:10 am.", a theme's footer under each comment; not after a day alone or a
  time alone: "We met on November 5, 2012.", "She left at 3:00 pm." stay sentences,
  `text._ends_in_a_time`); a slash between spaces as a separator, as "|" is ("10. Jul, 2012 /
  Mandy St. Amand says:", "۱۲ آبان ۱۳۹۱ / مریم می‌گوید:"; not inside a link or "and/or",
  `text_patterns.SHAPE_SPLIT`); and Drupal's "(not verified)" / "(تایید نشده)" beside a guest's
  name as no part of it (`text_patterns.SHAPE_UNVERIFIED`). Figures, before → after: `python
  benchmarks/text_split_unseen_sites.py`, fit pages read with no header pattern: start right 80.8
  → 83.9 % (the full stop 80.8 → 81.9, "by-on" threads missed 4 → 2; the slash and the mark →
  83.9, "on-date-said" 3 → 0, "unverified" 1 → 0), comments F1 87.9 → 91.4; every other line of
  it, `benchmarks/text_split_page_dumps.py` (all three readings) and every fit gold page
  unchanged; with no header pattern, the fit pages without their threads given comments 3 of 647
  before and after. Tests: `tests/test_segment_text_unseen.py` (English and Persian, the shapes
  and a thread of each with no pattern at all).
- Session 17 (one shape for a thread's date lines; rules only, no retraining). `text._shape_family`
  reads a date line under a "NAME says:" line ("N says/D") as the date lines under a name line and
  alone are read ("D"): a thread's date lines keep one shape, the lines over them may not ("JP
  Adams Says:" and "MJ Says:" read as no name, a heading's capitals; the first comment's "Says:"
  line stands among the opening lines). Read as two shapes, the first of them to count two made
  the thread: fit R988, read with no header pattern, began at its 11th comment (the first date line
  alone was the post's dateline, the next lone one 130 lines below). Figures, before → after:
  `python benchmarks/text_split_unseen_sites.py`, fit pages read with no header pattern: start
  right 83.9 → 84.5 %, comments F1 91.4 → 91.5 (R988); every other line, the page dumps (all three
  readings) and every fit gold page unchanged; with no pattern, fit pages without their threads
  given comments 3 of 647 before and after. Left: the line that reads as no name still closes the
  comment above it. Tests: `tests/test_segment_text_unseen.py` (English and Persian).
- Session 17 (a thread's header layout learned from the page; rules only, no retraining). Where
  the shape headers found a thread, a line laid out as two or more of its one-line headers are
  (`text._skeleton`: the words before the date become `W`, the linking words and separators around
  them and the date stay: "CmdrR - October 26, 2012" and "James Cannon - Runcorn Trekkie UK -
  October 26, 2012" are "W - D", "by A Photo Editor on DATE" is "by W on D", "Posted by: MJ of
  Lucky 7 Design | DATE" is "Posted by: W | D") heads a comment whatever its words
  (`text._with_skeleton_kin`): "The Keeper", "Orb of the Emissary", "Sharon in Chicago", names of
  five words, which `header_shape` refuses (a name holds no "the", "of", "in"). Only between the
  thread's first and last header, and above the first no further than its headers usually are
  apart (one after another): an article's own line in the thread's layout stands over its whole
  text. With the linking words left out of the layout, the fit gold page R863's byline "by A
  Photo Editor on November 12, 2012" joined its "Nick November 12, 2012 at 12:34 pm" thread; with
  them, every fit gold page reads as before. Figures, before → after: `python
  benchmarks/text_split_unseen_sites.py`, fit pages read with no header pattern: start right 84.5
  → 86.5 % (R16, R640, R683, R739, R910 right; 67 lost: a "by NAME on DATE at TIME." footer thread
  whose first footer now stands lower), comments F1 91.5 → 91.7; fit pages read without their own
  thread's header patterns 94.5 → 95.1 % (R910), comments F1 96.0 → 96.0; every other line,
  `benchmarks/text_split_page_dumps.py` (all three readings) and every fit gold page unchanged;
  with no pattern, fit pages without their threads given comments 3 of 647 before and after. Cost: a line of the
  thread's layout inside it that is no header (a quoted "NAME - DATE" in a comment) splits that
  comment. Tests: `tests/test_segment_text_unseen.py` (English and Persian; a byline in the
  thread's layout over the whole article is no comment).
- Session 17 (a "says:" line over a date line is the commenter's whatever its name; rules only, no
  retraining). Over a date line alone, a short line ending in "says:" / "said:" / "wrote:" /
  "writes" whose words `header_shape` reads as no name ("LB says:", "JP Adams Says:", a heading's
  capitals; "Courtney from Cocroft & Delbridge writes"; a Persian name of five words) heads the
  comment with them for its name (`text._says_line`; not a pronoun, "The …" or a sentence), as
  the "says" pattern reads it: it had closed the comment above it, or, alone, no comment was
  found (fit R484, R704; the card's "seen and left alone" initials in capitals). Figures, before →
  after: `python benchmarks/text_split_unseen_sites.py`: fit pages read without their own
  thread's header patterns, start right **95.1 → 96.2 %**, comments F1 **96.0 → 97.1**; with no
  header pattern 86.5 → 87.6 %, 91.7 → 92.7; every other line, `benchmarks/text_split_page_dumps.py`
  (all three readings) and every fit gold page unchanged; with no pattern, fit pages without their threads
  given comments 3 of 647 before and after. Seen and left: "He said:" over a date line with a time
  reads "He" as a name (`header_shape` over a date line, before this change too).
- Session 17, validation: `analyzer evaluate text-split`, printed once at the end after the six
  changes above were chosen: fit 98.9 / 98.5 / 98.0 / 0.4 and validation 93.1 / 97.4 / 89.1 / 1.9
  (start / article F1 / comments F1 / invented), as before: the shape headers read a page only
  where neither the patterns nor the model found a thread, and the validation pages whose thread
  is not found (9) are not read better by these layouts. No validation page's text or per-page
  output was read. The fit-only proxies moved: `benchmarks/text_split_unseen_sites.py` unseen
  headers 92.3 → 96.2 % / 94.4 → 97.1, no header pattern 77.7 → 87.6 % / 85.0 → 92.7, the rest
  unchanged; `benchmarks/text_split_page_dumps.py` comments F1 83.1 → 83.6, threads found 178 →
  179, pages without comments given some 37 → 37.
- Session 17, then (mine): a "NAME says:" header whose name is a lone pronoun ("He said:", "I
  wrote:", "او گفت:") is no header (`text_patterns.match_header`, which the rules and the model's
  features share): it opens a quotation inside a comment, which had been cut into a comment by
  "He". No line of the 966 gold texts is such a header, so the model's features and every figure
  above are unchanged (fit, validation, unseen sites, page dumps).
- Session 18 (a Persian thread under an article's dateless byline; the choice of start only, no
  retraining). The model, fitted on English pages, put the thread of a Persian post whose article
  has a "نوشته شده توسط NAME" byline (a dateless header) and whose comments open with "NAME
  می‌گوید:" over a date at its second comment (0.86 there, 0.56 on the first), and the first
  comment went to the article (a strict xfail since session 15). The guard that keeps the model's
  start from falling below the first of several dated headers of one shape now skips dateless
  headers above them, as its own comment said they may be the article's; it read the first header
  only. No fit page's segmentation changes, gold texts or whole-page dumps (compared page by page);
  `benchmarks/text_split_unseen_sites.py` unchanged (96.2 % / 97.1).
- Session 18 (relative times spelt with one unit beside a name; rules and features, no fit line
  changes, so no retraining). Disqus writes one unit out ("Maya • a year ago", "an hour ago") and
  moment's English locale "a few seconds ago"; such a header was not read, so that comment ran
  into the one above (a thread of "2 years ago" and "a year ago" headers lost half its comments).
  They are read beside a name on the header's line (`text_patterns.NAMED_DATE`, name-date and
  name-dash-date), not alone on a line, where lists of other stories show them ("a week ago"
  under a title: two fit pages' whole-page dumps were given comments that way). No line of the
  fit gold texts changes its match; no fit page's segmentation changes (gold texts, dumps in both
  readings). `dates.to_iso` also reads shortened units ("2 hrs ago", "5 mins ago", "3d ago") and
  "a few seconds ago". Tried and not kept: the shortened units in the header patterns too (the
  `ghost-dot-ago` limit, "Sam Lee · 2 hrs ago"). They change one fit gold line ("Karanvir Singh /
  8 hrs ago", a real header), and `analyzer train text-split` then chooses other cuts (C 0.003,
  threshold 0.15, window 2 at 0.05; 5-fold fit start 97.7 %, comments F1 95.5): that training
  prints validation start 91.5 %, comments F1 87.9, against 93.1 / 89.1 for the shipped model.
  The other cuts are not that line's doing: on the current rules, without it, cross-validation
  chooses them too (fit start 97.68 % and comments F1 95.50 at C 0.003, threshold 0.15, window 2
  at 0.05, against 97.53 % and 95.04 at the shipped C 0.01, 0.2, window 3 at 0.1: one page
  apart). The shipped cuts were chosen before sessions 16 and 17 changed the rules after the
  model, which moved the cross-validated figures; the test that the shipped model is what
  training gives fits the weights at the shipped cuts and leaves the slow choice of cuts out, so
  it did not show this. A choice by plateau (each grid point scored by the mean of its
  neighbours: threshold, window and local cut one step either way) picks a third set, C 0.03,
  threshold 0.3, window 3 at 0.3 (fit 97.37 % / 94.56), and ranks the shipped cuts 454th: they and
  the single best are narrow peaks. Not retrained: the choice among cuts one or two fit pages
  apart is noise, and the validation pages, read once at each training, favour the shipped ones;
  the shortened units wait for a retraining.
- Session 18 (whole-page dumps: lines read as a thread's heading or a comment's date that are the
  page's; rules only, no retraining: the model's features are unchanged on every fit gold text,
  compared page by page). A "Comment" / "Comments" / "نظرات" line without a count among a menu's
  labels (two or more right above it and right below it, eight or more with it) is no thread
  heading (`text._a_menus_label`: the Guardian's and the New Statesman's opinion section in their
  menus); nor is a count of comments beside the post's byline over its prose ("1 Comment" under
  "November 12, 2012 by Carlee" or "By Ryan Kim", `text._a_bylines_count`, `text_patterns.DATE_BYLINE`;
  not Blogger's "Posted by NAME at TIME" footer over "2 comments:" and the comments' headers). Read
  as the heading, either put the thread above the article, which was lost, and the first comment
  was judged the article and dropped with its header (fit R973's one comment). With the menu's
  label gone, a header named as a story's byline is printed ("By Nelson Jones Published" over its
  date; the pattern keeps the "By") makes the first comment the article when it holds more prose
  than the page above (`text._article_as_first_comment`, as "by NAME on DATE" does). A "NAME
  said..." header takes a date line alone for its comment's closing date only within
  `TRAILING_DATE_REACH` kept lines (`text._trailing_dates`: "Hibu said:" over a quotation in a news
  story was dated by a related story's date 130 lines below), and a thread heading over "There are
  no comments for this story." / "هنوز نظری ثبت نشده است" (`text_patterns.NO_COMMENTS`) opens no
  thread (`text._counted_none`). Figures, before → after: `python
  benchmarks/text_split_page_dumps.py`: pages without gold comments given some 8.5 % (37) → 8.5 %
  (37), thread found 179 → 181 (R973 right; R249 now given a related-research list's entry, as
  wrong as no thread), comments F1 83.6 → 84.1; `--source-newlines`: 10.6 % (46) → 10.3 % (45),
  175 → 176, 80.4 → 81.0; `analyzer evaluate text-split` fit 98.9 / 98.5 / 98.0 / 0.4 and
  `python benchmarks/text_split_unseen_sites.py` (96.2 % / 97.1, every line) unchanged. Tests:
  `tests/test_segment_text_page_clutter.py` (English and Persian).
- Session 18 (whole-page dumps: rounded relative times, lists of posts under their counts, a post's
  "0 Comments" footer; rules only, no retraining). `text_patterns.DATE` reads "about 4 hours ago",
  "over 2 years ago", "about 2 hours, 39 minutes ago" (Twitter's widgets) and "حدود ۲ ساعت پیش", "۲
  ساعت و ۵ دقیقه پیش" whole: "about" had been read as a name ("about" over "4 hours ago", "by
  Tom Froemming about" over "1 month ago"). The header patterns are the model's features, but no
  fit gold text's features move (one fit gold header's name loses its "about": R741's "sdebrango
  added about 23 hours ago"). A thread more than half of whose comments open with a count of
  comments ("27 comments", "83 comments | 3 recs"; `text._counted_entries`) is a list of posts
  (SB Nation's "Recent FanPosts" under an empty thread). A first comment holding a line that says
  the post has no comments ("0 Comments:", "no comments – permalink", "بدون نظر") is the post,
  wherever that line stands (`text._article_as_first_comment`: a post's dateline past the menus,
  "Subscribe to copyranter" or a menu's last label read as its author). Figures, before → after:
  `python benchmarks/text_split_page_dumps.py`: pages without gold comments given some 8.5 % (37)
  → 8.0 % (35) (R569, R701, T101 right; 355 given its two Posterous comments "Jennifer responded
  about 1 month ago", which the page shows and its gold leaves out), thread found 181 → 181,
  comments F1 84.1 → 84.1; `--source-newlines`: 10.3 % (45) → 9.6 % (42), 176 → 175, 81.0 → 80.9
  (R753's "thread" was the post itself, "1 Comment" over its text, F1 0.10: now none; its one
  comment stands below "Post a Comment", where `text_patterns.END_OF_PAGE` ends the page);
  `analyzer evaluate text-split` fit 98.9 / 98.5 / 98.0 / 0.4 and `python
  benchmarks/text_split_unseen_sites.py` (96.2 % / 97.1, every line) unchanged. Tests:
  `tests/test_segment_text_page_clutter.py` (English and Persian).
- Session 18 (whole-page dumps: a post's date under the page's furniture; rules only, no
  retraining). A line over a date line alone is no commenter's name when it is a row of share and
  feed links ("RSS|Email|Twitter", "Tumblr|Facebook": every word `text_patterns.SHARE_WORDS`), a
  post's navigation ("Next Post", "« Older Entries", "مطلب بعدی"; `text_patterns.PAGE_LABEL`) or a
  date's label alone ("Release Date", "تاریخ انتشار"; `text_patterns.DATE_LABEL_WORDS`)
  (`text._page_label` in `text._author_above`): named so, a post's own date headed a lone comment of
  the whole post. A commenter's "Maureen | Orgasmic Chef" (a name and a blog's) stays a name: a
  line with a "|" alone is no row of links (read so, it changed two fit gold pages' headers). No
  fit gold text's features or headers move. Figures, before → after: `python
  benchmarks/text_split_page_dumps.py`: pages without gold comments given some 8.0 % (35) → 7.6 %
  (33) (R42, R968 right; R214, the same blog as R968, now gets a letter's "Grasse, A.M." over its
  date "November 23, 1928" in the post for a lone comment), thread found 181 → 181, comments F1
  84.1 → 84.1; `--source-newlines`: 9.6 % (42) → 9.2 % (40), 175 → 175, 80.9 → 80.9; `analyzer
  evaluate text-split` fit 98.9 / 98.5 / 98.0 / 0.4 and `python benchmarks/text_split_unseen_sites.py`
  (96.2 % / 97.1, every line) unchanged. Tests: `tests/test_segment_text_page_clutter.py` (English
  and Persian).
- Session 18 (whole-page dumps: a sidebar's heading and a share link as bare name lines; rules only,
  no retraining). A widget's heading ("Latest Comments", "آخرین نظرات"; `text_patterns.WIDGET_HEADING`)
  or a line of share and feed links alone ("facebook", `text_patterns.SHARE_WORDS`) is no bare name
  line (`text._name_like`): "Latest Comments" over a sidebar's comment snippets and "contact" over
  the footer had made a run of two names, a thread (fit R228); with the heading among them, a
  thread's run of names under its "1 comment" heading was refused (fit T40: "Modest Money" over
  her date and comment, now found). Bare name lines are read where no header pattern fires, which
  the model's features read, but no fit gold text's features or headers move. Figures, before →
  after: `python benchmarks/text_split_page_dumps.py`: pages without gold comments given some 7.6 %
  (33) → 7.3 % (32), thread found 181 → 182, comments F1 84.1 → 84.6; `--source-newlines`: 9.2 % (40)
  → 8.9 % (39), 175 → 175, 80.9 → 80.9; `python benchmarks/text_split_unseen_sites.py`: fit pages
  with a thread read without any header pattern, start right 87.6 → 88.1 %, comments F1 92.7 → 92.8,
  every other line unchanged; `analyzer evaluate text-split` fit 98.9 / 98.5 / 98.0 / 0.4 unchanged.
  Tests: `tests/test_segment_text_page_clutter.py` (English, and Persian, which kept no comment
  before either: Persian bare names are read in runs only under a thread heading).
- Session 18 (whole-page dumps: a header as a browser shows it; a pattern, read by the model's
  features, but no fit gold text's features or headers move). The "name-comma-on-date" pattern
  takes the header as a browser's text shows its link to the commenter's Twitter account: "Jamie
  Wayne, on November 7th, 2012 // Twitter: @jamieguijarro", and "… 2012 //" for one who gave none
  (the gold texts, and a scraper's, have "… 2012   @jamieguijarro"): no header was read on fit
  R904 and R905. Figures, before → after: `python benchmarks/text_split_page_dumps.py`: pages
  without gold comments given some 7.3 % (32) → 7.3 % (32), thread found 182 → 184, comments F1
  84.6 → 85.5; `--source-newlines`: 8.9 % (39) → 8.9 % (39), 175 → 177, 80.9 → 81.8; `analyzer
  evaluate text-split` fit 98.9 / 98.5 / 98.0 / 0.4 and `python benchmarks/text_split_unseen_sites.py`
  (96.2 % / 97.1, every line) unchanged. Tests: `tests/test_segment_text_page_clutter.py` (English:
  the shape has no Persian form).
- Session 18 (whole-page dumps: "Post a Comment" over the thread; rules only, no retraining). A
  `text_patterns.END_OF_PAGE` line ("Post a Comment", "ارسال نظر") right over a header that names
  someone and a date (the next non-blank line: "1 Stuart McIntyre http://… | 11/7/2012 11:57:57 PM")
  is a link to the form over the thread, as Domino blogs print it, not the form: the page no longer
  ends there (`text._cut_end`); read as the form, it cut fit R739's and R740's threads off (the gold
  texts have no such line: no fit gold text's features or headers move). Figures, before → after:
  `python benchmarks/text_split_page_dumps.py`: pages without gold comments given some 7.3 % (32) →
  7.3 % (32), thread found 184 → 186, comments F1 85.5 → 86.5; `--source-newlines`: 8.9 % (39) → 8.9
  % (39), 177 → 177, 81.8 → 81.8; `analyzer evaluate text-split` fit 98.9 / 98.5 / 98.0 / 0.4 and
  `python benchmarks/text_split_unseen_sites.py` (96.2 % / 97.1, every line) unchanged. Tests:
  `tests/test_segment_text_page_clutter.py` (English and Persian).
- Session 19 (the choice of cuts, retrained: `analyzer train text-split`). Cross-validation now
  runs with five fold assignments (`boundary_train.FOLD_SALTS`: a page's fold is the hash of a salt
  and its id) and the cuts are chosen on the mean of the five. With one assignment the choice
  turned on a page or two landing in one fold or another (session 18 above): per assignment the
  best cuts were C 0.003, threshold 0.15, window 2 at 0.05; C 0.01, 0.15, window 2 at 0.1 (twice);
  C 0.01, 0.2, window 2 at 0.1; C 0.01, 0.2, window 2 at 0.05. Averaged, C 0.01, threshold 0.2,
  overrule 0.7, window 2 at 0.1 (score 98.60: start share plus a hundredth of comments F1) leads
  threshold 0.25 (98.57) and the cuts shipped before, window 3 (98.54, third); the single
  assignment's choice ranks far down (98.29). The weights do not change (same C); only the window
  does. `analyzer train text-split` now gives the shipped model again, in 270 s instead of 65 s.
  `analyzer evaluate text-split`, before → after: fit start 98.9 → 99.1 %, comments F1 98.0 →
  98.0, article 98.5, invented 0.4 %; validation (printed once, after the choice) start 93.1 →
  92.8 %, comments F1 89.1 → 89.0, article 97.4, invented 1.9 %: one validation page's start is
  no longer within one line.
- Session 19 (shortened relative times; a comment's date under its text; retrained). Units
  shortened as comment systems print them ("Sam Lee · 2 hrs ago", "Maya · 1 hr ago", "5 mins ago",
  "3d ago", "2h ago": Ghost, Commento) are read beside a name on the header's line
  (`text_patterns._AGO_SPELT`), as "a year ago" is: the `ghost-dot-ago` limit is now a passing test.
  Read alone on a line too (in `DATE`), they dated lists of stories: whole-page dumps of fit pages
  given comments 32 → 35, so not there. A name-date or name-dash-date header whose name holds a
  date is none (`text_patterns.match_header`): "Posted on Nov 06 2012 3:15 pm - 1 hour ago" under a
  "NAME says:" comment was read as a header named "Posted on Nov 06 2012 3:15 pm" (fit R341, R342;
  T61's and T121's "Posted: DATE Updated: DATE" datelines too), and such a line is no title of the
  comment below (`text._date_line`): a comment whose header has no date takes it from a date line
  closing its text (`text._split_at`), so R342's 27 comments get their dates in place of their
  neighbours' date lines as titles. Fit gold lines whose header match changes: those 25 and
  "Karanvir Singh / 8 hrs ago" (T99), so `analyzer train text-split` was rerun: the same cuts
  (C 0.01, threshold 0.2, overrule 0.7, window 2 at 0.1; five-assignment fit start 97.7 %,
  comments F1 95.1 → 95.4). `analyzer evaluate text-split`: fit 99.1 % / 98.5 / 98.0 / 0.4 %
  unchanged (R342 0.88 → 0.94, R341 0.99 → 0.98: the gold counts "Posted on" and "1 hour ago",
  which the date field leaves out); validation start 92.8 %, comments F1 89.0 → 88.9 (that date
  field), article 97.4, invented 1.9 %. `python benchmarks/text_split_page_dumps.py` 7.3 % (32),
  186, 86.5 → 86.6; `--source-newlines` 8.9 % (39), 177, 81.8; `python
  benchmarks/text_split_unseen_sites.py`: without their own header patterns start right 96.2 →
  95.6 % (one page of 182), comments F1 97.1; the rest unchanged. Tests:
  `tests/test_segment_text_short.py` (`ghost-dot-ago`, `says-posted-ago-footer`, a Persian comment).
- Session 19 (whole-page dumps; rules only, after the model, no retraining: the model's features
  and every fit gold text's segmentation unchanged, compared page by page). One name beside its
  score ("xdwyer 5 pts", Livefyre's and Yahoo's `name-points` headers, which want two) heads a
  one-comment thread past the opening lines when words that read as a comment follow
  (`text._lone_scored_comment`). A lone footer naming someone beside a date ("October 19, 2012 |
  Fazal Majid", Squarespace) closes the page's one comment when it is the last kept line above the
  comment form, not only the page's last line (`text._thread_end`, `text._footer_style`). A thread
  of bare name lines under no heading whose three or more comments mostly hold no sentence is a
  footer's link lists under their labels ("Reviews", "Football411"; `text._link_sections`). A list
  of dated entries takes titles of any words ending in a date (forum topics, `text_patterns.TITLE_DATE`)
  and keeps its last entry when a menu follows it. Figures (`python
  benchmarks/text_split_page_dumps.py`, fit pages): given comments without gold ones 7.3 % (32) →
  5.7 % (25), threads found 186 → 187 of 193 (two found, R493's football menu and R249's related
  box no longer taken for threads), comments F1 86.6 → 88.1; `--source-newlines` 8.9 % (39) →
  8.7 % (38), 177, 81.8 → 81.9. `analyzer evaluate text-split`: fit unchanged (99.1 % / 98.5 /
  98.0 / 0.4 %); validation, read as a whole after each rule: start 92.8 → 93.1 %, comments F1
  88.9 → 89.9 (one more validation page's thread found: 9 → 8 pages without one), article 97.4 →
  97.5. Tried and not kept: a thread of pingbacks alone as no thread (three fit pages; validation
  start 92.8 → 92.5 %, comments F1 89.0 → 88.1; the gold counts pingbacks as comments); the
  Squarespace footer for threads of several headers (`--source-newlines` F1 81.8 → 81.3); counting
  only a final full stop as a sentence in link lists (validation 93.1 → 92.8 %, 89.9 → 89.0).
  Tests: `tests/test_segment_text_whole_pages.py` (English; Persian for the footer and the dated
  lists; the Livefyre and link-list shapes have no Persian form the rules read).
- Session 19 (one-comment threads; helper branch, merged, then retrained). Looked for on the fit
  threads cut after their first comment (`benchmarks/text_split_unseen_sites.py`, last line): a
  lone Slashdot comment, its title with a moderation label ("iSore? (1, Insightful)", "(Score:2)")
  or "by NAME (543817)" (not a year in the brackets), heads a one-comment thread after the model
  (`text._lone_scored_comment`; those kinds want 6 and 2); so does a bare name line only a
  commenter signs with, a first name and an initial ("Amy D.") or "Anonymous" / "ناشناس", under the
  lone-comment guards (past the opening lines, near the page's end, in a reader's voice, a name the
  article does not give; `text._lone_handle_header`); in the "NAME DATE" and "NAME said on DATE"
  patterns a name may hold the full stop of Dr., Mr., Ms. or Mrs. ("Dr. Joan McGettigan10/28/12
  5:33 PM"; not "St.", which opens datelines: "St. Louis"). The last changes the features of four
  fit pages (R246, R656, R894, R990: a commenter's "Mrs. …" / "Dr. …" header read), so `analyzer
  train text-split` was rerun: the same cuts, five-assignment fit start 97.7 → 97.8 %, comments F1
  95.4 → 95.5. Mine, after it: a Persian sentence closed inside quotation marks (".»", "؟»") is
  the article's prose (`text._running_text`), as ".”" was; the opening lines ended too low on a
  short Persian page, and a lone header there was dropped (no fit gold line ends so). Figures:
  one-comment threads start right 93 → 97 of 101 (92.1 → 96.0 %); `analyzer evaluate text-split`
  fit 99.1 % / 98.5 / 98.0 / 0.4 % and validation 93.1 % / 97.5 / 89.9 (89.88 → 89.95) / 1.9 %;
  page dumps 25 (5.7 %), 187, 88.1 and `--source-newlines` 38, 177, 81.9, unchanged; `analyzer
  evaluate extraction` unchanged. Tried and not kept: a lone "NAME said," / "NAME گفت:" near the
  page's end over a reader's text (fit R220; validation start 93.1 → 92.8 %, invented 1.9 → 2.3 %).
  Still missed: "NAME - PLACE - DATE" (R16), a date line over a name with a symbol ("Brandon ☆",
  R244), "Anonymous" over text that does not read as a reader's (R588). Tests:
  `tests/test_segment_text_short.py` (English and Persian for each).
- Session 20 (one-comment threads of common comment systems; helper branch; rules after the
  model, no retraining). Chosen on synthetic shapes of comment systems (an article, "Comments",
  one or two comments) and fit pages only. A thread heading ("Comments", "2 comments:", "نظرات")
  over a bare date is no author (`text._author_above`: Disqus without names, "Comments" over "2
  hours ago", was one comment by "Comments"). In the last look (`text._with_lone_dated_header`):
  headers the patterns want several of head a thread of one or two when the first stands right
  under the thread heading below the prose (`text._in_a_headed_thread`, `text._below_the_heading`:
  "NAME from Chicago writes:", a bare "2 hours ago", "مریم می‌نویسد:", "۲ ساعت پیش"); a lone
  footer under that heading closes its comment whatever its voice, one opening with a dateline
  word or a dash too ("Posted by NAME at 3:15 PM", "— NAME, DATE"; `text._a_lone_footer`, which
  the patterns' lone look now asks too; above the heading such a line is Blogger's post footer or
  a letter's signature and stays the article's; a reply button under a lone footer is no text
  after it); numbered names right under it head comments
  ("1. John Smith", "۱. مریم"; `text._numbered_name_headers`, the bare-name run read without the
  numbers). "Comment #1 by NAME" / "Reply #2 by NAME on DATE" is a pattern that counts alone
  (`numbered-by`), and "Comment" is no part of a name read by its shape ("Comment by NAME — DATE
  @ TIME", Kubrick), both English only. No fit gold line or fit whole-page-dump line matches the
  new pattern or shape word, and no fit gold text's output or model scores move. Figures:
  `analyzer evaluate text-split` fit 99.1 % / 98.5 / 98.0 / 0.4 % and validation 93.1 % / 97.5 /
  89.9 / 1.9 % (8 validation pages still without their thread), unchanged; page dumps 25 (5.7 %),
  187, 88.1 unchanged; `--source-newlines` fit pages without comments given some 38 → 37 (8.7 →
  8.5 %: a "Comments" heading had named a date line's comment), 177, 81.9; unseen-sites benchmark
  unchanged (one-comment threads 97 of 101). Known limit kept: a Persian "NAME می‌گوید:" over a
  quotation under a subheading reads as a comment by its shape, before and after (xfail). Tests:
  `tests/test_segment_text.py` (English and Persian for each rule but the English-only two).
- Session 20 (header patterns and names; no retraining). Facebook's comment plugin as 2012 pages
  print it: "Reply · Like · Follow Post · November 7, 2012 at 3:15pm" is its footer
  (`like-reply-footer` takes a full date; Persian "پاسخ · پسندیدن"), the name line's badges ("Jane Doe
  · Top Commenter · Boston") are no part of the name, and the box's "Add a comment..." / "Comment
  using..." / "Facebook social plugin" are clutter. phpBB's "Post by NAME » DATE" is `by-on` ("پست
  توسط NAME » DATE" `fa-by`). The label or verb between a name and its date is no part of the name
  ("NAME (PLACE) Posted: DATE", "QueenSashy added 1 day ago", "Sam replied 2 hours ago", "Comment
  from Sam on DATE", "ارسال توسط علی در DATE"; `text._clean_author`; a story's "By NAME" stays, as the
  byline rules read it). No fit gold line changes its header kind and the model's features on fit
  pages are unchanged (hashed); one fit page's comments F1 0.992 → 0.978 (R741: the gold keeps
  "added", the author field no longer does). `analyzer evaluate text-split`, page dumps and
  `analyzer evaluate extraction` unchanged at the decimals they print. Tests:
  `tests/test_segment_text.py` (`facebook-plugin-2012`, `phpbb-post-by`, `posted-label` and their
  Persian twins; `test_a_header_s_verb_or_label_beside_the_name_is_no_part_of_it`).
- Session 20 (whole-page dumps; rules after the model, no retraining). Where the page's one header
  opens as a byline ("By NAME on DATE"), the comment under it is the post when it holds three or
  more sentences of prose and more than the page above it, counted in sentences
  (`text._prose_sentences`), not lines: a whole page's dump puts each paragraph on one line, and a
  post of twelve sentences on two lines stayed a comment. A thread whose first two comments are
  nobody's, each a tweet with its writer's handle first and a link, hashtag or mention
  (`text_patterns.TWEET`: "graemewearden: … http://t.co/…" over "about 2 hours, 39 minutes ago"), is
  a site's Twitter box (`text._tweets`). `python benchmarks/text_split_page_dumps.py`: fit pages
  without comments given some 25 → 22 of 436 (one byline page, two Twitter boxes, both on the
  Guardian's pages), threads 187, F1 88.1 unchanged; `--source-newlines` 37 → 35; no fit gold text's
  output moves, so `analyzer evaluate text-split` is unchanged. Tried: sentences for every first
  comment (not only under a byline) at 3 lost a fit one-comment page (R865); at 5 to 10 gave 24 to
  37 pages comments. Tests: `tests/test_segment_text_whole_pages.py` (English and Persian).
- Session 20 (Persian news and blog threads, issue #5; rules after the model, no retraining). On
  fixtures in the shapes Persian sites print (a harness of an eight-line Persian article and one to
  three comments, 21 layouts): a row of like and dislike counts under "Reply" ("پاسخ" over "۱۲ ۳",
  "12 3") is chrome (`text_patterns.BARE_COUNT`); the news sites' counts in a row ("انتشار یافته : ۲ |
  غیر قابل انتشار : ۱") are clutter; the form's "فرم ارسال نظر" heading ends the thread
  (`THREAD_END`), "نام و نام خانوادگی" and "Full name" are a form's name field (`FORM_NAME`);
  "NAME در تاریخ DATE گفته:" and "می گوید:" with a space are `fa-name-on-date-said`; a day's word
  with its time ("دیروز ساعت ۱۵:۱۰", "Yesterday at 3:41 pm") and the Persian comma with a space
  before the time ("۱۶ آبان ۱۳۹۱ ، ۳:۱۰ ب.ظ") and a two-digit Solar year ("۱۶ آبان ۹۱ - ۱۵:۱۰",
  read by `dates.to_iso` too: 75 to 99 are 13xx) are dates (`DATE`, `_TIME`), and so is "لحظاتی
  پیش" ("moments ago", the fetch time; Persian only: alone on a line an English relative time also
  dates lists of stories); "نوشته شده توسط NAME"
  gives NAME as the article's byline, not "شده توسط NAME" (`BYLINE`; English "Written by" left out:
  32 fit pages' opening lines left their article's text); where the rules' only headers are the
  post's bylines above its prose, the lone look still runs (`text._bylines_alone`), so one comment
  under a bylined post is found (any header above the prose was tried: two short pages of the
  unseen-sites check lost their start). No fit gold line's header match moves, no fit page's output
  moves: `analyzer evaluate text-split` and the three benchmarks are unchanged. Tried and dropped: a
  place in brackets after a name ("ناشناس (تهران)") taken off it: on 30 fit outputs the brackets held
  a blog's name ("Jane Stewart (Dances With Crayons)"), and the place tells anonymous readers apart.
  Tests: `tests/test_segment_text_fa_news.py` (Persian and English).
- Session 21 (names, dates and replies in comment headers; retrained, as header kinds moved on fit
  pages). Found by reading every fit output's authors and dates for what no commenter is called:
  "NAME says:" over "on October 27, 2012 at 3:19 am" gave every comment the author "am" or "pm"
  (`on-date-name` took the time's marker for a name; it now refuses a time or "am" there) and, with
  that fixed, "on" (`name-date`); the line is a `date` ("on" / "در" before a date alone). A name
  closing a comment right over the next header ("Many thanks" / "Chris" over "Robert K. says:") is
  its writer signing off, not the title of the comment below, when it is the writer's name or starts
  their first name, or follows or opens a closing formula (`text._signs_off`,
  `text_patterns.VALEDICTION`, `SIGNED`: "Kind regards – Anders", "با تشکر" over "مریم"). Movable
  Type's "NAME replied to comment from OTHER | DATE |" (Persian "در پاسخ به") is `replied-to`: the
  writer, and the comment answered (`Comment.parent`); it was read as one long name, or past
  `name-date`'s 40 characters as the text of the comment above. A date and a separator before a name
  ("۱۴ آبان ۱۳۹۱ / مریم می‌گوید:", "10. Jul, 2012 / Deidre says:") are the date, not the name;
  Slashdot's user number with its "writes:" and address, and its "(#40750213) Homepage Journal"
  after the date, are neither name nor date; a header's "by" ("by Hatta (162192) writes:", "#
  posted by hill") and a permalink's "#" alone are no part of the commenter's name (taken off last,
  `text._commenter`: the rules still read "By NAME" to tell bylines from comments); a blog's
  address in a name ("Kiran @ KiranTarun.com October 29, 2012 at 12:57 am") no longer ends it at
  its dot (`_DOMAIN_DOT`); a verb of saying between a name and its date ("Mazulumazulu Says: DATE",
  "مریم می‌گوید: DATE") is no part of the name (with its colon only: "Edward Said" is a name); an avatar's caption ("Keir's picture", "تصویر کاربر
  مریم") is clutter (`CLUTTER`). `analyzer evaluate text-split` (retrained: cross-validation chose
  the same cuts, C 0.01, threshold 0.2, overrule 0.7, window 2 at 0.1): fit comments F1
  98.01 → 97.97, validation 89.95 → 89.90, validation article F1 97.48 → 97.46, the other figures
  unchanged: the gold keeps what the fields now leave out ("by", Slashdot's "(#40750213) Journal",
  "replied to comment from", the avatar's "Keir's picture": on fit pages T21 0.054 and R700 0.027
  lower, R278 and R279 0.025 higher, 16 pages move). Page dumps: threads found 187 → 188 of 193,
  comments F1 88.1 → 88.3, pages given comments 22 unchanged (`--source-newlines` 177, 81.9 → 82.0,
  35). `analyzer evaluate extraction` unchanged. Short titles of fit outputs (three words or fewer)
  267 → 93, most of those left on one page numbering its comments (R988). A link, a line without a
  word or a signature after a dash ("-Rudy") is no title
  (`text._never_a_title`), nor is a closing formula right under the comment's text ("Thanks!"); over a
  blank line it still is ("Thanks" in `titles-over-by-on`). Then a number alone right over a header
  ("96" over "Dimple Says:", a theme's comment number) is neither the comment above's last line nor
  the title of its own (`text_patterns.COMMENT_NUMBER_LINE`; features unchanged, retraining gives the same model): fit comments
  F1 97.97 → 97.95 (R988, R982, T148, whose gold keeps the numbers), validation 89.90 unchanged at two
  decimals. Then WordPress pingbacks, "POST TITLE | BLOG says:" over a date (Persian "… « BLOG
  می‌گوید:"), are comments by BLOG titled POST TITLE (a `says` / `fa-says` pattern with a title of
  three words or more, before the name's own): past 60 characters the line was no header and the
  pingback joined the comment above (R927 15 → 20 comments); retrained (weights move a little, same
  cuts); fit comments
  F1 97.95 unchanged at two decimals, validation 89.90.
  Then a reply link after a header's date on a whole page's text ("Tom Trinchera | November 12, 2012
  9:57 AM | Reply", "| پاسخ") is no part of it (`text_patterns._LINK_AFTER`, after a bar only, in
  `name-date` and `replied-to`; not "| Permalink", which also ends TypePad's post footer "Posted by
  NAME on DATE | Permalink": taken, it made two fit pages' footers threads, and a lone "NAME | DATE
  | Permalink" under an article naming NAME would be a comment, against
  `test_a_lone_header_of_an_unknown_shape_needs_a_time_and_a_name_the_article_lacks`):
  no fit gold line's header match moves and the model's features are unchanged (no retraining);
  whole-page dumps comments F1 88.3 → 88.8 (R990's replies were the text of the comment above),
  pages given comments 22 unchanged. Tests: `tests/test_segment_text.py`
  (English and Persian but Slashdot's and the recommendation count's, which are English sites' own).
- Session 22 (comment systems the fit pages do not show; rules only, no retraining). A harness of
  thirty comment-header shapes of 2012 platforms, one and two comments under a short article
  (`tests/test_segment_text_short.py`), found these misread: a WordPress theme's links after the
  date under the name ("November 7, 2012 at 3:15 pm | Permalink | Reply", "| پیوند ثابت | پاسخ")
  gave every comment the name "Permalink | Reply" (`date-name`); the line is now a `date` when one
  of its links is a comment's own (reply, report, quote: `text_patterns._LINKS_AFTER`), since "DATE
  | Permalink" alone ends TypePad's post footer (read as a date, it lost R910's whole-page thread).
  Blogger's classic "At 3:15 PM, Anonymous said..." kept the time in the name (`on-date-said` takes
  "at" and a time of day). The NYT's place with its state or country under the name ("Jane Doe" /
  "Chicago, IL" / "Nov. 6, 2012", "شیراز، ایران") was the author and the name a comment of its own
  (`text_patterns.PLACE_LINE` in `text._name_over_place`). Old Reddit's collapse link ("[–]
  SeaDog71 12 points 3 hours ago") stayed in the name. Yahoo's row under a comment with its reply
  count ("Reply • 12 replies", "پاسخ • ۱۲ پاسخ") was the next comment's title, and under a lone
  comment it hid the thread (`CHROME`). No fit gold line's header match moves, the model's features
  hash the same, and every fit output (gold texts and whole-page dumps) is unchanged:
  `analyzer evaluate text-split` and the benchmarks unchanged. Left: Daily Mail's footer ("- NAME,
  PLACE, 07/11/2012 15:15") under a lone comment (a letter's signature reads the same), a date over
  the name ("3:15 pm, November 7, 2012" / "Brandon ☆": a dated list's entry reads the same), "NAME
  Chicago, IL DATE" on one line under a lone comment.
  Then Persian in a reader's voice (`text_patterns.CHATTY`, a feature of the model and what the
  lone-comment rules want): "من" ("I") was found inside words ("منطقه", "region": an agency's
  dateline under a Persian news line read as a lone comment's footer), and "شما" ("you"), "موافقم"
  ("I agree"), "سپاس", "متشکرم", "مطلب", "لطفا" were not words of it; the model's line features
  took no "؟" for a question or a sentence's end. Fit features hash the same (no Persian there).
  Then Persian punctuation where the rules knew only the Latin marks: a line ending in "؟", "،" or
  "؛" over a date is no name (`text._author_above`), one ending in "،" or "؛" is no title
  (`_title_like`), and "؟" ends a sentence for `_text_like` and the header shapes. And right over
  a date, a short line ending in a full stop is a name only as an initial ("Sara K.", "Jr."): a
  comment's last line ("It is fixed now.", "هفته بعد درست می‌شود.") was the next date's author, and
  the comment under it was then lost as text of the one above (`_without_dates_in_text`).
  Every fit gold text's output unchanged; whole-page dumps: R122's bogus comment by "Loading..."
  gone, comments F1 88.8 → 89.0 (`--source-newlines` 82.0 → 82.3).
  Then a Persian clause without its full stop ("این کار درست است", "کشتی‌ها دیر می‌رسند") right
  over a date is no name (`text_patterns.persian_clause`: a verb's "می‌" / "نمی‌" or a word no
  name holds, `FA_CLAUSE_WORDS`, also in `NAME_STOPWORDS`). English "It is fixed now" there is still
  read as a name: fit commenters sign "Gretchen in the HB", "Tim, Toby and Tom". Fit outputs unchanged.
  Then whole pages with their source's line breaks (`benchmarks/text_split_page_dumps.py
  --source-newlines`): "Post a Comment" over the thread's count ("241 Comments and 16 Replies") and
  the first comment's number ("1") over "NAME | DATE" was taken for the comment form and the page cut
  there, thread and all (R246, R739, R740); up to three lines under it are now looked at
  (`text._over_a_dated_header`), past a heading, a count (`text._comment_count`: "۲۴۱ نظر"
  too) or a number. Threads found 177 → 180 of 193, comments F1 82.3 → 83.8, pages given
  comments 35 unchanged; default whole-page dumps and every fit gold output unchanged.
  Then, on whole pages: "Post a comment" over a name line and its date alone ("Dirk Heuff" over "Aug
  8 2012", T34) is the link over the thread too, and no name ("ارسال نظر" read as the first
  commenter's) nor text (`_clutter_mask` drops such a line the cut kept); a post's line counting its
  comments ("{ 69 comments… read them below or add one }", "Category: Add/View Comments [10]",
  `DECLARED_COUNT` reads "[10]" too) is no comment's title (`text._furniture`; titles of 25 fit
  whole-page dumps), except a count of none, which tells `_article_as_first_comment` that no thread
  follows ("READ ALL COMMENTS (0) ADD A COMMENT" over related stories: taken, it made T146's and T77's
  lists threads). Whole-page dumps comments F1 89.0 → 89.1; `--source-newlines` 181 threads, F1 83.8
  → 84.4; pages given comments unchanged in both; fit gold outputs unchanged.
  Then commenters' names: HuffPost's fan count under the name ("NICENESS" / "152 Fans" / "23 seconds
  ago"; "۱۵۲ دنبال‌کننده") was every comment's author on T121 and T61; the name over it is now
  (`text_patterns.FAN_COUNT` in `text._author_above`), and the count no title (`_title_of`). A
  comment's number without its dot and the commenter's site around a name ("1  Stuart McIntyre
  http://… | 11/7/2012", R739, R740) are taken off it (`text._clean_author`; not a date's day:
  "۱۴ آبان ۱۳۹۱ / مریم"). Features hash the same (no retraining; made clutter, the count moved them
  and a retrained model's five-fold comments F1 fell 95.4 → 95.0, so it is read where names are
  read instead). Fit comments F1 97.95 → 97.86 (the gold keeps the counts, numbers and addresses the
  names now leave out), validation 89.90 unchanged; unseen sites without their own patterns 96.9
  → 96.8; whole-page dumps 89.1, `--source-newlines` 84.4 → 84.3 (the same pages' gold).
  Then a name line ending in a credential in capitals ("Jim Thompson MD", `text_patterns.CREDENTIALS`)
  is a name, not a heading (`text._name_like`): a thread of bare names was lost whole, and under the
  NYT's layout the place was the author. Every fit output unchanged (no fit name ends so).
- Session 23 (more comment systems and whole pages; retrained once). The header harness, widened
  to forty more shapes and to the buttons, badges and links a comment system prints around a comment,
  found: Topix's "#1 Nov 7, 2012" under the name made every author "1" (the `date` pattern takes a
  comment's number before the date; "#1 John Smith" and "#1" alone between name and date are no part
  of the name either); "7-Nov-2012" was no date; a comment's buttons and their counts stayed in its
  text ("Recommend (3)", "Like · Reply · 3", "Thumbs up 12 Thumbs down 3", "0 0 Rate This", "Agree
  (12) Disagree (3)", "موافقم ۱۲ مخالفم ۳"; "۱۲ ۳ پاسخ" hid a thread: `CHROME` reads a row of buttons
  with counts before or after them, a vote word alone stays a comment). One fit gold line is now
  chrome (T18's "0 (0) 0 SHARE"), so the model was retrained: five-fold start 98.0 %, comments F1
  95.3 as before, invented 0.5 → 0.6 %, every fit output the same; one short one-comment check (R16)
  fell just under the threshold (0.207 → 0.199 against 0.2). A thread's own navigation is clutter
  ("« Older Comments", "Page 1 of 3", "View 3 replies", "Load more", "نمایش نظرات بیشتر"; "View all
  45 comments" under a lone comment hid it), and a form's field that says it is required ("Name
  (required)", "نام (الزامی)") ends the thread. A name line naming whom the comment answers ("Ann Lee
  in reply to John Smith", "مریم در پاسخ به علی") gives the name and the parent; a reply's arrow
  ("↳") and a badge ("Top Commenter", "NYT Pick", "کاربر ویژه") are neither name nor title.
  Then whole pages (`benchmarks/text_split_page_dumps.py`, both readings): a form's link in a row of
  links ("199 comments" / "|" / "Add comment") or beside another link ("Post a Comment" / "Get a
  Gravatar") over the first comment's header cut the page there (T54's 209 comments, R753, R755); a
  header's tail on a line of its own ("said...", "44 pts", "(Score:5, Insightful)") and a footer
  parted over lines ("Posted by:" / "NAME |" / DATE; "October 19, 2012 |" / NAME) are put back on one
  line (`text._rejoined`); a thread that starts at its heading starts no higher (Blogger's post footer
  over "6 comments:", a post's "Posted in … | 1 Comment »"); TypePad's "« PREV | Main" over the
  post's date and a menu's last item over it ("/" / "MAGAZINE") are no names; a comment form right
  under the last footer is no text after it (Squarespace's "DATE | NAME" footers were read as
  headers, each name on the next comment's text); "Reader Comments (4)" is a heading, and a footer
  over it closes the article, not a comment. Whole pages: comments F1 89.1 → 91.5, pages given
  comments 22 unchanged; with source line breaks threads 181 → 187 of 193, F1 84.3 → 91.4, given
  comments 35 unchanged. Every fit gold output unchanged; validation unchanged (89.9).
- Session 24 (what headers print around the name and date; retrained twice). Hand-written dumps of
  one and two comments in English and Persian found: a date and its time parted by a bar or a dot
  ("Nov 7, 2012 | 3:15 PM", "NAME · DATE · 15:15", "۱۶ آبان ۱۳۹۱ | ۱۵:۱۵") read the time as the name;
  "Nov 7 '12", RFC 2822 offsets ("+0000" was the name), ISO 8601 and ctime dates were no dates (or
  lost the year); an edited mark ("· Edited", "(ویرایش شده)"), "Posted:" / "ارسال:" before the date,
  "at" in "Posted by NAME at DATE", "گفت:" / "گفته است:" before it, "via Facebook" and "Name:" around
  the name stayed in it. Chrome around a comment: vote arrows ("▲ 12 ▼"), "Points: 12", "امتیاز: ۱۲",
  "12 people like this", "Flag ▾", Drupal's "Login or register to post comments" (every next
  comment's title on T145's and T21's whole-page dumps), sign-in buttons, avatars' labels ("Avatar
  for NAME", "Gravatar"), Disqus's "Guest" (a badge); "In reply to NAME." under a reply's header
  names its parent (T65). Headings "Have your say", "Join the discussion", "تعداد نظرات: ۲"; a
  labelled title ("Subject: …", "عنوان: …") over the name is the comment's; "Comment" over a form's
  "Name *" ends the thread; a reply quoting an earlier comment under another header shape stays one
  comment. The bar and the offset changed the features of a few fit datelines (Zero Hedge's
  "Submitted by NAME on 08/09/2012 14:30 -0400" is now read as the post's byline), so the model was
  retrained twice: five-fold start 98.0 → 97.9 %, comments F1 95.3 → 95.1; R765's article's last
  line became its first comment's title (start still within one line). Fit, validation (93.1 % /
  89.90), whole pages (91.5, 91.4) and unseen sites unchanged. Then whole pages' articles: a dated
  line a sidebar repeats ("02 November 2012", "Pinned 1 week ago") opened an article and lost the
  post above it (R475–R478, R941, T35 with source line breaks); it opens none now, and Pinterest's
  "Pinned" is a dateline's word (T35's box is no thread). `benchmarks/text_split_page_dumps.py` prints
  the whole pages' article F1: 61.2 → 61.3, with source line breaks 60.2 → 60.8; pages given
  comments 22 → 21 of 436. And where prose stands above the first repeated title, the first
  article opens at the page's first line: a line repeated further down (a caption, a price, a
  menu's "Login", 'In "Recipes"' under Jetpack's related posts, a known limit until now) was the
  only title and the prose above it was lost; a separator ("—————", "***") opens no article. Fit
  article F1 98.52 → 99.32, validation 97.47 → 97.99 (11 fit gold articles had lost a fifth to nine
  tenths of their text); whole pages' article F1 61.3 → 67.7, with source line breaks 60.8 → 67.8.
- Session 25 (a whole page's furniture among an article's lines; rules only, no retraining: the
  model's features and every thread the same). An article's stretch of a dump drops runs of eight
  kept lines or more of which none is prose (`text._page_furniture`: twelve words or more, or a
  sentence of ten): a whole page's menus, archives, "Recent Posts" and category lists. The run's
  last lines over prose from the first one longer than a menu's label (three words) among its last
  three stay, as the post's title, byline and date; a run introduced by a colon ("Ingredients:",
  "The areas are:") or made mostly of list items (`text_patterns.LIST_ITEM`: numbered, bulleted,
  quantities, "Label: value", items closed by a comma, notes in brackets, not a count in brackets:
  "April (15)" is an archive's) stays; an article with
  no prose line keeps everything. Chosen on fit pages against both readings: the whole pages' and
  the clean gold texts' articles (a run of five or three lines, or every list, cost the gold texts'
  articles 0.4 to 2 points). Whole pages' article F1 67.7 → 73.8 (precision 58 → 66 %), with
  source line breaks 67.8 → 74.4; comments and threads the same; fit gold article F1 99.32 →
  99.25, validation 97.99 → 97.84 (recipes' ingredients and lists of places or features without
  such marks leave the gold texts' articles; R15's and R811's lists, each 0.1 to 0.18 of their
  article). Comments F1 and thread starts unchanged on fit and validation. A copyright notice at a
  line's start ("© 2012 …", "Copyright …", "All rights reserved", "کلیه حقوق … محفوظ است") below the
  article's first prose opens the page's footer, which leaves the article with all below it (not
  one mid-line: a credit, "Holy Bible, … Copyright © 1973"; nor a sentence about copyright: the
  notice has a year after "Copyright", the Persian one "محفوظ"): whole pages' article F1 73.8 → 74.1,
  with source line breaks 74.4 → 74.7 (111 pages up, one down: 143, whose gold keeps a slideshow
  under the AP's notice); every fit and validation gold figure unchanged. An article whose first
  prose stands past its fourth line takes for its title the longest title-like line among the
  three over that prose (`text._title_over_prose`; more than three words, not a name, a date, a
  time, a byline, a list item or a "Label: value" line), where the first three lines' longest was
  the site's name, its tagline or a skip link: `benchmarks/text_split_page_dumps.py` now counts
  the titles among the gold article's first three lines, 227 → 262 of 629 whole pages, with
  source line breaks 211 → 238; on the fit gold texts 12 titles changed, 10 for the better (the
  FDA's releases were titled "Media Inquiries: NAME", four news pages "24") and 2 for the worse
  (269's photo caption, R51's "April M. Mohr, contributor"); token figures unchanged. A header
  whose comment opens with a post's share bar (three lines or more of share links: "Facebook",
  "Twitter", "Digg", "ایمیل"; or "Share This Post") is read as a byline (`text._share_bar`): the
  comment is the post when it holds more prose than the page above (not at once: R900's thread
  opens under the post's bar). Whole pages given comments 21 → 20 of 436 (199), with source line
  breaks 35 → 33; article F1 74.1 → 74.2 and 74.7 → 74.9; threads and comments F1 the same;
  every fit and validation gold figure unchanged. At an article's top, over its first prose,
  five such lines besides the post's opening are enough (`OPENING_RUN`: a site's name, its tagline,
  a skip link and a short menu; not where a byline or a date line stands among them, the post's own
  opening): article F1 74.2 → 74.4, with source line breaks 74.9 → 75.0;
  titles 262 → 276 and 238 → 251; gold figures unchanged (three lines cost the gold texts 0.05).
  Tried and not kept: a run holding a byline or a date line kept from the line over it on (304's
  and R487's titles and bylines sit in long runs): whole pages' article F1 74.45 → 73.97 and titles
  fewer (my count on 646 pages 285 → 282), gold texts unchanged.
- Session 26 (a whole page's side blocks; rules only, no retraining: the model's features and
  every thread the same). The runs of furniture part an article's stretch into blocks; a block
  whose sentences (words on lines that end one, of ten words or more) are fewer than half the
  main block's, the one with the most, is a sidebar's or a footer's prose and leaves the article
  (`text._side_blocks`: an "About me" box, a newsletter's sign-up, a teaser) unless a byline or a
  date line stands among its first three lines (a post's header over a short or list post that an
  "About me" box outweighs: R569, R121). Sentences, not long lines: a forum's list of topics has
  lines of twelve words and more that end in no full stop (R121's outweighed the post). Whole
  pages' article F1 74.4 → 77.1 (185 pages up, 4 down, the worst by 0.02), with source line
  breaks 75.0 → 76.8 (166 up, 5 down, the worst by 0.02); titles 276 → 289 and 251 → 264;
  threads, comments and pages given comments the same. Fit gold article F1 99.25 → 99.24 (T135:
  a recipe round-up's last links under a run of them), validation 97.84 → 97.74 (read as a whole
  only); comments F1 and thread starts unchanged on fit and validation. Tried and not kept
  (figures of a first version, which also kept only the first block where none holds a sentence): the
  main block weighed by its prose lines (twelve words or more) instead of sentences (R121's
  forum list won: 76.35); shares of 0.3 and 0.8 (76.9, and 77.2 with pages up to 0.58 worse: 445, 268);
  no byline or date guard (77.3, with R569's and T127's posts lost).
  A comment form's line below the article's first prose (`text_patterns.THREAD_END`: "Speak your
  mind", "Post a Comment", "Cancel reply", "Older Post Home", "پاسخی بگذارید") opens the page's
  footer as a copyright notice does: on a page without a thread, or above it, the form closes the
  post and the rest is the page's (the forms in `END_OF_PAGE` already cut the whole page). Whole
  pages' article F1 77.1 → 78.0 (39 pages up, 3 down by at most 0.015), with source line breaks
  76.8 → 77.2 (18 up, none down); titles 289 → 288 and 264 → 263 (R41's title was a line its
  related posts repeated below the form); gold texts (fit and validation), threads and comments the same. Tried and
  not kept: a form's line only where a form's field ("Name (required)", "Email") follows within
  six lines: 77.4 (13 pages up); `END_OF_PAGE` not cutting above the page's first prose (its "Leave
  a comment" under a title cut R39's and T52's articles away, session 14): three photo posts'
  articles (R401, R631, R831) then ran on into the page, 77.95 → 77.93.
  TypePad's hidden comment preview ("Verify your Comment", "Previewing your Comment", an empty
  "Posted by: |", "This is only a preview…"), printed under every post, is a form's line of
  `THREAD_END`: whole pages' article F1 78.0 → 78.1 (12 pages up, none down), with source line
  breaks 77.2 → 77.2 (10 up); gold texts, threads and comments the same. Tried and not kept: a
  trackback box's opening (`TRACKBACK_OPEN`) as a footer's: the gold keeps the trackbacks in the
  article on R531, R533 and R534 (fit gold article F1 99.24 → 99.14).
- Session 27 (a post's navigation row; rules only, no retraining: the model's features and every
  thread the same). A post's navigation row (`text_patterns.POST_NAVIGATION`: "« PREVIOUS TITLE |
  Main | NEXT TITLE »", TypePad's, or the first and last posts' "« TITLE | Main") that stands over
  the first sentence of the article's main block opens the post: it and the lines over it are the
  page's (`text._over_the_post_navigation`). It had been the article's title, with the sidebar's
  last lines kept over the post. Under the post (the same row over its comments) it cuts nothing.
  Whole pages' article F1 78.1 → 78.3 (53 pages up, 5 down: four pages of one blog, R782–R785,
  that print the post twice, which drops both copies as repeated lines, and 217 by 0.01 with its
  title now right); titles 288 → 334 (45.8 → 53.1 %); with source line breaks the row is split
  over three lines and nothing changes. Gold texts (fit and validation), threads and comments the
  same. Tried and not kept: any `PAGE_LABEL` line ("Previous Article") as such a row: on R30 it
  stands under the post's title and byline, which went.
  A dump with its source's line breaks parts that row at its bars ("« TITLE |" over "Main" over "|
  TITLE »"; 48 fit pages): the parts are put back on one line (`text._rejoin_navigation`, a label
  of three words or fewer between the bars). Parted, a label such as "Blog Home" read as a
  commenter's name over the post, whose paragraphs became a thread (five pages of one blog). With
  source line breaks: pages without comments given some 33 → 28 (7.6 → 6.4 %), article F1 77.3 →
  77.9 (50 pages up, 5 down: R782–R785 as above, and 41 by 0.01), titles 263 → 312 (41.8 →
  49.6 %); the flat reading, gold texts, threads and comments the same.
  A line an article shows twice went, both copies (a caption, a title over its photo); so did a
  post that a page prints twice (a copy for small screens): R782–R785 lost their post to it once
  the row opened it. Two sentences or more in a row that come back now keep their first copy
  (`text._article`); a sentence repeated alone still goes (a teaser's). Fit gold article F1
  99.24 → 99.36 (R35 0.14 → 0.69, R581 0.67 → 0.86, 99; none down; its baseline raised), validation
  97.74 (the same; read as a whole); whole pages' article F1 78.3 → 78.9 (9 pages up, 5 down by at
  most 0.02: 429's teaser box repeats its first paragraphs) and, with source line breaks, 77.9 →
  78.5 (9 up, 1 down); titles, threads and comments the same. Tried first: any repeated sentence
  kept once, 78.87 flat but 16 pages down (teasers, a lede shown again).
  The title over a byline: of the one or two kept lines right over the first byline among the four
  over the main block's first sentence, the nearest title-like one names the article
  (`text._title_over_byline`; a byline opens with its lead-in, "Posted by", "Written by:", "ارسال
  شده توسط", `text_patterns.BYLINE_LEAD`, or reads as a header naming someone and dating the post,
  not a publication line, "تاریخ انتشار: DATE"; a comment link between them, "Make a comment", is
  passed over). The longest line over the prose was the title before: the byline itself ("Written
  by BP Guest in Blogging Sense 3 Comments"), a share box's call, a breadcrumb. Whole pages'
  titles 334 → 358 (53.1 → 56.9 %; 24 pages right that were not, none the other way), with source
  line breaks 312 → 334 (49.6 → 53.1 %, 22 and 0); on the fit gold texts the title is the gold's
  first line on 440 pages (423 before; my count; 17 bylines had been the title), among its first
  three lines on 620 (621: 370's deck under the headline now names it). Article F1, threads and
  comments the same everywhere (a title stays in the article's text either way). Tried and not
  kept: any date line as a byline (over "THURSDAY, AUGUST 9, 2012" stands the site's menu, the
  title under it: T120, T144); the filter of the title over the prose (`_an_opening_title`: no
  "Label: value" line, more than three words), 13 pages right instead of 24.
  A post's Persian share links, a line each ("اشتراک", "توییت", "ایمیل", "چاپ", "نسخه چاپی",
  "ارسال به دوستان": share, tweet, email, print, print version, send to friends), are page clutter
  (`text_patterns.CLUTTER`) as "Share", "Tweet", "Email" and "Print" were: they stayed in a
  Persian article's text, and between a title and its first sentence they could join a run of
  furniture. No fit page holds them: every figure, the model's features and the samples the same.
  A skip link ("Skip to main content", "skip to main | skip to sidebar", "Jump to navigation",
  "رفتن به محتوای اصلی"; `text_patterns.SKIP_LINK`) is no article's title: it was on 21 whole
  pages (15 with source line breaks). Titles right 358 → 359 and 334 → 334: most of those pages
  now name the blog, or no title, where the gold's title is a line no rule reads (a blog's name
  over no byline); a wrong title fewer either way. Article F1, threads, comments, gold texts and
  the model's features the same.
  A list's counts that a dump with the source's line breaks prints on lines of their own
  ("announcements" over "(30)", "features" over "(43)") are put back beside their labels where two
  entries or more follow one another so (`text._rejoin_counts`); the labels had read as
  commenters' names over their counts. With source line breaks: pages given comments 28 → 26
  (R537, R538: a blog's categories), article F1 78.40 → 78.46 (2 up, none down); 43 fit pages hold
  such counts, the others' outputs the same; flat reading, gold texts and the model's features the
  same. A count alone under one comment's text (its votes) stays.
  Tried and not kept: a thread whose comments' lines mostly end in a count in brackets (a
  forum's topics, "Magic 2013 (1024)") as a list: T19's 29 invented comments went, but its
  article then took the whole topic list (article F1 −0.48), and R874's and R879's lone comments
  went with their pages' junk joining the article (whole pages' article F1 78.86 → 78.79 and
  78.46 → 78.37).
- Session 28 (whole-page dumps; rules only, no retraining: the model's features, every comment and
  the samples the same). A whole page's dump repeats the titles of its sidebar's boxes ("Most
  Viewed", "Next Post TITLE", a widget's dates), and a repeated title opens an article
  (`text._articles`); those articles hold menus and lists of titles, which `_page_furniture` keeps
  whole in an article without prose. On a page where an article holds prose, an article holding
  none is now the page's furniture and goes (`text._with_prose`). Article F1, whole pages flat /
  with source line breaks (`python benchmarks/text_split_page_dumps.py`): 78.86 → 79.79 (84 pages
  up, 3 down: R164, R207, T25, where the box's lines were the gold's) / 78.46 → 80.08 (121 up,
  none down). Titles among the gold's first three lines 359 → 354 and 334 → 328: the dropped
  articles' titles were mostly a box's ("Blogs & Columns", "WSJ", "Photos"), and of those that
  counted as right, five were a date widget's "Jul" or a sidebar's copy of the title (R345), two
  real ones (R29, R572 with source line breaks; the title opens an article of related links, the
  post under a sidebar title of its own). Gold texts: fit article F1 99.36 → 99.35 (4 pages down:
  R236's "Further reading:" links, sections of T99, R269 and T70 under titles of their own),
  validation 97.74 → 97.73; start, comments and invented the same, fit and validation. Cost: a
  photo post under a post with prose (a blog's front page) goes with the furniture.
  Then, the same rule weighed as `_side_blocks` weighs blocks within an article: beside the post,
  an article with under half the most sentences an article holds (`SIDE_BLOCK_SHARE`; words on
  running-text lines), and neither byline nor date of its own (`text._opens_a_post`), is the page's
  furniture too: an author's box ("About the author" over a sentence and links), a feed of tweets, a
  list of headlines with a teaser. Article F1 flat / with source line breaks 81.99 → 84.79 (163
  pages up, 8 down) / 82.54 → 85.56 (175 up, 8 down); titles 360 → 356 and 334 → 328 (the
  article holding the title was the smaller part of a post split by a repeated line: R91, R327,
  R520, R747; 97's was a date widget's "Jul"). Gold texts: fit article F1 99.35 → 99.27 (T60's poll
  tables, T99's auction lots, R688's and T70's sections, each under a title the article repeats),
  validation 97.73 → 97.71; start, comments, invented, the model's features and the samples the
  same. Without the byline-or-date exception: 84.86 / 85.66, but R786's and R790's second posts
  went (validation article 97.66). Tried and not kept: the kept untitled article taking the title
  of the dropped one above it (no title more right, article F1 −0.01).
  The thread's heading is the first "Comments" line that heads no article (`text._heading_over_comments`):
  one over three lines of running text or more and another such heading, with no comment header
  between them, is the post's count among its tags ("Tags: Links" / "Posted in: Travel" /
  "Comments:7" over the post, the Everywhereist's theme), and the next heading is taken. Read as
  the thread's heading, it put the post under the thread, where its text was neither article nor
  comment. Whole pages flat / with source line breaks: article F1 79.79 → 80.91 (8 pages up: 281,
  304, 346, R109, R24, R459, T54, T65; none down) / 80.08 → 81.43 (10 up, none down); titles 354 →
  357 and 328 → 331; every comment, the gold texts (fit and validation), the model's features and
  the samples the same.
  A comment form's line ("Leave a comment", "Be the first to comment", "ارسال نظر";
  `text_patterns.END_OF_PAGE`) over the post's sentences is the post's link to its form, not the
  form, and cuts nothing (`text._over_the_post`, in `text._cut_end`): two sentences among the eight
  non-blank lines under it, three or more before the next such line, and fewer than three over it.
  Read as the form, it cut the page under the post's title and byline, and the post was lost (or
  its title over its date read as a lone comment). Whole pages flat / with source line breaks:
  article F1 80.91 → 81.77 (8 pages up: R190, R253, R254, R39, R444, T25, T52; none down) / 81.43
  → 82.25 (7 up, none down); titles 357 → 359 and 331 → 333; pages given comments 20 → 21 (R444:
  Livefyre's empty box under the post, "0 comments 0 people listening" over "Get Livefyre", which
  reads as a comment) and 26 → 24 (R190's and T25's lists no longer). Gold texts (fit and
  validation), the model's features and the samples the same. Tried first: any such line with
  more sentences under it than over it (R401's photo post, whose "Post a Comment" stands over the
  sidebar's sentences, lost its article; R921's post of two paragraphs over "Leave A Comment" and a
  list of stories dated "2 hours ago" got 11 comments); with one sentence among the six lines under
  it, R921 still.
  Livefyre's count over its box ("0 comments 0 people listening", "12 comments 3 people
  listening"; `text_patterns.MORE_THREAD_STARTS`) is a thread heading: the box's chrome under it
  ("Sign in", "Post comment as", "Sort: Newest | Oldest") leaves the article, and a count of none
  holds no thread (`text._counted_none`), so R444's "Get Livefyre" is no comment. Pages given
  comments 21 → 20 flat; article F1 81.77 → 81.79 (R444, T72 up; R856 down by 0.002), with source
  line breaks the same. No gold text holds the line: the model's features, gold figures and the
  samples the same. English only: Livefyre prints no Persian count.
  A count of comments under the byline's date on a line of its own ("Tara Hornor |" / "Business &
  Finance" / "| November 8th 2012" / "3 Comments", AppStorm's byline row parted by a whole page's
  dump) over the post's prose is the post's link to its thread, as under "DATE by NAME"
  (`text._a_bylines_count`, now also `_date_line`). With no heading over the thread itself, the post
  stood between the count and the first comment and was lost. Article F1 flat / source line
  breaks 81.79 → 81.99 (R753, R755 up; none down) / 82.25 → 82.54 (R199 too); titles 359 → 360
  and 333 → 334; every comment, gold texts, the model's features and the samples the same.
  Checked, not chosen on: `python benchmarks/text_split_page_dumps.py --validation` reads the
  validation third's whole pages the same way and prints its figures as a whole (a page holding a
  control character, which lxml refuses to set back, no longer stops the flat reading). From the
  session's start to its end: article F1 72.4 → 80.3 flat and 73.2 → 81.6 with source line
  breaks; pages without comments given some 26 → 26 of 204 (12.7 %) and 28 → 23 (11.3 %); threads
  96 of 106 and comments F1 82.7 / 81.9 the same; titles 174 → 172 and 144 → 141.
- Session 29 (whole-page dumps; rules only, no retraining: the model's features, every gold text's
  output and the samples the same). A thread's own links and buttons that a whole page's dump
  prints among its comments, which gold texts never hold: Blogger's "Reply" and "Delete" glued into
  one word, "ReplyDelete" ("پاسخحذف"), is comment chrome (`text_patterns.CHROME`; read as a word,
  it was the title of the comment under it); TypePad's "You can follow this conversation by
  subscribing to the comment feed for this post.", Joomla's "Subscribe to this comment's feed",
  "Subscribe to followup comments via RSS | TrackBack URL", "» Comments RSS Feed", WordPress's
  Persian "خوراک دیدگاه‌های این نوشته", and a thread's pages behind an arrow ("← Older Comments",
  "→ دیدگاه‌های قدیمی‌تر") are clutter (`text_patterns.CLUTTER`; the first comment's text held
  them). Comments F1, whole pages flat / with source line breaks: 91.55 → 91.74 (22 pages up, none
  down) / 91.38 → 91.59 (19 up, none down); article F1 84.79 → 84.81 / 85.56 → 85.58 (8 and 7
  pages up, R394 down by 0.045 in both: without the TypePad line, the last prose of its page, the
  site's tagline over the post became its title, 356 → 355 and 328 → 327 titles). Checked on the
  validation third as a whole: comments F1 82.75 → 83.12 flat and 81.91 → 82.28 with source line
  breaks (precision 82.89 → 83.66, recall 83.98 → 83.92), article F1 80.34 → 80.38 and 81.58 →
  81.62; pages given comments the same.
  Then a comment form's notices and a thread's loading and sorting lines, under the thread of a
  whole page: WordPress's "Your email address will not be published. Required fields are marked
  *" ("نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *"; the notice alone
  already was), a forum's "You must be logged in to reply to this topic." ("برای فرستادن دیدگاه،
  باید وارد شده باشید.") end the page (`text_patterns.END_OF_PAGE`); WordPress.com's "Click on a
  tab to select how you'd like to leave your comment" ends the thread (`THREAD_END`); "Sort: Newest
  | Oldest" (without "by"), "Loading comments…" ("در حال بارگذاری نظرات...") are clutter, and "Link
  to this comment:" (with its colon) chrome. Comments F1 whole pages flat / with source line breaks
  91.74 → 92.03 / 91.59 → 91.88 (R216, R218, R76, R77, R856, T121, T136, T53, T61, T72 up; none
  down); articles and pages given comments the same. Validation third as a whole: 83.12 → 84.07 /
  82.28 → 82.94. Not kept: "[Reply]" as chrome, which fit gold text 281 holds (it would change the
  model's features). "Link to this comment:" is English only: no Persian theme found prints it.
  A breadcrumb trail over the post ("Home > Entertainment", "Home › World ›", "Home / TITLE", "خانه »
  اخبار"; `text_patterns.BREADCRUMB`, no bar between its items, which a menu has) opens the post as
  a post's navigation row does: the lines down to it are the page's furniture
  (`text._over_the_post_navigation`, over the main block's first sentence only). A sidebar's
  teasers over the trail stayed in the article, and a site's name or a section was its title.
  Article F1 whole pages flat / with source line breaks 84.81 → 85.03 (16 pages up, T58 down by
  0.003: its trail stands low on the page) / 85.58 → 85.85 (17 up, T58 down); titles 355 → 358 and
  327 → 330 (58, R268, R456); comments, gold texts, the model's features and the samples the same.
  Validation third as a whole: article F1 80.38 → 80.51 and 81.62 → 81.75, titles 172 → 173 and
  141 → 143.
  Tried and not kept: eight kept lines in a row without prose under the last comment's prose (as
  `_page_furniture` reads runs in an article) end the thread, its sign-off, a name under a
  valediction and a list it introduces kept. Fit pages' comments F1 flat / with source line breaks
  92.03 → 92.12 / 91.88 → 91.92 (R341's shop links, R856's flag menu, T47's sidebar), but on the
  validation third as a whole 84.07 → 83.98 and 82.94 → 82.92: precision up, recall down (84.85 →
  84.71), so the runs it cut there held lines the gold keeps (on fit pages: a CommentLuv "NAME
  recently posted…" line, T30).
  A site's taxonomy label with its colon ("Topics:", "Tags:", "Filed under:", "Categories:",
  "برچسب‌ها:", "موضوعات:"; `text_patterns.TAXONOMY_LABEL`) introduces no list of the article:
  `_page_furniture` keeps a run of lines without prose that a colon introduces ("Ingredients:"),
  and R139's "TOPICS:" kept its archive's 150 months in the article. Article F1 whole pages flat /
  with source line breaks 85.03 → 85.19 (9 pages up, none down) / 85.85 → 86.19 (15 up, none
  down); titles 358 and 330 → 329 (R139 with source line breaks: the label's run took the title's
  line with it); gold texts, comments, the model's features and the samples the same. Validation
  third as a whole: article F1 80.51 → 80.68 and 81.75 → 81.98. Tried first: no introduced run
  longer than 20 lines (R84's 30 countries and T70's table, gold articles' own lists, went).
  WordPress's footer under a post ("This entry was posted in Travel by Sara. Bookmark the
  permalink.", "این نوشته در … ارسال شده است. پیوند یکتا را نشانه‌گذاری کنید."; `text_patterns.POST_FOOTER`)
  opens the page's footer below the article's first prose, as a copyright notice does: the post
  ends over it, and its navigation and the sidebars under it leave the article. No gold text holds
  the line, and no fit gold article goes on after it. Article F1 whole pages flat / with source
  line breaks 85.19 → 85.30 (9 pages up, none down) / 86.19 → 86.24 (9 up, none down); titles 358
  → 359 and 329 → 330 (T173); validation third as a whole 80.68 → 80.69 and 81.98 → 81.99; gold
  texts, comments, the model's features and the samples the same.
  Genesis's footer under a post ("Filed Under: Leadership Tagged With: Philosophy", "Filed under:
  Frugality", "ثبت شده در: سفر") too (`POST_FOOTER`). Article F1 whole pages flat / with source line
  breaks 85.30 → 85.42 (12 pages up, none down) / 86.24 → 86.35 (10 up, none down); validation
  third as a whole 80.69 → 81.00 and 81.99 → 82.31. Gold texts: fit article F1 99.27 → 99.26
  (R469's gold keeps the line; 15 of the 17 fit pages that print it leave it out), validation
  97.71 the same; comments, the model's features and the samples the same.
  And a plugin's line under the post ("If you enjoyed this post, please consider leaving a comment
  or subscribing to the RSS feed…", "اگر از این نوشته خوشتان آمد، در خوراک ما مشترک شوید."): article
  F1 whole pages 85.42 → 85.44 and 86.35 → 86.38 (R828, R829, R830, T91 up; none down); the
  validation third as a whole the same (81.00 and 82.31); gold texts, comments, the model's
  features and the samples the same. Not "If you're new here…", which stands over the post.
- Session 30 (whole-page dumps; rules only, no retraining: the model's features, every gold text's
  output and the samples the same). A comment system's and a post's small links that no gold text
  holds: "Get more comments", Livefyre's "40 of 40 loaded" under its thread, "Email this", and a
  post's count of readers ("Hits: 2854", "Views: 1,204", "تعداد بازدید: ۱۲۳") are clutter
  (`text_patterns.CLUTTER`). Comments F1 whole pages flat 92.031 → 92.038 (239, 317, 360, R105,
  R106, R29 up; none down), with source line breaks the same; article F1 85.44 → 85.45 and 86.38
  → 86.38 (R246, R247, R249 and R105, R106 up; none down); titles 359 → 360 and 330 → 331 (R249).
  Validation third as a whole: comments F1 84.074 → 84.079 flat, 82.936 the same with source line
  breaks; article F1 81.004 → 81.005 and 82.306 → 82.312.
  Tried and not kept (validation third as a whole): Livefyre's count over its thread with
  "comments" ("100 of 545 comments loaded") as clutter too: with source line breaks it stands where
  the thread starts, and the validation third's article F1 fell 82.31 → 82.06 (fit the same); an
  arrow alone ("previous", "Next »", "قبلی") as clutter: fit pages flat, given comments 33 → 31
  and article F1 85.45 → 85.63, but from one site's two pages (R164, R207) with 7 pages down (429
  by 0.27, T60 by 0.11), and the validation third's comments F1 with source line breaks 82.936 →
  82.928 (recall down; flat 84.079 → 84.080, articles +0.004); a copyright notice ("© 2012 …",
  "Copyright 2009 … All Rights Reserved.") ending a thread (`text._thread_end`), as it opens an
  article's footer: no gold comment holds one and five fit pages' last comment did (T21, T145,
  R23, R987, T87), comments F1 flat 92.031 → 92.04, but the validation third's comments F1 fell
  84.074 → 84.065 flat and 82.936 → 82.809 with source line breaks; below the thread's last header
  only, 84.065 and 82.925: still lower.
  Then Blogger's share row under each post, glued into one line ("Email ThisBlogThis!Share to
  TwitterShare to Facebook"; its buttons one to a line, "BlogThis!", "Share to Twitter", too), in
  23 fit pages' articles, in no gold text: clutter (`text_patterns.CLUTTER`). Article F1 whole pages
  flat 85.45 → 85.52 (23 pages up, none down), with source line breaks 86.38 → 86.44 (16 up, T153
  down by 0.013: its sidebar's "follow me on Twitter" became the title); titles 360 → 361 and 331
  → 332 (R401, whose first row, over its post, was the title). Validation third as a whole:
  article F1 81.005 → 81.147 and 82.312 → 82.443, titles 173 → 174 and 143 → 144; comments F1
  84.079 → 84.071 flat (precision 84.658 → 84.649), 82.936 the same. Tried and not kept: the row
  as a post's footer (`POST_FOOTER`: the post ends over it) instead: fit flat 85.45 → 85.42 (T178
  down by 0.41: a page of several posts, the gold article going on under the first row),
  validation 81.084 and 82.383.
  Also tried and not kept: Thesis's count over its thread ("{ 74 comments… read them below or add
  one }", the last line of 23 fit pages' articles) as a thread heading (`MORE_THREAD_STARTS`): fit
  articles flat 85.52 → 85.56, but the post's byline over it ("by NAME on DATE · 4 comments", R863)
  became the first comment, and on the validation third comments F1 fell 84.07 → 83.66 flat and
  82.94 → 82.52; as clutter: the line over it (a sidebar's post title, "Subscription Information",
  "Follow on Twitter") became the first comment's title on five fit pages (R464, T27, R912, R620,
  158), and the validation third's article F1 fell 81.147 → 81.141 and 82.443 → 82.406.
  Then WordPress's older default footer under a post ("This entry was posted on Monday, October
  1st, 2012 at 10:00 am and is filed under News.", "You can follow any responses to this entry
  through the RSS 2.0 feed…", "شما می‌توانید پاسخ‌های این نوشته را از طریق خوراک RSS 2.0 دنبال کنید.")
  closes the post as the other footers do (`POST_FOOTER`; 13 fit pages' articles held it, no gold
  text does), and a share link ("Share on Tumblr", "اشتراک‌گذاری در تلگرام") and WordPress.com's likes
  ("Like this:", "Be the first to like this.", "پسندیدن این:") are clutter. Not the "Like" button
  alone: it is comment chrome, which the thread's rules read. Article F1 whole pages flat 85.52 →
  85.69 (23 pages up, T93 down by 0.016), with source line breaks 86.44 → 86.59 (24 up, none
  down); titles the same. Validation third as a whole: article F1 81.147 → 81.206 and 82.443 →
  82.457; comments the same. Gold texts, the model's features and the samples the same.
  Then WordPress's archive and category menus, their options glued after them in a dump ("Select
  Month November 2012 October 2012 …", "Select Category", "انتخاب ماه"; 12 fit pages' articles of four
  sites held one, no gold text does), and its comment feed's link with its full stop ("RSS feed for
  comments on this post. TrackBack URI"; without it the line already was) are clutter. Article F1
  whole pages flat 85.69 → 85.90 (14 pages up, none down), with source line breaks 86.59 → 86.66
  (9 up, none down). Validation third as a whole: article F1 81.206 → 81.431 and 82.457 → 82.553;
  comments the same. Gold texts, the model's features and the samples the same. Tried and not
  kept: a share or follow service's name alone ("Twitter", "Facebook", "RSS") as clutter, which no
  gold text holds alone: fit comments F1 flat 92.04 → 91.58 (R588's thread lost its structure:
  four comments became one), articles 47 pages up and 16 down; validation comments 84.07 → 83.92.
  Then a theme's line under the post, its categories and its comment link ("Posted in Current
  Events | No Comments »", "Posted in Design, Visual Art No Comments »", "ارسال شده در بنادر | ۳ دیدگاه
  »"; the count after a bar or before "»", so that a sentence is none), closes the post
  (`POST_FOOTER`). Article F1 whole pages flat 85.90 → 85.95 (R108, R109, R361, R481, R482, R484,
  R487, R488, R490 up; none down), with source line breaks 86.66 → 86.67 (3 up, none down);
  validation third as a whole 81.431 → 81.435 and 82.553 → 82.555; gold texts, comments, the
  model's features and the samples the same. Tried and not kept: a post's tags on their line
  ("Tags: ferries, storms", "Labels: travel") closing it: many themes print them over the post's
  prose, and R605, R607, 346, 281, 304 lost their article (fit gold texts' article F1 99.26 →
  98.97; whole pages flat 85.90 → 85.47; validation 81.43 → 80.31).
  Reading a dump (session 30, not a rule on any page's words): a line's direction marks at its
  ends (the right-to-left mark U+200F that a page saved from a right-to-left editor ends its lines
  with, U+200E, U+061C, U+202A–E, U+2066–9) are dropped, and no-break spaces (U+00A0, U+2007,
  U+202F) read as spaces (`text._read`). With a mark at each line's end a Persian thread ("مریم" over
  its date) went unfound, and with no-break spaces "(not verified)" stayed in the name. The
  zero-width non-joiner stays. No gold text has a no-break space or a mark at a line's end (R318's
  one mark is inside its line), so the model's features and every gold text's output are the
  same; whole pages change on T175 only (its text, no figure); the samples' comments the same but
  for one comment of 004 whose no-break spaces are now spaces. Validation third as a whole the
  same. A mark inside a line (T175's breadcrumb "News and Updates > ", a left-to-right mark after
  each part) is left: R318's
  gold line holds one, and dropping it would change the model's features.
  And Persian typed on an Arabic keyboard (session 30): every pattern of `text_patterns` that
  spells a Persian word with ی or ک also matches the Arabic ي, ى and ك there (`_with_arabic_forms`,
  once at import, not in each word). "علي رضايي مي‌گويد:" headed no comment and "نمايش نظرات بيشتر"
  stayed in a comment's text. The comments' words and names come out as typed. The model's own
  keyword features (`boundary.py`) are left as trained. No gold text is Persian: every output in
  the three readings, the model's features and the samples the same. Segmenting the 966 gold texts
  takes 2 % longer (33.6 → 34.3 s CPU): the letters are classes now, not literals.
"""



def render_card(pages: int, lines: int, positives: int, choice: Choice, measured: dict[str, float],
                before: dict[str, float], seconds: float) -> str:
    cuts, cv, rules = choice.cuts, choice.figures, choice.rules
    near = (f"and below that, the best line within {cuts.window} lines of the rules' start replaces it at "
            f"{cuts.local} or above (the rules often miss a thread's exact first line) "
            if cuts.window else "and it never picks a line near their start on its own ")

    def row(label: str, key: str, unit: str = "") -> str:
        return (f"| {label} | {before['fit.' + key]:.1f}{unit} | {measured['fit.' + key]:.1f}{unit} "
                f"| {before['validation.' + key]:.1f}{unit} | {measured['validation.' + key]:.1f}{unit} |")

    return f"""# Model card: thread start in plain-text dumps (`analyzer/resources/text-split/boundary.json`)

- Task: in a plain-text page dump, which line opens the reader-comment thread (or that there is
  none). Used by `analyzer/segment/text.py`: the header rules in `text_patterns.py` still find the
  comments; on a page where they find no thread, the model's best line opens one when its
  probability is at least {cuts.threshold}; where they found one, the model moves its start anywhere at
  {cuts.overrule} or above (above 1 would mean never), {near}(all chosen by cross-validation). Code:
  `analyzer/segment/boundary.py`; rebuild with `analyzer train text-split` (deterministic).
- Data: the dragnet 2012 gold texts (`../shared/eval/extraction/dragnet`, Peters & Lecocq 2013,
  collected by Moz; **AGPLv3**, see its SOURCE.md), separator removed, as `analyzer evaluate
  text-split` reads them. Only the fit two thirds ({pages} pages; {lines} kept non-blank lines;
  {positives} thread starts) are read: a page whose id hashes into the validation third is skipped
  before anything is computed on it. The data stays under `shared/`; only {len(FEATURES)} weights and
  scalers derived from it ship here.
- Method: logistic regression (scikit-learn, L2, C = {choice.c} chosen by cross-validation from
  {", ".join(map(str, CS))}, lbfgs) over standardised per-line
  features of the line and of the two lines above and below it: header-pattern matches from
  `text_patterns.py` (strong / weak / bare date), a "Comments (3)" marker, comment chrome, date,
  year-less date and time shapes, length and word count, name-like lines, end punctuation,
  indentation, first- and second-person and thanks words, keyword groups (comment, reply,
  says/wrote, pingback, by, ago, votes, sharing, @name, anonymous — with Persian equivalents);
  plus page context: position, the rules' accepted headers below and above, header-like lines
  nearby, the change in line length and chattiness below vs above, and a name repeated later.
  The line with the highest probability is the candidate. The cuts were chosen by five-fold
  cross-validation over fit pages (grouped by page), repeated with {len(FOLD_SALTS)} fold assignments
  and averaged (with one, which of several near-equal cuts won turned on a page or two): start right {cv['start']:.1f} %, comments F1
  {cv['comments_f1']:.1f}, article F1 {cv['article_f1']:.1f}, invented {cv['invented']:.1f} %, against
  {rules['start']:.1f} %, {rules['comments_f1']:.1f}, {rules['article_f1']:.1f}, {rules['invented']:.1f} %
  for the rules alone on the same folds. Fitting and cross-validation take {seconds:.0f} s on one core.
- Deliberately left out: the number of blank lines. In the gold files the hand-typed separator
  sits between four or more blank lines; with it removed, the longest blank run of a page is the
  thread start on every fit page with comments, and few pages without comments have such a run.
  Real dumps do not share this artefact (our samples part sections with one to three blank lines),
  so the model sees only "a blank line comes before", and both training and `analyzer evaluate
  text-split` cut every run of blank lines to one before a page is read. The rules' own thread start is left out
  too: a model given it learned to copy it and measured worse on unseen pages.
- Measured with `analyzer evaluate text-split` (rules alone, `segment_lines(..., learned=False)` →
  rules + model):

| figure | fit before | fit after | validation before | validation after |
| --- | --- | --- | --- | --- |
{row("thread start within one line", "start_within_one_line", " %")}
{row("comments F1", "comments_f1")}
{row("article F1", "article_f1")}
{row("pages without comments given some", "invented_comments_share", " %")}

{SHAPES}{TRIED}{LATER}- Known limits: 193 thread starts of very different sites are little to learn from; the model
  fires on single weak headers and name-over-date lines it has seen shapes of, and stays below
  its cut on many others (a single bare name over a paragraph, Slashdot's "Title (Score: 5)"; runs
  of bare names that read like people are found by the rules, `text._name_line_headers`), so the
  validation comments-F1 target (≥ 90) is not reached, with the shape headers either. English only in the
  training data: the Persian keywords are features, but no Persian page taught their weights.
  Comments the model finds above the rules' first header become one comment, with the author and
  date of its first line when that line has a header shape.
"""
