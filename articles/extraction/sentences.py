"""Sentence splitting for English news text.

Hand-written rather than a library: the kept splitters either download models
at run time (NLTK's punkt) or are no longer maintained (pysbd), and news prose
needs only a few rules: abbreviations ("U.S.", "Nov. 9", "Mr."), initials,
and closing quotation marks that belong to the sentence they end.
"""

from __future__ import annotations

import re

from .results import PARAGRAPH_SEPARATOR, Sentence

# Abbreviations after which a full stop never ends a sentence.
NEVER_FINAL = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col capt cmdr maj sgt adm rev fr st mt ft hon pres supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig art sec ch pp para approx est dept
    univ assn bros messrs mme mlle vs v cf eg ie al""".split()
)
# Abbreviations that may end a sentence: split only before a typical sentence opener.
MAYBE_FINAL = frozenset("us uk un eu inc corp co ltd jr sr etc am pm bc ad llc plc dc".split())
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there but and so yet in on at for
    after before when while if as his her their its our my one some many most his mr mrs ms""".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes or brackets, then space.
BOUNDARY = re.compile(
    r"""([.!?\u2026]+)(["'\u201d\u2019)\]]*)(\s+)(?=["'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])"""
)
ELLIPSES = frozenset({"\u2026", "..."})
DOUBLE_QUOTES = re.compile(r'["\u201c\u201d]')
# Longer than this, a "sentence" is a run without punctuation (a list, a table, tag soup):
# it is cut at spaces into pieces this long, since quotes and claims cost more than linear
# time in a sentence's length. A long sentence in news prose is about 400 characters.
MAX_SENTENCE_CHARS = 1_000
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
NEXT_WORD = re.compile(r"\W*(\w+)")


def split_sentences(body: str) -> list[Sentence]:
    """Split an article body into sentences with offsets into `body`.

    Paragraphs (separated by a blank line) always end a sentence.
    """
    sentences: list[Sentence] = []
    offset = 0
    for index, paragraph in enumerate(body.split(PARAGRAPH_SEPARATOR)):
        for start, end in _split_paragraph(paragraph):
            sentences.append(Sentence(paragraph[start:end], offset + start, offset + end, index))
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return sentences


def _split_paragraph(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    # Quotation marks seen so far, counted as we go: an odd count means we are inside one.
    quote_marks, counted_to = 0, 0
    for match in BOUNDARY.finditer(text):
        if match.group(1) == "." and not _ends_sentence(text, match):
            continue
        if match.group(1) in ELLIPSES and not match.group(2):
            quote_marks += len(DOUBLE_QUOTES.findall(text, counted_to, match.start()))
            counted_to = match.start()
            if quote_marks % 2 == 1:
                continue  # an ellipsis marks words left out of a quotation, not its end
        end = match.end(2)
        spans.append((start, end))
        start = match.end(3)
    spans.append((start, len(text)))
    return [piece for s, e in spans if text[s:e].strip() for piece in _pieces(text, *_strip(text, s, e))]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at spaces into pieces of at most MAX_SENTENCE_CHARS (most spans are one piece)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append(_strip(text, start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def _ends_sentence(text: str, match: re.Match) -> bool:
    # Only a short window before the stop: searching from 0 each time made long paragraphs quadratic.
    word_match = WORD_BEFORE.search(text, max(0, match.start(1) - 40), match.start(1))
    if not word_match:
        return True
    word = word_match.group(1)
    key = word.replace(".", "").lower()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if "." in word and len(key) <= 2 and word.isupper() and key not in MAYBE_FINAL:
        return False  # "J.K." style initials
    if key in NEVER_FINAL and (word[0].isupper() or key in {"vs", "v", "cf", "eg", "ie", "al"}):
        return False
    if key in MAYBE_FINAL and "." in word or key in {"inc", "corp", "co", "ltd", "jr", "sr", "etc"}:
        # Matched in place and near: slicing the rest of the paragraph each time made it quadratic.
        next_word = NEXT_WORD.match(text, match.end(3), match.end(3) + 80)
        return bool(next_word) and next_word.group(1).lower() in SENTENCE_OPENERS
    return True


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
