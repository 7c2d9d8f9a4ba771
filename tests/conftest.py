"""Fixtures shared by the whole suite. Area-specific fixtures live in the
conftest.py of each test folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "karabakh-2023-09-20-ar.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def seed_article(db):
    """The seed article ingested through the real service (extraction included)."""
    from claims.ingest import read_article_file
    from claims.services import article_ingest

    return article_ingest(
        article_file=read_article_file(SEED_PATH.read_bytes()), source_name=SEED_PATH.name
    ).article


@pytest.fixture
def ingest_text(db):
    """Ingest an article given as text (title line, blank line, body)."""
    from claims.ingest import parse_article_text
    from claims.services import article_ingest

    def ingest(text: str, **metadata):
        header = ""
        if metadata:
            lines = [f"{key}: {value}" for key, value in metadata.items()]
            header = "---\n" + "\n".join(lines) + "\n---\n"
        return article_ingest(article_file=parse_article_text(header + text)).article

    return ingest


def _user_in_group(django_user_model, username: str, group: str | None = None):
    """A staff user (so the admin lets them in) in one review group, or none."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username=username, password="pw-for-tests", is_staff=True
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return django_user_model.objects.get(pk=user.pk)  # fresh: no cached permissions


@pytest.fixture
def checker(db, django_user_model):
    """A member of the Fact-checkers group."""
    return _user_in_group(django_user_model, "checker", "Fact-checkers")


@pytest.fixture
def editor(db, django_user_model):
    """A member of the Editors group."""
    return _user_in_group(django_user_model, "editor", "Editors")


@pytest.fixture
def outsider(db, django_user_model):
    """Staff, but in neither review group."""
    return _user_in_group(django_user_model, "outsider")
