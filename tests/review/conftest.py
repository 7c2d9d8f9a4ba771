"""Users in each review role, and a claim of the seed article to review."""

from __future__ import annotations

import pytest

from tests.conftest import _user_in_group


@pytest.fixture
def checker2(db, django_user_model):
    """A second fact-checker, for concurrent edits."""
    return _user_in_group(django_user_model, "checker2", "Fact-checkers")


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser(username="root", password="pw-for-tests")


@pytest.fixture
def claim(seed_article):
    return seed_article.claims.order_by("start").first()


@pytest.fixture
def source(checker):
    from claims.services import source_get_or_create

    return source_get_or_create(
        url="https://example.org/report",
        title="Ministry statement",
        actor=checker,
        kind="official_statement",
    )


@pytest.fixture
def drafted(claim, checker):
    """A claim with a drafted "false" verdict (no evidence yet)."""
    from claims.services import claim_update_review

    return claim_update_review(
        claim=claim,
        actor=checker,
        expected_version=claim.version,
        status="drafted",
        verdict="false",
        rationale="The ministry's own figures say otherwise.",
    )
