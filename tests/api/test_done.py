"""The issue's definition of done, on the real seed article (real extraction):
read the schema, filter the seed's claims by speaker, figure and verdict, submit a
new article and get its claims back."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.models import Claim, Figure

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parent.parent / "extraction" / "data" / "texts"


def test_client_journey(seed_article, anon_client, checker_client, editor_client):
    assert anon_client.get("/api/v1/schema/").status_code == 200

    # By speaker: every claim returned is that speaker's.
    claim = Claim.objects.filter(article=seed_article, speaker__isnull=False).first()
    assert claim is not None
    rows = anon_client.get(f"/api/v1/claims/?speaker={claim.speaker_id}").json()["results"]
    assert rows and {row["speaker"]["id"] for row in rows} == {claim.speaker_id}

    # By figure: a value range that brackets one of the extractor's figures.
    figure = Figure.objects.filter(claim__article=seed_article, value__isnull=False).first()
    if figure is not None:
        url = f"/api/v1/claims/?figure_min={figure.value}&figure_max={figure.value}"
        assert figure.claim_id in [row["id"] for row in anon_client.get(url).json()["results"]]

    # By verdict: draft, cite, publish through the API, then filter publicly.
    etag = checker_client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    drafted = checker_client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"status": "drafted", "verdict": "misleading", "rationale": "Context missing."},
        HTTP_IF_MATCH=etag,
    )
    assert drafted.status_code == 200, drafted.content
    assert anon_client.get("/api/v1/claims/?verdict=misleading").json()["results"] == []
    cited = checker_client.post(
        f"/api/v1/claims/{claim.pk}/evidence/",
        {"source": {"url": "https://example.org/r", "title": "Report"}, "stance": "context"},
    )
    assert cited.status_code == 201
    published = editor_client.post(
        f"/api/v1/claims/{claim.pk}/publish/", HTTP_IF_MATCH=cited["ETag"]
    )
    assert published.status_code == 200, published.content
    rows = anon_client.get("/api/v1/claims/?verdict=misleading").json()["results"]
    assert [row["id"] for row in rows] == [claim.pk]
    assert rows[0]["verdict"]["rationale"] == "Context missing."
    reviews = anon_client.get("/api/v1/claim-reviews/").json()["results"]
    assert [r["claimReviewed"] for r in reviews] == [claim.text]

    # Submit a new article and get its claims back.
    texts = sorted(DATA.glob("*.txt"))
    text = texts[0].read_text(encoding="utf-8") if texts else None
    if text is None:
        pytest.skip("no held-out article texts")
    response = checker_client.post("/api/v1/articles/", {"text": text})
    assert response.status_code == 201, response.content
    assert response.json()["claims"]
