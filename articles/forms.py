"""Forms: the only parsers of what editors type or upload."""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat

from articles.models import Claim, Quote, QuoteKind, Rating, SourceStance, Verdict

# The ingest page's "Input kind"; "guess" lets the ingest service decide.
INPUT_KINDS = [
    ("page", "Scraped page text"),
    ("html", "HTML"),
    ("text", "Clean article text"),
    ("guess", "Guess"),
]
UPLOAD_SUFFIXES = {".txt", ".html", ".htm"}


class Form(forms.Form):
    """Labels exactly as written ("Note", not "Note:"): browser tests and screen readers find them by it."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def _too_big(size: int) -> str:
    return (
        f"This is {filesizeformat(size)}; the limit is {filesizeformat(settings.INGEST_MAX_BYTES)}. "
        "Paste only the article, or save the page as text."
    )


class IngestForm(Form):
    content = forms.CharField(
        label="Article text or HTML",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
    )
    mode = forms.ChoiceField(label="Input kind", choices=INPUT_KINDS, initial="guess")
    file = forms.FileField(label="File", required=False, help_text="A .txt or .html file.")
    source_url = forms.URLField(label="Source URL", required=False, max_length=2000, assume_scheme="https")

    def clean_content(self) -> str:
        content = self.cleaned_data["content"]
        size = len(content.encode("utf-8"))
        if size > settings.INGEST_MAX_BYTES:
            raise forms.ValidationError(_too_big(size))
        return content

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload is None:
            return upload
        if PurePath(upload.name or "").suffix.lower() not in UPLOAD_SUFFIXES:
            raise forms.ValidationError("Upload a .txt or .html file.")
        if upload.size > settings.INGEST_MAX_BYTES:
            raise forms.ValidationError(_too_big(upload.size))
        return upload

    def clean(self) -> dict:
        cleaned = super().clean()
        has_text = bool(cleaned.get("content", "").strip())
        has_file = bool(cleaned.get("file"))
        if not self.errors and has_text == has_file:
            raise forms.ValidationError(
                "Paste the article or upload a file, not both."
                if has_text
                else "Paste an article or upload a file."
            )
        return cleaned

    def ingest_kwargs(self) -> dict:
        """The arguments for `article_ingest`, from the cleaned data."""
        data = self.cleaned_data
        mode = None if data["mode"] == "guess" else data["mode"]
        upload = data.get("file")
        if upload:
            return {
                "content": upload.read(),
                "mode": mode,
                "filename": upload.name,
                "source_url": data["source_url"],
            }
        return {"content": data["content"], "mode": mode, "source_url": data["source_url"]}


class NoteForm(Form):
    text = forms.CharField(label="Note", widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000)


class SourceForm(Form):
    url = forms.URLField(label="URL", max_length=2000, assume_scheme="https")
    title = forms.CharField(label="Title", max_length=500)
    publisher = forms.CharField(label="Publisher", max_length=300, required=False)
    stance = forms.ChoiceField(label="Stance", choices=[("", "Choose a stance"), *SourceStance.choices])
    is_primary = forms.BooleanField(label="Primary source", required=False)


class VerdictForm(Form):
    rating = forms.ChoiceField(label="Rating", choices=[("", "Choose a rating"), *Rating.choices])
    rationale = forms.CharField(
        label="Rationale", widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000
    )


class ClaimCorrectForm(Form):
    text = forms.CharField(label="Claim text", widget=forms.Textarea(attrs={"rows": 3}), max_length=5_000)


class QuoteCorrectForm(Form):
    text = forms.CharField(label="Quote text", widget=forms.Textarea(attrs={"rows": 3}), max_length=5_000)
    speaker_name = forms.CharField(label="Speaker", max_length=300)
    speaker_description = forms.CharField(label="Speaker description", max_length=1000, required=False)
    kind = forms.ChoiceField(label="Kind", choices=QuoteKind.choices)


class DismissForm(Form):
    reason = forms.CharField(label="Reason", max_length=500)


class RestoreForm(Form):
    """No fields: restoring needs only the item and the editor."""


# The forms of one card, by action: each action's URL name is "item-<action>".
ITEM_FORMS: dict[str, type[forms.Form]] = {
    "note": NoteForm,
    "source": SourceForm,
    "verdict": VerdictForm,
    "dismiss": DismissForm,
    "restore": RestoreForm,
}


def correct_form_class(item: Claim | Quote) -> type[forms.Form]:
    return ClaimCorrectForm if isinstance(item, Claim) else QuoteCorrectForm


def _initial(action: str, item: Claim | Quote, verdict: Verdict | None) -> dict:
    if action == "verdict" and verdict is not None:
        return {"rating": verdict.rating, "rationale": verdict.rationale}
    if action == "correct":
        initial = {"text": item.text}
        if isinstance(item, Quote):
            speaker = item.speaker
            initial |= {
                "speaker_name": speaker.name if speaker else item.speaker_mention,
                "speaker_description": speaker.description if speaker else "",
                "kind": item.kind,
            }
        return initial
    return {}


def item_form(action: str, item: Claim | Quote, *, data=None, verdict: Verdict | None = None) -> forms.Form:
    """One form of a card, with ids unique on the page ("claim-12-note-text")."""
    form_class = correct_form_class(item) if action == "correct" else ITEM_FORMS[action]
    return form_class(data, initial=_initial(action, item, verdict), auto_id=f"{item.dom_id}-{action}-%s")


def card_forms(
    item: Claim | Quote, verdict: Verdict | None, bound: forms.Form | None = None, action: str = ""
):
    """Every form of a card, unbound, except `bound` (an invalid submission) in `action`'s place."""
    forms_by_action = {name: item_form(name, item, verdict=verdict) for name in [*ITEM_FORMS, "correct"]}
    if bound is not None:
        forms_by_action[action] = bound
    return forms_by_action


def add_service_error(form: forms.Form, error: forms.ValidationError) -> None:
    """Put a service's ValidationError on the form: on the field it names if the form has one."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)
