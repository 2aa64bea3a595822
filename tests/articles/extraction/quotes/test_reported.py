"""Where reported words lie: kinds, trimming, openings."""

from __future__ import annotations

from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch, leading_start, reported_words


def stretch(text: str) -> Stretch:
    quotations = quotation_spans(text)
    return Stretch(text, mask(text, quotations), quotations, 0, len(text))


def test_it_drops_that_and_final_punctuation():
    text = "that the plan failed."
    (found,) = reported_words(stretch(text), 0, len(text), "said", None, "")
    assert (text[found.start : found.end], found.kind) == ("the plan failed", "indirect")


def test_it_tells_direct_from_mixed():
    text = '"It failed," and "it cost too much" for farmers.'
    s = stretch(text)
    (direct,) = reported_words(s, 0, 12, "said", None, "")
    assert (text[direct.start : direct.end], direct.kind) == ("It failed,", "direct")
    (mixed,) = reported_words(s, 17, len(text), "said", None, "")
    assert mixed.kind == "mixed"


def test_it_starts_after_a_scene_setting_phrase_only_with_that():
    text = "during a visit that prices rose"
    assert text[leading_start(stretch(text), 0) :] == "prices rose"
    assert leading_start(stretch("to the crowd"), 0) is None
