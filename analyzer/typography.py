"""Characters that publishing software and keyboards print for what a writer meant.

WordPress and most CMSs turn "I'm" into "I’m" and "quotes" into “quotes”. Models learnt
from text typed plainly, so the language and the English and Finglish normalisation
stages read such characters as the ASCII typed (``langid.detect`` adds dashes and spaces).
Persian typed on an Arabic keyboard layout writes ی and ک as the Arabic ي (or ى) and ك: the
language stage reads them as Persian (``AS_PERSIAN``), and the text dump's patterns match both
forms (``segment.text_patterns``).
"""

from __future__ import annotations

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
          "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"'}

# The Persian letters and the Arabic forms a Persian text typed on an Arabic layout shows for them.
ARABIC_FORMS = {"ی": "يى", "ک": "ك"}
AS_PERSIAN = str.maketrans({arabic: persian for persian, forms in ARABIC_FORMS.items() for arabic in forms})
