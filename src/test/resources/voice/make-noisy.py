#!/usr/bin/env python3
"""Makes the recognizer-like copy of a labelled question file, the way a small offline recognizer
writes what it hears: lower case, no punctuation, contractions spelled out, fillers ("um"),
a short word dropped, and words that sound alike swapped. Seeded, so the copy is reproducible:
  python3 make-noisy.py questions-tuning.tsv > questions-tuning-noisy.tsv
  python3 make-noisy.py eval/dev.tsv > eval/dev-noisy.tsv
Further columns (the persona) are copied as they are."""
import random
import re
import sys

CONTRACTIONS = {"can't": "can not", "won't": "will not", "don't": "do not", "doesn't": "does not",
                "didn't": "did not", "isn't": "is not", "haven't": "have not", "i'm": "i am", "i've": "i have",
                "i'd": "i would", "it's": "it is", "what's": "what is", "that's": "that is", "you're": "you are",
                "who's": "who is", "where's": "where is", "i'll": "i will", "writing's": "writing is",
                "who've": "who have", "they're": "they are"}
HOMOPHONES = {"pain": "pane", "cells": "sells", "die": "dye", "hear": "here", "there": "their",
              "to": "too", "for": "four", "write": "right", "weeks": "weak", "know": "no", "new": "knew",
              "whole": "hole", "be": "bee", "way": "weigh", "son": "sun", "chemo": "kimo", "hospice": "hospis",
              "through": "threw", "by": "buy", "see": "sea", "would": "wood", "our": "hour", "read": "red",
              "mourning": "morning", "peace": "piece", "flu": "flew", "heal": "heel", "waste": "waist"}
FILLERS = ["um", "uh", "er", "erm", "hmm"]
KEEP = {"no", "yes", "not", "two", "one", "up", "go"}

def noisy(question, rng):
    text = question.lower().replace("\u2019", "'")
    words = []
    for w in re.sub(r"[^a-z0-9' ]+", " ", text).split():
        w = CONTRACTIONS.get(w, w).replace("'", "")
        words.extend(w.split())
    if len(words) > 3 and rng.random() < 0.4:
        short = [i for i, w in enumerate(words) if len(w) <= 3 and w not in KEEP]
        if short:
            del words[rng.choice(short)]
    swapped = [i for i, w in enumerate(words) if w in HOMOPHONES]
    if swapped and rng.random() < 0.7:
        i = rng.choice(swapped)
        words[i] = HOMOPHONES[words[i]]
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS))
    return " ".join(words)

def main(path):
    rng = random.Random(5)
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            print(line)
            continue
        expected, question, *rest = line.split("\t")
        print("\t".join([expected, noisy(question, rng)] + rest))

if __name__ == "__main__":
    main(sys.argv[1])
