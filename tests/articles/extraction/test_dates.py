"""Finding, parsing and placing dates in a time zone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from articles.extraction.dates import dates_in_line, find_date, is_date_line, localise, zone_for_domain


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
