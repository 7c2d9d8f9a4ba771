"""API views. Reads use claims.selectors-style querysets with everything prefetched;
writes call claims.services and let the exception handler map their errors
(StaleWrite → 412, PermissionDenied → 403, ServiceError → 400)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from claims import presentation
from claims.api import serializers as s
from claims.api.errors import PreconditionFailed, PreconditionRequired
from claims.api.filters import ArticleFilter, ClaimFilter, SourceFilter, SpeakerFilter
from claims.api.orm import fast_models
from claims.api.pagination import Ordering
from claims.api.permissions import ReadOnlyOrAuthenticated, request_is_reviewer
from claims.ingest import ArticleFileError, parse_article_text, validate_metadata
from claims.models import (
    Article,
    Claim,
    Evidence,
    Figure,
    ReviewStatus,
    Source,
    Speaker,
    Verdict,
)
from claims.services import review as review_services
from claims.services.ingest import article_ingest

ID_PATTERN = r"[0-9]{1,15}"
PAGINATION_PARAMS = ("cursor", "page_size", "ordering")

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    description='The ETag from GET /claims/{id}/ (e.g. `"3"`). A stale value → 412.',
)
IF_MATCH_OPTIONAL = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="Optional ETag; if given and stale → 412.",
)


class ApiViewSetMixin:
    permission_classes = (ReadOnlyOrAuthenticated,)
    lookup_value_regex = ID_PATTERN
    extra_query_params = PAGINATION_PARAMS

    @property
    def is_reviewer(self) -> bool:
        return request_is_reviewer(self.request)


# --------------------------------------------------------------------------- querysets


def claim_queryset(reviewer: bool) -> QuerySet[Claim]:
    """Claims with their one-to-one relations joined; figures and evidence are added
    to a page by ``attach_claim_relations``."""
    queryset = Claim.objects.select_related(
        "article", "article__outlet", "speaker", "speaker__affiliation", "via"
    ).defer(
        # Each claim row would otherwise carry its whole article body (kilobytes).
        "text_key",
        "article__body",
        "article__title_key",
        "article__content_hash",
    )
    if reviewer:
        queryset = queryset.select_related("assignee", "reviewer", "publisher")
    else:
        queryset = queryset.defer("internal_note")
    return queryset


PUBLIC_LIST_UNUSED = (
    "assignee",
    "reviewer",
    "publisher",
    "reviewed_at",
    "version",
    "created_at",
    "updated_at",
    "article__source_name",
    "article__extractor_version",
    "article__ingested_at",
    "article__updated_at",
    *(
        f"{speaker}__{name}"
        for speaker in ("speaker", "speaker__affiliation", "via")
        for name in ("wikidata_id", "created_at", "updated_at")
    ),
)


ARTICLE_LIST_UNUSED = ("body", "title_key", "content_hash", "source_name", "updated_at")


def _grouped(rows: QuerySet, key: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = {}
    for row in rows:
        groups.setdefault(getattr(row, key), []).append(row)
    return groups


def attach_claim_relations(claims: list[Claim], reviewer: bool) -> list[Claim]:
    """Figures and visible evidence of a page of claims: one query each at most.

    Done by hand rather than with prefetch_related, which builds a queryset per
    claim and per relation to hold its cache (a third of a page's time). Evidence
    of unpublished claims is not even fetched for the public.
    """
    if not claims:
        return claims
    ids = [claim.pk for claim in claims]
    figures = _grouped(
        fast_models(Figure.objects.filter(claim_id__in=ids).order_by("claim_id", "start")),
        "claim_id",
    )
    visible = ids if reviewer else [c.pk for c in claims if c.status == ReviewStatus.PUBLISHED]
    evidence = {}
    if visible:
        rows = (
            Evidence.objects.filter(claim_id__in=visible)
            .select_related("source")
            .order_by("stance", "id")
        )
        evidence = _grouped(fast_models(rows), "claim_id")
    for claim in claims:
        cache = claim.__dict__.setdefault("_prefetched_objects_cache", {})
        cache["figures"] = figures.get(claim.pk, [])
        cache["evidence"] = evidence.get(claim.pk, [])
    return claims


def _count_of(claims: QuerySet[Claim], by: str) -> Coalesce:
    """A correlated COUNT subquery. Unlike a JOIN + GROUP BY over every row, it is
    evaluated only for the rows of the page, so a list stays fast on a big table."""
    counted = claims.filter(**{by: OuterRef("pk")}).order_by().values(by)
    return Coalesce(Subquery(counted.annotate(n=Count("pk")).values("n")[:1]), 0)


def speaker_queryset() -> QuerySet[Speaker]:
    return Speaker.objects.select_related("affiliation").prefetch_related("aliases")


def attach_speaker_counts(speakers: list[Speaker]) -> list[Speaker]:
    """Set ``claim_count`` and ``published_<verdict>`` on the page's speakers in one
    grouped query. As annotations they were computed for every speaker before the
    sort by name (7 subqueries × all speakers); here only for the page."""
    counts: dict[int, dict[str, int]] = {s.pk: {} for s in speakers}
    rows = (
        Claim.objects.filter(speaker_id__in=list(counts))
        .values_list("speaker_id", "status", "verdict")
        .annotate(n=Count("id"))
        .order_by()
    )
    for speaker_id, status_, verdict, n in rows:
        bucket = counts[speaker_id]
        bucket["claim_count"] = bucket.get("claim_count", 0) + n
        if status_ == ReviewStatus.PUBLISHED:
            key = f"published_{verdict}"
            bucket[key] = bucket.get(key, 0) + n
    for speaker in speakers:
        bucket = counts[speaker.pk]
        speaker.claim_count = bucket.get("claim_count", 0)
        for verdict in Verdict.values:
            setattr(speaker, f"published_{verdict}", bucket.get(f"published_{verdict}", 0))
    return speakers


def _etag(claim: Claim) -> str:
    return f'"{claim.version}"'


_ETAG = re.compile(r'\s*(W/)?"([^"]*)"\s*(?:,|$)')


def _if_match_versions(header: str) -> list[int] | None:
    """Versions listed in If-Match; None for ``*``. Weak tags never match (RFC 9110)."""
    if header.strip() == "*":
        return None
    versions = []
    for weak, tag in _ETAG.findall(header):
        if not weak and tag.isdigit():
            versions.append(int(tag))
    return versions


def expected_version(request: Request, claim: Claim, *, required: bool) -> int:
    """The version the client based its change on, from If-Match."""
    header = request.headers.get("If-Match")
    if header is None:
        if required:
            raise PreconditionRequired()
        return claim.version
    versions = _if_match_versions(header)
    if versions is None:
        return claim.version
    if claim.version not in versions:
        raise PreconditionFailed(
            f"The claim is at version {claim.version}; your If-Match does not match. "
            "Fetch it again and re-apply your change."
        )
    # The service re-checks under a row lock, so a write racing this one still fails.
    return claim.version


# --------------------------------------------------------------------------- articles


@extend_schema_view(
    list=extend_schema(summary="List articles", description="Newest first by default."),
    retrieve=extend_schema(summary="An article with its text and extracted claims"),
)
class ArticleViewSet(
    ApiViewSetMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    filterset_class = ArticleFilter
    orderings = {
        "-id": Ordering(("-id",)),
        "id": Ordering(("id",)),
        "-published_on": Ordering(("-published_on", "-id")),
        "published_on": Ordering(("published_on", "id")),
    }
    default_ordering = "-id"
    http_method_names = ("get", "post", "head", "options")

    def get_queryset(self) -> QuerySet[Article]:
        queryset = Article.objects.select_related("outlet").annotate(
            claim_count=_count_of(Claim.objects.all(), "article")
        )
        if self.action == "list":
            # The list never shows the body (kilobytes per article) or the keys.
            return queryset.defer(*ARTICLE_LIST_UNUSED)
        claims = claim_queryset(self.is_reviewer).order_by("start", "id")
        return queryset.prefetch_related(Prefetch("claims", queryset=claims))

    def get_object(self) -> Article:
        article = super().get_object()
        attach_claim_relations(s.prefetched(article, "claims"), self.is_reviewer)
        return article

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return s.ArticleSerializer if self.action == "list" else s.ArticleDetailSerializer

    @extend_schema(
        summary="Submit an article and get its extracted claims",
        description="Needs a token of a Fact-checker or Editor (or the `claims.add_article` "
        "permission). The same text submitted again returns the stored article with 200.",
        request=s.ArticleSubmitSerializer,
        responses={201: s.ArticleDetailSerializer, 200: s.ArticleDetailSerializer},
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = request.user
        if not (request_is_reviewer(request) or user.has_perm("claims.add_article")):
            raise PermissionDenied("Only fact-checkers and editors can submit articles.")
        form = s.ArticleSubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        text = data["text"]
        if data.get("title", "").strip():
            text = data["title"].strip() + "\n\n" + text
        try:
            article_file = parse_article_text(text, max_chars=settings.ARTICLE_MAX_CHARS)
        except ArticleFileError as exc:
            raise ValidationError({"text": [str(exc)]}) from None
        overrides: dict[str, Any] = {}
        if "language" in data:
            overrides["language"] = data["language"]
        if data.get("url"):
            try:
                overrides["url"] = validate_metadata(url=data["url"])[1]
            except ArticleFileError as exc:
                raise ValidationError({"url": [str(exc)]}) from None
        if data.get("outlet", "").strip():
            overrides["outlet"] = data["outlet"].strip()
        if data.get("published_on"):
            overrides["published_on"] = data["published_on"]
        article_file = dataclasses.replace(article_file, **overrides)
        result = article_ingest(article_file=article_file, source_name="api")
        article = self.get_queryset().get(pk=result.article.pk)
        attach_claim_relations(s.prefetched(article, "claims"), self.is_reviewer)
        body = s.ArticleDetailSerializer(article, context=self.get_serializer_context()).data
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        headers = {"Location": body["api_url"]}
        return Response(body, status=code, headers=headers)


# --------------------------------------------------------------------------- claims


@extend_schema_view(
    list=extend_schema(
        summary="List and filter claims",
        description="Anonymous clients see published verdicts only; `review` is null "
        "unless the token belongs to a Fact-checker or Editor.",
    ),
    retrieve=extend_schema(
        summary="A claim",
        description="The `ETag` header carries the claim's version, for If-Match.",
    ),
)
class ClaimViewSet(
    ApiViewSetMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilter
    orderings = {
        "id": Ordering(("id",)),
        "-id": Ordering(("-id",)),
        "-published_at": Ordering(("-published_at", "-id")),
        "published_at": Ordering(("published_at", "id")),
    }
    default_ordering = "id"
    http_method_names = ("get", "patch", "post", "delete", "head", "options")

    def get_queryset(self) -> QuerySet[Claim]:
        reviewer = self.is_reviewer
        queryset = claim_queryset(reviewer)
        if self.action == "list" and not reviewer:
            # Columns a public list never shows (the review's bookkeeping, the ETag
            # version, timestamps of the joined rows): each costs a conversion and a
            # model attribute per row. Detail views keep them (ETag needs version).
            queryset = queryset.defer(*PUBLIC_LIST_UNUSED)
        return queryset

    def paginate_queryset(self, queryset: QuerySet[Claim]) -> list[Claim] | None:
        page = super().paginate_queryset(queryset)
        return None if page is None else attach_claim_relations(page, self.is_reviewer)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claim = self.get_object()
        etag = _etag(claim)
        if_none_match = request.headers.get("If-None-Match", "")
        if etag in [tag.strip() for tag in if_none_match.split(",")]:
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        attach_claim_relations([claim], self.is_reviewer)
        return Response(self.get_serializer(claim).data, headers={"ETag": etag})

    def _claim_response(self, claim: Claim, code: int = status.HTTP_200_OK) -> Response:
        """The claim as stored after a write (the service changed the row)."""
        fresh = attach_claim_relations([self.get_queryset().get(pk=claim.pk)], self.is_reviewer)[0]
        data = self.get_serializer(fresh).data
        return Response(data, status=code, headers={"ETag": _etag(fresh)})

    def _locked_claim(self) -> Claim:
        # Plain row: the service re-reads it under lock anyway.
        return self.get_object()

    @extend_schema(
        summary="Update the review (status, verdict, rationale, internal note)",
        parameters=[IF_MATCH],
        request=s.ReviewUpdateSerializer,
        responses={200: s.ClaimSerializer},
    )
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claim = self._locked_claim()
        form = s.ReviewUpdateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        version = expected_version(request, claim, required=True)
        review_services.claim_update_review(
            claim=claim, actor=request.user, expected_version=version, **form.validated_data
        )
        return self._claim_response(claim)

    @extend_schema(
        summary="Publish the drafted verdict (Editors)",
        parameters=[IF_MATCH],
        request=None,
        responses={200: s.ClaimSerializer},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, pk: str | None = None) -> Response:
        claim = self._locked_claim()
        self._reject_body(request)
        version = expected_version(request, claim, required=True)
        review_services.claim_publish(claim=claim, actor=request.user, expected_version=version)
        return self._claim_response(claim)

    @extend_schema(
        summary="Withdraw a published verdict (Editors)",
        parameters=[IF_MATCH],
        request=s.UnpublishSerializer,
        responses={200: s.ClaimSerializer},
    )
    @action(detail=True, methods=["post"])
    def unpublish(self, request: Request, pk: str | None = None) -> Response:
        claim = self._locked_claim()
        form = s.UnpublishSerializer(data=request.data or {})
        form.is_valid(raise_exception=True)
        version = expected_version(request, claim, required=True)
        review_services.claim_unpublish(
            claim=claim,
            actor=request.user,
            expected_version=version,
            reason=form.validated_data.get("reason", ""),
        )
        return self._claim_response(claim)

    @extend_schema(
        summary="Assign the claim to a reviewer",
        parameters=[IF_MATCH_OPTIONAL],
        request=s.AssignSerializer,
        responses={200: s.ClaimSerializer},
    )
    @action(detail=True, methods=["post"])
    def assign(self, request: Request, pk: str | None = None) -> Response:
        claim = self._locked_claim()
        form = s.AssignSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        expected_version(request, claim, required=False)
        username = form.validated_data["assignee"]
        assignee = None
        if username is not None:
            assignee = get_user_model().objects.filter(username=username).first()
            if assignee is None:
                raise ValidationError({"assignee": [f"No user {username!r}."]})
        review_services.claim_assign(claim=claim, actor=request.user, assignee=assignee)
        return self._claim_response(claim)

    @extend_schema(
        summary="Cite a source as evidence",
        parameters=[IF_MATCH_OPTIONAL],
        request=s.EvidenceInputSerializer,
        responses={201: s.EvidenceSerializer},
    )
    @action(detail=True, methods=["post"], url_path="evidence")
    def evidence(self, request: Request, pk: str | None = None) -> Response:
        claim = self._locked_claim()
        form = s.EvidenceInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        expected_version(request, claim, required=False)
        if "source_id" in data:
            source = Source.objects.filter(pk=data["source_id"]).first()
            if source is None:
                raise ValidationError({"source_id": [f"No source {data['source_id']}."]})
        else:
            source = review_services.source_get_or_create(
                actor=request.user, **{"title": "", **data["source"]}
            )
        evidence = review_services.evidence_add(
            claim=claim,
            actor=request.user,
            source=source,
            stance=data["stance"],
            excerpt=data.get("excerpt", ""),
            note=data.get("note", ""),
        )
        evidence = Evidence.objects.select_related("source").get(pk=evidence.pk)
        body = s.EvidenceSerializer(evidence, context=self.get_serializer_context()).data
        version = Claim.objects.filter(pk=claim.pk).values_list("version", flat=True).first()
        return Response(body, status=status.HTTP_201_CREATED, headers={"ETag": f'"{version}"'})

    @extend_schema(
        summary="Remove an evidence from the claim",
        parameters=[
            IF_MATCH_OPTIONAL,
            OpenApiParameter("evidence_id", OpenApiTypes.INT, OpenApiParameter.PATH),
        ],
        request=None,
        responses={204: None},
    )
    @action(
        detail=True,
        methods=["delete"],
        url_path=rf"evidence/(?P<evidence_id>{ID_PATTERN})",
        url_name="evidence-detail",
    )
    def remove_evidence(
        self, request: Request, pk: str | None = None, evidence_id: str | None = None
    ) -> Response:
        claim = self._locked_claim()
        expected_version(request, claim, required=False)
        evidence = Evidence.objects.filter(pk=evidence_id, claim=claim).first()
        if evidence is None:
            raise NotFound("This claim has no such evidence.")
        review_services.evidence_remove(evidence=evidence, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @staticmethod
    def _reject_body(request: Request) -> None:
        data = request.data
        if isinstance(data, dict) and data:
            raise ValidationError({str(name): ["Unknown field."] for name in data})
        if data and not isinstance(data, dict):
            raise ValidationError({"non_field_errors": ["This action takes no body."]})


# --------------------------------------------------------------------------- speakers


@extend_schema_view(
    list=extend_schema(summary="List speakers"),
    retrieve=extend_schema(summary="A speaker with aliases, affiliation and verdict counts"),
)
class SpeakerViewSet(ApiViewSetMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = s.SpeakerSerializer
    filterset_class = SpeakerFilter
    orderings = {
        "name": Ordering(("name", "id")),
        "-name": Ordering(("-name", "-id")),
        "id": Ordering(("id",)),
        "-id": Ordering(("-id",)),
    }
    default_ordering = "name"

    def get_queryset(self) -> QuerySet[Speaker]:
        return speaker_queryset()

    def paginate_queryset(self, queryset: QuerySet[Speaker]) -> list[Speaker] | None:
        page = super().paginate_queryset(queryset)
        return None if page is None else attach_speaker_counts(page)

    def get_object(self) -> Speaker:
        return attach_speaker_counts([super().get_object()])[0]


# --------------------------------------------------------------------------- sources


@extend_schema_view(
    list=extend_schema(
        summary="List sources",
        description="The public sees the sources cited by published verdicts.",
    ),
    retrieve=extend_schema(summary="A source"),
)
class SourceViewSet(
    ApiViewSetMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = s.SourceSerializer
    filterset_class = SourceFilter
    orderings = {
        "id": Ordering(("id",)),
        "-id": Ordering(("-id",)),
        "title": Ordering(("title", "id")),
    }
    default_ordering = "id"
    http_method_names = ("get", "post", "head", "options")

    def get_queryset(self) -> QuerySet[Source]:
        queryset = Source.objects.all()
        if not self.is_reviewer:
            cited = Evidence.objects.filter(claim__status=ReviewStatus.PUBLISHED)
            queryset = queryset.filter(id__in=cited.values("source_id"))
        return queryset

    @extend_schema(
        summary="Find or create a source by URL (Fact-checkers, Editors)",
        request=s.SourceInputSerializer,
        responses={201: s.SourceSerializer, 200: s.SourceSerializer},
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        form = s.SourceInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        existed = Source.objects.filter(url=data["url"].strip()).exists()
        source = review_services.source_get_or_create(actor=request.user, **{"title": "", **data})
        body = s.SourceSerializer(source, context=self.get_serializer_context()).data
        code = status.HTTP_200_OK if existed else status.HTTP_201_CREATED
        return Response(body, status=code, headers={"Location": body["api_url"]})


# --------------------------------------------------------------------------- ClaimReview


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


def site_url(request: Request) -> str:
    return settings.SITE_URL or request.build_absolute_uri("/").rstrip("/")


def claim_review(
    claim: Claim, request: Request, paths: s.UrlBuilder | None = None, base: str | None = None
) -> dict[str, Any]:
    """The same ClaimReview the claim's HTML page embeds (claims.presentation).

    ``paths`` (a relative-path UrlBuilder shared by a page) fills the routes in from
    templates: three ``reverse()`` per claim were a third of a page's time. Its
    results equal the models' get_absolute_url() (tests/api/test_serializers.py)."""
    base = site_url(request) if base is None else base
    paths = paths or s.UrlBuilder(None)
    article = claim.article
    speaker = claim.speaker
    return presentation.claim_review_data(
        claim_text=claim.text,
        verdict=claim.verdict,
        url=base + paths.page(claim),
        site_name=settings.SITE_NAME,
        site_url=base + "/",
        date_published=claim.published_at,
        speaker_name=speaker.name if speaker else "",
        speaker_kind=speaker.kind if speaker else "",
        speaker_url=base + paths.page(speaker) if speaker else "",
        article_title=article.title,
        article_url=article.url or base + paths.page(article),
        article_date=article.published_on,
        outlet_name=article.outlet.name if article.outlet else "",
        in_language=article.language,
    )


class ClaimReviewSerializer(serializers.BaseSerializer):
    def to_representation(self, claim: Claim) -> dict[str, Any]:
        # One URL builder and one site URL per page, not per claim.
        request = self.context["request"]
        page = self.context.get("_claim_review_page")
        if page is None:
            page = self.context["_claim_review_page"] = (s.UrlBuilder(None), site_url(request))
        return claim_review(claim, request, *page)


class ClaimReviewFilter(ClaimFilter):
    class Meta(ClaimFilter.Meta):
        fields: list[str] = []


# Only the filters that make sense on published verdicts.
for _name in ("status", "reviewed_after", "reviewed_before", "has_figures"):
    ClaimReviewFilter.base_filters.pop(_name, None)


@extend_schema_view(
    list=extend_schema(
        summary="Published verdicts as schema.org ClaimReview (JSON-LD)",
        description="For aggregators. Incremental sync: `?published_after=<date or "
        "date-time>&ordering=published_at`, then follow `next`.",
        responses={200: s.ClaimReviewSchema},
    ),
    retrieve=extend_schema(summary="One ClaimReview", responses={200: s.ClaimReviewSchema}),
)
class ClaimReviewViewSet(ApiViewSetMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = ClaimReviewSerializer
    filterset_class = ClaimReviewFilter
    renderer_classes = (JSONRenderer, JSONLDRenderer)
    orderings = {
        "-published_at": Ordering(("-published_at", "-id"), non_null=True),
        "published_at": Ordering(("published_at", "id"), non_null=True),
    }
    default_ordering = "-published_at"

    def get_queryset(self) -> QuerySet[Claim]:
        return (
            Claim.objects.filter(status=ReviewStatus.PUBLISHED)
            .select_related("article", "article__outlet", "speaker")
            .defer("text_key", "internal_note", "article__body", "article__title_key")
        )
