"""One error shape for every failure, and never a 500 for bad input."""

from __future__ import annotations

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "fields"}
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["fields"], dict)
    if code is not None:
        assert error["code"] == code
    return error


def test_unknown_url_is_404_in_the_shape(anon_client):
    assert_error(anon_client.get("/api/v1/nothing-here/"), 404, "not_found")
    assert_error(anon_client.post("/api/v1/nothing/here/"), 404, "not_found")


def test_missing_object_is_404(anon_client, corpus):
    assert_error(anon_client.get("/api/v1/claims/999999/"), 404, "not_found")
    assert_error(anon_client.get("/api/v1/speakers/999999/"), 404, "not_found")
    # Ids too large for the database are a 404 too, not an overflow.
    assert_error(anon_client.get("/api/v1/claims/99999999999999999999999/"), 404, "not_found")


def test_missing_trailing_slash_redirects(anon_client):
    response = anon_client.get("/api/v1/claims?kind=call")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/claims/?kind=call"


def test_wrong_method_is_405(anon_client, checker_client, corpus):
    error = assert_error(anon_client.delete("/api/v1/speakers/1/"), 405, "method_not_allowed")
    assert "DELETE" in error["message"]
    assert_error(checker_client.delete(f"/api/v1/claims/{corpus.plain_claim.pk}/"), 405)
    assert_error(checker_client.post("/api/v1/claim-reviews/", {}), 405)


def test_malformed_json_is_400(checker_client):
    response = checker_client.generic(
        "POST", "/api/v1/articles/", '{"text": ', content_type="application/json"
    )
    assert_error(response, 400, "parse_error")
    response = checker_client.generic(
        "POST", "/api/v1/articles/", '{"text": NaN}', content_type="application/json"
    )
    assert_error(response, 400, "parse_error")
    response = checker_client.generic(
        "POST", "/api/v1/articles/", b"\xff\xfe", content_type="application/json"
    )
    assert_error(response, 400, "parse_error")


def test_non_object_body_is_400(checker_client):
    for body in ("[]", '"text"', "3", "null"):
        response = checker_client.generic(
            "POST", "/api/v1/articles/", body, content_type="application/json"
        )
        assert_error(response, 400)


def test_unknown_body_field_is_400(checker_client):
    error = assert_error(
        checker_client.post("/api/v1/articles/", {"text": "T\n\nB", "titel": "x"}), 400, "invalid"
    )
    assert error["fields"] == {"titel": ["Unknown field."]}


def test_wrong_type_is_400(checker_client):
    error = assert_error(checker_client.post("/api/v1/articles/", {"text": {"a": 1}}), 400)
    assert "text" in error["fields"]


def test_form_bodies_are_415(checker_client):
    response = checker_client.post(
        "/api/v1/articles/", "text=x", content_type="application/x-www-form-urlencoded"
    )
    assert_error(response, 415, "unsupported_media_type")


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_oversized_body_is_413(checker_client):
    response = checker_client.post("/api/v1/articles/", {"text": "x" * 5000})
    assert_error(response, 413, "payload_too_large")


def test_unauthenticated_and_bad_token(anon_client, corpus):
    error = assert_error(anon_client.post("/api/v1/articles/", {"text": "x"}), 401)
    assert error["code"] == "not_authenticated"
    anon_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = anon_client.get("/api/v1/claims/")
    assert_error(response, 401, "authentication_failed")
    assert response["WWW-Authenticate"] == "Token"


def test_anonymous_requests_are_throttled(anon_client, corpus, settings):
    from rest_framework.throttling import AnonRateThrottle

    original = AnonRateThrottle.THROTTLE_RATES
    AnonRateThrottle.THROTTLE_RATES = {**original, "anon": "3/minute"}
    try:
        codes = [anon_client.get("/api/v1/claims/").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        response = anon_client.get("/api/v1/claims/")
        assert_error(response, 429, "throttled")
        assert int(response["Retry-After"]) > 0
    finally:
        AnonRateThrottle.THROTTLE_RATES = original


def test_service_errors_map_to_statuses():
    from rest_framework import status

    from claims.api.errors import exception_handler
    from claims.services.errors import PermissionDenied, ServiceError, StaleWrite

    def status_of(exc):
        return exception_handler(exc, {}).status_code

    assert status_of(StaleWrite("x")) == status.HTTP_412_PRECONDITION_FAILED
    assert status_of(PermissionDenied("x")) == status.HTTP_403_FORBIDDEN
    assert status_of(ServiceError("x")) == status.HTTP_400_BAD_REQUEST
    assert exception_handler(RuntimeError("bug"), {}) is None  # a real 500 stays visible


@pytest.mark.parametrize("body", ['[{"a": 1}]', '{"extra": 1}', '"text"', "[1, 2]"])
def test_publish_takes_no_body(body, editor_client, corpus):
    response = editor_client.generic(
        "POST",
        f"/api/v1/claims/{corpus.drafted.pk}/publish/",
        body,
        content_type="application/json",
        HTTP_IF_MATCH=f'"{corpus.drafted.version}"',
    )
    assert_error(response, 400, "invalid")
