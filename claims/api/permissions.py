"""Who sees what. The rules themselves live in claims.services.review (shared with
the admin); this module only asks them."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request


def is_reviewer(user: Any) -> bool:
    """May see drafts, internal notes and unpublished evidence."""
    if user is None or not user.is_authenticated:
        return False
    from claims.services.review import user_can_review

    return bool(user_can_review(user))


def request_is_reviewer(request: Request) -> bool:
    # Cached per request: list serializers ask once per row.
    cached = getattr(request, "_factcheck_is_reviewer", None)
    if cached is None:
        cached = is_reviewer(getattr(request, "user", None))
        request._factcheck_is_reviewer = cached
    return cached


class ReadOnlyOrAuthenticated(BasePermission):
    """Anyone may read; writing needs a token (or session). Whether the user may make
    a given change is decided by the service, which raises PermissionDenied."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if getattr(view, "action", "") is None:
            return True  # no handler for this method: let the view answer 405, not 401
        return request.method in SAFE_METHODS or bool(
            request.user and request.user.is_authenticated
        )
