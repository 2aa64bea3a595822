from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.extraction import PARAGRAPH_SEPARATOR


class InputMode(models.TextChoices):
    PAGE = "page", _("Page scraped to text")
    HTML = "html", _("HTML page")
    TEXT = "text", _("Clean article text")


class Article(models.Model):
    """A news article as ingested: its parts, its body, and the raw input it came from."""

    title = models.CharField(_("title"), max_length=500)
    subtitle = models.CharField(_("subtitle"), max_length=1000, blank=True)
    section = models.CharField(_("section"), max_length=200, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    authors = models.JSONField(_("authors"), default=list, blank=True)
    author_email = models.EmailField(_("author e-mail"), blank=True)
    published = models.DateTimeField(_("published"), null=True, blank=True)
    updated = models.DateTimeField(_("updated"), null=True, blank=True)
    # The database keeps datetimes in UTC; this keeps the article's own offset
    # (+540 for Seoul) so that "16:47 +09:00" can be shown as the page showed it.
    utc_offset_minutes = models.SmallIntegerField(
        _("UTC offset (minutes)"),
        null=True,
        blank=True,
        help_text=_("The offset of the published/updated times as the article gave them."),
    )
    body = models.TextField(_("body"), help_text=_("Paragraphs separated by one blank line."))
    captions = models.JSONField(_("photo captions"), default=list, blank=True)

    source_url = models.URLField(_("source URL"), max_length=2000, blank=True)
    source_name = models.CharField(_("source file"), max_length=500, blank=True)
    input_mode = models.CharField(_("input mode"), max_length=10, choices=InputMode.choices)
    raw_input = models.TextField(_("raw input"))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)

    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingested by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ingested at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["outlet", "section"])]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("articles:review", args=[self.pk])

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split(PARAGRAPH_SEPARATOR) if self.body else []
