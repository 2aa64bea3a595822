"""The concurrent-edits bench's own parts: reading forms as a browser sends them, and finding lost updates.

The bench itself runs a server and takes minutes; these check, in milliseconds, that its
verdict on the history is right both ways: a clean history passes, an overwrite is found.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.factories import ClaimFactory, UserFactory, VerdictFactory

spec = importlib.util.spec_from_file_location(
    "concurrent_edits", Path(__file__).resolve().parents[2] / "bench" / "concurrent_edits.py"
)
bench = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = bench  # dataclasses look their module up there
spec.loader.exec_module(bench)

CARD = """
<article id="claim-7" class="card">
  <form class="item-form" method="post" action="/claims/7/verdict/">
    <input type="hidden" name="csrfmiddlewaretoken" value="tok">
    <select name="rating">
      <option value="">Choose</option><option value="false" selected>False</option>
    </select>
    <textarea name="rationale">
editor 3 save 1</textarea>
    <input type="hidden" name="version" value="4">
    <input type="checkbox" name="is_primary">
  </form>
</article>
"""


def test_it_reads_a_form_as_a_browser_sends_it():
    form = bench.Forms(CARD).find("/claims/7/verdict/")

    assert form["fields"] == {
        "csrfmiddlewaretoken": "tok",
        "rating": "false",
        "rationale": "editor 3 save 1",
        "version": "4",
    }
    assert bench.version_of(form["fields"]) == 4
    assert not bench.Forms(CARD).shows_conflict
    assert bench.Forms('<section class="conflict">').shows_conflict


def saved(editor: int, n: int, read: str, version: int | None) -> bench.Save:
    item = bench.Item("claim", 1, 1, "text")
    value = f"editor {editor} save {n}"
    return bench.Save(editor, n, "verdict", item, value, read, version, outcome="saved")


def row(rationale: str, version: int) -> SimpleNamespace:
    return SimpleNamespace(rationale=rationale, version=version)


@pytest.fixture
def verdict(db):
    return VerdictFactory(claim=ClaimFactory(), created_by=UserFactory())


def run_check(verdict, saves, rows) -> bench.Check:
    verdict.rationale, verdict.version = rows[-1].rationale, rows[-1].version
    verdict.save()
    item = bench.Item("claim", verdict.claim_id, 1, "text")
    for save in saves:
        save.item = item
    check = bench.Check()
    bench.check_verdict(check, item, saves, rows)
    return check


def test_it_passes_a_history_where_each_save_saw_the_one_before(verdict):
    saves = [saved(1, 1, "", 0), saved(2, 1, "editor 1 save 1", 1), saved(3, 1, "editor 2 save 1", 2)]
    rows = [row("editor 1 save 1", 1), row("editor 2 save 1", 2), row("editor 3 save 1", 3)]

    check = run_check(verdict, saves, rows)

    assert (check.lost, dict(check.problems)) == (set(), {})


def test_it_finds_a_save_overwritten_unseen(verdict):
    # Editor 3 read editor 1's verdict and saved over editor 2's without seeing it.
    saves = [
        saved(1, 1, "", None),
        saved(2, 1, "editor 1 save 1", None),
        saved(3, 1, "editor 1 save 1", None),
    ]
    rows = [row("editor 1 save 1", 1), row("editor 2 save 1", 1), row("editor 3 save 1", 1)]

    check = run_check(verdict, saves, rows)

    assert check.lost == {(2, 1)}
    assert check.problems["overwritten unseen"] == 1
    assert check.problems["version chain break"] == 2


def test_it_finds_a_save_answered_as_saved_but_missing(verdict):
    saves = [saved(1, 1, "", 0), saved(2, 1, "", 0)]
    rows = [row("editor 1 save 1", 1)]

    check = run_check(verdict, saves, rows)

    assert check.lost == {(2, 1)}
    assert check.problems["saves accepted on the same version"] == 1
