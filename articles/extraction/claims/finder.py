"""Claims: every body sentence, scored for how check-worthy a factual claim it is.

The check-worthiness model (`checkworthiness.py`) was trained on debate
sentences; news prose adds kinds of text a debate never has, which a few
general rules catch before the model is trusted: questions, bylines and
headline-like fragments, and quoted opinion. Each claim carries its quantities,
its hedge and a few short reasons a desk editor can read.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from operator import itemgetter

from ..results import Claim, Quantity, Quote, Sentence
from .checkworthiness import Score, score
from .hedges import CaseBlindPattern, hedge_words
from .quantities import find_quantities


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CLOSING = "\"'\u201d\u2019)]\u2026"
BYLINE = re.compile(
    r"^\s*(?:(?:story|reporting|written|edited|photos?|text|interview)\s+)?by\s+[A-Z]", re.IGNORECASE
)
NAME = re.compile(r"[A-Z][\w'\u2019.&-]*(?:\s+(?:of|the|for|and|de|du|al|van|von)?\s*[A-Z][\w'\u2019.&-]*)*")
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]?")
# Page furniture that reads like a sentence: an imperative addressed to the reader.
CALL_TO_ACTION = re.compile(
    r"(?:click|tap here|subscribe|sign up|follow us|read more|read also|see also|related:|watch:|"
    r"listen:|share this|download (?:the|our)|join us|like us|contact us|email us|advertisement|"
    r"sponsored)(?!\w)",
    re.IGNORECASE,
)
ORGANISATION = re.compile(
    r"\b(?:Ministry|Department|Group|Institute|University|College|Company|Inc|Corp|Co|Ltd|LLC|Party|"
    r"Agency|Council|Committee|Commission|Bank|Association|Court|Army|Navy|Police|Office|Bureau|"
    r"Foundation|Center|Centre|Organi[sz]ation|Union|Federation|Board|Authority|Service|Times|Post|News|"
    r"Network|Airlines|Motors|Holdings|Corporation|Fund|Parliament|Senate|Congress|Assembly|Government|"
    r"Administration|Hospital|School|Church|Club|Team|Forces|Guard)\b"
)
# Opinion in a quotation: a stance verb in the first person, a modal of obligation, or
# evaluative wording. Such a quote reports what someone thinks, not a checkable fact.
OPINION_CUES = CaseBlindPattern(
    r"\b(?:i|we)(?:'m|\u2019m|'re|\u2019re| am| are| do| don't| don\u2019t)?\s+(?:really\s+|strongly\s+)?"
    r"(?:think|believe|feel|hope|guess|sure|convinced|afraid|fear|worry|want|wish|expect|suspect|doubt)\b"
    r"|\b(?:should|must|ought to|need to|have to)\b|\bin my (?:view|opinion)\b"
    r"|\b(?:great|terrible|wonderful|awful|horrible|fantastic|amazing|incredible|ridiculous|outrageous|"
    r"shameful|disgraceful|absurd|unacceptable|proud|happy|sad|disappointed|disappointing|excited|"
    r"frightening|scary|alarming|worrying|delighted|thrilled|pleased|grateful|love|hate|hopefully|"
    r"unfortunately|sadly|certainly|surely|obviously|desperate|desperation|shocking|tragic|beautiful|"
    r"best|worst|cool|exciting|encouraging|inspiring|devastating)\b"
)
COMPOUND_ADJECTIVE = re.compile(r"-(?:backed|led|based|occupied|born|made|owned|run|controlled|style)$")
LOWER_CASE_WORD = re.compile(r"\s+[a-z]")
FIRST_PERSON = re.compile(r"\b(?:i|we|me|us|my|our)\b|\b(?:i|we)['\u2019]", re.IGNORECASE)
# Capitalised words that start a sentence without naming anything.
COMMON_OPENERS = _words(
    """the a an in on at for but and so yet if as after before when while though although because since
    this that these those there it he she they we i you his her their its our my all some many most
    speaking meanwhile however still also by how what why who where which will would can could did does
    do is are was were one two three four five six seven eight nine ten i'm i've just to from below above
    considering no nothing not with without during despite instead now then here today yesterday last
    next every each only even perhaps maybe once according asked given under over among whether"""
)
CALENDAR_WORDS = _words(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday"""
)
# Terms too common to explain a score to a reader.
PLAIN_TERMS = _words("to the a an of in on at by for and or but be is are was it this that as")
# Words every full sentence in English news has one of, or a verb ending: a cheap finite-verb test.
VERB_HINTS = _words(
    """is are was were be been has have had do does did will would can could may might must shall should
    said says say told"""
)

# What each structural signal of the model means to a reader, when it moved the score.
SIGNAL_REASONS = {
    "opinion": "opinion wording",
    "first_singular": "in the first person",
    "second_person": 'addresses someone as "you"',
    "reporting": "attributed to a source",
    "comparison": "comparison",
    "superlative": "superlative",
    "change": "reports a change",
    "year": "gives a year",
    "past": "past tense",
    "future": "about the future",
    "conditional": "conditional",
}
# Contributions to the raw score (log-odds) below these explain too little to show.
MIN_REASON_WEIGHT = 0.15
MIN_TERM_WEIGHT = 0.3

FRAGMENT_CAP = 0.15
QUESTION_CAP = 0.2
QUOTED_OPINION_CAP = 0.3
QUOTED_FIRST_PERSON_PENALTY = 1.0
MAX_REASONS = 4


def find_claims(body: str, sentences: list[Sentence], quotes: list[Quote]) -> list[Claim]:
    """Score every sentence of `body` as a claim.

    One Claim per sentence, in order, with a calibrated score in [0, 1] (0.5
    is a coin flip; the UI lists those at 0.5 or above as claims), the
    sentence's quantities and hedge, and its strongest reasons. Never raises.
    """
    claims = []
    # Direct quotes by start, so each sentence looks only at its neighbours (a 5 MB page has
    # tens of thousands of both).
    direct = sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)
    for sentence in sentences:
        try:
            claim = _claim(body, sentence, direct)
        except Exception:  # noqa: BLE001 - one odd sentence must not lose the article's claims
            claim = None
        if claim is not None:
            claims.append(claim)
    return claims


def _claim(body: str, sentence: Sentence, direct: list[Quote]) -> Claim | None:
    start, end = _locate(body, sentence)
    if start is None:
        return None
    text = body[start:end]
    # A bare written number ("the two of them") says little; a bare figure ("rose to 4,500") does.
    found = find_quantities(text, offset=start)
    quantities = [q for q in found if q.unit or q.qualifier or _has_digit(q.text)]
    hedge = hedge_words(text)
    scored = score(text, quantities=quantities, hedged=bool(hedge))
    words = WORD.findall(text)  # as in `text.strip()`: WORD has no anchor
    fragment = _fragment_kind(text, words)
    if fragment:
        # Not a statement at all: the model's view of its words would only confuse.
        probability, reasons = min(scored.probability, FRAGMENT_CAP), [fragment]
    else:
        probability, reasons = _judge(body, text, start, end, scored, direct)
        reasons = reasons + _model_reasons(text, words, scored, quantities, hedge, claim=probability >= 0.5)
    return Claim(
        text=text,
        start=start,
        end=end,
        score=round(probability, 4),
        hedge=hedge,
        quantities=quantities,
        reasons=_unique(reasons)[:MAX_REASONS],
    )


def _locate(body: str, sentence: Sentence) -> tuple[int | None, int | None]:
    """The sentence's offsets in `body`, trusting them only when they point at its text."""
    start, end = sentence.start, sentence.end
    if 0 <= start < end <= len(body) and body[start:end] == sentence.text:
        return start, end
    found = body.find(sentence.text) if sentence.text else -1
    if found < 0:
        return None, None
    return found, found + len(sentence.text)


def _judge(
    body: str, text: str, start: int, end: int, scored: Score, direct: list[Quote]
) -> tuple[float, list[str]]:
    """Apply the rules for text the debate-trained model never saw; returns score and rule reasons."""
    probability = scored.probability
    reasons: list[str] = []
    if _is_question(text):
        probability = min(probability, QUESTION_CAP)
        reasons.append("question")
    quoted = _quoted_words(body, text, start, end, direct)
    if quoted and OPINION_CUES.search(quoted):
        probability = min(probability, QUOTED_OPINION_CAP)
        reasons.append("quoted opinion")
    elif quoted and FIRST_PERSON.search(quoted):
        # A speaker on their own doings may state a fact ("We lost 300 jobs"): weaken only.
        probability = min(probability, _sigmoid(scored.logit - QUOTED_FIRST_PERSON_PENALTY))
        reasons.append("quoted, in the first person")
    return probability, reasons


def _fragment_kind(text: str, words: list[str]) -> str:
    """Why `text` is not a full sentence ("byline", "headline-like fragment"), or "".

    `words` are WORD's matches in `text`.
    """
    stripped = text.strip()
    if BYLINE.match(stripped) and len(words) <= 8 and not any(w.lower() in VERB_HINTS for w in words[1:]):
        return "byline"
    if len(words) < 4:
        return "fragment, not a sentence"
    if CALL_TO_ACTION.match(stripped):
        return "call to action, not a statement"
    if not stripped.rstrip(CLOSING).endswith((".", "!", "?", ":")):
        return "headline-like fragment (no closing punctuation)"
    capitalised = sum(map(str.isupper, map(itemgetter(0), words)))
    if len(words) >= 4 and capitalised / len(words) > 0.7:
        return "headline-like fragment (title case)"
    return ""


def _is_question(text: str) -> bool:
    return text.strip().rstrip(CLOSING).endswith("?")


def _quoted_words(body: str, text: str, start: int, end: int, direct: list[Quote]) -> str:
    """The quoted words of a sentence that is mostly a direct quotation, else "".

    The direct quotes found by `quotes.find_quotes` (sorted by start) are trusted
    first; without them, the quotation marks of the sentence itself.
    """
    # Quotes do not overlap each other, so those overlapping the sentence sit just before
    # the first quote that starts after it.
    index = bisect_left(direct, end, key=lambda q: q.start) - 1
    while index >= 0 and direct[index].end > start:
        quote = direct[index]
        index -= 1
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > 0.5 * (end - start):
            return body[max(start, quote.start) : min(end, quote.end)]
    if '"' not in text and "\u201c" not in text:
        return ""  # QUOTED opens on a quotation mark: most sentences have none to scan for
    parts = [m.group() for m in QUOTED.finditer(text) if len(m.group()) > 2]
    quoted = sum(len(part) for part in parts)
    return " ".join(parts) if quoted > 0.5 * len(text) else ""


def _model_reasons(
    text: str, words: list[str], scored: Score, quantities: list[Quantity], hedge: str, *, claim: bool
) -> list[str]:
    """Readable reasons: quantity and hedge first, then the signals that moved the score most.

    A quantity and a hedge lead because they are what a checker acts on,
    whatever their weight in the model. The names, the structural signals and
    the strongest readable term follow by the size of their contribution; of
    the signals and terms, only those that pushed the way the score came out
    (towards a claim when `claim`), since a reason against the verdict would
    not explain it. Names are listed either way: a checker looks them up.
    """
    first = []
    if quantities:
        first.append(f"has a quantity: {quantities[0].text}")
    if hedge:
        first.append(f"hedged: {hedge}")
    parts = scored.structural
    sign = 1.0 if claim else -1.0
    candidates = [
        (weight, SIGNAL_REASONS[name])
        for name, weight in parts.items()
        if name in SIGNAL_REASONS and sign * weight >= MIN_REASON_WEIGHT
    ]
    names = _names(text)
    if names:
        organisations = [name for name in names if ORGANISATION.search(name)]
        if organisations:
            label = "names an organisation: " + ", ".join(organisations[:2])
        else:
            label = "names " + ", ".join(names[:3])
        candidates.append((parts.get("names", 0.0) + parts.get("name_share", 0.0), label))
    # The model's own words: the strongest that a reader can recognise as wording.
    for term, weight in scored.top_terms:
        shown = _readable(words, term)
        if sign * weight >= MIN_TERM_WEIGHT and shown:
            label = "wording common in claims" if weight > 0 else "wording common in non-claims"
            candidates.append((weight, f"{label}: {shown}"))
            break
    candidates.sort(key=lambda item: -abs(item[0]))
    return first + [reason for _, reason in candidates]


def _readable(words: list[str], term: str) -> str:
    """A model term as the sentence writes it ("gover~" -> "government"), or "" if too plain."""
    if "<num>" in term or set(term.split()) <= PLAIN_TERMS:
        return ""
    if not term.endswith("~"):
        return term
    stem = term[:-1]
    for word in words:
        if word.lower().startswith(stem):
            return word.lower()
    return ""


def _names(text: str) -> list[str]:
    """Capitalised names in the sentence, without words capitalised only because they open it."""
    names = []
    for match in NAME.finditer(text):
        words = match.group().split()
        if match.start() == 0 or _opens_quote(text, match.start()):
            while words and words[0].lower().replace("\u2019", "'") in COMMON_OPENERS:
                words = words[1:]
        name = " ".join(words).removesuffix("'s").removesuffix("\u2019s").strip(".,")
        if not name or name.lower().replace("\u2019", "'") in COMMON_OPENERS or name in names:
            continue
        if name.lower() in CALENDAR_WORDS or _is_adjective(name, text, match.end()):
            continue
        names.append(name)
    return names


def _opens_quote(text: str, position: int) -> bool:
    """True when the last character before `position` but spaces is an opening quotation mark."""
    # A walk back over the spaces, not `text[:position].rstrip()`: that copies the sentence so far.
    position -= 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position >= 0 and text[position] in '"\u201c'


def _is_adjective(name: str, text: str, end: int) -> bool:
    """True for a proper adjective: "Iran-backed", "South African miners", "French newspaper".

    `end` is where the name ends in `text`.
    """
    last = name.split()[-1]
    if COMPOUND_ADJECTIVE.search(last):
        return True
    return last.endswith(("an", "ese", "ish", "ian", "ic")) and bool(LOWER_CASE_WORD.match(text, end))


def _unique(items: list[str]) -> list[str]:
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)
