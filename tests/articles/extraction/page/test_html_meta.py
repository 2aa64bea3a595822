"""Reading a page's own declarations: JSON-LD, Open Graph, meta tags, figures."""

from __future__ import annotations

import json

from lxml import html

from articles.extraction.page.html_meta import byline_authors, figure_captions, read_meta


def _tree(head: str = "", body: str = ""):
    return html.fromstring(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")


def test_it_prefers_json_ld_to_open_graph():
    ld = {"@type": ["NewsArticle"], "headline": "From JSON-LD", "author": [{"name": "A B"}, {"name": "C D"}]}
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script><meta property="og:title" content="OG">'
    )
    meta = read_meta(_tree(head))
    assert meta.title == "From JSON-LD"
    assert meta.authors == ["A B", "C D"]


def test_it_skips_json_ld_that_describes_no_article():
    ld = {"@type": "Organization", "name": "Valley Tribune"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><title>Page title</title>'
    assert read_meta(_tree(head)).title == "Page title"


def test_it_unescapes_entities_in_meta_content():
    meta = read_meta(_tree('<meta property="og:title" content="Lynn: &amp;#8220;We won&amp;#8221;">'))
    assert meta.title == "Lynn: “We won”"


def test_it_ignores_author_urls():
    assert read_meta(_tree('<meta name="author" content="https://example.com/jane">')).authors == []


def test_it_reads_figure_captions_with_marked_or_written_credits():
    body = (
        '<figure><figcaption>A flooded road. <span class="credit">Jane Roe</span></figcaption></figure>'
        "<figure><figcaption>Police at the scene. AP Photo/John Doe</figcaption></figure>"
        "<figure><figcaption>A quiet street at dusk.</figcaption></figure>"
    )
    captions = [(c.text, c.credit) for c in figure_captions(_tree(body=body))]
    assert captions == [
        ("A flooded road.", "Jane Roe"),
        ("Police at the scene.", "AP Photo/John Doe"),
        ("A quiet street at dusk.", ""),
    ]


def test_it_reads_the_names_in_a_marked_byline():
    body = (
        '<article class="post author-jane-roe"><h1>Headline</h1>'
        '<div class="byline-section"><span class="author">Kevin Johnson and Kevin McCoy</span></div>'
        "<p>Text of the article.</p></article>"
    )
    assert byline_authors(_tree(body=body)) == ["Kevin Johnson", "Kevin McCoy"]


def test_it_looks_inside_an_author_box_for_the_byline():
    bio = "Jane Roe covers the city council and has written for the paper since 2009. " * 3
    body = (
        '<footer class="article-author"><p>' + bio + "</p>"
        '<span itemprop="author">By <a rel="author" href="/jane">Jane Roe</a></span></footer>'
    )
    assert byline_authors(_tree(body=body)) == ["Jane Roe"]


def test_it_finds_no_byline_where_none_is_marked():
    assert byline_authors(_tree(body='<p class="lead">By the river, the town waits.</p>')) == []


def test_it_takes_the_first_marked_byline_in_page_order_whatever_marks_it():
    rel = '<p>By <a rel="author" href="/jane">Jane Roe</a></p>'
    itemprop = '<span itemprop="author">Ann Lee</span>'
    css = '<div class="author">John Doe</div>'
    assert byline_authors(_tree(body=rel + css + itemprop)) == ["Jane Roe"]
    assert byline_authors(_tree(body=itemprop + rel + css)) == ["Ann Lee"]
    assert byline_authors(_tree(body=css + itemprop + rel)) == ["John Doe"]
