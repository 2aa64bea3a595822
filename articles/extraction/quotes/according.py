"""Attributions framed by "according to X", before, after or around their content.

"According to the agency, 40 people died", "40 people died, according to the
agency", "His plan, according to aides, was to wait": the source follows
"according to"; the words set off from it by a comma or dash are reported.
"Overweight according to his body mass index" measures rather than attributes.
"""

from __future__ import annotations

import re

from .names import Mention, name_at_start
from .phrases import noun_phrase_at_start
from .reported import NOT_CONTENT_OPENERS, Attribution, Stretch, has_words, reported_words, skip_space
from .subjects import last_char

# The words after "according to" when they are no known kind of phrase, up to a break.
SOURCE_WORDS = re.compile(r"[^,.;:\"\u201c\u201d]{1,80}")
# Marks that set "according to X" off from the words it attributes; a scene-setting opening is short.
ACCORDING_SET_OFF = frozenset(",\u2014\u2013-")
SHORT_SCENE = 2


def according_to(stretch: Stretch, match: re.Match) -> list[Attribution]:
    masked, lo = stretch.masked, stretch.start
    start = skip_space(masked, match.end())
    mention = noun_phrase_at_start(masked, start, stretch.end) or name_at_start(masked, start, stretch.end)
    if mention is None:
        words = SOURCE_WORDS.match(masked, start, stretch.end)
        if not words or not words.group().strip():
            return []
        text = stretch.body[start : start + len(words.group().rstrip())]
        mention = Mention(text, start, start + len(text), "noun")
    after = masked.find(",", mention.end, stretch.end)
    if has_words(stretch, lo, match.start()):
        if last_char(masked, lo, match.start()) not in ACCORDING_SET_OFF:
            return []  # "overweight according to his body mass index" measures, it does not attribute
        before = reported_words(stretch, lo, match.start(), "according to", mention, "")
        more = according_more(stretch, mention, after)
        if len(before) == len(more) == 1 and before[0].kind != "direct" and more[0].kind != "direct":
            opening = stretch.body[before[0].start : before[0].end].split()
            if opening[0].lower() in NOT_CONTENT_OPENERS or len(opening) <= SHORT_SCENE:
                return more  # "In addition, according to the agency, ...": the opening is the reporter's
            # "His plan, according to aides, was ...": one clause around its source.
            kind = "indirect" if before[0].kind == more[0].kind == "indirect" else "mixed"
            return [Attribution(before[0].start, more[0].end, kind, "according to", mention, "")]
        return before
    if after < 0:
        return []
    return reported_words(stretch, after + 1, stretch.end, "according to", mention, "")


def according_more(stretch: Stretch, mention: Mention, comma: int) -> list[Attribution]:
    """Words after "according to X," that go on with the clause before it (none if the sentence ends)."""
    if comma < 0 or stretch.masked[mention.end : comma].strip(" )"):
        return []
    return reported_words(stretch, comma + 1, stretch.end, "according to", mention, "")
