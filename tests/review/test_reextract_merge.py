"""Re-extraction never loses review work; merging speakers moves everything."""

from __future__ import annotations

import pytest

from claims.models import Claim, ClaimEvent, Figure, Speaker, SpeakerAlias
from claims.services import (
    PermissionDenied,
    ServiceError,
    article_reextract,
    claim_assign,
    claim_edit,
    claim_update_review,
    evidence_add,
    speaker_get_or_create,
    speaker_merge,
)

Action = ClaimEvent.Action


@pytest.fixture
def reviewed(seed_article, checker, source):
    """Three kinds of touched claims and the untouched rest."""
    claims = list(seed_article.claims.order_by("start"))
    with_verdict, with_evidence, assigned = claims[0], claims[1], claims[2]
    claim_update_review(
        claim=with_verdict,
        actor=checker,
        expected_version=with_verdict.version,
        status="drafted",
        verdict="misleading",
        rationale="Context missing.",
    )
    evidence_add(claim=with_evidence, actor=checker, source=source, stance="supports")
    claim_assign(claim=assigned, actor=checker, assignee=checker)
    return seed_article, [with_verdict, with_evidence, assigned]


def test_reextract_same_text_keeps_reviewed_and_replaces_machine_claims(reviewed, editor):
    article, kept = reviewed
    before = article.claims.count()
    untouched = set(
        article.claims.exclude(pk__in=[c.pk for c in kept]).values_list("pk", flat=True)
    )
    result = article_reextract(article=article, actor=editor)
    assert (result.kept, result.reanchored, result.orphaned) == (3, 0, 0)
    assert result.replaced == before - 3
    assert result.added == before - 3  # same extractor: the same spans come back once
    assert article.claims.count() == before
    assert not article.claims.filter(pk__in=untouched).exists()
    stored = Claim.objects.get(pk=kept[0].pk)
    assert (stored.verdict, stored.rationale, stored.status) == (
        "misleading",
        "Context missing.",
        "drafted",
    )
    assert Claim.objects.get(pk=kept[1].pk).evidence.count() == 1
    # No duplicate of a kept claim's span.
    spans = list(article.claims.values_list("start", "end"))
    assert len(spans) == len(set(spans))


def test_reextract_reanchors_when_the_text_moved(reviewed, editor):
    article, kept = reviewed
    claim = kept[0]
    figures_before = list(Figure.objects.filter(claim=claim).values_list("start", "text"))
    prefix = "تحديث: أضيفت هذه الفقرة في أعلى المقال.\n\n"
    result = article_reextract(article=article, actor=editor, body=prefix + article.body)
    assert result.reanchored == 3 and result.orphaned == 0
    claim.refresh_from_db()
    article.refresh_from_db()
    assert article.body[claim.start : claim.end] == claim.text
    assert not claim.orphaned
    figures_after = list(Figure.objects.filter(claim=claim).values_list("start", "text"))
    assert figures_after == [(s + len(prefix), t) for s, t in figures_before]
    (event,) = ClaimEvent.objects.filter(claim=claim, action=Action.REANCHORED)
    assert event.after["start"] == event.before["start"] + len(prefix)
    assert event.actor == editor


def test_reextract_orphans_a_reviewed_claim_whose_text_is_gone(reviewed, editor):
    article, kept = reviewed
    claim = kept[0]
    body = article.body.replace(claim.text, "عبارة مختلفة تماما لم ترد في النص الأصلي")
    result = article_reextract(article=article, actor=editor, body=body)
    assert result.orphaned == 1
    claim.refresh_from_db()
    assert claim.orphaned and claim.verdict == "misleading"  # kept, flagged, not lost
    assert ClaimEvent.objects.filter(claim=claim, action=Action.ORPHANED).exists()


def test_reextract_never_moves_a_claim_to_one_of_several_lookalikes(reviewed, editor):
    article, kept = reviewed
    claim = kept[0]
    old_start = claim.start
    # The text moves AND now occurs twice: which one was reviewed is unknowable.
    body = "مقدمة.\n\n" + article.body + "\n\nوكرر: " + claim.text
    result = article_reextract(article=article, actor=editor, body=body)
    claim.refresh_from_db()
    assert claim.orphaned
    assert claim.start == old_start  # not silently re-anchored to a lookalike
    assert result.orphaned == 1
    event = ClaimEvent.objects.get(claim=claim, action=Action.ORPHANED)
    assert event.after["occurrences"] == 2


def test_orphan_comes_back_when_its_text_returns(reviewed, editor):
    article, kept = reviewed
    claim = kept[0]
    original = article.body
    article_reextract(article=article, actor=editor, body=original.replace(claim.text, "—"))
    article.refresh_from_db()
    result = article_reextract(article=article, actor=editor, body=original)
    claim.refresh_from_db()
    assert not claim.orphaned and result.orphaned == 0
    assert original[claim.start : claim.end] == claim.text


def test_reextract_is_for_editors(seed_article, checker):
    with pytest.raises(PermissionDenied):
        article_reextract(article=seed_article, actor=checker)


def test_reextract_keeps_hand_edited_claims(seed_article, checker, editor):
    claim = seed_article.claims.order_by("start").last()
    claim_edit(claim=claim, actor=checker, expected_version=claim.version, kind="position")
    article_reextract(article=seed_article, actor=editor)
    assert Claim.objects.get(pk=claim.pk).kind == "position"


# -- merge ---------------------------------------------------------------------------


@pytest.fixture
def duplicate(seed_article, checker):
    """A second record for a seed speaker, spelled differently, holding one claim."""
    claims = list(seed_article.claims.filter(speaker__isnull=False).order_by("start"))
    keep = claims[0].speaker
    dup, created = speaker_get_or_create(
        name="ــ " + keep.name.replace("أ", "ا") + " (نسخة)",
        kind=keep.kind,
        role="مسؤول",
        aliases=["الاسم المختصر"],
    )
    assert created
    moved = next(c for c in claims if c.speaker_id != keep.pk)
    claim_edit(claim=moved, actor=checker, expected_version=moved.version, speaker=dup)
    relayed = claims[0]
    claim_edit(claim=relayed, actor=checker, expected_version=relayed.version, via=dup)
    return keep, dup, moved, relayed


def test_merge_moves_claims_aliases_and_records_history(duplicate, editor):
    keep, dup, moved, relayed = duplicate
    dup_pk = dup.pk
    version = Claim.objects.get(pk=moved.pk).version
    result = speaker_merge(keep=keep, merged=[dup], actor=editor)
    assert result.pk == keep.pk
    assert not Speaker.objects.filter(pk=dup_pk).exists()
    moved.refresh_from_db()
    assert moved.speaker_id == keep.pk and moved.version == version + 1
    # Said by keep and relayed by its duplicate: the relay would be itself, so it goes.
    relayed.refresh_from_db()
    assert relayed.speaker_id == keep.pk and relayed.via_id is None
    surfaces = set(SpeakerAlias.objects.filter(speaker=keep).values_list("surface", flat=True))
    assert "الاسم المختصر" in surfaces
    event = ClaimEvent.objects.get(claim=moved, action=Action.SPEAKER_MERGED)
    assert event.before["speaker"] == {"id": dup_pk, "name": dup.name}
    assert event.after["speaker"] == {"id": keep.pk, "name": keep.name}
    assert event.actor == editor
    keep.refresh_from_db()
    assert keep.role  # filled from the merged record when it had none


def test_merge_is_for_editors(duplicate, checker):
    keep, dup, *_ = duplicate
    with pytest.raises(PermissionDenied):
        speaker_merge(keep=keep, merged=[dup], actor=checker)


def test_merge_refuses_person_with_organisation(seed_article, editor):
    person = Speaker.objects.filter(kind="person").first()
    org = Speaker.objects.filter(kind="organization").first()
    with pytest.raises(ServiceError, match="organisation"):
        speaker_merge(keep=person, merged=[org], actor=editor)


def test_reextract_command(reviewed, capsys):
    from django.core.management import call_command

    article, _ = reviewed
    call_command("reextract", str(article.pk))
    assert f"article {article.pk}: kept 3" in capsys.readouterr().out
