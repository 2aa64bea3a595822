"""Photo captions and their credits.

A caption in a page dump is one line: the description, then the credit
("... in Kyiv, Jan. 24. AFP-Getty", "... file photo. City Daily photo by Jane
Roe", "... (Photo: Reuters)"). `split_credit` finds such a trailing credit.
"""

from __future__ import annotations

import re

from ..results import Caption

# Agencies and picture libraries whose name alone is a credit.
_AGENCIES = (
    r"Reuters|AP|AFP|EPA|Getty Images|Getty|Bloomberg|Shutterstock|Alamy|iStock|iStockphoto"
    r"|PA(?: Wire| Media)?|dpa|Xinhua|Kyodo|ANSA|ANP|Anadolu(?: Agency)?|NurPhoto|SOPA Images"
    r"|Sipa(?: USA)?|ZUMA(?: Press| Wire)?|Rex(?: Features)?|Shutterstock|Corbis|Pool|Handout"
)
_CREDIT_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # "City Daily photo by Jane Roe", "Photograph by X", "Image courtesy of X"
        r"(?:[\w.&'-]+\s){0,4}(?:photo|photograph|image|picture|illustration|graphic|video)s?"
        r"\s+(?:by|courtesy(?:\s+of)?|credit)\b.{1,60}",
        # "Photo: X", "Credit: X", "Image credit: X", "Source: X" (for pictures)
        r"(?:photo|photograph|image|picture|pic|credit|photo credit|image credit|illustration)s?"
        r"\s*(?:[:/]|\.{2,}|…)\s*.{2,60}",
        r"courtesy(?:\s+of)?\s+.{2,60}",
        # "Jane Roe/Reuters", "AP Photo/Jane Roe", "AFP via Getty Images"
        rf"(?:[\w.'-]+\s){{0,4}}[\w.'-]+\s*(?:/|\bvia\s|\bfor\s)\s*(?:{_AGENCIES})\b.{{0,40}}",
        rf"(?:{_AGENCIES})(?:\s+(?:Photo|Images|Pictures|file))?(?:\s*/\s*.{{2,50}})?",
    )
]
# "EPA-X", "AFP/X", "AP/X": an upper-case agency code joined to a partner's name.
_CODE_CREDIT_RE = re.compile(r"[A-Z]{2,6}\s?[-/]\s?[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2}")
_PAREN_CREDIT_RE = re.compile(
    r"\s*[(\[]\s*((?:photo|image|picture|credit|file|illustration|source)[^()\[\]]{0,60}"
    rf"|(?:{_AGENCIES})[^()\[\]]{{0,40}}|[^()\[\]/]{{2,40}}/[^()\[\]/]{{2,40}})[)\]]\s*$",
    re.IGNORECASE,
)
# Where a credit can start: after a sentence's end, or after a separator.
_BOUNDARY_RE = re.compile(r"(?<=[.!?\"”’)])\s+|\s+[|–—]\s+|\s+-\s+")
_MAX_CREDIT_WORDS = 10


def is_credit(text: str) -> bool:
    """True when `text` reads as a photo credit ("Jane Roe/Reuters", "EPA-X")."""
    text = text.strip().rstrip(".")
    if not text or len(text.split()) > _MAX_CREDIT_WORDS:
        return False
    return bool(_CODE_CREDIT_RE.fullmatch(text)) or any(p.fullmatch(text) for p in _CREDIT_RES)


def split_credit(line: str) -> tuple[str, str] | None:
    """(description, credit) when a caption line ends with a credit, else None.

    The credit must follow a sentence end or a separator, so that prose which
    merely mentions a photographer is left alone.
    """
    line = line.strip()
    if not line or len(line) > 1200:
        return None
    paren = _PAREN_CREDIT_RE.search(line)
    if paren and paren.start() > 0:
        return line[: paren.start()].strip(), paren.group(1).strip()
    # Try the shortest tail first: the credit is the end of the line.
    boundaries = list(_BOUNDARY_RE.finditer(line))
    for index in range(len(boundaries) - 1, -1, -1):
        tail = line[boundaries[index].end() :].strip()
        if len(tail.split()) > _MAX_CREDIT_WORDS:
            break
        if is_credit(tail):
            # "Jane Roe | AFP | Getty Images": take in the names before a separator too.
            while index > 0 and _is_separator(boundaries[index]) and _short_name(line, boundaries, index):
                index -= 1
            boundary = boundaries[index]
            tail = line[boundary.end() :].strip()
            text = line[: boundary.start()].strip()
            if text and text[-1] not in '.!?"”’)':
                text = text.rstrip(" |–—-")
            return (text, tail) if text else None
    return None


def _is_separator(boundary: re.Match) -> bool:
    return boundary.group(0).strip() in {"|", "–", "—", "-"}


def _short_name(line: str, boundaries: list[re.Match], index: int) -> bool:
    # The piece between the previous boundary and this separator: a name, not a sentence.
    piece = line[boundaries[index - 1].end() : boundaries[index].start()].strip()
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and not any(c in piece for c in "!?")


def remove_contained(text: str, pieces: list[str]) -> str:
    """Remove from a caption any body paragraph that the page glued into it.

    Some pages repeat the article's lead inside the lead photo's caption.
    """
    for piece in pieces:
        if len(piece) > 40 and piece in text and piece != text:
            text = text.replace(piece, " ")
    return " ".join(text.split())


def unique_captions(captions: list[Caption]) -> list[Caption]:
    """Keep each caption once (pages repeat them in galleries and lightboxes)."""
    seen: set[str] = set()
    kept: list[Caption] = []
    for caption in captions:
        key = " ".join(caption.text.lower().split())
        if key and key not in seen:
            seen.add(key)
            kept.append(caption)
    return kept
