"""Forms: the only parsers of what editors type or upload."""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat

from articles.access import assignable_users, display_name
from articles.models import Claim, Quote, QuoteKind, Rating, SourceStance, Verdict
from articles.selectors import QueueFilterChoices
from articles.services.conflicts import EditConflict

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

    def service_kwargs(self) -> dict:
        """The cleaned data as the service behind the form takes it."""
        return dict(self.cleaned_data)


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


class VersionedForm(Form):
    """A form that edits a versioned row: it carries the version it was based on (no lost edits)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    # Set by `rebased` on a form whose save met an edit conflict: the message, and their values by label.
    conflict: str = ""
    theirs: tuple[tuple[str, str], ...] = ()

    def service_kwargs(self) -> dict:
        """The cleaned data as a service takes it: the version becomes `expected_version`."""
        data = super().service_kwargs()
        data["expected_version"] = data.pop("version")
        return data

    def rebased(self, version: int, conflict: str, theirs: dict) -> VersionedForm:
        """This submission as if based on `version`, the one saved meanwhile (`theirs`, as initial data).

        Saving the returned form overwrites theirs: the user chooses to, after seeing both.
        """
        data = self.data.copy()
        data["version"] = str(version)
        form = type(self)(data, initial=self.initial, auto_id=self.auto_id)
        form.is_valid()
        form.conflict = conflict
        form.theirs = tuple(
            (str(field.label), str(dict(getattr(field, "choices", [])).get(theirs[name], theirs[name])))
            for name, field in self.fields.items()
            if name in theirs and name != "version"
        )
        return form


class VerdictForm(VersionedForm):
    rating = forms.ChoiceField(label="Rating", choices=[("", "Choose a rating"), *Rating.choices])
    rationale = forms.CharField(
        label="Rationale", widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000
    )
    field_order = ["rating", "rationale"]


class ClaimCorrectForm(VersionedForm):
    text = forms.CharField(label="Claim text", widget=forms.Textarea(attrs={"rows": 3}), max_length=5_000)


class QuoteCorrectForm(VersionedForm):
    text = forms.CharField(label="Quote text", widget=forms.Textarea(attrs={"rows": 3}), max_length=5_000)
    speaker_name = forms.CharField(label="Speaker", max_length=300)
    speaker_description = forms.CharField(label="Speaker description", max_length=1000, required=False)
    kind = forms.ChoiceField(label="Kind", choices=QuoteKind.choices)


class DismissForm(Form):
    reason = forms.CharField(label="Reason", max_length=500)


class ActionForm(Form):
    """No fields: restoring, starting a review, approving or publishing needs only the item and the user."""


class ReturnForm(Form):
    comment = forms.CharField(
        label="Comment",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5_000,
        help_text="What the author should change.",
    )


class AssignForm(Form):
    assignee = forms.ModelChoiceField(
        label="Assign to", queryset=assignable_users(), required=False, empty_label="Nobody (unassign)"
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].label_from_instance = display_name


class ArticleAssignForm(AssignForm):
    """Assign every claim and quote of an article that waits for someone."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("auto_id", "article-assign-%s")
        super().__init__(*args, **kwargs)
        self.fields["assignee"].required = True
        self.fields["assignee"].empty_label = "Choose someone"
        self.fields["assignee"].label = "Assign all claims and quotes to"


# The forms of one card, by workflow step (the names of `articles.services.steps.STEP_STATES`);
# "correct" stands for the claim's or the quote's correction form (`correct_form_class`).
ITEM_FORMS: dict[str, type[forms.Form]] = {
    "assign": AssignForm,
    "start_review": ActionForm,
    "verdict": VerdictForm,
    "approve": ActionForm,
    "return": ReturnForm,
    "publish": ActionForm,
    "source": SourceForm,
    "note": NoteForm,
    "correct": ClaimCorrectForm,
    "dismiss": DismissForm,
    "restore": ActionForm,
}


def correct_form_class(item: Claim | Quote) -> type[forms.Form]:
    return ClaimCorrectForm if isinstance(item, Claim) else QuoteCorrectForm


def _initial(action: str, item: Claim | Quote, verdict: Verdict | None) -> dict:
    if action == "verdict":
        if verdict is None:
            return {"version": 0}  # two people rating a new item at once conflict too
        return {"rating": verdict.rating, "rationale": verdict.rationale, "version": verdict.version}
    if action == "assign":
        return {"assignee": item.assignee_id}
    if action == "correct":
        initial = {"text": item.text, "version": item.version}
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
    item: Claim | Quote,
    verdict: Verdict | None,
    actions: frozenset[str],
    bound: forms.Form | None = None,
    action: str = "",
) -> dict[str, forms.Form]:
    """The forms of the `actions` a user may take on a card, unbound, except `bound` in `action`'s place."""
    forms_by_action = {name: item_form(name, item, verdict=verdict) for name in ITEM_FORMS if name in actions}
    if bound is not None and action in actions:
        forms_by_action[action] = bound
    return forms_by_action


def conflict_form(
    form: VersionedForm, action: str, item: Claim | Quote, error: EditConflict
) -> VersionedForm:
    """`form` rebased on what was saved meanwhile (`error.current`, the verdict or item; None: deleted)."""
    current = error.current
    if current is None:
        theirs, version = {}, 0
    elif action == "verdict":
        theirs, version = _initial(action, item, current), current.version
    else:
        theirs, version = _initial(action, current, None), current.version
    return form.rebased(version, error.message, theirs)


def add_service_error(form: forms.Form, error: forms.ValidationError) -> None:
    """Put a service's ValidationError on the form: on the field it names if the form has one."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


class QueueFilterForm(Form):
    """The queue's filters, read from the query string; every field may be left empty."""

    state = forms.ChoiceField(label="State", required=False)
    assignee = forms.ChoiceField(label="Assignee", required=False)
    section = forms.ChoiceField(label="Section", required=False)
    outlet = forms.ChoiceField(label="Outlet", required=False)
    q = forms.CharField(
        label="Search",
        required=False,
        max_length=200,
        widget=forms.SearchInput(attrs={"placeholder": "Title or claim text"}),
    )

    def __init__(self, data, *, choices: QueueFilterChoices) -> None:
        super().__init__(data, auto_id="filter-%s")
        self.people = {str(user.pk): user for user in choices.assignees}
        people = [(pk, display_name(user)) for pk, user in self.people.items()]
        self.fields["state"].choices = [("", "Any state"), *choices.states]
        self.fields["assignee"].choices = [("", "Anyone"), ("none", "Unassigned"), *people]
        self.fields["section"].choices = [("", "Any section"), *((s, s) for s in choices.sections)]
        self.fields["outlet"].choices = [("", "Any outlet"), *((o, o) for o in choices.outlets)]

    def filters(self) -> dict:
        """The valid filters as `article_queue` takes them; a bad value is dropped, not an error page."""
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if value}
        if data.get("assignee", "none") != "none":
            data["assignee"] = self.people[data["assignee"]]
        return data
