"""Check-worthiness: how likely a sentence is a factual claim worth checking.

A logistic regression over TF-IDF word 1-2-grams and a few structural signals
(a quantity, a hedge, names, first-person or opinion wording, a question),
trained by `train_checkworthiness.py` and shipped as a small JSON file. This
module scores it in pure Python, so the runtime needs neither numpy nor
scikit-learn. The features are computed here and only here: the training
script imports `sentence_features`, so training and scoring cannot drift apart.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..results import Quantity
from .hedges import find_hedges
from .quantities import find_quantities

MODEL_PATH = Path(__file__).parent / "data" / "checkworthiness.json"

TOKEN = re.compile(r"[$€£¥]|%|\d[\d,.]*|[a-z]+(?:['\u2019][a-z]+)?|\?")
NUMBER_TOKEN = re.compile(r"\d")
CHAR_SIZES = (2, 3, 4)
# Bounded local part: an unbounded `\S+@` rescanned long runs without spaces from every start.
URL = re.compile(r"\b(?:https?://|www\.)\S+|[^\s@]{1,64}@[^\s@]+\.\w+")
CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'\u2019.-]+")
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
WORDS = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")


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
FUTURE = _words("will won't gonna going plan plans")
COMPARISON = _words(
    """more less fewer than most least increase increased increases decrease decreased doubled tripled
    record highest lowest largest smallest biggest rise rose risen fall fell fallen grew grown cut cuts
    higher lower only first last"""
)
REPORTING = _words("said says told according reported announced stated confirmed added noted")
PAST = _words("was were had did been")
STRUCTURAL = (
    "number",
    "quantity",
    "quantities",
    "money_or_percent",
    "year",
    "hedge",
    "question",
    "first_singular",
    "first_plural",
    "second_person",
    "opinion",
    "future",
    "comparison",
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


def tokens(text: str) -> list[str]:
    """Word unigrams and bigrams of `text`, lower case, numbers folded to "<num>".

    A bare "<num>" unigram is left out: in a sentence of unknown words it would
    carry the whole L2 norm and decide alone. The "number" feature stands for it.
    """
    words = ["<num>" if NUMBER_TOKEN.match(t) else t for t in TOKEN.findall(URL.sub(" ", text.lower()))]
    bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return [w for w in words if w != "<num>"] + bigrams


def char_grams(text: str) -> list[str]:
    """Character 2-4-grams inside each word padded with spaces (" wo", "ord "), lower case.

    They catch inflections and rare words the word n-grams miss.
    """
    lower = text.lower()
    if "http" in lower or "www." in lower or "@" in lower:
        lower = URL.sub(" ", lower)
    grams: list[str] = []
    for word in lower.split():
        padded = f" {word} "
        size = len(padded)
        # Unrolled for the sizes 2, 3, 4 of CHAR_SIZES: this is the scorer's hottest loop.
        grams += [padded[i : i + 2] for i in range(size - 1)]
        grams += [padded[i : i + 3] for i in range(size - 2)]
        grams += [padded[i : i + 4] for i in range(size - 3)]
    return grams


def sentence_features(
    text: str, *, quantities: list[Quantity] | None = None, hedged: bool | None = None
) -> dict[str, float]:
    """The structural signals of a sentence, each scaled to [0, 1].

    Used both to train the model and to score with it. A caller that has found
    the sentence's quantities and hedges already may pass them to save the work.
    """
    words = WORDS.findall(text)
    lower = [w.lower().replace("\u2019", "'") for w in words]
    vocabulary = set(lower)
    count = max(len(words), 1)
    if quantities is None:
        quantities = find_quantities(text)
    if hedged is None:
        hedged = bool(find_hedges(text))
    quantities = [q for q in quantities if q.unit not in ("", "fraction") or q.qualifier]
    names = [m.group() for m in CAPITALISED.finditer(text) if m.start() > 0 and m.group().lower() != "i"]
    stripped = text.strip()
    return {
        "number": 1.0 if NUMBER_TOKEN.search(URL.sub(" ", text)) else 0.0,
        "quantity": 1.0 if quantities else 0.0,
        "quantities": min(len(quantities), 3) / 3,
        "money_or_percent": 1.0 if any(q.unit in ("dollars", "percent") for q in quantities) else 0.0,
        "year": 1.0 if YEAR.search(text) else 0.0,
        "hedge": 1.0 if hedged else 0.0,
        "question": 1.0 if stripped.rstrip("\"'\u201d\u2019)").endswith("?") else 0.0,
        "first_singular": 1.0 if vocabulary & FIRST_SINGULAR else 0.0,
        "first_plural": 1.0 if vocabulary & FIRST_PLURAL else 0.0,
        "second_person": 1.0 if vocabulary & SECOND_PERSON else 0.0,
        "opinion": min(len(vocabulary & OPINION), 2) / 2,
        "future": 1.0 if vocabulary & FUTURE else 0.0,
        "comparison": min(len(vocabulary & COMPARISON), 2) / 2,
        "reporting": 1.0 if vocabulary & REPORTING else 0.0,
        "past": 1.0 if vocabulary & PAST or sum(w.endswith("ed") for w in lower) >= 2 else 0.0,
        "names": min(len(names), 4) / 4,
        "name_share": min(len(names) / count * 3, 1.0),
        "short": 1.0 if count < 6 else 0.0,
        "length": min(math.log(count) / math.log(60), 1.0),
        "quotation": 1.0 if re.search('["\u201c\u201d]', text) else 0.0,
    }


@dataclass(slots=True)
class Block:
    """One TF-IDF block of the model: (idf, coefficient) per gram, L2-normalised on its own."""

    table: dict[str, tuple[float, float]]

    @classmethod
    def from_json(cls, terms: dict[str, list[float]]) -> Block:
        return cls(table={term: (values[0], values[1]) for term, values in terms.items()})

    def parts(self, grams: list[str]) -> list[tuple[str, float]]:
        """Each known gram's contribution to the raw score (sublinear tf, idf, L2 norm)."""
        table = self.table
        weighted = []
        for gram, n in Counter(grams).items():
            entry = table.get(gram)
            if entry is not None:
                weighted.append((gram, entry[0] * (1 + math.log(n)) if n > 1 else entry[0], entry[1]))
        norm = math.sqrt(sum(w * w for _, w, _ in weighted)) or 1.0
        return [(gram, w * c / norm) for gram, w, c in weighted]

    def total(self, grams: list[str]) -> float:
        """The block's whole contribution to the raw score: the sum of `parts`, computed faster."""
        table = self.table
        squares = dot = 0.0
        for gram, n in Counter(grams).items():
            entry = table.get(gram)
            if entry is not None:
                w = entry[0] * (1 + math.log(n)) if n > 1 else entry[0]
                squares += w * w
                dot += w * entry[1]
        return dot / math.sqrt(squares) if squares else 0.0


@dataclass(slots=True)
class Model:
    """The shipped model: TF-IDF blocks, coefficients and the calibration."""

    words: Block
    chars: Block | None
    structural: dict[str, float]
    intercept: float
    calibration: tuple[float, float]


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """Read the shipped model once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        words=Block.from_json(data["terms"]),
        chars=Block.from_json(data["chars"]) if data.get("chars") else None,
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
        features = sentence_features(text, quantities=quantities, hedged=hedged)
        return _score(text, features, model or load_model())
    except Exception:  # noqa: BLE001 - extraction must never fail on odd input
        return Score(probability=0.0, logit=-10.0)


def _score(text: str, features: dict[str, float], model: Model) -> Score:
    term_parts = model.words.parts(tokens(text))
    raw = model.intercept + sum(part for _, part in term_parts)
    if model.chars is not None:
        raw += model.chars.total(char_grams(text))
    structural = {name: value * model.structural.get(name, 0.0) for name, value in features.items() if value}
    raw += sum(structural.values())
    a, b = model.calibration
    logit = a * raw + b
    term_parts.sort(key=lambda item: -abs(item[1]))
    return Score(
        probability=_sigmoid(logit),
        logit=logit,
        structural=structural,
        top_terms=term_parts[:5],
    )


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
