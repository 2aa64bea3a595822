"""Dates in pages: find date lines, parse them, and place them in a time zone.

Pages print dates in many shapes ("Posted : 2023-01-25 16:47", "January 25,
2023 4:47 PM EST", "25 Jan 2023"). We find a date-looking span with a regular
expression and let python-dateutil parse it. When the page gives no zone, the
zone of the outlet's country is used when its country has only one, known from
the country-code top-level domain of the outlet's address; otherwise the
datetime stays naive.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

# Month names in the other languages English-language sites of many countries print
# (Indonesian and Malay, German, Dutch, French, Spanish, Portuguese, Italian).
_FOREIGN_MONTHS_TEXT = (
    "januari:1 februari:2 maret:3 mei:5 juni:6 juli:7 agustus:8 oktober:10 desember:12 "
    "januar:1 februar:2 märz:3 maart:3 dezember:12 "
    "janvier:1 février:2 mars:3 avril:4 juin:6 juillet:7 août:8 septembre:9 octobre:10 décembre:12 "
    "enero:1 febrero:2 marzo:3 abril:4 mayo:5 junio:6 julio:7 agosto:8 septiembre:9 setiembre:9 "
    "octubre:10 noviembre:11 diciembre:12 janeiro:1 fevereiro:2 março:3 maio:5 junho:6 julho:7 "
    "setembro:9 outubro:10 novembro:11 dezembro:12 gennaio:1 febbraio:2 aprile:4 maggio:5 giugno:6 "
    "luglio:7 settembre:9 ottobre:10 dicembre:12"
)
_FOREIGN_MONTHS = {
    name: int(number) for name, number in (item.split(":") for item in _FOREIGN_MONTHS_TEXT.split())
}
_ENGLISH_MONTHS = (
    "January February March April May June July August September October November December".split()
)
# Longest first, so that "juillet" is not read as "juil".
_FOREIGN_ALTERNATION = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
_FOREIGN_MONTH_RE = re.compile(rf"\b(?:{_FOREIGN_ALTERNATION})\b", re.IGNORECASE)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    rf"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|{_FOREIGN_ALTERNATION})\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*"
_TIME = r"(?:,?\s*(?:at\s+|\|\s*|-\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)"
_ZONE = r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?(?![\w]))"
_DATE_CORE = (
    # 2023-01-25 16:47 / 2023.01.25 / 2023/01/25T16:47:00+09:00
    rf"\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}"
    rf"(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?{_TIME}?"
    # January 25, 2023 / Jan. 25 2023 4:47 PM
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}?"
    # 25 January 2023 / 25 Jan. 2023, 16:47
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTHS},?\s+(?:de\s+)?\d{{4}}{_TIME}?"
    # 16:47, 25 January 2023 / 3:45 PM EST, Mon March 4, 2024 (times first)
    rf"|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\s*)?,?\s*(?:{_WEEKDAY})?"
    rf"(?:\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    # 04/03/2024 or 04.03.2024 14:05: day or month first, see `numeric_day_first`
    rf"|(?<![\d/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}(?![\d/.-]){_TIME}?"
)
_NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
# Every date we read has a year: lines without four digits in a row are skipped cheaply.
_YEAR_RE = re.compile(r"\d{4}")
DATE_RE = re.compile(rf"(?P<date>{_DATE_CORE})(?P<zone>{_ZONE})?", re.IGNORECASE)

# A label says which date it is; unlabelled dates are only used when no label is found.
_PUBLISHED_LABEL = r"posted|published|first published|publish(?:ed)? date|date|released|created|written"
_UPDATED_LABEL = r"updated|last updated|modified|last modified|edited|revised|amended"
LABEL_RE = re.compile(
    rf"^\W*(?:(?P<updated>{_UPDATED_LABEL})|(?P<published>{_PUBLISHED_LABEL}))\b(?:\s+(?:on|at))?\s*[:：|-]?\s*",
    re.IGNORECASE,
)

_ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "IST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "KST": 9, "JST": 9, "HKT": 8, "SGT": 8, "PHT": 8,
    "AEST": 10, "AEDT": 11, "ACST": 9.5, "AWST": 8, "NZST": 12, "NZDT": 13, "WIB": 7,
}  # fmt: skip
TZINFOS = {name: timezone(timedelta(hours=hours)) for name, hours in _ZONE_OFFSETS.items()}
# American sites print "ET" and "PT" the year round: the region's zone knows when summer time applies.
_REGION_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
TZINFOS |= {name: ZoneInfo(zone) for name, zone in _REGION_ZONES.items()}

# Country-code top-level domains of countries (or territories) with a single time zone.
_CCTLD_ZONES = {
    "kr": "Asia/Seoul", "jp": "Asia/Tokyo", "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong",
    "tw": "Asia/Taipei", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila",
    "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "in": "Asia/Kolkata", "pk": "Asia/Karachi",
    "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu", "il": "Asia/Jerusalem",
    "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "tr": "Europe/Istanbul",
    "uk": "Europe/London", "ie": "Europe/Dublin", "fr": "Europe/Paris", "de": "Europe/Berlin",
    "it": "Europe/Rome", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "ch": "Europe/Zurich",
    "at": "Europe/Vienna", "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "gr": "Europe/Athens", "ro": "Europe/Bucharest", "bg": "Europe/Sofia",
    "ua": "Europe/Kyiv", "by": "Europe/Minsk", "rs": "Europe/Belgrade", "hr": "Europe/Zagreb",
    "si": "Europe/Ljubljana", "lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn",
    "za": "Africa/Johannesburg", "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "eg": "Africa/Cairo",
    "gh": "Africa/Accra", "nz": "Pacific/Auckland", "ar": "America/Argentina/Buenos_Aires",
    "co": "America/Bogota", "pe": "America/Lima", "ve": "America/Caracas",
}  # fmt: skip

_JOINER_RE = re.compile(r"\s*\|\s*|\s+-\s+|\s+at\s+", re.IGNORECASE)
_DOTTED_TIME_RE = re.compile(r"(?<=\s)(\d{1,2})\.(\d{2})\b(?!\.)")
_DOMAIN_RE = re.compile(r"(?:@|\b)((?:[a-z0-9-]+\.)+([a-z]{2,}))\b", re.IGNORECASE)


def zone_for_domain(domain: str) -> tzinfo | None:
    """The time zone of a domain's country when the country has just one.

    "dailypaper.co.kr" gives Asia/Seoul; ".com" and countries spanning several
    zones (.us, .ru, .au, .ca, .br) give None.
    """
    match = _DOMAIN_RE.search(domain or "")
    if not match:
        return None
    name = _CCTLD_ZONES.get(match.group(2).lower())
    return ZoneInfo(name) if name else None


def find_date(text: str, *, day_first: bool = False) -> datetime | None:
    """Parse the first date in `text`, or None; never raises.

    Only a span with a year is parsed, so that a bare clock ("07:46") never
    becomes today's date. A zone printed next to it is kept. `day_first`
    settles an all-numeric date that could be read both ways ("04/03/2024").
    """
    if text[:4].isdigit():
        # Markup states dates in ISO 8601 ("2024-03-01T18:30:00+01:00"): read them directly,
        # a twentieth of dateutil's time.
        try:
            return datetime.fromisoformat(text.strip())
        except ValueError:
            pass
    match = DATE_RE.search(text) if text and _YEAR_RE.search(text) else None
    if not match:
        return None
    return _parse(match.group("date"), match.group("zone") or "", day_first)


def numeric_day_first(lines: list[str]) -> bool | None:
    """Whether the page prints numeric dates day first, when one of them shows it ("13/06/2014").

    A page prints all its dates one way, so one date with a part above 12
    settles the others. None when the numeric dates could go both ways; False
    when there are none, as then the order does not matter.
    """
    ambiguous = False
    for line in lines:
        if len(line) > 300 or not _YEAR_RE.search(line):
            continue
        for match in _NUMERIC_RE.finditer(line):
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
            ambiguous = True
    return None if ambiguous else False


def _iso_numeric(date_text: str, day_first: bool) -> str:
    # "13/06/2014 10:15" -> "2014-06-13 10:15", so that dateutil never guesses the order.
    match = _NUMERIC_RE.match(date_text)
    if not match:
        return date_text
    first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if first > 12 or (day_first and second <= 12):
        day, month = first, second
    else:
        month, day = first, second
    return f"{year}-{month:02d}-{day:02d}{date_text[match.end() :]}"


def _english_month(match: re.Match[str]) -> str:
    return _ENGLISH_MONTHS[_FOREIGN_MONTHS[match.group(0).lower()] - 1]


def _parse(date_text: str, zone_text: str, day_first: bool = False) -> datetime | None:
    zone = zone_text.strip(" ()")
    if (
        zone
        and zone.upper() not in TZINFOS
        and not re.fullmatch(r"[+-]\d{2}:?\d{2}|UTC[+-].*|GMT[+-].*", zone)
    ):
        # A word after the date that is no known zone ("Wed", "KST" we know): ignore it.
        zone = ""
    # "10.32" is a time in British print; dateutil wants "10:32".
    date_text = _FOREIGN_MONTH_RE.sub(_english_month, re.sub(r"\s+de\s+", " ", date_text))
    date_text = _DOTTED_TIME_RE.sub(r"\1:\2", _JOINER_RE.sub(" ", _iso_numeric(date_text, day_first)))
    candidate = f"{date_text} {zone}".strip()
    try:
        return dateutil_parser.parse(candidate, tzinfos=TZINFOS, dayfirst=False)
    except (ValueError, OverflowError, TypeError, LookupError):
        try:
            return dateutil_parser.parse(date_text)
        except (ValueError, OverflowError, TypeError, LookupError):
            return None


_INLINE_LABEL_RE = re.compile(
    rf"\b(?:(?P<updated>{_UPDATED_LABEL})|(?P<published>{_PUBLISHED_LABEL}))\b", re.I
)


def dates_in_line(line: str, *, day_first: bool = False) -> list[tuple[str, datetime]]:
    """Every labelled date in a short line, each with the label that precedes it."""
    if len(line) > 160 or not _YEAR_RE.search(line):
        return []
    found: list[tuple[str, datetime]] = []
    for match in DATE_RE.finditer(line):
        before = line[: match.start()]
        labels = list(_INLINE_LABEL_RE.finditer(before))
        if not labels:
            continue
        kind = "updated" if labels[-1].group("updated") else "published"
        value = _parse(match.group("date"), match.group("zone") or "", day_first)
        if value is not None:
            found.append((kind, value))
    return found


def is_date_line(line: str) -> bool:
    """True when a line is mostly a date (a clock, a dateline, "Posted : ...")."""
    match = DATE_RE.search(line) if _YEAR_RE.search(line) else None
    if not match:
        return False
    rest = (line[: match.start()] + line[match.end() :]).strip()
    rest = LABEL_RE.sub("", rest)
    return len(rest.split()) <= 4


def localise(value: datetime | None, zone: tzinfo | None) -> datetime | None:
    """Attach `zone` to a naive datetime; aware datetimes and None pass through."""
    if value is None or zone is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=zone)
