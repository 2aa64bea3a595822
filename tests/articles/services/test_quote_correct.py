from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.models import Quote, Speaker
from articles.services.conflicts import EditConflict
from articles.services.review import quote_correct
from tests.factories import QuoteFactory, SpeakerFactory, item_in_state

pytestmark = pytest.mark.django_db


def test_it_corrects_text_kind_and_speaker(editor):
    quote = QuoteFactory()

    quote_correct(
        quote=quote,
        user=editor,
        text="We had no choice",
        speaker_name="Maria Lopez",
        speaker_description="finance chair",
        kind="mixed",
    )

    quote.refresh_from_db()
    assert (quote.text, quote.kind, quote.extracted_kind) == ("We had no choice", "mixed", "direct")
    assert quote.article.body[quote.start : quote.end] == "We had no choice"
    assert (quote.speaker.name, quote.speaker.description) == ("Maria Lopez", "finance chair")
    assert (quote.edited_by, quote.edited_at is not None) == (editor, True)


def test_it_reuses_a_named_speaker_case_insensitively(editor):
    speaker = SpeakerFactory(name="Maria Lopez", description="")
    quote = QuoteFactory()

    quote_correct(
        quote=quote,
        user=editor,
        text=quote.text,
        speaker_name="maria lopez",
        speaker_description="chair",
        kind="direct",
    )

    quote.refresh_from_db()
    assert quote.speaker == speaker
    speaker.refresh_from_db()
    assert speaker.description == "chair"  # filled because it was empty


def test_it_keeps_a_shared_speakers_description(editor):
    speaker = SpeakerFactory(name="Maria Lopez", description="the council's finance chair")
    quote = QuoteFactory()

    quote_correct(
        quote=quote,
        user=editor,
        text=quote.text,
        speaker_name="Maria Lopez",
        speaker_description="mayor",
        kind="direct",
    )

    speaker.refresh_from_db()
    assert speaker.description == "the council's finance chair"


def test_it_updates_an_anonymous_source_in_place(editor):
    anonymous = SpeakerFactory(name="an official", description="", anonymous=True)
    quote = QuoteFactory(speaker=anonymous)

    quote_correct(
        quote=quote,
        user=editor,
        text=quote.text,
        speaker_name="An official",
        speaker_description="at the finance office",
        kind="indirect",
    )

    quote.refresh_from_db()
    assert quote.speaker == anonymous
    anonymous.refresh_from_db()
    assert (anonymous.description, anonymous.anonymous) == ("at the finance office", True)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "rumour"}, "Choose whether the quote is direct, indirect or mixed."),
        ({"speaker_name": "  "}, "Name the speaker."),
        ({"text": "We had every choice"}, "The corrected text must be part of the article"),
        ({"text": ""}, "The quote text cannot be empty."),
    ],
)
def test_it_refuses_bad_input(editor, fields, message):
    quote = QuoteFactory()
    speakers = Speaker.objects.count()
    before = (quote.text, quote.kind, quote.speaker_id)
    arguments = {"text": quote.text, "speaker_name": "Someone New", "kind": "direct", **fields}

    with pytest.raises(ValidationError) as error:
        quote_correct(quote=quote, user=editor, **arguments)

    assert error.value.messages == [message]
    quote.refresh_from_db()
    assert (quote.text, quote.kind, quote.speaker_id, quote.edited_by) == (*before, None)
    assert Speaker.objects.count() == speakers


def correct(quote, user, **overrides):
    fields = {"text": "We had no choice", "speaker_name": "Maria Lopez", "kind": "mixed"}
    return quote_correct(quote=quote, user=user, **{**fields, **overrides})


def test_it_bumps_the_version_and_names_the_author_in_history(checker):
    quote = QuoteFactory()

    correct(quote, checker, expected_version=1)

    quote.refresh_from_db()
    assert quote.version == 2
    assert quote.history.first().history_user == checker


def test_a_stale_version_conflicts_and_overwrites_nothing(editor, other_editor):
    quote = QuoteFactory()
    mine = Quote.objects.get(pk=quote.pk)
    correct(quote, other_editor, kind="indirect", expected_version=1)

    with pytest.raises(EditConflict) as error:
        correct(mine, editor, kind="mixed", expected_version=1)

    assert (error.value.current.kind, error.value.current.edited_by) == ("indirect", other_editor)
    quote.refresh_from_db()
    assert (quote.kind, quote.version) == ("indirect", 2)


def test_a_checker_cannot_correct_a_quote_assigned_to_someone_else(checker, other_editor):
    quote = item_in_state("assigned", item_factory=QuoteFactory, assignee=other_editor)

    with pytest.raises(PermissionDenied):
        correct(quote, checker)
