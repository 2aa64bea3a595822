"""What a page's HTML says about its article: JSON-LD, Open Graph, meta tags, figures.

Publishers describe their articles for search engines and social networks
(schema.org NewsArticle in JSON-LD, og:title, article:published_time...);
these are more reliable than anything guessed from the layout, so they are
read first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..results import Caption
from .captions import is_credit, split_credit
from .lines import byline_names

_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
     "BlogPosting", "WebPage", "LiveBlogPosting", "BackgroundNewsArticle", "Report", "ScholarlyArticle"}
)  # fmt: skip
# JSON-LD blocks bigger than this are data dumps, not article descriptions.
_MAX_JSON_LD = 500_000
_CREDIT_CLASS_RE = re.compile(r"credit|copyright|byline|source|author", re.IGNORECASE)
# Class names of a byline's element ("author", "byline__author", "author-name", "entry-author"),
# but not of the post it belongs to ("author-jane-roe" on a WordPress <article>).
_BYLINE_CLASS_RE = re.compile(r"^(?:[\w-]*[_-])?(?:author|byline|author-?name|authorname)$", re.IGNORECASE)
_BYLINE_MAX_CHARS = 120
# A coarse filter run in C (lxml's XPath); `_marks_byline` then checks the candidates exactly.
# It tests the attributes and goes up to their elements (in page order, each once): testing
# every element for each attribute took two and a half times as long.
_BYLINE_CANDIDATES = etree.XPath(
    "//@class[contains(., 'author') or contains(., 'Author') or contains(., 'byline')]/.."
    " | //@itemprop[contains(., 'author')]/.. | //@rel[. = 'author']/.."
)


@dataclass(slots=True)
class PageMeta:
    """Article fields declared in the page's markup; empty strings when absent."""

    title: str = ""
    description: str = ""
    section: str = ""
    outlet: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    modified: str = ""
    url: str = ""


def read_meta(tree: lxml_html.HtmlElement) -> PageMeta:
    """Merge JSON-LD (preferred) with Open Graph and plain meta tags."""
    meta = PageMeta()
    _read_json_ld(tree, meta)
    tags = _meta_tags(tree)

    def first(*names: str) -> str:
        return next((tags[name] for name in names if tags.get(name)), "")

    meta.title = meta.title or first("og:title", "twitter:title", "title", "dc.title")
    meta.description = meta.description or first("og:description", "description", "twitter:description")
    meta.section = meta.section or first("article:section", "section", "parsely-section", "category")
    meta.outlet = meta.outlet or first("og:site_name", "application-name", "publisher", "twitter:site")
    meta.published = meta.published or first(
        "article:published_time", "datepublished", "publishdate", "pubdate", "date", "dc.date",
        "parsely-pub-date", "sailthru.date", "og:article:published_time",
    )  # fmt: skip
    meta.modified = meta.modified or first("article:modified_time", "datemodified", "og:updated_time")
    meta.url = meta.url or first("og:url", "canonical")
    if not meta.authors:
        author = first("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
        if author and not author.startswith("http"):
            meta.authors = [a.strip() for a in re.split(r",|\band\b", author) if a.strip()]
    if not meta.title:
        titles = tree.xpath("//title/text()")
        meta.title = " ".join(titles[0].split()) if titles else ""
    if meta.outlet.startswith("@"):
        meta.outlet = ""
    return meta


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = " ".join(unescape(element.get("content") or "").split())
        if name and content and name not in tags:
            tags[name] = content
    for element in tree.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            tags.setdefault("canonical", element.get("href"))
    return tags


def _read_json_ld(tree: lxml_html.HtmlElement, meta: PageMeta) -> None:
    items: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = script.text or ""
        if len(raw) > _MAX_JSON_LD:
            continue
        try:
            items += _items(json.loads(raw))
        except (ValueError, RecursionError):
            continue
    # Yoast-style graphs point at authors and publishers by "@id": resolve those.
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}

    def text(value: Any) -> str:
        if isinstance(value, list):
            value = value[0] if value else ""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            value = by_id.get(value.get("@id"), {})
        return _text(value)

    for item in items:
        kinds = item.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if not kinds & _ARTICLE_TYPES or (kinds == {"WebPage"} and meta.title):
            continue
        meta.title = meta.title or text(item.get("headline") or item.get("name"))
        meta.description = meta.description or text(item.get("description"))
        section = text(item.get("articleSection"))
        meta.section = meta.section or (section.split(",")[0].strip() if len(section) > 40 else section)
        meta.published = meta.published or text(item.get("datePublished"))
        meta.modified = meta.modified or text(item.get("dateModified"))
        meta.outlet = meta.outlet or text(item.get("publisher"))
        if not meta.authors:
            meta.authors = [name for name in (text(a) for a in _as_list(item.get("author"))) if name]


def _items(data: Any, depth: int = 0) -> list[dict]:
    # JSON-LD nests items in lists and @graph; walk a few levels, not forever.
    if depth > 4:
        return []
    if isinstance(data, list):
        return [item for element in data[:50] for item in _items(element, depth + 1)]
    if isinstance(data, dict):
        return [data, *_items(data.get("@graph"), depth + 1)] if len(data) < 500 else []
    return []


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _text(value: Any) -> str:
    """A JSON-LD value as text: strings as they are, objects by their name, lists by their first."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or ""
        if isinstance(value, dict | list):
            return _text(value)
    return " ".join(unescape(str(value)).split()) if isinstance(value, str | int | float) else ""


def byline_authors(tree: lxml_html.HtmlElement) -> list[str]:
    """The names in the page's first marked byline (microdata, rel="author", an author class).

    For pages that declare no author in their metadata; a marked element whose
    text is no byline (a whole author box) is passed over for the ones inside it.
    """
    for element in _BYLINE_CANDIDATES(tree):
        if not _marks_byline(element):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > _BYLINE_MAX_CHARS:
            continue
        names = byline_names(text if text[:3].lower() == "by " else f"By {text}")
        if names:
            return names
    return []


def _marks_byline(element: lxml_html.HtmlElement) -> bool:
    if element.tag in {"meta", "link", "script", "style"}:
        return False
    if "author" in (element.get("itemprop") or "").split() or element.get("rel") == "author":
        return True
    return any(_BYLINE_CLASS_RE.match(token) for token in (element.get("class") or "").split())


def figure_captions(tree: lxml_html.HtmlElement) -> list[Caption]:
    """Captions of the page's figures, each with its credit when one is marked or written."""
    captions: list[Caption] = []
    for figcaption in tree.iter("figcaption"):
        credit = ""
        for element in figcaption.iter():
            if element is not figcaption and _CREDIT_CLASS_RE.search(element.get("class") or ""):
                credit = " ".join(element.text_content().split())
                break
        text = " ".join(figcaption.text_content().split())
        if credit and text.endswith(credit):
            text = text[: -len(credit)].strip()
        elif not credit:
            split = split_credit(text)
            if split:
                text, credit = split
        if credit and not is_credit(credit) and len(credit.split()) > 8:
            credit = ""
        if text:
            captions.append(Caption(text=text, credit=credit))
        if len(captions) >= 100:
            break
    return captions
