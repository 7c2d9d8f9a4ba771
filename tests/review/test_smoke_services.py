import pytest

from claims.models import ClaimEvent, ReviewStatus
from claims.services import (
    PermissionDenied,
    ServiceError,
    StaleWrite,
    claim_publish,
    claim_update_review,
    evidence_add,
)


def test_publish_flow(drafted, editor, checker, source):
    with pytest.raises(ServiceError, match="at least one source"):
        claim_publish(claim=drafted, actor=editor, expected_version=drafted.version)
    evidence_add(claim=drafted, actor=checker, source=source, stance="refutes")
    with pytest.raises(PermissionDenied):
        claim_publish(claim=drafted, actor=checker, expected_version=drafted.version)
    claim_publish(claim=drafted, actor=editor, expected_version=drafted.version)
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.PUBLISHED
    assert ClaimEvent.objects.filter(claim=drafted).count() >= 4


def test_stale(claim, checker, checker2):
    v = claim.version
    claim_update_review(claim=claim, actor=checker, expected_version=v, status="in_review")
    with pytest.raises(StaleWrite):
        claim_update_review(claim=claim, actor=checker2, expected_version=v, rationale="x")
