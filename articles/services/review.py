"""Editors' work on claims and quotes: notes, sources, verdicts, corrections, dismissals.

Every service runs in one transaction, validates with `full_clean()` before
saving, records who did it and when, and refuses bad input with a
`django.core.exceptions.ValidationError` whose messages can be shown as they are
(one flat list; field errors are prefixed with the field's name).
"""

from __future__ import annotations

import re

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import capfirst

from articles.models import (
    Claim,
    ItemStatus,
    Note,
    Quote,
    QuoteKind,
    Rating,
    Source,
    SourceStance,
    Speaker,
    Verdict,
)

Item = Claim | Quote

# Editors type straight quotes and dashes; articles print curly ones.
_EQUIVALENT = {
    '"': '"\u201c\u201d\u201e\u00ab\u00bb',
    "'": "'\u2018\u2019\u201a",
    "-": "-\u2010\u2011\u2012\u2013\u2014",
}
_EQUIVALENT.update({char: chars for chars in list(_EQUIVALENT.values()) for char in chars})


def _item_kwargs(item: Item) -> dict[str, Item]:
    """The keyword that attaches a note, source or verdict to `item`."""
    if isinstance(item, Claim):
        return {"claim": item}
    if isinstance(item, Quote):
        return {"quote": item}
    raise TypeError(f"expected a Claim or a Quote, not {type(item).__name__}")


def _name(item: Item) -> str:
    return str(item._meta.verbose_name)


def _clean(obj: models.Model, *, exclude: list[str] | None = None) -> None:
    """`full_clean()`, with its errors as one flat list of messages fit for the user."""
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        messages = []
        for field, errors in error.error_dict.items():
            label = "" if field == NON_FIELD_ERRORS else capfirst(obj._meta.get_field(field).verbose_name)
            messages += [f"{label}: {m}" if label else m for m in ValidationError(errors).messages]
        raise ValidationError(messages) from None


def _require(value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(message, code="required")
    return value


def _refuse_if_dismissed(item: Item, action: str) -> None:
    if item.status == ItemStatus.DISMISSED:
        raise ValidationError(
            f"This {_name(item)} is dismissed; restore it before {action}.", code="dismissed"
        )


def _touch(item: Item, user: AbstractBaseUser) -> None:
    item.edited_by = user
    item.edited_at = timezone.now()


@transaction.atomic
def note_create(*, item: Item, user: AbstractBaseUser, text: str) -> Note:
    """Add an editor's note to a claim or quote (dismissed items too: notes explain dismissals)."""
    note = Note(created_by=user, text=_require(text, "Write something in the note."), **_item_kwargs(item))
    _clean(note)
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
    _refuse_if_dismissed(item, "adding a source")
    url = _require(url, "Give the source's web address.")
    if not re.match(r"https?://", url, re.IGNORECASE):
        raise ValidationError("The source's address must start with http:// or https://.", code="invalid_url")
    if stance not in SourceStance.values:
        raise ValidationError("Choose whether the source supports, refutes or gives context.", code="stance")
    source = Source(
        created_by=user,
        url=url,
        title=_require(title, "Give the source a title."),
        publisher=(publisher or "").strip(),
        stance=stance,
        is_primary=bool(is_primary),
        **_item_kwargs(item),
    )
    _clean(source)
    source.save()
    return source


@transaction.atomic
def verdict_set(*, item: Item, user: AbstractBaseUser, rating: str, rationale: str) -> Verdict:
    """Rate a claim or quote; its one verdict is created the first time and updated in place after."""
    _refuse_if_dismissed(item, "rating it")
    if rating not in Rating.values:
        raise ValidationError("Choose a rating from the list.", code="rating")
    rationale = _require(rationale, "Explain the rating in the rationale.")
    attach = _item_kwargs(item)
    # Lock the row so that two editors rating at once update it one after the other.
    verdict = Verdict.objects.select_for_update().filter(**attach).first()
    if verdict is None:
        verdict = Verdict(created_by=user, updated_by=user, rating=rating, rationale=rationale, **attach)
        _clean(verdict)
        try:
            with transaction.atomic():
                verdict.save()
            return verdict
        except IntegrityError:
            # Another editor rated the item first: update their verdict instead.
            verdict = Verdict.objects.select_for_update().get(**attach)
    verdict.rating = rating
    verdict.rationale = rationale
    verdict.updated_by = user
    _clean(verdict)
    verdict.save()
    return verdict


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
    text = _require(text, f"The {_name(item)} text cannot be empty.")
    span = _find_in_body(item.article.body, text, item.start)
    if span is None:
        raise ValidationError("The corrected text must be part of the article", code="not_in_article")
    item.start, item.end = span
    # Keep the text as printed, so that it always matches body[start:end].
    item.text = item.article.body[item.start : item.end]


@transaction.atomic
def claim_correct(*, claim: Claim, user: AbstractBaseUser, text: str) -> Claim:
    """Correct a claim's extent: the new text must occur in the article (nearest occurrence wins)."""
    _correct_span(claim, text)
    _touch(claim, user)
    _clean(claim)
    claim.save()
    return claim


@transaction.atomic
def quote_correct(
    *,
    quote: Quote,
    user: AbstractBaseUser,
    text: str,
    speaker_name: str,
    speaker_description: str = "",
    kind: str,
) -> Quote:
    """Correct a quote's extent, kind and speaker.

    The speaker is found by name (case-insensitively) or created. A named
    speaker is shared by every article that quotes them, so an editor's
    description only fills an empty one; an anonymous source belongs to its
    quote alone and keeps its row, with the description updated.
    """
    if kind not in QuoteKind.values:
        raise ValidationError("Choose whether the quote is direct, indirect or mixed.", code="kind")
    name = _require(speaker_name, "Name the speaker.")
    description = (speaker_description or "").strip()
    _correct_span(quote, text)

    current = quote.speaker
    if current is not None and current.anonymous and current.name.lower() == name.lower():
        if description and description != current.description:
            current.description = description
            _clean(current)
            current.save(update_fields=["description"])
        speaker = current
    else:
        speaker = Speaker.objects.filter(anonymous=False, name__iexact=name).first()
        if speaker is None:
            speaker = Speaker(name=name, description=description)
            _clean(speaker)
            speaker.save()
        elif description and not speaker.description:
            speaker.description = description
            _clean(speaker)
            speaker.save(update_fields=["description"])
    quote.speaker = speaker
    quote.kind = kind
    _touch(quote, user)
    _clean(quote)
    quote.save()
    return quote


@transaction.atomic
def item_dismiss(*, item: Item, user: AbstractBaseUser, reason: str) -> Item:
    """Dismiss a claim or quote (not checkable, not a quote...), with the reason; it can be restored."""
    item.dismissed_reason = _require(reason, f"Say why the {_name(item)} is dismissed.")
    item.status = ItemStatus.DISMISSED
    _touch(item, user)
    _clean(item)
    item.save()
    return item


@transaction.atomic
def item_restore(*, item: Item, user: AbstractBaseUser) -> Item:
    """Bring a dismissed claim or quote back to the queue."""
    if item.status != ItemStatus.DISMISSED:
        raise ValidationError(f"This {_name(item)} is not dismissed.", code="not_dismissed")
    item.status = ItemStatus.NEW
    item.dismissed_reason = ""
    _touch(item, user)
    _clean(item)
    item.save()
    return item
