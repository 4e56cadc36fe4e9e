"""In-process A/B of the pipeline's parts: a git revision against the working tree.

Usage::

    .venv/bin/python benchmarks/speed_ab.py /work/shared/eval/polnear --base HEAD~3 \\
        [--articles 300] [--passes 2]

The package at ``--base`` is exported (``git archive``) into a temporary directory
as ``analysis_base`` (its imports renamed) and imported beside the working tree's
``analysis``, so both run in **one process**: block after block of 25 PolNeAR
training articles, each block goes through NLTK word tokenization (the floor),
then through both pipelines in alternating order, each part timed in CPU seconds
(``time.process_time``) as ``benchmarks/speed.py`` times them. Changing load on a
shared machine then falls on both sides alike, which separate runs cannot
promise. With ``--base`` equal to the working tree the two sides still differ by
a few percent (import order, memory layout): read smaller differences as noise.

Both sides run as pure Python (a compiled install re-runs the script on a pure copy of
the working tree: ``benchmarks/purepython.py``), so the A/B compares code, not builds.

Prints one Markdown table: CPU seconds and multiples of NLTK tokenization per part,
for the base and the working tree, and the change.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import warnings
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from purepython import ensure_pure  # the script's folder is on sys.path

ROOT = Path(__file__).resolve().parent.parent


def export_base(revision: str, into: Path) -> None:
    """``src/analysis`` at ``revision`` as the package ``analysis_base`` under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/analysis"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / "analysis_base"
    (into / "src" / "analysis").rename(package)
    pattern = re.compile(r"\b(from|import) analysis([. ])")
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = pattern.sub(r"\1 analysis_base\2", text).replace('"analysis.', '"analysis_base.')
        path.write_text(text, encoding="utf-8")


def load(name: str) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any], Any]:
    def module(m: str) -> Any:
        return importlib.import_module(f"{name}.{m}")

    warnings.filterwarnings("ignore", category=module("quotemarks").QuoteMarkWarning)
    return (
        module("parse").parse,
        module("pipeline").analyze,
        module("tables").json_line,
        module("read").read_article,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR directory (train/)")
    parser.add_argument("--base", default="HEAD", help="git revision to compare against")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args(argv)
    ensure_pure("the base revision runs as Python, so the working tree must too")
    files = sorted((args.polnear / "train" / "text").glob("*.txt"))[: args.articles]
    if not files:
        sys.exit(f"speed_ab.py: no texts under {args.polnear}/train/text")
    from nltk.tokenize import NLTKWordTokenizer

    tokenizer = NLTKWordTokenizer()
    with tempfile.TemporaryDirectory(prefix="speed-ab-") as tmp:
        export_base(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        sides = {"base": load("analysis_base"), "new": load("analysis")}
        articles = {side: [fns[3](f) for f in files] for side, fns in sides.items()}
        for side, (parse, analyze, json_line, _) in sides.items():
            for article in articles[side][:20]:  # warm-up: lexicons and caches
                json_line(analyze(parse(article)))
        # as `analysis analyze` and benchmarks/speed.py settle after their first document
        # (analysis.runner.settle: frozen long-lived objects, a young-generation
        # threshold of 50,000); the default threshold's collections cost both sides
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, *gc.get_threshold()[1:])
        clock = time.process_time
        parts: dict[str, dict[str, float]] = {side: {} for side in sides}
        floor = 0.0
        for _ in range(args.passes):
            for block, i in enumerate(range(0, len(files), 25)):
                c0 = clock()
                for article in articles["new"][i : i + 25]:
                    tokenizer.tokenize(article.text)
                floor += clock() - c0
                order = list(sides.items())
                for side, (parse, analyze, json_line, _) in order[:: 1 if block % 2 else -1]:
                    t = parts[side]
                    for article in articles[side][i : i + 25]:
                        c0 = clock()
                        doc = parse(article)
                        t["parse"] = t.get("parse", 0.0) + clock() - c0
                        bundle = analyze(doc, timings=t)
                        c0 = clock()
                        json_line(bundle)
                        t["JSON line"] = t.get("JSON line", 0.0) + clock() - c0
    print(
        f"### Working tree against {args.base} ({len(files)} PolNeAR articles x "
        f"{args.passes} pass(es); NLTK tokenization {floor:.2f} CPU s)\n"
    )
    print("| part | base CPU s | new CPU s | change | base / NLTK | new / NLTK |")
    print("|---|---:|---:|---:|---:|---:|")
    names = list(parts["new"])
    for name in [*names, "total"]:
        if name == "total":
            b, n = sum(parts["base"].values()), sum(parts["new"].values())
        else:
            b, n = parts["base"][name], parts["new"][name]
        print(
            f"| {name} | {b:.2f} | {n:.2f} | {100 * (n - b) / b:+.1f}% | "
            f"{b / floor:.2f}x | {n / floor:.2f}x |"
        )


if __name__ == "__main__":
    main()
