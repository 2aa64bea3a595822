"""Tests for hedges: the words by which a writer does not vouch for a statement."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.extraction.claims.hedges import HEDGE, find_hedges, hedge_words, lower_case


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("There are believed to be more than 20,000 workers in Russia.", "are believed to"),
        ("Pyongyang has also reportedly supplied artillery shells.", "reportedly"),
        ("The leader allegedly ordered the attack.", "allegedly"),
        ("The attack could have been avoided.", "could have"),
        ("Which might have scared the escapees.", "might have"),
        ("The rebels may withdraw next week.", "may"),
        ("The ship is thought to have sunk.", "is thought to"),
        ("He appears to have fled the country.", "appears to"),
        ("An estimated 300 people died.", "estimated"),
        ("The suspected gunman was arrested.", "suspected"),
        ("The plan will probably fail.", "probably"),
    ],
)
def test_it_finds_the_hedge_as_written(text, hedge):
    assert hedge_words(text) == hedge


@pytest.mark.parametrize(
    "text",
    [
        "The regime is known to have exploited student visas.",
        "Prices rose, according to the central bank.",
        "The election was held in May 2020.",
        "He could not be reached for comment.",
        "May Parsons gave the first vaccine.",
        "The ministry confirmed the figures on Tuesday.",
    ],
)
def test_it_does_not_take_attribution_certainty_or_months_for_hedges(text):
    assert hedge_words(text) == ""


def test_it_gives_offsets_into_the_enclosing_text():
    body = "Intro. The minister reportedly resigned."
    hedge = find_hedges(body[7:], offset=7)[0]
    assert body[hedge.start : hedge.end] == hedge.text == "reportedly"


def test_it_lists_each_hedge_once_in_order():
    assert hedge_words("It may rain, it may snow, and it reportedly hailed.") == "may, reportedly"


@given(st.text(max_size=300))
def test_it_never_raises(text):
    for hedge in find_hedges(text):
        assert text[hedge.start : hedge.end] == hedge.text


def test_it_reads_a_sentence_lower_cased_unless_a_letter_lower_cases_oddly():
    assert lower_case("It Seems So") == "it seems so"
    for odd in ("\u017feem", "\u0130t", "m\u0131ght", "\u212a"):
        assert lower_case(f"Prices {odd} to rise") is None


def test_it_matches_letters_that_lower_case_oddly_as_the_case_insensitive_pattern_does():
    assert hedge_words("Prices \u017feem to be rising.") == "\u017feem to"


# Without "y" and "c" no hedge is "may" or "could not", which find_hedges drops.
@given(st.text(alphabet="adeghilmoprstuwAEIMSTW \u017f\u212a\u0131\u0130\u00e9-", max_size=60))
def test_it_finds_what_the_case_insensitive_pattern_finds(text):
    expected = [m.span() for m in HEDGE.ignoring_case.finditer(text)]
    assert [(h.start, h.end) for h in find_hedges(text)] == expected
