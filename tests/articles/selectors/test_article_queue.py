from __future__ import annotations

import pytest

from articles.selectors import CLAIM_THRESHOLD, article_queue, queue_filter_choices
from tests.factories import ArticleFactory, ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db

LOW = "Critics said the plan may raise taxes"


def titles(queryset) -> list[str]:
    return [article.title for article in queryset]


def test_it_filters_by_state_without_duplicates():
    busy = ArticleFactory(title="Busy")
    item_in_state("in_review", article=busy)
    item_in_state("in_review", item_factory=QuoteFactory, article=busy)
    item_in_state("in_review", article=busy, text=LOW)
    ArticleFactory(title="Idle")

    assert titles(article_queue(state="in_review")) == ["Busy"]
    assert titles(article_queue(state="published")) == []


def test_a_low_sentence_counts_for_the_state_filter_once_work_started():
    article = ArticleFactory(title="Low")
    ClaimFactory(article=article, score=CLAIM_THRESHOLD - 0.1)

    assert titles(article_queue(state="new")) == []
    worked = ArticleFactory(title="Worked")
    item_in_state("in_review", article=worked, score=CLAIM_THRESHOLD - 0.1)
    assert titles(article_queue(state="in_review")) == ["Worked"]


def test_it_filters_by_assignee(checker, other_editor):
    mine = ArticleFactory(title="Mine")
    item_in_state("assigned", article=mine, assignee=checker)
    item_in_state("assigned", item_factory=QuoteFactory, article=mine, assignee=checker)
    theirs = ArticleFactory(title="Theirs")
    item_in_state("in_review", item_factory=QuoteFactory, article=theirs, assignee=other_editor)

    assert titles(article_queue(assignee=checker)) == ["Mine"]
    assert titles(article_queue(assignee=other_editor)) == ["Theirs"]


def test_unassigned_means_an_open_item_nobody_has(checker):
    open_article = ArticleFactory(title="Open")
    ClaimFactory(article=open_article)
    taken = ArticleFactory(title="Taken")
    item_in_state("assigned", article=taken, assignee=checker)
    closed = ArticleFactory(title="Closed")
    item_in_state("dismissed", article=closed)
    item_in_state("published", item_factory=QuoteFactory, article=closed)

    assert titles(article_queue(assignee="none")) == ["Open"]


def test_it_filters_by_section_and_outlet_exactly():
    ArticleFactory(title="Local daily", section="Local", outlet="Daily")
    ArticleFactory(title="World daily", section="World", outlet="Daily")
    ArticleFactory(title="Local weekly", section="Local", outlet="Weekly")

    assert titles(article_queue(section="Local", outlet="Daily")) == ["Local daily"]
    assert titles(article_queue(section="Loc")) == []
    assert set(titles(article_queue(outlet="Daily"))) == {"Local daily", "World daily"}


def test_it_searches_titles_and_claim_text_case_insensitively():
    by_title = ArticleFactory(title="Budget row in council")
    by_claim = ArticleFactory(title="Other news")
    ClaimFactory(article=by_claim)
    ClaimFactory(article=by_claim, text=LOW)  # two matching claims: still one row
    ArticleFactory(title="Nothing here")

    assert set(titles(article_queue(q="  BUDGET "))) == {by_title.title, by_claim.title}
    assert titles(article_queue(q="households")) == []  # in the body, but in no claim


def test_filters_combine():
    article = ArticleFactory(title="Budget", section="Local")
    item_in_state("proposed", article=article)
    ArticleFactory(title="Budget too", section="World")

    assert titles(article_queue(state="proposed", section="Local", q="budget")) == ["Budget"]
    assert titles(article_queue(state="proposed", section="World")) == []


def test_it_keeps_the_counts_and_runs_one_query(django_assert_num_queries, checker):
    for _ in range(3):
        article = ArticleFactory()
        item_in_state("assigned", article=article, assignee=checker)
        QuoteFactory(article=article)

    with django_assert_num_queries(1):
        rows = list(article_queue(state="assigned", assignee=checker, section="Local", q="council"))

    assert [(row.claim_count, row.quote_count) for row in rows] == [(1, 1)] * 3


def test_filter_choices_list_what_is_present(editor, checker, no_role_user, django_assert_num_queries):
    ArticleFactory(section="World", outlet="Daily")
    ArticleFactory(section="Local", outlet="Daily")
    ArticleFactory(section="", outlet="")

    with django_assert_num_queries(3):
        choices = queue_filter_choices()

    assert (choices.sections, choices.outlets) == (["Local", "World"], ["Daily"])
    assert ("proposed", "Verdict proposed") in choices.states
    assert choices.assignees == [editor, checker]  # by first name; nobody without a role
