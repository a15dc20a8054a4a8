"""Plain-text dumps (a browser's "save as text", a scraper's output) into articles and comments.

A dump has no markup, so structure comes from line shapes: comment headers
("by NAME on", "NAME says:", a date line), the short title line and avatar name
line that sit just above a header, repeated titles and captions that open an
article, and clutter lines. The patterns live in ``text_patterns.py``.

Two rules keep article text out of the thread. Weak header shapes (a bare date
line, "NAME says:") count only when several of them agree on a page. And a thread
keeps one header style: when most "by NAME on" headers have no date, one that has a
date is a quoted comment inside another comment, not a comment of its own.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

import numpy as np

from ..dates import to_iso
from ..records import Article, Comment, Segmented
from . import text_patterns as P
from .boundary import BoundaryModel, Cuts, PageView, shipped_model

MAX_TITLE_WORDS = 12
MAX_ARTICLE_TITLE_WORDS = 20
REPEAT_WINDOW = 15


@dataclass
class _Header:
    line: int
    kind: str
    author: str | None
    posted: str | None
    variant: bool  # True when the header shows a date
    paired: bool = False  # a name and a date found together
    title: str | None = None  # the comment's title, where the header line holds it
    consumed: list[int] = field(default_factory=list)  # other lines that belong to the header (its date)
    reply_to: str | None = None  # the commenter it answers, where the header names them ("replied to comment from")


def _header_lines(headers: list[_Header]) -> frozenset[int]:
    """Every line the headers take: their own and those they consumed (a date under a name)."""
    return frozenset(k for h in headers for k in (h.line, *h.consumed))


def thread_heading(line: str) -> bool:
    """Does a stripped line open a comment thread ("Comments (3)", "2 comments:", "One Response to
    TITLE", "نظرات بینندگان")? ``text_patterns.THREAD_START`` or ``MORE_THREAD_STARTS``."""
    return bool(P.THREAD_START.match(line) or P.MORE_THREAD_STARTS.match(line))


def segment_text(text: str) -> Segmented:
    return segment_lines(text)[0]


@dataclass
class _Page:
    """A dump read into lines, with what the header rules found on it."""

    lines: list[str]
    keep: list[bool]
    indent: list[int]
    headers: list[_Header]
    marker: int | None
    footer: bool
    rule_start: int | None  # where the rules put the thread (None without headers)
    box: range = range(0)  # a trackback box: article furniture no thread starts in
    listed: frozenset[int] = frozenset()  # lines of a list of header shapes (``_header_lists``): no headers


# Marks a page keeps for its layout, not its words: bidirectional controls (the right-to-left mark a
# Persian page ends its lines with, U+200E/F, U+061C, U+202A-E, U+2066-9) at a line's ends, and
# no-break spaces, which stand for spaces. Read as they come, a line "Ali says:\u200f" was no header,
# and a "(not\u00a0verified)" stayed in the name. The zero-width non-joiner is a letter's, and stays.
_LINE_ENDS = ("".join(chr(c) for c in range(0x3001) if chr(c).isspace())
              + "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NO_BREAK = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})


def _read(text: str) -> _Page:
    raw = [line.lstrip("\ufeff") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = _cut_end(_rejoined([line.translate(_NO_BREAK).strip(_LINE_ENDS) for line in raw]))
    indent = [len(r) - len(r.lstrip()) for r in raw[:len(lines)]]
    keep = _clutter_mask(lines)
    box = _trackback_box(lines)
    listed = _header_lists(lines, keep)
    headers = [h for h in _headers(lines, keep, listed) if h.line not in box]
    headers = _with_unlinked_names(headers, lines, keep) if headers else _name_line_headers(lines, keep)
    return _with_headers(lines, keep, indent, headers, box, listed)


def _rejoined(lines: list[str]) -> list[str]:
    """The lines with each header's tail put back on its line (``text_patterns.HEADER_TAIL``: "NAME"
    over "said...", "Montemalone" over "44 pts", a title over "(Score:5, Insightful)"), and each
    footer's parts on its head's (``_rejoin_footer``), a post's navigation row's
    (``_rejoin_navigation``) and a list's counts beside their labels (``_rejoin_counts``), as a
    whole page's text with its source's line breaks parts them: the name stood alone and the
    thread went unfound. Only where the line above is no header and the two read as one; the
    parted lines are left blank, so that every line keeps its place."""
    out = list(lines)
    for i in range(1, len(out)):
        if out[i - 1] and P.HEADER_TAIL.match(out[i]) and P.match_header(out[i - 1]) is None \
                and P.match_header(joined := f"{out[i - 1]} {out[i]}") is not None:
            out[i - 1], out[i] = joined, ""
    for i, line in enumerate(out):
        if P.FOOTER_HEAD.match(line):
            _rejoin_footer(out, i)
    for i in range(len(out)):
        _rejoin_navigation(out, i)
    _rejoin_counts(out)
    return out


def _rejoin_counts(out: list[str]) -> None:
    """Put a list's counts back beside their labels ("announcements" over "(30)", "features" over
    "(43)": a blog's categories, its archive's months), where two entries or more follow one another
    so; a count alone on a line after a comment's text is its votes, and stays."""
    pairs = [i for i in range(len(out) - 1) if out[i] and len(out[i].split()) <= 4
             and not out[i].endswith(P.SENTENCE_ENDS) and P.LISTED_COUNT.fullmatch(out[i + 1])]
    listed = {i for i in pairs if i - 2 in pairs or i + 2 in pairs}
    for i in sorted(listed):
        out[i], out[i + 1] = f"{out[i]} {out[i + 1]}", ""


def _rejoin_navigation(out: list[str], i: int) -> None:
    """Put a post's navigation row back on one line ("« Darkness and Light |" over "Main" over "|
    Permission To Be Bad »"; ``text_patterns.POST_NAVIGATION``): its parts break at its bars, and
    the label between its two titles is a word or three. Parted so, the label read as a commenter's
    name over the post ("Blog Home"), which became a thread, and the row could not open the post
    (``_over_the_post_navigation``)."""
    for n in (3, 2):
        parts = out[i:i + n]
        barred = all(a.endswith("|") or b.startswith("|") for a, b in zip(parts, parts[1:]))
        if len(parts) == n and all(parts) and barred and (n == 2 or len(parts[1].split()) <= 3) \
                and P.POST_NAVIGATION.fullmatch(joined := " ".join(parts)):
            out[i:i + n] = [joined] + [""] * (n - 1)
            return


def _rejoin_footer(out: list[str], i: int) -> None:
    """Put a footer's name and date back on its head's line (``text_patterns.FOOTER_HEAD``: "Posted
    by:" over "NAME |" over the date; "October 19, 2012 |" over "Fazal Majid"): the next one or two
    lines, when the joined line reads as such a footer (``text_patterns.SPLIT_FOOTERS``) naming
    someone (no date, time or count for a name: "November 6, 2012 |" over "1:46 pm |" is one date,
    and the line under them no name: Wired's "Categories: Air Force")."""
    if i + 1 < len(out) and P.CLOCK_LINE.match(out[i + 1].strip(" |")):
        return
    for n in (1, 2):
        parts = out[i:i + 1 + n]
        if len(parts) < 1 + n or not all(parts):
            return
        hit = P.match_header(joined := " ".join(parts))
        author = (hit[1].groupdict().get("author") or "").strip(" |") if hit else ""
        if hit is not None and hit[0] in P.SPLIT_FOOTERS and hit[1].groupdict().get("posted") \
                and re.search(r"\w", author) and not P.DATE_ANY.search(author) and not P.CLOCK.search(author) \
                and _comment_count(author) is None:
            out[i:i + 1 + n] = [joined] + [""] * n
            return


def _with_unlinked_names(headers: list[_Header], lines: list[str], keep: list[bool]) -> list[_Header]:
    """Disqus and its kin show a commenter's site before the name ("http://twitter.com/jyarmis Jonathan
    L. Yarmis") only for those who gave one; a guest's comment is headed by the bare name ("Amy D.",
    "Anonymous"). Where every header is of the linked kind (``url-name``) and a run of bare name lines
    holds most of them from above the first, the run's bare names head comments too: the thread's
    first comments have no link. (A linked name the run leaves out reads as no name: "Galaxy FEC".)"""
    if any(h.kind != "url-name" for h in headers):
        return headers
    names = _name_line_headers(lines, keep)
    named = {h.line for h in names}
    if not names or names[0].line >= headers[0].line or 2 * sum(h.line in named for h in headers) < len(headers):
        return headers
    linked = {h.line for h in headers}
    return sorted(headers + [h for h in names if h.line not in linked], key=lambda h: h.line)


def _header_lists(lines: list[str], keep: list[bool]) -> frozenset[int]:
    """Lines of a list of entries: ``LIST_MIN`` or more lines in a row, each a name or title with
    a date (``_listed_and_dated``), no other line between them (blank lines may part them).

    A list of related posts, an archive or a changelog ("Bread without yeast - October 28, 2012"
    over "Quick pickled onions - October 12, 2012") has the shape of comment headers, but comments
    have text of their own. So has a sidebar's list of counted entries (``text_patterns.COUNTED_ENTRY``:
    archives, categories, tags, "September (11)" over "Boats (3)"), which a whole page's dump
    holds: Slashdot's "Wow (2)" heads a comment with its text below. The last entry, when text follows it, may be the first comment's
    header right under the list: it is left out, unless a menu's run of labels follows it
    (``_menu_run``: "Latest Phones" / "Electrify M" / "Nexus 4"), which no comment's text is.
    """
    listed: set[int] = set()
    for entry in (_listed_and_dated, P.COUNTED_ENTRY.match):
        run: list[int] = []
        for i, line in enumerate(lines + [""]):
            if i < len(lines) and not (line and keep[i]):
                continue
            if i < len(lines) and entry(line):
                run.append(i)
                continue
            if len(run) >= LIST_MIN:
                # a heading ends the list whole, and so does a menu's run of labels ("Latest Phones" / "Nexus 4")
                text_below = i < len(lines) and not thread_heading(line) and not _menu_run(lines, keep, i)
                listed.update(run[:-1] if text_below else run)
            run = []
    return frozenset(listed | _title_and_date_lists(lines, keep))


def _title_and_date_lists(lines: list[str], keep: list[bool]) -> set[int]:
    """Lines of a list whose entries take two lines, a title over a date line alone ("LG Nexus 4
    Review" over "02 November 2012", "Evergreen" over "25/11/2011"): ``LIST_MIN`` or more entries
    in a row, no other line between them. A whole page's dump holds such lists of recent posts and
    reviews; a comment under its name and date line has text of its own, and a run of one-line
    comments over their dates ("I love Nedelle" over "November 12, 2012 6:50 PM") shows the time of
    day, which a list's dates do not. Unlike one-line entries, the last entry is listed even with
    text below it: a comment headed by a title over a day alone, right under such a list, has
    the list's shape (with it left out, "Fishing boats return" over "16 October 2012" headed a
    lone comment of the footer's "Copyright 2012 Harbour Life")."""
    nb = _nonblank(lines, keep)

    def dated(k: int) -> bool:
        shape = header_shape(lines[nb[k]])
        return shape is not None and shape[0] == "D"

    def entry(k: int) -> bool:  # a day alone: comment systems print a time of day or "ago" beside it
        return (0 < k < len(nb) and dated(k) and not (P.CLOCK.search(lines[nb[k]]) or P.AGO.search(lines[nb[k]]))
                and not dated(k - 1) and _title_like(lines[nb[k - 1]]))

    listed: set[int] = set()
    k = 1
    while k < len(nb):
        run = []
        while entry(k):
            run.append(k)
            k += 2
        if len(run) >= LIST_MIN:
            for j in run:
                listed.update((nb[j - 1], nb[j]))
        k = k + 1 if not run else k - 1
    return listed


def _named_and_dated(line: str) -> bool:
    """A line that names someone (or something) beside a date, as a comment header or a list entry does."""
    hit = P.match_header(line)
    if hit is not None:
        groups = hit[1].groupdict()
        return bool(groups.get("author") and groups.get("posted"))
    shape = header_shape(line)
    return shape is not None and shape[1] is not None and shape[2] is not None


def _listed_and_dated(line: str) -> bool:
    """A list's entry: a line naming someone or something beside a date (``_named_and_dated``), or a
    title of any words ending in a date ("What are your favorite games? Tue Nov 6th 2012", "Dracoo,
    the Dragon [Gameplay Preview] Tue Nov 6th 2012": a forum's list of topics, whose titles no
    pattern reads as a name), among entries of either kind."""
    return _named_and_dated(line) or bool(P.TITLE_DATE.match(line))


# Two header lines in a row are often an article's footer over the first comment ("by Heidi Volpe
# on DATE" over "Day19 DATE at TIME"), or a name over a date; a list has three or more.
LIST_MIN = 3


def _with_headers(lines: list[str], keep: list[bool], indent: list[int], headers: list[_Header], box: range,
                  listed: frozenset[int] = frozenset()) -> _Page:
    """A page read with these headers: its "Comments" marker, header style and the rules' thread start."""
    # "52 comments" under the title, beside the byline, is a link to the thread, not its start.
    _, opening = _opening(lines, keep)
    headings = (i for i, line in enumerate(lines) if keep[i] and i >= opening and thread_heading(line)
                and not _a_menus_label(lines, keep, i) and not _a_bylines_count(lines, keep, i))
    marker = _heading_over_comments(lines, keep, headings, {h.line for h in headers})
    footer = bool(headers) and _footer_style(lines, keep, headers)
    rule_start = None
    if headers and footer and marker is not None and headers[0].line < marker < headers[-1].line:
        # A footer over the thread's heading closes the article's text, not a comment: a post's own
        # title and date ("tiny apple" over "Monday, October 22, 2012 at 9:55PM") over "Reader
        # Comments (4)" and the comments' "October 22, 2012 | Maggie" under it.
        headers = [h for h in headers if h.line > marker]
    if headers and footer:
        rule_start = _footer_block_start(lines, keep, headers, marker, box.stop - 1)
        if marker is not None and marker < rule_start:
            rule_start = marker
    elif headers:
        first = _block_start(lines, keep, headers[0], box.stop - 1)
        rule_start = min(first, marker) if marker is not None else first
    if rule_start is not None and rule_start in box:
        rule_start = box.stop
    return _Page(lines, keep, indent, headers, marker, footer, rule_start, box, listed)


def _heading_over_comments(lines: list[str], keep: list[bool], headings: Iterable[int],
                           header_lines: set[int]) -> int | None:
    """The thread's heading: the first of ``headings`` that heads no article, that is, not one over
    ``ARTICLE_PROSE_LINES`` lines of running text or more and another heading, with no comment
    header between them. A whole page's dump prints a post's count of comments among its tags
    ("Tags: Links" / "Posted in: Travel" / "Comments:7" over the post), which reads as the thread's
    heading; under it, the post went with the thread, its text taken for no comment. The thread's
    own heading ("Comments (7)") comes under the post."""
    first = None
    for i in headings:
        if first is None:
            first = i
            continue
        between = range(first + 1, i)
        if any(j in header_lines for j in between):
            break
        if _running_lines(lines[j] for j in between if keep[j]) < ARTICLE_PROSE_LINES:
            break
        first = i
    return first


def _a_menus_label(lines: list[str], keep: list[bool], i: int) -> bool:
    """Is the thread heading on line ``i`` a label of the site's menu: a bare word ("Comment",
    "Comments", "نظرات"; no count), ``MENU_SIDE`` or more menu labels (``_menu_label``) right above
    it and right below it, ``MENU_RUN`` or more with it? A whole page's dump holds the site's
    menus, where a news site's opinion section ("News" / "World" / "Comment" / "Culture") or an
    article's tabs ("Article" / "Video" / "Comments") read as the heading that opens the thread."""
    if re.search(r"\d", lines[i]):
        return False
    above = _labels_in_a_row(lines, keep, range(i - 1, -1, -1))
    below = _labels_in_a_row(lines, keep, range(i + 1, len(lines)))
    return above >= MENU_SIDE and below >= MENU_SIDE and above + below + 1 >= MENU_RUN


MENU_SIDE = 2  # menu labels on each side of a menu's "Comments" label


def _labels_in_a_row(lines: list[str], keep: list[bool], span: range) -> int:
    """How many kept non-blank lines in a row along ``span`` are menu labels (``_menu_label``), up to ``MENU_RUN``."""
    seen = 0
    for j in span:
        if not (lines[j] and keep[j]):
            continue
        if not _menu_label(lines[j]) or seen >= MENU_RUN:
            break
        seen += 1
    return seen


def _a_bylines_count(lines: list[str], keep: list[bool], i: int) -> bool:
    """Is the thread heading on line ``i`` a count of comments ("1 Comment", "۲ دیدگاه") beside the
    post's byline, one of the ``BYLINE_NEAR_ABOVE`` kept lines right above it ("By Ryan Kim",
    "November 12, 2012 by Carlee", "توسط مریم", or its date on a line of its own: "| November 8th
    2012", the last part of "Tara Hornor | Business | November 8th 2012"), over the post's prose (a
    line of it among the ``BYLINE_NEAR_BELOW`` kept lines below, before any header)? That is the
    post's link to its thread, as among a page's opening lines (``_opening``), which in a whole
    page's dump are its menus: read as the thread's heading, the whole article under it was taken
    for the thread.
    Blogger's "Posted by NAME at 3:41 PM" footer under the post, over "2 comments:" and the
    comments' headers, heads no prose: that heading stays."""
    if _comment_count(lines[i], heading=True) is None:
        return False
    kept_above = (lines[j] for j in range(i - 1, -1, -1) if lines[j] and keep[j])
    above = list(itertools.islice(kept_above, BYLINE_NEAR_ABOVE))
    if not any(P.BYLINE_OPEN.match(line) or P.DATE_BYLINE.match(line) or _date_line(line) for line in above):
        return False
    kept_below = (lines[j] for j in range(i + 1, len(lines)) if lines[j] and keep[j])
    for line in itertools.islice(kept_below, BYLINE_NEAR_BELOW):
        if P.match_header(line) is not None or header_shape(line) is not None:
            return False
        if _running_text(line):
            return True
    return False


def _trackback_box(lines: list[str]) -> range:
    """The lines of a trackback box (``text_patterns.TRACKBACK_OPEN``), empty when there is none.

    It runs from its first line over the URL lines that follow, and, when pings are listed
    ("Tracked on DATE" under each), to the last of those.
    """
    first = next((i for i, line in enumerate(lines) if P.TRACKBACK_OPEN.match(line)), None)
    if first is None:
        return range(0)
    end = first
    for j in range(first + 1, len(lines)):
        if lines[j] and not (P.TRACKBACK_OPEN.match(lines[j]) or P.TRACKBACK_URL.match(lines[j])):
            break
        if lines[j]:
            end = j
    end = max([end] + [j for j in range(end + 1, len(lines)) if P.TRACKED_ON.match(lines[j])])
    return range(first, end + 1)


def segment_lines(text: str, model: BoundaryModel | None = None,
                  learned: bool = True) -> tuple[Segmented, int | None]:
    """The segmentation and the line where the comment thread starts (None without comments).

    The header rules find the comments; the boundary model (``boundary.py``, the shipped one
    unless ``model`` is given) decides where the thread starts. ``learned=False`` is the
    rules alone (for measuring what the model adds).
    """
    page = _read(text)
    start = page.rule_start
    if learned:
        start = _learned_start(page, model or shipped_model())
    page, start = _with_shape_headers(page, start)
    page, start = _without_untimed_leaders(page, start)
    page, start = _with_first_under_the_byline(page, start)
    if start is None or _bylines_alone(page, start):
        page = _with_lone_dated_header(page)
        start = page.rule_start
    parts, cut = _split(page, start)
    entries = _header_lines(page.headers)  # as read, before any is dropped
    while cut is not None and (_article_as_first_comment(page, cut, parts) or _in_a_widget(page, cut, entries)):
        first = next((h for h in page.headers if h.line >= cut), None)
        rest = [h for h in page.headers if first is not None and h.line > _header_end(first)]
        page = _with_headers(page.lines, page.keep, page.indent, rest, page.box, page.listed)
        parts, cut = _split(page, page.rule_start)
    if (_teasers(parts) or _tweets(parts) or _titles(parts) or _repeated(parts) or _bylined_entries(parts) or _datelined_entries(parts)
            or _counted_entries(parts) or _link_sections(page, parts)
            or (cut is not None and (_counted_none(page, cut) or _a_quote(page, cut, parts)))):
        parts, cut = _split_at(page, None)
    if cut is not None:
        parts, cut = _split_at(page, cut, to_form=True)
        if cut is None:  # the thread ended before its first comment's text: the page is its article
            parts, cut = _split_at(page, None)
    return Segmented(parts.articles, [replace(c, author=_commenter(c.author)) for c in parts.comments]), cut


def _commenter(author: str | None) -> str | None:
    """A commenter's name as the reader chose it. The rules keep a header's "by" ("by Hatta (162192)
    writes:", Blogger's "# posted by hill : 12:52 AM"): it tells a post's byline from a comment's
    header (``_bylined_entries``), and is taken off here as a byline's is (``text_patterns.BYLINE_PREFIX``);
    a permalink's "#" alone ("November 5, 2012 at 6:36 am #") names nobody; nor does the account a
    commenter signed in with ("Sam Lee via Facebook") or a form's label ("Name: Sam Lee", "نام: مریم";
    ``text_patterns.SIGNED_IN_VIA``, ``NAME_LABEL``)."""
    if author is None:
        return None
    name = P.BYLINE_PREFIX.sub("", re.sub(r"^#\s*", "", author)).strip()
    name = P.NAME_LABEL.sub("", P.SIGNED_IN_VIA.sub("", name))
    return name if re.search(r"\w", name) else None


def _in_a_widget(page: _Page, cut: int, entries: frozenset[int]) -> bool:
    """Does the thread's first header stand in a widget's list: under a widget's heading
    (``text_patterns.WIDGET_HEADING``: "Latest Stories", "Most Popular", "More from Football",
    "Twitter feeds", "مطالب مرتبط", "آخرین نظرات"), the list's entries close together
    (``_listed_under``) and its first entry without prose of its own (``_entry_prose``)?
    A whole page's dump holds sidebars and boxes of other posts, stories, comments or tweets, each
    entry a title or a name beside a date, which read as comment headers; a thread stands under
    its own heading ("Comments") or under the article's prose. The header and those above it are
    dropped and the page read again, so a widget's entries go one by one and a thread below it
    stays (``entries``: the header lines the page was read with, those dropped too).

    A box of related posts' titles ("Similar Posts:" over four titles) stands right above many a
    thread whose "Comments" heading a dump lost: there the first header stands more than
    ``WIDGET_GAP`` lines under the widget's heading, or its comment holds a sentence ("I really want
    that book. I think I could have a lot of fun with it!" under "You might also like:"). Cost: a
    thread of short comments right under a widget's heading with no "Comments" heading between is
    read from where the widget's shape ends, or lost; so is a widget of teasers under a thread."""
    first = next((h for h in page.headers if h.line >= cut), None)
    if first is None:
        return False
    heading = _listed_under(page.lines, page.keep, first.line, entries)
    if heading is None:
        return False
    top = min(k for k in entries if k > heading)
    return not _entry_prose(page.lines, page.keep, top, entries)


WIDGET_GAP = 3  # kept non-blank lines between a widget's heading, or an entry's header, and the next entry's header


def _listed_under(lines: list[str], keep: list[bool], i: int, entries: frozenset[int] = frozenset()) -> int | None:
    """The widget heading whose list the header on line ``i`` stands in: the nearest kept line
    above it that is one (``text_patterns.WIDGET_HEADING``), no more than ``WIDGET_GAP`` kept
    non-blank lines between it and the first of ``entries`` (the page's header lines) under it,
    or between two of them, and no line of prose (``_running_text``), thread heading or count of
    comments ("{ 43 comments… read them below or add one }") among them; None without one. A
    widget's entries follow one another closely, each a title, a name, a date or a snippet."""
    seen = 0
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if not (line and keep[j]):
            continue
        if thread_heading(line) or _comment_count(line, heading=True) is not None or _running_text(line):
            return None
        if P.WIDGET_HEADING.match(line):
            return j
        seen = 0 if j in entries else seen + 1
        if seen > WIDGET_GAP:
            return None
    return None


def _entry_prose(lines: list[str], keep: list[bool], e: int, entries: frozenset[int]) -> bool:
    """Does the text under the header on line ``e`` (its own date lines left out) hold a line of
    prose (``_running_text``) among its first ``WIDGET_GAP`` kept lines, before the next header?
    A widget's entry is a title or a snippet; a comment is written in sentences."""
    seen = 0
    for k in range(e + 1, len(lines)):
        if not (lines[k] and keep[k]) or (k in entries and not seen):
            continue
        if k in entries or seen >= WIDGET_GAP:
            return False
        if _running_text(lines[k]):
            return True
        seen += 1
    return False


def _counted_none(page: _Page, cut: int) -> bool:
    """Does the thread open under a line that counts no comments ("0 Responses to “TITLE”",
    "READ ALL COMMENTS (0) ADD A COMMENT", "۰ نظر"; ``_comment_count``) or says there are none
    ("There are no comments for this story.", "هنوز نظری ثبت نشده است"; ``text_patterns.NO_COMMENTS``),
    among its first ``COUNT_HEADING_LINES`` lines above its first header? A whole page's dump shows
    such a post's empty thread heading, and the sidebars' dated lists below it read as comments."""
    first = next((h.line for h in page.headers if h.line >= cut), len(page.lines))
    heading = [line for i, line in enumerate(page.lines[cut:first], cut) if page.keep[i] and line][:COUNT_HEADING_LINES]
    return any(_comment_count(line, heading=True) == 0 or P.NO_COMMENTS.match(line) for line in heading)


COUNT_HEADING_LINES = 2


def _a_quote(page: _Page, cut: int, parts: Segmented) -> bool:
    """Is the thread one comment under a "NAME says:" line (``text_patterns.SHAPE_SAYS``: "The
    harbour master says:", "رئیس بندر می‌گوید:") whose text opens with a quotation mark (“ " «)?
    That is an article quoting someone, as news does at a story's end; a commenter's "says" line
    heads their own words, and one alone was read as a comment by its shape (Persian) or by the
    model (English). Cost: a lone comment that opens by quoting under such a line is lost."""
    if len(parts.comments) != 1:
        return False
    head = next((i for i in range(cut, len(page.lines)) if page.lines[i] and page.keep[i]), None)
    return head is not None and bool(P.SHAPE_SAYS.search(page.lines[head])) \
        and parts.comments[0].text.lstrip().startswith(P.QUOTE_MARKS)


def _teasers(parts: Segmented) -> bool:
    """Is the thread a list of posts' teasers: ``LIST_MIN`` comments or more, half of them or more
    holding a line that ends pointing to the rest of a post ("Read more...", "Continue reading →",
    "ادامه مطلب"; ``text_patterns.TEASER_END``)? A whole page's dump of a blog's front page or a
    news site's list of stories shows each entry's date over its title and teaser, which read as
    comment headers; a commenter's text does not send the reader to the rest of it."""
    teasers = sum(any(P.TEASER_END.search(line) for line in [c.author or "", c.title or "", *c.text.split("\n")])
                  for c in parts.comments)  # "ادامه مطلب" alone over the next entry's date reads as its author
    return len(parts.comments) >= LIST_MIN and 2 * teasers >= len(parts.comments)


def _tweets(parts: Segmented) -> bool:
    """Is the thread a site's Twitter box: its first two comments nobody's, each a tweet with its
    writer's handle first (``text_patterns.TWEET``: "graemewearden: Rajoy and Monti united …
    http://t.co/…" over "about 2 hours, 39 minutes ago")? A whole page's dump shows the box among
    its sidebars; a commenter's header names the commenter, and a comment opening with someone's
    name and a colon seldom carries a link or a hashtag."""
    first = parts.comments[:2]
    return len(first) == 2 and all(c.author is None and P.TWEET.match(c.text.strip()) for c in first)


def _titles(parts: Segmented) -> bool:
    """Is the thread a dated list of titles: ``LIST_MIN`` comments or more, three in four or more of
    them (the last left out: the page's footer runs on under it) one title-like line alone
    (``_title_like``), and no header showing a time of day or "ago", or dates that run newest
    first? A whole page's dump holds lists of other posts or stories, each a title by its author's
    name or section and a date ("Rob Alderson • 05 November 2012", "SCOTLAND POLITICS" over "23
    JULY 2012"), which read as comment headers; such an entry has no text of its own. Comment
    systems print the time of day beside a comment's date, so a run of short one-line comments ("I
    love Nedelle" over "November 12, 2012 6:50 PM") stays a thread, unless its dates run newest
    first (``_newest_first``), as a list's do ("1 hour ago" over "2 hours ago") and a thread's do
    not."""
    comments = parts.comments
    if len(comments) < LIST_MIN:
        return False

    def one_title(c: Comment) -> bool:
        body = [line.strip() for line in c.text.split("\n") if line.strip()]
        return len(body) == 1 and _title_like(body[0])

    def timed(c: Comment) -> bool:
        return any(P.CLOCK.search(x) or P.AGO.search(x) for x in (c.posted or "", c.author or ""))

    titles = sum(one_title(c) for c in comments[:-1])
    untimed = not any(timed(c) for c in comments)
    return 4 * titles >= 3 * (len(comments) - 1) and (untimed or _newest_first(comments))


def _newest_first(comments: list[Comment]) -> bool:
    """Do the comments' dates run newest first: ``LIST_MIN`` or more that read as dates
    (``dates.to_iso``), three in four or more of the steps between them that change the date going
    back in time? A list of posts, stories or tweets shows its newest entry first ("1 hour ago" over
    "2 hours ago", "Nov 1st 2012 11:00AM" over "Oct 31st 2012 7:00PM"); a thread runs in the order
    its comments were written, oldest first. Relative dates ("5 weeks ago" over "1 month ago") may
    step the wrong way now and then, hence three in four. They are read against ``_LIST_NOW``, after
    any date a page shows: "2 hours ago" is newer than "November 12, 2012", as on the day the page
    was saved. Cost: a thread of one-line comments shown newest first (a reader's choice of order
    on some sites) is read as a list."""
    when = [w for c in comments if (w := to_iso(c.posted or "", now=_LIST_NOW))]
    back = sum(a > b for a, b in zip(when, when[1:]))
    on = sum(a < b for a, b in zip(when, when[1:]))
    return len(when) >= LIST_MIN and back > on and back >= 3 * on


_LIST_NOW = datetime(9000, 1, 1)  # after any date a page shows (``_newest_first``)


def _bylined_entries(parts: Segmented) -> bool:
    """Is the thread a list of stories, or the post, under their bylines: more than half its
    comments headed by a name that opens as a story's byline is printed ("By Max Fisher" over
    "October 29, 2012", "By Jon Fingas posted Nov 13th 2012 1:55PM"; ``text_patterns.BYLINE_NAME``)?
    A whole page's dump holds "Most read" lists of stories under their writers' bylines, and the
    post's own byline past the opening lines; a header pattern that reads "NAME DATE" keeps the
    "By" in the name. A commenter's header does not open so; Slashdot's lower-case "by NAME (uid)"
    is not taken (it is a thread's)."""
    bylined = sum(bool(c.author and P.BYLINE_NAME.match(c.author)) for c in parts.comments)
    return 2 * bylined > len(parts.comments)


def _counted_entries(parts: Segmented) -> bool:
    """Is the thread a list of posts under their meta lines: more than half its comments opening
    with a count of comments ("27 comments", "83 comments | 3 recs", "۵ دیدگاه";
    ``_comment_count``)? A whole page's dump holds lists of a site's other posts ("FanPosts",
    forum topics), each a title over "by NAME about 1 month ago" over its count of comments, which
    read as comments under headers; a commenter's text does not open by counting comments."""
    def counted(c: Comment) -> bool:
        first = next((line.strip() for line in c.text.split("\n") if line.strip()), "")
        return _comment_count(first, heading=True) is not None

    return 2 * sum(counted(c) for c in parts.comments) > len(parts.comments)


def _datelined_entries(parts: Segmented) -> bool:
    """Is the thread a list of stories under their datelines: ``LIST_MIN`` comments or more, more
    than half of them named by a dateline's opening words ("updated 2:24 PM EST" over "Wed November
    7, 2012", "Published:", "به‌روزرسانی"; ``text_patterns.DATELINE_NAME``)? A whole page's dump of
    a news site holds lists of stories, each a title over its dateline and teaser, which read as
    comments under headers; no commenter is named so."""
    datelined = sum(bool(c.author and P.DATELINE_NAME.match(c.author)) for c in parts.comments)
    return len(parts.comments) >= LIST_MIN and 2 * datelined > len(parts.comments)


SENTENCE_ENDS = P.SENTENCE_ENDS


def _link_sections(page: _Page, parts: Segmented) -> bool:
    """Is a thread of bare name lines (``_name_line_headers``) a page's blocks of links under their
    labels: ``LIST_MIN`` comments or more, under no thread heading, fewer than half of them holding
    a line that reads as a sentence (``_a_sentence``)? A whole page's dump ends in a site's footer
    of link lists, each under a one-word label ("Reviews" over "Pocket Releases Mac App",
    "Football411" over "Betting Zone" / "Poker"), and labels that come back or hold a digit read as
    commenters' names; a reader writes sentences, a list of links names pages. Cost: a thread of bare names over one-line
    comments of a word or two with no full stop ("lol", "So True") is lost where no heading stands
    over it."""
    comments = parts.comments
    if len(comments) < LIST_MIN or not all(h.kind == NAME_LINE_KIND for h in page.headers):
        return False
    if page.marker is not None and page.marker < page.headers[0].line:
        return False
    said = sum(any(_a_sentence(line.strip()) for line in c.text.split("\n")) for c in comments)
    return 2 * said < len(comments)


def _a_sentence(line: str) -> bool:
    """Does a line read as a sentence, not a link's title: it ends one, or it has three words or more
    and most after the first open in lower case ("Sky on your mobile", "so true for me"; Persian,
    which has no case, always), where a title capitalises them ("Pocket Releases Mac App")?"""
    words = line.split()
    if line.endswith(SENTENCE_ENDS):
        return True
    rest = [w for w in words[1:] if w[0].isalpha()]
    return len(words) >= 3 and 2 * sum(not w[0].isupper() for w in rest) > len(rest)


def _repeated(parts: Segmented) -> bool:
    """Is the thread a block of the page shown twice: more than half its comments copies of another
    one, the same name and date over the same first line? A whole page's dump holds the post's
    header twice (its screen and print copies: "ASIA BUSINESS" over "Updated July 23, 2012, 11:27
    p.m. ET" over the title, each time) or a widget twice ("24" / "Jul" / "2012" / "6:10am" over
    a story's title), which read as comments; a thread does not repeat its comments. A comment
    posted twice shows its copy right under it with the same text: a double post, no copy of the
    page's. Cost: a short thread whose copies stand apart (the same words posted twice in a minute
    with a reply between) is lost."""
    comments = parts.comments
    alike: dict[tuple[str | None, str, str], list[int]] = {}
    for i, c in enumerate(comments):
        if c.posted:
            alike.setdefault((c.author, c.posted, c.text.strip().split("\n")[0]), []).append(i)
    copies: set[int] = set()
    for group in alike.values():
        for a, b in itertools.combinations(group, 2):
            if not (b == a + 1 and comments[a].text == comments[b].text):  # a double post
                copies.update((a, b))
    return 2 * len(copies) > len(comments)


ARTICLE_PROSE_LINES = 3
ARTICLE_PROSE_FACTOR = 4


def _article_as_first_comment(page: _Page, cut: int, parts: Segmented) -> bool:
    """Is the thread's first comment the article itself? It is when it holds ``ARTICLE_PROSE_LINES``
    lines of prose (``_running_text``) more than ``ARTICLE_PROSE_FACTOR`` times those of the whole
    page above the thread: the article stands above its comments, so its byline or dateline ("By
    Jon Fingas posted Nov 13th 2012 1:55PM", "2012-11-05") was read as a comment's header. A whole
    page's dump (a browser's "save as text", a scraper's output) puts menus, scripts and sidebars
    above the title, so the byline stands past the opening lines where the rules look for it
    (``_opening``); the few sentences of that clutter (a standfirst over the byline, "get the app
    now!") are why prose above only raises the bar. The header and those above it are dropped and
    the page read again with the rest (the rules' start, not the model's). Where a byline stands by
    the comment (``_near_header``), more prose than above is enough: a whole page's sidebars of
    teaser sentences above the post ("Most read" and three stories' first lines) no longer hide it;
    so too where the page's one header opens as a byline ("Submitted by NAME on DATE",
    ``text_patterns.BYLINE_HEADER``) and no header closes its comment. There prose is counted in
    sentences (``_prose_sentences``): a browser's dump puts each paragraph on one line, an article
    of twelve sentences on two (cost: one comment of more sentences than the prose above it, under
    the page's one "by NAME on DATE", is taken for the post).
    Where the comment's first lines count comments (``_comment_count``: "July 11th, 9:39am 0
    comments" under the header), it is the post whatever its prose: a commenter does not count
    comments (not where the model's lead stands above the header: a post's footer "Posted in NEWS |
    1 Comment »" there heads a real thread, whose first comment would go). Where a line of it says
    the post has no comments ("0 Comments:", "no comments – permalink", "بدون نظر"), it is the post
    wherever that line stands: a whole page's dump shows a post's dateline past its opening lines,
    under a menu's last label or a "Subscribe" link read as its author, and the post's footer under
    its text; a thread does not follow a count of none.

    Trade-off: a long first comment under a short article is lost. On the dragnet fit pages' clean
    dumps (article, then comments) the rule moves nothing; with the factor at 2 it took a
    Slashdot comment of six lines of prose under a summary of one, and a five-line comment on a
    page made short (``benchmarks/text_split_unseen_sites.py``); at 4 neither."""
    if not parts.comments:
        return False
    above = _running_lines(page.lines[i] for i in range(cut) if page.keep[i])
    text = parts.comments[0].text.split("\n")
    if any(_comment_count(line.strip(), heading=True) == 0 for line in text):
        return True  # the post's footer: "0 Comments:", "no comments – permalink"
    prose = _running_lines(text)
    first = next((h for h in page.headers if h.line >= cut), None)
    if first is None or first.kind in P.FOOTERS:  # a footer's comment stands above it
        return prose >= ARTICLE_PROSE_LINES + ARTICLE_PROSE_FACTOR * above
    if cut == _block_start(page.lines, page.keep, first, cut - 1) \
            and any(_comment_count(line) is not None for line in text[:BYLINE_NEAR_BELOW]):
        return True  # under the header, the post's own line: "July 11th, 9:39am 0 comments"
    # A page's one header, opening as a byline ("Submitted by NAME on DATE", "by NAME on DATE") over
    # text, is the post's byline past the opening lines: comments come more than one, or close with it.
    byline = len(page.headers) == 1 and not page.footer and bool(P.BYLINE_HEADER.match(page.lines[first.line]))
    # A header named as a story's byline is printed ("By Nelson Jones Published" over "DATE"; a
    # pattern that reads "NAME DATE" keeps the "By") is the post's, as ``_bylined_entries`` reads a
    # list's: no commenter is named so.
    byline = byline or bool(first.author and P.BYLINE_NAME.match(first.author))
    # So is one whose comment opens with a post's share bar ("Facebook / Twitter / Digg", "Share This
    # Post"); a real first comment may stand under one the dump put between the post and the thread.
    byline = byline or _share_bar(text[:SHARE_BAR_REACH])
    if byline or any(P.BYLINE_OPEN.match(line) for line in _near_header(page, cut, first, text)):
        # a byline: more prose than above is enough, counted in sentences (``_prose_sentences``: a
        # whole page's dump puts each paragraph on one line, its article on two or three)
        sentences = sum(map(_prose_sentences, text))
        above_sentences = sum(_prose_sentences(page.lines[i]) for i in range(cut) if page.keep[i])
        return sentences >= ARTICLE_PROSE_LINES and sentences > above_sentences
    return prose >= ARTICLE_PROSE_LINES + ARTICLE_PROSE_FACTOR * above


SHARE_BAR_REACH = 8  # the first comment's lines where a post's share bar would stand
SHARE_BAR_LINKS = 3  # lines of a share bar, each a service's name or a feed's ("Facebook", "Digg", "Email")


def _share_bar(text: list[str]) -> bool:
    """Do these lines hold a post's share bar: ``SHARE_BAR_LINKS`` lines or more each of
    ``text_patterns.SHARE_WORDS`` alone, or "Share this post" ("… page", "… article", "… story")? A
    whole page's dump puts a post's byline past its opening lines, then its share bar, then the
    post ("Olga Khazan" / "October 31, 2012 at 5:30 pm" / "Text Size" / "Reprints" / "Facebook" /
    "Twitter" / "StumbleUpon" / "Digg" / …): read as a commenter's name and date over a comment. A
    comment's own buttons are one line ("Reply • Share ›"), and a comment shares no post; but the
    post's bar may stand between it and the thread's first comment (R900), so a bar only marks the
    header as a byline's (``_article_as_first_comment``: then more prose than above is the post)."""
    links = sum(bool(words) and words <= P.SHARE_WORDS for words in map(_share_links, text))
    return links >= SHARE_BAR_LINKS or any(P.SHARE_THIS_POST.match(line.strip()) for line in text)


BYLINE_NEAR_ABOVE = 2  # kept lines above the first comment's header, in its block
BYLINE_NEAR_BELOW = 3  # lines of the first comment's text


def _near_header(page: _Page, cut: int, first: _Header, text: list[str]) -> list[str]:
    """The lines where a post shows its byline, by the thread's first header: the
    ``BYLINE_NEAR_ABOVE`` lines over it (its title and author lines, "by Jessica Dolcourt" over the
    date) and the first ``BYLINE_NEAR_BELOW`` of the first comment's text ("By Haje Jan Kamps",
    "نویسنده: NAME"). An article carries its byline under its title; a commenter's text does not.
    The header's own line is left out: comment systems head comments "by NAME on DATE" (Slashdot's,
    read without their patterns, lost a thread so)."""
    above = [line for i, line in enumerate(page.lines[cut:first.line], cut) if page.keep[i] and line]
    return above[-BYLINE_NEAR_ABOVE:] + text[:BYLINE_NEAR_BELOW]


def _comment_count(line: str, heading: bool = False) -> int | None:
    """The comments a line counts when it is a post's count of them ("0 comments", "{ 69 comments…
    read them below or add one }", "نظرات (۳)", "No Comments"); None for any other line, a sentence
    that mentions one among them ("0 comments? I am the first then!"). A thread's heading ("2
    Comments") counts only with ``heading``."""
    if not line or line.endswith(P.FULL_STOPS) or len(line.split()) > DECLARED_LINE_WORDS:
        return None
    m = P.DECLARED_COUNT.search(line)
    if m is None or (not heading and thread_heading(line)):
        return None
    n = (m.group("n") or m.group("m")).lower()
    return P.NUMBER_WORDS[n] if n in P.NUMBER_WORDS else int(n)  # int() reads "۲" as 2


def _with_lone_dated_header(page: _Page) -> _Page:
    """The page with a lone comment header of a name and a date read (``_lone_dated_comment``), or
    else the same read by its shape where no pattern knows it (``_shape_headers`` with ``untimed``),
    of a handle alone (``_lone_handle_header``), or, on a page that counts its comments beside its
    byline, of bare names (``_declared_name_headers``), or of numbered names right under the thread's
    heading (``_numbered_name_headers``), where neither the rules, the model nor the shape headers
    found a thread: the last look. The patterns' headers read here also take a lone footer
    (``_a_lone_footer``) and a thread too short for the patterns right under its heading
    (``_in_a_headed_thread``). A page that counts no comments ("No Comments")
    gets none from it. A run
    of shape headers is more than one header, so it goes first (a lone "sampath, on November 7th,
    2012" kept a run of that shape with handles after the dates from the thread). It comes after
    the model, which never sees it: read inside the rules it changed the model's features on two
    fit pages, and the retrained model's cuts (threshold 0.15) made a how-to list ("Step 1 (2)")
    a thread. The post's own byline header above its first line of prose ("نوشته شده توسط سارا
    احمدی", "by Jane Smith on November 3, 2012") does not stop the look: a one-comment thread under a
    bylined post went unfound."""
    declared = _declared_comments(page.lines, page.keep)
    if (page.headers and not _bylines_alone(page, page.rule_start)) or declared == 0:  # "No Comments" beside the byline
        return page
    headers = [h for h in _headers(page.lines, page.keep, page.listed, lone=True) if h.line not in page.box]
    if not headers:
        headers = _shape_headers(page.lines, page.keep, page.box, page.listed, untimed=True)
    if not headers:
        headers = [h for h in _lone_handle_header(page.lines, page.keep) if h.line not in page.box]
    if not headers and declared:
        headers = [h for h in _declared_name_headers(page.lines, page.keep, declared) if h.line not in page.box]
    if not headers:
        headers = [h for h in _numbered_name_headers(page.lines, page.keep) if h.line not in page.box]
    if not headers:
        return page
    return _with_headers(page.lines, page.keep, page.indent, headers, page.box, page.listed)


def _bylines_alone(page: _Page, start: int | None) -> bool:
    """Are the page's headers all bylines (``text_patterns.BYLINE_HEADER``) above its article's first
    line of prose, the thread said to start at the first of them (or the title over it): the post's own
    byline header ("نوشته شده توسط سارا احمدی", "by Jane Smith on November 3, 2012"), which the split
    gives to the article (``_article_as_first_comment``), no thread? (Any header above the prose
    was tried: on a page made short, the title and two lines, the thread's own first header stands
    there, and two of the unseen-sites check's short pages lost their start.) Cost: a bylined post with
    one dated line under a heading and a reader's words gives it to a thread; no fit page's output moved."""
    first_prose = _first_prose(page.lines, page.keep)
    return bool(page.headers) and start is not None and start <= page.headers[0].line \
        and all(_header_end(h) < first_prose and P.BYLINE_HEADER.match(page.lines[h.line]) for h in page.headers)


def _declared_comments(lines: list[str], keep: list[bool]) -> int | None:
    """How many comments the post says it has, beside its byline above the article's first line
    of prose, among its first ``PAIRED_AFTER`` lines ("November 10, 2012 By NAME 1 Comment", "No
    Comments", "۲ دیدگاه"; ``text_patterns.DECLARED_COUNT``); None where it says nothing. A sentence
    ("... his July 13 comments on ...") counts nothing, and neither does a "Comments (3)" heading
    below the prose: the rules read that as the thread's own heading."""
    end = min(_nth_nonblank(lines, keep, PAIRED_AFTER), _first_prose(lines, keep))
    return next((n for line in lines[:end] if (n := _comment_count(line, heading=True)) is not None), None)


DECLARED_LINE_WORDS = 25  # a byline with its categories ("By NAME on DATE in A, B, C with 2 Comments"); longer is text


def _declared_name_headers(lines: list[str], keep: list[bool], declared: int) -> list[_Header]:
    """Comments headed by bare name lines ("Marcia" over her words) on a page whose byline says it
    has ``declared`` comments (``_declared_comments``), where nothing else found a thread.

    Bare names are read alone, or in title case, only under a thread heading
    (``_name_line_headers``): an article's sections are headed like that. A post that counts its
    comments beside its byline says a thread follows, as a heading does, and says how long it is:
    no more name lines than the count (a recipe round-up that counts one comment ends in five
    dishes, each a title-case name over its text), below the article's first line of prose, the
    first one's text in a reader's voice (``_in_a_readers_voice``), no name the article gave
    (``_signature``). Cost: where the dump lost the thread (a count beside the byline, no comment
    in the text), an article whose last section heads text in a reader's voice under a short
    title-case heading becomes a comment."""
    heads = _name_line_headers(lines, keep, declared=True)
    if not heads or len(heads) > declared or heads[0].line <= _first_prose(lines, keep):
        return []
    if not _in_a_readers_voice(lines, keep, heads[0].line) or any(_signature(lines, keep, h) for h in heads):
        return []
    return heads


def _numbered_name_headers(lines: list[str], keep: list[bool]) -> list[_Header]:
    """Comments headed by their number and a name alone ("1. John Smith" over his words, "2. Ann
    Lee", "۱. مریم"), as numbered threads print them: read as ``_name_line_headers`` reads bare
    names with the numbers left out, when every header of the run is numbered and the first stands
    right under the thread's heading below the article's prose (``_below_the_heading``). An
    article's numbered list ("1. Paris" over a paragraph) has no thread heading over it. Cost: a
    numbered list of people right under a heading that reads as a thread's ("Responses")."""
    if not any(keep[i] and P.COMMENT_NUMBER.match(line) for i, line in enumerate(lines)):
        return []  # most pages have no numbered line: spare them the bare-name reading
    numbered = [P.COMMENT_NUMBER.sub("", line) if keep[i] else line for i, line in enumerate(lines)]
    heads = _name_line_headers(numbered, keep)
    if not heads or any(not P.COMMENT_NUMBER.match(lines[h.line]) for h in heads):
        return []
    return heads if _below_the_heading(lines, keep, heads[0].line) == 0 else []


def _lone_handle_header(lines: list[str], keep: list[bool]) -> list[_Header]:
    """The header of a lone comment headed by a user's handle alone ("h4rm0ny", "Alain41" over
    their words), as ``_name_line_headers`` reads runs of such names: one name line of a single
    word with a digit in it, or a name only a commenter signs with (``text_patterns.COMMENTER_NAME``:
    "Amy D.", "Anonymous", "ناشناس"), past the opening lines, over a line of text, at most
    ``NAME_RUN_GAP`` kept lines from the page's end, with its text in a reader's voice
    (``_in_a_readers_voice``) and not named by the article. A subheading holds no digit as a
    handle does, or reads as a heading's words ("Step 2"); a title-case name alone ("Marcia")
    stays unread, as an article's sections are headed like that. Cost: a product's name as the
    last subheading ("iPhone5" over "you"-text) becomes a comment, and so does an article's last
    section headed "Anonymous" (the group) in a reader's voice."""
    nb = _nonblank(lines, keep)
    _, opening = _opening(lines, keep)
    heads = [(k, n) for k in range(1, len(nb) - 1) if nb[k] >= opening and (n := _name_like(lines[nb[k]]))
             and ((" " not in n and re.search(r"\d", n)) or P.COMMENTER_NAME.match(n)) and _text_like(lines[nb[k + 1]])]
    if len(heads) != 1 or len(nb) - 1 - heads[0][0] > NAME_RUN_GAP:
        return []
    (k, name), = heads
    h = _Header(nb[k], NAME_LINE_KIND, name, None, False)
    if _signature(lines, keep, h) or not _in_a_readers_voice(lines, keep, h.line):
        return []
    return [h]


def _with_shape_headers(page: _Page, start: int | None) -> tuple[_Page, int | None]:
    """The page and its thread start with headers read by their shape (``_shape_headers``) where
    the patterns and the model left a thread unfound or began it too low.

    Where neither found a thread, the shape headers are the last look. They come after the model,
    which never sees them, so the model needs no retraining. Bare name lines are the weakest headers
    the rules take: a run of dated header shapes with names from above them down is the thread
    ("Maria July 7, 2012 at 2:31 pm" and the like over a page whose last comments happen to be
    headed by a name alone; bare times, "7:28 PM", close Blogger's comments and its post). And a run of one shape that opens above the rules' thread (two headers or more: one
    alone may be an article's line) and goes on among its headers is the same thread, its first comments in a shape no pattern knows ("1. Joel Leigh - 29 August,
    2011" over comments whose dates a pattern reads): a thread keeps one layout, an article's own
    dated lines stand above it, not among its comments.
    """
    names_only = bool(page.headers) and all(h.kind == NAME_LINE_KIND for h in page.headers)
    shaped = _shape_headers(page.lines, page.keep, page.box, page.listed)
    if _at_its_heading(page, start):
        # A thread that starts at its heading starts no higher: Blogger's post footer split over lines
        # ("Posted by" / NAME / "at" / "11:00 AM") over "6 comments:" has the shape of the comments'
        # closing name and date, and the thread was moved up to it.
        shaped = [h for h in shaped if h.line > start]
    if start is not None and _closing_dates(page.headers, shaped):
        page = _with_headers(page.lines, page.keep, page.indent, shaped, page.box, page.listed)
        return page, page.rule_start
    if (start is not None and page.footer) or not shaped:
        return page, start
    if start is None:
        page = _with_headers(page.lines, page.keep, page.indent, shaped, page.box, page.listed)
        return page, page.rule_start
    if not page.headers:  # the model's thread, no header the rules know: its start stands
        return page, start
    first = page.headers[0].line
    if _byline_over_a_thread(page, shaped):
        page = _with_headers(page.lines, page.keep, page.indent, shaped, page.box, page.listed)
        return page, page.rule_start
    if names_only and len(shaped) >= 2 and shaped[0].line <= start and 2 * sum(h.author is not None for h in shaped) > len(shaped):
        headers = _far_leaders_dropped(page.lines, page.keep, shaped)
        if headers[0].line > start:
            return page, start
    elif not names_only and len(shaped) >= 2 and len(_heading(page.headers)) >= 2 and shaped[0].line < start \
            and any(h.line > first for h in shaped):
        taken = {j for h in page.headers for j in (h.line, *h.consumed)}
        merged = sorted(page.headers + [h for h in shaped if not {h.line, *h.consumed} & taken], key=lambda h: h.line)
        headers = _far_leaders_dropped(page.lines, page.keep, merged, keep_from=first)
        if headers[0].line >= min(start, first):
            return page, start
    else:
        return page, start
    page = _with_headers(page.lines, page.keep, page.indent, headers, page.box, page.listed)
    return page, min(start, page.rule_start) if page.rule_start is not None else start


def _at_its_heading(page: _Page, start: int | None) -> bool:
    """Does a thread start at its own heading ("6 comments:", "One Comment")? Then it starts no
    higher, whatever reads as a header above it (``_with_shape_headers``, ``_choose_start``)."""
    return start is not None and thread_heading(page.lines[start])


def _closing_dates(headers: list[_Header], shaped: list[_Header]) -> bool:
    """Are the rules' headers the date lines that close comments headed by "NAME said:" lines no
    pattern knows, each taken in by such a header (``_shape_trailing_dates``)? The patterns read
    such a date line alone as a header: three or more as footers closing comments that began a few
    lines above them (the first comment's header and first paragraph left in the article), one
    with the comment's last line above it for its "name". Read from the names down, each comment
    is whole and named."""
    closing = {j for h in shaped if h.kind.split()[-1] in SHAPE_DATE_BELOW for j in h.consumed}
    heading = _heading(headers)
    return bool(heading) and all(_header_end(h) in closing for h in heading)


def _byline_over_a_thread(page: _Page, shaped: list[_Header]) -> bool:
    """Is the rules' one header a byline among the page's opening lines, over a thread whose
    headers no pattern knows ("by John on July 22, 2012" under the title, which a pattern counts
    alone, over "phpguy 07.22.12 at 20:33" and nine more of that shape)? The patterns drop such a
    byline when the thread's own headers are of a kind they know (``_headers``: a lone header of
    a shape the thread does not use); a run of shape headers below it is that thread."""
    heading = _heading(page.headers)
    if len(heading) != 1 or len(shaped) < 2 or shaped[0].line <= _header_end(heading[0]):
        return False
    return _header_end(heading[0]) < _opening(page.lines, page.keep)[1]


def _far_leaders_dropped(lines: list[str], keep: list[bool], headers: list[_Header], keep_from: int | None = None) -> list[_Header]:
    """The headers without those at their head that the whole article parts from the rest: an
    article's byline in the thread's own shape ("Paulo Coelho June 25, 2012" over the post, then
    "Maria July 7, 2012 at 2:31 pm" over a comment), as ``_drop_opening_dateline`` reads a dateline
    among the opening lines, wherever it stands. Headers from line ``keep_from`` on (the rules'
    own) stay."""
    kept = _nonblank(lines, keep)

    def gap(a: _Header, b: _Header) -> int:
        return bisect.bisect_left(kept, b.line) - bisect.bisect_left(kept, a.line)

    while len(headers) >= 3 and (keep_from is None or headers[0].line < keep_from):
        usual = statistics.median(gap(a, b) for a, b in zip(headers[1:], headers[2:]))
        if gap(headers[0], headers[1]) < max(OPENING_GAP_MIN, OPENING_GAP_FACTOR * usual):
            break
        headers = headers[1:]
    return headers


TIMED_THREAD_MIN = 3


def _without_untimed_leaders(page: _Page, start: int | None) -> tuple[_Page, int | None]:
    """The page without the headers at the head of its thread whose dates show no time of day,
    where every header from the first with one on shows one (``TIMED_THREAD_MIN`` or more) and is
    of a kind one of them has: a comment system prints its dates one way throughout, so dated lines
    without a time above such a thread are the article's (a list of screenings, "November 9th &
    10th" over its cinemas, over comments dated "11.05.12 at 1:55 pm"), as ``_shape_family``
    tells them apart for the shape headers. Its start is then the rules' (the model read the page
    with them). After the model, which never sees this. Cost: a thread whose oldest comments show
    a day alone and newer ones a time ("Today at 3:41 pm") loses its first comments to the article."""
    heading = _heading(page.headers)
    first = next((k for k, h in enumerate(heading) if P.CLOCK.search(h.posted or "")), None)
    if start is None or page.footer or first is None or first < 2 or len(heading) - first < TIMED_THREAD_MIN:
        return page, start
    if not all(P.CLOCK.search(h.posted or "") for h in heading[first:]) or not all(h.posted for h in heading[:first]):
        return page, start
    if not {h.kind for h in heading[:first]} & {h.kind for h in heading[first:]}:
        return page, start  # headers of another kind ("NAME wrote:" with the date below) show another layout
    rest = [h for h in page.headers if h.line >= heading[first].line]
    page = _with_headers(page.lines, page.keep, page.indent, rest, page.box, page.listed)
    return page, page.rule_start


def _with_first_under_the_byline(page: _Page, start: int | None) -> tuple[_Page, int | None]:
    """The page with its thread's first comment read where it stands right under the post's dated
    byline ("by Paulo Coelho on June 29, 2012" over "Maria July 7, 2012 at 2:31 pm" over her words),
    on a post with no text of its own ("Conversation with my readers", a photo, an open thread).

    Among a page's first ``BYLINE_LINES`` lines a header is read as the article's byline or
    dateline; but a post has one byline, and one that gives a name and a date (opening as a
    byline does, ``text_patterns.BYLINE_HEADER``) has been given. The line under it is the first
    comment's header when it reads as the thread's first header does (the same pattern, or the
    same shape), names someone else as a commenter's line does (``_a_commenters_line``), has
    comment text under it (``_says_something``), and stands no further above that header than the
    thread's headers are apart (``_drop_opening_dateline``). After the model, which never sees it,
    and after the shape headers (a site no pattern knows). Cost: a post whose byline is followed
    by a second dated line in the thread's very shape, with a short article under it, gives that
    article to the thread."""
    if start is None or not page.headers:
        return page, start
    lines, keep = page.lines, page.keep
    nb = _nonblank(lines, keep)
    k = next((k for k, i in enumerate(nb[:BYLINE_LINES]) if _dated_byline(lines[i])), None)
    first = page.headers[0]
    if k is None or k + 1 >= len(nb) or nb[k + 1] >= first.line or start <= nb[k + 1]:
        return page, start
    h = _read_as(lines[nb[k + 1]], nb[k + 1], first.kind)
    if h is None or h.author is None or h.posted is None or h.author.lower() in lines[nb[k]].lower():
        return page, start
    if not _a_commenters_line(lines[h.line], h.author) or not _says_something(lines, keep, h):
        return page, start
    _, opening = _opening(lines, keep)
    if _drop_opening_dateline(lines, keep, [h, *_heading(page.headers)], opening)[0] is not h:
        return page, start  # the whole article between it and the thread: the post's dateline
    page = _with_headers(lines, keep, page.indent, [h, *page.headers], page.box, page.listed)
    return page, page.rule_start


def _dated_byline(line: str) -> bool:
    """A byline with its date: "by NAME on DATE", "Posted by NAME on DATE", "توسط NAME در DATE"."""
    return bool(P.BYLINE_HEADER.match(line) and P.SHAPE_DATE.search(line))


def _read_as(line: str, i: int, kind: str) -> _Header | None:
    """Line ``i`` as a one-line header of ``kind`` (a pattern's name, or a shape's), None if it is not one."""
    if kind.startswith(SHAPE_KIND):
        shape = header_shape(line)
        if shape is None or SHAPE_KIND + shape[0] != kind:
            return None
        return _Header(i, kind, shape[1], shape[2], shape[2] is not None, paired=True)
    hit = P.match_header(line)
    if hit is None or hit[0] != kind:
        return None
    groups = hit[1].groupdict()
    posted = _clean_posted(groups.get("posted"))
    return _Header(i, kind, _clean_author(groups.get("author")), posted, posted is not None, paired=True)


def _learned_start(page: _Page, model: BoundaryModel) -> int | None:
    idx, p = model.scores(page_view(page))
    start = _choose_start(page, idx, p, model.cuts)
    # A "Comments" heading right above the chosen line opens the thread: it is no article text.
    if start is not None and page.marker is not None and page.marker < start:
        above = _nonblank_above(page.lines, page.keep, start, page.marker - 1)
        if above is not None and above[0] == page.marker:
            start = page.marker
    return start


def page_view(page: _Page) -> PageView:
    return PageView(page.lines, page.keep, page.indent, [h.line for h in page.headers], page.marker)


def _choose_start(page: _Page, idx: list[int], p: np.ndarray, cuts: Cuts) -> int | None:
    """The rules' thread stands unless the model is sure (``cuts.overrule``) or picks a line
    near it (``cuts.window``, ``cuts.local``); without one, the model's best line opens a
    thread when it reaches ``cuts.threshold``.

    Rules first because their header shapes, where they fire, are right more often than the
    model's best guess; the model earns its place on pages whose headers no pattern knows,
    and on the exact first line of a thread the rules found.
    """
    if not idx:
        return page.rule_start
    at = np.array(idx)  # the line of each score
    if page.box or page.listed:  # no thread starts inside a trackback box or a list of dated entries
        p = np.where([i in page.box or i in page.listed for i in idx], 0.0, p)
    if _at_its_heading(page, page.rule_start) or (
            page.headers and page.headers[0].kind in P.SELF_CONTAINED and page.rule_start == page.headers[0].line):
        # A thread the rules start at its own heading ("One Comment", "6 comments:"), or with a
        # pingback line, starts no higher: the model moves a start up for a first comment whose
        # header the rules missed, and a pingback has none to miss; above a heading it took the
        # post's footer ("Posted in Greece, Malaria | 1 Comment »") for the thread's first lines.
        p = np.where(at < page.rule_start, 0.0, p)
    heading = _heading(page.headers)
    if page.footer and heading:
        # Where headers close their comment, the first one closes the first comment: the thread
        # starts above it (a start on it would drop that comment).
        p = np.where(at >= heading[0].line, 0.0, p)
    elif (dated := next((h for h in heading if h.posted), None)) is not None and any(
            h.kind == dated.kind and h.posted for h in heading if h.line > dated.line):
        # Below the first of several dated headers of one shape, a start would hand that comment
        # to the article while the same shape further down heads comments (a name line over a
        # Persian "ارسال شده در DATE" scored higher under a "پاسخ" line than under the "Comments"
        # heading). A dateless header above them ("As you may recall, Colon writes", an article's
        # "نوشته شده توسط NAME" byline) may be the article's: the model may start above or on it,
        # not below the first dated one (the model, fitted on English pages, put a Persian thread
        # of "NAME می‌گوید:" headers under such a byline at its second comment).
        p = np.where(at > dated.line, 0.0, p)
    if page.rule_start is not None and P.TITLE_LABEL.match(page.lines[page.rule_start]):
        # The rules' first comment opens with its labelled title ("Subject: …", "عنوان: …"): the model,
        # which reads no label, took it for the article's last line.
        p = np.where(at > page.rule_start, 0.0, p)
    k = int(np.argmax(p))
    if page.rule_start is None:
        return idx[k] if p[k] >= cuts.threshold else None
    if p[k] >= cuts.overrule:
        return idx[k]
    # Near the rules' start: above it, or, where headers close their comment, down to the first one.
    r = bisect.bisect_left(idx, page.rule_start)
    floor = bisect.bisect_left(idx, page.headers[0].line) - 1 if page.footer and page.headers else r
    if page.footer and r < len(idx) and idx[r] == page.rule_start and P.COMMENT_OPENER.match(page.lines[page.rule_start]):
        floor = r  # the first comment opens on that line (``_opener_above``): no lower
    # A thread the rules found below the article's first prose starts below it too: on a short page
    # the window reaches up to the byline ("Priya Nair" over "Nov 2, 2012 · 3 min read"), which
    # looks like a comment's header and would hand the whole article to the thread.
    prose = _first_prose(page.lines, page.keep)
    ceiling = bisect.bisect_right(idx, prose) if prose < page.rule_start else 0
    lo, hi = max(0, ceiling, r - cuts.window), min(r + cuts.window, floor) + 1
    if cuts.window and lo < hi:
        j = lo + int(np.argmax(p[lo:hi]))
        if p[j] >= cuts.local:
            return idx[j]
    return page.rule_start


def _split(page: _Page, start: int | None) -> tuple[Segmented, int | None]:
    """The page's articles and comments, the thread from ``start`` on. A thread that holds no
    comment (a signature's name and date the model took for one) leaves the page to its article."""
    parts, cut = _split_at(page, start)
    if cut is None and start is not None:
        return _split_at(page, None)
    return parts, cut


def _a_count_alone(body: str) -> bool:
    """Is a comment's text only a count of comments ("0" over "Comments:")? Then its header was a
    post's footer ("Posted by NAME on DATE"), which a whole page's dump of a blog's front page
    repeats under every post, and it is no comment."""
    return all(P.COUNT_LINE.match(line.strip()) for line in body.split("\n"))


def _split_at(page: _Page, start: int | None, to_form: bool = False) -> tuple[Segmented, int | None]:
    """The page split at ``start``; ``to_form``: the thread ends at its comment form
    (``_thread_end``), for the final split only: which thread a page has is judged on the thread
    read to the page's end, as the checks were chosen (``_article_as_first_comment`` weighs the
    first comment's prose, and a post's dateline over the post and its form would pass it)."""
    lines, keep, headers = page.lines, page.keep, page.headers
    if start is None:
        articles, _ = _articles(lines, keep)
        return Segmented(articles, []), None
    headers = [h for h in headers if h.line >= start]
    stop = _thread_end(lines, keep, _header_end(headers[0]) + 1 if headers else start + 1,
                       _header_lines(headers)) if to_form else len(lines)
    headers = [h for h in headers if h.line < stop]
    if page.footer and headers:
        return _footer_thread(lines, keep, headers, start)
    blocks = [_block_start(lines, keep, h, max(_header_end(headers[i - 1]) if i else -1, start - 1), after=i > 0,
                           prev_author=headers[i - 1].author if i else None)
              for i, h in enumerate(headers)]
    articles, starts = _articles(lines[:start], keep[:start])
    keep = _without_consumed(keep, headers)
    links = _reply_links(lines, keep, headers, blocks)
    comments = []
    lead_end = blocks[0] if blocks else stop
    if start != page.rule_start and start < lead_end:
        # The model put the thread above the first header the rules know (or there is none):
        # the text up to it is a comment whose header we cannot read.
        lead = [k and not thread_heading(line) for line, k in zip(lines[start:lead_end], keep[start:lead_end])]
        author = posted = None
        hit = P.match_header(lines[start])
        if hit is not None:  # a header shape the rules saw too seldom to trust, but the model placed
            groups = hit[1].groupdict()
            author, posted = _clean_author(groups.get("author")), _clean_posted(groups.get("posted"))
            lead[0] = False
        elif (dated := _name_over_date(lines, lead, start)) is not None:
            author, posted, below = dated
            lead[0] = lead[below - start] = False
        body = _paragraphs(lines[start:lead_end], lead, chrome=True)
        if body and not _a_count_alone(body):
            comments.append(Comment(text=body, author=author, posted=posted, title=None, article=len(articles) - 1))
    for i, h in enumerate(headers):
        end = blocks[i + 1] if i + 1 < len(headers) else stop
        first = h.line if h.kind in P.SELF_CONTAINED else h.line + 1  # a pingback line is its text
        posted, mask = h.posted, keep[first:end]
        if (posted is None and (last := _last_kept(lines, mask, first)) is not None and _date_line(lines[last])
                and _last_kept(lines, mask[:last - first], first) is not None):
            # "NAME says:" over the text, and the comment's date under it ("Posted on DATE - 1 hour ago");
            # a date line alone stays the comment's text (taken away, it would drop the comment)
            posted = P.DATE_ANY.search(lines[last]).group(0).strip()
            mask = [k and n != last - first for n, k in enumerate(mask)]
        body = _paragraphs(lines[first:end], mask, chrome=True)
        title = h.title or _title_of(lines, keep, h, blocks[i])
        if body and _a_count_alone(body):
            if i == 0 and comments:  # the model's lead above it ("Posted by" over a name) is the footer's head
                comments.clear()
            continue
        if not body:
            continue
        article = max([k for k, s in enumerate(starts) if s <= h.line], default=0)
        answers = links.get(i) or h.reply_to
        parent = next((k for k in range(len(comments) - 1, -1, -1) if answers
                       and _same_name(comments[k].author, answers)), None)
        comments.append(Comment(text=body, author=h.author, posted=posted, title=title, article=article, parent=parent))
    return Segmented(articles, comments), (start if comments else None)


def _last_kept(lines: list[str], keep: list[bool], first: int) -> int | None:
    """The index in ``lines`` of the last kept non-blank line of ``lines[first:first + len(keep)]``."""
    return next((first + n for n in range(len(keep) - 1, -1, -1) if keep[n] and lines[first + n]), None)


def _thread_end(lines: list[str], keep: list[bool], frm: int, heads: frozenset[int] = frozenset()) -> int:
    """Where a thread ends: at its comment form or the page's own navigation under it
    (``text_patterns.THREAD_END``: "Leave a Reply", "Cancel reply", "Post new comment", "Older Post
    Home", "لغو پاسخ"), at a widget's heading (``text_patterns.WIDGET_HEADING``: "Recent Posts",
    "مطالب مرتبط"), at a form's name field over its e-mail field ("Name (required)" over
    "Email (will not be published)", "نام *" over "ایمیل *"; alone when it says it is required; with
    the comment box's label over it, "Comment" over "Name *"),
    or at a menu below the last of ``heads``, the thread's header lines (``_menu_run``): the first
    such line from ``frm`` on (below the thread's first header); else the page's end. A whole
    page's dump goes on under the
    form with sidebars and footers, which ran into the last comment, and whose dated entries read
    as more comments. Looked for below the first header only: above the thread a post's "Add
    comment" link or a menu's stands over the article. A menu only below the last header: between
    headers, runs of short lines are the thread's own (looked for below the first header, the rule
    cut the fit gold texts T71 and R534 short)."""
    last = max(heads, default=-1)
    for i in range(max(frm, 0), len(lines)):
        line = lines[i]
        if not (line and keep[i]):
            continue
        if P.THREAD_END.match(line) or (P.WIDGET_HEADING.match(line) and not thread_heading(line)):
            return i
        if P.FORM_NAME.match(line) and (P.FORM_REQUIRED.search(line) or any(
                P.FORM_EMAIL.match(lines[j]) for j in range(i + 1, min(len(lines), i + 1 + P.FORM_FIELD_REACH)))):
            above = _nonblank_above(lines, keep, i, max(frm, 0))
            return above[0] if above is not None and P.FORM_COMMENT.match(lines[above[0]]) else i
        if i > last and _menu_run(lines, keep, i):
            return i
    return len(lines)


MENU_RUN = 8  # kept non-blank lines in a row, each a menu's label
MENU_WORDS = 3  # the most words of a menu's label


def _menu_run(lines: list[str], keep: list[bool], i: int) -> bool:
    """Do ``MENU_RUN`` kept non-blank lines in a row from line ``i`` each hold at most
    ``MENU_WORDS`` words and no sentence's end ("Cases" / "Chargers" / "Batteries" / "& more" /
    "Galaxy S3", "خانه" / "اخبار" / "ورزش")? That is a menu or a shop's categories under the
    thread, which ran into its last comment; a comment is written in sentences. Cost: a last
    comment that ends in a list of eight or more short items loses the list."""
    return _labels_in_a_row(lines, keep, range(i, len(lines))) >= MENU_RUN


def _menu_label(line: str) -> bool:
    """A menu's label: at most ``MENU_WORDS`` words and no sentence's end."""
    return len(line.split()) <= MENU_WORDS and not line.endswith((".", "!", "?", "؟", "…", ":"))


def _same_name(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.lower().split()) == " ".join(b.lower().lstrip("@").split())


def _reply_links(lines: list[str], keep: list[bool], headers: list[_Header], blocks: list[int]) -> dict[int, str]:
    """The site's reply links over the thread's comments (``text_patterns.REPLY_LINK``: "Reply to
    Peter", "پاسخ به علی" as the last line above a comment's block), by header index: the name of
    the commenter each answers. A link names an earlier commenter; it is dropped from ``keep`` (it is
    neither the text of the comment above nor the name of the one below).

    Some themes print "Reply to NAME" as the reply button under each comment, naming its own author:
    where the thread's last comment ends in one (no reply follows it), the links are buttons, dropped
    with no comment linked to another. Cost: a reader's last line that is only "Reply to NAME", naming
    an earlier commenter, is taken for the site's link."""
    def link(lo: int, hi: int, names: list[str | None]) -> tuple[int, str] | None:
        j = next((j for j in range(hi - 1, lo, -1) if lines[j] and keep[j]), None)
        m = P.REPLY_LINK.match(lines[j]) if j is not None else None
        return (j, m.group("name")) if m and any(_same_name(n, m.group("name")) for n in names) else None

    heading = [k for k, h in enumerate(headers) if h.kind not in P.SELF_CONTAINED]
    if not heading:
        return {}
    # "In reply to Peter." as the first line under a comment's own header (WordPress's threaded themes,
    # "Replying to @Peter"): whom that comment answers, no words of its
    under: dict[int, str] = {}
    for b in heading[1:]:
        j = next((j for j in range(_header_end(headers[b]) + 1, len(lines)) if lines[j] and keep[j]), None)
        m = P.REPLY_LINK.match(lines[j]) if j is not None else None
        name = m.group("name") if m else ""
        name = next((n for n in (name, name.rstrip(".")) if n and any(_same_name(h.author, n) for h in headers[:b])), None)
        if name is not None:  # "In reply to Sara K.": the initial's full stop; "In reply to Mina.": the sentence's
            keep[j] = False
            under[b] = name
    last = headers[heading[-1]]
    button = link(_header_end(last), len(lines), [last.author])
    found: dict[int, str] = {}
    for a, b in zip(heading, heading[1:]):
        hit = link(_header_end(headers[a]), blocks[b], [h.author for h in headers[:b]])
        if hit is not None:
            keep[hit[0]] = False
            found[b] = hit[1]
    if button is not None:
        keep[button[0]] = False
        return under
    return found | under


def _name_over_date(lines: list[str], lead: list[bool], start: int) -> tuple[str, str, int] | None:
    """A name line over a line that is only a date, opening the text the model put above the
    rules' first header: the comment's author, its date and the date's line. Neither is its
    text (a signature "Maryam Rahimi" over "November 5, 2012 4:45 pm" has none)."""
    name = _name_like(lines[start])
    below = next((start + k for k in range(1, len(lead)) if lead[k] and lines[start + k]), None)
    if name is None or below is None:
        return None
    shape = header_shape(lines[below])
    if shape is None or shape[1] is not None or shape[2] is None:
        return None
    return name, shape[2], below


def _without_consumed(keep: list[bool], headers: list[_Header]) -> list[bool]:
    """The date lines that headers took in are chrome, not comment text."""
    keep = list(keep)
    for h in headers:
        for j in h.consumed:
            keep[j] = False
    return keep


def _footer_style(lines: list[str], keep: list[bool], headers: list[_Header]) -> bool:
    """Does each header close its comment (text above, header below) rather than open it?

    Known footer shapes ("Posted by: NAME | DATE") say so; otherwise a thread whose last
    header has no text after it, while its first has text right above, is read bottom-up, unless
    a header stands right under another with no text between them: a footer closes a comment of
    text, and two dated links in a row closing a page ("TITLE | DATE", a list shorter than
    ``LIST_MIN``) read bottom-up made the first close the article's last paragraph as a comment.
    """
    headers = _heading(headers)  # a pingback neither opens nor closes other text
    if not headers:
        return False
    if sum(h.kind in P.FOOTERS for h in headers) * 2 > len(headers):
        return True
    # A lone footer's comment form under it is no text of its (``_a_lone_footer``); under a thread of
    # several headers, the text to the page's end is weighed (its last header's form may be far down),
    # unless the form stands right under the last header.
    stop = _thread_end(lines, keep, headers[-1].line + 1) if len(headers) == 1 else len(lines)
    after_last = _paragraphs(lines[headers[-1].line + 1:stop], keep[headers[-1].line + 1:stop], chrome=True)
    if after_last and len(headers) >= 2:
        # The comment form right under the last header ("Post a New Comment" and its fields): nothing of
        # a comment follows it, and the form's lines are no text of one.
        form = _thread_end(lines, keep, headers[-1].line + 1)
        if form < len(lines) and P.THREAD_END.match(lines[form]) \
                and not _paragraphs(lines[headers[-1].line + 1:form], keep[headers[-1].line + 1:form], chrome=True):
            after_last = ""
    if after_last or any(not _paragraphs(lines[_header_end(a) + 1:b.line], keep[_header_end(a) + 1:b.line], chrome=True)
                         for a, b in zip(headers, headers[1:])):
        return False  # read bottom-up, a header right under another would close a comment of no text
    return len(headers) >= 2 or headers[0].kind.startswith(SHAPE_KIND) \
        or _a_lone_footer(lines, keep, headers[0], _opening(lines, keep)[1])


def _a_lone_footer(lines: list[str], keep: list[bool], h: _Header, opening: int) -> bool:
    """Is a lone header naming someone beside a date, on the page's last kept line past its opening
    lines or the last above the comment form under it (``_thread_end``: "Post a New Comment"; a
    reply button under it, ``text_patterns.CHROME``, is no text), the
    footer of the page's one comment ("I'm gonna have to rethink education." over "July 31, 2012 |
    Unregistered CommenterPW"; a browser's text of the whole page, which drops the role's icon, shows
    "October 19, 2012 | Fazal Majid" over Squarespace's form)? It is when the two lines above it speak as a reader does
    (``text_patterns.CHATTY``, a question or an exclamation), and the line is no dateline or
    signature: no dateline word for a name or opening the line ("Posted by NAME at 3:41 PM" closes
    Blogger's posts), no dash opening it ("— Jane Smith, November 5, 2012" under her letter), no
    name the article gave (``_signature``). Cost: a first-person post that ends in its author's
    unnamed name and date becomes a comment of its last line.

    Under the thread's heading (``_below_the_heading``: "Comments" over the comment's text over
    "Posted by NAME at 3:15 PM" or "— NAME, DATE"), the heading says a comment follows, whatever
    its voice, and such a line closes it: Blogger's post footer and a letter's signature stand
    above the heading ("Posted by NAME at 3:41 PM" over "2 comments:"), not under it."""
    end = max([h.line, *h.consumed])
    stop = _thread_end(lines, keep, end + 1)
    below = [j for j in range(end + 1, stop) if lines[j] and keep[j] and not P.CHROME.match(lines[j])]  # "Reply" is no text
    if h.author is None or h.posted is None or end < opening or below:
        return False
    headed = 0 < _below_the_heading(lines, keep, h.line) <= FOOTER_OPENER_REACH
    if not _a_commenters_line(lines[h.line], h.author, headed):
        return False
    above = [text for j, text in enumerate(lines[:h.line]) if text and keep[j]][-2:]
    chatty = any(P.CHATTY.search(text) or text.endswith(P.QUESTION_OR_BANG) for text in above)
    return (headed or chatty) and not _signature(lines, keep, h)


def _below_the_heading(lines: list[str], keep: list[bool], i: int) -> int:
    """How many kept non-blank lines stand between line ``i`` and the thread heading below the
    article's prose above it (``_marker_below_text``: "Comments", "2 comments:", "نظرات"), none of
    them a comment header a pattern knows; -1 without such a heading. 0: right under it."""
    heading = _marker_below_text(lines, keep)
    if heading >= i:
        return -1
    between = [j for j in range(heading + 1, i) if lines[j] and keep[j]]
    return -1 if any(P.match_header(lines[j]) for j in between) else len(between)


def _heading(headers: list[_Header]) -> list[_Header]:
    """The headers that head (or close) text of their own: all but one-line pingbacks."""
    return [h for h in headers if h.kind not in P.SELF_CONTAINED]


def _footer_thread(lines: list[str], keep: list[bool], headers: list[_Header],
                   start: int) -> tuple[Segmented, int | None]:
    """Comments whose header comes after their text: each runs from the previous header down."""
    articles, starts = _articles(lines[:start], keep[:start])
    keep = _without_consumed(keep, headers)
    for h in headers:
        if h.kind in P.SELF_CONTAINED:  # its line is its own comment, not the next footer's text
            keep[h.line] = False
    for i in range(start, headers[0].line if headers else start):
        if keep[i] and thread_heading(lines[i]):  # the "Comments" heading that opens the thread
            keep[i] = False
    comments = []
    top = start
    for h in headers:
        article = max([k for k, s in enumerate(starts) if s <= h.line], default=0)
        if h.kind in P.SELF_CONTAINED:
            comments.append(Comment(text=lines[h.line], author=None, posted=h.posted, title=None, article=article))
            continue
        author = h.author
        if h.kind in P.NAME_ON_TOP:  # the name line opens the block: it is the author, not text
            first = next((j for j in range(top, h.line) if lines[j] and keep[j]), None)
            if first is not None and (name := _name_with_badges(lines[first])):
                author, keep[first] = name, False
        body = _paragraphs(lines[top:h.line], keep[top:h.line], chrome=True)
        top = h.line + 1
        if not body:
            continue
        comments.append(Comment(text=body, author=author, posted=h.posted, title=None, article=article))
    return Segmented(articles, comments), (start if comments else None)


# In a dump, two blank lines or more in a row part page sections; one parts paragraphs.
SECTION_GAP = 2
MIN_FOOTER_BODY = 3


def _footer_block_start(lines: list[str], keep: list[bool], headers: list[_Header], marker: int | None,
                        floor: int = -1) -> int:
    """The first line of the text above the first footer: up to a section gap or the thread marker.

    It may not hold more lines than the other comments' median (three when it is the only one):
    the article's last lines run straight into the first comment, and a thread of one-line
    comments ("Great post!") is the common case; the longest comment let a disclosure or a
    "next time I'll discuss…" line join the thread.
    """
    first = headers[0].line
    headers = _heading(headers)
    if not headers:
        return first
    header = headers[0].line
    bodies = [sum(1 for j in range(a.line + 1, b.line) if lines[j] and keep[j]) for a, b in zip(headers, headers[1:])]
    budget = max(1, round(statistics.median(bodies))) if bodies else MIN_FOOTER_BODY
    if not bodies and headers[0].kind not in P.FOOTERS:  # a shape alone, a lone footer (``_a_lone_footer``): claim one line of the article
        budget = 1
    floor = max(floor, marker if marker is not None and marker < header else -1)
    if floor >= 0:  # the article ends above the box or marker: all text below it is the thread's
        budget = len(lines)
    start, gap, j = header, 0, header - 1
    while j > floor and budget > 0:
        if not lines[j]:
            gap += 1
            if gap >= SECTION_GAP and start < header:
                break
        else:
            gap = 0
            if keep[j]:
                start = j
                budget -= 1
                if headers[0].kind in P.NAME_ON_TOP and _name_with_badges(lines[j]):
                    break  # the commenter's name opens the comment ("Laura Chen" over her words)
        j -= 1
    return min(_opener_above(lines, keep, start, header, floor), first)


FOOTER_OPENER_REACH = 8


def _opener_above(lines: list[str], keep: list[bool], start: int, header: int, floor: int) -> int:
    """The first comment's first line above a footer thread's first header: the nearest line above
    ``start`` that opens as a reader's comment does (``text_patterns.COMMENT_OPENER``: "Great post.",
    "Hi David -", "Hey,", "Dear Mr. Reynolds,", "سلام"), within ``FOOTER_OPENER_REACH`` kept lines
    above the header and no section gap; else ``start``. The budget of ``_footer_block_start`` (the
    other comments' median) is short where the first comment is longer than most: the article's
    last lines ("What say you?", "p.s. ...") do not open so. Cost: an article whose last lines
    open with a greeting or praise ("Great work by the team") lends them to the first comment."""
    seen = sum(1 for j in range(start, header) if lines[j] and keep[j])
    gap, j = 0, start - 1
    while j > floor and seen < FOOTER_OPENER_REACH:
        if not lines[j]:
            gap += 1
            if gap >= SECTION_GAP:
                break
        else:
            gap = 0
            if keep[j]:
                seen += 1
                if P.COMMENT_OPENER.match(lines[j]):
                    return j
        j -= 1
    return start


def _cut_end(lines: list[str]) -> list[str]:
    """Everything from a comment form or a reference list on is page furniture; but a "Post a
    Comment" line right over a comment's header of a name and a date (the next non-blank line) is a
    link to the form over the thread, as Domino blogs and some WordPress themes print it, not the form;
    so is one in a row of links ("199 comments | Add comment | 0 recs", its cells parted by a whole
    page's text with its source's line breaks: a separator alone on the line over or under it); so
    is one over the post's sentences (``_over_the_post``)."""
    ends = [i for i, line in enumerate(lines) if P.END_OF_PAGE.match(line)]
    for n, i in enumerate(ends):
        if not (_over_a_dated_header(lines, i) or _a_rows_cell(lines, i) or _over_the_post(lines, i, ends[n + 1:])):
            return lines[:i]
    return lines


OVER_THE_POST_REACH = 8  # non-blank lines under a link to the form where the post's sentences start


def _over_the_post(lines: list[str], i: int, later: list[int]) -> bool:
    """Does the comment form's line ``i`` ("Leave a comment", "Be the first to comment", "ارسال
    نظر") stand over the post, as its link to the form: two sentences (``_running_text``) among the
    ``OVER_THE_POST_REACH`` lines under it and ``ARTICLE_PROSE_LINES`` or more before the next such
    line, and fewer than that over it? A whole page's dump prints the link under the post's title and
    byline; read as the form, it cut the page there and the post was lost. Under a post's sentences
    the line is the form, and an author's box or a sidebar's sentences under it are the page's."""
    stop = later[0] if later else len(lines)
    near = [line for line in lines[i + 1:stop] if line][:OVER_THE_POST_REACH]
    return (_running_lines(lines[i + 1:stop]) >= ARTICLE_PROSE_LINES and _running_lines(near) >= 2
            and _running_lines(lines[:i]) < ARTICLE_PROSE_LINES)


def _a_rows_cell(lines: list[str], i: int) -> bool:
    """Is line ``i`` a cell of a row of links whose cells a dump put on lines of their own: the
    next non-blank line above or below it a separator alone ("|", "•", "·", "/")?"""
    above = next((line for line in reversed(lines[:i]) if line), "")
    below = next((line for line in lines[i + 1:] if line), "")
    return any(P.SEPARATOR_LINE.match(line) for line in (above, below))


OVER_A_HEADER_REACH = 3


def _over_a_dated_header(lines: list[str], i: int) -> bool:
    """Is the next non-blank line under line ``i`` a header that names someone and a date ("1 Stuart
    McIntyre http://… | 11/7/2012 11:57:57 PM"), or a name line over a date alone ("Dirk Heuff" over
    "Aug 8 2012", as a whole page's text with its source's line breaks parts them)? The thread's
    heading or count ("241 Comments and 16 Replies") and the first comment's number ("1") may stand
    between them. Read as the form, the line cut the page there, and its thread was lost."""
    below = [line for line in lines[i + 1:] if line][:OVER_A_HEADER_REACH + 1]
    for k, line in enumerate(below[:OVER_A_HEADER_REACH]):
        if _named_and_dated(line):
            return True
        after = P.match_header(below[k + 1]) if k + 1 < len(below) else None
        if _name_like(line) and after is not None and after[0] == "date":
            return True
        if not (thread_heading(line) or _comment_count(line, heading=True) is not None
                or P.COMMENT_NUMBER_LINE.match(line) or _a_links_label(line)):
            return False
    return False


def _labels_beside(lines: list[str], i: int) -> list[int]:
    """The lines of links' labels right under a link to the form (``_a_links_label``) that
    ``_over_a_dated_header`` passed over, down to the first comment's header, which they are not."""
    out: list[int] = []
    for j in range(i + 1, len(lines)):
        if not lines[j]:
            continue
        after = next((line for line in lines[j + 1:] if line), "")
        hit = P.match_header(after)
        if len(out) == OVER_A_HEADER_REACH or not _a_links_label(lines[j]) or _named_and_dated(lines[j]) \
                or (_name_like(lines[j]) and hit is not None and hit[0] == "date"):
            break
        out.append(j)
    return out


def _a_links_label(line: str) -> bool:
    """A short label of a link beside a form's ("Get a Gravatar" under "Post a Comment", parted
    from it by a whole page's text with its source's line breaks): a few words, no sentence, no
    form field of its own."""
    return len(line.split()) <= 3 and not line.endswith(P.SENTENCE_ENDS) and not P.FORM_NAME.match(line) \
        and not P.FORM_EMAIL.match(line) and not P.THREAD_END.match(line) and not P.END_OF_PAGE.match(line)


def _clutter_mask(lines: list[str]) -> list[bool]:
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if P.CLUTTER.match(line) or (line and len(line) <= 2 and not any(ch.isalnum() for ch in line)):
            keep[i] = False
        elif P.END_OF_PAGE.match(line):  # a link to the form over the thread, which ``_cut_end`` kept
            keep[i] = False
            for j in _labels_beside(lines, i) if _over_a_dated_header(lines, i) else []:
                keep[j] = False  # and the links beside it ("Get a Gravatar")
        elif P.VOTE_COUNT.match(line) and i + 1 < len(lines) and P.VOTE_BUTTON.match(lines[i + 1]):
            keep[i] = False
        elif P.AUTHOR_BOX_START.match(line):
            end = next((j for j in range(i + 1, min(len(lines), i + 40)) if P.AUTHOR_BOX_END.match(lines[j])), i)
            for j in range(i, end + 1):
                keep[j] = False
            i = end
        i += 1
    return keep


def _headers(lines: list[str], keep: list[bool], listed: frozenset[int] = frozenset(), lone: bool = False) -> list[_Header]:
    """The comment headers the patterns find on a page. ``lone``: with a lone header of a name and a
    date past the opening lines (``_lone_dated_comment``), a lone scored one (``_lone_scored_comment``),
    a lone footer (``_a_lone_footer``) or a short thread right under its heading
    (``_in_a_headed_thread``), read only where the rules and the boundary model found no thread
    (``_with_lone_dated_header``)."""
    found: list[_Header] = []
    for i, line in enumerate(lines):
        if not keep[i] or i in listed:
            continue
        hit = P.match_header(line)
        if hit is None:
            continue
        name, m = hit
        groups = m.groupdict()
        author = _clean_author(groups.get("author"))
        posted = _clean_posted(groups.get("posted"))  # "At 10:14am on 06 Nov 2012, NAME wrote:"
        if posted is None and author and (dated := P.DATE_THEN_NAME.match(author)):  # "۱۴ آبان ۱۳۹۱ / مریم می‌گوید:"
            posted, author = dated["posted"].strip(), _clean_author(dated["name"])
        # "Lisa November 7, 2012 at 4:42 PM": a name, a date and a clock time on one line.
        timed = name in P.NAME_DATE_TIMED and author is not None and bool(P.CLOCK.search(posted or ""))
        # Facebook's "Like · Reply · 3y" carries the date, and the name stands atop the text:
        # one alone is a comment past the opening lines, as a name with a date is.
        timed = timed or name in P.NAME_ON_TOP
        title = (groups.get("title") or "").strip() or None
        found.append(_Header(i, name, author, posted, posted is not None, paired=timed, title=title,
                             reply_to=_clean_author(groups.get("reply_to"))))
    found = _merge_name_and_date(lines, keep, found)
    found = [h for h in found if not (_captioned(h) or _date_label(lines[h.line]) or P.EMBEDDED_POST.match(lines[h.line]))]
    # "by NAME on DATE" under the title is the article's byline, not a comment.
    byline_zone, opening = _opening(lines, keep)
    found = [h for h in found if _header_end(h) > byline_zone]  # "NAME says:" over its date line ends on the date
    # A weak header that comes with its own date ("NAME says:" over a date line, a name over a
    # date) counts alone, except among the page's first lines, where bylines and datelines live.
    found = _trailing_dates(lines, keep, found)
    counts = Counter(h.kind for h in found)
    found = [h for h in found if counts[h.kind] >= P.MIN_HEADERS.get(h.kind, 2)
             or (h.paired and (_header_end(h) >= opening or h.kind in P.DATE_BELOW or _opens_a_short_thread(lines, keep, h, found, opening)
                               or _closes_a_short_page(lines, keep, h, found)))
             or (lone and (_lone_dated_comment(lines, keep, h, found, opening) or _lone_scored_comment(lines, keep, h, found, opening)
                           or _a_lone_footer(lines, keep, h, opening) or _in_a_headed_thread(lines, keep, h, found)))]
    # Below a site name and a title, a lone header of a shape the thread does not use is the
    # article's byline ("by John on July 15, 2012" over comments headed "Chris 07.15.12 at 11:59").
    counts = Counter(h.kind for h in found)
    found = [h for h in found if not (h.line < opening and counts[h.kind] == 1 and len(counts) > 1)]
    # Alone, "by NAME on DATE" above the article's first line of prose, among the opening lines, is
    # its byline, as a lone "by" shape is (``_shape_headers``): the pattern counts one alone for the
    # footers that close comments so ("by Eric on November 9, 2010 at 6:10 am." under each one).
    if len(found) == 1 and found[0].kind == "by-on" and _header_end(found[0]) < min(opening, _first_prose(lines, keep)):
        return []
    found = _drop_opening_dateline(lines, keep, found, opening)
    # One header style per thread: a minority variant of a well-attested kind is a quotation.
    variants = Counter((h.kind, h.variant) for h in found)
    out = []
    for h in found:
        same, other = variants[(h.kind, h.variant)], variants[(h.kind, not h.variant)]
        if other >= 3 and same * 4 <= other:
            continue
        out.append(h)
    out = _without_quoted_repeats(lines, keep, out)
    for h in out:
        if h.author is None and h.kind not in P.SELF_CONTAINED | P.TITLED | P.NAME_ON_TOP:
            h.author, to = _author_above(lines, keep, h.line)
            h.reply_to = h.reply_to or to
    out = _without_dates_in_text(lines, keep, out)
    heading = _heading(out)
    if len(heading) == 1 and counts[heading[0].kind] < P.MIN_HEADERS.get(heading[0].kind, 2) \
            and (_signature(lines, keep, heading[0], named_above=False) or _bare_short_page_header(lines, keep, heading[0])):
        return [h for h in out if h is not heading[0]]  # a lone header, counted for its name and date, signs the article
    for h in out:  # once the headers are chosen: a time line under a dateline keeps it no longer past the opening lines
        _clock_under(lines, keep, h)
    return out


def _bare_short_page_header(lines: list[str], keep: list[bool], h: _Header) -> bool:
    """Is a lone header among a short page's first six lines (where ``_opening_cut`` lets it
    count) the article's own? It is with no comment text below it (an article signed with a name
    over a date ends in furniture, "Filed under Home | Tagged diy", or nothing), with a dateline's
    word for a name ("Updated November 5, 2012 at 4:45 pm"), or with a name the article gave
    ("— Mayor Lee, Nov 5, 2012" under his words). Headers whose text comes above them (footers,
    "NAME said..." with the date below) are left alone."""
    if h.kind in P.FOOTERS | P.DATE_BELOW or h.line >= _nth_nonblank(lines, keep, PAIRED_AFTER):
        return False
    dateline = bool(h.author and {w.lower() for w in h.author.split()} & P.DATELINE_WORDS)
    return dateline or _signature(lines, keep, h) or not _says_something(lines, keep, h)


def _says_something(lines: list[str], keep: list[bool], h: _Header) -> bool:
    """Does a line below a header read as a comment: a sentence's end ("Adorable!", "?", "…",
    ".") or a few words with no page furniture's "|"?"""
    for j in range(_header_end(h) + 1, len(lines)):
        line = lines[j]
        if not (line and keep[j]) or P.CHROME.match(line):
            continue
        if line.endswith((".", "!", "?", "؟", "…", ")")) or (len(line.split()) >= 4 and "|" not in line):
            return True
    return False


def _captioned(h: _Header) -> bool:
    """A header whose "name" opens with a caption's or credit's label and a colon ("Photo: Sara
    Amini, November 5, 2012 at 6:10 am") credits a picture; no commenter wrote it."""
    label = (h.author or "").split(":")[0].strip().lower()
    return ":" in (h.author or "") and label in P.DATELINE_WORDS


def _date_label(line: str) -> bool:
    """Is a header line a page's own dated label, not a commenter's? It is under a label and a colon
    that hold a date label's word ("Page Last Updated: 11/06/2012", "Review Date: 9/04/12", "For
    Immediate Release: Nov. 6, 2012", "تاریخ انتشار: ۱۴۰۲/۰۵/۱۴"). A whole page's dump shows these
    past the opening lines, in sidebars, product boxes and footers, where a dateline is not looked
    for. A "name" of a dateline's words alone ("Posted" over "9/11/2012 at 2:36 pm", "on October
    30, 2012 at 11:02 am" under a name) is a comment's date line too often to count."""
    m = P.DATE_LABEL.match(line)
    return m is not None and bool(set(re.findall(r"[^\W\d_]+", m.group("label").lower())) & P.DATE_LABEL_WORDS)


def _without_dates_in_text(lines: list[str], keep: list[bool], found: list[_Header]) -> list[_Header]:
    """A date line whose "name" above runs on from the previous header, with no line and no
    blank between them, is that comment's text ("The last closure was on" over "March 5, 2011
    at 9:00 am"): read as a header it left the previous comment empty, and the comment was lost.
    After a blank line the name heads a comment of its own (the one above had no text)."""
    out: list[_Header] = []
    for h in found:
        if h.kind == "date" and h.author is not None and out and out[-1].kind not in P.SELF_CONTAINED:
            end = _header_end(out[-1])
            above = _nonblank_above(lines, keep, h.line, end)
            if above is not None and all(lines[k] and not keep[k] for k in range(end + 1, above[0])):
                continue
        out.append(h)
    return out


def _without_quoted_repeats(lines: list[str], keep: list[bool], found: list[_Header]) -> list[_Header]:
    """A header that repeats an earlier comment's header and first line word for word, with another
    comment between them, is that comment quoted inside a later one ("I agree with this:" over
    "by Hamid on November 4, 2012" and Hamid's words). A repeat right after its original is a
    double post and stays a comment. Only a header line that names its author and date counts
    (a bare "Aug 8 2012" under a name repeats all day), and only a first line of two words or
    more ("Michael," opens many replies to Michael). A quote in another shape than its original
    ("John Smith said..." or "John Smith on DATE said:" over John's first line, where his comment
    was headed by his name over the date) counts only right under the quoting comment's own header,
    before any words of it, dated as the original or not at all, and with more lines under it than
    the original (the quoting comment's words follow the quote): a blog's owner answers several
    commenters "Thanks so much!" under headers of their own, and a double post repeats its header
    under the first one's footer."""
    def first_text(h: _Header) -> str | None:
        j = next((j for j in range(h.line + 1, len(lines)) if lines[j] and keep[j] and j not in h.consumed), None)
        return lines[j] if j is not None and len(lines[j].split()) >= 2 else None

    def words(k: int) -> int:  # the kept lines under the k-th header, to the next one (and its name line over it)
        end = found[k + 1].line if k + 1 < len(found) else len(lines)
        kept = [j for j in range(_header_end(found[k]) + 1, end) if lines[j] and keep[j]]
        if kept and k + 1 < len(found) and lines[kept[-1]] == found[k + 1].author:
            kept.pop()
        return len(kept)

    def requoted(k: int, e: int) -> bool:  # the k-th header quoting the e-th comment in another shape
        h = found[k]
        return (h.posted in (None, found[e].posted) and bool(out) and out[-1] is not found[e] and words(k) > words(e)
                and not any(lines[j] and keep[j] for j in range(_header_end(out[-1]) + 1, h.line)))

    seen: dict[tuple[str, str], int] = {}
    said: dict[tuple[str, str], int] = {}  # (author, first line) of each comment so far: its header's index
    out: list[_Header] = []
    for k, h in enumerate(found):
        text = first_text(h)
        if text is not None and h.author:
            e = said.get((h.author, text))
            if e is not None and requoted(k, e):
                continue
            said.setdefault((h.author, text), k)
        if text is None or not h.author or not h.posted or h.author not in lines[h.line] or h.posted not in lines[h.line]:
            out.append(h)
            continue
        key = (lines[h.line], text)
        k = seen.get(key)
        if k is not None and k < len(out) - 1:
            continue
        seen.setdefault(key, len(out))
        out.append(h)
    return out


def _opens_a_short_thread(lines: list[str], keep: list[bool], h: _Header, found: list[_Header], opening: int) -> bool:
    """Is a header with its name and date, among a short page's opening lines but below the
    article's prose, the first comment of a thread whose next header, of its kind, counts?

    A short page's first comment stands among its first six lines; a byline under a standfirst
    sentence has the whole article between it and the thread's first header.
    """
    if h.author is not None and not _shape_name(h.author.split(), dated=True):
        return False  # "Local history of the harbour" over a date and time is a talk in a list of events
    if h.line > _first_prose(lines, keep):
        kept = _nonblank(lines, keep)
        for g in found:
            if g.line > h.line and g.kind == h.kind and g.paired and g.line >= opening:
                return bisect.bisect_left(kept, g.line) - bisect.bisect_left(kept, h.line) <= OPENING_GAP_MIN
    return False


def _lone_dated_comment(lines: list[str], keep: list[bool], h: _Header, found: list[_Header], opening: int) -> bool:
    """Is the page's one header, past its opening lines, naming someone beside a date without a
    time of day, a lone comment's ("written by Tony, October 24, 2012", "1. Joel Leigh - 29 August,
    2011", "Jamie Wayne, on November 7th, 2012" over their words)? The patterns want two of these
    kinds, or a time of day with one: a one-comment thread went unfound.

    It is when the name reads as a commenter's (``_shape_name``: no "the", "of", no capitals of a
    heading; no comma: "People, National Theatre, until 9 February, 2013" lists a play; not only
    link words: "1:06 am on August 9, 2012 | Permalink"; no dateline word: "Updated"), the line
    does not open with a dash (an embedded tweet's or a quotation's "— NAME (@handle) DATE") or a
    dateline word (a post's "Posted on DATE by NAME" under its title, below a page's menu), holds
    no label ("Date:November 5, 2012") and no comment count (a post's meta line), comment text
    follows in a reader's voice within its first lines ("I", "you", thanks or praise, a question or an
    exclamation: "Reuters November 7, 2012" over "The ministry said it would review prices." is
    an agency's dateline; or, on a post that gave its own byline, whatever its voice: ``_bylined``),
    and the article did not name them (its signature: "Jane Smith, November 5, 2012" under her
    letter). Cost: an article's own dated line past its opening (a dated entry of a list, an
    interview's answer under a date) becomes a comment if it passes these; on fit pages none did
    (pages without comments given some 0.44 % before and after), and a terse comment ("1st..")
    stays unfound on a post with no byline.
    """
    if len(found) != 1 or h.author is None or h.posted is None or _header_end(h) < opening or h.kind in P.FOOTERS:
        return False
    line = lines[h.line]
    if not _a_commenters_line(line, h.author) or {w.lower() for w in h.author.split()} <= P.SHAPE_GLUE or "," in h.author:
        return False
    if ":" in h.author or ":" in line[:max(0, line.find(h.posted))]:
        return False  # a label: "Date:November 5, 2012", a section's "Life:Connected | 20 July 2012"
    if P.COMMENT_COUNT.search(line):
        return False  # a post's meta line counts its comments: "November 12, 2012 JLister Apple 0 Comments"
    if not _says_something(lines, keep, h) or _signature(lines, keep, h):
        return False
    return _in_a_readers_voice(lines, keep, _header_end(h)) or _bylined(lines, keep)


def _in_a_headed_thread(lines: list[str], keep: list[bool], h: _Header, found: list[_Header]) -> bool:
    """Is a header the patterns want more of ("NAME from Chicago writes:", a bare "2 hours ago"
    as Disqus prints a comment without its name, "علی می‌نویسد:") one of a thread too short for
    them under the thread's heading: the first header of its kind right under the heading below the
    article's prose (``_below_the_heading``: "Comments" over it), and comment text under it
    (``_says_something``)? The heading says a thread follows, as a count beside the byline does
    for bare names (``_declared_name_headers``); an article quoting someone ("The harbour master
    says:") or dating a paragraph has no such heading between its prose and the line. A footer
    closes its comment, it opens none (``_a_lone_footer``). Cost: an article's section headed
    "Comments" (an interview's "Comments" over a dated line and the answers) becomes a thread."""
    first = next(g for g in found if g.kind == h.kind)
    return h.kind not in P.FOOTERS and _below_the_heading(lines, keep, first.line) == 0 and _says_something(lines, keep, h)


def _lone_scored_comment(lines: list[str], keep: list[bool], h: _Header, found: list[_Header], opening: int) -> bool:
    """Is the page's one header of its kind, past its opening lines, a comment's mark no article
    prints, over words that read as a comment (``_says_something``)? The patterns want two or more
    of these kinds, so a one-comment thread went unfound. The marks: a name beside its score
    ("xdwyer 5 pts", Livefyre's and Yahoo's threads; ``name-points``); Slashdot's comment title
    with its moderation ("iSore? (1, Insightful)", "(Score:2)"; a bare "(2)" closes many a title,
    so ``title-score`` counts one only with its label, ``text_patterns.MODERATION``); Slashdot's
    "by NAME (543817)", the user id in brackets (``by-uid``; not a year: "by The Who (1969)" dates a
    work). A header of another kind may stand elsewhere (the post's "Published On Nov 11, 2012",
    which counts for nothing alone). Cost: a page's list of users by their points ("Top
    commenters": "Sara 120 pts") with a sentence under its last entry."""
    if sum(g.kind == h.kind for g in found) != 1 or _header_end(h) < opening or not _says_something(lines, keep, h):
        return False
    if h.kind == "title-score":
        return bool(P.MODERATION.search(lines[h.line]))
    if h.kind == "by-uid":
        uid = re.search(r"\((\d+)\)", lines[h.line])
        return h.author is not None and uid is not None and not P.YEAR.fullmatch(uid.group(1)) \
            and _shape_name(h.author.split(), dated=True)
    return h.kind == "name-points" and h.author is not None and _shape_name(h.author.split(), dated=True)


def _bylined(lines: list[str], keep: list[bool]) -> bool:
    """Has the post given its own byline among its first ``BYLINE_LINES`` lines ("Written by
    Philip Proefrock on 24/10/12", "Posted by lasagnechef in Arsenal News.", "توسط سارا امینی";
    ``text_patterns.BYLINE_HEADER``)? A post has one byline: a lone dated header past its prose
    naming someone else (``_signature`` refuses the byline's own name) is then no dateline or
    signature of the post's, whatever its voice ("1st..", "The quay always seemed empty."). An
    agency's dateline ("Reuters November 7, 2012" over a news sentence) keeps wanting a reader's
    voice on a page with no byline. Cost: on a bylined story, an agency's or a source's dated
    line with more of the story under it reads as a comment (no fit page, whole or made short)."""
    nb = _nonblank(lines, keep)[:BYLINE_LINES]
    return any(P.BYLINE_HEADER.match(lines[i]) for i in nb)


def _a_commenters_line(line: str, author: str, headed: bool = False) -> bool:
    """Can a lone header's line, naming ``author`` beside a date, be a commenter's
    (``_lone_dated_comment``, ``_a_lone_footer``)? Not when the name does not read as one
    (``_shape_name``) or holds a dateline word, nor when the line opens with a dash (an embedded
    tweet's "— NAME (@handle) DATE", a letter's "— Jane Smith, DATE") or a dateline word (a post's
    "Posted on DATE by NAME" under its title, Blogger's "Posted by NAME at 3:41 PM"), unless
    ``headed``: a footer under the thread's heading, where those close comments (``_a_lone_footer``)."""
    if not _shape_name(author.split(), dated=True) or {w.lower() for w in author.split()} & P.DATELINE_WORDS:
        return False
    return headed or not (line.startswith(("—", "–", "-")) or line.split()[0].lower().rstrip(":") in P.DATELINE_WORDS)


READER_VOICE_LINES = 4


def _in_a_readers_voice(lines: list[str], keep: list[bool], end: int) -> bool:
    """Do the first ``READER_VOICE_LINES`` kept lines below line ``end`` speak as a reader does:
    "I", "you", thanks or praise, a question or an exclamation (``text_patterns.CHATTY``)? A story
    goes on in the third person; further down a page, menus and teasers ask their questions too."""
    below = [line for j, line in enumerate(lines[end + 1:], end + 1) if line and keep[j]][:READER_VOICE_LINES]
    return any(P.CHATTY.search(line) or line.endswith(P.QUESTION_OR_BANG) for line in below)


def _closes_a_short_page(lines: list[str], keep: list[bool], h: _Header, found: list[_Header]) -> bool:
    """Is the page's one header, among a short page's opening lines, a lone comment's under the
    article ("Rosa Lindqvist" over "March 4, 2012 at 9:40 am" under a title, two lines and a
    byline, then her words)? ``_opening_cut`` ends the opening below the article's first line of
    prose; a short post with no such line (link titles, a note without a full stop) kept its one
    comment among the opening lines, where a header counts only beside another of its kind.

    It is when it names someone the article did not, carries a time of day (on its line or on a
    line of its own under the date: a byline's date seldom has one), has comment text under it,
    and the page has no more words under it than above it, or its first lines below speak as a
    reader does (``_in_a_readers_voice``: a one-comment page under a post of a few short lines,
    "Excellent! I love how you ..."): a dateline opens the article's body (a title and menu lines
    over "NAME" over "DATE" over "TIME" have the article under them), a comment closes the page.
    Cost: a news brief of one paragraph under a title, a standfirst and "NAME DATE at TIME" reads
    as a comment (no fit page has that shape), and so may a first-person post under such a
    dateline with no line of prose above it (no fit page either: pages without comments, whole
    and made short, given some before and after alike).
    """
    if len(found) != 1 or h.author is None or not _shape_name(h.author.split(), dated=True):
        return False
    end = _header_end(h)
    clock = _time_line_under(lines, keep, h.posted, end)
    if not P.CLOCK.search(h.posted or "") and clock is None:
        return False
    words = [len(line.split()) if keep[i] and not P.CHROME.match(line) else 0 for i, line in enumerate(lines)]
    above, below = sum(words[:h.line]), sum(words[(end if clock is None else clock) + 1:])
    return (below <= above or _in_a_readers_voice(lines, keep, end if clock is None else clock)) \
        and _says_something(lines, keep, h) and not _signature(lines, keep, h)


# A header among the opening lines is the article's dateline, not the thread's first comment,
# when the next header is this many times further than the thread's headers usually are apart
# (and at least ``OPENING_GAP_MIN`` kept lines).
OPENING_GAP_FACTOR = 4
OPENING_GAP_MIN = 12


def _drop_opening_dateline(lines: list[str], keep: list[bool], found: list[_Header], opening: int) -> list[_Header]:
    """"Business & Finance" over "November 8th 2012" under the title reads like a commenter's
    name over a comment date, and the thread below uses that very shape; but the whole article
    lies between it and the next header, while comments follow each other closely."""
    if len(found) < 3 or found[0].line >= opening or found[0].posted is None:  # a dateline has a date
        return found
    kept = _nonblank(lines, keep)

    def gap(a: _Header, b: _Header) -> int:
        return bisect.bisect_left(kept, b.line) - bisect.bisect_left(kept, a.line)

    usual = statistics.median(gap(a, b) for a, b in zip(found[1:], found[2:]))
    if gap(found[0], found[1]) >= max(OPENING_GAP_MIN, OPENING_GAP_FACTOR * usual):
        return found[1:]
    return found


# A run of bare-name comments: at most this many kept lines of text between two names (and
# after the last one); more, and the name is a subheading of the article's last section.
NAME_RUN_GAP = 15
NAME_RUN_MIN = 2
NAME_LINE_KIND = "name-line"


def _name_with_badges(line: str) -> str | None:
    """The name on a Facebook commenter's line, which shows badges and a place beside it: "Jane
    Doe · Top Commenter · Springfield, Illinois" (``_name_like`` would refuse the whole line)."""
    return _name_like(line.split(" · ")[0].strip())


def _name_like(line: str) -> str | None:
    """The name on a line that is only a name ("Doug Drabek", "http://site.com rightappeal")."""
    m = P.NAME_LINE.match(line) if len(line) <= 2 * P.NAME_LINE_CHARS else None
    if m is None:
        return None
    name = m.group("author")
    words = name.split()
    if len(name) > P.NAME_LINE_CHARS or any(w.lower() in P.NAME_STOPWORDS for w in words):
        return None
    if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):  # "Mita B." yes, "Q." no
        return None
    if len(words) > 1 and any(w[0].islower() for w in words):  # Persian letters have no case
        return None
    # "DIY", "FIRST QUARTER": headings ("K." is an initial; "Jim Thompson MD" ends in a credential)
    if any(len(w.rstrip(".")) > 1 and w.isupper() and not (k and w.rstrip(".,") in P.CREDENTIALS)
           for k, w in enumerate(words)):
        return None
    hit = P.match_header(line)
    if (hit is not None and hit[0] != "url-name") or P.CHROME.match(line) or thread_heading(line) or P.REPLY_LINK.match(line):
        return None  # "پاسخ به علی" ("Reply to Ali") over a reply's name line is no name
    if P.END_OF_PAGE.match(line):
        return None  # nor is a link to the comment form over the thread ("ارسال نظر", "Send a comment")
    if P.WIDGET_HEADING.match(line) or {w.lower() for w in words} <= P.SHARE_WORDS:
        return None  # a sidebar's "Latest Comments", "آخرین نظرات"; a menu's "facebook"
    return name


def _text_like(line: str) -> bool:
    return _name_like(line) is None and (len(line.split()) >= 3 or line.endswith((*SENTENCE_ENDS, ")")))


def _name_line_headers(lines: list[str], keep: list[bool], declared: bool = False) -> list[_Header]:
    """Comments headed by a bare name line, found where no header pattern fires. ``declared``: the
    post counts its comments beside its byline (``_declared_name_headers``), which says, as a
    thread heading does, that the names are commenters.

    A run of name lines, each over a line of text, reaching the page's end, is a thread when
    it reads like people rather than subheadings (the same shape): a name that comes back,
    a link before a name, or a handle with a digit or in lower case. (A later comment naming
    an earlier commenter is no sign: an article's sections name each other's headings too.) Title-case names alone ("Practically Sound", "Black Angus") are not
    enough: listicles and reviews end in sections headed like that, and far more pages end
    in sections than in threads with no header.
    """
    nb = _nonblank(lines, keep)
    heads = [k for k in range(1, len(nb) - 1) if _name_like(lines[nb[k]]) and _text_like(lines[nb[k + 1]])]
    if not heads or len(nb) - 1 - heads[-1] > NAME_RUN_GAP:
        return []
    run = [heads[-1]]
    for k in reversed(heads[:-1]):
        if run[0] - k > NAME_RUN_GAP + 1:
            break
        run.insert(0, k)
    run = [k for k in run if k >= BYLINE_LINES]  # a name among the opening lines is a byline
    names = [_name_like(lines[nb[k]]) or "" for k in run]
    if declared or _under_thread_heading(lines, keep, nb, run):
        return [_Header(nb[k], NAME_LINE_KIND, n, None, False) for k, n in zip(run, names)]
    if len(run) < NAME_RUN_MIN or len(set(names)) < 2:
        return []
    people = (len(set(names)) < len(names)
              or any(P.COMMENTER_LINK.match(lines[nb[k]]) or P.HANDLE.match(n) for k, n in zip(run, names)))
    if not people:
        return []
    return [_Header(nb[k], NAME_LINE_KIND, n, None, False) for k, n in zip(run, names)]


def _under_thread_heading(lines: list[str], keep: list[bool], nb: list[int], run: list[int]) -> bool:
    """Does the run of name lines open right under a thread heading below the article's prose
    ("3 comments" over "Katie" over her words)? Then one name, or names in title case, are
    commenters: an article's own sections do not sit under a comment count."""
    heading = _marker_below_text(lines, keep)
    return bool(run) and heading in nb and nb.index(heading) + 1 == run[0]


SHAPE_KIND = "shape-"  # the kind of a header found by its shape: this and its signature ("shape-N D")


def header_shape(line: str, over_date: bool = False) -> tuple[str, str | None, str | None] | None:
    """A line's shape as a comment header, whatever its wording: (signature, name, date), or None.

    Date and time spans become ``D``, chrome and linking words ("at", "on", "says", "Reply",
    "|") drop out, and what is left must be a short name (``N``, at most ``SHAPE_NAME_WORDS``
    words) or nothing: "Lisa K. | Nov 5, 2012 at 3:41 pm | Reply" is ``N D``, "October 19,
    2012 Fazal Majid" is ``D N``. A line with no date is a header only as "NAME says:";
    ``over_date``: the line stands over a date line, so its name is read as beside a date.
    "posted on DATE at TIME by NAME" ("ارسال شده در DATE ساعت TIME توسط NAME") is ``by D N``: a
    run of them closes comments, one alone is a post's byline, as for "by NAME on DATE".
    """
    if not line or len(line) > SHAPE_CHARS:
        return None
    line = P.SHAPE_UNVERIFIED.sub("", line)
    posted = P.POSTED_BY.match(line)
    if posted is not None and P.CLOCK.search(line):
        rest = header_shape(line[posted.end():].lstrip(), over_date)
        if rest is not None and rest[1] is not None and rest[2] is not None:
            return (rest[0] if rest[0].startswith("by ") else "by " + rest[0]), rest[1], rest[2]
    if _ends_in_a_time(line):
        line = line[:-1]  # "by Eric on November 9, 2010 at 6:10 am.": its full stop closes the header
    if line.endswith(P.FULL_STOPS) and not (line.endswith(("...", "…")) or re.search(r"\b[A-Z]\.$", line)):
        return None  # a sentence, unless it ends in "said..." or an initial ("Sara K.")
    verb = P.SHAPE_SAYS.search(line)
    if verb:
        line = line[:verb.end("verb")]  # "Tim said..." (Blogger) reads as "Tim said:"
    spans = [m.span() for m in P.SHAPE_DATE.finditer(line) if m.end() > m.start()]
    if not spans and not verb:
        return None
    parts: list[str] = []
    names: list[str] = []
    last = 0
    for a, b in spans + [(len(line), len(line))]:
        for tok in P.SHAPE_SPLIT.split(line[last:a]):
            if not tok or tok.lower() in P.SHAPE_GLUE or tok == "@" or (tok.rstrip(".").isdigit() and not parts):
                continue  # a leading number is the comment's ("2 Dawn Camp November 7, 2012", "1. Martin - DATE")
            if P.SHAPE_ID.match(tok) or (tok.startswith("@") and names):
                continue  # a user's or a comment's number ("by garaged (579941) on DATE (#40743959)"), a handle after the name
            if not P.SHAPE_NAME_WORD.match(tok):
                return None
            names.append(tok)
            if not parts or parts[-1] != "N":
                parts.append("N")
        if a < b:
            parts.append("D")
        last = b
    name = " ".join(names) or None
    if len(names) > SHAPE_NAME_WORDS or (name is not None and not _shape_name(names, dated=bool(spans) or over_date)):
        return None
    by = line.split()[0].lower() == "by" and bool(spans)  # "by NAME on DATE": a byline, or a run of comment headers
    words = {w.lower() for w in names + line.split()[:1]} - ({"by"} if by else set())
    if words & P.DATELINE_WORDS or (line.endswith(":") and not verb):
        return None  # "Updated July 23, 2012", "Originally published on DATE:" are an article's
    posted = " ".join(line[a:b].strip() for a, b in spans) or None
    said = P.SHAPE_VERBS.get(verb.group("verb").lower(), "says") if verb else ""
    return " ".join(["by"] * by + parts + [said]).strip(), name, posted


def _ends_in_a_time(line: str) -> bool:
    """Does a line end in a date with its time of day and a full stop ("by Eric on November 9, 2010
    at 6:10 am.", as some themes close each comment)? Its full stop closes the header, not a
    sentence. Only a day with its time: a sentence ends in a day ("We met on November 5, 2012.") or a
    time ("She left at 3:00 pm.") more often."""
    def dated_and_timed(span: str) -> bool:
        return bool(P.CLOCK.search(span)) and not P.CLOCK_LINE.match(re.sub(r"^at\s+", "", span.strip(), flags=re.IGNORECASE))

    return line.endswith(".") and any(m.end() >= len(line) - 1 and dated_and_timed(m.group())
                                       for m in P.SHAPE_DATE.finditer(line[:-1]) if m.end() > m.start())


def _says_line(line: str) -> str | None:
    """The name on a short line that ends in "says:" / "said:" / "wrote:" and opens with no verb of
    its own ("JP Adams Says:", "Courtney from Cocroft & Delbridge writes"), None otherwise: read over
    a date line only, where ``header_shape`` found no name in it."""
    verb = P.SHAPE_SAYS.search(line) if len(line) <= SHAPE_CHARS else None
    name = line[:verb.start()].strip(" ,:|-") if verb else ""
    if not name or len(name.split()) > 2 * SHAPE_NAME_WORDS or name.endswith(P.FULL_STOPS) \
            or name.split()[0].lower() in P.NAME_STOPWORDS | P.PRONOUNS:
        return None
    return name


def _shape_name(words: list[str], dated: bool) -> bool:
    """Can these words be a commenter's name in a header? Beside a date, in any letter case
    ("lisa fine November 13, 2012"); alone before "says", only as ``_name_like`` reads names.
    Never with words a name does not hold ("The", "of") or a heading's capitals ("DIY")."""
    if not dated:
        return _name_like(" ".join(words)) is not None or bool(P.HANDLE.match(" ".join(words)))
    return not any(w.lower() in P.NAME_STOPWORDS or (len(w.rstrip(".")) > 1 and w.isupper()) for w in words)


SHAPE_CHARS = 100
SHAPE_NAME_WORDS = 4


def _shape_headers(lines: list[str], keep: list[bool], box: range, listed: frozenset[int] = frozenset(),
                   untimed: bool = False) -> list[_Header]:
    """Comment headers found by their shape (``header_shape``) where no pattern knows them.

    Two or more lines of one shape past the byline lines are a thread's headers; one line
    alone is a comment's header when it names someone (a lone date is an article's dateline
    as often as a comment's). A date-only line under a name line is that name's header.
    ``untimed``: one alone may also name someone beside a date without a time of day, where
    ``_lone_dated_comment`` reads a pattern's header so (its text in a reader's voice): the
    last look (``_with_lone_dated_header``), as for the patterns.
    """
    nb = _nonblank(lines, keep)
    byline, opening = _opening(lines, keep)
    found: list[tuple[str, _Header]] = []
    clocks: set[int] = set()  # time lines taken into the date line above them
    for k, i in enumerate(nb):
        if i <= byline or i in box or i in listed or i in clocks:
            continue
        shape = header_shape(lines[i])
        if shape is None or _cited(lines[i]) or _date_label(lines[i]) or P.EMBEDDED_POST.match(lines[i]):
            continue
        sig, name, posted = shape
        line, consumed = i, []
        clock = _time_line_under(lines, keep, posted, i) if name is None else None
        if clock is not None:
            posted, consumed = f"{posted} {lines[clock]}", [clock]
            clocks.add(clock)
        if name is None and k > 0 and nb[k - 1] > byline:
            # A date line under a name line ("Jason" over "Nov 5, 2012 at 3:41 pm") or under a
            # "NAME says:" line is one header with it; the date line is no comment text.
            verb = header_shape(lines[nb[k - 1]], over_date=True)
            if verb is not None and verb[1] is not None and verb[2] is None:
                sig, name, line, consumed = f"{verb[0]}/{sig}", verb[1], nb[k - 1], [i, *consumed]
            elif above := _name_like(lines[nb[k - 1]]):
                sig, name, line, consumed = "N/" + sig, above, nb[k - 1], [i, *consumed]
            elif said := _says_line(lines[nb[k - 1]]):
                # "JP Adams Says:" over the date: a commenter's line whose name reads as none
                # (a heading's capitals); its date line is of the thread's shape (``_shape_family``).
                sig, name, line, consumed = "N says/" + sig, said, nb[k - 1], [i, *consumed]
        if found and found[-1][1].line >= line:
            found.pop()  # the line above, read alone, was this header's first half
        found.append((sig, _Header(line, SHAPE_KIND + sig, name, posted, posted is not None, paired=True,
                                   consumed=consumed)))
    found = _shape_trailing_dates(lines, keep, found)
    # A date line under a name line and one under a line that reads as no name ("PG Marv", a spammer's
    # slogan) are one shape: a thread's names vary, its date lines do not.
    families = Counter(_shape_family(sig, h) for sig, h in found)
    bare = Counter(_shape_family(sig, h) for sig, h in found if sig == "D")
    for sig, h in found:
        family = _shape_family(sig, h)
        if families[family] >= (P.MIN_HEADERS["date"] if bare[family] else 2):  # bare dates need as many as "date"
            # the first of them may be the article's dateline, the whole article above the next one
            thread = [g for s, g in found if _shape_family(s, g) == family]
            return _drop_opening_dateline(lines, keep, _with_skeleton_kin(lines, keep, thread, byline, box, listed), opening)
    for sig, h in found:
        if sig.startswith("by "):  # a lone "by NAME on DATE" is a byline wherever it stands
            continue
        # Among the opening lines a lone header is a dateline, as for the patterns (which read a
        # header's end, its date line under a name, as past them or not; a time line under the
        # date does not carry a dateline past them), unless it closes a short page as a comment
        # does (``_closes_a_short_page``: a post with no line of prose).
        end = max([h.line] + [j for j in h.consumed if j not in clocks])
        if end < opening and not _closes_a_short_page(lines, keep, h, [h]):
            continue
        # One header alone must name someone, and not someone the article named ("— Jane Smith,
        # November 5, 2012" under a letter is its signature), and carry what comment systems
        # print and datelines do not: a time of day or "ago" ("Reuters November 7, 2012" is
        # an agency's dateline), or "says".
        timed = sig.endswith(" says") or bool(P.CLOCK.search(h.posted or "") or P.AGO.search(h.posted or ""))
        timed = timed or (untimed and _untimed_shape_line(lines[h.line])
                          and (_lone_dated_comment(lines, keep, h, [h], opening) or _a_lone_footer(lines, keep, h, opening)))
        # A comment closed by its date ("Ben said:" over his words over the date) is no letter's
        # signature: the article may name its commenter ("my friend Ben"), as for the patterns.
        closed = sig.split()[-1] in SHAPE_DATE_BELOW and h.posted is not None
        if timed and h.author is not None and not _signature(lines, keep, h, named_above=not closed) \
                and not _bare_short_page_header(lines, keep, h):
            return [h]
    return []


SHAPE_DATE_BELOW = ("says", "said", "wrote")  # a shape's last word: a header whose date may close its comment
TRAILING_DATE_REACH = NAME_RUN_GAP  # kept lines of comment text between such a header and its date line


def _shape_trailing_dates(lines: list[str], keep: list[bool],
                          found: list[tuple[str, _Header]]) -> list[tuple[str, _Header]]:
    """Headers read by their shape, each dateless "NAME said:" / "NAME wrote:" / "NAME says:" line
    taking the date line alone that closes its comment ("Ben said:" over his words over "November
    12, 2012 3:27 PM"), as Blogger and its kin print them and ``_trailing_dates`` reads them for
    the patterns' "says" kind.

    Read apart, the date lines made a thread of bare dates that began at the first of them, its
    first comment's words and header left above it (read as footers, each comment began a few lines
    above its date), and a one-comment thread went unfound: a "NAME said:" alone is a quotation as
    often as a comment, but an article's quotation is not closed by a date line. The date line is
    the first header read below the name's, within ``TRAILING_DATE_REACH`` kept lines, with comment
    text between them and no text between it and the next header (a reply button may stand
    there). Cost: a quotation in an article closed by a dated line alone (an interview's answer
    over the next question's date) reads as a comment."""
    kept = _nonblank(lines, keep)
    out: list[tuple[str, _Header]] = []
    taken: set[int] = set()
    for k, (sig, h) in enumerate(found):
        if k in taken:
            continue
        out.append((sig, h))
        if h.posted is not None or h.author is None or sig.split()[-1] not in SHAPE_DATE_BELOW or k + 1 >= len(found):
            continue
        dsig, d = found[k + 1]
        if dsig != "D":
            continue
        text = _paragraphs(lines[_header_end(h) + 1:d.line], keep[_header_end(h) + 1:d.line], chrome=True)
        reach = bisect.bisect_left(kept, d.line) - bisect.bisect_left(kept, _header_end(h)) - 1
        after = found[k + 2][1].line if k + 2 < len(found) else _thread_end(lines, keep, _header_end(d) + 1)
        if not text or reach > TRAILING_DATE_REACH or _paragraphs(lines[_header_end(d) + 1:after], keep[_header_end(d) + 1:after], chrome=True):
            continue
        h.posted, h.variant = d.posted, True
        h.consumed.extend([d.line, *d.consumed])
        taken.add(k + 1)
    return out


def _skeleton(line: str) -> tuple[str, str | None, str | None] | None:
    """A dated one-line header's layout whatever its words say: (the separator before its date and
    the linking words around its words, the words, the date), or None. "CmdrR - October 26, 2012",
    "The Keeper - October 26, 2012" and "James Cannon - Runcorn Trekkie UK - October 26, 2012" are
    all "W - D"; "by A Photo Editor on November 12, 2012" is "by W on D", "Nick November 12, 2012 at
    12:34 pm" "W D"."""
    if not line or len(line) > SHAPE_CHARS or (line.endswith(P.FULL_STOPS) and not _ends_in_a_time(line)):
        return None
    dates = [m for m in P.SHAPE_DATE.finditer(line) if m.end() > m.start()]
    if len(dates) != 1:
        return None
    before, date, after = line[:dates[0].start()], dates[0].group().strip(), line[dates[0].end():].strip()
    tokens = before.split()
    def glue(t: str) -> bool:
        return t.lower().strip(":,") in P.SHAPE_GLUE

    head = list(itertools.takewhile(glue, tokens))  # "by NAME on DATE", "Posted by: NAME | DATE"
    tail = list(itertools.takewhile(lambda t: glue(t) or not t.strip("|•·,:;—–-/"), reversed(tokens[len(head):])))
    words = tokens[len(head):len(tokens) - len(tail)]
    if not words or after:
        return None
    return " ".join([*head, "W", *reversed(tail), "D"]), " ".join(words).rstrip(" |•·,:;—–-/"), date


SKELETON_MIN = 2  # the thread's headers that show one skeleton before it is read on other lines


def _with_skeleton_kin(lines: list[str], keep: list[bool], thread: list[_Header], byline: int, box: range,
                       listed: frozenset[int]) -> list[_Header]:
    """The thread's shape headers with the lines of their skeleton (``_skeleton``) among them that
    read as no name: a site prints every comment's header one way, so a line laid out as
    ``SKELETON_MIN`` or more of them are ("NAME - DATE") heads a comment whatever its words ("The
    Keeper - October 26, 2012", "Orb of the Emissary - DATE" among "CmdrR - DATE": a name with "the"
    or "of" is no name to ``header_shape``). Lines between the thread's first and last header, and
    above the first no further than headers usually are apart: an article's own dated lines (a
    byline in the thread's layout) stand above its whole text."""
    shapes = Counter(sk[0] for h in thread if not h.consumed and (sk := _skeleton(lines[h.line])))
    if not shapes:
        return thread
    skeleton, count = shapes.most_common(1)[0]
    if count < SKELETON_MIN:
        return thread
    kept = _nonblank(lines, keep)
    taken = _header_lines(thread)

    def kin(i: int) -> _Header | None:
        sk = _skeleton(lines[i])
        if sk is None or sk[0] != skeleton or i <= byline or i in taken or i in box or i in listed \
                or _cited(lines[i]) or _date_label(lines[i]):
            return None
        return _Header(i, thread[0].kind, sk[1], sk[2], True, paired=True)

    found = [h for i in kept if thread[0].line < i < thread[-1].line and (h := kin(i)) is not None]
    gaps = [bisect.bisect_left(kept, b.line) - bisect.bisect_left(kept, a.line) for a, b in itertools.pairwise(thread)]
    reach = int(statistics.median(gaps)) if gaps else 0
    first = bisect.bisect_left(kept, thread[0].line)
    while True:  # above the first, each no further than headers usually are apart
        above = next((h for k in range(first - 1, max(-1, first - 1 - reach), -1) if (h := kin(kept[k])) is not None), None)
        if above is None:
            break
        found.append(above)
        first = bisect.bisect_left(kept, above.line)
    return sorted(thread + found, key=lambda h: h.line) if found else thread


def _untimed_shape_line(line: str) -> bool:
    """Can a line read by its shape alone, naming someone beside a date without a time, be a lone
    comment's header (``_shape_headers`` with ``untimed``)? The shape drops the words that tell a
    post's own lines from a commenter's, so they are read on the line: not with a dateline's word
    anywhere in it ("Monday 10.29.2012 , Posted by NAME" under a post's title), and no comma inside
    the words before the date ("People, National Theatre, until 9 February, 2013" lists a play;
    "Jamie Wayne, on November 7th, 2012" has one after the name)."""
    if set(re.findall(r"[^\W\d_]+", line.lower())) & P.DATELINE_WORDS:
        return False
    date = P.SHAPE_DATE.search(line)
    before = re.sub(r"[\s,|:–—-]*(?:\bon|\bat)?[\s,|:–—-]*$", "", line[:date.start()] if date else line)
    return "," not in before


def _cited(line: str) -> bool:
    """Does a date in brackets, without a time, date a cited title ("3. Hamdan Again (Oct. 27, 2005)
    (Oona Hathaway)")? Such a line heads no comment, though a list of them is still a list of
    dated entries (``_header_lists``), where no thread starts."""
    return any(line[:m.start()].rstrip().endswith("(") and line[m.end():].lstrip().startswith(")")
               and not P.CLOCK.search(m.group()) for m in P.SHAPE_DATE.finditer(line) if m.end() > m.start())


def _shape_family(sig: str, h: _Header) -> str:
    """A shape's signature without the line over it: "N/D" (a name line over a date line) and "N
    says/D" ("Jeff Says:" over a date line) are "D": a thread's date lines keep one shape, the lines
    over them may not ("JP Adams Says:" reads as no name, and a date line under the opening lines
    stands alone). A date line alone is told apart by a time of day: a list of tour dates ("November
    29th" over a venue) above a thread whose date lines carry a time ("11.05.12 at 1:55 pm") is no
    part of it."""
    if not sig.endswith("/D") and sig != "D":
        return sig
    return "D" + (" time" if P.CLOCK.search(h.posted or "") else "")


def _signature(lines: list[str], keep: list[bool], h: _Header, named_above: bool = True) -> bool:
    """Is a lone header naming someone the page's own author's signature or box, not a comment?

    It is when a sentence below is about them ("Priya Nair" over a date and "Priya writes about
    design"): a commenter does not write of themselves so. ``named_above``: also when
    the article named that person ("— Jane Smith, November 5, 2012" under a letter), for headers
    read by their shape only (an article may name a commenter whose header the patterns know:
    "Ben said:" under a diary that mentions Ben).
    """
    if h.author is None:
        return False
    author = h.author.lower()
    named = re.compile(rf"(?<!\w){re.escape(author)}(?!\w)")
    if named_above and any(named.search(line.lower()) and line.lower() != author for line in lines[:h.line]):
        return True
    # "Priya writes about design and tools.": a sentence about them, opening with their name and a
    # verb an author box uses; a commenter signing off ("Thanks, Chris", "- Chris") names
    # themselves otherwise, and a first name may open a comment's sentence ("Will be there").
    names = {re.escape(h.author), re.escape(h.author.split()[0])}
    about = re.compile(rf"^(?:{'|'.join(names)})\s+{P.AUTHOR_BOX_VERBS}\s+\S+")
    return any(keep[j] and about.match(lines[j]) for j in range(_header_end(h) + 1, len(lines)))


def _trailing_dates(lines: list[str], keep: list[bool], found: list[_Header]) -> list[_Header]:
    """Blogger and its kin print "NAME said..." above the text and the date below it.

    When a page has such dateless headers, a bare date line after a header's text is
    that comment's date, not a header of its own: within ``TRAILING_DATE_REACH`` kept lines of
    it, as the shape headers read such a date (``_shape_trailing_dates``). Further down, in a
    whole page's dump, it is a sidebar's or a footer's date, and "Hibu said:" over a quotation
    in a news story was read as a comment dated by a list of stories 130 lines below.
    """
    if not any(h.kind in P.DATE_BELOW for h in found):
        return found
    # A lone date line is a header only in a thread of three or more; here it may be a trailer.
    kept = _nonblank(lines, keep)
    out: list[_Header] = []
    for h in found:
        prev = out[-1] if out else None
        if h.kind == "date" and prev is not None and prev.kind in P.DATE_BELOW \
                and bisect.bisect_left(kept, h.line) - bisect.bisect_left(kept, prev.line) <= TRAILING_DATE_REACH:
            if prev.posted is None:
                prev.posted, prev.paired = h.posted, True
                prev.consumed.append(h.line)
            continue
        out.append(h)
    for k, h in enumerate(out):
        if h.kind in P.DATE_BELOW and h.posted is None:
            _clock_below(lines, keep, h, out[k + 1].line if k + 1 < len(out) else len(lines))
    return out


def _time_line_under(lines: list[str], keep: list[bool], posted: str | None, end: int) -> int | None:
    """The line of a time of day alone right under a date without one, which ends on line ``end``
    ("August 9th, 2012" over "2:13 pm", as themes print a comment's date and time on lines of
    their own): part of the date, no text. None when there is none."""
    if not posted or P.CLOCK.search(posted):
        return None
    below = next((j for j in range(end + 1, len(lines)) if lines[j] and keep[j]), None)
    return below if below is not None and P.CLOCK_LINE.match(lines[below]) else None


def _clock_under(lines: list[str], keep: list[bool], h: _Header) -> None:
    """A header's date takes in the time line right under it (``_time_line_under``)."""
    below = _time_line_under(lines, keep, h.posted, _header_end(h))
    if below is not None:
        h.posted = f"{h.posted} {lines[below]}"
        h.consumed.append(below)


def _clock_below(lines: list[str], keep: list[bool], h: _Header, end: int) -> None:
    """A time of day alone closing a "NAME said..." comment ("10:05 AM", as Blogger prints a
    comment of today) is its date, as a date line there is; it is no comment text."""
    last = next((j for j in range(end - 1, h.line, -1) if lines[j] and keep[j]), None)
    if last is not None and P.CLOCK_LINE.match(lines[last]):
        h.posted = lines[last]
        h.consumed.append(last)


PAIRED_AFTER = 6
BYLINE_LINES = 3


def _nonblank(lines: list[str], keep: list[bool]) -> list[int]:
    """Indices of the page's lines that hold text and are kept (not cut as page clutter): where
    "the first lines", "the line under" and "the back half" are counted."""
    return [i for i, line in enumerate(lines) if line and keep[i]]


def _nth_nonblank(lines: list[str], keep: list[bool], n: int) -> int:
    seen = 0
    for i, line in enumerate(lines):
        if line and keep[i]:
            seen += 1
            if seen == n:
                return i
    return len(lines)


RUNNING_TEXT_WORDS = 10


def _opening(lines: list[str], keep: list[bool]) -> tuple[int, int]:
    """The last line a byline may stand on, and the first line past a page's opening (its title,
    byline, dateline and "52 comments" link): the ``BYLINE_LINES``-th and ``PAIRED_AFTER``-th kept
    non-blank lines, unless the opening ends before them (``_opening_cut``, read once for both)."""
    cut = _opening_cut(lines, keep)
    return min(_nth_nonblank(lines, keep, BYLINE_LINES), cut - 1), min(_nth_nonblank(lines, keep, PAIRED_AFTER), cut)


def _opening_cut(lines: list[str], keep: list[bool]) -> int:
    """Where a short page's opening ends before its sixth line: at a thread heading below the
    article's prose, or at the first line below that prose in the page's back half, by its lines
    or by its words. A dump that gives the article one line (a scraper's output: each paragraph,
    or the whole text, on one line) has its first comment's header on its third line, where a
    byline stands, though the article's words are all above it: counted by lines alone, the
    header was dropped as a byline (two comments under "NAME | DATE", "DATE - TIME NAME" or
    "NAME says:" lost the first, or gave it the second's header and text).

    Bylines, datelines and a "52 comments" link sit between a title and the text. A short page
    (a title, one paragraph, one comment under its header, with or without "Comments (1)")
    has its thread among its first six lines, where counting lines alone took the thread for
    the opening. Prose alone does not end the opening: a standfirst sentence often sits above
    the byline ("Mixed news for Samsung: …" over "by Zack Whittaker"), but the article's text
    follows it, so the byline stands in the page's front half. Cost: a byline under a standfirst
    of more words than the whole text below it is past the opening, where a lone header with its
    name, date and time counts (the lone-header checks still want comment text, no signature).
    """
    # chrome ("Reply", "پاسخ") is no part of a page's length: a one-comment page is title, text, header, comment
    nb = [i for i, line in enumerate(lines) if line and keep[i] and not P.CHROME.match(line)]
    prose = bisect.bisect_left(nb, _first_prose(lines, keep))
    words = [len(lines[i].split()) for i in nb]
    total, seen = sum(words), sum(words[:prose + 1])
    for k in range(prose + 1, len(nb)):
        if thread_heading(lines[nb[k]]) or 2 * k >= len(nb) or 2 * seen >= total:
            return nb[k]
        seen += words[k]
    return len(lines)


def _marker_below_text(lines: list[str], keep: list[bool]) -> int:
    """The first thread heading ("Comments (1)", "2 comments") below a line of the article's prose,
    ``len(lines)`` without one: under a title, beside the byline, "52 comments" is a link."""
    prose = _first_prose(lines, keep)
    return next((i for i in range(prose + 1, len(lines)) if keep[i] and thread_heading(lines[i])), len(lines))


def _first_prose(lines: list[str], keep: list[bool]) -> int:
    """The article's first line of prose (``_running_text``), ``len(lines)`` without one."""
    return next((i for i, line in enumerate(lines) if keep[i] and _running_text(line)), len(lines))


def _running_lines(lines: Iterable[str]) -> int:
    """How many of these lines read as sentences (``_running_text``): an article's prose counted as
    the thread rules weigh it, a post over its link to the form, a heading over the post."""
    return sum(map(_running_text, lines))


def _running_text(line: str) -> bool:
    """A line of an article's prose: ``RUNNING_TEXT_WORDS`` words or more, ending a sentence (also
    inside Persian quotation marks, ".»", "؟»": a quoted sentence closes many a Persian news story)."""
    return len(line.split()) >= RUNNING_TEXT_WORDS and line.endswith(SENTENCE_ENDS + QUOTED_SENTENCE_ENDS)


QUOTED_SENTENCE_ENDS = (".”", '."', ".»", "!»", "؟»", "…»")
_SENTENCE_END = re.compile(rf"[{re.escape(''.join(SENTENCE_ENDS))}]+[”\"»]?(?=\s|$)")  # and a closing quotation mark


def _prose_sentences(line: str) -> int:
    """The sentences of a line of prose (``_running_text``), none for any other line: a dump that
    puts each paragraph on one line (a browser's "save as text" of a whole page) holds an article
    of two or three lines, which counted in lines weighs no more than a comment."""
    return len(_SENTENCE_END.findall(line)) if _running_text(line) else 0


def _merge_name_and_date(lines: list[str], keep: list[bool], found: list[_Header]) -> list[_Header]:
    """"NAME says:" directly over a date line is one header; so is a name line over a date line, or
    over "Posted DATE" / "ارسال شده در DATE" (``text_patterns.NAME_ABOVE``)."""
    by_line = {h.line: h for h in found}
    out: list[_Header] = []
    skip: set[int] = set()
    for h in found:
        if h.line in skip:
            continue
        below = next((j for j in range(h.line + 1, min(len(lines), h.line + 3)) if lines[j] and keep[j]), None)
        nxt = by_line.get(below) if below is not None else None
        if h.kind != "date" and h.posted is None and nxt is not None and nxt.kind == "date":
            h.posted, h.variant, h.paired = nxt.posted, True, True
            h.consumed.append(nxt.line)
            skip.add(nxt.line)
        elif h.kind in P.NAME_ABOVE and h.author is None:
            name, to = _author_above(lines, keep, h.line)
            if name is not None:
                h.author, h.paired, h.reply_to = name, True, h.reply_to or to
        out.append(h)
    return out


def _clean_posted(posted: str | None) -> str | None:
    """The date as the header shows it, without what a site prints after it: Slashdot's comment number and
    links ("@11:29AM (#40750213) Homepage Journal"), a count of recommendations ("EDT     9 recs")."""
    posted = re.sub(r"\s*\(#\d+\)(?:\s+(?:homepage|journal))*$|\s+\d+\s+recs?$", "", (posted or "").strip(),
                    flags=re.IGNORECASE)
    return posted.strip(" ,،") or None


def _clean_author(author: str | None) -> str | None:
    """The name a header's author group holds, without what the header prints beside it. The patterns
    are kept loose (a name may hold almost anything), so what sites print around names is taken off
    here; a story's "By" stays, for the byline rules (``_commenter`` takes it off the comments' names)."""
    if not author:
        return None
    # A verb of saying with its colon between the name and its date ("Mazulumazulu Says: DATE", "مریم
    # می‌گوید: DATE", "علی گفت: DATE"; without the colon "Edward Said" is a name); a reply's arrow before it ("↳ Ann")
    author = re.sub(r"\s+(?:says|said|wrote|writes|می[\s\u200c]?گوید|گفت|نوشت|(?:گفته|نوشته)(?:\s+است)?)\s*:\s*$", "",
                    P.REPLY_MARK.sub("", author.strip()), flags=re.IGNORECASE)
    # "(not verified)", and the separators an empty field leaves beside the name: "حبیب | | DATE", where a
    # news site's comment header shows the writer's country as a flag, which a text dump drops; the slash
    # between a date and the name: "10. Jul, 2012 / Deidre says:"
    author = re.sub(r"\s*\((?:not verified|تأیید نشده|تایید نشده)\)\s*$", "", author.strip(), flags=re.IGNORECASE).strip(" :-—–,،|•·/")
    # Slashdot's "(92797) *" user number, and the verb and address it may show: "tlhIngan (30335) <slashdot@wo
    # r f . n et>", "XaXXon (202882) writes: <<xaxxon> <at> <gmail.com>>"
    author = re.sub(r"\s+\(\d+\)(?:\s+writes:?)?(?:\s*<.*>)?(?:\s*\*)?$", "", author).strip()
    # The label or verb a header prints between the name and its date: "Omid (Tehran) Posted: 11/7/2012
    # 3:15 PM", "QueenSashy added 1 day ago", "Sam replied 2 hours ago", "مینا ارسال شده در: DATE"
    # ("posted on"), "ارسال توسط علی در DATE" ("sent by Ali on"); phpBB's "»"
    author = re.sub(r"\s+(?:posted(?:\s+on)?|added|replied|commented|responded|ارسال[\s\u200c]?شده(?:\s+در)?|در|»)\s*:?$", "",
                    author, flags=re.IGNORECASE).strip(" :-—–,،|•·/")
    # and the words before it: "Comment from Sam", "Quote from Sam", "ارسال توسط علی" (a story's "By
    # NAME" stays: it tells a post's byline from a commenter's header, ``_bylined_entries``)
    author = re.sub(r"^(?:(?:comment|reply|quote|message|post)\s+(?:from|by)|(?:ارسال(?:[\s\u200c]?شده)?\s+)?توسط)\s+", "",
                    author, flags=re.IGNORECASE).strip() or author
    author = re.sub(r"^(?:[|•·]\s*)?[0-9]{4,}\s+", "", author).strip()  # Drupal's "DATE | 2691543 malikai": the id first
    author = re.sub(r"^\[[–+-]\]\s*", "", author)  # Reddit's collapse link: "[–] SeaDog71 12 points …"
    # A comment's number without its dot before the name, and the commenter's site after it: "1  Stuart
    # McIntyre http://stuart-mcintyre.com | 11/7/2012" (Domino blogs), "7 Vlad" (the pattern for "NAME -
    # DATE" took them in; name-date reads both apart). A name that is only a site stays.
    if not P.DATE_ANY.match(author):  # not a date's day: "۱۴ آبان ۱۳۹۱ / مریم" (``P.DATE_THEN_NAME``)
        author = re.sub(r"^[0-9۰-۹]{1,3}\s+(?=[^\W\d_])", "", author)
    author = re.sub(r"(?<=\S)\s+(?:https?://|www\.)\S+$", "", author)
    # The comment's number and the words before a name ("1. Reza", "#2 Posted by Lena"): numbered
    # threads print them in front of the header shapes the patterns know.
    author = re.sub(P.COMMENT_NUMBER.pattern + r"(?:(?:posted|written|submitted|comment)\s+by\s+)?", "", author,
                    flags=re.IGNORECASE).strip()
    return author or None


def _nonblank_above(lines: list[str], keep: list[bool], i: int, limit: int) -> tuple[int, int] | None:
    """Index of the nearest kept non-blank line above ``i`` (not above ``limit``) and the blank lines between."""
    gap = 0
    j = i - 1
    while j > limit:
        if not lines[j]:
            gap += 1
        elif keep[j]:
            return j, gap
        j -= 1
    return None


def _author_above(lines: list[str], keep: list[bool], i: int) -> tuple[str | None, str | None]:
    """A date-only header names its author on the line just above, if that line looks like a name:
    the name, and the commenter the comment answers where the line names them beside it ("Ann Lee in
    reply to John Smith", "Sam replied to Ann", "مریم در پاسخ به علی": read whole, the line was too
    long for a name, and the reply ran into the comment above).
    A thread's heading ("Comments", "2 comments:", "نظرات") over the first comment's date is no one's
    name: a Disqus thread without names ("Comments" over "2 hours ago" over each comment) was read
    as one comment by "Comments". (A form's "Leave a comment" over a date alone cuts the page there:
    ``_cut_end``.)"""
    above = _nonblank_above(lines, keep, i, i - 3)
    if above is not None and _beside_the_name(lines[above[0]]):  # the name is over it
        above = _nonblank_above(lines, keep, above[0], above[0] - 2)
    if above is None:
        return None, None
    line, gap = P.REPLY_MARK.sub("", lines[above[0]]), above[1]  # "↳ Ann Lee": a reply's arrow
    if thread_heading(line):
        return None, None
    replying = P.NAME_REPLYING.match(line)
    if replying:
        line = replying["name"]
    if P.SEPARATOR_LINE.match(next((x for x in reversed(lines[max(0, above[0] - 2):above[0]]) if x), "")):
        return None, None  # a menu's last item ("BOUTIQUE" / "/" / "MAGAZINE") over the post's date
    # Right above the date, "Sara K." is a name, but "Next week it will be fixed." (a previous comment's
    # last line, ``_without_dates_in_text``) is not; one blank line away no full stop may end it.
    closing = (".", ":", ",", ";", "?", "!", "؟", "،", "؛")
    initial = gap == 0 and bool(re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", line))
    if gap <= 1 and len(line.split()) <= 5 and (initial or not line.endswith(closing)) \
            and P.match_header(line) is None and not P.persian_clause(line) \
            and not P.REPLY_SUBJECT.match(line) and not _page_label(line):
        name = P.REPLY_MARK.sub("", _name_over_place(lines, keep, above[0])) if gap == 0 and not replying else line
        # "#1 John Smith": the number is not his
        return P.COMMENT_NUMBER.sub("", name) or name, replying["to"] if replying else None
    return None, None


def _share_links(line: str) -> set[str]:
    """A line's words as a row of share and feed links has them ("RSS|Email|Twitter" → rss, email,
    twitter), to be compared with ``text_patterns.SHARE_WORDS``."""
    return {w.lower() for w in P.SHARE_SPLIT.split(line) if w}


def _page_label(line: str) -> bool:
    """Is a line over a date the page's furniture, no one's name: a post's navigation ("Next Post",
    "مطلب بعدی"; ``text_patterns.PAGE_LABEL``), a row of share and feed links ("RSS|Email|Twitter",
    "Tumblr|Facebook"; ``text_patterns.SHARE_WORDS``) or a date's label alone ("Release Date", "Last
    Updated", "تاریخ انتشار"; ``text_patterns.DATE_LABEL_WORDS``)? A whole page's dump shows a post's
    date under such a line, which read as a lone comment's header, the post its comment."""
    links = _share_links(line)
    words = {w.strip(":").lower() for w in line.split()}
    return bool(P.PAGE_LABEL.fullmatch(line)) or len(links) >= 2 and links <= P.SHARE_WORDS or words <= P.DATE_LABEL_WORDS


def _name_over_place(lines: list[str], keep: list[bool], j: int) -> str:
    """The author of a date line whose line above, ``lines[j]``, may be the commenter's place under
    their name ("Jane Doe" over "Boston" or "Chicago, IL" over "Nov. 6, 2012", as the NYT prints
    readers' comments): the name line when two name-like lines stand right over the date with a
    blank line or nothing above them (a previous comment's last line is no name), else ``lines[j]``."""
    upper = _nonblank_above(lines, keep, j, j - 2)
    place = _name_like(lines[j]) is not None \
        or len(lines[j]) <= 2 * P.NAME_LINE_CHARS and bool(P.PLACE_LINE.match(lines[j]))
    if upper is None or upper[1] or not place or _name_like(lines[upper[0]]) is None:
        return lines[j]
    top = upper[0] - 1
    if top >= 0 and lines[top] and keep[top] and not thread_heading(lines[top]):
        return lines[j]
    return lines[upper[0]]


def _title_like(line: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    if not line or len(line) > 120 or len(line.split()) > max_words:
        return False
    if line.endswith(("...", "…")):
        return True
    return not line.endswith((".", ",", ";", ":", "،", "؛"))


def _header_end(h: _Header) -> int:
    """The last line of a header: its own, or the date line it took in."""
    return max([h.line, *h.consumed])


def _block_start(lines: list[str], keep: list[bool], h: _Header, prev_header: int, after: bool = False,
                 prev_author: str | None = None) -> int:
    """First line of a comment: its avatar name line, its title line, or the header itself.

    ``after``: ``prev_header`` is the end of the previous comment's header. A line right below
    it is that comment's text ("Adorable!"), never the next comment's title: it would leave
    the previous comment empty. ``prev_author``: that comment's writer, whose name signing off
    under their text is theirs, not the next comment's title (``_signs_off``).
    """
    start = h.line
    if h.kind == NAME_LINE_KIND or h.kind in P.SELF_CONTAINED:  # the header is the comment's first line
        return start
    if h.kind == "date" and h.author:
        above = _nonblank_above(lines, keep, h.line, prev_header)
        upper = _nonblank_above(lines, keep, above[0], prev_header) if above and lines[above[0]] != h.author else None
        if upper is not None and lines[upper[0]] == h.author:  # the name over the commenter's place
            return _labelled_title_over(lines, keep, upper[0], prev_header)
        return _labelled_title_over(lines, keep, above[0], prev_header) if above else start
    above = _nonblank_above(lines, keep, start, prev_header)
    if above is None:
        return start
    j, gap = above
    if h.author and lines[j] == h.author:
        return _labelled_title_over(lines, keep, j, prev_header)
    if gap <= 1 and P.TITLE_LABEL.match(lines[j]):
        return j
    if gap == 0 and P.COMMENT_NUMBER_LINE.match(lines[j]):  # "96" over "Dimple Says:": the comment's number
        return j
    if (gap <= 1 and _title_like(lines[j]) and P.match_header(lines[j]) is None and not _furniture(lines[j])
            and not (after and _nonblank_above(lines, keep, j, prev_header) is None) and not _date_line(lines[j])
            and not _never_a_title(lines[j]) and not (after and _signs_off(lines, keep, j, prev_header, prev_author))):
        start = j
        above = _nonblank_above(lines, keep, j, prev_header)
        if above and above[1] <= 1 and h.author and lines[above[0]] == h.author:
            start = above[0]
    return start


def _labelled_title_over(lines: list[str], keep: list[bool], j: int, limit: int) -> int:
    """The comment's first line given its name line ``j``: the title over it when a label says it is
    one ("Subject: Too late", phpBB's "Post subject: Re: …", "عنوان: …"; ``text_patterns.TITLE_LABEL``),
    else the name line. Unlabelled, a line over a name line is as often the last line of the comment
    above."""
    above = _nonblank_above(lines, keep, j, limit)
    return above[0] if above is not None and above[1] <= 1 and P.TITLE_LABEL.match(lines[above[0]]) else j


def _signs_off(lines: list[str], keep: list[bool], j: int, limit: int, author: str | None) -> bool:
    """Is line ``j``, over a comment's header, the comment above signed ("Many thanks" / "Chris" over
    "Robert K. says:")? Letters close so; read as the title of the comment below, the name moved
    to it and the writer's sign-off was lost. It is when the line is the writer's name, or starts
    their first name ("Trev J." under Trevor Johnston's comment), or when a closing formula
    (``text_patterns.VALEDICTION``: "Kind regards", "با تشکر") is right above a line of one to three
    words, or opens it ("Kind regards – Anders"), or is the line, right under the text ("Thanks!")."""
    line = lines[j].strip(" -—–~.,!")
    above = _nonblank_above(lines, keep, j, limit)
    if P.SIGNED.match(line) or (P.VALEDICTION.match(lines[j].strip()) and above is not None and above[1] == 0):
        return True  # "Kind regards – Anders"; "Thanks!" right under the text ("Thanks" over a blank is a title)
    words = line.split()
    if not words or len(words) > 3:
        return False
    if author:
        first = re.sub(r"\W+$", "", words[0].lower())
        if line.lower() == author.strip().lower() or (len(first) >= 2 and (author.lower().split() or [""])[0].startswith(first)):
            return True
    return above is not None and above[1] == 0 and P.VALEDICTION.match(lines[above[0]].strip()) is not None


def _never_a_title(line: str) -> bool:
    """Short lines a reader ends a comment with, which no comment system prints as the next comment's
    title: a link alone ("http://…", "Koozai.com"), a number, a line without a word ("~*~", "...",
    "<3", "D"), a signature after a dash ("-Rudy", "~paula"). Read as titles, they left the comment
    above without its last line."""
    s = line.strip()
    return (not re.search(r"[^\W\d_]{2}", s)
            or re.match(r"^(?:(?:https?://|www\.)\S+(?:\s+\[[^\]]+\])?"
                        r"|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|io|co|me|ir|uk|de|ca|au|us|edu|gov)(?:/\S*)?)$", s, re.I) is not None
            or (re.match(r"^[-~—–]\s*\S", s) is not None and len(s.split()) <= 3))


def _date_line(line: str) -> bool:
    """A line that is a date with at most a label and a relative time beside it ("Posted on Nov 06
    2012 3:15 pm - 1 hour ago", "Updated: 5 Nov 2012"): under a comment's text it is that comment's
    date, not the title of the comment below."""
    return P.DATE_ANY.search(line) is not None and len(re.findall(r"\w+", P.DATE_ANY.sub(" ", line))) <= 3


def _furniture(line: str) -> bool:
    """A thread's own lines ("Comments (3)", "5 Responses", "Reply ↓", "Reply to Peter") and a post's
    line that counts its comments over them ("{ 69 comments… read them below or add one }", "Category:
    Add/View Comments [10]"): short like a comment's title, but no reader wrote them, so none is the
    title of the comment below. A count of none is left alone: it tells that no thread follows
    (``_article_as_first_comment``: "READ ALL COMMENTS (0) ADD A COMMENT" over related stories)."""
    return bool(P.CHROME.match(line) or thread_heading(line) or P.REPLY_LINK.match(line)
                or (_comment_count(line, heading=True) or 0) > 0)


def _title_of(lines: list[str], keep: list[bool], h: _Header, start: int) -> str | None:
    for j in range(start, h.line):
        if keep[j] and lines[j] and not _name_line_of(lines[j], h.author) and not _beside_the_name(lines[j]):
            labelled = P.TITLE_LABEL.match(lines[j])
            return labelled["title"] if labelled else lines[j]
    return None


def _beside_the_name(line: str) -> bool:
    """Is a line one a site prints between a commenter's name and the date, neither name nor title:
    the comment's number ("#1", "96"), a fan count ("152 Fans") or a badge ("Top Commenter")?"""
    return any(p.match(line) for p in (P.COMMENT_NUMBER_LINE, P.FAN_COUNT, P.BADGE))


def _name_line_of(line: str, author: str | None) -> bool:
    """Is ``line`` the one the header's author was read from (``_author_above``), with what it prints
    beside the name ("#1 John Smith", "↳ Ann Lee", "Ann Lee in reply to John Smith")? It is no title."""
    bare = P.COMMENT_NUMBER.sub("", P.REPLY_MARK.sub("", line))
    replying = P.NAME_REPLYING.match(bare)
    return author is not None and (bare == author or (replying is not None and replying["name"] == author))


def _paragraphs(lines: list[str], keep: list[bool], chrome: bool = False) -> str:
    widgets = _widget_lines(lines) if chrome else set()
    paras: list[list[str]] = [[]]
    for i, (line, ok) in enumerate(zip(lines, keep)):
        if not line:
            if paras[-1]:
                paras.append([])
        elif ok and i not in widgets:
            paras[-1].append(line)
    return "\n\n".join("\n".join(p) for p in paras if p).strip()


def _widget_lines(lines: list[str]) -> set[int]:
    """A comment's buttons (``text_patterns.CHROME``: "Reply", "پاسخ") and the bare counts a dump
    writes beside them on lines of their own: the likes and dislikes a news site shows under
    "Reply" ("Reply / 12 / 2"), or over it. A number alone elsewhere in a comment is the reader's."""
    chrome = {i for i, line in enumerate(lines) if line and P.CHROME.match(line)}
    widgets = set(chrome)
    for i in chrome:
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and (not lines[j] or P.BARE_COUNT.match(lines[j])):
                if lines[j]:
                    widgets.add(j)
                j += step
    return widgets


def _articles(lines: list[str], keep: list[bool]) -> tuple[list[Article], list[int]]:
    """Articles open with a title that the dump repeats a few lines later; else the page is one article.
    Where prose stands above the first such title, the page's first article opens at its first line:
    a line repeated further down (a menu's "Login" over its form's, a caption) was the only title,
    and the article above it was lost."""
    nonblank = _nonblank(lines, keep)
    starts = []
    for n, i in enumerate(nonblank):
        line = lines[i]
        if not _title_like(line, MAX_ARTICLE_TITLE_WORDS) or any(lines[s] == line for s in starts):
            continue
        window = nonblank[n + 1:n + 1 + 6]
        if not any(lines[j] == line for j in window if j - i <= REPEAT_WINDOW):
            continue
        if P.match_header(line) or not re.search(r"[^\W\d_]", line):  # a dated line or a separator ("—————", "***") is no title
            continue
        if not starts or i > starts[-1] + 2:
            starts.append(i)
    if not starts:
        starts = [nonblank[0]] if nonblank else [0]
    elif _first_prose(lines, keep) < starts[0]:
        # prose above the first repeated title ("Login" in a menu and its form far down a whole
        # page): the page's own article opens above it, and would be lost with the lines before it
        starts = [nonblank[0], *starts]
    articles = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(lines)
        articles.append(_article(lines[s:e], keep[s:e]))
    if not articles:
        articles = [Article(None, "")]
    return _with_prose(articles, starts)


def _with_prose(articles: list[Article], starts: list[int]) -> tuple[list[Article], list[int]]:
    """The articles that are posts, where one holds prose (``_prose_line``): those with prose and
    at least ``SIDE_BLOCK_SHARE`` of the most sentences (words on ``_running_text`` lines) an
    article holds, or a byline or a date of their own (``_opens_a_post``). A whole page's dump repeats
    the titles of its sidebar's boxes ("Recent Posts", "About the author", "Next Post TITLE", a
    widget's date), which open articles of their own (``_articles``): menus, lists of titles,
    an author's box, a feed of tweets, a sentence or two among them. ``_page_furniture`` leaves an
    article without prose whole, as it must for a photo post's few lines on a page of their own,
    and weighs blocks within one article only (``_side_blocks``); beside a post, those articles are
    the page's furniture. Cost: a short post with neither byline nor date under a longer one goes,
    and so does a clean dump's section under a title the article repeats (poll tables, an
    auction's lots: T60, T99 on the fit gold texts)."""
    texts = [a.text.split("\n") for a in articles]
    prose = [any(map(_prose_line, text)) for text in texts]
    if not any(prose):
        return articles, starts
    words = [_sentence_words(text) for text in texts]
    post = [p and (bool(a.byline or a.posted) or not _outweighed(w, max(words), text))
            for a, text, p, w in zip(articles, texts, prose, words)]
    return [a for a, p in zip(articles, post) if p], [s for s, p in zip(starts, post) if p]


POST_BYLINE_LINES = 4  # a post's byline stands among its first lines: site name, title, byline


def _post_byline(lines: list[str], keep: list[bool]) -> tuple[str | None, str, str | None, int] | None:
    """(author, date, title, line) of a post's dated byline among its first lines: a line of a
    comment header's shape with a date ("By Jane Smith on March 5, 2024", "۱۲ فروردین ۱۴۰۳ توسط
    مریم", "توسط مریم در DATE"). When it names someone, the title-like line right over it is the
    post's title: a site's name or its menu may be longer, but the title stands over the byline."""
    opening = [i for i, (line, ok) in enumerate(zip(lines, keep)) if line and ok][:POST_BYLINE_LINES]
    for n, i in enumerate(opening):
        if (dated := _dated_header(lines[i])) is None:
            continue  # a date line of its own ("Published: DATE", "تاریخ انتشار: DATE") is read below
        named, posted = dated
        author = P.BYLINE_PREFIX.sub("", named.strip()).strip(" ,;:|-–—") or None
        if author and (P.NOT_A_BYLINE_NAME.search(author) or author.isupper() and len(author.split()) == 1):
            author = None  # "Updated July 23, 2012", "24 July 2012 Last updated at 07:12 ET"
        above = lines[opening[n - 1]] if n else None
        title = above if author and above and _title_like(above, MAX_ARTICLE_TITLE_WORDS) and not (
            P.MENU.search(above) or above.isupper() or P.BYLINE_PREFIX.match(above) or P.BYLINE.match(above)
            or P.match_header(above)) else None
        return author, posted, title, i
    return None


def _dated_header(line: str) -> tuple[str, str] | None:
    """(name, date) of a line of a comment header's shape with a date, the name as the header
    reads it ("" without one); None for other lines and for a post's date line of its own
    ("Published: DATE", "تاریخ انتشار: DATE"), which is no one's byline."""
    hit = P.match_header(line)
    if hit is None or not hit[1].groupdict().get("posted") or P.UPDATED.match(line):
        return None
    return hit[1].groupdict().get("author") or "", hit[1].group("posted").strip(" ,;|-–—")


FURNITURE_RUN = 8  # kept non-blank lines in a row, none of them prose, that are a page's furniture
PROSE_LINE_WORDS = 12  # a line this long is prose wherever it ends
OPENING_KEPT = 3  # a run's last lines over prose that may be the post's opening
OPENING_RUN = 5  # lines without prose at an article's top, its opening kept, that are furniture


def _prose_line(line: str) -> bool:
    """A line of running text: long, or a sentence of ``RUNNING_TEXT_WORDS`` words or more."""
    line = line.strip()
    return len(line.split()) >= PROSE_LINE_WORDS or _running_text(line)


def _page_furniture(lines: list[str], keep: list[bool]) -> set[int]:
    """The lines of an article's stretch that are the page's furniture, not the article: runs of
    ``FURNITURE_RUN`` kept lines or more of which none is prose, ``OPENING_RUN`` at the article's
    top (a site's name, its tagline and a short menu over the post) where no byline or date line
    stands among them (there they are the post's opening: "By David Axe" / "November 6, 2012 |" /
    "10:30 am |" / "Categories: Air Force", read so its byline would be lost).

    A whole page saved as text holds its menus, category lists, archives, "Recent Posts" and
    footers among the article's lines: read so, the dragnet fit pages' HTML gave articles of which
    58 % of the tokens were the article's (``benchmarks/text_split_page_dumps.py``). What stays:
    - over prose, the run's last lines from the first longer than a menu's label (``MENU_WORDS``
      words) among its last ``OPENING_KEPT``: the post's title, byline and date;
    - the article's own lists: a run whose first lines or the line above it end in a colon
      ("Ingredients:", "The areas are:"; not a site's taxonomy label, "Topics:", "Tags:",
      ``text_patterns.TAXONOMY_LABEL``), or whose lines are mostly list items
      (``text_patterns.LIST_ITEM``);
    - everything, in an article with no prose: a photo post's few lines amid a menu are its
      article, and would leave it empty.
    A copyright notice at a line's start below the article's first prose opens the page's footer:
    it and every line after it go. So does WordPress's footer under the post ("This entry was posted
    in Travel. Bookmark the permalink."; ``text_patterns.POST_FOOTER``), and a comment form's line
    there (``text_patterns.THREAD_END``:
    "Speak your mind", "Cancel reply", "Older Post Home"): on a page without a thread (or above
    it) the form closes the post, and what follows is the page's. A post's navigation row over the
    post opens it (``_over_the_post_navigation``). Between the runs, blocks with few sentences go
    too (``_side_blocks``). Cost: a long list of bare words in an article (countries,
    features) goes with the furniture."""
    kept = [i for i, (line, ok) in enumerate(zip(lines, keep)) if line and ok]
    prose = {i for i in kept if _prose_line(lines[i])}
    if not prose:
        return set()
    place = {i: n for n, i in enumerate(kept)}
    out: set[int] = set()
    for in_prose, group in itertools.groupby(kept, key=prose.__contains__):
        if in_prose:
            continue
        run = list(group)
        before = kept[place[run[0]] - 1] if place[run[0]] else None  # the prose line over the run
        if run[-1] != kept[-1]:  # prose follows: the post's opening may close the run
            opening = run[-OPENING_KEPT:]
            run = run[:len(run) - len(opening)] + opening[:next(
                (n for n, j in enumerate(opening) if len(lines[j].split()) > MENU_WORDS), len(opening))]
        introduced = any(lines[j].endswith(":") and not P.TAXONOMY_LABEL.match(lines[j])
                         for j in ([before] if before is not None else []) + run[:2])
        listed = sum(bool(P.LIST_ITEM.search(lines[j])) and not P.LISTED_COUNT.search(lines[j]) for j in run)
        least = FURNITURE_RUN
        if run and run[0] == kept[0] and not any(_byline_or_date(lines[j]) for j in run):
            least = OPENING_RUN  # a site's name and menu over the post, not the post's dated byline
        if len(run) >= least and not introduced and 2 * listed < len(run):
            out.update(run)
    footer = next((i for i in kept if i > min(prose) and (P.COPYRIGHT.match(lines[i]) or P.THREAD_END.match(lines[i])
                                                          or P.POST_FOOTER.match(lines[i]))), None)
    out |= {i for i in kept if footer is not None and i >= footer}
    out |= _over_the_post_navigation(lines, kept, out)
    return out | _side_blocks(lines, kept, out)


def _over_the_post_navigation(lines: list[str], kept: list[int], furniture: set[int]) -> set[int]:
    """The lines down to a post's navigation row (``text_patterns.POST_NAVIGATION``: "« PREVIOUS
    TITLE | Main | NEXT TITLE »") that stands over the main block's first sentence (``_main_opening``).

    TypePad and sites like it print that row right over the post's date and title, under the
    sidebars, which a whole page's dump shows first; the row names other posts, so it was taken
    for the article's title, and the sidebar's last lines stayed in the article. Over the post, the
    row is where the post opens. Under the post (the same row again, over its comments) it is not
    read: the post's sentences stand above it. Not a bare "Previous Article" link, which a site may
    print under the post's title and byline. A breadcrumb trail over the post ("Home > Entertainment",
    "خانه » اخبار"; ``text_patterns.BREADCRUMB``) opens it the same way."""
    opens = _main_opening(lines, kept, furniture)
    row = next((i for i in reversed(kept) if opens is not None and i < opens
                and (P.POST_NAVIGATION.fullmatch(lines[i]) or P.BREADCRUMB.match(lines[i]))), None)
    return {i for i in kept if row is not None and i <= row}


def _main_opening(lines: list[str], kept: list[int], furniture: set[int]) -> int | None:
    """The first sentence of the article's main block (``_blocks``), where the post's prose starts."""
    main = max(_blocks(lines, kept, furniture), key=lambda block: block[1], default=([], 0))[0]
    return next((i for i in main if _running_text(lines[i].strip())), None)


def _blocks(lines: list[str], kept: list[int], furniture: set[int]) -> list[tuple[list[int], int]]:
    """The blocks of an article's kept lines between runs of the page's furniture, each with its
    sentence words (words on ``_running_text`` lines): the post is the block with the most."""
    blocks = [list(group) for dropped, group in itertools.groupby(kept, key=furniture.__contains__) if not dropped]
    return [(block, _sentence_words(lines[i] for i in block)) for block in blocks]


def _sentence_words(lines: Iterable[str]) -> int:
    """The words of the lines that read as sentences (``_running_text``): how much of the page's
    prose a block or an article holds, where long lines of titles or links count for nothing."""
    return sum(len(line.split()) for line in lines if _running_text(line.strip()))


SIDE_BLOCK_SHARE = 0.5  # a block with less than this share of the main block's sentences is the page's


def _side_blocks(lines: list[str], kept: list[int], furniture: set[int]) -> set[int]:
    """The blocks of an article's stretch, between runs of the page's furniture, that are a
    sidebar's or a footer's prose: those whose sentences (words on ``_running_text`` lines) are
    fewer than ``SIDE_BLOCK_SHARE`` of the main block's, the block with the most.

    Furniture runs part a whole page into blocks: the post, and around it an "About me" box, a
    "Most read" teaser, a newsletter's sign-up, a cookie notice. Those hold a sentence or two; the
    post holds most of the page's. Sentences, not long lines: a forum's list of topics or a list of
    story titles has lines of twelve words and more, but they end in no full stop. A block that
    opens with a byline or a date line (within its first three lines) stays: it is a post's header
    over a short post, or over a list post ("top 5 posts of the week" under its date) that an
    "About me" box outweighs. On the fit pages read whole (``benchmarks/text_split_page_dumps.py``)
    article F1 rose 74.4 -> 77.1, and 75.0 -> 76.8 with the source's newlines (185 and 166 pages
    better, 4 and 5 worse, the worst by 0.02). Cost: an article's own tail of link lines under a
    run of them ("Orange Mousse by Sue's Nutrition", a recipe round-up's last entries) goes."""
    if not furniture:
        return set()
    blocks = _blocks(lines, kept, furniture)
    most = max((n for _, n in blocks), default=0)
    return {i for block, n in blocks if _outweighed(n, most, (lines[i] for i in block)) for i in block}


def _outweighed(words: int, most: int, lines: Iterable[str]) -> bool:
    """Is a block or an article of these ``lines``, with ``words`` sentence words, the page's and
    no post: under ``SIDE_BLOCK_SHARE`` of the ``most`` a block or an article holds, and no byline
    or date line among its first lines (``_opens_a_post``)? ``_side_blocks`` weighs an article's
    blocks so, ``_with_prose`` the articles beside a post."""
    return words < SIDE_BLOCK_SHARE * most and not _opens_a_post(lines)


def _opens_a_post(lines: Iterable[str]) -> bool:
    """Does a byline or a date line stand among the first ``POST_OPENING_LINES`` lines: a post's
    header over a short post, not a sidebar's box?"""
    opening = itertools.islice((line for line in lines if line), POST_OPENING_LINES)
    return any(map(_byline_or_date, opening))


POST_OPENING_LINES = 3


def _byline_or_date(line: str) -> bool:
    """A post's byline or date line ("By Sara Ahmadi", "November 5, 2012"): where one stands, the
    lines around it are the post's opening, not the page's furniture."""
    return bool(P.BYLINE.match(line)) or _date_line(line)


def _an_article_title(line: str) -> bool:
    """May this line of an article's opening be its title: title-like, and no menu, date line,
    byline or comment header ("Home | News | World", "Updated July 23, 2012", "By Jane Smith")?"""
    return _title_like(line, MAX_ARTICLE_TITLE_WORDS) and not (
        P.MENU.search(line) or P.UPDATED.match(line) or P.BYLINE.match(line) or P.match_header(line)
        or P.SKIP_LINK.match(line))


FAR_PROSE = 4  # kept lines above an article's first prose that put its opening past the first three


def _title_over_prose(kept: list[str]) -> str | None:
    """The title of an article whose prose starts past its first few lines: the longest title-like
    line among the ``OPENING_KEPT`` over its first prose. A whole page's dump opens with its site's
    name, a tagline, a skip link or a short menu ("Home", "Thought Catalog", "Skip to main content"),
    which the first three lines' longest then named the article (``benchmarks/text_split_page_dumps.py``:
    227 of 629 fit whole pages' titles right before, 262 with this rule). Not a name, a date, a
    time, a byline, a header, a list item, a "Label: value" line ("Media Inquiries: NAME"), a menu
    or an address."""
    first = next((n for n, line in enumerate(kept) if _prose_line(line)), None)
    if first is None or first < FAR_PROSE:
        return None
    near = [line for line in kept[first - OPENING_KEPT:first] if _an_opening_title(line)]
    return max(near, key=lambda s: len(s.split())) if near else None


def _an_opening_title(line: str) -> bool:
    """May this line among a whole page's lines over a post be the post's title: an article's title
    (``_an_article_title``) longer than a menu's label, and no name, date, time, list item, "Label:
    value" line, address or link before a bar?"""
    return _an_article_title(line) and len(line.split()) > MENU_WORDS and not (
        _a_name_or_a_date(line) or P.LIST_ITEM.search(line) or line.rstrip().endswith("|")
        or P.LABELLED.match(line) or "@" in line)


def _a_name_or_a_date(line: str) -> bool:
    """A byline's parts on lines of their own ("Sara Ahmadi", "November 5, 2012", "10:30 am"): no
    title, however title-like."""
    return bool(_name_like(line) or _date_line(line) or P.CLOCK.match(line.strip()))


BYLINE_TITLE_LINES = 4  # kept lines over the post's first sentence where its byline stands


def _title_over_byline(lines: list[str], keep: list[bool], kept: list[int], furniture: set[int]) -> str | None:
    """The post's title over its byline: of the one or two kept lines right over the first byline
    among the ``BYLINE_TITLE_LINES`` over the main block's first sentence (``_main_opening``), the
    nearest title-like one. A byline opens with its lead-in ("Posted by", "Written by:", "ارسال شده
    توسط"; ``text_patterns.BYLINE_LEAD``) or reads as a header naming someone and dating the post
    ("November 6th, 2012 by: Range"; not "November 5, 2012 | 3 Comments").

    A whole page's dump puts share links, "Pin It", a breadcrumb or a byline longer than the title
    among the lines over the post's prose, and the longest of them was its title: "Written by BP
    Guest in Blogging Sense 3 Comments", "For Bonus Stories, Community and Conversation Follow …". A
    link between the title and the byline ("Make a comment"; ``text_patterns.COMMENT_LINK``), a
    date, a time or a name is passed over. ``keep``: the article's kept lines less its furniture;
    ``kept``: the lines kept before the furniture went."""
    opens = _main_opening(lines, kept, furniture)
    over = [i for i in kept if opens is not None and i < opens and keep[i]][-BYLINE_TITLE_LINES:]
    for n, i in enumerate(over):
        named = (dated := _dated_header(line := lines[i])) and re.search(r"[^\W\d_]", dated[0]) \
            and _comment_count(dated[0]) is None  # not "November 5, 2012 | 3 Comments"
        if P.BYLINE_LEAD.match(line) or named:
            return next((title for j in reversed(over[max(0, n - 2):n]) if _an_article_title(title := lines[j])
                         and len(title.split()) > 1 and not (_a_name_or_a_date(title) or P.COMMENT_LINK.match(title))),
                        None)
    return None


def _article(lines: list[str], keep: list[bool]) -> Article:
    """An article's title, byline, date and paragraphs. A line the article shows twice is a caption,
    a title over its photo or a teaser's sentence, and goes, except two sentences or more in a row
    that come back (a page's second copy of its post, for small screens): the first copy stays.
    Read so, both copies went, and the post with them (R782–R785 on the dragnet fit pages)."""
    all_kept = [i for i, (line, ok) in enumerate(zip(lines, keep)) if line and ok]
    if furniture := _page_furniture(lines, keep):
        keep = [ok and i not in furniture for i, ok in enumerate(keep)]
    shown = [line for line, ok in zip(lines, keep) if line and ok]
    counts = Counter(shown)
    head = shown[:3]
    repeated = [line for line in head if counts[line] > 1 and _title_like(line, MAX_ARTICLE_TITLE_WORDS)]
    candidates = [line for line in head if _an_article_title(line)]
    dated = _post_byline(lines, keep)
    title = (repeated[0] if repeated else dated[2] if dated and dated[2] else
             _title_over_byline(lines, keep, all_kept, furniture)
             or _title_over_prose(shown)
             or (max(candidates, key=lambda s: len(s.split())) if candidates else None))
    byline = posted = None
    body_keep = []
    said: set[str] = set()
    twice = {line for line in counts if counts[line] > 1 and _running_text(line)}
    copied = {line for a, b in zip(shown, shown[1:]) if a in twice and b in twice for line in (a, b)}
    for i, (line, ok) in enumerate(zip(lines, keep)):
        if dated is not None and i == dated[3]:  # read whole by ``_post_byline``
            body_keep.append(False)
            continue
        drop = not ok or not line or line == title or counts[line] > 1 and (line in said or line not in copied)
        if ok and line and not drop:
            said.add(line)
        if ok and line and byline is None and (m := P.FA_POST_FOOTER.match(line)):
            byline, posted, drop = m.group("author").strip(), posted or m.group("posted").strip(), True
        elif ok and line and byline is None and (m := P.BYLINE.match(line)):
            byline, drop = m.group("author").strip(), True
        elif ok and line and posted is None and (m := P.UPDATED.match(line)):
            posted, drop = m.group("posted").strip(), True
        body_keep.append(not drop)
    if dated:  # what the byline lines above did not give
        byline, posted = byline or dated[0], posted or dated[1]
    return Article(title, _paragraphs(lines, body_keep), byline, posted)
