"""extract(): the modes, and the bound on how much of a body is read for quotes and claims."""

from __future__ import annotations

import pytest

import articles.extraction as engine
from articles.extraction import ArticleParts, extract, extract_from_article
from articles.extraction.evaluate.invariants import offset_problems

PARAGRAPH = '"We will build 300 new homes by 2026," the mayor said on Monday, according to the council.'


def test_it_refuses_an_unknown_mode():
    with pytest.raises(ValueError, match="unknown mode 'pdf'"):
        extract("text", mode="pdf")


def _spans(items: list) -> list[tuple[int, int]]:
    return [(item.start, item.end) for item in items]


def test_it_reads_only_the_start_of_a_longer_body(monkeypatch):
    two_paragraphs = extract_from_article(ArticleParts(paragraphs=[PARAGRAPH] * 2))
    monkeypatch.setattr(engine, "MAX_ANALYSED_CHARS", 2 * len(PARAGRAPH) + 10)
    article = ArticleParts(paragraphs=[PARAGRAPH] * 5)

    extraction = extract_from_article(article)

    # The third paragraph is cut at the bound, so its sentence is left out with the rest.
    assert two_paragraphs.quotes and two_paragraphs.claims
    assert _spans(extraction.quotes) == _spans(two_paragraphs.quotes)
    assert _spans(extraction.claims) == _spans(two_paragraphs.claims)
    assert extraction.article.body == article.body  # the body itself is kept whole
    assert not list(offset_problems(extraction))
