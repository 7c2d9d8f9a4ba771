"""FastModelIterable builds the same instances as Django's ModelIterable."""

from __future__ import annotations

import pytest
from django.db.models.functions import Coalesce
from django.db.models.signals import post_init

from claims.api import orm, views
from claims.models import Article, Claim, Evidence, Figure, Speaker

pytestmark = pytest.mark.django_db


def _snapshot(obj, depth: int = 0):
    if obj is None:
        return None
    data = {
        k: v for k, v in obj.__dict__.items() if k not in ("_state", "_prefetched_objects_cache")
    }
    state = obj._state
    cached = {
        name: _snapshot(value, depth + 1) if depth < 3 else repr(value)
        for name, value in state.fields_cache.items()
    }
    prefetched = {
        name: [_snapshot(o, depth + 1) for o in rows]
        for name, rows in getattr(obj, "_prefetched_objects_cache", {}).items()
    }
    return (
        type(obj),
        data,
        (state.adding, state.db, state.fetch_mode),
        cached,
        prefetched,
    )


def _querysets(reviewer: bool):
    claims = views.claim_queryset(reviewer)
    public = views.claim_queryset(False).defer(*views.PUBLIC_LIST_UNUSED)
    keyed = claims.annotate(_k0=Coalesce("published_at", "reviewed_at"))
    return [
        claims.order_by("id"),
        public.order_by("id"),
        keyed.order_by("id"),
        Figure.objects.order_by("id"),
        Evidence.objects.select_related("source").order_by("id"),
        views.ClaimReviewViewSet().get_queryset().order_by("id"),
        Article.objects.select_related("outlet")
        .annotate(claim_count=views._count_of(Claim.objects.all(), "article"))
        .order_by("id"),
        views.speaker_queryset().order_by("id"),
    ]


@pytest.mark.parametrize("reviewer", [False, True])
def test_fast_instances_equal_djangos(reviewer, corpus):
    for queryset in _querysets(reviewer):
        expected = [_snapshot(o) for o in queryset]
        fast = orm.fast_models(queryset)
        assert fast._iterable_class is orm.FastModelIterable
        got = [_snapshot(o) for o in fast]
        assert expected, queryset.model
        assert got == expected, queryset.model


def test_fast_instances_behave_like_models(corpus):
    claim = orm.fast_models(views.claim_queryset(False).defer("internal_note")).get(
        pk=corpus.figure_claim.pk
    )
    assert claim == corpus.figure_claim and hash(claim) == hash(corpus.figure_claim)
    assert claim.article.title == corpus.article.title  # select_related, no query
    assert "internal_note" in claim.get_deferred_fields()
    claim.refresh_from_db()
    claim.save(update_fields=["rationale"])  # a real, saveable instance


def test_models_with_init_signals_keep_djangos_construction(corpus):
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.pk)

    post_init.connect(receiver, sender=Speaker)
    try:
        speakers = list(orm.fast_models(Speaker.objects.order_by("id")))
        claims = list(orm.fast_models(Claim.objects.select_related("speaker").order_by("id")))
    finally:
        post_init.disconnect(receiver, sender=Speaker)
    assert [s.pk for s in speakers] == seen[: len(speakers)]
    assert len(seen) >= len(speakers) + sum(1 for c in claims if c.speaker_id)


def test_values_querysets_are_left_alone(corpus):
    queryset = Claim.objects.values("id")
    assert orm.fast_models(queryset) is queryset


def test_the_api_models_take_the_fast_path():
    from django.db.models.fetch_modes import FETCH_ONE

    from claims.models import Outlet, Source

    for model in (Claim, Article, Outlet, Speaker, Figure, Evidence, Source):
        names = [f.attname for f in model._meta.concrete_fields]
        assert orm._maker(model, names, "default", FETCH_ONE) is not None, model
