"""Writes. Every change to the data goes through a function in this package, so the
admin, the API and the management commands share one set of rules. Functions are
keyword-only, validate their input and run in one transaction.

- ``ingest``: articles, extraction results, speakers matched across articles.
- ``review``: review state, verdicts, evidence, history, re-extraction, speaker merge.
"""

from claims.services.errors import ServiceError
from claims.services.ingest import (
    IngestResult,
    article_ingest,
    claims_create_from_extraction,
    speaker_get_or_create,
)

__all__ = [
    "IngestResult",
    "ServiceError",
    "article_ingest",
    "claims_create_from_extraction",
    "speaker_get_or_create",
]
