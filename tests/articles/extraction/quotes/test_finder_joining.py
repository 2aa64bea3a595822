"""Quotes: quotations joined across their signature, and quotations with no cue."""

from __future__ import annotations

from articles.extraction.quotes.finder import find_quotes
from articles.extraction.results import Quote
from articles.extraction.sentences import split_sentences


def quotes_in(*paragraphs: str) -> tuple[str, list[Quote]]:
    body = "\n\n".join(paragraphs)
    return body, find_quotes(body, split_sentences(body))


def test_it_joins_the_parts_of_a_quotation_signed_by_a_described_name():
    body, quotes = quotes_in(
        '"It became a crowded field," said Republican political consultant Chris Russell. '
        '"He may have peaked too soon."'
    )
    (quote,) = quotes
    assert quote.text.startswith("It became") and quote.text.endswith("too soon.")
    assert (quote.speaker.name, quote.speaker.mention) == ("Chris Russell", "Chris Russell")
    assert body[quote.speaker.start : quote.speaker.end] == "Chris Russell"


def test_it_drops_what_the_signature_attributes_inside_a_joined_quotation():
    body, quotes = quotes_in(
        'Tom Hale spoke first. "We remain open to talks," he said, referring to the country\'s '
        'official name. "Sadly, they have chosen a different path."'
    )
    (quote,) = quotes
    assert quote.text.startswith("We remain") and quote.text.endswith("different path.")


def test_it_keeps_apart_a_second_statement_signed_before_it():
    body, quotes = quotes_in('Ana Ruiz said: "The bridge is safe." Omar Bell replied: "It is not."')
    assert [q.speaker.name for q in quotes] == ["Ana Ruiz", "Omar Bell"]


def test_it_keeps_apart_a_second_part_signed_after_itself_by_someone_else():
    body, quotes = quotes_in('"The bridge is safe," Ana Ruiz said. "It is not," Omar Bell said.')
    assert [q.speaker.name for q in quotes] == ["Ana Ruiz", "Omar Bell"]


def test_it_keeps_a_short_quotation_opening_its_sentence_without_a_cue():
    body, quotes = quotes_in('The hall fell silent. "We will not leave." The crowd stayed until dawn.')
    assert [q.text for q in quotes] == ["We will not leave."]


def test_it_still_ignores_a_short_term_in_quotation_marks_inside_a_sentence():
    body, quotes = quotes_in('The so-called "reform plan" was shelved after the vote.')
    assert quotes == []
