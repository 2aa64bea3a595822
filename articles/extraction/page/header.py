"""Read the header above an article's body: title, standfirst, section, byline, dates.

Works on the page's non-blank lines and the index where the body starts. The
title is the headline-like line nearest the byline and date lines, helped when
the page's <title> echoes it in the first lines and hurt when it looks like a
caption, a menu item or a line repeated below the article; the section is the
short label just above it (not the end of a menu) or a breadcrumb's last part;
the standfirst is a headline-like line between the title and the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from . import lines as L
from .captions import split_credit
from .dates import DATE_RE, dates_in_line, find_date, is_date_line

# How far above the body the header is looked for, in non-blank lines.
HEADER_WINDOW = 40
TITLE_MARGIN = 2.0
# Some pages set the byline under the first paragraph or two.
BYLINE_AFTER_START = 4
LONG_LINE = 300
TITLE_DISTANCE = 40
TITLE_ANCHOR_LINES = 5
TITLE_LEAD_WEIGHT = 6.0
SUBTITLE_LEAD_SHARE = 0.2
_LABEL_START_RE = re.compile(r"^(?:by|posted|published|updated|written|photo|image|source)\b", re.I)
_BREADCRUMB_RE = re.compile(r"\s+(?:>|»|›|/|\|)\s+")
# The page's <title> and its echoes sit in the first lines (lynx prints "#alternate ...").
TITLE_ECHO_LINES = 12
TITLE_ECHO_WEIGHT = 4.0
ECHO_MAX_CHARS = 400
# A line the page repeats below the article is furniture ("Continue reading", a teaser).
REPEATED_BELOW_PENALTY = 3.0
# "Jane Roe @janeroe / 2 days", "Jane Roe | 4 March 2024": a name, then a handle, a time or a role.
_BYLINE_PARTS_RE = re.compile(r"\s+[|/·•—]\s+|\s+(?=@\w)")
_RELATIVE_TIME_RE = re.compile(
    r"^\d{1,3}\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\b(?:\s+ago)?$", re.I
)
_HANDLE_RE = re.compile(r"^@\w{2,30}$")
_OPENING_QUOTES = "\"'“‘«„(["
# An image placeholder ("[photo.jpg]", "[javascript]") or a picture's alt text printed twice.
_PICTURE_RE = re.compile(r"^\[[^\]]*\](?:\s*\[[^\]]*\])*$")
CAPTION_PENALTY = 3.0
# A label under this many other labels is the end of a menu, not the article's section.
MENU_RUN = 3
_HOME_RE = re.compile(r"^(?:home|homepage|home page|start|accueil|in[ií]cio|beranda|startseite)$", re.I)
# Headlines carry no web address; product boxes and credits do ("More info: www.example.com").
_WEB_ADDRESS_RE = re.compile(r"\bwww\.|https?://|\.(?:com|org|net|co\.\w\w)\b", re.I)
MENU_ITEM_WORDS = 5
# A headline sits right on its byline or dateline, with at most furniture between.
NEXT_TO_BYLINE = 2.0


@dataclass(slots=True)
class Header:
    title: str = ""
    subtitle: str = ""
    section: str = ""
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    header_start: int = 0


def read_header(
    *, page_texts: list[str], counts: Counter[str], body_start: int, body_end: int, day_first: bool = False
) -> Header:
    """The header fields of the article whose body spans [body_start, body_end).

    `day_first` reads an all-numeric date that could go both ways ("04/03/2024").
    """
    texts = page_texts
    low = max(0, body_start - HEADER_WINDOW)
    kinds = [_kind(texts[i]) for i in range(low, body_start)]
    header = Header(header_start=max(0, body_start - 15))
    lead_words = _content_words(" ".join(texts[body_start : min(body_end, body_start + 3)]))
    title_at = _title_index(texts, counts, low, (body_start, body_end), kinds, lead_words)
    if title_at is not None:
        header.title = texts[title_at]
        header.header_start = title_at
        header.section = _section(texts, counts, title_at, low)
        header.subtitle = _subtitle(texts, counts, title_at + 1, body_start, kinds, low, lead_words)
        if _same_words(header.subtitle, header.title):
            header.subtitle = ""
    first = title_at - 3 if title_at is not None else low
    under = _under_lead(texts, body_start, body_end)
    header.authors = _authors(texts, max(low, first), under, kinds, low)
    header.published, header.updated = _dates(
        texts, max(low, first), (body_start, body_end), title_at, under=under, day_first=day_first
    )
    return header


def _next_kind(kinds: list[str], start: int) -> str:
    for kind in kinds[start : start + 3]:
        if kind != "furniture":
            return kind
    return ""


def _in_menu_run(texts: list[str], i: int, kinds: list[str], low: int) -> bool:
    """True for a short line between two other short labels: an item of a menu."""
    if len(texts[i].split()) > MENU_ITEM_WORDS or i - 1 < low or i + 1 >= low + len(kinds):
        return False
    return all(
        kinds[j - low] in {"", "name", "furniture"} and 1 <= len(texts[j].split()) <= MENU_ITEM_WORDS - 1
        for j in (i - 1, i + 1)
    )


def _under_picture(texts: list[str], i: int, low: int) -> bool:
    """True for a caption or alt text: right under an image placeholder or a line printing it twice."""
    above = texts[i - 1] if i > low else ""
    return bool(_PICTURE_RE.match(above)) or (len(above) > len(texts[i]) and above.count(texts[i]) >= 2)


def _same_words(a: str, b: str) -> bool:
    # "Opinion | Headline" and "Headline" are one title, not a title and a standfirst.
    a, b = " ".join(L.words(a.lower())), " ".join(L.words(b.lower()))
    return bool(a) and bool(b) and (a in b or b in a)


def _kind(text: str) -> str:
    if L.byline_names(text) or _name_with_detail(text):
        return "byline"
    if _is_dated(text) or dates_in_line(text):
        return "date"
    if L.is_furniture(text) or L.is_doubled(text):
        return "furniture"
    if split_credit(text):
        return "caption"
    if L.looks_like_name(text):
        return "name"
    return ""


def _normal(text: str) -> str:
    return " ".join(L.words(text.lower()))


def _content_words(text: str) -> set[str]:
    return {w for w in L.words(text.lower()) if w not in L.FUNCTION_WORDS and len(w) > 2}


def _title_index(
    texts: list[str],
    counts: Counter[str],
    low: int,
    body: tuple[int, int],
    kinds: list[str],
    lead_words: set[str],
) -> int | None:
    body_start, body_end = body
    scored: list[tuple[int, float]] = []
    # A <title> echo is short: the start of a long first line is enough.
    top = [_normal(text[:ECHO_MAX_CHARS]) for text in texts[: min(TITLE_ECHO_LINES, low + len(kinds))]]
    below = set(texts[body_end:])
    for i in range(low, body_start):
        text = texts[i]
        first = text.lstrip(_OPENING_QUOTES)[:1]
        if kinds[i - low] or not L.is_headline_like(text) or not (first.isupper() or first.isdigit()):
            continue
        score = min(len(L.words(text)), 14) / 3 - (body_start - i) / TITLE_DISTANCE
        after = kinds[i + 1 - low : i + 1 + TITLE_ANCHOR_LINES - low]
        before = kinds[max(0, i - 2 - low) : i - low]
        # Bylines, dates or the body itself follow a headline closely; a run of
        # capitalised menu items ("Real Estate", "Life Video") is no byline.
        anchored = any(k in {"date", "byline"} for k in after) or after.count("name") == 1
        if anchored or body_start - i <= TITLE_ANCHOR_LINES:
            score += 3
        if _next_kind(kinds, i + 1 - low) in {"date", "byline"}:
            score += NEXT_TO_BYLINE
        if (
            _under_picture(texts, i, low)
            or _WEB_ADDRESS_RE.search(text)
            or _in_menu_run(texts, i, kinds, low)
        ):
            score -= CAPTION_PENALTY
        if "date" in before:
            score += 1
        if counts[text] > 1:
            score += -REPEATED_BELOW_PENALTY if text in below else 1
        # The page's <title> ("Headline | Site") echoes the headline at the very top.
        normal = _normal(text)
        if len(normal) >= 12 and any(normal in line for j, line in enumerate(top) if j != i):
            score += TITLE_ECHO_WEIGHT
        if L.is_prose(text):
            score -= 2
        # A headline sums up the lead: menus and teasers share few of its words.
        own = _content_words(text)
        if own and lead_words:
            score += TITLE_LEAD_WEIGHT * len(own & lead_words) / len(own)
        scored.append((i, score))
    if not scored:
        return None
    # Headlines come before standfirsts: of the near-best lines, the first is the title.
    best = max(score for _, score in scored)
    return next(i for i, score in scored if score >= best - TITLE_MARGIN)


def _section(texts: list[str], counts: Counter[str], title_at: int, low: int) -> str:
    """The section: a breadcrumb's last part, or the short label right above the title."""
    for i in range(title_at - 1, max(low, title_at - 5) - 1, -1):
        text = texts[i]
        # A clock or the headline printed twice sits between some titles and their label.
        if is_date_line(text) or text == texts[title_at]:
            continue
        parts = _BREADCRUMB_RE.split(text)
        if len(parts) > 1 and all(1 <= len(p.split()) <= 4 for p in parts):
            return parts[-1].strip()
        # Only the label right above the title: menus further up name every section.
        if _is_label(text, counts) and not _in_menu(texts, counts, i, low):
            return text
        break
    return ""


def _is_label(text: str, counts: Counter[str]) -> bool:
    count = len(text.split())
    shaped = 1 <= count <= 4 and L.letter_share(text) > 0.8 and not L.ends_sentence(text)
    return (
        shaped
        and "@" not in text
        and (counts[text] > 1 or count <= 3)
        and not (L.is_furniture(text) or L.is_doubled(text) or L.is_interface(text))
    )


def _in_menu(texts: list[str], counts: Counter[str], at: int, low: int) -> bool:
    """True for the last item of a menu: a run of labels, unless the run is a breadcrumb from "Home".

    A label printed twice in a row is the page's section (the menu's current
    item, then the section's heading), even at the end of a menu.
    """
    if at > low and texts[at - 1] == texts[at]:
        return False
    for i in range(at - 1, max(low, at - MENU_RUN) - 1, -1):
        if _HOME_RE.match(texts[i]) or not _is_label(texts[i], counts):
            return False
    return at - low >= MENU_RUN


def _subtitle(
    texts: list[str],
    counts: Counter[str],
    first: int,
    body_start: int,
    kinds: list[str],
    low: int,
    lead_words: set[str],
) -> str:
    """A standfirst: right under the title, or right above the byline, the dates or the body.

    It must share words with the lead, as a standfirst sums the story up; a
    teaser for another story or a "follow us" line does not.
    """
    for i in range(first, body_start):
        text = texts[i]
        if kinds[i - low] or counts[text] > 1 or _LABEL_START_RE.match(text) or _BREADCRUMB_RE.search(text):
            continue
        count = len(L.words(text))
        shaped = 5 <= count <= 60 and L.letter_share(text) > 0.75 and text[0].isupper() and not text.isupper()
        own = _content_words(text)
        if not shaped or L.is_numbered(text) or len(own & lead_words) < SUBTITLE_LEAD_SHARE * len(own):
            continue
        next_kind = kinds[i + 1 - low] if i + 1 < body_start else "body"
        if i == first or next_kind in {"byline", "date", "name", "body"}:
            return text
    return ""


def _authors(texts: list[str], first: int, last: int, kinds: list[str], low: int) -> list[str]:
    for i in range(first, last):
        names = L.byline_names(texts[i])
        if not names and L.BARE_BY_RE.match(texts[i]) and i + 1 < len(texts):
            # "By" on a line of its own, the name on the next.
            names = L.byline_names(f"By {texts[i + 1]}")
        names = names or _name_with_detail(texts[i])
        if names:
            return names
    # A bare name next to the dates ("Jane Roe" under "Posted : ...").
    for i in range(first, min(last, low + len(kinds))):
        if kinds[i - low] != "name":
            continue
        near = kinds[max(0, i - 2 - low) : i + 3 - low]
        if "date" in near:
            return [texts[i]]
    return []


def _name_with_detail(text: str) -> list[str]:
    """The name in "Jane Roe @janeroe / 2 days", "Jane Roe | 4 March 2024" or "Jane Roe 04/03/2024"."""
    if len(text) > 120:
        return []
    date = DATE_RE.search(text)
    if date:
        # The name may sit right before or right after the date, with nothing else on its side.
        for side in (text[: date.start()], text[date.end() :]):
            side = side.strip(" |/·•—-,")
            if side and L.looks_like_name(side) and not is_date_line(side):
                return [side]
    parts = _BYLINE_PARTS_RE.split(text.strip())
    if len(parts) < 2 or not L.looks_like_name(parts[0]):
        return []
    detail = parts[1].strip()
    if _HANDLE_RE.match(detail) or _RELATIVE_TIME_RE.match(detail) or is_date_line(detail):
        return [parts[0]]
    return []


def _under_lead(texts: list[str], body_start: int, body_end: int) -> int:
    """Where the byline search stops: after the first two paragraphs, captions and credits not counted."""
    prose = 0
    for i in range(body_start, min(body_end, body_start + BYLINE_AFTER_START * 2)):
        # A long line is a paragraph whatever its shape; short ones must read as prose.
        if len(texts[i]) > LONG_LINE or L.is_prose(texts[i]):
            prose += 1
            if prose > BYLINE_AFTER_START // 2:
                return i
    return min(body_end, body_start + BYLINE_AFTER_START * 2)


def _dates(
    texts: list[str],
    first: int,
    body: tuple[int, int],
    title_at: int | None,
    *,
    under: int,
    day_first: bool = False,
) -> tuple[datetime | None, datetime | None]:
    body_start, body_end = body
    published = updated = None
    # Some pages set the dates under the first paragraph: only short dated lines count there.
    inside = [i for i in range(body_start, under) if _is_dated(texts[i]) or _labelled_dates(texts[i])]
    labelled = [*range(first, body_start), *inside, *range(body_end, min(len(texts), body_end + 8))]
    for i in labelled:
        for kind, value in dates_in_line(texts[i], day_first=day_first):
            if kind == "published" and published is None:
                published = value
            elif kind == "updated" and updated is None:
                updated = value
    if published is None:
        # An unlabelled date line: after the title first, as a site's clock sits above it.
        after = [*range(title_at + 1 if title_at is not None else first, body_start), *inside]
        before = range(first, title_at if title_at is not None else first)
        order = [*after, *reversed(before)]
        # A date line first; then a byline or a short line with a date in it
        # ("Jane Roe 27/09/2018 Comments", "By Jane Roe @jroe Nov 18, 2019").
        found = {i: find_date(texts[i], day_first=day_first) for i in order}
        dated = [i for i in order if found[i] and not _only_updated(texts[i])]
        first_choice = [i for i in dated if _is_dated(texts[i])]
        other = [i for i in dated if len(texts[i]) <= 160 and not L.is_prose(texts[i])]
        published = next((found[i] for i in [*first_choice, *other]), None)
    return published, updated


def _is_dated(text: str) -> bool:
    """A date line, or a short line that opens on a date ("13/06/2014 Jane Roe Books, Reviews")."""
    if is_date_line(text):
        return True
    match = DATE_RE.match(text)
    return bool(match) and len(text) <= 120 and not L.is_prose(text)


def _labelled_dates(text: str) -> bool:
    return bool(dates_in_line(text)) and not L.is_prose(text)


def _only_updated(text: str) -> bool:
    found = dates_in_line(text)
    return bool(found) and all(kind == "updated" for kind, _ in found)
