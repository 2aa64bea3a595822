"""Cues no frame read: a small learned model says whether the words next to them are reported.

The frames in `attribution` read the common shapes of reported speech; what
they leave ("Neither side wants conflict over the islands", "This initiative
called for the deportation of ...", "It could alienate them, allies believe")
is judged here, with the reporter's hedges ("Google has reportedly looked at
Twitter"), whose clause is attributed to no one. Each candidate's words, the
cue and the words around it are read by a logistic regression trained by
`train_unread_cues.py` on PolNeAR's train split and shipped as
`data/unread_cues.json`, which says how likely they are someone's reported
words or views. The features are computed here and only here, so training and
scoring cannot drift apart; scoring is pure Python.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .cues import SPEECH_VERBS, alternation, cue_is_belief, cue_is_stance
from .names import Mention, name_at_end
from .outlets import via_before
from .phrases import (
    clause_noun_phrase,
    noun_phrase_at_end,
    skip_auxiliaries_back,
    subject_at_end,
)
from .reported import Attribution, Stretch, reported_words, skip_space
from .subjects import after_comma, loose_subject, main_subject, subject_before

MODEL_PATH = Path(__file__).parent / "data" / "unread_cues.json"
# Candidates whose cue is this close before another attribution's words are read already.
TAKEN_REACH = 20
LEADING_THAT = re.compile(r"\s*(?:that\s+)?")
# The reporter's hedges: what "seemed" or "is expected" or happened "reportedly" is attributed to no
# one named, and the whole clause around the hedge is the content.
HEDGE = re.compile(
    alternation(
        [
            *"seems? seemed reportedly allegedly apparently seemingly supposedly purportedly".split(),
            # "appears to lead", not "appeared on television"
            *(
                appear + r"(?=\s+(?:to|that|likely|unlikely|poised|set|ready)\b)"
                for appear in ("appears?", "appeared")
            ),
            *(
                be + r"\s+(?:widely\s+|also\s+|not\s+|generally\s+)?"
                r"(?:expected|seen|believed|considered|thought|said|known|viewed|regarded|rumou?red)"
                for be in ("is", "are", "was", "were")
            ),
        ],
        word_start=True,
    )
    + r"\b"
)
# Where a hedged clause opens: after the sentence's start, a semicolon or colon, or a conjunction.
CLAUSE_OPENING = re.compile(r"[;:]|,\s|\s(?:but|while|though|although|because|whereas)\s")
OPENING_WORDS = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|However|Still|Now|Meanwhile)\b,?\s*)*")
# The clause ends at a semicolon, colon, dash or parenthesis, a paragraph, or a comma opening a
# participle (", saying") or a clause of its own (", but she ...", ", he said").
CLAUSE_END = re.compile(
    r"[;:(\u2014\u2013]|\s--\s|\n|,\s*(?:[a-z]+ing\b|(?:and|but|while|though|although|as|because)\s+"
    r"(?:he|she|they|it|we|I)\s|(?:he|she|they|it|we|I)\s+[a-z]+(?:ed|s)\b)"
)
SENTENCE_END = re.compile(r"[.!?][\"\u201d'\u2019)]*(?=\s+[\"\u201c'\u2018(]?[A-Z])")
WORD = re.compile(r"[A-Za-z']+")
TRAILING = frozenset(' .,;:!?"\u201d')
WORDS_BEFORE_REACH = 40
WORDS_AFTER_REACH = 30
# "..., some Democrats now think": the subject between the comma and a clause-final cue is short.
MAX_SUBJECT_AFTER_COMMA = 60
MAX_SUBJECT_WORDS = 6
RELATIVE_BEFORE = re.compile(r",?\s+(who|that|which)\s*$")
PLURAL_WORDS = frozenset("they we i you people".split())
AUXILIARIES = frozenset("will would could should can may might must do did does to not never also".split())
# Finite verbs in the candidate's words: a cue's word heading a subject ("demands for X were") has one.
FINITE_WORDS = frozenset("is are was were has have had will would".split())


@dataclass(frozen=True, slots=True)
class Candidate:
    """Words after a cue that may be reported, and what the model reads of them."""

    match: re.Match
    start: int
    end: int
    features: tuple[str, ...]


def read_unread_cues(stretch: Stretch, unread: list[re.Match], found: list[Attribution]) -> list[Attribution]:
    """Attributions for the cues no frame read whose words the model takes for reported ones."""
    read: list[Attribution] = []
    for candidate in candidates(stretch, unread, found):
        if repeats(candidate, [*found, *read]) or not accept(candidate):
            continue
        match = candidate.match
        # The subject is looked for only now: a few candidates in a page are taken.
        mention = None if "hedge" in candidate.features else _subject(stretch, candidate)
        cue = stretch.body[match.start() : match.end()]
        for item in reported_words(
            stretch, candidate.start, candidate.end, cue, mention, via_before(stretch, match.start())
        ):
            item.frame = match.start() if mention is None else min(match.start(), mention.start)
            read.append(item)
    return read


def candidates(stretch: Stretch, unread: list[re.Match], found: list[Attribution]) -> list[Candidate]:
    """The words of each unread cue and of each hedged clause that no attribution holds.

    A cue's words run from after it (and after "that") to the end of its
    clause, or, when the cue ends the clause, from the sentence's start to
    the comma before its subject; the subject is the speaker. A hedge's words
    are the whole clause around it, attributed to no one.
    """
    masked = stretch.masked
    result = []
    hedges = list(HEDGE.finditer(masked, stretch.start, stretch.end))
    for match in unread:
        # "is expected to": the hedge, read below, not a cue "expected" with "is" for a subject.
        if not _taken(found, match) and not any(h.start() <= match.start() < h.end() for h in hedges):
            start = LEADING_THAT.match(masked, match.end(), stretch.end).end()
            result.append(_candidate(stretch, match, start, start, ()) or _words_before(stretch, match))
    for match in hedges:
        if not _taken(found, match):
            openings = [m.end() for m in CLAUSE_OPENING.finditer(masked, stretch.start, match.start())]
            start = openings[-1] if openings else stretch.start
            start = OPENING_WORDS.match(masked, start, match.start()).end()
            if start < match.start():
                result.append(_candidate(stretch, match, start, match.end(), ("hedge",)))
    return [candidate for candidate in result if candidate is not None]


def _words_before(stretch: Stretch, match: re.Match) -> Candidate | None:
    """The words before a clause-final cue and its subject: "It could alienate them, allies believe"."""
    masked = stretch.masked
    comma = masked.rfind(",", stretch.start, match.start())
    if comma < 0 or match.start() - comma > MAX_SUBJECT_AFTER_COMMA:
        return None
    start = skip_space(masked, stretch.start, comma)
    if comma - start < 2:
        return None
    return Candidate(match, start, comma, (*features(stretch, match, start, comma), "before"))


def _candidate(
    stretch: Stretch, match: re.Match, start: int, after: int, marks: tuple[str, ...]
) -> Candidate | None:
    """The words from `start` to the end of the clause that goes on after `after`, if any."""
    masked = stretch.masked
    sentence = SENTENCE_END.search(masked, after, stretch.end)
    end = sentence.start() if sentence else stretch.end
    clause = CLAUSE_END.search(masked, after, end)
    end = clause.start() if clause else end
    while end > start and masked[end - 1] in TRAILING:
        end -= 1
    if end - start < 2:
        return None
    return Candidate(match, start, end, (*features(stretch, match, start, end), *marks))


def _subject(stretch: Stretch, candidate: Candidate) -> Mention | None:
    """The cue's subject, read as the frames read theirs, from the closest to the loosest.

    A participle after a comma (", claiming ...") takes the main clause's
    subject; a relative pronoun ("bankers who concluded") is the subject,
    standing for the phrase before it; a clause-final cue after reported words
    (", allies believe") has its subject between the comma and the cue.
    """
    masked, lo, cue_start = stretch.masked, stretch.start, candidate.match.start()
    if "before" in candidate.features:
        return subject_at_end(masked, candidate.end + 1, cue_start) or _words_between(
            stretch, candidate.end + 1, cue_start
        )
    if candidate.match.group().endswith("ing") and after_comma(stretch, cue_start):
        return main_subject(stretch, cue_start)
    end = skip_auxiliaries_back(masked, lo, cue_start)
    relative = RELATIVE_BEFORE.search(masked, max(lo, end - 8), end)
    if relative:
        before = relative.start()
        antecedent = noun_phrase_at_end(masked, lo, before) or name_at_end(masked, lo, before)
        return Mention(
            relative.group(1), relative.start(1), relative.end(1), "pronoun", antecedent=antecedent
        )
    return (
        subject_before(stretch, cue_start)
        or main_subject(stretch, cue_start)
        or clause_noun_phrase(masked, lo, cue_start)
        or loose_subject(stretch, cue_start)
    )


def _words_between(stretch: Stretch, start: int, end: int) -> Mention | None:
    """The few words between a comma and a clause-final cue, as a description of its speaker."""
    words = stretch.masked[start:end].split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS:
        return None
    start = skip_space(stretch.masked, start, end)
    end = start + len(" ".join(words))
    return Mention(stretch.body[start:end], start, end, "noun", plural=words[-1].endswith("s"))


def repeats(candidate: Candidate, found: list[Attribution]) -> bool:
    """Whether the candidate's cue or words are mostly another attribution's: "announced it added jobs"."""
    for item in found:
        shared = min(item.end, candidate.end) - max(item.start, candidate.start)
        if item.start <= candidate.match.start() < item.end or 2 * shared >= min(
            item.end - item.start, candidate.end - candidate.start
        ):
            return True
    return False


def _taken(found: list[Attribution], match: re.Match) -> bool:
    return any(a.start < match.end() + TAKEN_REACH and a.end > match.start() for a in found)


def accept(candidate: Candidate) -> bool:
    """Whether the model takes the candidate's words for reported ones."""
    return probability(candidate.features) >= _model()[2]


def features(stretch: Stretch, match: re.Match, start: int, end: int) -> tuple[str, ...]:
    """The cue, its kind and form, the two words before it and after it, and the candidate's shape."""
    masked = stretch.masked
    cue = " ".join(match.group().lower().split())
    first = cue.split()[0]
    before = WORD.findall(masked, max(stretch.start, match.start() - WORDS_BEFORE_REACH), match.start())
    after = WORD.findall(masked, match.end(), min(stretch.end, match.end() + WORDS_AFTER_REACH))
    p1 = before[-1].lower() if before else "<s>"
    p2 = before[-2].lower() if len(before) > 1 else "<s>"
    n1 = after[0].lower() if after else "</s>"
    n2 = after[1].lower() if len(after) > 1 else "</s>"
    kind = (
        "stance"
        if cue_is_stance(cue)
        else "belief"
        if cue_is_belief(cue)
        else "speech"
        if first in SPEECH_VERBS
        else "other"
    )
    quoted = any(q.open < end and q.close > start for q in stretch.quotations)
    form = (
        "ing"
        if first.endswith("ing")
        else "ed"
        if first.endswith("ed")
        else "s"
        if first.endswith("s")
        else "bare"
    )
    # Subject and verb agree ("voters fear", "Kim fears"), a noun and its modifier need not ("high hopes").
    before_cue = (
        "auxiliary"
        if p1 in AUXILIARIES or p1.endswith("n't")
        else "plural"
        if p1 in PLURAL_WORDS or (p1.endswith("s") and not p1.endswith("ss"))
        else "singular"
    )
    words = WORD.findall(masked, start, end)
    finite_in_words = any(w.lower() in FINITE_WORDS for w in words)
    return (
        f"agreement={form}_{before_cue}",
        f"finite_in_words={finite_in_words}",
        f"cue={cue}",
        f"first={first}",
        f"suffix={first[-3:]}",
        f"kind={kind}",
        f"p1={p1}",
        f"p2={p2}",
        f"n1={n1}",
        f"n2={n2}",
        f"cue_n1={cue}_{n1}",
        f"p1_n1={p1}_{n1}",
        f"p1_cue={p1}_{cue}",
        f"p1_capitalised={bool(before) and before[-1][0].isupper()}",
        f"comma_before={masked[max(stretch.start, match.start() - 2) : match.start()].strip() == ','}",
        f"words_before={min(3, len(before))}",
        f"length={min(4, len(words) // 4)}",
        f"quoted={quoted}",
    )


def probability(features: tuple[str, ...]) -> float:
    weights, intercept, _ = _model()
    score = intercept + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def _model() -> tuple[dict[str, float], float, float]:
    """Weights, intercept and the probability from which a candidate is taken (chosen in training)."""
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return model["weights"], model["intercept"], model["threshold"]
