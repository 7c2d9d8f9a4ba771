"""API test fixtures: a client per role and a small hand-built corpus whose every
filter value is known, so filter tests do not depend on the extractor's output."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.extraction.normalize import normalize_key
from claims.models import Article, Claim, Figure, Outlet, Speaker, SpeakerAlias


@pytest.fixture(autouse=True)
def _fresh_throttles():
    # Throttle counters live in the cache; tests must not throttle each other.
    cache.clear()
    yield
    cache.clear()


def _client(user=None) -> APIClient:
    client = APIClient(HTTP_HOST="testserver")
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def anon_client(db) -> APIClient:
    return _client()


@pytest.fixture
def outsider_client(outsider) -> APIClient:
    return _client(outsider)


@pytest.fixture
def checker_client(checker) -> APIClient:
    return _client(checker)


@pytest.fixture
def editor_client(editor) -> APIClient:
    return _client(editor)


@pytest.fixture
def role_clients(anon_client, outsider_client, checker_client, editor_client):
    return {
        "anonymous": anon_client,
        "outsider": outsider_client,
        "checker": checker_client,
        "editor": editor_client,
    }


@dataclass
class Corpus:
    outlet: Outlet
    other_outlet: Outlet
    article: Article
    english: Article
    ministry: Speaker
    spokesman: Speaker
    agency: Speaker
    figure_claim: Claim  # direct, figure kind, 2000 civilians + 35 wounded
    plain_claim: Claim  # by the ministry
    relayed_claim: Claim  # spokesman via agency
    english_claim: Claim
    published: Claim  # plain_claim, published "false" with evidence
    drafted: Claim  # relayed_claim, drafted "accurate", internal note


def _speaker(name: str, kind: str, *aliases: str, affiliation=None) -> Speaker:
    speaker = Speaker.objects.create(
        name=name, kind=kind, slug=normalize_key(name).replace(" ", "-"), affiliation=affiliation
    )
    for surface in {name, *aliases}:
        SpeakerAlias.objects.create(speaker=speaker, surface=surface, key=normalize_key(surface))
    return speaker


def _claim(article: Article, sentence: str, **fields) -> Claim:
    start = article.body.index(sentence)
    return Claim.objects.create(
        article=article,
        start=start,
        end=start + len(sentence),
        text=sentence,
        text_key=normalize_key(sentence),
        extractor_version="test",
        **fields,
    )


AR_BODY = (
    "قالت وزارة الدفاع إن القوات أجلت أكثر من 2000 مدني من الإقليم.\n\n"
    'وقال المتحدث أحمد علي: "أُصيب 35 مدنياً في القصف".\n\n'
    "ونقلت الوكالة عن المتحدث أن المفاوضات ستُستأنف الأسبوع المقبل."
)


@pytest.fixture
def corpus(db, checker, editor) -> Corpus:
    from claims.services import review

    outlet = Outlet.objects.create(name="Example News", slug="example-news")
    other = Outlet.objects.create(name="Other Daily", slug="other-daily", language="en")
    article = Article.objects.create(
        title="تقرير عن الإقليم",
        title_key=normalize_key("تقرير عن الإقليم"),
        body=AR_BODY,
        language="ar",
        outlet=outlet,
        published_on=dt.date(2023, 9, 20),
        content_hash="a" * 64,
    )
    english = Article.objects.create(
        title="Talks resume",
        title_key="talks resume",
        body="The envoy said talks would resume on Monday.",
        language="en",
        outlet=other,
        published_on=dt.date(2023, 9, 21),
        content_hash="b" * 64,
    )
    ministry = _speaker("وزارة الدفاع", "organization", "الدفاع")
    spokesman = _speaker("أحمد علي", "person", "المتحدث أحمد علي", affiliation=ministry)
    agency = _speaker("الوكالة", "organization")
    plain = _claim(
        article, "القوات أجلت أكثر من 2000 مدني من الإقليم", speaker=ministry, kind="figure"
    )
    figure_claim = _claim(
        article, "أُصيب 35 مدنياً في القصف", speaker=spokesman, direct=True, kind="figure"
    )
    relayed = _claim(
        article, "المفاوضات ستُستأنف الأسبوع المقبل", speaker=spokesman, via=agency, kind="statement"
    )
    english_claim = _claim(english, "talks would resume on Monday", kind="position")
    body = article.body
    Figure.objects.create(
        claim=plain,
        value=Decimal(2000),
        unit="مدني",
        qualifier="more_than",
        start=body.index("2000"),
        end=body.index("2000") + 4,
        text="2000",
    )
    Figure.objects.create(
        claim=figure_claim,
        value=Decimal(35),
        unit="مدنياً",
        qualifier="exact",
        start=body.index("35"),
        end=body.index("35") + 2,
        text="35",
    )

    # Review state through the real services, as the admin would.
    plain = review.claim_update_review(
        claim=plain,
        actor=checker,
        expected_version=plain.version,
        status="drafted",
        verdict="false",
        rationale="Local officials counted 800.",
        internal_note="Call the governor's office again.",
    )
    source = review.source_get_or_create(
        url="https://example.org/governor", title="Governor's statement", actor=checker
    )
    review.evidence_add(claim=plain, actor=checker, source=source, stance="refutes")
    plain.refresh_from_db()
    review.claim_publish(claim=plain, actor=editor, expected_version=plain.version)
    relayed = review.claim_update_review(
        claim=relayed,
        actor=checker,
        expected_version=relayed.version,
        status="drafted",
        verdict="accurate",
        rationale="Draft rationale, not public.",
        internal_note="SECRET-NOTE",
    )
    secret = review.source_get_or_create(
        url="https://example.org/unpublished-research", title="Private lead", actor=checker
    )
    review.evidence_add(claim=relayed, actor=checker, source=secret, stance="supports")
    for claim in (plain, relayed):
        claim.refresh_from_db()
    return Corpus(
        outlet=outlet,
        other_outlet=other,
        article=article,
        english=english,
        ministry=ministry,
        spokesman=spokesman,
        agency=agency,
        figure_claim=figure_claim,
        plain_claim=plain,
        relayed_claim=relayed,
        english_claim=english_claim,
        published=plain,
        drafted=relayed,
    )


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]
