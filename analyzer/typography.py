"""Typographic punctuation that publishing software prints for what a writer typed.

WordPress and most CMSs turn "I'm" into "I’m" and "quotes" into “quotes”. Models learnt
from text typed plainly, so the language and the English and Finglish normalisation
stages read such characters as the ASCII typed (``langid.detect`` adds dashes and spaces).
"""

from __future__ import annotations

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
          "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"'}
