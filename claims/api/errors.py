"""One error shape for the whole API.

Every 4xx/5xx body the API produces looks like::

    {"error": {"code": "invalid", "message": "…", "fields": {"verdict": ["…"]}}}

``code`` is stable and meant for programs, ``message`` for people, ``fields`` maps a
body field or query parameter to its messages (empty when the error is not about a
particular field). Service exceptions are translated here so that views never decide
HTTP statuses for business rules themselves.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, resolve
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response

from claims.services.errors import PermissionDenied as ServicePermissionDenied
from claims.services.errors import ServiceError, StaleWrite


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The claim was changed since you read it; fetch it again and retry."
    default_code = "precondition_failed"


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = (
        "Send If-Match with the ETag of the claim you read, so that a concurrent change "
        "is not overwritten."
    )
    default_code = "precondition_required"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class InvalidRequest(exceptions.ValidationError):
    """A 400 with its own top-level code (unknown parameter, bad cursor, …)."""

    def __init__(self, code: str, message: str, fields: dict[str, list[str]] | None = None):
        super().__init__(fields or {}, code=code)
        self.error_code = code
        self.error_message = message


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """Nested serializer errors → {"a.b": [messages]}; a flat map is what a form needs."""
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            out.update(_flatten(value, name))
    elif isinstance(detail, list):
        if all(not isinstance(item, (dict, list)) for item in detail):
            out[prefix or "non_field_errors"] = [str(item) for item in detail]
        else:
            for index, item in enumerate(detail):
                out.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
    else:
        out[prefix or "non_field_errors"] = [str(detail)]
    return out


def _translate(exc: Exception) -> Exception:
    # Order matters: StaleWrite and PermissionDenied are ServiceErrors too.
    if isinstance(exc, StaleWrite):
        return PreconditionFailed(str(exc) or None)
    if isinstance(exc, ServicePermissionDenied):
        return exceptions.PermissionDenied(str(exc) or None)
    if isinstance(exc, ServiceError):
        return InvalidRequest("invalid", str(exc))
    if isinstance(exc, Http404):
        return exceptions.NotFound()
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied()
    if isinstance(exc, RequestDataTooBig):
        return PayloadTooLarge()
    if isinstance(exc, DjangoValidationError):
        fields = exc.message_dict if hasattr(exc, "error_dict") else {}
        return InvalidRequest("invalid", "; ".join(exc.messages), fields)
    return exc


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: every handled error in the one shape."""
    exc = _translate(exc)
    if not isinstance(exc, exceptions.APIException):
        return None  # a real bug: let Django log it and answer 500

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))

    if isinstance(exc, InvalidRequest):
        code, message, fields = exc.error_code, exc.error_message, _flatten(exc.detail)
        if not exc.detail:
            fields = {}
    elif isinstance(exc.detail, (dict, list)):
        fields = _flatten(exc.detail)
        code = "invalid" if isinstance(exc, exceptions.ValidationError) else exc.default_code
        first = next(iter(fields.items()), None)
        message = "Invalid input." if first is None else f"{first[0]}: {first[1][0]}"
        if len(fields) > 1:
            message = f"Invalid input in {len(fields)} fields; see error.fields."
    else:
        code = getattr(exc.detail, "code", None) or exc.default_code
        message, fields = str(exc.detail), {}

    # Imported here: rest_framework.views loads the parser settings, which import
    # this module (circular at start-up otherwise).
    from rest_framework.views import set_rollback

    set_rollback()
    return Response(error_body(str(code), message, fields), status=exc.status_code, headers=headers)


@csrf_exempt  # a JSON 404 for any method, not Django's HTML CSRF 403
def api_not_found(
    request: HttpRequest, path: str = ""
) -> JsonResponse | HttpResponsePermanentRedirect:
    """Catch-all under /api/v1/ so unknown URLs answer in the API's error shape.

    A path missing only its trailing slash is redirected, as CommonMiddleware would
    have done had this catch-all not matched first.
    """
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                request.path + "/" + (f"?{query}" if query else "")
            )
    return JsonResponse(error_body("not_found", f"No API resource at {request.path}."), status=404)
