"""Cues no frame read, judged by the shipped model: what it adds to the frames, and what it leaves."""

from __future__ import annotations

import json
import re

import pytest

from articles.extraction.evaluate.data import DEFAULT_DATA
from articles.extraction.quotes import train_unread_cues, unread_cues
from articles.extraction.quotes.attribution import attribute
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Attribution, Stretch


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
    assert set(model) == {"weights", "intercept", "threshold"}
    assert 0.0 < model["threshold"] < 1.0
    assert any(name.startswith("cue=") for name in model["weights"])
    assert 0.0 < unread_cues.probability(("cue=said", "kind=speech")) < 1.0
    assert unread_cues.probability(()) == unread_cues.probability(("a feature the model never saw",))


def test_a_clause_final_cue_reads_the_words_before_its_subject():
    assert read("Such a move could alienate his backers, Clinton allies believe.") == [
        ("Such a move could alienate his backers", "believe", "Clinton allies")
    ]


def test_a_relative_pronoun_is_the_subject_standing_for_the_phrase_before_it():
    text = "The measure was backed by senators who fear a shutdown will hurt the economy."
    ((words, cue, mention),) = [r for r in read(text) if r[1] == "fear"]
    assert (words, mention) == ("a shutdown will hurt the economy", "who")


def test_a_question_put_by_someone_unnamed_is_read_to_its_comma():
    text = "Asked whether he would run again, Lee shrugged and left the stage."
    assert read(text) == [("whether he would run again", "Asked", None)]


def test_words_another_attribution_holds_are_not_read_twice():
    text = "Officials expressed fear about the cuts to the program."
    stretch = Stretch(text, text, [], 0, len(text))
    fear = re.search("fear", text)
    words = unread_cues.Candidate(fear, text.index("about"), text.index("."), ())
    read_already = Attribution(text.index("fear"), text.index("."), "indirect", "expressed", None)
    assert unread_cues.repeats(words, [read_already])
    elsewhere = Attribution(0, text.index(" expressed"), "indirect", "said", None)
    assert not unread_cues.repeats(words, [elsewhere])
    assert unread_cues.candidates(stretch, [fear], [])


@pytest.mark.skipif(not DEFAULT_DATA.is_dir(), reason=f"no dev sets at {DEFAULT_DATA}")
def test_the_shipped_model_is_what_the_training_script_writes(tmp_path):
    # A change to the frames changes the candidates the model is trained on: retrain and ship it.
    out = tmp_path / "unread_cues.json"
    assert train_unread_cues.main(["--out", str(out)]) == 0
    assert out.read_bytes() == unread_cues.MODEL_PATH.read_bytes()
