"""A learned model of which text blocks of a page belong to its article.

The rules in ``html.py`` pick one container, the one with the most paragraph text, and
take all of its text. That fails in known ways: a short photo post loses to a sidebar
bio with more paragraphs, a body split over sibling containers keeps one of them, text in
``<div>``/``<td>`` without ``<p>`` counts for nothing, and a container holding a teaser
list or a byline box brings those along. In the spirit of dragnet (Peters & Lecocq 2013)
this model scores every text block of the page (one line of ``block_text``: the run of
text between two block-level boundaries) with a logistic regression over its shape (length,
link density, tag, depth, punctuation and stop-word share), its place (position on the
page, inside / near / far from the rules' densest container, a heading before it) and the
class/id words around it (content words vs furniture words from ``selectors.py``), plus
the shape of its neighbours. The rules' choice stays the strongest signal; the model
decides which blocks inside it to leave out and which outside it to add.

The coefficients are plain JSON (``analyzer/resources/article/blocks.json``), loaded
once per process: never pickled, never rebuilt per call. ``analyzer train article``
rebuilds them from the dragnet fit pages (``article_train.py``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from lxml import etree

from . import selectors as S
from .model_file import ModelError, read_model  # noqa: F401 (ModelError is part of this module's API)

MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "article" / "blocks.json"
FORMAT = "analyzer.article.blocks/1"


_BLOCK = frozenset(S.BLOCK_TAGS)
_WORD = re.compile(r"\w+", re.U)
_UPPER_START = re.compile(r"\b[A-Z]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[.,;:!?،؛؟]")
_END = re.compile(r"[.!?\"'”’)؟]$")
_DATE_HINT = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
_BY = re.compile(r"^(?:posted\s+|written\s+)?by\b", re.I)
_CHROME = re.compile(r"\b(?:share|tweet|facebook|twitter|email|print|subscribe|related|tags?|filed|"
                     r"advertisement|sponsored|copyright|click|login|sign\s+up|read\s+more|more\s+from)\b", re.I)
# Short function words: running prose is full of them, menus and teaser titles are not.
STOP_WORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been it its this that these "
    "those he she they we you i his her their our your not no so if than then there which who what when "
    "has have had will would can could said".split())
# Tags with a one-hot feature of their own; any other block owner counts as "other".
TAGS = ("p", "div", "td", "li", "h1", "h2", "h3", "h4", "blockquote", "dd", "span", "section", "article", "body")

_BASE = (["log_chars", "log_words", "link_density", "stop_share", "punct_share", "upper_share", "digit_share",
          "ends_sentence", "date_hint", "by_line", "chrome_words"]
         + [f"tag_{t}" for t in TAGS] + ["tag_other", "in_p",
            "depth", "rel_depth", "position", "chars_before",
            "in_densest", "densest_is_parent", "above_densest", "distance", "log_distance",
            "content_class", "furniture_class", "comment_class", "in_article_tag", "in_list",
            "after_h1", "after_heading", "is_title_like"])
_CONTEXT = ["log_chars", "link_density", "in_densest", "stop_share", "furniture_class"]
# Page-level context: how much text there is, and how much of it the rules' container holds.
_PAGE = ["page_log_chars", "densest_share", "densest_log_chars"]
FEATURES: list[str] = (_BASE + [f"prev_{f}" for f in _CONTEXT] + [f"next_{f}" for f in _CONTEXT]
                       + [f"prev2_{f}" for f in _CONTEXT] + [f"next2_{f}" for f in _CONTEXT] + _PAGE)


@dataclass
class Block:
    """One line of a page's text, with the element it belongs to and how much of it is link text."""

    text: str
    owner: etree._Element
    link_chars: int
    flags: int  # class/id words around the block: bits of _F_* below


_F_CONTENT, _F_FURNITURE, _F_COMMENT, _F_ARTICLE, _F_LIST, _F_P = 1, 2, 4, 8, 16, 32


def _own_flags(el: etree._Element) -> int:
    """The class/id words and tag of one element as ``_F_*`` bits."""
    flags = _TAG_FLAGS.get(el.tag, 0)
    attrib = el.attrib
    if not attrib:  # most elements carry no attribute: skip the regular expressions
        return flags
    return flags | _word_flags(attrib.get("class", ""), attrib.get("id", ""), attrib.get("itemprop"))


@lru_cache(maxsize=1 << 16)
def _word_flags(class_: str, id_: str, itemprop: str | None) -> int:
    """The ``_F_*`` bits of an element's class, id and itemprop, cached: a page repeats the same
    few attribute values on many elements, and the regular expressions were a third of the cost."""
    flags = 0
    words = (class_ + " " + id_).split()
    if itemprop in S.CONTENT_ITEMPROPS or any(w in S.CONTENT_CLASSES or _CONTENT_WORD.search(w) for w in words):
        flags |= _F_CONTENT
    if any(S.furniture_word(w) for w in words):
        flags |= _F_FURNITURE
    if any(S.COMMENT_WORDS.search(w) for w in words):
        flags |= _F_COMMENT
    return flags


_TAG_FLAGS = {"article": _F_ARTICLE, "main": _F_ARTICLE, "ul": _F_LIST, "ol": _F_LIST, "dl": _F_LIST, "li": _F_LIST,
              "p": _F_P}
# Looser than ``S.CONTENT_CLASSES``: any class word naming a post or its text ("entry-wrap", "storytext").
_CONTENT_WORD = re.compile(r"(?:^|[-_])(?:content|entry|post|article|story|body|text)(?:$|[-_])", re.I)


def page_blocks(body: etree._Element) -> list[Block]:
    """The text of ``body`` cut where ``html.block_text`` cuts it into lines, each line kept with
    the block element that holds its first words, its link text and the class words around it."""
    blocks: list[Block] = []
    parts: list[str] = []
    link = [0]
    owner: list[etree._Element | None] = [None]
    owner_flags = [0]

    def flush() -> None:
        text = " ".join("".join(parts).split())
        if text and owner[0] is not None:
            blocks.append(Block(text, owner[0], min(link[0], len(text)), owner_flags[0]))
        parts.clear()
        link[0] = 0
        owner[0] = None

    def add(text: str, el: etree._Element, flags: int, in_link: bool) -> None:
        if not text:
            return
        if owner[0] is None and text.strip():
            owner[0], owner_flags[0] = el, flags
        parts.append(text)
        if in_link:
            link[0] += len(" ".join(text.split()))

    # (node, closing, owner block element, inherited flags, inside a link)
    stack: list[tuple[etree._Element, bool, etree._Element, int, bool]] = [(body, False, body, _own_flags(body), False)]
    while stack:
        node, closing, blk, flags, in_link = stack.pop()
        tag = node.tag
        if closing:
            if tag in _BLOCK:
                flush()
            if node is not body and node.tail:
                # The tail belongs to the parent: its owner and flags are those the parent passed down.
                add(node.tail, blk, flags, in_link)
            continue
        if not isinstance(tag, str):
            if node.tail:
                add(node.tail, blk, flags, in_link)
            continue
        own = flags | _own_flags(node) if node is not body else flags
        inner_blk = node if tag in _BLOCK else blk
        inner_link = in_link or tag == "a"
        if tag in _BLOCK:
            flush()
        if node.text:
            add(node.text, inner_blk, own, inner_link)
        stack.append((node, True, blk, flags, in_link))
        stack.extend((child, False, inner_blk, own, inner_link) for child in reversed(node))
    flush()
    return blocks


def features(blocks: list[Block], densest: etree._Element, title: str | None) -> np.ndarray:
    """One row of ``FEATURES`` per block."""
    n = len(blocks)
    if not n:
        return np.zeros((0, len(FEATURES)))
    inside = set(densest.iter())
    above: dict[etree._Element, int] = {densest: 0}
    for k, a in enumerate(densest.iterancestors(), 1):
        above[a] = k
    densest_depth = len(above) - 1
    depth_cache: dict[etree._Element, tuple[int, int]] = {}  # element → (depth, distance to densest)

    def place(el: etree._Element) -> tuple[int, int]:
        if el in depth_cache:
            return depth_cache[el]
        chain = [el]
        node = el
        while node not in above:
            parent = node.getparent()
            if parent is None:
                break
            chain.append(parent)
            node = parent
        up = len(chain) - 1
        lca_depth = densest_depth - above.get(node, densest_depth)
        depth = lca_depth + up
        dist = up + above.get(node, densest_depth)
        depth_cache[el] = (depth, dist)
        return depth, dist

    lengths = [len(b.text) for b in blocks]
    total = sum(lengths) or 1
    densest_chars = sum(l for b, l in zip(blocks, lengths) if b.owner in inside)
    page = [math.log1p(total), densest_chars / total, math.log1p(densest_chars)]
    rows = np.zeros((n, len(_BASE)))
    before = 0
    seen_h1 = seen_heading = False
    title_key = " ".join(title.split()).lower() if title else None
    tag_index = {t: i for i, t in enumerate(TAGS)}
    base = {f: i for i, f in enumerate(_BASE)}
    for i, (b, length) in enumerate(zip(blocks, lengths)):
        text = b.text
        words = _WORD.findall(text)
        nw = len(words) or 1
        depth, dist = place(b.owner)
        tag = b.owner.tag
        r = rows[i]
        r[base["log_chars"]] = math.log1p(length)
        r[base["log_words"]] = math.log1p(len(words))
        r[base["link_density"]] = b.link_chars / length
        r[base["stop_share"]] = sum(map(STOP_WORDS.__contains__, text.lower().split())) / nw
        r[base["punct_share"]] = len(_PUNCT.findall(text)) / nw
        r[base["upper_share"]] = len(_UPPER_START.findall(text)) / nw
        r[base["digit_share"]] = len(_DIGIT.findall(text)) / length
        r[base["ends_sentence"]] = bool(_END.search(text))
        # Length first: the expressions are not run on long blocks, where they do not count.
        r[base["date_hint"]] = length < 80 and bool(_DATE_HINT.search(text))
        r[base["by_line"]] = length < 80 and bool(_BY.match(text))
        r[base["chrome_words"]] = length < 120 and bool(_CHROME.search(text))
        r[base["tag_" + tag] if tag in tag_index else base["tag_other"]] = 1.0
        r[base["in_p"]] = bool(b.flags & _F_P)
        r[base["depth"]] = depth
        r[base["rel_depth"]] = depth - densest_depth
        r[base["position"]] = i / n
        r[base["chars_before"]] = before / total
        in_d = b.owner in inside
        r[base["in_densest"]] = in_d
        r[base["densest_is_parent"]] = b.owner is densest or b.owner.getparent() is densest
        r[base["above_densest"]] = b.owner in above and b.owner is not densest
        r[base["distance"]] = 0 if in_d else dist
        r[base["log_distance"]] = 0 if in_d else math.log1p(dist)
        r[base["content_class"]] = bool(b.flags & _F_CONTENT)
        r[base["furniture_class"]] = bool(b.flags & _F_FURNITURE)
        r[base["comment_class"]] = bool(b.flags & _F_COMMENT)
        r[base["in_article_tag"]] = bool(b.flags & _F_ARTICLE)
        r[base["in_list"]] = bool(b.flags & _F_LIST)
        r[base["after_h1"]] = seen_h1
        r[base["after_heading"]] = seen_heading
        r[base["is_title_like"]] = title_key is not None and text.lower() == title_key
        before += length
        if tag == "h1":
            seen_h1 = True
        seen_heading = tag in S.HEADING_TAGS
    ctx = [base[f] for f in _CONTEXT]
    cols = [rows]
    for shift in (1, -1, 2, -2):  # prev, next, prev2, next2
        shifted = np.zeros((n, len(ctx)))
        if shift > 0 and n > shift:
            shifted[shift:] = rows[:-shift, ctx]
        elif shift < 0 and n > -shift:
            shifted[:shift] = rows[-shift:, ctx]
        cols.append(shifted)
    cols.append(np.tile(page, (n, 1)))
    return np.hstack(cols)


# Features that depend on the rules' densest container: the first stage goes without them, so
# that it can find the article where the rules chose a sidebar.
ANCHORED = frozenset(["rel_depth", "in_densest", "densest_is_parent", "above_densest", "distance", "log_distance",
                      "densest_share", "densest_log_chars"] + [f"{k}_in_densest" for k in ("prev", "next", "prev2", "next2")])
STAGE1: list[str] = [f for f in FEATURES if f not in ANCHORED]
_STAGE1_INDEX = np.array([FEATURES.index(f) for f in STAGE1])
# What the second stage adds: the first stage's say on the block and its neighbours, and the
# container where the first stage puts most article words.
STACKED = ["p1", "p1_window", "in_container", "container_distance", "log_container_distance", "container_share",
           "container_has_densest"]
STAGE2: list[str] = FEATURES + STACKED


def chains(blocks: list[Block]) -> list[tuple[int, ...]]:
    """Each block's owner and its ancestors up to the root, as small integers (page-local ids):
    what the container choice needs, without keeping the tree."""
    ids: dict[etree._Element, int] = {}
    cache: dict[etree._Element, tuple[int, ...]] = {}
    out = []
    for b in blocks:
        o = b.owner
        if o not in cache:
            parent = o.getparent()
            rest = cache.get(parent) if parent is not None else ()
            if rest is None:
                rest = tuple(ids.setdefault(a, len(ids)) for a in o.iterancestors())
            cache[o] = (ids.setdefault(o, len(ids)),) + rest
        out.append(cache[o])
    return out


def stacked(p1: np.ndarray, words: np.ndarray, chain: list[tuple[int, ...]], densest_rows: np.ndarray) -> np.ndarray:
    """The second stage's extra columns. The container is the element whose blocks carry the most
    words weighted by (p1 − ½): the largest subtree that is mostly article by the first stage."""
    n = len(chain)
    out = np.zeros((n, len(STACKED)))
    if not n:
        return out
    score: dict[int, float] = defaultdict(float)
    for p, w, ch in zip(p1, words, chain):
        v = w * (p - 0.5)
        for a in ch:
            score[a] += v
    container = max(score, key=lambda a: (score[a], -a))
    cchain = next(ch[ch.index(container):] for ch in chain if container in ch)
    cpos = {a: k for k, a in enumerate(cchain)}
    total = float(words.sum()) or 1.0
    inside = np.array([container in ch for ch in chain])
    window = np.convolve(np.pad(p1, 2, mode="edge"), np.ones(5) / 5, mode="valid")
    has_densest = float(bool((densest_rows & inside).any()))
    for i, ch in enumerate(chain):
        if inside[i]:
            dist = 0
        else:
            k = next((k for k, a in enumerate(ch) if a in cpos), len(ch))
            dist = k + cpos.get(ch[k], len(cchain)) if k < len(ch) else k + len(cchain)
        out[i, 2] = inside[i]
        out[i, 3] = dist
        out[i, 4] = math.log1p(dist)
    out[:, 0] = p1
    out[:, 1] = window
    out[:, 5] = float(words[inside].sum()) / total
    out[:, 6] = has_densest
    return out


@dataclass(frozen=True)
class Linear:
    """Standardised logistic-regression weights."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))

    def to_json(self) -> dict:
        return {"mean": self.mean.round(6).tolist(), "scale": self.scale.round(6).tolist(),
                "coef": self.coef.round(6).tolist(), "intercept": round(self.intercept, 6)}

    @classmethod
    def from_json(cls, data: dict, width: int) -> Linear:
        arrays = [np.asarray(data[k], dtype=float) for k in ("mean", "scale", "coef")]
        if any(a.shape != (width,) for a in arrays):
            raise ValueError("weight vectors of the wrong length")
        return cls(*arrays, float(data["intercept"]))


def block_words(texts: list[str]) -> np.ndarray:
    return np.array([max(1, len(t.split())) for t in texts], dtype=float)


@dataclass(frozen=True)
class ArticleModel:
    """Two logistic regressions and the cut a block must reach.

    The first scores blocks without knowing the rules' container and so finds the region of
    the page that reads like an article; the second sees everything, the rules' container and
    the first one's region included, and decides block by block."""

    stage1: Linear
    stage2: Linear
    threshold: float  # the cut for a block outside the rules' densest container
    threshold_inside: float  # and for one inside it: the rules' choice counts as evidence

    def probabilities(self, x: np.ndarray, words: np.ndarray, chain: list[tuple[int, ...]]) -> np.ndarray:
        p1 = self.stage1.probabilities(x[:, _STAGE1_INDEX])
        x2 = np.hstack([x, stacked(p1, words, chain, x[:, FEATURES.index("in_densest")] > 0)])
        return self.stage2.probabilities(x2)

    def to_json(self) -> dict:
        return {"format": FORMAT, "stage1_features": STAGE1, "stage2_features": STAGE2,
                "stage1": self.stage1.to_json(), "stage2": self.stage2.to_json(),
                "threshold": round(self.threshold, 4), "threshold_inside": round(self.threshold_inside, 4)}

    @classmethod
    def from_json(cls, data: dict) -> ArticleModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"format is {data.get('format')!r}, expected {FORMAT!r}")
        if data["stage1_features"] != STAGE1 or data["stage2_features"] != STAGE2:
            raise ValueError("its features differ from this version's; retrain it")
        return cls(Linear.from_json(data["stage1"], len(STAGE1)), Linear.from_json(data["stage2"], len(STAGE2)),
                   float(data["threshold"]), float(data["threshold_inside"]))

    def cuts(self, x: np.ndarray) -> np.ndarray:
        """Each block's threshold: ``threshold_inside`` inside the rules' container, else ``threshold``."""
        return np.where(x[:, FEATURES.index("in_densest")] > 0, self.threshold_inside, self.threshold)


def load_model(path: Path | str | None = None) -> ArticleModel:
    """Read a model file; a clear ``ModelError`` naming the file when it is missing or damaged."""
    return read_model(Path(path) if path is not None else MODEL_PATH, ArticleModel.from_json, "article block model", "article")


@lru_cache(maxsize=1)
def shipped_model() -> ArticleModel:
    """The packaged model, read once per process."""
    return load_model(MODEL_PATH)
