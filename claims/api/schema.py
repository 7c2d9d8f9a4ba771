"""OpenAPI post-processing: the shared error shape and the error statuses every
operation can answer, so clients (and Schemathesis) know them."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema as BaseAutoSchema
from rest_framework.permissions import SAFE_METHODS

from claims.api.permissions import ReadOnlyOrAuthenticated


class AutoSchema(BaseAutoSchema):
    """Documents that reads need no credentials (drf-spectacular only knows DRF's own
    permission classes), so clients and fuzzers do not expect a 401 on GET."""

    def get_auth(self) -> list[dict[str, Any]]:
        auths = super().get_auth()
        readable = any(isinstance(p, ReadOnlyOrAuthenticated) for p in self.view.get_permissions())
        if readable and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "fields"],
            "properties": {
                "code": {
                    "type": "string",
                    "description": "Stable, for programs: invalid, unknown_parameter, "
                    "invalid_cursor, parse_error, not_authenticated, authentication_failed, "
                    "permission_denied, not_found, method_not_allowed, not_acceptable, "
                    "unsupported_media_type, precondition_failed, precondition_required, "
                    "payload_too_large, throttled.",
                },
                "message": {"type": "string", "description": "For people."},
                "fields": {
                    "type": "object",
                    "description": "Field or query parameter → messages.",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}

_DESCRIPTIONS = {
    "400": "Invalid input, unknown field or query parameter, malformed JSON",
    "401": "Authentication required or token invalid",
    "403": "Not allowed for this user",
    "404": "Not found",
    "405": "Method not allowed",
    "406": "Not acceptable",
    "412": "If-Match does not match the claim's current version",
    "413": "Request body too large",
    "415": "Unsupported media type (send application/json)",
    "428": "If-Match is required",
    "429": "Too many requests",
}
_ALL = ("400", "401", "403", "404", "405", "406", "429")
_WRITES = ("412", "413", "415", "428")


def add_error_responses(result: dict[str, Any], generator: Any, request: Any, public: bool):
    """SPECTACULAR_SETTINGS["POSTPROCESSING_HOOKS"] entry."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/Error"}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            codes = _ALL if method == "get" else _ALL + _WRITES
            responses = operation.setdefault("responses", {})
            for code in codes:
                responses.setdefault(
                    code,
                    {
                        "description": _DESCRIPTIONS[code],
                        "content": {"application/json": {"schema": ref}},
                    },
                )
    _add_links(result)
    return result


def _add_links(result: dict[str, Any]) -> None:
    """OpenAPI links from each list to the operations on one of its items, so that
    generated clients (and Schemathesis' stateful phase) follow real ids."""
    paths = result.get("paths", {})
    for path, path_item in paths.items():
        if not path.endswith("/") or "{" in path or "claim-reviews" in path:
            continue  # ClaimReview items are JSON-LD: no "id" to follow
        listing = path_item.get("get", {}).get("responses", {}).get("200")
        if listing is None:
            continue
        links = listing.setdefault("links", {})
        for item_path, item in paths.items():
            if not item_path.startswith(path + "{id}/") or "{evidence_id}" in item_path:
                continue
            for method, operation in item.items():
                if method in {"get", "post", "patch", "put", "delete"}:
                    name = "".join(part.title() for part in operation["operationId"].split("_"))
                    links[name] = {
                        "operationId": operation["operationId"],
                        "parameters": {"id": "$response.body#/results/0/id"},
                    }
