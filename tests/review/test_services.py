"""Each review rule, exercised through the services the admin and the API share."""

from __future__ import annotations

import pytest

from claims.models import Claim, ClaimEvent, Evidence, ReviewStatus
from claims.services import (
    PermissionDenied,
    ServiceError,
    StaleWrite,
    claim_assign,
    claim_publish,
    claim_unpublish,
    claim_update_review,
    claims_start_review,
    evidence_add,
    evidence_remove,
    evidence_update,
    source_get_or_create,
    user_can_publish,
    user_can_review,
)

Action = ClaimEvent.Action


def events(claim, action=None):
    qs = ClaimEvent.objects.filter(claim=claim)
    return list(qs.filter(action=action) if action else qs)


# -- roles --------------------------------------------------------------------------


def test_roles(checker, editor, outsider, superuser):
    assert user_can_review(checker) and not user_can_publish(checker)
    assert user_can_review(editor) and user_can_publish(editor)
    assert not user_can_review(outsider) and not user_can_publish(outsider)
    assert user_can_publish(superuser)
    assert not user_can_review(None)


def test_outsider_cannot_draft(claim, outsider):
    with pytest.raises(PermissionDenied):
        claim_update_review(
            claim=claim, actor=outsider, expected_version=claim.version, status="in_review"
        )


# -- publishing -------------------------------------------------------------------------


def test_publishing_a_verdict_without_a_source_is_refused(drafted, editor):
    with pytest.raises(ServiceError, match="at least one source"):
        claim_publish(claim=drafted, actor=editor, expected_version=drafted.version)
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.DRAFTED


def test_unverifiable_can_be_published_without_a_source(claim, checker, editor):
    claim_update_review(
        claim=claim,
        actor=checker,
        expected_version=claim.version,
        status="drafted",
        verdict="unverifiable",
        rationale="No public record either way.",
    )
    claim_publish(claim=claim, actor=editor, expected_version=claim.version)
    claim.refresh_from_db()
    assert claim.status == ReviewStatus.PUBLISHED
    assert claim.publisher == editor and claim.published_at is not None


def test_fact_checker_cannot_publish(drafted, checker, source):
    evidence_add(claim=drafted, actor=checker, source=source, stance="refutes")
    with pytest.raises(PermissionDenied, match="editors"):
        claim_publish(claim=drafted, actor=checker, expected_version=drafted.version)
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.DRAFTED


def test_fact_checker_cannot_publish_by_setting_the_status(drafted, checker):
    with pytest.raises(ServiceError, match="editor publishes"):
        claim_update_review(
            claim=drafted, actor=checker, expected_version=drafted.version, status="published"
        )


def test_editor_publishes_and_unpublishes_with_history(drafted, checker, editor, source):
    evidence_add(claim=drafted, actor=checker, source=source, stance="refutes")
    claim_publish(claim=drafted, actor=editor, expected_version=drafted.version)
    (published,) = events(drafted, Action.PUBLISHED)
    assert published.actor == editor
    assert published.before == {"status": "drafted"}
    assert published.after == {"status": "published", "verdict": "false"}

    with pytest.raises(PermissionDenied):
        claim_unpublish(claim=drafted, actor=checker, expected_version=drafted.version)
    claim_unpublish(
        claim=drafted, actor=editor, expected_version=drafted.version, reason="new data"
    )
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.DRAFTED and drafted.published_at is None
    (unpublished,) = events(drafted, Action.UNPUBLISHED)
    assert unpublished.after == {"status": "drafted", "reason": "new data"}


def test_published_verdict_is_frozen_for_fact_checkers(drafted, checker, editor, source):
    evidence = evidence_add(claim=drafted, actor=checker, source=source, stance="refutes")
    claim_publish(claim=drafted, actor=editor, expected_version=drafted.version)
    with pytest.raises(ServiceError, match="unpublish"):
        claim_update_review(
            claim=drafted, actor=checker, expected_version=drafted.version, verdict="accurate"
        )
    # Evidence readers can see is the editors' to change.
    with pytest.raises(PermissionDenied):
        evidence_remove(evidence=evidence, actor=checker)
    # Even an editor cannot remove the only source of a published verdict.
    with pytest.raises(ServiceError, match="only source"):
        evidence_remove(evidence=evidence, actor=editor)
    # The internal note stays editable.
    claim_update_review(
        claim=drafted, actor=checker, expected_version=drafted.version, internal_note="ok"
    )


def test_drafted_needs_a_verdict(claim, checker):
    with pytest.raises(ServiceError, match="verdict"):
        claim_update_review(
            claim=claim, actor=checker, expected_version=claim.version, status="drafted"
        )


def test_unknown_values_are_refused(claim, checker):
    with pytest.raises(ServiceError):
        claim_update_review(
            claim=claim, actor=checker, expected_version=claim.version, verdict="pants-on-fire"
        )
    with pytest.raises(ServiceError):
        claim_update_review(
            claim=claim, actor=checker, expected_version=claim.version, status="done"
        )


# -- concurrency ------------------------------------------------------------------------


def test_stale_concurrent_edit_is_refused_and_keeps_the_first_write(claim, checker, checker2):
    # Both reviewers open the same claim (same version).
    mine = Claim.objects.get(pk=claim.pk)
    theirs = Claim.objects.get(pk=claim.pk)
    opened = mine.version
    claim_update_review(
        claim=theirs,
        actor=checker2,
        expected_version=opened,
        status="drafted",
        verdict="misleading",
        rationale="Their careful work.",
    )
    with pytest.raises(StaleWrite, match="Someone else saved"):
        claim_update_review(
            claim=mine, actor=checker, expected_version=opened, rationale="My overwrite."
        )
    claim.refresh_from_db()
    assert claim.rationale == "Their careful work."
    assert claim.version == opened + 1
    assert not ClaimEvent.objects.filter(claim=claim, actor=checker).exists()


def test_stale_publish_is_refused(drafted, checker, editor, source):
    seen = drafted.version
    evidence_add(claim=drafted, actor=checker, source=source, stance="refutes")
    with pytest.raises(StaleWrite):
        claim_publish(claim=drafted, actor=editor, expected_version=seen)


def test_versions_bump_on_every_reviewed_change(claim, checker, source):
    v = claim.version
    claim_update_review(claim=claim, actor=checker, expected_version=v, status="in_review")
    evidence = evidence_add(claim=claim, actor=checker, source=source, stance="context")
    evidence_update(evidence=evidence, actor=checker, note="page 4")
    evidence_remove(evidence=evidence, actor=checker)
    claim.refresh_from_db()
    assert claim.version == v + 4


def test_noop_update_does_not_bump_or_record(claim, checker):
    v = claim.version
    claim_update_review(claim=claim, actor=checker, expected_version=v, status=claim.status)
    claim.refresh_from_db()
    assert claim.version == v
    assert events(claim) == []


# -- history ----------------------------------------------------------------------------


def test_every_review_change_is_recorded(claim, checker, source):
    claim_update_review(
        claim=claim, actor=checker, expected_version=claim.version, status="in_review"
    )
    claim_update_review(
        claim=claim,
        actor=checker,
        expected_version=claim.version,
        verdict="misleading",
        rationale="Half the story.",
    )
    evidence = evidence_add(
        claim=claim, actor=checker, source=source, stance="context", excerpt="p. 3"
    )
    evidence_update(evidence=evidence, actor=checker, stance="refutes")
    evidence_remove(evidence=evidence, actor=checker)

    (status,) = events(claim, Action.STATUS)
    assert (status.before, status.after) == ({"status": "unreviewed"}, {"status": "in_review"})
    assert status.actor == checker and status.at is not None
    (review,) = events(claim, Action.REVIEW)
    assert review.before == {"verdict": "", "rationale": ""}
    assert review.after == {"verdict": "misleading", "rationale": "Half the story."}
    (added,) = events(claim, Action.EVIDENCE_ADDED)
    assert added.before == {} and added.after["stance"] == "context"
    assert added.after["url"] == source.url
    (changed,) = events(claim, Action.EVIDENCE_CHANGED)
    assert (changed.before["stance"], changed.after["stance"]) == ("context", "refutes")
    (removed,) = events(claim, Action.EVIDENCE_REMOVED)
    assert removed.before["source_id"] == source.pk and removed.after == {}
    claim.refresh_from_db()
    assert claim.reviewer == checker and claim.reviewed_at is not None


# -- assignment, sources, evidence --------------------------------------------------


def test_start_review_moves_only_unreviewed_and_assigns(seed_article, checker, checker2):
    claims = list(seed_article.claims.order_by("start")[:3])
    claim_assign(claim=claims[1], actor=checker2, assignee=checker2)
    claim_update_review(
        claim=claims[2], actor=checker2, expected_version=claims[2].version, status="in_review"
    )
    moved = claims_start_review(claims=claims, actor=checker)
    assert moved == 2
    statuses = dict(Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("pk", "status"))
    assert set(statuses.values()) == {"in_review"}
    assignees = dict(
        Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("pk", "assignee")
    )
    assert assignees[claims[0].pk] == checker.pk
    assert assignees[claims[1].pk] == checker2.pk  # someone else's claim stays theirs


def test_assign_only_to_reviewers(claim, checker, outsider):
    with pytest.raises(ServiceError):
        claim_assign(claim=claim, actor=checker, assignee=outsider)
    claim_assign(claim=claim, actor=checker, assignee=checker)
    (event,) = events(claim, Action.ASSIGNED)
    assert event.after == {"assignee": "checker"}


def test_one_source_per_url(checker):
    first = source_get_or_create(url="https://example.org/a", title="A", actor=checker)
    again = source_get_or_create(url="https://example.org/a", title="Other", actor=checker)
    assert first.pk == again.pk and again.title == "A"
    with pytest.raises(ServiceError):
        source_get_or_create(url="javascript:alert(1)", title="x", actor=checker)
    with pytest.raises(ServiceError):
        source_get_or_create(url="https://example.org/b", title="", actor=checker)


def test_same_source_cited_once_per_claim(claim, checker, source):
    evidence_add(claim=claim, actor=checker, source=source, stance="refutes")
    with pytest.raises(ServiceError, match="already cited"):
        evidence_add(claim=claim, actor=checker, source=source, stance="supports")
    assert Evidence.objects.filter(claim=claim).count() == 1
