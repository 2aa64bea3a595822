"""Find the article in a page scraped to plain text, menus and all.

The body is the densest run of prose lines on the page: each line gets a
score (positive for sentence-like lines, negative for menu items, share
buttons, repeated lines, captions) and the run with the highest sum wins, as
in the maximum-subarray problem. The run is then cut at the first marker of
page furniture ("Related", "Top 10", an e-mail line), and the header above it
is read for the title, byline and dates (`page_header`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..results import ArticleParts, Caption
from . import lines as L
from .captions import remove_contained, split_credit, unique_captions
from .dates import is_date_line, localise, numeric_day_first
from .header import read_header
from .metadata import find_outlet, page_zone, personal_email, strip_site_suffix
from .unwrap import join_inline_breaks, unwrap

# Beyond this a "page" is not one article; reading more only costs time (about 2 µs a
# character). The dev pages' renders have up to 33,000.
MAX_CHARS = 200_000
_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A lead paragraph may sit this many furniture lines above the rest of the body.
LEAD_GAP_LINES = 8
HARD_MARKER_SCORE = -40.0
ARTICLE_SIZED = 40.0
AFTER_ARTICLE_WEIGHT = 0.1
# A sentence may begin like a marker ("Comments by the minister..."); a marker line is short.
END_MARKER_MAX_WORDS = 12
LEAD_MIN_WORDS = 20
_RULE_RE = re.compile(r"^[\W_]{3,}$")


@dataclass(slots=True)
class PageLine:
    """One non-blank line of the page with the signals the scorer needs."""

    text: str
    bullet: bool
    count: int
    prose: bool
    furniture: bool
    doubled: bool
    credit: tuple[str, str] | None

    @property
    def word_count(self) -> int:
        return L.word_count(self.text)


def article_from_page_text(text: str) -> ArticleParts:
    """The article in a page rendered to text (by a browser, lynx, w3m or a scraper).

    Never raises: an empty or unreadable page gives an empty ArticleParts.
    """
    if not isinstance(text, str) or not text.strip():
        return ArticleParts()
    raw_lines = normalise_lines(text[:MAX_CHARS])
    page = _page_lines(raw_lines)
    if not page:
        return ArticleParts()
    start, end = _body_span(page)
    texts = [line.text for line in page]
    counts = Counter(texts)
    paragraphs = _paragraphs(page, start, end)
    header = read_header(
        page_texts=texts, counts=counts, body_start=start, body_end=end, day_first=_day_first(texts, start)
    )
    captions = _captions(page, header.header_start, end, paragraphs)
    email = personal_email(texts[end : end + 6]) or personal_email(texts[header.header_start : start])
    zone = page_zone(email, texts)
    outlet = find_outlet(texts, counts, title=header.title)
    return ArticleParts(
        title=strip_site_suffix(header.title, outlet),
        subtitle=header.subtitle,
        section=header.section,
        outlet=outlet,
        authors=header.authors,
        author_email=email,
        published=localise(header.published, zone),
        updated=localise(header.updated, zone),
        paragraphs=paragraphs,
        captions=captions,
    )


def normalise_lines(text: str) -> list[str]:
    """The page's lines with invisible characters dropped and spaces collapsed; blanks kept as ""."""
    text = _INVISIBLE_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = join_inline_breaks(text.replace("\t", "    ").split("\n"))
    lines = unwrap([line.rstrip() for line in lines])
    return [_SPACE_RE.sub(" ", line).strip() for line in lines]


def _day_first(texts: list[str], body_start: int) -> bool:
    # A numeric date on the page that shows its order settles it; else sites outside the
    # United States (a known country-code domain) print the day first.
    shown = numeric_day_first(texts[max(0, body_start - 60) : body_start + 60])
    return shown if shown is not None else page_zone("", texts) is not None


def _page_lines(raw_lines: list[str]) -> list[PageLine]:
    stripped: list[tuple[str, bool]] = []
    for raw in raw_lines:
        if not raw or _RULE_RE.match(raw):
            continue
        text, bullet = L.strip_bullet(raw)
        if text:
            stripped.append((text, bullet))
    counts = Counter(text for text, _ in stripped)
    # Pages repeat their menus: read each distinct line once.
    features = {text: _features(text) for text in counts}
    return [PageLine(text, bullet, counts[text], *features[text]) for text, bullet in stripped]


def _features(text: str) -> tuple[bool, bool, bool, tuple[str, str] | None]:
    credit = split_credit(text) if len(text) >= 12 else None
    return L.is_prose(text), L.is_furniture(text), L.is_doubled(text), credit


def _score(line: PageLine) -> float:
    # Prose earns by its length; everything else costs, menus and repeats the most.
    if L.END_MARKER_RE.match(line.text) and (not line.prose or line.word_count <= END_MARKER_MAX_WORDS):
        return HARD_MARKER_SCORE
    if L.SOFT_MARKER_RE.match(line.text):
        return -10.0
    if line.furniture or line.doubled or line.credit or (line.count > 1 and not line.prose):
        return -8.0
    if line.count > 1:
        # A paragraph the page repeats (a lead echoed in a teaser) neither makes nor breaks a body.
        return 0.0
    if line.prose:
        return min(line.word_count, 40) - 2.0
    if line.bullet or L.is_numbered(line.text):
        return -5.0
    return -2.0 - min(line.word_count, 15) * 0.2


def _body_span(page: list[PageLine]) -> tuple[int, int]:
    """Start and end (exclusive) of the best-scoring run of lines."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    # Once an article-sized run has ended at a hard marker ("Related", "34 comments"), what
    # follows is comments and teasers: it counts for less.
    weight, segment_best = 1.0, 0.0
    for index, line in enumerate(page):
        score = _score(line)
        if score <= HARD_MARKER_SCORE and L.BARRIER_RE.match(line.text):
            if segment_best >= ARTICLE_SIZED:
                weight = AFTER_ARTICLE_WEIGHT
            total, segment_best = 0.0, 0.0
            continue
        if total <= 0:
            total, start = 0.0, index
        total += score * weight if score > 0 else score
        segment_best = max(segment_best, total)
        if total > best:
            best, best_span = total, (start, index + 1)
    start, end = best_span
    # The run may start or end on a caption or a heading; trim to prose.
    while start < end and not page[start].prose:
        start += 1
    while end > start and not page[end - 1].prose:
        end -= 1
    if end > start:
        start = _extend_back(page, start)
    return start, end


def _extend_back(page: list[PageLine], start: int) -> int:
    """Take in a long lead paragraph cut off from the body by a photo or a player widget."""
    index, gap = start - 1, 0
    while index >= 0 and gap <= LEAD_GAP_LINES:
        line = page[index]
        if L.END_MARKER_RE.match(line.text):
            break
        if _is_lead(line):
            start, gap = index, 0
        elif line.prose and not line.credit:
            break
        else:
            gap += 1
        index -= 1
    return start


def _is_lead(line: PageLine) -> bool:
    return (
        line.prose
        and line.word_count >= LEAD_MIN_WORDS
        and not (line.credit or line.furniture or line.doubled)
    )


def _paragraphs(page: list[PageLine], start: int, end: int) -> list[str]:
    paragraphs: list[str] = []
    seen: set[str] = set()
    for index in range(start, end):
        line = page[index]
        if line.text in seen or line.furniture or line.doubled or line.credit:
            continue
        if line.prose or _is_subheading(page, index, end):
            paragraphs.append(line.text)
            seen.add(line.text)
    return paragraphs


def _is_subheading(page: list[PageLine], index: int, end: int) -> bool:
    # A short heading inside the body, followed by prose ("What happens next").
    line = page[index]
    if line.bullet or line.count > 1 or index + 1 >= end or not page[index + 1].prose:
        return False
    count = line.word_count
    return (
        2 <= count <= 15
        and L.letter_share(line.text) > 0.75
        and not is_date_line(line.text)
        and not L.byline_names(line.text)
        and not L.END_MARKER_RE.match(line.text)
    )


def _captions(page: list[PageLine], header_start: int, end: int, paragraphs: list[str]) -> list[Caption]:
    found: list[Caption] = []
    for line in page[header_start:end]:
        if not line.credit:
            continue
        text, credit = line.credit
        text = remove_contained(text, paragraphs)
        if len(L.words(text)) >= 3:
            found.append(Caption(text=text, credit=credit))
    return unique_captions(found)
