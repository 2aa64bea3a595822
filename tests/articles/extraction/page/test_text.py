"""The page-text path: finding the article in a page scraped to text, menus and all."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.page.text import article_from_page_text

KST = timedelta(hours=9)


@pytest.fixture(scope="module")
def seed(seed_page_text):
    return article_from_page_text(seed_page_text)


def test_it_reads_the_seed_header(seed, seed_gold):
    gold = seed_gold["article"]
    assert seed.title == gold["title"]
    assert seed.subtitle == gold["subtitle"]
    assert seed.section == gold["section"]
    assert seed.outlet == gold["outlet"]
    assert seed.authors == gold["authors"]
    assert seed.author_email == gold["author_email"]


def test_it_places_zoneless_dates_in_the_outlets_country(seed):
    assert seed.published.replace(tzinfo=None) == datetime(2023, 1, 25, 16, 47)
    assert seed.updated.replace(tzinfo=None) == datetime(2023, 1, 26, 8, 32)
    assert seed.published.utcoffset() == KST
    assert seed.updated.utcoffset() == KST


def test_it_cuts_the_seed_body_between_byline_and_email(seed, seed_gold, seed_article):
    gold = seed_gold["article"]
    assert len(seed.paragraphs) == gold["body_paragraphs"]
    assert seed.paragraphs == seed_article.paragraphs
    assert seed.paragraphs[0] == gold["body_first_sentence"]


def test_it_keeps_no_furniture_in_the_body(seed, seed_gold):
    for furniture in seed_gold["article"]["must_not_appear_in_body"]:
        assert furniture not in seed.body


def test_it_keeps_a_repeated_caption_once_without_the_lead(seed, seed_gold):
    expected = [(c["text"], c["credit"]) for c in seed_gold["article"]["photo_captions"]]
    assert [(c.text, c.credit) for c in seed.captions] == expected


def test_it_never_makes_a_caption_a_paragraph(seed):
    for caption in seed.captions:
        assert all(caption.text not in paragraph for paragraph in seed.paragraphs)


LYNX_PAGE = """\
   #Daily Planet RSS

   Daily Planet
     * Home
     * World
     * Business
     * Sport
     * Science
   Search ____________________ (BUTTON) Search

   Science

Comet passes close to Earth for the first time in 6,000 years

   Astronomers watched the bright visitor from three continents

   By Jane Roe and John Doe
   Published: March 4, 2024 10:15 GMT
   Last updated: March 5, 2024 08:00 GMT

   A comet last seen when the first cities were being built passed close to Earth on Monday, giving \
astronomers on three continents a rare chance to study material from the edge of the solar system.

   The comet, which was found by an amateur observer in January, came within 40 million kilometres of \
the planet, the space agency said in a statement on its website.

   What the scientists saw

   "It is a once-in-a-lifetime event for all of us, and the data will keep us busy for years," said \
the head of the observatory, who led the team that tracked it through the night.

   Telescopes in Chile, South Africa and Australia recorded its tail, which stretched for millions of \
kilometres behind the nucleus, according to the researchers.

   Related stories
     * Meteor shower lights up the night sky
     * Why comets have two tails
     * Space agency picks new chief

   Most read
    1. Local team wins the cup after twenty years
    2. Storm warning issued for the coast tonight

   Copyright (c) 2024 Daily Planet Media Ltd. All rights reserved.
"""


@pytest.fixture(scope="module")
def lynx():
    return article_from_page_text(LYNX_PAGE)


def test_it_reads_a_lynx_dump_header(lynx):
    assert lynx.title == "Comet passes close to Earth for the first time in 6,000 years"
    assert lynx.subtitle == "Astronomers watched the bright visitor from three continents"
    assert lynx.section == "Science"
    assert lynx.authors == ["Jane Roe", "John Doe"]
    assert lynx.outlet == "Daily Planet"


def test_it_keeps_printed_zones(lynx):
    assert lynx.published == datetime.fromisoformat("2024-03-04T10:15:00+00:00")
    assert lynx.updated == datetime.fromisoformat("2024-03-05T08:00:00+00:00")


def test_it_keeps_subheadings_and_cuts_related_lists(lynx):
    assert len(lynx.paragraphs) == 5
    assert lynx.paragraphs[0].startswith("A comet last seen")
    assert lynx.paragraphs[2] == "What the scientists saw"
    assert lynx.paragraphs[-1].endswith("according to the researchers.")
    assert "Meteor shower" not in lynx.body
    assert "Local team" not in lynx.body


def test_it_leaves_dates_naive_when_the_zone_is_unknown():
    page = (
        "Example News\n\nWorld\n\nRiver floods three villages after storm\n\nPosted: 2024-02-01 09:30\n\n"
        + "\n\n".join(
            f"Paragraph {i} says the river rose by two metres overnight, and that residents were moved"
            " to the school."
            for i in range(4)
        )
    )
    article = article_from_page_text(page)
    assert article.published == datetime(2024, 2, 1, 9, 30)
    assert article.title == "River floods three villages after storm"


def test_it_prefers_a_labelled_date_to_the_sites_clock():
    page = (
        "Tue, June 4, 2024 | 07:46\nCity council approves the new budget\nPublished : 2024-06-01 16:47\n"
        "By Ann Lee\n\n"
        + "\n\n".join(
            "The council voted to approve the budget on Friday, the mayor said in a statement." for _ in "ab"
        )
        + "\nThe vote passed with a large majority, officials said after the meeting ended."
    )
    article = article_from_page_text(page)
    assert article.published == datetime(2024, 6, 1, 16, 47)
    assert article.authors == ["Ann Lee"]


def test_it_keeps_a_repeated_paragraph_once():
    paragraph = "The minister said the plan would cost more than expected, and that work would start in May."
    other = "A second paragraph follows here, as it should."
    page = f"Budget plan delayed again\n\n{paragraph}\n\n{paragraph}\n\n{other}"
    article = article_from_page_text(page)
    assert article.paragraphs.count(paragraph) <= 1


@pytest.mark.parametrize(
    "junk",
    ["", " \n\n ", "\x00\x01\x02", "•\n" * 5000, "a" * 100_000, "\ufffd" * 1000, "By\nBy\nBy", "© ©"],
)
def test_it_never_raises(junk):
    article = article_from_page_text(junk)
    assert isinstance(article.paragraphs, list)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_it_never_raises_on_any_text(text):
    article = article_from_page_text(text)
    for paragraph in article.paragraphs:
        assert "\n" not in paragraph


def test_it_reads_a_wrapped_text_browser_dump():
    # Wrapped at 78 columns with a three-space indent, as lynx does.
    wrapped = "\n".join(
        textwrap.fill(line.strip(), width=78, initial_indent="   ", subsequent_indent="   ")
        if len(line) > 78
        else line
        for line in LYNX_PAGE.split("\n")
    )
    article = article_from_page_text(wrapped)
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("A comet last seen") and article.paragraphs[0].endswith("system.")


def test_it_stops_at_the_comments_even_when_they_are_longer_than_the_article():
    article = [
        "The club sacked its manager on Tuesday after a run of six defeats, the board said in a statement.",
        "The board said a new manager would be named before the next match, which is on Saturday.",
        "Fans had called for the change for weeks, and some protested outside the ground on Monday evening.",
    ]
    comment = (
        "I have been saying this for months and nobody listened to me, the board waited far too long and now"
        " the season is lost, and the players know it as well as the fans do, which is why it went wrong."
    )
    page = "\n\n".join(
        ["Club sacks manager after six defeats", "By Sam Lee", *article, "42 responses to this story"]
        + [f"fan{i} says:\n{comment} Week {i} was the worst." for i in range(12)]
    )
    found = article_from_page_text(page)
    assert found.paragraphs == article


W3M_PAGE = """\
Bridge to close for two years of repairs - Coast Herald
Skip to content
News   Sport   Weather   Jobs
Home
Local
Bridge to close for two years of repairs - Coast Herald
Written by Ana Ruiz | 04/03/2024 09:15

Work on the old harbour bridge will begin in May and last two years, the regional council said on \
Tuesday, after engineers found cracks in two of its piers.

Drivers will have to use the ring road while the bridge is shut, adding up to twenty minutes to a trip \
into the town centre at rush hour, officials said.

The council said ferries would run every fifteen minutes during the works and that fares would be cut \
by half for residents of the harbour district.

Most read
Contact us: newsdesk@coastherald.co.uk
"""


def test_it_reads_a_header_whose_title_ends_with_the_site_name():
    article = article_from_page_text(W3M_PAGE)
    assert article.title == "Bridge to close for two years of repairs"
    assert article.outlet == "Coast Herald"
    assert article.section == "Local"
    assert article.authors == ["Ana Ruiz"]
    # A British address: the numeric date is read day first, in London's zone.
    assert article.published.replace(tzinfo=None) == datetime(2024, 3, 4, 9, 15)
    assert str(article.published.tzinfo) == "Europe/London"
