"""Attributions in one stretch of text: cue, speaker mention, content and outlet.

The stretch (a sentence, or several when a quotation runs across them) is read
in its masked form, where quoted words are hidden, so that a cue is only ever
found in the reporter's words. Each cue is tried in four frames:

- subject before the cue: "Lee said ...", "..., Lee added.", "X, a professor, said"
- cue before the subject: "..., said Lee Min-jun, a professor ..."
- a participle after a main clause: "X declined to comment, saying ..."
- "according to X", before or after its content.

What counts as content is decided in `reported`, outlets in `outlets`.
"""

from __future__ import annotations

import re

from .cues import (
    CUE,
    cue_is_belief,
    cue_is_participle,
    find_cues,
    words,
)
from .names import Mention, name_at_start
from .outlets import skip_after_cue, via_before
from .phrases import (
    appositive_after,
    clause_noun_phrase,
    noun_phrase_at_start,
    subject_at_end,
    subject_at_start,
)
from .quotemarks import Quotation
from .reported import (
    NOT_CONTENT_OPENERS,
    Attribution,
    Stretch,
    has_words,
    leading_start,
    quotation_end_before,
    reported_words,
    skip_space,
    trailing_tail,
    trim_overlaps,
)

COMMA = re.compile(r",\s+")
# The words after "according to" when they are no known kind of phrase, up to a break.
SOURCE_WORDS = re.compile(r"[^,.;:\"\u201c\u201d]{1,80}")
CLOSERS = frozenset(",\"\u201d\u00bb'`")
SHORT_OPENING = 5
VERB_AFTER = re.compile(
    r"\s+(?:(?:also|has|have|had|will|would|could|did|then|later|again|once|never|not|even|just|[a-z]+ly)\s+)*"
    r"([a-z][a-z'\-]+)\b"
)
MAX_TITLE_WORDS = 8
MAX_EMBEDDED = 4
MAIN_SUBJECT_REACH = 300
# A quotation of capitalised words names a work ("Larry King Now", "13th"), it is nobody's words.
TITLE_OF_WORK = re.compile(
    r"[\W\d]*(?:[A-Z0-9][\w'\u2019\-.!?,:]*\W*(?:(?:a|an|the|of|and|in|on|to|for|is)\W+)*)+"
)
COPULAS = words("is was are were be been being seems seemed became becomes remains remained")
SUBORDINATORS = words("though although if when while because as unless whether once")
DASH_SIGNATURE = re.compile(r"[\"\u201d\u00bb]\s*(?:[\u2015\u2014\u2013]|--)\s*")
QUOTATION_NEXT = re.compile(r"[,:]\s*(?:[\"\u201c\u00ab]|``|'')")
# Words that may open a clause before its subject: "Even China, its only ally, said ...".
OPENING_WORDS = re.compile(
    r"(?:(?:[Ee]ven|[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Aa]lso|[Hh]owever|[Nn]ow|[Mm]eanwhile)\b)?"
)
ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
CLAUSE_END = re.compile(r"[,;:\"\u201d\u00bb'`\u2014\u2015?!-]\s*$")
COORDINATED = re.compile(r"\s(?:and|but)(?:\s+(?:also|later|then))?\s*$")
# Cues plain enough to trust with any noun phrase opening the clause ("The bank said").
STRONG_CUES = words("said says say told tells added wrote argued noted warned claimed insisted")
# Verbs that report words only when "that", a colon or a quotation follows them when they
# come first: "Trump boasted that ...", not "Trump continued his tour".
NEEDS_THAT = words(
    "continued agree agrees agreed reply replies replied respond responds responded joke jokes joked "
    "boast boasts boasted pledged vowed promised maintain maintains maintained reveal reveals "
    "revealed disclose discloses disclosed indicate indicates indicated conclude concludes concluded "
    "complain complains complained testify testifies testified reported reports stated posted declare "
    "declares declared ask asks asked deny denies denied"
)
LEADING_THAT = re.compile(r"\s*(?:that\b|:|,?\s*[\"\u201c\u00ab`']|,\s*(?:that\b))")


def attribute(stretch: Stretch) -> list[Attribution]:
    """Every attribution in a stretch, in the order of their cues."""
    found: list[Attribution] = []
    for match in find_cues(stretch.masked, stretch.start, stretch.end):
        found.extend(_attribute_cue(stretch, match, found))
    if not found:
        found.extend(_dash_signature(stretch))
    # A sentence quotes a few phrases at most; a bound keeps pathological text fast.
    for quotation in stretch.quotations[:MAX_EMBEDDED]:
        if quotation.closed and not any(a.start <= quotation.close and quotation.open < a.end for a in found):
            found.extend(_embedded(stretch, quotation))
    return trim_overlaps(stretch, found)


def _attribute_cue(stretch: Stretch, match: re.Match, found: list[Attribution]) -> list[Attribution]:
    cue = match.group()
    if cue.lower().startswith("according"):
        found_here = _according_to(stretch, match)
    elif cue_is_participle(cue) and _after_comma(stretch, match.start()):
        found_here = _participle(stretch, match, found)
    elif cue_is_participle(cue):
        # "footage of Clinton asking, '...'": only with a quotation right after.
        after = stretch.masked[match.end() : stretch.end]
        found_here = _subject_before(stretch, match) if QUOTATION_NEXT.match(after) else []
    else:
        found_here = _subject_before(stretch, match) or _subject_after(stretch, match)
    for item in found_here:
        starts = [match.start()] + [m.start for m in (item.mention,) if m is not None]
        starts += [m.title_start for m in (item.mention,) if m is not None and m.title_start is not None]
        item.frame = min(starts)
    return found_here


def _dash_signature(stretch: Stretch) -> list[Attribution]:
    """A quotation signed with a dash and a name: '"...!" ― Julie Smith.'"""
    masked = stretch.masked
    dash = DASH_SIGNATURE.search(masked, stretch.start, stretch.end)
    if dash is None:
        return []
    mention = name_at_start(masked, dash.end(), stretch.end)
    if mention is None or masked[mention.end : stretch.end].strip(" .,"):
        return []
    return reported_words(stretch, stretch.start, dash.start() + 1, "―", mention, "")


def _embedded(stretch: Stretch, quotation: Quotation) -> list[Attribution]:
    """Words quoted inside someone's action: 'Trump called the report "fake news"'.

    The subject of the sentence is the speaker and the verb right after it the
    cue; a copula ("was") makes the quotation the reporter's label instead.
    """
    masked = stretch.masked
    if not has_words(stretch, stretch.start, quotation.open):
        return []
    quoted = stretch.body[quotation.inner_start : quotation.inner_end]
    if len(quoted.split()) <= MAX_TITLE_WORDS and TITLE_OF_WORK.fullmatch(quoted):
        return []
    subject = _main_subject(stretch, quotation.open)
    if subject is None:
        return []
    verb = VERB_AFTER.match(masked, subject.end, quotation.open)
    if verb is None or verb.group(1) in COPULAS:
        return []
    end = min(stretch.end, quotation.close + quotation.width)
    return reported_words(stretch, verb.end(), end, stretch.body[verb.start(1) : verb.end(1)], subject, "")


def _last_index(text: str, lo: int, end: int) -> int:
    """The offset of the last non-space character in `text[lo:end]`, or lo - 1."""
    end -= 1
    while end >= lo and text[end].isspace():
        end -= 1
    return end


def _last_char(text: str, lo: int, end: int) -> str:
    last = _last_index(text, lo, end)
    return text[last] if last >= lo else ""


def _after_comma(stretch: Stretch, at: int) -> bool:
    return _last_char(stretch.masked, stretch.start, at) == ","


def _subject_before(stretch: Stretch, match: re.Match) -> list[Attribution]:
    masked, lo, cue = stretch.masked, stretch.start, stretch.body[match.start() : match.end()]
    mention = None
    last = _last_index(masked, lo, match.start())
    if last >= lo and masked[last] == ",":
        mention = _subject_before_appositive(stretch, last)
    if mention is None:
        mention = subject_at_end(masked, lo, match.start())
    if mention is None and COORDINATED.search(masked, max(lo, match.start() - 30), match.start()):
        # "Democrats described it as ominous, and said ...": the subject of the first verb.
        mention = _main_subject(stretch, match.start())
        if mention is not None:
            rest, via = skip_after_cue(stretch, match.end(), cue)
            rest = leading_start(stretch, rest)
            return [] if rest is None else reported_words(stretch, rest, stretch.end, cue, mention, via)
    if mention is None and cue.lower() in STRONG_CUES:
        mention = clause_noun_phrase(masked, lo, match.start())
    if mention is None:
        return []
    phrase_start = mention.title_start if mention.title_start is not None else mention.start
    article = ARTICLE_BEFORE.search(masked, max(lo, phrase_start - 4), phrase_start)
    if article:
        phrase_start = article.start()  # "..., the Tax Foundation said."
    rest, via = skip_after_cue(stretch, match.end(), cue)
    via = via or via_before(stretch, match.start())
    pre_end = quotation_end_before(stretch, phrase_start)
    # Words before the speaker are reported only when a comma or a quotation ends them.
    pre_has_words = has_words(stretch, lo, pre_end) and bool(
        CLAUSE_END.search(masked, max(lo, pre_end - 40), pre_end)
    )
    if not has_words(stretch, rest, stretch.end) or (pre_has_words and trailing_tail(stretch, rest)):
        if not pre_has_words or cue_is_belief(cue):
            return []
        return reported_words(stretch, lo, pre_end, cue, mention, via)
    after = masked[rest : stretch.end].lstrip()
    if QUOTATION_NEXT.match(after) and not pre_has_words and not cue_is_belief(cue):
        return reported_words(stretch, rest, stretch.end, cue, mention, via)
    if after.startswith(",") and pre_has_words and not cue_is_belief(cue):
        first = reported_words(stretch, lo, phrase_start, cue, mention, via)
        comma = masked.index(",", rest)
        if CUE.match(masked, skip_space(masked, comma + 1)):
            return first  # ", adding that ...": the participle is read on its own
        more = reported_words(stretch, comma + 1, stretch.end, cue, None, via)
        # ", he said, clapping": a few words after the cue are the reporter's, not more content.
        more = [a for a in more if a.kind != "indirect" or len(stretch.body[a.start : a.end].split()) >= 4]
        if more and all(_reporters_opening(stretch, a) for a in first):
            # "But to prevent problems, he said, ...": the opening is the reporter's, not content.
            more[0].mention, first = mention, []
        for item in more:
            item.inherit = item.mention is None
        return first + more
    if cue.lower() in NEEDS_THAT and not LEADING_THAT.match(masked, rest, stretch.end):
        return []
    rest = leading_start(stretch, rest)
    if rest is None:
        return []
    contents = reported_words(stretch, rest, stretch.end, cue, mention, via)
    if cue_is_belief(cue):
        contents = [
            c for c in contents if c.kind == "indirect" and len(stretch.body[c.start : c.end].split()) > 2
        ]
    return contents


def _reporters_opening(stretch: Stretch, found: Attribution) -> bool:
    """Whether words before a mid-sentence cue set the scene rather than report: short or prepositional."""
    if found.kind == "direct":
        return False
    text = stretch.body[found.start : found.end]
    first = text.split()[0].lower() if text.split() else ""
    return len(text.split()) < SHORT_OPENING or first in NOT_CONTENT_OPENERS or first in SUBORDINATORS


def _subject_before_appositive(stretch: Stretch, comma: int) -> Mention | None:
    """The name standing before one to three comma-set phrases that end right before the cue.

    "Ann Park, a researcher at X, a charity, said": each phrase
    between commas must read as an appositive, and the name must fill its own
    segment, so that "the X Institute" inside a description is not taken.
    """
    masked, lo = stretch.masked, stretch.start
    end = comma
    for step in range(4):
        previous = masked.rfind(",", lo, end)
        closing = max(masked.rfind(mark, lo, end) for mark in ('"', "\u201d", "\u00bb", "'"))
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


def _subject_after(stretch: Stretch, match: re.Match) -> list[Attribution]:
    masked, lo = stretch.masked, stretch.start
    last = _last_index(masked, lo, match.start())
    if last < lo or masked[last] not in CLOSERS or cue_is_belief(match.group()):
        return []
    mention = subject_at_start(masked, match.end(), stretch.end)
    if mention is None or mention.kind == "pronoun":
        return []
    end = mention.end
    span = appositive_after(masked, end)
    if span is not None:
        end = span[1]
    rest, via = skip_after_cue(stretch, end, match.group())
    # Whatever follows the speaker after a comma describes them or opens a new quotation.
    described = masked[rest : stretch.end].lstrip().startswith(",")
    if has_words(stretch, rest, stretch.end) and not described and not trailing_tail(stretch, rest):
        return []
    via = via or via_before(stretch, match.start())
    return reported_words(stretch, lo, last + 1, match.group(), mention, via)


def _participle(stretch: Stretch, match: re.Match, found: list[Attribution]) -> list[Attribution]:
    cue = stretch.body[match.start() : match.end()]
    rest, via = skip_after_cue(stretch, match.end(), cue)
    if found:
        contents = reported_words(stretch, rest, stretch.end, cue, None, found[-1].via)
        for item in contents:
            item.inherit = True
        return contents
    mention = _main_subject(stretch, match.start())
    if mention is None:
        return []
    return reported_words(stretch, rest, stretch.end, cue, mention, via or via_before(stretch, match.start()))


def _main_subject(stretch: Stretch, end: int) -> Mention | None:
    """The subject of the main clause, past opening phrases: "Speaking to X, an official declined"."""
    masked, lo = stretch.masked, stretch.start
    # The subject opens the sentence, after at most a few opening phrases.
    starts = [lo] + [m.end() for m in COMMA.finditer(masked, lo, min(end, lo + MAIN_SUBJECT_REACH))]
    for start in starts:
        mention = subject_at_start(masked, start, end)
        if mention is not None and re.match(
            r"\s+(?:\w+\s+){0,2}?[a-z]", masked[mention.end : mention.end + 40]
        ):
            return mention
    return None


def _according_to(stretch: Stretch, match: re.Match) -> list[Attribution]:
    masked, lo = stretch.masked, stretch.start
    start = skip_space(masked, match.end())
    mention = noun_phrase_at_start(masked, start, stretch.end) or name_at_start(masked, start, stretch.end)
    if mention is None:
        words = SOURCE_WORDS.match(masked, start, stretch.end)
        if not words or not words.group().strip():
            return []
        text = stretch.body[start : start + len(words.group().rstrip())]
        mention = Mention(text, start, start + len(text), "noun")
    if has_words(stretch, lo, match.start()):
        if _last_char(masked, lo, match.start()) != ",":
            return []  # "overweight according to his body mass index" measures, it does not attribute
        return reported_words(stretch, lo, match.start(), "according to", mention, "")
    after = masked.find(",", mention.end, stretch.end)
    if after < 0:
        return []
    return reported_words(stretch, after + 1, stretch.end, "according to", mention, "")
