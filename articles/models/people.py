from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SpeakerKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")
    GROUP = "group", _("Group")


class Speaker(models.Model):
    """Someone quoted: a named person or organisation, or an anonymous source as described."""

    name = models.CharField(_("name"), max_length=300)
    description = models.CharField(_("description"), max_length=1000, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=SpeakerKind.choices, default=SpeakerKind.PERSON)
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("An unnamed source, such as 'an official at the ministry'."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        constraints = [
            # One row per named speaker, so that quotes can be tracked across articles;
            # anonymous sources are never merged with each other.
            models.UniqueConstraint(
                Lower("name"), condition=models.Q(anonymous=False), name="speaker_unique_named"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("admin:articles_speaker_change", args=[self.pk])
