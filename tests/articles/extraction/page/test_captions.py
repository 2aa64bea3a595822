"""Photo captions: finding the credit at a caption's end."""

from __future__ import annotations

import pytest

from articles.extraction.page.captions import remove_contained, split_credit, unique_captions
from articles.extraction.results import Caption


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Smoke rises over the port, Jan. 24. AFP-Getty", "Smoke rises over the port, Jan. 24.", "AFP-Getty"),
        ("Men at work in this file photo. City Daily photo by Jane Roe", "Men at work in this file photo.",
         "City Daily photo by Jane Roe"),
        ("Protesters march in Paris on Saturday. (Photo: Reuters)", "Protesters march in Paris on Saturday.",
         "Photo: Reuters"),
        ("The president speaks. Evan Smith/AP Photo", "The president speaks.", "Evan Smith/AP Photo"),
        ("Firefighters at the scene. AFP via Getty Images", "Firefighters at the scene.",
         "AFP via Getty Images"),
        ("Smoke over the city. AP Photo/Jane Roe", "Smoke over the city.", "AP Photo/Jane Roe"),
    ],
)  # fmt: skip
def test_it_splits_a_trailing_credit(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Police said the man was arrested at the scene. He was taken to the station.",
        "The minister said the deal was done - Reuters reported.",
        "He told the broadcaster that the US-China deal was fair. Trade talks resume.",
        "A photographer took pictures of the crowd outside the court on Monday.",
    ],
)
def test_it_leaves_prose_without_a_credit_alone(line):
    assert split_credit(line) is None


def test_it_removes_a_glued_lead_from_a_caption():
    lead = "Nine workers sent abroad to earn hard currency have fled, an expert said on Wednesday."
    assert remove_contained(f"Men at work. {lead}", [lead]) == "Men at work."


def test_it_keeps_each_caption_once():
    captions = [Caption("A view.", "X"), Caption("A  view.", "X"), Caption("Another.", "Y")]
    assert [c.text for c in unique_captions(captions)] == ["A view.", "Another."]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Protesters in the square on Monday. Photograph: Jane Roe/Reuters", "Photograph: Jane Roe/Reuters"),
        ("The senator speaks. Credit...Jane Roe for The Daily", "Credit...Jane Roe for The Daily"),
        ("A man walks past the damage. Jane Roe | AFP | Getty Images", "Jane Roe | AFP | Getty Images"),
        ("Firefighters at the scene on Monday. [Jane Roe/Gulf Network]", "Jane Roe/Gulf Network"),
    ],
)
def test_it_reads_credits_in_the_styles_of_other_outlets(line, credit):
    assert split_credit(line)[1] == credit


def test_it_does_not_stretch_a_credit_over_a_clause():
    assert split_credit("He said it was over - and then he left | Reuters") == (
        "He said it was over - and then he left",
        "Reuters",
    )
