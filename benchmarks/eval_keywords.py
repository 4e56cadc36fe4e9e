"""Keyword extraction on 500N-KPCrowd: mean per-document F1 of the top 10 keywords.

Usage:
    .venv/bin/python benchmarks/eval_keywords.py ../shared/eval/500n-kpcrowd/dev.jsonl

Protocol (the YAKE paper's, Campos et al. 2020): each predicted keyword and each
gold keyphrase is lower-cased, split on whitespace, Porter-stemmed word by word
and re-joined; a prediction is correct when it equals a gold phrase exactly.
Precision = correct / predicted (at most 10), recall = correct / distinct gold
phrases, F1 per document, averaged over documents (0 for a document where
nothing is correct). Speed counts whitespace words of the texts per CPU second
of extraction (parsing included for ours; ``time.process_time``, so other work
on the machine counts less), one process, on a second pass over the documents:
the first pass fills the caches of word stems and frequencies that a long run
keeps warm, and would charge them to whichever of our methods runs first.

With ``--polnear DIR`` it times instead, in CPU seconds (``time.process_time``),
the keyphrases of 300 PolNeAR article texts already in memory and parsed
(``DIR/train/text/*.txt``, the first 300 by name; Newell, Margolin & Ruths 2018)
against NLTK's data-free ``NLTKWordTokenizer`` on the same texts, the unit the
pipeline's speed is stated in: the best of ``--repeat`` interleaved passes after
a warm-up pass. ``--against SRC`` adds a before/after: another version's
keyphrases (``SRC/analysis``, e.g. from ``git archive``) and this one's, in the
same process, interleaved document by document. ``--cold`` times instead one
pass over every PolNeAR text (train and dev) after 20 documents of warm-up, where
each new word form's work counts, as in one pipeline run over a corpus.

The keyphrase scoring was developed looking at the odd-numbered documents of
the file (0-based positions 1, 3, ...); the even ones are reported apart as a
check that it holds on documents not looked at.

Prints a Markdown table: ours (``analysis.keywords``: the default keyphrases,
the same with nested words kept as words, ``expand=False``, keyness, and the
repeated phrases alone, which the crowd's mostly one-word keys cannot favour), yake
0.7.3 with n=1 and with its default n=3, and a plain frequency baseline (most
frequent non-stopword words of the document). Ablations of the keyphrase cues
and a ceiling for them are in ``benchmarks/keyword_ablations.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from nltk.stem import PorterStemmer

from analysis.keyphrases import keyphrases
from analysis.keywords import extract_keywords
from analysis.parse import parse
from analysis.read import article_from_record
from analysis.stoplist import stopwords
from analysis.types import Document
from purepython import ensure_pure  # the script's folder is on sys.path

_STEMMER = PorterStemmer()


def normalise(phrase: str) -> str:
    return " ".join(_STEMMER.stem(w) for w in phrase.lower().split())


def f1(predicted: list[str], gold: list[str]) -> float:
    pred = list(dict.fromkeys(normalise(p) for p in predicted))
    gold_set = {normalise(g) for g in gold}
    correct = sum(1 for p in pred if p in gold_set)
    if correct == 0:
        return 0.0
    precision = correct / len(pred)
    recall = correct / len(gold_set)
    return 2 * precision * recall / (precision + recall)


def frequency_baseline(text: str, top: int) -> list[str]:
    words = [w.strip(".,;:!?\"'()[]“”‘’").lower() for w in text.split()]
    counts = Counter(w for w in words if w and w.isalpha() and w not in stopwords())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, _ in ranked[:top]]


def yake_method(n: int) -> Callable[[str, int], list[str]]:
    import yake

    extractor = yake.KeywordExtractor(lan="en", n=n, top=10)

    def run(text: str, top: int) -> list[str]:
        return [kw for kw, _ in extractor.extract_keywords(text)][:top]

    return run


def ours(method: str) -> Callable[[str, int], list[str]]:
    def run(text: str, top: int) -> list[str]:
        doc = parse(article_from_record({"id": "x", "text": text}, where="x"))
        return [k.keyword for k in extract_keywords(doc, top=top, method=method)]  # type: ignore[arg-type]

    return run


def ours_words(text: str, top: int) -> list[str]:
    """Keyphrases with nested words kept as words (``expand=False``)."""
    doc = parse(article_from_record({"id": "x", "text": text}, where="x"))
    return [k.keyword for k in keyphrases(doc, top=top, expand=False)]


def other_keyphrases(src: Path) -> Callable[[Document], object]:
    """``keyphrases`` of another copy of the package (``src/analysis``, e.g. a
    ``git archive`` of an earlier commit), importable beside this one: the copy is
    renamed ``analysis_other`` in a temporary directory, its imports rewritten."""
    import importlib
    import re
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="kw_other_"))
    shutil.copytree(
        src / "analysis",
        root / "analysis_other",
        ignore=shutil.ignore_patterns("*.so", "*.pyd", "compiled.json", "__pycache__"),
    )
    pattern = re.compile(r"\b(from|import) analysis\b")
    for f in (root / "analysis_other").rglob("*.py"):
        f.write_text(pattern.sub(r"\1 analysis_other", f.read_text(encoding="utf-8")))
    sys.path.insert(0, str(root))
    module = importlib.import_module("analysis_other.keyphrases")
    return module.keyphrases  # type: ignore[no-any-return]


def speed(polnear: Path, repeat: int, against: Path | None) -> None:
    """CPU seconds of keyphrases (parsed documents) against NLTK tokenization, and
    with ``against`` against another version's keyphrases, interleaved document by
    document (the order swapped every pass), which a busy machine disturbs least."""
    from nltk.tokenize import NLTKWordTokenizer

    import analysis

    files = sorted((polnear / "train" / "text").glob("*.txt"))[:300]
    texts = [f.read_text(encoding="utf-8") for f in files]
    docs = [
        parse(article_from_record({"id": f.name, "text": t}, where=f.name))
        for f, t in zip(files, texts, strict=True)
    ]
    tokenizer = NLTKWordTokenizer()
    runs: dict[str, Callable[[], object]] = {
        "NLTK word tokenization": lambda: [tokenizer.tokenize(t) for t in texts],
        "keyphrases (top 10, parsed documents)": lambda: [keyphrases(d) for d in docs],
    }
    best = dict.fromkeys(runs, float("inf"))
    for run in runs.values():  # warm-up: lazy loading and caches
        run()
    for _ in range(repeat):
        for name, run in runs.items():
            t0 = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - t0)
    words = sum(len(t.split()) for t in texts)
    base = best["NLTK word tokenization"]
    print(f"{len(texts)} PolNeAR texts, {words:,} words; analysis from {analysis.__file__}\n")
    print(f"| what | CPU s (best of {repeat}) | x NLTK tokenization |")
    print("| --- | ---: | ---: |")
    for name, secs in best.items():
        print(f"| {name} | {secs:.3f} | {secs / base:.2f} |")
    if against is None:
        return
    other = other_keyphrases(against)
    pair: list[tuple[str, Callable[[Document], object]]] = [
        ("this version", lambda d: keyphrases(d)),
        (f"other version ({against})", other),
    ]
    for d in docs:
        for _, f in pair:
            f(d)
    total = dict.fromkeys([name for name, _ in pair], 0.0)
    for rep in range(repeat):
        for d in docs:
            for name, f in pair if rep % 2 == 0 else pair[::-1]:
                t0 = time.process_time()
                f(d)
                total[name] += time.process_time() - t0
    this = total["this version"]
    print(f"\nInterleaved, {repeat} passes of the {len(docs)} documents:\n")
    print("| keyphrases | CPU s | x this version |")
    print("| --- | ---: | ---: |")
    for name, secs in total.items():
        print(f"| {name} | {secs:.3f} | {secs / this:.3f} |")


def cold_speed(polnear: Path, against: Path | None) -> None:
    """CPU seconds of keyphrases on unseen text: one pass over every PolNeAR text
    (train and dev) after 20 documents of warm-up, so that each new word form's work
    (its Porter stem, its frequency, its cues) counts, as in one run of the pipeline
    over a corpus. Blocks of 25 documents go through NLTK tokenization, then this
    version and ``against`` (each with its own caches) in alternating order."""
    from nltk.tokenize import NLTKWordTokenizer

    files = sorted(polnear.rglob("*.txt"))
    docs = [
        parse(article_from_record({"id": f.name, "text": f.read_text(encoding="utf-8")}, where=""))
        for f in files
    ]
    sides: list[tuple[str, Callable[[Document], object]]] = [("this version", keyphrases)]
    if against is not None:
        sides.append((f"other version ({against})", other_keyphrases(against)))
    for _, f in sides:
        for d in docs[:20]:
            f(d)
    tokenizer = NLTKWordTokenizer()
    floor = 0.0
    total = dict.fromkeys([name for name, _ in sides], 0.0)
    for block, i in enumerate(range(0, len(docs), 25)):
        t0 = time.process_time()
        for d in docs[i : i + 25]:
            tokenizer.tokenize(d.text)
        floor += time.process_time() - t0
        for name, f in sides if block % 2 == 0 else sides[::-1]:
            t0 = time.process_time()
            for d in docs[i : i + 25]:
                f(d)
            total[name] += time.process_time() - t0
    print(f"{len(docs)} PolNeAR texts, one pass after 20 of warm-up (new word forms count)\n")
    print("| keyphrases | CPU s | x NLTK tokenization |")
    print("| --- | ---: | ---: |")
    print(f"| NLTK word tokenization | {floor:.3f} | 1.00 |")
    for name, secs in total.items():
        print(f"| {name} | {secs:.3f} | {secs / floor:.3f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="500N-KPCrowd JSON Lines (id, text, keys)")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--polnear", type=Path, help="time keyphrases on PolNeAR texts instead")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes with --polnear")
    parser.add_argument(
        "--against", type=Path, help="with --polnear: a src/ directory of another version"
    )
    parser.add_argument(
        "--cold", action="store_true", help="with --polnear: one pass over every text, unseen"
    )
    args = parser.parse_args(argv)
    if args.against:
        ensure_pure("the other version runs as Python, so this one must too")
    if args.polnear is not None and args.cold:
        cold_speed(args.polnear, args.against)
        return 0
    if args.polnear is not None:
        speed(args.polnear, args.repeat, args.against)
        return 0
    docs = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()]
    docs = [d for d in docs if d.get("text", "").strip()][: args.limit]
    words = sum(len(d["text"].split()) for d in docs)
    methods: list[tuple[str, Callable[[str, int], list[str]]]] = [
        ("ours (keyphrases, default)", ours("keyphrases")),
        ("ours (keyphrases, expand=False)", ours_words),
        ("ours (keyness, words)", ours("keyness")),
        ("ours (repeated phrases only, --method phrases)", ours("phrases")),
        ("yake 0.7.3 n=1", yake_method(1)),
        ("yake 0.7.3 n=3 (default)", yake_method(3)),
        ("frequency baseline", frequency_baseline),
    ]
    print(f"500N-KPCrowd: {args.path} — {len(docs)} documents, {words:,} words, F1@{args.top}\n")
    print(
        f"| method | F1@{args.top} | F1 odd docs (development) | F1 even docs | precision | "
        "recall | words/CPU s |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, run in methods:
        for d in docs:  # warm-up pass: lazy loading and caches out of the timing
            run(d["text"], args.top)
        scores: list[float] = []
        precisions: list[float] = []
        recalls: list[float] = []
        elapsed = 0.0
        for d in docs:
            t0 = time.process_time()
            predicted = run(d["text"], args.top)
            elapsed += time.process_time() - t0
            scores.append(f1(predicted, d["keys"]))
            pred = list(dict.fromkeys(normalise(p) for p in predicted))
            gold = {normalise(g) for g in d["keys"]}
            correct = sum(1 for p in pred if p in gold)
            precisions.append(correct / len(pred) if pred else 0.0)
            recalls.append(correct / len(gold) if gold else 0.0)
        n = len(docs)
        odd, even = scores[1::2], scores[0::2]
        print(
            f"| {name} | {sum(scores) / n:.3f} | {sum(odd) / max(1, len(odd)):.3f} | "
            f"{sum(even) / max(1, len(even)):.3f} | {sum(precisions) / n:.3f} | "
            f"{sum(recalls) / n:.3f} | {words / elapsed:,.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
