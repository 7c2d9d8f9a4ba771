"""Each list endpoint issues a bounded number of queries whatever the page size."""

from __future__ import annotations

import pytest

from claims.models import Article, Claim, Figure
from claims.services import review

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(corpus, checker, editor):
    """~60 claims over 12 articles, with figures, evidence and published verdicts."""
    source = review.source_get_or_create(
        url="https://example.org/many", title="Many", actor=checker
    )
    body = corpus.article.body
    start = corpus.figure_claim.start
    for n in range(12):
        article = Article.objects.create(
            title=f"a{n}", title_key=f"a{n}", body=body, content_hash=f"{n:064d}",
            outlet=corpus.outlet,
        )  # fmt: skip
        for claim in (corpus.plain_claim, corpus.figure_claim, corpus.relayed_claim):
            copy = Claim.objects.create(
                article=article,
                start=claim.start,
                end=claim.end,
                text=claim.text,
                text_key=claim.text_key,
                speaker=claim.speaker,
                via=claim.via,
                kind=claim.kind,
                direct=claim.direct,
            )
            Figure.objects.create(claim=copy, value=n, unit="u", start=start, end=start + 1)
            if n % 2:
                copy = review.claim_update_review(
                    claim=copy, actor=checker, expected_version=copy.version,
                    status="drafted", verdict="misleading",
                )  # fmt: skip
                review.evidence_add(claim=copy, actor=checker, source=source, stance="context")
                copy.refresh_from_db()
                review.claim_publish(claim=copy, actor=editor, expected_version=copy.version)
    return corpus


LISTS = [
    "/api/v1/claims/",
    "/api/v1/claims/?q=المفاوضات&has_figures=true&figure_min=1",
    "/api/v1/claims/?ordering=-published_at",
    "/api/v1/articles/",
    "/api/v1/speakers/",
    "/api/v1/sources/",
    "/api/v1/claim-reviews/",
]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("role", ["anonymous", "checker"])
@pytest.mark.parametrize("size", [1, 10, 50])
def test_list_queries_do_not_grow_with_page_size(
    url, role, size, role_clients, many, django_assert_max_num_queries
):
    client = role_clients[role]
    client.get("/api/v1/claims/?page_size=1")  # warm the token and permission caches
    separator = "&" if "?" in url else "?"
    # Token + user permissions (2) + the page + up to three prefetches.
    with django_assert_max_num_queries(8):
        response = client.get(f"{url}{separator}page_size={size}")
    assert response.status_code == 200, response.content
    results = response.json()["results"]
    assert results, url
    assert len(results) <= size


def test_article_detail_queries_are_bounded(anon_client, many, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = anon_client.get(f"/api/v1/articles/{corpus_article_id(many)}/")
    assert response.status_code == 200


def corpus_article_id(corpus) -> int:
    return corpus.article.pk


def test_public_claim_list_defers_only_unused_columns(
    anon_client, checker_client, many, django_assert_num_queries
):
    """The public list leaves the review bookkeeping and timestamps out of its query
    (views.PUBLIC_LIST_UNUSED); nothing it shows may reload them row by row."""
    with django_assert_num_queries(3):  # the page, its figures, its visible evidence
        public = anon_client.get("/api/v1/claims/?page_size=50").json()["results"]
    assert any(claim["evidence"] for claim in public)
    reviewed = checker_client.get("/api/v1/claims/?page_size=50").json()["results"]
    full = {c["id"]: c for c in reviewed}
    for claim in public:
        expected = {**full[claim["id"]], "review": None}
        if not claim["published"]:
            expected["evidence"] = []
        assert claim == expected
    detail = anon_client.get(f"/api/v1/claims/{public[0]['id']}/")
    assert detail.headers["ETag"].strip('"').isdigit()


def test_article_list_never_loads_bodies(anon_client, many):
    """The list leaves out article bodies (views.ARTICLE_LIST_UNUSED) and shows the
    same fields as the detail view, without reloading anything row by row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        listed = anon_client.get("/api/v1/articles/?page_size=50").json()["results"]
    assert listed
    assert len(captured.captured_queries) == 1
    assert '"body"' not in captured.captured_queries[0]["sql"]
    for article in listed[:3]:
        detail = anon_client.get(article["api_url"]).json()
        assert {k: detail[k] for k in article} == article
