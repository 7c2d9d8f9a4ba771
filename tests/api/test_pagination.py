"""Keyset pagination: every row exactly once, in order, even across ties, nulls
and rows inserted while paging."""

from __future__ import annotations

import pytest

from claims.models import Claim
from tests.api.test_queries import many  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def _walk(client, url: str) -> list[dict]:
    rows, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        data = response.json()
        rows.extend(data["results"])
        url = data["next"]
        pages += 1
        assert pages < 200
    return rows


@pytest.mark.parametrize("ordering", ["id", "-id", "published_at", "-published_at"])
@pytest.mark.parametrize("size", [1, 7])
def test_walking_the_cursor_visits_every_claim_once(ordering, size, checker_client, many):  # noqa: F811
    rows = _walk(checker_client, f"/api/v1/claims/?ordering={ordering}&page_size={size}")
    got = [row["id"] for row in rows]
    assert sorted(got) == sorted(Claim.objects.values_list("id", flat=True))
    assert len(got) == len(set(got))
    if ordering.lstrip("-") == "published_at":
        stamps = [row["review"]["published_at"] or "" for row in rows]
        assert stamps == sorted(stamps, reverse=ordering.startswith("-"))


def test_cursor_keeps_filters_and_survives_inserts(anon_client, many):  # noqa: F811
    first = anon_client.get("/api/v1/claims/?kind=figure&page_size=5").json()
    assert "kind=figure" in first["next"]
    # A claim inserted "before" the cursor must not shift the next page.
    Claim.objects.create(
        article=many.article,
        start=0,
        end=4,
        text=many.article.body[:4],
        text_key="x",
        kind="figure",
    )
    second = anon_client.get(first["next"]).json()
    seen = {row["id"] for row in first["results"]}
    assert not seen & {row["id"] for row in second["results"]}
    assert min(row["id"] for row in second["results"]) > max(seen)


def test_cursor_from_another_ordering_is_rejected(anon_client, many):  # noqa: F811
    next_url = anon_client.get("/api/v1/claims/?page_size=2").json()["next"]
    response = anon_client.get(next_url + "&ordering=-id")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_cursor"


def test_speakers_page_by_name(anon_client, many):  # noqa: F811
    rows = _walk(anon_client, "/api/v1/speakers/?page_size=1")
    names = [row["name"] for row in rows]
    assert names == sorted(names)


@pytest.mark.parametrize("ordering", ["published_at", "-published_at"])
def test_claim_reviews_page_through_every_published_verdict(ordering, anon_client, many):  # noqa: F811
    rows = _walk(anon_client, f"/api/v1/claim-reviews/?ordering={ordering}&page_size=2")
    urls = [row["url"] for row in rows]
    assert len(urls) == len(set(urls)) == Claim.objects.filter(status="published").count()
    dates = [row["datePublished"] for row in rows]
    assert dates == sorted(dates, reverse=ordering.startswith("-"))


@pytest.mark.parametrize("ordering", ["published_at", "-published_at"])
@pytest.mark.parametrize("query", ["status=published", "published_after=2000-01-01"])
def test_published_only_filters_page_by_the_column_itself(query, ordering, anon_client, many):  # noqa: F811
    rows = _walk(anon_client, f"/api/v1/claims/?{query}&ordering={ordering}&page_size=3")
    got = [row["id"] for row in rows]
    published = Claim.objects.filter(status="published")
    assert sorted(got) == sorted(published.values_list("id", flat=True))
    stamps = [row["verdict"]["published_at"] for row in rows]
    assert stamps == sorted(stamps, reverse=ordering.startswith("-"))
