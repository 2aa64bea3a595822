"""The desk chief's admin: articles with their claims and quotes, and the editors' work on them."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from articles.access import assignable_users, display_name
from articles.models import Article, Claim, Note, Quote, Source, Speaker, Verdict
from articles.roles import Role
from articles.services.accounts import user_staff_sync
from articles.services.conflicts import EditConflict, version_check
from articles.services.workflow import item_assign, item_publish, item_restore

admin.site.site_header = _("Fact-check workbench")
admin.site.site_title = _("Fact-check workbench")
admin.site.index_title = _("Desk administration")


def short(text: str, length: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1] + "\u2026"


# Who rated and approved a verdict, and when, is written by the workflow, never typed in the admin.
VERDICT_READONLY_FIELDS = [
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
    "version",
    "approved_by",
    "approved_at",
    "return_comment",
]


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


class VersionedForm(forms.ModelForm):
    """An admin change is refused, as on the review page, when someone saved the object meanwhile."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["expected_version"].initial = self.instance.version

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.instance.pk is not None:
            # The admin's change view runs in a transaction: the lock holds until the save.
            current = type(self.instance)._base_manager.select_for_update().get(pk=self.instance.pk)
            try:
                version_check(current, cleaned.get("expected_version"), what=self.instance._meta.verbose_name)
            except EditConflict as conflict:
                raise ValidationError(
                    _("%(conflict)s Reload the page to see their change, then make yours again."),
                    params={"conflict": conflict.messages[0]},
                ) from None
            # A new version, so that an editor's form opened before this change conflicts too.
            self.instance.version = current.version + 1
        return cleaned


class HistoryAdmin(SimpleHistoryAdmin):
    """Each object's history, with what changed; old versions are shown, never restored.

    Restoring one would skip the workflow's checks and the version check.
    """

    def revert_disabled(self, request: HttpRequest, obj=None) -> bool:
        return True

    def history_form_view(self, request: HttpRequest, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied("Old versions are shown, not restored.")
        return super().history_form_view(request, object_id, version_id, extra_context)


class WorkAdmin(HistoryAdmin):
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
    form = VersionedForm
    fields = [
        "rating",
        "rationale",
        "expected_version",
        ("created_by", "created_at"),
        ("updated_by", "updated_at"),
        ("version", "approved_by", "approved_at"),
        "return_comment",
    ]
    readonly_fields = VERDICT_READONLY_FIELDS
    max_num = 1


class AssignForm(ActionForm):
    """The changelist's action bar, with the person to assign the selected items to."""

    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=get_user_model().objects.none(), required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_users()


class ItemAdmin(HistoryAdmin):
    """What claims and quotes share: the engine's output is read-only, work is done in inlines.

    The workflow's state, assignee and version change only through its services (the
    actions below, and the workbench), which check the state and the actor.
    """

    inlines = [VerdictInline, SourceInline, NoteInline]
    search_fields = ["text", "article__title", "assignee__username", "assignee__last_name"]
    form = VersionedForm
    action_form = AssignForm
    actions = ["assign", "unassign", "publish", "restore"]
    history_list_display = ["status", "assignee", "version"]
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
        "status",
        "dismissed_reason",
        "assignee",
        "assigned_at",
        "version",
    ]
    date_hierarchy = "created_at"
    review_fields = [
        ("status", "version"),
        ("assignee", "assigned_at"),
        "dismissed_reason",
        ("edited_by", "edited_at"),
        "expected_version",
    ]

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
                instance.updated_by = request.user  # its form checked and bumped the version
            instance._history_user = request.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()

    def run_step(
        self, request: HttpRequest, queryset: QuerySet, service: Callable, done: str, **kwargs
    ) -> None:
        """Take one workflow step on each selected item; report how many took it and why others did not."""
        taken = 0
        for item in queryset.select_related("assignee"):
            try:
                service(item=item, user=request.user, **kwargs)
                taken += 1
            except (PermissionDenied, ValidationError) as error:
                reason = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                self.message_user(request, f"{item}: {reason}", messages.WARNING)
        if taken:
            self.message_user(request, done % {"n": taken}, messages.SUCCESS)

    @admin.action(description=_("Assign selected items to the person chosen above"), permissions=["change"])
    def assign(self, request: HttpRequest, queryset: QuerySet) -> None:
        # The admin checked the action form already, without this field's choices: check it here.
        try:
            assignee = AssignForm().fields["assignee"].clean(request.POST.get("assignee"))
        except ValidationError:
            assignee = None
        if assignee is None:
            self.message_user(request, _("Choose whom to assign them to."), messages.ERROR)
            return
        done = _("%%(n)s assigned to %s.") % display_name(assignee)
        self.run_step(request, queryset, item_assign, done, assignee=assignee)

    @admin.action(description=_("Unassign selected items"), permissions=["change"])
    def unassign(self, request: HttpRequest, queryset: QuerySet) -> None:
        self.run_step(request, queryset, item_assign, _("%(n)s unassigned."), assignee=None)

    @admin.action(description=_("Publish selected approved items"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self.run_step(request, queryset, item_publish, _("%(n)s published."))

    @admin.action(description=_("Restore selected dismissed items"), permissions=["change"])
    def restore(self, request: HttpRequest, queryset: QuerySet) -> None:
        self.run_step(request, queryset, item_restore, _("%(n)s restored."))


@admin.register(Claim)
class ClaimAdmin(ItemAdmin):
    list_display = ["short_text", "article", "score", "status", "assignee", "rating", "version", "edited_at"]
    list_filter = [
        "status",
        ("assignee", admin.RelatedOnlyFieldListFilter),
        HedgeFilter,
        "verdict__rating",
        "article__outlet",
    ]
    list_select_related = ["article", "verdict", "edited_by", "assignee"]
    readonly_fields = [*ItemAdmin.readonly_fields, "reasons"]
    fieldsets = [
        (
            None,
            {"fields": ["article", "text", ("start", "end"), ("score", "hedge"), "quantities", "reasons"]},
        ),
        (_("Review"), {"fields": ItemAdmin.review_fields}),
        (
            _("As extracted"),
            {"fields": ["extracted_text", ("extracted_start", "extracted_end"), "created_at"]},
        ),
    ]


@admin.register(Quote)
class QuoteAdmin(ItemAdmin):
    list_display = ["short_text", "kind", "speaker", "article", "status", "assignee", "rating", "version"]
    list_filter = [
        "status",
        ("assignee", admin.RelatedOnlyFieldListFilter),
        "kind",
        "verdict__rating",
        "speaker__anonymous",
        "article__outlet",
    ]
    list_select_related = ["article", "speaker", "verdict", "edited_by", "assignee"]
    search_fields = [*ItemAdmin.search_fields, "speaker__name", "via", "cue"]
    autocomplete_fields = ["speaker"]
    readonly_fields = [*ItemAdmin.readonly_fields, "extracted_kind", "extracted_speaker_name"]
    fieldsets = [
        (None, {"fields": ["article", "text", ("start", "end"), "kind", ("speaker", "cue", "via")]}),
        (_("Speaker as written"), {"fields": ["speaker_mention", ("mention_start", "mention_end")]}),
        (_("Review"), {"fields": ItemAdmin.review_fields}),
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
    """Claims and quotes on their article's page, read-only: each opens its own page to be changed."""

    show_change_link = True
    extra = 0
    can_delete = False
    ordering = ["start"]

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        # They come from the engine: their spans must point into the body.
        return False


class ClaimInline(ExtractedItemInline):
    model = Claim
    fields = ["text", "score", "hedge", "status", "assignee"]
    readonly_fields = fields


class QuoteInline(ExtractedItemInline):
    model = Quote
    fields = ["text", "kind", "speaker", "status", "assignee"]
    readonly_fields = fields


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
    form = VersionedForm
    list_display = [
        "rating",
        "item_display",
        "updated_by",
        "updated_at",
        "version",
        "approved_by",
        "approved_at",
    ]
    list_filter = ["rating", ("approved_by", admin.EmptyFieldListFilter), "updated_at"]
    search_fields = ["rationale", "return_comment", "claim__text", "quote__text"]
    list_select_related = [*WorkAdmin.list_select_related, "updated_by", "approved_by"]
    readonly_fields = VERDICT_READONLY_FIELDS
    date_hierarchy = "updated_at"
    history_list_display = ["rating", "version", "approved_by"]

    def save_model(self, request: HttpRequest, obj: Verdict, form, change: bool) -> None:
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)


User = get_user_model()
admin.site.unregister(User)


def _above(request: HttpRequest, user) -> bool:
    """Whether `user` is a superuser and the one asking is not: their account is not theirs to change."""
    return user is not None and user.is_superuser and not request.user.is_superuser


@admin.register(User)
class DeskUserAdmin(UserAdmin):
    """Django's user admin, where the chief gives people their desk role (a group).

    Staff status follows the chief role, so it is shown, not edited; only a
    superuser makes or changes superusers.
    """

    list_display = ["username", "first_name", "last_name", "email", "desk_role", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_superuser"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("desk role"))
    def desk_role(self, obj) -> str:
        names = {group.name for group in obj.groups.all()}
        held = [
            role for role in Role if role.group_name in names or (obj.is_superuser and role == Role.CHIEF)
        ]
        return max(held).group_name if held else "\u2013"

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> list[str]:
        fields = [*super().get_readonly_fields(request, obj), "is_staff"]
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions"]
        return fields

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return not _above(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return not _above(request, obj) and super().has_delete_permission(request, obj)

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        user_staff_sync(user=form.instance)
