"""Tests for claims: every body sentence scored, with quantities, hedges and reasons."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction import ArticleParts
from articles.extraction.claims.finder import find_claims
from articles.extraction.results import Quote
from articles.extraction.sentences import split_sentences


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def claims_of(paragraphs: list[str], quotes: list[Quote] | None = None):
    body = ArticleParts(paragraphs=paragraphs).body
    return body, find_claims(body, split_sentences(body), quotes or [])


@pytest.fixture(scope="module")
def seed_claims(seed_article):
    body = seed_article.body
    return find_claims(body, split_sentences(body), [])


def matching(claims, gold_text):
    return [c for c in claims if norm(gold_text) in norm(c.text)]


def test_it_returns_one_claim_per_sentence_with_offsets_into_the_body(seed_article, seed_claims):
    body = seed_article.body
    assert len(seed_claims) == len(split_sentences(body))
    for claim in seed_claims:
        assert body[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0
        assert claim.reasons


def test_it_scores_every_gold_claim_of_the_seed_as_a_claim(seed_gold, seed_claims):
    for gold in seed_gold["claims"]:
        hits = matching(seed_claims, gold["text"])
        assert hits, gold["text"]
        assert hits[0].score >= 0.5, (hits[0].score, gold["text"])


def test_it_finds_the_gold_quantities_of_the_seed(seed_gold, seed_claims):
    for gold in seed_gold["claims"]:
        claim = matching(seed_claims, gold["text"])[0]
        found = {(q.value, q.unit, q.qualifier) for q in claim.quantities}
        for quantity in gold.get("quantities", []):
            assert (quantity["value"], quantity["unit"], quantity.get("qualifier", "")) in found, found


def test_it_finds_the_gold_hedges_of_the_seed(seed_gold, seed_claims):
    for gold in seed_gold["claims"]:
        if gold.get("hedge"):
            assert gold["hedge"] in matching(seed_claims, gold["text"])[0].hedge


def test_it_does_not_score_the_seeds_question_as_a_claim(seed_claims):
    question = matching(seed_claims, "Will North Korea increase support for Russia's war")[0]
    assert question.score < 0.5
    assert "question" in question.reasons


def test_it_does_not_score_a_byline_as_a_claim():
    _, claims = claims_of(["By Jung Min-ho", "The council approved 12 new schools on Monday."])
    assert claims[0].score < 0.5
    assert claims[0].reasons[0] == "byline"
    assert claims[1].score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Russia's war in Ukraine may have scared laborers into fleeing, says expert",
        "Turkey-Syria earthquake",
        "Top 10 Stories",
        "Zebra Captured After Escaping From City Zoo.",
    ],
)
def test_it_does_not_score_headline_like_fragments_as_claims(text):
    _, claims = claims_of([text])
    assert claims[0].score < 0.5


def test_it_lowers_a_quoted_opinion_below_a_claim():
    text = '"I think we should be proud of what we have done here," the mayor said.'
    body, claims = claims_of([text])
    quote = Quote(text=text[1:58], kind="direct", cue="said", start=1, end=58)
    _, with_quote = claims_of([text], [quote])
    assert with_quote[0].score < 0.5
    assert "quoted opinion" in with_quote[0].reasons
    assert with_quote[0].score <= claims[0].score


def test_it_keeps_a_quoted_fact_a_claim():
    text = '"We lost 300 jobs at the plant in March," the union leader told reporters.'
    _, claims = claims_of([text])
    assert claims[0].score >= 0.5


def test_it_explains_the_score_with_the_quantity_hedge_and_names(seed_claims):
    claim = matching(seed_claims, "There are believed to be more than 20,000")[0]
    assert "has a quantity: more than 20,000 North Korean workers" in claim.reasons
    assert any(r.startswith("hedged: ") and "believed" in r for r in claim.reasons)
    pyongyang = matching(seed_claims, "Pyongyang has also reportedly supplied")[0]
    assert any(r.startswith("names ") and "Wagner Group" in r for r in pyongyang.reasons)


def test_it_skips_a_sentence_whose_offsets_do_not_fit_the_body():
    from articles.extraction.results import Sentence

    body = "Officials counted 12 ships."
    claims = find_claims(body, [Sentence("Not in the body.", 0, 16, 0)], [])
    assert claims == []


def test_it_scores_an_article_in_milliseconds(seed_article):
    import timeit

    body = seed_article.body
    sentences = split_sentences(body)
    find_claims(body, sentences, [])
    # The best of several runs, so that a busy machine does not fail the test.
    best = min(timeit.repeat(lambda: find_claims(body, sentences, []), number=1, repeat=7))
    assert best < 0.05


@settings(max_examples=60)
@given(st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5))
def test_it_never_raises_on_any_body(paragraphs):
    body, claims = claims_of(paragraphs)
    for claim in claims:
        assert body[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0


@pytest.mark.parametrize(
    "text",
    ["Click here to subscribe to our daily newsletter.", "Sign up for breaking news alerts by email."],
)
def test_it_does_not_score_calls_to_action_as_claims(text):
    _, claims = claims_of([text])
    assert claims[0].score < 0.5
    assert claims[0].reasons == ["call to action, not a statement"]


def test_it_names_an_organisation_and_not_proper_adjectives():
    _, claims = claims_of(
        ["Russian-backed fighters attacked a Ukrainian village, the Defence Ministry said on Monday."]
    )
    reasons = " ".join(claims[0].reasons)
    assert "names an organisation: Defence Ministry" in reasons
    assert "Russian-backed" not in reasons
    assert "Ukrainian" not in reasons
    assert "Monday" not in reasons


def test_it_keeps_a_statement_that_opens_with_a_call_to_action_word():
    _, claims = claims_of(["Share prices fell 5 percent on Monday after the bank cut its forecast."])
    assert claims[0].score >= 0.5


def test_it_keeps_a_bare_figure_but_not_a_bare_written_number():
    _, claims = claims_of(["The index rose to 4,500 as the two of them watched."])
    assert [(q.value, q.unit) for q in claims[0].quantities] == [(4500, "")]


def test_it_does_not_take_sentence_opening_words_for_names():
    _, claims = claims_of(["Just because the Senate voted, nothing changed for 40 workers in Ohio."])
    names = next(r for r in claims[0].reasons if r.startswith("names"))
    assert "Just" not in names
    assert "Senate" in names
