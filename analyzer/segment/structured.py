"""Comments that pages declare as data: JSON-LD, microdata and RDFa ``Comment`` objects.

Checked before any heuristic: when a page says what its comments are, we take
its word (trafilatura does the same with schema.org metadata for articles).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..records import Comment
from . import selectors as S

_COMMENT_TYPES = {"comment", "answer", "discussionforumposting"}


_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting", "posting"}


_LD_JSON = "//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]"
# Also plain JSON data blocks (a page's state, ``<script type="application/json">``): parsed as
# data, never run; only the schema.org ``Comment`` objects in them are read.
_ANY_JSON = _LD_JSON + " | //script[translate(normalize-space(@type),'JSON','json')='application/json']"


def _jsonld(root: etree._Element, xpath: str = _LD_JSON) -> Iterator[Any]:
    for script in root.xpath(xpath):
        try:
            yield json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue


def jsonld_comments(root: etree._Element) -> list[Comment]:
    """Comments typed ``Comment``/``Answer``/``DiscussionForumPosting`` in JSON-LD or in a JSON data
    block, replies nested under their parents."""
    out: list[Comment] = []
    for data in _jsonld(root, _ANY_JSON):
        for obj in _walk(data):
            if _types(obj) & _COMMENT_TYPES and obj.get("_seen") is None:
                _collect(obj, None, out)
    return out


def jsonld_published(root: etree._Element) -> str | None:
    """The ``datePublished`` of the page's first article object in JSON-LD: the head's declared
    date when no ``<meta>`` gives one (many sites declare it there only)."""
    for data in _jsonld(root):
        for obj in _walk(data):
            if _types(obj) & _ARTICLE_TYPES and isinstance(obj.get("datePublished"), str):
                return obj["datePublished"]
    return None


def _walk(data: Any) -> Iterator[dict]:
    """Every object in document order: the stack takes children reversed, so that the
    first comment of a list is read first (the thread's order is its reading order)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            children = [v for k, v in node.items() if k not in ("comment", "hasPart") or not _is_comment_list(v)]
            if "comment" in node and not (_types(node) & _COMMENT_TYPES):
                children += node["comment"] if isinstance(node["comment"], list) else [node["comment"]]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def _is_comment_list(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    return any(isinstance(i, dict) and _types(i) & _COMMENT_TYPES for i in items)


def _types(obj: dict) -> set[str]:
    t = obj.get("@type", [])
    return {x.lower() for x in ([t] if isinstance(t, str) else t) if isinstance(x, str)}


def _collect(obj: dict, parent: int | None, out: list[Comment]) -> None:
    obj["_seen"] = True
    text = obj.get("text") or obj.get("articleBody") or obj.get("description") or ""
    author = obj.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    posted = obj.get("dateCreated") or obj.get("datePublished")
    out.append(Comment(text=" ".join(str(text).split()), author=str(author) if author else None,
                       posted=str(posted) if posted else None, posted_iso=None,
                       title=obj.get("headline") or obj.get("name"), parent=parent))
    me = len(out) - 1
    replies = obj.get("comment") or []
    for reply in replies if isinstance(replies, list) else [replies]:
        if isinstance(reply, dict):
            _collect(reply, me, out)


def microdata_items(root: etree._Element) -> list[etree._Element]:
    """Elements typed as comments by microdata (itemtype) or RDFa (typeof)."""
    found = []
    # Only elements with an itemtype or a typeof can be typed: lxml finds those, not a Python loop.
    for el in root.xpath("descendant-or-self::*[@itemtype or @typeof]"):
        kind = (el.get("itemtype") or "") + " " + (el.get("typeof") or "")
        if S.SCHEMA_COMMENT.search(kind) or (el.get("typeof") or "").strip() in {"Comment", "sioc:Post"}:
            found.append(el)
    return found
