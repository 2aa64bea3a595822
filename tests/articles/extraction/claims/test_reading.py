"""`read` reads a sentence once for every step: each of its parts must equal what the step read alone."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.claims.checkworthiness import DIGIT, NUM, TOKEN, URL, read
from articles.extraction.claims.hedges import HEDGE, _may_hedge
from articles.extraction.claims.quantities import _may_count, _numbers

# How each step read the sentence before `read`: the references its parts must equal.
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
ASCII_WORD = re.compile(r"[a-z]+")


def words_alone(text: str) -> list[str]:
    lower = text.lower()
    if "@" in lower or "http" in lower or "www." in lower:
        lower = URL.sub(" ", lower)
    tokens = TOKEN.findall(lower)
    if "\u2019" not in lower and DIGIT.search(lower) is None:
        return tokens
    return [NUM if t[0].isdigit() else t.replace("\u2019", "'") for t in tokens]


# Letters, digits, signs, apostrophes, quotes, link parts and the characters whose case is odd.
ALPHABET = st.sampled_from(
    list("aAbBeEiIkKsSyYzZ019 ,.'?%$€£@/:-_\"\u2019\u201c\u201d")
    + list("\u212a\u0130\u0131\u017f\u00e9\u00c9\u0663\u00b2")
    + ["http://", "www.", "may", "May", "could", "n't", "seem", "said to", "one", "Two", "dozen", "2,000."]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
EXAMPLES = [
    "",
    "The government's 2,000.5 workers don\u2019t know.",
    "He couldn't say; it may've been 5G at www.example.com or a@b.org.",
    "\u212aelvin \u0130stanbul \u017fix \u0131t",
    "Prices rose 5% to $3.4bn, officials \u201csaid\u201d?",
    "rock'n'roll '90s o'clock",
]


@given(TEXTS)
@settings(max_examples=300)
def test_read_equals_each_step_reading_alone(text):
    reading = read(text)
    assert reading.words == words_alone(text)
    assert reading.written == WORD.findall(text)
    runs = set(ASCII_WORD.findall(text.lower()))
    # Every run of letters, and besides them no word: only signs and numbers.
    assert runs <= reading.letter_runs
    assert all(not token.isalpha() for token in reading.letter_runs - runs)


@given(TEXTS)
@settings(max_examples=300)
def test_the_pre_checks_on_the_runs_of_letters_pass_whatever_can_match(text):
    for example_text in EXAMPLES:
        assert read(example_text).words == words_alone(example_text)
    letter_runs = read(text).letter_runs
    assert _may_count(text, letter_runs) == _may_count(text)
    if HEDGE.search(text):
        assert _may_hedge(text, letter_runs)
    if next(_numbers(text), None) is not None:
        assert _may_count(text, letter_runs)


# Each word HEDGE matches, in each of its patterns.
HEDGE_PHRASES = [
    *(
        f"It {be} {adverb}{participle} to rain."
        for be in ("is", "was", "been")
        for adverb in ("", "widely ")
        for participle in (
            "said thought believed reported rumored rumoured alleged suspected estimated understood presumed "
            "expected feared claimed"
        ).split()
    ),
    "It is considered likely to rain.",
    *(f"It {verb} to rain." for verb in "appear appears appeared seem seems seemed".split()),
    "It appears that it rains. It seems that it rains.",
    *(
        f"It {word} rains."
        for word in (
            "reportedly allegedly apparently purportedly supposedly seemingly possibly presumably probably "
            "perhaps maybe likely unlikely conceivably arguably ostensibly believed alleged suspected "
            "estimated rumored rumoured unconfirmed unverified speculated purported may might could"
        ).split()
    ),
    "He couldn't go; it might've rained; they could\u2019ve won; 'Maybe' so.",
]


def test_every_hedge_word_passes_the_pre_check():
    for phrase in HEDGE_PHRASES:
        assert HEDGE.search(phrase), phrase
        assert _may_hedge(phrase, read(phrase).letter_runs), phrase
