"""Page-wide metadata: outlet, personal e-mail, time zone."""

from __future__ import annotations

from collections import Counter

from articles.extraction.page.metadata import (
    find_outlet,
    page_zone,
    personal_email,
    strip_site_suffix,
    title_suffix,
)


def _outlet(lines):
    return find_outlet(lines, Counter(lines))


def test_it_reads_the_outlet_from_a_masthead_label():
    assert _outlet(["Menu", "Masthead : The Daily Example", "Home"]) == "The Daily Example"


def test_it_reads_the_outlet_from_a_repeated_logo_matching_the_domain():
    lines = ["The Harbour Gazette", "News", "The Harbour Gazette", "Copyright © harbourgazette.co.nz."]
    assert _outlet(lines) == "The Harbour Gazette"


def test_it_reads_the_outlet_from_the_copyright_holder():
    assert (
        _outlet(["Story text here.", "© 2024 Valley Tribune Inc. All rights reserved."]) == "Valley Tribune"
    )


def test_it_gives_no_outlet_when_nothing_names_one():
    assert _outlet(["a story about the weather.", "and another line."]) == ""


def test_it_skips_role_mailboxes_for_the_authors_email():
    lines = ["Digital News Email : webmaster@paper.co.kr", "Emailjroe@paper.co.kr Article List"]
    assert personal_email(lines) == "jroe@paper.co.kr"


def test_it_reads_long_lines_without_an_address():
    # Once quadratic: such lines took 38 s; bench/fuzz_extraction.py times it, this checks the answer.
    assert personal_email(["a" * 50_000, "1" * 50_000 + "@"]) == ""


def test_it_guesses_the_zone_from_the_authors_domain():
    assert str(page_zone("x@paper.co.jp", [])) == "Asia/Tokyo"
    assert str(page_zone("", ["Contact: desk@gazette.fr"])) == "Europe/Paris"
    assert page_zone("x@paper.com", []) is None


def test_it_reads_the_outlet_from_the_title_echo():
    lines = ["Lake flood warning issued | Weather | The Valley Courier", "Menu", "Lake flood warning issued"]
    assert title_suffix(lines, "Lake flood warning issued") == "The Valley Courier"
    assert find_outlet(lines, Counter(lines), title="Lake flood warning issued") == "The Valley Courier"


def test_it_finds_no_title_echo_suffix_without_a_separator_or_title():
    assert title_suffix(["Lake flood warning issued"], "Lake flood warning issued") == ""
    assert title_suffix(["Lake flood warning issued - Courier"], "") == ""


def test_it_strips_the_site_name_after_a_headline():
    assert strip_site_suffix("Lake flood warning issued - Valley Courier", "Valley Courier") == (
        "Lake flood warning issued"
    )
    assert strip_site_suffix("Opinion | Lake flood warning issued", "Valley Courier") == (
        "Opinion | Lake flood warning issued"
    )
    assert strip_site_suffix("Lake flood warning issued", "") == "Lake flood warning issued"


def test_it_reads_the_outlet_from_the_names_of_its_feeds():
    lines = ["#Valley Courier » Feed Valley Courier » Comments Feed", "Menu", "Story text here."]
    assert _outlet(lines) == "Valley Courier"
    assert _outlet(["#Feed for Valley Courier » Feed", "Story text here."]) == ""
