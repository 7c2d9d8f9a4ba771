"""Every admin page renders with the seed loaded, and the list stays cheap."""

from __future__ import annotations

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Evidence, Figure, Outlet, SpeakerAlias


@pytest.fixture
def reviewed_seed(seed_article, checker, editor, source):
    """The seed with some review work on it, so pages render evidence and history."""
    from claims.services import claim_update_review, evidence_add

    claim = seed_article.claims.order_by("start").first()
    evidence_add(claim=claim, actor=checker, source=source, stance="refutes", excerpt="<b>x</b>")
    claim_update_review(
        claim=claim,
        actor=checker,
        expected_version=claim.version,
        status="drafted",
        verdict="false",
        rationale="<script>alert(1)</script>",
    )
    if not Figure.objects.exists():  # depends on the extractor of the day
        for claim in seed_article.claims.all():
            match = re.search(r"\d+", claim.text)
            if match:
                Figure.objects.create(
                    claim=claim,
                    value=int(match.group()),
                    unit="",
                    qualifier="exact",
                    start=claim.start + match.start(),
                    end=claim.start + match.end(),
                    text=match.group(),
                )
                break
    if not Outlet.objects.exists():  # the seed file names no outlet
        Outlet.objects.create(name="صدى البلد", slug="sada-elbalad")
    return seed_article


def _registered():
    return [model for model in admin.site._registry if model._meta.app_label == "claims"]


@pytest.mark.parametrize("model", _registered(), ids=lambda m: m._meta.model_name)
def test_every_page_renders(client, superuser, reviewed_seed, model):
    client.force_login(superuser)
    name = f"admin:claims_{model._meta.model_name}"
    assert client.get(reverse(f"{name}_changelist")).status_code == 200
    obj = model.objects.first()
    assert obj is not None, "the seed should give every model at least one row"
    assert client.get(reverse(f"{name}_change", args=[obj.pk])).status_code == 200
    add = client.get(reverse(f"{name}_add"))
    # History is append-only: it has no add page by design.
    assert add.status_code == (403 if model is ClaimEvent else 200)


def test_claim_form_shows_claim_in_context_escaped(client, superuser, reviewed_seed):
    client.force_login(superuser)
    claim = reviewed_seed.claims.order_by("start").first()
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert 'dir="rtl"' in html
    assert "<mark>" in html
    assert "<script>alert(1)</script>" not in html  # rationale history is escaped
    assert "&lt;script&gt;" in html


def test_registered_models_cover_the_review_data(reviewed_seed):
    assert {Claim, Evidence, Figure, SpeakerAlias, ClaimEvent} <= set(_registered())
