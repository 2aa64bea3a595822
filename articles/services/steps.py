"""The workflow's table: from which states each step may be taken, and what approval needs.

Kept apart from the services (no imports beyond the models) so that selectors can
tell a card which steps it offers without importing the services.
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.models import ItemStatus as S
from articles.models import Source

ALL = frozenset(S.values)
STEP_STATES: dict[str, frozenset[str]] = {
    "assign": frozenset({S.NEW, S.ASSIGNED, S.IN_REVIEW, S.RETURNED}),
    "start_review": frozenset({S.NEW, S.ASSIGNED, S.RETURNED}),
    "verdict": frozenset({S.NEW, S.ASSIGNED, S.IN_REVIEW, S.RETURNED, S.PROPOSED, S.APPROVED}),
    "approve": frozenset({S.PROPOSED}),
    "return": frozenset({S.PROPOSED, S.APPROVED}),
    "publish": frozenset({S.APPROVED}),
    "dismiss": ALL - {S.PUBLISHED, S.DISMISSED},
    "restore": frozenset({S.DISMISSED}),
    "note": ALL,
    "source": ALL - {S.PUBLISHED, S.DISMISSED},
    "correct": ALL - {S.PUBLISHED},
}

# Four eyes and IFCN: a verdict is approved with at least this many sources, one of them primary.
MIN_SOURCES = 2


def approval_problem(sources: Sequence[Source]) -> str | None:
    """Why a verdict with these sources cannot be approved yet, or None when it can."""
    primary = sum(source.is_primary for source in sources)
    if len(sources) >= MIN_SOURCES and primary:
        return None
    return (
        f"A verdict needs at least {MIN_SOURCES} sources, at least one of them primary, "
        f"before it is approved (it has {len(sources)}, {primary} primary)."
    )
