"""The dragnet gold set as both evaluations read it (format in its SOURCE.md).

Gold text is the article, a hand-typed separator line, then the comments. The
token measure is dragnet's: bag of lower-cased word tokens, precision/recall/F1
per page, averaged over pages. A third of the pages (by a hash of the id) is
kept as validation: rules are looked at on the other two thirds only.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import REPO_ROOT

SEPARATOR = re.compile(r"^[!@#$%^&*() ]*[!@#$%^&*()]{3,}[ \t]*COMMENTS[ \t\r]*$")
_TOKEN = re.compile(r"\w+", re.U)


@dataclass
class GoldPage:
    id: str
    html_path: Path
    lines: list[str]  # gold text lines without the separator
    split: int | None  # index in ``lines`` where comments start, None without comments
    validation: bool

    @property
    def article(self) -> str:
        return "\n".join(self.lines[: self.split] if self.split is not None else self.lines)

    @property
    def comments(self) -> str:
        return "\n".join(self.lines[self.split:]) if self.split is not None else ""


# Cross-validation over the fit pages, as both learned segmenters (text-split, article) run it:
# five folds, repeated with five assignments of pages to folds (a page's fold is the hash of a salt
# and its id; "" is the first, the one the shipped weights are fitted with where folds matter). With
# one assignment, which of several near-equal cuts won turned on a page or two landing in one fold
# or another; the trainers choose their cuts on the mean over the assignments.
FOLDS = 5
FOLD_SALTS = ("", "a", "b", "c", "d")


def fold_of(page_id: str, salt: str = "") -> int:
    """A page's fold in one assignment: by its id, so a page keeps its fold however pages are listed."""
    return zlib.crc32((salt + page_id).encode()) % FOLDS


def is_validation(page_id: str) -> bool:
    return int(hashlib.sha1(page_id.encode()).hexdigest()[:8], 16) % 3 == 0


def _decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig", errors="replace")


def gold_pages(root: Path, fit_only: bool = False) -> list[GoldPage]:
    """The gold texts; ``fit_only``: the fit pages alone, the validation pages' files left unread."""
    out = []
    for path in sorted((root / "Corrected").glob("*.html.corrected.txt")):
        page_id = path.name.split(".")[0]
        if fit_only and is_validation(page_id):
            continue
        lines = _decode(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        sep = next((i for i, line in enumerate(lines) if SEPARATOR.match(line)), None)
        if sep is not None:
            lines = lines[:sep] + lines[sep + 1:]
            if not any(line.strip() for line in lines[sep:]):
                sep = None
        out.append(GoldPage(page_id, root / "HTML" / f"{page_id}.html", lines, sep, is_validation(page_id)))
    return out


@dataclass(frozen=True)
class GoldOmission:
    """A page whose gold has no comments part although the page shows comments on its article.

    The dragnet annotators left some threads out (most often one or two Disqus or WordPress
    comments, or a pingback, which they kept as a comment on other pages). Counting our
    comments there as invented would punish the right output, so such pages are listed, each
    with the XPath of its comment items, and the evaluation gives the invented share both ways.
    """
    id: str
    xpath: str
    items: int
    what: str


OMISSIONS_PATH = REPO_ROOT / "data" / "eval" / "dragnet-gold-omissions.tsv"


def gold_omissions(path: Path = OMISSIONS_PATH) -> dict[str, GoldOmission]:
    """The audited list; empty when the file is absent (an installed package without the repo's data)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page_id, xpath, items, what = line.split("\t")
            out[page_id] = GoldOmission(page_id, xpath, int(items), what)
    return out


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_tok, g_tok = tokens(pred), tokens(gold)
    overlap = sum((p_tok & g_tok).values())
    p = overlap / sum(p_tok.values()) if p_tok else (1.0 if not g_tok else 0.0)
    r = overlap / sum(g_tok.values()) if g_tok else (1.0 if not p_tok else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def mean(values: list[float]) -> float:
    return 100 * sum(values) / len(values) if values else 0.0


def dump_lines(lines: list[str]) -> list[str]:
    """A gold text as a dump: runs of blank lines cut to one. The gold files put four or more
    blank lines around their separator, so the longest blank run marks the thread start on
    every gold page with comments — a mark no real dump carries."""
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    return out


def nonblank_index(lines: list[str], i: int) -> int:
    """Line ``i`` counted in non-blank lines, the same in a gold text and in its dump."""
    return sum(1 for line in lines[:i] if line.strip())

