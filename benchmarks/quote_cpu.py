"""CPU time of the quote pass on PolNeAR texts (``time.process_time``, not wall clock:
the machine is shared).

Each text is read and parsed once and its actor mentions found once; the timed part
is :func:`analysis.quotes.quotes` with the mentions given, over the first ``--n``
train texts, repeated ``--repeat`` times (the minimum is reported). Run it once per
source tree to compare versions:

    PYTHONPATH=src .venv/bin/python benchmarks/quote_cpu.py /work/shared/eval/polnear
    PYTHONPATH=/tmp/other/src .venv/bin/python benchmarks/quote_cpu.py /work/shared/eval/polnear
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import analysis
from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from polnear import load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", help="the PolNeAR folder")
    ap.add_argument("--split", choices=("dev", "train"), default="train")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    arts = load(args.path, args.split)[: args.n]
    docs = [parse(article_from_text(a.text, id=a.id)) for a in arts]
    mentions = [find_mentions(d) for d in docs]
    runs = []
    count = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        count = sum(len(quotes(d, mentions=m)) for d, m in zip(docs, mentions, strict=True))
        runs.append(time.process_time() - t0)
    print(f"source: {Path(analysis.__file__).parent}\n")
    print("| texts | attributions | CPU s (min) | CPU s (median) |")
    print("| ---: | ---: | ---: | ---: |")
    runs.sort()
    print(f"| {len(docs)} | {count} | {runs[0]:.3f} | {runs[len(runs) // 2]:.3f} |")


if __name__ == "__main__":
    main()
