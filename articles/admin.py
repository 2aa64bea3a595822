"""The desk chief's admin: articles with their claims and quotes, and the editors' work on them."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Claim, Note, Quote, Source, Speaker, Verdict

admin.site.site_header = _("Fact-check workbench")
admin.site.site_title = _("Fact-check workbench")
admin.site.index_title = _("Desk administration")


def short(text: str, length: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1] + "\u2026"


class HedgeFilter(admin.SimpleListFilter):
    title = _("hedged")
    parameter_name = "hedged"

    def lookups(self, request, model_admin):
        return [("yes", _("Hedged")), ("no", _("Not hedged"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(hedge="")
        if self.value() == "no":
            return queryset.filter(hedge="")
        return queryset


class WorkAdmin(admin.ModelAdmin):
    """Notes, sources and verdicts: who wrote them is recorded, never typed in."""

    list_select_related = ["claim__article", "quote__article", "created_by"]
    autocomplete_fields = ["claim", "quote"]
    readonly_fields = ["created_by", "created_at"]
    date_hierarchy = "created_at"

    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        if not change or obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("item"))
    def item_display(self, obj) -> str:
        item = obj.claim or obj.quote
        return f"{item._meta.verbose_name}: {short(item.text, 60)}" if item else "\u2013"


class ItemWorkInline(admin.StackedInline):
    extra = 0
    readonly_fields = ["created_by", "created_at"]


class NoteInline(ItemWorkInline):
    model = Note
    fields = ["text", "created_by", "created_at"]


class SourceInline(ItemWorkInline):
    model = Source
    fields = [("url", "title"), ("publisher", "stance", "is_primary"), ("created_by", "created_at")]


class VerdictInline(ItemWorkInline):
    model = Verdict
    fields = ["rating", "rationale", ("created_by", "created_at"), ("updated_by", "updated_at")]
    readonly_fields = ["created_by", "created_at", "updated_by", "updated_at"]
    max_num = 1


class ItemAdmin(admin.ModelAdmin):
    """What claims and quotes share: the engine's output is read-only, work is done in inlines."""

    inlines = [VerdictInline, SourceInline, NoteInline]
    search_fields = ["text", "article__title"]
    # The span must point into the body: it is corrected in the workbench (claim_correct,
    # quote_correct check it), not typed in here.
    readonly_fields = [
        "article",
        "text",
        "start",
        "end",
        "extracted_text",
        "extracted_start",
        "extracted_end",
        "edited_by",
        "edited_at",
        "created_at",
    ]
    date_hierarchy = "created_at"

    @admin.display(description=_("text"))
    def short_text(self, obj: Claim | Quote) -> str:
        return short(obj.text)

    @admin.display(description=_("rating"), ordering="verdict__rating")
    def rating(self, obj: Claim | Quote) -> str:
        verdict = getattr(obj, "verdict", None)
        return verdict.get_rating_display() if verdict else "\u2013"

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Claims and quotes come from the engine, with spans into the article body.
        return False

    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        if change and form.changed_data:
            obj.edited_by = request.user
            obj.edited_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        # Notes, sources and verdicts added or changed here are the chief's work.
        for instance in formset.save(commit=False):
            if getattr(instance, "created_by_id", None) is None:
                instance.created_by = request.user
            if isinstance(instance, Verdict):
                instance.updated_by = request.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


@admin.register(Claim)
class ClaimAdmin(ItemAdmin):
    list_display = ["short_text", "article", "score", "hedge", "status", "rating", "edited_by", "edited_at"]
    list_filter = ["status", HedgeFilter, "verdict__rating", "article__outlet"]
    list_select_related = ["article", "verdict", "edited_by"]
    readonly_fields = [*ItemAdmin.readonly_fields, "reasons"]
    fieldsets = [
        (
            None,
            {"fields": ["article", "text", ("start", "end"), ("score", "hedge"), "quantities", "reasons"]},
        ),
        (_("Review"), {"fields": ["status", "dismissed_reason", ("edited_by", "edited_at")]}),
        (
            _("As extracted"),
            {"fields": ["extracted_text", ("extracted_start", "extracted_end"), "created_at"]},
        ),
    ]


@admin.register(Quote)
class QuoteAdmin(ItemAdmin):
    list_display = ["short_text", "kind", "speaker", "cue", "via", "article", "status", "rating", "edited_at"]
    list_filter = ["status", "kind", "verdict__rating", "speaker__anonymous", "article__outlet"]
    list_select_related = ["article", "speaker", "verdict", "edited_by"]
    search_fields = [*ItemAdmin.search_fields, "speaker__name", "via", "cue"]
    autocomplete_fields = ["speaker"]
    readonly_fields = [*ItemAdmin.readonly_fields, "extracted_kind", "extracted_speaker_name"]
    fieldsets = [
        (None, {"fields": ["article", "text", ("start", "end"), "kind", ("speaker", "cue", "via")]}),
        (_("Speaker as written"), {"fields": ["speaker_mention", ("mention_start", "mention_end")]}),
        (_("Review"), {"fields": ["status", "dismissed_reason", ("edited_by", "edited_at")]}),
        (
            _("As extracted"),
            {
                "fields": [
                    "extracted_text",
                    ("extracted_start", "extracted_end"),
                    ("extracted_kind", "extracted_speaker_name"),
                    "created_at",
                ]
            },
        ),
    ]


class ExtractedItemInline(admin.TabularInline):
    """Claims and quotes on their article's page: editable status, never added by hand."""

    show_change_link = True
    extra = 0
    can_delete = False
    ordering = ["start"]

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        # They come from the engine: their spans must point into the body.
        return False


class ClaimInline(ExtractedItemInline):
    model = Claim
    fields = ["text", "score", "hedge", "status"]
    readonly_fields = ["text", "score", "hedge"]


class QuoteInline(ExtractedItemInline):
    model = Quote
    fields = ["text", "kind", "speaker", "status"]
    readonly_fields = ["text"]
    autocomplete_fields = ["speaker"]


def _count_of(model: type[Claim] | type[Quote]) -> Coalesce:
    counts = model.objects.filter(article=OuterRef("pk")).order_by().values("article")
    return Coalesce(Subquery(counts.annotate(n=Count("pk")).values("n")), 0)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "section", "published", "claim_count", "quote_count", "created_at"]
    list_filter = ["outlet", "section", "input_mode", "created_at"]
    search_fields = ["title", "body", "outlet"]
    date_hierarchy = "created_at"
    list_select_related = ["ingested_by"]
    readonly_fields = ["raw_input", "content_hash", "created_at", "ingested_by", "input_mode", "source_name"]
    inlines = [ClaimInline, QuoteInline]
    fieldsets = [
        (None, {"fields": ["title", "subtitle", ("outlet", "section"), "authors", "author_email"]}),
        (_("Dates"), {"fields": [("published", "updated", "utc_offset_minutes")]}),
        (_("Text"), {"fields": ["body", "captions"]}),
        (
            _("Ingest"),
            {
                "classes": ["collapse"],
                "fields": [
                    ("source_url", "source_name"),
                    ("input_mode", "ingested_by", "created_at"),
                    "content_hash",
                    "raw_input",
                ],
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        # Subqueries rather than two joined Counts: joining claims and quotes multiplies their rows.
        return super().get_queryset(request).annotate(n_claims=_count_of(Claim), n_quotes=_count_of(Quote))

    @admin.display(description=_("claims"), ordering="n_claims")
    def claim_count(self, obj: Article) -> int:
        return obj.n_claims

    @admin.display(description=_("quotes"), ordering="n_quotes")
    def quote_count(self, obj: Article) -> int:
        return obj.n_quotes

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Articles come in through the ingest service, which extracts their claims and quotes.
        return False


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "description", "kind", "anonymous", "quote_count"]
    list_filter = ["kind", "anonymous"]
    search_fields = ["name", "description"]
    readonly_fields = ["created_at"]
    # Meta.ordering is dropped from GROUP BY queries, such as the quote count's.
    ordering = ["name", "id"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Speaker]:
        return super().get_queryset(request).annotate(n_quotes=Count("quotes"))

    @admin.display(description=_("quotes"), ordering="n_quotes")
    def quote_count(self, obj: Speaker) -> int:
        return obj.n_quotes


@admin.register(Note)
class NoteAdmin(WorkAdmin):
    list_display = ["short_text", "item_display", "created_by", "created_at"]
    search_fields = ["text", "claim__text", "quote__text"]
    list_filter = ["created_at"]

    @admin.display(description=_("note"))
    def short_text(self, obj: Note) -> str:
        return short(obj.text)


@admin.register(Source)
class SourceAdmin(WorkAdmin):
    list_display = ["title", "publisher", "stance", "is_primary", "item_display", "created_by", "created_at"]
    list_filter = ["stance", "is_primary", "created_at"]
    search_fields = ["title", "url", "publisher", "claim__text", "quote__text"]


@admin.register(Verdict)
class VerdictAdmin(WorkAdmin):
    list_display = ["rating", "item_display", "created_by", "updated_by", "updated_at"]
    list_filter = ["rating", "updated_at"]
    search_fields = ["rationale", "claim__text", "quote__text"]
    list_select_related = [*WorkAdmin.list_select_related, "updated_by"]
    readonly_fields = ["created_by", "created_at", "updated_by", "updated_at"]
    date_hierarchy = "updated_at"

    def save_model(self, request: HttpRequest, obj: Verdict, form, change: bool) -> None:
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
