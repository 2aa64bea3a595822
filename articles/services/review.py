"""Editors' work on claims and quotes: notes, sources and corrections (the workflow steps live in
`workflow` and are importable from here too).

Every service runs in one transaction on the item locked afresh, checks that the
user may change it (`articles.access`), validates with `full_clean()` before
saving, records who did it in history, and refuses bad input with a
`django.core.exceptions.ValidationError` whose messages can be shown as they are
(one flat list; field errors are prefixed with the field's name). Corrections
take the item's `expected_version` and raise `EditConflict` when it is stale.
"""

from __future__ import annotations

import re

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from articles.access import NO_ROLE_MESSAGE, require_change
from articles.models import Claim, Note, Quote, QuoteKind, Source, SourceStance, Speaker
from articles.roles import role_of

from .common import Item, clean, item_kwargs, item_label, item_lock, item_save, require, state_check
from .conflicts import version_check
from .steps import STEP_STATES
from .workflow import item_dismiss, item_restore, verdict_set

__all__ = [
    "claim_correct",
    "item_dismiss",
    "item_restore",
    "note_create",
    "quote_correct",
    "source_create",
    "verdict_set",
]

# Editors type straight quotes and dashes; articles print curly ones.
_EQUIVALENT = {
    '"': '"\u201c\u201d\u201e\u00ab\u00bb',
    "'": "'\u2018\u2019\u201a",
    "-": "-\u2010\u2011\u2012\u2013\u2014",
}
_EQUIVALENT.update({char: chars for chars in list(_EQUIVALENT.values()) for char in chars})


@transaction.atomic
def note_create(*, item: Item, user: AbstractBaseUser, text: str) -> Note:
    """Add a note to a claim or quote: anyone on the desk, any item, any state (notes explain dismissals)."""
    if role_of(user) is None:
        raise PermissionDenied(NO_ROLE_MESSAGE)
    note = Note(created_by=user, text=require(text, "Write something in the note."), **item_kwargs(item))
    note._history_user = user
    clean(note)
    note.save()
    return note


@transaction.atomic
def source_create(
    *,
    item: Item,
    user: AbstractBaseUser,
    url: str,
    title: str,
    publisher: str = "",
    stance: str,
    is_primary: bool = False,
) -> Source:
    """Attach an evidence source (an http(s) address with a title and a stance) to a claim or quote."""
    item_lock(item)
    require_change(user, item)
    state_check(item, STEP_STATES["source"], "adding a source")
    url = require(url, "Give the source's web address.")
    if not re.match(r"https?://", url, re.IGNORECASE):
        raise ValidationError("The source's address must start with http:// or https://.", code="invalid_url")
    if stance not in SourceStance.values:
        raise ValidationError("Choose whether the source supports, refutes or gives context.", code="stance")
    source = Source(
        created_by=user,
        url=url,
        title=require(title, "Give the source a title."),
        publisher=(publisher or "").strip(),
        stance=stance,
        is_primary=bool(is_primary),
        **item_kwargs(item),
    )
    source._history_user = user
    clean(source)
    source.save()
    return source


def _find_in_body(body: str, text: str, near: int) -> tuple[int, int] | None:
    """Where `text` occurs in `body`, whitespace and quote marks aside; the occurrence nearest `near`."""
    parts = []
    for word in text.split():
        parts.append(
            "".join(f"[{re.escape(_EQUIVALENT[c])}]" if c in _EQUIVALENT else re.escape(c) for c in word)
        )
    if not parts:
        return None
    pattern = re.compile(r"\s+".join(parts))
    matches = [m.span() for m in pattern.finditer(body)]
    if not matches:
        return None
    return min(matches, key=lambda span: abs(span[0] - near))


def _correct_span(item: Item, text: str) -> None:
    text = require(text, f"The {item_label(item)} text cannot be empty.")
    span = _find_in_body(item.article.body, text, item.start)
    if span is None:
        raise ValidationError("The corrected text must be part of the article", code="not_in_article")
    item.start, item.end = span
    # Keep the text as printed, so that it always matches body[start:end].
    item.text = item.article.body[item.start : item.end]


def _lock_for_correction(item: Item, user: AbstractBaseUser, expected_version: int | None) -> None:
    item_lock(item)
    require_change(user, item)
    version_check(item, expected_version, what=item_label(item))
    state_check(item, STEP_STATES["correct"], "correcting it")


@transaction.atomic
def claim_correct(
    *, claim: Claim, user: AbstractBaseUser, text: str, expected_version: int | None = None
) -> Claim:
    """Correct a claim's extent: the new text must occur in the article (nearest occurrence wins).

    `expected_version` is the claim's version the user's form showed; None skips the check.
    """
    _lock_for_correction(claim, user, expected_version)
    _correct_span(claim, text)
    return item_save(claim, user=user)


@transaction.atomic
def quote_correct(
    *,
    quote: Quote,
    user: AbstractBaseUser,
    text: str,
    speaker_name: str,
    speaker_description: str = "",
    kind: str,
    expected_version: int | None = None,
) -> Quote:
    """Correct a quote's extent, kind and speaker (`expected_version` as for `claim_correct`).

    The speaker is found by name (case-insensitively) or created. A named
    speaker is shared by every article that quotes them, so an editor's
    description only fills an empty one; an anonymous source belongs to its
    quote alone and keeps its row, with the description updated.
    """
    if kind not in QuoteKind.values:
        raise ValidationError("Choose whether the quote is direct, indirect or mixed.", code="kind")
    name = require(speaker_name, "Name the speaker.")
    description = (speaker_description or "").strip()
    _lock_for_correction(quote, user, expected_version)
    _correct_span(quote, text)

    current = quote.speaker
    if current is not None and current.anonymous and current.name.lower() == name.lower():
        if description and description != current.description:
            current.description = description
            clean(current)
            current.save(update_fields=["description"])
        speaker = current
    else:
        speaker = Speaker.objects.filter(anonymous=False, name__iexact=name).first()
        if speaker is None:
            speaker = Speaker(name=name, description=description)
            clean(speaker)
            speaker.save()
        elif description and not speaker.description:
            speaker.description = description
            clean(speaker)
            speaker.save(update_fields=["description"])
    quote.speaker = speaker
    quote.kind = kind
    return item_save(quote, user=user)
