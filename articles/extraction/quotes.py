"""Quote finding: placeholder until the quotes module is written."""

from __future__ import annotations

from .results import Quote, Sentence


def find_quotes(body: str, sentences: list[Sentence]) -> list[Quote]:
    return []
