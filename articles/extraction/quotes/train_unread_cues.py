"""Train the model for cues no frame read and write `data/unread_cues.json`.

Run as `python -m articles.extraction.quotes.train_unread_cues [--data DIR] [--out PATH]`.
It reads PolNeAR's train split in the shared dev data (never copied; the dev
split stays held back for the evaluation), runs the engine over each article
with the model switched off, and records every candidate `unread_cues` makes,
with the features it computes. A candidate is a positive when its words match
an annotated attribution (overlap above 30 % of the longer span, the
evaluation's rule) that the engine's own quotes left unmatched.

The model is a logistic regression over those features (deterministic
solver): the same data gives the same file. It prints 5-fold out-of-fold
figures, grouped by article, for all attributions at each regularisation
strength C and threshold, keeps the pair with the best all-attribution F1,
then fits on everything and exports the weights and that threshold. Needs scikit-learn (the `train`
extra); the runtime scorer does not.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from pathlib import Path
from unittest import mock

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from .. import extract_from_article
from ..evaluate.data import DEFAULT_DATA, load_polnear
from ..evaluate.metrics import match_spans, overlap
from ..evaluate.quotes import clean_text
from ..results import ArticleParts
from . import unread_cues

STRENGTHS = (0.1, 0.25, 0.5, 1.0)
FOLDS = 5
MATCH_SHARE = 0.3
# Weights this small change no probability in the third decimal: left out of the file.
MIN_WEIGHT = 1e-4
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def article_candidates(
    text: str, attributions: list[dict]
) -> tuple[list[tuple[str, ...]], list[int], int, int, int]:
    """One article's candidates and labels, and its counts of gold, engine quotes and matches."""
    clean = clean_text(text)
    if not clean.paragraphs:
        return [], [], len(attributions), 0, 0
    recorded: list[unread_cues.Candidate] = []

    def record(candidate: unread_cues.Candidate) -> bool:
        recorded.append(candidate)
        return False

    with mock.patch.object(unread_cues, "accept", record):
        quotes = extract_from_article(ArticleParts(paragraphs=clean.paragraphs)).quotes
    # Gold spans in offsets of the clean body, where the engine's offsets are.
    gold = [
        (bisect.bisect_left(clean.origin, a["start"]), bisect.bisect_left(clean.origin, a["end"]))
        for a in attributions
    ]
    pairs = match_spans([(q.start, q.end) for q in quotes], gold)
    matched = {j for _, j in pairs}
    unmatched = [g for j, g in enumerate(gold) if j not in matched]
    labels = [int(any(_matches((c.start, c.end), g) for g in unmatched)) for c in recorded]
    return [c.features for c in recorded], labels, len(gold), len(quotes), len(pairs)


def _matches(span: tuple[int, int], gold: tuple[int, int]) -> bool:
    return overlap(span, gold) > MATCH_SHARE * max(span[1] - span[0], gold[1] - gold[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the dev sets (default %(default)s)")
    parser.add_argument("--out", type=Path, default=unread_cues.MODEL_PATH, help="where to write the model")
    args = parser.parse_args(argv)

    rows, labels, articles = [], [], []
    gold = predicted = matched = 0
    for index, article in enumerate(load_polnear(args.data, "train")):
        features, article_labels, n_gold, n_predicted, n_matched = article_candidates(
            article["text"], article["attributions"]
        )
        rows.extend({f: 1 for f in candidate} for candidate in features)
        labels.extend(article_labels)
        articles.extend([index] * len(features))
        gold, predicted, matched = gold + n_gold, predicted + n_predicted, matched + n_matched
    y = np.array(labels)
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(rows)
    print(
        f"{len(y)} candidates, {int(y.sum())} positive; engine alone F1 {_f1(matched, predicted, gold):.4f}"
    )

    # The regularisation and the threshold that make the best F1 out of fold, the engine's quotes included.
    results = []
    for c in STRENGTHS:
        out_of_fold = np.zeros(len(y))
        for train, test in GroupKFold(FOLDS).split(x, y, articles):
            model = LogisticRegression(C=c, max_iter=5000).fit(x[train], y[train])
            out_of_fold[test] = model.predict_proba(x[test])[:, 1]
        for threshold in THRESHOLDS:
            chosen = out_of_fold >= threshold
            taken, right = int(chosen.sum()), int((chosen & (y == 1)).sum())
            f1 = _f1(matched + right, predicted + taken, gold)
            results.append((f1, c, threshold))
            print(
                f"C {c}, threshold {threshold:.2f}: {taken} taken, {right} right; with the engine F1 {f1:.4f}"
            )
    best_f1, c, threshold = max(results)
    print(f"C {c}, threshold {threshold:.2f}: all-attribution F1 out of fold {best_f1:.4f}")

    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= MIN_WEIGHT
    }
    payload = {
        "weights": dict(sorted(weights.items())),
        "intercept": round(float(model.intercept_[0]), 4),
        "threshold": threshold,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights, {args.out.stat().st_size // 1024} KiB)")
    return 0


def _f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


if __name__ == "__main__":
    sys.exit(main())
