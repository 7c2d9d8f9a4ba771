"""The OpenAPI document and the docs page (served from local static files)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_with_every_resource(anon_client):
    response = anon_client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in (
        "/api/v1/articles/",
        "/api/v1/claims/",
        "/api/v1/claims/{id}/",
        "/api/v1/speakers/",
        "/api/v1/sources/",
        "/api/v1/claim-reviews/",
    ):
        assert path in paths
    claim_params = {p["name"] for p in paths["/api/v1/claims/"]["get"]["parameters"]}
    assert {
        "speaker", "speaker_kind", "affiliation", "article", "outlet", "language", "status",
        "verdict", "kind", "direct", "has_figures", "figure_min", "figure_max", "figure_unit",
        "published_after", "published_before", "reviewed_after", "reviewed_before", "q",
        "cursor", "page_size", "ordering",
    } <= claim_params  # fmt: skip
    error = paths["/api/v1/claims/"]["get"]["responses"]["400"]
    assert error["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert "412" in paths["/api/v1/claims/{id}/"]["patch"]["responses"]
    assert "Token" in str(schema["components"]["securitySchemes"])


def test_schema_validates():
    from django.core.management import call_command

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", "/dev/null")


def test_docs_page_uses_local_static_files_only(anon_client):
    response = anon_client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls
    for url in urls:
        assert url.startswith(("/static/", "/api/")), url
    assert "cdn" not in html.lower()
    bundle = next(u for u in urls if u.endswith("swagger-ui-bundle.js"))
    from django.contrib.staticfiles import finders

    assert finders.find(bundle.removeprefix("/static/"))
