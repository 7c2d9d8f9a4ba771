"""The fact-checkers' workspace.

Every write that the review rules care about (status, verdict, rationale, evidence,
assignment, attribution, re-extraction, merges) goes through ``claims.services``;
the admin only collects input and shows the services' refusals as messages or form
errors. Untrusted text (article bodies, claim text, names) is always escaped.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, prefetch_related_objects
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from claims import models, services
from claims.extraction.normalize import normalize_key
from claims.ingest import ArticleFile
from claims.services.ingest import _unique_slug, speaker_add_aliases

# --------------------------------------------------------------------------- helpers


def _rtl(text: str, *, lang: str = "ar") -> SafeString:
    return format_html('<span dir="auto" lang="{}">{}</span>', lang, text)


def _paragraph_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    para_start = body.rfind("\n", 0, start) + 1
    para_end = body.find("\n", end)
    return para_start, len(body) if para_end == -1 else para_end


def claim_in_context(claim: models.Claim, figures: list[models.Figure]) -> SafeString:
    """The claim highlighted inside its paragraph, figures emphasised, escaped."""
    body = claim.article.body
    direction, lang = claim.article.direction, claim.article.language
    if claim.orphaned or body[claim.start : claim.end] != claim.text:
        return format_html(
            '<p class="errornote">Orphaned: this text is no longer found (once) in the '
            "article; its review is kept but it is not shown to readers in context.</p>"
            '<blockquote dir="{}" lang="{}">{}</blockquote>',
            direction,
            lang,
            claim.text,
        )
    para_start, para_end = _paragraph_bounds(body, claim.start, claim.end)
    pieces: list[str] = []
    at = claim.start
    for figure in sorted(figures, key=lambda f: f.start):
        if figure.start < at or figure.end > claim.end:
            continue  # overlapping or outside the claim: show the plain text instead
        pieces.append(conditional_escape(body[at : figure.start]))
        pieces.append(
            format_html(
                '<strong class="figure" title="{}">{}</strong>',
                figure.display_value,
                body[figure.start : figure.end],
            )
        )
        at = figure.end
    pieces.append(conditional_escape(body[at : claim.end]))
    highlighted = mark_safe("".join(pieces))  # noqa: S308 — every piece escaped above
    return format_html(
        '<div class="claim-context" dir="{}" lang="{}">{}<mark>{}</mark>{}</div>',
        direction,
        lang,
        body[para_start : claim.start],
        highlighted,
        body[claim.end : para_end],
    )


def _json_value(value: Any) -> str:
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    if value in (None, ""):
        return "—"
    return str(value)


def history_table(events: list[models.ClaimEvent]) -> SafeString:
    if not events:
        return format_html("<p>{}</p>", "No recorded changes yet.")
    rows = []
    for event in events:
        keys = list(dict.fromkeys([*event.before, *event.after]))
        changes = format_html_join(
            "",
            "<li><code>{}</code>: {} → {}</li>",
            (
                (
                    key,
                    _rtl(_json_value(event.before.get(key))),
                    _rtl(_json_value(event.after.get(key))),
                )
                for key in keys
            ),
        )
        rows.append(
            format_html(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td><ul>{}</ul></td></tr>",
                event.at.strftime("%Y-%m-%d %H:%M"),
                event.actor.get_username() if event.actor else "system",
                event.get_action_display(),
                changes,
            )
        )
    return format_html(
        '<table class="claim-history"><thead><tr><th>When</th><th>Who</th><th>What</th>'
        "<th>Before → after</th></tr></thead><tbody>{}</tbody></table>",
        mark_safe("".join(rows)),  # noqa: S308 — rows built with format_html
    )


def _service_call(request: HttpRequest, call, *args, **kwargs) -> Any:
    """Run a service; a refusal becomes an error message instead of a 500."""
    try:
        return call(*args, **kwargs)
    except services.ServiceError as exc:
        messages.error(request, str(exc))
        return None


# --------------------------------------------------------------------------- claim list


class HasFiguresFilter(admin.SimpleListFilter):
    title = "has figures"
    parameter_name = "has_figures"

    def lookups(self, request, model_admin):
        return [("yes", "With figures"), ("no", "Without figures")]

    def queryset(self, request, queryset):
        has = Exists(models.Figure.objects.filter(claim=OuterRef("pk")))
        if self.value() == "yes":
            return queryset.filter(has)
        if self.value() == "no":
            return queryset.filter(~has)
        return queryset


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "To me"), ("none", "To nobody"), ("others", "To others")]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assignee=request.user)
        if self.value() == "none":
            return queryset.filter(assignee__isnull=True)
        if self.value() == "others":
            return queryset.filter(assignee__isnull=False).exclude(assignee=request.user)
        return queryset


class SpeakerFilter(admin.RelatedOnlyFieldListFilter):
    pass


def arabic_search(queryset: QuerySet, search_term: str, lookups: list[Q]) -> QuerySet:
    """AND over the words of the query, each matched Arabic-insensitively."""
    for word in normalize_key(search_term).split():
        condition = Q()
        for lookup in lookups:
            condition |= lookup(word)
        queryset = queryset.filter(condition)
    return queryset


def _speakers_matching(word: str) -> QuerySet:
    return models.SpeakerAlias.objects.filter(key__contains=word).values("speaker_id")


# --------------------------------------------------------------------------- claim form


class EvidenceInlineForm(forms.ModelForm):
    class Meta:
        model = models.Evidence
        fields = ["source", "stance", "excerpt", "note"]
        widgets = {
            "excerpt": forms.Textarea(attrs={"rows": 2, "cols": 40, "dir": "auto"}),
            "note": forms.Textarea(attrs={"rows": 2, "cols": 30, "dir": "auto"}),
        }


class EvidenceInline(admin.TabularInline):
    model = models.Evidence
    form = EvidenceInlineForm
    extra = 0
    autocomplete_fields = ["source"]
    readonly_fields = ["added_by"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source", "added_by")


class ClaimChangeForm(forms.ModelForm):
    """Carries the version the reviewer opened, so a save over someone else's newer
    work is refused with a form error instead of silently replacing it."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = models.Claim
        fields = [
            "speaker",
            "via",
            "cue",
            "direct",
            "kind",
            "status",
            "verdict",
            "rationale",
            "internal_note",
            "assignee",
            "version",
        ]
        widgets = {
            "rationale": forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
            "internal_note": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields:
            # Publishing is the editors' separate step (the Publish button).
            self.fields["status"].choices = [
                c for c in models.ReviewStatus.choices if c[0] != models.ReviewStatus.PUBLISHED
            ]
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = (
                self.fields["assignee"]
                .queryset.filter(
                    Q(is_superuser=True)
                    | Q(groups__permissions__codename="review_claim")
                    | Q(user_permissions__codename="review_claim"),
                    is_active=True,
                )
                .distinct()
            )

    def clean(self):
        cleaned = super().clean()
        stored = (
            models.Claim.objects.filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        if stored is not None and cleaned.get("version") != stored:
            raise forms.ValidationError(
                "Someone else saved this claim after you opened it, so your changes were "
                "not saved. Open the claim again (your browser's back button keeps your "
                "text), look at their changes in the history, then apply yours.",
                code="stale",
            )
        return cleaned


class ClaimAddForm(forms.ModelForm):
    """A claim the extractor missed: offsets into the article; text comes from it."""

    class Meta:
        model = models.Claim
        fields = ["article", "start", "end", "speaker", "via", "cue", "direct", "kind"]

    def clean(self):
        cleaned = super().clean()
        article, start, end = cleaned.get("article"), cleaned.get("start"), cleaned.get("end")
        if article is not None and start is not None and end is not None:
            if not 0 <= start < end <= len(article.body):
                raise forms.ValidationError(
                    f"Offsets must satisfy 0 ≤ start < end ≤ {len(article.body)}."
                )
            self.instance.text = article.body[start:end]
        return cleaned


class ServiceSaveAdmin(admin.ModelAdmin):
    """Admin whose saves go through the services. A refusal that form validation
    could not foresee (a save that raced another one) rolls the whole save back and
    comes back as a message instead of an error page."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.ServiceError as exc:
            messages.error(request, f"Nothing was saved: {exc}")
            return HttpResponseRedirect(request.get_full_path())


@admin.register(models.Claim)
class ClaimAdmin(ServiceSaveAdmin):
    list_display = [
        "claim_text",
        "speaker_name",
        "kind",
        "status",
        "verdict",
        "figure_count",
        "assignee",
        "article_title",
    ]
    list_display_links = ["claim_text"]
    list_select_related = ["speaker", "article", "assignee"]
    list_filter = [
        "status",
        "verdict",
        "kind",
        AssignedFilter,
        HasFiguresFilter,
        "orphaned",
        ("speaker", SpeakerFilter),
        ("article", admin.RelatedOnlyFieldListFilter),
    ]
    list_per_page = 50
    search_fields = ["text_key"]  # shows the box; matching is get_search_results
    search_help_text = (
        "Claim text or speaker name; hamza, taa marbuta, alef maqsura and diacritics "
        "are ignored (احمد finds أحمد)."
    )
    actions = ["assign_to_me", "start_review", "unassign"]
    autocomplete_fields = ["speaker", "via"]
    inlines = [EvidenceInline]

    # -- list ------------------------------------------------------------------

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(figure_count=Count("figures", distinct=True))

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        queryset = arabic_search(
            queryset,
            search_term,
            [
                lambda w: Q(text_key__contains=w),
                lambda w: Q(speaker__in=_speakers_matching(w)),
                lambda w: Q(via__in=_speakers_matching(w)),
            ],
        )
        return queryset, False

    @admin.display(description="claim", ordering="text_key")
    def claim_text(self, claim: models.Claim) -> SafeString:
        text = claim.text if len(claim.text) <= 120 else claim.text[:119] + "…"
        flag = format_html(' <strong title="{}">⚠</strong>', "orphaned") if claim.orphaned else ""
        return format_html("{}{}", _rtl(text, lang=claim.article.language), flag)

    @admin.display(description="speaker", ordering="speaker__name")
    def speaker_name(self, claim: models.Claim) -> SafeString | str:
        return _rtl(claim.speaker.name) if claim.speaker else "—"

    @admin.display(description="figures", ordering="figure_count")
    def figure_count(self, claim: models.Claim) -> int:
        return claim.figure_count

    @admin.display(description="article", ordering="article__title")
    def article_title(self, claim: models.Claim) -> SafeString:
        title = claim.article.title
        return _rtl(title if len(title) <= 60 else title[:59] + "…")

    # -- bulk actions ----------------------------------------------------------

    def has_review_permission(self, request) -> bool:
        return services.user_can_review(request.user)

    @admin.action(description="Assign selected claims to me", permissions=["review"])
    def assign_to_me(self, request, queryset):
        count = _service_call(
            request,
            services.claims_assign,
            claims=queryset,
            actor=request.user,
            assignee=request.user,
        )
        if count is not None:
            messages.success(request, f"{count} claim(s) assigned to you.")

    @admin.action(description="Unassign selected claims", permissions=["review"])
    def unassign(self, request, queryset):
        count = _service_call(
            request, services.claims_assign, claims=queryset, actor=request.user, assignee=None
        )
        if count is not None:
            messages.success(request, f"{count} claim(s) unassigned.")

    @admin.action(description="Start review of selected claims", permissions=["review"])
    def start_review(self, request, queryset):
        count = _service_call(
            request, services.claims_start_review, claims=queryset, actor=request.user
        )
        if count is not None:
            messages.success(
                request,
                f"{count} claim(s) moved to “in review” (only unreviewed claims move; "
                "unassigned ones are now yours).",
            )

    # -- form ------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = ClaimChangeForm if obj is not None else ClaimAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ClaimAddForm.Meta.fields})]
        review = ["status", "verdict", "rationale", "internal_note", "assignee"]
        return [
            (
                "Claim",
                {
                    "fields": [
                        "in_context",
                        "article_link",
                        "speaker",
                        "via",
                        "cue",
                        "direct",
                        "kind",
                        "figures_list",
                    ]
                },
            ),
            (
                "Review",
                {
                    "fields": [*review, "version", "review_dates"],
                    "description": "Fact-checkers draft; an editor publishes.",
                },
            ),
            ("History", {"fields": ["history"], "classes": ["collapse"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        readonly = ["in_context", "article_link", "figures_list", "review_dates", "history"]
        if obj.status == models.ReviewStatus.PUBLISHED:
            # Frozen until an editor unpublishes (the services refuse it anyway).
            readonly += ["status", "verdict", "rationale"]
        return readonly

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is not None:
            # Context, figure list and history all read these: fetch each once.
            prefetch_related_objects([obj], "figures", "events__actor")
        return obj

    @admin.display(description="in its paragraph")
    def in_context(self, claim: models.Claim) -> SafeString:
        return claim_in_context(claim, list(claim.figures.all()))

    @admin.display(description="article")
    def article_link(self, claim: models.Claim) -> SafeString:
        url = reverse("admin:claims_article_change", args=[claim.article_id])
        return format_html('<a href="{}">{}</a>', url, _rtl(claim.article.title))

    @admin.display(description="figures")
    def figures_list(self, claim: models.Claim) -> SafeString | str:
        figures = list(claim.figures.all())
        if not figures:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} — {} {} ({})</li>",
                (
                    (_rtl(f.text), f.display_value, _rtl(f.unit), f.get_qualifier_display())
                    for f in figures
                ),
            ),
        )

    @admin.display(description="reviewed / published")
    def review_dates(self, claim: models.Claim) -> SafeString:
        def who(user, when):
            if when is None:
                return "—"
            return f"{user.get_username() if user else '?'}, {when:%Y-%m-%d %H:%M}"

        return format_html(
            "Reviewed: {}<br>Published: {}<br>Version: {}",
            who(claim.reviewer, claim.reviewed_at),
            who(claim.publisher, claim.published_at),
            claim.version,
        )

    @admin.display(description="history")
    def history(self, claim: models.Claim) -> SafeString:
        return history_table(list(claim.events.all()))

    # -- saving through the services ---------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            created = services.claim_create(
                article=form.cleaned_data["article"],
                actor=request.user,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                speaker=form.cleaned_data.get("speaker"),
                via=form.cleaned_data.get("via"),
                cue=form.cleaned_data.get("cue", ""),
                direct=form.cleaned_data.get("direct", False),
                kind=form.cleaned_data.get("kind", models.ClaimKind.STATEMENT),
            )
            obj.pk = created.pk
            obj._state.adding = False
            obj._state.db = created._state.db
            return
        data, changed = form.cleaned_data, set(form.changed_data)
        claim = models.Claim.objects.get(pk=obj.pk)
        version = data["version"]
        review = {
            name: data[name]
            for name in ("status", "verdict", "rationale", "internal_note")
            if name in changed
        }
        if review:
            services.claim_update_review(
                claim=claim, actor=request.user, expected_version=version, **review
            )
            version = claim.version
        edits = {name: data[name] for name in services.review.EDIT_FIELDS if name in changed}
        if edits:
            services.claim_edit(claim=claim, actor=request.user, expected_version=version, **edits)
        if "assignee" in changed:
            services.claim_assign(claim=claim, actor=request.user, assignee=data["assignee"])

    def save_formset(self, request, form, formset, change):
        if formset.model is not models.Evidence:
            return super().save_formset(request, form, formset, change)
        claim = models.Claim.objects.get(pk=form.instance.pk)
        # The admin's change message reads these lists, normally set by formset.save().
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline_form in formset.deleted_forms:
            if inline_form.instance.pk:
                services.evidence_remove(evidence=inline_form.instance, actor=request.user)
                formset.deleted_objects.append(inline_form.instance)
        for inline_form in formset.forms:
            if inline_form in formset.deleted_forms or not inline_form.has_changed():
                continue
            data = inline_form.cleaned_data
            if inline_form.instance.pk:
                changed = [k for k in inline_form.changed_data if k in EVIDENCE_EDITABLE]
                evidence = services.evidence_update(
                    evidence=models.Evidence.objects.get(pk=inline_form.instance.pk),
                    actor=request.user,
                    **{k: data[k] for k in changed},
                )
                formset.changed_objects.append((evidence, changed))
            else:
                evidence = services.evidence_add(
                    claim=claim,
                    actor=request.user,
                    source=data["source"],
                    stance=data["stance"],
                    excerpt=data.get("excerpt", ""),
                    note=data.get("note", ""),
                )
                formset.new_objects.append(evidence)

    # -- publishing ------------------------------------------------------------

    def get_urls(self):
        own = [
            path(
                "<int:pk>/publish/",
                self.admin_site.admin_view(self.publish_view),
                name="claims_claim_publish",
            ),
            path(
                "<int:pk>/unpublish/",
                self.admin_site.admin_view(self.unpublish_view),
                name="claims_claim_unpublish",
            ),
        ]
        return own + super().get_urls()

    def _publish_toggle(self, request, pk: int, publish: bool) -> HttpResponse:
        claim = get_object_or_404(models.Claim, pk=pk)
        if not self.has_change_permission(request, claim):
            raise DjangoPermissionDenied
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = -1
        if publish:
            done = _service_call(
                request,
                services.claim_publish,
                claim=claim,
                actor=request.user,
                expected_version=version,
            )
        else:
            done = _service_call(
                request,
                services.claim_unpublish,
                claim=claim,
                actor=request.user,
                expected_version=version,
                reason=request.POST.get("unpublish_reason", ""),
            )
        if done is not None:
            messages.success(request, "Published." if publish else "Unpublished: back to draft.")
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[pk]))

    def publish_view(self, request, pk: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return self._publish_toggle(request, pk, True)

    def unpublish_view(self, request, pk: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return self._publish_toggle(request, pk, False)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_publish"] = services.user_can_publish(request.user)
        return super().render_change_form(request, context, add, change, form_url, obj)


EVIDENCE_EDITABLE = ("source", "stance", "excerpt", "note")


# --------------------------------------------------------------------------- articles


class ClaimInline(admin.TabularInline):
    """The article's claims, read-only here: each is reviewed on its own page."""

    model = models.Claim
    fields = ["claim_link", "speaker", "kind", "status", "verdict", "orphaned"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "article")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="claim")
    def claim_link(self, claim: models.Claim) -> SafeString:
        url = reverse("admin:claims_claim_change", args=[claim.pk])
        return format_html('<a href="{}">{}</a>', url, _rtl(claim.text[:140]))


class ArticleForm(forms.ModelForm):
    outlet_name = forms.CharField(
        required=False, help_text="Outlet name (created if new); only used when adding."
    )

    class Meta:
        model = models.Article
        fields = ["title", "body", "language", "url", "outlet", "published_on", "source_name"]
        widgets = {
            "title": forms.TextInput(attrs={"dir": "auto", "size": 80}),
            "body": forms.Textarea(attrs={"dir": "auto", "rows": 20, "cols": 100}),
        }

    def clean_body(self):
        body = self.cleaned_data["body"]
        digest = services.ingest.content_hash(body)
        if models.Article.objects.filter(content_hash=digest).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("An article with exactly this text already exists.")
        return body


@admin.register(models.Article)
class ArticleAdmin(ServiceSaveAdmin):
    form = ArticleForm
    list_display = [
        "title_rtl",
        "outlet",
        "language",
        "published_on",
        "claim_count",
        "extractor_version",
        "ingested_at",
    ]
    list_select_related = ["outlet"]
    list_filter = ["language", "outlet", "extractor_version"]
    search_fields = ["title_key"]
    search_help_text = "Title; Arabic spelling variants are ignored."
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "extractor_version", "ingested_at", "updated_at"]
    inlines = [ClaimInline]
    actions = ["reextract"]

    def get_queryset(self, request):
        # Meta.ordering is not applied to GROUP BY queries; autocomplete paginates.
        return (
            super()
            .get_queryset(request)
            .annotate(claim_count=Count("claims"))
            .order_by("-published_on", "-ingested_at", "-id")
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return arabic_search(queryset, search_term, [lambda w: Q(title_key__contains=w)]), False

    def get_fields(self, request, obj=None):
        fields = ["title", "body", "language", "url", "outlet", "published_on", "source_name"]
        if obj is None:
            return [*fields[:5], "outlet_name", *fields[5:]]
        return [*fields, *self.readonly_fields]

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    @admin.display(description="title", ordering="title")
    def title_rtl(self, article: models.Article) -> SafeString:
        return _rtl(article.title, lang=article.language)

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, article: models.Article) -> int:
        return article.claim_count

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if not change:
            result = services.article_ingest(
                article_file=ArticleFile(
                    title=data["title"],
                    body=data["body"],
                    language=data["language"],
                    url=data.get("url", ""),
                    outlet=(data.get("outlet_name") or "").strip()
                    or (data["outlet"].name if data.get("outlet") else ""),
                    published_on=data.get("published_on"),
                ),
                source_name=data.get("source_name") or "admin",
            )
            obj.pk = result.article.pk
            obj._state.adding = False
            obj._state.db = result.article._state.db
            return
        body_changed = "body" in form.changed_data
        other = [name for name in form.changed_data if name != "body"]
        if other:
            stored = models.Article.objects.get(pk=obj.pk)
            for name in other:
                setattr(stored, name, data[name])
            if "title" in other:
                stored.title_key = normalize_key(stored.title)[:500]
            stored.save()
        if body_changed:
            # The claims' offsets point into the body: a new text means re-extracting
            # and re-anchoring the reviewed claims, never leaving them pointing astray.
            result = services.article_reextract(article=obj, actor=request.user, body=data["body"])
            self._report(request, result)

    def _report(self, request, result: services.ReextractResult) -> None:
        level = messages.WARNING if result.orphaned else messages.SUCCESS
        messages.add_message(
            request,
            level,
            f"Re-extracted: {result.kept} reviewed claim(s) kept in place, "
            f"{result.reanchored} re-anchored, {result.orphaned} orphaned (need a look), "
            f"{result.replaced} machine claim(s) replaced by {result.added} new.",
        )

    @admin.action(description="Re-extract claims (keeps reviewed claims)", permissions=["change"])
    def reextract(self, request, queryset):
        for article in queryset:
            result = _service_call(
                request, services.article_reextract, article=article, actor=request.user
            )
            if result is not None:
                self._report(request, result)


# --------------------------------------------------------------------------- speakers


class SpeakerAliasInline(admin.TabularInline):
    model = models.SpeakerAlias
    fields = ["surface", "key"]
    readonly_fields = ["key"]
    extra = 0


class SpeakerForm(forms.ModelForm):
    class Meta:
        model = models.Speaker
        fields = ["name", "kind", "role", "affiliation", "slug", "wikidata_id"]
        widgets = {"name": forms.TextInput(attrs={"dir": "auto", "size": 60})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["slug"].help_text = "Left empty, it is made from the name."


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=models.Speaker.objects.none(), widget=forms.RadioSelect)

    def __init__(self, *args, speakers: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = speakers


@admin.register(models.Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    form = SpeakerForm
    list_display = ["name_rtl", "kind", "role_rtl", "affiliation", "claim_count"]
    list_select_related = ["affiliation"]
    list_filter = ["kind"]
    search_fields = ["name"]
    search_help_text = "Name or any alias; Arabic spelling variants are ignored."
    autocomplete_fields = ["affiliation"]
    inlines = [SpeakerAliasInline]
    actions = ["merge"]

    def get_queryset(self, request):
        # Meta.ordering is not applied to GROUP BY queries; autocomplete paginates.
        return (
            super()
            .get_queryset(request)
            .annotate(claim_count=Count("claims"))
            .order_by("name", "id")
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return (
            arabic_search(queryset, search_term, [lambda w: Q(pk__in=_speakers_matching(w))]),
            False,
        )

    @admin.display(description="name", ordering="name")
    def name_rtl(self, speaker: models.Speaker) -> SafeString:
        return _rtl(speaker.name)

    @admin.display(description="role", ordering="role")
    def role_rtl(self, speaker: models.Speaker) -> SafeString:
        return _rtl(speaker.role)

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, speaker: models.Speaker) -> int:
        return speaker.claim_count

    def save_model(self, request, obj, form, change):
        if not obj.slug:
            obj.slug = _unique_slug(models.Speaker, obj.name)
        super().save_model(request, obj, form, change)
        if not change:
            speaker_add_aliases(speaker=obj, names=[obj.name])

    def save_formset(self, request, form, formset, change):
        if formset.model is not models.SpeakerAlias:
            return super().save_formset(request, form, formset, change)
        aliases = formset.save(commit=False)
        for alias in formset.deleted_objects:
            alias.delete()
        for alias in aliases:
            alias.key = normalize_key(alias.surface)[:300]
            if not alias.key:
                continue
            if (
                models.SpeakerAlias.objects.filter(speaker=alias.speaker, key=alias.key)
                .exclude(pk=alias.pk)
                .exists()
            ):
                messages.warning(request, f"Alias “{alias.surface}” was already known; skipped.")
                continue
            alias.save()

    @admin.action(description="Merge selected speakers into one…", permissions=["delete"])
    def merge(self, request, queryset):
        speakers = queryset.order_by("name")
        if speakers.count() < 2:
            messages.error(request, "Select at least two speakers to merge.")
            return None
        if "apply" in request.POST:
            form = MergeForm(request.POST, speakers=speakers)
            if form.is_valid():
                keep = form.cleaned_data["keep"]
                merged = [s for s in speakers if s.pk != keep.pk]
                names = ", ".join(s.name for s in merged)
                result = _service_call(
                    request, services.speaker_merge, keep=keep, merged=merged, actor=request.user
                )
                if result is not None:
                    messages.success(request, f"Merged {names} into {keep.name}.")
                return None
        else:
            form = MergeForm(speakers=speakers)
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "opts": self.model._meta,
            "speakers": speakers.annotate(n=Count("claims")).prefetch_related("aliases"),
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/claims/speaker/merge.html", context)


@admin.register(models.SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["surface", "key", "speaker"]
    list_select_related = ["speaker"]
    fields = ["speaker", "surface", "key"]
    readonly_fields = ["key"]
    autocomplete_fields = ["speaker"]
    search_fields = ["key"]

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return arabic_search(queryset, search_term, [lambda w: Q(key__contains=w)]), False

    def save_model(self, request, obj, form, change):
        obj.key = normalize_key(obj.surface)[:300]
        super().save_model(request, obj, form, change)


# --------------------------------------------------------------------------- the rest


@admin.register(models.Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "language", "url"]
    search_fields = ["name"]


@admin.register(models.Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["text", "value", "unit", "qualifier", "claim"]
    list_select_related = ["claim"]
    list_filter = ["qualifier"]
    raw_id_fields = ["claim"]


@admin.register(models.Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "kind", "published_on", "url", "evidence_count"]
    list_filter = ["kind"]
    search_fields = ["title", "url", "publisher"]
    readonly_fields = ["added_by", "created_at"]

    def get_queryset(self, request):
        # Meta.ordering is not applied to GROUP BY queries; autocomplete paginates.
        return (
            super()
            .get_queryset(request)
            .annotate(evidence_count=Count("evidence"))
            .order_by("title", "id")
        )

    @admin.display(description="cited by", ordering="evidence_count")
    def evidence_count(self, source: models.Source) -> int:
        return source.evidence_count

    def save_model(self, request, obj, form, change):
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(models.Evidence)
class EvidenceAdmin(ServiceSaveAdmin):
    """Evidence across claims; edits go through the services so they are recorded."""

    list_display = ["claim", "stance", "source", "added_by", "created_at"]
    list_select_related = ["claim", "source", "added_by"]
    list_filter = ["stance"]
    autocomplete_fields = ["source"]
    raw_id_fields = ["claim"]
    fields = ["claim", "source", "stance", "excerpt", "note", "added_by"]
    readonly_fields = ["added_by"]
    search_fields = ["source__title", "source__url"]

    def get_readonly_fields(self, request, obj=None):
        return ["claim", "added_by"] if obj is not None else ["added_by"]

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if change:
            services.evidence_update(
                evidence=models.Evidence.objects.get(pk=obj.pk),
                actor=request.user,
                **{k: data[k] for k in form.changed_data if k in EVIDENCE_EDITABLE},
            )
            return
        created = services.evidence_add(
            claim=data["claim"],
            actor=request.user,
            source=data["source"],
            stance=data["stance"],
            excerpt=data.get("excerpt", ""),
            note=data.get("note", ""),
        )
        obj.pk = created.pk
        obj._state.adding = False
        obj._state.db = created._state.db

    def delete_model(self, request, obj):
        services.evidence_remove(evidence=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for evidence in queryset:
                services.evidence_remove(evidence=evidence, actor=request.user)


@admin.register(models.ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    """The review history is append-only: written by the services, never by hand."""

    list_display = ["at", "action", "actor", "claim"]
    list_select_related = ["actor", "claim"]
    list_filter = ["action"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
