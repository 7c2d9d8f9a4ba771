"""Query filters for the list endpoints.

Values are validated strictly (a bad value is a 400, never silently ignored) and an
unknown query parameter is rejected, so a client's typo (``?verdcit=false``) cannot
look like "no filter". Filters that touch review data respect the reader's role: for
the public, ``verdict`` and the review dates only ever match published verdicts.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from decimal import Decimal
from typing import Any

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django_filters.filters import FilterMethod
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import PermissionDenied

from claims.api.errors import InvalidRequest
from claims.api.pagination import BOUNDED_FLAG, NON_NULL_FLAG
from claims.api.permissions import request_is_reviewer
from claims.models import (
    Article,
    Claim,
    ClaimKind,
    Figure,
    Language,
    ReviewStatus,
    Source,
    SourceKind,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    Verdict,
)
from claims.selectors import search_key

# Larger ids cannot exist and would overflow SQLite's INTEGER.
MAX_ID = 2**53


class StrictBooleanField(forms.Field):
    TRUE, FALSE = {"true", "1"}, {"false", "0"}

    def to_python(self, value: Any) -> bool | None:
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise forms.ValidationError("Must be true or false.", code="invalid")


class DateOrDateTimeField(forms.Field):
    """ISO 8601 date (a whole day) or date-time with offset (an instant)."""

    def to_python(self, value: Any) -> dt.date | dt.datetime | None:
        if value in (None, ""):
            return None
        text = str(value).strip()
        try:
            parsed = parse_datetime(text) if "T" in text or " " in text else parse_date(text)
        except ValueError:
            parsed = None
        if parsed is None:
            raise forms.ValidationError(
                "Must be a date (YYYY-MM-DD) or an ISO 8601 date-time.", code="invalid"
            )
        if isinstance(parsed, dt.datetime) and timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed, dt.UTC)
        return parsed


@extend_schema_field({"type": "boolean"})
class StrictBooleanFilter(filters.Filter):
    field_class = StrictBooleanField


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


@extend_schema_field({"type": "number"})
class DecimalFilter(filters.NumberFilter):
    pass


@extend_schema_field({"type": "string", "format": "date"})
class DateBoundFilter(filters.Filter):
    """``after``: from the start of the day/instant; ``before``: to the end of the
    day/instant, both inclusive. Compares the column directly so indexes apply."""

    field_class = DateOrDateTimeField

    def __init__(self, *args: Any, bound: str, require_published: bool = False, **kw: Any):
        self.bound = bound
        self.require_published = require_published
        super().__init__(*args, **kw)

    def filter(self, qs: QuerySet, value: dt.date | dt.datetime | None) -> QuerySet:
        if value is None:
            return qs
        model_field = qs.model._meta.get_field(self.field_name)
        lookup = "gte" if self.bound == "after" else "lte"
        if model_field.get_internal_type() == "DateField":
            day = value.date() if isinstance(value, dt.datetime) else value
            qs = qs.filter(**{f"{self.field_name}__{lookup}": day})
        else:
            try:
                if isinstance(value, dt.datetime):
                    instant = value
                elif self.bound == "after":
                    instant = timezone.make_aware(dt.datetime.combine(value, dt.time.min))
                else:
                    instant = timezone.make_aware(
                        dt.datetime.combine(value + dt.timedelta(days=1), dt.time.min)
                    )
                    lookup = "lt"
                instant.astimezone(dt.UTC)
            except OverflowError:
                instant = None  # beyond year 9999: the bound excludes nothing
            if instant is not None:
                qs = qs.filter(**{f"{self.field_name}__{lookup}": instant})
                self.mark_bounded()
            else:
                qs = qs.filter(**{f"{self.field_name}__isnull": False})
        if self.require_published or not request_is_reviewer(self.parent.request):
            qs = self.parent.public_restriction(qs, self.require_published)
        return qs

    def mark_bounded(self) -> None:
        # A range on the column: the paginator need not add its own (see BOUNDED_FLAG).
        request = self.parent.request
        if request is not None:
            bounded = getattr(request, BOUNDED_FLAG, None)
            if bounded is None:
                bounded = set()
                setattr(request, BOUNDED_FLAG, bounded)
            bounded.add(self.field_name)


# Free-text parameters, for which an empty value is a (useless but valid) string.
EMPTY_ALLOWED = frozenset({"q", "figure_unit", "cursor"})


class StrictFilterBackend(DjangoFilterBackend):
    """Rejects unknown query parameters on list endpoints, and empty values of typed
    ones (``?verdict=`` is a client bug, not "no filter")."""

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        if getattr(view, "action", None) == "list":
            filterset_class = self.get_filterset_class(view, queryset)
            allowed = set(getattr(view, "extra_query_params", ()))
            if filterset_class is not None:
                allowed |= set(filterset_class.base_filters)
            unknown = sorted(set(request.query_params) - allowed)
            if unknown:
                raise InvalidRequest(
                    "unknown_parameter",
                    f"Unknown query parameter(s): {', '.join(unknown)}. "
                    f"Allowed: {', '.join(sorted(allowed))}.",
                    {name: ["Unknown query parameter."] for name in unknown},
                )
            empty = sorted(
                name
                for name, values in request.query_params.lists()
                if name not in EMPTY_ALLOWED and any(v.strip() == "" for v in values)
            )
            if empty:
                raise InvalidRequest(
                    "invalid",
                    f"Empty value for: {', '.join(empty)}. Leave the parameter out instead.",
                    {name: ["This parameter needs a value."] for name in empty},
                )
        return super().filter_queryset(request, queryset, view)


@functools.lru_cache(maxsize=512)
def _form_class(filterset_class: type, names: tuple[str, ...], full: type) -> type:
    """The filterset's form restricted to ``names`` (a subclass per combination of
    query parameters actually sent, cached)."""
    fields = {name: full.base_fields[name] for name in names}
    return type(f"{filterset_class.__name__}Form", (filterset_class._meta.form,), fields)


class BaseFilterSet(filters.FilterSet):
    """django-filter's FilterSet without its per-request rebuilding.

    Upstream deep-copies every filter, builds every form field and creates a new form
    class (metaclass included) on each request, then deep-copies every field again:
    a few milliseconds per list request, for 20-odd filters of which a request uses
    0-3. Here filters are shallow-copied (their only per-request state is ``model``
    and ``parent``, set below; the method proxy is re-pointed at the copy), the form
    class is built once per filterset, and the form holds only the fields whose
    parameter is present. An absent parameter is a no-op for every filter (its value
    would be empty), and unknown or empty parameters are refused before this by
    StrictFilterBackend, so validation and results are the same.
    """

    _full_forms: dict[tuple[type, type], type] = {}

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet | None = None,
        *,
        request: Any = None,
        prefix: str | None = None,
    ) -> None:
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        model = queryset.model
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, base in self.base_filters.items():
            filter_ = copy.copy(base)
            if isinstance(filter_.__dict__.get("filter"), FilterMethod):
                filter_.filter = FilterMethod(filter_)
            filter_.model = model
            filter_.parent = self
            self.filters[name] = filter_

    def _full_form_class(self) -> type:
        key = (type(self), self.queryset.model)
        form_class = self._full_forms.get(key)
        if form_class is None:
            form_class = self._full_forms[key] = super().get_form_class()
        return form_class

    def get_form_class(self) -> type:
        full = self._full_form_class()
        names = tuple(
            name
            for name, field in full.base_fields.items()
            if not field.widget.value_omitted_from_data(self.data, {}, self._prefixed(name))
        )
        return _form_class(type(self), names, full)

    def _prefixed(self, name: str) -> str:
        return f"{self.form_prefix}-{name}" if self.form_prefix else name

    def public_restriction(self, qs: QuerySet, require_published: bool) -> QuerySet:
        return qs


class ClaimFilter(BaseFilterSet):
    speaker = IdFilter(field_name="speaker_id", help_text="Speaker id.")
    via = IdFilter(field_name="via_id", help_text="Id of the intermediary that relayed it.")
    speaker_kind = filters.ChoiceFilter(field_name="speaker__kind", choices=SpeakerKind.choices)
    affiliation = IdFilter(
        field_name="speaker__affiliation_id", help_text="Id of the speaker's organisation."
    )
    article = IdFilter(field_name="article_id", help_text="Article id.")
    outlet = IdFilter(field_name="article__outlet_id", help_text="Outlet id.")
    language = filters.ChoiceFilter(field_name="article__language", choices=Language.choices)
    status = filters.ChoiceFilter(
        choices=ReviewStatus.choices,
        method="filter_status",
        help_text="Review status. Only `published` is open to the public; the other "
        "states need the Fact-checkers or Editors group.",
    )
    verdict = filters.ChoiceFilter(
        choices=Verdict.choices,
        method="filter_verdict",
        help_text="Verdict; for the public, published verdicts only.",
    )
    kind = filters.ChoiceFilter(choices=ClaimKind.choices)
    direct = StrictBooleanFilter(help_text="Direct quotation.")
    has_figures = StrictBooleanFilter(method="filter_has_figures")
    figure_min = DecimalFilter(
        method="filter_noop", help_text="A figure of the claim is at least this value."
    )
    figure_max = DecimalFilter(
        method="filter_noop", help_text="A figure of the claim is at most this value."
    )
    figure_unit = filters.CharFilter(
        method="filter_noop",
        help_text="A figure's unit, as written (case-insensitive). Combined with "
        "figure_min/figure_max, one figure must satisfy all of them.",
    )
    published_after = DateBoundFilter(
        field_name="published_at", bound="after", require_published=True
    )
    published_before = DateBoundFilter(
        field_name="published_at", bound="before", require_published=True
    )
    reviewed_after = DateBoundFilter(field_name="reviewed_at", bound="after")
    reviewed_before = DateBoundFilter(field_name="reviewed_at", bound="before")
    q = filters.CharFilter(
        method="filter_q",
        help_text="Text search in the claim and its speaker's or intermediary's names, "
        "ignoring Arabic spelling variants (hamza/alef forms, taa marbuta, alef maqsura, "
        "diacritics).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def mark_published_only(self) -> None:
        # Published claims always have published_at (a model constraint), the only
        # nullable sort column of the claim list; the paginator can then use its index.
        setattr(self.request, NON_NULL_FLAG, True)

    def public_restriction(self, qs: QuerySet, require_published: bool) -> QuerySet:
        self.mark_published_only()
        return qs.filter(status=ReviewStatus.PUBLISHED)

    def filter_status(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if value != ReviewStatus.PUBLISHED and not request_is_reviewer(self.request):
            raise PermissionDenied(
                "Only fact-checkers and editors may filter by an unpublished review status."
            )
        if value == ReviewStatus.PUBLISHED:
            self.mark_published_only()
        return qs.filter(status=value)

    def filter_verdict(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        qs = qs.filter(verdict=value)
        if not request_is_reviewer(self.request):
            qs = self.public_restriction(qs, True)
        return qs

    def filter_has_figures(self, qs: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return qs
        has = Exists(Figure.objects.filter(claim=OuterRef("pk")))
        return qs.filter(has if value else ~has)

    def filter_noop(self, qs: QuerySet, name: str, value: Any) -> QuerySet:
        return qs  # applied together in filter_queryset: one figure must match all

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        key = search_key(value)
        if not key:
            return qs.none()
        # The matching speakers first (a small table, one short query): the claim
        # query then carries a plain id list instead of the same alias subquery twice
        # (compiled twice, and scanned twice by the database).
        speakers = list(
            SpeakerAlias.objects.filter(key__contains=key)
            .order_by()
            .values_list("speaker_id", flat=True)
            .distinct()
        )
        match = Q(text_key__contains=key)
        if speakers:
            match |= Q(speaker_id__in=speakers) | Q(via_id__in=speakers)
        return qs.filter(match)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        low: Decimal | None = data.get("figure_min")
        high: Decimal | None = data.get("figure_max")
        unit: str = data.get("figure_unit") or ""
        if low is not None or high is not None or unit:
            figures = Figure.objects.filter(claim=OuterRef("pk"))
            if low is not None:
                figures = figures.filter(value__gte=low)
            if high is not None:
                figures = figures.filter(value__lte=high)
            if unit:
                figures = figures.filter(unit__iexact=unit.strip())
            queryset = queryset.filter(Exists(figures))
        return queryset


class ArticleFilter(BaseFilterSet):
    outlet = IdFilter(field_name="outlet_id", help_text="Outlet id.")
    language = filters.ChoiceFilter(choices=Language.choices)
    published_after = DateBoundFilter(field_name="published_on", bound="after")
    published_before = DateBoundFilter(field_name="published_on", bound="before")
    q = filters.CharFilter(method="filter_q", help_text="Search in titles (Arabic-insensitive).")

    class Meta:
        model = Article
        fields: list[str] = []

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        key = search_key(value)
        return qs.filter(title_key__contains=key) if key else qs.none()


class SpeakerFilter(BaseFilterSet):
    kind = filters.ChoiceFilter(choices=SpeakerKind.choices)
    affiliation = IdFilter(field_name="affiliation_id", help_text="Organisation id.")
    q = filters.CharFilter(
        method="filter_q", help_text="Search in all names of the speaker (Arabic-insensitive)."
    )

    class Meta:
        model = Speaker
        fields: list[str] = []

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        key = search_key(value)
        if not key:
            return qs.none()
        return qs.filter(id__in=SpeakerAlias.objects.filter(key__contains=key).values("speaker_id"))


class SourceFilter(BaseFilterSet):
    kind = filters.ChoiceFilter(choices=SourceKind.choices)
    claim = IdFilter(method="filter_claim", help_text="Sources cited as evidence on this claim.")
    q = filters.CharFilter(field_name="title", lookup_expr="icontains", help_text="In the title.")

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_claim(self, qs: QuerySet, name: str, value: int) -> QuerySet:
        evidence = Q(evidence__claim_id=value)
        if not request_is_reviewer(self.request):
            evidence &= Q(evidence__claim__status=ReviewStatus.PUBLISHED)
        return qs.filter(id__in=Source.objects.filter(evidence).values("id"))
