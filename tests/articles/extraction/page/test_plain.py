"""The clean-text path: an article pasted by an editor."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.page.plain import article_from_text


def test_it_reads_title_byline_and_date_from_the_top():
    text = (
        "Council approves budget after marathon debate\n\nBy Jane Roe\n\nPublished: March 1, 2024\n\n"
        "The city council approved a new budget on Friday.\n\nCritics said the vote was rushed."
    )
    article = article_from_text(text)
    assert article.title == "Council approves budget after marathon debate"
    assert article.authors == ["Jane Roe"]
    assert article.published == datetime(2024, 3, 1)
    assert article.paragraphs == [
        "The city council approved a new budget on Friday.",
        "Critics said the vote was rushed.",
    ]


def test_it_splits_on_single_newlines_when_there_are_no_blank_lines():
    article = article_from_text("First paragraph ends here.\nSecond paragraph ends here.")
    assert article.paragraphs == ["First paragraph ends here.", "Second paragraph ends here."]
    assert article.title == ""


def test_it_joins_wrapped_lines_within_a_paragraph():
    article = article_from_text("A paragraph that was\nwrapped by an editor.\n\nAnother one.")
    assert article.paragraphs == ["A paragraph that was wrapped by an editor.", "Another one."]


def test_it_takes_no_title_from_a_single_paragraph():
    assert article_from_text("Just one line of text").paragraphs == ["Just one line of text"]


@pytest.mark.parametrize("junk", ["", "\n\n\n", "\x00" * 10, "By\n\nBy", "a" * 1_000_000, "\r\n\r\n"])
def test_it_never_raises(junk):
    assert isinstance(article_from_text(junk).paragraphs, list)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_it_never_raises_on_any_text(text):
    article = article_from_text(text)
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in article.paragraphs)
