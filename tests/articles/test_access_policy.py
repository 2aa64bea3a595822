"""The desk's permission policy (articles/access.py), role by role."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from articles.access import (
    NO_ROLE_MESSAGE,
    assignable_users,
    can_approve,
    can_assign,
    can_change_item,
    can_publish,
    item_get_for_change,
)
from tests.factories import ClaimFactory, QuoteFactory, UserFactory, item_in_state

pytestmark = pytest.mark.django_db

CAST = ["anonymous", "no_role_user", "checker", "editor", "chief"]


def cast(request, who):
    return AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)


@pytest.mark.parametrize(
    ("who", "unassigned", "own", "someone_elses"),
    [
        ("anonymous", False, False, False),
        ("no_role_user", False, False, False),
        ("checker", True, True, False),
        ("editor", True, True, True),
        ("chief", True, True, True),
    ],
)
def test_who_may_change_an_item(request, other_editor, who, unassigned, own, someone_elses):
    user = cast(request, who)
    own_item = ClaimFactory(assignee=user if user.is_authenticated else None)

    assert can_change_item(user, ClaimFactory()) is unassigned
    assert can_change_item(user, own_item) is own
    assert can_change_item(user, QuoteFactory(assignee=other_editor)) is someone_elses


@pytest.mark.parametrize(
    ("who", "assign", "publish"),
    [
        ("anonymous", False, False),
        ("no_role_user", False, False),
        ("checker", False, False),
        ("editor", True, False),
        ("chief", True, True),
    ],
)
def test_who_may_assign_and_publish(request, who, assign, publish):
    user = cast(request, who)

    assert (can_assign(user), can_publish(user)) == (assign, publish)


def test_an_editor_approves_only_verdicts_they_did_not_write(editor, other_editor, checker):
    by_bob = item_in_state("proposed", verdict_by=other_editor)
    by_alice = item_in_state("proposed", verdict_by=editor)

    assert can_approve(editor, by_bob)
    assert not can_approve(editor, by_alice)
    assert not can_approve(checker, by_bob)
    assert can_approve(editor, ClaimFactory())  # no verdict yet: nobody is its author


def test_the_fetch_gives_an_item_the_user_may_change(checker):
    claim = ClaimFactory(assignee=checker)

    assert item_get_for_change(checker, "claims", claim.pk) == claim


def test_the_fetch_is_404_for_unknown_items(editor):
    with pytest.raises(Http404):
        item_get_for_change(editor, "claims", 999_999)
    with pytest.raises(Http404):
        item_get_for_change(editor, "verdicts", ClaimFactory().pk)


def test_the_fetch_is_403_for_someone_elses_item(checker, other_editor):
    quote = QuoteFactory(assignee=other_editor)

    with pytest.raises(PermissionDenied) as error:
        item_get_for_change(checker, "quotes", quote.pk)

    assert str(error.value) == "This quote is assigned to Bob Checker; ask an editor to reassign it to you."


def test_the_fetch_is_403_without_a_role(no_role_user):
    with pytest.raises(PermissionDenied) as error:
        item_get_for_change(no_role_user, "claims", ClaimFactory().pk)

    assert str(error.value) == NO_ROLE_MESSAGE


def test_assignable_users_hold_a_desk_role_and_are_active(checker, editor, other_editor, chief, no_role_user):
    UserFactory(first_name="Ina", last_name="Gone", role="checker", is_active=False)
    UserFactory(first_name="Aaron", last_name="Both", role="checker").groups.add(
        *editor.groups.all()
    )  # in two groups: listed once

    names = [user.get_full_name() for user in assignable_users()]

    assert names == ["Aaron Both", "Alice Editor", "Bob Checker", "Carla Chief", "Chris Checker"]
