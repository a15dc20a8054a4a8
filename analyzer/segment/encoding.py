"""Bytes of an HTML page → text: BOM, then the page's own charset declaration, then detection.

A declared charset wins over detection because detectors confuse windows-1256
Persian with other single-byte code pages on short pages; a declaration that
does not decode cleanly falls through to detection.
"""

from __future__ import annotations

import codecs
import re

from ..load import decode_bytes

_META = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.I)
# What browsers do with labels that name a subset: decode as the superset (WHATWG Encoding).
# A page declaring UTF-16 or UTF-32 in its markup cannot be (its markup would not be ASCII): it
# was converted and kept the declaration, and browsers read it as UTF-8 (WHATWG "prescan");
# a real UTF-16/32 page is known by its BOM or its bytes before a declaration is looked at.
# Taken at its word, an ASCII page of even length came out as CJK characters.
_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
              "iso-8859-6": "cp1256", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
              "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "utf-32": "utf-8",
              "utf-32le": "utf-8", "utf-32be": "utf-8"}


def declared_charset(raw: bytes) -> str | None:
    head = raw[:8192]
    m = _XML.match(head.lstrip()) or _META.search(head)
    if not m:
        return None
    return charset_name(m.group(1).decode("ascii", "ignore"))


def charset_name(label: str) -> str | None:
    """Python's codec for a charset label, as a browser reads it (a subset as its superset)."""
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(raw: bytes, served: str | None = None) -> tuple[str, str]:
    """``served``: the charset label the server sent with the page (a WARC record's HTTP
    Content-Type), taken when the page declares none. The page's own declaration goes first,
    unlike in browsers: servers send a default (Apache's iso-8859-1) whatever the page is."""
    declared = declared_charset(raw) or (charset_name(served) if served else None)
    return decode_bytes(raw, declared, fallback=declared or "cp1252")
