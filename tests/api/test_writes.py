"""Writes: article submission, review updates with ETag/If-Match, publishing,
assignment, evidence and sources; the permission rules are the services'."""

from __future__ import annotations

import pytest

from claims.models import Article, Claim, ClaimEvent, Evidence, Source

pytestmark = pytest.mark.django_db

ARTICLE = (
    "وزير الصحة يعلن أرقام الحملة\n\n"
    'قال وزير الصحة أحمد سالم إن "الحملة وصلت إلى أكثر من 1500 قرية".\n\n'
    "وأضاف أن الوزارة ستفتح 20 مركزاً جديداً خلال العام المقبل."
)


def _etag(client, claim_id) -> str:
    response = client.get(f"/api/v1/claims/{claim_id}/")
    assert response.status_code == 200
    return response["ETag"]


# --------------------------------------------------------------------------- articles


def test_submit_article_returns_its_claims_then_200_for_a_duplicate(checker_client):
    payload = {
        "text": ARTICLE,
        "url": "https://example.org/news/1",
        "outlet": "Example News",
        "published_on": "2024-05-01",
        "language": "ar",
    }
    response = checker_client.post("/api/v1/articles/", payload, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    article = Article.objects.get(pk=data["id"])
    assert response["Location"] == data["api_url"]
    assert data["title"] == "وزير الصحة يعلن أرقام الحملة"
    assert data["url"] == "https://example.org/news/1"
    assert data["outlet"]["name"] == "Example News"
    assert data["published_on"] == "2024-05-01"
    assert data["claims"], "the extractor found no claim in a plain attributed sentence"
    assert len(data["claims"]) == article.claims.count() == data["claim_count"]
    for claim in data["claims"]:
        assert article.body[claim["start"] : claim["end"]] == claim["text"]
    again = checker_client.post("/api/v1/articles/", payload, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == data["id"]
    assert Article.objects.count() == 1


def test_submit_article_with_separate_title(editor_client):
    body = ARTICLE.split("\n\n", 1)[1]
    response = editor_client.post(
        "/api/v1/articles/", {"title": "عنوان منفصل", "text": body}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["title"] == "عنوان منفصل"


@pytest.mark.parametrize(
    "payload,field",
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "title only"}, "text"),
        ({"text": ARTICLE, "url": "ftp://x"}, "url"),
        ({"text": ARTICLE, "language": "fr"}, "language"),
        ({"text": ARTICLE, "published_on": "20/09/2023"}, "published_on"),
        ({"text": ARTICLE, "published_on": 5}, "published_on"),
        ({"text": 12}, "text"),
        ({"text": ["a"]}, "text"),
        ({"text": ARTICLE, "author": "me"}, "author"),
        ({"text": "---\nsource: x\n---\nTitle\n\nBody"}, "text"),
    ],
)
def test_submit_article_validation(payload, field, checker_client):
    response = checker_client.post("/api/v1/articles/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]
    assert Article.objects.count() == 0


def test_submit_article_needs_a_reviewer(anon_client, outsider_client):
    assert (
        anon_client.post("/api/v1/articles/", {"text": ARTICLE}, format="json").status_code == 401
    )
    response = outsider_client.post("/api/v1/articles/", {"text": ARTICLE}, format="json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
    assert Article.objects.count() == 0


# --------------------------------------------------------------------------- review + ETag


def test_detail_has_etag_and_honours_if_none_match(anon_client, corpus):
    response = anon_client.get(f"/api/v1/claims/{corpus.drafted.pk}/")
    assert response["ETag"] == f'"{corpus.drafted.version}"'
    cached = anon_client.get(
        f"/api/v1/claims/{corpus.drafted.pk}/", HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert cached.status_code == 304


def test_patch_with_current_etag_updates_and_returns_new_etag(checker_client, corpus):
    claim = corpus.figure_claim
    etag = _etag(checker_client, claim.pk)
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"status": "in_review", "internal_note": "checking the 35"},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert response.status_code == 200, response.content
    assert response["ETag"] != etag
    assert response.json()["review"]["status"] == "in_review"
    assert response.json()["review"]["internal_note"] == "checking the 35"
    claim.refresh_from_db()
    assert claim.status == "in_review"
    assert f'"{claim.version}"' == response["ETag"]
    assert ClaimEvent.objects.filter(claim=claim).exists()  # history kept by the service


def test_stale_if_match_is_412_and_nothing_is_lost(checker_client, editor_client, corpus):
    claim = corpus.figure_claim
    etag = _etag(checker_client, claim.pk)
    first = editor_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"rationale": "editor's words"},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert first.status_code == 200
    second = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"rationale": "checker's words"},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert second.status_code == 412
    assert second.json()["error"]["code"] == "precondition_failed"
    claim.refresh_from_db()
    assert claim.rationale == "editor's words"


def test_stale_write_raised_by_the_service_is_412(checker_client, corpus, monkeypatch):
    """Even when the version changes between the header check and the service's lock."""
    from claims.services import review
    from claims.services.errors import StaleWrite

    def racing(**kwargs):
        raise StaleWrite("someone saved meanwhile")

    monkeypatch.setattr(review, "claim_update_review", racing)
    claim = corpus.figure_claim
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"rationale": "x"},
        format="json",
        HTTP_IF_MATCH=_etag(checker_client, claim.pk),
    )
    assert response.status_code == 412
    assert response.json()["error"]["message"] == "someone saved meanwhile"


@pytest.mark.parametrize("header", [None, 'W/"1"', '"abc"', "garbage"])
def test_patch_without_a_usable_if_match(header, checker_client, corpus):
    claim = corpus.figure_claim
    extra = {} if header is None else {"HTTP_IF_MATCH": header}
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/", {"rationale": "x"}, format="json", **extra
    )
    assert response.status_code == (428 if header is None else 412)
    claim.refresh_from_db()
    assert claim.rationale == ""


def test_if_match_star_and_lists(checker_client, corpus):
    claim = corpus.figure_claim
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/", {"rationale": "a"}, format="json", HTTP_IF_MATCH="*"
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"rationale": "b"},
        format="json",
        HTTP_IF_MATCH=f'"999", "{claim.version}"',
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "payload,field",
    [
        ({"status": "published"}, "status"),
        ({"verdict": "pants_on_fire"}, "verdict"),
        ({"rationale": 5}, "rationale"),
        ({"version": 3}, "version"),
        ({"text": "rewritten"}, "text"),
    ],
)
def test_patch_validation(payload, field, checker_client, corpus):
    claim = corpus.figure_claim
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        payload,
        format="json",
        HTTP_IF_MATCH=f'"{claim.version}"',
    )
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_service_rule_violation_is_400(checker_client, corpus):
    claim = corpus.figure_claim
    response = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"status": "drafted"},  # no verdict: the service refuses
        format="json",
        HTTP_IF_MATCH=f'"{claim.version}"',
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert "verdict" in response.json()["error"]["message"]


@pytest.mark.parametrize("role,expected", [("anonymous", 401), ("outsider", 403)])
def test_review_writes_need_a_reviewer(role, expected, role_clients, corpus):
    client = role_clients[role]
    claim = corpus.figure_claim
    tag = {"HTTP_IF_MATCH": f'"{claim.version}"'}
    base = f"/api/v1/claims/{claim.pk}/"
    calls = [
        client.patch(base, {"rationale": "x"}, format="json", **tag),
        client.post(base + "publish/", format="json", **tag),
        client.post(base + "unpublish/", {}, format="json", **tag),
        client.post(base + "assign/", {"assignee": "checker"}, format="json"),
        client.post(
            base + "evidence/",
            {"source": {"url": "https://example.org/a", "title": "A"}, "stance": "context"},
            format="json",
        ),
        client.post("/api/v1/sources/", {"url": "https://example.org/b", "title": "B"}),
    ]
    for response in calls:
        assert response.status_code == expected, response.content
        assert "error" in response.json()
    claim.refresh_from_db()
    assert claim.version == corpus.figure_claim.version
    assert not Source.objects.filter(url__in=["https://example.org/a", "https://example.org/b"])


def test_fact_checker_drafts_but_only_an_editor_publishes(checker_client, editor_client, corpus):
    claim = corpus.drafted
    url = f"/api/v1/claims/{claim.pk}/publish/"
    response = checker_client.post(url, HTTP_IF_MATCH=_etag(checker_client, claim.pk))
    assert response.status_code == 403
    response = editor_client.post(url, HTTP_IF_MATCH=_etag(editor_client, claim.pk))
    assert response.status_code == 200, response.content
    assert response.json()["verdict"]["code"] == "accurate"
    assert response.json()["published"] is True
    # Now public, with its evidence.
    claim.refresh_from_db()
    assert claim.status == "published"
    again = editor_client.post(url, HTTP_IF_MATCH=response["ETag"])
    assert again.status_code == 400  # already published: the service says why
    unpublish = editor_client.post(
        f"/api/v1/claims/{claim.pk}/unpublish/",
        {"reason": "new evidence"},
        format="json",
        HTTP_IF_MATCH=response["ETag"],
    )
    assert unpublish.status_code == 200
    assert unpublish.json()["verdict"] is None


def test_publish_with_stale_etag_is_412(editor_client, corpus):
    response = editor_client.post(
        f"/api/v1/claims/{corpus.drafted.pk}/publish/",
        HTTP_IF_MATCH=f'"{corpus.drafted.version - 1}"',
    )
    assert response.status_code == 412
    assert editor_client.post(f"/api/v1/claims/{corpus.drafted.pk}/publish/").status_code == 428


def test_assign(checker_client, corpus, editor):
    claim = corpus.figure_claim
    url = f"/api/v1/claims/{claim.pk}/assign/"
    response = checker_client.post(url, {"assignee": "editor"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["review"]["assignee"] == "editor"
    assert checker_client.post(url, {"assignee": None}, format="json").status_code == 200
    claim.refresh_from_db()
    assert claim.assignee is None
    unknown = checker_client.post(url, {"assignee": "nobody"}, format="json")
    assert unknown.status_code == 400
    outsider = checker_client.post(url, {"assignee": "outsider"}, format="json")
    assert outsider.status_code in (400,)  # no such user yet, or not a reviewer


def test_evidence_add_and_remove(checker_client, corpus):
    claim = corpus.figure_claim
    url = f"/api/v1/claims/{claim.pk}/evidence/"
    response = checker_client.post(
        url,
        {
            "source": {
                "url": "https://example.org/hospital",
                "title": "Hospital bulletin",
                "kind": "document",
                "published_on": "2023-09-21",
            },
            "stance": "supports",
            "excerpt": "35 wounded civilians were admitted",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    evidence = response.json()
    assert evidence["source"]["title"] == "Hospital bulletin"
    claim.refresh_from_db()
    assert response["ETag"] == f'"{claim.version}"'
    duplicate = checker_client.post(
        url, {"source_id": evidence["source"]["id"], "stance": "context"}, format="json"
    )
    assert duplicate.status_code == 400  # the service: already cited
    both = checker_client.post(
        url,
        {"source_id": 1, "source": {"url": "https://x.org", "title": "x"}, "stance": "context"},
        format="json",
    )
    assert both.status_code == 400
    missing = checker_client.post(url, {"source_id": 999999, "stance": "context"}, format="json")
    assert missing.status_code == 400
    stale = checker_client.delete(f"{url}{evidence['id']}/", HTTP_IF_MATCH='"1"')
    assert stale.status_code == 412
    removed = checker_client.delete(f"{url}{evidence['id']}/")
    assert removed.status_code == 204
    assert not Evidence.objects.filter(pk=evidence["id"]).exists()
    assert checker_client.delete(f"{url}{evidence['id']}/").status_code == 404


def test_sources_create_or_find(checker_client, corpus):
    payload = {"url": "https://example.org/new", "title": "New", "kind": "dataset"}
    created = checker_client.post("/api/v1/sources/", payload, format="json")
    assert created.status_code == 201, created.content
    found = checker_client.post("/api/v1/sources/", payload, format="json")
    assert found.status_code == 200
    assert found.json()["id"] == created.json()["id"]
    bad = checker_client.post("/api/v1/sources/", {"url": "nope", "title": "x"}, format="json")
    assert bad.status_code == 400


def test_put_is_not_allowed(checker_client, corpus):
    claim = corpus.figure_claim
    response = checker_client.put(f"/api/v1/claims/{claim.pk}/", {}, format="json")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert Claim.objects.get(pk=claim.pk).version == claim.version
