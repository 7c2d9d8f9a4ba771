"""Representations of the API resources and validation of request bodies.

Field names are the same everywhere: ``id`` (stable database id), ``api_url`` (this
resource in the API), ``page_url`` (the public HTML page), ``url`` (the original on
the web, for articles and sources). Dates are ISO 8601.

What a client sees depends on its role. Everybody gets the published verdict
(``verdict``) with its evidence; the draft review (``review``: status, draft
verdict, internal note, assignee, version) is only filled in for Fact-checkers and
Editors and is ``null`` for everybody else.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.urls import reverse as django_reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.http import RFC3986_SUBDELIMS
from drf_spectacular.utils import extend_schema_field
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from claims.api.permissions import request_is_reviewer
from claims.models import (
    BEST_RATING,
    WORST_RATING,
    Article,
    Claim,
    Evidence,
    Figure,
    Language,
    Outlet,
    ReviewStatus,
    Source,
    SourceKind,
    Speaker,
    Stance,
    Verdict,
)

# --------------------------------------------------------------------------- URLs

_ID_SENTINEL = 987654321987
_SLUG_SENTINEL = "zzslugsentinelzz"


class UrlBuilder:
    """Absolute URLs from per-request templates.

    ``reverse()`` plus ``build_absolute_uri()`` cost tens of microseconds and a page of
    claims needs hundreds of URLs, so each route is reversed once per request with a
    sentinel argument and then filled in by string concatenation.
    """

    def __init__(self, request: Any) -> None:
        self.request = request
        self.templates: dict[str, tuple[str, str]] = {}

    # Per-request facts the fast representations need for every row; looking them up
    # (thread-local time zone, the request's role) per row cost more than the rows.
    @functools.cached_property
    def tz(self) -> Any:
        return timezone.get_current_timezone()

    @functools.cached_property
    def reviewer(self) -> bool:
        return self.request is not None and request_is_reviewer(self.request)

    def _template(self, route: str, sentinel: int | str) -> tuple[str, str]:
        template = self.templates.get(route)
        if template is None:
            path = django_reverse(route, args=[sentinel])
            if self.request is not None:
                path = self.request.build_absolute_uri(path)
            prefix, _, suffix = path.partition(str(sentinel))
            template = self.templates[route] = (prefix, suffix)
        return template

    def plain(self, route: str) -> str:
        url = self.templates.get(route)
        if url is None:
            path = django_reverse(route)
            if self.request is not None:
                path = self.request.build_absolute_uri(path)
            url = self.templates[route] = (path, "")
        return url[0]

    def by_id(self, route: str, pk: int) -> str:
        prefix, suffix = self._template(route, _ID_SENTINEL)
        return f"{prefix}{pk}{suffix}"

    def by_slug(self, route: str, slug: str) -> str:
        prefix, suffix = self._template(route, _SLUG_SENTINEL)
        # The same quoting reverse() applies to its arguments.
        return prefix + quote(slug, safe=RFC3986_SUBDELIMS + "/~:@") + suffix

    def page(self, obj: Any) -> str:
        if isinstance(obj, Speaker):
            return self.by_slug("claims:speaker", obj.slug)
        route = "claims:claim" if isinstance(obj, Claim) else "claims:article"
        return self.by_id(route, obj.pk)


def url_builder(context: dict[str, Any]) -> UrlBuilder:
    builder = context.get("_urls")
    if builder is None:
        builder = context["_urls"] = UrlBuilder(context.get("request"))
    return builder


def prefetched(obj: Any, name: str) -> list[Any]:
    """Rows of a prefetched relation without building a related manager and queryset
    per row (``obj.rel.all()`` clones a query each time, even when prefetched)."""
    cache = getattr(obj, "_prefetched_objects_cache", {})
    return cache[name] if name in cache else list(getattr(obj, name).all())


_DATETIME = serializers.DateTimeField()
_DECIMAL = serializers.DecimalField(max_digits=24, decimal_places=4)


def _datetime(value: Any, tz: Any = None) -> str | None:
    """DRF's DateTimeField output (ISO 8601 in the current time zone, ``Z`` for UTC)
    for an aware datetime without its per-call settings and field lookups (a fifth
    of a published page's serialization); anything else goes through DRF."""
    if value is None:
        return None
    if (
        _ISO_OUTPUT
        and settings.USE_TZ
        and isinstance(value, dt.datetime)
        and value.utcoffset() is not None
    ):
        try:
            text = value.astimezone(tz or timezone.get_current_timezone()).isoformat()
        except OverflowError:
            return _DATETIME.to_representation(value)  # DRF's own error
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return _DATETIME.to_representation(value)


_ISO_OUTPUT = str(api_settings.DATETIME_FORMAT).lower() == ISO_8601
_QUANTUM = decimal.Decimal(1).scaleb(-_DECIMAL.decimal_places)
_PLAIN_DECIMALS = (
    getattr(_DECIMAL, "coerce_to_string", api_settings.COERCE_DECIMAL_TO_STRING)
    and not _DECIMAL.localize
    and not _DECIMAL.normalize_output
)


def _decimal(value: Any) -> str | None:
    """DRF's DecimalField output (quantized to 4 places, as a string) without copying
    the thread's decimal context per call; DRF itself for anything unusual."""
    if value is None:
        return None
    if _PLAIN_DECIMALS and type(value) is decimal.Decimal and value.is_finite():
        context = decimal.getcontext()
        if context.rounding == decimal.ROUND_HALF_EVEN and _DECIMAL.rounding is None:
            try:
                quantized = value.quantize(_QUANTUM, context=_DECIMAL_CONTEXT)
            except decimal.InvalidOperation:
                return _DECIMAL.to_representation(value)
            return f"{quantized:f}"
    return _DECIMAL.to_representation(value)


_DECIMAL_CONTEXT = decimal.Context(prec=_DECIMAL.max_digits, rounding=decimal.ROUND_HALF_EVEN)
_VERDICT_LABELS = dict(make_hashable(Claim._meta.get_field("verdict").flatchoices))


def _verdict_label(claim: Claim) -> str:
    """``claim.get_verdict_display()`` without rebuilding the choices dict per call."""
    value = claim.verdict
    return force_str(_VERDICT_LABELS.get(make_hashable(value), value), strings_only=True)


def _date(value: Any) -> str | None:
    return None if value is None else value.isoformat()


@extend_schema_field({"type": "string", "format": "uri"})
class ApiUrlField(serializers.Field):
    """Absolute URL of a resource in the API, from its route name."""

    def __init__(self, route: str, **kwargs: Any) -> None:
        self.route = route
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str:
        return url_builder(self.context).by_id(self.route, value.pk)


@extend_schema_field({"type": "string", "format": "uri"})
class PageUrlField(serializers.Field):
    """Absolute URL of the resource's public HTML page."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str:
        return url_builder(self.context).page(value)


class FastRepresentation:
    """Read serializers build their dict by hand: DRF's generic field loop costs
    about a millisecond per claim, which is most of a list request. The declared
    fields still define the OpenAPI schema, and tests/api/test_serializers.py checks
    that both paths give the same output (``generic_representation``)."""

    def generic_representation(self, instance: Any) -> Any:
        return serializers.Serializer.to_representation(self, instance)

    def fast(self, instance: Any, urls: UrlBuilder) -> dict[str, Any]:
        raise NotImplementedError

    def to_representation(self, instance: Any) -> Any:
        return self.fast(instance, url_builder(self.context))


class StrictInputMixin:
    """Unknown body fields are an error: a misspelt field must not be ignored."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(set(data) - writable)
            if unknown:
                raise serializers.ValidationError(
                    {name: ["Unknown field."] for name in unknown}, code="unknown_field"
                )
        return super().to_internal_value(data)


# --------------------------------------------------------------------------- read side


class OutletSerializer(FastRepresentation, serializers.ModelSerializer):
    # Plain strings: the model's slug pattern uses \w, which JSON Schema (ECMA regex)
    # reads as ASCII-only, so Arabic slugs would look invalid to clients.
    slug = serializers.CharField(read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "slug", "name", "url", "language"]

    def fast(self, outlet: Outlet, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "id": outlet.pk,
            "slug": outlet.slug,
            "name": outlet.name,
            "url": outlet.url,
            "language": outlet.language,
        }


class SpeakerRefSerializer(FastRepresentation, serializers.ModelSerializer):
    api_url = ApiUrlField("api:speaker-detail")
    slug = serializers.CharField(read_only=True)

    class Meta:
        model = Speaker
        fields = ["id", "api_url", "slug", "name", "kind", "role"]

    def fast(self, speaker: Speaker, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "id": speaker.pk,
            "api_url": urls.by_id("api:speaker-detail", speaker.pk),
            "slug": speaker.slug,
            "name": speaker.name,
            "kind": speaker.kind,
            "role": speaker.role,
        }


def _speaker_ref(speaker: Speaker | None, urls: UrlBuilder) -> dict[str, Any] | None:
    return None if speaker is None else SpeakerRefSerializer.fast(None, speaker, urls)


class ClaimSpeakerSerializer(SpeakerRefSerializer):
    affiliation = SpeakerRefSerializer(read_only=True, allow_null=True)

    class Meta(SpeakerRefSerializer.Meta):
        fields = [*SpeakerRefSerializer.Meta.fields, "affiliation"]

    def fast(self, speaker: Speaker, urls: UrlBuilder) -> dict[str, Any]:
        data = SpeakerRefSerializer.fast(self, speaker, urls)
        data["affiliation"] = _speaker_ref(speaker.affiliation, urls)
        return data


class FigureSerializer(FastRepresentation, serializers.ModelSerializer):
    value = serializers.DecimalField(
        max_digits=24,
        decimal_places=4,
        allow_null=True,
        read_only=True,
        help_text="Exact decimal as a string; null for vague amounts (dozens, hundreds…).",
    )

    class Meta:
        model = Figure
        fields = ["value", "unit", "qualifier", "start", "end", "text"]

    def fast(self, figure: Figure, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "value": _decimal(figure.value),
            "unit": figure.unit,
            "qualifier": figure.qualifier,
            "start": figure.start,
            "end": figure.end,
            "text": figure.text,
        }


class SourceSerializer(FastRepresentation, serializers.ModelSerializer):
    api_url = ApiUrlField("api:source-detail")

    class Meta:
        model = Source
        fields = [
            "id", "api_url", "url", "title", "publisher", "published_on", "archive_url", "kind",
            "created_at",
        ]  # fmt: skip

    def fast(self, source: Source, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "id": source.pk,
            "api_url": urls.by_id("api:source-detail", source.pk),
            "url": source.url,
            "title": source.title,
            "publisher": source.publisher,
            "published_on": _date(source.published_on),
            "archive_url": source.archive_url,
            "kind": source.kind,
            "created_at": _datetime(source.created_at, urls.tz),
        }


class EvidenceSerializer(FastRepresentation, serializers.ModelSerializer):
    source = SourceSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = ["id", "stance", "excerpt", "note", "source"]

    def fast(self, evidence: Evidence, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "id": evidence.pk,
            "stance": evidence.stance,
            "excerpt": evidence.excerpt,
            "note": evidence.note,
            "source": SourceSerializer.fast(self, evidence.source, urls),
        }


class PublishedVerdictSerializer(FastRepresentation, serializers.Serializer):
    code = serializers.ChoiceField(choices=Verdict.choices, source="verdict")
    label = serializers.CharField(source="get_verdict_display")
    rating = serializers.IntegerField(
        allow_null=True, help_text="1 (worst) to 5 (best); null for unverifiable."
    )
    best_rating = serializers.SerializerMethodField()
    worst_rating = serializers.SerializerMethodField()
    rationale = serializers.CharField()
    published_at = serializers.DateTimeField()

    def get_best_rating(self, claim: Claim) -> int:
        return BEST_RATING

    def get_worst_rating(self, claim: Claim) -> int:
        return WORST_RATING

    def fast(self, claim: Claim, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "code": claim.verdict,
            "label": _verdict_label(claim),
            "rating": claim.rating,
            "best_rating": BEST_RATING,
            "worst_rating": WORST_RATING,
            "rationale": claim.rationale,
            "published_at": _datetime(claim.published_at, urls.tz),
        }


def _username(user: Any) -> str | None:
    return None if user is None else user.username


class ReviewSerializer(FastRepresentation, serializers.Serializer):
    """The working state of the review; Fact-checkers and Editors only."""

    status = serializers.ChoiceField(choices=ReviewStatus.choices)
    verdict = serializers.CharField(help_text="Draft or published verdict code; '' if none.")
    rationale = serializers.CharField()
    internal_note = serializers.CharField()
    assignee = serializers.CharField(source="assignee.username", allow_null=True, default=None)
    reviewer = serializers.CharField(source="reviewer.username", allow_null=True, default=None)
    publisher = serializers.CharField(source="publisher.username", allow_null=True, default=None)
    reviewed_at = serializers.DateTimeField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    version = serializers.IntegerField(help_text="The ETag of the claim is this number, quoted.")

    def fast(self, claim: Claim, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "status": claim.status,
            "verdict": claim.verdict,
            "rationale": claim.rationale,
            "internal_note": claim.internal_note,
            "assignee": _username(claim.assignee),
            "reviewer": _username(claim.reviewer),
            "publisher": _username(claim.publisher),
            "reviewed_at": _datetime(claim.reviewed_at, urls.tz),
            "published_at": _datetime(claim.published_at, urls.tz),
            "version": claim.version,
        }


class ArticleRefSerializer(FastRepresentation, serializers.ModelSerializer):
    api_url = ApiUrlField("api:article-detail")
    outlet = OutletSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "api_url", "title", "url", "language", "outlet", "published_on"]

    def fast(self, article: Article, urls: UrlBuilder) -> dict[str, Any]:
        outlet = article.outlet
        return {
            "id": article.pk,
            "api_url": urls.by_id("api:article-detail", article.pk),
            "title": article.title,
            "url": article.url,
            "language": article.language,
            "outlet": None if outlet is None else OutletSerializer.fast(self, outlet, urls),
            "published_on": _date(article.published_on),
        }


def _published_verdict(claim: Claim, urls: UrlBuilder) -> dict[str, Any] | None:
    if claim.status != ReviewStatus.PUBLISHED or not claim.verdict:
        return None
    return PublishedVerdictSerializer.fast(None, claim, urls)


def _evidence(claim: Claim, urls: UrlBuilder) -> list[dict[str, Any]]:
    """Evidence of a published verdict; reviewers also see a draft's evidence."""
    if claim.status != ReviewStatus.PUBLISHED and not urls.reviewer:
        return []
    return [EvidenceSerializer.fast(None, e, urls) for e in prefetched(claim, "evidence")]


class ClaimSerializer(FastRepresentation, serializers.ModelSerializer):
    api_url = ApiUrlField("api:claim-detail")
    page_url = PageUrlField()
    article = ArticleRefSerializer(read_only=True)
    speaker = ClaimSpeakerSerializer(read_only=True, allow_null=True)
    via = SpeakerRefSerializer(read_only=True, allow_null=True)
    figures = FigureSerializer(many=True, read_only=True)
    published = serializers.SerializerMethodField()
    verdict = serializers.SerializerMethodField()
    evidence = serializers.SerializerMethodField()
    review = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id", "api_url", "page_url", "article", "start", "end", "text", "speaker", "via",
            "cue", "direct", "kind", "figures", "extractor_version", "orphaned", "published",
            "verdict", "evidence", "review",
        ]  # fmt: skip

    def _reviewer(self) -> bool:
        request = self.context.get("request")
        return request is not None and request_is_reviewer(request)

    def get_published(self, claim: Claim) -> bool:
        return claim.status == ReviewStatus.PUBLISHED

    @extend_schema_field(PublishedVerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict[str, Any] | None:
        return _published_verdict(claim, url_builder(self.context))

    @extend_schema_field(EvidenceSerializer(many=True))
    def get_evidence(self, claim: Claim) -> list[dict[str, Any]]:
        return _evidence(claim, url_builder(self.context))

    @extend_schema_field(ReviewSerializer(allow_null=True))
    def get_review(self, claim: Claim) -> dict[str, Any] | None:
        if not self._reviewer():
            return None
        return ReviewSerializer.fast(self, claim, url_builder(self.context))

    def fast(self, claim: Claim, urls: UrlBuilder) -> dict[str, Any]:
        speaker = claim.speaker
        return {
            "id": claim.pk,
            "api_url": urls.by_id("api:claim-detail", claim.pk),
            "page_url": urls.by_id("claims:claim", claim.pk),
            "article": ArticleRefSerializer.fast(self, claim.article, urls),
            "start": claim.start,
            "end": claim.end,
            "text": claim.text,
            "speaker": None
            if speaker is None
            else ClaimSpeakerSerializer.fast(self, speaker, urls),
            "via": _speaker_ref(claim.via, urls),
            "cue": claim.cue,
            "direct": claim.direct,
            "kind": claim.kind,
            "figures": [FigureSerializer.fast(self, f, urls) for f in prefetched(claim, "figures")],
            "extractor_version": claim.extractor_version,
            "orphaned": claim.orphaned,
            "published": claim.status == ReviewStatus.PUBLISHED,
            "verdict": _published_verdict(claim, urls),
            "evidence": _evidence(claim, urls),
            "review": ReviewSerializer.fast(self, claim, urls) if urls.reviewer else None,
        }


class ArticleSerializer(FastRepresentation, serializers.ModelSerializer):
    api_url = ApiUrlField("api:article-detail")
    page_url = PageUrlField()
    outlet = OutletSerializer(read_only=True, allow_null=True)
    claim_count = serializers.IntegerField(read_only=True)
    claims_api_url = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = [
            "id", "api_url", "page_url", "title", "url", "language", "outlet", "published_on",
            "ingested_at", "extractor_version", "claim_count", "claims_api_url",
        ]  # fmt: skip

    @extend_schema_field({"type": "string", "format": "uri"})
    def get_claims_api_url(self, article: Article) -> str:
        return f"{url_builder(self.context).plain('api:claim-list')}?article={article.pk}"

    def fast(self, article: Article, urls: UrlBuilder) -> dict[str, Any]:
        data = ArticleRefSerializer.fast(self, article, urls)
        data["page_url"] = urls.by_id("claims:article", article.pk)
        data["ingested_at"] = _datetime(article.ingested_at, urls.tz)
        data["extractor_version"] = article.extractor_version
        data["claim_count"] = article.claim_count
        data["claims_api_url"] = self.get_claims_api_url(article)
        return {name: data[name] for name in ArticleSerializer.Meta.fields}


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]

    def fast(self, article: Article, urls: UrlBuilder) -> dict[str, Any]:
        data = ArticleSerializer.fast(self, article, urls)
        data["body"] = article.body
        data["claims"] = self.fields["claims"].to_representation(prefetched(article, "claims"))
        return data


class VerdictCountsSerializer(serializers.Serializer):
    """Published verdicts of the speaker's own claims, per verdict."""

    accurate = serializers.IntegerField()
    mostly_accurate = serializers.IntegerField()
    misleading = serializers.IntegerField()
    mostly_false = serializers.IntegerField()
    false = serializers.IntegerField()
    unverifiable = serializers.IntegerField()


class SpeakerSerializer(FastRepresentation, serializers.ModelSerializer):
    api_url = ApiUrlField("api:speaker-detail")
    page_url = PageUrlField()
    slug = serializers.CharField(read_only=True)
    affiliation = SpeakerRefSerializer(read_only=True, allow_null=True)
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="surface")
    claim_count = serializers.IntegerField(read_only=True)
    verdict_counts = serializers.SerializerMethodField()

    class Meta:
        model = Speaker
        fields = [
            "id", "api_url", "page_url", "slug", "name", "kind", "role", "wikidata_id",
            "affiliation", "aliases", "claim_count", "verdict_counts",
        ]  # fmt: skip

    @extend_schema_field(VerdictCountsSerializer)
    def get_verdict_counts(self, speaker: Speaker) -> dict[str, int]:
        return {v: getattr(speaker, f"published_{v}", 0) for v in Verdict.values}

    def fast(self, speaker: Speaker, urls: UrlBuilder) -> dict[str, Any]:
        return {
            "id": speaker.pk,
            "api_url": urls.by_id("api:speaker-detail", speaker.pk),
            "page_url": urls.by_slug("claims:speaker", speaker.slug),
            "slug": speaker.slug,
            "name": speaker.name,
            "kind": speaker.kind,
            "role": speaker.role,
            "wikidata_id": speaker.wikidata_id,
            "affiliation": _speaker_ref(speaker.affiliation, urls),
            "aliases": [alias.surface for alias in prefetched(speaker, "aliases")],
            "claim_count": speaker.claim_count,
            "verdict_counts": self.get_verdict_counts(speaker),
        }


ClaimReviewSchema = {
    "type": "object",
    "description": "A schema.org ClaimReview (JSON-LD) for one published verdict.",
    "required": ["@context", "@type", "url", "claimReviewed", "reviewRating", "datePublished"],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": {"type": "string"},
        "datePublished": {"type": "string", "format": "date"},
        "reviewRating": {
            "type": "object",
            "properties": {
                "@type": {"type": "string"},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                "bestRating": {"type": "integer"},
                "worstRating": {"type": "integer"},
                "alternateName": {"type": "string"},
            },
        },
        "itemReviewed": {"type": "object"},
        "author": {"type": "object"},
    },
}


# --------------------------------------------------------------------------- write side


class StrictCharField(serializers.CharField):
    """DRF turns 5 into "5"; a client sending a number where text belongs has a bug
    worth telling it about."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ArticleSubmitSerializer(StrictInputMixin, serializers.Serializer):
    text = StrictCharField(
        trim_whitespace=False,
        help_text="The article: title line, blank line, body paragraphs (the file format "
        "of `manage.py ingest`, optional `---` metadata header included).",
    )
    title = StrictCharField(
        required=False, allow_blank=True, max_length=500,
        help_text="If given, used as the title and `text` is only the body.",
    )  # fmt: skip
    url = StrictCharField(required=False, allow_blank=True, max_length=1000)
    outlet = StrictCharField(required=False, allow_blank=True, max_length=200)
    published_on = serializers.DateField(required=False, allow_null=True)
    language = serializers.ChoiceField(choices=Language.choices, required=False)


class ReviewUpdateSerializer(StrictInputMixin, serializers.Serializer):
    status = serializers.ChoiceField(
        choices=[s for s in ReviewStatus.choices if s[0] != ReviewStatus.PUBLISHED],
        required=False,
        help_text="Publishing is a separate action (POST …/publish/).",
    )
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False, allow_blank=True)
    rationale = StrictCharField(required=False, allow_blank=True, trim_whitespace=False)
    internal_note = StrictCharField(required=False, allow_blank=True, trim_whitespace=False)


class UnpublishSerializer(StrictInputMixin, serializers.Serializer):
    reason = StrictCharField(required=False, allow_blank=True, max_length=2000)


class AssignSerializer(StrictInputMixin, serializers.Serializer):
    assignee = StrictCharField(
        allow_null=True, max_length=150, help_text="Username of the reviewer; null to unassign."
    )


class SourceInputSerializer(StrictInputMixin, serializers.Serializer):
    url = StrictCharField(max_length=1000)
    title = StrictCharField(required=False, allow_blank=True, max_length=500)
    publisher = StrictCharField(required=False, allow_blank=True, max_length=300)
    published_on = serializers.DateField(required=False, allow_null=True)
    archive_url = StrictCharField(required=False, allow_blank=True, max_length=1000)
    kind = serializers.ChoiceField(choices=SourceKind.choices, required=False)


class EvidenceInputSerializer(StrictInputMixin, serializers.Serializer):
    source_id = serializers.IntegerField(
        required=False, min_value=1, max_value=2**53, help_text="An existing source…"
    )
    source = SourceInputSerializer(required=False, help_text="…or a source to find or create.")
    stance = serializers.ChoiceField(choices=Stance.choices)
    excerpt = StrictCharField(required=False, allow_blank=True, trim_whitespace=False)
    note = StrictCharField(required=False, allow_blank=True, trim_whitespace=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("source_id" in attrs) == ("source" in attrs):
            raise serializers.ValidationError(
                {"source": ["Give exactly one of source_id or source."]}
            )
        return attrs
