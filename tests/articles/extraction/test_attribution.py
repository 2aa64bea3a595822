"""Attribution frames read on one stretch of text, before speakers are resolved."""

from __future__ import annotations

from articles.extraction.attribution import attribute
from articles.extraction.quotemarks import mask, quotation_spans
from articles.extraction.reported import Stretch


def attributions(text: str):
    quotations = quotation_spans(text)
    return attribute(Stretch(text, mask(text, quotations), quotations, 0, len(text)))


def test_it_reads_the_subject_before_its_cue():
    (found,) = attributions("The vote was rigged, Kim said.")
    assert (found.kind, found.cue, found.mention.text) == ("indirect", "said", "Kim")
    assert "The vote was rigged, Kim said."[found.start : found.end] == "The vote was rigged"


def test_it_looks_past_an_appositive_for_the_subject():
    (found,) = attributions("Ann Lee, a nurse at the clinic, a charity, said beds were short.")
    assert found.mention.text == "Ann Lee"


def test_it_splits_a_quotation_around_its_cue():
    text = '"We lost," he said, "but we will be back."'
    first, second = attributions(text)
    assert text[first.start : first.end] == "We lost,"
    assert text[second.start : second.end] == "but we will be back."
    assert second.inherit


def test_it_cuts_reported_words_where_the_next_speaker_begins():
    text = "Kim said the plan failed, though she admitted it was popular."
    first, second = attributions(text)
    assert text[first.start : first.end] == "the plan failed"
    assert text[second.start : second.end] == "it was popular"


def test_it_reads_a_dash_signature():
    text = "\u201cVote for change!\u201d \u2015 Maria Lopez."
    (found,) = attributions(text)
    assert found.mention.text == "Maria Lopez"
    assert found.kind == "direct"


def test_it_finds_nothing_without_a_speaker():
    assert attributions("The said agreement was signed by both sides.") == []
