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

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TIME = r"(?:,?\s*(?:at\s+|\|\s*|-\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)"
_ZONE = r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?(?![\w]))"
_DATE_CORE = (
    # 2023-01-25 16:47 / 2023.01.25 / 2023/01/25T16:47:00+09:00
    rf"\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}"
    rf"(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?{_TIME}?"
    # January 25, 2023 / Jan. 25 2023 4:47 PM
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_TIME}?"
    # 25 January 2023 / 25 Jan. 2023, 16:47
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}{_TIME}?"
    # 16:47, 25 January 2023 (times first, as some British sites print them)
    rf"|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\s*)?,?\s*\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}"
)
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


def find_date(text: str) -> datetime | None:
    """Parse the first date in `text`, or None; never raises.

    Only a span with a year is parsed, so that a bare clock ("07:46") never
    becomes today's date. A zone printed next to it is kept.
    """
    match = DATE_RE.search(text or "")
    if not match:
        return None
    return _parse(match.group("date"), match.group("zone") or "")


def _parse(date_text: str, zone_text: str) -> datetime | None:
    zone = zone_text.strip(" ()")
    if (
        zone
        and zone.upper() not in TZINFOS
        and not re.fullmatch(r"[+-]\d{2}:?\d{2}|UTC[+-].*|GMT[+-].*", zone)
    ):
        # A word after the date that is no known zone ("Wed", "KST" we know): ignore it.
        zone = ""
    # "10.32" is a time in British print; dateutil wants "10:32".
    date_text = _DOTTED_TIME_RE.sub(r"\1:\2", _JOINER_RE.sub(" ", date_text))
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


def dates_in_line(line: str) -> list[tuple[str, datetime]]:
    """Every labelled date in a short line, each with the label that precedes it."""
    if len(line) > 160:
        return []
    found: list[tuple[str, datetime]] = []
    for match in DATE_RE.finditer(line):
        before = line[: match.start()]
        labels = list(_INLINE_LABEL_RE.finditer(before))
        if not labels:
            continue
        kind = "updated" if labels[-1].group("updated") else "published"
        value = _parse(match.group("date"), match.group("zone") or "")
        if value is not None:
            found.append((kind, value))
    return found


def is_date_line(line: str) -> bool:
    """True when a line is mostly a date (a clock, a dateline, "Posted : ...")."""
    match = DATE_RE.search(line)
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
