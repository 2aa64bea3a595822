"""The gold metadata of a page: what its own markup states, read independently of the engine.

Title, authors and publication date from JSON-LD (a NewsArticle or another
Article type: headline, author, datePublished), Open Graph (og:title,
article:published_time) and `<meta name="author">`. Only what a page states is
returned; the engine's `html_meta.py` is deliberately not used, so that the
agreement check is not circular.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape

from bs4 import BeautifulSoup

ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
    }
)

# Content management systems write year 1 (or 1970) when they have no date.
MIN_YEAR = 1991


@dataclass(slots=True)
class GoldMeta:
    """What a page's markup says about its article; empty where it says nothing."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""


def _walk(node: object) -> Iterator[dict]:
    """Every JSON object in a JSON-LD document, depth first (through @graph and lists)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _is_article(node: dict) -> bool:
    kinds = node.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(isinstance(kind, str) and kind in ARTICLE_TYPES for kind in kinds)


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value: a string, a Person, or a list of either."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if isinstance(name, str | list) else []
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _json_ld_articles(soup: BeautifulSoup) -> list[dict]:
    articles = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            document = json.loads(script.string or "", strict=False)
        except ValueError:
            continue
        articles.extend(node for node in _walk(document) if _is_article(node))
    return articles


def _meta(soup: BeautifulSoup, attribute: str, name: str) -> str:
    tag = soup.find("meta", attrs={attribute: name})
    content = tag.get("content", "") if tag else ""
    return content.strip() if isinstance(content, str) else ""


def read_gold_meta(html: str) -> GoldMeta:
    """The title, authors and publication date a page states about its article.

    JSON-LD is preferred where it states a value, then Open Graph, then the
    author meta tag. A field the page does not state stays empty.
    """
    soup = BeautifulSoup(html, "lxml")
    gold = GoldMeta()
    for article in _json_ld_articles(soup):
        headline = article.get("headline")
        if not gold.title and isinstance(headline, str) and headline.strip():
            gold.title = headline.strip()
        if not gold.authors:
            gold.authors = _names(article.get("author"))
        published = article.get("datePublished")
        if not gold.published and isinstance(published, str) and published.strip():
            gold.published = published.strip()
    gold.title = gold.title or _meta(soup, "property", "og:title")
    # Some pages escape entities twice ("&amp;#8216;"); what they mean is the unescaped text.
    gold.title = unescape(gold.title)
    gold.authors = [unescape(author) for author in gold.authors]
    gold.published = gold.published or _meta(soup, "property", "article:published_time")
    if not gold.authors:
        author = _meta(soup, "name", "author")
        gold.authors = [author] if author else []
    if not _plausible(gold.published):
        gold.published = ""
    return gold


def _plausible(published: str) -> bool:
    """Whether a stated date is a real one, not a placeholder such as 0001-01-01."""
    year = published[:4]
    return not (year.isdigit() and int(year) < MIN_YEAR)
