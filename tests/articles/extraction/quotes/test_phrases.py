"""Speakers as phrases: pronouns, noun phrases, appositives and clause subjects."""

from __future__ import annotations

import pytest

from articles.extraction.quotes.phrases import (
    appositive_after,
    clause_noun_phrase,
    noun_phrase_at_start,
    subject_at_end,
)


@pytest.mark.parametrize(
    ("text", "phrase", "anonymous"),
    [
        ("an official at the Ministry of Unification", "an official at the Ministry of Unification", True),
        ("sources familiar with the matter", "sources familiar with the matter", True),
        ("a senior White House official", "a senior White House official", True),
        ("the ministry", "the ministry", False),
        ("a spokesman for Hillary Clinton", "a spokesman for Hillary Clinton", True),
    ],
)
def test_it_reads_a_speaking_noun_phrase_before_a_cue(text, phrase, anonymous):
    mention = subject_at_end(text + " said", 0, len(text) + 1)
    assert mention.kind == "noun"
    assert mention.text == phrase
    assert mention.anonymous is anonymous


def test_it_prefers_a_name_unless_it_sits_in_a_phrase():
    assert subject_at_end("Sen. Lindsey Graham (R-S.C.) said", 0, 29).text == "Lindsey Graham"
    assert subject_at_end("Kim also said", 0, 9).text == "Kim"


def test_it_reads_a_pronoun_and_the_antecedent_of_who():
    assert subject_at_end("she said", 0, 4).kind == "pronoun"
    mention = subject_at_end("Tom Hill, who said", 0, 14)
    assert mention.text == "who"
    assert mention.antecedent.text == "Tom Hill"


def test_it_stops_a_noun_phrase_before_its_verb():
    text = "an official at the Ministry of Unification declined to comment"
    assert noun_phrase_at_start(text, 0, len(text)).text == "an official at the Ministry of Unification"


def test_it_finds_the_appositive_after_a_name():
    text = "Chung Eun-sook, a researcher at the Sejong Institute, a think tank, said."
    start, end = appositive_after(text, 14)
    assert text[start:end] == "a researcher at the Sejong Institute, a think tank"


def test_it_refuses_a_verb_phrase_as_appositive():
    assert appositive_after("The men, arrived in the South, said", 7) is None


def test_it_takes_any_short_noun_phrase_opening_a_clause():
    mention = clause_noun_phrase("Federal and state officials said", 0, 28)
    assert mention.text == "Federal and state officials"
    assert clause_noun_phrase("It was what many people said", 0, 24) is None


def test_it_takes_a_noun_phrase_opening_a_sentence_after_another():
    text = "The vote was close. Thirty percent said no."
    lo = text.index("Thirty")
    mention = clause_noun_phrase(text, lo, text.index(" said"))
    assert mention.text == "Thirty percent"


def test_it_reads_an_age_before_the_appositive():
    text = "Mary Poe, 34, a nurse from Dayton, said it."
    start, end = appositive_after(text, len("Mary Poe"))
    assert text[start:end] == "34, a nurse from Dayton"


def test_it_looks_past_a_participle_aside_when_loose():
    text = "Flores, wearing a red cap, said it."
    start, end = appositive_after(text, len("Flores"), loose=True)
    assert text[start:end] == "wearing a red cap"


def test_it_skips_a_year_between_speaker_and_cue():
    text = "Ana Diaz in 2012 said"
    assert subject_at_end(text, 0, text.index(" said")).text == "Ana Diaz"


def test_it_does_not_take_a_year_and_its_comma_for_a_determiner():
    text = "Farms have closed since 2006, the group says"
    assert subject_at_end(text, 0, text.index(" says")).text == "the group"


def test_it_leaves_a_sentence_adverb_out_of_the_noun_phrase():
    text = "Later the mayor said"
    assert subject_at_end(text, 0, text.index(" said")).text == "the mayor"
