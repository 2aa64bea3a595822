"""Proper names of people and organisations, and the titles written before them.

All functions read a text (usually the body with quotation contents masked)
between two offsets and answer with absolute offsets, so callers can slice the
original body. They look only at the shape of words (capitals, hyphens,
particles, a lexicon of titles), never at a list of known people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .cues import words

# A capitalised word as names are written: "Lee", "Min-jun", "O'Brien", "McConnell", "J.", "É".
NAME_WORD = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'\u2019\-]*\.?|[A-Z]\.(?:[A-Z]\.)*)")
PARTICLES = words("von van der den de da di du la le bin ibn al el dos das del della ter ten")
CONNECTORS = frozenset(["of", "for", "and", "&"])
# Lowercase words a name may hold between its capitalised ones.
LINKS = PARTICLES | CONNECTORS
GLUE = frozenset({"the", "of", "to", "for", "and", "at"})
PREPOSITIONS = words("at of for to from with in on by inside within about")
SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])
# Capitalised words that never belong to a name: sentence openers, days, months.
NOT_NAMES = words(
    "A An In On At For But And Or If When While After Before As Since Speaking According Asked This "
    "That These Those There Here It Its He She They We I You His Her Their Our My Yet So Still "
    "However Meanwhile Once To By From With Of Despite Check Under Over Through During Among Between "
    "Without Within Until Unlike Like Amid Following Including Also Then Now Last Next Earlier Later "
    "Although Though Additional Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April June July August September October November December Jan. Feb. Mar. Apr. "
    "Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Mr Mrs Ms Dr Why What Who How Where Will Would Could "
    "Should Can Do Does Did Is Are Was Were Not No Yes Even Only Just Many Most Some Several Both All "
    "Each Every Other Another One Two Three U.S. US UN EU U.N. U.K. UK"
)
TITLES = words(
    "President Vice Prime Minister Secretary Sen. Senator Rep. Representative Gov. Governor Mayor "
    "Judge Justice Gen. General Adm. Admiral Col. Colonel Lt. Capt. Captain Maj. Major Dr. Prof. "
    "Professor Mr. Mrs. Ms. Miss Ambassador Chancellor King Queen Prince Princess Pope Chairman "
    "Chairwoman Chair Director Commissioner Speaker Leader Chief Deputy Attorney Sheriff Rev. Father "
    "Sister Officer Detective Sgt. Sergeant Coach Foreign Defense Defence Finance Interior State "
    "Justice Health Labor Trade Former Supreme Minority Majority House Senate Republican Democratic "
    "Democrat GOP Presidential Acting Executive Managing Press Spokesman Spokeswoman Spokesperson CEO "
    "Chairperson Lawmaker Envoy Premier Mrs Mr Ms Dr Sen Rep Gov"
)
# Titles that are also parts of names or places ("Martin Luther King", "Foreign Office"):
# a title only when they open the run.
NAME_TITLES = words("King Prince Major Justice Miss Chief House State Foreign")
# Lowercase words that belong to a title written before a name: "Stein spokeswoman Melezia Figueroa".
ROLE_WORDS = words(
    "spokeswoman spokesman spokesperson former presidential candidate nominee senator chairman chief "
    "adviser advisor aide director manager secretary minister ambassador official leader deputy vice "
    "acting head executive economist analyst professor researcher attorney lawyer strategist pollster "
    "campaign press communications policy senior top general foreign defense security national "
    "republican democratic party house senate state federal rep sen gov governor mayor lawmaker "
    "president founder owner coach captain commander envoy representative then-president the of to "
    "for and at"
)
ORG_WORDS = words(
    "Ministry Department Agency Institute University College School Party Committee Council Office "
    "House Times Post News Journal Press Tribune Herald Telegraph Guardian Gazette Review Daily Radio "
    "TV Television Network Corp. Corp Inc. Inc Co. Ltd. Group Association Commission Bureau Service "
    "Services Court Government Administration Campaign Foundation Center Centre Bank Fund "
    "Organization Organisation Union Federation Board Authority Police Army Navy Force Forces Command "
    "Embassy Parliament Assembly Congress Senate Cabinet Kremlin Pentagon Reuters Bloomberg Company "
    "Club League Network Society Trust Project"
)


@dataclass(slots=True)
class Mention:
    """Words naming who speaks, as written, with absolute offsets.

    `kind` is "name" (a proper name), "pronoun" or "noun" (a common noun
    phrase such as "an official at the ministry"); `title` is a title or role
    written before a name ("Britain's Ambassador to Japan").
    """

    text: str
    start: int
    end: int
    kind: str
    title: str = ""
    title_start: int | None = None
    organisation: bool = False
    plural: bool = False
    anonymous: bool = False
    antecedent: Mention | None = None


CONTRACTION = re.compile(r".+['\u2019](?:ve|ll|d|re|m|t)$")


def _name_token(token: str) -> bool:
    return bool(NAME_WORD.fullmatch(token)) and token not in NOT_NAMES and not CONTRACTION.match(token)


INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _clean_token(token: str) -> str:
    # A full stop ends a token unless it is an initial or an abbreviation.
    if not token.endswith(".") or INITIALS.fullmatch(token) or token in SUFFIXES or token in TITLES:
        return token
    return token[:-1]


def _build_name(text: str, spans: list[tuple[int, int]], after_connector: bool) -> Mention | None:
    """Turn a run of capitalised word spans into a name, setting aside titles before it."""
    words = [text[s:e] for s, e in spans]
    # A possessive or a non-name word splits the run: "Britain's Ambassador ..." keeps what follows.
    cut = 0
    for i, word in enumerate(words):
        if word.endswith(("'s", "\u2019s")) or (word in NOT_NAMES and not (i == 0 and word == "The")):
            cut = i + 1
    is_the = bool(words) and words[0] == "The" and cut == 0
    spans, words = spans[cut:], words[cut:]
    if len(words) < (2 if is_the else 1):
        return None
    if is_the or _org_like(words):
        return Mention(text[spans[0][0] : spans[-1][1]], spans[0][0], spans[-1][1], "name", organisation=True)
    # Titles before a name ("President Joe Biden", "Secretary of State John Kerry").
    # "Mr. Grassley and Mr. Leahy": the last of several names joined by "and" (not an organisation's).
    joined = [i for i, w in enumerate(words) if w in {"and", "&"}]
    if joined and 0 < joined[-1] < len(words) - 1:
        return _build_name(text, spans[joined[-1] + 1 :], after_connector)
    title_end = 0
    for i, word in enumerate(words[:-1]):
        if word in TITLES or word.lower() in CONNECTORS:
            title_end = i + 1
        else:
            break
    # A title later in the run ends it too: "Fed Chair Jerome Powell", "Treasury Secretary Janet Yellen".
    for i in range(len(words) - 2, title_end - 1, -1):
        if words[i] in TITLES and words[i] not in NAME_TITLES:
            title_end = i + 1
            break
    if title_end and any(w.lower() in CONNECTORS for w in words[:title_end]):
        after_connector = True
    name_spans = spans[title_end:]
    name_words = words[title_end:]
    while name_words and name_words[0] in LINKS:
        name_spans, name_words = name_spans[1:], name_words[1:]
    if not name_words:
        return None
    if after_connector and len(name_words) > 2:
        keep = 3 if any(len(w) <= 2 or w.lower() in PARTICLES for w in name_words[-3:-1]) else 2
        name_spans, name_words = name_spans[-keep:], name_words[-keep:]
    if any(w.lower() in CONNECTORS for w in name_words):
        return None
    start, end = name_spans[0][0], name_spans[-1][1]
    title = text[spans[0][0] : name_spans[0][0]].strip() if name_spans[0] != spans[0] else ""
    return Mention(text[start:end], start, end, "name", title=title)


def _org_like(words: list[str]) -> bool:
    return any(_clean_token(w) in ORG_WORDS for w in words[-2:]) or (
        # "Bank of America", "Ministry for Trade"; "and" joins two names as often as it names one body.
        len(words) > 2 and any(w in {"of", "for"} for w in words) and words[0] not in TITLES
    )


WORD = re.compile(r"\S+")


def name_at_end(text: str, lo: int, end: int) -> Mention | None:
    """The proper name that ends right before `end` (spaces allowed), or None."""
    run: list[tuple[int, int]] = []
    # Words are read back from `end` only as far as the name goes, usually one or two.
    for s, e in _tokens_back(text, max(lo, end - 160), end):
        token = text[s:e]
        if run and token[-1] in ',;:"\u201c\u201d()':
            break
        if _name_token(token) or (token in LINKS and run):
            run.insert(0, (s, e))
            continue
        break
    while run and text[run[0][0] : run[0][1]] in LINKS:
        run.pop(0)
    if not run:
        return None
    before = text[max(lo, run[0][0] - 5) : run[0][0]].split()
    after_connector = bool(before) and before[-1] in {"to", "of", "for", "at", "in"}
    mention = _build_name(text, run, after_connector)
    if mention and not mention.organisation:
        _add_title(text, lo, mention)
    return mention


def name_at_start(text: str, start: int, hi: int) -> Mention | None:
    """The proper name that starts at `start` (spaces allowed), or None."""
    run: list[tuple[int, int]] = []
    for m in WORD.finditer(text, start, min(hi, start + 160)):
        s, e = m.start(), m.end()
        token = text[s:e]
        bare = token.rstrip(',;:."\u201d)?!')
        trailing = len(token) - len(bare)
        if token.endswith(".") and _clean_token(token) == token:
            bare, trailing = token, 0  # an initial or abbreviation keeps its full stop
        if _name_token(bare) or (bare in LINKS and run) or (not run and bare == "The"):
            run.append((s, e - trailing))
            if trailing:
                break
            continue
        break
    while run and text[run[-1][0] : run[-1][1]] in LINKS:
        run.pop()
    if not run:
        return None
    spans = [(s, s + len(_clean_token(text[s:e]))) for s, e in run]
    mention = _build_name(text, spans, after_connector=False)
    if mention and not mention.organisation:
        _add_title(text, start, mention)
    return mention


def _add_title(text: str, lo: int, mention: Mention) -> None:
    title, title_start = title_before(text, lo, mention.start)
    if title and (not mention.title or len(title) > len(mention.title)):
        mention.title, mention.title_start = title, title_start
    elif mention.title:
        mention.title_start = text.rfind(mention.title, lo, mention.start)


def find_names(text: str) -> list[Mention]:
    """Every proper name of two words or more in `text`, in order.

    Used to resolve a later surname ("Lee") to its first full mention.
    """
    names = []
    for match in NAME_RUN.finditer(text):
        # The run's words are set apart by one whitespace character each.
        spans, at = [], match.start()
        for word in match.group().split():
            spans.append((at, at + len(_clean_token(word))))
            at += len(word) + 1
        before = text[max(0, match.start() - 5) : match.start()].split()
        after_connector = bool(before) and before[-1] in {"to", "of", "for", "at", "in"}
        for part in _joined_parts(text, spans):
            mention = _build_name(text, part, after_connector)
            if mention and (mention.organisation or " " in mention.text):
                if not mention.organisation:
                    _add_title(text, max(0, match.start() - 120), mention)
                names.append(mention)
    return names


def _joined_parts(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A run split at "and" into the names it joins, unless it is one organisation's name."""
    words = [text[s:e] for s, e in spans]
    if not any(w in {"and", "&"} for w in words) or _org_like(words):
        return [spans]
    parts: list[list[tuple[int, int]]] = [[]]
    for span, word in zip(spans, words, strict=True):
        if word in {"and", "&"}:
            parts.append([])
        else:
            parts[-1].append(span)
    return [part for part in parts if part]


# A run of name words, no word ending right before it. The first is `NAME_WORD` read from its
# capital on, so that the pattern opens with a character class and a search skips to capitals.
NAME_RUN = re.compile(
    r"[A-Z\u00c0-\u00de](?<![\w'\u2019].)(?:[\w'\u2019\-]*\.?|(?<=[A-Z])\.(?:[A-Z]\.)*)"
    + r"(?:\s(?:(?:"
    + "|".join(sorted(LINKS))
    + r")\s)*"
    + NAME_WORD.pattern
    + r")+"
)


def _tokens_back(text: str, lo: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the words of `text[lo:end]`, last first, read only as far as asked."""
    at = end
    while at > lo:
        while at > lo and text[at - 1].isspace():
            at -= 1
        stop = at
        while at > lo and not text[at - 1].isspace():
            at -= 1
        if at < stop:
            yield at, stop


def title_before(text: str, lo: int, start: int) -> tuple[str, int]:
    """A title or role written right before a name, and where it starts.

    "Britain's Ambassador to Japan Julia Longbottom" gives the words
    before the name; ("", start) when there is none.
    """
    lo = max(lo, start - 160)  # a title is a few words; never read the whole sentence back
    first = None
    for s, e in _tokens_back(text, lo, start):
        token = text[s:e]
        if token[-1] in ',;:"\u201c\u201d()!?' or token in {"and", "&"} or "\n" in text[e : first or start]:
            break
        if token.endswith(".") and token not in TITLES and not INITIALS.fullmatch(token):
            break  # the end of the sentence before
        if NAME_WORD.fullmatch(token) and token not in NOT_NAMES or token.lower() in ROLE_WORDS:
            first = s
            continue
        break
    if first is None:
        return "", start
    tokens = [(m.start() + first, m.end() + first) for m in WORD.finditer(text[first:start])]
    while tokens and text[tokens[0][0] : tokens[0][1]].lower() in GLUE:
        tokens.pop(0)
    while tokens and text[tokens[-1][0] : tokens[-1][1]].lower() in GLUE:
        tokens.pop()
    words = [text[s:e] for s, e in tokens]
    # Only a title if a role word or a title is in it, not just a neighbouring name.
    if not any(w.lower() in ROLE_WORDS - GLUE or w in TITLES for w in words):
        return "", start
    return text[tokens[0][0] : tokens[-1][1]], tokens[0][0]
