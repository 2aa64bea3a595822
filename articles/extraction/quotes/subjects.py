"""The subject of a cue's clause, and where a clause and its participles begin and end.

Shared by the attribution frames (`attribution`, `stances`): a name set off
by appositives before a cue, the main clause's subject for a participle
(", saying ..."), and the end of reported words inside a relative clause.
"""

from __future__ import annotations

import re

from .cues import find_cues
from .names import PREPOSITIONS, Mention
from .outlets import skip_after_cue, via_before
from .phrases import (
    appositive_after,
    described_name_at,
    skip_auxiliaries_back,
    skip_space_forward,
    subject_at_end,
    subject_at_start,
)
from .reported import Attribution, Stretch, reported_words

COMMA = re.compile(r",\s+")
# Marks that close a quotation; a lone apostrophe is a possessive ("Trump's"), not one of them.
CLOSING_MARKS = ('"', "\u201d", "\u00bb", "''")
MAIN_SUBJECT_REACH = 300
# Words that may open a clause before its subject: "Even China, its only ally, said ...".
OPENING_WORDS = re.compile(
    r"(?:(?:[Ee]ven|[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Aa]lso|[Hh]owever|[Nn]ow|[Mm]eanwhile)\b)?"
    # A possessive may stand before the name: "North Carolina's Ada Fisher".
    r"(?:\s*(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['\u2019]s)?"
)
COORDINATED = re.compile(r"\s(?:and|but)(?:\s+(?:also|later|then))?\s*$")
VERB_NEXT = re.compile(r"\s+(?:\w+\s+){0,2}?[a-z]")
# A relative clause between a subject and its verb: "people who have battled online threats".
RELATIVE = re.compile(r"(?:who|that)\s[^,;:]{1,120}")
# Words opening a clause of its own after a subject, not an aside describing it.
FINITE = frozenset("is was are were has have had will would can could did does do and but".split())
MAX_PREPOSITIONAL_WORDS = 8
MAX_CLAUSE_COMMAS = 3
# Words ending in "-ed" that are no past tense.
NOT_VERBS = frozenset(["indeed", "need", "speed", "seed"])
PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|am|been|be|\w+['\u2019]re)"
    r"(?:\s+(?:also|still|now|not|already|increasingly|publicly|openly|repeatedly|just|only|even))?\s+$"
)
PARTICIPLE_LINK = re.compile(r"\b(?:but|while|by)\s+$")


def last_index(text: str, lo: int, end: int) -> int:
    """The offset of the last non-space character in `text[lo:end]`, or lo - 1."""
    end -= 1
    while end >= lo and text[end].isspace():
        end -= 1
    return end


def last_char(text: str, lo: int, end: int) -> str:
    """The last non-space character of `text[lo:end]`, or ""."""
    last = last_index(text, lo, end)
    return text[last] if last >= lo else ""


def progressive(stretch: Stretch, at: int) -> bool:
    """Whether an "-ing" cue at `at` is a progressive verb ("is saying"), not a participle."""
    return PROGRESSIVE.search(stretch.masked, max(stretch.start, at - 40), at) is not None


def after_comma(stretch: Stretch, at: int) -> bool:
    """Whether a participle hangs on the clause before it: after a comma or "but", "while", "by"."""
    if last_char(stretch.masked, stretch.start, at) == ",":
        return True
    return PARTICIPLE_LINK.search(stretch.masked, max(stretch.start, at - 8), at) is not None


def subject_before_appositive(stretch: Stretch, comma: int) -> Mention | None:
    """The name standing before one to three comma-set phrases that end right before the cue.

    "Ann Park, a researcher at X, a charity, said": each phrase
    between commas must read as an appositive, and the name must fill its own
    segment, so that "the X Institute" inside a description is not taken.
    """
    masked, lo = stretch.masked, stretch.start
    end = comma
    for step in range(4):
        previous = masked.rfind(",", lo, end)
        closing = max(masked.rfind(mark, lo, end) for mark in CLOSING_MARKS)
        segment_start = max(previous, closing) + 1 if max(previous, closing) >= 0 else lo
        # At the first step only a name filling its segment: "The chairman, Phil Lovas, said".
        if step > 0 or (previous >= 0 and appositive_after(masked, previous) is None):
            mention = subject_at_end(masked, segment_start, end)
            if mention is not None and mention.kind != "pronoun":
                phrase_start = mention.title_start if mention.title_start is not None else mention.start
                if OPENING_WORDS.fullmatch(masked[segment_start:phrase_start].strip(' \t\n"\u201c\u201d')):
                    return mention
        if previous < closing or previous < 0 or appositive_after(masked, previous, loose=True) is None:
            return None
        end = previous
    return None


def subject_before(stretch: Stretch, cue_start: int) -> Mention | None:
    """The subject right before a cue: past comma-set appositives, else the words ending there."""
    if cue_start not in stretch.subjects:
        stretch.subjects[cue_start] = _subject_before(stretch, cue_start)
    return stretch.subjects[cue_start]


def _subject_before(stretch: Stretch, cue_start: int) -> Mention | None:
    masked, lo = stretch.masked, stretch.start
    last = last_index(masked, lo, cue_start)
    mention = subject_before_appositive(stretch, last) if last >= lo and masked[last] == "," else None
    if mention is None:
        mention = subject_at_end(masked, lo, cue_start)
    return mention if mention is not None else clause_subject(stretch, cue_start)


def clause_subject(stretch: Stretch, cue_start: int) -> Mention | None:
    """The subject opening the cue's clause, with asides or a relative clause between them.

    "Mr. Manafort, citing the polls, said", "Ann Lee, who backed Romney in 2012,
    said", "people who have battled online threats say", "Trump in his speech
    called ...": the clause opens the sentence or follows a comma, and what
    stands between its subject and the cue is set off by commas, opens with a
    relative pronoun or is a short prepositional phrase.
    """
    masked, lo = stretch.masked, stretch.start
    end = skip_auxiliaries_back(masked, lo, cue_start)
    first = max(lo, end - MAIN_SUBJECT_REACH)
    # The sentence's start and the last few commas before the cue: a subject is not far back.
    commas = [m.end() for m in COMMA.finditer(masked, first, end)]
    for start in [first, *commas[-MAX_CLAUSE_COMMAS:]]:
        start = OPENING_WORDS.match(masked, skip_space_forward(masked, start, end), end).end()
        mention = subject_at_start(masked, start, end)
        if mention is None or mention.kind == "pronoun":
            mention = described_name_at(masked, start, end)
        if mention is None or mention.kind == "pronoun":
            continue
        between = masked[mention.end : end].strip()
        # An aside ends with its comma, or with the closing mark of a quotation holding it.
        closed = between.endswith(",") or between[-1:] in CLOSING_MARKS
        set_off = between.startswith(",") and closed and _asides(between.strip(","))
        if set_off or RELATIVE.fullmatch(between) or _prepositional(between):
            return mention
    return None


def _prepositional(text: str) -> bool:
    """Whether words between a subject and its verb are a short prepositional phrase.

    "Trump in his announcement speech called ...", "The nominee for the
    November election later said ...": no comma and no verb of their own.
    """
    words = text.lower().split()
    return (
        0 < len(words) <= MAX_PREPOSITIONAL_WORDS
        and words[0] in PREPOSITIONS
        and "," not in text
        and not any(w in FINITE or (w.endswith("ed") and w not in NOT_VERBS) for w in words[1:])
    )


def _asides(text: str) -> bool:
    """Whether comma-set phrases all describe a subject rather than state what it did.

    "a contestant on the show", "citing the polls", "who backed Romney" are
    asides; "arrived in the South last month" opens with a finite verb.
    """
    for segment in text.split(","):
        first = segment.split()[0].lower() if segment.split() else ""
        if first in FINITE or (first.endswith("ed") and first not in NOT_VERBS):
            return False
    return True


def main_subject(stretch: Stretch, end: int) -> Mention | None:
    """The subject of the main clause, past opening phrases: "Speaking to X, an official declined"."""
    masked, lo = stretch.masked, stretch.start
    # The subject opens the sentence, after at most a few opening phrases.
    starts = [lo] + [m.end() for m in COMMA.finditer(masked, lo, min(end, lo + MAIN_SUBJECT_REACH))]
    for start in starts:
        mention = subject_at_start(masked, start, end)
        if mention is None:
            continue
        after = mention.end
        aside = appositive_after(masked, after)
        if aside is not None and masked.startswith(",", aside[1]):
            after = aside[1] + 1  # "Ruiz, a city ally, called ...": the verb follows the aside
        if VERB_NEXT.match(masked[after : after + 40]):
            return mention
    return None


def relative_end(stretch: Stretch, mention: Mention, rest: int) -> int:
    """Where reported words end: at the stretch's end, or the next comma in a relative clause.

    In "Kim, who said the tax was high, now backs it" the words after the
    comma are the main clause's, not what Kim said.
    """
    if mention.antecedent is None or stretch.body[rest - 1 : rest] == ":":
        return stretch.end
    comma = stretch.masked.find(",", rest, stretch.end)
    return comma if comma >= 0 else stretch.end


def participle(stretch: Stretch, match: re.Match, found: list[Attribution]) -> list[Attribution]:
    """The words of a participle hanging on a main clause: "X declined to comment, saying ...".

    After an attribution in the same stretch the words inherit its speaker;
    otherwise the speaker is the main clause's subject.
    """
    cue = stretch.body[match.start() : match.end()]
    rest, via = skip_after_cue(stretch, match.end(), cue)
    if found:
        contents = reported_words(stretch, rest, stretch.end, cue, None, found[-1].via)
        for item in contents:
            item.inherit = True
        return contents
    mention = main_subject(stretch, match.start())
    if mention is None:
        return []
    return reported_words(stretch, rest, stretch.end, cue, mention, via or via_before(stretch, match.start()))


# The longest subject read as any words opening the clause, when no known kind of phrase is found.
MAX_LOOSE_SUBJECT_WORDS = 20
LOOSE_SUBJECT_END = re.compile(r"[\w)]")
# Words a subject cannot open with: a clause of its own, a question or a quantity measured.
NOT_SUBJECT_OPENERS = frozenset(
    "if when while because as although though since after before until unless whether once that which "
    "what why how where who it there this".split()
)


def loose_subject(stretch: Stretch, cue_start: int) -> Mention | None:
    """Whatever words open the cue's clause, as its subject: "Many in the crowd said", "those surveyed say".

    Tried last, for plain verbs of saying only: the clause opens the sentence
    or follows a semicolon or dash, holds at most twenty words, and ends in a
    word right before the cue (a comma or a closing mark there belongs to the
    inverted frame '"...," said Lee'). Its words may be a description, a list
    of names or a quantity of people; the span, not a name, is the speaker.
    """
    masked, lo = stretch.masked, stretch.start
    end = skip_auxiliaries_back(masked, lo, cue_start)
    verb_to = VERB_TO_AT_END.search(masked, max(lo, end - 30), end)
    if verb_to:
        end = skip_auxiliaries_back(masked, lo, verb_to.start())  # "X declined to say": the subject is X's
    end = last_index(masked, lo, end) + 1
    if end <= lo or not LOOSE_SUBJECT_END.match(masked, end - 1):
        return None
    first = max(lo, end - MAIN_SUBJECT_REACH)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(masked, first, end)]
    start = breaks[-1] if breaks else first
    if next(find_cues(masked, start, end), None) is not None:
        return None  # "He said that X has acknowledged": words reported, not a subject
    start = OPENING_WORDS.match(masked, skip_space_forward(masked, start, end), end).end()
    start = skip_space_forward(masked, start, end)
    phrase = masked[start:end].split()
    if not phrase or len(phrase) > MAX_LOOSE_SUBJECT_WORDS or phrase[0].lower() in NOT_SUBJECT_OPENERS:
        return None
    if phrase[-1].lower() in ARTICLES:
        return None  # "The said agreement": the cue's word after a determiner is an adjective
    if any(mark in masked[start:end] for mark in CLOSING_MARKS):
        return None
    return Mention(stretch.body[start:end], start, end, "noun", plural=phrase[-1].endswith("s"))


VERB_TO_AT_END = re.compile(r"\s[a-z]+\s+to\s*$")
ARTICLES = frozenset("the a an his her its their our my your".split())
CLAUSE_BREAK = re.compile(r";\s*|\s(?:--|[\u2014\u2015])\s*")
