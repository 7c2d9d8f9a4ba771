from django.contrib import admin

from claims import models


class FigureInline(admin.TabularInline):
    model = models.Figure
    extra = 0


@admin.register(models.Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "kind", "status", "verdict", "article"]
    list_select_related = ["speaker", "article"]
    list_filter = ["status", "verdict", "kind"]
    raw_id_fields = ["article", "speaker", "via"]
    inlines = [FigureInline]

    @admin.display(description="claim")
    def short_text(self, claim: models.Claim) -> str:
        return claim.text[:80]


class SpeakerAliasInline(admin.TabularInline):
    model = models.SpeakerAlias
    extra = 0


@admin.register(models.Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "affiliation"]
    list_select_related = ["affiliation"]
    inlines = [SpeakerAliasInline]


@admin.register(models.Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "language", "outlet", "published_on", "ingested_at"]
    list_select_related = ["outlet"]


admin.site.register(models.Outlet)
admin.site.register(models.SpeakerAlias)
admin.site.register(models.Figure)
admin.site.register(models.Source)
admin.site.register(models.Evidence)
admin.site.register(models.ClaimEvent)
