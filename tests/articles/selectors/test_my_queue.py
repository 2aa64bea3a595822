from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Claim
from articles.selectors import my_queue
from tests.factories import ArticleFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db

LOW = "Critics said the plan may raise taxes"


def test_it_lists_what_is_assigned_to_the_user_by_score_then_age(checker, other_editor):
    article = ArticleFactory(title="Budget")
    now = timezone.now()
    strong = item_in_state("in_review", article=article, assignee=checker, score=0.9)
    older = item_in_state("assigned", article=article, text=LOW, assignee=checker, score=0.6)
    newer = item_in_state("returned", assignee=checker, score=0.6)
    quote = item_in_state("assigned", item_factory=QuoteFactory, assignee=checker)
    Claim.objects.filter(pk=older.pk).update(assigned_at=now - timedelta(days=2))
    Claim.objects.filter(pk=newer.pk).update(assigned_at=now - timedelta(days=1))
    item_in_state("assigned", assignee=other_editor)  # someone else's
    item_in_state("proposed", assignee=checker)  # waits for an editor, not for the checker
    item_in_state("dismissed", assignee=checker)

    queue = my_queue(checker)

    assert [entry.item for entry in queue.entries] == [strong, older, newer, quote]
    assert queue.counts == {"assigned": 2, "in_review": 1, "returned": 1}
    assert queue.total == 4
    first = queue.entries[0]
    assert (first.article_title, first.state, first.state_label, first.score) == (
        "Budget",
        "in_review",
        "In review",
        0.9,
    )
    assert queue.entries[3].score == 0.5  # a quote ranks as a coin flip


def test_an_editor_also_sees_verdicts_others_proposed(editor, checker):
    theirs = item_in_state("proposed", assignee=checker, verdict_by=checker)
    item_in_state("proposed", verdict_by=editor)  # their own: someone else approves it
    item_in_state("approved")

    queue = my_queue(editor)

    assert [entry.item for entry in queue.entries] == [theirs]
    assert queue.counts == {"assigned": 0, "in_review": 0, "returned": 0, "proposed": 1}


def test_the_chief_also_sees_what_awaits_publishing(chief):
    approved = item_in_state("approved", score=0.7)
    proposed = item_in_state("proposed", score=0.8)
    item_in_state("published")

    queue = my_queue(chief)

    assert [entry.item for entry in queue.entries] == [proposed, approved]
    assert (queue.counts["proposed"], queue.counts["approved"]) == (1, 1)
    assert [row[1] for row in queue.count_rows][-2:] == ["Verdict proposed", "Approved"]


def test_an_account_with_no_role_has_an_empty_queue(no_role_user):
    item_in_state("proposed")

    assert my_queue(no_role_user).entries == []


def test_it_runs_two_queries_whatever_the_size(chief, django_assert_num_queries):
    for state in ["assigned", "in_review", "returned"]:
        item_in_state(state, assignee=chief)
        item_in_state(state, item_factory=QuoteFactory, assignee=chief)
    for state in ["proposed", "approved"]:
        item_in_state(state)
        item_in_state(state, item_factory=QuoteFactory)

    with django_assert_num_queries(2):
        queue = my_queue(chief)
        titles = [(entry.article_title, entry.url, entry.waiting_since) for entry in queue.entries]

    assert len(titles) == 10
