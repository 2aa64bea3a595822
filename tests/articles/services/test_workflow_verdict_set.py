from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles.models import Verdict
from articles.services.conflicts import EditConflict
from articles.services.review import item_dismiss, verdict_set
from tests.articles.services.conftest import other_states, refusal
from tests.factories import ClaimFactory, QuoteFactory, item_in_state

pytestmark = pytest.mark.django_db


def test_it_rates_a_claim(editor):
    claim = ClaimFactory()

    verdict = verdict_set(item=claim, user=editor, rating="mostly_true", rationale=" Minutes say $4.1m. ")

    verdict.refresh_from_db()
    assert (verdict.claim, verdict.rating, verdict.rationale) == (claim, "mostly_true", "Minutes say $4.1m.")
    assert (verdict.created_by, verdict.updated_by) == (editor, editor)
    assert verdict.updated_at is not None


def test_it_rates_a_quote(editor):
    quote = QuoteFactory()

    verdict_set(item=quote, user=editor, rating="true", rationale="She confirmed it by phone.")

    assert quote.verdict.rating == "true"


def test_it_updates_the_one_verdict_in_place(editor, other_editor):
    claim = ClaimFactory()
    first = verdict_set(item=claim, user=editor, rating="true", rationale="At first sight.")
    first_updated_at = first.updated_at

    second = verdict_set(
        item=claim, user=other_editor, rating="false", rationale="The minutes say otherwise."
    )

    assert Verdict.objects.count() == 1
    assert second.pk == first.pk
    second.refresh_from_db()
    assert (second.rating, second.rationale) == ("false", "The minutes say otherwise.")
    assert (second.created_by, second.updated_by) == (editor, other_editor)
    assert second.updated_at >= first_updated_at


@pytest.mark.parametrize(
    ("rating", "rationale", "message"),
    [
        ("fabulous", "Because.", "Choose a rating from the list."),
        ("", "Because.", "Choose a rating from the list."),
        ("true", "  ", "Explain the rating in the rationale."),
    ],
)
def test_it_refuses_bad_input(editor, rating, rationale, message):
    with pytest.raises(ValidationError) as error:
        verdict_set(item=ClaimFactory(), user=editor, rating=rating, rationale=rationale)

    assert error.value.messages == [message]
    assert Verdict.objects.count() == 0


def test_it_leaves_the_verdict_alone_on_bad_input(editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=editor, rating="true", rationale="Checked.")

    with pytest.raises(ValidationError):
        verdict_set(item=claim, user=editor, rating="false", rationale="")

    claim.verdict.refresh_from_db()
    assert (claim.verdict.rating, claim.verdict.rationale) == ("true", "Checked.")


def test_it_refuses_a_dismissed_item(editor):
    quote = item_dismiss(item=QuoteFactory(), user=editor, reason="Not a quote")

    with pytest.raises(ValidationError) as error:
        verdict_set(item=quote, user=editor, rating="true", rationale="Checked.")

    assert error.value.messages == ["This quote is dismissed; restore it before rating it."]
    assert Verdict.objects.count() == 0


ALLOWED = ["new", "assigned", "in_review", "returned", "proposed", "approved"]


@pytest.mark.parametrize("state", ALLOWED)
def test_it_proposes_from_each_allowed_state(editor, checker, state):
    item = item_in_state(state, assignee=checker if state != "new" else None, verdict_by=checker)

    verdict = verdict_set(item=item, user=editor, rating="false", rationale="The minutes say otherwise.")

    item.refresh_from_db()
    verdict.refresh_from_db()
    assert item.status == "proposed"
    assert (verdict.rating, verdict.updated_by, verdict.approved_by, verdict.return_comment) == (
        "false",
        editor,
        None,
        "",
    )


@pytest.mark.parametrize("state", other_states(ALLOWED))
def test_it_refuses_other_states(editor, state):
    item = item_in_state(state)

    with pytest.raises(ValidationError) as error:
        verdict_set(item=item, user=editor, rating="true", rationale="Checked.")

    assert error.value.messages == [refusal(state, "rating it")]
    item.refresh_from_db()
    assert (item.status, item.version) == (state, 1)


def test_re_proposing_an_approved_verdict_clears_the_approval(editor, checker):
    item = item_in_state("approved", assignee=checker, verdict_by=checker, approved_by=editor)

    verdict_set(item=item, user=checker, rating="half_true", rationale="New figures came out.")

    item.refresh_from_db()
    assert item.status == "proposed"
    assert (item.verdict.approved_by, item.verdict.approved_at) == (None, None)


def test_a_checker_rating_an_unassigned_item_takes_it(checker):
    claim = ClaimFactory()

    verdict_set(item=claim, user=checker, rating="true", rationale="Checked.")

    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == ("proposed", checker)


def test_an_editor_rating_an_unassigned_item_leaves_it_unassigned(editor):
    claim = ClaimFactory()

    verdict_set(item=claim, user=editor, rating="true", rationale="Checked.")

    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == ("proposed", None)


def test_a_checker_cannot_rate_an_item_assigned_to_someone_else(checker, other_editor):
    claim = item_in_state("assigned", assignee=other_editor)

    with pytest.raises(PermissionDenied) as error:
        verdict_set(item=claim, user=checker, rating="true", rationale="Checked.")

    assert "assigned to Bob Checker" in str(error.value)
    assert Verdict.objects.count() == 0


def test_it_counts_versions_of_the_verdict_and_the_item(editor):
    claim = ClaimFactory()

    first = verdict_set(item=claim, user=editor, rating="true", rationale="One.", expected_version=0)
    second = verdict_set(item=claim, user=editor, rating="false", rationale="Two.", expected_version=1)

    claim.refresh_from_db()
    assert (first.pk, second.version, claim.version) == (second.pk, 2, 3)


def test_a_stale_version_conflicts_and_overwrites_nothing(editor, other_editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=editor, rating="true", rationale="Mine.", expected_version=0)
    # Both open the form at version 1; Bob saves first.
    verdict_set(item=claim, user=other_editor, rating="false", rationale="Bob's.", expected_version=1)

    with pytest.raises(EditConflict) as error:
        verdict_set(item=claim, user=editor, rating="half_true", rationale="Alice's.", expected_version=1)

    current = error.value.current
    assert (current.rating, current.rationale, current.updated_by, current.version) == (
        "false",
        "Bob's.",
        other_editor,
        2,
    )
    message = error.value.messages[0]
    assert message.startswith("Bob Checker saved this verdict at ")
    assert message.endswith(" while you were editing it.")
    assert isinstance(error.value, ValidationError)
    claim.verdict.refresh_from_db()
    assert (claim.verdict.rating, claim.verdict.rationale, claim.verdict.version) == ("false", "Bob's.", 2)


def test_two_editors_creating_the_first_verdict_conflict(editor, other_editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=other_editor, rating="false", rationale="Bob was first.", expected_version=0)

    with pytest.raises(EditConflict) as error:
        verdict_set(item=claim, user=editor, rating="true", rationale="Alice too.", expected_version=0)

    assert error.value.current.rationale == "Bob was first."
    assert Verdict.objects.get().rationale == "Bob was first."


def test_no_expected_version_skips_the_check(editor, other_editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=other_editor, rating="false", rationale="Bob's.")

    verdict_set(item=claim, user=editor, rating="true", rationale="Admin's.")

    assert Verdict.objects.get().rationale == "Admin's."


def test_every_write_is_in_history_with_its_author(editor, other_editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=editor, rating="true", rationale="First.")
    verdict_set(item=claim, user=other_editor, rating="false", rationale="Second.")

    rows = list(claim.verdict.history.order_by("history_date"))
    assert [(r.rating, r.history_user, r.history_type) for r in rows] == [
        ("true", editor, "+"),
        ("false", other_editor, "~"),
    ]
    assert claim.history.first().history_user == other_editor
