"""The desk's workflow: each step a claim or quote takes, checked for its state and its actor.

new -> assigned -> in review -> verdict proposed -> approved (or returned with a
comment) -> published; any open item can be dismissed with a reason and restored.
Every step runs in one transaction on the item locked afresh, refuses an actor who
may not take it with `PermissionDenied` and a wrong state with `ValidationError`,
both with messages fit to show; every write bumps the item's (and the verdict's)
version and names its author in history.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.access import display_name, is_verdict_author, require_change, require_role
from articles.models import Article, Claim, ItemStatus, Note, Quote, Rating, Source, Verdict
from articles.roles import Role, role_of
from articles.selectors.constants import CLAIM_THRESHOLD

from .common import Item, clean, item_kwargs, item_label, item_lock, item_save, require, state_check
from .conflicts import version_check
from .steps import STEP_STATES, approval_problem

S = ItemStatus


def _assign(item: Item, assignee: AbstractBaseUser | None) -> None:
    if item.assignee_id != (assignee.pk if assignee else None):
        item.assignee = assignee
        item.assigned_at = timezone.now() if assignee else None


def _verdict_locked(item: Item) -> Verdict | None:
    return Verdict.objects.select_for_update().filter(**item_kwargs(item)).first()


def _verdict_required(item: Item) -> Verdict:
    verdict = _verdict_locked(item)
    if verdict is None:
        raise ValidationError(f"This {item_label(item)} has no verdict yet.", code="no_verdict")
    return verdict


def _verdict_save(verdict: Verdict, *, user: AbstractBaseUser, fields: list[str] | None = None) -> None:
    verdict.version += 1
    verdict._history_user = user
    clean(verdict)
    # An approval or return is not a new rating: `fields` keeps "last rated at" as it was.
    verdict.save(update_fields=[*fields, "version"] if fields else None)


@transaction.atomic
def item_assign(*, item: Item, user: AbstractBaseUser, assignee: AbstractBaseUser | None) -> Item:
    """Give a claim or quote to `assignee` (any desk role), or take it back with `assignee=None`.

    A new item becomes assigned (and an unassigned one new again); an item in
    review or returned keeps its state with its new assignee.
    """
    require_role(user, Role.EDITOR, "Only an editor assigns work.")
    item_lock(item)
    state_check(item, STEP_STATES["assign"], "assigning it")
    if assignee is not None and role_of(assignee) is None:
        raise ValidationError(f"{display_name(assignee)} has no role on the desk.", code="assignee")
    _assign(item, assignee)
    if assignee is not None and item.status == S.NEW:
        item.status = S.ASSIGNED
    elif assignee is None and item.status == S.ASSIGNED:
        item.status = S.NEW
    return item_save(item, user=user)


@transaction.atomic
def article_assign(*, article: Article, user: AbstractBaseUser, assignee: AbstractBaseUser | None) -> int:
    """Assign every new or assigned item of `article` (claims shown as claims) to `assignee`; how many."""
    require_role(user, Role.EDITOR, "Only an editor assigns work.")
    open_states = [S.NEW, S.ASSIGNED]
    items = [
        *Claim.objects.filter(article=article, status__in=open_states, score__gte=CLAIM_THRESHOLD),
        *Quote.objects.filter(article=article, status__in=open_states),
    ]
    for item in items:
        item_assign(item=item, user=user, assignee=assignee)
    return len(items)


@transaction.atomic
def item_start_review(*, item: Item, user: AbstractBaseUser) -> Item:
    """Start checking a claim or quote; an unassigned one becomes the actor's."""
    item_lock(item)
    require_change(user, item)
    state_check(item, STEP_STATES["start_review"], "starting its review")
    if item.assignee_id is None:
        _assign(item, user)
    item.status = S.IN_REVIEW
    return item_save(item, user=user)


def _verdict_create(item: Item, *, user: AbstractBaseUser, rating: str, rationale: str) -> Verdict:
    attach = item_kwargs(item)
    verdict = Verdict(created_by=user, updated_by=user, rating=rating, rationale=rationale, **attach)
    verdict._history_user = user
    clean(verdict)
    try:
        with transaction.atomic():
            verdict.save()
    except IntegrityError:
        # Created meanwhile by something that skips the item's lock (admin): that is a conflict too.
        version_check(_verdict_locked(item), 0, what="verdict")
        raise
    return verdict


@transaction.atomic
def verdict_set(
    *,
    item: Item,
    user: AbstractBaseUser,
    rating: str,
    rationale: str,
    expected_version: int | None = None,
) -> Verdict:
    """Propose a verdict: create the item's one verdict or update it in place.

    The item becomes "verdict proposed"; any approval or return comment is cleared.
    A checker rating an unassigned item takes it. `expected_version` is the
    verdict's version the user's form showed (0: no verdict yet); None skips the check.
    """
    item_lock(item)
    require_change(user, item)
    state_check(item, STEP_STATES["verdict"], "rating it")
    if rating not in Rating.values:
        raise ValidationError("Choose a rating from the list.", code="rating")
    rationale = require(rationale, "Explain the rating in the rationale.")
    verdict = _verdict_locked(item)
    version_check(verdict, expected_version, what="verdict")
    if verdict is None:
        verdict = _verdict_create(item, user=user, rating=rating, rationale=rationale)
    else:
        verdict.rating = rating
        verdict.rationale = rationale
        verdict.updated_by = user
        verdict.approved_by = None
        verdict.approved_at = None
        verdict.return_comment = ""
        _verdict_save(verdict, user=user)
    if item.assignee_id is None and role_of(user) == Role.CHECKER:
        _assign(item, user)
    item.status = S.PROPOSED
    item_save(item, user=user)
    return verdict


@transaction.atomic
def verdict_approve(*, item: Item, user: AbstractBaseUser) -> Verdict:
    """Approve the proposed verdict of a claim or quote (four eyes: never its own author's).

    Refused unless the item has at least two sources, at least one primary.
    """
    require_role(user, Role.EDITOR, "Only an editor approves verdicts.")
    item_lock(item)
    state_check(item, STEP_STATES["approve"], "approving its verdict")
    verdict = _verdict_required(item)
    if is_verdict_author(user, verdict):
        raise PermissionDenied("You wrote this verdict: another editor must approve it.")
    problem = approval_problem(list(Source.objects.filter(**item_kwargs(item))))
    if problem:
        raise ValidationError(problem, code="sources")
    verdict.approved_by = user
    verdict.approved_at = timezone.now()
    _verdict_save(verdict, user=user, fields=["approved_by", "approved_at"])
    item.status = S.APPROVED
    item_save(item, user=user)
    return verdict


@transaction.atomic
def verdict_return(*, item: Item, user: AbstractBaseUser, comment: str) -> Verdict:
    """Send a proposed or approved verdict back with a comment, kept on the verdict and as a note.

    The approval is cleared. An unassigned item goes to the verdict's author, so
    that it waits in someone's queue.
    """
    require_role(user, Role.EDITOR, "Only an editor returns verdicts.")
    item_lock(item)
    state_check(item, STEP_STATES["return"], "returning its verdict")
    comment = require(comment, "Say what needs doing: returning a verdict needs a comment.")
    verdict = _verdict_required(item)
    verdict.return_comment = comment
    verdict.approved_by = None
    verdict.approved_at = None
    _verdict_save(verdict, user=user, fields=["return_comment", "approved_by", "approved_at"])
    note = Note(created_by=user, text=f"Returned: {comment}", **item_kwargs(item))
    note._history_user = user
    clean(note)
    note.save()
    if item.assignee_id is None and role_of(verdict.updated_by) is not None:
        _assign(item, verdict.updated_by)
    item.status = S.RETURNED
    item_save(item, user=user)
    return verdict


@transaction.atomic
def item_publish(*, item: Item, user: AbstractBaseUser) -> Item:
    """Publish a claim or quote whose verdict is approved (the chief's step)."""
    require_role(user, Role.CHIEF, "Only the desk chief publishes.")
    item_lock(item)
    state_check(item, STEP_STATES["publish"], "publishing it")
    item.status = S.PUBLISHED
    return item_save(item, user=user)


@transaction.atomic
def item_dismiss(*, item: Item, user: AbstractBaseUser, reason: str) -> Item:
    """Dismiss a claim or quote (not checkable, not a quote...), with the reason; it can be restored."""
    item_lock(item)
    require_change(user, item)
    if item.status == S.DISMISSED:
        raise ValidationError(f"This {item_label(item)} is already dismissed.", code="state")
    state_check(item, STEP_STATES["dismiss"], "dismissing it")
    item.dismissed_reason = require(reason, f"Say why the {item_label(item)} is dismissed.")
    item.status = S.DISMISSED
    return item_save(item, user=user)


@transaction.atomic
def item_restore(*, item: Item, user: AbstractBaseUser) -> Item:
    """Bring a dismissed claim or quote back: to its assignee if it has one, else to the new items."""
    item_lock(item)
    require_change(user, item)
    if item.status != S.DISMISSED:
        raise ValidationError(f"This {item_label(item)} is not dismissed.", code="not_dismissed")
    item.status = S.ASSIGNED if item.assignee_id else S.NEW
    item.dismissed_reason = ""
    return item_save(item, user=user)
