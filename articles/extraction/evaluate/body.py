"""Body and metadata measures on the article-extraction benchmark pages.

Body: shingle F1 of the body we find in each page's HTML against trafilatura's,
and of the body we find in the page rendered to text (lynx, w3m, Chromium)
against the whole render. Metadata: how often our title, authors and date
agree with what the page's own markup states, where it states it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import trafilatura

from ..page import article_from_html, article_from_page_text
from ..results import ArticleParts
from .data import Page
from .gold_meta import GoldMeta, read_gold_meta
from .metrics import body_score
from .normalise import authors_agree, dates_agree, titles_agree
from .render import RendererMissing, render_all
from .report import Row

HTML_TARGET = 0.965
RENDER_TARGET = 0.90


def html_articles(pages: Sequence[Page]) -> list[ArticleParts]:
    """Our article for every page, from its HTML (computed once, used by several measures)."""
    return [article_from_html(page.html) for page in pages]


def html_body_row(pages: Sequence[Page], articles: Sequence[ArticleParts]) -> Row:
    """Our body from HTML against trafilatura's, both scored on the same pages."""
    ours = body_score((article.body, page.body) for article, page in zip(articles, pages, strict=True))
    theirs = body_score((trafilatura.extract(page.html) or "", page.body) for page in pages)
    return Row(
        measure="body F1, HTML",
        ours=ours.f1,
        anchor=theirs.f1,
        anchor_name="trafilatura",
        minimum=HTML_TARGET,
        beat_anchor=True,
        detail={"ours": ours.as_dict(), "anchor": theirs.as_dict()},
    )


def render_pages(pages: Sequence[Page], renderers: Sequence[str]) -> dict[str, list[str] | str]:
    """Each renderer's text of every page, or why the renderer was skipped."""
    renders: dict[str, list[str] | str] = {}
    for name in renderers:
        try:
            renders[name] = render_all(name, [page.html for page in pages])
        except RendererMissing as missing:
            renders[name] = str(missing)
    return renders


def render_body_row(name: str, pages: Sequence[Page], render: list[str] | str) -> Row:
    """Our body from one renderer's text against the whole render scored as the body."""
    measure = f"body F1, text via {name}"
    if isinstance(render, str):
        return Row(measure=measure, ours=None, minimum=RENDER_TARGET, skipped=render)
    ours = body_score(
        (article_from_page_text(text).body, page.body) for text, page in zip(render, pages, strict=True)
    )
    floor = body_score((text, page.body) for text, page in zip(render, pages, strict=True))
    return Row(
        measure=measure,
        ours=ours.f1,
        anchor=floor.f1,
        anchor_name="whole render",
        minimum=RENDER_TARGET,
        detail={"ours": ours.as_dict(), "anchor": floor.as_dict()},
    )


def _agreement(
    golds: Sequence[GoldMeta],
    found: Sequence[ArticleParts | dict],
    field_name: str,
    agree: Callable[[object, object], bool],
) -> tuple[float | None, int, int]:
    """Share of pages stating `field_name` on which the found value agrees with the gold."""
    stated = agreed = 0
    for gold, article in zip(golds, found, strict=True):
        gold_value = getattr(gold, field_name)
        if not gold_value:
            continue
        stated += 1
        value = article.get(field_name) if isinstance(article, dict) else getattr(article, field_name)
        agreed += bool(value) and agree(value, gold_value)
    return (agreed / stated if stated else None), agreed, stated


def _trafilatura_meta(html: str) -> dict:
    """trafilatura's own title, authors and date for a page, as the anchor."""
    document = trafilatura.extract_metadata(html)
    if document is None:
        return {}
    author = document.author or ""
    return {
        "title": document.title or "",
        "authors": [name.strip() for name in author.split(";") if name.strip()],
        "published": document.date or "",
    }


FIELDS: tuple[tuple[str, str, Callable[[object, object], bool]], ...] = (
    ("title", "title", titles_agree),
    ("author", "authors", authors_agree),
    ("date", "published", dates_agree),
)


def meta_rows(
    pages: Sequence[Page], ours_html: Sequence[ArticleParts], lynx_render: list[str] | str
) -> list[Row]:
    """Title, author and date agreement on the HTML path and on the lynx page-text path."""
    golds = [read_gold_meta(page.html) for page in pages]
    anchor = [_trafilatura_meta(page.html) for page in pages]
    ours_text = None if isinstance(lynx_render, str) else [article_from_page_text(t) for t in lynx_render]
    rows = []
    for label, field_name, agree in FIELDS:
        ours, agreed, stated = _agreement(golds, ours_html, field_name, agree)
        theirs, anchor_agreed, _ = _agreement(golds, anchor, field_name, agree)
        rows.append(
            Row(
                measure=f"{label} agrees, HTML",
                ours=ours,
                anchor=theirs,
                anchor_name="trafilatura",
                detail={"agreed": agreed, "stated": stated, "anchor_agreed": anchor_agreed},
            )
        )
        measure = f"{label} agrees, text via lynx"
        if ours_text is None:
            rows.append(Row(measure=measure, ours=None, skipped=str(lynx_render)))
            continue
        ours, agreed, stated = _agreement(golds, ours_text, field_name, agree)
        rows.append(Row(measure=measure, ours=ours, detail={"agreed": agreed, "stated": stated}))
    return rows
