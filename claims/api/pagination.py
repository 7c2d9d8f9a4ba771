"""Keyset ("cursor") pagination over a compound, null-safe sort key.

DRF's CursorPagination positions on the first ordering field only and cannot order
by a nullable column (a null position becomes the string "None"). Here the cursor
holds every sort value of the last row plus its id, so a page boundary is exact
whatever ties or concurrent inserts happen, and nullable columns are ordered through
a COALESCE with a sentinel (nulls first ascending, last descending).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.errors import InvalidRequest
from claims.api.orm import fast_models

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200

_SENTINELS: dict[type[models.Field], Any] = {
    models.DateTimeField: dt.datetime(1, 1, 1, tzinfo=dt.UTC),
    models.DateField: dt.date(1, 1, 1),
}


# Set on the request by a filter that leaves only rows whose nullable sort columns
# are all set (see claims.api.filters.ClaimFilter.mark_published_only).
NON_NULL_FLAG = "_factcheck_sort_columns_set"


# Set on the request by a filter that compared a column with a bound (a set of field
# names, see claims.api.filters.DateBoundFilter): that comparison already excludes
# NULLs and is a range the planners serve from the column's index.
BOUNDED_FLAG = "_factcheck_bounded_columns"


def _sentinel(field: models.Field) -> Any:
    return next(value for kind, value in _SENTINELS.items() if isinstance(field, kind))


@dataclass(frozen=True)
class Ordering:
    """A named sort: model fields (``-`` for descending); ``id`` is appended as the
    tiebreaker with the direction of the last field."""

    fields: tuple[str, ...]
    # The view's rows never hold NULL in these columns (ClaimReview: published only),
    # so no COALESCE is needed and the column's index can serve the ORDER BY.
    non_null: bool = False


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    ordering_query_param = "ordering"

    def _orderings(self, view: Any) -> dict[str, Ordering]:
        return view.orderings

    def _choose_ordering(self, request: Request, view: Any) -> tuple[str, Ordering]:
        orderings = self._orderings(view)
        name = request.query_params.get(self.ordering_query_param) or view.default_ordering
        if name not in orderings:
            raise InvalidRequest(
                "invalid",
                f"ordering must be one of: {', '.join(orderings)}",
                {self.ordering_query_param: [f"Unknown ordering {name!r}."]},
            )
        return name, orderings[name]

    def _page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return DEFAULT_PAGE_SIZE
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise InvalidRequest(
                "invalid",
                f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}",
                {self.page_size_query_param: [f"Must be an integer from 1 to {MAX_PAGE_SIZE}."]},
            )
        return size

    @staticmethod
    def _keys(model: type[models.Model], ordering: Ordering) -> list[tuple[str, str, bool, Any]]:
        """(annotation alias, field path, descending, sentinel or None) per sort key."""
        keys = []
        fields = [*ordering.fields]
        last_desc = fields[-1].startswith("-") if fields else False
        if not fields or fields[-1].lstrip("-") != "id":
            fields.append("-id" if last_desc else "id")
        for index, spec in enumerate(fields):
            path = spec.lstrip("-")
            field = model._meta.get_field(path)
            sentinel = None
            if field.null and not ordering.non_null:
                sentinel = _sentinel(field)
            keys.append((f"_k{index}", path, spec.startswith("-"), sentinel))
        return keys

    def paginate_queryset(
        self, queryset: QuerySet, request: Request, view: Any = None
    ) -> list[Any]:
        self.request = request
        self.page_size = self._page_size(request)
        self.ordering_name, ordering = self._choose_ordering(request, view)
        if getattr(request, NON_NULL_FLAG, False) and not ordering.non_null:
            # The filters kept only rows where these columns are set (e.g. published
            # claims for published_at): order by the column itself, index included.
            ordering = Ordering(ordering.fields, non_null=True)
        keys = self._keys(queryset.model, ordering)
        self.keys = keys
        if ordering.non_null:
            # Redundant for the result, but as a range condition on the sort column it
            # makes both planners scan that column's index, past the NULLs (which
            # PostgreSQL's DESC index keeps first; SQLite otherwise prefers the status
            # index and sorts every published claim).
            bounded = getattr(request, BOUNDED_FLAG, ())
            for spec in ordering.fields:
                field = queryset.model._meta.get_field(spec.lstrip("-"))
                if field.null and field.name not in bounded:
                    queryset = queryset.filter(**{f"{field.name}__gt": _sentinel(field)})
        annotations = {}
        order_by = []
        for alias, path, desc, sentinel in keys:
            expr = F(path) if sentinel is None else Coalesce(F(path), Value(sentinel))
            if sentinel is not None:
                annotations[alias] = expr
                expr = F(alias)
            order_by.append(expr.desc() if desc else expr.asc())
        if annotations:
            queryset = queryset.annotate(**annotations)
        queryset = queryset.order_by(*order_by)

        position = self._decode_cursor(request, queryset.model, keys)
        if position is not None:
            queryset = queryset.filter(self._after(keys, position))

        rows = list(fast_models(queryset)[: self.page_size + 1])
        self.has_next = len(rows) > self.page_size
        rows = rows[: self.page_size]
        self.last = rows[-1] if rows else None
        return rows

    @staticmethod
    def _after(keys: Sequence[tuple[str, str, bool, Any]], values: list[Any]) -> Q:
        """Rows strictly after ``values`` in the sort: (a > x) | (a = x & (b > y)) | …"""
        condition = Q()
        for index in reversed(range(len(keys))):
            alias, path, desc, sentinel = keys[index]
            name = alias if sentinel is not None else path
            strictly = Q(**{f"{name}__{'lt' if desc else 'gt'}": values[index]})
            condition = (
                strictly
                if index == len(keys) - 1
                else strictly | (Q(**{name: values[index]}) & condition)
            )
        return condition

    def _value(self, row: Any, path: str, sentinel: Any) -> Any:
        value = getattr(row, path)
        return sentinel if value is None else value

    def _encode_cursor(self, row: Any) -> str:
        values = []
        for _alias, path, _desc, sentinel in self.keys:
            value = self._value(row, path, sentinel)
            values.append(value.isoformat() if hasattr(value, "isoformat") else value)
        raw = json.dumps([self.ordering_name, values], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def _decode_cursor(
        self, request: Request, model: type[models.Model], keys: list
    ) -> list[Any] | None:
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        try:
            decoded = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
            name, values = json.loads(decoded)
            if name != self.ordering_name or len(values) != len(keys):
                raise ValueError
            return [
                model._meta.get_field(path).to_python(value)
                for value, (_a, path, _d, _s) in zip(values, keys, strict=True)
            ]
        except (ValueError, TypeError, ValidationError, binascii.Error, UnicodeDecodeError):
            raise InvalidRequest(
                "invalid_cursor",
                "The cursor is invalid or belongs to another ordering; start again without it.",
                {self.cursor_query_param: ["Invalid cursor."]},
            ) from None

    def get_next_link(self) -> str | None:
        if not self.has_next or self.last is None:
            return None
        params = self.request.query_params.copy()
        params[self.cursor_query_param] = self._encode_cursor(self.last)
        url = self.request.build_absolute_uri(self.request.path)
        return f"{url}?{urlencode(sorted(params.items()))}"

    def get_paginated_response(self, data: Any) -> Response:
        return Response({"next": self.get_next_link(), "results": data})

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "URL of the next page; null on the last page.",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position from a previous page's `next` link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Results per page (default {DEFAULT_PAGE_SIZE}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
            {
                "name": self.ordering_query_param,
                "required": False,
                "in": "query",
                "description": f"Sort order (default `{view.default_ordering}`).",
                "schema": {"type": "string", "enum": list(view.orderings)},
            },
        ]
