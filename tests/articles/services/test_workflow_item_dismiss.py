from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.services.review import item_dismiss
from tests.factories import ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [ClaimFactory, QuoteFactory])
def test_it_dismisses_an_item(editor, factory):
    item = factory()

    item_dismiss(item=item, user=editor, reason="  Opinion, not checkable ")

    item.refresh_from_db()
    assert (item.status, item.dismissed_reason) == ("dismissed", "Opinion, not checkable")
    assert (item.edited_by, item.edited_at is not None) == (editor, True)


@pytest.mark.parametrize("reason", ["", "  "])
def test_it_requires_a_reason(editor, reason):
    claim = ClaimFactory()

    with pytest.raises(ValidationError) as error:
        item_dismiss(item=claim, user=editor, reason=reason)

    assert error.value.messages == ["Say why the claim is dismissed."]
    claim.refresh_from_db()
    assert claim.status == "new"


def test_it_refuses_an_overlong_reason(editor):
    claim = ClaimFactory()

    with pytest.raises(ValidationError) as error:
        item_dismiss(item=claim, user=editor, reason="x" * 501)

    assert "Dismissal reason: Ensure this value has at most 500 characters" in error.value.messages[0]
    claim.refresh_from_db()
    assert claim.status == "new"


@pytest.mark.parametrize("state", ["new", "assigned", "in_review", "proposed", "returned", "approved"])
def test_it_dismisses_from_each_open_state(editor, state):
    item = item_in_state(state)

    item_dismiss(item=item, user=editor, reason="Duplicate")

    item.refresh_from_db()
    assert (item.status, item.version) == ("dismissed", 2)
    assert item.history.first().history_user == editor


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ("dismissed", "This claim is already dismissed."),
        ("published", "This claim is published; it can no longer be changed."),
    ],
)
def test_it_refuses_closed_items(editor, state, message):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        item_dismiss(item=item, user=editor, reason="Again")

    assert error.value.messages == [message]


def test_a_checker_dismisses_their_own_item_but_not_someone_elses(checker, other_editor):
    mine = item_in_state("assigned", assignee=checker)
    theirs = item_in_state("assigned", assignee=other_editor)

    item_dismiss(item=mine, user=checker, reason="Opinion")
    with pytest.raises(PermissionDenied):
        item_dismiss(item=theirs, user=checker, reason="Opinion")

    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == ("dismissed", "assigned")
