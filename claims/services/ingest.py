"""Storing articles and their extracted claims; matching speakers across articles."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

from claims.extraction import EXTRACTOR_VERSION, Extraction, extract
from claims.extraction.normalize import normalize_key
from claims.extraction.types import ExtractedSpeaker
from claims.ingest import ArticleFile
from claims.models import (
    Article,
    Claim,
    Figure,
    Outlet,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
)
from claims.services.errors import ServiceError


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: Article
    created: bool
    claims: int
    speakers_created: int
    speakers_matched: int


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _unique_slug(model: type[Speaker] | type[Outlet], base: str) -> str:
    root = slugify(base, allow_unicode=True)[:300] or "item"
    slug, n = root, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{root}-{n}", n + 1
    return slug


def outlet_get_or_create(*, name: str) -> Outlet:
    name = name.strip()
    outlet = Outlet.objects.filter(name=name).first()
    if outlet is None:
        outlet = Outlet.objects.create(name=name, slug=_unique_slug(Outlet, name))
    return outlet


def _alias_keys(names: list[str]) -> dict[str, str]:
    """key → first surface form, skipping names that normalise to nothing."""
    keys: dict[str, str] = {}
    for surface in names:
        key = normalize_key(surface)
        if key and key not in keys:
            keys[key] = surface.strip()
    return keys


def speaker_find_match(*, name: str, kind: str, aliases: list[str] = ()) -> Speaker | None:
    """The stored speaker this name refers to, if any.

    A person matches on the full name only: two people may share a surname, so a
    surname alias never links across articles. An organisation matches on any of
    its names (وزارة الدفاع الروسية / الدفاع الروسية).
    """
    candidates = [name] if kind == SpeakerKind.PERSON else [name, *aliases]
    keys = list(_alias_keys(candidates))
    if not keys:
        return None
    matches = (
        SpeakerAlias.objects.filter(key__in=keys, speaker__kind=kind)
        .select_related("speaker")
        .order_by("speaker_id")
    )
    # Prefer the speaker matched by the full name over one matched by another alias.
    by_key = {}
    for alias in matches:
        by_key.setdefault(alias.key, alias.speaker)
    for key in keys:
        if key in by_key:
            return by_key[key]
    return None


def speaker_add_aliases(*, speaker: Speaker, names: list[str]) -> int:
    existing = set(speaker.aliases.values_list("key", flat=True))
    new = [
        SpeakerAlias(speaker=speaker, surface=surface[:300], key=key[:300])
        for key, surface in _alias_keys(names).items()
        if key not in existing
    ]
    SpeakerAlias.objects.bulk_create(new)
    return len(new)


def speaker_get_or_create(
    *,
    name: str,
    kind: str,
    role: str = "",
    aliases: list[str] = (),
    affiliation: Speaker | None = None,
) -> tuple[Speaker, bool]:
    name = name.strip()
    if not name:
        raise ServiceError("a speaker needs a name")
    if kind not in SpeakerKind.values:
        raise ServiceError(f"unknown speaker kind {kind!r}")
    if affiliation is not None and affiliation.kind != SpeakerKind.ORGANIZATION:
        raise ServiceError("a speaker can only be affiliated with an organisation")
    speaker = speaker_find_match(name=name, kind=kind, aliases=list(aliases))
    created = speaker is None
    if created:
        speaker = Speaker.objects.create(
            name=name[:300],
            kind=kind,
            role=role[:500],
            affiliation=affiliation,
            slug=_unique_slug(Speaker, name),
        )
    else:
        # Fill what the stored record lacks; never overwrite what a reviewer set.
        changed = []
        if role and not speaker.role:
            speaker.role, changed = role[:500], [*changed, "role"]
        if affiliation is not None and speaker.affiliation_id is None and affiliation != speaker:
            speaker.affiliation, changed = affiliation, [*changed, "affiliation"]
        if changed:
            speaker.save(update_fields=[*changed, "updated_at"])
    speaker_add_aliases(speaker=speaker, names=[name, *aliases])
    return speaker, created


def _speakers_store(extraction: Extraction) -> tuple[dict[str, Speaker], int, int]:
    """Store or match every speaker of an extraction; organisations first, so that
    people can point to them as their affiliation."""
    stored: dict[str, Speaker] = {}
    created_count = matched_count = 0

    def store(extracted: ExtractedSpeaker) -> Speaker:
        nonlocal created_count, matched_count
        affiliation = None
        if extracted.affiliation and extracted.affiliation in stored:
            affiliation = stored[extracted.affiliation]
        elif extracted.affiliation_name:
            affiliation, was_created = speaker_get_or_create(
                name=extracted.affiliation_name, kind=SpeakerKind.ORGANIZATION
            )
            created_count += was_created
        speaker, was_created = speaker_get_or_create(
            name=extracted.name,
            kind=str(extracted.kind),
            role=extracted.role,
            aliases=list(extracted.aliases),
            affiliation=affiliation,
        )
        if was_created:
            created_count += 1
        else:
            matched_count += 1
        return speaker

    ordered = sorted(extraction.speakers, key=lambda s: s.kind != SpeakerKind.ORGANIZATION)
    for extracted in ordered:
        stored[extracted.key] = store(extracted)
    return stored, created_count, matched_count


def claims_create_from_extraction(
    *, article: Article, extraction: Extraction, skip_spans: set[tuple[int, int]] = frozenset()
) -> tuple[list[Claim], int, int]:
    """Create the extraction's claims and figures for ``article``.

    ``skip_spans`` holds (start, end) spans already covered by kept claims (used by
    re-extraction). Returns the new claims, speakers created and speakers matched.
    """
    body = article.body
    speakers, created, matched = _speakers_store(extraction)
    new_claims: list[Claim] = []
    pending_figures: list[tuple[Claim, list]] = []
    for extracted in extraction.claims:
        if (extracted.start, extracted.end) in skip_spans:
            continue
        if body[extracted.start : extracted.end] != extracted.text:
            raise ServiceError(
                f"extractor returned offsets {extracted.start}:{extracted.end} "
                "that do not quote the article"
            )
        claim = Claim(
            article=article,
            start=extracted.start,
            end=extracted.end,
            text=extracted.text,
            text_key=normalize_key(extracted.text),
            speaker=speakers.get(extracted.speaker) if extracted.speaker else None,
            via=speakers.get(extracted.via) if extracted.via else None,
            cue=extracted.cue[:100],
            direct=extracted.direct,
            kind=str(extracted.kind),
            extractor_version=extraction.version,
        )
        new_claims.append(claim)
        pending_figures.append((claim, list(extracted.figures)))
    Claim.objects.bulk_create(new_claims)
    Figure.objects.bulk_create(
        Figure(
            claim=claim,
            value=figure.value,
            unit=figure.unit[:200],
            qualifier=str(figure.qualifier),
            start=figure.start,
            end=figure.end,
            text=figure.text[:300],
        )
        for claim, figures in pending_figures
        for figure in figures
    )
    return new_claims, created, matched


@transaction.atomic
def article_ingest(*, article_file: ArticleFile, source_name: str = "") -> IngestResult:
    """Store an article and its extracted claims, or return the stored one unchanged
    when the same text was ingested before."""
    body = article_file.body
    digest = content_hash(body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return IngestResult(existing, False, existing.claims.count(), 0, 0)
    outlet = outlet_get_or_create(name=article_file.outlet) if article_file.outlet else None
    article = Article.objects.create(
        title=article_file.title,
        title_key=normalize_key(article_file.title)[:500],
        body=body,
        language=article_file.language,
        url=article_file.url,
        outlet=outlet,
        published_on=article_file.published_on,
        content_hash=digest,
        source_name=source_name[:300],
        extractor_version=EXTRACTOR_VERSION,
    )
    extraction = extract(body, language=article.language)
    claims, created, matched = claims_create_from_extraction(article=article, extraction=extraction)
    return IngestResult(article, True, len(claims), created, matched)
