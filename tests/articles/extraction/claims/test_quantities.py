"""Tests for quantities: numbers with their qualifier and the noun they count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.extraction.claims.quantities import find_quantities


def only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_it_reads_a_written_number_and_skips_proper_adjectives_to_the_head_noun():
    quantity = only("Nine North Korean workers dispatched to Russia defected.")
    assert (quantity.value, quantity.unit, quantity.text) == (9, "workers", "Nine North Korean workers")


def test_it_skips_hyphenated_adjectives_before_the_head_noun():
    quantity = only("It recognized two Russia-backed separatist regions in eastern Ukraine.")
    assert (quantity.value, quantity.unit) == (2, "regions")


def test_it_reads_a_hyphenated_compound_as_a_counted_unit():
    quantity = only("They attend a three-month cultural adjustment program.")
    assert (quantity.value, quantity.unit, quantity.text) == (3, "months", "three-month")


def test_it_keeps_the_qualifier_and_thousands_separator():
    quantity = only("There are more than 20,000 North Korean workers living in Russia.")
    assert (quantity.value, quantity.unit, quantity.qualifier) == (20000, "workers", "more than")
    assert quantity.text == "more than 20,000 North Korean workers"


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("The jacket cost $1,900 in Seoul.", 1900, "dollars", ""),
        ("Over 70% of firms are unwilling.", 70, "percent", "over"),
        ("Output rose 3.5 percent last year.", 3.5, "percent", ""),
        ("It borrowed nearly 1.5 million euros.", 1_500_000, "euros", "nearly"),
        ("The fund holds $2.3bn in cash.", 2_300_000_000, "dollars", ""),
        ("Residents work 102 hours a week.", 102, "hours", ""),
        ("At least twenty-one people died.", 21, "people", "at least"),
        ("Police arrested a dozen protesters.", 12, "protesters", ""),
        ("Hundreds of residents fled.", 200, "residents", "at least"),
        ("Some 2,000 people fled the city.", 2000, "people", "some"),
        ("The village lies about 40 km from the border.", 40, "km", "about"),
        ("Rates rose 2.5 percentage points.", 2.5, "percentage points", ""),
        ("Up to 5,000 troops could be sent.", 5000, "troops", "up to"),
        ("Fewer than 300 doctors remain.", 300, "doctors", "fewer than"),
    ],
)
def test_it_reads_value_unit_and_qualifier(text, value, unit, qualifier):
    quantity = only(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


def test_it_reads_fractions():
    quantity = only("Two-thirds of voters backed the plan.")
    assert quantity.unit == "fraction"
    assert quantity.value == pytest.approx(2 / 3, abs=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "A view of the city on Jan. 24.",
        "The photo was taken on Nov. 9, 2015.",
        "The vote is on 24 January.",
        "In July, the council met.",
        "The law passed in 2015 and again in 2019.",
        "The meeting starts at 10:30 a.m. sharp.",
        "Men aged between 20s and 50s were among them.",
        "He finished 21st in the race.",
        "COVID-19 spread quickly; the F-35 flew and the G20 met.",
        "It fell under Article 5 of the treaty.",
        "The 1990s were different.",
        "No one knows, and one of them left.",
        "The 5G network is new.",
        "Apollo 11 landed and the Lexus LC 500 went on sale.",
        "It triggers a type 2 immune response in phase 3 trials.",
        "One Home Depot store closed.",
        "Zero Gravity Seats are sold out.",
    ],
)
def test_it_does_not_count_dates_years_times_ordinals_or_labels(text):
    assert find_quantities(text) == []


def test_it_finds_every_quantity_of_a_sentence_in_order():
    found = find_quantities("They include two soldiers and arrived after a three-month trip.")
    assert [(q.value, q.unit) for q in found] == [(2, "soldiers"), (3, "months")]


def test_it_gives_offsets_into_the_enclosing_text():
    body = "First sentence. Officials counted 12 ships."
    found = find_quantities(body[16:], offset=16)
    assert body[found[0].start : found[0].end] == found[0].text == "12 ships"


def test_it_stops_the_noun_phrase_at_a_participle():
    quantity = only("Police said 10 sold out quickly.")
    assert quantity.unit == ""


@given(st.text(max_size=300))
def test_it_never_raises_and_offsets_point_at_the_text(text):
    for quantity in find_quantities(text, offset=0):
        assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The 20 men left.", 20, "men"),
        ("All 300 passengers survived.", 300, "passengers"),
        ("The UN sent 20 trucks.", 20, "trucks"),
        ("He is a five time NBA champion.", 5, "time"),
        ("They sat three together.", 3, ""),
        ("Twenty New York firefighters died.", 20, "firefighters"),
    ],
)
def test_it_counts_after_determiners_and_stops_the_phrase_at_a_new_name(text, value, unit):
    quantity = only(text)
    assert (quantity.value, quantity.unit) == (value, unit)
