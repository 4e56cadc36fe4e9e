"""How good is the rule-based syllable fallback? Scored against the CMU dictionary.

The fallback (:func:`analysis.syllables.estimate`) only runs for words the CMU
Pronouncing Dictionary lacks (names such as "Lukashenko", new coinages), so its
accuracy on the dictionary's own words is a proxy: every lowercase alphabetic
entry of at least ``--min-length`` letters, first pronunciation as the truth.
A deterministic 1-in-``--every`` sample keeps it quick.

Usage:
    .venv/bin/python benchmarks/syllables.py
    .venv/bin/python benchmarks/syllables.py --every 1
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from analysis.syllables import cmu_syllables, estimate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=5, help="score every n-th entry")
    parser.add_argument("--min-length", type=int, default=2)
    args = parser.parse_args(argv)
    table = cmu_syllables()
    words = sorted(w for w in table if w.isalpha() and len(w) >= args.min_length)[:: args.every]
    errors: Counter[int] = Counter()
    by_truth: Counter[int] = Counter()
    hits: Counter[int] = Counter()
    for w in words:
        truth = table[w]
        guess = estimate(w)
        errors[guess - truth] += 1
        by_truth[min(truth, 5)] += 1
        hits[min(truth, 5)] += guess == truth
    n = len(words)
    exact = errors[0]
    within1 = errors[-1] + errors[0] + errors[1]
    print(f"{n} CMU entries (every {args.every}th alphabetic word)\n")
    print("| measure | value |")
    print("| --- | ---: |")
    print(f"| exact | {exact / n:.3f} |")
    print(f"| within one syllable | {within1 / n:.3f} |")
    print(f"| mean error (guess - truth) | {sum(k * v for k, v in errors.items()) / n:+.3f} |")
    print("\n| true syllables | words | exact |")
    print("| ---: | ---: | ---: |")
    for k in sorted(by_truth):
        label = f"{k}+" if k == 5 else str(k)
        print(f"| {label} | {by_truth[k]} | {hits[k] / by_truth[k]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
