"""Reply-to from the words of a comment, when the markup does not nest replies.

Flat threads say whom a comment answers in its first words: "@mina", "In reply
to mina:", "Reply to mina", "Response to mina, 29 October 2012 5:50PM" (the
Guardian's link above a reply), "پاسخ به مینا". The answered comment is the latest
earlier one by that author. A first line that only names it and its date
("Response to mina, 29 October 2012 5:50PM") is the site's reply link, not the
comment's words: it is dropped once the link is made. A line the writer typed
("@mina", "Reply to mina") stays.
"""

from __future__ import annotations

import re

from ..records import Comment
from .text_patterns import DATE

REPLY_TO = re.compile(
    r"^\s*(?:@|(?:in\s+)?reply(?:ing)?\s+to\s+@?|(?:in\s+)?response\s+to\s+@?|re:\s*@?|پاسخ\s+به\s+|در\s+پاسخ\s+به\s+)"
    r"(?P<name>[^\s:,.!?؟،]+(?:\s+[^\s:,.!?؟،]+){0,3})", re.I)


# What follows the name on a reply link's own line: the answered comment's date.
_LINK_TAIL = re.compile(rf"^[\s,:–—-]*(?:{DATE})[\s:.]*$", re.I)


def _key(name: str) -> str:
    return " ".join(name.lower().split()).lstrip("@")


def link_replies(comments: list[Comment]) -> list[Comment]:
    """Fill ``parent`` from "@NAME"-style openings where nesting gave none."""
    for i, c in enumerate(comments):
        if c.parent is not None:
            continue
        m = REPLY_TO.match(c.text)
        if not m:
            continue
        words = m.group("name").split()
        # The name may be one to four words: take the longest that names an earlier author.
        for n in range(len(words), 0, -1):
            want = _key(" ".join(words[:n]))
            j = next((j for j in range(i - 1, -1, -1)
                      if comments[j].author and _key(comments[j].author) == want), None)
            if j is not None:
                c.parent = j
                _drop_link_line(c, m.start("name") + _span_of_words(m.group("name"), n))
                break
    return comments


def _span_of_words(text: str, n: int) -> int:
    """Length of ``text`` up to the end of its ``n``-th word."""
    return list(re.finditer(r"\S+", text))[n - 1].end()


def _drop_link_line(c: Comment, name_end: int) -> None:
    """Drop the first line when it holds nothing but a site's reply link (a name and a date, no
    "@") and the comment has more."""
    first, sep, rest = c.text.partition("\n")
    if (sep and rest.strip() and not first.lstrip().startswith("@") and name_end <= len(first)
            and _LINK_TAIL.match(first[name_end:])):
        c.text = rest.lstrip("\n")
