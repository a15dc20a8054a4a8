"""English cleaning: the tweet conventions the English training sets already use.

URLs, @mentions and e-mail addresses become the placeholders TweetEval itself uses
(``http``, ``@user``) plus ``<email>``, so a comment full of links reads like the data the
models learnt from. Letters repeated three times or more are cut to two
(``soooo`` → ``soo``): the word is closer to its dictionary form, and the stretch is
kept as a signal by :mod:`analyzer.normalize.signals`. Typographic apostrophes and quotes
(``’`` for ``'``, as publishing software prints "don't") become the ASCII typed, so that
"don’t like" opens a negation scope as "don't like" does.
"""

from __future__ import annotations

import re

from ..typography import QUOTES

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<!\w)@\w+")
ELONGATED = re.compile(r"([^\W\d_])\1{2,}")


# Also read by the Finglish path, where ' marks a hamza or an ayn ("so'al", "ba'd").
TYPED_QUOTES = str.maketrans(QUOTES)


def clean_english(text: str) -> str:
    text = text.translate(TYPED_QUOTES)
    text = EMAIL.sub("<email>", text)
    text = URL.sub("http", text)
    text = _MENTION.sub("@user", text)
    return ELONGATED.sub(r"\1\1", text)
