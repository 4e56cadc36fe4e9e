"""How each analysis scales with the length of one document.

Usage:
    .venv/bin/python benchmarks/long_document.py ../shared/eval/polnear [--sizes 100000 2000000]

Joins PolNeAR's article texts (train, then dev, in file-name order) with blank lines
into one document of each size (in characters), parses it once and times each
analysis in CPU seconds (``time.process_time``). A document-level cost that grows
faster than its length shows as a rising "CPU s per 100k characters" column; the
read limit is 5 MB, so a 2-million-character document is a realistic worst case.
Lexicons are loaded by a 20,000-character warm-up first. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

from analysis import actors, keywords, quotes, sentiment, stats
from analysis.parse import parse
from analysis.read import article_from_record
from analysis.types import Document, Mention


def joined(root: Path, size: int) -> str:
    parts: list[str] = []
    total = 0
    for split in ("train", "dev"):
        for path in sorted((root / split / "text").glob("*.txt")):
            text = path.read_text(encoding="utf-8").strip()
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                return "\n\n".join(parts)[:size]
    raise SystemExit(f"the corpus has fewer than {size:,} characters")


def timed(doc: Document) -> dict[str, float]:
    """CPU seconds of each analysis of one parsed document."""
    parts: dict[str, float] = {}
    mentions: tuple[Mention, ...] = ()

    def run(name: str, fn: Callable[[], object]) -> object:
        start = time.process_time()
        result = fn()
        parts[name] = time.process_time() - start
        return result

    run("stats", partial(stats.text_stats, doc))
    run("keywords", partial(keywords.extract_keywords, doc, top=10))
    mentions = cast(tuple[Mention, ...], run("actors", partial(actors.find_mentions, doc)))
    run("quotes", partial(quotes.quotes, doc, mentions=mentions))
    run("sentiment", partial(sentiment.document, doc))
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 400_000, 2_000_000])
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # unbalanced quotation marks where articles were cut
    print("| characters | words | parse | stats | keywords | actors | quotes | sentiment "
          "| total | CPU s per 100k characters |")  # fmt: skip
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    # warm-up: lexicons and word lists load on first use, not per document
    timed(parse(article_from_record({"id": "w", "text": joined(args.polnear, 20_000)}, where="w")))
    for size in args.sizes:
        record = {"id": f"joined-{size}", "text": joined(args.polnear, size)}
        article = article_from_record(record, where=record["id"])
        start = time.process_time()
        doc = parse(article)
        parts = {"parse": time.process_time() - start, **timed(doc)}
        total = sum(parts.values())
        words = sum(1 for t in doc.tokens if t.kind == "word")
        cells = " | ".join(f"{v:.2f}" for v in parts.values())
        print(f"| {size:,} | {words:,} | {cells} | {total:.2f} | {total / size * 1e5:.3f} |")


if __name__ == "__main__":
    main()
