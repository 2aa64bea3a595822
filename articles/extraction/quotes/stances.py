"""Stances and intentions ascribed to a subject: "Kim urged voters to act", "Lee wants a recount".

The verb (see `cues.STANCE_VERBS`) follows its subject, and what follows the
verb is the attributed content: indirect, or a quotation taken as the verb's
object. Noun uses of the same words ("Sanders' plans") are told apart by the
subject's form.
"""

from __future__ import annotations

import re

from .cues import words
from .names import ORG_WORDS, Mention
from .outlets import skip_after_cue, via_before
from .phrases import ORG_HEADS, clause_noun_phrase
from .reported import Attribution, Stretch, reported_words
from .subjects import (
    COORDINATED,
    after_comma,
    loose_subject,
    main_subject,
    participle,
    progressive,
    relative_end,
    subject_before,
)

# After a stance verb, words that make it a phrasal or passive verb rather than a stance.
NOT_STANCE_CONTENT = words(
    "away off up down out by in at on from with of during after before since as into about through"
)
FIRST_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
MODIFIER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
OBJECT_END = re.compile(
    r"[;:\u2014\u2013(]|\s--\s|,(?!\s*(?:which|who|whom|whose|where|including|such\s+as|and|or)\b)"
)
IRREGULAR_PAST = words("sought spoke took came went")
PLURAL_PRONOUNS = words("they we I you They We You")
AUXILIARY = re.compile(r"\b(?:will|would|could|should|can|may|might|must|do|did|does|to|not|also)\b")


def stance(stretch: Stretch, match: re.Match, found: list[Attribution]) -> list[Attribution]:
    """A stance or intention ascribed to the subject before the verb: "Kim urged voters to register".

    The content is what follows the verb to the end of the clause (a quoted
    phrase inside makes it mixed); a quotation alone is taken only right after
    the verb, as its object. A participle (", urging ...") takes the main
    clause's subject.
    """
    masked, lo = stretch.masked, stretch.start
    cue = stretch.body[match.start() : match.end()]
    if cue.split()[0].lower().endswith("ing") and not progressive(stretch, match.start()):
        # ", urging voters to register": the participle carries the main clause's subject.
        if not after_comma(stretch, match.start()):
            return []
        contents = participle(stretch, match, found)
        return [c for c in contents if c.kind != "direct" and len(stretch.body[c.start : c.end].split()) >= 2]
    mention = subject_before(stretch, match.start())
    if mention is None and COORDINATED.search(masked, max(lo, match.start() - 30), match.start()):
        mention = main_subject(stretch, match.start())
    if mention is None and cue.lower().endswith("ed"):
        # A past tense is a verb whatever its subject: "The union urged ...", "Male troops backed ...".
        mention = clause_noun_phrase(masked, lo, match.start()) or loose_subject(stretch, match.start())
    if mention is None or not stance_subject(stretch, mention, match):
        return []
    rest, via = skip_after_cue(stretch, match.end(), cue)
    word = FIRST_WORD_AFTER.match(masked, rest, stretch.end)
    if word is None or word.group(1).lower() in NOT_STANCE_CONTENT:
        return []  # "backed away from", "cited in the report": no stance is reported
    end = relative_end(stretch, mention, rest)
    # The verb's object ends at the clause's break or a comma ("called for her ouster, believing"),
    # unless a relative clause or a list goes on after the comma ("favors a path, which ...").
    clause_break = OBJECT_END.search(stretch.masked, rest, end)
    end = clause_break.start() if clause_break else end
    contents = reported_words(stretch, rest, end, cue, mention, via or via_before(stretch, match.start()))
    # A quotation is taken only as the verb's object ('condemned "such an attack"'), not further on.
    return [c for c in contents if c.kind != "direct" or c.start - rest <= 2]


def stance_subject(stretch: Stretch, mention: Mention, match: re.Match) -> bool:
    """Whether a mention before a stance verb is its subject, not a modifier of the same word as a noun.

    "Sanders' plans", "the Turkish support", "a Trump plan" use the verb's
    form as a noun; a bare form ("support") needs a plural subject or an
    auxiliary ("they support", "will support"), as "Kim support" is no clause.
    """
    masked = stretch.masked
    text = stretch.body[mention.start : mention.end]
    if text.endswith(("'", "\u2019", "'s", "\u2019s")) or MODIFIER_BEFORE.search(
        masked, max(stretch.start, mention.start - 6), mention.start
    ):
        return False
    last = text.split()[-1]
    if mention.organisation and text.startswith("The ") and last not in ORG_WORDS and last not in ORG_HEADS:
        return False  # "The Nordic plans": an adjective, not a body that plans
    # A lone capitalised word is a person only if the article names them in full.
    lone = mention.kind == "name" and not mention.organisation and " " not in text
    if lone and stretch.is_person_name is not None and not stretch.is_person_name(text):
        return False
    cue = match.group().split()[0].lower()
    if cue.endswith(("s", "ed", "ing")) or cue in IRREGULAR_PAST:  # "-ing" only as a progressive
        return True
    between = masked[mention.end : match.start()]
    return mention.plural or text in PLURAL_PRONOUNS or AUXILIARY.search(between) is not None
