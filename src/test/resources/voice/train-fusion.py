#!/usr/bin/env python3
"""Fits WordsAndMeaning's weights: a logistic regression (softmax over the 21 topics and "not for this
kiosk") on the tuning set and the three spent test sets, typed, with imitated slips and as PocketSphinx
heard them. The development set is only measured; the sealed set is never read.

    ./mvnw -o test -Dtest=FusionTrainingData -Dmatcher.fusion-data=target/fusion
    python3 src/test/resources/voice/train-fusion.py target/fusion

Prints the weights (copy them into WordsAndMeaning) and the development set's topic-and-decline figures
by these weights alone (commands and noise, decided before them, are taken from the search). Needs numpy.
"""
import json
import sys

import numpy as np

DECLINE_BIAS = 0.5  # added to the fitted constant: the training sets then decline >= 94 % of out-of-domain questions


def load(folder):
    corpus = [json.loads(line) for line in open(f"{folder}/corpus.jsonl")]
    utterances = [json.loads(line) for line in open(f"{folder}/utterances.jsonl")]
    return corpus, utterances


def features(u, vectors, ids, topics):
    """Per topic and per declined id: search score / best, coverage, nearest cosine, mean of 3 nearest."""
    if not u["v"]:
        return None
    cos = np.vstack([vectors @ np.array(v, dtype=np.float32) for v in u["v"]])  # alternatives x sentences
    cands = {c[0]: (c[1], c[2]) for c in u["cands"]}
    best = max([c[1] for c in u["cands"]], default=1.0) or 1.0
    rows = []
    for t in topics + ["front-desk", "off-topic"]:
        own = cos[:, ids == t]
        nearest = np.sort(own, axis=1)[:, ::-1]
        score, coverage = cands.get(t, (0.0, 0.0))
        rows.append([score / best, coverage, nearest[:, 0].max(), nearest[:, :3].mean(axis=1).max(),
                     score / best * coverage])
    return np.array(rows)


def scores(X, W):
    topic = X[:, :-2, :] @ W[:5]
    declined = X[:, -2:, :]
    no = (W[5] + W[6] * declined[:, :, 2].max(1) + W[7] * declined[:, :, 0].max(1)
          + W[8] * X[:, :-2, 2].max(1) + W[9] * X[:, :-2, 0].max(1))
    return np.concatenate([topic, no[:, None]], 1)


def fit(X, Y, steps=3000, rate=0.5, l2=1e-3):
    W = np.zeros(10)
    W[0], W[2] = 1, 5
    n = X.shape[1] - 2
    for _ in range(steps):
        S = scores(X, W)
        S -= S.max(1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(1, keepdims=True)
        G = P.copy()
        G[np.arange(len(Y)), Y] -= 1
        G /= len(Y)
        g = np.zeros(10)
        g[:5] = np.einsum("nk,nkf->f", G[:, :n], X[:, :n, :])
        gd = G[:, n]
        declined = X[:, -2:, :]
        g[5] = gd.sum()
        g[6] = (gd * declined[:, :, 2].max(1)).sum()
        g[7] = (gd * declined[:, :, 0].max(1)).sum()
        g[8] = (gd * X[:, :n, 2].max(1)).sum()
        g[9] = (gd * X[:, :n, 0].max(1)).sum()
        W -= rate * (g + l2 * W)
    return W


def main(folder):
    corpus, utterances = load(folder)
    topics = sorted({c["id"] for c in corpus} - {"front-desk", "off-topic"})
    vectors = np.array([c["v"] for c in corpus], dtype=np.float32)
    ids = np.array([c["id"] for c in corpus])

    def table(rows):
        X, Y, kept = [], [], []
        for u in rows:
            if u["label"].startswith("command:"):
                continue
            f = features(u, vectors, ids, topics)
            if f is None:
                continue
            X.append(f)
            Y.append(topics.index(u["label"]) if u["label"] in topics else len(topics))
            kept.append(u)
        return np.array(X), np.array(Y), kept

    training = [u for u in utterances if not u["set"].startswith("dev")]
    X, Y, _ = table(training)
    W = fit(X, Y)
    W[5] += DECLINE_BIAS
    names = ["SCORE", "COVERAGE", "NEAREST", "NEAR_THREE", "SCORE_BY_COVERAGE", "DECLINE", "DECLINE_NEAR",
             "DECLINE_SCORE", "DECLINE_TOPIC_NEAR", "DECLINE_TOPIC_SCORE"]
    print(f"fitted on {len(Y)} utterances of", sorted({u['set'] for u in training}))
    for name, w in zip(names, W):
        print(f"    static final double {name} = {w:.4f};")
    for name in ["dev", "dev-noisy", "dev-pocketsphinx"]:
        X, Y, _ = table([u for u in utterances if u["set"] == name])
        right = (scores(X, W).argmax(1) == Y).mean()
        print(f"{name}: topics and out-of-domain questions right by these weights {100 * right:.1f} % of {len(Y)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/fusion")
