from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.models import Claim
from articles.services.conflicts import EditConflict
from articles.services.review import claim_correct
from tests.factories import ArticleFactory, ClaimFactory, item_in_state

pytestmark = pytest.mark.django_db


def test_it_corrects_a_claims_extent(editor):
    claim = ClaimFactory()
    body = claim.article.body

    claim_correct(claim=claim, user=editor, text="a budget of $4.2 million")

    claim.refresh_from_db()
    assert claim.text == "a budget of $4.2 million"
    assert body[claim.start : claim.end] == "a budget of $4.2 million"
    assert (claim.edited_by, claim.edited_at is not None) == (editor, True)
    assert claim.extracted_text.startswith("The city council approved")  # the engine's output is kept
    assert claim.is_corrected


def test_it_matches_across_whitespace_and_quote_marks(editor):
    article = ArticleFactory(body="He said the \u201cbudget\u201d grew\nby 4%.\n\nIt did not.")
    claim = ClaimFactory(article=article, text="It did not.")

    claim_correct(claim=claim, user=editor, text='  the "budget"   grew by 4%. ')

    claim.refresh_from_db()
    assert claim.text == "the \u201cbudget\u201d grew\nby 4%."
    assert article.body[claim.start : claim.end] == claim.text


def test_it_takes_the_occurrence_nearest_the_old_span(editor):
    article = ArticleFactory(body="Taxes rose. Spending fell.\n\nTaxes rose. Debt grew.")
    claim = ClaimFactory(article=article, text="Taxes rose. Debt grew.")

    claim_correct(claim=claim, user=editor, text="Taxes rose.")

    claim.refresh_from_db()
    assert claim.start == article.body.rindex("Taxes rose.")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a budget of $5 million", "The corrected text must be part of the article"),
        ("   ", "The claim text cannot be empty."),
    ],
)
def test_it_refuses_text_not_in_the_article(editor, text, message):
    claim = ClaimFactory()
    before = (claim.text, claim.start, claim.end)

    with pytest.raises(ValidationError) as error:
        claim_correct(claim=claim, user=editor, text=text)

    assert error.value.messages == [message]
    claim.refresh_from_db()
    assert (claim.text, claim.start, claim.end, claim.edited_by) == (*before, None)


def test_it_bumps_the_version_and_names_the_author_in_history(checker):
    claim = ClaimFactory()

    claim_correct(claim=claim, user=checker, text="a budget of $4.2 million", expected_version=1)

    claim.refresh_from_db()
    assert claim.version == 2
    row = claim.history.first()
    assert (row.history_user, row.text) == (checker, "a budget of $4.2 million")


def test_a_stale_version_conflicts_and_overwrites_nothing(editor, other_editor):
    claim = ClaimFactory()
    mine = Claim.objects.get(pk=claim.pk)  # Alice's copy, loaded at version 1
    claim_correct(claim=claim, user=other_editor, text="a budget of $4.2 million", expected_version=1)

    with pytest.raises(EditConflict) as error:
        claim_correct(claim=mine, user=editor, text="on Tuesday", expected_version=1)

    assert (error.value.current.text, error.value.current.version) == ("a budget of $4.2 million", 2)
    assert error.value.messages[0].startswith("Bob Checker saved this claim at ")
    claim.refresh_from_db()
    assert (claim.text, claim.edited_by, claim.version) == ("a budget of $4.2 million", other_editor, 2)


def test_a_checker_cannot_correct_an_item_assigned_to_someone_else(checker, other_editor):
    claim = item_in_state("assigned", assignee=other_editor)

    with pytest.raises(PermissionDenied):
        claim_correct(claim=claim, user=checker, text="a budget of $4.2 million")

    claim.refresh_from_db()
    assert claim.version == 1


def test_a_dismissed_claim_can_be_corrected_but_not_a_published_one(editor):
    dismissed, published = item_in_state("dismissed"), item_in_state("published")

    claim_correct(claim=dismissed, user=editor, text="a budget of $4.2 million")
    with pytest.raises(ValidationError) as error:
        claim_correct(claim=published, user=editor, text="a budget of $4.2 million")

    assert error.value.messages == ["This claim is published; it can no longer be changed."]
