"""Check-worthiness: how likely a sentence is a factual claim worth checking.

A linear model over TF-IDF terms (word 1-2-grams and five-letter word stems)
and structural signals (quantities, comparisons, names, hedges, tense, first
and second person, opinion wording, questions), trained by
`train_checkworthiness.py` and shipped as a small JSON file. This module scores
it in pure Python, so the runtime needs neither numpy nor scikit-learn: one
regex pass for the words, one dictionary lookup per term. The features are
computed here and only here: the training script imports `words_of`, `terms`
and `sentence_features`, so training and scoring cannot drift apart.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, reduce
from operator import add, itemgetter
from pathlib import Path

from ..results import Quantity
from .hedges import find_hedges
from .quantities import find_quantities

MODEL_PATH = Path(__file__).parent / "data" / "checkworthiness.json"

# Each alternative is a single character class or a fixed shape: nothing to backtrack into.
TOKEN = re.compile(r"[$€£¥]|%|\d[\d,.]*|[a-z]+(?:['\u2019][a-z]+)?|\?")
# Bounded local part: an unbounded `\S+@` rescanned long runs without spaces from every start.
URL = re.compile(r"\b(?:https?://|www\.)\S+|[^\s@]{1,64}@[^\s@]+\.\w+")
# A capital opening a word: the capital first and the word boundary tested behind it, so that the
# scan skips to capitals rather than trying every position (as a leading `\b` made it).
CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-zA-Z'\u2019.-]+")
DIGIT = re.compile(r"\d")
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
NUM = "<num>"
# The tokens of `words_of` that are not words: signs, numbers and question marks.
NOT_WORDS = frozenset({"$", "€", "£", "¥", "%", NUM, "?"})
# Words longer than STEM + 1 letters also count by their first STEM letters ("governments" ->
# "gover~"): a cheap stand-in for character n-grams that catches inflections.
STEM = 5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FIRST_SINGULAR = _words("i me my mine myself i'm i've i'd i'll")
FIRST_PLURAL = _words("we us our ours ourselves we're we've we'd we'll let's")
SECOND_PERSON = _words("you your yours yourself you're you've you'd you'll")
OPINION = _words(
    """think believe feel hope wish want should must ought need needs needed sure certainly clearly obviously
    great greatest best worst wonderful terrible horrible disaster disgrace shame important wrong right
    deserve deserves fair unfair good bad better worse agree disagree opinion frankly honestly truly
    absolutely really strongly proud afraid fear fears"""
)
FUTURE = _words("will won't gonna i'll we'll you'll he'll she'll they'll it'll")
CONDITIONAL = _words("would could might if wouldn't couldn't i'd we'd you'd")
COMPARATIVE = _words("more less fewer")
# Words ending in "-est" that are not superlatives ("the interest", "the west").
NOT_SUPERLATIVE = _words(
    """rest interest west test request forest protest guest chest nest quest contest honest harvest suggest
    invest arrest manifest digest"""
)
CHANGE = _words(
    """increase increased increases decrease decreased doubled tripled record rise rose risen fall fell
    fallen grew grown cut cuts dropped raised lowered"""
)
REPORTING = _words("said says told according reported announced stated confirmed added noted")
PAST = _words("was were had did been wasn't weren't didn't hadn't")
NUMBER_WORDS = _words(
    """million millions billion billions trillion percent thousand thousands hundred hundreds twice half
    dozen one two three four five six seven eight nine ten"""
)
STRUCTURAL = (
    "number",
    "quantity",
    "quantities",
    "money_or_percent",
    "year",
    "number_word",
    "hedge",
    "question",
    "first_singular",
    "first_plural",
    "second_person",
    "opinion",
    "future",
    "conditional",
    "comparison",
    "superlative",
    "change",
    "reporting",
    "past",
    "names",
    "name_share",
    "short",
    "length",
    "quotation",
)


@dataclass(slots=True)
class Score:
    """A sentence's check-worthiness probability and what moved it most."""

    probability: float
    logit: float
    structural: dict[str, float] = field(default_factory=dict)
    top_terms: list[tuple[str, float]] = field(default_factory=list)


def words_of(text: str) -> list[str]:
    """The words of `text`, lower case, with numbers folded to "<num>" and links left out."""
    lower = text.lower()
    if "@" in lower or "http" in lower or "www." in lower:
        lower = URL.sub(" ", lower)
    tokens = TOKEN.findall(lower)
    if "\u2019" not in lower and DIGIT.search(lower) is None:
        return tokens  # most sentences: nothing to fold
    return [NUM if t[0].isdigit() else t.replace("\u2019", "'") for t in tokens]


def terms(words: list[str]) -> list[str]:
    """The model's terms: unigrams, bigrams and stems ("gover~") of `words` (from `words_of`).

    A bare "<num>" unigram is left out: in a sentence of unknown words it would
    carry the whole L2 norm and decide alone. The "number" feature stands for it.
    """
    bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    stems = [w[:STEM] + "~" for w in words if len(w) > STEM + 1]
    return [w for w in words if w != NUM] + bigrams + stems


def sentence_features(
    text: str,
    words: list[str] | None = None,
    *,
    quantities: list[Quantity] | None = None,
    hedged: bool | None = None,
) -> dict[str, float]:
    """The structural signals of a sentence, each scaled to [0, 1].

    Used both to train the model and to score with it. A caller that has found
    the sentence's words, quantities and hedges already may pass them to save the work.
    """
    if words is None:
        words = words_of(text)
    if quantities is None:
        quantities = find_quantities(text)
    if hedged is None:
        hedged = bool(find_hedges(text))
    quantities = [q for q in quantities if q.unit not in ("", "fraction") or q.qualifier]
    vocabulary = set(words)
    # Every match is two characters or more, so never "I"; one at the start opens the sentence.
    names = len(CAPITALISED.findall(text)) - (CAPITALISED.match(text) is not None)
    # Words have no spaces: "ed " closes exactly the words that end in "ed".
    joined = " ".join(words) + " "
    count = len(words) - sum(map(NOT_WORDS.__contains__, words))
    participles = joined.count("ed ")
    # "more than", "higher than"; "the highest", "the most".
    comparison = "than" in vocabulary and any(
        word == "than" and (previous in COMPARATIVE or previous.endswith("er"))
        for previous, word in zip(words, words[1:], strict=False)
    )
    superlative = ("most" in vocabulary or "est " in joined) and any(
        previous in ("the", "most", "least")
        and (word in ("most", "least") or (word.endswith("est") and word not in NOT_SUPERLATIVE))
        for previous, word in zip(words, words[1:], strict=False)
    )
    count = max(count, 1)
    stripped = text.rstrip().rstrip("\"')\u201d\u2019")
    return {
        "number": 1.0 if NUM in vocabulary else 0.0,
        "quantity": 1.0 if quantities else 0.0,
        "quantities": min(len(quantities), 3) / 3,
        "money_or_percent": 1.0 if any(q.unit in ("dollars", "percent") for q in quantities) else 0.0,
        "year": 1.0 if NUM in vocabulary and YEAR.search(text) else 0.0,
        "number_word": 0.0 if vocabulary.isdisjoint(NUMBER_WORDS) else 1.0,
        "hedge": 1.0 if hedged else 0.0,
        "question": 1.0 if stripped.endswith("?") else 0.0,
        "first_singular": 0.0 if vocabulary.isdisjoint(FIRST_SINGULAR) else 1.0,
        "first_plural": 0.0 if vocabulary.isdisjoint(FIRST_PLURAL) else 1.0,
        "second_person": 0.0 if vocabulary.isdisjoint(SECOND_PERSON) else 1.0,
        "opinion": min(len(vocabulary & OPINION), 2) / 2,
        "future": 1.0 if not vocabulary.isdisjoint(FUTURE) or "going to" in text else 0.0,
        "conditional": 0.0 if vocabulary.isdisjoint(CONDITIONAL) else 1.0,
        "comparison": 1.0 if comparison else 0.0,
        "superlative": 1.0 if superlative else 0.0,
        "change": 0.0 if vocabulary.isdisjoint(CHANGE) else 1.0,
        "reporting": 0.0 if vocabulary.isdisjoint(REPORTING) else 1.0,
        "past": 1.0 if not vocabulary.isdisjoint(PAST) or participles >= 2 else 0.0,
        "names": min(names, 4) / 4,
        "name_share": min(names / count * 3, 1.0),
        "short": 1.0 if count < 6 else 0.0,
        "length": min(math.log(count) / math.log(60), 1.0),
        "quotation": 1.0 if '"' in text or "\u201c" in text or "\u201d" in text else 0.0,
    }


@dataclass(slots=True)
class Model:
    """The shipped model: (idf, coefficient) per term, structural coefficients, the calibration."""

    terms: dict[str, tuple[float, float]]
    structural: dict[str, float]
    intercept: float
    calibration: tuple[float, float]
    # Per term (idf, idf * coefficient, idf * idf, coefficient): a term seen once, as most are,
    # then costs the scorer no arithmetic but two additions.
    weights: dict[str, tuple[float, float, float, float]] = field(init=False, repr=False, compare=False)

    # The second words of the known bigrams by their first, and the known stems without "~": the
    # scorer builds only the bigrams and stems the model knows (the others weigh nothing).
    followers: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    stems: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.weights = {term: (idf, idf * coef, idf * idf, coef) for term, (idf, coef) in self.terms.items()}
        followers: dict[str, set[str]] = {}
        for term in self.terms:
            first, space, second = term.partition(" ")
            if space:
                followers.setdefault(first, set()).add(second)
        self.followers = {first: frozenset(seconds) for first, seconds in followers.items()}
        self.stems = frozenset(term[:-1] for term in self.terms if term.endswith("~") and " " not in term)


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """Read the shipped model once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        terms={term: (values[0], values[1]) for term, values in data["terms"].items()},
        structural=data["structural"],
        intercept=data["intercept"],
        calibration=(data["calibration"]["a"], data["calibration"]["b"]),
    )


def score(
    text: str,
    model: Model | None = None,
    *,
    quantities: list[Quantity] | None = None,
    hedged: bool | None = None,
) -> Score:
    """The calibrated probability that `text` is a check-worthy factual claim.

    0.5 is a coin flip when claims and non-claims are equally common. The
    result also keeps the structural features' contributions and the terms
    that pushed hardest, so that a caller can explain the score. Never raises.
    """
    try:
        return _score(text, model or load_model(), quantities, hedged)
    except Exception:  # noqa: BLE001 - extraction must never fail on odd input
        return Score(probability=0.0, logit=-10.0)


def _score(text: str, model: Model, quantities: list[Quantity] | None, hedged: bool | None) -> Score:
    words = words_of(text)
    # TF-IDF with sublinear tf and an L2 norm over the known terms, as scikit-learn computes it.
    known = _known_terms(words, model)
    weights = model.weights
    if len(dict.fromkeys(known)) == len(known):
        # Each term once, as in about half the sentences: its weight is its idf, and `reduce`
        # adds in order, as the loop below does.
        entries = list(map(weights.__getitem__, known))
        squares = reduce(add, map(itemgetter(2), entries), 0.0)
        parts = list(map(itemgetter(1), entries))
    else:
        counts = Counter(known)
        known = list(counts)
        squares = 0.0
        parts = []
        for term, n in counts.items():
            idf, _, _, coefficient = weights[term]
            weight = idf if n == 1 else idf * (1 + math.log(n))
            squares += weight * weight
            parts.append(weight * coefficient)
    norm = math.sqrt(squares) or 1.0
    raw = model.intercept + sum(parts) / norm
    features = sentence_features(text, words, quantities=quantities, hedged=hedged)
    coefficients = model.structural
    structural = {name: value * coefficients[name] for name, value in features.items() if value}
    raw += sum(structural.values())
    a, b = model.calibration
    logit = a * raw + b
    # The five strongest terms, the first listed first among equals (a stable sort).
    strength = [-abs(part) for part in parts]
    strongest = sorted(range(len(parts)), key=strength.__getitem__)[:5]
    return Score(
        probability=_sigmoid(logit),
        logit=logit,
        structural=structural,
        top_terms=[(known[index], parts[index] / norm) for index in strongest],
    )


def _known_terms(words: list[str], model: Model) -> list[str]:
    """The terms of `terms(words)` that `model` knows, in the same order (unknown ones weigh nothing).

    "<num>", which `terms` leaves out, is no term of the model either.
    """
    weights = model.weights
    follows = model.followers.get
    bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if b in follows(a, ())]
    known_stems = model.stems
    stems = [w[:STEM] + "~" for w in words if len(w) > STEM + 1 and w[:STEM] in known_stems]
    return [w for w in words if w in weights] + bigrams + stems


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
