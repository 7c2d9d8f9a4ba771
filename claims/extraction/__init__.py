"""Claim extraction: article text in, attributed claims out. Pure Python.

``extract(text, language="ar")`` is the only entry point the rest of the project
uses; ``extraction_to_dict`` gives the JSON shape of ``manage.py extract --json``.
"""

from claims.extraction.pipeline import EXTRACTOR_VERSION, extract
from claims.extraction.serialize import extraction_to_dict
from claims.extraction.types import (
    ClaimKind,
    ExtractedClaim,
    ExtractedFigure,
    ExtractedSpeaker,
    Extraction,
    Qualifier,
    SpeakerKind,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "ClaimKind",
    "ExtractedClaim",
    "ExtractedFigure",
    "ExtractedSpeaker",
    "Extraction",
    "Qualifier",
    "SpeakerKind",
    "extract",
    "extraction_to_dict",
]
