"""The metric functions of the harness: shingle F1, span matching, precision and recall.

Pure functions on strings and integer spans, so that they can be unit-tested on
tiny hand-made inputs without any dev data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4
# A predicted span matches a gold one when they share more than this share of the longer span.
MATCH_SHARE = 0.30


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of `size`-token shingles of `text` (`\\w+` tokens, as written).

    A text shorter than `size` tokens gives one shorter shingle, so that a short
    non-empty text still counts for something (the benchmark's own code does this).
    """
    tokens = WORD.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_precision_recall(predicted: str, gold: str) -> tuple[float | None, float | None]:
    """Shingle precision and recall of one page's predicted body against its gold body.

    As in the benchmark's own `evaluate.py`: precision is None (left out of the
    average) when nothing was predicted, recall is None when the gold is empty.
    """
    ours, theirs = shingles(predicted), shingles(gold)
    true_positive = sum((ours & theirs).values())
    predicted_count, gold_count = sum(ours.values()), sum(theirs.values())
    precision = true_positive / predicted_count if predicted_count else None
    recall = true_positive / gold_count if gold_count else None
    return precision, recall


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1, with the number of items they were computed over."""

    precision: float
    recall: float
    f1: float
    count: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "count": self.count,
        }


def body_score(pairs: Iterable[tuple[str, str]]) -> Score:
    """The benchmark's body score over (predicted, gold) pairs.

    Precision and recall are computed per page and each averaged over the pages
    where it is defined; F1 is taken from the two averages (not per page).
    """
    scores = [page_precision_recall(predicted, gold) for predicted, gold in pairs]
    precisions = [p for p, _ in scores if p is not None]
    recalls = [r for _, r in scores if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return Score(precision, recall, f1(precision, recall), len(scores))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int], share: float = MATCH_SHARE) -> bool:
    """Whether two spans overlap by more than `share` of the longer one."""
    longer = max(a[1] - a[0], b[1] - b[0])
    return longer > 0 and overlap(a, b) > share * longer


def match_spans(
    predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]], share: float = MATCH_SHARE
) -> list[tuple[int, int]]:
    """One-to-one matching of predicted to gold spans, greedy by overlap.

    Candidate pairs that pass `spans_match` are taken largest overlap first (ties
    in reading order); each span is used at most once. Returns (predicted index,
    gold index) pairs.
    """
    candidates = [
        (overlap(p, g), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if spans_match(p, g, share)
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_predicted or j in used_gold:
            continue
        used_predicted.add(i)
        used_gold.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def count_score(true_positive: int, predicted: int, gold: int) -> Score:
    """Micro precision, recall and F1 from counts (0 where a denominator is 0)."""
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    return Score(precision, recall, f1(precision, recall), gold)
