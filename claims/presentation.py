"""Pure helpers for the reader pages: highlight segments and ClaimReview JSON-LD.

Nothing here touches the database or renders templates, so the tricky parts
(overlapping spans, paragraph splitting, schema.org shape, script escaping) can
be unit-tested on plain values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import BEST_RATING, VERDICT_RATINGS, WORST_RATING, Verdict

# A paragraph ends at a blank line (possibly holding stray spaces). The separator
# itself is not part of any paragraph; everything else of the body is kept as is.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")

NEUTRAL = "none"


@dataclass(frozen=True, slots=True)
class Span:
    """One claim's place in the body, with the verdict a reader may see."""

    claim_id: int
    start: int
    end: int
    verdict: str = ""
    url: str = ""
    label: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of body text covered by the same set of claims (maybe none)."""

    text: str
    start: int
    end: int
    # Outermost first; the last one is the innermost (shortest) span.
    spans: tuple[Span, ...] = ()

    @property
    def primary(self) -> Span | None:
        return self.spans[-1] if self.spans else None

    @property
    def claim_ids(self) -> tuple[int, ...]:
        return tuple(span.claim_id for span in self.spans)


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)

    @property
    def claim_ids(self) -> set[int]:
        return {cid for segment in self.segments for cid in segment.claim_ids}


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of the body."""
    bounds: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(body)))
    return [(s, e) for s, e in bounds if body[s:e].strip()]


def _nesting_order(span: Span) -> tuple[int, int, int]:
    # Longer spans first so that the last covering span is the innermost one.
    return (-span.length, span.start, span.claim_id)


def build_segments(
    body: str, spans: Iterable[Span], start: int = 0, end: int | None = None
) -> list[Segment]:
    """Cut body[start:end] at every span boundary.

    Each piece knows every claim covering it, so overlapping and adjacent spans
    both come out right; concatenating the pieces' text gives back the input
    exactly. Spans outside the body or empty are ignored rather than trusted.
    """
    end = len(body) if end is None else end
    usable = [
        span
        for span in spans
        if 0 <= span.start < span.end <= len(body) and span.start < end and span.end > start
    ]
    cuts = {start, end}
    for span in usable:
        cuts.add(max(span.start, start))
        cuts.add(min(span.end, end))
    points = sorted(cuts)
    segments: list[Segment] = []
    for left, right in pairwise(points):
        if left == right:
            continue
        covering = sorted(
            (span for span in usable if span.start <= left and span.end >= right),
            key=_nesting_order,
        )
        segments.append(Segment(body[left:right], left, right, tuple(covering)))
    return segments


def build_paragraphs(body: str, spans: Sequence[Span]) -> list[Paragraph]:
    """The body as paragraphs of highlight segments (a span crossing a paragraph
    break is highlighted in both paragraphs)."""
    return [
        Paragraph(start, end, build_segments(body, spans, start, end))
        for start, end in paragraph_bounds(body)
    ]


def paragraph_containing(body: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the paragraph(s) holding body[start:end], for quoting a claim in context."""
    bounds = paragraph_bounds(body) or [(0, len(body))]
    first = next((b for b in bounds if b[1] > start), bounds[-1])
    last = next((b for b in bounds if b[1] >= end), bounds[-1])
    return first[0], max(last[1], first[1])


def verdict_class(verdict: str) -> str:
    return verdict if verdict in Verdict.values else NEUTRAL


def render_segments(segments: Iterable[Segment]) -> SafeString:
    """HTML for a run of segments, without a single added character of text.

    Built in Python rather than in a template so that no template whitespace can
    land between or inside words (which would break Arabic letter joining). A
    segment under several claims links to the innermost one and lists them all.
    """
    parts: list[str] = []
    for segment in segments:
        primary = segment.primary
        if primary is None:
            parts.append(conditional_escape(segment.text))
            continue
        classes = f"hl v-{verdict_class(primary.verdict)}"
        if len(segment.spans) > 1:
            classes += " hl-multi"
        if segment.start == primary.start:
            classes += " hl-first"
        ids = " ".join(str(cid) for cid in segment.claim_ids)
        if primary.url:
            parts.append(
                format_html(
                    '<a class="{}" href="{}" data-claim="{}" data-claims="{}" title="{}">{}</a>',
                    classes,
                    primary.url,
                    primary.claim_id,
                    ids,
                    primary.label,
                    segment.text,
                )
            )
        else:
            parts.append(
                format_html(
                    '<mark class="{}" data-claim="{}" data-claims="{}">{}</mark>',
                    classes,
                    primary.claim_id,
                    ids,
                    segment.text,
                )
            )
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped


# JSON inside <script> must not be able to close the element or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_for_script(data: Any) -> SafeString:
    """JSON safe to place inside a <script> element (as Django's json_script)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - <, >, & escaped


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat()


def claim_review_data(
    *,
    claim_text: str,
    verdict: str,
    url: str,
    site_name: str,
    site_url: str,
    date_published: date | datetime,
    speaker_name: str = "",
    speaker_kind: str = "",
    speaker_url: str = "",
    article_title: str = "",
    article_url: str = "",
    article_date: date | None = None,
    outlet_name: str = "",
    in_language: str = "",
) -> dict[str, Any]:
    """A schema.org ClaimReview for a published verdict.

    An unverifiable claim has no place on the 1–5 scale, so, as fact-checkers do,
    its rating carries only the textual alternateName and no ratingValue.
    """
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict in VERDICT_RATINGS:
        rating["ratingValue"] = VERDICT_RATINGS[verdict]
    rating.update(
        {
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": Verdict(verdict).label,
        }
    )
    appearance: dict[str, Any] = {"@type": "NewsArticle", "url": article_url}
    if article_title:
        appearance["headline"] = article_title
    if article_date:
        appearance["datePublished"] = _iso(article_date)
    if outlet_name:
        appearance["publisher"] = {"@type": "Organization", "name": outlet_name}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if speaker_name:
        author: dict[str, Any] = {
            "@type": "Organization" if speaker_kind == "organization" else "Person",
            "name": speaker_name,
        }
        if speaker_url:
            author["url"] = speaker_url
        item["author"] = author
    if article_date:
        item["datePublished"] = _iso(article_date)
    if in_language:
        item["inLanguage"] = in_language
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim_text,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": site_name, "url": site_url},
        "datePublished": _iso(date_published),
    }


def scorecard(counts: dict[str, int]) -> list[dict[str, Any]]:
    """Published verdict counts in scale order with their share of the total."""
    total = sum(counts.get(v, 0) for v in Verdict.values)
    rows = []
    for verdict in Verdict:
        count = counts.get(verdict.value, 0)
        share = round(100 * count / total) if total else 0
        rows.append(
            {"verdict": verdict.value, "label": verdict.label, "count": count, "share": share}
        )
    return rows
