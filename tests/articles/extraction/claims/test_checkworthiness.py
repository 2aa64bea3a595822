"""Tests for the check-worthiness model: its features, its shipped file and its scores."""

from __future__ import annotations

import json
import timeit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.extraction.claims.checkworthiness import (
    MODEL_PATH,
    STRUCTURAL,
    load_model,
    score,
    sentence_features,
    terms,
    words_of,
)


def test_it_folds_numbers_drops_urls_and_adds_stems():
    words = words_of("Prices rose 3.5% in 2015, see https://example.com/x")
    assert words == ["prices", "rose", "<num>", "%", "in", "<num>", "see"]
    assert terms(words) == [
        "prices",
        "rose",
        "%",
        "in",
        "see",
        "prices rose",
        "rose <num>",
        "<num> %",
        "% in",
        "in <num>",
        "<num> see",
    ]
    assert terms(words_of("Governments spent")) == ["governments", "spent", "governments spent", "gover~"]


def test_a_number_among_unknown_words_does_not_decide_alone():
    assert score("Clique aqui: https://goo.gl/FDS4xU.").probability < 0.9


def test_it_computes_every_structural_feature_in_the_unit_interval():
    features = sentence_features("Will we really spend $3 billion on 200 new schools, as I think?")
    assert set(features) == set(STRUCTURAL)
    assert all(0.0 <= value <= 1.0 for value in features.values())
    assert features["question"] == features["first_plural"] == features["first_singular"] == 1.0
    assert features["quantity"] == features["money_or_percent"] == 1.0


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Exports grew faster than imports.", "comparison"),
        ("We spent more than they did.", "comparison"),
        ("It is the highest rate on record.", "superlative"),
        ("It was the most expensive war.", "superlative"),
        ("Unemployment increased last year.", "change"),
        ("We will cut taxes.", "future"),
        ("That would be a mistake.", "conditional"),
    ],
)
def test_it_finds_comparisons_superlatives_and_tense(text, signal):
    assert sentence_features(text)[signal] == 1.0


def test_it_takes_the_rest_and_the_west_for_no_superlative():
    assert sentence_features("The rest of the West agreed.")["superlative"] == 0.0


def test_the_shipped_model_is_small_and_documents_its_cross_validation():
    assert MODEL_PATH.stat().st_size < 3_000_000
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["structural"]) == set(STRUCTURAL)
    assert {"f1", "f1_balanced", "average_precision"} <= set(data["cross_validation"])
    assert data["cross_validation"]["f1_balanced"] > 0.85


@pytest.mark.parametrize(
    "text",
    [
        "The company reported a net profit of $3 billion last year, up 12 percent.",
        "Unemployment fell to 4.1 percent in March, the lowest level since 2001.",
        "The government spent more than 20 million dollars on the program in 2019.",
    ],
)
def test_it_scores_factual_statements_with_figures_as_claims(text):
    assert score(text).probability >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I think this is a disgrace and we should all be ashamed.",
        "Thank you very much, it's great to be here tonight.",
        "I'm sure it is closely watching how it is going.",
    ],
)
def test_it_scores_opinion_and_pleasantries_as_not_claims(text):
    assert score(text).probability < 0.5


def test_it_is_calibrated_around_a_coin_flip():
    probabilities = [score(s).probability for s in ("The sky is blue.", "Well, let me say this.")]
    assert all(0.0 < p < 1.0 for p in probabilities)
    a, _ = load_model().calibration
    assert a > 0  # a higher raw score always means a higher probability


def test_it_explains_itself_with_structural_contributions():
    result = score("Officials said 300 people died in the floods.")
    assert result.structural["quantity"] > 0
    assert result.top_terms


def test_it_scores_a_sentence_in_well_under_a_tenth_of_a_millisecond():
    load_model()
    sentence = "There are believed to be more than 20,000 workers living in Russia, mostly at farms."
    # The best of several runs, so that a busy machine does not fail the test; quantities and the
    # hedge are given, as the claim finder gives them.
    best = min(timeit.repeat(lambda: score(sentence, quantities=[], hedged=True), number=50, repeat=7)) / 50
    assert best < 0.0002


@given(st.text(max_size=400))
def test_it_never_raises_and_stays_a_probability(text):
    assert 0.0 <= score(text).probability <= 1.0


def test_the_pure_python_scorer_matches_scikit_learn(tmp_path):
    pytest.importorskip("sklearn")
    from articles.extraction.claims import train_checkworthiness as training

    claims = [
        f"Unemployment fell to {n} percent in {1990 + n}, the lowest since records began." for n in range(30)
    ]
    claims += [f"The state spent ${n} million on {n} new schools last year." for n in range(30)]
    chatter = [
        f"I think we {w} do better, and you know it, my friends." for w in ("can", "must", "should")
    ] * 20
    sentences = claims + chatter
    labels = training.np.array([1] * len(claims) + [0] * len(chatter))
    fitted = training.fit(training.analyse(sentences), labels, C=4.0)
    out = tmp_path / "model.json"
    training.export(fitted, (1.0, 0.0), {}, out)

    shipped = load_model(out)
    probe = [
        "Exports rose 7 percent in 2001.",
        "I think you are wrong.",
        "The mayor opened 3 new schools and schools.",
    ]
    expected = training.decision(fitted, training.analyse(probe))
    for sentence, raw in zip(probe, expected, strict=True):
        assert score(sentence, shipped).logit == pytest.approx(raw, abs=1e-3)
