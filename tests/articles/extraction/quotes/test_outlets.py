"""Outlets that carried the words, and what is skipped after a cue."""

from __future__ import annotations

from articles.extraction.quotes.outlets import skip_after_cue, via_before
from articles.extraction.quotes.reported import Stretch


def stretch(text: str, persons: tuple[str, ...] = ()) -> Stretch:
    return Stretch(text, text, [], 0, len(text), lambda name: name in persons)


def test_it_skips_listeners_times_and_settings():
    text = "told reporters on Monday in a statement that"
    at, via = skip_after_cue(stretch(text), 4, "told")
    assert text[at:] == "that"
    assert via == ""


def test_it_takes_a_capitalised_recipient_as_outlet():
    text = "told The Daily Planet."
    assert skip_after_cue(stretch(text), 4, "told")[1] == "The Daily Planet"


def test_it_does_not_take_a_person_of_the_article_as_outlet():
    text = "told Trump that"
    assert skip_after_cue(stretch(text, ("Trump",)), 4, "told")[1] == ""


def test_it_reads_an_outlet_in_an_opening_phrase():
    text = "In an interview with Der Spiegel, the minister said"
    assert via_before(stretch(text), text.index("said")) == "Der Spiegel"
