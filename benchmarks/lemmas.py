"""Lemmatizer agreement with the gold lemmas of UD English EWT.

Usage:
    .venv/bin/python benchmarks/lemmas.py ../shared/eval/ud-english-ewt/en_ewt-ud-test.conllu

Every token whose universal part of speech is NOUN, VERB, AUX, ADJ or ADV and whose
form is alphabetic is lower-cased and lemmatized out of context; it counts as right
when it equals the gold lemma, lower-cased. Proper nouns, pronouns and function
words are left out (a keyword list lemmatizes content words). Rows: the word itself
(no lemmatization), NLTK's Porter stemmer (a stem is not a lemma: shown because
``--unit stem`` is the other way to merge inflections) and ``analysis.lemmas``.
The rules and word table were written looking at the train file only; report on
test. Prints a Markdown table, by part of speech and overall.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from nltk.stem import PorterStemmer

from analysis.lemmas import lemma

POS = ("NOUN", "VERB", "AUX", "ADJ", "ADV")


def tokens(path: Path) -> Iterator[tuple[str, str, str]]:
    """(form, lemma, upos) of each word line of a CoNLL-U file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            yield cols[1], cols[2], cols[3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    args = parser.parse_args()
    items = [
        (f.lower(), g.lower(), p) for f, g, p in tokens(args.conllu) if p in POS and f.isalpha()
    ]
    stemmer = PorterStemmer()
    systems: dict[str, Callable[[str], str]] = {
        "word itself": lambda w: w,
        "Porter stem": stemmer.stem,
        "analysis.lemmas": lemma,
    }
    print(f"{len(items):,} content-word tokens from {args.conllu.name}\n")
    print("| system | " + " | ".join(POS) + " | all | µs/token |")
    print("| --- |" + " ---: |" * (len(POS) + 2))
    errors: Counter[tuple[str, str, str]] = Counter()
    for name, fn in systems.items():
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        t0 = time.perf_counter()
        out = [fn(w) for w, _, _ in items]
        elapsed = time.perf_counter() - t0
        for (w, gold, pos), got in zip(items, out, strict=True):
            total[pos] += 1
            if got == gold:
                right[pos] += 1
            elif name == "analysis.lemmas":
                errors[(w, got, gold)] += 1
        cells = [f"{right[p] / total[p]:.3f}" for p in POS]
        overall = sum(right.values()) / sum(total.values())
        print(
            f"| {name} | "
            + " | ".join(cells)
            + f" | {overall:.3f} | {1e6 * elapsed / len(items):.1f} |"
        )
    if args.errors:
        print("\n| word | ours | gold | count |\n| --- | --- | --- | ---: |")
        for (w, got, gold), n in errors.most_common(args.errors):
            print(f"| {w} | {got} | {gold} | {n} |")


if __name__ == "__main__":
    main()
