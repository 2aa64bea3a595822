from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.access import NO_ROLE_MESSAGE
from articles.models import Note
from articles.services.review import item_dismiss, note_create
from tests.factories import ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db


def test_it_adds_a_note_to_a_claim(editor):
    claim = ClaimFactory()

    note = note_create(item=claim, user=editor, text="  Checked the minutes.  ")

    note.refresh_from_db()
    assert (note.claim, note.quote, note.text, note.created_by) == (
        claim,
        None,
        "Checked the minutes.",
        editor,
    )
    assert note.created_at is not None


def test_it_adds_a_note_to_a_quote(editor):
    quote = QuoteFactory()

    note = note_create(item=quote, user=editor, text="Called her office.")

    assert list(quote.notes.all()) == [note]
    assert note.claim is None


def test_it_adds_a_note_to_a_dismissed_item(editor):
    claim = item_dismiss(item=ClaimFactory(), user=editor, reason="Opinion")

    note_create(item=claim, user=editor, text="Dismissed after talking to the desk.")

    assert claim.notes.count() == 1


@pytest.mark.parametrize("text", ["", "   \n "])
def test_it_refuses_an_empty_note(editor, text):
    with pytest.raises(ValidationError) as error:
        note_create(item=ClaimFactory(), user=editor, text=text)

    assert error.value.messages == ["Write something in the note."]
    assert Note.objects.count() == 0


def test_any_desk_role_notes_any_item(checker, other_editor):
    claim = item_in_state("published", assignee=other_editor)

    note = note_create(item=claim, user=checker, text="Readers asked about this.")

    assert note.history.get().history_user == checker
    claim.refresh_from_db()
    assert claim.version == 1  # a note does not change the item


def test_it_refuses_an_account_with_no_role(no_role_user):
    with pytest.raises(PermissionDenied) as error:
        note_create(item=ClaimFactory(), user=no_role_user, text="Hello.")

    assert str(error.value) == NO_ROLE_MESSAGE
    assert Note.objects.count() == 0
