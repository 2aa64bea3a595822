"""What must hold of every extraction, whatever the input: offsets that point at their text.

Shared by the fuzzer (`bench/fuzz_extraction.py`) and the property test
(`tests/articles/extraction/test_properties.py`), so that both check the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..results import Extraction


def _span_problem(body: str, start: int | None, end: int | None, text: str, what: str) -> str | None:
    if start is None or end is None:
        return None if start is None and end is None else f"{what}: only one offset ({start}, {end})"
    if not 0 <= start <= end <= len(body):
        return f"{what}: span ({start}, {end}) outside the body (length {len(body)})"
    if body[start:end] != text:
        return f"{what}: body[{start}:{end}] is {body[start:end][:60]!r}, text is {text[:60]!r}"
    return None


def offset_problems(extraction: Extraction) -> Iterator[str]:
    """Every quote, speaker mention, claim and quantity whose offsets do not give its text.

    Quotes and claims must have offsets; a speaker mention or quantity may have
    none (both None), but when it has them `body[start:end]` must be its text.
    """
    body = extraction.article.body
    # (start, end, text, what, whether offsets are required)
    checks: list[tuple[int | None, int | None, str, str, bool]] = []
    for i, quote in enumerate(extraction.quotes):
        checks.append((quote.start, quote.end, quote.text, f"quote {i}", True))
        speaker = quote.speaker
        if speaker is not None:
            checks.append((speaker.start, speaker.end, speaker.mention, f"quote {i} speaker mention", False))
    for i, claim in enumerate(extraction.claims):
        checks.append((claim.start, claim.end, claim.text, f"claim {i}", True))
        for j, quantity in enumerate(claim.quantities):
            checks.append((quantity.start, quantity.end, quantity.text, f"claim {i} quantity {j}", False))
    for start, end, text, what, required in checks:
        if required and (start is None or end is None):
            yield f"{what}: no offsets"
            continue
        problem = _span_problem(body, start, end, text, what)
        if problem:
            yield problem
