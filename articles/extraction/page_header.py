"""Read the header above an article's body: title, standfirst, section, byline, dates.

Works on the page's non-blank lines and the index where the body starts. The
title is the headline-like line nearest the byline and date lines; the
section is the short label just above it; the standfirst is a headline-like
line between the title and the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from . import lines as L
from .captions import split_credit
from .dates import dates_in_line, find_date, is_date_line

# How far above the body the header is looked for, in non-blank lines.
HEADER_WINDOW = 40
TITLE_MARGIN = 2.0
# Some pages set the byline under the first paragraph or two.
BYLINE_AFTER_START = 4
TITLE_DISTANCE = 40
TITLE_ANCHOR_LINES = 5
TITLE_LEAD_WEIGHT = 6.0
SUBTITLE_LEAD_SHARE = 0.2
_LABEL_START_RE = re.compile(r"^(?:by|posted|published|updated|written|photo|image|source)\b", re.I)
_BREADCRUMB_RE = re.compile(r"\s+(?:>|»|›|/|\|)\s+")


@dataclass(slots=True)
class Header:
    title: str = ""
    subtitle: str = ""
    section: str = ""
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    header_start: int = 0


def read_header(*, page_texts: list[str], counts: Counter[str], body_start: int, body_end: int) -> Header:
    """The header fields of the article whose body spans [body_start, body_end)."""
    texts = page_texts
    low = max(0, body_start - HEADER_WINDOW)
    kinds = [_kind(texts[i]) for i in range(low, body_start)]
    header = Header(header_start=max(0, body_start - 15))
    lead_words = _content_words(" ".join(texts[body_start : min(body_end, body_start + 3)]))
    title_at = _title_index(texts, counts, low, body_start, kinds, lead_words)
    if title_at is not None:
        header.title = texts[title_at]
        header.header_start = title_at
        header.section = _section(texts, counts, title_at, low)
        header.subtitle = _subtitle(texts, counts, title_at + 1, body_start, kinds, low, lead_words)
        if _same_words(header.subtitle, header.title):
            header.subtitle = ""
    first = title_at - 3 if title_at is not None else low
    header.authors = _authors(
        texts, max(low, first), min(len(texts), body_start + BYLINE_AFTER_START), kinds, low
    )
    header.published, header.updated = _dates(texts, max(low, first), body_start, body_end, title_at)
    return header


def _same_words(a: str, b: str) -> bool:
    # "Opinion | Headline" and "Headline" are one title, not a title and a standfirst.
    a, b = " ".join(L.words(a.lower())), " ".join(L.words(b.lower()))
    return bool(a) and bool(b) and (a in b or b in a)


def _kind(text: str) -> str:
    if L.byline_names(text):
        return "byline"
    if is_date_line(text) or dates_in_line(text):
        return "date"
    if L.is_furniture(text) or L.is_doubled(text):
        return "furniture"
    if split_credit(text):
        return "caption"
    if L.looks_like_name(text):
        return "name"
    return ""


def _content_words(text: str) -> set[str]:
    return {w for w in L.words(text.lower()) if w not in L.FUNCTION_WORDS and len(w) > 2}


def _title_index(
    texts: list[str], counts: Counter[str], low: int, body_start: int, kinds: list[str], lead_words: set[str]
) -> int | None:
    scored: list[tuple[int, float]] = []
    for i in range(low, body_start):
        text = texts[i]
        if kinds[i - low] or not L.is_headline_like(text) or not text[0].isupper() and not text[0].isdigit():
            continue
        score = min(len(L.words(text)), 14) / 3 - (body_start - i) / TITLE_DISTANCE
        after = kinds[i + 1 - low : i + 1 + TITLE_ANCHOR_LINES - low]
        before = kinds[max(0, i - 2 - low) : i - low]
        # Bylines, dates or the body itself follow a headline closely.
        if any(k in {"date", "byline", "name"} for k in after) or body_start - i <= TITLE_ANCHOR_LINES:
            score += 3
        if "date" in before:
            score += 1
        if counts[text] > 1:
            score += 1
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
    steps = 0
    for i in range(title_at - 1, max(low, title_at - 5) - 1, -1):
        text = texts[i]
        if is_date_line(text):
            continue
        steps += 1
        parts = _BREADCRUMB_RE.split(text)
        if len(parts) > 1 and all(1 <= len(p.split()) <= 4 for p in parts):
            return parts[-1].strip()
        count = len(text.split())
        shaped = 1 <= count <= 4 and L.letter_share(text) > 0.8 and not L.ends_sentence(text)
        # Only the label right above the title: menus further up name every section.
        if shaped and "@" not in text and not L.is_furniture(text) and (counts[text] > 1 or count <= 3):
            return text
        break
    return ""


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


def _dates(
    texts: list[str], first: int, body_start: int, body_end: int, title_at: int | None
) -> tuple[datetime | None, datetime | None]:
    published = updated = None
    for i in [*range(first, body_start), *range(body_end, min(len(texts), body_end + 8))]:
        for kind, value in dates_in_line(texts[i]):
            if kind == "published" and published is None:
                published = value
            elif kind == "updated" and updated is None:
                updated = value
    if published is None:
        # An unlabelled date line: after the title first, as a site's clock sits above it.
        after = range(title_at + 1 if title_at is not None else first, body_start)
        before = range(first, title_at if title_at is not None else first)
        for i in [*after, *reversed(before)]:
            if is_date_line(texts[i]):
                published = find_date(texts[i])
                if published:
                    break
    return published, updated
