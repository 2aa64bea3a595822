"""Find the article in a page: the three ways in (page text, HTML, clean text).

`article_from_page_text` reads a page scraped to text with its menus
(`text.py`), `article_from_html` a page's HTML (`html.py`, with
trafilatura), and `article_from_text` the clean text of an article
(`plain.py`). All three return an `ArticleParts` and never raise.
"""

from __future__ import annotations

from .html import article_from_html
from .plain import article_from_text
from .text import article_from_page_text

__all__ = ["article_from_html", "article_from_page_text", "article_from_text"]
