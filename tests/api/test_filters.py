"""Every claim filter, plus the article/speaker/source filters, on a corpus whose
answers are known."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from claims.models import Claim
from tests.api.conftest import ids

pytestmark = pytest.mark.django_db


def test_no_filter_lists_everything_in_id_order(anon_client, corpus):
    assert ids(anon_client.get("/api/v1/claims/")) == sorted(
        Claim.objects.values_list("id", flat=True)
    )


def test_speaker_via_kind_and_affiliation(anon_client, corpus):
    c = corpus
    get = lambda q: set(ids(anon_client.get(f"/api/v1/claims/?{q}")))  # noqa: E731
    assert get(f"speaker={c.spokesman.pk}") == {c.figure_claim.pk, c.relayed_claim.pk}
    assert get(f"via={c.agency.pk}") == {c.relayed_claim.pk}
    assert get("speaker_kind=organization") == {c.plain_claim.pk}
    assert get("speaker_kind=person") == {c.figure_claim.pk, c.relayed_claim.pk}
    assert get(f"affiliation={c.ministry.pk}") == {c.figure_claim.pk, c.relayed_claim.pk}


def test_article_outlet_language(anon_client, corpus):
    c = corpus
    get = lambda q: set(ids(anon_client.get(f"/api/v1/claims/?{q}")))  # noqa: E731
    assert get(f"article={c.english.pk}") == {c.english_claim.pk}
    assert get(f"outlet={c.outlet.pk}") == {c.plain_claim.pk, c.figure_claim.pk, c.relayed_claim.pk}
    assert get("language=en") == {c.english_claim.pk}


def test_kind_and_direct(anon_client, corpus):
    c = corpus
    get = lambda q: set(ids(anon_client.get(f"/api/v1/claims/?{q}")))  # noqa: E731
    assert get("kind=figure") == {c.plain_claim.pk, c.figure_claim.pk}
    assert get("kind=position") == {c.english_claim.pk}
    assert get("direct=true") == {c.figure_claim.pk}
    assert get("direct=1") == {c.figure_claim.pk}
    assert c.figure_claim.pk not in get("direct=false")


def test_figures(anon_client, corpus):
    c = corpus
    get = lambda q: set(ids(anon_client.get(f"/api/v1/claims/?{q}")))  # noqa: E731
    assert get("has_figures=true") == {c.plain_claim.pk, c.figure_claim.pk}
    assert get("has_figures=false") == {c.relayed_claim.pk, c.english_claim.pk}
    assert get("figure_min=100") == {c.plain_claim.pk}
    assert get("figure_max=100") == {c.figure_claim.pk}
    assert get("figure_min=30&figure_max=40") == {c.figure_claim.pk}
    assert get("figure_min=2000&figure_max=2000") == {c.plain_claim.pk}
    assert get("figure_min=3000") == set()
    assert get("figure_unit=مدني") == {c.plain_claim.pk}
    # One figure must satisfy every figure condition at once.
    assert get("figure_unit=مدني&figure_max=100") == set()


def test_status_and_verdict_for_reviewers(checker_client, corpus):
    c = corpus
    get = lambda q: set(ids(checker_client.get(f"/api/v1/claims/?{q}")))  # noqa: E731
    assert get("status=published") == {c.published.pk}
    assert get("status=drafted") == {c.drafted.pk}
    assert get("status=unreviewed") == {c.figure_claim.pk, c.english_claim.pk}
    assert get("verdict=accurate") == {c.drafted.pk}  # a draft verdict, for reviewers
    assert get("verdict=false") == {c.published.pk}


@pytest.mark.parametrize("role", ["anonymous", "outsider"])
def test_public_verdict_filter_only_matches_published_verdicts(role, role_clients, corpus):
    client = role_clients[role]
    assert ids(client.get("/api/v1/claims/?verdict=false")) == [corpus.published.pk]
    assert ids(client.get("/api/v1/claims/?verdict=accurate")) == []  # the draft
    assert ids(client.get("/api/v1/claims/?status=published")) == [corpus.published.pk]
    for status in ("drafted", "in_review", "unreviewed"):
        response = client.get(f"/api/v1/claims/?status={status}")
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "permission_denied"


def test_published_and_reviewed_date_ranges(anon_client, checker_client, corpus):
    c = corpus
    today = timezone.localdate()
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    yesterday = (today - dt.timedelta(days=1)).isoformat()
    pub = lambda q, cl=anon_client: set(ids(cl.get(f"/api/v1/claims/?{q}")))  # noqa: E731
    assert pub(f"published_after={today.isoformat()}") == {c.published.pk}
    assert pub(f"published_before={today.isoformat()}") == {c.published.pk}
    assert pub(f"published_after={tomorrow}") == set()
    assert pub(f"published_before={yesterday}") == set()
    # An instant, as an aggregator syncing incrementally would send it.
    instant = (c.published.published_at - dt.timedelta(seconds=1)).isoformat()
    assert pub("published_after=" + instant.replace("+", "%2B")) == {c.published.pk}
    # Reviewed dates: reviewers see drafts too, the public only published claims.
    assert pub(f"reviewed_after={yesterday}", checker_client) == {c.published.pk, c.drafted.pk}
    assert pub(f"reviewed_after={yesterday}") == {c.published.pk}
    assert pub(f"reviewed_before={yesterday}", checker_client) == set()


@pytest.mark.parametrize(
    "query",
    [
        "احمد علي",  # no hamza
        "أحمد علي",  # with hamza
        "أَحْمَد",  # with diacritics
        "ٱحمد",  # alef wasla
    ],
)
def test_text_search_matches_speaker_names_across_spelling_variants(query, anon_client, corpus):
    found = set(ids(anon_client.get("/api/v1/claims/", {"q": query})))
    assert found == {corpus.figure_claim.pk, corpus.relayed_claim.pk}


@pytest.mark.parametrize(
    "query",
    [
        "اصيب 35 مدنيا",  # no hamza, no tanween
        "أُصيب ٣٥"[:5] + " 35",  # hamza with damma
        "المفاوضات ستستانف",  # hamza on alef vs none, diacritics stripped
    ],
)
def test_text_search_matches_claim_text_across_spelling_variants(query, anon_client, corpus):
    assert ids(anon_client.get("/api/v1/claims/", {"q": query}))


def test_text_search_taa_marbuta_and_alef_maqsura(anon_client, corpus):
    # "الوكاله" (haa for taa marbuta) must find the agency-relayed claim via its alias.
    assert ids(anon_client.get("/api/v1/claims/", {"q": "الوكاله"})) == [corpus.relayed_claim.pk]
    assert ids(anon_client.get("/api/v1/claims/", {"q": "!!!"})) == []


def test_filters_combine(anon_client, corpus):
    c = corpus
    response = anon_client.get(
        f"/api/v1/claims/?speaker={c.spokesman.pk}&direct=true&has_figures=true&language=ar"
    )
    assert ids(response) == [c.figure_claim.pk]


@pytest.mark.parametrize(
    "query,field",
    [
        ("speaker=abc", "speaker"),
        ("speaker=1.5", "speaker"),
        ("speaker=0", "speaker"),
        ("speaker=99999999999999999999999", "speaker"),
        ("article=-1", "article"),
        ("direct=maybe", "direct"),
        ("has_figures=yes", "has_figures"),
        ("kind=rumour", "kind"),
        ("verdict=pants_on_fire", "verdict"),
        ("status=done", "status"),
        ("speaker_kind=robot", "speaker_kind"),
        ("language=fr", "language"),
        ("figure_min=lots", "figure_min"),
        ("figure_max=NaN", "figure_max"),
        ("published_after=yesterday", "published_after"),
        ("reviewed_before=2023-02-30", "reviewed_before"),
        ("page_size=0", "page_size"),
        ("page_size=1000", "page_size"),
        ("ordering=text", "ordering"),
        ("cursor=not-a-cursor", "cursor"),
    ],
)
def test_invalid_filter_values_are_400_with_the_field_named(query, field, anon_client, corpus):
    response = anon_client.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert field in error["fields"]
    assert error["message"]


@pytest.mark.parametrize(
    "url", ["/api/v1/claims/", "/api/v1/articles/", "/api/v1/speakers/", "/api/v1/sources/",
            "/api/v1/claim-reviews/"]
)  # fmt: skip
def test_unknown_query_parameters_are_rejected_on_every_list(url, anon_client, corpus):
    response = anon_client.get(url + "?verdcit=false&format=json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "unknown_parameter"
    assert set(error["fields"]) == {"verdcit", "format"}


def test_article_filters(anon_client, corpus):
    c = corpus
    get = lambda q: ids(anon_client.get(f"/api/v1/articles/?{q}"))  # noqa: E731
    assert get(f"outlet={c.other_outlet.pk}") == [c.english.pk]
    assert get("language=ar") == [c.article.pk]
    assert get("published_after=2023-09-21") == [c.english.pk]
    assert get("published_before=2023-09-20") == [c.article.pk]
    assert get("q=تقرير") == [c.article.pk]
    assert get("ordering=published_on") == [c.article.pk, c.english.pk]


def test_speaker_filters(anon_client, corpus):
    c = corpus
    get = lambda q: set(ids(anon_client.get(f"/api/v1/speakers/?{q}")))  # noqa: E731
    assert get("kind=person") == {c.spokesman.pk}
    assert get(f"affiliation={c.ministry.pk}") == {c.spokesman.pk}
    assert get("q=احمد") == {c.spokesman.pk}
    assert get("q=الوكاله") == {c.agency.pk}


def test_source_filters(anon_client, checker_client, corpus):
    c = corpus
    assert len(ids(anon_client.get(f"/api/v1/sources/?claim={c.published.pk}"))) == 1
    assert ids(anon_client.get(f"/api/v1/sources/?claim={c.drafted.pk}")) == []
    assert len(ids(checker_client.get(f"/api/v1/sources/?claim={c.drafted.pk}"))) == 1
    assert len(ids(anon_client.get("/api/v1/sources/?q=governor"))) == 1
    assert ids(anon_client.get("/api/v1/sources/?kind=dataset")) == []


def test_filtersets_share_no_per_request_state(corpus):
    """Filters are shallow copies: each filterset's method filters call that
    filterset (its request), and its form holds only the parameters sent."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import QueryDict
    from rest_framework.request import Request
    from rest_framework.test import APIRequestFactory

    from claims.api.filters import ClaimFilter
    from claims.models import Claim

    def filterset(query: str) -> ClaimFilter:
        request = Request(APIRequestFactory().get(f"/api/v1/claims/?{query}"))
        request.user = AnonymousUser()
        return ClaimFilter(QueryDict(query), Claim.objects.all(), request=request)

    first, second = filterset("verdict=false&direct=true"), filterset("q=x")
    assert first.filters["verdict"] is not ClaimFilter.base_filters["verdict"]
    assert first.filters["verdict"].filter.f is first.filters["verdict"]
    assert first.filters["verdict"].parent is first and second.filters["verdict"].parent is second
    assert set(first.form.fields) == {"verdict", "direct"}
    assert set(second.form.fields) == {"q"}
    assert first.is_valid() and second.is_valid()
    assert first.form.cleaned_data == {"verdict": "false", "direct": True}
    assert set(filterset("").form.fields) == set()
    bad = filterset("figure_min=abc")
    assert not bad.is_valid() and set(bad.errors) == {"figure_min"}
