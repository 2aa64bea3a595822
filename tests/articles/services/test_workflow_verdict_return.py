from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.models import Note
from articles.services.workflow import verdict_return
from tests.articles.services.conftest import other_states, refusal
from tests.factories import ClaimFactory, item_in_state

pytestmark = pytest.mark.django_db

ALLOWED = ["proposed", "approved"]


@pytest.mark.parametrize("state", ALLOWED)
def test_it_returns_a_verdict_with_a_comment(editor, checker, state):
    item = item_in_state(state, assignee=checker, verdict_by=checker)

    verdict = verdict_return(item=item, user=editor, comment="  Find the council minutes. ")

    item.refresh_from_db()
    verdict.refresh_from_db()
    assert (item.status, item.assignee) == ("returned", checker)
    assert (verdict.return_comment, verdict.approved_by, verdict.approved_at) == (
        "Find the council minutes.",
        None,
        None,
    )
    note = Note.objects.get(claim=item)
    assert (note.text, note.created_by) == ("Returned: Find the council minutes.", editor)
    assert note.history.get().history_user == editor
    assert verdict.history.first().history_user == editor


def test_an_unassigned_item_goes_back_to_the_verdicts_author(editor, checker):
    item = item_in_state("proposed", verdict_by=checker)

    verdict_return(item=item, user=editor, comment="Needs a primary source.")

    item.refresh_from_db()
    assert (item.status, item.assignee) == ("returned", checker)


@pytest.mark.parametrize("comment", ["", "   "])
def test_it_refuses_to_return_without_a_comment(editor, comment):
    item = item_in_state("proposed")

    with pytest.raises(ValidationError) as error:
        verdict_return(item=item, user=editor, comment=comment)

    assert error.value.messages == ["Say what needs doing: returning a verdict needs a comment."]
    item.refresh_from_db()
    assert item.status == "proposed"
    assert Note.objects.count() == 0


@pytest.mark.parametrize("state", other_states(ALLOWED))
def test_it_refuses_other_states(editor, state):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        verdict_return(item=item, user=editor, comment="Again.")

    assert error.value.messages == [refusal(state, "returning its verdict")]
    item.refresh_from_db()
    assert item.status == state
    assert Note.objects.count() == 0


def test_it_refuses_a_checker(checker):
    item = item_in_state("proposed", assignee=checker)

    with pytest.raises(PermissionDenied) as error:
        verdict_return(item=item, user=checker, comment="Mine.")

    assert str(error.value) == "Only an editor returns verdicts."


def test_it_says_when_there_is_no_verdict(editor):
    item = ClaimFactory(status="proposed")  # only possible by hand, in admin

    with pytest.raises(ValidationError) as error:
        verdict_return(item=item, user=editor, comment="Hm.")

    assert error.value.messages == ["This claim has no verdict yet."]
