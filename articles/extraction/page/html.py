"""Find the article in a page's HTML.

trafilatura finds the main text in the tree we parse once; the page's own
declarations (JSON-LD, Open Graph, meta tags; `html_meta`) give the title,
authors, section and dates, with a marked byline and htmldate as fallbacks.
Figure captions are kept apart from the body.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from urllib.parse import urlsplit

import trafilatura
from htmldate import find_date as htmldate_find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import MANUALLY_CLEANED, Extractor

from ..results import ArticleParts
from .captions import unique_captions
from .dates import find_date, localise, zone_for_domain
from .html_meta import PageMeta, byline_authors, figure_captions, read_meta
from .text import article_from_page_text

# Pages beyond this size are cut: the article is near the top, and the cost grows with size.
MAX_HTML_CHARS = 3_000_000
# trafilatura's time grows with the page's markup: a page with more than this beside its
# scripts is given to it cut to this size, and its markup is not searched for a byline or a
# date (htmldate). The dev pages have up to 175,000.
MAX_CONTENT_CHARS = 200_000
_TITLE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)
_LIST_MARK_RE = re.compile(r"^[-•*]\s+")

logger = logging.getLogger(__name__)

# lxml.html's parser asks a Python method for the class of every element it hands out, so as
# to give forms and their fields their own classes, which nothing here, in trafilatura or in
# htmldate uses. Looked up in C, every element is a plain HtmlElement (which both of them
# require) and the HTML path takes 4 % fewer instructions, most of them in trafilatura's reads.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)

# Built once: building trafilatura's options reads its configuration, about 0.5 ms a page.
# The page's address is left out: it only resolves links, which we do not keep.
_OPTIONS = Extractor(
    output_format="python",
    fast=True,
    recall=True,
    comments=False,
    tables=False,
    images=False,
    with_metadata=False,
)

# What trafilatura deletes, content and all, before it looks for the article (its own list),
# less what it reads first or treats apart: forms (kept when they hold most of the text), <head>
# and JSON-LD scripts, <math> (formulas salvaged). Deleted from our tree in C, they no longer
# cost trafilatura a copy and five passes each: 20 % of the HTML path's time, same bodies.
# <meta> elements are empty: deleting them is what its unwrapping does.
_FURNITURE = (*(tag for tag in MANUALLY_CLEANED if tag not in ("form", "head", "script", "math")), "meta")
# A paragraph inside none of these survives trafilatura's deletions (a superset of its test).
_DELETED_WITH_TABLES = (*MANUALLY_CLEANED, "table")


def article_from_html(html: str, *, url: str = "") -> ArticleParts:
    """The article in a page's HTML: body by trafilatura, metadata from the page's markup.

    Never raises: broken, empty or binary input gives what could be read, at
    worst an empty ArticleParts.
    """
    if not isinstance(html, str) or not html.strip():
        return ArticleParts()
    html = html[:MAX_HTML_CHARS].replace("\x00", "")
    tree = _parse(html)
    if tree is None:
        return article_from_page_text(html)
    try:
        meta = read_meta(tree)
    except (ValueError, TypeError, etree.LxmlError):
        meta = PageMeta()
    source = _trafilatura_source(html, tree)
    search_markup = source is tree
    # Everything read from the markup is read before trafilatura's turn, which trims the tree.
    captions = unique_captions(figure_captions(tree))
    # A page whose metadata lacks them has its markup searched for a byline and a date (not a
    # big page: its markup is not searched).
    authors = meta.authors or (byline_authors(tree) if search_markup else [])
    published = find_date(meta.published) if meta.published else None
    if published is None and search_markup:
        published = _htmldate(tree)
    paragraphs = _paragraphs(_trafilatura(html, source))
    if not paragraphs:
        # trafilatura found nothing: fall back to the prose-density reading of the text (less
        # what trafilatura took out as furniture, if it had the tree).
        return _with_meta(article_from_page_text(_text_of(tree)), meta, url, authors, published)
    caption_texts = {c.text for c in captions}
    paragraphs = [p for p in paragraphs if p not in caption_texts]
    article = ArticleParts(paragraphs=paragraphs, captions=captions)
    article = _with_meta(article, meta, url, authors, published)
    # trafilatura may start with the headline or the standfirst: they are not body.
    heads = {_key(article.title), _key(article.subtitle)} - {""}
    while article.paragraphs and _key(article.paragraphs[0]) in heads:
        article.paragraphs.pop(0)
    return article


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def without_scripts(html: str) -> str:
    """The page without its <script> and <style> elements, in one linear pass.

    A regular expression would rescan the rest of the page for every unclosed
    tag; here an unclosed one simply ends the page.
    """
    lower = html.lower()
    kept: list[str] = []
    position = 0
    # The next "<script" and "<style": each is searched again only once passed.
    next_at = {tag: lower.find(tag) for tag in ("<script", "<style")}
    while True:
        for tag, at in next_at.items():
            if 0 <= at < position:
                next_at[tag] = lower.find(tag, position)
        starts = [at for at in next_at.values() if at >= 0]
        if not starts:
            kept.append(html[position:])
            break
        start = min(starts)
        kept.append(html[position:start])
        closing = "</script" if lower.startswith("<script", start) else "</style"
        end = lower.find(closing, start)
        if end < 0:
            break
        close = lower.find(">", end)
        position = close + 1 if close >= 0 else len(html)
    return "".join(kept)


def _parse(html: str) -> lxml_html.HtmlElement | None:
    try:
        # The text is already decoded: say so, or lxml follows the page's own charset tag.
        # No index of ids: nothing looks elements up by id, and building it is a fifth of the time.
        parser = etree.HTMLParser(remove_comments=True, encoding="utf-8", collect_ids=False)
        parser.set_element_class_lookup(_HTML_CLASSES)
        tree = lxml_html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


def _trafilatura_source(html: str, tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | str:
    """What trafilatura reads: our tree, or the start of a big page's markup without its scripts."""
    if len(html) <= MAX_CONTENT_CHARS:
        return tree
    # Most big pages are big by their scripts: measured on the tree, which is cheaper.
    script_chars = sum(len(element.text or "") for element in tree.iter("script", "style"))
    if len(html) - script_chars <= MAX_CONTENT_CHARS:
        return tree
    return without_scripts(html)[:MAX_CONTENT_CHARS]


def _trafilatura(html: str, source: lxml_html.HtmlElement | str) -> str:
    """trafilatura's main text of the page, or "" when it finds none.

    It gets our parsed tree, without the furniture it would delete first (it
    copies the rest before pruning), so that the page is parsed once. Its own
    metadata search is skipped: it cost more than half its time and duplicated
    `read_meta`. Its fallback extractors (fast=False) gave
    the same body F1 on the dev pages at 10 % more time.
    """
    if not isinstance(source, str):
        if _is_dubious(html, source):
            return ""
        _drop_furniture(source)
    try:
        document = trafilatura.bare_extraction(source, options=_OPTIONS)
    except Exception:  # a third-party parser on hostile input: the page-text path takes over
        logger.debug("trafilatura failed", exc_info=True)
        return ""
    return (document.text if document else "") or ""


def _drop_furniture(tree: lxml_html.HtmlElement) -> None:
    """Delete the elements trafilatura would delete, scripts but JSON-LD too, if a paragraph is
    left outside them. Were none left, trafilatura (favouring recall) would keep them all.
    """
    if any(next(p.iterancestors(*_DELETED_WITH_TABLES), None) is None for p in tree.iter("p")):
        etree.strip_elements(tree, *_FURNITURE, with_tail=False)
        for script in [s for s in tree.iter("script") if s.get("type", "").lower() != "application/ld+json"]:
            script.drop_tree()


def _is_dubious(html: str, tree: lxml_html.HtmlElement) -> bool:
    # trafilatura's own test when it parses a string: text with no "html" near its start that
    # parses to fewer than two elements is no page (given a tree, it would not ask).
    return "html" not in html[:50].lower() and len(tree) < 2


def _paragraphs(text: str) -> list[str]:
    paragraphs = []
    for line in (text or "").split("\n"):
        line = " ".join(_LIST_MARK_RE.sub("", line.strip()).split())
        if line:
            paragraphs.append(line)
    return paragraphs


def _text_of(tree: lxml_html.HtmlElement) -> str:
    try:
        for element in tree.xpath("//script|//style|//noscript|//template"):
            element.drop_tree()
        return "\n".join(t for t in tree.itertext())
    except (ValueError, TypeError, etree.LxmlError):
        return ""


def _with_meta(
    article: ArticleParts, meta: PageMeta, url: str, authors: list[str], published: datetime | None
) -> ArticleParts:
    """The article with the page's declared metadata, else what the markup or the text gave.

    `authors` and `published` are the declared ones, or those found in the markup.
    """
    article.url = url or meta.url or article.url
    outlet = meta.outlet or article.outlet or _host(article.url)
    article.outlet = outlet
    article.title = _clean_title(meta.title or article.title, outlet)
    article.section = meta.section or article.section
    authors = authors or article.authors
    article.authors = [_BY_RE.sub("", a).strip() for a in authors if a.strip()][:10]
    leads = article.paragraphs[:3]
    if meta.description and not any(_overlaps(meta.description, p) for p in leads) and not article.subtitle:
        article.subtitle = meta.description
    zone = zone_for_domain(article.url)
    updated = find_date(meta.modified) if meta.modified else None
    article.published = localise(published or article.published, zone)
    article.updated = localise(updated or article.updated, zone)
    return article


def _htmldate(tree: lxml_html.HtmlElement) -> datetime | None:
    # The first publication, not the latest change: htmldate's default is the latter.
    try:
        found = htmldate_find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on hostile input: a missing date is fine
        return None
    return find_date(found) if found else None


def _host(url: str) -> str:
    # A page that names no site is at least on one: "www.catchitkansas.com" -> "catchitkansas.com".
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed address in the page's markup
        return ""
    return host.removeprefix("www.")


def _clean_title(title: str, outlet: str) -> str:
    # "Headline | Site Name": drop the site's name from the end.
    title = " ".join(title.split())
    match = _TITLE_SUFFIX_RE.search(title)
    if match and outlet and outlet.lower() in match.group(0).lower():
        return title[: match.start()].strip()
    return title


def _overlaps(description: str, lead: str) -> bool:
    # og:description is often the lead itself, or its start: then it is no standfirst.
    a = " ".join(description.lower().split()).rstrip(".… ")
    b = " ".join(lead.lower().split())
    return bool(a) and (a[:80] in b or b[:80] in a)
