"""Edit conflicts: a save based on a version that someone else has replaced meanwhile."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone


class EditConflict(ValidationError):
    """Refuses a stale save; `current` is the object as the other person saved it.

    A ValidationError, so that code which shows service errors shows this one too;
    views that know it can show `current` beside what the user typed.
    """

    def __init__(self, message: str, *, current: models.Model | None) -> None:
        super().__init__(message, code="conflict")
        self.current = current


def _who_and_when(obj: models.Model) -> tuple[str, str]:
    """The author and local time of the latest historical row of `obj` (one query, only on conflict)."""
    last = obj.history.select_related("history_user").first()
    if last is None:
        return "Someone", ""
    user = last.history_user
    name = (user.get_full_name() or user.get_username()) if user else "Someone"
    return name, timezone.localtime(last.history_date).strftime("%H:%M")


def version_check(current: models.Model | None, expected: int | None, *, what: str) -> None:
    """Raise EditConflict unless `current` (locked, fresh; None if absent = version 0) has version `expected`.

    `expected` None skips the check (admin, commands, scripts).
    """
    if expected is None:
        return
    found = current.version if current is not None else 0
    if found == expected:
        return
    if current is None:
        raise EditConflict(f"This {what} was removed while you were editing it.", current=None)
    name, at = _who_and_when(current)
    when = f" at {at}" if at else ""
    raise EditConflict(f"{name} saved this {what}{when} while you were editing it.", current=current)
