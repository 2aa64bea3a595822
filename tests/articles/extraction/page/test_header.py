"""Reading the header above an article's body: title, section, byline, dates."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from articles.extraction.page.header import read_header

BODY = [
    "Work on the old harbour bridge will begin in May and last two years, the regional council said on"
    " Tuesday, after engineers found cracks in two of its piers.",
    "Drivers will have to use the ring road while the bridge is shut, adding up to twenty minutes to a"
    " trip into the town centre at rush hour, officials said.",
    "The council said ferries would run every fifteen minutes during the works and that fares would be"
    " cut by half for residents of the harbour district.",
]
TITLE = "Harbour bridge to close for two years of repairs"


def _header(lines: list[str], body: list[str] = BODY, after: list[str] = (), *, day_first: bool = False):
    texts = [*lines, *body, *after]
    return read_header(
        page_texts=texts,
        counts=Counter(texts),
        body_start=len(lines),
        body_end=len(lines) + len(body),
        day_first=day_first,
    )


def test_it_takes_the_headline_the_page_title_echoes_at_the_top():
    title = "Harbour bridge shut for repairs"
    teaser = "Engineers find cracks in the old harbour bridge piers"
    lines = [f"{title} | Coast Herald", "Menu", title, "Search", "Ferries", "Weather", teaser]
    assert _header(lines).title == title


def test_it_passes_over_a_line_the_page_repeats_below_the_article():
    lines = ["Menu", "Continue reading the main story today", TITLE, "Continue reading the main story today"]
    after = ["Continue reading the main story today", "Most read"]
    assert _header(lines, after=after).title == TITLE


def test_it_takes_no_picture_caption_for_the_title():
    title = "Harbour crossing shut for long repairs"
    caption = "Engineers inspect cracks in two piers of the old harbour bridge near the ring road"
    assert _header([title, "By Ana Ruiz", "[harbour-bridge.jpg]", caption]).title == title


def test_it_takes_the_headline_sitting_on_its_byline():
    lines = ["Ferry fares halved for harbour residents", "Menu", TITLE, "By Ana Ruiz"]
    assert _header(lines).title == TITLE


def test_it_reads_the_section_from_a_breadcrumb_set_one_item_a_line():
    lines = ["Sport", "Business", "Culture", "Travel", "Home", "Local", "Transport", TITLE, "By Ana Ruiz"]
    assert _header(lines).section == "Transport"


def test_it_takes_no_section_from_the_end_of_a_menu():
    lines = ["Local", "Sport", "Business", "Culture", "Travel", TITLE, "By Ana Ruiz"]
    assert _header(lines).section == ""


def test_it_takes_a_label_printed_twice_as_the_section():
    lines = ["Local", "Sport", "Business", "Transport", "Transport", TITLE, "By Ana Ruiz"]
    assert _header(lines).section == "Transport"


def test_it_reads_a_byline_whose_name_is_on_the_next_line():
    assert _header([TITLE, "By", "Ana Ruiz", "March 4, 2024"]).authors == ["Ana Ruiz"]


def test_it_reads_a_name_followed_by_a_handle_or_a_relative_time():
    assert _header([TITLE, "Ana Ruiz @anaruiz / 3 hours"]).authors == ["Ana Ruiz"]
    assert _header([TITLE, "Ana Ruiz / 2 days ago"]).authors == ["Ana Ruiz"]


def test_it_reads_a_name_and_a_date_sharing_a_line():
    header = _header([TITLE, "Ana Ruiz 27/09/2018"])
    assert header.authors == ["Ana Ruiz"]
    assert header.published == datetime(2018, 9, 27)
    assert _header([TITLE, "13/06/2014 | Ana Ruiz"]).authors == ["Ana Ruiz"]


def test_it_reads_dates_set_under_the_lead():
    body = [BODY[0], "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", *BODY[1:]]
    header = _header(["Menu", TITLE, "By Ana Ruiz"], body)
    assert header.published == datetime(2019, 11, 19, 10, 48)
    assert header.updated == datetime(2019, 11, 19, 11, 5)


def test_it_takes_no_update_for_the_publication_date():
    header = _header([TITLE, "Updated 10:01 pm, Tuesday, November 19, 2019"])
    assert header.published is None
    assert header.updated == datetime(2019, 11, 19, 22, 1)


def test_it_reads_a_short_line_opening_on_a_date():
    header = _header([TITLE, "04/03/2024 Ana Ruiz News, Transport"], day_first=True)
    assert header.published == datetime(2024, 3, 4)


def test_it_takes_no_line_with_a_web_address_for_the_title():
    title = "Crossing shut for long repairs"
    credit = "Engineers found cracks in two old harbour bridge piers, see www.example.org"
    assert _header([title, "By Ana Ruiz", "Share", credit]).title == title


def test_it_takes_no_menu_item_for_the_title():
    title = "Crossing shut for long repairs"
    lines = [title, "By Ana Ruiz", "Local", "Old harbour bridge piers works", "Ferries"]
    assert _header(lines).title == title
