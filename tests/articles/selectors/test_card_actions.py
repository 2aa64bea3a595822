from __future__ import annotations

import pytest

from articles.selectors import article_review, card_actions, item_card
from articles.services.review import note_create
from tests.factories import ArticleFactory, QuoteFactory, item_in_state, sources_for

pytestmark = pytest.mark.django_db

CHANGES = {"start_review", "verdict", "dismiss", "source", "correct", "note"}


def actions(user, item) -> set[str]:
    return set(card_actions(user, item_card(item)))


def test_a_checker_works_on_unassigned_and_own_items_only(checker, other_editor):
    assert actions(checker, item_in_state("new")) == CHANGES
    assert actions(checker, item_in_state("assigned", assignee=checker)) == CHANGES
    assert actions(checker, item_in_state("assigned", assignee=other_editor)) == {"note"}


def test_an_editor_also_assigns_approves_and_returns(editor, checker):
    assert actions(editor, item_in_state("new")) == CHANGES | {"assign"}
    proposed = item_in_state("proposed", assignee=checker, verdict_by=checker)
    assert actions(editor, proposed) == {
        "verdict",
        "approve",
        "return",
        "dismiss",
        "source",
        "correct",
        "note",
    }


def test_nobody_is_offered_to_approve_their_own_verdict(editor):
    assert "approve" not in actions(editor, item_in_state("proposed", verdict_by=editor))


def test_only_the_chief_is_offered_to_publish(editor, chief):
    approved = item_in_state("approved")
    assert "publish" not in actions(editor, approved)
    assert {"publish", "return", "verdict"} <= actions(chief, approved)
    assert actions(chief, item_in_state("published")) == {"note"}


def test_a_dismissed_item_offers_restore(editor):
    assert actions(editor, item_in_state("dismissed")) == {"restore", "correct", "note"}


def test_an_account_with_no_role_is_offered_nothing(no_role_user):
    assert actions(no_role_user, item_in_state("new")) == set()


def test_the_card_shows_status_assignee_versions_and_approval(editor, checker):
    item = item_in_state("approved", assignee=checker, approved_by=editor)
    sources_for(item, primary=1, secondary=0)

    card = item_card(item, user=editor)

    assert (card.status, card.status_label, card.assignee, card.is_approved) == (
        "approved",
        "Approved",
        checker,
        True,
    )
    assert (card.version, card.verdict_version) == (1, 1)
    assert card.approval_problem.endswith("(it has 1, 1 primary).")
    assert "return" in card.actions
    assert item_card(QuoteFactory()).verdict_version == 0


CLAIM_TEXTS = ["The city council approved", "a budget of $4.2 million", "more than last year"]
QUOTE_TEXTS = ["We had no choice,", "We had no", "had no choice"]


@pytest.mark.parametrize("n", [1, 3])
def test_the_review_page_keeps_its_query_count_with_actions(editor, checker, django_assert_num_queries, n):
    article = ArticleFactory()
    for claim_text, quote_text in zip(CLAIM_TEXTS[:n], QUOTE_TEXTS[:n], strict=True):
        claim = item_in_state(
            "proposed", article=article, text=claim_text, assignee=checker, verdict_by=checker
        )
        sources_for(claim)
        note_create(item=claim, user=checker, text="Called.")
        QuoteFactory(article=article, text=quote_text, assignee=checker)

    # Claims, quotes, and for each their notes and sources; the role of the user once.
    with django_assert_num_queries(7):
        page = article_review(article=article, user=editor)

    assert [card.is_claim and "approve" in card.actions for card in page.cards].count(True) == n
