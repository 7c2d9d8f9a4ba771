"""The hand-written fast representations equal DRF's generic field-by-field output,
so the OpenAPI schema (made from the declared fields) describes what is sent."""

from __future__ import annotations

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from claims.api import serializers as s
from claims.api import views
from claims.models import Article, Evidence, Outlet, Source

pytestmark = pytest.mark.django_db


def _context(user=None) -> dict:
    request = Request(APIRequestFactory().get("/api/v1/claims/", SERVER_NAME="testserver"))
    if user is not None:
        request.user = user
    else:
        from django.contrib.auth.models import AnonymousUser

        request.user = AnonymousUser()
    return {"request": request}


def _same(serializer_class, instance, context) -> None:
    serializer = serializer_class(context=context)
    assert serializer.to_representation(instance) == serializer.generic_representation(instance)


@pytest.mark.parametrize("who", ["anonymous", "checker"])
def test_fast_and_generic_representations_agree(who, corpus, checker):
    context = _context(checker if who == "checker" else None)
    reviewer = who == "checker"
    for claim in views.attach_claim_relations(list(views.claim_queryset(reviewer)), reviewer):
        _same(s.ClaimSerializer, claim, context)
        _same(s.ArticleRefSerializer, claim.article, context)
        _same(s.ReviewSerializer, claim, context)
        if claim.speaker:
            _same(s.ClaimSpeakerSerializer, claim.speaker, context)
            _same(s.SpeakerRefSerializer, claim.speaker, context)
        for figure in claim.figures.all():
            _same(s.FigureSerializer, figure, context)
        if claim.status == "published":
            _same(s.PublishedVerdictSerializer, claim, context)
    for speaker in views.attach_speaker_counts(list(views.speaker_queryset())):
        _same(s.SpeakerSerializer, speaker, context)
    articles = Article.objects.annotate(claim_count=views._count_of(views.Claim.objects, "article"))
    for article in articles:
        _same(s.ArticleSerializer, article, context)
        _same(s.ArticleDetailSerializer, article, context)
    for outlet in Outlet.objects.all():
        _same(s.OutletSerializer, outlet, context)
    for source in Source.objects.all():
        _same(s.SourceSerializer, source, context)
    for evidence in Evidence.objects.select_related("source"):
        _same(s.EvidenceSerializer, evidence, context)


def test_url_templates_match_reverse(anon_client, corpus):
    """URLs built from templates equal Django's reverse(), Arabic slugs included."""
    for speaker in (corpus.spokesman, corpus.ministry):
        data = anon_client.get(f"/api/v1/speakers/{speaker.pk}/").json()
        assert data["page_url"] == "http://testserver" + speaker.get_absolute_url()
    claim = anon_client.get(f"/api/v1/claims/{corpus.figure_claim.pk}/").json()
    assert claim["page_url"] == "http://testserver" + corpus.figure_claim.get_absolute_url()
    assert claim["article"]["api_url"] == f"http://testserver/api/v1/articles/{corpus.article.pk}/"


def test_claim_review_urls_match_get_absolute_url(anon_client, corpus):
    """ClaimReview URLs come from per-page templates; they equal the models' own."""
    from claims.models import Claim

    base = views.site_url(_context()["request"])
    for claim in Claim.objects.filter(status="published").select_related("speaker", "article"):
        data = views.claim_review(claim, _context()["request"])
        assert data["url"] == base + claim.get_absolute_url()
        appearance = data["itemReviewed"]["appearance"]
        assert appearance["url"] == claim.article.url or base + claim.article.get_absolute_url()
        if claim.speaker:
            author = data["itemReviewed"]["author"]
            assert author["url"] == base + claim.speaker.get_absolute_url()
    listed = anon_client.get("/api/v1/claim-reviews/").json()["results"]
    assert listed and all(item["url"].startswith("http://testserver/") for item in listed)


@pytest.mark.parametrize("zone", ["UTC", "Asia/Riyadh"])
def test_fast_datetime_equals_drf(zone):
    """The hand-written date-time output is DRF's, in UTC (``Z``) and elsewhere."""
    import datetime as dt

    from django.utils import timezone
    from rest_framework import serializers

    field = serializers.DateTimeField()
    values = [
        dt.datetime(2025, 6, 1, 12, 30, 5, 123456, tzinfo=dt.UTC),
        dt.datetime(2024, 2, 29, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    ]
    with timezone.override(zone):
        for value in values:
            assert s._datetime(value) == field.to_representation(value)
    assert s._datetime(None) is None


def test_verdict_label_equals_get_verdict_display(corpus):
    from claims.models import Claim

    for claim in Claim.objects.exclude(verdict=""):
        assert s._verdict_label(claim) == claim.get_verdict_display()


def test_fast_decimal_equals_drf():
    from decimal import Decimal

    from rest_framework import serializers

    field = serializers.DecimalField(max_digits=24, decimal_places=4)
    for text in ["0", "-0", "2000", "35.5", "-12.34565", "1.23455", "99999999999999999999.9999",
                 "1E+3", "0.00005", "123456789012345678901"]:  # fmt: skip
        value = Decimal(text)
        try:
            expected = field.to_representation(value)
        except Exception as exc:
            with pytest.raises(type(exc)):
                s._decimal(value)
        else:
            assert s._decimal(value) == expected, text
    assert s._decimal(None) is None


def test_fast_and_generic_agree_in_another_time_zone(corpus, checker):
    """The per-request time zone the fast path caches is the active one."""
    from django.utils import timezone

    with timezone.override("Asia/Riyadh"):
        context = _context(checker)
        claims = views.attach_claim_relations(list(views.claim_queryset(True)), True)
        for claim in claims:
            _same(s.ClaimSerializer, claim, context)
        published = [c for c in claims if c.status == "published"]
        assert published and s.ClaimSerializer(claims[0], context=context).data
        data = s.ClaimSerializer(published[0], context=context).data
        assert data["verdict"]["published_at"].endswith("+03:00")
