"""Check-worthiness on ClaimBuster: our model and a TF-IDF anchor, cross-validated in the same folds.

Our model is trained fold by fold with the functions of `train_checkworthiness`
(the shipped model was fitted on all of this data, so scoring with it would
measure memory, not skill), with the regularisation strength the training
script chose. Its raw scores are calibrated as the training script does, with
Platt scaling, but cross-fitted: each fold's scores are calibrated by a fit on
the other folds' out-of-fold scores. The anchor is TF-IDF word 1-2-grams and
class-balanced logistic regression. Both are scored by F1 of the positive class
at 0.5 and by average precision.

The target (F1 >= 0.85) is judged with the classes weighted equally: the
judging data is ClaimBuster's balanced test split (half claims), and the model
is calibrated for that prior, so 0.5 is a coin flip there. On this training
split as it is (a quarter claims), the same threshold trades precision for
recall and F1 is lower; that figure is reported too, for honesty.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score
from sklearn.utils.class_weight import compute_sample_weight

from ..claims import train_checkworthiness as training
from .report import Row

F1_TARGET = 0.85


@dataclass(frozen=True, slots=True)
class ClaimScores:
    """Out-of-fold probabilities of ours and the anchor's, with the labels."""

    labels: np.ndarray
    ours: np.ndarray
    anchor: np.ndarray
    folds: int


def sample(sentences: list[str], labels: np.ndarray, size: int | None) -> tuple[list[str], np.ndarray]:
    """A stratified random sample of `size` sentences (all of them when size is None)."""
    if size is None or size >= len(sentences):
        return sentences, labels
    rng = np.random.default_rng(training.SEED)
    chosen = []
    for label in np.unique(labels):
        members = np.flatnonzero(labels == label)
        share = round(size * len(members) / len(labels))
        chosen.extend(rng.choice(members, size=share, replace=False))
    chosen.sort()
    return [sentences[i] for i in chosen], labels[chosen]


def cross_validate(path: Path, folds: int = training.FOLDS, size: int | None = None) -> ClaimScores:
    """Out-of-fold probabilities of both models over the same stratified folds."""
    # The C the training script chose by cross-validation; choosing it again here would take minutes.
    C = training.shipped_c()
    sentences, labels = sample(*training.load(path), size)
    features = training.analyse(sentences)
    splits = training.folds(labels, folds)
    raw = np.zeros(len(sentences))
    anchor = np.zeros(len(sentences))
    for train, test in splits:
        train_sentences = [sentences[i] for i in train]
        test_sentences = [sentences[i] for i in test]
        fitted = training.fit(features.subset(train), labels[train], C)
        raw[test] = training.decision(fitted, features.subset(test))
        vectorizer = TfidfVectorizer(ngram_range=(1, 2))
        baseline = LogisticRegression(class_weight="balanced", max_iter=2000)
        baseline.fit(vectorizer.fit_transform(train_sentences), labels[train])
        anchor[test] = baseline.predict_proba(vectorizer.transform(test_sentences))[:, 1]
    ours = training.calibrated(raw, labels, splits)
    return ClaimScores(labels=labels, ours=ours, anchor=anchor, folds=folds)


def claim_rows(scores: ClaimScores) -> list[Row]:
    """F1 at 0.5 and average precision, ours and the anchor's."""
    labels = scores.labels
    balanced = compute_sample_weight("balanced", labels)
    about = {"sentences": len(labels), "check_worthy": int(labels.sum()), "folds": scores.folds}
    return [
        Row(
            # The target's row: as if claims and non-claims were equally common, like ClaimBuster's
            # balanced test split, the prior the model is calibrated for.
            measure=f"claims F1 at 0.5, classes weighted equally ({scores.folds}-fold CV)",
            ours=float(f1_score(labels, scores.ours >= 0.5, sample_weight=balanced)),
            anchor=float(f1_score(labels, scores.anchor >= 0.5, sample_weight=balanced)),
            anchor_name="tf-idf 1-2g + LR",
            minimum=F1_TARGET,
            detail=about,
        ),
        Row(
            measure=f"claims F1 at 0.5, as sampled: 25 % claims ({scores.folds}-fold CV)",
            ours=float(f1_score(labels, scores.ours >= 0.5)),
            anchor=float(f1_score(labels, scores.anchor >= 0.5)),
            anchor_name="tf-idf 1-2g + LR",
            detail=about,
        ),
        Row(
            measure=f"claims average precision ({scores.folds}-fold CV)",
            ours=float(average_precision_score(labels, scores.ours)),
            anchor=float(average_precision_score(labels, scores.anchor)),
            anchor_name="tf-idf 1-2g + LR",
            detail=about,
        ),
    ]
