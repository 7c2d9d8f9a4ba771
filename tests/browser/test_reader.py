"""The reader's path through the site, in headless Chromium."""

from __future__ import annotations

import json

import pytest

from claims.models import Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def claim_texts_in_page(page, claim_id: int) -> str:
    return page.eval_on_selector_all(
        f'.article-text .hl[data-claims~="{claim_id}"]',
        "els => els.map(e => e.textContent).join('')",
    )


def test_reader_goes_from_home_to_article_claim_and_speaker(
    live_server, seed_article, page, screenshot_dir
):
    claims = list(seed_article.claims.select_related("speaker").order_by("start"))
    assert claims, "the seed article should yield claims"

    page.goto(live_server.url + "/")
    page.screenshot(path=screenshot_dir / "home.png", full_page=True)
    page.get_by_role("link", name=seed_article.title).click()
    page.wait_for_url(f"**{seed_article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == seed_article.title

    # Every claim is highlighted, exactly its own text, and reachable by a link.
    for claim in claims:
        assert claim_texts_in_page(page, claim.pk) == claim.text, claim.pk
        link = page.locator(f'.article-text a.hl[href="{claim.get_absolute_url()}"]').first
        assert link.is_visible(), claim.pk
    # The speaker list shows every speaker quoted in the article.
    speaker_names = page.locator(".speakers a").all_inner_texts()
    assert {c.speaker.name for c in claims if c.speaker} == set(speaker_names)
    page.screenshot(path=screenshot_dir / "article.png", full_page=True)

    # Keyboard users see where they are.
    first = page.locator(".article-text a.hl").first
    first.focus()
    outline = first.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"

    claim = next(c for c in claims if c.speaker)
    page.locator(f'.article-text a.hl[href="{claim.get_absolute_url()}"]').first.click()
    page.wait_for_url(f"**{claim.get_absolute_url()}")
    assert claim.speaker.name in page.locator("h1").inner_text()
    assert page.locator(".in-context mark.hl").inner_text() == claim.text
    page.screenshot(path=screenshot_dir / "claim-unreviewed.png", full_page=True)

    page.locator(".facts a", has_text=claim.speaker.name).first.click()
    page.wait_for_url(f"**{claim.speaker.get_absolute_url()}")
    assert page.locator("h1").inner_text() == claim.speaker.name
    assert page.locator(f'.claim-card a[href="{claim.get_absolute_url()}"]').count() == 1
    page.screenshot(path=screenshot_dir / "speaker.png", full_page=True)


def test_article_is_laid_out_right_to_left(live_server, seed_article, page, phone, screenshot_dir):
    for viewport, tab in (("desktop", page), ("phone", phone)):
        tab.goto(live_server.url + seed_article.get_absolute_url())
        layout = tab.evaluate(
            """() => {
              const box = document.querySelector('.article-text');
              const boxRect = box.getBoundingClientRect();
              const style = getComputedStyle(box);
              // A short paragraph (a subheading line) shows where text lines start.
              const paragraphs = [...box.querySelectorAll('p')];
              const short = paragraphs.reduce((a, b) =>
                  a.textContent.length <= b.textContent.length ? a : b);
              const range = document.createRange();
              range.selectNodeContents(short);
              const textRect = range.getBoundingClientRect();
              const pRect = short.getBoundingClientRect();
              const outside = [...box.querySelectorAll('.hl')].flatMap(el =>
                  [...el.getClientRects()].filter(r =>
                      r.left < boxRect.left - 1 || r.right > boxRect.right + 1));
              return {
                direction: style.direction,
                lang: document.documentElement.lang,
                textRightGap: pRect.right - textRect.right,
                textLeftGap: textRect.left - pRect.left,
                outside: outside.length,
                highlights: box.querySelectorAll('.hl').length,
                scrollWidth: document.documentElement.scrollWidth,
                viewport: window.innerWidth,
              };
            }"""
        )
        assert layout["direction"] == "rtl"
        assert layout["lang"] == "ar"
        assert abs(layout["textRightGap"]) < 2, layout
        assert layout["textLeftGap"] > 20, layout
        assert layout["highlights"] >= seed_article.claims.count()
        assert layout["outside"] == 0, layout
        # Readable on a phone: nothing forces sideways scrolling.
        assert layout["scrollWidth"] <= layout["viewport"], (viewport, layout)
        tab.screenshot(path=screenshot_dir / f"article-rtl-{viewport}.png", full_page=False)


def test_highlights_do_not_change_the_shaped_text(live_server, seed_article, page):
    """Arabic letters keep joining across highlight edges: each paragraph is as
    wide on one line with its highlights as the same text without them."""
    page.goto(live_server.url + seed_article.get_absolute_url())
    widths = page.evaluate(
        """() => [...document.querySelectorAll('.article-text p')]
            .filter(p => p.querySelector('.hl'))
            .map(p => {
              const plain = p.cloneNode(false);
              plain.textContent = p.textContent;
              const styled = p.cloneNode(true);
              for (const el of [plain, styled]) {
                el.style.cssText = 'white-space: nowrap; display: inline-block; position: absolute';
                p.parentNode.appendChild(el);
              }
              const result = [styled.getBoundingClientRect().width,
                              plain.getBoundingClientRect().width];
              plain.remove(); styled.remove();
              return result;
            })"""
    )
    assert widths
    for styled, plain in widths:
        assert abs(styled - plain) < 1.5, (styled, plain)


def test_published_verdict_shows_with_sources_and_claimreview(
    live_server, seed_article, page, phone, screenshot_dir
):
    from django.utils import timezone

    from claims.models import Evidence, Source

    claim = seed_article.claims.exclude(speaker=None).order_by("start").first()
    claim.status = "published"
    claim.verdict = "mostly_false"
    claim.rationale = "أرقام الوزارة لا تدعم هذا الرقم؛ السجلات تظهر عددا أقل."
    claim.reviewed_at = claim.published_at = timezone.now()
    claim.save()
    for n, stance in enumerate(("refutes", "supports", "context")):
        source = Source.objects.create(
            url=f"https://example.org/{n}", title=f"Source {stance}", publisher="Example"
        )
        Evidence.objects.create(claim=claim, source=source, stance=stance, excerpt="مقتطف")
    other = Claim.objects.filter(article=seed_article).exclude(pk=claim.pk).first()

    page.goto(live_server.url + seed_article.get_absolute_url())
    coloured = page.locator(f'.article-text a.hl[href="{claim.get_absolute_url()}"]').first
    neutral = page.locator(f'.article-text a.hl[href="{other.get_absolute_url()}"]').first
    assert coloured.evaluate("e => getComputedStyle(e).backgroundColor") != neutral.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    coloured.click()
    page.wait_for_url(f"**{claim.get_absolute_url()}")
    assert page.locator(".verdict .badge").inner_text() == "Mostly false"
    for heading in ("Refutes", "Supports", "Context"):
        assert page.locator(".stance h4", has_text=heading).is_visible()
    assert page.locator(".reviewed time").first.is_visible()
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "ClaimReview"
    assert data["reviewRating"]["ratingValue"] == 2
    assert data["itemReviewed"]["author"]["name"] == claim.speaker.name
    page.screenshot(path=screenshot_dir / "claim-published.png", full_page=True)
    phone.goto(live_server.url + claim.get_absolute_url())
    phone.screenshot(path=screenshot_dir / "claim-published-phone.png", full_page=True)
    phone.goto(live_server.url + seed_article.get_absolute_url())
    phone.screenshot(path=screenshot_dir / "article-phone-full.png", full_page=True)


def test_search_from_the_header_finds_speaker_and_claims(
    live_server, seed_article, page, screenshot_dir
):
    claim = seed_article.claims.exclude(speaker=None).order_by("start").first()
    # A spelling variant: bare alef instead of hamza seats.
    query = claim.speaker.name.replace("أ", "ا").replace("إ", "ا")
    page.goto(live_server.url + "/")
    page.get_by_role("searchbox").first.fill(query)
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url("**/search/?q=*")
    assert page.locator(f'a[href="{claim.speaker.get_absolute_url()}"]').count() >= 1
    assert page.locator(f'a[href="{claim.get_absolute_url()}"]').count() == 1
    page.screenshot(path=screenshot_dir / "search.png", full_page=True)

    page.goto(live_server.url + "/search/?q=" + "%3Cscript%3E" * 100)
    assert page.locator(".message").is_visible()
