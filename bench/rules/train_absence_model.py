#!/usr/bin/env python3
"""Trains the absence model (extraction-service/src/main/resources/absence/model.tsv) on the labelled gold set.

The labelled answers are the unseen gold set's splits (gold-unseen/, but those held out) and the one-sentence answers of
RuleMentionExtractorTest's lists of absence statements and of negated mentions in eight languages.
Every occurrence of a tracked brand that context leaves as the brand is a row (extract-batch --absence-features):
a brand labelled `absent` in its answer makes an absence row, a brand in `expect` a mention row. A logistic model
(L2, scipy's L-BFGS) learns the features' weights; the threshold is chosen by cross-validation over the splits (each
split scored by a model trained without it, the unit sentences as one split): of the brands the cues leave counted in
an answer, the threshold that leaves the fewest errors — absent brands still counted plus twice the mentioned brands
taken (MENTION_COST), a brand being taken when all its occurrences are. The model only ever adds to the cues: it judges the occurrences they leave, and
only in statements (a question asks about a brand: "Did you mean N26?") whose sentence passes the cues' trigger gate.

Usage (from the repository root, after ./mvnw -pl extraction-service -am package -DskipTests):
  bench/rules/train_absence_model.py [--hold-out validation-25] [--write] [--c 1.0]
Prints the cross-validated figures; --write writes the model file. The held-out split is never read for training.
"""
import argparse
import json
import os
import re
import subprocess
import sys

import numpy as np
from scipy import optimize, sparse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GOLD = os.path.join(ROOT, "extraction-service", "src", "test", "resources", "gold-unseen")
MODEL = os.path.join(ROOT, "extraction-service", "src", "main", "resources", "absence", "model.tsv")
MIN_COUNT = 2


UNIT_SENTENCES = "unit-sentences"
UNIT_TEST = os.path.join(ROOT, "extraction-service", "src", "test", "java", "dev", "answerlens", "extraction", "rules",
                         "RuleMentionExtractorTest.java")


def unit_sentences():
    """The one-sentence answers of RuleMentionExtractorTest's lists of absence statements and of negated mentions (the
    families of rules-23, in eight languages), as labelled lines with the one brand Hooli."""
    source = open(UNIT_TEST, encoding="utf-8").read()
    lines = []
    for kind, label in (("absence", "absent"), ("mention", "expect")):
        start = source.index(f"for (String {kind} : List.of(")
        body = source[start:source.index(")) {", start)]
        for k, literal in enumerate(re.findall(r'"((?:[^"\\]|\\.)*)"', body)):
            text = json.loads('"' + literal + '"')
            lines.append(json.dumps({"id": f"unit-{kind}-{k}", "answer": text, "brands": [
                {"name": "Hooli", "aliases": [], "domains": ["hooli.xyz"]}], label: ["Hooli"]}))
    return "\n".join(lines) + "\n"


def rows_of(split):
    labelled = unit_sentences() if split == UNIT_SENTENCES else subprocess.run(
        [sys.executable, os.path.join(ROOT, "bench", "rules", "gold_to_jsonl.py"), "--labelled", split], check=True,
        capture_output=True, text=True).stdout
    features = subprocess.run([os.path.join(ROOT, "extraction-service", "extract-batch"), "--absence-features"],
                              input=labelled, check=True, capture_output=True, text=True).stdout
    labels = {}
    for line in labelled.splitlines():
        answer = json.loads(line)
        labels[answer["id"]] = (set(answer.get("expect") or []), set(answer.get("absent") or []))
    rows = []
    for line in features.splitlines():
        answer = json.loads(line)
        expect, absent = labels[answer["id"]]
        for row in answer["rows"]:
            if row["brand"] in absent:
                rows.append((split, answer["id"], row["brand"], 1, row["ruled"], row["features"], row["judged"]))
            elif row["brand"] in expect:
                rows.append((split, answer["id"], row["brand"], 0, row["ruled"], row["features"], row["judged"]))
    return rows


def matrix(rows, vocabulary):
    indices, indptr = [], [0]
    for row in rows:
        indices.extend(vocabulary[f] for f in row[5] if f in vocabulary)
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)))


def train(rows, c):
    counts = {}
    for row in rows:
        for f in row[5]:
            counts[f] = counts.get(f, 0) + 1
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    x = matrix(rows, vocabulary)
    y = np.array([row[3] for row in rows], dtype=float)
    # the classes weighed equally: absence rows are about a tenth of the rows
    weight = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))

    def loss(w):
        z = x @ w[1:] + w[0]
        p = 1 / (1 + np.exp(-z))
        value = np.sum(weight * (np.logaddexp(0, z) - y * z)) + np.dot(w[1:], w[1:]) / (2 * c)
        g = weight * (p - y)
        return value, np.concatenate(([g.sum()], x.T @ g + w[1:] / c))

    w = optimize.minimize(loss, np.zeros(len(vocabulary) + 1), jac=True, method="L-BFGS-B",
                          options={"maxiter": 500}).x
    return vocabulary, w


def scores(model, rows):
    vocabulary, w = model
    return matrix(rows, vocabulary) @ w[1:] + w[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold-out", action="append", default=[], help="a split never read (repeatable)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--threshold", type=float, help="this threshold instead of the cross-validated one")
    parser.add_argument("--cv", action=argparse.BooleanOptionalAction, default=True, help="cross-validate first")
    args = parser.parse_args()
    splits = sorted(s for s in os.listdir(GOLD) if os.path.isdir(os.path.join(GOLD, s)) and s not in args.hold_out)
    splits.append(UNIT_SENTENCES)
    rows = [row for split in splits for row in rows_of(split)]
    print(f"{len(rows)} rows from {len(splits)} splits: {sum(r[3] for r in rows)} absence, "
          f"{sum(1 - r[3] for r in rows)} mention; the cues miss {sum(r[3] and not r[4] for r in rows)} absence rows "
          f"and take {sum(r[4] and not r[3] for r in rows)} mention rows")
    threshold = args.threshold
    if args.cv:
        chosen = cross_validate(rows, splits, args)
        threshold = chosen if threshold is None else threshold
    if args.write:
        write(rows, splits, args, threshold)


def cross_validate(rows, splits, args):
    """Each split scored by a model that never saw it, the unit sentences as one split; returns the threshold with the
    fewest errors over all of them. The figures are printed for the gold splits and for the unit sentences apart."""
    folded = np.zeros(len(rows))
    for split in splits:
        train_rows = [r for r in rows if r[0] != split]  # the unit sentences' own fold only shows their figure
        held = [i for i, r in enumerate(rows) if r[0] == split]
        folded[held] = scores(train(train_rows, args.c), [rows[i] for i in held])
    y = np.array([r[3] for r in rows])
    gold = np.array([r[0] != UNIT_SENTENCES for r in rows])
    print(f"cross-validated on the gold splits: model alone finds {np.mean(folded[gold & (y == 1)] > 0):.3f} of absence "
          f"rows at 0, takes {np.mean(folded[gold & (y == 0)] > 0):.4f} of mention rows")
    lowest = lowest_per_brand(rows, folded, lambda r: r[0] != UNIT_SENTENCES)
    # the threshold is chosen over the unit sentences too: their negated mentions ("I can't recommend X, support is
    # slow") are the hardest a model unseen meets, and a mention lost there is an error as anywhere
    chosen = best_threshold(lowest_per_brand(rows, folded, lambda r: True))
    for t in sorted({0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, chosen} | ({args.threshold} if args.threshold else set())):
        gained = sum(1 for label, s in lowest.values() if label == 1 and s > t)
        lost = sum(1 for label, s in lowest.values() if label == 0 and s > t)
        print(f"  threshold {t:6.2f}: of the brands the cues leave counted, {gained} of "
              f"{sum(1 for label, s in lowest.values() if label == 1)} absent brands taken, {lost} of "
              f"{sum(1 for label, s in lowest.values() if label == 0)} mentioned brands lost")
    print("highest-scored mentioned brands the cues leave counted (cross-validated):")
    for key, (label, s) in sorted(((k, v) for k, v in lowest.items() if v[0] == 0), key=lambda kv: -kv[1][1])[:8]:
        print(f"  {s:6.2f} {key[0]} {key[1]}")
    print("absent brands the cues leave counted (cross-validated):")
    for key, (label, s) in lowest.items():
        if label == 1:
            print(f"  {s:6.2f} {key[0]} {key[1]}")
    print(f"chosen threshold {chosen:.3f}: the fewest errors (absent brands left counted + {MENTION_COST} x mentioned "
          f"brands lost, over the gold splits and the unit sentences)")
    unit = lowest_per_brand(rows, folded, lambda r: r[0] == UNIT_SENTENCES)
    for t in sorted({chosen} | ({args.threshold} if args.threshold else set())):
        print(f"unit sentences scored by a model trained without them, at {t:.3f}: "
              f"{sum(1 for label, s in unit.values() if label == 0 and s > t)} of "
              f"{sum(1 for label, s in unit.values() if label == 0)} negated mentions lost")
    return chosen


def lowest_per_brand(rows, folded, keep):
    """Per brand in an answer, the lowest score of the rows the cues leave counted (a brand is taken when all its rows
    are), with its label; rows the model does not judge (questions, sentences the trigger gate stops) score -inf."""
    brands = {}
    for i, r in enumerate(rows):
        if not keep(r) or r[4]:
            continue
        score = -np.inf if "question" in r[5] or not r[6] else folded[i]
        brands.setdefault((r[1], r[2]), (r[3], []))[1].append(score)
    return {key: (label, min(s)) for key, (label, s) in brands.items()}


# A mentioned brand the model takes costs twice an absent brand it leaves: it overrules cues that judged a mention, and
# should be right at least twice as often as wrong where it does
MENTION_COST = 2


def best_threshold(lowest):
    """The threshold with the fewest cross-validated errors — absent brands the cues and the model leave counted plus
    MENTION_COST times the mentioned brands the model takes — the higher one on a tie, halfway between the scores it
    falls between."""
    scored = sorted((s, label) for label, s in lowest.values() if s > -np.inf)
    absent_left = sum(1 for label, s in lowest.values() if label == 1)  # everything kept: t above every score
    best, best_errors = None, None
    errors = absent_left
    # walk the thresholds from the top down: lowering t past a score takes that brand
    for k in range(len(scored) - 1, -1, -1):
        above = scored[k + 1][0] if k + 1 < len(scored) else scored[k][0] + 1.0
        t = (scored[k][0] + above) / 2
        if best_errors is None or errors < best_errors:
            best, best_errors = t, errors
        errors += -1 if scored[k][1] == 1 else MENTION_COST
    return best


def write(rows, splits, args, threshold):
    if threshold is None:
        sys.exit("--write --no-cv needs --threshold")
    if True:
        vocabulary, w = train(rows, args.c)
        names = sorted(vocabulary, key=lambda f: -abs(w[1 + vocabulary[f]]))
        with open(MODEL, "w", encoding="utf-8") as out:
            out.write("# The absence model: feature<TAB>weight, a logistic model over AbsenceFeatures (see absence/README.md).\n"
                      f"# Trained by bench/rules/train_absence_model.py on {len(rows)} rows of {len(splits) - 1} gold splits and "
                      f"RuleMentionExtractorTest's sentence lists "
                      f"(held out: {', '.join(args.hold_out) or 'none'}), C={args.c}; the threshold is the one with the fewest "
                      f"cross-validated errors (absent brands left counted + {MENTION_COST} x mentioned brands lost).\n")
            out.write(f"@bias\t{w[0]:.4f}\n@threshold\t{threshold:.4f}\n")
            for f in names:
                weight = w[1 + vocabulary[f]]
                if abs(weight) >= 0.005:
                    out.write(f"{f}\t{weight:.4f}\n")
        print(f"wrote {MODEL}: threshold {threshold:.3f}")


if __name__ == "__main__":
    main()
