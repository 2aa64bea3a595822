"""Two editors saving at the same moment, each in their own connection: the item lock orders them."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections

from articles.models import Verdict
from articles.roles import ROLE_GROUPS
from articles.services.conflicts import EditConflict
from articles.services.workflow import verdict_set
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def server_or_file_database(transactional_db):
    # Threads see only committed rows. SQLite's shared in-memory test database answers "table is
    # locked" at once instead of waiting for the lock as a database file does.
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("needs PostgreSQL or an SQLite test database in a file")
    # A transactional test flushes the tables afterwards, groups made by migrations included.
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)


def save_at_once(claim, saves: list[tuple]) -> dict[str, object]:
    """Run `verdict_set` for each (user, rationale, expected_version) in its own thread, all at once."""
    start = threading.Barrier(len(saves))
    outcomes: dict[str, object] = {}

    def save(user, rationale, expected_version):
        try:
            start.wait()
            item = type(claim).objects.get(pk=claim.pk)
            verdict_set(
                item=item, user=user, rating="true", rationale=rationale, expected_version=expected_version
            )
            outcomes[user.username] = "saved"
        except EditConflict as conflict:
            outcomes[user.username] = conflict
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=args) for args in saves]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.mark.parametrize("existing", [False, True], ids=["first verdict", "existing verdict"])
def test_two_editors_saving_the_same_verdict_at_once_conflict(editor, other_editor, chief, existing):
    claim = ClaimFactory()
    if existing:
        verdict_set(item=claim, user=chief, rating="false", rationale="The chief's.", expected_version=0)
    version = 1 if existing else 0

    outcomes = save_at_once(
        claim, [(editor, "Alice's reading.", version), (other_editor, "Bob's reading.", version)]
    )

    assert sorted(type(o).__name__ for o in outcomes.values()) == ["EditConflict", "str"]
    verdict = Verdict.objects.get()
    winner = next(name for name, o in outcomes.items() if o == "saved")
    loser = next(o for o in outcomes.values() if isinstance(o, EditConflict))
    assert (verdict.updated_by.username, verdict.version) == (winner, version + 1)
    assert loser.current.rationale == verdict.rationale
