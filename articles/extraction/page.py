"""Find the article in a page: the three ways in (page text, HTML, clean text).

`article_from_page_text` reads a page scraped to text with its menus
(`page_text`), `article_from_html` a page's HTML (`page_html`, with
trafilatura), and `article_from_text` the clean text of an article
(`plain_text`). All three return an `ArticleParts` and never raise.
"""

from __future__ import annotations

from .page_html import article_from_html
from .page_text import article_from_page_text
from .plain_text import article_from_text

__all__ = ["article_from_html", "article_from_page_text", "article_from_text"]
