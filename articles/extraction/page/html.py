"""Find the article in a page's HTML.

trafilatura finds the main text; the page's own declarations (JSON-LD, Open
Graph, meta tags; `html_meta`) give the title, authors, section and dates,
with htmldate as a fallback for the date. Figure captions are kept apart from
the body.
"""

from __future__ import annotations

import logging
import re

import trafilatura
from htmldate import find_date as htmldate_find_date
from lxml import etree
from lxml import html as lxml_html

from ..results import ArticleParts
from . import lines as L
from .captions import unique_captions
from .dates import find_date, localise, zone_for_domain
from .html_meta import PageMeta, figure_captions, read_meta
from .text import article_from_page_text

# Pages beyond this size are cut: the article is near the top, and the cost grows with size.
MAX_HTML_CHARS = 3_000_000
# trafilatura's time grows faster than the page: it gets the page without scripts, cut here.
MAX_TRAFILATURA_CHARS = 1_000_000
BIG_PAGE_CHARS = 400_000
_TITLE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)
_LIST_MARK_RE = re.compile(r"^[-•*]\s+")

logger = logging.getLogger(__name__)


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
    document = _trafilatura(without_scripts(html)[:MAX_TRAFILATURA_CHARS], url or meta.url)
    paragraphs = _paragraphs(document.text if document else "")
    if not paragraphs:
        # trafilatura found nothing: fall back to the prose-density reading of the text.
        return _with_meta(article_from_page_text(_text_of(tree)), meta, document, tree, url)
    captions = unique_captions(figure_captions(tree))
    caption_texts = {c.text for c in captions}
    paragraphs = [p for p in paragraphs if p not in caption_texts]
    article = _with_meta(ArticleParts(paragraphs=paragraphs, captions=captions), meta, document, tree, url)
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
        parser = lxml_html.HTMLParser(remove_comments=True, encoding="utf-8")
        tree = lxml_html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


def _trafilatura(html: str, url: str):
    # trafilatura parses the string itself: handing it our tree lost text (measured on the dev pages).
    # Its fallback extractors (fast=False) gave the same body F1 on the dev pages at 10 % more time;
    # on very big pages its metadata search costs seconds: skip it there.
    big = len(html) > BIG_PAGE_CHARS
    try:
        return trafilatura.bare_extraction(
            html,
            url=url or None,
            fast=True,
            with_metadata=not big,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_recall=True,
        )
    except Exception:  # a third-party parser on hostile input: the page-text path takes over
        logger.debug("trafilatura failed", exc_info=True)
        return None


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


def _with_meta(article: ArticleParts, meta: PageMeta, document, tree, url: str) -> ArticleParts:
    outlet = meta.outlet or (document.sitename if document and document.sitename else "") or article.outlet
    article.outlet = outlet
    article.title = _clean_title(meta.title or (document.title if document else "") or article.title, outlet)
    article.section = meta.section or article.section
    authors = meta.authors or _split_authors(document.author if document else "") or article.authors
    article.authors = [_BY_RE.sub("", a).strip() for a in authors if a.strip()][:10]
    description = meta.description or (document.description if document else "")
    leads = article.paragraphs[:3]
    if description and not any(_overlaps(description, lead) for lead in leads) and not article.subtitle:
        article.subtitle = description
    article.url = url or meta.url or (document.url if document and document.url else "") or article.url
    zone = zone_for_domain(article.url)
    published = find_date(meta.published) if meta.published else None
    if published is None and document is not None and document.date:
        published = find_date(document.date)
    if published is None:
        published = _htmldate(tree)
    updated = find_date(meta.modified) if meta.modified else None
    article.published = localise(published or article.published, zone)
    article.updated = localise(updated or article.updated, zone)
    return article


def _htmldate(tree) -> object:
    try:
        found = htmldate_find_date(tree, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on hostile input: a missing date is fine
        return None
    return find_date(found) if found else None


def _split_authors(value: str) -> list[str]:
    return [a.strip() for a in re.split(r";|,|\band\b", value or "") if L.looks_like_name(a.strip())]


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
