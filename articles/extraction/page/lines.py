"""Signals about single lines of a page dump: prose, menus, bylines, furniture.

Each function looks at one line (already whitespace-normalised) and answers a
yes/no or a number; the page module weighs them together.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS_TEXT = (
    "the a an of to in and is was for on that with as by at from it its has have had be been are "
    "were said says but not this which who will would their his her they he she we our after than or "
    "also about into more over"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
_BULLET_RE = re.compile(r"^(?:[•*·▪◦‣●○■□►▶»›✓]|[-–]\s)\s*")
_NUMBERED_RE = re.compile(r"^\d{1,2}(?:[.)]\s+|\s*(?=[A-Z\"'“‘]))")
_TERMINAL_RE = re.compile(r"[.!?…:;。！？][\"'”’)\]」』]*$|[\"”」』]$")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_IMAGE_EXTENSIONS = (".png", ".jp", ".gif", ".svg", ".webp", ".ico")
_FURNITURE_MAX_CHARS = 120
# Consent banners are long and sentence-like, but speak of cookies and "this website".
_COOKIE_BANNER_RE = re.compile(
    r"\bcookies?\b.*\b(?:this (?:web)?site|our (?:web)?site|browser|consent|experience)\b"
    r"|\b(?:this|our) (?:web)?site\b.*\bcookies?\b"
)
_FILENAME_RE = re.compile(r"\b[\w-]+\.(?:png|jpe?g|gif|svg|webp|ico)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_BY_RE = re.compile(
    r"^(?:(?:by|written by|words by|reporting by|story by|text by|posted by|von|par)\b"
    r"|authors?(?=\s*:))\s*:?\s*",
    re.IGNORECASE,
)
# "By" alone on its line: the name is on the next one.
BARE_BY_RE = re.compile(r"^(?:by|written by|posted by|authors?)\s*:?$", re.IGNORECASE)
_ROLE_RE = re.compile(
    r"^(?P<names>[A-Z][\w.'’ -]{2,60}?)\s*[,|–—-]\s*"
    r"(?:Staff|Senior|Chief|Political|Foreign|Special|Deputy)?\s*"
    r"(?:Reporter|Correspondent|Writer|Editor|Columnist|Contributor|Journalist|Staff Writer)s?\b.*$",
)
# "McCoy", "MacLeod", "O'Brien": a capital inside a surname after these prefixes.
_NAME_TOKEN = (
    r"(?:(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*|[A-Z]\.|de|van|von|der|da|di|le|la|bin"
    r"|al-[A-Z][a-z]+)"
)
_NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s{_NAME_TOKEN}){{1,3}}")
# Capitalised words that end a byline's name rather than continue it.
_NOT_NAME_TEXT = (
    "Updated Published Posted Staff Senior Chief Reporter Correspondent Editor Writer Contributor Columnist "
    "Photo Photos Video News Press Associated Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March "
    "April June July August September October November December Follow View More In For And The"
)
_INTERFACE_WORDS = frozenset(
    "Previous Next Prev Close Cancel Print Share Menu Search Home Login Logout Sign Subscribe Register "
    "Skip Navigation Back Top More Sections Main Content Video Videos Photos Gallery Learn".split()
)
_NOT_NAME = "|".join(_NOT_NAME_TEXT.split())
_NAME_WORD = rf"(?!(?:{_NOT_NAME})\b){_NAME_TOKEN}"
_NAME_PREFIX_RE = re.compile(rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}(?![\w'’-])")
_NAME_JOIN_RE = re.compile(r",\s*|\s+and\s+|\s*&\s*", re.IGNORECASE)
_SHARE_WORDS_TEXT = (
    "facebook twitter x whatsapp reddit linkedin email e-mail mail mailto print share link copy "
    "pinterest telegram tumblr flipboard messenger line comment comments save bookmark sms "
    "tweet"
)
_SHARE_WORDS = frozenset(_SHARE_WORDS_TEXT.split())
_FURNITURE_RE = re.compile(
    r"©|\bcopyright\b|all rights reserved|^advertisement$|^(?:\(BUTTON\)|IFRAME:|\[)"
    r"|skip to (?:main )?content"
    r"|\bsubscribe\b|\bsign (?:up|in)\b|\blog ?in\b|\bnewsletter\b|\bcookies?\b|privacy (?:policy|statement)"
    r"|terms of (?:use|service)|^share\b|^follow us\b",
    re.IGNORECASE,
)
# Markers after which an article's body is over ("Top 10", "Most read", a reporter's
# e-mail), and softer ones that also occur between paragraphs ("Read more: ...").
END_MARKER_RE = re.compile(
    r"^(?:e-?mail\s*\S+@|related(?:\s+(?:articles?|stories|news|content|topics|coverage))?:?$"
    r"|more (?:articles|stories|from|on this|in)\b|top \d+\b|most (?:read|popular|viewed|shared)\b"
    r"|(?:you )?(?:may|might) (?:also )?(?:like|be interested)|recommended(?: for you| stories)?:?$"
    r"|\d+\s+(?:responses?|replies|reactions|comments?)\b|(?:show|view|reader|read) comments\b"
    r"|trending\b|popular (?:now|stories)\b|what to read next|(?:\d+\s+)?comments?\b"
    r"|leave a (?:comment|reply)|join the conversation|share this\b|topics?:|tags?:|filed under\b"
    r"|copyright\b|©|about the author\b|sign up\b|subscribe\b)",
    re.IGNORECASE,
)
# Of those, the ones that only ever follow an article: comments, "most read", tags, footers.
BARRIER_RE = re.compile(
    r"^(?:\d+\s+(?:responses?|replies|reactions|comments?)\b|(?:show|view|reader|read) comments\b"
    r"|comments?$|leave a (?:comment|reply)|join the conversation|most (?:read|popular|viewed|shared)\b"
    r"|top \d+\b|(?:you )?(?:may|might) (?:also )?(?:like|be interested)"
    r"|more (?:articles|stories) (?:from|by)\b"
    r"|about the author\b|tags?:|topics?:|filed under\b|copyright\b|©|e-?mail\s*\S+@)",
    re.IGNORECASE,
)
SOFT_MARKER_RE = re.compile(r"^(?:read (?:more|next|also)\b|also read\b|see also\b|advertisement\b)", re.I)
_DOUBLED_PREFIX_RE = re.compile(r"^\d{1,2}\s*")


def strip_bullet(line: str) -> tuple[str, bool]:
    """The line without its list marker, and whether it had one."""
    match = _BULLET_RE.match(line)
    if match:
        return line[match.end() :].strip(), True
    return line, False


def is_numbered(line: str) -> bool:
    """True for a numbered list item ("1 Zoo escape", "3. Ten things")."""
    return bool(_NUMBERED_RE.match(line))


def words(line: str) -> list[str]:
    """The words of a line (letters first; numbers and symbols are not words)."""
    return _WORD_RE.findall(line)


def word_count(line: str) -> int:
    """How many words a line holds; scripts written without spaces count two characters a word."""
    count = len(words(line))
    return count if line.isascii() else max(count, len(_CJK_RE.findall(line)) // 2)


def ends_sentence(line: str) -> bool:
    """True when a line ends like a sentence (a full stop, a closing quote...)."""
    return bool(_TERMINAL_RE.search(line))


def is_prose(line: str) -> bool:
    """True for a line that reads like running text: a paragraph, not a label.

    Sentence-final punctuation, enough words, some lower-case and function
    words: a headline or a menu item has few of these.
    """
    tokens = words(line)
    count = word_count(line)
    if count < 5:
        return False
    if count > len(tokens):
        # Chinese, Japanese: no case and no spaces; length and punctuation must do.
        return ends_sentence(line) or count >= 25
    lower = sum(1 for t in tokens if t[0].islower())
    function = sum(1 for t in tokens if t.lower() in FUNCTION_WORDS)
    # English prose has function words; other languages at least many lower-case words.
    if tokens and (lower < count * 0.25 or (function == 0 and lower < count * 0.5)):
        return False
    return ends_sentence(line) or count >= 25


def is_headline_like(line: str) -> bool:
    """True for a line shaped like a headline or standfirst: 3-35 words, no final full stop."""
    count = len(words(line))
    return 3 <= count <= 35 and not line.endswith(".") and letter_share(line) > 0.6


def letter_share(line: str) -> float:
    """Share of non-space characters that are letters."""
    compact = line.replace(" ", "")
    if not compact:
        return 0.0
    return sum(1 for c in compact if c.isalpha()) / len(compact)


def is_doubled(line: str) -> bool:
    """True for "Print PreviewPrint Preview": the same text twice, as image alt and title give."""
    compact = _DOUBLED_PREFIX_RE.sub("", line).replace(" ", "")
    half = len(compact) // 2
    return half >= 3 and len(compact) % 2 == 0 and compact[:half] == compact[half:]


def is_furniture(line: str) -> bool:
    """True for page furniture: file names, copyright, share buttons, log-in links.

    Only short lines are read for furniture words: a paragraph may well be
    about cookies, copyright or a newsletter.
    """
    lower = line.lower()
    if "." in line and any(ext in lower for ext in _IMAGE_EXTENSIONS) and _FILENAME_RE.search(line):
        return True
    if (
        "©" in line
        or "all rights reserved" in lower
        or ("cookie" in lower and _COOKIE_BANNER_RE.search(lower))
    ):
        return True
    if len(line) <= _FURNITURE_MAX_CHARS and _FURNITURE_RE.search(line):
        return True
    tokens = lower.split()
    return bool(tokens) and len(tokens) <= 3 and all(t.strip(":|") in _SHARE_WORDS for t in tokens)


def byline_names(line: str) -> list[str]:
    """The names in a byline ("By Jane Roe and John Doe", "Jane Roe, Staff Reporter"), or []."""
    if len(line) > 120:
        return []
    by = _BY_RE.match(line)
    if by:
        rest = line[by.end() :]
    else:
        role = _ROLE_RE.match(line)
        if not role:
            return []
        rest = role.group("names")
    # Bylines set in capitals ("By JANE ROE") give names in their usual case.
    if rest.isupper():
        rest = " ".join(w.capitalize() for w in rest.split())
    names: list[str] = []
    while len(names) < 10:
        name = _NAME_PREFIX_RE.match(rest)
        if not name:
            break
        names.append(name.group(0))
        rest = rest[name.end() :]
        joiner = _NAME_JOIN_RE.match(rest)
        if not joiner:
            break
        rest = rest[joiner.end() :]
    return names


def is_interface(text: str) -> bool:
    """True for a line naming a button or a menu ("Sign In", "Previous Next", "Learn More")."""
    return any(word in _INTERFACE_WORDS for word in text.split())


def looks_like_name(text: str) -> bool:
    """True for a person's name: two to four capitalised words ("Jane Roe", "Kim Min-ji").

    Buttons and menus ("Previous Next", "Sign In") are capitalised words too.
    """
    text = text.strip()
    return (
        len(text) <= 50
        and bool(_NAME_RE.fullmatch(text))
        and not any(w in _INTERFACE_WORDS for w in text.split())
    )
