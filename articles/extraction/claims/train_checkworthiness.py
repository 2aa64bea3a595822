"""Train the check-worthiness model and write `data/checkworthiness.json`.

Run as `python -m articles.extraction.claims.train_checkworthiness [DATA] [--out PATH]`.
DATA defaults to the ClaimBuster two-class training split in the shared dev data
(gzip JSON lines with "sentence" and "label"); it is read, never copied.

The model is one linear scorer over TF-IDF terms (`checkworthiness.terms`) and
the structural signals (`checkworthiness.sentence_features`): the average of a
class-balanced logistic regression and the same regression over naive-Bayes
log-count ratios (NB-LR). Both are linear in the same features, so their
average folds into one coefficient per term and the runtime scores it with one
dictionary lookup per term.

Reproducible: fixed folds and seed. It prints stratified 5-fold out-of-fold
figures with the regularisation strength C chosen inside each training part by
an inner 3-fold search (nested cross-validation), then chooses C by 5-fold CV
on all data, fits on all data, and exports terms, idf, coefficients, intercept
and a Platt calibration. The calibration is fitted on out-of-fold scores with
the classes weighted equally, so that 0.5 is a coin flip when claims and
non-claims are equally common, as in ClaimBuster's balanced test split.

Needs scikit-learn (the `train` extra); the runtime scorer does not.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
from sklearn.utils.class_weight import compute_sample_weight

from .checkworthiness import MODEL_PATH, STRUCTURAL, sentence_features, terms, words_of

DEFAULT_DATA = (
    Path(__file__).resolve().parents[4] / "shared" / "data" / "claims-dev" / "claimbuster-train.jsonl.gz"
)
SEED = 20230125
FOLDS = 5
INNER_FOLDS = 3
# A term seen in one training sentence only would be memorised, not learnt.
MIN_DF = 2
C_GRID = (2.0, 4.0, 8.0)
# Decimals kept in the shipped file: enough for scores to agree with scikit-learn's to 1e-3.
PRECISION = 4


@dataclass(slots=True)
class Features:
    """What the model sees of each sentence: its terms and its structural signals."""

    terms: list[list[str]]
    structural: np.ndarray

    def subset(self, rows: np.ndarray) -> Features:
        return Features([self.terms[i] for i in rows], self.structural[rows])


@dataclass(slots=True)
class Fitted:
    """A fitted model: the TF-IDF vocabulary and one linear scorer over it and the structural signals."""

    vectorizer: TfidfVectorizer
    coef: np.ndarray
    intercept: float
    C: float


def load(path: Path) -> tuple[list[str], np.ndarray]:
    """Sentences and labels from a gzip JSON-lines file."""
    sentences, labels = [], []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            sentences.append(row["sentence"])
            labels.append(int(row["label"]))
    return sentences, np.array(labels)


def analyse(sentences: list[str]) -> Features:
    """Terms and structural signals of each sentence, computed by the runtime's own functions."""
    term_lists, rows = [], []
    for sentence in sentences:
        words = words_of(sentence)
        term_lists.append(terms(words))
        features = sentence_features(sentence, words)
        rows.append([features[name] for name in STRUCTURAL])
    return Features(term_lists, np.array(rows, dtype=float))


def _given(document: list[str]) -> list[str]:
    return document


def _nb_ratio(X: csr_matrix, labels: np.ndarray) -> np.ndarray:
    """Naive-Bayes log-count ratio of each feature, with add-one smoothing."""
    positive = np.asarray(X[labels == 1].sum(axis=0)).ravel() + 1.0
    negative = np.asarray(X[labels == 0].sum(axis=0)).ravel() + 1.0
    return np.log((positive / positive.sum()) / (negative / negative.sum()))


def _regression(C: float) -> LogisticRegression:
    # liblinear: the same optimum as lbfgs here, ten times sooner on sparse text features.
    return LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=SEED)


def fit(features: Features, labels: np.ndarray, C: float) -> Fitted:
    """A class-balanced logistic regression averaged with its NB-LR twin, as one linear scorer."""
    vectorizer = TfidfVectorizer(analyzer=_given, min_df=MIN_DF, sublinear_tf=True, norm="l2")
    X = hstack([vectorizer.fit_transform(features.terms), csr_matrix(features.structural)]).tocsr()
    plain = _regression(C).fit(X, labels)
    ratio = _nb_ratio(X, labels)
    scaled = _regression(C).fit(X.multiply(ratio).tocsr(), labels)
    coef = (plain.coef_[0] + scaled.coef_[0] * ratio) / 2
    intercept = float(plain.intercept_[0] + scaled.intercept_[0]) / 2
    return Fitted(vectorizer, coef, intercept, C)


def decision(fitted: Fitted, features: Features) -> np.ndarray:
    """Raw scores (before calibration) of the sentences."""
    X = hstack([fitted.vectorizer.transform(features.terms), csr_matrix(features.structural)]).tocsr()
    return X @ fitted.coef + fitted.intercept


def platt(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Fit p = sigmoid(a * score + b) with the two classes weighted equally."""
    calibrator = LogisticRegression(C=1e6, max_iter=1000)
    calibrator.fit(scores.reshape(-1, 1), labels, sample_weight=compute_sample_weight("balanced", labels))
    return float(calibrator.coef_[0][0]), float(calibrator.intercept_[0])


def folds(labels: np.ndarray, n: int = FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified, shuffled with the fixed seed."""
    return list(StratifiedKFold(n_splits=n, shuffle=True, random_state=SEED).split(labels, labels))


def out_of_fold(features: Features, labels: np.ndarray, C: float | None, n: int = FOLDS) -> np.ndarray:
    """Out-of-fold raw scores; with C None, C is chosen inside each training part (nested CV)."""
    out = np.zeros(len(labels))
    for train, test in folds(labels, n):
        part = features.subset(train)
        chosen = C if C is not None else choose_c(part, labels[train], INNER_FOLDS)
        out[test] = decision(fit(part, labels[train], chosen), features.subset(test))
    return out


def choose_c(features: Features, labels: np.ndarray, n: int = FOLDS) -> float:
    """The C of C_GRID with the best cross-validated average precision, classes weighted equally."""
    weights = compute_sample_weight("balanced", labels)

    def quality(C: float) -> float:
        return average_precision_score(labels, out_of_fold(features, labels, C, n), sample_weight=weights)

    return max(C_GRID, key=quality)


def calibrated(
    raw: np.ndarray, labels: np.ndarray, splits: list[tuple[np.ndarray, np.ndarray]]
) -> np.ndarray:
    """Probabilities from out-of-fold raw scores, each fold calibrated on the other folds only."""
    out = np.zeros(len(raw))
    for train, test in splits:
        a, b = platt(raw[train], labels[train])
        out[test] = 1 / (1 + np.exp(-(a * raw[test] + b)))
    return out


def metrics(probabilities: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """F1 at 0.5 on the data as it is and with the classes weighted equally, and average precision."""
    predicted = probabilities >= 0.5
    balanced = compute_sample_weight("balanced", labels)
    values = {
        "f1": f1_score(labels, predicted),
        "precision": precision_score(labels, predicted),
        "recall": recall_score(labels, predicted),
        "average_precision": average_precision_score(labels, probabilities),
        # As if claims and non-claims were equally common, like ClaimBuster's balanced test split.
        "f1_balanced": f1_score(labels, predicted, sample_weight=balanced),
        "precision_balanced": precision_score(labels, predicted, sample_weight=balanced),
        "recall_balanced": recall_score(labels, predicted, sample_weight=balanced),
    }
    return {name: round(float(value), 4) for name, value in values.items()}


def shipped_c(path: Path = MODEL_PATH) -> float:
    """The regularisation strength the shipped model was trained with."""
    return float(json.loads(path.read_text(encoding="utf-8"))["C"])


def export(fitted: Fitted, calibration: tuple[float, float], figures: dict, out: Path) -> None:
    """Write the model as JSON: [idf, coefficient] per term, the rest by name."""
    names = fitted.vectorizer.get_feature_names_out()
    idf, coef = fitted.vectorizer.idf_, fitted.coef
    structural = coef[len(names) :]
    payload = {
        "about": "Check-worthiness model trained by articles/extraction/claims/train_checkworthiness.py "
        "on the ClaimBuster two-class training split; scored by checkworthiness.py.",
        "features": "tf-idf (sublinear tf, l2 norm) of checkworthiness.terms: word 1-2-grams and "
        "stems; structural signals of checkworthiness.sentence_features",
        "C": fitted.C,
        "intercept": round(fitted.intercept, PRECISION),
        "calibration": {"a": round(calibration[0], PRECISION), "b": round(calibration[1], PRECISION)},
        "structural": {name: round(float(structural[i]), PRECISION) for i, name in enumerate(STRUCTURAL)},
        "cross_validation": figures,
        "terms": {
            str(t): [round(float(idf[i]), 3), round(float(coef[i]), PRECISION)] for i, t in enumerate(names)
        },
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB; {len(names)} terms, C {fitted.C:g})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    sentences, labels = load(args.data)
    print(f"{len(sentences)} sentences, {int(labels.sum())} check-worthy")
    features = analyse(sentences)
    splits = folds(labels)
    nested = calibrated(out_of_fold(features, labels, None), labels, splits)
    figures = metrics(nested, labels)
    print(f"{FOLDS}-fold nested CV, calibrated, at 0.5: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    C = choose_c(features, labels)
    raw = out_of_fold(features, labels, C)
    a, b = platt(raw, labels)
    export(fit(features, labels, C), (a, b), figures, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
