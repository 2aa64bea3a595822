from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .article import Article
from .people import Speaker


class ItemStatus(models.TextChoices):
    """Where a claim or quote is in the desk's workflow; `services.workflow` holds the steps."""

    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    IN_REVIEW = "in_review", _("In review")
    PROPOSED = "proposed", _("Verdict proposed")
    RETURNED = "returned", _("Returned")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")
    DISMISSED = "dismissed", _("Dismissed")


class QuoteKind(models.TextChoices):
    DIRECT = "direct", _("Direct")
    INDIRECT = "indirect", _("Indirect")
    MIXED = "mixed", _("Mixed")


class ReviewItem(models.Model):
    """What claims and quotes share: a span of the article body, as extracted and as corrected."""

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE)
    text = models.TextField(_("text"))
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    # The engine's output, kept beside the editor's corrections above.
    extracted_text = models.TextField(_("extracted text"), editable=False)
    extracted_start = models.PositiveIntegerField(_("extracted start"), editable=False)
    extracted_end = models.PositiveIntegerField(_("extracted end"), editable=False)

    status = models.CharField(_("status"), max_length=20, choices=ItemStatus.choices, default=ItemStatus.NEW)
    dismissed_reason = models.CharField(_("dismissal reason"), max_length=500, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_%(class)ss",
    )
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)
    # Bumped by every save through a service; forms carry it so that a stale save is refused.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    edited_at = models.DateTimeField(_("last edited at"), null=True, blank=True)
    created_at = models.DateTimeField(_("extracted at"), auto_now_add=True)

    history = HistoricalRecords(inherit=True, excluded_fields=["extracted_text"])

    class Meta:
        abstract = True
        ordering = ["article", "start", "id"]

    def __str__(self) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= 80 else text[:79] + "\u2026"

    def get_absolute_url(self) -> str:
        return reverse("articles:review", args=[self.article_id]) + f"?selected={self.dom_id}#{self.dom_id}"

    @property
    def dom_id(self) -> str:
        return f"{self._meta.model_name}-{self.pk}"

    @property
    def is_corrected(self) -> bool:
        return (self.text, self.start, self.end) != (
            self.extracted_text,
            self.extracted_start,
            self.extracted_end,
        )


def span_constraints(prefix: str) -> list[models.BaseConstraint]:
    return [
        models.CheckConstraint(condition=Q(status__in=ItemStatus.values), name=f"{prefix}_status_valid"),
        models.CheckConstraint(condition=Q(start__lt=F("end")), name=f"{prefix}_span_not_empty"),
        models.CheckConstraint(
            condition=Q(extracted_start__lt=F("extracted_end")), name=f"{prefix}_extracted_span_not_empty"
        ),
    ]


class Claim(ReviewItem):
    """A checkable sentence of the article, scored for check-worthiness."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="claims"
    )
    score = models.FloatField(_("check-worthiness"), help_text=_("0 to 1; 0.5 is a coin flip."))
    hedge = models.CharField(_("hedge"), max_length=100, blank=True)
    quantities = models.JSONField(_("quantities"), default=list, blank=True)
    reasons = models.JSONField(_("score reasons"), default=list, blank=True)

    class Meta(ReviewItem.Meta):
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        constraints = [
            *span_constraints("claim"),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="claim_score_in_unit_range"
            ),
            models.UniqueConstraint(
                fields=["article", "extracted_start", "extracted_end"], name="claim_unique_span"
            ),
        ]
        indexes = [
            models.Index(fields=["article", "status", "-score"]),
            models.Index(fields=["assignee", "status"], name="claim_assignee_status"),
        ]


class Quote(ReviewItem):
    """Words attributed to a speaker: direct, indirect or mixed, with its cue and intermediary."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="quotes"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=QuoteKind.choices)
    cue = models.CharField(_("cue"), max_length=200, blank=True)
    via = models.CharField(
        _("via"), max_length=300, blank=True, help_text=_("The outlet that carried the quote.")
    )
    speaker = models.ForeignKey(
        Speaker,
        verbose_name=_("speaker"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="quotes",
    )
    speaker_mention = models.CharField(_("speaker as written"), max_length=300, blank=True)
    mention_start = models.PositiveIntegerField(_("mention start"), null=True, blank=True)
    mention_end = models.PositiveIntegerField(_("mention end"), null=True, blank=True)
    extracted_kind = models.CharField(
        _("extracted kind"), max_length=10, choices=QuoteKind.choices, editable=False
    )
    extracted_speaker_name = models.CharField(
        _("extracted speaker"), max_length=300, blank=True, editable=False
    )

    class Meta(ReviewItem.Meta):
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            *span_constraints("quote"),
            models.CheckConstraint(condition=Q(kind__in=QuoteKind.values), name="quote_kind_valid"),
            models.UniqueConstraint(
                fields=["article", "extracted_start", "extracted_end"], name="quote_unique_span"
            ),
        ]
        indexes = [models.Index(fields=["assignee", "status"], name="quote_assignee_status")]
