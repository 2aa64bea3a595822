"""Find the article in a page: placeholder until the page module is written."""

from __future__ import annotations

from .results import ArticleParts


def article_from_page_text(text: str) -> ArticleParts:
    return article_from_text(text)


def article_from_html(html: str) -> ArticleParts:
    return ArticleParts()


def article_from_text(text: str) -> ArticleParts:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return ArticleParts(paragraphs=paragraphs)
