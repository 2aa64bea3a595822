"""Normalisers for comparing metadata: titles, author names and dates.

Two values agree when they say the same thing in different dress: a title with
or without its outlet suffix and with curly or straight quotes, authors in any
order with any one name in common, times on the same calendar day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from dateutil import parser as date_parser

QUOTES = str.maketrans(
    {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032`\u00b4"}
    | {c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"}
)
DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
# A trailing " - Site name" or " | Site": a separator then a few words at the end.
SITE_SUFFIX = re.compile(r"\s+(?:[-|:\u00b7\u2022]|::)\s+[^-|:\u00b7\u2022]{1,60}$")
BYLINE = re.compile(r"^\s*by\s+", re.IGNORECASE)
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\n)\s*", re.IGNORECASE)
NAME_WORD = re.compile(r"[^\W\d_]+")


def normalise_title(title: str) -> str:
    """A title lower-cased, with straight quotes and dashes and single spaces."""
    text = unicodedata.normalize("NFKC", title).translate(QUOTES).translate(DASHES)
    return " ".join(text.casefold().split()).strip(" \"'")


def strip_site(title: str) -> str:
    """A normalised title without a trailing " - Site name" or " | Site"."""
    return SITE_SUFFIX.sub("", title).strip(" \"'")


def titles_agree(ours: str, gold: str) -> bool:
    """Whether two titles are the same once normalised, with or without a site suffix."""
    a, b = normalise_title(ours), normalise_title(gold)
    if not a or not b:
        return False
    return a == b or strip_site(a) == strip_site(b) or strip_site(a) == b or a == strip_site(b)


def author_names(authors: Iterable[str]) -> set[frozenset[str]]:
    """Each author name as a set of lower-case words, without accents or "By"."""
    names = set()
    for author in authors:
        for part in NAME_SPLIT.split(BYLINE.sub("", author)):
            plain = unicodedata.normalize("NFKD", part)
            plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
            words = frozenset(NAME_WORD.findall(plain))
            if words:
                names.add(words)
    return names


def authors_agree(ours: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether any of our author names is one of the gold names.

    Names match when their words are the same, in any order, or when one name's
    words (two at least) are all in the other ("Jane Doe" and "Jane M. Doe").
    """
    for a in author_names(ours):
        for b in author_names(gold):
            if a == b or (min(len(a), len(b)) >= 2 and (a <= b or b <= a)):
                return True
    return False


def parse_moment(value: str | date | datetime | None) -> date | datetime | None:
    """A date or time read from ISO 8601 or free text; None if unreadable."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date_parser.isoparse(text)
    except (ValueError, OverflowError):
        pass
    try:
        return date_parser.parse(text, fuzzy=True)
    except (ValueError, OverflowError):
        return None


def parse_date(value: str | date | datetime | None) -> date | None:
    """The calendar day of a date or time, in its own time zone; None if unreadable."""
    moment = parse_moment(value)
    return moment.date() if isinstance(moment, datetime) else moment


def dates_agree(ours: str | date | datetime | None, gold: str | date | datetime | None) -> bool:
    """Whether two dates or times fall on the same calendar day.

    Each is read in its own time zone; two times with different UTC offsets
    also agree when ours falls on the gold day in the gold's own zone.
    """
    a, b = parse_moment(ours), parse_moment(gold)
    if a is None or b is None:
        return False
    day_a = a.date() if isinstance(a, datetime) else a
    day_b = b.date() if isinstance(b, datetime) else b
    if day_a == day_b:
        return True
    both_aware = isinstance(a, datetime) and isinstance(b, datetime) and a.tzinfo and b.tzinfo
    return bool(both_aware and a.astimezone(b.tzinfo).date() == day_b)
