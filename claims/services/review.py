"""The review workflow: drafting verdicts, publishing, evidence, history,
re-extraction and speaker merges.

Every rule of the workflow lives here so the admin, the API and the management
commands enforce the same ones:

- Fact-checkers (``claims.review_claim``) draft; only Editors
  (``claims.publish_claim``) publish or unpublish, and only they may change the
  evidence of a claim readers can already see.
- A verdict other than "unverifiable" is never published without a source.
- Every change to status, verdict, rationale, evidence, assignment or a claim's
  attribution is stored as a ``ClaimEvent`` with who, when, before and after.
- Writes to a claim carry the version the writer last saw; if someone saved in
  between, the write is refused with ``StaleWrite`` instead of overwriting them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from claims.extraction import EXTRACTOR_VERSION, extract
from claims.extraction.normalize import normalize_key
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimKind,
    Evidence,
    Figure,
    ReviewStatus,
    Source,
    SourceKind,
    Speaker,
    SpeakerAlias,
    Stance,
    Verdict,
)
from claims.services.errors import PermissionDenied, ServiceError, StaleWrite
from claims.services.ingest import claims_create_from_extraction, content_hash

Action = ClaimEvent.Action

REVIEW_PERMISSION = "claims.review_claim"
PUBLISH_PERMISSION = "claims.publish_claim"
FACT_CHECKERS_GROUP = "Fact-checkers"
EDITORS_GROUP = "Editors"

# Fields a fact-checker edits while drafting, in the order history shows them.
REVIEW_FIELDS = ("status", "verdict", "rationale", "internal_note")
# Attribution fields a reviewer may correct by hand; such a claim is then kept by
# re-extraction like any other reviewed claim.
EDIT_FIELDS = ("speaker", "via", "cue", "direct", "kind")


# --------------------------------------------------------------------------- permissions


def _has_active_permission(user: Any, permission: str) -> bool:
    return bool(
        user is not None
        and getattr(user, "is_authenticated", False)
        and user.is_active
        and user.has_perm(permission)
    )


def user_can_review(user: Any) -> bool:
    """May draft verdicts, manage evidence and assignments (Fact-checkers, Editors)."""
    return _has_active_permission(user, REVIEW_PERMISSION)


def user_can_publish(user: Any) -> bool:
    """May publish and unpublish verdicts (Editors)."""
    return _has_active_permission(user, PUBLISH_PERMISSION)


def _require_reviewer(user: Any) -> None:
    if not user_can_review(user):
        raise PermissionDenied("Only fact-checkers and editors can change a claim's review.")


def _require_publisher(user: Any, what: str = "publish or unpublish verdicts") -> None:
    if not user_can_publish(user):
        raise PermissionDenied(f"Only editors can {what}.")


# --------------------------------------------------------------------------- helpers


def _user_label(user: Any) -> str | None:
    return None if user is None else user.get_username()


def _speaker_label(speaker: Speaker | None) -> dict[str, Any] | None:
    return None if speaker is None else {"id": speaker.pk, "name": speaker.name}


def _event(claim: Claim, actor: Any, action: str, before: dict, after: dict) -> ClaimEvent:
    return ClaimEvent(
        claim_id=claim.pk,
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        before=before,
        after=after,
    )


def _lock(claim: Claim) -> Claim:
    """The claim as stored now, locked until the transaction ends.

    Changes are computed against this row, never against the caller's instance,
    which may be minutes old.
    """
    try:
        return Claim.objects.select_for_update().get(pk=claim.pk)
    except Claim.DoesNotExist:
        raise ServiceError("This claim no longer exists.") from None


def _check_version(current: Claim, expected_version: int) -> None:
    if current.version != expected_version:
        raise StaleWrite(
            "Someone else saved this claim since you opened it "
            f"(you edited version {expected_version}, it is now version {current.version}). "
            "Your changes were not saved: reload the claim, check their changes and "
            "apply yours again."
        )


def _write(claim: Claim, current: Claim, **fields: Any) -> None:
    """Store ``fields`` and bump the version, only if nobody wrote since ``current``
    was read (the WHERE on version also covers databases without row locks)."""
    now = timezone.now()
    updated = Claim.objects.filter(pk=current.pk, version=current.version).update(
        version=F("version") + 1, updated_at=now, **fields
    )
    if not updated:
        raise StaleWrite(
            "Someone else saved this claim at the same moment; your changes were not saved. "
            "Reload the claim and try again."
        )
    # Bring the caller's instance up to date with what is stored (by attname, so
    # no related row is fetched just to be copied).
    _refresh(claim, current)
    for name, value in fields.items():
        setattr(claim, name, value)
    claim.version = current.version + 1
    claim.updated_at = now


def _refresh(claim: Claim, current: Claim) -> Claim:
    for field in Claim._meta.concrete_fields:
        setattr(claim, field.attname, getattr(current, field.attname))
    return claim


def _claim_has_source(claim: Claim) -> bool:
    return Evidence.objects.filter(claim_id=claim.pk).exists()


# --------------------------------------------------------------------------- drafting


@transaction.atomic
def claim_update_review(
    *,
    claim: Claim,
    actor: Any,
    expected_version: int,
    status: str | None = None,
    verdict: str | None = None,
    rationale: str | None = None,
    internal_note: str | None = None,
) -> Claim:
    """Draft or edit a claim's review. ``None`` leaves a field as it is.

    Publishing is not a status change here: use ``claim_publish``. A published
    claim's verdict, rationale and status are frozen until an editor unpublishes
    it, so readers never see an unreviewed edit; its internal note stays editable.
    """
    _require_reviewer(actor)
    if status is not None and status not in ReviewStatus.values:
        raise ServiceError(f"Unknown status {status!r}.")
    if status == ReviewStatus.PUBLISHED:
        raise ServiceError("Publishing is a separate step: an editor publishes the verdict.")
    if verdict is not None and verdict != "" and verdict not in Verdict.values:
        raise ServiceError(f"Unknown verdict {verdict!r}.")

    current = _lock(claim)
    _check_version(current, expected_version)
    requested = {
        "status": status,
        "verdict": verdict,
        "rationale": None if rationale is None else rationale.strip(),
        "internal_note": None if internal_note is None else internal_note.strip(),
    }
    changes = {
        name: value
        for name, value in requested.items()
        if value is not None and value != getattr(current, name)
    }
    if not changes:
        return _refresh(claim, current)
    if current.status == ReviewStatus.PUBLISHED and set(changes) - {"internal_note"}:
        raise ServiceError(
            "This verdict is published: an editor must unpublish it before it can be changed."
        )
    final_status = changes.get("status", current.status)
    final_verdict = changes.get("verdict", current.verdict)
    if final_status == ReviewStatus.DRAFTED and not final_verdict:
        raise ServiceError("Choose a verdict before marking it as drafted.")

    fields: dict[str, Any] = dict(changes)
    if set(changes) & {"status", "verdict", "rationale"}:
        fields["reviewer"] = actor
        fields["reviewed_at"] = timezone.now()
    events = []
    if "status" in changes:
        events.append(
            _event(current, actor, Action.STATUS, {"status": current.status}, {"status": status})
        )
    edited = [name for name in ("verdict", "rationale", "internal_note") if name in changes]
    if edited:
        events.append(
            _event(
                current,
                actor,
                Action.REVIEW,
                {name: getattr(current, name) for name in edited},
                {name: changes[name] for name in edited},
            )
        )
    _write(claim, current, **fields)
    ClaimEvent.objects.bulk_create(events)
    return claim


@transaction.atomic
def claim_edit(*, claim: Claim, actor: Any, expected_version: int, **changes: Any) -> Claim:
    """Correct a claim's attribution (speaker, via, cue, direct, kind) by hand."""
    _require_reviewer(actor)
    unknown = set(changes) - set(EDIT_FIELDS)
    if unknown:
        raise ServiceError(f"These fields cannot be edited here: {', '.join(sorted(unknown))}.")
    if "kind" in changes and changes["kind"] not in ClaimKind.values:
        raise ServiceError(f"Unknown claim kind {changes['kind']!r}.")
    current = _lock(claim)
    _check_version(current, expected_version)
    changed = {name: value for name, value in changes.items() if getattr(current, name) != value}
    if not changed:
        return _refresh(claim, current)
    speaker = changed.get("speaker", current.speaker)
    via = changed.get("via", current.via)
    if speaker is not None and via is not None and speaker.pk == via.pk:
        raise ServiceError("The intermediary cannot be the speaker.")

    def snapshot(source: dict[str, Any] | Claim, name: str) -> Any:
        value = source[name] if isinstance(source, dict) else getattr(source, name)
        return _speaker_label(value) if name in ("speaker", "via") else value

    event = _event(
        current,
        actor,
        Action.EDITED,
        {name: snapshot(current, name) for name in changed},
        {name: snapshot(changed, name) for name in changed},
    )
    _write(claim, current, **changed)
    event.save()
    return claim


@transaction.atomic
def claim_create(
    *,
    article: Article,
    actor: Any,
    start: int,
    end: int,
    speaker: Speaker | None = None,
    via: Speaker | None = None,
    cue: str = "",
    direct: bool = False,
    kind: str = ClaimKind.STATEMENT,
) -> Claim:
    """Add a claim the extractor missed; its text is taken from the article."""
    _require_reviewer(actor)
    if not 0 <= start < end <= len(article.body):
        raise ServiceError(f"Offsets must satisfy 0 ≤ start < end ≤ {len(article.body)}.")
    if kind not in ClaimKind.values:
        raise ServiceError(f"Unknown claim kind {kind!r}.")
    if speaker is not None and via is not None and speaker.pk == via.pk:
        raise ServiceError("The intermediary cannot be the speaker.")
    text = article.body[start:end]
    claim = Claim.objects.create(
        article=article,
        start=start,
        end=end,
        text=text,
        text_key=normalize_key(text),
        speaker=speaker,
        via=via,
        cue=cue[:100],
        direct=direct,
        kind=kind,
        extractor_version="",
    )
    _event(
        claim, actor, Action.CREATED, {}, {"start": start, "end": end, "text": text[:500]}
    ).save()
    return claim


# --------------------------------------------------------------------------- publishing


@transaction.atomic
def claim_publish(*, claim: Claim, actor: Any, expected_version: int) -> Claim:
    _require_publisher(actor)
    current = _lock(claim)
    _check_version(current, expected_version)
    if current.status == ReviewStatus.PUBLISHED:
        raise ServiceError("This verdict is already published.")
    if current.status != ReviewStatus.DRAFTED or not current.verdict:
        raise ServiceError("Only a drafted verdict can be published: draft a verdict first.")
    # The claim row is locked, so evidence cannot be removed between this check and
    # the write (evidence_remove locks the same row).
    if current.verdict != Verdict.UNVERIFIABLE and not _claim_has_source(current):
        raise ServiceError(
            f"A “{current.get_verdict_display()}” verdict needs at least one source: "
            "add evidence before publishing."
        )
    now = timezone.now()
    event = _event(
        current,
        actor,
        Action.PUBLISHED,
        {"status": current.status},
        {"status": ReviewStatus.PUBLISHED.value, "verdict": current.verdict},
    )
    _write(claim, current, status=ReviewStatus.PUBLISHED, publisher=actor, published_at=now)
    event.save()
    return claim


@transaction.atomic
def claim_unpublish(*, claim: Claim, actor: Any, expected_version: int, reason: str = "") -> Claim:
    """Withdraw a published verdict; it goes back to "verdict drafted"."""
    _require_publisher(actor)
    current = _lock(claim)
    _check_version(current, expected_version)
    if current.status != ReviewStatus.PUBLISHED:
        raise ServiceError("This verdict is not published.")
    event = _event(
        current,
        actor,
        Action.UNPUBLISHED,
        {
            "status": current.status,
            "published_at": current.published_at.isoformat() if current.published_at else None,
            "publisher": _user_label(current.publisher),
        },
        {"status": ReviewStatus.DRAFTED.value, "reason": reason.strip()},
    )
    _write(claim, current, status=ReviewStatus.DRAFTED, publisher=None, published_at=None)
    event.save()
    return claim


# --------------------------------------------------------------------------- assignment


@transaction.atomic
def claim_assign(*, claim: Claim, actor: Any, assignee: Any) -> Claim:
    """Give the claim to a reviewer (``None`` to unassign).

    Assignment is triage, not review content, so it does not bump the version: a
    reviewer with the form open is not locked out because someone re-assigned.
    """
    _require_reviewer(actor)
    _require_assignable(assignee)
    current = _lock(claim)
    if current.assignee_id == getattr(assignee, "pk", None):
        claim.assignee = assignee
        return claim
    Claim.objects.filter(pk=current.pk).update(assignee=assignee, updated_at=timezone.now())
    _assignment_event(current, actor, assignee).save()
    claim.assignee = assignee
    return claim


def _require_assignable(assignee: Any) -> None:
    if assignee is not None and not user_can_review(assignee):
        raise ServiceError(f"{assignee.get_username()} is not a fact-checker or editor.")


def _assignment_event(claim: Claim, actor: Any, assignee: Any) -> ClaimEvent:
    return _event(
        claim,
        actor,
        Action.ASSIGNED,
        {"assignee": _user_label(claim.assignee)},
        {"assignee": _user_label(assignee)},
    )


@transaction.atomic
def claims_assign(*, claims: Iterable[Claim] | QuerySet[Claim], actor: Any, assignee: Any) -> int:
    """Bulk ``claim_assign`` in a fixed number of queries; returns how many changed."""
    _require_reviewer(actor)
    _require_assignable(assignee)
    ids = [c.pk for c in claims]
    rows = list(
        Claim.objects.select_for_update(of=("self",))
        .filter(pk__in=ids)
        .exclude(assignee_id=getattr(assignee, "pk", None))
        .select_related("assignee")
    )
    if assignee is None:
        rows = [row for row in rows if row.assignee_id is not None]
    Claim.objects.filter(pk__in=[r.pk for r in rows]).update(
        assignee=assignee, updated_at=timezone.now()
    )
    ClaimEvent.objects.bulk_create(_assignment_event(row, actor, assignee) for row in rows)
    return len(rows)


@transaction.atomic
def claims_start_review(*, claims: Iterable[Claim] | QuerySet[Claim], actor: Any) -> int:
    """Move unreviewed claims to "in review"; claims nobody holds are assigned to
    ``actor``. Claims already further along are left alone. Returns how many moved."""
    _require_reviewer(actor)
    ids = [c.pk for c in claims]
    rows = list(
        Claim.objects.select_for_update()
        .filter(pk__in=ids, status=ReviewStatus.UNREVIEWED)
        .only("pk", "status", "assignee")
    )
    moved = [r.pk for r in rows]
    now = timezone.now()
    Claim.objects.filter(pk__in=moved).update(
        status=ReviewStatus.IN_REVIEW, version=F("version") + 1, updated_at=now
    )
    unassigned = [r.pk for r in rows if r.assignee_id is None]
    Claim.objects.filter(pk__in=unassigned).update(assignee=actor)
    events = [
        _event(
            row,
            actor,
            Action.STATUS,
            {"status": ReviewStatus.UNREVIEWED.value},
            {"status": ReviewStatus.IN_REVIEW.value},
        )
        for row in rows
    ]
    events += [
        _event(row, actor, Action.ASSIGNED, {"assignee": None}, {"assignee": _user_label(actor)})
        for row in rows
        if row.assignee_id is None
    ]
    ClaimEvent.objects.bulk_create(events)
    return len(moved)


# --------------------------------------------------------------------------- sources, evidence


def _validate_url(url: str, field: str) -> str:
    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise ServiceError(f"{field} must be an http(s) URL, got {url!r}.") from None
    return url


@transaction.atomic
def source_get_or_create(
    *,
    url: str,
    title: str,
    actor: Any,
    publisher: str = "",
    published_on: date | None = None,
    archive_url: str = "",
    kind: str = SourceKind.OTHER,
) -> Source:
    """The source stored for ``url``, created if new (one record per URL).

    An existing source is returned unchanged: another claim's evidence may cite it,
    so its details are corrected on the source itself, not as a side effect.
    """
    _require_reviewer(actor)
    url = _validate_url(url, "The source URL")
    existing = Source.objects.filter(url=url).first()
    if existing is not None:
        return existing
    title = (title or "").strip()
    if not title:
        raise ServiceError("A new source needs a title.")
    if kind not in SourceKind.values:
        raise ServiceError(f"Unknown source kind {kind!r}.")
    if archive_url:
        archive_url = _validate_url(archive_url, "The archived copy URL")
    try:
        with transaction.atomic():
            return Source.objects.create(
                url=url,
                title=title[:500],
                publisher=publisher.strip()[:300],
                published_on=published_on,
                archive_url=archive_url,
                kind=kind,
                added_by=actor,
            )
    except IntegrityError:
        # Someone stored the same URL at the same moment: theirs is the record.
        return Source.objects.get(url=url)


def _evidence_snapshot(evidence: Evidence) -> dict[str, Any]:
    return {
        "evidence_id": evidence.pk,
        "source_id": evidence.source_id,
        "source": evidence.source.title,
        "url": evidence.source.url,
        "stance": evidence.stance,
        "excerpt": evidence.excerpt,
        "note": evidence.note,
    }


def _require_evidence_editor(actor: Any, current: Claim) -> None:
    _require_reviewer(actor)
    if current.status == ReviewStatus.PUBLISHED and not user_can_publish(actor):
        raise PermissionDenied("This verdict is published: only an editor can change its evidence.")


@transaction.atomic
def evidence_add(
    *, claim: Claim, actor: Any, source: Source, stance: str, excerpt: str = "", note: str = ""
) -> Evidence:
    """Cite ``source`` for ``claim``. Bumps the claim's version: a reviewer whose
    form predates the new evidence must see it before saving."""
    if stance not in Stance.values:
        raise ServiceError(f"Unknown stance {stance!r}.")
    current = _lock(claim)
    _require_evidence_editor(actor, current)
    if Evidence.objects.filter(claim_id=current.pk, source_id=source.pk).exists():
        raise ServiceError("This source is already cited for this claim; edit that evidence.")
    evidence = Evidence.objects.create(
        claim=current,
        source=source,
        stance=stance,
        excerpt=excerpt.strip(),
        note=note.strip(),
        added_by=actor,
    )
    event = _event(current, actor, Action.EVIDENCE_ADDED, {}, _evidence_snapshot(evidence))
    _write(claim, current)
    event.save()
    return evidence


EVIDENCE_FIELDS = ("source", "stance", "excerpt", "note")


def _locked_evidence(evidence: Evidence, actor: Any) -> tuple[Claim, Claim, Evidence | None]:
    """Lock the evidence's claim, check the actor may edit its evidence, and reread
    the evidence: (claim handle, locked claim, stored evidence or None if removed)."""
    claim = Claim(pk=evidence.claim_id)
    current = _lock(claim)
    _require_evidence_editor(actor, current)
    stored = Evidence.objects.select_related("source").filter(pk=evidence.pk).first()
    return claim, current, stored


@transaction.atomic
def evidence_update(*, evidence: Evidence, actor: Any, **changes: Any) -> Evidence:
    """Change an evidence's ``source``, ``stance``, ``excerpt`` or ``note``."""
    unknown = set(changes) - set(EVIDENCE_FIELDS)
    if unknown:
        raise ServiceError(f"Evidence has no editable field {', '.join(sorted(unknown))}.")
    if "stance" in changes and changes["stance"] not in Stance.values:
        raise ServiceError(f"Unknown stance {changes['stance']!r}.")
    claim, current, stored = _locked_evidence(evidence, actor)
    if stored is None:
        raise ServiceError("This evidence was removed by someone else.")
    for name in ("excerpt", "note"):
        if name in changes:
            changes[name] = (changes[name] or "").strip()
    changed = {
        name: value
        for name, value in changes.items()
        if (value.pk != stored.source_id if name == "source" else getattr(stored, name) != value)
    }
    if not changed:
        return stored
    if (
        "source" in changed
        and Evidence.objects.filter(claim_id=current.pk, source_id=changed["source"].pk)
        .exclude(pk=stored.pk)
        .exists()
    ):
        raise ServiceError("This source is already cited for this claim.")
    before = _evidence_snapshot(stored)
    for name, value in changed.items():
        setattr(stored, name, value)
    stored.save(update_fields=list(changed))
    event = _event(current, actor, Action.EVIDENCE_CHANGED, before, _evidence_snapshot(stored))
    _write(claim, current)
    event.save()
    for name, value in changed.items():
        setattr(evidence, name, value)
    return stored


@transaction.atomic
def evidence_remove(*, evidence: Evidence, actor: Any) -> None:
    claim, current, stored = _locked_evidence(evidence, actor)
    if stored is None:
        return
    if (
        current.status == ReviewStatus.PUBLISHED
        and current.verdict != Verdict.UNVERIFIABLE
        and not Evidence.objects.filter(claim_id=current.pk).exclude(pk=stored.pk).exists()
    ):
        raise ServiceError(
            "This is the only source of a published verdict: unpublish it or add "
            "another source first."
        )
    event = _event(current, actor, Action.EVIDENCE_REMOVED, _evidence_snapshot(stored), {})
    stored.delete()
    _write(claim, current)
    event.save()


# --------------------------------------------------------------------------- re-extraction


@dataclass(frozen=True, slots=True)
class ReextractResult:
    kept: int  # reviewed claims still at their offsets
    reanchored: int  # reviewed claims found once elsewhere in the text and moved there
    orphaned: int  # reviewed claims whose text is gone or ambiguous; flagged
    replaced: int  # untouched machine claims deleted
    added: int  # claims created from the new extraction


def claims_with_review_work(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims a person has touched: any review state, evidence, assignment, history
    (every edit records an event) or added by hand. Re-extraction never deletes them."""
    return queryset.filter(
        ~Q(status=ReviewStatus.UNREVIEWED)
        | ~Q(verdict="")
        | ~Q(rationale="")
        | ~Q(internal_note="")
        | Q(assignee__isnull=False)
        | Q(extractor_version="")
        | Q(orphaned=True)
        | Exists(Evidence.objects.filter(claim=OuterRef("pk")))
        | Exists(ClaimEvent.objects.filter(claim=OuterRef("pk")))
    )


def _find_all(body: str, text: str) -> list[int]:
    found, at = [], body.find(text)
    while at != -1:
        found.append(at)
        at = body.find(text, at + 1)
    return found


@transaction.atomic
def article_reextract(
    *, article: Article, actor: Any = None, body: str | None = None
) -> ReextractResult:
    """Run the current extractor on ``article`` again, optionally on a corrected ``body``.

    Untouched machine claims are replaced. Reviewed claims are kept: re-anchored when
    their text is still at their offsets or occurs exactly once in the text, else
    flagged ``orphaned`` — never moved to a lookalike passage. ``actor`` is ``None``
    for a command run by an operator.
    """
    if actor is not None and not (
        user_can_review(actor) and actor.has_perm("claims.change_article")
    ):
        raise PermissionDenied("Only editors can re-extract an article.")
    article = Article.objects.select_for_update().get(pk=article.pk)
    if body is not None and body != article.body:
        if not body.strip():
            raise ServiceError("The article text cannot be empty.")
        digest = content_hash(body)
        if Article.objects.filter(content_hash=digest).exclude(pk=article.pk).exists():
            raise ServiceError("Another article already has exactly this text.")
        article.body, article.content_hash = body, digest
    text = article.body

    claims = Claim.objects.select_for_update().filter(article=article)
    reviewed = list(claims_with_review_work(claims))
    reviewed_ids = {c.pk for c in reviewed}
    untouched = [pk for pk in claims.values_list("pk", flat=True) if pk not in reviewed_ids]

    kept = reanchored = orphaned = 0
    events: list[ClaimEvent] = []
    kept_spans: set[tuple[int, int]] = set()
    now = timezone.now()
    for claim in reviewed:
        old = {"start": claim.start, "end": claim.end, "orphaned": claim.orphaned}
        if text[claim.start : claim.end] == claim.text:
            start = claim.start
        else:
            positions = _find_all(text, claim.text)
            start = positions[0] if len(positions) == 1 else None
        if start is None:
            if not claim.orphaned:
                Claim.objects.filter(pk=claim.pk).update(
                    orphaned=True, version=F("version") + 1, updated_at=now
                )
                events.append(
                    _event(
                        claim,
                        actor,
                        Action.ORPHANED,
                        old,
                        {"orphaned": True, "occurrences": len(_find_all(text, claim.text))},
                    )
                )
            orphaned += 1
            continue
        end = start + len(claim.text)
        kept_spans.add((start, end))
        if start == claim.start and not claim.orphaned:
            kept += 1
            continue
        shift = start - claim.start
        Claim.objects.filter(pk=claim.pk).update(
            start=start, end=end, orphaned=False, version=F("version") + 1, updated_at=now
        )
        # Figures sit inside the claim's text, so they move with it.
        Figure.objects.filter(claim=claim).update(start=F("start") + shift, end=F("end") + shift)
        events.append(_event(claim, actor, Action.REANCHORED, old, {"start": start, "end": end}))
        reanchored += 1

    Claim.objects.filter(pk__in=untouched).delete()
    extraction = extract(text, language=article.language)
    # A new span overlapping a kept claim would be the same statement quoted twice
    # (the extractor moved a boundary); the reviewed claim wins.
    fresh = tuple(
        c
        for c in extraction.claims
        if not any(c.start < end and start < c.end for start, end in kept_spans)
    )
    new_claims, _, _ = claims_create_from_extraction(
        article=article,
        extraction=dataclasses.replace(extraction, claims=fresh),
        skip_spans=kept_spans,
    )
    ClaimEvent.objects.bulk_create(events)
    article.extractor_version = extraction.version or EXTRACTOR_VERSION
    article.save(update_fields=["body", "content_hash", "extractor_version", "updated_at"])
    return ReextractResult(
        kept=kept,
        reanchored=reanchored,
        orphaned=orphaned,
        replaced=len(untouched),
        added=len(new_claims),
    )


# --------------------------------------------------------------------------- speaker merge


@transaction.atomic
def speaker_merge(*, keep: Speaker, merged: list[Speaker], actor: Any) -> Speaker:
    """Fold ``merged`` into ``keep``: their claims, relayed claims, aliases and members
    move to ``keep``, blank details are filled from them, and they are deleted.
    Every moved claim records who merged what."""
    if not (
        user_can_review(actor)
        and actor.has_perm("claims.change_speaker")
        and actor.has_perm("claims.delete_speaker")
    ):
        raise PermissionDenied("Only editors can merge speakers.")
    merged = [s for s in merged if s.pk != keep.pk]
    if not merged:
        raise ServiceError("Choose at least one other speaker to merge into the kept one.")
    keep = Speaker.objects.select_for_update().get(pk=keep.pk)
    merged_ids = [s.pk for s in merged]
    merged = list(Speaker.objects.select_for_update().filter(pk__in=merged_ids))
    if len(merged) != len(set(merged_ids)):
        raise ServiceError("Some of the speakers to merge no longer exist.")
    if any(s.kind != keep.kind for s in merged):
        raise ServiceError("A person and an organisation cannot be merged.")
    by_id = {s.pk: s for s in merged}

    events = []
    moved = list(
        Claim.objects.select_for_update(of=("self",))
        .filter(Q(speaker_id__in=merged_ids) | Q(via_id__in=merged_ids))
        .select_related("speaker", "via")
    )
    for claim in moved:
        before = {"speaker": _speaker_label(claim.speaker), "via": _speaker_label(claim.via)}
        speaker = keep if claim.speaker_id in by_id else claim.speaker
        via = keep if claim.via_id in by_id else claim.via
        # Said by one merged identity and relayed by another, the claim would be
        # relayed by its own speaker: the relay is dropped to keep that invariant.
        if via is not None and speaker is not None and via.pk == speaker.pk:
            via = None
        after = {"speaker": _speaker_label(speaker), "via": _speaker_label(via)}
        events.append(_event(claim, actor, Action.SPEAKER_MERGED, before, after))
        claim.speaker, claim.via = speaker, via
    Claim.objects.bulk_update(moved, ["speaker", "via"])
    Claim.objects.filter(pk__in=[c.pk for c in moved]).update(
        version=F("version") + 1, updated_at=timezone.now()
    )

    existing = set(keep.aliases.values_list("key", flat=True))
    for alias in SpeakerAlias.objects.filter(speaker_id__in=merged_ids).order_by("pk"):
        if alias.key in existing:
            alias.delete()
        else:
            existing.add(alias.key)
            alias.speaker = keep
            alias.save(update_fields=["speaker"])
    for speaker in merged:
        key = normalize_key(speaker.name)[:300]
        if key and key not in existing:
            existing.add(key)
            SpeakerAlias.objects.create(speaker=keep, surface=speaker.name[:300], key=key)

    Speaker.objects.filter(affiliation_id__in=merged_ids).exclude(pk=keep.pk).update(
        affiliation=keep
    )
    changed = []
    if keep.affiliation_id in by_id:
        keep.affiliation, changed = None, ["affiliation"]
    for speaker in merged:
        if not keep.role and speaker.role:
            keep.role, changed = speaker.role, [*changed, "role"]
        if not keep.wikidata_id and speaker.wikidata_id:
            keep.wikidata_id, changed = speaker.wikidata_id, [*changed, "wikidata_id"]
        if keep.affiliation_id is None and speaker.affiliation_id not in (None, keep.pk, *by_id):
            keep.affiliation_id, changed = speaker.affiliation_id, [*changed, "affiliation"]
    if changed:
        keep.save(update_fields=[*set(changed), "updated_at"])
    ClaimEvent.objects.bulk_create(events)
    Speaker.objects.filter(pk__in=merged_ids).delete()
    return keep
