"""Checking and decoding what an editor brings in, before the engine sees it."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from django.conf import settings

from articles.models.article import InputMode

# Share of control characters (besides tab, newline, carriage return, form feed) above
# which a text is taken to be binary data that happened to decode.
MAX_CONTROL_SHARE = 0.05
BINARY_MESSAGE = "This looks like a binary file, not a page or article text"

MARKUP = re.compile(r"<\s*(!doctype\s+html|html|head|body|p|div|article|meta|title)\b", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class IngestError(Exception):
    """The input cannot become an article; `str(error)` is a message for the user."""


def guess_mode(*, filename: str = "", content: str = "") -> str:
    """Guess how to read an input: "page", "html" or "text".

    The file extension decides first (.txt is a page scraped to text, .html/.htm
    is HTML); otherwise the content is sniffed: markup means HTML, many short
    menu-like lines mean a scraped page, anything else is clean article text.
    """
    suffix = PurePath(filename).suffix.lower() if filename else ""
    if suffix == ".txt":
        return InputMode.PAGE
    if suffix in {".html", ".htm", ".xhtml"}:
        return InputMode.HTML
    head = content[:5000]
    if MARKUP.search(head):
        return InputMode.HTML
    lines = [line.strip() for line in content.splitlines() if line.strip()]
    if lines:
        short = sum(1 for line in lines if len(line.split()) <= 3)
        # A scraped page opens with navigation: many one-to-three-word lines.
        if len(lines) >= 10 and short / len(lines) >= 0.3:
            return InputMode.PAGE
    return InputMode.TEXT


def check_size(*, size: int) -> None:
    """Refuse an input of `size` bytes over `settings.INGEST_MAX_BYTES`, before reading or decoding it."""
    limit = settings.INGEST_MAX_BYTES
    if size > limit:
        mb = 1024 * 1024
        raise IngestError(f"The input is {size / mb:.1f} MB; the limit is {limit / mb:.1f} MB")


def check_content_size(content: bytes | str) -> None:
    """Refuse `content` over the size limit, counting text as its UTF-8 bytes."""
    # For text, its length is a cheap lower bound of its UTF-8 size: no need to encode a huge string.
    if isinstance(content, bytes) or len(content) > settings.INGEST_MAX_BYTES:
        check_size(size=len(content))
    else:
        check_size(size=len(content.encode()))


def decode(content: bytes | str, *, mode: str | None) -> str:
    """Decode bytes: a BOM wins, then strict UTF-8, then an HTML page's declared charset."""
    if isinstance(content, str):
        return content.removeprefix("\ufeff")
    if not content:
        return ""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if content.startswith(bom):
            try:
                return content[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise IngestError(
                    f"The input starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {error.start})"
                ) from None
    if b"\x00" in content[:8192] or looks_binary(content[:8192].decode("latin-1")):
        raise IngestError(BINARY_MESSAGE)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    # Valid UTF-8 is taken as UTF-8 even when a page declares otherwise: mislabelled
    # pages are common, and non-ASCII Latin-1 text is almost never valid UTF-8 by chance.
    declared = declared_charset(content) if mode in (None, InputMode.HTML) else None
    if declared:
        try:
            return content.decode(declared)
        except LookupError:
            raise IngestError(f"The page declares an unknown character set {declared!r}") from None
        except UnicodeDecodeError as error:
            raise IngestError(
                f"The page declares the character set {declared!r} but is not valid {declared} "
                f"(byte {error.start})"
            ) from None
    raise IngestError(
        f"The input is not valid UTF-8 (byte 0x{content[utf8_error.start]:02x} at position "
        f"{utf8_error.start}); save it as UTF-8 and try again"
    )


def declared_charset(content: bytes) -> str | None:
    """The character set an HTML page declares in its `<meta charset>` (or http-equiv), if any."""
    match = META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def looks_binary(text: str) -> bool:
    """Whether `text` holds NUL bytes or more than a few control characters: data, not prose."""
    sample = text[:8192]
    if "\x00" in sample:
        return True
    return bool(sample) and len(CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE
