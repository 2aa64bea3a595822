"""Fixtures for the service tests: the seed page, and a stand-in for the extraction engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from articles import extraction
from articles.extraction import ArticleParts, Extraction

SEED_PAGE = Path(__file__).resolve().parents[3] / "seeds" / "korea-times-nk-workers-defect.txt"
SEED_TITLE = "9 North Korean workers in Russia defected to South Korea"

# Long enough to count as an article; each sentence can be found by its offsets.
FAKE_PARAGRAPHS = [
    "The council approved a budget of $4.2 million on Tuesday, more than last year.",
    '"We had no choice," said Maria Lopez, the finance chair of the council.',
    "Critics said the plan may raise taxes for 3,000 households, an official said.",
]


@pytest.fixture
def seed_page() -> bytes:
    return SEED_PAGE.read_bytes()


@pytest.fixture
def fake_extract(monkeypatch) -> Callable[..., Extraction]:
    """Replace the engine with one that returns what the test builds, whatever the input.

    Call it with `quotes=`, `claims=` and article fields; returns the Extraction it will give.
    """

    def install(*, quotes=(), claims=(), **article_fields) -> Extraction:
        article_fields.setdefault("title", "Council approves budget")
        article_fields.setdefault("paragraphs", list(FAKE_PARAGRAPHS))
        result = Extraction(article=ArticleParts(**article_fields), quotes=list(quotes), claims=list(claims))
        monkeypatch.setattr(extraction, "extract", lambda content, *, mode: result)
        return result

    return install


def span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


# Every workflow state, for the transition matrices: each test takes the allowed ones and refuses the rest.
ALL_STATES = ["new", "assigned", "in_review", "proposed", "returned", "approved", "published", "dismissed"]


def other_states(allowed: list[str]) -> list[str]:
    return [state for state in ALL_STATES if state not in allowed]


def refusal(state: str, doing: str, name: str = "claim") -> str:
    """The message a step refused in `state` gives (see workflow._refuse_state)."""
    if state == "dismissed":
        return f"This {name} is dismissed; restore it before {doing}."
    if state == "published":
        return f"This {name} is published; it can no longer be changed."
    phrase = {
        "new": "new",
        "assigned": "assigned",
        "in_review": "in review",
        "proposed": "awaiting approval",
        "returned": "returned to its checker",
        "approved": "approved",
    }[state]
    return f"This {name} is {phrase}, so {doing} is not possible now."
