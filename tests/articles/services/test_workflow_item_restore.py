from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.services.review import item_dismiss, item_restore
from tests.factories import ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [ClaimFactory, QuoteFactory])
def test_it_restores_a_dismissed_item(editor, other_editor, factory):
    item = item_dismiss(item=factory(), user=editor, reason="Opinion")

    item_restore(item=item, user=other_editor)

    item.refresh_from_db()
    assert (item.status, item.dismissed_reason, item.edited_by) == ("new", "", other_editor)


def test_it_refuses_an_item_that_is_not_dismissed(editor):
    quote = QuoteFactory()

    with pytest.raises(ValidationError) as error:
        item_restore(item=quote, user=editor)

    assert error.value.messages == ["This quote is not dismissed."]
    quote.refresh_from_db()
    assert quote.edited_by is None


def test_an_assigned_item_comes_back_to_its_assignee(editor, checker):
    item = item_in_state("dismissed", assignee=checker)

    item_restore(item=item, user=editor)

    item.refresh_from_db()
    assert (item.status, item.assignee, item.version) == ("assigned", checker, 2)
    assert item.history.first().history_user == editor


@pytest.mark.parametrize(
    "state", ["new", "assigned", "in_review", "proposed", "returned", "approved", "published"]
)
def test_it_refuses_every_other_state(editor, state):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        item_restore(item=item, user=editor)

    assert error.value.messages == ["This claim is not dismissed."]
    item.refresh_from_db()
    assert item.status == state


def test_a_checker_cannot_restore_an_item_assigned_to_someone_else(checker, other_editor):
    item = item_in_state("dismissed", assignee=other_editor)

    with pytest.raises(PermissionDenied):
        item_restore(item=item, user=checker)
