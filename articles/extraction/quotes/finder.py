"""Quotes: direct, indirect and mixed reported speech, with speaker and outlet.

The body is read sentence by sentence (sentences joined while a quotation runs
across them). Cues are looked for only outside quotation marks; around each
cue the speaker and the reported words are found (see `attribution`), then the
speaker is resolved to a full name (see `speakers`). Quotations left without a
cue take the speaker of the quotation next to them in the same paragraph, or
of the paragraph before when they open their paragraph.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

from ..results import PARAGRAPH_SEPARATOR, Quote, Sentence, Speaker
from .attribution import Attribution, Stretch, attribute, is_title_of_work
from .cues import find_cues, words
from .names import Mention
from .quotemarks import Quotation, mask, quotation_spans
from .speakers import SpeakerBook

TRANSCRIPT_LINE = re.compile(
    r"(?m)^[\"\u201c]?(?P<name>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):[ \t]+(?P<text>[^\n]+)"
)
# A headline or a line of an interview giving its speaker first: "Paul Ryan: FBI decision defies explanation".
LABELLED_LINE = re.compile(
    r"(?m)^(?P<name>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}):[ \t]+"
    r"(?P<text>[\"\u201c\u2018'A-Z][^\n]+)"
)
DOUBLE_MARK = re.compile('["\u201c\u201d\u2018]')
# Capitalised labels that open a line without being anyone speaking.
NOT_SPEAKERS = words(
    "CLARIFICATION CORRECTION UPDATE UPDATED NOTE WATCH READ RELATED PHOTOS PHOTO VIDEO SOURCE SOURCES "
    "EDITOR'S EDITOR\u2019S CREDIT WARNING ALERT BREAKING LIVE ANALYSIS OPINION COMMENTARY EXCLUSIVE "
    "ADVERTISEMENT SEE ALSO MORE CONTACT FOLLOW SUBSCRIBE SHARE TAGS TOPICS CATEGORY DATE TIME WHEN "
    "WHERE WHAT WHO WHY HOW LOCATION FILE MAP CHART GRAPHIC CONTRIBUTING CONTRIBUTORS REVEALED WOW "
    "BOMBSHELL LATEST NOTICE PAID"
)
QUESTION_CLOSED = re.compile(r"[.?!][\"\u201d\u00bb'\u2019]+$")
MAX_SIGNATURE_WORDS = 12
# How many quotes either side are searched for a neighbour lending its speaker.
NEIGHBOUR_REACH = 20
SENTENCE_OVER = re.compile(r"[.!?:][\"\u201d'\u2019]*$")
# A quotation inside a sentence with fewer words than this names or labels something.
MIN_EMBEDDED_WORDS = 4
SENTENCE_BEFORE = re.compile(r"[.!?][\"\u201d'\u2019]*\s+$")
# A quotation with no cue and no neighbour to lend a speaker is kept only when
# it is long enough to be someone's words rather than a term in scare quotes
# (short scare quotes inside a sentence are set aside by MIN_EMBEDDED_WORDS first).
MIN_UNATTRIBUTED_WORDS = 3
# Between two parts of one quotation: its closing mark, the signature, the next opening mark.
MAX_SIGNATURE_GAP = 200
CLOSED_THEN_OPENED = re.compile(
    r"(?:[\"\u201d\u00bb]|'')[^\"\u201c\u201d\u00ab\u00bb!?;]*(?:[\"\u201c\u00ab]|``|'')",
)
# A title-case paragraph: one line of words most of which (of four letters or more) are capitalised.
HEADLINE_PARAGRAPH = re.compile(r"(?m)^[^\n]{10,300}$")
# Words of four letters or more count: short ones ("a", "of", "the") stay lowercase in a title.
TITLE_WORD = re.compile(r"\b[A-Za-z][a-z']{3,}\b|\b[A-Z][A-Za-z']{3,}\b")
MIN_HEADLINE_WORDS = 3
HEADLINE_SHARE = 0.7
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
RESUMED = re.compile(r"\s*\n\n\s*(?:[\"\u201c\u00ab]|``|'')")


def find_quotes(body: str, sentences: list[Sentence]) -> list[Quote]:
    """Every quote in `body`, in reading order, with offsets into `body`.

    `sentences` are those of `split_sentences(body)`; a quote's `text` is its
    content only (no quotation marks, cue or speaker), so `body[start:end] == text`.
    """
    if not body.strip():
        return []
    quotations = quotation_spans(body)
    masked = mask(body, quotations)
    book = SpeakerBook(body, masked)
    quotes: list[Quote] = _transcript(body, book)
    transcribed = sorted(q.start for q in quotes)
    openings = [q.open for q in quotations]
    # Cues found in one pass over the body, then handed to each stretch.
    cues = sorted([*find_cues(masked, 0, len(masked)), *_headline_cues(masked)], key=lambda m: m.start())
    cue_starts = [m.start() for m in cues]
    for start, end in _stretches(body, sentences, quotations):
        if _any_between(transcribed, start, end):
            continue
        inside = quotations[bisect.bisect_left(openings, start) : bisect.bisect_left(openings, end)]
        near = cues[bisect.bisect_left(cue_starts, start) : bisect.bisect_left(cue_starts, end)]
        stretch = Stretch(
            body, masked, inside, start, end, book.is_person_name, [m for m in near if m.end() <= end]
        )
        previous: Speaker | None = None
        for found in attribute(stretch):
            speaker = _speaker(book, found, previous)
            previous = speaker or previous
            quotes.append(_quote(body, found, speaker))
    quotes.extend(_continued(body, quotations, quotes, book))
    quotes.sort(key=lambda q: (q.start, q.end))
    return _join_interrupted(body, masked, quotes)


def _headline_cues(masked: str) -> list[re.Match]:
    """Cues in paragraphs written in title case: "Rubio Says Abandoning Reform Was A Sign Of Leadership".

    Cues are lowercase words, so they are looked for in a lowercased copy of
    such a paragraph (same offsets); names are still read in the original.
    """
    found: list[re.Match] = []
    for paragraph in HEADLINE_PARAGRAPH.finditer(masked):
        words = TITLE_WORD.findall(paragraph.group())
        capitalised = sum(1 for word in words if word[0].isupper())
        if len(words) < MIN_HEADLINE_WORDS or capitalised < HEADLINE_SHARE * len(words):
            continue
        start, end = paragraph.span()
        lowered = " " * start + paragraph.group().translate(ASCII_LOWER)
        found.extend(m for m in find_cues(lowered, start, end) if not m.group().startswith("according"))
    return found


def _join_interrupted(body: str, masked: str, quotes: list[Quote]) -> list[Quote]:
    """One quote for one quotation interrupted by its signature or a paragraph break.

    '"We lost," Lee said. "We will win next time."' is one statement cut by the
    reporter: an editor checks it once, against one speaker, so it is one quote
    whose span runs from its first quoted word to its last, the signature
    between them included (`body[start:end] == text` holds, so the marks and
    "Lee said" are part of the text). A quotation left open at the end of a
    paragraph and resumed at the start of the next is joined the same way.
    What the signature itself attributes (", he said, referring to ...") lies
    inside the joined quote and is dropped.
    """
    joined: list[Quote] = []
    for quote in quotes:
        last = next((q for q in reversed(joined) if q.kind == "direct"), None)
        if last is not None and _interrupted(masked, last, quote):
            speaker = _signature(last, quote)
            while joined[-1] is not last:
                joined.pop()  # the signature's own words, inside the joined quote
            joined[-1] = Quote(
                text=body[last.start : quote.end],
                kind="direct",
                cue=last.cue or quote.cue,
                start=last.start,
                end=quote.end,
                speaker=speaker,
                via=last.via or quote.via,
            )
            continue
        joined.append(quote)
    return joined


def _signature(first: Quote, second: Quote) -> Speaker | None:
    """The speaker of a joined quote: the one named between its parts, else the first part's."""
    for speaker in (first.speaker, second.speaker):
        if speaker is not None and speaker.start is not None and first.end <= speaker.start < second.start:
            return speaker
    return first.speaker if first.speaker is not None and first.speaker.start is not None else second.speaker


def _interrupted(masked: str, first: Quote, second: Quote) -> bool:
    """Whether two direct quotes are one quotation cut by its signature or a paragraph.

    Within a paragraph the words between them must hold the first part's
    signature (or none found, as in '"A," said a consultant. "B"'), and the
    second part no signature of its own naming someone else.
    """
    if second.kind != "direct" or first.end > second.start:
        return False
    gap = masked[first.end : second.start]
    if PARAGRAPH_SEPARATOR in gap:
        # Only a quotation left open at its paragraph's end goes on in the next one.
        return _same_speaker(first, second) and RESUMED.fullmatch(gap) is not None
    if len(gap) > MAX_SIGNATURE_GAP or not CLOSED_THEN_OPENED.fullmatch(gap):
        return False
    second_signed = second.speaker is not None and second.speaker.start is not None
    if second_signed and second.speaker.start >= second.start:
        # The second part signed after itself is another statement, unless by the same speaker.
        return _same_speaker(first, second)
    if second_signed and first.end <= second.speaker.start:
        # Words between naming a speaker are the first part's signature, else a new statement.
        return first.speaker is None or first.speaker.start == second.speaker.start
    return True


def _same_speaker(first: Quote, second: Quote) -> bool:
    one, other = first.speaker, second.speaker
    return one is not None and other is not None and one.name == other.name


def _any_between(offsets: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(offsets, start)
    return index < len(offsets) and offsets[index] < end


def _transcript(body: str, book: SpeakerBook) -> list[Quote]:
    """Paragraphs of a transcript, each opening with its speaker in capitals: "SMITH: Well, ..."."""
    quotes = []
    lines = {m.start(): m for m in TRANSCRIPT_LINE.finditer(body)}
    for match in LABELLED_LINE.finditer(body):
        lines.setdefault(match.start(), match)
    for _, match in sorted(lines.items()):
        name = match.group("name")
        if name in NOT_SPEAKERS or (match.re is LABELLED_LINE and not _labels_a_speaker(name)):
            continue
        mention = Mention(name.title(), match.start("name"), match.end("name"), "name")
        speaker = book.resolve(mention)
        speaker.mention = name
        start, end = match.start("text"), _trim(body, match.start("text"), match.end("text"))
        kind = (
            "direct"
            if match.re is TRANSCRIPT_LINE
            else "mixed"
            if DOUBLE_MARK.search(body, start, end)
            else "indirect"
        )
        quotes.append(Quote(body[start:end], kind, ":", start, end, speaker))
    return quotes


def _labels_a_speaker(label: str) -> bool:
    """Whether a label opening a line names who speaks ("Paul Ryan", "Poll"), not a section ("The Latest")."""
    return not label.startswith("The ") and not any(word.upper() in NOT_SPEAKERS for word in label.split())


def _speaker(book: SpeakerBook, found: Attribution, previous: Speaker | None) -> Speaker | None:
    if found.mention is not None:
        return book.resolve(found.mention)
    if found.inherit and previous is not None:
        return dataclasses.replace(previous)  # its own copy, so that one quote's edit spares the other
    return None


def _quote(body: str, found: Attribution, speaker: Speaker | None) -> Quote:
    return Quote(
        text=body[found.start : found.end],
        kind=found.kind,
        cue=found.cue,
        start=found.start,
        end=found.end,
        speaker=speaker,
        via=found.via,
    )


def _stretches(body: str, sentences: list[Sentence], quotations: list[Quotation]) -> list[tuple[int, int]]:
    """Sentence spans, joined where a quotation crosses from one sentence into the next."""
    spans = [(s.start, s.end) for s in sentences if 0 <= s.start < s.end <= len(body)]
    if not spans:
        spans = _paragraph_spans(body)
    joined: list[tuple[int, int]] = []
    crossing = [(q.open, q.close) for q in quotations]
    for start, end in spans:
        if (
            joined
            and joined[-1][1] <= start
            and (_crossed(crossing, joined[-1][1], start, body) or _signed(body, joined[-1][1], start, end))
        ):
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return _split_at_openings(body, joined, quotations)


def _split_at_openings(
    body: str, stretches: list[tuple[int, int]], quotations: list[Quotation]
) -> list[tuple[int, int]]:
    """Split where a quotation opens a new sentence the sentence splitter did not see."""
    # Quotations never overlap, so an opening mark is never inside another quotation.
    openings = [q.open for q in quotations]
    result = []
    for start, end in stretches:
        first = bisect.bisect_right(openings, start)
        last = bisect.bisect_left(openings, end)
        cuts = [at for at in openings[first:last] if SENTENCE_BEFORE.search(body, max(start, at - 6), at)]
        for cut in cuts:
            result.append((start, _trim(body, start, cut)))
            start = cut
        result.append((start, end))
    return result


def _signed(body: str, previous_end: int, start: int, end: int) -> bool:
    """Whether a short sentence only signs the quotation that ends the sentence before it.

    '"Does anybody know?" Graham asked.' is split after the question mark,
    but "Graham asked" belongs to the quotation.
    """
    if PARAGRAPH_SEPARATOR in body[previous_end:start] or not QUESTION_CLOSED.search(
        body, max(0, previous_end - 6), previous_end
    ):
        return False
    if len(body[start:end].split()) > MAX_SIGNATURE_WORDS:
        return False
    return next(find_cues(body, start, end), None) is not None


def _crossed(crossing: list[tuple[int, int]], left: int, right: int, body: str) -> bool:
    # Paragraph breaks are never crossed: a quotation stops at its paragraph's end.
    if PARAGRAPH_SEPARATOR in body[left:right]:
        return False
    # Quotations never overlap: only the last one opened before `left` can cross.
    index = bisect.bisect_left(crossing, (left,)) - 1
    return index >= 0 and crossing[index][1] >= right


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for paragraph in body.split(PARAGRAPH_SEPARATOR):
        if paragraph.strip():
            spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return spans


def _continued(body: str, quotations: list[Quotation], quotes: list[Quote], book: SpeakerBook) -> list[Quote]:
    """Quotations no cue reached, with the speaker of a neighbouring quotation."""
    found: list[Quote] = []
    taken = sorted((q.start, q.end) for q in quotes)
    taken_starts = [t[0] for t in taken]
    reach = list(itertools.accumulate((t[1] for t in taken), max))
    paragraph_starts = _paragraph_starts(body)
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        by_paragraph.setdefault(_index_of(paragraph_starts, quote.start), []).append(quote)
    for quotation in quotations:
        start, end = quotation.inner_start, _trim(body, quotation.inner_start, quotation.inner_end)
        last = bisect.bisect_left(taken_starts, end) - 1
        if end <= start or (last >= 0 and reach[last] > start):
            continue  # already part of an attributed quote
        paragraph = _index_of(paragraph_starts, start)
        words = len(body[start:end].split())
        before = _trim(body, paragraph_starts[paragraph], quotation.open)
        opens_paragraph = before <= paragraph_starts[paragraph]
        opens_sentence = opens_paragraph or SENTENCE_OVER.search(body, max(0, before - 4), before)
        if not opens_sentence and words < MIN_EMBEDDED_WORDS:
            continue  # a title or a term in quotation marks inside a sentence
        neighbours = by_paragraph.setdefault(paragraph, [])
        source = _neighbour(neighbours, start)
        if source is None and opens_paragraph and not neighbours:
            earlier = by_paragraph.get(paragraph - 1, [])
            source = earlier[-1] if earlier and earlier[-1].speaker is not None else None
        if source is None and (words < MIN_UNATTRIBUTED_WORDS or is_title_of_work(body[start:end])):
            continue  # a term in scare quotes, or the title of a film or book
        quote = Quote(
            text=body[start:end],
            kind="direct",
            cue=source.cue if source else "",
            start=start,
            end=end,
            speaker=dataclasses.replace(source.speaker) if source and source.speaker else None,
            via=source.via if source else "",
        )
        found.append(quote)
        bisect.insort(neighbours, quote, key=lambda q: q.start)
        if quote.speaker is not None:
            book.remember(quote.speaker)
    return found


def _neighbour(quotes: list[Quote], at: int) -> Quote | None:
    """The nearest quote with a speaker in the same paragraph, the one before preferred."""
    index = bisect.bisect_left(quotes, at, key=lambda q: q.start)
    for quote in reversed(quotes[max(0, index - NEIGHBOUR_REACH) : index]):
        if quote.speaker is not None:
            return quote
    return next((q for q in quotes[index : index + NEIGHBOUR_REACH] if q.speaker is not None), None)


def _paragraph_starts(body: str) -> list[int]:
    starts = [0]
    at = body.find(PARAGRAPH_SEPARATOR)
    while at >= 0:
        starts.append(at + len(PARAGRAPH_SEPARATOR))
        at = body.find(PARAGRAPH_SEPARATOR, at + len(PARAGRAPH_SEPARATOR))
    return starts


def _index_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _trim(body: str, start: int, end: int) -> int:
    while end > start and body[end - 1].isspace():
        end -= 1
    return end
