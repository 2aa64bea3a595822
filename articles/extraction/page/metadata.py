"""Metadata from the lines of a page: outlet, e-mail, domains, time zone.

These readers look at the whole page (a masthead line, a copyright notice,
addresses in the footer); the title, byline and dates near the article are
read by `page_header`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import tzinfo

from .captions import is_credit
from .dates import zone_for_domain
from .lines import words

# The look-behind lets a match start only at a word's edge: without it, a long run of
# letters with no "@" costs quadratic time.
EMAIL_RE = re.compile(
    r"(?<![\w.+-])(?:(?i:e-?mail)\s*:?\s*)?(?P<address>[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+))"
)
_ROLE_MAILBOXES_TEXT = (
    "webmaster info contact news newsdesk editor editors letters support press help admin noreply "
    "no-reply subscriptions subscribe feedback tips service customerservice ads advertising privacy "
    "office"
)
_ROLE_MAILBOXES = frozenset(_ROLE_MAILBOXES_TEXT.split())
_MASTHEAD_RE = re.compile(r"^(?:masthead|site name|publication|newspaper)\s*[:：]\s*(?P<name>.{2,60})$", re.I)
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?"
    r"(?P<holder>[^\W\d_][^|©]{1,60}?)\s*(?:[.,|]\s|\.$|\s+all rights|$)",
    re.IGNORECASE,
)
_HOLDER_NOISE_RE = re.compile(r"^(?:copyright|©|\(c\))\s*|(?:\s*[-–]?\s*\d{4})+$", re.IGNORECASE)
_HOST_RE = re.compile(r"^(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)$", re.IGNORECASE)
_LEGAL_SUFFIX_RE = re.compile(
    r"(?:[\s,]+(?:ltd|inc|llc|limited|plc|co|corp|gmbh|s\.?a|pty|private|company))+\.?$", re.IGNORECASE
)


TITLE_ECHO_LINES = 20
_FEED_RE = re.compile(r"^#?(?!Feed\b)(?P<site>[^\s»#][^»#]{1,59}?) » (?:Comments )?Feed\b")
_SUFFIX_SEPARATOR_RE = re.compile(r"\s+[|\-–—»:]\s+")


def personal_email(lines: list[str]) -> str:
    """The first e-mail address in `lines` that belongs to a person, not a desk or a role."""
    for line in lines:
        if "@" not in line:
            continue
        for match in EMAIL_RE.finditer(line):
            address = match.group("address").strip(".")
            if address.split("@")[0].lower() not in _ROLE_MAILBOXES:
                return address
    return ""


def page_domains(lines: list[str]) -> list[str]:
    """Domains named on the page (in addresses and copyright lines), most frequent first."""
    counts: Counter[str] = Counter()
    for line in lines:
        if "@" in line:
            counts.update(m.group("domain").lower() for m in EMAIL_RE.finditer(line))
        for match in _COPYRIGHT_RE.finditer(line):
            host = _HOST_RE.match(match.group("holder").strip())
            if host:
                counts[host.group("host").lower()] += 1
    return [domain for domain, _ in counts.most_common()]


def page_zone(email: str, lines: list[str]) -> tzinfo | None:
    """The outlet's time zone, guessed from its author's or its own e-mail domain."""
    candidates = [email.split("@")[-1]] if email else []
    candidates += page_domains(lines)
    for domain in candidates:
        zone = zone_for_domain(domain)
        if zone is not None:
            return zone
    return None


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _domain_label(domain: str) -> str:
    # "www.harbourgazette.co.nz" -> "harbourgazette": the label before the public suffix.
    parts = [
        p for p in domain.lower().split(".") if p not in {"www", "co", "com", "org", "net", "ac", "news"}
    ]
    return _compact(parts[0]) if parts and len(parts[0]) > 2 else ""


def _clean_holder(holder: str) -> str:
    # "Copyright Gannett 2018", "Telegraph Media Group Limited 2019" -> the name alone.
    holder = _HOLDER_NOISE_RE.sub("", holder.strip(" .,()")).strip(" .,()")
    return _LEGAL_SUFFIX_RE.sub("", holder).strip(" .,()")


def _names_domain(key: str, label: str) -> bool:
    # "theharbourgazette" names "harbourgazette"; "harbour" alone is too short to.
    return label in key or (key in label and len(key) >= 0.7 * len(label))


def title_suffix(lines: list[str], title: str) -> str:
    """The site name after the headline in the page's <title> echo ("Headline | World | Site" -> "Site").

    Browsers and scrapers often print the <title> in the first lines; its last
    part, after a bar or a dash, is the site's name.
    """
    key = _words_key(title)
    if len(key) < 12:
        return ""
    for line in lines[:TITLE_ECHO_LINES]:
        if len(line) > 400 or key not in _words_key(line):
            continue
        parts = _SUFFIX_SEPARATOR_RE.split(line)
        suffix = parts[-1].strip(" »#")
        if len(parts) > 1 and 1 <= len(suffix.split()) <= 5 and key not in _words_key(suffix):
            return suffix
    return ""


def strip_site_suffix(title: str, site: str) -> str:
    """The headline without the site's name after it ("Headline - Site" -> "Headline")."""
    separators = list(_SUFFIX_SEPARATOR_RE.finditer(title)) if site else []
    if separators and _compact(title[separators[-1].end() :]) == _compact(site):
        return title[: separators[-1].start()].strip()
    return title


def _feed_name(lines: list[str]) -> str:
    # Blog engines name their feeds after the site ("Site » Feed"); text browsers print the links.
    for line in lines[:TITLE_ECHO_LINES]:
        match = _FEED_RE.match(line[:400])
        if match:
            return match.group("site").strip()
    return ""


def _words_key(text: str) -> str:
    return " ".join(words(text.lower()))


def find_outlet(lines: list[str], counts: Counter[str], *, title: str = "") -> str:
    """The outlet's name: a masthead label, the <title> echo's suffix, a repeated logo, the copyright holder.

    `counts` maps each line to how often it occurs on the page: a site's name
    repeats (logo, menus, footer) where an article's words do not.
    """
    for line in lines:
        match = _MASTHEAD_RE.match(line)
        if match:
            return match.group("name").strip()
    suffix = (title_suffix(lines, title) if title else "") or _feed_name(lines)
    if suffix:
        return suffix
    labels = [label for label in (_domain_label(d) for d in page_domains(lines)) if label]
    holders: list[str] = []
    for line in lines:
        for match in _COPYRIGHT_RE.finditer(line):
            holder = _clean_holder(match.group("holder"))
            # An agency's notice ("© Getty Images") is a picture's, not the page's.
            if not _HOST_RE.match(holder) and 1 <= len(words(holder)) <= 6 and not is_credit(holder):
                holders.append(holder)
    # A short line repeated on the page that matches the domain or the copyright holder.
    short = [line for line in counts if len(line) <= 50 and 1 <= len(line.split()) <= 6]
    for line in short:
        key = _compact(line)
        if counts[line] >= 2 and key and any(_names_domain(key, label) for label in labels):
            return line
    if holders:
        # "Daily Planet Media" holds the copyright of the "Daily Planet" named at the top.
        top = [line for line in lines[:15] if len(line) <= 50 and 1 <= len(line.split()) <= 5]
        return next((line for line in top if holders[0].lower().startswith(line.lower())), holders[0])
    first = next((line for line in lines if line.strip()), "")
    if first and counts[first] >= 2 and 2 <= len(first.split()) <= 5 and first[0].isupper():
        return first
    return ""
