"""Every workflow step against every kind of actor, and the card offering exactly the steps that succeed."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from articles.selectors import card_actions, item_card
from articles.services import review, workflow
from tests.factories import item_in_state, sources_for

pytestmark = pytest.mark.django_db

# (step, a state it may be taken from, with or without an assignee; how it is called)
STEPS = {
    "assign": (
        "new",
        lambda item, user, checker: workflow.item_assign(item=item, user=user, assignee=checker),
    ),
    "start_review": ("returned", lambda item, user, _: workflow.item_start_review(item=item, user=user)),
    "verdict": (
        "in_review",
        lambda item, user, _: workflow.verdict_set(item=item, user=user, rating="true", rationale="Checked."),
    ),
    "approve": ("proposed", lambda item, user, _: workflow.verdict_approve(item=item, user=user)),
    "return": (
        "proposed",
        lambda item, user, _: workflow.verdict_return(item=item, user=user, comment="Why?"),
    ),
    "publish": ("approved", lambda item, user, _: workflow.item_publish(item=item, user=user)),
    "dismiss": (
        "assigned",
        lambda item, user, _: workflow.item_dismiss(item=item, user=user, reason="Opinion"),
    ),
    "restore": ("dismissed", lambda item, user, _: workflow.item_restore(item=item, user=user)),
    "note": ("published", lambda item, user, _: review.note_create(item=item, user=user, text="Noted.")),
    "source": (
        "in_review",
        lambda item, user, _: review.source_create(
            item=item, user=user, url="https://x.org", title="X", stance="context"
        ),
    ),
    "correct": (
        "returned",
        lambda item, user, _: review.claim_correct(claim=item, user=user, text="a budget of $4.2 million"),
    ),
}

# Who tries, and whose item it is: a checker works on unassigned items and their own.
ACTORS = ["no_role", "checker_unassigned", "checker_own", "checker_other", "editor", "chief"]
CHANGERS = {"checker_unassigned", "checker_own", "editor", "chief"}
ALLOWED = {
    "assign": {"editor", "chief"},
    "start_review": CHANGERS,
    "verdict": CHANGERS,
    "approve": {"editor", "chief"},
    "return": {"editor", "chief"},
    "publish": {"chief"},
    "dismiss": CHANGERS,
    "restore": CHANGERS,
    "note": CHANGERS | {"checker_other"},
    "source": CHANGERS,
    "correct": CHANGERS,
}


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("step", list(STEPS))
def test_each_step_by_each_actor(request, checker, other_editor, step, actor):
    state, take = STEPS[step]
    user = {
        "no_role": "no_role_user",
        "checker_unassigned": "checker",
        "checker_own": "checker",
        "checker_other": "checker",
        "editor": "editor",
        "chief": "chief",
    }[actor]
    user = request.getfixturevalue(user)
    assignee = {"checker_own": checker, "checker_other": other_editor}.get(actor)
    item = item_in_state(state, assignee=assignee)
    sources_for(item)
    allowed = actor in ALLOWED[step]

    offered = step in card_actions(user, item_card(item))
    if allowed:
        take(item, user, checker)
    else:
        with pytest.raises(PermissionDenied):
            take(item, user, checker)

    assert offered is allowed
    item.refresh_from_db()
    assert (item.version > 1) is (allowed and step not in {"note", "source"})
