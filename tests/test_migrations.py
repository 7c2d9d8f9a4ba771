from importlib import import_module

import pytest
from django.apps import apps

from claims.models import Article, Claim, Speaker, SpeakerAlias

recompute = import_module("claims.migrations.0004_recompute_matching_keys").recompute_keys


@pytest.mark.django_db
def test_recomputing_keys_fixes_stale_keys_and_folds_duplicate_aliases():
    article = Article.objects.create(
        title="بيان لـ الأمم",
        title_key="stale",
        body="قال إن الأمر بـ الاتفاق.",
        content_hash="h" * 64,
    )
    claim = Claim.objects.create(article=article, start=0, end=8, text="قال إن ا", text_key="stale")
    speaker = Speaker.objects.create(name="الأمم المتحدة", kind="organization", slug="un")
    detached = SpeakerAlias.objects.create(speaker=speaker, surface="لـ الأمم", key="ل الامم")
    glued = SpeakerAlias.objects.create(speaker=speaker, surface="للأمم", key="للامم")
    kept = SpeakerAlias.objects.create(speaker=speaker, surface="الأمم المتحدة", key="old")

    recompute(apps, None)

    article.refresh_from_db()
    claim.refresh_from_db()
    assert article.title_key == "بيان للامم"
    assert claim.text_key == "قال ان ا"
    keys = dict(SpeakerAlias.objects.values_list("pk", "key"))
    # The detached and glued spellings are one alias now; the first one stays.
    assert keys == {detached.pk: "للامم", kept.pk: "الامم المتحده"}
    assert glued.pk not in keys
