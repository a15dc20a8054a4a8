"""English cleaning: the tweet conventions the English training sets already use.

URLs, @mentions and e-mail addresses become the placeholders TweetEval itself uses
(``http``, ``@user``) plus ``<email>``, so a comment full of links reads like the data the
models learnt from. Letters repeated three times or more are cut to two
(``soooo`` → ``soo``): the word is closer to its dictionary form, and the stretch is
kept as a signal by :mod:`analyzer.normalize.signals`.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<!\w)@\w+")
ELONGATED = re.compile(r"([^\W\d_])\1{2,}")


def clean_english(text: str) -> str:
    text = _EMAIL.sub("<email>", text)
    text = _URL.sub("http", text)
    text = _MENTION.sub("@user", text)
    return ELONGATED.sub(r"\1\1", text)
