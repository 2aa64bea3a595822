"""Hedges: the words by which a writer says a statement is not established fact.

"There are thought to be ...", "The rebels have reportedly seized ...": a
fact-checker wants such claims flagged, because the outlet itself does not
vouch for them. Attribution ("according to", "said") is not a hedge: it names
who vouches. Certainty phrases ("is known to") are not hedges either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Multi-word hedges first: the alternation takes the first that matches.
_HEDGE_PATTERNS = [
    r"(?:is|are|was|were|be|been|being)\s+(?:widely\s+|generally\s+|also\s+)?"
    r"(?:said|thought|believed|reported|rumou?red|alleged|suspected|estimated|understood|presumed|"
    r"expected|considered\s+likely|feared|claimed)\s+to",
    r"(?:appears?|appeared|seems?|seemed)\s+to",
    r"(?:it\s+)?(?:appears|seems)\s+that",
    r"(?:reportedly|allegedly|apparently|purportedly|supposedly|seemingly|possibly|presumably|probably|"
    r"perhaps|maybe|likely|unlikely|conceivably|arguably|ostensibly)",
    r"(?:believed|alleged|suspected|estimated|rumou?red|unconfirmed|unverified|speculated|purported)",
    r"(?:may|might|could)(?:\s+(?:have|not|also|well|even|soon|still|eventually))?",
]
# Words a hedge pattern matches only when they are lower case: "May" is usually the month.
_CASE_SENSITIVE = frozenset({"may"})
# A word in every hedge HEDGE finds, lower case (a participle of the first pattern counts only
# with "to" after it, below), so that the many sentences with none of them skip its slower scan.
_HINTS = (
    "appear seem believed alleged suspected estimated rumored rumoured unconfirmed unverified speculated "
    "purport reportedly apparently supposedly possibly presumably probably perhaps maybe likely conceivably "
    "arguably ostensibly may might could"
).split()
_TO_HINTS = ("said", "thought", "reported", "understood", "presumed", "expected", "feared", "claimed")
_TO_HINT = re.compile(r"(?:" + "|".join(_TO_HINTS) + r")\s+to")
# Letters that IGNORECASE matches to ASCII ones but that lower() does not make ASCII ("ſ" is "s").
_CASE_FOLDED = "\u017f\u212a\u0131\u0130"
# "could not be reached" reports a failed attempt, not a possibility.
_COULD_NOT = re.compile(r"could\s+not\b|couldn", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Hedge:
    """A hedge as written, with offsets into the text it was found in."""

    text: str
    start: int
    end: int


def find_hedges(text: str, offset: int = 0) -> list[Hedge]:
    """Find the hedging words of a sentence, in order.

    The hedge keeps the words as written ("believed to", "reportedly",
    "might have"); offsets are `offset` plus the position in `text`.
    Never raises.
    """
    hedges = []
    if not _may_hedge(text):
        return hedges
    try:
        for match in HEDGE.finditer(text):
            word = text[match.start() : match.end()]
            first = word.split()[0]
            if first in ("May", "MAY") or (first.lower() in _CASE_SENSITIVE and _is_month(text, match)):
                continue
            if _COULD_NOT.match(text, match.start()):
                continue
            hedges.append(Hedge(word, offset + match.start(), offset + match.end()))
    except Exception:  # noqa: BLE001 - extraction must never fail on odd input
        return []
    return hedges


def hedge_words(text: str) -> str:
    """The hedges of `text` as one short string ("reportedly, may"), or "" when it is not hedged.

    Each distinct hedge appears once, lower case, at most three.
    """
    seen: list[str] = []
    for hedge in find_hedges(text):
        word = " ".join(hedge.text.lower().split())
        if word not in seen:
            seen.append(word)
    return ", ".join(seen[:3])


def _is_month(text: str, match: re.Match) -> bool:
    # "in may 2020", "may 5": the month written in lower case by a careless page.
    after = text[match.end() : match.end() + 6]
    return bool(re.match(r"\s+\d", after))


def lower_case(text: str) -> str | None:
    """`text.lower()` if it is `text` but for case, else None.

    Then a case-sensitive pattern of lower-case words matches it where the same
    pattern with IGNORECASE matches `text`, at the same offsets, and costs the
    regex engine no case lookup per letter. Not so when a letter lower-cases to
    two characters ("İ") or matches an ASCII letter only when case is ignored ("ſ").
    """
    lower = text.lower()
    if len(lower) == len(text) and (text.isascii() or not any(letter in text for letter in _CASE_FOLDED)):
        return lower
    return None


class CaseBlindPattern:
    """A pattern of lower-case words, matched ignoring case at the cost of a case-sensitive one.

    It runs on `lower_case(text)` when there is one, else with IGNORECASE on
    `text`: the same matches at the same offsets, but their groups may be
    lower-cased; read the words from `text` by the offsets.
    """

    def __init__(self, pattern: str) -> None:
        self.ignoring_case = re.compile(pattern, re.IGNORECASE)
        self._lower_case = re.compile(pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        lower = lower_case(text)
        return self.ignoring_case.finditer(text) if lower is None else self._lower_case.finditer(lower)

    def search(self, text: str) -> re.Match | None:
        lower = lower_case(text)
        return self.ignoring_case.search(text) if lower is None else self._lower_case.search(lower)


HEDGE = CaseBlindPattern(r"\b(?:" + "|".join(_HEDGE_PATTERNS) + r")\b")


def _may_hedge(text: str) -> bool:
    """False only when HEDGE cannot match: `text` holds none of the words every hedge has."""
    if not text.isascii() and any(letter in text for letter in _CASE_FOLDED):
        return True
    lower = text.lower()
    return any(word in lower for word in _HINTS) or (
        any(word in lower for word in _TO_HINTS) and _TO_HINT.search(lower) is not None
    )
