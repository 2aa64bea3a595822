"""Who may do what on the desk, and the one permission-checked door to an item.

The rules (see `articles.roles`): every desk role reads everything; a checker
changes items that are unassigned or assigned to them, an editor changes any item,
assigns work and approves or returns verdicts, but never a verdict they wrote; only
the chief publishes. Services enforce these with `PermissionDenied` and the
`require_*` helpers; views and templates ask the `can_*` questions first.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Q, QuerySet

from articles.models import Claim, Quote, Verdict
from articles.roles import ROLE_GROUPS, Role, has_role, role_of

Item = Claim | Quote
User = AbstractBaseUser | AnonymousUser

NO_ROLE_MESSAGE = "Your account has no role on the desk yet: ask your desk chief for access."


def display_name(user: AbstractBaseUser | None) -> str:
    """A person's full name, or their username."""
    if user is None:
        return "nobody"
    return user.get_full_name() or user.get_username()


def _verdict(item: Item) -> Verdict | None:
    try:
        return item.verdict
    except ObjectDoesNotExist:
        return None


def is_verdict_author(user: User, verdict: Verdict | None) -> bool:
    """Whether `user` wrote or last changed `verdict` (and so may not approve it)."""
    return verdict is not None and user.pk in (verdict.created_by_id, verdict.updated_by_id)


def can_change_item(user: User, item: Item) -> bool:
    """Editors and chiefs change any item; a checker an unassigned one or their own."""
    role = role_of(user)
    if role is None:
        return False
    return role >= Role.EDITOR or item.assignee_id in (None, user.pk)


def can_assign(user: User) -> bool:
    return has_role(user, Role.EDITOR)


def can_approve(user: User, item: Item) -> bool:
    """Editor or chief, and not an author of the item's verdict (four eyes)."""
    return has_role(user, Role.EDITOR) and not is_verdict_author(user, _verdict(item))


def can_publish(user: User) -> bool:
    return has_role(user, Role.CHIEF)


def require_role(user: User, role: Role, message: str) -> None:
    """PermissionDenied with `message` unless `user` holds `role` or a higher one."""
    if role_of(user) is None:
        raise PermissionDenied(NO_ROLE_MESSAGE)
    if not has_role(user, role):
        raise PermissionDenied(message)


def require_change(user: User, item: Item) -> None:
    """PermissionDenied, with the reason, unless `user` may change `item`."""
    if role_of(user) is None:
        raise PermissionDenied(NO_ROLE_MESSAGE)
    if not can_change_item(user, item):
        raise PermissionDenied(
            f"This {item._meta.verbose_name} is assigned to {display_name(item.assignee)}; "
            "ask an editor to reassign it to you."
        )


def may_take(user: User, item: Item, step: str) -> bool:
    """Whether `user`'s role lets them take workflow `step` on `item`, whatever the item's state."""
    if role_of(user) is None:
        return False
    if step == "note":
        return True
    if step in ("assign", "return"):
        return can_assign(user)
    if step == "approve":
        return can_approve(user, item)
    if step == "publish":
        return can_publish(user)
    return can_change_item(user, item)


def require_step(user: User, item: Item, step: str) -> None:
    """PermissionDenied, with the reason, unless `may_take(user, item, step)`."""
    if may_take(user, item, step):
        return
    if step in ("assign", "return"):
        require_role(user, Role.EDITOR, "Only an editor assigns work and returns verdicts.")
    elif step == "approve":
        require_role(user, Role.EDITOR, "Only an editor approves verdicts.")
        raise PermissionDenied("You wrote this verdict: another editor must approve it.")
    elif step == "publish":
        require_role(user, Role.CHIEF, "Only the desk chief publishes.")
    require_change(user, item)


def item_get_for_change(user: User, kind: str, pk: int) -> Item:
    """The claim or quote `kind`/`pk` for a change by `user`: 404 if unknown, 403 if not theirs to change."""
    from articles.selectors import item_get  # selectors import this module's questions

    item = item_get(kind, pk)
    require_change(user, item)
    return item


def assignable_users() -> QuerySet:
    """Active users holding a desk role (superusers count as chiefs), ordered by name."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=ROLE_GROUPS))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
