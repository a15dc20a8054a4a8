"""HTML report: one self-contained file, safe to open on untrusted pages.

Every piece of page text is escaped; a Content-Security-Policy forbids scripts
and any network load, so even a bug in escaping cannot run a page's script or
call home. Persian, Arabic and Urdu comments are laid out right-to-left.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..aggregate import SENTIMENTS, ThreadStats, corpus_stats, thread_stats
from ..records import Analysis, Article, CommentRecord, LangResult, PageResult

if TYPE_CHECKING:
    from ..pipeline import Failure

GENERATOR = "comment-thread-analyzer"
RTL_LANGS = {"fa", "ar", "ur", "ps", "ku", "ckb", "he", "yi", "sd", "ug"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Tahoma,"Vazirmatn",sans-serif;margin:2rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:start}
th{background:#f4f4f4}td{overflow-wrap:anywhere}td.num{white-space:nowrap;overflow-wrap:normal}td.text{max-width:40rem;white-space:pre-wrap}td.text[dir=auto]{unicode-bidi:plaintext}
.rtl{direction:rtl;text-align:right;font-family:Tahoma,"Vazirmatn","Noto Naskh Arabic",sans-serif}
.toxic{background:#fde8e8}.neg{color:#a40000}.pos{color:#006b2e}.muted{color:#777}.lexicon{color:#8a4b00}
.bar{display:inline-block;height:.8rem;background:#6b8fd6;vertical-align:middle}
.chart{display:inline-block;margin:0 1rem 1rem 0;max-width:32rem}.chart svg{width:100%;height:auto}
.source{font-family:monospace;font-size:.8rem;color:#555}details.read{color:#555;font-size:.85rem}.failures li{color:#a40000}
section{content-visibility:auto}summary{cursor:pointer;margin:.5rem 0}
td.d1,td.d2,td.d3,td.d4{border-inline-start:3px solid #b9c6e4}td.d1{padding-inline-start:1.5rem}
td.d2{padding-inline-start:3rem}td.d3{padding-inline-start:4.5rem}td.d4{padding-inline-start:6rem}
"""


HEAD_BYTES = 4096


def is_own_report(path: Path) -> bool:
    """True when ``path`` is a report this tool wrote (safe to replace without asking). Only the
    file's head is read, in binary and decoded leniently: the mark is in the first lines of our
    reports, and ``-o`` may name a large file that is not one (a WARC, a video) or not UTF-8."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head[:600]


DEFAULT_TITLE = "Comment report"


def render(results: list[PageResult], failures: Sequence[Failure | str], title: str = DEFAULT_TITLE) -> str:
    title = title.strip() or DEFAULT_TITLE  # an empty heading names nothing, in a tab or a screen reader
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta name="generator" content="{GENERATOR}">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f'<h1 dir="auto">{escape(title)}</h1>',  # a Persian title reads right to left
        _summary(corpus_stats(results), len(results)),
        _charts([c for r in results for c in r.comments]),
    ]
    if failures:
        parts.append(f'<h2>Inputs that failed ({len(failures)})</h2><ul class="failures">')
        parts += [f"<li>{_failure(item)}</li>" for item in failures]
        parts.append("</ul>")
    parts.append(_most_toxic(results))
    stats = [thread_stats(r.comments) for r in results]  # for the index and each page's line
    if len(results) > 1:
        parts.append(_index(results, stats))
    crawl = len(results) > 1
    bare = []  # a crawl's pages without comments: one line each, after those with comments
    for n, (result, page_stats) in enumerate(zip(results, stats), 1):
        if crawl and not result.comments:
            bare.append((n, result))
        else:
            parts.append(_page(n, result, page_stats, indexed=crawl))
    if bare:
        parts.append(_bare_pages(bare))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _failure(item: Failure | str) -> str:
    """A failed input's message with its file name isolated, left to right: in the English
    sentence a Persian name ran into the words and figures beside it ("نظرات: 12 ..." set the 12
    before the name). A bare message (no file known) is shown as it is."""
    message, source = (item, None) if isinstance(item, str) else (item.message, item.source)
    if not source or not message.startswith(source):
        return escape(message)
    return f'<bdi dir="ltr">{escape(source)}</bdi>{escape(message[len(source):])}'


def _source(result: PageResult) -> str:
    """A page's file, isolated and left to right as paths are, wherever it sits (after a Persian
    title, before a link): a Persian folder or file name reordered the text around it. A line may
    break after a slash (``<wbr>``): in a narrow cell the path broke anywhere, "…3274487" over ".txt"."""
    return f'<bdi dir="ltr">{escape(result.source).replace("/", "/<wbr>")}</bdi>'


def _summary(stats: ThreadStats, pages: int) -> str:
    rows = [f"<p>{pages} page(s), {stats.comments} comment(s) by {stats.authors} named author(s).</p>"]
    if stats.comments:
        rows.append("<table><tr><th>Sentiment</th><th>Comments</th></tr>")
        for label in SENTIMENTS:
            rows.append(_bar_row(label, stats.sentiment.get(label, 0), stats.comments))
        if stats.sentiment.get("unscored"):  # a row of "unscored 0" made a reader look for what was not
            rows.append(_bar_row("unscored", stats.sentiment["unscored"], stats.comments))
        rows.append("</table><br><table><tr><th>Language</th><th>Comments</th></tr>")
        ranked = stats.languages.most_common()
        for lang, count in ranked[:SUMMARY_LANGS]:
            rows.append(_bar_row(lang, count, stats.comments))
        if len(ranked) > SUMMARY_LANGS:  # a crawl's long tail of one-comment languages, in one row
            rest = ranked[SUMMARY_LANGS:]
            rows.append(_bar_row(f"{len(rest)} other languages: " + ", ".join(lang for lang, _ in rest),
                                 sum(n for _, n in rest), stats.comments))
        rows.append("</table>")
        if stats.toxic_share is not None:
            rows.append(f"<p>Toxic: {stats.toxic} of {stats.scored_toxicity} scored comments "
                        f"({stats.toxic_share:.0%}).</p>")
    return "\n".join(rows)


def _charts(comments: list[CommentRecord]) -> str:
    from .charts import not_charted, sentiment_by_language, toxicity_histogram

    note = not_charted(comments)
    caption = f'<figcaption class="muted">{escape(note)}</figcaption>' if note else ""
    sentiment = sentiment_by_language(comments)
    figures = [f'<figure class="chart">{sentiment}{caption}</figure>' if sentiment
               else f'<p class="muted">{escape(note)}</p>' if note else ""]
    toxicity = toxicity_histogram(comments, _toxic_cut(comments))
    if toxicity:
        figures.append(f'<figure class="chart">{toxicity}</figure>')
    return "".join(figures)


def _toxic_cut(comments: list[CommentRecord]) -> float | None:
    """The score at which the models that scored these comments say "toxic", for the chart's
    line; ``None`` when nothing was scored or the models disagree (one line would mislead)."""
    from ..classify import MODEL_LANG, ModelError, toxicity_threshold

    langs = {MODEL_LANG[c.analysis.lang.lang] for c in comments
             if c.analysis.toxicity and c.analysis.lang.lang in MODEL_LANG}
    try:
        cuts = {toxicity_threshold(lang) for lang in langs}
    except ModelError:
        return None
    return cuts.pop() if len(cuts) == 1 else None


MOST_TOXIC = 10
SUMMARY_LANGS = 10


def _heading(result: PageResult) -> str:
    titles = [a.title for a in result.articles if a.title]
    return titles[0] if titles else Path(result.source).name


def _most_toxic(results: list[PageResult]) -> str:
    """The comments most likely toxic across all pages, with the words behind the score and a
    link to each: where a moderator starts reading."""
    flagged = [(c.analysis.toxicity.score, n, i, c) for n, r in enumerate(results, 1)
               for i, c in enumerate(r.comments, 1)
               if c.analysis.toxicity and c.analysis.toxicity.label == "toxic"]
    if not flagged:
        return ""
    flagged.sort(key=lambda f: (-f[0], f[1], f[2]))
    rows = ["<h2>Most likely toxic</h2><table><tr><th>Score</th><th>Page</th><th>Why</th><th>Comment</th></tr>"]
    for score, n, i, c in flagged[:MOST_TOXIC]:
        tox = c.analysis.toxicity
        lang = c.analysis.lang.lang
        why = _words(list(dict.fromkeys([w for words in tox.lexicon.values() for w in words] + tox.terms)))
        rows.append(f'<tr><td class="num">{score:.2f}</td><td class="num"><a href="#p{n}-c{i}">#{n}.{i}</a></td>'
                    f'<td dir="auto">{escape(why)}</td><td class="text" dir="{_text_dir(lang)}"{_lang_attr(lang)}>'
                    f"{_paragraphs(_excerpt(c.text), _text_dir(lang))}</td></tr>")
    rows.append(f'</table><p class="muted">{min(len(flagged), MOST_TOXIC)} of {len(flagged)} comment(s) labelled '
                "toxic, highest score first.</p>")
    return "\n".join(rows)


EXCERPT_CHARS, EXCERPT_LINES = 200, 4


def _excerpt(text: str) -> str:
    """The start of a comment for a list: at most 200 characters and four lines (a comment that
    repeats one short line forty times would otherwise fill the screen), ending at a word's end
    when one ends in its second half (cut at 200 characters, a Persian comment's last line was one
    letter, "ت…", a word a reader cannot make out)."""
    lines = "\n".join(text.split("\n")[:EXCERPT_LINES])
    short = lines[:EXCERPT_CHARS]
    if short == text:
        return short
    if len(lines) > len(short) and not lines[len(short)].isspace():  # the cut is inside a word
        space = max(short.rfind(" "), short.rfind("\n"))
        if space > EXCERPT_CHARS // 2:
            short = short[:space]
    return short.rstrip() + "…"


def _index(results: list[PageResult], stats: list[ThreadStats]) -> str:
    """One line per page, so that a crawl's report can be read page by page."""
    rows = ['<h2 id="pages">Pages</h2><table><tr><th>#</th><th>Page</th><th>Comments</th><th>Toxic</th>'
            "<th>Negative</th><th>Languages</th></tr>"]
    headings = [_heading(result) for result in results]
    # a blog's pages often share its name as their title (122 of the 966 dragnet pages do):
    # those lines name their file too, or they could not be told apart
    shared = {heading for heading, count in Counter(headings).items() if count > 1}
    for n, (result, heading, st) in enumerate(zip(results, headings, stats), 1):
        langs = ", ".join(f"{escape(lang)} {count}" for lang, count in st.languages.most_common(3))
        toxic = f"{st.toxic} ({st.toxic_share:.0%})" if st.toxic_share is not None else "—"
        where = f'<br><span class="source">{_source(result)}</span>' if heading in shared else ""
        rows.append(f'<tr><td class="num">{n}</td><td dir="auto"><a href="#page-{n}">{escape(heading)}</a>{where}</td>'
                    f'<td class="num">{st.comments}</td><td class="num">{toxic}</td>'
                    f"<td class=\"num\">{st.sentiment.get('negative', 0)}</td><td>{langs}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _bare_pages(pages: list[tuple[int, PageResult]]) -> str:
    """A crawl's pages without reader comments, one row each, under one heading: given a section
    each (heading, file, "No reader comments found."), 644 of the 966 dragnet pages filled most
    of the report between those with comments. Each row keeps its page's number and anchor, so
    the index still leads to it, and its articles' titles."""
    rows = [f'<h2 id="no-comments">Pages without reader comments ({len(pages)})</h2>',
            '<p class="muted">No reader comments were found on these pages. <a href="#pages">↑ pages</a></p>',
            "<table><tr><th>#</th><th>Page</th><th>File</th></tr>"]
    for n, result in pages:
        titles = [a.title for a in result.articles if a.title] or [_heading(result)]
        shown = escape(titles[0]) + "".join(f" · <bdi>{escape(t)}</bdi>" for t in titles[1:])
        rows.append(f'<tr id="page-{n}"><td class="num"><a href="#page-{n}">{n}</a></td><td dir="auto">{shown}</td>'
                    f'<td class="source">{_source(result)}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def _bar_row(label: str, count: int, total: int) -> str:
    width = round(200 * count / total) if total else 0
    return (f'<tr><td>{escape(label)}</td><td><span class="bar" style="width:{width}px"></span> '
            f"{count}</td></tr>")


def _page(n: int, result: PageResult, stats: ThreadStats, indexed: bool = False) -> str:
    titles = [a.title for a in result.articles if a.title]
    heading = _heading(result)
    back = ' <a href="#pages">↑ pages</a>' if indexed else ""
    out = [
        f'<section id="page-{n}" style="contain-intrinsic-size:auto {_height(result)}rem">',
        f'<h2 dir="auto">{escape(heading)}</h2>',
        f'<p class="source">{_source(result)}{back}</p>',
    ]
    if len(titles) > 1:
        out.append("<p>Articles: " + " · ".join(f'<span dir="auto">{escape(t)}</span>' for t in titles) + "</p>")
    shown = [_byline(a) for a in result.articles]
    if any(shown):
        out.append('<p class="muted" dir="auto">' + " | ".join(x for x in shown if x) + "</p>")
    if not result.comments:
        out.append('<p class="muted">No reader comments found.</p></section>')
        return "\n".join(out)
    # open, and folded with a click: a crawl's thread of 200 comments need not be scrolled past
    out.append(f"<details open><summary>{stats.comments} comment(s), {stats.authors} author(s), "
               f"{stats.replies} repl(ies)</summary>")
    out.append("<table><tr><th>#</th><th>Author</th><th>Posted</th><th>Language</th>"
               "<th>Sentiment</th><th>Toxicity</th><th>Comment</th></tr>")
    rows = {c.id: (i, c.author) for i, c in enumerate(result.comments, 1)}
    depths = _depths(result.comments)
    out += [_row(n, i, c, rows, depth) for i, (c, depth) in enumerate(zip(result.comments, depths), 1)]
    out.append("</table></details></section>")
    return "\n".join(out)


LINE_CHARS, LINE_REM = 80, 1.4


def _height(result: PageResult) -> int:
    """A guess of the section's height in rem, for ``contain-intrinsic-size``: the browser lays out
    only the sections in view (``content-visibility:auto``) and sizes the others by this guess
    until it has seen them, so the scroll bar of a crawl's report is roughly right. A few lines of
    heading, then each comment's lines at 80 characters, at least two."""
    lines = sum(max(2, len(c.text) // LINE_CHARS + c.text.count("\n") + 1) for c in result.comments)
    return round(8 + (4 if result.comments else 0) + lines * LINE_REM)


MAX_INDENT = 4


def _depths(comments: list[CommentRecord]) -> list[int]:
    """How deep each comment is in its thread (0: answers the article), for indenting replies; a
    parent not on the page counts as none. Parents come before their replies (the pipeline
    keeps only such links), so one pass suffices."""
    depth: dict[str, int] = {}
    for c in comments:
        depth[c.id] = depth[c.parent_id] + 1 if c.parent_id in depth else 0
    return [depth[c.id] for c in comments]


def _byline(article: Article) -> str:
    """An article's byline and date for a paragraph of ``dir="auto"``: the byline, first, gives the
    paragraph its direction; the date is isolated from it, as a Persian byline reordered a machine
    date beside it ("2024-03-05T10:00:00+03:30" came out as "05T10:00:00+03:30-2024")."""
    parts = [escape(article.byline)] if article.byline else []
    if article.posted:
        parts.append(f"<bdi>{escape(article.posted)}</bdi>" if parts else escape(article.posted))
    elif article.posted_iso:
        parts.append(f'<bdi dir="ltr">{escape(article.posted_iso)}</bdi>')
    return " · ".join(parts)


def _row(n: int, i: int, c: CommentRecord, rows: dict[str, tuple[int, str | None]], depth: int = 0) -> str:
    a = c.analysis
    lang = a.lang.lang
    text_cls = "text rtl" if _rtl(lang) else "text"
    if depth:
        text_cls += f" d{min(depth, MAX_INDENT)}"
    text_dir = _text_dir(lang)
    row_cls = ' class="toxic"' if a.toxicity and a.toxicity.label == "toxic" else ""
    title = f'<strong dir="auto">{escape(c.title)}</strong>\n' if c.title else ""
    reply = ""
    if c.parent_id in rows:  # the answered comment's row on this page, by number and author
        j, author = rows[c.parent_id]
        reply = (f'<span class="muted" dir="ltr">↳ reply to <a href="#p{n}-c{j}">#{j}</a>'
                 f'{" (<bdi>" + escape(author) + "</bdi>)" if author else ""}</span>\n')
    return (
        # the row's number links to the row: an address to quote or to send for one comment
        f"<tr id=\"p{n}-c{i}\"{row_cls}><td class=\"num\"><a href=\"#p{n}-c{i}\">{i}</a></td>"
        f"<td dir=\"auto\">{escape(c.author or '—')}</td>"
        f"<td dir=\"auto\">{_posted(c)}</td><td>{_language(a.lang)}</td>"
        f"<td>{_sentiment(a)}</td><td>{_toxicity(a)}</td>"
        f'<td class="{text_cls}" dir="{text_dir}"{_lang_attr(lang)}>{reply}{title}{_paragraphs(c.text, text_dir)}'
        f"{_read_as(a, c.text)}</td></tr>"
    )


# Hebrew, Arabic (Persian, Urdu), Syriac, Thaana, NKo and their presentation forms
RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _paragraphs(text: str, base: str) -> str:
    """The comment's lines in the cell's direction, those mostly in the other script in theirs.
    The direction of a line is that of most of its letters, not of its first one (the browser's
    ``dir=auto`` and ``unicode-bidi:plaintext``): "BBC گزارش داد که ..." in a Persian comment was
    set left to right, its Persian words read after "BBC"; "تهران is a big city." in an English
    one right to left. A line wholly in the other script then only moves its end punctuation."""
    if base == "auto":  # no language to go by: each line by its first letter (unicode-bidi:plaintext)
        return escape(text)
    if base == "ltr" and not RTL_LETTER.search(text):  # most comments: nothing to weigh, and fast
        return escape(text)
    out, run = [], []
    for line in text.split("\n"):
        own = _majority_dir(line)
        if own and own != base:
            if run:  # a break just before a block shows no line: a blank line needs one more
                out.append(escape("\n".join(run) + ("\n" if run[-1] == "" else "")))
                run = []
            out.append(f'<div dir="{own}">{escape(line)}</div>')
        else:
            run.append(line)
    if run:
        out.append(escape("\n".join(run)))
    return "".join(out)


def _majority_dir(line: str) -> str | None:
    """"rtl" or "ltr" by the letters that have a direction, ``None`` for none or a tie."""
    rtl = ltr = 0
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        rtl += kind in ("R", "AL")
        ltr += kind == "L"
    return "rtl" if rtl > ltr else "ltr" if ltr > rtl else None


def _rtl(lang: str) -> bool:
    return lang.split("-")[0] in RTL_LANGS and not lang.endswith("-Latn")


def _text_dir(lang: str) -> str:
    """A comment's direction from its language; with none ("und"), the browser's guess."""
    return "auto" if lang == "und" else "rtl" if _rtl(lang) else "ltr"


def _lang_attr(lang: str) -> str:
    """The text's language for the browser's fonts and a screen reader's voice; "und" is none."""
    return f' lang="{escape(lang)}"' if lang != "und" else ""


def _words(words: list[str]) -> str:
    """Words of a comment as a list, with the comma of most of their letters' script: "،"
    between Persian words, as a Persian reader writes it ("ناراحت‌کننده, خبر" read as a typo).
    By the words, not the comment's language: a Finglish comment's words are read in Persian script."""
    return ("، " if _majority_dir(" ".join(words)) == "rtl" else ", ").join(words)


def _terms(words: list[str]) -> str:
    return f'<br><span class="muted" dir="auto">{escape(_words(words))}</span>' if words else ""


def _sentiment(a: Analysis) -> str:
    """The label, its probability and the words that weighed most for it."""
    if not a.sentiment:
        return f'<span class="muted">{escape(a.sentiment_reason or "n/a")}</span>'
    cls = {"negative": "neg", "positive": "pos"}.get(a.sentiment.label, "")
    return (f'<span class="{cls}">{escape(a.sentiment.label)}</span> '
            f"({a.sentiment.scores.get(a.sentiment.label, 0):.2f}){_terms(a.sentiment.terms)}")


SUB_LABEL_SHOWN = 0.5


def _toxicity(a: Analysis) -> str:
    """The label and score, the words behind the score, another sub-label more likely than not
    (English "hate" at 0.5 or more, calibrated: a comment can be hateful without being labelled
    toxic; below that it would print "hate 0.02" under every English comment) and the word-list hits."""
    if not a.toxicity:
        return f'<span class="muted">{escape(a.toxicity_reason or "n/a")}</span>'
    tox = f"{escape(a.toxicity.label)} ({a.toxicity.score:.2f}){_terms(a.toxicity.terms)}"
    for label, p in list(a.toxicity.labels.items())[1:]:  # the first is the score itself
        if p >= SUB_LABEL_SHOWN:
            tox += f'<br><span class="muted">{escape(label)} {p:.2f}</span>'
    for label, words in a.toxicity.lexicon.items():
        tox += f'<br><span class="lexicon">{escape(label)}: <bdi>{escape(_words(words))}</bdi></span>'
    return tox


NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return NOT_LETTERS.sub("", text)


def _read_as(a: Analysis, text: str) -> str:
    """The normalised text the classifiers read, folded, when its letters differ from the
    comment's (Finglish in Persian script, Arabic letters made Persian, links dropped); quotes
    and line breaks alone are not worth a fold."""
    if not a.normalized or _letters(a.normalized) == _letters(text):
        return ""
    lang = "fa" if a.lang.lang == "fa-Latn" else a.lang.lang  # Finglish is read in Persian script
    return (f'<details class="read"><summary>as the classifiers read it</summary>'
            f'<div dir="{"rtl" if _rtl(lang) else "auto"}"{_lang_attr(lang)}>{escape(a.normalized)}</div></details>')


def _posted(c: CommentRecord) -> str:
    """The date as the page shows it, marked with the date it was read as (``<time datetime>``),
    which is also shown when the page's does not state its year (a relative date, a two-digit
    year, a Persian calendar year); a comment whose page gives only a machine date (a
    ``datetime`` attribute, a JSON-LD field) shows that one, left to right, not an empty cell."""
    if not c.posted_iso:
        return escape(c.posted or "")
    iso = escape(c.posted_iso)
    if not c.posted:
        return f'<time datetime="{iso}" dir="ltr">{iso}</time>'
    shown = f'<time datetime="{iso}">{escape(c.posted)}</time>'
    if c.posted_iso[:4] not in c.posted.translate(ASCII_DIGITS):
        # "30 minutes ago", "07.22.12", "۱۳ آبان ۱۳۹۱": the date it was read as, in full
        shown += f'<br><span class="muted" dir="ltr">{iso}</span>'
    return shown


ASCII_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _language(result: LangResult) -> str:
    """The language and its probability; an unknown one with the reason it is unknown
    ("url-only", "emoji-only"), which is all a reader can learn from "und"."""
    shown = f"{escape(result.lang)} ({result.score:.2f})"
    if result.reason:
        shown += f'<br><span class="muted">{escape(result.reason)}</span>'
    if result.mix:  # a comment in two languages: each one's share of its letters, as `lang_mix` gives them
        shares = ", ".join(f"{escape(lang)} {share:.0%}" for lang, share in
                           sorted(result.mix.items(), key=lambda kv: -kv[1]))
        shown += f'<br><span class="muted">{shares}</span>'
    return shown
