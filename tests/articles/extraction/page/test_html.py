"""The HTML path: trafilatura for the body, the page's markup for the metadata."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.page.html import article_from_html

PARAGRAPHS = [
    "The city council approved a new budget on Friday after a debate that lasted more than six hours, "
    "the mayor's office said in a statement released late in the evening.",
    "The budget raises spending on schools by 4 percent and cuts the money set aside for road repairs, "
    "which opposition members said would hurt residents in the northern districts.",
    '"We made hard choices, and we made them together," the mayor told reporters outside the chamber, '
    "adding that the plan would be reviewed again in the spring.",
    "Critics said the vote was rushed and that the public had too little time to read the final text "
    "before it was put to the council members.",
]
LD = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "NewsArticle",
            "headline": "Council approves budget after marathon debate",
            "datePublished": "2024-03-01T18:30:00+01:00",
            "dateModified": "2024-03-02T09:00:00+01:00",
            "articleSection": "Local",
            "author": {"@id": "#jane"},
            "publisher": {"@type": "Organization", "name": "Valley Tribune"},
        },
        {"@type": "Person", "@id": "#jane", "name": "Jane Roe"},
    ],
}


def _page(ld: dict | None = LD, meta: str = "") -> str:
    ld_script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    body += (
        '<figure><img src="a.jpg"><figcaption>Council members vote on Friday.'
        ' <span class="credit">Jane Roe/Valley Tribune</span></figcaption></figure>'
    )
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    return (
        f"<html><head><title>Council approves budget | Valley Tribune</title>{ld_script}{meta}</head>"
        '<body><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>'
        f"<article><h1>Council approves budget after marathon debate</h1>{body}</article>"
        "<footer><p>Copyright 2024 Valley Tribune. All rights reserved.</p></footer></body></html>"
    )


def test_it_reads_the_body_without_furniture():
    article = article_from_html(_page())
    assert article.paragraphs == PARAGRAPHS
    assert "Copyright" not in article.body


def test_it_reads_json_ld_metadata_and_resolves_authors_by_id():
    article = article_from_html(_page())
    assert article.title == "Council approves budget after marathon debate"
    assert article.section == "Local"
    assert article.outlet == "Valley Tribune"
    assert article.authors == ["Jane Roe"]
    assert article.published == datetime(2024, 3, 1, 18, 30, tzinfo=article.published.tzinfo)
    assert article.published.utcoffset() == timedelta(hours=1)
    assert article.updated.day == 2


def test_it_keeps_figure_captions_with_credits_out_of_the_body():
    article = article_from_html(_page())
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Council members vote on Friday.", "Jane Roe/Valley Tribune")
    ]
    assert "Council members vote" not in article.body


def test_it_falls_back_to_open_graph_and_meta_tags():
    meta = (
        '<meta property="og:title" content="Council approves budget">'
        '<meta property="og:site_name" content="Valley Tribune">'
        '<meta property="article:section" content="Politics">'
        '<meta property="article:published_time" content="2024-03-01T18:30:00Z">'
        '<meta name="author" content="Jane Roe">'
        '<meta name="description" content="A six-hour debate ends in a narrow vote">'
    )
    article = article_from_html(_page(ld=None, meta=meta))
    assert article.title == "Council approves budget"
    assert article.section == "Politics"
    assert article.outlet == "Valley Tribune"
    assert article.authors == ["Jane Roe"]
    assert article.subtitle == "A six-hour debate ends in a narrow vote"
    assert article.published == datetime.fromisoformat("2024-03-01T18:30:00+00:00")


def test_it_falls_back_to_the_byline_and_the_host_without_metadata():
    page = _page(ld=None, meta='<link rel="canonical" href="https://www.valleytribune.example/budget">')
    page = page.replace("<h1>", '<p class="byline">By <span class="author">Jane Roe</span></p><h1>')
    article = article_from_html(page)
    assert article.authors == ["Jane Roe"]
    assert article.outlet == "valleytribune.example"
    assert article.url == "https://www.valleytribune.example/budget"


def test_it_reads_a_byline_and_a_date_in_the_furniture_trafilatura_drops():
    # trafilatura deletes <aside> and <time> before it reads the body; the markup is searched first.
    page = _page(ld=None).replace(
        "<footer>",
        '<aside><span class="author">Jane Roe</span>'
        '<time datetime="2024-03-01" class="published">March 1, 2024</time></aside><footer>',
    )
    article = article_from_html(page)
    assert article.authors == ["Jane Roe"]
    assert article.published.date().isoformat() == "2024-03-01"


def test_it_reads_a_body_whose_only_paragraphs_are_in_furniture():
    # Nothing outside the <aside>: trafilatura, favouring recall, keeps it rather than find nothing.
    page = "<html><body><aside>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</aside></body></html>"
    assert article_from_html(page).paragraphs == PARAGRAPHS


def test_it_does_not_take_the_lead_as_the_subtitle():
    meta = f'<meta name="description" content="{PARAGRAPHS[0][:100]}">'
    assert article_from_html(_page(ld=None, meta=meta)).subtitle == ""


@pytest.mark.parametrize(
    "paste", ["<p>{0}</p><p>{1}</p>", "<p>{0}</p>\n<p>{1}</p>", "<div><p>{0}</p><p>{1}</p></div>"]
)
def test_it_reads_a_pasted_fragment_without_html_or_body(paste):
    article = article_from_html(paste.format(PARAGRAPHS[0], PARAGRAPHS[1]))
    assert article.paragraphs == PARAGRAPHS[:2]


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   ",
        "<html",
        "<<<>>>&&&",
        "\x00\x01\x02\xff",
        "<div>" * 20_000 + "deep" + "</div>" * 20_000,
        "<p>" + "word " * 400_000 + "</p>",
        '<script type="application/ld+json">{"@graph": [[[[[[[[[[]]]]]]]]]]}</script><p>x</p>',
        '<script type="application/ld+json">{not json</script>',
        "<html><body><p>Only one short paragraph.</p></body></html>",
    ],
)
def test_it_never_raises(junk):
    article = article_from_html(junk)
    assert isinstance(article.paragraphs, list)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivscriptmeta{}[]:,\n&#;")), max_size=2000))
def test_it_never_raises_on_tag_soup(html):
    assert isinstance(article_from_html(html).paragraphs, list)
