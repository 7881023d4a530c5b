#!/usr/bin/env python3
"""Writes a JSONL corpus of N articles recombined from the project's own test articles.

Each article takes three to six paragraphs from the test articles (gold/, places/, quotes/ and
the reference article), in a seeded random order, and the date of its first paragraph's
article; ids are c00001, c00002, ... The same N and seed give the same corpus, so runs can be
compared. Used to measure ingest at scale and resumption after a kill (see README).

    tools/make-corpus.py 2000 > corpus.jsonl
"""
import glob
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def paragraphs():
    out = []
    files = sorted(glob.glob(os.path.join(ROOT, "core/src/test/resources/*/*.json")))
    files.append(os.path.join(ROOT, "examples/seed.json"))
    for f in files:
        with open(f, encoding="utf-8") as fh:
            gold = json.load(fh)
        if "text" not in gold or "date" not in gold:
            continue
        for p in gold["text"].split("\n\n"):
            if len(p.split()) >= 8:
                out.append((gold["date"], p.strip()))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    rng = random.Random(seed)
    pool = paragraphs()
    for i in range(n):
        picked = rng.sample(pool, rng.randint(3, 6))
        article = {"id": "c%05d" % (i + 1), "date": picked[0][0], "source": "corpus-%d" % (i % 7),
                   "text": "\n\n".join(p for _, p in picked)}
        sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
