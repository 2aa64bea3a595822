"""What waits for one person: their assigned items, and for editors and the chief what awaits them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet

from articles.models import Claim, ItemStatus, Quote
from articles.roles import Role, role_of

S = ItemStatus
ASSIGNED_STATES = [S.ASSIGNED, S.IN_REVIEW, S.RETURNED]
# A quote has no check-worthiness score: it ranks as a coin flip.
QUOTE_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One item in someone's queue: the item, where it is, how it ranks and since when it waits."""

    item: Claim | Quote
    article_title: str
    state: str
    score: float
    waiting_since: datetime

    @property
    def dom_id(self) -> str:
        return self.item.dom_id

    @property
    def kind(self) -> str:
        return self.item._meta.model_name

    @property
    def state_label(self) -> str:
        return str(S(self.state).label)

    @property
    def url(self) -> str:
        return self.item.get_absolute_url()


@dataclass(slots=True)
class MyQueue:
    """A user's queue, best first, and how many of its entries are in each state it can hold."""

    entries: list[QueueEntry]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.entries)

    @property
    def count_rows(self) -> list[tuple[str, str, int]]:
        """(state, label, count) in workflow order, zeros included."""
        return [(state, str(S(state).label), n) for state, n in self.counts.items()]


def _waiting(user: AbstractBaseUser, role: Role) -> Q:
    waiting = Q(assignee=user, status__in=ASSIGNED_STATES)
    if role >= Role.EDITOR:
        # Four eyes: a verdict someone else proposed (neither written nor last changed by the user).
        waiting |= Q(status=S.PROPOSED) & ~Q(verdict__created_by=user) & ~Q(verdict__updated_by=user)
    if role >= Role.CHIEF:
        waiting |= Q(status=S.APPROVED)
    return waiting


def _items(model: type[Claim] | type[Quote], waiting: Q) -> QuerySet:
    return (
        model.objects.filter(waiting)
        .select_related("article", "verdict")
        .defer("article__body", "article__raw_input", "article__captions")
    )


def _entry(item: Claim | Quote) -> QueueEntry:
    if item.status in ASSIGNED_STATES:
        since = item.assigned_at or item.created_at
    else:
        verdict = item.verdict
        since = (verdict.approved_at if item.status == S.APPROVED else None) or verdict.updated_at
    score = item.score if isinstance(item, Claim) else QUOTE_SCORE
    return QueueEntry(item, item.article.title, item.status, score, since)


def my_queue(user: AbstractBaseUser) -> MyQueue:
    """What waits for `user`, by check-worthiness (quotes count as 0.5), then oldest first.

    Items assigned to them and assigned, in review or returned; for an editor also
    verdicts proposed by others awaiting approval; for the chief also approved items
    awaiting publishing. `counts` covers every state the user's queue can hold. Two
    queries; an account with no desk role gets an empty queue.
    """
    role = role_of(user)
    if role is None:
        return MyQueue(entries=[])
    waiting = _waiting(user, role)
    items = [*_items(Claim, waiting), *_items(Quote, waiting)]
    entries = sorted(
        (_entry(item) for item in items),
        key=lambda e: (-e.score, e.waiting_since, e.kind, e.item.pk),
    )
    states = [*ASSIGNED_STATES]
    if role >= Role.EDITOR:
        states.append(S.PROPOSED)
    if role >= Role.CHIEF:
        states.append(S.APPROVED)
    counts = {str(state): sum(e.state == state for e in entries) for state in states}
    return MyQueue(entries=entries, counts=counts)
