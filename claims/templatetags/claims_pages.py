"""Template helpers for the reader pages."""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils.safestring import SafeString

from claims import presentation
from claims.models import Verdict

register = template.Library()


@register.filter
def highlight(segments: Iterable[presentation.Segment]) -> SafeString:
    """Render highlight segments; see presentation.render_segments."""
    return presentation.render_segments(segments)


@register.filter
def verdict_label(verdict: str) -> str:
    return Verdict(verdict).label if verdict in Verdict.values else "Not yet checked"


@register.filter
def verdict_css(verdict: str) -> str:
    return presentation.verdict_class(verdict)


@register.simple_tag
def site_name() -> str:
    from django.conf import settings

    return settings.SITE_NAME
