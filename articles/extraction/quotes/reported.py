"""Reported words: the records of an attribution and the rules for where its content lies.

`Stretch` is the text being read (body, masked copy, quotations, bounds);
`Attribution` is what a cue yields before its speaker is resolved. The helpers
here trim content to the reported words: past "that", without a speaker's
title, cut where the next attribution begins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .cues import cue_is_stance, words
from .names import Mention
from .quotemarks import Quotation

WORDS = re.compile(r"[^\W_]")
THAT = re.compile(r"(?:that|:|,)\s+|\s+", re.IGNORECASE)
THAT_WORD = re.compile(r"\bthat\s")
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|I|it)\s+(?!to\b)[a-z]")
DATELINE = re.compile(r"[A-Z][A-Z.,' ]{2,40}(?:\([^()]{1,30}\))?\s*(?:--|[-\u2013\u2014\u2015])\s+")
PUNCTUATION = re.compile(r"[,.;:!?]")
FIRST_WORD = re.compile(r"[A-Za-z]+")
# After "said of Clinton" or "said on the other hand", reported words start after "that" or a colon,
# or with a quotation opened after a comma.
LATER_START = re.compile(r"\bthat\s+|:\s*|,\s*(?=[\"\u201c\u00ab]|``|'')")
NOT_CONTENT_OPENERS = words(
    "to before after in during at on when while as since until for of about with from by into among "
    "over under through throughout without"
)


@dataclass(slots=True)
class Attribution:
    """Reported words found next to a cue, before speaker resolution.

    `inherit` marks content whose speaker is that of the attribution before it
    in the same stretch (", adding that ..." or a quotation resumed after "he said,").
    """

    start: int
    end: int
    kind: str
    cue: str
    mention: Mention | None
    via: str = ""
    inherit: bool = False
    frame: int = -1


@dataclass(slots=True)
class Stretch:
    """The text being read: body, its masked copy, quotations, bounds and known persons."""

    body: str
    masked: str
    quotations: list[Quotation]
    start: int
    end: int
    is_person_name: Callable[[str], bool] | None = None
    # The cues of the stretch when already found over the whole body, else found when read.
    cues: list[re.Match] | None = None
    # The subject found before each cue offset: several frames, and the learned layer, ask for it.
    subjects: dict[int, Mention | None] = field(default_factory=dict)


def quotation_end_before(stretch: Stretch, phrase_start: int) -> int:
    """Where reported words end before a speaker: right after a quotation followed by a few title words.

    In '"...," Tulsa police Chief X said' the words "Tulsa police" are the
    speaker's title, not part of what was said.
    """
    closing = [q for q in _near(stretch, stretch.start, phrase_start) if q.closed and q.close < phrase_start]
    if closing:
        between = stretch.masked[closing[-1].close + 1 : phrase_start].lstrip(" ,\"\u201d'")
        if not PUNCTUATION.search(between) and len(between.split()) <= 3:
            return closing[-1].close + 1
    return phrase_start


def leading_start(stretch: Stretch, at: int) -> int | None:
    """Where reported words begin after a cue, or None when what follows is not reported words.

    "said during a visit that ..." starts after "that"; "said to the TV" and
    "pledged to reach" report no words.
    """
    masked = stretch.masked
    at = skip_space(masked, at, stretch.end)
    word = FIRST_WORD.match(masked, at, at + 12)
    if word is None or word.group().lower() not in NOT_CONTENT_OPENERS:
        return at
    that = LATER_START.search(masked, at, min(stretch.end, at + 80))
    if that:
        return that.end()
    # "said after the convention he would ...": the clause starts at its subject pronoun.
    subject = SUBJECT_PRONOUN.search(masked, at, min(stretch.end, at + 50))
    return subject.start() if subject else None


def trailing_tail(stretch: Stretch, at: int) -> bool:
    """Whether what follows a cue only sets the scene: "said of the election", "said at a dinner in X"."""
    masked = stretch.masked
    at = skip_space(masked, at, stretch.end)
    word = FIRST_WORD.match(masked, at, at + 12)
    if word is None or word.group().lower() not in NOT_CONTENT_OPENERS or word.group().lower() == "to":
        return False
    return not THAT_WORD.search(masked, at, stretch.end)


def reported_words(
    stretch: Stretch, start: int, end: int, cue: str, mention: Mention | None, via: str
) -> list[Attribution]:
    """The reported words between two offsets, as one or more attributions of one kind."""
    masked = stretch.masked
    start = skip_space(masked, start, end)
    dateline = DATELINE.match(masked, start, end)
    if dateline:
        start = dateline.end()  # "WASHINGTON (Reuters) - ..." is where the story was filed
    lead = THAT.match(masked, start, end)
    if lead and masked[start : lead.end()].strip().lower() in {"that", ":", ","}:
        start = lead.end()
    while end > start and (masked[end - 1].isspace() or masked[end - 1] in ".,;:"):
        end -= 1
    if end <= start or not has_words(stretch, start, end):
        return []
    near = _near(stretch, start, end)
    inside = [q for q in near if q.open >= start and q.inner_end <= end]
    touching = [q for q in near if q.open < end and q.inner_end > start]
    outside = has_words(stretch, start, end, skip=inside)
    if inside and not outside and len(inside) == len(touching):
        return [
            Attribution(
                q.inner_start,
                _trim_end(stretch.body, q.inner_start, q.inner_end),
                "direct",
                cue,
                mention,
                via,
            )
            for q in inside
        ]
    kind = "mixed" if touching else "indirect"
    return [Attribution(start, end, kind, cue, mention, via)]


def _near(stretch: Stretch, start: int, end: int) -> list[Quotation]:
    """The quotations of the stretch that may touch `start:end` (they are sorted and never overlap)."""
    quotations = stretch.quotations
    first = max(0, bisect.bisect_left(quotations, start, key=lambda q: q.open) - 1)
    last = bisect.bisect_left(quotations, end, key=lambda q: q.open)
    return quotations[first:last]


def _trim_end(body: str, start: int, end: int) -> int:
    while end > start and body[end - 1].isspace():
        end -= 1
    return end


def has_words(stretch: Stretch, start: int, end: int, skip: list[Quotation] | None = None) -> bool:
    """Whether any letter or digit lies between two offsets, outside the quotations in `skip`.

    Quoted letters are masked but still letters, so a quotation counts as words
    unless it is skipped.
    """
    if start >= end:
        return False
    if not skip:
        return bool(WORDS.search(stretch.masked, start, end))
    position = start
    for q in sorted(skip, key=lambda q: q.open):
        if WORDS.search(stretch.masked, position, q.open):
            return True
        position = q.close + 1
    return bool(WORDS.search(stretch.masked, position, end))


def skip_space(text: str, at: int, end: int | None = None) -> int:
    """The first offset from `at` that is not whitespace (or `end`)."""
    end = len(text) if end is None else end
    while at < end and text[at].isspace():
        at += 1
    return at


def trim_overlaps(stretch: Stretch, found: list[Attribution]) -> list[Attribution]:
    """Cut reported words short where the next attribution's cue and speaker begin.

    "Figueroa said A, though she acknowledged B": A ends before "though she".
    """
    if not found:
        return []  # most sentences report nothing
    found.sort(key=lambda a: a.start)
    # Only attributions whose words follow their frame ("she acknowledged B") cut the one before.
    frames = sorted(a.frame for a in found if a.start >= a.frame)
    for item in found:
        nearest = bisect.bisect_right(frames, item.start)
        if nearest < len(frames) and frames[nearest] < item.end:
            item.end = _trim_connective(stretch, item.start, frames[nearest])
            near = _near(stretch, item.start, item.end)
            if item.kind == "mixed" and not any(q.open < item.end and q.close > item.start for q in near):
                item.kind = "indirect"  # the quotation that made it mixed was cut off
    kept: list[Attribution] = []
    for item in found:
        if kept and item.start == kept[-1].start:
            continue
        kept.append(item)
    # Cut down to a word, reported words were a misreading of the sentence, unless
    # that word is a name a stance is about ("endorsed Cruz").
    return [a for a in kept if a.kind == "direct" or _enough_words(stretch.body[a.start : a.end], a.cue)]


def _enough_words(text: str, cue: str) -> bool:
    words = text.split()
    return len(words) >= 2 or (len(words) == 1 and words[0][:1].isupper() and cue_is_stance(cue))


CONNECTIVE_END = re.compile(
    r"(?:[\s,;:]|\b(?:and|but|though|although|while|as|because|whereas|since|so)\b)*$"
)


def _trim_connective(stretch: Stretch, start: int, end: int) -> int:
    match = CONNECTIVE_END.search(stretch.masked, start, end)
    return match.start() if match else end
