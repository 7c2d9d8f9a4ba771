"""Request body parsing with a size limit.

DRF hands the raw WSGI stream to its parsers, so Django's
DATA_UPLOAD_MAX_MEMORY_SIZE (checked only by ``request.body`` and form parsing) never
applies to JSON bodies. This parser enforces it itself and answers 413.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from claims.api.errors import PayloadTooLarge


def body_limit() -> int:
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 2 * 1024 * 1024


class LimitedJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context=None) -> Any:
        limit = body_limit()
        request = (parser_context or {}).get("request")
        if request is not None:
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                declared = 0
            if declared > limit:
                raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
        data = stream.read(limit + 1) if stream is not None else b""
        if len(data) > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit} bytes.")
        try:
            return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(f"Malformed JSON: {exc}") from None


def _reject_constant(name: str) -> None:
    # NaN/Infinity are not JSON; accepting them would store values no client can read.
    raise ValueError(f"{name} is not valid JSON")
