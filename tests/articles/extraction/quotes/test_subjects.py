"""Subjects of cues: past appositives, the main clause's, and relative clauses."""

from __future__ import annotations

from articles.extraction.quotes.names import Mention
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch
from articles.extraction.quotes.subjects import (
    after_comma,
    clause_subject,
    loose_subject,
    main_subject,
    relative_end,
    subject_before,
)


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


def test_it_finds_the_subject_past_a_relative_clause_set_off_by_commas():
    text = "The investor Marc Lane, who backed Romney in 2012, said he would vote for Clinton."
    assert subject_before(stretch(text), text.index("said")).text == "Marc Lane"


def test_it_finds_the_subject_past_an_aside_holding_a_quotation():
    text = 'Mr. Manafort, citing "the unique magic of Trump," said the states were in play.'
    assert subject_before(stretch(text), text.index("said")).text == "Manafort"


def test_it_finds_a_subject_with_a_relative_clause_and_no_commas():
    text = "Still, people who have battled other online threats say it could do more."
    assert subject_before(stretch(text), text.index("say")).text == "people"


def test_it_sees_a_possessive_before_a_name_set_off_by_an_appositive():
    text = "And North Carolina's Ada Fisher, one of a handful of members, said Trump will win."
    assert subject_before(stretch(text), text.index("said")).text == "Ada Fisher"


def test_it_takes_no_subject_across_a_clause_with_its_own_verb():
    text = "The workers, all men, arrived last month, said Kang Min, a professor."
    assert clause_subject(stretch(text), text.index("said")) is None


def test_it_finds_the_subject_past_a_prepositional_phrase():
    text = "Dana Whit in her first speech as mayor said the budget was short."
    assert subject_before(stretch(text), text.index("said")).text == "Dana Whit"


def test_it_takes_any_words_opening_the_clause_as_a_loose_subject():
    text = "Many in the crowd said the senator was the only candidate they trusted."
    assert loose_subject(stretch(text), text.index("said")).text == "Many in the crowd"


def test_it_takes_the_loose_subject_after_a_semicolon():
    text = "The plan failed; those surveyed said it was costly."
    assert loose_subject(stretch(text), text.index("said")).text == "those surveyed"


def test_it_takes_no_loose_subject_before_an_inverted_signature():
    text = "The plan failed, said Lee."
    assert loose_subject(stretch(text), text.index("said")) is None


def test_it_takes_no_loose_subject_opening_with_a_subordinator():
    text = "When voters were asked said nothing."
    assert loose_subject(stretch(text), text.index("said")) is None


def test_it_takes_the_loose_subject_of_the_verb_before_an_infinitive():
    text = "The man refused to say that he lied."
    assert loose_subject(stretch(text), text.index("say")).text == "The man"


def test_it_takes_no_loose_subject_holding_reported_words():
    text = "He said that the man himself has acknowledged he lost."
    assert loose_subject(stretch(text), text.index("acknowledged")) is None
