from __future__ import annotations

import pytest

from articles.selectors import item_timeline
from articles.services.review import claim_correct, note_create, quote_correct, source_create
from articles.services.workflow import item_assign, item_start_review, verdict_approve, verdict_set
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def test_an_editor_reads_what_a_verdict_said_before_it_changed(editor, other_editor):
    claim = ClaimFactory()
    verdict_set(item=claim, user=other_editor, rating="true", rationale="The minutes agree.")
    verdict_set(item=claim, user=editor, rating="false", rationale="The minutes were amended.")

    timeline = item_timeline(claim)

    changed = next(entry for entry in timeline if entry.what == "Verdict changed")
    assert (changed.who, changed.who_name, changed.kind) == (editor, "Alice Editor", "verdict")
    assert [(c.label, c.old, c.new) for c in changed.changes] == [
        ("Rating", "True", "False"),
        ("Rationale", "The minutes agree.", "The minutes were amended."),
    ]
    proposed = next(entry for entry in timeline if entry.what == "Verdict proposed")
    assert (proposed.who, proposed.changes[0].new) == (other_editor, "True")
    assert proposed.when <= changed.when


def test_it_merges_the_item_its_verdict_sources_and_notes_newest_first(editor, other_editor, checker):
    claim = ClaimFactory()
    item_assign(item=claim, user=editor, assignee=checker)
    item_start_review(item=claim, user=checker)
    claim_correct(claim=claim, user=checker, text="a budget of $4.2 million")
    source_create(
        item=claim, user=checker, url="https://a.org", title="Minutes", stance="supports", is_primary=True
    )
    source_create(item=claim, user=checker, url="https://b.org", title="Report", stance="context")
    note_create(item=claim, user=checker, text="Called the clerk.")
    verdict_set(item=claim, user=checker, rating="true", rationale="Checked.")
    verdict_approve(item=claim, user=other_editor)

    timeline = item_timeline(claim)

    assert [(entry.what, entry.who) for entry in timeline] == [
        ("Status: Verdict proposed -> Approved", other_editor),
        ("Verdict approved", other_editor),
        ("Status: In review -> Verdict proposed", checker),
        ("Verdict proposed", checker),
        ("Note added", checker),
        ("Source added", checker),
        ("Source added", checker),
        ("Claim changed", checker),
        ("Status: Assigned -> In review", checker),
        ("Status: New -> Assigned", editor),
        ("Claim extracted", None),
    ]
    assert [entry.when for entry in timeline] == sorted((entry.when for entry in timeline), reverse=True)
    assigned = timeline[-2]
    assert ("Assigned to", "", "Chris Checker") in [(c.label, c.old, c.new) for c in assigned.changes]
    corrected = timeline[-4].changes
    assert [(c.field, c.new) for c in corrected] == [("text", "a budget of $4.2 million")]
    assert timeline[0].changes[0].field == "status"


def test_a_quote_shows_its_speaker_by_name(editor):
    quote = QuoteFactory()
    old_speaker = quote.speaker.name

    quote_correct(quote=quote, user=editor, text="We had no choice", speaker_name="Ana Ruiz", kind="mixed")

    (entry, _) = item_timeline(quote)
    speaker = next(c for c in entry.changes if c.field == "speaker")
    assert (speaker.old, speaker.new) == (old_speaker, "Ana Ruiz")
    assert ("kind", "Direct", "Mixed") in [(c.field, c.old, c.new) for c in entry.changes]


def test_it_runs_a_fixed_number_of_queries(editor, other_editor, checker, django_assert_num_queries):
    claim = ClaimFactory()
    item_assign(item=claim, user=editor, assignee=checker)
    for n in range(4):
        verdict_set(item=claim, user=checker, rating="true" if n % 2 else "false", rationale=f"Take {n}.")
        source_create(item=claim, user=checker, url=f"https://a.org/{n}", title=f"S{n}", stance="context")
        note_create(item=claim, user=other_editor, text=f"Note {n}.")

    # Four history tables, then the people named in assignee and approval fields.
    with django_assert_num_queries(5):
        timeline = item_timeline(claim)

    assert len(timeline) > 12
