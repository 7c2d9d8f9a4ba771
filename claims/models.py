"""The domain: articles, the speakers quoted in them, their claims and the review of
each claim (verdict, evidence, history).

Invariants live in database constraints where the database can check them, so that
no code path (admin, API, command, shell) can store a claim outside its article's
text or publish a verdict that does not exist.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.urls import reverse


class Language(models.TextChoices):
    ARABIC = "ar", "Arabic"
    ENGLISH = "en", "English"


RTL_LANGUAGES = frozenset({Language.ARABIC})


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    url = models.URLField(blank=True)
    language = models.CharField(max_length=8, choices=Language.choices, default=Language.ARABIC)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    title = models.CharField(max_length=500)
    title_key = models.CharField(max_length=500, editable=False, db_index=True)
    # The article text exactly as ingested (after dropping masthead boilerplate);
    # every claim offset points into this string.
    body = models.TextField()
    language = models.CharField(max_length=8, choices=Language.choices, default=Language.ARABIC)
    url = models.URLField(max_length=1000, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    published_on = models.DateField(null=True, blank=True)
    content_hash = models.CharField(
        max_length=64, unique=True, editable=False, help_text="SHA-256 of the body"
    )
    source_name = models.CharField(max_length=300, blank=True, help_text="File it came from")
    extractor_version = models.CharField(max_length=40, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "-ingested_at", "-id"]
        indexes = [models.Index(fields=["-published_on", "-ingested_at"])]
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
            models.CheckConstraint(
                condition=Q(language__in=Language.values), name="article_language_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("claims:article", args=[self.pk])

    @property
    def is_rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    @property
    def direction(self) -> str:
        return "rtl" if self.is_rtl else "ltr"


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organization"


class Speaker(models.Model):
    name = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=SpeakerKind.choices)
    role = models.CharField(max_length=500, blank=True, help_text="Role or title as written")
    affiliation = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        limit_choices_to={"kind": SpeakerKind.ORGANIZATION},
        help_text="The organisation the speaker speaks for",
    )
    slug = models.SlugField(max_length=320, unique=True, allow_unicode=True)
    wikidata_id = models.CharField(max_length=20, blank=True, verbose_name="Wikidata id")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=SpeakerKind.values), name="speaker_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"),
                name="speaker_wikidata_id_format",
            ),
            models.CheckConstraint(
                condition=~Q(affiliation=F("pk")), name="speaker_not_own_affiliation"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("claims:speaker", args=[self.slug])


class SpeakerAlias(models.Model):
    """A surface form under which a speaker appeared, with its matching key."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    surface = models.CharField(max_length=300)
    key = models.CharField(max_length=300, db_index=True, help_text="normalize_key(surface)")

    class Meta:
        ordering = ["speaker", "surface"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(fields=["speaker", "key"], name="speaker_alias_key_unique"),
            models.CheckConstraint(condition=~Q(key=""), name="speaker_alias_key_not_empty"),
        ]

    def __str__(self) -> str:
        return self.surface


class ClaimKind(models.TextChoices):
    STATEMENT = "statement", "Statement"
    FIGURE = "figure", "Figure"
    POSITION = "position", "Position"
    CALL = "call", "Call"
    DENIAL = "denial", "Denial"


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_REVIEW = "in_review", "In review"
    DRAFTED = "drafted", "Verdict drafted"
    PUBLISHED = "published", "Published"


class Verdict(models.TextChoices):
    """The documented scale. Ratings follow ClaimReview: 5 best, 1 worst; an
    unverifiable claim has no position on the scale."""

    ACCURATE = "accurate", "Accurate"
    MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
    MISLEADING = "misleading", "Misleading"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


VERDICT_RATINGS: dict[str, int] = {
    Verdict.ACCURATE: 5,
    Verdict.MOSTLY_ACCURATE: 4,
    Verdict.MISLEADING: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.FALSE: 1,
}
BEST_RATING, WORST_RATING = 5, 1


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the body")
    end = models.PositiveIntegerField(help_text="Offset after the last character")
    text = models.TextField(help_text="Exactly article.body[start:end]")
    text_key = models.TextField(editable=False, help_text="normalize_key(text), for search")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    via = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relayed_claims",
        help_text="Intermediary that relayed the claim (e.g. a news agency)",
    )
    cue = models.CharField(max_length=100, blank=True, help_text="Reporting cue as written")
    direct = models.BooleanField(default=False, help_text="Direct quotation")
    kind = models.CharField(max_length=20, choices=ClaimKind.choices, default=ClaimKind.STATEMENT)
    extractor_version = models.CharField(
        max_length=40, blank=True, help_text="Blank for a claim added by hand"
    )
    # Set when re-extraction could not find the claim's text in the article any more.
    orphaned = models.BooleanField(default=False)

    status = models.CharField(
        max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED
    )
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True)
    rationale = models.TextField(blank=True, help_text="Written for readers")
    internal_note = models.TextField(blank=True, help_text="For reviewers only; never public")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_claims",
    )
    publisher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="published_claims",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Optimistic concurrency: every reviewed change bumps it; a write carrying an
    # older version is refused instead of overwriting another reviewer's work.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "start", "id"]
        # Fact-checkers hold review_claim, Editors both (groups made by migration 0003).
        permissions = [
            ("review_claim", "Can draft verdicts and manage evidence"),
            ("publish_claim", "Can publish and unpublish verdicts"),
        ]
        indexes = [
            models.Index(fields=["status", "verdict"]),
            models.Index(fields=["-published_at"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_start_before_end"),
            # Together with the service's check against the body, this keeps a claim's
            # text and offsets from drifting apart.
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("text")), name="claim_text_matches_offsets"
            ),
            models.CheckConstraint(condition=Q(kind__in=ClaimKind.values), name="claim_kind_valid"),
            models.CheckConstraint(
                condition=Q(status__in=ReviewStatus.values), name="claim_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=Verdict.values), name="claim_verdict_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=ReviewStatus.PUBLISHED)
                | (~Q(verdict="") & Q(published_at__isnull=False)),
                name="claim_published_has_verdict",
            ),
            models.CheckConstraint(
                condition=Q(via__isnull=True) | ~Q(via=F("speaker")),
                name="claim_via_differs_from_speaker",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("claims:claim", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED

    @property
    def rating(self) -> int | None:
        return VERDICT_RATINGS.get(self.verdict)


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exact"
    ABOUT = "about", "About"
    UP_TO = "up_to", "Up to"
    AT_LEAST = "at_least", "At least"
    MORE_THAN = "more_than", "More than"
    LESS_THAN = "less_than", "Less than"
    DOZENS = "dozens", "Dozens"
    HUNDREDS = "hundreds", "Hundreds"
    THOUSANDS = "thousands", "Thousands"


VAGUE_QUALIFIERS = (Qualifier.DOZENS, Qualifier.HUNDREDS, Qualifier.THOUSANDS)


class Figure(models.Model):
    """A number stated in a claim. Offsets point into the article body."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="figures")
    value = models.DecimalField(
        max_digits=24, decimal_places=4, null=True, blank=True, help_text="Empty for vague amounts"
    )
    unit = models.CharField(max_length=200, blank=True, help_text="The counted noun, as written")
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=300, blank=True, help_text="The figure as written")

    class Meta:
        ordering = ["claim", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="figure_start_before_end"),
            models.CheckConstraint(
                condition=Q(qualifier__in=Qualifier.values), name="figure_qualifier_valid"
            ),
            models.CheckConstraint(
                condition=(Q(qualifier__in=VAGUE_QUALIFIERS) & Q(value__isnull=True))
                | (~Q(qualifier__in=VAGUE_QUALIFIERS) & Q(value__isnull=False)),
                name="figure_value_iff_not_vague",
            ),
        ]

    def __str__(self) -> str:
        return self.text or f"{self.value} {self.unit}"

    @property
    def display_value(self) -> str:
        if self.value is None:
            return self.get_qualifier_display()
        normalized = self.value.normalize()
        return (
            f"{normalized:f}" if normalized != normalized.to_integral() else f"{int(normalized):,}"
        )


class SourceKind(models.TextChoices):
    OFFICIAL_STATEMENT = "official_statement", "Official statement"
    NEWS_REPORT = "news_report", "News report"
    DOCUMENT = "document", "Document"
    DATASET = "dataset", "Dataset"
    IMAGERY = "imagery", "Imagery"
    INTERVIEW = "interview", "Interview"
    OTHER = "other", "Other"


class Source(models.Model):
    url = models.URLField(max_length=1000, unique=True)
    title = models.CharField(max_length=500)
    publisher = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True)
    archive_url = models.URLField(max_length=1000, blank=True, verbose_name="archived copy URL")
    kind = models.CharField(max_length=30, choices=SourceKind.choices, default=SourceKind.OTHER)
    created_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=SourceKind.values), name="source_kind_valid"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=20, choices=Stance.choices)
    excerpt = models.TextField(blank=True, help_text="Quoted from the source")
    note = models.TextField(
        blank=True,
        help_text="Shown to readers with the source once the verdict is published",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim", "stance", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source"], name="evidence_source_once_per_claim"
            ),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="evidence_stance_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.source}"


class ClaimEvent(models.Model):
    """One recorded change to a claim's review: who, when, what before and after."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        STATUS = "status", "Status changed"
        REVIEW = "review", "Review edited"
        ASSIGNED = "assigned", "Assigned"
        EVIDENCE_ADDED = "evidence_added", "Evidence added"
        EVIDENCE_CHANGED = "evidence_changed", "Evidence changed"
        EVIDENCE_REMOVED = "evidence_removed", "Evidence removed"
        PUBLISHED = "published", "Published"
        UNPUBLISHED = "unpublished", "Unpublished"
        REANCHORED = "reanchored", "Re-anchored"
        ORPHANED = "orphaned", "Orphaned"
        SPEAKER_MERGED = "speaker_merged", "Speaker merged"
        EDITED = "edited", "Edited"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=30, choices=Action.choices)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor or 'system'}"


__all__ = [
    "BEST_RATING",
    "WORST_RATING",
    "Article",
    "Claim",
    "ClaimEvent",
    "ClaimKind",
    "Evidence",
    "Figure",
    "Language",
    "Outlet",
    "Qualifier",
    "ReviewStatus",
    "Source",
    "SourceKind",
    "Speaker",
    "SpeakerAlias",
    "SpeakerKind",
    "Stance",
    "Verdict",
]
