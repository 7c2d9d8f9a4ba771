"""What each role sees: published verdicts for everybody, drafts and internal
notes only for Fact-checkers and Editors."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db

PUBLIC_ROLES = ("anonymous", "outsider")
REVIEW_ROLES = ("checker", "editor")


def _claim(client, claim_id):
    response = client.get(f"/api/v1/claims/{claim_id}/")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("role", PUBLIC_ROLES + REVIEW_ROLES)
def test_published_verdict_is_visible_to_everybody(role, role_clients, corpus):
    data = _claim(role_clients[role], corpus.published.pk)
    assert data["published"] is True
    assert data["verdict"]["code"] == "false"
    assert data["verdict"]["rating"] == 1
    assert data["verdict"]["rationale"] == "Local officials counted 800."
    assert data["verdict"]["published_at"]
    assert [e["source"]["url"] for e in data["evidence"]] == ["https://example.org/governor"]


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_public_never_sees_drafts_or_internal_notes(role, role_clients, corpus):
    client = role_clients[role]
    data = _claim(client, corpus.drafted.pk)
    assert data["published"] is False
    assert data["verdict"] is None
    assert data["evidence"] == []
    assert data["review"] is None
    published = _claim(client, corpus.published.pk)
    assert published["review"] is None
    # Nothing of the draft anywhere in any list or detail payload.
    for url in (
        "/api/v1/claims/",
        f"/api/v1/claims/{corpus.drafted.pk}/",
        f"/api/v1/articles/{corpus.article.pk}/",
        "/api/v1/sources/",
        "/api/v1/claim-reviews/",
        "/api/v1/speakers/",
    ):
        text = client.get(url).content.decode()
        for secret in ("SECRET-NOTE", "Call the governor", "Draft rationale", "Private lead"):
            assert secret not in text, (url, secret)


@pytest.mark.parametrize("role", REVIEW_ROLES)
def test_reviewers_see_the_review_state(role, role_clients, corpus):
    data = _claim(role_clients[role], corpus.drafted.pk)
    assert data["verdict"] is None  # not published: still no public verdict
    review = data["review"]
    assert review["status"] == "drafted"
    assert review["verdict"] == "accurate"
    assert review["internal_note"] == "SECRET-NOTE"
    assert review["reviewer"] == "checker"
    assert review["version"] == corpus.drafted.version
    assert [e["source"]["title"] for e in data["evidence"]] == ["Private lead"]


@pytest.mark.parametrize("role", PUBLIC_ROLES)
def test_public_source_list_has_only_published_evidence(role, role_clients, corpus):
    response = role_clients[role].get("/api/v1/sources/")
    assert [s["title"] for s in response.json()["results"]] == ["Governor's statement"]


@pytest.mark.parametrize("role", REVIEW_ROLES)
def test_reviewers_see_every_source(role, role_clients, corpus):
    response = role_clients[role].get("/api/v1/sources/?ordering=title")
    assert [s["title"] for s in response.json()["results"]] == [
        "Governor's statement",
        "Private lead",
    ]


def test_claim_shape(anon_client, corpus):
    data = _claim(anon_client, corpus.relayed_claim.pk)
    assert data["id"] == corpus.relayed_claim.pk
    assert data["api_url"] == f"http://testserver/api/v1/claims/{corpus.relayed_claim.pk}/"
    assert data["page_url"] == f"http://testserver/claims/{corpus.relayed_claim.pk}/"
    assert data["speaker"]["name"] == "أحمد علي"
    assert data["speaker"]["affiliation"]["name"] == "وزارة الدفاع"
    assert data["via"]["name"] == "الوكالة"
    assert data["article"]["outlet"]["slug"] == "example-news"
    assert data["article"]["published_on"] == "2023-09-20"
    body = corpus.article.body
    assert body[data["start"] : data["end"]] == data["text"]


def test_figures_are_exact_decimals(anon_client, corpus):
    data = _claim(anon_client, corpus.figure_claim.pk)
    assert data["figures"] == [
        {
            "value": "35.0000",
            "unit": "مدنياً",
            "qualifier": "exact",
            "start": corpus.article.body.index("35"),
            "end": corpus.article.body.index("35") + 2,
            "text": "35",
        }
    ]


def test_article_detail_has_its_claims(anon_client, corpus):
    response = anon_client.get(f"/api/v1/articles/{corpus.article.pk}/")
    data = response.json()
    assert data["body"] == corpus.article.body
    assert [c["id"] for c in data["claims"]] == [
        corpus.plain_claim.pk,
        corpus.figure_claim.pk,
        corpus.relayed_claim.pk,
    ]
    assert data["claim_count"] == 3
    listing = anon_client.get("/api/v1/articles/").json()["results"]
    assert {a["id"] for a in listing} == {corpus.article.pk, corpus.english.pk}
    assert "claims" not in listing[0] and "body" not in listing[0]
    assert listing[0]["claims_api_url"].endswith(f"/api/v1/claims/?article={listing[0]['id']}")


def test_speaker_has_aliases_affiliation_and_verdict_counts(anon_client, corpus):
    data = anon_client.get(f"/api/v1/speakers/{corpus.ministry.pk}/").json()
    assert sorted(data["aliases"]) == ["الدفاع", "وزارة الدفاع"]
    assert data["verdict_counts"] == {
        "accurate": 0,
        "mostly_accurate": 0,
        "misleading": 0,
        "mostly_false": 0,
        "false": 1,
        "unverifiable": 0,
    }
    spokesman = anon_client.get(f"/api/v1/speakers/{corpus.spokesman.pk}/").json()
    assert spokesman["affiliation"]["id"] == corpus.ministry.pk
    # The draft "accurate" verdict is not counted: counts are of published verdicts.
    assert spokesman["verdict_counts"]["accurate"] == 0
    assert spokesman["claim_count"] == 2


def test_claim_reviews_export_published_verdicts_as_json_ld(anon_client, corpus):
    response = anon_client.get("/api/v1/claim-reviews/")
    assert response.status_code == 200
    (review,) = response.json()["results"]
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == corpus.published.text
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["itemReviewed"]["author"]["name"] == "وزارة الدفاع"
    assert review["url"] == f"http://testserver/claims/{corpus.published.pk}/"
    # Same builder as the HTML page's embedded JSON-LD.
    page = anon_client.get(f"/claims/{corpus.published.pk}/").content.decode()
    assert json.dumps(review["claimReviewed"], ensure_ascii=False)[1:-1] in page


def test_claim_reviews_filter_by_date_and_json_ld_media_type(anon_client, corpus):
    day = corpus.published.published_at.date()
    after = anon_client.get(f"/api/v1/claim-reviews/?published_after={day.isoformat()}")
    assert len(after.json()["results"]) == 1
    later = day.replace(year=day.year + 1).isoformat()
    assert anon_client.get(f"/api/v1/claim-reviews/?published_after={later}").json() == {
        "next": None,
        "results": [],
    }
    before = day.replace(year=day.year - 1).isoformat()
    assert (
        anon_client.get(f"/api/v1/claim-reviews/?published_before={before}").json()["results"] == []
    )
    ld = anon_client.get("/api/v1/claim-reviews/", HTTP_ACCEPT="application/ld+json")
    assert ld.status_code == 200
    assert ld["Content-Type"].startswith("application/ld+json")
    detail = anon_client.get(f"/api/v1/claim-reviews/{corpus.published.pk}/")
    assert detail.json()["@type"] == "ClaimReview"
    assert anon_client.get(f"/api/v1/claim-reviews/{corpus.drafted.pk}/").status_code == 404
