"""Arabic-insensitive matching keys.

News spells the same name many ways (أحمد/احمد, جوتيريش/غوتيريش is out of scope, but
hamza seats, taa marbuta, alef maqsura, diacritics and tatweel are not). One key
function serves alias matching, search and de-duplication so they always agree.
"""

from __future__ import annotations

import re

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "\u200c": " ",
        "\u200d": "",
        "\u200f": "",
        "\u200e": "",
        "\xa0": " ",
    }
)
_NON_WORD = re.compile(r"[^\w\s]")


def strip_diacritics(text: str) -> str:
    """Remove harakat, Quranic marks and tatweel; keeps every other character."""
    return _DIACRITICS.sub("", text)


def normalize_key(text: str) -> str:
    """A matching key: no diacritics/tatweel, one alef, ه for ة, ي for ى, no
    punctuation, single spaces, lower case; "لـ " glued to its noun."""
    folded = strip_diacritics(text or "").translate(_FOLD)
    folded = folded.replace("لـ ", "ل")
    return " ".join(_NON_WORD.sub(" ", folded).split()).lower()
