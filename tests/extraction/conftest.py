"""Helpers for the extraction tests: no database, no Django."""

from __future__ import annotations

import pytest

from claims.extraction import Extraction, extract


def speaker_of(extraction: Extraction, claim_text_part: str) -> str | None:
    """Name of the speaker of the claim whose text contains ``claim_text_part``."""
    for claim in extraction.claims:
        if claim_text_part in claim.text:
            speaker = extraction.speaker(claim.speaker)
            return speaker.name if speaker else None
    raise AssertionError(f"no claim contains {claim_text_part!r}")


def claim_with(extraction: Extraction, claim_text_part: str):
    for claim in extraction.claims:
        if claim_text_part in claim.text:
            return claim
    raise AssertionError(f"no claim contains {claim_text_part!r}")


def assert_invariants(text: str, extraction: Extraction) -> None:
    """The contract every extraction keeps, whatever the article."""
    starts = [c.start for c in extraction.claims]
    assert starts == sorted(starts)
    for before, after in zip(extraction.claims, extraction.claims[1:], strict=False):
        assert before.end <= after.start  # claims never overlap
    keys = {s.key for s in extraction.speakers}
    assert len(keys) == len(extraction.speakers)
    for claim in extraction.claims:
        assert claim.text == text[claim.start : claim.end]
        assert "\n" not in claim.text  # never spans two paragraphs
        assert claim.speaker is None or claim.speaker in keys
        assert claim.via is None or claim.via in keys
        for figure in claim.figures:
            assert claim.start <= figure.start < figure.end <= claim.end
            assert figure.text == text[figure.start : figure.end]
    for speaker in extraction.speakers:
        assert speaker.affiliation is None or speaker.affiliation in keys


@pytest.fixture
def run():
    """extract() plus the invariants check."""

    def _run(text: str) -> Extraction:
        extraction = extract(text)
        assert_invariants(text, extraction)
        return extraction

    return _run
