"""Step 2: attribution cues in a paragraph.

Three families:

* reporting verbs (قال، أعلنت، أضافوا، يؤكد …) with و/ف prefixes, optionally after
  كما/ثم/حيث/وقد … or "ومن جانبها". Only a verb that opens a clause starts a claim:
  "إن الوزير أكد …" is reported content, not a new attribution.
* prepositional cues: بحسب/حسب X، وفقا لـ X / ووفقا لها، على لسان X، نقلا عن X.
* participial follow-ons after a comma (مشددا على أن، لافته إلى أن، قائلا): they
  continue the claim before them.

A doubled verb ("أعلنت أعلنت") is one cue covering both words.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.lexicon import (
    ACCORDING_TO,
    ACCORDING_TO_LAM,
    AMBIGUOUS_VERBS,
    CLAUSE_OPENERS,
    ON_THE_TONGUE,
    PARTICIPLES,
    RELAY,
    SIDE_NOUNS,
    VERB_PREFIXES,
    VERBS,
    VerbInfo,
    fold,
)
from claims.extraction.prepare import Token

_FROM = frozenset({fold("من"), fold("ومن")})
_ON = fold("على")
_ABOUT = fold("عن")


@dataclass(frozen=True, slots=True)
class Cue:
    index: int  # token index of the cue word
    end: int  # token index just after the cue (after a doubled verb, after عن …)
    kind: str  # "verb", "according", "according_lam", "tongue", "relay", "participle"
    text: str  # the cue as written (without و/ف)
    verb: VerbInfo | None = None
    initial: bool = True  # opens a clause (can start a new claim)


def _opens_clause(tokens: tuple[Token, ...], i: int, prefixed: bool) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].folded in CLAUSE_OPENERS:
        j -= 1
    if j < 0:
        return True
    prev = tokens[j]
    if prev.kind == "punct":
        return True
    if j < i - 1:  # كما قال / حيث أعلنت
        return True
    if prev.folded.startswith(SIDE_NOUNS) and j > 0 and tokens[j - 1].folded in _FROM:
        return True
    # وقال after a word: a new coordinated clause ("… وقال").
    return prefixed


def find_cues(tokens: tuple[Token, ...]) -> list[Cue]:
    """Cues of one paragraph, in text order. Cues inside quotations are ignored."""
    cues: list[Cue] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or tok.in_quote:
            continue
        f = tok.folded
        info = VERBS.get(f)
        prefixed = False
        if info is None and len(f) > 3 and f[0] in VERB_PREFIXES:
            info = VERBS.get(f[1:])
            prefixed = info is not None
        if info is not None:
            if i > 0 and tokens[i - 1].folded == f:
                continue  # second copy of a doubled verb
            bare = f[1:] if prefixed else f
            if bare in AMBIGUOUS_VERBS and not prefixed and i > 0 and tokens[i - 1].kind != "punct":
                continue
            end = i + 2 if i + 1 < n and tokens[i + 1].folded == f else i + 1
            cues.append(
                Cue(
                    i,
                    end,
                    "verb",
                    tok.text[1:] if prefixed else tok.text,
                    info,
                    _opens_clause(tokens, i, prefixed),
                )
            )
        elif f in ACCORDING_TO:
            cues.append(Cue(i, i + 1, "according", tok.text, None, True))
        elif f in ACCORDING_TO_LAM:
            cues.append(Cue(i, i + 1, "according_lam", tok.text, None, True))
        elif f == _ON and i + 1 < n and tokens[i + 1].folded == ON_THE_TONGUE:
            cues.append(Cue(i, i + 2, "tongue", "على لسان", None, False))
        elif f in RELAY and i + 1 < n and tokens[i + 1].folded == _ABOUT:
            cues.append(Cue(i, i + 2, "relay", "نقلا عن", None, False))
        elif f in PARTICIPLES and i > 0 and tokens[i - 1].kind == "punct":
            cues.append(Cue(i, i + 1, "participle", tok.text, None, False))
    return cues
