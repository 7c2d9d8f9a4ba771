"""Recompute the stored Arabic matching keys after normalize_key learned to glue
detached prepositions ("لـ الأمم" = "للأمم"). Keys are derived data: recomputing them
loses nothing; two aliases of one speaker that now share a key are one alias."""

from django.db import migrations


def recompute_keys(apps, schema_editor):
    from claims.extraction.normalize import normalize_key

    Article = apps.get_model("claims", "Article")
    Claim = apps.get_model("claims", "Claim")
    SpeakerAlias = apps.get_model("claims", "SpeakerAlias")

    for article in Article.objects.only("id", "title").iterator():
        Article.objects.filter(pk=article.pk).update(title_key=normalize_key(article.title)[:500])
    for claim in Claim.objects.only("id", "text").iterator():
        Claim.objects.filter(pk=claim.pk).update(text_key=normalize_key(claim.text))
    desired, seen = {}, set()
    for alias in SpeakerAlias.objects.order_by("speaker_id", "id").iterator():
        key = normalize_key(alias.surface)[:300]
        if not key or (alias.speaker_id, key) in seen:
            alias.delete()
            continue
        seen.add((alias.speaker_id, key))
        if key != alias.key:
            desired[alias.pk] = key
    # Two phases, so that no intermediate state breaks unique (speaker, key).
    for pk in desired:
        SpeakerAlias.objects.filter(pk=pk).update(key=f"~recomputing~{pk}")
    for pk, key in desired.items():
        SpeakerAlias.objects.filter(pk=pk).update(key=key)


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_review_groups")]

    operations = [migrations.RunPython(recompute_keys, migrations.RunPython.noop)]
