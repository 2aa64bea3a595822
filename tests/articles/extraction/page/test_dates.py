"""Finding, parsing and placing dates in a time zone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from articles.extraction.page.dates import (
    dates_in_line,
    find_date,
    is_date_line,
    localise,
    numeric_day_first,
    zone_for_domain,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted : 2023-01-25 16:47", datetime(2023, 1, 25, 16, 47)),
        ("November 18, 2019", datetime(2019, 11, 18)),
        ("Jan. 5, 2020 4:47 PM", datetime(2020, 1, 5, 16, 47)),
        ("16:47, 25 January 2023", datetime(2023, 1, 25, 16, 47)),
        ("2023.01.25", datetime(2023, 1, 25)),
    ],
)
def test_it_parses_common_date_shapes(text, expected):
    assert find_date(text) == expected


def test_it_keeps_a_printed_zone():
    assert find_date("January 5, 2020 4:47 PM EST").utcoffset() == timedelta(hours=-5)
    assert find_date("Last modified on Tue 19 Nov 2019 10.32 GMT") == datetime.fromisoformat(
        "2019-11-19T10:32+00:00"
    )
    assert find_date("2019-11-18T10:00:00+09:00").utcoffset() == timedelta(hours=9)


def test_it_ignores_a_clock_without_a_year():
    assert find_date("Updated 07:46") is None
    assert find_date("Jan. 24. Photo agency") is None


def test_it_labels_published_and_updated_dates():
    found = dates_in_line("Published 2 May 2023, 14:05. Updated 3 May 2023")
    assert [kind for kind, _ in found] == ["published", "updated"]
    assert dates_in_line("Sat, March 25, 2023 | 07:46") == []


def test_it_tells_date_lines_from_prose():
    assert is_date_line("Sat, March 25, 2023 | 07:46")
    assert not is_date_line("On March 25, 2023, the council met to vote on the new budget for the city.")


@pytest.mark.parametrize(
    ("domain", "zone"),
    [("mj@paper.co.kr", "Asia/Seoul"), ("www.example.co.uk", "Europe/London"), ("news.de", "Europe/Berlin")],
)
def test_it_knows_the_zone_of_single_zone_countries(domain, zone):
    assert str(zone_for_domain(domain)) == zone


@pytest.mark.parametrize("domain", ["example.com", "paper.com.au", "news.us", "gazeta.ru", ""])
def test_it_gives_no_zone_for_generic_or_multi_zone_domains(domain):
    assert zone_for_domain(domain) is None


def test_it_localises_only_naive_datetimes():
    zone = zone_for_domain("x.jp")
    assert localise(datetime(2024, 1, 1, 12), zone).utcoffset() == timedelta(hours=9)
    aware = find_date("2024-01-01T12:00:00+00:00")
    assert localise(aware, zone) == aware
    assert localise(None, zone) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov 19, 2019 | 10:48 AM", datetime(2019, 11, 19, 10, 48)),
        ("Published 19 November 2019 - 10:48", datetime(2019, 11, 19, 10, 48)),
        ("January 5, 2020 at 4:47 p.m.", datetime(2020, 1, 5, 16, 47)),
    ],
)
def test_it_reads_times_joined_to_dates_by_bars_dashes_and_at(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PUBLISHED: 10:48, Tue, Nov 19, 2019", datetime(2019, 11, 19, 10, 48)),
        ("Posted on Oktober 27, 2015 by Admin", datetime(2015, 10, 27)),
        ("4 de marzo de 2024", datetime(2024, 3, 4)),
        ("27 juillet 2019 10:15", datetime(2019, 7, 27, 10, 15)),
        ("12. März 2024", datetime(2024, 3, 12)),
        ("2024-03-04T10:15", datetime(2024, 3, 4, 10, 15)),
    ],
)
def test_it_reads_weekdays_after_clocks_and_month_names_in_other_languages(text, expected):
    assert find_date(text) == expected


def test_it_keeps_the_zone_of_a_clock_printed_before_the_date():
    found = find_date("Published 3:45 PM EST, Mon March 4, 2024")
    assert found.replace(tzinfo=None) == datetime(2024, 3, 4, 15, 45)
    assert found.utcoffset() == timedelta(hours=-5)


def test_it_reads_american_region_zones_with_summer_time():
    assert find_date("Nov. 18, 2019 7:04 pm ET").utcoffset() == timedelta(hours=-5)
    assert find_date("July 4, 2019 7:04 pm ET").utcoffset() == timedelta(hours=-4)


def test_it_reads_numeric_dates_in_the_order_they_show():
    assert find_date("13/06/2014") == datetime(2014, 6, 13)
    assert find_date("06/13/2014", day_first=True) == datetime(2014, 6, 13)
    assert find_date("04/03/2024") == datetime(2024, 4, 3)
    assert find_date("04/03/2024", day_first=True) == datetime(2024, 3, 4)
    assert find_date("04.03.2024 14:05", day_first=True) == datetime(2024, 3, 4, 14, 5)


def test_it_learns_a_pages_numeric_date_order_from_one_date():
    assert numeric_day_first(["Posted 04/03/2024", "Comment 13/03/2024"]) is True
    assert numeric_day_first(["Posted 04/03/2024", "Comment 03/13/2024"]) is False
    assert numeric_day_first(["Posted 04/03/2024"]) is None
    assert numeric_day_first(["No dates here", "Version 1.2.3"]) is False


def test_it_ignores_relative_times_and_words_that_start_like_months():
    assert find_date("Updated: 2 hours ago") is None
    assert find_date("Mayor 5, 2020 plan") is None
    assert find_date("Marchers 5, 2020") is None
