"""Attributions in one stretch of text: cue, speaker mention, content and outlet.

The stretch (a sentence, or several when a quotation runs across them) is read
in its masked form, where quoted words are hidden, so that a cue is only ever
found in the reporter's words. Each cue is tried in these frames:

- subject before the cue: "Lee said ...", "..., Lee added.", "X, a professor, said"
- cue before the subject: "..., said Lee Min-jun, a professor ..."
- a participle after a main clause: "X declined to comment, saying ..."
- "according to X", before, after or around its content (see `according`)
- a question put to someone: "Kim asked Lee whether ..." (see `asked`)
- a stance verb and its object: "Lee urged voters to act" (see `stances`).

A clause cut by its cue ("The plan, Lee said, failed") is one attribution
whose span runs over the cue. The cues no frame reads, and the reporter's
hedges, are judged by a learned model (see `unread_cues`). What counts as
content is decided in `reported`, subjects in `subjects`, outlets in `outlets`.
"""

from __future__ import annotations

import re

from .according import according_to
from .asked import ASKING, asked
from .cues import (
    BELIEF_VERBS,
    CUE,
    SPEECH_VERBS,
    cue_is_belief,
    cue_is_participle,
    cue_is_stance,
    find_cues,
    words,
)
from .names import name_at_start
from .nouns import noun_attributions, survey_opening
from .outlets import skip_after_cue, via_before
from .phrases import (
    appositive_after,
    clause_noun_phrase,
    described_name_at,
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
from .stances import FIRST_WORD_AFTER, stance
from .subjects import (
    COORDINATED,
    after_comma,
    last_index,
    loose_subject,
    main_subject,
    participle,
    progressive,
    relative_end,
    subject_before,
)
from .unread_cues import read_unread_cues

CLOSERS = frozenset(",\"\u201d\u00bb'`")
SHORT_OPENING = 5
VERB_AFTER = re.compile(
    r"\s+(?:(?:also|has|have|had|will|would|could|did|then|later|again|once|never|not|even|just|[a-z]+ly)\s+)*"
    r"([a-z][a-z'\-]+)\b"
)
MAX_TITLE_WORDS = 8
MAX_EMBEDDED = 4
# A quotation of capitalised words names a work ("Larry King Now", "13th"), it is nobody's words.
TITLE_OF_WORK = re.compile(
    r"[\W\d]*(?:[A-Z0-9][\w'\u2019\-.!?,:]*\W*(?:(?:a|an|the|of|and|in|on|to|for|is)\W+)*)+"
)
COPULAS = words("is was are were be been being seems seemed become became becomes remains remained")
SUBORDINATORS = words("though although if when while because as unless whether once")
DASH_SIGNATURE = re.compile(r"[\"\u201d\u00bb]\s*(?:[\u2015\u2014\u2013]|--)\s*")
QUOTATION_NEXT = re.compile(r"[,:]\s*(?:[\"\u201c\u00ab]|``|'')")
ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
CLAUSE_END = re.compile(r"[,;:\"\u201d\u00bb'`\u2014\u2015?!-]\s*$")
# Plural nouns spelled like a verb of saying or believing: "his claims", "high hopes".
NOUN_HOMOGRAPHS = words(
    "fears hopes doubts worries views shows claims notes reports remarks estimates charges jokes tweets "
    "replies"
)
# Cues plain enough to trust with any noun phrase opening the clause ("The bank said"):
# verbs of saying, and verbs of believing in a past or third-person form.
STRONG_CUES = frozenset(w for w in SPEECH_VERBS if not w.endswith("ing")) - NOUN_HOMOGRAPHS | {
    w
    for w in BELIEF_VERBS
    if w.endswith(("ed", "s"))
    and w not in NOUN_HOMOGRAPHS
    or w in words("thought knew felt saw found understood")
}
# Verbs that report words only when "that", a colon or a quotation follows them when they
# come first: "Trump boasted that ...", not "Trump continued his tour".
NEEDS_THAT = words(
    "continued reply replies replied respond responds responded joke jokes joked boast boasts boasted "
    "testify testifies testified posted ask asks asked"
)
# Verbs of saying whose content may be an infinitive: "Trump vowed to build a wall".
TAKES_INFINITIVE = words(
    "vowed vowing pledged promised agree agrees agreed agreeing claim claims claimed claiming threaten "
    "threatens threatened"
)
INFINITIVE_NEXT = re.compile(r"\s*to\s+[a-z]")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|your|these|those|no|any|each)\s+$")
INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
AS_OPENING = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Jj]ust)\s+)?[Aa]s\s+")
CLAUSE_OPENERS = words("he she they we i it you there this that these those the a an")
LEADING_THAT = re.compile(
    r"\s*(?:(?:that|whether|if|why|how|what|whom|who|when|where)\b|:|,?\s*[\"\u201c\u00ab`']|,\s*(?:that\b))"
)


def attribute(stretch: Stretch) -> list[Attribution]:
    """Every attribution in a stretch, in the order of their cues."""
    found: list[Attribution] = []
    unread: list[re.Match] = []
    cues = stretch.cues if stretch.cues is not None else find_cues(stretch.masked, stretch.start, stretch.end)
    for match in cues:
        if _noun_or_nested(stretch, match, found):
            continue
        read = _attribute_cue(stretch, match, found)
        found.extend(read)
        if not read:
            unread.append(match)
    if not found:
        found.extend(_dash_signature(stretch))
    found.extend(noun_attributions(stretch))
    if not found:
        found.extend(survey_opening(stretch))
    # A sentence quotes a few phrases at most; a bound keeps pathological text fast.
    for quotation in stretch.quotations[:MAX_EMBEDDED]:
        if quotation.closed and not any(a.start <= quotation.close and quotation.open < a.end for a in found):
            found.extend(_embedded(stretch, quotation))
    found.extend(read_unread_cues(stretch, unread, found))
    return trim_overlaps(stretch, found)


def _attribute_cue(stretch: Stretch, match: re.Match, found: list[Attribution]) -> list[Attribution]:
    cue = match.group()
    if cue.lower().startswith("according"):
        found_here = according_to(stretch, match)
    elif cue.lower() in ASKING:
        # '"Why now?" Kim asked' is read like any other signature.
        found_here = asked(stretch, match) or _signature(stretch, match)
    elif cue_is_stance(cue):
        found_here = stance(stretch, match, found)
    elif cue_is_participle(cue) and after_comma(stretch, match.start()):
        found_here = participle(stretch, match, found)
    elif cue_is_participle(cue) and progressive(stretch, match.start()):
        found_here = _subject_before(stretch, match)  # "Cruz is telling voters that ..."
    elif cue_is_participle(cue):
        # "footage of Clinton asking, '...'": only with a quotation right after.
        after = stretch.masked[match.end() : stretch.end]
        found_here = _subject_before(stretch, match) if QUOTATION_NEXT.match(after) else []
    else:
        found_here = _signature(stretch, match)
    for item in found_here:
        starts = [match.start()] + [m.start for m in (item.mention,) if m is not None]
        starts += [m.title_start for m in (item.mention,) if m is not None and m.title_start is not None]
        item.frame = min(starts)
        if any(item.frame < a.start <= match.start() < a.end for a in found):
            # "He said A and noted B": a subject shared with the words before starts no new frame there.
            item.frame = match.start()
    return found_here


def _noun_or_nested(stretch: Stretch, match: re.Match, found: list[Attribution]) -> bool:
    """Whether a cue's word is no cue here: a noun ("the vote", "his claims") or part of other words."""
    if DETERMINER_BEFORE.search(stretch.masked, max(stretch.start, match.start() - 8), match.start()):
        return True
    # "Lee said they support Kim": a stance inside reported words is part of them.
    return _nested(stretch, match, found)


def _nested(stretch: Stretch, match: re.Match, found: list[Attribution]) -> bool:
    """Whether a stance or belief cue is part of other words rather than an attribution of its own.

    An infinitive has no subject of its own ("urged members to reject the
    offer", "wants to see the wall"), and a stance inside reported speech is
    part of it ("Lee said they support Kim"); a second finite stance
    ("criticized X and praised Y") is an attribution of its own.
    """
    cue = match.group()
    if not (cue_is_stance(cue) or cue_is_belief(cue)):
        return False
    if INFINITIVE_BEFORE.search(stretch.masked, max(stretch.start, match.start() - 4), match.start()):
        return True
    return any(
        a.start <= match.start() < a.end and not (cue_is_stance(a.cue) or cue_is_belief(a.cue)) for a in found
    )


def _signature(stretch: Stretch, match: re.Match) -> list[Attribution]:
    """A cue with its speaker before it ("Lee said ...") or after it ('"...," said Lee')."""
    return _subject_before(stretch, match) or _subject_after(stretch, match)


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
    if is_title_of_work(stretch.body[quotation.inner_start : quotation.inner_end]):
        return []
    subject = main_subject(stretch, quotation.open)
    if subject is None:
        return []
    after = subject.end
    aside = appositive_after(masked, after)
    if aside is not None and masked.startswith(",", aside[1]):
        after = aside[1] + 1  # "Ruiz, a city ally, called the plan ...": the verb follows the aside
    verb = VERB_AFTER.match(masked, after, quotation.open)
    if verb is None or verb.group(1) in COPULAS:
        return []
    end = min(stretch.end, quotation.close + quotation.width)
    return reported_words(stretch, verb.end(), end, stretch.body[verb.start(1) : verb.end(1)], subject, "")


def is_title_of_work(quoted: str) -> bool:
    """Whether quoted words name a work ("Larry King Now", "The Long Road Home") rather than report words."""
    return len(quoted.split()) <= MAX_TITLE_WORDS and TITLE_OF_WORK.fullmatch(quoted) is not None


def _subject_before(stretch: Stretch, match: re.Match) -> list[Attribution]:
    masked, lo, cue = stretch.masked, stretch.start, stretch.body[match.start() : match.end()]
    mention = subject_before(stretch, match.start())
    if mention is None and COORDINATED.search(masked, max(lo, match.start() - 30), match.start()):
        # "Democrats described it as ominous, and said ...": the subject of the first verb.
        mention = main_subject(stretch, match.start())
        if mention is not None:
            rest, via = skip_after_cue(stretch, match.end(), cue)
            rest = leading_start(stretch, rest)
            return [] if rest is None else reported_words(stretch, rest, stretch.end, cue, mention, via)
    if mention is None and cue.lower() in STRONG_CUES:
        mention = clause_noun_phrase(masked, lo, match.start()) or loose_subject(stretch, match.start())
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
        if len(first) == len(more) == 1 and _interrupted_clause(stretch, first[0], more[0]):
            # "Many of the farms, he said, have closed": one clause cut by its cue is one attribution,
            # its span running over the cue as a quotation's runs over its signature.
            kind = "indirect" if first[0].kind == more[0].kind == "indirect" else "mixed"
            return [Attribution(first[0].start, more[0].end, kind, cue, mention, via)]
        if more and all(_reporters_opening(stretch, a) for a in first):
            # "But to prevent problems, he said, ...": the opening is the reporter's, not content.
            more[0].mention, first = mention, []
        for item in more:
            item.inherit = item.mention is None
        return first + more
    if after.startswith(",") and AS_OPENING.fullmatch(masked, lo, phrase_start) and not cue_is_belief(cue):
        # "As The Daily Caller reported, the donor gave ...": the words after the comma are reported.
        return reported_words(stretch, masked.index(",", rest) + 1, stretch.end, cue, mention, via)
    if cue.lower() in NEEDS_THAT and not LEADING_THAT.match(masked, rest, stretch.end):
        return []
    if not (cue.lower() in TAKES_INFINITIVE and INFINITIVE_NEXT.match(masked, rest, stretch.end)):
        rest = leading_start(stretch, rest)
    if rest is None:
        return []
    contents = reported_words(stretch, rest, relative_end(stretch, mention, rest), cue, mention, via)
    if cue_is_belief(cue):
        contents = [
            c for c in contents if c.kind == "indirect" and len(stretch.body[c.start : c.end].split()) > 2
        ]
    return contents


def _interrupted_clause(stretch: Stretch, first: Attribution, more: Attribution) -> bool:
    """Whether words before and after a cue set off by commas are one reported clause.

    The opening must be reported words (no quotation alone, no scene-setting
    phrase) and the words after the cue must go on from it, not start a new clause.
    """
    if first.kind == "direct" or more.kind == "direct":
        return False
    opening = stretch.body[first.start : first.end].split()
    if len(opening) < 2 or opening[0].lower() in NOT_CONTENT_OPENERS or opening[0].lower() in SUBORDINATORS:
        return False
    following = FIRST_WORD_AFTER.match(stretch.masked, more.start, more.end)
    # A subject pronoun after the cue opens a clause of its own: "In May, he said, they left".
    return following is not None and following.group(1).lower() not in CLAUSE_OPENERS


def _reporters_opening(stretch: Stretch, found: Attribution) -> bool:
    """Whether words before a mid-sentence cue set the scene rather than report: short or prepositional."""
    if found.kind == "direct":
        return False
    text = stretch.body[found.start : found.end]
    first = text.split()[0].lower() if text.split() else ""
    return len(text.split()) < SHORT_OPENING or first in NOT_CONTENT_OPENERS or first in SUBORDINATORS


def _subject_after(stretch: Stretch, match: re.Match) -> list[Attribution]:
    masked, lo = stretch.masked, stretch.start
    last = last_index(masked, lo, match.start())
    if last < lo or masked[last] not in CLOSERS or cue_is_belief(match.group()):
        return []
    mention = subject_at_start(masked, match.end(), stretch.end)
    described_name = described_name_at(masked, match.end(), stretch.end)
    if described_name is not None and (mention is None or described_name.end > mention.end):
        mention = described_name
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
