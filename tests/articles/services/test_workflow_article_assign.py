from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from articles.selectors import CLAIM_THRESHOLD
from articles.services.workflow import article_assign
from tests.factories import ArticleFactory, ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db

LOW = "Critics said the plan may raise taxes"


def test_it_assigns_every_open_item_of_the_article(editor, checker, other_editor):
    article = ArticleFactory()
    claim = ClaimFactory(article=article)
    quote = QuoteFactory(article=article)
    reassigned = item_in_state(
        "assigned", item_factory=ClaimFactory, article=article, text=LOW, assignee=other_editor
    )
    low = ClaimFactory(article=article, text="more than last year", score=CLAIM_THRESHOLD - 0.01)
    in_review = item_in_state("in_review", item_factory=QuoteFactory, article=article, text="We had no")
    elsewhere = ClaimFactory()

    assert article_assign(article=article, user=editor, assignee=checker) == 3

    for item in (claim, quote, reassigned, low, in_review, elsewhere):
        item.refresh_from_db()
    assert {claim.assignee, quote.assignee, reassigned.assignee} == {checker}
    assert {claim.status, quote.status, reassigned.status} == {"assigned"}
    assert (low.assignee, low.status) == (None, "new")
    assert (in_review.assignee, in_review.status) == (None, "in_review")
    assert elsewhere.assignee is None
    assert claim.history.first().history_user == editor


def test_it_unassigns_the_article(editor, checker):
    article = ArticleFactory()
    claim = item_in_state("assigned", article=article, assignee=checker)

    assert article_assign(article=article, user=editor, assignee=None) == 1

    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == ("new", None)


def test_it_refuses_a_checker(checker):
    article = ArticleFactory()
    claim = ClaimFactory(article=article)

    with pytest.raises(PermissionDenied):
        article_assign(article=article, user=checker, assignee=checker)

    claim.refresh_from_db()
    assert claim.assignee is None
