"""Model instances for API pages without Model.__init__.

A page of 50 claims builds ~300 model instances (claim, article, outlet, speaker,
affiliation, intermediary) plus its figures and evidence. Django builds each one
through ``Model.from_db()`` → ``Model.__init__()``: a membership test per field
against the loaded names, ``setattr`` per field and two signals. In the profile
that was a fifth of a list request's Python time.

``FastModelIterable`` runs the same compiled query and uses Django's own
``RelatedPopulator`` to know which columns belong to which ``select_related``
model, but builds each instance by filling its ``__dict__`` directly — what
``Model.__init__`` ends up with for loaded fields (deferred fields are simply
absent, so they still load on access). It only does so when that is provably the
same: no pre_init/post_init receivers on the model, every loaded attribute a plain
(deferred-)attribute descriptor, no peer tracking, no known related objects;
otherwise the queryset keeps Django's ModelIterable.
tests/api/test_orm.py checks the instances equal Django's, field by field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from django.db.models import Model, QuerySet
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query import (
    ModelIterable,
    RelatedPopulator,
    _get_from_db,
    get_related_populators,
)
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init

Maker = Callable[[Sequence[Any]], Model]


def _maker(model: type[Model], attnames: Sequence[str], db: str, fetch_mode: Any) -> Maker | None:
    if (
        model._meta.abstract
        or pre_init.has_listeners(model)
        or post_init.has_listeners(model)
        or not all(_descriptor_ok(model, name) for name in attnames)
    ):
        return None
    names = tuple(attnames)
    new = object.__new__

    def make(values: Sequence[Any]) -> Model:
        obj = new(model)
        state = ModelState()
        state.adding = False
        state.db = db
        state.fetch_mode = fetch_mode
        obj.__dict__["_state"] = state
        obj.__dict__.update(zip(names, values, strict=True))
        return obj

    return make


def _descriptor_ok(model: type[Model], name: str) -> bool:
    """Setting ``name`` on a fresh instance is a plain __dict__ write: a (deferred)
    field attribute, or a foreign key's id, whose setter only drops a cached
    related object (a fresh instance has none)."""
    for klass in model.__mro__:
        if name in klass.__dict__:
            return type(klass.__dict__[name]) in (DeferredAttribute, ForeignKeyDeferredAttribute)
    return False


class _Related:
    """One select_related model: Django's RelatedPopulator for the column layout and
    the setters, a fast maker for the instance."""

    def __init__(self, populator: RelatedPopulator, db: str, fetch_mode: Any) -> None:
        self.p = populator
        make = _maker(populator.model_cls, populator.init_list, db, fetch_mode)
        if make is None:
            raise _Fallback
        self.make = make
        self.children = [_Related(child, db, fetch_mode) for child in populator.related_populators]

    def populate(self, row: Sequence[Any], from_obj: Model) -> None:
        p = self.p
        data = p.reorder_for_init(row) if p.reorder_for_init else row[p.cols_start : p.cols_end]
        if data[p.pk_idx] is None:
            obj = None
        else:
            obj = self.make(data)
            for child in self.children:
                child.populate(row, obj)
        p.local_setter(from_obj, obj)
        if obj is not None:
            p.remote_setter(obj, from_obj)


class _Fallback(Exception):
    pass


class FastModelIterable(ModelIterable):
    def __iter__(self) -> Iterator[Model]:
        queryset = self.queryset
        fetch_mode = queryset._fetch_mode
        if queryset._known_related_objects or fetch_mode.track_peers:
            yield from super().__iter__()
            return
        db = queryset.db
        compiler = queryset.query.get_compiler(using=db)
        results = compiler.execute_sql(chunked_fetch=self.chunked_fetch, chunk_size=self.chunk_size)
        select, klass_info, annotation_col_map = (
            compiler.select,
            compiler.klass_info,
            compiler.annotation_col_map,
        )
        model = klass_info["model"]
        select_fields = klass_info["select_fields"]
        start, end = select_fields[0], select_fields[-1] + 1
        init_list = [f[0].target.attname for f in select[start:end]]
        make = _maker(model, init_list, db, fetch_mode)
        try:
            if make is None:
                raise _Fallback
            related = [
                _Related(RelatedPopulator(info, select, db, fetch_mode), db, fetch_mode)
                for info in klass_info.get("related_klass_infos", [])
            ]
        except _Fallback:
            make, related = None, []
        if make is None:
            # Django's own construction (as ModelIterable), on the rows already fetched.
            from_db = _get_from_db(model, fetch_mode)
            populators = get_related_populators(klass_info, select, db, fetch_mode)
            for row in compiler.results_iter(results):
                obj = from_db(db, init_list, row[start:end])
                for populator in populators:
                    populator.populate(row, obj)
                for name, position in annotation_col_map.items():
                    setattr(obj, name, row[position])
                yield obj
            return
        annotations = list(annotation_col_map.items())
        for row in compiler.results_iter(results):
            obj = make(row[start:end])
            for rel in related:
                rel.populate(row, obj)
            for name, position in annotations:
                setattr(obj, name, row[position])
            yield obj


def fast_models(queryset: QuerySet) -> QuerySet:
    """The queryset, yielding instances built by FastModelIterable (model querysets
    only; values()/values_list() querysets are returned unchanged)."""
    if queryset._iterable_class is not ModelIterable:
        return queryset
    queryset = queryset._chain()
    queryset._iterable_class = FastModelIterable
    return queryset
