"""Quantities in English news prose: numbers with what they count.

Hand-written rather than quantulum3: quantulum3 knows physical units (metres,
dollars, per cent) but not counted nouns ("two nurses", "Twelve Chilean
miners"), which are most of what a fact-checker checks in news, and it takes
seconds to load. Here a number is found (digits, words, or a hyphenated
compound such as "six-month"), with the qualifier written before it ("more
than", "nearly") and its unit: a currency sign, "percent", a scale word, or the
head noun of the noun phrase after it. Dates, times, years, ordinals and
numbered names ("Article 5", "COVID-19") are not quantities.
"""

from __future__ import annotations

import re

from ..results import Quantity


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
FRACTIONS = {"third": 3, "quarter": 4}
DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
CURRENCIES = {
    "$": "dollars",
    "us$": "dollars",
    "€": "euros",
    "£": "pounds",
    "¥": "yen",
    "₩": "won",
    "₹": "rupees",
}

# Longest first so that "more than" wins over "more".
QUALIFIERS = sorted(
    """more than|over|at least|nearly|about|almost|fewer than|less than|up to|some|around|roughly|
    approximately|an estimated|estimated|as many as|as much as|as few as|close to|just under|just over|
    under|above|below|at most|upwards of|no more than|no fewer than|no less than|only|just|exactly|
    well over|well above|well below|more or less|an average of|on average|almost exactly|some|
    in excess of|a total of|a record|a further|another|an additional|the first|the last|barely|
    scarcely|precisely|upward of|the top""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
# Qualifiers that carry no bound are kept off the result: "another 20" is still 20.
SILENT_QUALIFIERS = frozenset(
    {"a total of", "a further", "another", "an additional", "the first", "the last", "a record", "the top"}
)

_WORD_NUMBER = "|".join(sorted([*SMALL, *TENS], key=len, reverse=True))
_SCALE = r"hundred|thousand|million|billion|trillion|bn|mn|tn|[kmb](?![a-z])"
NUMBER = re.compile(
    r"""
    (?:(?P<cur>US\$|[$€£¥₩₹])\s?)?
    (?:
        (?P<digits>(?<![\w.,/:-])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,/:-])\d+(?:\.\d+)?|(?<![\w.,/:-])\.\d+)
      | (?P<words>\b(?:"""
    + _WORD_NUMBER
    + r""")(?:-(?:"""
    + _WORD_NUMBER
    + r"""))?\b)
      | (?P<dozen>\ba\s+dozen\b|\bdozens\s+of\b|\b(?:hundreds|thousands|millions|billions)\s+of\b)
      | (?P<afrac>\b(?:a|one)\s+(?:third|quarter)\s+of\b)
    )
    (?:(?:\s|-)?(?P<scale>"""
    + _SCALE
    + r""")\b)?
    (?P<pct>\s?(?:%|percent\b|per\s?cent\b|percentage\s+points?\b))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Where a number can start: a digit, a currency sign or a word that may begin a number.
CANDIDATE = re.compile(r"US\$|[$€£¥₩₹]|\.?\d|\b([A-Za-z]+)")
NUMBER_STARTS = frozenset([*SMALL, *TENS, "a", "dozens", "hundreds", "thousands", "millions", "billions"])
# A quick test that a text may hold a number (see `_may_count`): a digit or a currency sign; or,
# as CANDIDATE reads words, a word that may start a number or follow "a" in one ("a dozen").
DIGIT_OR_CURRENCY = re.compile(r"[\d$€£¥₩₹]")
ASCII_WORD = re.compile(r"[a-z]+")
NUMBER_WORD_HINTS = frozenset(
    [*SMALL, *TENS, "dozen", "dozens", "third", "quarter", "hundreds", "thousands", "millions", "billions"]
)
# Letters that IGNORECASE matches to ASCII ones, or that lower() makes ASCII ("K" is "k").
CASE_FOLDED = "\u017f\u212a\u0131\u0130"
QUALIFIER_BEFORE = re.compile(r"(?:^|(?<=\W))(" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+$", re.I)
# The longest qualifier with its spaces fits in this many characters before a number.
QUALIFIER_REACH = 40
HYPHEN_UNIT = re.compile(r"-(?P<unit>[a-z]+)(?:-(?:old|long|strong|wide|high|tall|deep))?\b")
FRACTION_AFTER = re.compile(r"-(?P<frac>halves|half|thirds?|quarters?|fifths?|tenths?)\b", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")

MONTHS = _words(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september
    oct october nov november dec december"""
)
# Words before a number that make it a name or a position, not a count: "Article 5", "phase 3".
LABEL_BEFORE = re.compile(
    r"(?:\b(?:no|nos|article|section|chapter|resolution|route|flight|room|type|phase|level|stage|grade|"
    r"category|tier|version|season|week|day|round|game|number|page|line|gate|platform|class|step|"
    r"episode|volume|vol|item|rule|act|paragraph|channel|highway|interstate)\.?|#)\s*$",
    re.IGNORECASE,
)
MONTH_AFTER = re.compile(r"\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
# Words that end the noun phrase after a number: the counted noun is before them.
STOP_WORDS = _words(
    """a an the this that these those of in on at to for from by with without into onto over under about
    after before during since until than as and or but nor so yet if while when where who whom whose which
    what why how is are was were be been being am has have had do does did will would shall should can
    could may might must not no per each every all both either neither it its he she they them their his
    her we our us you your i me my there here up down out off also just only even still already now then
    said says say told according including include includes included among between against across
    through toward towards within like unlike via plus minus versus vs ago later earlier away apiece
    more less fewer higher lower together alone apart sold lost left made took gave got went came saw fled
    held paid spent died rose fell grew met ran hit cut put kept found thought brought bought built sent
    became began led meant felt heard stood"""
)
FUNCTION_OPENERS = _words("all its his her their our my your these those both another every last next first")
# Plural-looking words that are not plural, and plurals without an -s.
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "ics")
IRREGULAR_PLURALS = _words(
    """people men women children police staff personnel feet teeth mice geese cattle data media criteria
    deer sheep fish aircraft troops yen won yuan"""
)
# Short units of measure: the head noun even though they do not look plural.
MEASURES = _words(
    """km kms kg kgs g mg lb lbs oz m cm mm ft in mi mph kph km/h sq ha acres mw gw kw kwh mwh gwh tons
    tonnes t bbl mb gb tb"""
)
MAX_NOUN_PHRASE = 5
# The tests on the text around a number, compiled once: `re.match` looks each up per call.
YEAR_DIGITS = re.compile(r"1[6-9]\d\d|20\d\d")
LETTER = re.compile(r"[A-Za-z]")
SUFFIX_AFTER = re.compile(r"(?:st|nd|rd|th|s)\b|'s\b|[:/]\d|-\d|\.\d", re.I)
TIME_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)", re.I)
LETTER_BEFORE = re.compile(r"[A-Za-z]-?$")
NAME_BEFORE = re.compile(r"([A-Z][A-Za-z]+)\s+$")
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
DETERMINER_BEFORE = re.compile(r"\b(?:no|any|every|some|the|this|that|which|each)\s*$")
HYPHEN_OR_LOWER_WORD_AFTER = re.compile(r"-|\s+[a-z]")
PRONOUN_USE_AFTER = re.compile(r"\s+(?:of|another|and|or|in|who|that)\b")
GAP = re.compile(r"[ \t]+")


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Find the quantities written in `text`.

    Offsets are `offset` plus the position in `text`, so that a sentence's
    quantities can point into the article body. Each quantity has its numeric
    value (scaled: "1.5 million" is 1500000), its unit ("workers",
    "dollars", "percent", "months"), the qualifier as written ("more than")
    and the words it was read from. Never raises.
    """
    if not _may_count(text):
        return []
    try:
        return list(_find(text, offset))
    except Exception:  # noqa: BLE001 - extraction must never fail on odd input
        return []


def _may_count(text: str) -> bool:
    """False only when `_numbers` cannot match, which most sentences of prose show cheaply."""
    if DIGIT_OR_CURRENCY.search(text) or (
        not text.isascii() and any(letter in text for letter in CASE_FOLDED)
    ):
        return True
    return not NUMBER_WORD_HINTS.isdisjoint(ASCII_WORD.findall(text.lower()))


def _numbers(text: str):
    """NUMBER's matches, tried only where a number can start.

    Scanning the whole NUMBER pattern at every position costs a hundred
    microseconds a sentence; a cheap scan for digits, currency signs and
    number words first makes it a few.
    """
    resume = 0
    for candidate in CANDIDATE.finditer(text):
        position = candidate.start()
        if position < resume:
            continue
        word = candidate.group(1)
        if word and word.lower() not in NUMBER_STARTS:
            continue
        match = NUMBER.match(text, position)
        if match and match.end() > position:
            resume = match.end()
            yield match


def _find(text: str, offset: int):
    for match in _numbers(text):
        if not any(match.group(name) for name in ("digits", "words", "dozen", "afrac")):
            continue
        start, end = match.start(), match.end()
        value, qualifier = _value(match)
        if value is None or _is_not_a_count(text, match, value):
            continue
        unit, end, value = _unit(text, match, value, end)
        if unit is None:
            continue
        before = QUALIFIER_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
        if before:
            start = before.start(1)
            written = before.group(1).lower()
            if written not in SILENT_QUALIFIERS and not qualifier:
                qualifier = written
        if not text[start:end].strip():
            continue
        yield Quantity(
            value=value,
            unit=unit,
            qualifier=qualifier,
            text=text[start:end],
            start=offset + start,
            end=offset + end,
        )


def _value(match: re.Match) -> tuple[float | None, str]:
    """The number's value, and a qualifier implied by vague words ("dozens of")."""
    qualifier = ""
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
    elif match.group("words"):
        value = float(sum(SMALL.get(p, TENS.get(p, 0)) for p in match.group("words").lower().split("-")))
    elif match.group("dozen"):
        phrase = match.group("dozen").lower()
        if phrase.startswith("a "):
            value = 12.0
        else:
            # "dozens of", "hundreds of": at least two of them.
            base = 12 if phrase.startswith("dozens") else SCALES[phrase.split()[0][:-1]]
            value, qualifier = 2.0 * base, "at least"
    else:
        value = 1.0 / FRACTIONS[match.group("afrac").split()[1].lower()]
    scale = match.group("scale")
    if scale:
        value *= SCALES[scale.lower()]
    if value.is_integer():
        value = float(int(value))
    return value, qualifier


def _year_like(match: re.Match) -> bool:
    digits = match.group("digits") or ""
    return bool(YEAR_DIGITS.fullmatch(digits)) and not match.group("scale")


def _is_not_a_count(text: str, match: re.Match, value: float) -> bool:
    """True for dates, times, years, ordinals, ages by decade and numbered names."""
    end = match.end()
    after = text[end : end + 12]
    before = text[max(0, match.start() - 24) : match.start()]
    digits = match.group("digits")
    if digits:
        if not match.group("scale") and not match.group("pct") and LETTER.match(after):
            return True  # glued to letters: "5G", "3D", "4x4"
        if SUFFIX_AFTER.match(after) and not match.group("pct"):
            return True  # "21st", "1990s", "20s", "10:30", "3/4", "2-1"
        if TIME_AFTER.match(after):
            return True
        words_before = WORD.findall(before)
        if words_before and words_before[-1].lower().rstrip(".") in MONTHS:
            return True  # "Jan. 24", "July 4, 2023"
        if MONTH_AFTER.match(after) and value <= 31:
            return True  # "24 January"
        if _year_like(match) and not match.group("cur") and not match.group("pct"):
            # "in 2015" is a year; "2000 people" is a count.
            noun, _ = _head_noun(text, match.end())
            return not (noun and _looks_plural(noun))
        if LABEL_BEFORE.search(before):
            return True
        if LETTER_BEFORE.search(before) and not match.group("cur"):
            return True  # "COVID-19", "F-35", "G20"
        # A number right after a capitalised name is a label: "Apollo 11", "Lexus LC 500";
        # after a capitalised function word it still counts: "The 20 men", "These 3".
        named = NAME_BEFORE.search(before)
        if named and not match.group("cur") and not QUALIFIER_BEFORE.search(before):
            word = named.group(1).lower()
            if word not in STOP_WORDS and word not in FUNCTION_OPENERS:
                return True
    if match.group("words"):
        word = match.group("words").lower()
        if word == "one":
            return _is_pronoun_one(text, match)
        if word == "zero":
            return not LOWER_WORD_AFTER.match(text[match.end() : match.end() + 3])  # "Zero Gravity"
    return False


def _is_pronoun_one(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 12) : match.start()].lower()
    after = text[match.end() : match.end() + 12].lower()  # "One of", "one in five": a pronoun
    if DETERMINER_BEFORE.search(before):
        return True
    # "one" counts only before a lower-case noun: "One Home Depot" is a name, "one of" a pronoun.
    if not HYPHEN_OR_LOWER_WORD_AFTER.match(text[match.end() : match.end() + 12]):
        return True
    return bool(PRONOUN_USE_AFTER.match(after))


def _unit(text: str, match: re.Match, value: float, end: int) -> tuple[str | None, int, float]:
    """The unit, the new end of the quantity's text and the value; unit None when not a quantity."""
    if match.group("afrac"):
        return "fraction", end - len(" of"), value
    hyphen = FRACTION_AFTER.match(text, end)
    if hyphen and match.group("words"):
        # "two-thirds": a fraction, not two of something called "thirds".
        denominator = DENOMINATORS[hyphen.group("frac").lower().rstrip("s")]
        return "fraction", hyphen.end(), round(value / denominator, 4)
    if match.group("pct"):
        points = "point" in match.group("pct").lower()
        return ("percentage points" if points else "percent"), end, value
    currency = match.group("cur")
    if currency:
        return CURRENCIES.get(currency.lower(), "dollars"), end, value
    compound = HYPHEN_UNIT.match(text, end)
    if compound and not match.group("scale"):
        # "six-month", "20-year-old": the unit is the word after the hyphen, counted.
        unit = compound.group("unit").lower()
        if unit in SMALL or unit in TENS:
            return None, end, value
        if unit in STOP_WORDS:
            return "", end, value  # "five-and-a-half": not a unit
        return _plural(unit, value), compound.end(), value
    noun, noun_end = _head_noun(text, end)
    # A number with nothing counted after it ("rose to 20.") keeps an empty unit.
    return noun, (noun_end if noun else end), value


def _head_noun(text: str, end: int) -> tuple[str, int]:
    """The counted noun of the phrase after a number: "Chilean copper miners" -> "miners".

    Adjectives and proper adjectives come first in an English noun phrase and the
    head noun last, so the head is the first plural-looking word, or else the last
    word before a preposition, verb form or punctuation.
    """
    words = []
    position = end
    while len(words) < MAX_NOUN_PHRASE:
        gap = GAP.match(text, position)  # in place: a slice copied the rest of the text each word
        if not gap and words:
            break
        word = WORD.match(text, gap.end() if gap else position)
        if not word or (not gap and not words and position != end):
            break
        if not gap and position == end:
            break  # "20s", "5G": glued to the number
        lower = word.group().lower().rstrip("'\u2019")
        if lower in STOP_WORDS or lower.endswith("ly"):
            break
        if lower == "old" and words and words[-1][0].rstrip("s") in ("year", "month", "week", "day"):
            break  # "47 year old": an age in years
        if words and lower.endswith(("ed", "ing")) and not word.group()[0].isupper():
            break  # "workers dispatched", "workers living"
        if words and word.group()[0].isupper() and not words[-1][3]:
            break  # a name after a common noun starts a new phrase: "five time NBA champion"
        words.append((lower, word.start(), word.end(), word.group()[0].isupper()))
        if _looks_plural(lower) or lower in MEASURES:
            return lower, word.end()
        position = word.end()
        if text[position : position + 1] in ',;:.!?)"\u201d':
            break
    # A participle cannot head the phrase: "10 sold" counts nothing named.
    while words and words[-1][0].endswith(("ed", "ing")):
        words.pop()
    if not words:
        return "", end
    last = words[-1]
    return last[0], last[2]


def _looks_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    base = word.split("-")[-1]
    return len(base) > 3 and base.endswith("s") and not base.endswith(NOT_PLURAL_ENDINGS)


def _plural(unit: str, value: float) -> str:
    if value == 1 or unit.endswith("s"):
        return unit
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + "s"
