"""Noun cues after a possessive: "Sanders's attacks on her record", "his call to unite"."""

from __future__ import annotations

from articles.extraction.quotes.nouns import noun_attributions
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch


def found(text: str):
    quotations = quotation_spans(text)
    return noun_attributions(Stretch(text, mask(text, quotations), quotations, 0, len(text)))


def test_it_attributes_what_follows_a_named_possessor_and_its_noun():
    text = "The remark answered Bernie Sanders's attacks on her record on trade."
    (item,) = found(text)
    assert (item.mention.text, item.cue) == ("Bernie Sanders", "attacks on")
    assert text[item.start : item.end] == "her record on trade"


def test_it_keeps_to_in_an_infinitive_content_and_ends_at_a_comma():
    text = "The governor renewed his call to unite the party, his aides said."
    (item,) = found(text)
    assert text[item.start : item.end] == "to unite the party"


def test_it_gives_a_possessive_pronoun_the_subject_of_its_clause():
    text = "Donald Trump is doubling down on his support for harsher interrogation."
    (item,) = found(text)
    assert (item.mention.text, text[item.start : item.end]) == ("Donald Trump", "harsher interrogation")


def test_it_takes_a_that_clause_after_a_claim():
    text = "Critics doubted the senator's claim that the vote was rigged."
    (item,) = found(text)
    assert text[item.start : item.end] == "the vote was rigged"


def test_it_attributes_nothing_to_a_noun_without_a_possessor():
    assert found("The decision to close the plant was made in May.") == []


def test_it_leaves_quoted_words_after_a_noun_to_the_quotation():
    assert found('Critics mocked Donald Trump\'s call for "a total and complete ban" on visitors.') == []
