"""Quotation marks: pairing, unclosed quotations and the masked body."""

from __future__ import annotations

from articles.extraction.quotes.quotemarks import mask, quotation_spans


def inner(body: str) -> list[str]:
    return [body[q.inner_start : q.inner_end] for q in quotation_spans(body)]


def test_it_pairs_curly_marks():
    assert inner("He said \u201cyes\u201d and \u201cno\u201d.") == ["yes", "no"]


def test_it_alternates_straight_marks():
    assert inner('"One," she said. "Two."') == ["One,", "Two."]


def test_it_reads_doubled_apostrophes_as_a_mark():
    assert inner("''Fine,'' he said.") == ["Fine,"]


def test_it_ends_an_unclosed_quotation_at_its_paragraph():
    body = '"We will stay.\n\n"And we will win," she said.'
    spans = quotation_spans(body)
    assert body[spans[0].inner_start : spans[0].inner_end] == "We will stay."
    assert not spans[0].closed
    assert inner(body)[1] == "And we will win,"


def test_it_ignores_a_stray_closing_mark():
    assert inner("It was 5\u201d long") == []


def test_its_mask_keeps_length_and_hides_quoted_words():
    body = 'Kim said "he said no" today.'
    masked = mask(body, quotation_spans(body))
    assert len(masked) == len(body)
    assert "said no" not in masked
    assert masked.startswith("Kim said ")
    assert masked.endswith('" today.')
