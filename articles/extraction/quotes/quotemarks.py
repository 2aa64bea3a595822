"""Quotation marks: where each quotation opens and closes, and a masked copy of the body.

Curly marks say which way they face; straight marks alternate within a
paragraph. A quotation left open at the end of a paragraph runs to that end,
as news style does for a quotation that goes on in the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = frozenset(("\u201c", "\u00ab", "\u201e", "``"))
CLOSING = frozenset("\u201d\u00bb")
# Two apostrophes or backticks stand for a double mark in some wire and archive text.
# Each alternative opens with a plain character, so that a search skips straight to the next mark.
MARKS = re.compile("``|''|\"|\u201c|\u201d|\u00ab|\u00bb|\u201e|\n\n")
# Inside a quotation every letter becomes this, so no cue or name is found in quoted words.
MASK_CHAR = "x"
NOT_NEWLINE = re.compile(r"[^\n]")
LETTER = re.compile(r"[^\W_]")


@dataclass(slots=True, frozen=True)
class Quotation:
    """One quotation: `open` is the index of its opening mark, `close` of its closing mark.

    An unclosed quotation has `close` at the end of its paragraph and `closed` False.
    """

    open: int
    close: int
    closed: bool = True

    width: int = 1

    @property
    def inner_start(self) -> int:
        """Where the quoted words begin, after the opening mark."""
        return self.open + self.width

    @property
    def inner_end(self) -> int:
        """Where the quoted words end, at the closing mark or the paragraph's end."""
        return self.close


def quotation_spans(body: str) -> list[Quotation]:
    """Every quotation in `body`, in order, never crossing a paragraph break."""
    spans: list[Quotation] = []
    opened: int | None = None
    width = 1
    for match in MARKS.finditer(body):
        mark, at = match.group(), match.start()
        if mark == "\n\n":
            if opened is not None:
                spans.append(Quotation(opened, at, closed=False, width=width))
            opened = None
        elif mark in OPENING:
            if opened is None:
                opened, width = at, len(mark)
        elif mark in CLOSING:
            if opened is not None:
                spans.append(Quotation(opened, at, width=width))
                opened = None
        elif opened is None:
            if not _looks_closing(body, at, len(mark)):
                opened, width = at, len(mark)
        elif _looks_opening(body, at, len(mark)) and not _looks_closing(body, at, len(mark)):
            opened, width = at, len(mark)  # the mark before was a stray (inches, a typo): start again
        else:
            spans.append(Quotation(opened, at, width=width))
            opened = None
    if opened is not None:
        spans.append(Quotation(opened, len(body), closed=False, width=width))
    return [span for span in spans if LETTER.search(body, span.inner_start, span.inner_end)]


def _looks_opening(body: str, at: int, width: int) -> bool:
    # An opening straight mark follows a space, a bracket or a dash and precedes a word.
    before = body[at - 1] if at > 0 else " "
    after = body[at + width] if at + width < len(body) else " "
    return (before.isspace() or before in "([\u2014\u2015-") and not after.isspace()


def _looks_closing(body: str, at: int, width: int) -> bool:
    # A closing straight mark follows a word or punctuation and precedes a space or punctuation.
    before = body[at - 1] if at > 0 else " "
    after = body[at + width] if at + width < len(body) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]\u2014\u2015-")


def mask(body: str, spans: list[Quotation]) -> str:
    """A copy of `body` of the same length with every quoted letter or digit replaced.

    Punctuation and spaces inside the quotation become letters too, so that a
    comma inside a quotation is not read as a clause boundary of the sentence.
    """
    parts = []
    last = 0
    for span in spans:
        parts.append(body[last : span.inner_start])
        inner = body[span.inner_start : span.inner_end]
        # Most quotations hold no line break: then every character is masked, without a pattern.
        parts.append(MASK_CHAR * len(inner) if "\n" not in inner else NOT_NEWLINE.sub(MASK_CHAR, inner))
        last = span.inner_end
    parts.append(body[last:])
    return "".join(parts)
