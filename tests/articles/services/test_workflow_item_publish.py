from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.services.review import claim_correct, note_create, source_create
from articles.services.workflow import item_dismiss, item_publish, verdict_set
from tests.articles.services.conftest import other_states, refusal
from tests.factories import QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory_kwargs", [{}, {"item_factory": QuoteFactory}])
def test_the_chief_publishes_an_approved_item(chief, factory_kwargs):
    item = item_in_state("approved", **factory_kwargs)

    item_publish(item=item, user=chief)

    item.refresh_from_db()
    assert (item.status, item.edited_by, item.version) == ("published", chief, 2)
    assert item.history.first().history_user == chief


@pytest.mark.parametrize("actor", ["editor", "checker"])
def test_it_refuses_anyone_but_the_chief(request, actor):
    item = item_in_state("approved")

    with pytest.raises(PermissionDenied) as error:
        item_publish(item=item, user=request.getfixturevalue(actor))

    assert str(error.value) == "Only the desk chief publishes."
    item.refresh_from_db()
    assert item.status == "approved"


@pytest.mark.parametrize("state", other_states(["approved"]))
def test_it_refuses_other_states(chief, state):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        item_publish(item=item, user=chief)

    assert error.value.messages == [refusal(state, "publishing it")]
    item.refresh_from_db()
    assert item.status == state


def test_a_published_item_takes_notes_but_no_other_change(chief, editor):
    item = item_in_state("approved")
    item_publish(item=item, user=chief)
    closed = "This claim is published; it can no longer be changed."

    for change in (
        lambda: verdict_set(item=item, user=editor, rating="true", rationale="Later."),
        lambda: claim_correct(claim=item, user=editor, text="a budget of $4.2 million"),
        lambda: source_create(item=item, user=editor, url="https://x.org", title="X", stance="context"),
        lambda: item_dismiss(item=item, user=editor, reason="Oops"),
    ):
        with pytest.raises(ValidationError) as error:
            change()
        assert error.value.messages == [closed]
    note_create(item=item, user=editor, text="Readers wrote in.")
    item.refresh_from_db()
    assert (item.status, item.notes.count()) == ("published", 1)
