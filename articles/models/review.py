from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .items import Claim, Quote


class Rating(models.TextChoices):
    TRUE = "true", _("True")
    MOSTLY_TRUE = "mostly_true", _("Mostly true")
    HALF_TRUE = "half_true", _("Half true")
    MISLEADING = "misleading", _("Misleading")
    MOSTLY_FALSE = "mostly_false", _("Mostly false")
    FALSE = "false", _("False")
    UNPROVEN = "unproven", _("Unproven")
    NOT_CHECKABLE = "not_checkable", _("Not checkable")


class SourceStance(models.TextChoices):
    SUPPORTS = "supports", _("Supports")
    REFUTES = "refutes", _("Refutes")
    CONTEXT = "context", _("Context only")


class ItemWork(models.Model):
    """Editor work attached to exactly one claim or one quote, with who did it and when."""

    # "%(class)ss" gives claim.notes and claim.sources; Verdict overrides both with one-to-ones.
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="%(class)ss",
    )
    quote = models.ForeignKey(
        Quote,
        verbose_name=_("quote"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="%(class)ss",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "id"]

    def get_absolute_url(self) -> str:
        return self.item.get_absolute_url()

    @property
    def item(self) -> Claim | Quote:
        return self.claim or self.quote


def one_item_constraint(prefix: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=(Q(claim__isnull=False) & Q(quote__isnull=True))
        | (Q(claim__isnull=True) & Q(quote__isnull=False)),
        name=f"{prefix}_on_exactly_one_item",
    )


class Note(ItemWork):
    text = models.TextField(_("note"))

    class Meta(ItemWork.Meta):
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        constraints = [one_item_constraint("note")]

    def __str__(self) -> str:
        return self.text[:80]


class Source(ItemWork):
    """Evidence for or against a claim or quote."""

    url = models.URLField(_("URL"), max_length=2000)
    title = models.CharField(_("title"), max_length=500)
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    stance = models.CharField(_("stance"), max_length=10, choices=SourceStance.choices)
    is_primary = models.BooleanField(
        _("primary source"), default=False, help_text=_("The original record, not a report about it.")
    )

    class Meta(ItemWork.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            one_item_constraint("source"),
            models.CheckConstraint(condition=Q(stance__in=SourceStance.values), name="source_stance_valid"),
        ]

    def __str__(self) -> str:
        return self.title


class Verdict(ItemWork):
    """The rating of a claim or quote, with its rationale. One per item, updated in place."""

    claim = models.OneToOneField(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="verdict",
    )
    quote = models.OneToOneField(
        Quote,
        verbose_name=_("quote"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="verdict",
    )
    rating = models.CharField(_("rating"), max_length=20, choices=Rating.choices)
    rationale = models.TextField(_("rationale"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("last rated by"), on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(_("last rated at"), auto_now=True)
    # Bumped by every save through a service; forms carry it so that a stale save is refused.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    return_comment = models.TextField(
        _("return comment"), blank=True, help_text=_("Why the verdict was sent back to its author.")
    )

    class Meta(ItemWork.Meta):
        verbose_name = _("verdict")
        verbose_name_plural = _("verdicts")
        constraints = [
            one_item_constraint("verdict"),
            models.CheckConstraint(condition=Q(rating__in=Rating.values), name="verdict_rating_valid"),
        ]

    def __str__(self) -> str:
        return self.get_rating_display()
