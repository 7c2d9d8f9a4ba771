"""Article text in, attributed claims out: the steps glued together.

1. :mod:`prepare` — boilerplate, paragraphs, tokens (offsets into the original text)
2. :mod:`cues` — reporting verbs, prepositional cues, participial follow-ons
3. :mod:`speakers` — speaker phrases: role, name, organisation
4. :mod:`resolve` — one identity per speaker (surnames, roles, anaphora, gender)
5–6. :mod:`spans` — attribution chains (نقلا عن، على لسان) and content spans
7. :mod:`figures` — amounts, qualifiers and units inside each claim

Each claim comes from one clause-opening cue; its content ends before the next one,
so claims never overlap and never leave their paragraph.
"""

from __future__ import annotations

from dataclasses import replace

from claims.extraction.cues import Cue, find_cues
from claims.extraction.figures import find_figures
from claims.extraction.lexicon import VERBS, fold
from claims.extraction.prepare import Paragraph, Token, prepare
from claims.extraction.resolve import Identity, SpeakerRegistry
from claims.extraction.spans import ContentStart, claim_kind, content_end, content_start, trim
from claims.extraction.speakers import SpeakerPhrase, parse_speaker
from claims.extraction.types import ExtractedClaim, Extraction

EXTRACTOR_VERSION = "ar-1.1.0"

_STARTERS = frozenset({"verb", "according", "according_lam"})
_WHAT = fold("ما")
_LAM_ALONE = "ل"
#: Verbs whose complement opens with ب (طالب بـ): a ب-word right after them is that
#: complement, unless it already names a speaker the article introduced.
_BI_VERBS = frozenset({"طالب"})
_NAMED_B: frozenset[str] = frozenset()
_PRONOUNS = frozenset({"لها", "له", "لهم", "لهن"})


def _lam_object(tokens: tuple[Token, ...], i: int) -> tuple[tuple[Token, ...], int, bool]:
    """After وفقا: the tokens with the ل of "لمديرية"/"للوزارة" cut off token i, the
    index where the phrase starts, and whether a لل was cut (its alef must be restored
    in the name)."""
    if i >= len(tokens):
        return tokens, i, False
    tok = tokens[i]
    if tok.folded == _LAM_ALONE:
        return tokens, i + 1, False
    if tok.kind != "word" or not tok.folded.startswith("ل") or tok.folded in _PRONOUNS:
        return tokens, i, False
    double = tok.folded.startswith("لل")
    folded = "ا" + tok.folded[1:] if double else tok.folded[1:]
    new = replace(tok, start=tok.start + 1, text=tok.text[1:], folded=folded)
    return (*tokens[:i], new, *tokens[i + 1 :]), i, double


def _subject(
    tokens: tuple[Token, ...], cue: Cue, source: str
) -> tuple[tuple[Token, ...], SpeakerPhrase | None, int]:
    """The tokens to use, the phrase naming the speaker after a cue, and the index after it."""
    k = cue.end
    double = False
    if cue.kind == "according_lam":
        tokens, k, double = _lam_object(tokens, k)
    if (
        cue.kind in ("according", "according_lam")
        and k + 1 < len(tokens)
        and tokens[k].folded == _WHAT
        and (tokens[k + 1].folded in VERBS or tokens[k + 1].folded[1:] in VERBS)
    ):
        k += 2  # بحسب ما ذكرت الوزارة
    if (
        cue.verb is not None
        and cue.verb.lemma in _BI_VERBS
        and k < len(tokens)
        and tokens[k].folded.startswith("ب")
        and tokens[k].folded not in _NAMED_B
    ):
        return tokens, None, k  # طالبت بانسحاب …: the complement, no subject
    phrase = parse_speaker(tokens, k, source)
    if phrase is not None and double:
        # للوزارة: the source writes the article's alef as the ل; name it الوزارة.
        phrase = replace(phrase, name="ا" + phrase.name if phrase.name else "")
    return tokens, phrase, (phrase.end if phrase else k)


def _paragraph_claims(
    para: Paragraph, source: str, registry: SpeakerRegistry
) -> list[ExtractedClaim]:
    tokens = para.tokens
    cues = [c for c in find_cues(tokens) if c.initial and c.kind in _STARTERS]
    claims: list[ExtractedClaim] = []
    for n, cue in enumerate(cues):
        limit = cues[n + 1].index if n + 1 < len(cues) else len(tokens)
        toks, phrase, k = _subject(tokens, cue, source)
        verb = cue.verb
        start: ContentStart | None
        if cue.kind == "verb":
            start = content_start(toks, k, verb, source)
        else:
            while k < len(toks) and toks[k].text in "،,":
                k += 1
            if k >= limit or toks[k].sentence_end:
                start = None  # "…، بحسب الوزارة." — content before the cue
                a = _clause_start(toks, cue.index)
                b = cue.index
                if phrase is not None and b > a:
                    claims.extend(
                        _claim(toks, a, b, cue, phrase, None, False, "", source, registry)
                    )
                continue
            start = content_start(toks, k, None, source)
        if start is None or start.index >= limit:
            continue
        a = start.index
        b = content_end(toks, a, limit)
        speaker_phrase, via_phrase = phrase, None
        if start.speaker is not None:
            speaker_phrase = start.speaker
            if start.relayed:
                via_phrase = phrase
        if speaker_phrase is None and cue.kind != "verb":
            continue
        gender = verb.gender if verb and speaker_phrase is phrase else ""
        claims.extend(
            _claim(
                toks, a, b, cue, speaker_phrase, via_phrase, start.direct, gender, source, registry
            )
        )
    return claims


def _clause_start(tokens: tuple[Token, ...], end: int) -> int:
    a = end
    while a > 0 and not tokens[a - 1].sentence_end:
        a -= 1
    return a


def _claim(
    tokens: tuple[Token, ...],
    a: int,
    b: int,
    cue: Cue,
    phrase: SpeakerPhrase | None,
    via_phrase: SpeakerPhrase | None,
    direct: bool,
    gender: str,
    source: str,
    registry: SpeakerRegistry,
) -> list[ExtractedClaim]:
    a, b, opened = trim(tokens, a, b)
    if b <= a:
        return []
    via: Identity | None = None
    if via_phrase is not None:
        via = registry.resolve(via_phrase, gender)
        gender = ""
    speaker = registry.resolve(phrase, gender)
    if speaker is None:
        return []
    speaker.speaks = True
    if via is not None:
        via.speaks = True
    figures = find_figures(tokens, a, b, source)
    start, end = tokens[a].start, tokens[b - 1].end
    verb_kind = cue.verb.kind if cue.verb else "statement"
    return [
        ExtractedClaim(
            start=start,
            end=end,
            text=source[start:end],
            speaker=speaker.key,
            via=via.key if via is not None and via is not speaker else None,
            cue=cue.verb.lemma if cue.verb else cue.text,
            direct=direct or opened,
            kind=claim_kind(verb_kind, tokens, a, b, bool(figures)),
            figures=figures,
        )
    ]


def extract(text: str, language: str = "ar") -> Extraction:
    """Attributed claims and their speakers in one article."""
    prepared = prepare(text, only_cued=True)
    registry = SpeakerRegistry()
    claims: list[ExtractedClaim] = []
    for para in prepared.paragraphs:
        claims.extend(_paragraph_claims(para, text, registry))
    claims.sort(key=lambda c: c.start)
    return Extraction(language, EXTRACTOR_VERSION, tuple(claims), registry.speakers())
