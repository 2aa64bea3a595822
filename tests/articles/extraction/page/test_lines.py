"""Signals about single lines of a page."""

from __future__ import annotations

import pytest

from articles.extraction.page import lines as L


def test_it_tells_prose_from_headlines_and_menus():
    assert L.is_prose("The council voted on Friday to approve the budget, the mayor said.")
    assert not L.is_prose("Council approves budget after long debate")
    assert not L.is_prose("Politics")
    assert L.is_prose("El consejo aprobó el presupuesto el viernes, dijo la alcaldesa.")
    assert L.is_prose("今日は市議会が新しい予算を承認したと市長が発表しました。")


def test_it_spots_doubled_alt_text():
    assert L.is_doubled("Print PreviewPrint Preview")
    assert L.is_doubled("3Storm hits coast Storm hits coast")
    assert not L.is_doubled("Storm hits coast")


def test_it_spots_furniture():
    assert L.is_furniture("amn_bl.png")
    assert L.is_furniture("facebook")
    assert L.is_furniture("Copyright © example.com. All rights reserved.")
    assert not L.is_furniture("The storm hit the coast on Monday.")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("BY JANE ROE", ["Jane Roe"]),
        ("By Kim Min-ji, Staff Reporter", ["Kim Min-ji"]),
        ("Jane Roe, Political Correspondent", ["Jane Roe"]),
        ("By the way, the council met.", []),
        ("Posted by Ann Lee on November 19, 2019, 6:21 AM EST", ["Ann Lee"]),
        ("By Al Root Updated Nov. 19, 2019 8:21 am ET", ["Al Root"]),
        ("By Sam Poe@handle Nov 18, 2019", ["Sam Poe"]),
        ("By Jill Dee, City News", ["Jill Dee"]),
        ("Bypass road to open in May", []),
    ],
)
def test_it_reads_bylines(line, names):
    assert L.byline_names(line) == names


def test_it_strips_list_markers():
    assert L.strip_bullet("• Politics") == ("Politics", True)
    assert L.strip_bullet("Politics") == ("Politics", False)


def test_it_reads_author_labels_as_bylines():
    assert L.byline_names("Author: Jane Roe") == ["Jane Roe"]
    assert L.byline_names("Authors: Jane Roe, John Doe and Ann Lee") == ["Jane Roe", "John Doe", "Ann Lee"]
    assert L.byline_names("Written by Jane Roe") == ["Jane Roe"]
    assert L.byline_names("Jane Roe | Staff Writer") == ["Jane Roe"]
    assert L.BARE_BY_RE.match("By")
    assert not L.BARE_BY_RE.match("By the river")


def test_it_tells_names_from_buttons_and_menus():
    assert L.looks_like_name("Kim Min-ji")
    assert not L.looks_like_name("Previous Next")
    assert not L.looks_like_name("Skip Navigation")
    assert L.is_interface("Learn More")
    assert not L.is_interface("World News")
