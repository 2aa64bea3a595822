from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.access import NO_ROLE_MESSAGE
from articles.services.workflow import item_assign
from tests.articles.services.conftest import other_states, refusal
from tests.factories import ClaimFactory, QuoteFactory, UserFactory, item_in_state

pytestmark = pytest.mark.django_db

ALLOWED = ["new", "assigned", "in_review", "returned"]


@pytest.mark.parametrize("factory", [ClaimFactory, QuoteFactory])
def test_it_assigns_a_new_item(editor, checker, factory):
    item = factory()

    item_assign(item=item, user=editor, assignee=checker)

    item.refresh_from_db()
    assert (item.status, item.assignee, item.assigned_at is not None) == ("assigned", checker, True)
    assert (item.version, item.edited_by) == (2, editor)
    assert item.history.first().history_user == editor


@pytest.mark.parametrize(
    ("state", "after"),
    [("new", "assigned"), ("assigned", "assigned"), ("in_review", "in_review"), ("returned", "returned")],
)
def test_it_assigns_from_each_allowed_state(editor, other_editor, checker, state, after):
    item = item_in_state(state, assignee=other_editor if state != "new" else None)

    item_assign(item=item, user=editor, assignee=checker)

    item.refresh_from_db()
    assert (item.status, item.assignee) == (after, checker)


@pytest.mark.parametrize("state", other_states(ALLOWED))
def test_it_refuses_other_states(editor, checker, state):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        item_assign(item=item, user=editor, assignee=checker)

    assert error.value.messages == [refusal(state, "assigning it")]
    item.refresh_from_db()
    assert (item.status, item.assignee, item.version) == (state, None, 1)


def test_it_unassigns_an_assigned_item_back_to_new(editor, checker):
    item = item_in_state("assigned", assignee=checker)

    item_assign(item=item, user=editor, assignee=None)

    item.refresh_from_db()
    assert (item.status, item.assignee, item.assigned_at) == ("new", None, None)


def test_it_unassigns_an_item_in_review_keeping_its_state(editor, checker):
    item = item_in_state("in_review", assignee=checker)

    item_assign(item=item, user=editor, assignee=None)

    item.refresh_from_db()
    assert (item.status, item.assignee) == ("in_review", None)


def test_it_assigns_to_an_editor_too(chief, other_editor):
    item = ClaimFactory()

    item_assign(item=item, user=chief, assignee=other_editor)

    item.refresh_from_db()
    assert (item.status, item.assignee) == ("assigned", other_editor)


def test_it_refuses_an_assignee_without_a_desk_role(editor, no_role_user):
    item = ClaimFactory()

    with pytest.raises(ValidationError) as error:
        item_assign(item=item, user=editor, assignee=no_role_user)

    assert error.value.messages == ["Nora Nobody has no role on the desk."]
    item.refresh_from_db()
    assert (item.status, item.assignee) == ("new", None)


def test_it_refuses_an_inactive_assignee(editor):
    gone = UserFactory(first_name="Gina", last_name="Gone", role="checker", is_active=False)

    with pytest.raises(ValidationError):
        item_assign(item=ClaimFactory(), user=editor, assignee=gone)


def test_it_refuses_a_checker(checker):
    item = ClaimFactory()

    with pytest.raises(PermissionDenied) as error:
        item_assign(item=item, user=checker, assignee=checker)

    assert str(error.value) == "Only an editor assigns work."
    item.refresh_from_db()
    assert item.assignee is None


def test_it_refuses_an_account_with_no_role(no_role_user, checker):
    with pytest.raises(PermissionDenied) as error:
        item_assign(item=ClaimFactory(), user=no_role_user, assignee=checker)

    assert str(error.value) == NO_ROLE_MESSAGE
