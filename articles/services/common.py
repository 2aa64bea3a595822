"""What every desk service shares: flat validation messages, item locks, versions and authorship.

Services import these instead of each other's private helpers.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst

from articles.models import Claim, ItemStatus, Quote

Item = Claim | Quote


def item_kwargs(item: Item) -> dict[str, Item]:
    """The keyword that attaches a note, source or verdict to `item`."""
    if isinstance(item, Claim):
        return {"claim": item}
    if isinstance(item, Quote):
        return {"quote": item}
    raise TypeError(f"expected a Claim or a Quote, not {type(item).__name__}")


def item_label(item: Item) -> str:
    """The item's kind as a word ("claim", "quote"), for messages."""
    return str(item._meta.verbose_name)


def clean(obj: models.Model, *, exclude: list[str] | None = None) -> None:
    """`full_clean()`, with its errors as one flat list of messages fit for the user."""
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        messages = []
        for field, errors in error.error_dict.items():
            label = "" if field == NON_FIELD_ERRORS else capfirst(obj._meta.get_field(field).verbose_name)
            messages += [f"{label}: {m}" if label else m for m in ValidationError(errors).messages]
        raise ValidationError(messages) from None


def require(value: str, message: str) -> str:
    """`value` stripped, or a ValidationError with `message` when nothing is left."""
    value = (value or "").strip()
    if not value:
        raise ValidationError(message, code="required")
    return value


# How a state reads in "This claim is ...".
STATE_PHRASES = {
    ItemStatus.NEW: "new",
    ItemStatus.ASSIGNED: "assigned",
    ItemStatus.IN_REVIEW: "in review",
    ItemStatus.PROPOSED: "awaiting approval",
    ItemStatus.RETURNED: "returned to its checker",
    ItemStatus.APPROVED: "approved",
    ItemStatus.PUBLISHED: "published",
    ItemStatus.DISMISSED: "dismissed",
}


def state_check(item: Item, allowed: frozenset[str], doing: str) -> None:
    """ValidationError, saying where the item is, unless its status is one of `allowed`.

    `doing` names the step as in "restore it before rating it": "rating it".
    """
    if item.status in allowed:
        return
    name = item_label(item)
    if item.status == ItemStatus.DISMISSED:
        message = f"This {name} is dismissed; restore it before {doing}."
    elif item.status == ItemStatus.PUBLISHED:
        message = f"This {name} is published; it can no longer be changed."
    else:
        message = f"This {name} is {STATE_PHRASES[item.status]}, so {doing} is not possible now."
    raise ValidationError(message, code="state")


def item_lock(item: Item) -> Item:
    """Reload `item` in place under a row lock, so that what a service checks is what it changes.

    Callers lock the item before its verdict, always in that order (no deadlocks).
    On SQLite the IMMEDIATE transaction already holds the write lock.
    """
    item.refresh_from_db(from_queryset=type(item)._base_manager.select_for_update())
    return item


def item_save(item: Item, *, user: AbstractBaseUser) -> Item:
    """Validate and save a claim or quote as changed by `user`: a new version, with its author in history."""
    item.edited_by = user
    item.edited_at = timezone.now()
    item.version += 1
    item._history_user = user
    clean(item)
    item.save()
    return item
