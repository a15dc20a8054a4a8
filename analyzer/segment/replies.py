"""Reply-to from the words of a comment, when the markup does not nest replies.

Flat threads say whom a comment answers in its first words: "@mina", "In reply
to mina:", "Reply to mina", "پاسخ به مینا". The answered comment is the latest
earlier one by that author.
"""

from __future__ import annotations

import re

from ..records import Comment

REPLY_TO = re.compile(
    r"^\s*(?:@|(?:in\s+)?reply(?:ing)?\s+to\s+@?|in\s+response\s+to\s+@?|re:\s*@?|پاسخ\s+به\s+|در\s+پاسخ\s+به\s+)"
    r"(?P<name>[^\s:,.!?؟،]+(?:\s+[^\s:,.!?؟،]+){0,3})", re.I)


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
                break
    return comments
