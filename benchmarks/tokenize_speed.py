"""CPU time of the word tokenizer alone (``analysis.parse.tokenize``).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/tokenize_speed.py /work/shared/eval/polnear \\
        [--articles 300] [--repeats 5]

Tokenizes the text of the first ``--articles`` PolNeAR training articles (sorted by
name) ``--repeats`` times and prints one Markdown table: the token count, and the
best and median CPU seconds (``time.process_time``) of one pass. CPU time, not wall
time, so that load from other processes on a shared machine counts less; run the
script at two revisions (``PYTHONPATH`` pointing at each ``src``) on the same sample
to compare them. The package must be importable as pure Python for a code
comparison (see ``benchmarks/purepython.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR directory (train/)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    import analysis
    from analysis.parse import tokenize

    files = sorted((args.polnear / "train" / "text").glob("*.txt"))[: args.articles]
    if not files:
        sys.exit(f"tokenize_speed.py: no texts under {args.polnear}/train/text")
    texts = [f.read_text(encoding="utf-8") for f in files]
    count = sum(len(tokenize(t)) for t in texts)  # also warms the caches
    times = []
    for _ in range(args.repeats):
        c0 = time.process_time()
        for text in texts:
            tokenize(text)
        times.append(time.process_time() - c0)
    print(f"### Tokenizer CPU time ({analysis.__file__})\n")
    print("| articles | tokens | best CPU s | median CPU s | tokens per CPU s (best) |")
    print("|---:|---:|---:|---:|---:|")
    best = min(times)
    print(
        f"| {len(texts)} | {count} | {best:.3f} | {statistics.median(times):.3f} | "
        f"{count / best:,.0f} |"
    )


if __name__ == "__main__":
    main()
