"""Read the clean text of an article, as an editor pastes it.

Paragraphs are split on blank lines (or on line breaks when there are none);
a short first line without a final full stop is the title, a "By ..." line
gives the authors, and date lines give the dates. Those header lines are not
part of the body.
"""

from __future__ import annotations

import re

from ..results import ArticleParts
from . import lines as L
from .dates import dates_in_line, find_date, is_date_line

MAX_CHARS = 3_000_000
_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")
# A header is a few lines at the top; the body starts soon after.
_HEADER_LINES = 6


def article_from_text(text: str) -> ArticleParts:
    """The article in clean text: title, byline, dates and paragraphs.

    Never raises; empty text gives an empty ArticleParts.
    """
    if not isinstance(text, str) or not text.strip():
        return ArticleParts()
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    blocks = _BLANK_LINE_RE.split(text) if _BLANK_LINE_RE.search(text) else text.split("\n")
    paragraphs = [" ".join(block.split()) for block in blocks]
    paragraphs = [p for p in paragraphs if p]
    article = ArticleParts()
    for _ in range(_HEADER_LINES):
        if not _read_header_line(article, paragraphs):
            break
        paragraphs.pop(0)
    article.paragraphs = paragraphs
    return article


def _read_header_line(article: ArticleParts, paragraphs: list[str]) -> bool:
    """Take the first paragraph into the header if it is a title, byline or date line."""
    if len(paragraphs) < 2:
        return False
    first = paragraphs[0]
    names = L.byline_names(first)
    if names and not article.authors:
        article.authors = names
        return True
    if is_date_line(first) and len(first) < 80:
        labelled = dates_in_line(first)
        for kind, value in labelled:
            if kind == "updated":
                article.updated = article.updated or value
            else:
                article.published = article.published or value
        if not labelled:
            article.published = article.published or find_date(first)
        return True
    if not article.title and not article.authors and _is_title(first):
        article.title = first
        return True
    return False


def _is_title(line: str) -> bool:
    count = len(L.words(line))
    return 1 <= count < 20 and not L.ends_sentence(line.rstrip("?!")) and len(line) < 200
