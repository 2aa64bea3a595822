"""The extraction engine: a news page in, the article, its quotes and its claims out.

Pure Python with no Django import, so that it can be tested, benchmarked and
fuzzed without a database. `extract()` is the one entry point.
"""

from __future__ import annotations

import logging

from .claims import find_claims
from .page import article_from_html, article_from_page_text, article_from_text
from .quotes import find_quotes
from .results import (
    PARAGRAPH_SEPARATOR,
    ArticleParts,
    Caption,
    Claim,
    Extraction,
    Quantity,
    Quote,
    Sentence,
    Speaker,
)
from .sentences import split_sentences

MODES = ("page", "html", "text")
# Quotes and claims cost time per character (about 7 µs today, on fuzzed news-like text): in a
# longer body only the sentences in its first this many characters are read, so that no input
# takes more than a second. That is about 16,000 words; the dev pages' longest body is 17,000
# characters. At 200,000 a 5 MB page took 1.35 s of CPU, 0.7 s of it in quotes.
MAX_ANALYSED_CHARS = 100_000

logger = logging.getLogger(__name__)

__all__ = [
    "MAX_ANALYSED_CHARS",
    "MODES",
    "PARAGRAPH_SEPARATOR",
    "ArticleParts",
    "Caption",
    "Claim",
    "Extraction",
    "Quantity",
    "Quote",
    "Sentence",
    "Speaker",
    "extract",
    "extract_from_article",
]


def extract(content: str, *, mode: str) -> Extraction:
    """Extract the article, its quotes and its claims from `content`.

    `mode` is "page" for a page scraped to text (menus and all), "html" for a
    page's HTML, and "text" for the clean text of an article.
    """
    if mode == "page":
        article = article_from_page_text(content)
    elif mode == "html":
        article = article_from_html(content)
    elif mode == "text":
        article = article_from_text(content)
    else:
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
    return extract_from_article(article)


def extract_from_article(article: ArticleParts) -> Extraction:
    """Find quotes and claims in an article whose parts are already known.

    In a body longer than MAX_ANALYSED_CHARS, only the sentences within its
    first that many characters are read; offsets are into the whole body.
    """
    body = article.body
    if len(body) > MAX_ANALYSED_CHARS:
        logger.info("A body of %d characters: quotes and claims are read in its start only", len(body))
        # The start of the body alone is split; its last sentence may be cut short, so it is
        # left out. Offsets into a prefix of the body are offsets into the body.
        sentences = split_sentences(body[:MAX_ANALYSED_CHARS])[:-1]
        body = body[: sentences[-1].end] if sentences else ""
    else:
        sentences = split_sentences(body)
    quotes = find_quotes(body, sentences)
    claims = find_claims(body, sentences, quotes)
    return Extraction(article=article, quotes=quotes, claims=claims)
