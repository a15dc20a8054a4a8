"""HTML pages into articles and individual comments.

Order of trust (structured data before heuristics):
1. JSON-LD and microdata/RDFa ``Comment`` objects (``structured.py``);
2. comment markup found from its parts: an author field inside an element whose
   class or id says "comment" (in several languages) or "post" (forums) —
   this covers WordPress, Disqus static markup, Drupal, Blogger and forum templates
   without a rule per site;
3. a structural detector for unknown templates (hashed class names included):
   a run of sibling blocks with the same shape, each holding a short name-like
   field, a date and free text, and few links.
The article is what is left once comments, forms and page furniture are removed:
the block with the most paragraph text, scored up its ancestors.
"""

from __future__ import annotations

import datetime
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import takewhile

from lxml import etree

from ..records import Article, Comment, Page, Segmented
from . import selectors as S
from ..dates import machine_iso, to_iso
from .structured import jsonld_comments, jsonld_published, microdata_items
from .text_patterns import CLOCK_LINE, DATE, DATE_ANY

_DATE_RE = DATE_ANY
_BY_NAME = re.compile(r"^(?:posted|submitted|written|comment(?:ed)?)?\s*by:?\s+(\S[^|•\n]{0,38}?)\s+(?:at|on|\||•|-|—)\s+"
                      + DATE, re.I)
# "posted on DATE by NAME", "October 25, 2012 at 10:14 PM | by Neil Stein": the date first, then the name;
# or after a dash or bar alone, as Drupal themes print an unlinked writer: "Fri, 2012-11-09 15:30 — Pentangelis (not verified)"
_DATE_BY_NAME = re.compile(r"^(?:(?:posted|submitted|written)\s+)?(?:on\s+)?" + DATE
                           + r"\s*(?:[|•,\-–—]?\s*by:?|[|•–—]|\s-)\s+(\S.{0,38})$", re.I)
_LETTER = re.compile(r"[^\W\d_]")  # a name has a letter: "*" marks a required field
_NAME_ON_DATE = re.compile(r"^(\S[^|•\n]{0,38}?)\s+(?:on|at|\||•|-|—|,)\s+" + DATE, re.I)
# "by Anonymous Coward"; a guestbook's "Name: Linda"
_BY_ONLY = re.compile(rf"^(?:(?:posted |submitted |written )?by:?|{S.NAME_LABELS}\s*:)\s+(\S.{{0,38}})$", re.I)
_CONNECTOR = re.compile(r"^(?:by|from|on|at|posted(?: by)?|written by|von|par|توسط):?$", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S", re.I)  # a link shown as its address names no one
_NUMBER = re.compile(r"[#№]?\s*[\d.,:]+")  # a comment's number or permalink is never its author
# A comment's number and its votes before the name: "57 Mary", "#2 Mary", "(3) Mary", "+1 #2 Mary", "-4 Mary"
_COUNTERS = re.compile(r"^(?:(?:[#№]\s*\d+|[+\-−±]\s?\d+|\(\d+\))[.):]?\s+)+")  # the same, without a bare number
_LEADING_NUMBER = re.compile(r"^(?:(?:[#№]?\s*\d+[.):]?|\(\d+\)|[+\-−±]\s?\d+)\s+)+")
# Plain lxml elements: lxml.html's element classes cost a class lookup per node visited.
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
_BLOCK = frozenset(S.BLOCK_TAGS)
_LISTS = frozenset({"body", "html", "ul", "ol", "dl", "table", "tbody"})
_INLINE = frozenset({"span", "a", "b", "i", "em", "strong", "font", "small", "abbr", "cite", "label", "u", "s"})
_TAGS = re.compile(r"<[^>]*>")
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center|b|i|strong|em)\b[^>]*>", re.I)


def segment_html(page: Page, learned: bool = True) -> Segmented:
    """Article and comments of an HTML page; ``learned=False`` takes the article by the rules alone
    (the densest container), as before the article block model, for comparison."""
    prepared = prepare(page)
    if prepared is None:
        return Segmented([Article(None, "")], [])
    root, title, comments, from_text = prepared
    articles = extract_articles(root, title, learned)
    if page.url and articles and not articles[0].posted and not articles[0].posted_iso:
        articles[0].posted_iso = day_in_url(page.url)  # the page's own address, as a WARC or JSON line gives it
    if from_text:
        comments = from_text
        _cut_articles_at(articles, comments[0].text)
    return Segmented(articles, comments)


def prepare(page: Page) -> tuple[etree._Element, str | None, list[Comment], list[Comment]] | None:
    """Parse, find the comments and remove them with the page furniture: what is left holds the
    article. Returns the pruned tree, the page title, the comments and the comments found in the
    page text (a flat thread, which then cuts the article); None for an empty page. Split from
    ``segment_html`` so that ``analyzer train article`` reads pages exactly as extraction does."""
    root = parse(page.content)
    if root is None:
        return None
    structured = jsonld_comments(root)
    if (published := jsonld_published(root)) is not None:
        # the scripts go with the furniture: kept as the meta it stands for, read with the head's others
        meta = etree.SubElement(root, "meta", itemprop="datePublished", content=published)
        meta.tail = None
    title = page_title(root)
    _drop(root)
    _group_table_entries(root)
    _group_separated_entries(root)
    with _unchanging():  # the detectors only read the tree; the items are removed below
        items, comments = _first_thread(root)
        if structured:
            comments = structured
            items = [*items, *_shown_texts(root, structured)]
        for c in comments:
            if c.author and S.CHROME_TEXT.match(c.author):
                c.author = None
        from_text = [] if comments else _thread_from_text(root)
    for item in _outermost(items):
        follower = item.getnext()
        if item.tag == "dt" and follower is not None and follower.tag == "dd":
            for dd in _later_dds(item):
                _remove(dd)  # its footer: the timestamp, the delete icon
            _remove(follower)  # the <dd> holds the text of the comment its <dt> names
        for named_by in (_dt_of(item, items), _footer_of(item, items)):
            if named_by is not None:
                _remove(named_by)  # the <dt> or "Posted by:" line of the comment
        _remove(item)
    _drop_empty_comment_containers(root)
    return root, title, comments, from_text


def _shown_texts(root: etree._Element, comments: list[Comment]) -> list[etree._Element]:
    """The elements that show the text of comments the page declares in JSON-LD: they go with the
    detected items, whatever their markup (Stack Exchange's accepted answer, shaped unlike the
    other answers, stayed and was taken for the article, being longer than the question)."""
    texts = {c.text for c in comments if len(c.text) >= MIN_SHOWN_TEXT}
    found = []
    for el in _body(root).iter():
        if texts and isinstance(el.tag, str) and el.tag in _BLOCK and (text := _short_text(el)) in texts:
            texts.discard(text)
            found.append(el)
    return found


MIN_SHOWN_TEXT = 20  # shorter texts ("Thanks!") may also be the article's or another box's words


def _first_thread(root: etree._Element) -> tuple[list[etree._Element], list[Comment]]:
    """Items and comments of the first detector (microdata, comment-named markup, the generic
    one) whose items hold comments once form boxes and "no comments yet" notes are left out.
    When none does, the first detector's items still leave the page with its furniture."""
    first: list[etree._Element] | None = None
    for detect in (microdata_items, _named_items, generic_items):
        items = detect(root)
        if not items:
            continue
        first = items if first is None else first
        comments = _link_parents([extract(item, items) for item in items], items)
        if detect is microdata_items:
            _unlink_opening_post(comments, items)
        comments = _kept(comments, [bool(c.text) and not _no_comments_notice(c.text)
                                    and not S.COMMENT_FORM.match(c.title or c.text) for c in comments])
        if comments:
            return items, comments
    return first or [], []


def _no_comments_notice(text: str) -> bool:
    """A "No comments yet" / "Comments are closed" box: such words near the start of a short text.
    A reader's comment saying them in passing ("see the debate on his Facebook page (no comments
    from him there yet)", 884 characters; "هنوز نظری ندارم", I have no opinion yet) was dropped as
    a notice, and left out of the comment runs. A short comment saying them is still taken for one
    (``NOTICE_CHARS``): a notice's words are the same."""
    return len(text) <= NOTICE_CHARS and S.says_no_comments(text[:200])


NOTICE_CHARS = 300  # a notice is a line or two, with a link to the form at most


def _unlink_opening_post(comments: list[Comment], items: list[etree._Element]) -> None:
    """A forum topic's posts are typed ``Comment`` inside the topic's ``DiscussionForumPosting``
    (Discourse), which holds the opening post too: they answer the topic, not its first post."""
    for c in comments:
        if c.parent is not None and S.OPENING_POST.search(items[c.parent].get("itemtype") or ""):
            c.parent = None


def _named_items(root: etree._Element) -> list[etree._Element]:
    """Comment items found from their author fields, or, when the same-shaped runs of
    comment-named blocks are far more (Slashdot marks the author of a few comments only:
    16 against 95), those runs."""
    by_field = class_items(root)
    runs = class_runs(root)
    if len(runs) >= RUNS_OVER_FIELDS * len(by_field) and len(runs) >= len(by_field) + 5:
        return runs
    return by_field or runs


RUNS_OVER_FIELDS = 2


def _thread_from_text(root: etree._Element) -> list[Comment]:
    """Comments in flat markup (no element per comment: TypePad's paragraphs, each closed by a
    "Posted by:" line) are found as the text-dump segmenter finds them, on the page's text,
    within the section of the "Comments" heading: it ends at the next heading of the same or a
    higher level, where sidebars ("Featured Events", "Archives") begin."""
    from .text import segment_lines
    from .text_patterns import THREAD_START

    body = root.find(".//body")
    headings = [(int(h.tag[1]), _short_text(h)) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    # Only a heading opens a thread: "Comments" in a menu or a tab bar does not.
    if not any(THREAD_START.match(text) for _, text in headings):
        return []  # without a "Comments" heading, page text invents threads (sidebars, lists)
    lines = block_text(body if body is not None else root).split("\n")
    marker, end = _heading_section(lines, headings, THREAD_START)
    if marker is None:
        return []
    seg, start = segment_lines("\n\n".join(lines[:end]))
    # Numbered like the text: line i of the page is line 2i of the blank-separated text.
    if start is not None and start >= 2 * marker:
        return seg.comments
    if start is not None:
        # The splitter's thread began above the heading (a trackback list with the same
        # "Posted" footers): read again without what lies between that start and the heading.
        above = start // 2
        seg, again = segment_lines("\n\n".join(lines[:above] + lines[marker + 1:end]))
        return seg.comments if again is not None and again >= 2 * above else []
    return []


def _heading_section(lines: list[str], headings: list[tuple[int, str]],
                     opens: re.Pattern) -> tuple[int | None, int]:
    """Line of the first heading that ``opens`` matches, and the line where its section ends
    (the next heading of the same or a higher level; the end of the text without one)."""
    at = 0
    marker = level = None
    for h_level, text in headings:  # document order, as the lines are
        found = next((i for i in range(at, len(lines)) if lines[i] == text), None)
        if found is None:
            continue
        at = found + 1
        if marker is None:
            if opens.match(text):
                marker, level = found, h_level
        elif h_level <= level:
            return marker, found
    return marker, len(lines)


def _cut_articles_at(articles: list[Article], first_comment: str) -> None:
    """The article ends where the thread found in its text begins."""
    head = first_comment.split("\n", 1)[0]
    for a in articles:
        i = a.text.find(head) if head else -1
        if i > 0:
            a.text = a.text[:i].rstrip()


def parse(content: str) -> etree._Element | None:
    data = content.encode("utf-8", errors="replace")
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    # libxml2 stops building below depth 2048 and drops what is deeper; such pages
    # (generated by broken templates) are parsed again with the wrapper tags removed.
    visible = len(_TAGS.sub(" ", _INVISIBLE.sub(" ", content)).split())
    if visible >= 5 and len(" ".join(root.itertext()).split()) < 0.5 * visible:
        flat = _WRAPPERS.sub(" ", content).encode("utf-8", errors="replace")
        try:
            root = etree.fromstring(flat, parser=_PARSER)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            return None
    return root


# ---------------------------------------------------------------- table entries

ENTRY_ROWS = (2, 3, 4)  # the rows one guestbook or forum entry may take, tried smallest first


def _group_table_entries(root: etree._Element) -> None:
    """Guestbooks and old forums (phpBB 2's ``table.forumline``) lay each entry out as a few table
    rows: a name and date row, then a text row, a profile-buttons row, a spacer. No element holds
    one entry, so no detector can take it for a comment. Rows that repeat the same pattern of
    row kinds are wrapped, one ``<tbody>`` per entry (a table may hold several), when at least
    two of those wrapped entries look like comments; otherwise the rows are put back as they were."""
    for container in [el for el in root.iter("table", "tbody")]:
        rows = [child for child in container if child.tag == "tr"]
        if len(rows) < 2 * ENTRY_ROWS[0]:
            continue
        groups = _periodic_groups([_row_kind(row) for row in rows])
        if not groups:
            continue
        wrapped = [_wrap_rows(container, [rows[i] for i in group]) for group in groups]
        if sum(_looks_like_comment(w) for w in wrapped) < 2:
            for wrapper in wrapped:
                _unwrap(wrapper)


def _row_kind(row: etree._Element) -> tuple:
    """What tells one row of an entry from another: its cells' tags, spans and class words (without
    numbers and odd/even words: phpBB's ``row1``/``row2`` alternate), and a first cell that is
    a label ("Name:", "Message:") by that label."""
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    kind = tuple((cell.tag, cell.get("colspan", "1"), _class_shape(cell.get("class", ""))) for cell in cells)
    label = " ".join(" ".join(cells[0].itertext()).split()) if cells else ""
    return (_class_shape(row.get("class", "")), kind, label if _ROW_LABEL.match(label) else "")


_ROW_LABEL = re.compile(r"^[^\W\d_][\w\s-]{0,20}:$")


def _periodic_groups(kinds: list[tuple]) -> list[list[int]]:
    """Row indices of the entries: the first run where row kinds repeat every ``k`` rows for at
    least two entries, ``k`` the smallest that does (one kind alone is a one-row-per-entry table,
    which the detectors read already), cut every ``k`` rows from where the run starts."""
    for k in ENTRY_ROWS:
        for start in range(len(kinds) - 2 * k + 1):
            if len(set(kinds[start:start + k])) == 1:
                continue
            end = start
            while end + k < len(kinds) and kinds[end] == kinds[end + k]:
                end += 1
            if end - start >= k:
                last = end + k  # one past the run's last row
                return [list(range(i, min(i + k, last))) for i in range(start, last, k)]
    return []


def _wrap_rows(container: etree._Element, rows: list[etree._Element], tag: str = "tbody",
               text: str | None = None) -> etree._Element:
    """A new ``tag`` element in ``container`` holding ``rows`` (their tails move with them) and
    starting with ``text``."""
    wrapper = etree.Element(tag)
    wrapper.text = text
    container.insert(container.index(rows[0]), wrapper)
    wrapper.extend(rows)
    return wrapper


def _loose(stretch: list[etree._Element]) -> bool:
    """Inline tags and line breaks only: a stretch no block of its own holds."""
    return bool(stretch) and not any(el.tag in _BLOCK and el.tag != "br" for el in stretch)


def _unwrap(wrapper: etree._Element) -> None:
    """Put a wrapper's children and text back where the wrapper stands."""
    parent = wrapper.getparent()
    at = parent.index(wrapper)
    if wrapper.text:
        _text_before(wrapper, wrapper.text)
    for i, row in enumerate(list(wrapper)):
        parent.insert(at + i, row)
    parent.remove(wrapper)


def _group_separated_entries(root: etree._Element) -> None:
    """Old guestbooks also run their entries on as loose text and inline tags between ``<hr>``
    rules ("<b>NAME</b> - DATE<br>TEXT<br><hr>…"): no element holds an entry. What follows each
    rule up to the next one (or the end), and what comes before the first, is wrapped in a
    ``<div>``, and kept so where at least two such look like comments; the others (an
    introduction, a closing "Page 1 of 4") are put back. A stretch holding blocks of its own
    is left to the detectors."""
    for parent in {hr.getparent() for hr in root.iter("hr")} - {None}:
        rules = [child for child in parent if child.tag == "hr"]
        if len(rules) < 2:
            continue
        wrapped = []
        lead = list(takewhile(lambda el: el.tag != "hr", parent))
        if _loose(lead):
            text, parent.text = parent.text, None
            wrapped.append(_wrap_rows(parent, lead, "div", text))
        for rule in rules:
            between = list(takewhile(lambda el: el.tag != "hr", rule.itersiblings()))
            if _loose(between):
                text, rule.tail = rule.tail, None
                wrapped.append(_wrap_rows(parent, between, "div", text))
        entries = [w for w in wrapped if _looks_like_comment(w)]
        for wrapper in wrapped:
            if len(entries) < 2 or wrapper not in entries:
                _unwrap(wrapper)


# ---------------------------------------------------------------- text helpers

def _named(root: etree._Element) -> list[etree._Element]:
    """The elements with a class or an id, in document order: the only ones class words can mark
    (most of a page's elements have neither, and lxml finds these faster than a Python loop)."""
    return root.xpath("descendant-or-self::*[@class or @id]")


def _classes(el: etree._Element) -> list[str]:
    if not isinstance(el.tag, str):
        return []
    return (el.get("class", "") + " " + el.get("id", "")).split()


def block_text(el: etree._Element, skip: frozenset = frozenset()) -> str:
    """Text of ``el`` with one line per block element, skipping the subtrees in ``skip``."""
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        is_tag = isinstance(node.tag, str)
        if closing:
            if is_tag and node.tag in _BLOCK:
                parts.append("\n")
            if node is not el and node.tail:
                parts.append(node.tail)
            continue
        if node in skip or not is_tag:
            if node is not el and node.tail:
                parts.append(node.tail)
            continue
        if node.tag in _BLOCK:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _short_text(el: etree._Element) -> str:
    """The text of ``el`` on one line; read from the memo while a phase that does not change the
    tree (``_unchanging``) runs, as the detectors ask it again and again of the same elements."""
    memo = getattr(_memo, "text", None)
    if memo is None:
        return " ".join(" ".join(el.itertext()).split())
    text = memo.get(el)
    if text is None:
        text = memo[el] = " ".join(" ".join(el.itertext()).split())
    return text


# Element → its ``_short_text``, only inside ``_unchanging``, one per thread: a Dask worker segments
# pages in several threads at once. A memo shared between threads outlived them (one thread's exit
# put back what another had entered with), so later pages read texts from before a removal.
# The elements are its keys, so they stay alive and no other element can take one's place (lxml
# proxies hash by identity).
_memo = threading.local()


@contextmanager
def _unchanging() -> Iterator[None]:
    """A phase that reads the tree without changing it: each element's text is computed once.
    Never around a removal: the memo would keep the text from before it."""
    outer = getattr(_memo, "text", None)
    _memo.text = {} if outer is None else outer
    try:
        yield
    finally:
        _memo.text = outer


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        _text_before(el, el.tail)  # the text after it stays in the page
    parent.remove(el)


def _text_before(el: etree._Element, text: str) -> None:
    """Add ``text`` where it reads right before ``el``: its previous sibling's tail, else its
    parent's own text."""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent = el.getparent()
        parent.text = (parent.text or "") + text


def page_title(root: etree._Element) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        found = root.xpath(xpath)
        for hit in found:
            text = " ".join((hit if isinstance(hit, str) else _short_text(hit)).split())
            if text:
                return text
    return None


def _holds_content(root: etree._Element) -> set[etree._Element]:
    """Elements that are or contain a marked article body (``hentry``, ``post-body``,
    ``itemprop=articleBody``…): never page furniture, whatever else their classes say.

    Blogger puts every post inside ``div.widget.Blog``, and WordPress gives a post one class
    per tag (``tag-share``, ``tag-social``), which read like sharing widgets.
    """
    # Only elements with an itemprop or a class can be marked: lxml finds those, not a Python loop.
    # (Naming the class words in the XPath, with contains(), measured four times slower.)
    marked = [el for el in root.xpath("descendant-or-self::*[@itemprop or @class]") if _marked_body(el)]
    sizes = [len(_short_text(el)) for el in marked]
    # Teasers in a sidebar carry the same marks: only bodies near the size of the largest count.
    floor = max(MIN_CONTENT_CHARS, CONTENT_SHARE * max(sizes, default=0))
    keep: set[etree._Element] = set()
    for el, size in zip(marked, sizes):
        if size >= floor:
            keep.add(el)
            keep.update(el.iterancestors())
    return keep


@lru_cache(maxsize=1 << 14)
def _content_class(class_: str) -> bool:
    """A class naming an article body (``S.CONTENT_CLASSES``), cached on the class string."""
    return any(t in S.CONTENT_CLASSES for t in class_.split())


MIN_CONTENT_CHARS = 200
CONTENT_SHARE = 0.3


def _drop(root: etree._Element) -> None:
    """Scripts, forms, hidden boxes and furniture: never article or comment text."""
    # What the page hides is not read: "this comment has been down-ranked" notes, form messages.
    for el in root.xpath("//*[@hidden or @style]"):
        if not _hidden(el) or el.tag in ("html", "body") or el.getparent() is None:
            continue
        # A hidden <span> left open swallows the rest of the page when parsed: keep such a one.
        if el.tag in _INLINE and any(d.tag in _BLOCK for d in el.iterdescendants() if isinstance(d.tag, str)):
            continue
        _remove(el)
    # Old reddit shows each comment's text in its own edit form (form.usertext, hidden inputs
    # only): a form inside a comment item with nowhere to type holds that comment, not a form.
    shown_forms = {form for form in root.iter("form")
                   if not form.xpath(".//textarea | .//input[not(@type) or @type='text' or @type='email']")
                   and any(_is_item_el(a) for a in form.iterancestors())}
    for el in list(root.iter(*S.DROP_TAGS)):
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        # A comment's own <header>/<footer> holds its author and date.
        if el.tag in ("header", "footer") and any(_is_item_el(a) for a in el.iterancestors()):
            continue
        _remove(el)
    # ASP.NET pages wrap the whole page in one form, comment box included: keep a form that
    # holds most of the page (its inputs and text areas are gone already).
    page_len = len(_short_text(root)) or 1
    body_len = page_len
    for form in list(root.iter("form")):
        size = len(_short_text(form))
        if form not in shown_forms and (size < 400 or form.xpath(".//textarea")) and size < 0.5 * page_len:
            _remove(form)
            body_len = 0  # the page's text changed: measured again below
    body_len = body_len or len(_short_text(root)) or 1
    keep = _holds_content(root)
    removed: set[etree._Element] = set()
    for el in _named(root):
        if el.getparent() is None or el.tag in ("html", "body", "main", "article") or el in keep:
            continue
        class_, id_ = el.get("class", ""), el.get("id", "")
        if _marked("furniture", class_, id_) and (not _marked("comment", class_, id_) or any(
                S.OTHER_POSTS_COMMENTS.search(t) for t in _classes(el))) and not _removed_above(el, removed):
            if len(_short_text(el)) < 0.4 * body_len and not _comment_part(el) and not _holds_counted_thread(el):
                _remove(el)
                removed.add(el)


def _removed_above(el: etree._Element, removed: set[etree._Element]) -> bool:
    """Whether ``el`` went with an ancestor already removed: what happens to it no longer
    matters, and furniture nests (three in four furniture boxes of the dragnet pages sit in one
    removed before them), so the costly tests are skipped."""
    return any(a in removed for a in el.iterancestors())


def _hidden(el: etree._Element) -> bool:
    """``hidden``, or ``display: none`` in the style in any case and spacing. Tested in Python: the
    XPath ``translate()`` on every element's style measured slower than this."""
    return el.get("hidden") is not None or "display:none" in el.get("style", "").translate(_STYLE_CASE)


_STYLE_CASE = str.maketrans("DISPLAYNOE", "displaynoe", " ")  # as XPath translate(@style, 'DISPLAYNOE ', 'displaynoe')


def _holds_counted_thread(el: etree._Element) -> bool:
    """A post's footer that holds its thread under a "1 Comment" heading (WordPress themes put the
    comments in ``div.post-footer``): furniture by its name, yet the comments are there."""
    return any(len(text) <= 80 and S.COUNTED_THREAD.search(text)
               for text in map(_short_text, el.iter("h2", "h3", "h4")))


def _comment_part(el: etree._Element) -> bool:
    """A comment's own footer or header (TypePad's ``p.comment-footer``: "Posted by: NAME | DATE"),
    named as a part of a comment and inside one: it holds the author and date, it is not furniture."""
    return (any(S.COMMENT_WORDS.search(t) and _FIELD_PART.search(t) for t in _classes(el))
            and any(_is_item_el(a) for a in el.iterancestors()))


_FIELD_PART = re.compile(r"[-_](?:footer|header|meta|info|details|byline)$", re.I)
_HEADER_PART = re.compile(r"[-_]header$", re.I)  # a box that comes before what it heads, never after


# ---------------------------------------------------------------- comment items

def _is_comment_el(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and _marked("comment", el.get("class", ""), el.get("id", ""))


def _is_item_el(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return False
    if _marked("item", el.get("class", ""), el.get("id", "")):
        return True
    # hAtom: an `hentry` is a comment only inside a comment section (else it is a post).
    return "hentry" in el.get("class", "").split() and any(_is_comment_el(a) for a in el.iterancestors())


# The class-word tests are cached on the class and id strings, not per word: the detectors
# ask them of every element and its ancestors, and a page repeats the same few strings.
_WORD_TESTS: dict[str, tuple[Callable[[str], object], ...]] = {
    "comment": (S.comment_item_word,),  # a comment (or a list of them)
    "item": (S.comment_item_word, S.forum_item_word),  # a comment or a forum post
    "furniture": (S.furniture_word,),  # page furniture
}


@lru_cache(maxsize=1 << 16)
def _marked(kind: str, class_: str, id_: str) -> bool:
    """Whether a class or id word passes one of the ``_WORD_TESTS[kind]``."""
    words = (class_ + " " + id_).split()
    return any(test(t) for test in _WORD_TESTS[kind] for t in words)


_ITEM_AUTHOR_MARKS = re.compile(r"^(?:comment-author-.+|authored-by-.+|bypostauthor|byuser)$", re.I)


def _author_fields(root: etree._Element) -> list[etree._Element]:
    out = []
    for el in root.xpath("descendant-or-self::*[@class or @id or @itemprop or @rel] | descendant-or-self::cite"):
        if el.tag == "cite" or _author_field_words(el.get("class", ""), el.get("id", ""),
                                                   el.get("itemprop", ""), el.get("rel", "")):
            text = _short_text(el)
            if 0 < len(text) <= 80:
                out.append(el)
    return out


@lru_cache(maxsize=1 << 16)
def _author_field_words(class_: str, id_: str, itemprop: str, rel: str) -> bool:
    """An author word (``S.AUTHOR_WORDS``) in the class, id, itemprop or rel, cached on the four
    strings: the test runs on every element that has one of them."""
    # WordPress marks a whole comment ``comment-author-NAME bypostauthor``: those words name
    # the comment's writer, they do not make the comment box an author field.
    words = [w for w in (class_ + " " + id_).split() if not _ITEM_AUTHOR_MARKS.match(w)]
    return any(S.AUTHOR_WORDS.search(w) for w in [*words, itemprop, rel] if w)


def class_items(root: etree._Element) -> list[etree._Element]:
    """Comment items found from their author field up to the nearest comment-like ancestor."""
    items: dict[etree._Element, None] = {}
    fields_of: dict[etree._Element, list[etree._Element]] = defaultdict(list)
    for field in _author_fields(root):
        if field.tag == "dt" and field.getparent() is not None and field.getparent().tag == "dl":
            items[field] = None  # Blogger's <dt class="comment-author">: the <dd> after it holds the text
            continue
        node = field.getparent()
        while node is not None and node.tag not in ("body", "html"):
            if _is_item_el(node):
                items[node] = None
                fields_of[node].append(field)
                break
            node = node.getparent()
    items = {el: None for el in items if not _names_several(el, fields_of[el])}
    found = _complete(_grow(_promote(list(items))))
    found = [el for el in found if not _the_list_of(el, found)]
    found = [el for el in found if len(_short_text(el)) >= 10]
    shapes = Counter(_shape(el) for el in found)
    # Forum-style `post` items need company; a lone "post" div is usually the article.
    found = [el for el in found if _is_comment_el(el) or el.tag == "dt" or shapes[_shape(el)] >= 2]
    # A lone "comment" box that is mostly links (a video list with a presenter's name) is not one.
    if len(found) == 1 and found[0].tag != "dt" and not _free_text(found[0]):
        return []
    return _document_order(root, _with_boxed_replies(found))


def _with_boxed_replies(found: list[etree._Element]) -> list[etree._Element]:
    """The found comments and the replies boxed inside them whose names no author word marks.

    A Persian news template (``div.comm_answer`` in ``div#comm_1928054``) prints a reply's name
    in ``div.comment_answer_2``: no author field leads to it, so the reply was read as its
    parent's text. A box inside a found comment, marked as a comment by its class or id, is a
    reply when it opens with a dated header and holds text after it, while the comment outside
    the box and the comments found in it still shows a date (a wrapper of the comment's own
    header and text, ``div.comment-inner`` or wpDiscuz's ``div#comment-5``, leaves none outside).
    The outermost such box: the ones inside it are its header and text."""
    known = set(found)
    added: list[etree._Element] = []
    for item in found:
        inner = frozenset(d for d in item.iterdescendants() if d in known)
        for el in item.iterdescendants():
            if el in known or not _is_item_el(el) or _inside_one_of(el, item, known):
                continue
            if not _dated_header(el) or any(d in known for d in el.iterdescendants()):
                continue
            if not any(_date_field(d) and not _inside_one_of(d, item, inner | {el})
                       for d in item.iterdescendants() if d is not el and d not in inner):
                continue  # the rest, without the comments in it, shows no date of its own
            added.append(el)
            known.add(el)
    return found + added


def _dated_header(box: etree._Element) -> bool:
    """Whether ``box`` opens with a header holding a date, text after it: the date a short element
    of its own (not a link's address, "…/2011/02/23/…", nor a phrase in running text, "3.5 years
    ago") near the box's start."""
    text = _short_text(box)
    for el in box.iterdescendants():
        if _date_field(el):
            shown = _short_text(el)
            at = text.find(shown)
            return 0 <= at <= 100 and len(text[at + len(shown):].strip(" |-–—·")) >= 2
    return False


def _date_field(el: etree._Element) -> bool:
    """A short element showing a date, not a link's address."""
    shown = _short_text(el)
    return 0 < len(shown) <= 40 and "://" not in shown and _comment_date(shown) is not None


def _inside_one_of(el: etree._Element, outer: etree._Element, items: set[etree._Element]) -> bool:
    """Whether one of ``items`` holds ``el`` below ``outer``."""
    for a in el.iterancestors():
        if a is outer:
            return False
        if a in items:
            return True
    return False


def _the_list_of(el: etree._Element, found: list[etree._Element]) -> bool:
    """Whether ``el`` is the thread's list rather than a comment: named in the plural only
    (``div#comments``, ``ol.replies``) and holding two or more of the found comments. One author
    field outside them, a trackback's link above the list, had climbed to it and made it an item,
    whose "comment" then took the trackback's date, a later comment's text and another's name.
    A comment holding its replies is named in the singular (``li.comment``) and stays."""
    words = [w for w in (el.get("class", "") + " " + el.get("id", "")).split() if S.comment_item_word(w)]
    if not words or not all(_PLURAL.search(w) for w in words):
        return False
    inner = set(el.iterdescendants())
    return sum(other in inner for other in found) >= 2


_PLURAL = re.compile(r"(?:comments|replies|responses|reactions|kommentare|commentaires|commenti|نظرات)(?:$|[-_\d])", re.I)


def _names_several(node: etree._Element, fields: list[etree._Element]) -> bool:
    """Whether ``node`` is a list of comments, not one: its author fields sit in two or more
    same-shaped children (``div.user-comments > div.uc``, whose classes name no comment, so the
    fields climb past them to the comment-named list)."""
    shapes = Counter()
    for child in {next((a for a in f.iterancestors() if a.getparent() is node), f) for f in fields}:
        if child.getparent() is node:
            shapes[_shape(child)] += 1
    return any(n >= 2 for n in shapes.values())


def _promote(items: list[etree._Element]) -> list[etree._Element]:
    """Climb from a comment's inner box (WordPress ``article.comment-body``) to the element that
    also holds its replies (``li.comment``), so nesting gives reply-to; stop at a list of items."""
    out = []
    for el in items:
        node = el
        while True:
            parent = node.getparent()
            if (parent is not None and _comment_wrap(parent) and parent.getparent() is not None
                    and _is_item_el(parent.getparent()) and parent.getparent().tag not in _LISTS
                    and sum(_comment_wrap(c) for c in parent.getparent()) == 1
                    and not _comment_heading_in(parent.getparent())):
                # wpDiscuz: div.wpd-comment > div.wpd-comment-wrap > div.wpd-comment-right#comment-5, the
                # replies beside the wrapper: the wrapper's comment is the box's, whatever stands beside it.
                # Not a section under its heading: a "comment-wrapper" also wraps a whole list (fit page R11,
                # one comment in it under "Reader Comments", whose heading was then read as its writer).
                node = parent.getparent()
                break
            if parent is None or parent.tag in _LISTS or not _is_item_el(parent) or _comment_heading_in(parent):
                break  # a list of comments is never one comment, even when it holds only one
            if any(_comment_wrap(sib) for sib in parent if sib is not node):
                break  # a reply beside its comment's own wrapper, inside that comment
            if _shape(parent) == _shape(node) or _names_its_own_writer(parent, node):
                break  # a reply inside the comment it answers, not that comment's inner box
            siblings = [sib for sib in parent if sib is not node and isinstance(sib.tag, str)]
            if any(_is_item_el(sib) for sib in siblings):
                break
            node = parent
        out.append(node)
    # A comment whose replies sit beside its box, inside its wrapper (SB Nation's div.citem holds the
    # box and the div.citem of each reply), stopped at its box: the sibling replies looked like a
    # list. Where other comments climbed to such a wrapper, it climbs too, so that nesting says
    # which comment each reply answers.
    wrappers = {_shape(node) for el, node in zip(items, out) if node is not el}
    taken = set(out)
    out = [el.getparent() if node is el and el.getparent() is not None and el.getparent() not in taken
           and _shape(el.getparent()) in wrappers and _is_item_el(el.getparent()) else node
           for el, node in zip(items, out)]
    return list(dict.fromkeys(out))


def _comment_wrap(el: etree._Element) -> bool:
    """A box named a comment's wrapper ("wpd-comment-wrap", "comment-wrapper"): part of one comment,
    between its inner box and the element that holds it with its replies."""
    return any(_COMMENT_WRAP.search(t) for t in el.get("class", "").split())


_COMMENT_WRAP = re.compile(r"(?:^|[-_])comment[-_]wrap(?:per)?$", re.I)


def _names_its_own_writer(parent: etree._Element, node: etree._Element) -> bool:
    """Whether ``parent`` has an author field of its own, outside ``node`` and outside any other
    comment in it: then ``node`` is a reply nested in that comment ("comment reply" inside
    "comment": the shapes differ), not the comment's inner box, which would hold its author."""
    inside = set(node.iter())
    for field in _author_fields(parent):
        if field in inside:
            continue
        owner = next((a for a in field.iterancestors() if a is parent or _is_item_el(a)), None)
        if owner is parent:
            return True
    return False


def _complete(items: list[etree._Element],
              shape: Callable[[etree._Element], tuple[str, str]] | None = None) -> list[etree._Element]:
    """Siblings shaped like a found item are items too: an anonymous comment, or one whose
    "name" is a sentence, has no author field to be found from, yet sits in the same list."""
    shape = shape or _shape
    found = set(items)
    out = list(items)
    # The parents in the items' order: a set of elements iterates in memory-address order, which
    # made the order of the comments (and so their parent indices) vary from run to run.
    for parent in dict.fromkeys(el.getparent() for el in items if el.getparent() is not None):
        shapes = {shape(el) for el in parent if el in found}
        for sib in parent:
            if (sib not in found and isinstance(sib.tag, str) and shape(sib) in shapes and _is_comment_el(sib)
                    and _not_a_wrapper(sib, found)):
                out.append(sib)
                found.add(sib)
    # in page order: a short first comment (its links outweighing its text) came last
    return _document_order(items[0].getroottree().getroot(), out) if len(out) > len(items) else out


def _not_a_wrapper(sib: etree._Element, found: set[etree._Element]) -> bool:
    """Whether ``sib`` holds none of the ``found`` items, or a text box of its own beside them
    (``S.TEXT_WORDS``: "comment_entry", "commentBody") with ``OWN_TEXT`` characters or more: a
    comment whose replies, nested in it, were found from their writers' marked names while its
    writer's is plain text, not a box that only wraps them. Such a comment was no item: its text
    and its replies' ran together, and a reply's name was taken for its writer's."""
    inner = frozenset(d for d in sib.iterdescendants() if d in found)
    if not inner:
        return True
    return any(_text_box_words(el.get("class", ""), el.get("id", ""), el.get("itemprop", ""))
               and len(block_text(el, inner)) >= OWN_TEXT for el in _own_iter(sib, inner) if el is not sib)


OWN_TEXT = 20


GROW_TEXT = 60
GROW_LEVELS = 3


def _grow(items: list[etree._Element]) -> list[etree._Element]:
    """A comment header box (author and date only) grows to the ancestor that also holds the
    comment's text, as long as that ancestor holds no other comment.

    A header is told by its short text (under ``GROW_TEXT``), yet one template's header box is
    longer for some writers: a bio line or a note beside the name ("This user has chosen to opt
    out of the Badges program"). Such a box then stood for the whole comment, whose text was lost
    and the note read instead. So a box that stayed grows as far as most boxes of its shape that
    grew went, when ``GROW_ALIKE`` or more of them grew that far, to an item element (a comment-named
    box) holding no other comment. A box that is a whole comment loses nothing by it: that
    ancestor holds only it, and buttons around it are read as such."""
    grown = [_grown(el, items) for el in items]
    levels: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for el, node in zip(items, grown):
        levels[_shape(el)][_levels_between(el, node) if _is_item_el(node) else 0] += 1
    out = []
    for el, node in zip(items, grown):
        count = levels[_shape(el)]
        up, n = max(((k, v) for k, v in count.items() if k), key=lambda kv: kv[1], default=(0, 0))
        if node is el and n >= GROW_ALIKE:
            node = _grown(el, items, up, always=True)
            node = node if _levels_between(el, node) == up and _is_item_el(node) else el
        out.append(node)
    return list(dict.fromkeys(out))


GROW_ALIKE = 2


def _grown(el: etree._Element, items: list[etree._Element], levels: int = GROW_LEVELS,
           always: bool = False) -> etree._Element:
    """The ancestor of ``el`` it grows to (``el`` itself when it stays): up to ``levels`` levels
    while its text is short (``always``: whatever its length), never to a list of comments or the
    section under "3 Comments", nor to a box holding another of ``items``."""
    node = el
    for _ in range(levels):
        if not always and len(_short_text(node)) >= GROW_TEXT:
            break
        parent = node.getparent()
        if parent is None or parent.tag in _LISTS or _comment_heading_in(parent):
            break  # a list of comments, or the section under "3 Comments", is never one comment
        inside = set(parent.iter())
        if any(other is not el and other in inside and not _reply_within(other, parent, el) for other in items):
            break
        node = parent
    return node


def _reply_within(other: etree._Element, parent: etree._Element, el: etree._Element) -> bool:
    """Whether ``other``, a comment inside ``parent``, is a reply nested in the text of the comment
    whose header ``el`` is (``div.comment-childs`` inside ``div.comment-entry``, beside
    ``div.comment-head``): not a child of ``parent`` and of another shape than ``el``. Such a
    reply kept the header from growing to its text, and the comment was lost. Another header of
    the same shape, or a box beside it, is another comment."""
    return other.getparent() is not parent and _shape(other) != _shape(el)


def _levels_between(el: etree._Element, ancestor: etree._Element) -> int:
    """How many levels ``ancestor`` (``el`` or one of its ancestors) sits above ``el``."""
    n = 0
    while el is not ancestor:
        el, n = el.getparent(), n + 1
    return n


def class_runs(root: etree._Element) -> list[etree._Element]:
    """Comment-named elements without a marked author field: the largest group of same-shaped
    ones (at least two), each with some free text and few links."""
    groups: dict[tuple[str, str], list[etree._Element]] = defaultdict(list)
    for el in _named(root):
        if el.tag not in ("body", "html") and _is_item_el(el):
            groups[_item_shape(el)].append(el)
    best: list[etree._Element] = []
    best_group: list[etree._Element] = []
    lone: list[etree._Element] = []
    for members in groups.values():
        good = [m for m in _outermost(members) if _free_text(m) and not _headed(m)]
        if len(good) >= 2 and len(good) > len(best):
            best, best_group = good, members
        elif (len(good) == 1 and _is_comment_el(good[0]) and good[0].tag not in _LISTS
              and (_looks_like_comment(good[0]) or _said(good[0]))
              and _under_comment_heading(good[0]) and not _comment_heading_in(good[0])):
            lone.append(good[0])
    # "Reader Comments (1)": a thread of one; a list ("ul.replies" holding one reply) is never one
    # comment, and taking it for the whole thread hid the other comments from the generic detector
    if not best and len(lone) == 1:
        best = lone
    # The run's own replies, nested inside the comments they answer (WordPress depth-2 boxes):
    # the run is chosen by its outermost members, but the replies are comments too.
    found = set(best)
    replies = [m for m in best_group if m not in found and _free_text(m, titles=True) and not _headed(m)
               and not any(d in found for d in m.iterdescendants())]
    # Replies nested without a comment-named class (IntenseDebate's "idc-thread idc-nested" inside
    # div#idc-comment-101), shaped like the run: as the generic detector takes them.
    run = _with_replies(root, _document_order(root, [*best, *replies]) if replies else best)
    return _complete(_grow(_promote(run)), _item_shape)


def _under_comment_heading(el: etree._Element, levels: int = 4) -> bool:
    """Whether a heading such as "Reader Comments (1)" or "3 Responses" opens the section ``el`` is in."""
    node = el
    for _ in range(levels):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return False
        if _comment_heading_in(node):
            return True
    return False


# Blogger's classic templates end it with "...": "Anonymous said..."
_SAID = re.compile(rf"^\S.{{0,40}}\s{S.SAYS}\s*(?:[:,]|\.{{3}}|…)?$", re.I)


def _said(el: etree._Element) -> bool:
    """A "Ben said:" header: a comment's without a date."""
    return any(_SAID.match(_short_text(x)) for x in el.iter() if isinstance(x.tag, str) and len(x) == 0)


def _comment_heading_in(el: etree._Element) -> bool:
    return any(len(text) <= 60 and S.COMMENT_HEADING.search(text)
               for text in map(_short_text, el.iter("h2", "h3", "h4")))


def _item_shape(el: etree._Element) -> tuple[str, str]:
    """The tag and the comment words of its classes: "comment cpic new" and "comment nopic"
    are one kind of item (read or unread, with or without a picture), and so are "single-comment"
    and "single-comment comment-reply" (a reply among them, marked by a second word)."""
    words = sorted({re.sub(r"[-_]?\d+$", "", t) for t in el.get("class", "").split()
                    if (S.COMMENT_WORDS.search(t) or S.FORUM_ITEM_WORDS.match(t)) and not _POSITION_WORD.search(t)})
    unmarked = [w for w in words if not _REPLY_MARK.search(w)]
    words = unmarked or words  # "reply" alone (WordPress's box of the reply link) is its own kind
    return el.tag, " ".join(words) if words else "#" + re.sub(r"\d+", "", el.get("id", ""))


# A class word that marks a comment as a reply beside the word that names it a comment: "single-comment
# comment-reply" (many page templates), "blog-comments-item blog-comments-reply", "comment-item reply-item".
# Such replies stand flat after the comment they answer, as siblings, not nested in it.
_REPLY_MARK = re.compile(r"(?:^|[-_])(?:reply|replies|child)(?:$|[-_](?:item|comment|box)$)", re.I)


def _reply_marked(el: etree._Element) -> bool:
    """Whether ``el`` is a comment marked a reply by one class word and named a comment by another."""
    words = [t for t in el.get("class", "").split() if S.COMMENT_WORDS.search(t) or S.FORUM_ITEM_WORDS.match(t)]
    return any(_REPLY_MARK.search(t) for t in words) and any(not _REPLY_MARK.search(t) for t in words)


def _headed(el: etree._Element) -> bool:
    """A block under its own h1/h2 is an article or a page section; comment titles are h3 or smaller."""
    return bool(el.xpath(".//h1|.//h2"))


def _free_text(el: etree._Element, titles: bool = False) -> bool:
    """Some text, not a link list. ``titles``: a title's link (SB Nation's "h5.comment_title > a", a
    toggle; Slashdot's) is no link list's either: a reply's short text under its long linked title
    was taken for one, and the reply was lost, its text read as the comment it answers. Only for
    replies in a run of comments already found: for the run itself, a page of teasers under linked
    headings would pass. Shown addresses are then no list's either (``_header_link``)."""
    text = _short_text(el)
    if not 20 <= len(text) <= 8000:
        return False
    # A comment's own header links (its date's permalink, "reply") are no sign of a link list:
    # a short comment's header would outweigh its text.
    link_chars = sum(len(t) for a in el.iter("a")
                     if not _header_link(t := _short_text(a), titles) and not (titles and _in_title(a, el)))
    # The comment form's hidden messages, policy boxes and ads share the "comment" class word.
    return link_chars <= 0.5 * len(text) and not _no_comments_notice(text) and not S.section_chrome(text)


def _in_title(link: etree._Element, item: etree._Element) -> bool:
    """Whether ``link`` is a comment title's: inside an h3–h6 heading of ``item``."""
    for a in link.iterancestors():
        if a is item:
            return False
        if a.tag in _TITLE_HEADINGS:
            return True
    return False


_TITLE_HEADINGS = frozenset({"h3", "h4", "h5", "h6"})


def _header_link(text: str, addresses: bool = False) -> bool:
    """A link that is a comment's button or its date ("Reply", "October 5, 2012 at 10:14 am").
    ``addresses``: or an address the writer pasted, shown as itself ("http://en.wikipedia.org/wiki/…"):
    a reply sharing two long addresses under one line was taken for a link list and lost. Only for
    replies beside or inside a run already found: for choosing the run, a box of shown addresses
    with a name and a date gave one page without comments some."""
    return bool(S.CHROME_TEXT.match(text) or ((m := _DATE_RE.search(text)) and len(m.group(0)) >= len(text) - 3)
                or addresses and _SHOWN_ADDRESS.fullmatch(text))


_SHOWN_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)


def _shape(el: etree._Element) -> tuple[str, str]:
    return el.tag, _class_shape(el.get("class", ""))


@lru_cache(maxsize=1 << 14)
def _class_shape(classes: str) -> str:
    """The class words of a shape, without numbers and position words ("depth-2", "odd").
    Cached: the detectors compare the shapes of every sibling group, and a page repeats a few
    class strings over and over."""
    tokens = sorted(_DIGITS.sub("", t) for t in classes.split() if not _POSITION_WORD.search(t))
    return " ".join(tokens)


_DIGITS = re.compile(r"\d+")
# "idc-nested": a reply; "comment-by-owner": TypePad's mark of the post's author, as WordPress's "bypostauthor"
_POSITION_WORD = re.compile(r"(?:depth|even|odd|thread|byuser|bypostauthor|by-owner|author-|parent|alt|level|nested)")


def generic_items(root: etree._Element) -> list[etree._Element]:
    """Sibling runs of same-shaped blocks with a name, a date and free text, and few links."""
    best: list[etree._Element] = []
    best_score = 0.0
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = defaultdict(list)
        children = [child for child in parent if isinstance(child.tag, str)]
        for child, shape in zip(children, _sibling_shapes(children)):
            groups[shape].append(child)
        for members in groups.values():
            if len(members) < 2:
                continue
            good = _mostly_comments(members)
            if len(good) < 2:
                continue
            score = len(good) * min(200.0, sum(len(_short_text(m)) for m in good) / len(good))
            if score > best_score:
                best, best_score = good, score
    return _with_replies(root, best)


def _with_replies(root: etree._Element, run: list[etree._Element]) -> list[etree._Element]:
    """The run plus same-shaped comments deeper in its parent: replies, which Drupal and others
    put in a wrapper after the comment they answer (``div.indented``), outside the run."""
    if not run:
        return run
    parent = run[0].getparent()
    found = set(run)
    shapes = {_shape(m) for m in run}
    extra = [el for el in parent.iter(run[0].tag) if el not in found and _shape(el) in shapes
             and not any(m in found for m in el.iterdescendants()) and not _all_of_its_comment(el, found)
             and _looks_like_comment(el, reply=True)]
    return _document_order(root, [*run, *extra]) if extra else run


def _all_of_its_comment(el: etree._Element, found: set[etree._Element]) -> bool:
    """Whether ``el`` holds (nearly) all the text of the comment it is inside: that comment's inner
    box, not a reply to it."""
    outer = next((a for a in el.iterancestors() if a in found), None)
    return outer is not None and len(_short_text(el)) >= WHOLE_SHARE * len(_short_text(outer))


WHOLE_SHARE = 0.9


def _sibling_shapes(children: list[etree._Element]) -> list[tuple[str, str]]:
    """Each child's shape (``_shape``) without the class words that most siblings of its tag
    lack: per-writer classes ("commentbody by-john-king", "by-jeff") would make every comment
    a kind of its own."""
    shapes = [_shape(child) for child in children]
    per_tag = Counter(tag for tag, _ in shapes)
    words = Counter((tag, w) for tag, classes in shapes for w in set(classes.split()))
    return [(tag, " ".join(w for w in classes.split() if 2 * words[tag, w] >= per_tag[tag]))
            for tag, classes in shapes]


def _mostly_comments(members: list[etree._Element], share: float = 0.7) -> list[etree._Element]:
    """The members that look like comments when at least ``share`` of them do, else none.
    Stops at the first failure too many: most sibling groups of a page (menus, link lists,
    paragraphs) fail at once, and the test is the costliest part of the generic detector."""
    allowed = len(members) - share * len(members)
    good, failed = [], 0
    for m in members:
        if _looks_like_comment(m, _dd_of(m)) and not _headed(m):
            good.append(m)
        else:
            failed += 1
            if failed > allowed:
                return []
    return good


def _looks_like_comment(el: etree._Element, partner: etree._Element | None = None, reply: bool = False) -> bool:
    """A name, a date (or a "Ben says:" header instead of both) and free text with few links.
    ``partner`` is the ``<dd>`` of a ``<dt>``: the two are one comment, header and text. ``reply``:
    a reply beside a run already found, whose shown addresses are no link list's (``_header_link``)."""
    els = [el] if partner is None else [el, partner]
    text = " ".join(map(_short_text, els))
    if not 20 <= len(text) <= 8000:
        return False
    links = [_short_text(a) for e in els for a in e.iter("a")]
    # (as in ``_free_text``, its date's permalink and "reply" are no sign of a link list: a comment
    # that is one shortened link, "The new attack is CRIME: <a>http://netifera.com/…</a>", failed)
    if sum(len(a) for a in links if not _header_link(a, reply)) > 0.5 * len(text):
        return False
    if any(S.READ_MORE.match(a) for a in links):  # a teaser in a list of stories, not a comment
        return False
    runs = [s for e in els for s in _text_nodes(e)]
    has_date = any(e.xpath(".//time") for e in els) or any(_DATE_RE.search(s) for s in runs if len(s) <= 60)
    leaves = (_short_text(x) for e in els for x in e.iter() if isinstance(x.tag, str) and _leafish(x))
    has_name = any(0 < len(s) <= 40 and len(s.split()) <= 5 and not _DATE_RE.search(s) and not _URL.search(s)
                   for s in leaves)
    if not (has_date and has_name):  # the costlier signs, only where the cheap ones fall short
        # A "Ben said:" header stands for the name, and for the date templates without dates leave out.
        said = (any(_SAID.match(s) for s in runs)
                or any(_SAID.match(_short_text(x)) for e in els for x in e.iter()
                       if isinstance(x.tag, str) and len(x) <= 2 and x is not e))
        if said:
            has_date = has_name = True
        else:
            # "Posted by: NAME at <a>DATE</a>": the name is text beside a link, in no leaf of its own;
            # "posted on DATE by NAME" all in one run of text, too long to have been read as a date
            by = _by_line([_short_text(x) for e in els for x in e.iter() if isinstance(x.tag, str) and len(x) <= 3],
                          dated=not has_date)
            if by is not None:
                has_date = has_name = True
        if not (has_date and has_name):
            return False
    return any(len(line) >= 20 for e in els for line in block_text(e).split("\n"))


def _text_nodes(el: etree._Element) -> Iterable[str]:
    """Each run of text inside ``el`` on its own ("Thu, 08/09/2012 - 14:32 | <a>#</a>": the date
    is the text before a link, in no element of its own)."""
    for x in el.iter():
        if not isinstance(x.tag, str):
            continue
        if x.text and x.text.strip():
            yield " ".join(x.text.split())
        if x is not el and x.tail and x.tail.strip():
            yield " ".join(x.tail.split())


def _document_order(root: etree._Element, els: Iterable[etree._Element]) -> list[etree._Element]:
    wanted = set(els)
    return [el for el in root.iter() if el in wanted]


def _outermost(items: list[etree._Element]) -> list[etree._Element]:
    wanted = set(items)
    out = []
    for el in items:
        if not any(a in wanted for a in el.iterancestors()):
            out.append(el)
    return out


def _link_parents(comments: list[Comment], items: list[etree._Element]) -> list[Comment]:
    index = {el: i for i, el in enumerate(items)}
    answered: dict[etree._Element, int | None] = {}  # items share wrappers: each is looked at once
    for i, el in enumerate(items):
        for anc in el.iterancestors():
            if anc in index:
                comments[i].parent = index[anc]
                break
            if anc not in answered:
                answered[anc] = _answered_before(anc, index)
            before = answered[anc]
            if before is not None and before < i:  # an item listed later is no comment this one answers
                comments[i].parent = before
                break
    _link_flat_replies(comments, items)
    return comments


def _link_flat_replies(comments: list[Comment], items: list[etree._Element]) -> None:
    """A reply marked by its class among its thread's flat items ("single-comment comment-reply" after
    "single-comment") answers the comment its link names ("replied to <a href="#comment-6053598">comment
    from D. Parsons</a>", as Movable Type prints it), else the nearest earlier unmarked item beside it."""
    anchors: dict[str, int] | None = None
    for i, el in enumerate(items):
        if comments[i].parent is not None or not _reply_marked(el):
            continue
        if anchors is None:
            anchors = _anchor_owners(items)
        named = [anchors[frag] for a in el.iter("a") if (frag := (a.get("href") or "").partition("#")[2]) in anchors]
        if named := [j for j in named if j < i]:
            comments[i].parent = named[0]
            continue
        for j in range(i - 1, -1, -1):
            if items[j].getparent() is not el.getparent():
                break
            if not _reply_marked(items[j]):
                comments[i].parent = j
                break


def _anchor_owners(items: list[etree._Element]) -> dict[str, int]:
    """Index of the item each in-page anchor names: an item's own id or name, and the named anchors
    inside it ("<a name="6461113152049819139">"), the first item holding one owning it."""
    owners: dict[str, int] = {}
    for i, el in enumerate(items):
        for node in (el, *el.iter("a")):
            for key in (node.get("id"), node.get("name")):
                if key:
                    owners.setdefault(key, i)
    return owners


REPLY_GAP_CHARS = 40


def _answered_before(wrapper: etree._Element, index: dict[etree._Element, int]) -> int | None:
    """The comment a reply's wrapper follows under the same parent: Drupal puts div.indented
    right after the comment it answers; Slashdot puts a reply link and an empty list between
    the comment and ul.commtree. Only near-empty siblings are passed over, so a comment
    list after a lone featured comment and a navigation bar is not read as its replies."""
    for before in wrapper.itersiblings(preceding=True):
        if before in index:
            return index[before]
        if len(_short_text(before)) > REPLY_GAP_CHARS or any(el in index for el in before.iterdescendants()):
            return None
    return None


def _kept(comments: list[Comment], keep: list[bool]) -> list[Comment]:
    """The kept comments with their parent indices renumbered; a reply to a dropped comment
    (a "be the first to comment" box, an empty item) answers that one's nearest kept ancestor."""
    new = {i: n for n, i in enumerate(i for i, k in enumerate(keep) if k)}
    old = [c.parent for c in comments]
    for c in comments:
        parent = c.parent
        while parent is not None and parent not in new:
            parent = old[parent]  # parents come earlier in the page: this ends
        c.parent = new.get(parent) if parent is not None else None
    return [c for c, k in zip(comments, keep) if k]


# ---------------------------------------------------------------- fields of one item

def extract(item: etree._Element, items: list[etree._Element]) -> Comment:
    members = set(items)
    nested = frozenset(el for el in item.iterdescendants() if el in members)
    own = [el for el in _own_iter(item, nested)]
    header, footer = _dt_of(item, items), _footer_of(item, items)
    fields = [*(_own_iter(header, nested) if header is not None else ()), *own,
              *(_own_iter(footer, nested) if footer is not None else ()),
              *(el for dd in _later_dds(item) for el in _own_iter(dd, nested))]
    author_el = next((found for el in fields if el is not item and (found := _author_field(el)) is not None), None)
    posted, date_el = _date(fields)
    by_line = None
    if author_el is None:  # "Posted by: Sabrina at October 11, 2012 7:45 AM"
        by_line = _by_line([_short_text(el) for el in fields if el is not item])
        said = next((_short_text(el) for el in fields if len(el) == 0 and _SAID.match(_short_text(el))), None)
        if said is None and item.tag == "dt":  # "<dt><div>DATE</div>(1) Mike says:</dt>": text beside the date
            said = next((run for run in _text_nodes(item) if _SAID.match(run)), None)
        if by_line is None and said is not None:  # "Ben said:"
            by_line = _clean_author(_LEADING_NUMBER.sub("", said))
    if author_el is None and by_line is None:  # "<li>Kate on October 23rd, 2012 1:38 pm <div>…"
        m = _NAME_ON_DATE.match(" ".join((item.text or "").split()))
        by_line = m.group(1) if m and _name_like(m.group(1)) else None
    if author_el is None and by_line is None and date_el is not None:
        # The name written before the date ("<p>K. Orr — <a>July 10th, 2012</a></p>"): before any
        # short leaf, which may be the comment's greeting line ("Hey Tim and fellow readers,"),
        # taken for the name and lost from the text.
        by_line = _name_before_date(date_el, item, posted)
    if author_el is None and by_line is None:
        # Unknown templates: the first short, name-like leaf. Only after the by-lines, which
        # say whose a comment is: a short comment ("Thanks, guys! :)") looks like a name too.
        # (A comment's short title, "Energy" in span.jc_comment_title, is no name.)
        # (Nor is the text box: "He's got swagger! :)" in div.body is a whole comment.)
        author_el = next((el for el in fields if _leafish(el) and el is not date_el and not _titled(el)
                          and not _text_box_words(el.get("class", ""), el.get("id", ""), el.get("itemprop", ""))
                          and _name_like(_short_text(el))), None)
    if author_el is not None:
        # "by <strong>mina</strong> » Mon Oct 01": the emphasised or linked name, when there is one.
        inner = next((el for el in author_el.iter("a", "strong", "b", "span", "cite")
                      if el is not author_el and _name_like(_short_text(el))), None)
        if inner is None and len(author_el):  # a header box: name, date and "Reply" each in a block
            inner = next((el for el in author_el.iter() if el is not author_el and el is not date_el
                          and _leafish(el) and _name_like(_short_text(el))), None)
        author_el = inner if inner is not None else author_el
    author = _clean_author(_short_text(author_el) if author_el is not None else by_line or "", posted)
    named_by = header if header is not None else item if item.tag == "dt" else None  # the <dt> itself, or the item's
    if author is None and named_by is not None:  # "2.  Morten Hojbjerre - <a>20 August, 2011</a>"
        own_text = _LEADING_NUMBER.sub("", " ".join((named_by.text or "").split())).strip(" -–—|:")
        if not own_text and posted:  # "<a>1.</a> The Keeper - October 26, 2012": the name after the number's link
            shown = _short_text(named_by)
            own_text = _LEADING_NUMBER.sub("", shown.split(posted, 1)[0] if posted in shown else "").strip(" -–—|:")
        author = own_text if _name_like(own_text) else None
    # (a writer's rank, vBulletin's span.usertitle "Junior Member", is no title of the comment)
    title_el = next((el for el in own if el is not item and el.tag in ("h3", "h4", "h5", "h6")
                     or (el is not item and _titled(el) and not _author_like(el) and len(_short_text(el)) <= 120)), None)
    title = _SCORE.sub("", _short_text(title_el)) if title_el is not None else None
    if title and posted and posted in title:
        title = None  # the header in a heading ("<h4>Deanna On Friday, November 2 at 12:18 pm</h4>"): no title
    if title and author and title == author:
        title = None  # the name in a heading ("<h5><a>Kaveh</a></h5>" over the date, as page templates print it)
    text_el = _text_field(own, item, nested, [e for e in (author_el, date_el) if e is not None], date_el)
    follower = item.getnext()
    if item.tag == "dt" and follower is not None and follower.tag == "dd":
        # <dl> threads (old Blogger, many themes): the <dt> names author and date, the <dd> holds the
        # text, and replies nested in it (Thesis's "dl.children" of <dt>/<dd> pairs) are no part of it:
        # their headers and texts ran into the comment they answer.
        replies = [el for el in follower.iterdescendants() if el in members]
        text_el, nested = follower, frozenset(replies + [dd for el in replies if (dd := _dd_of(el)) is not None])
    skip = set(nested)
    for el in (author_el, date_el, title_el):
        if el is not None and (text_el is item or el is date_el and text_el in el.iterancestors()):
            skip.add(el)
    text = block_text(text_el, frozenset(skip))
    lines = [line for line in text.split("\n") if not _chrome_line(line)
             and line not in (author, posted, title) and not _labels(line, author)
             and not _header_line(line, author, posted) and not _FOOTER_LEFTOVER.match(line)]
    if text_el is item and author:
        lines = [line for line in lines if not (line.startswith(author) and len(line) <= len(author) + 40
                                                and (posted is None or posted in line))]
    if text_el is item and posted:  # what is left of a header line once its author is taken out: "by DATE"
        lines = [line for line in lines if not (posted in line and len(line) <= len(posted) + 12)]
    while len(lines) > 1 and _HEADER_LEFTOVER.match(lines[0].strip()):
        lines = lines[1:]
    declared = _declared_iso(date_el, posted)
    if declared is None and not (posted and _FULL_DATE.search(posted)):
        declared = next(filter(None, map(_permalink_time, [item, *(f for f in (header, footer) if f is not None),
                                                           *_later_dds(item)])), None)
    return Comment(text="\n".join(lines).strip(), author=author, posted=posted,
                   posted_iso=declared, title=title or None)


# Blogger's permalink of a comment carries the moment it was posted, in milliseconds since 1970
# (UTC): "?showComment=1183910280000#c6461113152049819139".
_SHOW_COMMENT = re.compile(r"[?&]showComment=(1\d{12})\b")


def _permalink_time(item: etree._Element) -> str | None:
    """The moment in the comment's own permalink, for a comment whose shown date has no day and
    year (Blogger's older templates print "posted by NAME : 11:58 AM") or that shows none: the
    first such link in the item is its own, its replies' come after it."""
    for a in item.iter("a"):
        if m := _SHOW_COMMENT.search(a.get("href") or ""):
            moment = datetime.datetime.fromtimestamp(int(m.group(1)) / 1000, tz=datetime.timezone.utc)
            return moment.replace(microsecond=0).isoformat()
    return None


def _name_before_date(date_el: etree._Element, item: etree._Element, posted: str | None) -> str | None:
    """The name written right before the comment's date, when no field names the writer:
    "<h4>Mary Jane <span>On Thursday, November 1</span></h4>", "<p>J.J. — <a>July 17th</a></p>",
    "<div>+3 #1 Derek H 2012-10-05 10:11</div>", "<a>#2</a> Sue Barker <span>DATE</span>" (the
    text after the comment's number link). The item's own text before the first field is the
    comment itself, not a header: it is not read."""
    parent = date_el.getparent()
    before = date_el.getprevious()
    leads = [date_el.text if date_el is not item else None,
             parent.text if parent is not None and parent is not item else None]
    if before is not None and (parent is not item or _NUMBER.fullmatch(_short_text(before))):
        leads.append(before.tail)  # in the item's own text, only right after its number link
    for lead in leads:
        lead = " ".join((lead or "").split())
        if posted and posted in lead:
            lead = lead.split(posted, 1)[0]
        lead = re.sub(r"\s+(?:on|at|said|says|wrote)$", "", lead.strip(" —–-|:,·"), flags=re.I)
        lead = _LEADING_NUMBER.sub("", lead)  # "+3 #1 Derek H": the votes and the comment's number
        if _name_like(lead):
            return lead
    return None


def _titled(el: etree._Element) -> bool:
    """Whether a class word names ``el`` a title (``S.TITLE_WORDS``), and none a writer's rank
    (Vanilla's "MItem RoleTitle": "Moderator")."""
    words = _classes(el)
    return any(S.TITLE_WORDS.search(t) for t in words) and not any(S.RANK_WORDS.search(t) for t in words)


def _declared_iso(date_el: etree._Element | None, posted: str | None) -> str | None:
    """The date the comment's date element declares in an attribute: ``<time datetime>`` (ISO),
    or a ``title`` that holds a full date (Disqus: "10 years ago" shown, "Monday, March 3,
    2014 10:12 AM" in the title), on an element that shows the date. The shown text stays ``posted``."""
    if date_el is None or not posted:
        return None
    for el in date_el.iter():
        if not isinstance(el.tag, str):
            continue
        shown = _short_text(el)
        if posted not in shown or len(shown) > len(posted) + 20:
            continue  # another element's date: Slashdot's "Journal" link beside the comment's date
        if (declared := el.get("datetime")) and (iso := machine_iso(declared)):
            return iso
        title = " ".join((el.get("title") or "").split())
        if title and len(title) <= 60 and _DATE_RE.search(title):
            # a numeric day and month that both orders fit is left to the page's order (``page_dates``)
            read = {to_iso(title, dayfirst=True), to_iso(title, dayfirst=False)}
            if iso := machine_iso(title) or (read.pop() if len(read) == 1 else None):
                return iso
    return None


# Slashdot's moderation score after a comment's title, "Not me! ( Score: 2 , Funny)": chrome, not title
_SCORE = re.compile(r"\s*\(\s*Score:\s*-?\d+\s*(?:,\s*[^()]{1,24})?\)\s*$", re.I)


HEADER_LINE_WORDS = 3
_COUNT = re.compile(r"^[+\-−(]?[\d۰-۹٠-٩]+\)?$")


def _chrome_line(line: str) -> bool:
    """A line of buttons: one (``S.CHROME_TEXT``), or buttons and counts side by side ("پاسخ ۱۲ ۳",
    a reply link then like and dislike counters; "Reply 0 likes Show 2 more replies"), with at
    least one button. Lines of more than ``CHROME_LINE_WORDS`` words are text."""
    if S.CHROME_TEXT.match(line):
        return True
    words = line.split()
    if not 1 < len(words) <= CHROME_LINE_WORDS:
        return False
    # covered[i]: words[i:] is a run of buttons and counts, and whether a button is among them
    covered: list[tuple[bool, bool]] = [(False, False)] * len(words) + [(True, False)]
    for i in range(len(words) - 1, -1, -1):
        for j in range(i + 1, min(i + CHROME_PHRASE_WORDS, len(words)) + 1):
            phrase = " ".join(words[i:j])
            count = j == i + 1 and _COUNT.match(phrase) is not None
            if covered[j][0] and (count or S.CHROME_TEXT.match(phrase)):
                covered[i] = (True, covered[j][1] or not count)
                if covered[i][1]:
                    break
    return covered[0] == (True, True)


CHROME_LINE_WORDS = 12
CHROME_PHRASE_WORDS = 5


def _header_line(line: str, author: str | None, posted: str | None) -> bool:
    """Whether ``line`` is the comment's header: its author and date with at most a few words
    around them (phpBB's "Post by NAME » DATE", the "Post" a screen reader's)."""
    if not (author and posted and author in line and posted in line):
        return False
    return len(line.replace(posted, " ").replace(author, " ").split()) <= HEADER_LINE_WORDS


def _labels(line: str, author: str | None) -> bool:
    """Whether ``line`` only gives the author, under a label or "by" ("Name: Linda")."""
    m = _BY_ONLY.match(line) if author else None
    return m is not None and m.group(1).strip() == author


def _by_line(texts: list[str], dated: bool = False) -> str | None:
    """The name in a "Posted by: NAME at DATE" line, else in a "by NAME" line, else in a "posted
    on DATE by NAME" line; the innermost (shortest) such line, as a box holding "by NAME" holds
    more than the name. ``dated``: only the lines that show a date with the name."""
    texts = [t for t in texts if len(t) <= 120]
    for pattern in (_BY_NAME, _DATE_BY_NAME) if dated else (_BY_NAME, _BY_ONLY, _DATE_BY_NAME):
        # (the line says it is a name: one may end as a sentence does, "NolesStat!", "TheCloser...", or
        # in the writer's user number, Slashdot's "by No Tears In The End (452319)", which made it a word too long;
        # between "by" and the date, a name may have more words: "Posted by: No Dummy, But Not An SSL Expert at DATE")
        words = 5 if pattern is _BY_ONLY else BY_DATE_NAME_WORDS
        names = [m.group(1) for m in map(pattern.match, texts)
                 if m and _name_like(_USER_NUMBER.sub("", m.group(1)).rstrip(".!?…"), words)]
        if names:
            return min(names, key=len)
    return None


BY_DATE_NAME_WORDS = 8  # the _BY_NAME and _DATE_BY_NAME groups are at most 39 characters anyway
_USER_NUMBER = re.compile(r"\s*\(\d+\)$")


def _dd_of(el: etree._Element) -> etree._Element | None:
    """The ``<dd>`` after a ``<dt>``: in a ``<dl>`` thread the two make one comment."""
    follower = el.getnext() if el.tag == "dt" else None
    return follower if follower is not None and follower.tag == "dd" else None


def _later_dds(el: etree._Element) -> list[etree._Element]:
    """The ``<dd>`` boxes after a ``<dt>`` comment's text box, up to the next ``<dt>``: Blogger's
    ``dd.comment-footer`` holds the comment's timestamp link there."""
    first = _dd_of(el)
    out = []
    node = first.getnext() if first is not None else None
    while node is not None and node.tag == "dd":
        out.append(node)
        node = node.getnext()
    return out


def _dt_of(item: etree._Element, items: list[etree._Element]) -> etree._Element | None:
    """The ``<dt>`` before a ``<dd>`` comment, when the comment was found by its ``<dd>``: the
    ``<dt>`` names author and date ("2. Pete - 20 August, 2011"); or a dated header box right
    before the comment, outside it, that its class names a comment's header (bbPress's
    ``div.bbp-reply-header`` before each ``div#post-4337``: "July 18, 2012 at 12:37 pm #4337").
    The date was not read, and the header stayed with the page."""
    header = item.getprevious()
    if header is None or header in items or not isinstance(header.tag, str):
        return None
    if item.tag == "dd":
        return header if header.tag == "dt" else None
    named = any(S.COMMENT_WORDS.search(t) and _HEADER_PART.search(t) for t in _classes(header))
    return header if named and len(_short_text(header)) <= 120 and _comment_date(_short_text(header)) else None


def _footer_of(item: etree._Element, items: list[etree._Element]) -> etree._Element | None:
    """A "Posted by: NAME at DATE" line right after the comment, outside its box (Movable Type
    puts ``p.posted`` after each ``div#comments``): it names the comment above it."""
    footer = item.getnext()
    if footer is None or footer in items or not isinstance(footer.tag, str):
        return None
    text = _short_text(footer)
    return footer if len(text) <= 120 and _BY_NAME.match(text) else None


def _own_iter(item: etree._Element, nested: frozenset) -> Iterable[etree._Element]:
    stack = [item]
    while stack:
        node = stack.pop()
        if node in nested or not isinstance(node.tag, str):
            continue
        yield node
        stack.extend(reversed(list(node)))


def _name_like(text: str, words: int = 5) -> bool:
    """A short text that may be a name. ``words``: at most so many (a line that says where the name
    is, "Posted by: NAME at DATE", allows more)."""
    return (0 < len(text) <= 40 and _LETTER.search(text) is not None and len(text.split()) <= words and not _NUMBER.fullmatch(text) and not _URL.search(text)
            and not _DATE_RE.search(text) and not S.CHROME_TEXT.match(text) and not _CONNECTOR.match(text)
            and (not text.endswith((".", "!", "?", ":")) or bool(_INITIAL.search(text))))


_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")  # "Mita B.", "J.J." end in a full stop and are names
_ICONS = frozenset({"img"})


def _leafish(el: etree._Element) -> bool:
    """No child elements but icons: ``<a><img/>Chris</a>`` is a name as much as ``<a>Chris</a>``."""
    return all(child.tag in _ICONS for child in el)


def _author_like(el: etree._Element) -> bool:
    """An author-named element with a short text that is no count of the writer's ("1000 Fans",
    "23 followers" in ``div.author_fans``: "Fans" was read as the name)."""
    return _author_named(el) and 0 < len(text := _short_text(el)) <= 80 and not _A_COUNT.match(text)


_A_COUNT = re.compile(r"^[\d۰-۹][\d۰-۹,.]*\s*[kKmM]?\s+[^\W\d_]+$")


def _author_named(el: etree._Element) -> bool:
    words = _classes(el) + [el.get("itemprop", "")]
    if el.tag != "cite" and not any(S.AUTHOR_WORDS.search(w) for w in words if w):
        return False
    return not any(re.search(r"avatar|photo|img|homepage|website|journal", w, re.I) for w in words)


def _author_field(el: etree._Element) -> etree._Element | None:
    """``el`` when it is a comment's author field; or the linked name inside a longer author box
    ("HUFFPOST SUPER USER", the name's link, a bio line and "1000 Fans" in ``div.author_name``):
    such a box was passed over for being long, and the next author-named element, the fan count,
    gave "Fans" as the name. Not when the box holds an author field of its own (a by-line,
    "<span class=author>Dimitri</span> replied to <a>comment from D. Parsons</a>"): that one is read."""
    if not _author_named(el):
        return None
    if len(text := _short_text(el)) <= 80:
        return el if text else None
    if any(_author_like(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
        return None
    return next((a for a in el.iter("a") if _leafish(a) and _name_like(_short_text(a))), None)


def _clean_author(text: str, posted: str | None = None) -> str | None:
    """The name alone from an author field that may also hold the date, "says:", a user number
    or a reply link: "57 Mary Says: November 8th, 2012 at 1:50 pm", "B.R. | November 9, 2012 | Reply"."""
    dated = bool(posted and len(posted) >= 6 and posted in text)
    if dated:
        text = text.replace(posted, " ")
    text = " ".join(w for w in text.split() if not _URL.match(w))  # "http://facebook.com/a.minca Andrei Minca"
    if dated:  # "Mary on", "Sam at": the word that led into the date taken out
        text = re.sub(r"\s+(?:on|at|@)$", "", text, flags=re.I)
    if _NOT_A_NAME.match(text.strip(" :-—–|")):  # "Leave a Reply" whole, before its "Reply" is taken as a link
        return None
    text = re.sub(r"(?:\s*\|)?\s*reply\s*$", "", text, flags=re.I).strip(" |")
    text = re.sub(rf"\s*{S.SAYS}\s*(?:[:,]|\.{{3}}|…)?\s*$", "", text, flags=re.I)
    # Persian: "توسط" (by), "نوشته شده توسط" / "نوشته‌ی" (written by), "به قلم" (by the pen of), "نویسنده:" (author)
    text = re.sub(r"^(?:by|posted by|submitted by|written by|comment from"
                  r"|(?:نوشته[\s\u200c]?(?:شده|ی)\s+)?(?:توسط|به[\s\u200c]قلم)|نوشته[\s\u200c]?ی|نویسنده)(?:\s*:)?\s+", "", text, flags=re.I)
    text = re.sub(rf"^{S.NAME_LABELS}\s*:\s*", "", text, flags=re.I)
    text = re.sub(r"\s+on\s+.*$", "", text) if " on " in text else text
    # "(not verified)", a user number, Slashdot's "(92797) *" (a subscriber) and "(630) < name@example.net >"
    text = re.sub(r"\s*\((?:not verified|\d+)\)(?:\s*\*)?(?:\s*<[^<>]*@[^<>]*>)?\s*$", "", text, flags=re.I)
    if posted:  # "57 Mary …": a comment's number before its name, once the date showed it was a header
        text = _LEADING_NUMBER.sub("", text)
    text = _COUNTERS.sub("", text)  # "+1 #2 Mary": votes and a number in "#", never a name's start
    text = text.strip(" :-—–|")
    return text if _LETTER.search(text) and not _NOT_A_NAME.match(text) else None


# What a comment header leaves on its own line once its name and date are taken: the comment's
# number ("12", "#3"), or the "|", "#" or "on" that stood between them
_HEADER_LEFTOVER = re.compile(r"^(?:#?\d{1,4}\.?|[|#·•]|on|at|by)$", re.I)
# What Blogger's older footer leaves once its name link is taken: "# posted by : 11:58 AM"
_FOOTER_LEFTOVER = re.compile(r"^[#|·•]?\s*(?:posted|submitted|written)\s+by\s*:?\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?$", re.I)
# Link and form texts that templates put where the name goes
_NOT_A_NAME = re.compile(r"^(?:reply(?: to this)?|leave a (?:comment|reply)|permalink|parent|report(?: abuse)?)$", re.I)


def _comment_date(text: str) -> re.Match | None:
    """The first date in ``text`` that is no profile's ("Joined: 12 Mar 2005", beside a forum
    poster's name, says when they signed up, not when they wrote)."""
    return next((m for m in _DATE_RE.finditer(text) if not S.PROFILE_DATE_LABEL.search(text[:m.start()])), None)


def _profile_date(el: etree._Element, date: str) -> bool:
    """Whether ``date`` follows a profile label in ``el``'s whole text ("Joined: DATE", the label
    in a <strong> of its own)."""
    whole = _short_text(el)
    at = whole.find(date)
    return at >= 0 and S.PROFILE_DATE_LABEL.search(whole[:at]) is not None


def _date(own: list[etree._Element]) -> tuple[str | None, etree._Element | None]:
    for el in own:
        if el.tag == "time":
            shown = _short_text(el)
            return (shown or el.get("datetime")), el
    named = [el for el in own if any(S.DATE_WORDS.search(t) for t in _classes(el) + [el.get("itemprop", "")])]
    for el in named:
        shown = _short_text(el)
        m = _comment_date(shown) if len(shown) <= 120 else None  # the length first: a cheaper test
        if m:
            # A short comment's "comment-meta" box ("meta" is a date word) may hold its text box
            # too ("comment-body"): the date is then the date-named element inside, or the text
            # went with the date. A box of the header alone ("NAME — DATE | Permalink") stays the
            # date's field, its other words no part of the text.
            inner = next((d for d in named if d is not el and el in d.iterancestors()
                          and (n := _comment_date(_short_text(d))) and n.group(0) == m.group(0)), None)
            holds_text = inner is not None and any(
                _text_box_words(d.get("class", ""), d.get("id", ""), d.get("itemprop", ""))
                for d in el.iterdescendants() if isinstance(d.tag, str) and inner not in (d, *d.iterancestors())
                and d not in inner.iterancestors())
            return _with_time(shown, m), inner if holds_text else el
    if clock := _clock_field(named):
        return clock
    for el in own:
        if len(el) == 0:
            shown = _short_text(el)
            # (a longer leaf when it is a "posted on DATE by NAME" footer: the name made it long)
            m = _comment_date(shown) if len(shown) <= 60 or _DATE_BY_NAME.match(shown) else None
            if m and not _sentence_around(shown, m.group(0)):
                return _with_time(shown, m), el
    for el in own:  # a date in an element's own text, beside a link (a permalink, a comment number)
        shown = " ".join((el.text or "").split())
        m = _comment_date(shown) if len(shown) <= 60 else None
        # (or a labelled one: phpBB's "Posted: DATE Post subject: …" runs on with the subject)
        if m and _profile_date(el, m.group(0)):
            continue  # "<dd><strong>Joined:</strong> Sat Mar 12, 2005</dd>": the label in a child
        if m and (el is own[0] or len(_short_text(el)) <= 80 or S.DATE_LABEL.match(shown[:m.start()])):
            # The box's own text ("<li>Kate on October 23rd, 2012 1:38 pm <div>…"): a header
            # line, not an element to leave out of the comment's text.
            return m.group(0).strip(), (None if el is own[0] else el)
    for el in own[1:]:  # or after one: "by <a>randallbrink</a> July 24, 2012 11:45 PM EDT"
        shown = " ".join((el.tail or "").split())
        m = _comment_date(shown) if len(shown) <= 60 else None
        if m and not S.PROFILE_DATE_LABEL.search(_short_text(el)):  # not "<strong>Joined:</strong> DATE"
            return m.group(0).strip(), None
    for el in own[1:]:  # a time alone after the name's link: Blogger's "posted by <a>Joe</a> : 11:58 AM"
        shown = _CLOCK_AFTER_NAME.sub("", " ".join((el.tail or "").split()))
        if el.tag == "a" and len(shown) <= 12 and CLOCK_LINE.match(shown):
            return shown, None
    return None, None


_CLOCK_AFTER_NAME = re.compile(r"^[:|@–—-]?\s*(?:at\s+)?", re.I)


def _with_time(shown: str, m: re.Match) -> str:
    """The date ``m`` found in ``shown``, with the time after a bar when one follows ("Nov 06 2012 |
    1:23 pm", Android Central's): the time was cut off, and the comment dated to the day only."""
    tail = _TIME_AFTER_BAR.match(shown, m.end())
    return shown[m.start():tail.end() if tail else m.end()].strip()


_TIME_AFTER_BAR = re.compile(r"\s*\|\s*[0-9۰-۹]{1,2}:[0-9۰-۹]{2}(?:\s*[ap]\.?m\.?)?(?![\w:])", re.I)


def _clock_field(named: list[etree._Element]) -> tuple[str, etree._Element] | None:
    """A time of day alone ("7:28 PM") in an element a date word names (Blogger's
    ``span.comment-timestamp`` in the ``dd.comment-footer`` after the text): the date the comment
    shows, its day and year then in its permalink (``_permalink_time``). It was read as no date,
    and the comment went undated although its permalink said when it was written."""
    for el in named:
        shown = _short_text(el)
        if len(shown) <= 12 and CLOCK_LINE.match(shown):
            return shown, el
    return None


def _sentence_around(shown: str, date: str) -> bool:
    """Whether a short leaf naming ``date`` is a sentence of the comment's text, not its header:
    it ends as a sentence does and the date is under half of it ("Thing is, it looks like we'll
    make it to 1/1/2013."). Such a paragraph was read as the comment's date and left out of its text."""
    return shown.rstrip().endswith((".", "!", "?", "؟")) and len(shown) > 2 * len(date.strip()) + 10


def _text_field(own: list[etree._Element], item: etree._Element, nested: frozenset,
                fields: list[etree._Element], date_el: etree._Element | None = None) -> etree._Element:
    """The item's text box: a content-like element that does not also hold the author or date,
    but for a date of its own at the box's start (``div.comment-body`` opening with
    ``div.comment-time``), which is then left out of the text. Such a box was passed over for the
    whole comment, and the writer's bio line, follower count and buttons beside the name were
    read as the comment's first and last lines."""
    best, best_len = item, 0
    # Each field's ancestors once, not once per element of the item; the boxes the date opens are
    # not counted as holding it.
    field_ancestors = [(f, set(f.iterancestors()) - (_opened_by(f) if f is date_el else set())) for f in fields]
    for el in own:
        if el is item or not _text_box_words(el.get("class", ""), el.get("id", ""), el.get("itemprop", "")):
            continue
        ancestors = set(el.iterancestors())
        if any(el is f or el in above_f or f in ancestors for f, above_f in field_ancestors):
            continue  # it holds a field or is inside one
        n = len(block_text(el, nested))
        if n > best_len:
            best, best_len = el, n
    return best


def _opened_by(el: etree._Element) -> set[etree._Element]:
    """The ancestors that ``el`` opens: ``el`` (or the ancestor it opens) their first child
    element, with no text before it."""
    out = set()
    while (parent := el.getparent()) is not None and not (parent.text or "").strip() \
            and next((c for c in parent if isinstance(c.tag, str)), None) is el:
        out.add(parent)
        el = parent
    return out


@lru_cache(maxsize=1 << 16)
def _text_box_words(class_: str, id_: str, itemprop: str) -> bool:
    """A word naming a text box (``S.TEXT_WORDS``) that does not name an author ("comment-text", not
    "comment-author-name"), cached on the attribute strings."""
    words = [*(class_ + " " + id_).split(), itemprop]
    return any(S.TEXT_WORDS.search(w) and not S.AUTHOR_WORDS.search(w) for w in words if w)


# ---------------------------------------------------------------- articles

def _drop_empty_comment_containers(root: etree._Element) -> None:
    removed: set[etree._Element] = set()
    for el in _named(root):
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        if _comment_section_words(el.get("class", ""), el.get("id", "")) and not _removed_above(el, removed):
            text = _short_text(el)
            if len(text) < 300 or S.says_no_comments(text):
                _remove(el)
                removed.add(el)


@lru_cache(maxsize=1 << 16)
def _comment_section_words(class_: str, id_: str) -> bool:
    """A class or id word about comments (``S.COMMENT_WORDS``: the thread, an item or a part)."""
    return any(S.COMMENT_WORDS.search(t) for t in (class_ + " " + id_).split())


def extract_articles(root: etree._Element, title: str | None, learned: bool = True) -> list[Article]:
    """One article per separate ``<article>`` (a list of posts), else the page's one article.

    With ``learned`` the article block model (``article_model.py``) chooses the text blocks of the
    one article around the densest container; title, byline and date still come from the rules.
    """
    with _unchanging():  # choosing and reading the article changes nothing in the tree
        return _extract_articles(root, title, learned)


def _extract_articles(root: etree._Element, title: str | None, learned: bool) -> list[Article]:
    body = _body(root)
    separate = _separate_articles(body)
    if len(separate) >= 2:
        return [_article_from(a, None) for a in separate]
    best = _densest(body)
    article = _article_from(best, title)
    if learned:
        text = _learned_text(body, best, article.title)
        if text is not None:
            article.text = text
    return [article]


def _body(root: etree._Element) -> etree._Element:
    body = root.find("body")
    return body if body is not None else root


def _separate_articles(body: etree._Element) -> list[etree._Element]:
    separate = [a for a in body.iter("article") if not any(x.tag == "article" for x in a.iterancestors())]
    return [a for a in separate if _paragraph_chars(a) >= 150 and a.find(".//h1") is not None
            or a.find(".//h2") is not None]


def _learned_text(body: etree._Element, best: etree._Element, title: str | None) -> str | None:
    """The blocks the model keeps, in page order, without the title line; None (keep the rules'
    text) when the page has no text block at all."""
    from .article_model import block_words, chains, features, page_blocks, shipped_model

    model = shipped_model()
    blocks = page_blocks(body)
    if not blocks:
        return None
    texts = [b.text for b in blocks]
    x = features(blocks, best, title)
    p = model.probabilities(x, block_words(texts), chains(blocks))
    return choose_lines(texts, p, model.cuts(x), title)


def choose_lines(texts: list[str], p, cuts, title: str | None) -> str | None:
    """The lines whose probability reaches their cut; on a page where none does, those within
    ``FALLBACK_SHARE`` of the best one (a page has an article, and the blocks the model likes
    most measured better there than the rules' container); None when the page has no text."""
    lines = [t for t, q, c in zip(texts, p, cuts) if q >= c and t != title]
    if not lines and len(texts):
        top = float(max(p))
        lines = [t for t, q in zip(texts, p) if q >= FALLBACK_SHARE * top and t != title]
    return "\n".join(lines) if lines else None


FALLBACK_SHARE = 0.5


def _paragraph_chars(el: etree._Element) -> int:
    return sum(len(_short_text(p)) for p in el.iter("p"))


def _densest(body: etree._Element) -> etree._Element:
    """The container with the most paragraph text (each paragraph counts fully for its parent, half above)."""
    scores: dict[etree._Element, float] = defaultdict(float)
    for p in body.iter("p", "pre", "blockquote"):
        _score_paragraph(scores, p.getparent(), len(_short_text(p)))
    # A post written with <br> only (Blogger's classic template closes its <p> at the first <div>):
    # each line between the breaks is a paragraph of the element that holds it, in a marked article
    # body (div.post-body), where such lines outweigh the paragraphs by far. Elsewhere the
    # paragraphs' container is kept, the one the article model learnt from: taking the lines
    # everywhere cost 0.2 article F1 on the dragnet fit pages (link lists in <br> lines won).
    broken: dict[etree._Element, float] = defaultdict(float)
    for holder in dict.fromkeys(br.getparent() for br in body.iter("br")):
        if (holder is not None and holder.tag not in ("p", "pre", "blockquote")
                and any(_marked_body(el) for el in (holder, *holder.iterancestors()))):
            for n in _broken_lines(holder):
                _score_paragraph(broken, holder, n)
    if broken and max(broken.values()) > BROKEN_OVER_PARAGRAPHS * max(scores.values(), default=0):
        scores = broken
    if not scores:
        return body
    return max(scores, key=scores.get)


BROKEN_OVER_PARAGRAPHS = 2


def _score_paragraph(scores: dict[etree._Element, float], parent: etree._Element | None, n: int) -> None:
    """A paragraph of ``n`` characters counts fully for its parent and half for the parent's parent;
    under 25 characters (a caption, a date) it does not count."""
    if n < 25 or parent is None:
        return
    scores[parent] += n
    grand = parent.getparent()
    if grand is not None:
        scores[grand] += n / 2


def _marked_body(el: etree._Element) -> bool:
    """An element marked as an article body (``S.CONTENT_CLASSES``, ``S.CONTENT_ITEMPROPS``)."""
    return el.get("itemprop") in S.CONTENT_ITEMPROPS or _content_class(el.get("class", ""))


def _broken_lines(holder: etree._Element) -> list[int]:
    """The lengths of the lines of text ``holder`` holds itself, between its ``<br>`` and block
    children (inline children's text is part of a line)."""
    lengths, line = [], [holder.text or ""]
    for child in holder:
        if not isinstance(child.tag, str) or child.tag in _BLOCK:
            lengths.append(len(" ".join("".join(line).split())))
            line = []
        else:
            line.append(_short_text(child))
        line.append(child.tail or "")
    lengths.append(len(" ".join("".join(line).split())))
    return lengths


# hAtom's entry-title and the post-title of WordPress and Blogger themes: the post's own heading,
# often an h2 or h3 under the blog's name in an h1
_TITLE_CLASS = re.compile(r"^(?:entry|post|article|story)[-_]?title$|^headline$", re.I)


def _titled_heading(node: etree._Element) -> etree._Element | None:
    return next((h for h in node.iter("h1", "h2", "h3")
                 if any(_TITLE_CLASS.match(c) for c in _classes(h)) and _short_text(h)), None)


def _article_from(el: etree._Element, fallback_title: str | None) -> Article:
    heading = _titled_heading(el)  # a blog's name in an h1 may share the container with the post
    if heading is None:
        heading = el.find(".//h1")
    node = el
    while heading is None and node is not None:  # the nearest: the post's titled heading before the blog's h1
        heading = _titled_heading(node)
        if heading is None and node is not el:
            heading = node.find(".//h1")
        node = node.getparent()
    title = _short_text(heading) if heading is not None else fallback_title
    if title is None:
        h = el.find(".//h2")
        title = _short_text(h) if h is not None else None
    title = _post_title_beside_site_name(el, heading) or title
    text = block_text(el)
    lines = [line for line in text.split("\n") if line != title]
    scope = el.getparent() if el.getparent() is not None else el
    byline, shown = _byline(scope)
    posted = _published(scope) or shown
    declared = None if posted else _declared_date(scope)
    if not (posted or declared):
        posted = _dateline(*_lines_with_title(scope, title))
    return Article(title or None, "\n".join(lines), byline, posted, declared)


DATELINE_LINES = 8  # lines read after the title: the byline and date come before the story
DATELINE_CHARS = 120  # a longer line is the story's, which may name any date
DATELINE_ABOVE = 2  # lines read right above the title
DATELINE_OTHER_WORDS = 10  # "Date: … | Category: Tips & Advice | Author: Mary Boone" leaves 8
_FULL_DATE = re.compile(r"\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")  # a year: "November 12th" alone is no day


TITLE_LEVELS = 4  # how far above the article's container its title may be


def _lines_with_title(scope: etree._Element, title: str | None) -> tuple[list[str], str | None]:
    """The text lines of ``scope``, or of its nearest ancestor (up to ``TITLE_LEVELS``, below
    <body>) that shows the title, and the title as shown: a post's title and dateline often sit
    in a header beside the container of its paragraphs. Where no heading gave the title, it is
    the head's <title>, of which the page shows the post's part ("POST | Site | Network")."""
    shown = [title, *sorted((p for p in _TITLE_SEPARATOR.split(title) if len(p.split()) >= TITLE_PART_WORDS),
                            key=len, reverse=True)] if title else []
    node: etree._Element | None = scope
    for _ in range(TITLE_LEVELS + 1):
        if node is None or node.tag in ("body", "html"):
            break
        lines = block_text(node).split("\n")
        if found := next((t for t in shown if t in lines), None):
            return lines, found
        node = node.getparent()
    return block_text(scope).split("\n"), title


TITLE_PART_WORDS = 3  # a part of the head's <title> shorter than this ("Home", "Big Think") names the site


def _dateline(lines: list[str], title: str | None) -> str | None:
    """The date a short line beside the title shows, when no element is named for it and the head
    declares none: many templates print "October 29, 2012 at 10:45 am by Todd Bishop" or
    "Date: November 5, 2012 | Category: …" in a plain <p> or <div>. The lines after the title
    (from the top when the title is not among them) are read up to the story's first long
    paragraph, then the two right above the title ("24 July 2012 / Last updated at 07:12 ET").
    A line must be mostly its date, and the date must carry its year: a relative "3 days ago"
    counts from a crawl day we do not know."""
    start = lines.index(title) + 1 if title in lines else 0
    after = list(takewhile(lambda line: len(line) <= DATELINE_CHARS, lines[start:start + DATELINE_LINES]))
    before = lines[max(start - 1 - DATELINE_ABOVE, 0):max(start - 1, 0)][::-1] if title in lines else []
    for line in after + before:
        m = _DATE_RE.search(line)
        if m and _FULL_DATE.search(m.group(0)) and not S.PROFILE_DATE_LABEL.search(line[:m.start()]) \
                and len((line[:m.start()] + " " + line[m.end():]).split()) <= DATELINE_OTHER_WORDS:
            return m.group(0).strip(" ,")
    return None


# Between a site's name and a post's title in the head's <title>: "POST : subreddit", "Blog: Post"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|:–—»·]|::)\s+|:\s+")


def _post_title_beside_site_name(el: etree._Element, heading: etree._Element | None) -> str | None:
    """The post's title when the heading taken is the site's name: the head's <title> names both
    ("Our city got bike lanes : urbanplanning", "Knitting Notes: The blue scarf"), and the other
    part is the text of an element nearer the article than the heading (old reddit's
    ``p.title > a.title`` beside the post; the subreddit's h1 in the sidebar). None when the
    heading is no part of the head's title, or the other part is not shown nearer."""
    root = el.getroottree().getroot()
    head = root.find(".//head/title")
    if heading is None or head is None:
        return None
    title = _short_text(heading).casefold()
    parts = _TITLE_SEPARATOR.split(_short_text(head), maxsplit=1)
    if len(parts) != 2 or title not in (parts[0].casefold(), parts[1].casefold()):
        return None
    other = parts[1] if title == parts[0].casefold() else parts[0]
    depth = {a: d for d, a in enumerate(reversed([el, *el.iterancestors()]))}
    near = _meeting_depth(heading, depth)
    shown = next((x for x in _body(root).iter() if isinstance(x.tag, str) and len(x) <= 1
                  and _short_text(x) == other and _own_line(x) and _meeting_depth(x, depth) > near), None)
    return other if shown is not None else None


def _own_line(x: etree._Element) -> bool:
    """Whether ``x`` is a line of its own: its nearest block holds no other text (a film's name in
    <em> inside the story's paragraph is no heading)."""
    block = next((a for a in (x, *x.iterancestors()) if a.tag in _BLOCK), x)
    return _short_text(block) == _short_text(x)


def _meeting_depth(x: etree._Element, depth: dict[etree._Element, int]) -> int:
    """How deep ``x`` meets the article's line of ancestors (``depth``): the deeper, the nearer."""
    return next((depth[a] for a in (x, *x.iterancestors()) if a in depth), -1)


# what leads from the name into the date: "posted", "on", a weekday; alone ("Posted on …"), no name is left
_BYLINE_TAIL = re.compile(r"(?:^|[\s,/|·•–—-]+)(?:posted(?:\s+on)?|on|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
                          r"(?:day)?\.?)?[\s,]*$", re.I)
_BY_AFTER = re.compile(r"^[\s,|·-]*by:?\s+(\S.{0,60})$", re.I)


def _split_byline(byline: str, date: re.Match) -> tuple[str | None, str]:
    """(name, date) from a byline that also shows the date: "Chris Matyszczyk July 24, 2012 8:10 AM
    PDT", "LordZB | November 9, 2012", "November 12, 2012 by Sam Laird", "Jon Fingas posted Nov 13th"."""
    before, after = byline[:date.start()], byline[date.end():]
    by = _BY_AFTER.match(after)
    name = by.group(1) if by else _BYLINE_TAIL.sub("", before)
    name = _clean_author(name) if _LETTER.search(re.sub(r"\b[ap]\.?m\.?\b", "", name, flags=re.I)) else None
    return name, date.group(0).strip(" ,")


BYLINE_NAME_CHARS = 60
_META_CLASS = re.compile(r"^(?:(?:post|entry|story|article|news)[-_]?meta|submitted)$", re.I)


def _byline(scope: etree._Element) -> tuple[str | None, str | None]:
    """The article's author and the date its byline shows: schema.org/rel markup first, then a
    byline-named element."""
    date = None
    for el in scope.iter():
        if not isinstance(el.tag, str):
            continue
        marked = el.get("itemprop") == "author" or "author" in (el.get("rel") or "").split()
        named = any(re.search(r"byline|^author$|post-author|entry-author|article-author", t, re.I)
                    for t in _classes(el))
        if not (marked or named):
            # a post's meta line (WordPress's and Blogger's "post-meta", Drupal's "submitted") shows
            # the date; its name is too often "Published", "Filed under: …" or a headline to take
            if date is None and any(_META_CLASS.match(t) for t in _classes(el)):
                shown = _short_text(el)
                if len(shown) <= 160 and (m := _DATE_RE.search(shown)):
                    date = _split_byline(shown, m)[1]
            continue
        shown = _short_text(el)
        if (m := _DATE_RE.search(shown)) and len(shown) <= 160:
            # the date first, before the name is cleaned: "By Sam Laird on November 12, 2012"
            name, found = _split_byline(shown, m)
            date = date or found
            if name and len(name) > BYLINE_NAME_CHARS:
                name = None  # a dateline or a job title came with it: another element may name the author
        else:
            name = _clean_author(shown)
        if name and len(name) <= 80:
            return name, date
    return None, date


# Class words of the element that shows an article's date (hAtom's "published", WordPress's
# "entry-date", news CMSs' "dateline", "timestamp")
_DATE_CLASS = re.compile(r"^(?:published|entry-date|post-?date|pubdate|date|dateline|timestamp|byline-date|"
                         r"article-date|story-date|posted-on|meta-date|date-header|news-?date|news-?time|post-?time|"
                         r"entry-?time)$", re.I)
# Machine-readable publication dates in the head, most specific first
_DATE_META = ("article:published_time", "og:article:published_time", "datePublished", "DC.date.issued",
              "dcterms.created", "DC.date", "pubdate", "publishdate", "sailthru.date", "citation_date", "date")


def _published(scope: etree._Element) -> str | None:
    """The article's date as the page shows it: a <time>, or an element named for the date; else a
    date header just above the post (Blogger heads each day's posts with ``h2.date-header``)."""
    time_el = scope.find(".//time")
    if time_el is not None:
        return _short_text(time_el) or time_el.get("datetime")
    return next(filter(None, map(_named_date, scope.iter())), None) or _date_header_above(scope)


def _named_date(el: etree._Element) -> str | None:
    """The date an element named for a date (``_DATE_CLASS``) shows or holds in its title."""
    if not isinstance(el.tag, str) or not any(_DATE_CLASS.match(c) for c in _classes(el)):
        return None
    shown = _short_text(el) if len(_short_text(el)) <= 80 else ""
    m = _DATE_RE.search(shown) or _DATE_RE.search(el.get("title") or "")
    return m.group(0).strip(" ,") if m else None


DATE_HEADER_LEVELS = 6


def _date_header_above(scope: etree._Element) -> str | None:
    """The date of a date-named heading right before ``scope`` or one of its nearest ancestors
    (the next element up, past empty anchors): a day's header over the posts below it."""
    node: etree._Element | None = scope
    for _ in range(DATE_HEADER_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return None
        before = next((sib for sib in node.itersiblings(preceding=True)
                       if isinstance(sib.tag, str) and _short_text(sib)), None)
        if before is not None and before.tag in S.HEADING_TAGS:  # a page header's "today is …" is no post's date
            date = next(filter(None, map(_named_date, before.iter())), None)
            if date:
                return date
        node = node.getparent()
    return None


def _declared_date(scope: etree._Element) -> str | None:
    """The publication date the page's head declares (Open Graph, schema.org, Dublin Core…): not
    shown text, so it goes to ``posted_iso`` only, when it parses."""
    root = scope.getroottree().getroot()
    metas = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        if key and meta.get("content") and key.lower() not in metas:
            metas[key.lower()] = meta.get("content").strip()
    declared = next((metas[key.lower()] for key in _DATE_META if metas.get(key.lower())), None)
    return (to_iso(declared) if declared else None) or _url_date(root, metas.get("og:url"))


# A permalink's day: "/2012/07/21/", as WordPress and most news sites write their posts' addresses
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?!\d)")


def _url_date(root: etree._Element, og_url: str | None) -> str | None:
    """The day in the page's own address (its canonical link or Open Graph URL), when the head
    declares no date: a post's permalink names the day it went up. On the dragnet pages that show
    or declare a date as well, the two are the same day on 116 of 133, a day apart (time zones)
    on 9; most of the other 8 show a crawl-day time, not the post's."""
    urls = [link.get("href") for link in root.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    return next(filter(None, map(day_in_url, filter(None, [*urls, og_url]))), None)


def day_in_url(url: str) -> str | None:
    """ISO day of a permalink's "/2012/07/21/", or None (no such path, or no such day: 2012/02/30)."""
    if m := _URL_DAY.search(url):
        try:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return None
