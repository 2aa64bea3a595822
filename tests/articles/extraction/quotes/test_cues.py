"""Cue words: which words and phrases introduce reported speech or belief."""

from __future__ import annotations

import re

from articles.extraction.quotes.cues import (
    WordPattern,
    alternation,
    cue_is_belief,
    cue_is_participle,
    cue_is_stance,
    find_cues,
)


def cues(text: str) -> list[str]:
    return [m.group() for m in find_cues(text, 0, len(text))]


def test_it_finds_verbs_of_saying_and_passive_frames():
    text = "Kim said it. Lee was quoted as saying so, according to Park, who added more."
    assert cues(text) == ["said", "was quoted as saying", "according to", "added"]


def test_it_does_not_find_a_cue_inside_a_word():
    assert cues("The unsaid toldo saidly") == []


def test_it_finds_a_phrasal_cue():
    assert cues("He pointed out the flaw.") == ["pointed out"]


def test_it_tells_beliefs_and_participles_apart():
    assert cue_is_belief("thinks") and not cue_is_belief("said")
    assert cue_is_participle("saying") and not cue_is_participle("said")


def test_it_finds_stance_verbs_and_phrases():
    text = "Kim urged voters to act. Lee called for a recount. Park wants a ballot, criticizing the delay."
    assert cues(text) == ["urged", "called for", "wants", "criticizing"]


def test_it_tells_stance_cues_from_speech_and_belief():
    assert cue_is_stance("urged") and cue_is_stance("called  for") and cue_is_stance("Wants")
    assert not cue_is_stance("said") and not cue_is_stance("thinks") and not cue_is_stance("told")


def test_it_counts_support_naming_refusal_and_plans_as_stances():
    assert all(
        cue_is_stance(cue) for cue in ("endorsing", "called", "described", "declined", "plans", "voted")
    )


def test_it_counts_knowing_and_seeing_as_beliefs():
    assert all(cue_is_belief(cue) for cue in ("knows", "considered", "sees", "realized", "hoping"))


def test_it_finds_shouted_and_exclaimed_words():
    assert cues("He yelled it. She exclaimed that. They shouted back.") == ["yelled", "exclaimed", "shouted"]


def test_it_finds_pointed_to_and_went_after_as_stances():
    assert cues("Lee pointed to the polls. Kim went after the mayor.") == ["pointed to", "went after"]
    assert cue_is_stance("pointed to") and cue_is_stance("went after")


def test_it_finds_idioms_of_speech_and_stance():
    text = (
        "Lee made it clear. Kim took aim at the bill. Park came out against it. Cho weighed in on the race."
    )
    assert cues(text) == ["made it clear", "took aim at", "came out against", "weighed in on"]
    assert cue_is_stance("took aim at") and not cue_is_stance("made it clear")


def test_it_finds_reminders_repetitions_and_complaints():
    text = "Kim reminded voters of it, stating that Lee decried the tax and repeated it."
    assert cues(text) == ["reminded", "stating", "decried", "repeated"]
    assert cue_is_stance("decried") and not cue_is_stance("reminded")


def test_it_finds_references_and_a_focus():
    text = "Lee was referring to the tax. Kim focused on jobs."
    assert cues(text) == ["referring to", "focused on"]
    assert cue_is_stance("referring to") and cue_is_stance("focused on")


def test_it_finds_no_cue_in_nouns_spelled_like_verbs_of_saying():
    assert cues("The state requests an order.") == []


def test_it_finds_thanks_praise_laments_and_invocations():
    text = "Kim thanked them. Lee applauded it. Park bemoaned it. Cho invoked Reagan. Han emailed them."
    assert cues(text) == ["thanked", "applauded", "bemoaned", "invoked", "emailed"]


def test_it_finds_sides_taken_hints_and_outbursts():
    text = "Kim sided with Lee, hinted at a deal and lashed out at Park."
    assert cues(text) == ["sided with", "hinted at", "lashed out at"]
    assert all(cue_is_stance(cue) for cue in cues(text))


def test_its_grouped_alternation_matches_as_the_plain_one():
    options = ["officials", "official", "sources", "source", "a", "an", "another"]
    grouped = re.compile(r"(?i:" + alternation(options) + r")")
    plain = re.compile(r"(?i:" + "|".join(options) + r")")
    for text in ["Officials said", "officialdom", "a source", "another", "an", "SOURCES", "none"]:
        found, expected = grouped.match(text), plain.match(text)
        assert (found and found.group()) == (expected and expected.group())


def test_its_alternation_can_match_at_the_start_of_a_word_only():
    pattern = re.compile(alternation(["said", "says"], word_start=True) + r"\b")
    assert [m.start() for m in pattern.finditer("said unsaid _says says")] == [0, 18]


def test_its_word_pattern_finds_words_as_a_word_boundary_would():
    pattern = WordPattern(r"(?:said|says)\b")
    text = "said unsaid _says says,said"
    assert [m.span(1) for m in pattern.finditer(text, 0, 27)] == [(0, 4), (18, 22), (23, 27)]
    assert [m.span(1) for m in pattern.finditer(text, 2, 27)] == [(18, 22), (23, 27)]
    assert [m.span(1) for m in pattern.finditer(text, 18, 27)] == [(18, 22), (23, 27)]
