"""An item's timeline: every historical row of the item and of its verdict, sources and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import models

from articles.models import Claim, Note, Quote, Source, Speaker, Verdict

# The fields a timeline shows, per model; bookkeeping (versions, timestamps, offsets) is left out.
ITEM_FIELDS = ["text", "status", "assignee", "dismissed_reason"]
SHOWN_FIELDS: dict[type[models.Model], list[str]] = {
    Claim: ITEM_FIELDS,
    Quote: [*ITEM_FIELDS, "kind", "speaker"],
    Verdict: ["rating", "rationale", "approved_by", "return_comment"],
    Source: ["title", "url", "publisher", "stance", "is_primary"],
    Note: ["text"],
}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field as it was and as it became ("" for nothing)."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One change: when, by whom, what it was ("Verdict changed"), and the fields it changed."""

    when: datetime
    who: AbstractBaseUser | None
    what: str
    kind: str
    changes: list[FieldChange]

    @property
    def who_name(self) -> str:
        if self.who is None:
            return "System"
        return self.who.get_full_name() or self.who.get_username()


def _rows(item: Claim | Quote) -> list[tuple[type[models.Model], Any]]:
    # Four queries, whatever the number of rows.
    attach = {f"{item._meta.model_name}_id": item.pk}
    querysets = [
        (type(item), item.history.all()),
        (Verdict, Verdict.history.filter(**attach)),
        (Source, Source.history.filter(**attach)),
        (Note, Note.history.filter(**attach)),
    ]
    return [
        (model, row)
        for model, queryset in querysets
        for row in queryset.select_related("history_user").order_by("history_date", "history_id")
    ]


def _related_names(rows: list[tuple[type[models.Model], Any]]) -> dict[tuple[type, Any], str]:
    """Display names for the people and speakers the rows point at (one query per kind)."""
    wanted: dict[type[models.Model], set] = {}
    for model, row in rows:
        for name in SHOWN_FIELDS[model]:
            field = model._meta.get_field(name)
            if field.is_relation and getattr(row, field.attname) is not None:
                wanted.setdefault(field.related_model, set()).add(getattr(row, field.attname))
    names = {}
    for related, pks in wanted.items():
        for obj in related.objects.filter(pk__in=pks):
            if isinstance(obj, get_user_model()):
                names[related, obj.pk] = obj.get_full_name() or obj.get_username()
            else:
                names[related, obj.pk] = str(obj.name if isinstance(obj, Speaker) else obj)
    return names


def _display(field: models.Field, value: Any, names: dict) -> str:
    if value is None or value == "":
        return ""
    if field.is_relation:
        return names.get((field.related_model, value), f"#{value}")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _changes(model: type[models.Model], old: Any, new: Any, names: dict) -> list[FieldChange]:
    changes = []
    for name in SHOWN_FIELDS[model]:
        field = model._meta.get_field(name)
        before = _display(field, getattr(old, field.attname), names) if old is not None else ""
        after = _display(field, getattr(new, field.attname), names) if new is not None else ""
        if before != after:
            changes.append(FieldChange(name, str(field.verbose_name).capitalize(), before, after))
    return changes


def _what(model: type[models.Model], row: Any, changes: list[FieldChange]) -> str:
    label = str(model._meta.verbose_name).capitalize()
    if row.history_type == "-":
        return f"{label} removed"
    if model is Verdict:
        if row.history_type == "+":
            return "Verdict proposed"
        changed = {c.field: c for c in changes}
        if "approved_by" in changed and changed["approved_by"].new:
            return "Verdict approved"
        if "return_comment" in changed and changed["return_comment"].new:
            return "Verdict returned"
        return "Verdict changed"
    if row.history_type == "+":
        return f"{label} {'extracted' if model in (Claim, Quote) else 'added'}"
    status = next((c for c in changes if c.field == "status"), None)
    if status is not None:
        return f"Status: {status.old} -> {status.new}"
    return f"{label} changed"


def item_timeline(item: Claim | Quote) -> list[TimelineEntry]:
    """Every recorded change of `item` and of its verdict, sources and notes, newest first.

    Each entry says when, who, what ("Verdict changed", "Status: In review ->
    Verdict proposed") and the fields changed with their old and new values, so
    that an editor can read what a verdict said before it was changed. Changes
    that touch none of the shown fields (a version bump) are left out. At most
    six queries whatever the length of the history.
    """
    rows = _rows(item)
    names = _related_names(rows)
    previous: dict[tuple[type, Any], Any] = {}
    entries = []
    for model, row in rows:
        key = (model, row.id)
        old = previous.get(key)
        new = None if row.history_type == "-" else row
        previous[key] = row
        changes = _changes(model, old, new, names)
        if row.history_type == "~" and not changes:
            continue
        what = _what(model, row, changes)
        entries.append(
            TimelineEntry(row.history_date, row.history_user, what, model._meta.model_name, changes)
        )
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries
