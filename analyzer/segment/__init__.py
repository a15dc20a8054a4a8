"""Segment stage: a loaded page into its articles and its individual comments.

HTML goes through the DOM segmenter (structured data first, then known comment
markup, then a generic detector); plain-text dumps through the line segmenter.
"""

from __future__ import annotations

from ..records import Page, Segmented
from .replies import link_replies


def segment(page: Page) -> Segmented:
    if page.kind == "html":
        from .html import segment_html

        parts = segment_html(page)
    else:
        from .text import segment_text

        parts = segment_text(page.content)
    link_replies(parts.comments)
    return parts
