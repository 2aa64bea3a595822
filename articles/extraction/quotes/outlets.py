"""Outlets that carried the words, and the phrases skipped after a cue.

"told The Daily Planet", "was quoted as saying by Reuters", "Speaking to
Le Monde, ...", "in an interview with X": the outlet is any capitalised name
in those places that is not a person of the article; listeners such as
"reporters" or "a press conference" are skipped without being one.
"""

from __future__ import annotations

import re

from .cues import LISTENERS, SETTING_PHRASE, TIME_PHRASE
from .names import Mention, name_at_start
from .phrases import noun_phrase_at_start
from .reported import Stretch, skip_space

TELL = frozenset({"told", "tell", "tells", "telling"})
VIA_BEFORE = re.compile(
    r"(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|with|in|for)\s+"
    r"|\b(?:[Ii]n|[Dd]uring)\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with\s+"
)
# How far before a cue an opening phrase naming an outlet is looked for.
VIA_REACH = 300
# One of these is in every such phrase: plain text is found much faster than the pattern.
VIA_WORDS = ("peaking", "alking", "riting", "interview")
VIA_AFTER_SETTING = re.compile(r"\s+(?:with|to|for|on|in)\s+")
BY = re.compile(r"by\s+")
THE = re.compile(r"the\s+(?=[A-Z])")


def skip_after_cue(stretch: Stretch, at: int, cue: str) -> tuple[int, str]:
    """Move past what follows a cue without being content: listeners, outlets, times, settings."""
    masked, end, via = stretch.masked, stretch.end, ""
    cue = cue.lower()
    first = True
    while at < end:
        at = skip_space(masked, at, end)
        if first and cue in TELL:
            first = False
            listener = LISTENERS.match(masked, at, end)
            if listener:
                at = listener.end()
                continue
            outlet, outlet_end = _outlet_at(stretch, at)
            if outlet_end:
                via, at = via or outlet, outlet_end
                continue
            phrase = noun_phrase_at_start(masked, at, end)
            if phrase is not None:
                at = phrase.end
                continue
        first = False
        by = BY.match(masked, at, end) if "quoted" in cue else None
        if by:
            outlet, outlet_end = _outlet_at(stretch, by.end())
            if outlet_end:
                via, at = via or outlet, outlet_end
                continue
        timed = TIME_PHRASE.match(masked, at, end)
        if timed:
            at = timed.end()
            continue
        setting = SETTING_PHRASE.match(masked, at, end)
        if setting:
            at = setting.end()
            link = VIA_AFTER_SETTING.match(masked, at, end)
            outlet, outlet_end = _outlet_at(stretch, link.end()) if link else ("", 0)
            if outlet_end:
                via, at = via or outlet, outlet_end
            continue
        return at, via
    return at, via


def _outlet_at(stretch: Stretch, at: int) -> tuple[str, int]:
    """The outlet named at `at` ("Reuters", "the Nikkei Shimbun") and where it ends; ("", 0) if none."""
    the = THE.match(stretch.masked, at, stretch.end)
    name = name_at_start(stretch.masked, the.end() if the else at, stretch.end)
    if name is None:
        return "", 0
    outlet = _outlet(stretch, name)
    if outlet and the:
        outlet = stretch.body[at : name.end]
    return outlet, name.end


def via_before(stretch: Stretch, at: int) -> str:
    """An outlet named in an opening phrase: "Speaking to X, ..." or "In an interview with X, ..."."""
    start = max(stretch.start, at - VIA_REACH)
    if not any(stretch.masked.find(word, start, at) >= 0 for word in VIA_WORDS):
        return ""
    for match in VIA_BEFORE.finditer(stretch.masked, start, at):
        outlet, outlet_end = _outlet_at(stretch, match.end())
        if outlet_end and outlet_end <= at:
            return outlet
    return ""


def _outlet(stretch: Stretch, name: Mention) -> str:
    text = stretch.body[name.start : name.end]
    if stretch.is_person_name is not None and stretch.is_person_name(text) and not name.organisation:
        return ""
    return text
