"""What normalising takes away but a classifier should still see: stretched words, emoji.

``خیلییییی`` and ``soooo`` are normalised to their words so that the words are found,
yet the stretch is emphasis, often anger or delight. Each stretched word leaves one
``<elong>`` token at the end of the normalised text (the marker of the GloVe Twitter
preprocessing). It goes at the end rather than beside its word because hazm re-spaces
Persian words and may split or join the one that carried it.

Emoji stay where they are, each followed by its CLDR short name from the ``emoji``
package (``😂`` → ``😂 :face_with_tears_of_joy:``): the name is one word token, so a
model learns from it even when the emoji was rare in training, and a reader of the
normalised text sees what it meant. Skin-tone, ZWJ and flag sequences get one name.
"""

from __future__ import annotations

import re

ELONG = "<elong>"
# A letter three times or more; tatweel (ـ) is typographic stretching, not emphasis.
_STRETCH = re.compile(r"([^\W\d_\u0640])\1{2,}")
# "www.", URLs and addresses repeat letters without meaning anything by it.
_ADDRESS = re.compile(r"www\.|://|@", re.I)
# Code points that can start an emoji; texts without any skip the (slower) emoji scan.
_MAYBE_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff]")


def elongations(text: str) -> int:
    """How many words of the raw text stretch a letter to three or more."""
    if not _STRETCH.search(text):
        return 0
    return sum(1 for word in text.split() if _STRETCH.search(word) and not _ADDRESS.search(word))


def describe_emoji(text: str) -> str:
    if not _MAYBE_EMOJI.search(text):
        return text
    import emoji

    described = emoji.replace_emoji(text, replace=lambda chars, data: f" {chars} {data['en']} ")
    return " ".join(described.split())


def add_signals(normalized: str, raw: str) -> str:
    """``normalized`` with emoji names and one ``<elong>`` per stretched word of ``raw``."""
    normalized = describe_emoji(normalized)
    stretched = elongations(raw)
    if stretched:
        normalized = " ".join([normalized, *([ELONG] * stretched)]) if normalized else " ".join([ELONG] * stretched)
    return normalized
