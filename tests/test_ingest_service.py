"""Ingest: idempotent, transactional, speakers shared across articles."""

from __future__ import annotations

import pytest
from django.db.models import Q

from claims.extraction.normalize import normalize_key
from claims.ingest import parse_article_text
from claims.models import Article, Claim, Figure, Speaker, SpeakerAlias
from claims.services import ServiceError, article_ingest
from claims.services import ingest as ingest_service

WIRE = """وزير المالية يعلن خطة جديدة

قال وزير المالية سامي الحداد، يوم الاثنين، إن الحكومة ستخفض العجز إلى 3 في المئة خلال عامين.

وأضاف الحداد أن "الإصلاحات ستبدأ الشهر المقبل".
"""


@pytest.mark.django_db
def test_seed_ingest_stores_claims_that_quote_the_body(seed_article):
    claims = list(seed_article.claims.all())
    assert claims, "the seed must yield claims"
    for claim in claims:
        assert seed_article.body[claim.start : claim.end] == claim.text
        assert claim.text_key == normalize_key(claim.text)
        assert claim.extractor_version
    for figure in Figure.objects.filter(claim__article=seed_article):
        assert figure.claim.start <= figure.start < figure.end <= figure.claim.end


@pytest.mark.django_db
def test_seed_ingest_drops_masthead_and_repeated_caption(seed_article):
    assert seed_article.title.startswith("هجوم عسكري")
    assert "رئيس التحرير" not in seed_article.body
    assert "أرمينيا وأذربيجان\n" not in seed_article.body
    assert seed_article.body.startswith("تجددت الاشتباكات")


@pytest.mark.django_db
def test_reingesting_the_same_article_changes_nothing(seed_article, seed_path):
    from claims.ingest import read_article_file

    counts = (
        Article.objects.count(),
        Claim.objects.count(),
        Speaker.objects.count(),
        SpeakerAlias.objects.count(),
        Figure.objects.count(),
    )
    result = article_ingest(article_file=read_article_file(seed_path.read_bytes()))
    assert result.created is False
    assert result.article == seed_article
    assert counts == (
        Article.objects.count(),
        Claim.objects.count(),
        Speaker.objects.count(),
        SpeakerAlias.objects.count(),
        Figure.objects.count(),
    )


@pytest.mark.django_db
def test_ingest_failing_halfway_leaves_nothing_behind(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full while writing figures")

    # Fail after the article and speakers have been written.
    monkeypatch.setattr(ingest_service.Figure.objects, "bulk_create", explode)
    with pytest.raises(RuntimeError):
        article_ingest(article_file=parse_article_text(WIRE))
    assert Article.objects.count() == 0
    assert Speaker.objects.count() == 0
    assert SpeakerAlias.objects.count() == 0
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_offsets_that_do_not_quote_the_article_are_refused(monkeypatch):
    from dataclasses import replace

    real_extract = ingest_service.extract

    def shifted(text, language="ar"):
        extraction = real_extract(text, language=language)
        bad = replace(extraction.claims[0], start=extraction.claims[0].start + 1)
        return replace(extraction, claims=(bad, *extraction.claims[1:]))

    monkeypatch.setattr(ingest_service, "extract", shifted)
    with pytest.raises(ServiceError, match="do not quote the article"):
        article_ingest(article_file=parse_article_text(WIRE))
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_same_person_in_two_articles_is_one_speaker(ingest_text):
    first = ingest_text(WIRE)
    second = ingest_text(
        "تقرير ثان\n\nوقال وزير المالية سامي الحداد، الثلاثاء، إن النمو سيصل إلى 4 في المئة.\n"
    )
    speakers_first = {c.speaker_id for c in first.claims.all() if c.speaker_id}
    speakers_second = {c.speaker_id for c in second.claims.all() if c.speaker_id}
    assert speakers_first and speakers_second
    assert speakers_first & speakers_second


@pytest.mark.django_db
def test_people_sharing_a_surname_are_not_merged():
    from claims.services import speaker_get_or_create

    first, created_first = speaker_get_or_create(
        name="سامي الحداد", kind="person", aliases=["الحداد"]
    )
    second, created_second = speaker_get_or_create(
        name="ليلى الحداد", kind="person", aliases=["الحداد"]
    )
    assert created_first and created_second
    assert first != second


@pytest.mark.django_db
def test_speaker_matching_ignores_arabic_spelling_variants():
    from claims.services import speaker_get_or_create

    first, _ = speaker_get_or_create(name="أحمد إبراهيم", kind="person")
    again, created = speaker_get_or_create(name="احمد ابراهيم", kind="person")
    assert not created
    assert again == first
    assert set(first.aliases.values_list("surface", flat=True)) == {"أحمد إبراهيم"}


@pytest.mark.django_db
def test_affiliation_must_be_an_organisation():
    from claims.services import speaker_get_or_create

    person, _ = speaker_get_or_create(name="سامي الحداد", kind="person")
    with pytest.raises(ServiceError, match="organisation"):
        speaker_get_or_create(name="ليلى سمير", kind="person", affiliation=person)


@pytest.mark.django_db
def test_metadata_header_is_stored(ingest_text):
    article = ingest_text(
        WIRE,
        url="https://example.com/a/1",
        outlet="وكالة المثال",
        date="2024-02-03",
        language="ar",
    )
    assert article.url == "https://example.com/a/1"
    assert article.outlet.name == "وكالة المثال"
    assert article.published_on.isoformat() == "2024-02-03"
    assert article.title == "وزير المالية يعلن خطة جديدة"


@pytest.mark.django_db
def test_seed_stores_seventeen_speakers_with_roles_and_affiliations(seed_article):
    speaking = Speaker.objects.filter(
        Q(claims__article=seed_article) | Q(relayed_claims__article=seed_article)
    ).distinct()
    assert speaking.count() == 17
    people = [s for s in speaking.select_related("affiliation") if s.kind == "person"]
    assert people and all(person.role for person in people)
    spokespeople = [p for p in people if p.role.startswith(("المتحدث", "المتحدثة"))]
    assert len(spokespeople) >= 4
    for person in spokespeople:
        # "المتحدث باسم وزارة …": the affiliation is the organisation named in the role
        # (compared on its last word: the role may glue a preposition to the name).
        assert person.affiliation is not None
        assert person.affiliation.kind == "organization"
        assert normalize_key(person.affiliation.name).split()[-1] in normalize_key(person.role)
    # Affiliation-only organisations are stored too, but they made no claim here.
    assert Speaker.objects.count() >= speaking.count()
