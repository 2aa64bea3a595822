"""Proper names and the titles before them."""

from __future__ import annotations

import pytest

from articles.extraction.quotes.names import find_names, name_at_end, name_at_start, title_before


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kang Dong-wan", "Kang Dong-wan", ""),
        ("President Joe Biden", "Joe Biden", "President"),
        ("Sen. Elizabeth Warren", "Elizabeth Warren", "Sen."),
        ("Ursula von der Leyen", "Ursula von der Leyen", ""),
        (
            "Moscow's Ambassador to Pyongyang Alexander Matsegora",
            "Alexander Matsegora",
            "Moscow's Ambassador to Pyongyang",
        ),
        ("Secretary of State John Kerry", "John Kerry", "Secretary of State"),
        ("Stein spokeswoman Melezia Figueroa", "Melezia Figueroa", "Stein spokeswoman"),
        ("Mr. King", "King", "Mr."),
        ("Mr. Grassley and Mr. Leahy", "Leahy", "Mr."),
    ],
)
def test_it_reads_a_name_ending_before_a_cue(text, name, title):
    mention = name_at_end(text + " said", 0, len(text) + 1)
    assert mention.text == name
    assert mention.title == title


def test_it_marks_an_organisation():
    mention = name_at_end("The White House said", 0, 16)
    assert mention.text == "The White House"
    assert mention.organisation


def test_it_finds_no_name_in_lowercase_words_or_sentence_openers():
    assert name_at_end("the report said", 0, 11) is None
    assert name_at_end("On Monday said", 0, 10) is None


def test_it_reads_a_name_after_a_cue_up_to_its_comma():
    text = "said Kang Dong-wan, a professor"
    mention = name_at_start(text, 5, len(text))
    assert (mention.text, mention.start, mention.end) == ("Kang Dong-wan", 5, 18)


def test_it_keeps_a_capitalised_particle_opening_a_name():
    assert name_at_start("Le Monde, a daily", 0, 17).text == "Le Monde"


def test_it_lists_full_names_in_order():
    names = [n.text for n in find_names("Jane Roe met Kim. Later Jane Roe and Tom Hill left.")]
    assert names == ["Jane Roe", "Jane Roe", "Tom Hill"]


def test_it_starts_a_full_name_at_a_word_of_its_own():
    names = [n.text for n in find_names("McJane Roe met xAnn Lee and \u00c9mile Zola.")]
    assert names == ["McJane Roe", "\u00c9mile Zola"]


def test_it_needs_a_role_word_for_a_title():
    assert title_before("met Paris friend John", 0, 17) == ("", 17)
