"""Cues no frame read, judged by the shipped model: what it adds to the frames, and what it leaves."""

from __future__ import annotations

import json

from articles.extraction.quotes import unread_cues
from articles.extraction.quotes.attribution import attribute
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch


def read(text: str) -> list[tuple[str, str, str | None]]:
    quotations = quotation_spans(text)
    found = attribute(Stretch(text, mask(text, quotations), quotations, 0, len(text)))
    return [(text[a.start : a.end], a.cue, a.mention.text if a.mention else None) for a in found]


def test_it_reads_a_stance_the_frames_leave_with_its_subject():
    assert read("Clinton allies fear the toll all this is taking.") == [
        ("the toll all this is taking", "fear", "Clinton")
    ]
    assert read("This initiative called for the deportation of foreign nationals convicted of crimes.") == [
        ("the deportation of foreign nationals convicted of crimes", "called for", "This initiative")
    ]


def test_it_reads_a_hedged_clause_as_attributed_to_no_one():
    assert read("Both Google and Facebook have reportedly looked at Twitter and passed.") == [
        ("Both Google and Facebook have reportedly looked at Twitter and passed", "reportedly", None)
    ]
    # The hedge is read once, not again as a cue "expected" with "A decision" for its subject.
    assert read("A decision is expected in mid-May in the voter ID challenge.") == [
        ("A decision is expected in mid-May in the voter ID challenge", "is expected", None)
    ]


def test_a_hedged_clause_starts_after_the_clause_before_it():
    text = "Turnout rose in the cities, but Sanders seemed to reap the benefits."
    assert read(text) == [("Sanders seemed to reap the benefits", "seemed", None)]


def test_it_leaves_a_sentence_with_no_reported_words():
    assert read("The mayor left early to watch the game.") == []


def test_it_leaves_cues_a_frame_has_read():
    text = "Trump called for a special prosecutor to investigate the emails."
    stretch = Stretch(text, text, [], 0, len(text))
    (found,) = attribute(stretch)
    assert unread_cues.candidates(stretch, [], [found]) == []
    # The frame's reading, not a second one from the model.
    assert read(text) == [("a special prosecutor to investigate the emails", "called for", "Trump")]


def test_the_model_is_a_probability_over_named_features():
    model = json.loads(unread_cues.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(model) == {"weights", "intercept"}
    assert any(name.startswith("cue=") for name in model["weights"])
    assert 0.0 < unread_cues.probability(("cue=said", "kind=speech")) < 1.0
    assert unread_cues.probability(()) == unread_cues.probability(("a feature the model never saw",))
