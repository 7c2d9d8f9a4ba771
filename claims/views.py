"""Reader pages: server-rendered, public, never showing draft reviews.

Views only ever hand templates the *public* verdict of a claim (see
``selectors.claim_public_verdict``); templates never read ``claim.verdict``,
``rationale``, ``internal_note`` or ``assignee`` themselves.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims import presentation, selectors
from claims.models import Article, Claim, Speaker, Stance, Verdict

SEARCH_MAX_CHARS = 200
SEARCH_LIMIT = 50
SPEAKER_PAGE_SIZE = 25


def _site_url(request: HttpRequest) -> str:
    return settings.SITE_URL or request.build_absolute_uri("/").rstrip("/")


def _legend() -> list[dict[str, str]]:
    rows = [{"css": v.value, "label": v.label} for v in Verdict]
    rows.append({"css": presentation.NEUTRAL, "label": "Not yet checked"})
    return rows


def _with_public_verdict(claims: list[Claim]) -> list[Claim]:
    # Attach what a reader may see, so templates have no reason to touch the
    # raw review fields.
    for claim in claims:
        claim.public_verdict = selectors.claim_public_verdict(claim)
    return claims


def _span(claim: Claim, *, link: bool) -> presentation.Span:
    verdict = selectors.claim_public_verdict(claim)
    label = claim.speaker.name if claim.speaker else "Unattributed"
    if verdict:
        label = f"{label} — {Verdict(verdict).label}"
    return presentation.Span(
        claim_id=claim.pk,
        start=claim.start,
        end=claim.end,
        verdict=verdict,
        url=claim.get_absolute_url() if link else "",
        label=label,
    )


def home(request: HttpRequest) -> HttpResponse:
    context = {
        # The list shows titles only; long bodies need not travel.
        "articles": selectors.articles_list().defer("body")[:20],
        "verdicts": _with_public_verdict(list(selectors.published_claims_latest(10))),
        "counts": selectors.site_counts(),
    }
    return render(request, "claims/home.html", context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    claims = _with_public_verdict(selectors.article_claims(article))
    paragraphs = presentation.build_paragraphs(
        article.body, [_span(claim, link=True) for claim in claims]
    )
    speaker_counts = Counter(claim.speaker for claim in claims if claim.speaker)
    speakers = sorted(speaker_counts.items(), key=lambda item: (-item[1], item[0].name))
    context = {
        "article": article,
        "claims": claims,
        "paragraphs": paragraphs,
        "speakers": speakers,
        "unattributed": sum(1 for claim in claims if claim.speaker is None),
        "legend": _legend(),
    }
    return render(request, "claims/article.html", context)


def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(selectors.claim_detail_queryset(), pk=pk)
    article = claim.article
    verdict = selectors.claim_public_verdict(claim)
    start, end = presentation.paragraph_containing(article.body, claim.start, claim.end)
    context: dict[str, Any] = {
        "claim": claim,
        "article": article,
        "verdict": verdict,
        "verdict_label": Verdict(verdict).label if verdict else "",
        "context_html": presentation.render_segments(
            presentation.build_segments(
                article.body, [_span(claim, link=False)], start=start, end=end
            )
        ),
        "figures": list(claim.figures.all()),
    }
    if verdict:
        context["reviewed_on"] = claim.reviewed_at or claim.published_at
        groups = {stance: [] for stance in Stance}
        for evidence in claim.evidence.all():
            groups.setdefault(evidence.stance, []).append(evidence)
        context["evidence_groups"] = [
            {"stance": Stance(stance).label, "css": stance, "items": items}
            for stance, items in groups.items()
            if items
        ]
        site_url = _site_url(request)
        context["jsonld"] = presentation.json_for_script(
            presentation.claim_review_data(
                claim_text=claim.text,
                verdict=verdict,
                url=site_url + claim.get_absolute_url(),
                site_name=settings.SITE_NAME,
                site_url=site_url + "/",
                date_published=claim.published_at,
                speaker_name=claim.speaker.name if claim.speaker else "",
                speaker_kind=claim.speaker.kind if claim.speaker else "",
                speaker_url=site_url + claim.speaker.get_absolute_url() if claim.speaker else "",
                article_title=article.title,
                article_url=article.url or site_url + article.get_absolute_url(),
                article_date=article.published_on,
                outlet_name=article.outlet.name if article.outlet else "",
                in_language=article.language,
            )
        )
    return render(request, "claims/claim.html", context)


def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.select_related("affiliation"), slug=slug)
    page = Paginator(selectors.speaker_claims(speaker), SPEAKER_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    page.object_list = _with_public_verdict(list(page.object_list))
    counts = selectors.speaker_verdict_counts(speaker)
    context = {
        "speaker": speaker,
        "page": page,
        "scorecard": presentation.scorecard(counts),
        "published_total": sum(counts.values()),
    }
    return render(request, "claims/speaker.html", context)


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    context: dict[str, Any] = {"query": query[:SEARCH_MAX_CHARS], "searched": False}
    if len(query) > SEARCH_MAX_CHARS:
        context["message"] = f"That search is too long; use at most {SEARCH_MAX_CHARS} characters."
    elif not selectors.search_key(query):
        context["message"] = "Type a word or a name to search claims, speakers and articles."
    else:
        context.update(
            searched=True,
            claims=_with_public_verdict(list(selectors.claims_search(query)[:SEARCH_LIMIT])),
            speakers=list(selectors.speakers_search(query)[:SEARCH_LIMIT]),
            articles=list(selectors.articles_search(query)[:SEARCH_LIMIT]),
            limit=SEARCH_LIMIT,
        )
    return render(request, "claims/search.html", context)
