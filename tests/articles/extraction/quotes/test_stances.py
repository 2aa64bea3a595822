"""Stance verbs: which subjects they take and what content follows them."""

from __future__ import annotations

from articles.extraction.quotes.cues import find_cues
from articles.extraction.quotes.names import Mention
from articles.extraction.quotes.phrases import subject_at_end
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch
from articles.extraction.quotes.stances import stance, stance_subject


def stretch(text: str) -> Stretch:
    quotations = quotation_spans(text)
    return Stretch(text, mask(text, quotations), quotations, 0, len(text))


def subject_and_cue(text: str):
    found = stretch(text)
    match = next(find_cues(found.masked, 0, len(text)))
    return found, subject_at_end(found.masked, 0, match.start()), match


def test_it_takes_a_plural_or_an_auxiliary_before_a_bare_form():
    assert stance_subject(*subject_and_cue("They oppose the plan."))
    assert stance_subject(*subject_and_cue("Ana Ruiz will oppose the plan."))
    assert not stance_subject(*subject_and_cue("The mayor oppose the plan."))


def test_it_refuses_a_possessive_before_the_verb():
    found, _, match = subject_and_cue("Ana Ruiz's demands were met.")
    assert not stance_subject(found, Mention("Ana Ruiz's", 0, 10, "name"), match)


def test_it_reads_the_words_after_the_verb():
    text = "Lawmakers urged the council to delay the vote."
    found, _, match = subject_and_cue(text)
    (item,) = stance(found, match, [])
    assert text[item.start : item.end] == "the council to delay the vote"


def test_it_takes_an_organisation_named_by_a_common_noun_as_the_subject():
    text = "The campaign plans to open offices in every county."
    found, _, match = subject_and_cue(text)
    (item,) = stance(found, match, [])
    assert (item.mention.text, text[item.start : item.end]) == (
        "The campaign",
        "to open offices in every county",
    )


def test_it_takes_any_words_opening_the_clause_as_the_subject_of_a_past_stance():
    text = "Two in three of the troops backed the other nominee."
    found, _, match = subject_and_cue(text)
    (item,) = stance(found, match, [])
    assert item.mention.text == "Two in three of the troops"
    assert text[item.start : item.end] == "the other nominee"


def test_the_object_ends_at_a_comma_opening_an_aside_or_a_new_clause():
    text = "Clinton has vowed to repeal the Hyde Amendment, a provision that bans federal funding."
    found = stretch(text)
    (content,) = stance(found, next(find_cues(found.masked, 0, len(text))), [])
    assert text[content.start : content.end] == "to repeal the Hyde Amendment"


def test_the_object_goes_on_past_a_comma_into_a_relative_clause():
    text = "Rubio still favors a path to citizenship, which moderate Republicans champion."
    found = stretch(text)
    (content,) = stance(found, next(find_cues(found.masked, 0, len(text))), [])
    assert text[content.start : content.end] == "a path to citizenship, which moderate Republicans champion"
