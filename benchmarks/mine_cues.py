"""Mine the cue lexicon from PolNeAR train: how often each word is (part of) a cue.

For every word form in the train texts: ``n`` occurrences, ``cue`` occurrences inside
a gold Cue span, ``precision = cue / n``; also the most frequent multi-word cue
phrases. Prints a Markdown table; ``--write FILE`` writes the kept forms (count and
precision thresholds below) in the format of ``src/analysis/data/cues.txt``.

Usage:
    .venv/bin/python benchmarks/mine_cues.py /work/shared/eval/polnear [--min-count 8]
        [--min-precision 0.35] [--write FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from analysis.parse import tokenize
from polnear import load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--min-precision", type=float, default=0.35)
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--write")
    args = ap.parse_args()
    total: Counter[str] = Counter()
    in_cue: Counter[str] = Counter()
    head: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    for art in load(args.path, "train"):
        cue_chars = bytearray(len(art.text))
        for q in art.quotes:
            words = []
            for s, e in q.cue:
                cue_chars[s:e] = b"\x01" * (e - s)
                words += [t.text.lower() for t in tokenize(art.text, s, e) if t.is_word]
            if words:
                head[words[0]] += 1
                phrases[" ".join(words)] += 1
        for tok in tokenize(art.text):
            if tok.kind != "word":
                continue
            w = tok.text.lower()
            total[w] += 1
            if cue_chars[tok.start]:
                in_cue[w] += 1
    rows = []
    for w, c in head.items():
        n = total[w]
        if c >= args.min_count and n:
            rows.append((w, c, n, in_cue[w] / n))
    rows.sort(key=lambda r: (-r[1], r[0]))
    print("| form | as cue head | occurrences | precision |")
    print("| --- | ---: | ---: | ---: |")
    for w, c, n, p in rows[: args.top]:
        print(f"| {w} | {c} | {n} | {p:.2f} |")
    print()
    print("| multi-word cue | count |")
    print("| --- | ---: |")
    for ph, c in sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0])):
        if " " in ph and c >= args.min_count:
            print(f"| {ph} | {c} |")
    if args.write:
        kept = [r for r in rows if r[3] >= args.min_precision]
        with open(args.write, "w", encoding="utf-8") as out:
            for w, c, _n, p in sorted(kept):
                out.write(f"{w}\t{c}\t{p:.2f}\n")


if __name__ == "__main__":
    main()
