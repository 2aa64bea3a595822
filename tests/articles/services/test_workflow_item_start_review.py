from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.access import NO_ROLE_MESSAGE
from articles.services.workflow import item_start_review
from tests.articles.services.conftest import other_states, refusal
from tests.factories import ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db

ALLOWED = ["new", "assigned", "returned"]


@pytest.mark.parametrize("state", ALLOWED)
def test_it_starts_a_review_from_each_allowed_state(checker, state):
    item = item_in_state(state, assignee=None if state == "new" else checker)

    item_start_review(item=item, user=checker)

    item.refresh_from_db()
    assert (item.status, item.assignee, item.version) == ("in_review", checker, 2)
    assert item.history.first().history_user == checker


@pytest.mark.parametrize("factory", [ClaimFactory, QuoteFactory])
def test_it_gives_an_unassigned_item_to_whoever_starts_it(editor, factory):
    item = factory()

    item_start_review(item=item, user=editor)

    item.refresh_from_db()
    assert (item.status, item.assignee, item.assigned_at is not None) == ("in_review", editor, True)


def test_an_editor_starts_an_item_assigned_to_a_checker_who_keeps_it(editor, checker):
    item = item_in_state("assigned", assignee=checker)

    item_start_review(item=item, user=editor)

    item.refresh_from_db()
    assert (item.status, item.assignee) == ("in_review", checker)


@pytest.mark.parametrize("state", other_states(ALLOWED))
def test_it_refuses_other_states(editor, state):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        item_start_review(item=item, user=editor)

    assert error.value.messages == [refusal(state, "starting its review")]
    item.refresh_from_db()
    assert (item.status, item.version) == (state, 1)


def test_it_refuses_a_checker_on_an_item_assigned_to_someone_else(checker, other_editor):
    item = item_in_state("assigned", assignee=other_editor)

    with pytest.raises(PermissionDenied) as error:
        item_start_review(item=item, user=checker)

    assert str(error.value) == "This claim is assigned to Bob Checker; ask an editor to reassign it to you."
    item.refresh_from_db()
    assert (item.status, item.assignee) == ("assigned", other_editor)


def test_it_refuses_an_account_with_no_role(no_role_user):
    with pytest.raises(PermissionDenied) as error:
        item_start_review(item=ClaimFactory(), user=no_role_user)

    assert str(error.value) == NO_ROLE_MESSAGE
