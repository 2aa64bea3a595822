from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from articles.services.review import claim_correct
from tests.factories import ArticleFactory, ClaimFactory

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
