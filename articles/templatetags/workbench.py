"""Template filters for the review pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from django import template

from articles.roles import role_of

register = template.Library()


@register.filter
def in_offset(value: datetime | None, minutes: int | None) -> str:
    """Format an aware datetime at the article's own UTC offset: "25 Jan 2023, 16:47 +09:00".

    Shown as the page showed it, not converted to the reader's zone; UTC when the
    article gave no zone.
    """
    if value is None:
        return ""
    if minutes is None:
        return value.astimezone(UTC).strftime("%-d %b %Y, %H:%M UTC")
    local = value.astimezone(timezone(timedelta(minutes=minutes)))
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{local.strftime('%-d %b %Y, %H:%M')} {sign}{hours:02d}:{rest:02d}"


@register.filter
def who(user) -> str:
    """A user's full name, or their username when they gave none."""
    if user is None:
        return "someone"
    return user.get_full_name() or user.get_username()


@register.filter
def web_url(value: str) -> str:
    """The URL if it is http(s), else "": a stored `javascript:` link must never become clickable."""
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


@register.filter
def desk_role(user) -> str:
    """The user's desk role as a word ("checker", "editor", "chief"), or "" for none."""
    role = role_of(user)
    return role.group_name if role is not None else ""


@register.filter
def returned_note(notes) -> object:
    """The latest "Returned: ..." note of a card (who sent the verdict back, when and why), or None."""
    returned = [note for note in notes if note.text.startswith("Returned: ")]
    return returned[-1] if returned else None
