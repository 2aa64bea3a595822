"""Claim finding: placeholder until the claims module is written."""

from __future__ import annotations

from .results import Claim, Quote, Sentence


def find_claims(body: str, sentences: list[Sentence], quotes: list[Quote]) -> list[Claim]:
    return [Claim(text=s.text, start=s.start, end=s.end, score=0.5) for s in sentences]
