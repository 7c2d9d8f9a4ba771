"""Writes. Every change to the data goes through a function in this package, so the
admin, the API and the management commands share one set of rules. Functions are
keyword-only, validate their input and run in one transaction.

- ``ingest``: articles, extraction results, speakers matched across articles.
- ``review``: review state, verdicts, evidence, history, re-extraction, speaker merge.
"""

from claims.services.errors import PermissionDenied, ServiceError, StaleWrite
from claims.services.ingest import (
    IngestResult,
    article_ingest,
    claims_create_from_extraction,
    speaker_get_or_create,
)
from claims.services.review import (
    ReextractResult,
    article_reextract,
    claim_assign,
    claim_create,
    claim_edit,
    claim_publish,
    claim_unpublish,
    claim_update_review,
    claims_assign,
    claims_start_review,
    evidence_add,
    evidence_remove,
    evidence_update,
    source_get_or_create,
    speaker_merge,
    user_can_publish,
    user_can_review,
)

__all__ = [
    "IngestResult",
    "PermissionDenied",
    "ReextractResult",
    "ServiceError",
    "StaleWrite",
    "article_ingest",
    "article_reextract",
    "claim_assign",
    "claim_create",
    "claim_edit",
    "claim_publish",
    "claim_unpublish",
    "claim_update_review",
    "claims_assign",
    "claims_create_from_extraction",
    "claims_start_review",
    "evidence_add",
    "evidence_remove",
    "evidence_update",
    "source_get_or_create",
    "speaker_get_or_create",
    "speaker_merge",
    "user_can_publish",
    "user_can_review",
]
