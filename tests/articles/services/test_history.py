"""Every service write leaves a historical row that names its author, even outside a request."""

from __future__ import annotations

import pytest

from articles.models import Claim, Note, Quote, Source, Verdict
from articles.services.review import claim_correct, note_create, quote_correct, source_create
from articles.services.workflow import (
    item_assign,
    item_dismiss,
    item_publish,
    item_restore,
    item_start_review,
    verdict_approve,
    verdict_return,
    verdict_set,
)
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def test_every_change_is_kept_with_who_made_it(editor, other_editor, checker, chief):
    claim, quote = ClaimFactory(), QuoteFactory()
    for item in (claim, quote):
        item_assign(item=item, user=editor, assignee=checker)
        item_start_review(item=item, user=checker)
        source_create(
            item=item, user=checker, url="https://a.org", title="A", stance="refutes", is_primary=True
        )
        source_create(item=item, user=checker, url="https://b.org", title="B", stance="context")
        note_create(item=item, user=checker, text="Called.")
        verdict_set(item=item, user=checker, rating="false", rationale="Wrong.")
        verdict_return(item=item, user=editor, comment="Say which figure.")
        verdict_set(item=item, user=checker, rating="false", rationale="Wrong: $4.0m, not $4.2m.")
        verdict_approve(item=item, user=other_editor)
    claim_correct(claim=claim, user=editor, text="a budget of $4.2 million")
    quote_correct(
        quote=quote, user=editor, text="We had no choice", speaker_name="Maria Lopez", kind="direct"
    )
    item_publish(item=claim, user=chief)
    item_dismiss(item=quote, user=editor, reason="Not checkable after all")
    item_restore(item=quote, user=editor)

    written = {
        model: model.history.exclude(history_user=None) for model in (Claim, Quote, Verdict, Source, Note)
    }
    assert {model.__name__: rows.count() for model, rows in written.items()} == {
        "Claim": 8,
        "Quote": 9,
        "Verdict": 8,
        "Source": 4,
        "Note": 4,
    }
    unnamed = [m.__name__ for m in (Verdict, Source, Note) if m.history.filter(history_user=None).exists()]
    assert unnamed == []
    # Only the factories' own inserts are anonymous.
    assert Claim.history.filter(history_user=None).count() == 1
    users = set(Verdict.history.values_list("history_user__username", flat=True))
    assert users == {"chris", "alice", "bob"}
