"""The JSON shape of ``manage.py extract --json`` (see the evaluation README)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claims.extraction.types import ExtractedFigure, ExtractedSpeaker, Extraction


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _figure(figure: ExtractedFigure) -> dict[str, Any]:
    return {
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "value": _number(figure.value),
        "unit": figure.unit,
        "qualifier": str(figure.qualifier),
    }


def _speaker_ref(speaker: ExtractedSpeaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {"name": speaker.name, "role": speaker.role, "kind": str(speaker.kind)}


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    by_key = {s.key: s for s in extraction.speakers}
    affiliation_names = {
        s.key: (by_key[s.affiliation].name if s.affiliation in by_key else s.affiliation_name)
        for s in extraction.speakers
    }
    return {
        "language": extraction.language,
        "extractor_version": extraction.version,
        "claims": [
            {
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "speaker": _speaker_ref(by_key.get(claim.speaker)),
                "via": _speaker_ref(by_key.get(claim.via)),
                "cue": claim.cue,
                "direct": claim.direct,
                "kind": str(claim.kind),
                "figures": [_figure(f) for f in claim.figures],
            }
            for claim in extraction.claims
        ],
        "speakers": [
            {
                "name": s.name,
                "aliases": list(s.aliases),
                "role": s.role,
                "kind": str(s.kind),
                "affiliation": affiliation_names[s.key],
            }
            for s in extraction.speakers
        ],
    }
