"""Arabic-insensitive matching keys.

News spells the same name many ways (أحمد/احمد, جيفارا/غيفارا is out of scope, but
hamza seats, taa marbuta, alef maqsura, diacritics and tatweel are not). One key
function serves alias matching, search and de-duplication so they always agree.
"""

from __future__ import annotations

import re

from claims.extraction.lexicon import DIACRITICS, FOLD_TABLE

# The token fold of the lexicon, plus the invisible and spacing characters a key
# must not keep (they never occur inside a token).
_FOLD = FOLD_TABLE | str.maketrans(
    {"\u200c": " ", "\u200d": "", "\u200f": "", "\u200e": "", "\xa0": " "}
)
_NON_WORD = re.compile(r"[^\w\s]")
# News writes a one-letter preposition apart from a proper noun with a tatweel
# ("لـ الرابطة", "بـ العاصمة"); glued ("للرابطة", "بالعاصمة") is the same phrase.
_DETACHED_PREPOSITION = re.compile(r"(?<!\S)([لب])\u0640+\s+")
# ل + ال is written لل: "لـ الأمم" glued becomes "لالامم", which must equal "للامم".
_LAM_ARTICLE = re.compile(r"(?<!\S)لال")


def strip_diacritics(text: str) -> str:
    """Remove harakat, Quranic marks and tatweel; keeps every other character."""
    return DIACRITICS.sub("", text)


def normalize_key(text: str) -> str:
    """A matching key: no diacritics/tatweel, one alef, ه for ة, ي for ى, no
    punctuation, single spaces, lower case; "لـ "/"بـ " glued to their noun, and
    ل + ال contracted to لل as Arabic spelling does."""
    # Before diacritics go: the tatweel is what marks the detached preposition.
    glued = _DETACHED_PREPOSITION.sub(r"\1", text or "")
    folded = DIACRITICS.sub("", glued).translate(_FOLD)
    folded = _LAM_ARTICLE.sub("لل", folded)
    return " ".join(_NON_WORD.sub(" ", folded).split()).lower()
