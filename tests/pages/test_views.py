"""Reader pages as served: content, privacy of drafts, escaping, bad input, queries."""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest
from django.db.models import Count
from django.urls import reverse

from claims.models import Article, Claim, ReviewStatus, Speaker

pytestmark = pytest.mark.django_db

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def text_of(html: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def article_text_html(content: str) -> str:
    start = content.index('<div class="article-text">')
    return content[start : content.index("</div>", start)]


def test_home_links_to_the_seed_article(client, seed_article):
    response = client.get(reverse("claims:home"))
    assert response.status_code == 200
    assert seed_article.get_absolute_url() in response.content.decode()
    assert f"<strong>{seed_article.claims.count()}</strong> claim" in response.content.decode()


def test_article_page_highlights_every_claim_in_place(client, seed_article):
    response = client.get(seed_article.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in content
    body_html = article_text_html(content)
    paragraphs = re.findall(r"<p>(.*?)</p>", body_html, re.S)
    # Paragraph texts are the body's paragraphs verbatim: nothing added or shifted.
    expected = [p for p in re.split(r"\n[ \t]*\n\s*", seed_article.body) if p.strip()]
    assert [text_of(p) for p in paragraphs] == expected
    for claim in seed_article.claims.all():
        linked = re.findall(
            rf'<a class="hl[^"]*" href="{claim.get_absolute_url()}"[^>]*>(.*?)</a>', body_html
        )
        assert html_lib.unescape("".join(linked)) == claim.text
        assert 'data-claims="' in body_html
    # Unpublished claims are all neutral on a fresh ingest.
    assert "v-none" in body_html
    for verdict in ("v-false", "v-accurate", "v-misleading"):
        assert verdict not in body_html


def test_article_page_lists_speakers_with_counts(client, seed_article):
    content = client.get(seed_article.get_absolute_url()).content.decode()
    speakers = Speaker.objects.filter(claims__article=seed_article).distinct()
    assert speakers.exists()
    for speaker in speakers:
        count = seed_article.claims.filter(speaker=speaker).count()
        assert (
            f'<a href="{speaker.get_absolute_url()}">'
            f"{html_lib.escape(speaker.name, quote=False)}</a>"
            f' <span class="count" title="claims">{count}</span>'
        ) in content


def test_published_verdict_colours_its_highlight_and_shows_on_claim_page(
    client, seed_article, publish
):
    claim = seed_article.claims.order_by("start").first()
    publish(claim, "false", sources=(("refutes", "Registry"), ("context", "Background")))
    article_html = client.get(seed_article.get_absolute_url()).content.decode()
    assert re.search(rf'class="hl v-false[^"]*" href="{claim.get_absolute_url()}"', article_html)

    content = client.get(claim.get_absolute_url()).content.decode()
    assert "Verdict" in content and ">False<" in content
    assert claim.rationale in content
    assert "Refutes" in content and "Context" in content and "Registry" in content
    data = json.loads(JSONLD.search(content).group(1))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == claim.text
    assert data["reviewRating"]["ratingValue"] == 1
    assert data["reviewRating"]["bestRating"] == 5
    assert data["reviewRating"]["worstRating"] == 1
    assert data["reviewRating"]["alternateName"] == "False"
    assert data["itemReviewed"]["@type"] == "Claim"
    assert data["itemReviewed"]["author"]["name"] == claim.speaker.name
    assert data["itemReviewed"]["appearance"]["url"]
    assert data["author"] == {
        "@type": "Organization",
        "name": "factcheck",
        "url": "http://testserver/",
    }
    assert data["datePublished"] == claim.published_at.date().isoformat()
    assert data["url"] == "http://testserver" + claim.get_absolute_url()


def test_published_evidence_excerpt_and_note_show_escaped_like_in_the_api(
    client, seed_article, publish
):
    from claims.models import Evidence

    claim = publish(seed_article.claims.order_by("start").first(), "false")
    Evidence.objects.filter(claim=claim).update(
        excerpt="<b>quoted</b> line", note='Registry counts 12, not 40 <script>alert("x")</script>'
    )
    content = client.get(claim.get_absolute_url()).content.decode()
    assert "&lt;b&gt;quoted&lt;/b&gt; line" in content
    assert "Registry counts 12, not 40 &lt;script&gt;" in content
    assert "<script>alert" not in content
    api = client.get(reverse("api:claim-detail", args=[claim.pk])).json()
    assert api["evidence"][0]["note"].startswith("Registry counts 12")


def test_unverifiable_verdict_has_no_rating_value(client, seed_article, publish):
    claim = publish(seed_article.claims.first(), "unverifiable")
    data = json.loads(JSONLD.search(client.get(claim.get_absolute_url()).content.decode())[1])
    assert "ratingValue" not in data["reviewRating"]
    assert data["reviewRating"]["alternateName"] == "Unverifiable"


def test_unpublished_claim_page_has_no_verdict_or_jsonld(client, seed_article):
    claim = seed_article.claims.first()
    content = client.get(claim.get_absolute_url()).content.decode()
    assert "application/ld+json" not in content
    assert "has not been checked yet" in content
    # The claim is shown inside its paragraph.
    assert f'<mark class="hl v-none hl-first" data-claim="{claim.pk}"' in content


def test_drafts_and_internal_notes_never_reach_public_pages(
    client, seed_article, django_user_model
):
    from claims.models import Evidence, Source

    user = django_user_model.objects.create_user("reviewer-zz", password="x")
    claim = seed_article.claims.order_by("start").first()
    claim.status = ReviewStatus.DRAFTED
    claim.verdict = "mostly_false"
    claim.rationale = "DRAFT-RATIONALE-SECRET"
    claim.internal_note = "INTERNAL-NOTE-SECRET"
    claim.assignee = user
    claim.reviewer = user
    claim.save()
    source = Source.objects.create(url="https://example.org/draft", title="DRAFT-SOURCE-SECRET")
    Evidence.objects.create(claim=claim, source=source, stance="refutes", excerpt="x")
    other = seed_article.claims.order_by("start")[1]
    other.internal_note = "INTERNAL-NOTE-ON-UNREVIEWED"
    other.save()

    urls = [
        reverse("claims:home"),
        seed_article.get_absolute_url(),
        claim.get_absolute_url(),
        other.get_absolute_url(),
        claim.speaker.get_absolute_url(),
        reverse("claims:search") + "?q=" + claim.text[:12],
    ]
    for url in urls:
        content = client.get(url).content.decode()
        for secret in (
            "DRAFT-RATIONALE-SECRET",
            "INTERNAL-NOTE-SECRET",
            "INTERNAL-NOTE-ON-UNREVIEWED",
            "DRAFT-SOURCE-SECRET",
            "reviewer-zz",
            "badge v-mostly_false",
            "hl v-mostly_false",
            '"Mostly false"',
            "ld+json",
        ):
            assert secret not in content, (url, secret)
    assert "has not been checked yet" in client.get(claim.get_absolute_url()).content.decode()


def test_speaker_page_lists_claims_and_scorecard(client, seed_article, publish):
    claim = seed_article.claims.exclude(speaker=None).order_by("start").first()
    speaker = claim.speaker
    publish(claim, "accurate")
    content = client.get(speaker.get_absolute_url()).content.decode()
    assert html_lib.escape(speaker.name, quote=False) in content
    for own in Claim.objects.filter(speaker=speaker):
        assert own.get_absolute_url() in content
    assert "1 published verdict on" in content
    assert re.search(r"Accurate</th>\s*<td class=\"num\">1</td>", content)
    assert "100%" in content


def test_speaker_page_paginates_newest_first(client, many_claims):
    speaker = (
        Speaker.objects.filter(claims__isnull=False)
        .annotate(n=Count("claims"))
        .order_by("-n")
        .first()
    )
    assert speaker.n > 25
    first = client.get(speaker.get_absolute_url()).content.decode()
    assert 'rel="next"' in first
    newest_article = Article.objects.filter(claims__speaker=speaker).order_by("-ingested_at")[0]
    oldest_article = Article.objects.filter(claims__speaker=speaker).order_by("ingested_at")[0]
    assert newest_article.get_absolute_url() in first
    assert oldest_article.get_absolute_url() not in first
    assert client.get(speaker.get_absolute_url() + "?page=999").status_code == 200
    assert client.get(speaker.get_absolute_url() + "?page=abc").status_code == 200


@pytest.mark.parametrize(
    "url",
    ["/articles/999999/", "/claims/999999/", "/speakers/no-such-speaker/", "/articles/abc/"],
)
def test_unknown_ids_and_slugs_are_404(client, seed_article, url):
    assert client.get(url).status_code == 404


def test_search_is_arabic_insensitive(client, seed_article):
    claim = seed_article.claims.exclude(speaker=None).order_by("start").first()
    # Drop hamza seats and add a diacritic: the key normaliser must still match.
    word = next(w for w in claim.text.split() if len(w) > 4)
    variant = word.replace("أ", "ا").replace("إ", "ا") + "\u064e"
    content = client.get(reverse("claims:search"), {"q": variant}).content.decode()
    assert claim.get_absolute_url() in content


def test_search_finds_speakers_and_articles(client, seed_article):
    speaker = seed_article.claims.exclude(speaker=None).first().speaker
    content = client.get(reverse("claims:search"), {"q": speaker.name}).content.decode()
    assert speaker.get_absolute_url() in content
    words = seed_article.title.split()[:2]
    content = client.get(reverse("claims:search"), {"q": " ".join(words)}).content.decode()
    assert seed_article.get_absolute_url() in content


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!",
        "ـ",
        "x" * 5000,
        "\x00",
        "%",
        "_",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\u202e\u200f",
        "😀" * 50,
    ],
)
def test_search_with_odd_queries_answers_200(client, seed_article, query):
    response = client.get(reverse("claims:search"), {"q": query})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert" not in content


def test_search_messages(client, db):
    assert "Type a word" in client.get(reverse("claims:search")).content.decode()
    assert "too long" in client.get(reverse("claims:search"), {"q": "a" * 201}).content.decode()


def test_hostile_html_is_escaped_everywhere(client, ingest_text):
    article = ingest_text(
        "<script>alert('title')</script> عنوان\n\n"
        "وقال <script>alert('speaker')</script> إن "
        "<script>alert('claim')</script> الوضع خطير جدا.\n\n"
        "<img src=x onerror=alert(1)> فقرة أخرى </p></div>."
    )
    Speaker.objects.create(name="<script>alert('name')</script>", kind="person", slug="hostile")
    urls = [reverse("claims:home"), article.get_absolute_url(), "/speakers/hostile/"]
    urls += [claim.get_absolute_url() for claim in article.claims.all()]
    urls += [c.speaker.get_absolute_url() for c in article.claims.exclude(speaker=None)]
    urls.append(reverse("claims:search") + "?q=alert")
    for url in urls:
        content = client.get(url).content.decode()
        assert "<script>alert" not in content, url
        assert "<img src=x" not in content, url
        assert "</p></div>." not in content, url
    content = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in content


def test_page_query_counts_do_not_grow_with_claims(
    client, seed_article, publish, django_assert_max_num_queries
):
    """Measure every page on the seed alone, then on many more claims: same bound."""
    publish(seed_article.claims.order_by("start").first(), "false")

    def urls():
        claim = Claim.objects.filter(status=ReviewStatus.PUBLISHED).order_by("id").first()
        speaker = Speaker.objects.filter(claims__isnull=False).order_by("-id").first()
        return [
            reverse("claims:home"),
            seed_article.get_absolute_url(),
            claim.get_absolute_url(),
            speaker.get_absolute_url(),
            reverse("claims:search") + "?q=" + "قوات",
        ]

    bounds = {"home": 6, "article": 3, "claim": 3, "speaker": 5, "search": 4}
    for url, limit in zip(urls(), bounds.values(), strict=True):
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200


@pytest.mark.usefixtures("many_claims")
def test_page_query_counts_with_many_claims(client, django_assert_max_num_queries):

    assert Claim.objects.count() > 100
    assert Claim.objects.filter(status=ReviewStatus.PUBLISHED).count() > 30
    article = Article.objects.annotate(n=Count("claims")).order_by("-n").first()
    claim = Claim.objects.filter(status=ReviewStatus.PUBLISHED, article=article).first()
    speaker = Speaker.objects.annotate(n=Count("claims")).order_by("-n").first()
    pages = [
        (reverse("claims:home"), 6),
        (article.get_absolute_url(), 3),
        (claim.get_absolute_url(), 3),
        (speaker.get_absolute_url(), 5),
        (speaker.get_absolute_url() + "?page=2", 5),
        (reverse("claims:search") + "?q=الحلبي", 4),
    ]
    for url, limit in pages:
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200


def test_overlapping_and_adjacent_claims_render_in_place(client, ingest_text):
    from claims.extraction.normalize import normalize_key

    article = ingest_text(
        "عنوان تجريبي\n\nقال الوزير إن الاقتصاد نما بنسبة خمسة في المئة هذا العام."
    )
    body = article.body

    def add(fragment: str, occurrence_start: int | None = None) -> Claim:
        start = body.index(fragment) if occurrence_start is None else occurrence_start
        text = body[start : start + len(fragment)]
        return Claim.objects.create(
            article=article,
            start=start,
            end=start + len(text),
            text=text,
            text_key=normalize_key(text),
        )

    Claim.objects.filter(article=article).delete()
    outer = add("الاقتصاد نما بنسبة خمسة")
    inner = add("نما بنسبة")
    overlapping = add("خمسة في المئة")
    adjacent = add(" هذا العام")
    content = client.get(article.get_absolute_url()).content.decode()
    body_html = article_text_html(content)
    assert text_of(re.search(r"<p>(.*?)</p>", body_html, re.S).group(1)) == body
    assert f'data-claim="{inner.pk}" data-claims="{outer.pk} {inner.pk}"' in body_html
    assert f'data-claims="{outer.pk} {overlapping.pk}"' in body_html
    for claim in (outer, inner, overlapping, adjacent):
        assert f'href="{claim.get_absolute_url()}"' in body_html


def test_claim_page_shows_via_cue_and_figures(client, seed_article):
    from decimal import Decimal

    from claims.models import Figure

    claim = seed_article.claims.exclude(speaker=None).order_by("start").first()
    agency = Speaker.objects.create(name="وكالة <b>الأنباء</b>", kind="organization", slug="agency")
    claim.via = agency
    claim.cue = claim.cue or "قال"
    claim.save()
    Figure.objects.create(
        claim=claim,
        value=Decimal("2000"),
        unit="مدني",
        qualifier="more_than",
        start=claim.start,
        end=claim.start + 1,
        text="أكثر من 2000",
    )
    Figure.objects.create(
        claim=claim,
        value=None,
        unit="مركبة",
        qualifier="dozens",
        start=claim.start + 1,
        end=claim.start + 2,
        text="عشرات",
    )
    content = client.get(claim.get_absolute_url()).content.decode()
    assert ">Via</dt>" in content
    assert (
        f'<a href="{agency.get_absolute_url()}" dir="auto">وكالة &lt;b&gt;الأنباء&lt;/b&gt;</a>'
        in content
    )
    assert ">Reporting cue</dt>" in content and html_lib.escape(claim.cue) in content
    table = content[content.index('<table class="figures">') : content.index("</table>")]
    assert "2,000" in table and "More than" in table and "مدني" in table
    assert "Dozens" in table and "عشرات" in table
    # The intermediary's page lists the relayed claim, marked as such.
    agency_page = client.get(agency.get_absolute_url()).content.decode()
    assert claim.get_absolute_url() in agency_page
    assert "Relayed by this speaker" in agency_page


def test_scorecard_counts_and_shares(client, many_claims, publish):
    speaker = Speaker.objects.annotate(n=Count("claims")).order_by("-n").first()
    own = list(Claim.objects.filter(speaker=speaker).order_by("id")[:4])
    Claim.objects.filter(speaker=speaker).update(status=ReviewStatus.UNREVIEWED, verdict="")
    for claim, verdict in zip(own, ["false", "false", "false", "accurate"], strict=True):
        claim.refresh_from_db()
        publish(claim, verdict, sources=())
    content = client.get(speaker.get_absolute_url()).content.decode()
    assert "4 published verdicts" in content
    assert re.search(r"False</th>\s*<td class=\"num\">3</td>", content)
    assert re.search(r"Accurate</th>\s*<td class=\"num\">1</td>", content)
    assert "75%" in content and "25%" in content
