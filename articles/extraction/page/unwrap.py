"""Undo hard line wrapping in text dumps (lynx, w3m and friends wrap at ~80 columns).

A dump is wrapped when many lines end just short of one width and almost
none pass it. A line then continues on the next when the next line's first
word would not have fitted, and the next line is indented like the first
one's text and does not start a list item.
"""

from __future__ import annotations

import re

_BULLET_RE = re.compile(r"^(\s*)(?:[•*·▪◦‣●○■□+#-]|\d{1,3}\.|\[\d+\])\s+")
_LEAD_SPACE_RE = re.compile(r"^\s*")
# A wrapped dump has at least this many lines reaching near its width.
_MIN_FULL_LINES = 8
_MAX_WIDTH = 160
_BAND = 14
_MIN_INLINE_BREAKS = 3


_INLINE_START_RE = re.compile(r"^ [a-zß-ÿ,.;:!?)\]”’]")


def join_inline_breaks(lines: list[str]) -> list[str]:
    """Join lines that a tag-by-tag text dump broke at inline elements (links, emphasis).

    `get_text("\\n")` and similar renders put each link on its own line; the
    spaces around it survive ("rose by \\n5%\\n in May"), which text browsers
    never leave at a line's edge.
    """
    # Only such renders start lines with one space and a lower-case word; others are left alone.
    if sum(1 for line in lines if _INLINE_START_RE.match(line)) < _MIN_INLINE_BREAKS:
        return lines
    out: list[str] = []
    for line in lines:
        if (
            out
            and out[-1].strip()
            and line.strip()
            and (out[-1].endswith(" ") or _INLINE_START_RE.match(line))
        ):
            out[-1] = out[-1] + line if out[-1].endswith(" ") or line.startswith(" ") else f"{out[-1]} {line}"
            continue
        out.append(line)
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The width a dump was wrapped at, or None when its lines were not wrapped."""
    lengths = sorted(len(line) for line in lines if len(line.strip()) >= 20)
    if len(lengths) < _MIN_FULL_LINES:
        return None
    width = lengths[int(len(lengths) * 0.98) - 1] if len(lengths) >= 50 else lengths[-1]
    if width > _MAX_WIDTH or width < 40:
        return None
    near = sum(1 for n in lengths if width - _BAND <= n <= width)
    beyond = sum(1 for n in lengths if n > width + 1)
    if near >= _MIN_FULL_LINES and near >= 0.25 * len(lengths) and beyond <= 0.03 * len(lengths):
        return width
    return None


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into one line per paragraph or item.

    Lines of a dump that was not wrapped come back unchanged.
    """
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    text_indent = -1  # where the text of the line being built starts
    last_length = 0
    for line in lines:
        stripped = line.strip()
        if (
            out
            and stripped
            and text_indent >= 0
            and _continues(line, stripped, last_length, text_indent, width)
        ):
            out[-1] = f"{out[-1].rstrip()} {stripped}"
            last_length = len(line.rstrip())
            continue
        out.append(line)
        last_length = len(line.rstrip())
        if not stripped:
            text_indent = -1
            continue
        bullet = _BULLET_RE.match(line)
        text_indent = bullet.end() if bullet else len(_LEAD_SPACE_RE.match(line).group(0))
    return out


def _continues(line: str, stripped: str, last_length: int, text_indent: int, width: int) -> bool:
    if _BULLET_RE.match(line):
        return False
    indent = len(line) - len(line.lstrip())
    if abs(indent - text_indent) > 1:
        return False
    first_word = stripped.split(maxsplit=1)[0]
    # The previous line broke here only if this word would not have fitted on it.
    return last_length + 1 + len(first_word) > width - 2
