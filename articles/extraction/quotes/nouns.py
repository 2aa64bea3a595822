"""Attributions whose source or cue is a noun: "Sanders's attacks on her record", "In a new poll, ...".

"His support for scrapping superdelegates", "Trump's claim that the vote was
rigged", "her call to unite the party": the possessor is the source, and what
follows the noun and its preposition, up to the clause's first break, is the
content. Without a possessive the noun names no one ("the decision to ...")
and nothing is attributed.
"""

from __future__ import annotations

import re

from .cues import WordPattern, alternation
from .names import Mention
from .reported import Attribution, Stretch, reported_words, skip_space
from .subjects import main_subject

# A noun and the word that opens its content; the content starts after "that", "for", "on" ...,
# and at "to" itself ("her call to unite the party").
_NOUN_CUES = {
    "attacks": "on against",
    "support": "for",
    "criticism criticisms": "of",
    "opposition": "to",
    "endorsement": "of",
    "view views": "of on about",
    "call calls demand demands proposal": "for",
    "praise": "of for",
    "remarks comments": "about on",
    "call promise pledge vow plan plans refusal decision threat proposal": "to",
    "claim claims argument suggestion belief assertion insistence warning hope fear contention view "
    "promise pledge accusation allegation charge position": "that",
}
NOUN_CUE = WordPattern(
    alternation(
        noun + r"\s+(?:" + "|".join(words.split()) + r")"
        for nouns, words in _NOUN_CUES.items()
        for noun in nouns.split()
    )
    + r"\b"
)
# The possessor right before the noun, with at most one modifier between: "Sanders's repeated attacks on".
POSSESSOR_AT_END = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"|(?P<name>\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})['\u2019]s?"
    r"|(?P<noun>\b[Tt]he\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)['\u2019]s?)"
    r"\s+(?:[a-z][a-z\-]*\s+)?$"
)
CONTENT_END = re.compile(r"[,;:\u2014\u2013()]|\s--\s")
# A survey named at the start of a sentence, whose findings the rest of it reports.
SURVEY_OPENING = re.compile(
    r"(?:(?:But|And|Yet|Still)\s+)?In\s+(?P<source>(?:(?:the|a|an|its|their|this|that)\s+)?"
    r"(?:[\w/.&'\u2019\-]+\s+){0,6}?(?:poll|polls|survey|surveys|study|studies)\b[^,;:\n]{0,80}),\s+"
)
# How far back a possessor may stand before its noun.
POSSESSOR_REACH = 60


def noun_attributions(stretch: Stretch) -> list[Attribution]:
    """Every attribution of a possessive and a noun cue in the stretch."""
    masked, lo = stretch.masked, stretch.start
    found = []
    for found_cue in NOUN_CUE.finditer(masked, lo, stretch.end):
        cue_start, cue_end, cue_words = found_cue.start(1), found_cue.end(1), found_cue.group(1)
        owner = POSSESSOR_AT_END.search(masked, max(lo, cue_start - POSSESSOR_REACH), cue_start)
        if owner is None:
            continue
        if owner.group("pronoun"):
            word = owner.group("pronoun")
            mention = Mention(
                word, owner.start("pronoun"), owner.end("pronoun"), "pronoun", plural=word == "their"
            )
            # "Trump is doubling down on his support for ...": the clause's subject is whose support it is.
            subject = main_subject(stretch, owner.start())
            if subject is not None and subject.kind in ("name", "pronoun") and subject.end <= owner.start():
                mention = subject
        else:
            kind = "name" if owner.group("name") else "noun"
            mention = Mention(owner.group(kind), owner.start(kind), owner.end(kind), kind)
        opener = cue_words.split()[-1]
        start = cue_end - len(opener) if opener == "to" else cue_end
        stop = CONTENT_END.search(masked, start, stretch.end)
        end = stop.start() if stop else stretch.end
        cue = " ".join(cue_words.split())
        for item in reported_words(stretch, start, end, cue, mention, ""):
            if item.kind != "indirect":
                continue  # quoted words after a noun are read as a quotation of their own
            item.frame = owner.start()
            found.append(item)
    return found


def survey_opening(stretch: Stretch) -> list[Attribution]:
    """What a poll or a study found, named at the sentence's start: "In the new poll, Trump leads ..."."""
    opening = SURVEY_OPENING.match(stretch.masked, skip_space(stretch.masked, stretch.start), stretch.end)
    if opening is None:
        return []
    source = Mention(opening.group("source"), opening.start("source"), opening.end("source"), "noun")
    return reported_words(stretch, opening.end(), stretch.end, "in", source, "")
