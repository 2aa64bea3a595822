from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from articles.models import Verdict
from articles.services.review import item_dismiss, verdict_set
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def test_it_rates_a_claim(editor):
    claim = ClaimFactory()

    verdict = verdict_set(item=claim, user=editor, rating="mostly_true", rationale=" Minutes say $4.1m. ")

    verdict.refresh_from_db()
    assert (verdict.claim, verdict.rating, verdict.rationale) == (claim, "mostly_true", "Minutes say $4.1m.")
    assert (verdict.created_by, verdict.updated_by) == (editor, editor)
    assert verdict.updated_at is not None


def test_it_rates_a_quote(editor):
    quote = QuoteFactory()

    verdict_set(item=quote, user=editor, rating="true", rationale="She confirmed it by phone.")

    assert quote.verdict.rating == "true"


def test_it_updates_the_one_verdict_in_place(editor, other_editor):
    claim = ClaimFactory()
    first = verdict_set(item=claim, user=editor, rating="true", rationale="At first sight.")
    first_updated_at = first.updated_at

    second = verdict_set(
        item=claim, user=other_editor, rating="false", rationale="The minutes say otherwise."
    )

    assert Verdict.objects.count() == 1
    assert second.pk == first.pk
    second.refresh_from_db()
    assert (second.rating, second.rationale) == ("false", "The minutes say otherwise.")
    assert (second.created_by, second.updated_by) == (editor, other_editor)
    assert second.updated_at >= first_updated_at


@pytest.mark.parametrize(
    ("rating", "rationale", "message"),
    [
        ("fabulous", "Because.", "Choose a rating from the list."),
        ("", "Because.", "Choose a rating from the list."),
        ("true", "  ", "Explain the rating in the rationale."),
    ],
)
def test_it_refuses_bad_input(editor, rating, rationale, message):
    with pytest.raises(ValidationError) as error:
        verdict_set(item=ClaimFactory(), user=editor, rating=rating, rationale=rationale)

    assert error.value.messages == [message]
    assert Verdict.objects.count() == 0


def test_it_leaves_the_verdict_alone_on_bad_input(editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=editor, rating="true", rationale="Checked.")

    with pytest.raises(ValidationError):
        verdict_set(item=claim, user=editor, rating="false", rationale="")

    claim.verdict.refresh_from_db()
    assert (claim.verdict.rating, claim.verdict.rationale) == ("true", "Checked.")


def test_it_refuses_a_dismissed_item(editor):
    quote = item_dismiss(item=QuoteFactory(), user=editor, reason="Not a quote")

    with pytest.raises(ValidationError) as error:
        verdict_set(item=quote, user=editor, rating="true", rationale="Checked.")

    assert error.value.messages == ["This quote is dismissed; restore it before rating it."]
    assert Verdict.objects.count() == 0
