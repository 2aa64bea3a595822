import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.forms import (
    ITEM_FORMS,
    IngestForm,
    NoteForm,
    QueueFilterForm,
    SourceForm,
    VerdictForm,
    add_service_error,
    card_forms,
)
from articles.selectors import queue_filter_choices
from tests.factories import ClaimFactory, QuoteFactory, VerdictFactory

EVERY_ACTION = frozenset(ITEM_FORMS)


class TestIngestForm:
    def test_it_accepts_pasted_text_and_maps_guess_to_none(self):
        form = IngestForm({"content": "Some text", "mode": "guess"})
        assert form.is_valid(), form.errors
        assert form.ingest_kwargs() == {"content": "Some text", "mode": None, "source_url": ""}

    def test_it_passes_an_upload_with_its_name(self):
        upload = SimpleUploadedFile("story.html", b"<p>Hi</p>")
        form = IngestForm({"mode": "html"}, {"file": upload})
        assert form.is_valid(), form.errors
        assert form.ingest_kwargs() == {
            "content": b"<p>Hi</p>",
            "mode": "html",
            "filename": "story.html",
            "source_url": "",
        }

    def test_it_refuses_both_or_neither(self):
        upload = SimpleUploadedFile("story.txt", b"Hi")
        assert "Paste the article or upload a file, not both." in str(
            IngestForm({"content": "Hi", "mode": "text"}, {"file": upload}).errors
        )
        assert "Paste an article or upload a file." in str(IngestForm({"mode": "text"}).errors)

    def test_it_refuses_big_uploads(self, settings):
        settings.INGEST_MAX_BYTES = 10
        form = IngestForm({"mode": "text"}, {"file": SimpleUploadedFile("a.txt", b"x" * 11)})
        assert not form.is_valid()
        assert "the limit is 10\xa0bytes" in str(form.errors["file"])

    def test_it_refuses_an_unknown_mode(self):
        assert "mode" in IngestForm({"content": "Hi", "mode": "pdf"}).errors


def test_the_labels_have_no_colon():
    assert NoteForm()["text"].label_tag() == '<label for="id_text">Note</label>'


def test_source_form_refuses_javascript_urls():
    form = SourceForm({"url": "javascript:alert(1)", "title": "x", "stance": "supports"})
    assert "url" in form.errors


def test_verdict_form_starts_with_no_rating():
    assert VerdictForm().fields["rating"].choices[0] == ("", "Choose a rating")


@pytest.mark.django_db
class TestCardForms:
    def test_ids_are_unique_per_item(self):
        claim = ClaimFactory()
        forms = card_forms(claim, None, EVERY_ACTION)
        assert forms["note"]["text"].id_for_label == f"{claim.dom_id}-note-text"
        assert forms["correct"]["text"].id_for_label == f"{claim.dom_id}-correct-text"

    def test_they_start_from_the_current_values(self):
        verdict = VerdictFactory(rating="false")
        form = card_forms(verdict.claim, verdict, EVERY_ACTION)["verdict"]
        assert form["rating"].value() == "false"
        assert form["version"].value() == verdict.version
        quote = QuoteFactory(kind="mixed")
        correct = card_forms(quote, None, EVERY_ACTION)["correct"]
        assert correct["version"].value() == quote.version
        assert correct["speaker_name"].value() == quote.speaker.name
        assert correct["kind"].value() == "mixed"
        assert correct["text"].label == "Quote text"

    def test_a_new_verdict_is_version_0(self):
        claim = ClaimFactory()
        assert card_forms(claim, None, EVERY_ACTION)["verdict"]["version"].value() == 0

    def test_only_the_open_actions_get_forms(self):
        claim = ClaimFactory()
        assert set(card_forms(claim, None, frozenset({"note", "approve"}))) == {"note", "approve"}


class TestVersionedForm:
    def test_it_hands_the_version_over_as_expected_version(self):
        form = VerdictForm({"rating": "true", "rationale": "Checked.", "version": "3"})
        assert form.is_valid(), form.errors
        assert form.service_kwargs() == {"rating": "true", "rationale": "Checked.", "expected_version": 3}

    def test_it_requires_the_version(self):
        form = VerdictForm({"rating": "true", "rationale": "Checked."})
        assert not form.is_valid()
        assert "version" in form.errors

    def test_rebased_keeps_what_was_typed_on_their_version(self):
        form = VerdictForm({"rating": "true", "rationale": "Mine.", "version": "1"})
        form.is_valid()
        rebased = form.rebased(2, "Bob saved this verdict.", {"rating": "false", "rationale": "Theirs."})
        assert rebased["rationale"].value() == "Mine."
        assert rebased["version"].value() == "2"
        assert rebased.conflict == "Bob saved this verdict."
        assert rebased.theirs == (("Rating", "False"), ("Rationale", "Theirs."))


class TestQueueFilterForm:
    def test_it_drops_bad_values_and_keeps_good_ones(self, editor):
        ClaimFactory()
        form = QueueFilterForm(
            {"state": "bogus", "outlet": "The Daily Test", "assignee": str(editor.pk), "q": " budget "},
            choices=queue_filter_choices(),
        )
        assert form.filters() == {"outlet": "The Daily Test", "assignee": editor, "q": "budget"}

    def test_unassigned_is_a_filter(self, db):
        form = QueueFilterForm({"assignee": "none"}, choices=queue_filter_choices())
        assert form.filters() == {"assignee": "none"}


def test_add_service_error_puts_messages_on_known_fields():
    form = NoteForm({"text": "x"})
    form.is_valid()
    add_service_error(form, ValidationError({"text": "Too short.", "claim": "Gone."}))
    assert form.errors["text"] == ["Too short."]
    assert form.non_field_errors() == ["Gone."]
    other = NoteForm({"text": "x"})
    other.is_valid()
    add_service_error(other, ValidationError("This claim is dismissed."))
    assert other.non_field_errors() == ["This claim is dismissed."]
