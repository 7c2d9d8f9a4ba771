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

from collections.abc import Mapping
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

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


def _absolute(serializer: serializers.Serializer, path: str) -> str:
    request = serializer.context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


@extend_schema_field({"type": "string", "format": "uri"})
class ApiUrlField(serializers.Field):
    """Absolute URL of a resource in the API, from its route name."""

    def __init__(self, route: str, **kwargs: Any) -> None:
        self.route = route
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str:
        return reverse(self.route, args=[value.pk], request=self.context.get("request"))


@extend_schema_field({"type": "string", "format": "uri"})
class PageUrlField(serializers.Field):
    """Absolute URL of the resource's public HTML page."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value: Any) -> str:
        return _absolute(self.parent, value.get_absolute_url())


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


class OutletSerializer(serializers.ModelSerializer):
    # Plain strings: the model's slug pattern uses \w, which JSON Schema (ECMA regex)
    # reads as ASCII-only, so Arabic slugs would look invalid to clients.
    slug = serializers.CharField(read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "slug", "name", "url", "language"]


class SpeakerRefSerializer(serializers.ModelSerializer):
    api_url = ApiUrlField("api:speaker-detail")
    slug = serializers.CharField(read_only=True)

    class Meta:
        model = Speaker
        fields = ["id", "api_url", "slug", "name", "kind", "role"]


class ClaimSpeakerSerializer(SpeakerRefSerializer):
    affiliation = SpeakerRefSerializer(read_only=True, allow_null=True)

    class Meta(SpeakerRefSerializer.Meta):
        fields = [*SpeakerRefSerializer.Meta.fields, "affiliation"]


class FigureSerializer(serializers.ModelSerializer):
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


class SourceSerializer(serializers.ModelSerializer):
    api_url = ApiUrlField("api:source-detail")

    class Meta:
        model = Source
        fields = [
            "id", "api_url", "url", "title", "publisher", "published_on", "archive_url", "kind",
            "created_at",
        ]  # fmt: skip


class EvidenceSerializer(serializers.ModelSerializer):
    source = SourceSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = ["id", "stance", "excerpt", "note", "source"]


class PublishedVerdictSerializer(serializers.Serializer):
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


class ReviewSerializer(serializers.Serializer):
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


class ArticleRefSerializer(serializers.ModelSerializer):
    api_url = ApiUrlField("api:article-detail")
    outlet = OutletSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "api_url", "title", "url", "language", "outlet", "published_on"]


class ClaimSerializer(serializers.ModelSerializer):
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
        if claim.status != ReviewStatus.PUBLISHED or not claim.verdict:
            return None
        return PublishedVerdictSerializer(claim).data

    @extend_schema_field(EvidenceSerializer(many=True))
    def get_evidence(self, claim: Claim) -> list[dict[str, Any]]:
        """Evidence of a published verdict; reviewers also see a draft's evidence."""
        if claim.status != ReviewStatus.PUBLISHED and not self._reviewer():
            return []
        return EvidenceSerializer(claim.evidence.all(), many=True, context=self.context).data

    @extend_schema_field(ReviewSerializer(allow_null=True))
    def get_review(self, claim: Claim) -> dict[str, Any] | None:
        return ReviewSerializer(claim).data if self._reviewer() else None


class ArticleSerializer(serializers.ModelSerializer):
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
        path = reverse("api:claim-list") + f"?article={article.pk}"
        return _absolute(self, path)


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]


class VerdictCountsSerializer(serializers.Serializer):
    """Published verdicts of the speaker's own claims, per verdict."""

    accurate = serializers.IntegerField()
    mostly_accurate = serializers.IntegerField()
    misleading = serializers.IntegerField()
    mostly_false = serializers.IntegerField()
    false = serializers.IntegerField()
    unverifiable = serializers.IntegerField()


class SpeakerSerializer(serializers.ModelSerializer):
    api_url = ApiUrlField("api:speaker-detail")
    slug = serializers.CharField(read_only=True)
    page_url = PageUrlField()
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
