from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.services.workflow import verdict_approve, verdict_set
from tests.articles.services.conftest import other_states, refusal
from tests.factories import QuoteFactory, item_in_state, sources_for

pytestmark = pytest.mark.django_db


def proposed(author, **kwargs):
    item = item_in_state("proposed", verdict_by=author, **kwargs)
    sources_for(item, primary=1, secondary=1)
    return item


def test_it_approves_a_proposed_verdict_with_two_sources_one_primary(editor, checker):
    item = proposed(checker, assignee=checker)
    rated_at = item.verdict.updated_at

    verdict = verdict_approve(item=item, user=editor)

    item.refresh_from_db()
    verdict.refresh_from_db()
    assert item.status == "approved"
    assert (verdict.approved_by, verdict.approved_at is not None, verdict.version) == (editor, True, 2)
    assert verdict.updated_at == rated_at  # an approval is not a new rating
    assert verdict.history.first().history_user == editor
    assert item.history.first().history_user == editor


def test_it_approves_a_quote(editor, checker):
    item = proposed(checker, item_factory=QuoteFactory)

    verdict_approve(item=item, user=editor)

    item.refresh_from_db()
    assert item.status == "approved"


def test_the_chief_approves_too(chief, checker):
    item = proposed(checker)

    verdict_approve(item=item, user=chief)

    item.refresh_from_db()
    assert item.status == "approved"


def test_it_refuses_to_approve_your_own_verdict(editor):
    item = proposed(editor)

    with pytest.raises(PermissionDenied) as error:
        verdict_approve(item=item, user=editor)

    assert str(error.value) == "You wrote this verdict: another editor must approve it."
    item.refresh_from_db()
    assert (item.status, item.verdict.approved_by) == ("proposed", None)


def test_it_refuses_a_verdict_you_changed_last(editor, checker):
    item = proposed(checker, assignee=checker)
    verdict_set(item=item, user=editor, rating="false", rationale="I rewrote it.")

    with pytest.raises(PermissionDenied):
        verdict_approve(item=item, user=editor)


@pytest.mark.parametrize(
    ("primary", "secondary", "counts"),
    [(0, 0, "it has 0, 0 primary"), (1, 0, "it has 1, 1 primary"), (0, 2, "it has 2, 0 primary")],
)
def test_it_refuses_without_two_sources_one_primary(editor, checker, primary, secondary, counts):
    item = item_in_state("proposed", verdict_by=checker)
    sources_for(item, primary=primary, secondary=secondary)

    with pytest.raises(ValidationError) as error:
        verdict_approve(item=item, user=editor)

    assert error.value.messages == [
        f"A verdict needs at least 2 sources, at least one of them primary, before it is approved ({counts})."
    ]
    item.refresh_from_db()
    assert (item.status, item.verdict.approved_by, item.verdict.version) == ("proposed", None, 1)


@pytest.mark.parametrize("state", other_states(["proposed"]))
def test_it_refuses_other_states(editor, checker, state):
    item = item_in_state(state, verdict_by=checker)
    sources_for(item)

    with pytest.raises(ValidationError) as error:
        verdict_approve(item=item, user=editor)

    assert error.value.messages == [refusal(state, "approving its verdict")]
    item.refresh_from_db()
    assert item.status == state


def test_it_refuses_a_checker(checker, other_editor):
    item = proposed(other_editor)

    with pytest.raises(PermissionDenied) as error:
        verdict_approve(item=item, user=checker)

    assert str(error.value) == "Only an editor approves verdicts."
    item.refresh_from_db()
    assert item.status == "proposed"
