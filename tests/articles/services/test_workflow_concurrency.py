"""Two editors saving at the same moment, each in their own connection: the item lock orders them."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from articles.models import Verdict
from articles.services.conflicts import EditConflict
from articles.services.workflow import verdict_set
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def server_or_file_database():
    # Threads see only committed rows. SQLite's shared in-memory test database answers "table is
    # locked" at once instead of waiting for the lock as a database file does.
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("needs PostgreSQL or an SQLite test database in a file")


def test_two_editors_creating_the_first_verdict_at_once_conflict(editor, other_editor):
    claim = ClaimFactory()
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(user, rationale):
        try:
            start.wait()
            verdict_set(
                item=type(claim).objects.get(pk=claim.pk),
                user=user,
                rating="true",
                rationale=rationale,
                expected_version=0,
            )
            outcomes[user.username] = "saved"
        except EditConflict as conflict:
            outcomes[user.username] = conflict
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=(editor, "Alice's reading.")),
        threading.Thread(target=save, args=(other_editor, "Bob's reading.")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(type(o).__name__ for o in outcomes.values()) == ["EditConflict", "str"]
    verdict = Verdict.objects.get()
    winner = next(name for name, o in outcomes.items() if o == "saved")
    loser = next(o for o in outcomes.values() if isinstance(o, EditConflict))
    assert verdict.updated_by.username == winner
    assert loser.current.rationale == verdict.rationale
