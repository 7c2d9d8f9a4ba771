"""The admin as fact-checkers use it: search, actions, the claim form, publishing,
and a changelist whose query count does not grow with the page."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Evidence, Figure, ReviewStatus
from claims.services import claim_edit, claim_update_review, speaker_get_or_create

CHANGELIST = reverse("admin:claims_claim_changelist")


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def form_data(claim, **overrides):
    """What the claim form posts when saved unchanged (plus ``overrides``)."""
    data = {
        "speaker": claim.speaker_id or "",
        "via": claim.via_id or "",
        "cue": claim.cue,
        "kind": claim.kind,
        "status": claim.status,
        "verdict": claim.verdict,
        "rationale": claim.rationale,
        "internal_note": claim.internal_note,
        "assignee": claim.assignee_id or "",
        "version": claim.version,
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "evidence-MIN_NUM_FORMS": 0,
        "evidence-MAX_NUM_FORMS": 1000,
        "_continue": "1",
    }
    if claim.direct:
        data["direct"] = "on"
    data.update(overrides)
    return data


def result_ids(response):
    return {obj.pk for obj in response.context["cl"].result_list}


# -- search -----------------------------------------------------------------------------


def test_search_is_arabic_insensitive_on_claim_text(client, checker, seed_article):
    client.force_login(checker)
    with_hamza = set(
        seed_article.claims.filter(text__contains="إطلاق").values_list("pk", flat=True)
    )
    assert with_hamza
    plain = result_ids(client.get(CHANGELIST, {"q": "اطلاق"}))
    assert with_hamza <= plain  # (speaker names may add more)
    assert plain == result_ids(client.get(CHANGELIST, {"q": "إطلاق"}))


def test_search_finds_speaker_by_unhamzated_name(client, checker, seed_article):
    speaker, _ = speaker_get_or_create(name="أحمد صبري", kind="person")
    claim = seed_article.claims.order_by("start").first()
    claim_edit(claim=claim, actor=checker, expected_version=claim.version, speaker=speaker)
    client.force_login(checker)
    response = client.get(CHANGELIST, {"q": "احمد"})
    assert result_ids(response) == {claim.pk}


def test_speaker_autocomplete_is_arabic_insensitive(client, checker, seed_article):
    speaker_get_or_create(name="أحمد صبري", kind="person")
    client.force_login(checker)
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "احمد", "app_label": "claims", "model_name": "claim", "field_name": "speaker"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["أحمد صبري"]


# -- actions and filters ---------------------------------------------------------------


def test_bulk_assign_to_me_and_start_review(client, checker, seed_article):
    client.force_login(checker)
    ids = list(seed_article.claims.order_by("start").values_list("pk", flat=True)[:3])
    client.post(CHANGELIST, {"action": "start_review", "_selected_action": ids})
    assert set(Claim.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"in_review"}
    assert set(Claim.objects.filter(pk__in=ids).values_list("assignee", flat=True)) == {checker.pk}
    others = list(seed_article.claims.exclude(pk__in=ids).values_list("pk", flat=True)[:2])
    client.post(CHANGELIST, {"action": "assign_to_me", "_selected_action": others})
    mine = client.get(CHANGELIST, {"assigned": "me"})
    assert result_ids(mine) == set(ids) | set(others)
    assert ClaimEvent.objects.filter(action="assigned", actor=checker).count() == 5


def test_triage_filters(client, checker, seed_article):
    client.force_login(checker)
    for params in (
        {"status": "unreviewed"},
        {"verdict": "false"},
        {"kind": "statement"},
        {"has_figures": "yes"},
        {"has_figures": "no"},
        {"assigned": "none"},
        {"orphaned__exact": "0"},
        {"speaker__id__exact": seed_article.claims.exclude(speaker=None).first().speaker_id},
        {"article__id__exact": seed_article.pk},
    ):
        assert client.get(CHANGELIST, params).status_code == 200, params
    with_figures = result_ids(client.get(CHANGELIST, {"has_figures": "yes"}))
    assert with_figures == set(
        Figure.objects.filter(claim__article=seed_article).values_list("claim", flat=True)
    )


def test_outsider_cannot_use_review_actions(client, outsider, seed_article):
    client.force_login(outsider)
    assert client.get(CHANGELIST).status_code == 403  # no view permission at all


# -- the claim form -----------------------------------------------------------------


def test_claim_form_saves_review_and_evidence_through_the_services(client, checker, claim, source):
    client.force_login(checker)
    data = form_data(
        claim,
        status="drafted",
        verdict="mostly_false",
        rationale="المصدر الرسمي يذكر رقما أقل.",
        **{
            "evidence-TOTAL_FORMS": 1,
            "evidence-0-source": source.pk,
            "evidence-0-stance": "refutes",
            "evidence-0-excerpt": "",
            "evidence-0-note": "",
            "evidence-0-claim": claim.pk,
        },
    )
    response = client.post(change_url(claim), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.reviewer) == ("drafted", "mostly_false", checker)
    assert Evidence.objects.get(claim=claim).added_by == checker
    actions = set(ClaimEvent.objects.filter(claim=claim).values_list("action", flat=True))
    assert actions == {"status", "review", "evidence_added"}


def test_stale_claim_form_gets_a_clear_error_and_overwrites_nothing(
    client, checker, checker2, claim
):
    opened = Claim.objects.get(pk=claim.pk)  # the form checker loaded
    claim_update_review(
        claim=claim, actor=checker2, expected_version=claim.version, rationale="Theirs."
    )
    client.force_login(checker)
    response = client.post(change_url(opened), form_data(opened, rationale="Mine."))
    assert response.status_code == 200
    assert "Someone else saved this claim" in response.content.decode()
    claim.refresh_from_db()
    assert claim.rationale == "Theirs."


def test_publish_button_is_for_editors(client, checker, editor, drafted, source):
    from claims.services import evidence_add

    evidence_add(claim=drafted, actor=checker, source=source, stance="refutes")
    drafted.refresh_from_db()
    url = reverse("admin:claims_claim_publish", args=[drafted.pk])

    client.force_login(checker)
    page = client.get(change_url(drafted)).content.decode()
    assert url not in page
    client.post(url, {"version": drafted.version})
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.DRAFTED

    client.force_login(editor)
    assert url in client.get(change_url(drafted)).content.decode()
    response = client.post(url, {"version": drafted.version}, follow=True)
    assert response.status_code == 200
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.PUBLISHED


def test_publish_without_source_is_a_message_not_a_crash(client, editor, drafted):
    client.force_login(editor)
    url = reverse("admin:claims_claim_publish", args=[drafted.pk])
    response = client.post(url, {"version": drafted.version}, follow=True)
    assert "at least one source" in response.content.decode()
    drafted.refresh_from_db()
    assert drafted.status == ReviewStatus.DRAFTED


def test_untrusted_names_are_escaped(client, checker, claim):
    speaker, _ = speaker_get_or_create(name='<img src=x onerror="alert(1)">', kind="person")
    claim_edit(claim=claim, actor=checker, expected_version=claim.version, speaker=speaker)
    client.force_login(checker)
    for url in (CHANGELIST, change_url(claim)):
        html = client.get(url).content.decode()
        assert "<img src=x" not in html
        assert "&lt;img src=x" in html


def test_speaker_merge_action(client, editor, seed_article):
    a, _ = speaker_get_or_create(name="ميخائيل سعد", kind="person")
    b, _ = speaker_get_or_create(name="ميكائيل سعد", kind="person")
    client.force_login(editor)
    url = reverse("admin:claims_speaker_changelist")
    confirm = client.post(url, {"action": "merge", "_selected_action": [a.pk, b.pk]})
    assert confirm.status_code == 200 and b"Merge speakers" in confirm.content
    client.post(
        url, {"action": "merge", "_selected_action": [a.pk, b.pk], "apply": "1", "keep": a.pk}
    )
    assert not type(a).objects.filter(pk=b.pk).exists()
    assert a.aliases.filter(surface="ميكائيل سعد").exists()


def test_article_reextract_action(client, editor, seed_article):
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_article_changelist"),
        {"action": "reextract", "_selected_action": [seed_article.pk]},
        follow=True,
    )
    assert "Re-extracted" in response.content.decode()


# -- query counts -----------------------------------------------------------------------


def _add_claims(article, n: int, actor):
    """``n`` more claims on the article, each with a speaker, a figure, an assignee."""
    speakers = list(type(article.claims.first().speaker).objects.all()[:5])
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", article.body)]
    taken = set(article.claims.values_list("start", "end"))
    new = []
    for start, end in words:
        if len(new) == n:
            break
        if (start, end) in taken:
            continue
        text = article.body[start:end]
        new.append(
            Claim(
                article=article,
                start=start,
                end=end,
                text=text,
                text_key=text,
                speaker=speakers[len(new) % len(speakers)],
                assignee=actor,
                extractor_version="test",
            )
        )
    Claim.objects.bulk_create(new)
    Figure.objects.bulk_create(
        Figure(claim=c, value=1, start=c.start, end=c.end, text=c.text) for c in new
    )


def _changelist_queries(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(CHANGELIST)
    assert response.status_code == 200
    return len(ctx.captured_queries), len(response.context["cl"].result_list)


@pytest.mark.parametrize("extra", [0, 80])
def test_claim_list_query_count_is_bounded(
    client, checker, seed_article, extra, django_assert_max_num_queries
):
    _add_claims(seed_article, extra, checker)
    client.force_login(checker)
    with django_assert_max_num_queries(20):
        response = client.get(CHANGELIST)
    assert len(response.context["cl"].result_list) == min(50, seed_article.claims.count())


def test_claim_list_queries_do_not_grow_with_rows(client, checker, seed_article):
    client.force_login(checker)
    few, few_rows = _changelist_queries(client)
    _add_claims(seed_article, 80, checker)
    many, many_rows = _changelist_queries(client)
    assert many_rows > few_rows
    assert many == few, (few, many)
