"""Subjects of cues: past appositives, the main clause's, and relative clauses."""

from __future__ import annotations

from articles.extraction.quotes.names import Mention
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch
from articles.extraction.quotes.subjects import after_comma, main_subject, relative_end


def stretch(text: str) -> Stretch:
    quotations = quotation_spans(text)
    return Stretch(text, mask(text, quotations), quotations, 0, len(text))


def test_it_finds_the_main_subject_past_an_aside():
    text = "Ana Ruiz, a city ally, called the plan a sham."
    assert main_subject(stretch(text), text.index("called")).text == "Ana Ruiz"


def test_it_hangs_a_participle_on_a_comma_or_but():
    text = "She left, saying no. She stayed but insisting."
    assert after_comma(stretch(text), text.index("saying"))
    assert after_comma(stretch(text), text.index("insisting"))
    assert not after_comma(stretch(text), text.index("left"))


def test_it_ends_a_relative_clause_at_its_comma():
    text = "Kim, who said the tax was high, now backs it."
    who = Mention("who", 5, 8, "pronoun", antecedent=Mention("Kim", 0, 3, "name"))
    rest = text.index("the tax")
    assert text[rest : relative_end(stretch(text), who, rest)] == "the tax was high"
    assert relative_end(stretch(text), Mention("Kim", 0, 3, "name"), rest) == len(text)
