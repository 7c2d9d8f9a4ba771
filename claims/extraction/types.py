"""Dataclasses passed between the extraction steps and returned by ``extract``.

The package is pure Python: no Django imports, so it can be tested, benchmarked and
reused without a database. Offsets are Unicode code point indices (Python ``str``
indices) into the article text exactly as given to ``extract``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class ClaimKind(StrEnum):
    STATEMENT = "statement"
    FIGURE = "figure"
    POSITION = "position"
    CALL = "call"
    DENIAL = "denial"


class Qualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    DOZENS = "dozens"
    HUNDREDS = "hundreds"
    THOUSANDS = "thousands"


#: Qualifiers of vague amounts; their figures carry no value.
VAGUE_QUALIFIERS = frozenset({Qualifier.DOZENS, Qualifier.HUNDREDS, Qualifier.THOUSANDS})


@dataclass(frozen=True, slots=True)
class ExtractedSpeaker:
    """One speaker identity of an article, named as fully as the article names it.

    ``key`` identifies the speaker inside one extraction (claims point to it);
    ``affiliation`` is the ``key`` of an organisation speaker of the same
    extraction, or ``None``; ``affiliation_name`` is the organisation's name as
    written, even when that organisation never speaks itself.
    """

    key: str
    name: str
    kind: SpeakerKind
    role: str = ""
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    affiliation_name: str = ""


@dataclass(frozen=True, slots=True)
class ExtractedFigure:
    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    qualifier: Qualifier


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    start: int
    end: int
    text: str
    speaker: str | None  # ExtractedSpeaker.key; None for the outlet's own assertion
    via: str | None  # ExtractedSpeaker.key of an intermediary (agency quoting an official)
    cue: str
    direct: bool
    kind: ClaimKind
    figures: tuple[ExtractedFigure, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    language: str
    version: str
    claims: tuple[ExtractedClaim, ...] = ()
    speakers: tuple[ExtractedSpeaker, ...] = field(default=())

    def speaker(self, key: str | None) -> ExtractedSpeaker | None:
        if key is None:
            return None
        for speaker in self.speakers:
            if speaker.key == key:
                return speaker
        return None
