"""Highlight segments: the article body cut at every item boundary, per paragraph.

Pure Python over plain spans, so that overlapping and nested items (a quote
inside a claim sentence) can be tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.extraction import PARAGRAPH_SEPARATOR


@dataclass(frozen=True, slots=True)
class Span:
    """An item's place in the body: its dom id, its kind ("claim"/"quote") and offsets."""

    dom_id: str
    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Segment:
    """A run of paragraph text covered by the same set of items (none for plain text)."""

    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def dom_ids(self) -> list[str]:
        return [span.dom_id for span in self.spans]

    @property
    def kinds(self) -> list[str]:
        return sorted({span.kind for span in self.spans})

    @property
    def target(self) -> str:
        """The dom id a click on this segment selects: the innermost (shortest) item."""
        if not self.spans:
            return ""
        return min(self.spans, key=lambda s: (s.end - s.start, s.start, s.dom_id)).dom_id

    @property
    def data_items(self) -> str:
        return " ".join(self.dom_ids)


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    segments: list[Segment]


def paragraph_segments(body: str, spans: list[Span]) -> list[Paragraph]:
    """Cut each paragraph of `body` into segments at every span boundary.

    Paragraphs are separated by `PARAGRAPH_SEPARATOR`; offsets are into the whole
    body. A span crossing a paragraph break is clipped to each paragraph it
    touches; a span reaching outside the body is clipped to it, and empty spans
    are ignored. Each segment lists the spans covering it, outermost first.
    """
    paragraphs: list[Paragraph] = []
    if not body:
        return paragraphs
    offset = 0
    for index, text in enumerate(body.split(PARAGRAPH_SEPARATOR)):
        start, end = offset, offset + len(text)
        offset = end + len(PARAGRAPH_SEPARATOR)
        paragraphs.append(Paragraph(index, start, end, _segments(text, start, end, spans)))
    return paragraphs


def _segments(text: str, start: int, end: int, spans: list[Span]) -> list[Segment]:
    inside = [s for s in spans if s.start < end and s.end > start and s.start < s.end]
    cuts = {start, end}
    for span in inside:
        cuts.add(max(span.start, start))
        cuts.add(min(span.end, end))
    bounds = sorted(cuts)
    segments: list[Segment] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        if left == right:
            continue
        covering = [s for s in inside if s.start <= left and s.end >= right]
        # Outermost first, so that a nested quote renders inside its claim's colours.
        covering.sort(key=lambda s: (s.start, -s.end, s.dom_id))
        segments.append(Segment(text[left - start : right - start], covering))
    if not segments:
        segments.append(Segment(text))
    return segments
