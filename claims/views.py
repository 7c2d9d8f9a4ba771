"""Reader pages: server-rendered, public, never showing draft reviews."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims import selectors
from claims.models import Article, Speaker


def home(request: HttpRequest) -> HttpResponse:
    articles = selectors.articles_list()[:20]
    return render(request, "claims/home.html", {"articles": articles})


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    claims = selectors.article_claims(article)
    return render(request, "claims/article.html", {"article": article, "claims": claims})


def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(selectors.claim_detail_queryset(), pk=pk)
    return render(
        request,
        "claims/claim.html",
        {"claim": claim, "verdict": selectors.claim_public_verdict(claim)},
    )


def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.select_related("affiliation"), slug=slug)
    page = Paginator(selectors.speaker_claims(speaker), 25).get_page(request.GET.get("page"))
    return render(request, "claims/speaker.html", {"speaker": speaker, "page": page})
