"""Quote attribution on PolNeAR: our quotes against the annotators', and a regex anchor.

Each article's `text` is cut into clean paragraphs (one a line, whitespace
collapsed) with a map from every body character back to the original text; our
quotes and speaker mentions are mapped back through it and matched to the gold
attributions one-to-one, greedily by overlap (see `metrics.match_spans`). Our
quote counts as direct by the rule that made the gold kind: a direct or mixed
quote whose text, with its own marks, holds a double quotation mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .. import extract_from_article
from ..results import PARAGRAPH_SEPARATOR, ArticleParts
from .metrics import Score, count_score, match_spans, overlap
from .report import Row

SPACE = re.compile(r"\s+")
LINE = re.compile(r"[^\n]+")
# Content between paired quotation marks, within one paragraph.
QUOTED = re.compile(r"\u201c([^\u201c\u201d\n]+)\u201d|\"([^\"\n]+)\"")
DIRECT_KINDS = frozenset({"direct", "mixed"})
# The marks by which SOURCE.md derives the gold kind ("direct when the content holds a quotation
# mark"): two apostrophes, which archive text writes for a double mark, are not among them.
GOLD_QUOTATION_MARK = re.compile('["\u201c\u201d]')
TARGETS = {"all": 0.75, "direct": 0.90, "indirect": None, "speaker": 0.85}


@dataclass(slots=True)
class CleanText:
    """Clean paragraphs of a text and, for each body character, its offset in the original."""

    paragraphs: list[str]
    origin: list[int]

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """A body span mapped back to a span of the original text (end exclusive)."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def clean_text(text: str) -> CleanText:
    """One paragraph a non-blank line, runs of white space (NBSP too) as one space.

    `origin[i]` is where body character i came from; a collapsed run of spaces
    and a paragraph separator map to the first character they replace.
    """
    paragraphs: list[str] = []
    origin: list[int] = []
    for line in LINE.finditer(text):
        chars: list[str] = []
        offsets: list[int] = []
        for word in re.finditer(r"\S+", line.group()):
            if chars:
                chars.append(" ")
                offsets.append(line.start() + word.start() - 1)
            chars.extend(word.group())
            offsets.extend(range(line.start() + word.start(), line.start() + word.end()))
        if not chars:
            continue
        if paragraphs:
            origin.extend([origin[-1] + 1] * len(PARAGRAPH_SEPARATOR))
        paragraphs.append("".join(chars))
        origin.extend(offsets)
    return CleanText(paragraphs, origin)


@dataclass(slots=True)
class Predicted:
    """One predicted attribution, in offsets of the original text."""

    start: int
    end: int
    direct: bool
    speaker: tuple[int, int] | None = None


def predict(text: str) -> list[Predicted]:
    """Our quotes in an original PolNeAR text, mapped back to its offsets."""
    clean = clean_text(text)
    if not clean.paragraphs:
        return []
    extraction = extract_from_article(ArticleParts(paragraphs=clean.paragraphs))
    predicted = []
    for quote in extraction.quotes:
        start, end = clean.to_original(quote.start, quote.end)
        speaker = None
        mention = quote.speaker
        if mention is not None and mention.start is not None and mention.end is not None:
            speaker = clean.to_original(mention.start, mention.end)
        predicted.append(Predicted(start, end, _direct(text, quote.kind, start, end), speaker))
    return predicted


def _direct(text: str, kind: str, start: int, end: int) -> bool:
    """Whether our quote is direct by the gold's own rule: a quotation mark in it or around it.

    Our direct content stops inside its marks, so the characters either side count too.
    """
    return kind in DIRECT_KINDS and GOLD_QUOTATION_MARK.search(text, max(0, start - 1), end + 1) is not None


def regex_baseline(text: str) -> list[Predicted]:
    """The anchor: every stretch between paired quotation marks, as a direct quote."""
    return [Predicted(m.start() + 1, m.end() - 1, True) for m in QUOTED.finditer(text)]


@dataclass(slots=True)
class Tally:
    """Counts for one subset (all, direct, indirect) summed over articles."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def score(self) -> Score:
        return count_score(self.matched, self.predicted, self.gold)


@dataclass(slots=True)
class QuoteCounts:
    """Everything the quote measures are computed from, summed over articles."""

    tallies: dict[str, Tally] = field(
        default_factory=lambda: {k: Tally() for k in ("all", "direct", "indirect")}
    )
    speaker_right: int = 0
    speaker_pairs: int = 0

    def add(self, predicted: Sequence[Predicted], gold: Sequence[dict]) -> None:
        """Match one article's predictions to its gold attributions and count."""
        for subset, tally in self.tallies.items():
            ours = [p for p in predicted if _in_subset(subset, p.direct)]
            theirs = [g for g in gold if _in_subset(subset, g["kind"] == "direct")]
            pairs = match_spans([(p.start, p.end) for p in ours], [(g["start"], g["end"]) for g in theirs])
            tally.matched += len(pairs)
            tally.predicted += len(ours)
            tally.gold += len(theirs)
            if subset == "all":
                for i, j in pairs:
                    self._speaker(ours[i], theirs[j])

    def _speaker(self, predicted: Predicted, gold: dict) -> None:
        source = gold.get("speaker") or {}
        if source.get("start") is None or source.get("end") is None:
            return  # no source annotated: nothing to be right or wrong about
        self.speaker_pairs += 1
        if predicted.speaker is not None and overlap(predicted.speaker, (source["start"], source["end"])):
            self.speaker_right += 1

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_pairs if self.speaker_pairs else 0.0


def _in_subset(subset: str, direct: bool) -> bool:
    return subset == "all" or (subset == "direct") == direct


def count(articles: Iterable[dict], baseline: bool = False) -> QuoteCounts:
    """Our (or the regex anchor's) counts over PolNeAR articles."""
    counts = QuoteCounts()
    for article in articles:
        predicted = regex_baseline(article["text"]) if baseline else predict(article["text"])
        counts.add(predicted, article["attributions"])
    return counts


def quote_rows(articles: Sequence[dict], split: str) -> list[Row]:
    """F1 for all, direct and indirect attributions and speaker accuracy, ours and the anchor's."""
    ours, anchor = count(articles), count(articles, baseline=True)
    rows = []
    for subset in ("all", "direct", "indirect"):
        mine, theirs = ours.tallies[subset].score(), anchor.tallies[subset].score()
        rows.append(
            Row(
                measure=f"quotes F1, {subset} ({split})",
                ours=mine.f1,
                anchor=theirs.f1,
                anchor_name="quote-mark regex",
                minimum=TARGETS[subset],
                detail={
                    "ours": mine.as_dict() | {"predicted": ours.tallies[subset].predicted},
                    "anchor": theirs.as_dict() | {"predicted": anchor.tallies[subset].predicted},
                },
            )
        )
    rows.append(
        Row(
            measure=f"quote speaker accuracy ({split})",
            ours=ours.speaker_accuracy,
            anchor=anchor.speaker_accuracy,
            anchor_name="quote-mark regex",
            minimum=TARGETS["speaker"],
            detail={"right": ours.speaker_right, "matched_with_source": ours.speaker_pairs},
        )
    )
    return rows
