"""Turn a page, an HTML file or an article's text into an Article with its claims and quotes.

For the review page (engineer B): the article's own UTC offset is stored in
`Article.utc_offset_minutes` (e.g. 540 for "+09:00", None when the page gave
no zone). `published`/`updated` are stored as aware datetimes (the database
keeps UTC); show them as `published.astimezone(timezone(timedelta(minutes=
utc_offset_minutes)))` to print "16:47 +09:00" as the page did.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import capfirst

from articles import extraction
from articles.extraction import Claim as FoundClaim
from articles.extraction import Extraction
from articles.extraction import Quote as FoundQuote
from articles.extraction import Speaker as FoundSpeaker
from articles.models import Article, Claim, Quote, QuoteKind, Speaker
from articles.models.article import InputMode
from articles.models.people import SpeakerKind

from .ingest_input import (
    BINARY_MESSAGE,
    IngestError,
    check_content_size,
    check_size,
    decode,
    guess_mode,
    looks_binary,
)

__all__ = ["IngestError", "IngestResult", "article_ingest", "check_size", "guess_mode"]

logger = logging.getLogger(__name__)

MODES = tuple(InputMode.values)
# Below this much prose a "page" is a menu, an error page or a stub, not an article.
MIN_BODY_WORDS = 20
# Scripts written without spaces between words (Chinese, Japanese, Thai): about two characters a word.
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Roughly how many words `text` has, in spaced and unspaced scripts alike."""
    return len(text.split()) + len(_UNSPACED_SCRIPT.findall(text)) // 2


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool  # False when the same content had already been ingested


def article_ingest(
    *,
    content: bytes | str,
    mode: str | None = None,
    filename: str = "",
    source_url: str = "",
    user: AbstractBaseUser | None = None,
) -> IngestResult:
    """Extract an article from `content` and store it with its claims and quotes.

    Refuses with `IngestError` (and stores nothing) input that is empty, too
    large, binary, undecodable, in an unknown mode, or holds no article.
    The same content (up to whitespace) ingested twice gives the first article
    back with `created=False`. Everything is stored in one transaction.
    """
    if mode is not None and mode not in MODES:
        raise IngestError(f"Unknown input mode {mode!r}; use one of: {', '.join(MODES)}")
    check_content_size(content)
    text = decode(content, mode=mode)
    if not text.strip():
        raise IngestError("The input is empty")
    if looks_binary(text):
        raise IngestError(BINARY_MESSAGE)
    mode = mode or guess_mode(filename=filename, content=text)

    content_hash = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
    existing = Article.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return IngestResult(article=existing, created=False)

    try:
        result = extraction.extract(text, mode=mode)
    except Exception:
        # An engine bug must not become a 500 for the editor; the traceback goes to the log.
        logger.exception("Extraction failed for %r (mode %s)", filename or "<input>", mode)
        raise IngestError(
            "The article could not be extracted from this input; the error was logged"
        ) from None
    if word_count(result.article.body) < MIN_BODY_WORDS:
        raise IngestError("No article text was found in this page")

    for attempt in range(2):
        article = _article_from(
            result, text=text, mode=mode, filename=filename, source_url=source_url, user=user
        )
        article.content_hash = content_hash
        try:
            with transaction.atomic():
                article.save()
                _store_items(article, result)
        except IntegrityError:
            # Another request ingested the same content (or created one of its speakers)
            # between our check and our insert: give back its article, or try once more.
            existing = Article.objects.filter(content_hash=content_hash).first()
            if existing is not None:
                return IngestResult(article=existing, created=False)
            if attempt:
                logger.exception("Could not store the article from %r", filename or "<input>")
                raise IngestError("The article could not be stored; the error was logged") from None
        else:
            return IngestResult(article=article, created=True)
    raise AssertionError("unreachable")


def _fit(value: str, max_length: int, what: str) -> str:
    """Shorten an over-long value with an ellipsis, and say so in the log (never silently)."""
    value = (value or "").strip()
    if len(value) <= max_length:
        return value
    logger.warning("Shortened %s from %d to %d characters", what, len(value), max_length)
    return value[: max_length - 1] + "\u2026"


def _aware(value: datetime | None) -> datetime | None:
    # The engine gives an aware datetime when the page states its zone (or the outlet's
    # zone is known); a naive one is read in the newsroom's zone, settings.TIME_ZONE.
    if value is None or timezone.is_aware(value):
        return value
    return timezone.make_aware(value, timezone.get_default_timezone())


def _utc_offset_minutes(*values: datetime | None) -> int | None:
    for value in values:
        if value is not None and timezone.is_aware(value):
            offset = value.utcoffset()
            if offset is not None:
                return int(offset.total_seconds() // 60)
    return None


def _fallback_title(body: str, filename: str) -> str:
    first = body.split(extraction.PARAGRAPH_SEPARATOR, 1)[0].strip()
    if first:
        words = first.split()
        title = " ".join(words[:15])
        return title + ("\u2026" if len(words) > 15 else "")
    return PurePath(filename).stem or "Untitled article"


def _article_from(
    result: Extraction,
    *,
    text: str,
    mode: str,
    filename: str,
    source_url: str,
    user: AbstractBaseUser | None,
) -> Article:
    parts = result.article
    body = parts.body
    email = (parts.author_email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            logger.warning("Dropped an invalid author e-mail %r", email)
            email = ""
    source_url = (source_url or parts.url or "").strip()
    article = Article(
        title=_fit(parts.title or _fallback_title(body, filename), 500, "title"),
        subtitle=_fit(parts.subtitle, 1000, "subtitle"),
        section=_fit(parts.section, 200, "section"),
        outlet=_fit(parts.outlet, 200, "outlet"),
        authors=[a.strip() for a in parts.authors if a and a.strip()],
        author_email=email,
        published=_aware(parts.published),
        updated=_aware(parts.updated),
        utc_offset_minutes=_utc_offset_minutes(parts.published, parts.updated),
        body=body,
        captions=[{"text": c.text, "credit": c.credit} for c in parts.captions],
        source_url=source_url,
        source_name=_fit(filename, 500, "source file name"),
        input_mode=mode,
        raw_input=text,
        ingested_by=user,
    )
    try:
        article.full_clean(exclude=["content_hash"])
    except ValidationError as error:
        raise IngestError("; ".join(_messages(error, Article))) from None
    return article


def _messages(error: ValidationError, model: type) -> list[str]:
    if not hasattr(error, "error_dict"):
        return error.messages
    messages = []
    for field, errors in error.error_dict.items():
        label = capfirst(model._meta.get_field(field).verbose_name) if field != "__all__" else ""
        for message in ValidationError(errors).messages:
            messages.append(f"{label}: {message}" if label else message)
    return messages


def _span_ok(kind: str, start: int | None, end: int | None, body_length: int, seen: set) -> bool:
    """A span we can store: inside the body, not empty, not a duplicate of an earlier one."""
    if start is None or end is None or start >= end:
        return False
    if start < 0 or end > body_length:
        logger.warning(
            "Skipped a %s whose span %d-%d is outside the body (%d)", kind, start, end, body_length
        )
        return False
    if (start, end) in seen:
        return False
    seen.add((start, end))
    return True


def _store_items(article: Article, result: Extraction) -> None:
    body_length = len(article.body)
    claims = []
    seen: set[tuple[int, int]] = set()
    for claim in result.claims:
        if not _span_ok("claim", claim.start, claim.end, body_length, seen):
            continue
        if not 0 <= claim.score <= 1:
            logger.warning("Skipped a claim with score %r outside 0-1", claim.score)
            continue
        claims.append(
            Claim(
                article=article,
                **_span_as_extracted(claim),
                score=claim.score,
                hedge=_fit(claim.hedge, 100, "hedge"),
                quantities=[dataclasses.asdict(q) for q in claim.quantities],
                reasons=list(claim.reasons),
            )
        )
    Claim.objects.bulk_create(claims, batch_size=500)

    speakers = _named_speakers(result)
    quotes = []
    anonymous = []
    seen = set()
    for quote in result.quotes:
        if not _span_ok("quote", quote.start, quote.end, body_length, seen):
            continue
        if quote.kind not in QuoteKind.values:
            logger.warning("Skipped a quote of unknown kind %r", quote.kind)
            continue
        found = quote.speaker
        speaker = None
        if found is not None and found.name.strip():
            if found.anonymous:
                # Each anonymous source is its own row: two "officials" are not one person.
                speaker = _new_speaker(found, anonymous=True)
                anonymous.append(speaker)
            else:
                speaker = speakers[found.name.strip().lower()]
        mention_start, mention_end = (found.start, found.end) if found is not None else (None, None)
        if mention_start is not None and not (0 <= mention_start < (mention_end or -1) <= body_length):
            logger.warning("Dropped a speaker mention with span %r-%r", mention_start, mention_end)
            mention_start = mention_end = None
        quotes.append(
            Quote(
                article=article,
                **_span_as_extracted(quote),
                kind=quote.kind,
                extracted_kind=quote.kind,
                cue=_fit(quote.cue, 200, "quote cue"),
                via=_fit(quote.via, 300, "quote via"),
                speaker=speaker,
                speaker_mention=_fit(found.mention if found else "", 300, "speaker mention"),
                mention_start=mention_start,
                mention_end=mention_end if mention_start is not None else None,
                extracted_speaker_name=_fit(found.name if found else "", 300, "speaker name"),
            )
        )
    # The article's new speakers in one insert (the unique name constraint still holds);
    # bulk_create of the quotes then reads each speaker's new primary key.
    new_speakers = [speaker for speaker in speakers.values() if speaker.pk is None]
    Speaker.objects.bulk_create(new_speakers + anonymous, batch_size=500)
    Quote.objects.bulk_create(quotes, batch_size=500)


def _span_as_extracted(found: FoundClaim | FoundQuote) -> dict:
    """The span fields of a claim or quote: as the engine found them, kept twice for corrections."""
    return {
        "text": found.text,
        "start": found.start,
        "end": found.end,
        "extracted_text": found.text,
        "extracted_start": found.start,
        "extracted_end": found.end,
    }


def _speaker_kind(kind: str) -> str:
    return kind if kind in SpeakerKind.values else SpeakerKind.PERSON


def _named_speakers(result: Extraction) -> dict[str, Speaker]:
    """The named speakers of the quotes, by lower-cased name: found in one query, unsaved if new."""
    wanted = {}
    for quote in result.quotes:
        found = quote.speaker
        if found is not None and not found.anonymous and found.name.strip():
            key = found.name.strip().lower()
            if key not in wanted or (found.description and not wanted[key].description):
                wanted[key] = found
    if not wanted:
        return {}
    # SQLite lower-cases ASCII only: match the names as written too, and compare in Python.
    names = [found.name.strip() for found in wanted.values()]
    candidates = Speaker.objects.annotate(lower_name=Lower("name")).filter(
        Q(name__in=names) | Q(lower_name__in=list(wanted)), anonymous=False
    )
    existing = {s.name.lower(): s for s in candidates}
    speakers = {}
    for key, found in wanted.items():
        speaker = existing.get(key)
        if speaker is None:
            speaker = _new_speaker(found, anonymous=False)
        else:
            description = _fit(found.description, 1000, "speaker description")
            if description and not speaker.description:
                speaker.description = description
                speaker.save(update_fields=["description"])
        speakers[key] = speaker
    return speakers


def _new_speaker(found: FoundSpeaker, *, anonymous: bool) -> Speaker:
    """An unsaved row for a speaker the engine found."""
    return Speaker(
        name=_fit(found.name, 300, "speaker name"),
        description=_fit(found.description, 1000, "speaker description"),
        kind=_speaker_kind(found.kind),
        anonymous=anonymous,
    )
