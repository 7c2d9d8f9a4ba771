"""Reads shared by the reader pages and the API.

Every list here fetches its related rows up front (select_related /
prefetch_related), so rendering a page or an API list issues a fixed number of
queries whatever the number of claims. Public reads never expose draft reviews:
use ``claim_public_verdict`` rather than reading ``claim.verdict`` directly.
"""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from claims.extraction.normalize import normalize_key
from claims.models import (
    Article,
    Claim,
    Evidence,
    Figure,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
)


def search_key(query: str) -> str:
    """The Arabic-insensitive form of a search query (matches the stored keys)."""
    return normalize_key(query)


def claim_public_verdict(claim: Claim) -> str:
    """The verdict a reader may see: only a published one."""
    return claim.verdict if claim.status == ReviewStatus.PUBLISHED else ""


def claims_with_related(queryset: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.select_related(
        "article", "article__outlet", "speaker", "speaker__affiliation", "via"
    ).prefetch_related(Prefetch("figures", queryset=Figure.objects.order_by("start")))


def claims_published_evidence_prefetch() -> Prefetch:
    return Prefetch(
        "evidence",
        queryset=Evidence.objects.select_related("source").order_by("stance", "id"),
    )


def articles_list() -> QuerySet[Article]:
    return Article.objects.select_related("outlet").annotate(
        claim_count=Count("claims", distinct=True),
        speaker_count=Count("claims__speaker", distinct=True),
    )


def article_claims(article: Article) -> list[Claim]:
    return list(claims_with_related(article.claims.order_by("start", "id")))


def claim_detail_queryset() -> QuerySet[Claim]:
    return claims_with_related().prefetch_related(claims_published_evidence_prefetch())


def speakers_list() -> QuerySet[Speaker]:
    return Speaker.objects.select_related("affiliation").annotate(
        claim_count=Count("claims", distinct=True)
    )


def speaker_claims(speaker: Speaker) -> QuerySet[Claim]:
    return claims_with_related(
        Claim.objects.filter(Q(speaker=speaker) | Q(via=speaker)).order_by(
            "-article__published_on", "-article__ingested_at", "start"
        )
    )


def speaker_verdict_counts(speaker: Speaker) -> dict[str, int]:
    """Published verdicts of the speaker's own claims: verdict → count."""
    rows = (
        Claim.objects.filter(speaker=speaker, status=ReviewStatus.PUBLISHED)
        # No default ordering: it would join articles for nothing.
        .order_by()
        .values("verdict")
        .annotate(n=Count("id"))
    )
    return {row["verdict"]: row["n"] for row in rows}


def claims_search(query: str) -> QuerySet[Claim]:
    key = search_key(query)
    if not key:
        return Claim.objects.none()
    alias_speakers = SpeakerAlias.objects.filter(key__contains=key).values("speaker_id")
    return claims_with_related(
        Claim.objects.filter(Q(text_key__contains=key) | Q(speaker__in=alias_speakers))
    )


def speakers_search(query: str) -> QuerySet[Speaker]:
    key = search_key(query)
    if not key:
        return Speaker.objects.none()
    ids = SpeakerAlias.objects.filter(key__contains=key).values("speaker_id")
    return speakers_list().filter(id__in=ids)


def articles_search(query: str) -> QuerySet[Article]:
    key = search_key(query)
    if not key:
        return Article.objects.none()
    return articles_list().filter(title_key__contains=key)


def published_claims_latest(limit: int = 10) -> QuerySet[Claim]:
    """The most recently published verdicts, newest first (reader home page)."""
    return claims_with_related(
        Claim.objects.filter(status=ReviewStatus.PUBLISHED).order_by("-published_at", "-id")
    )[:limit]


def site_counts() -> dict[str, int]:
    """Totals shown on the home page, in two queries whatever the data size."""
    counts = Claim.objects.aggregate(
        claims=Count("id"),
        published=Count("id", filter=Q(status=ReviewStatus.PUBLISHED)),
    )
    counts["articles"] = Article.objects.count()
    counts["speakers"] = Speaker.objects.filter(claims__isnull=False).distinct().count()
    return counts
