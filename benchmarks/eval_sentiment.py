"""Evaluate sentiment scorers against human ratings of news text; print Markdown tables.

Usage:
    .venv/bin/python benchmarks/eval_sentiment.py NYT_DEV_JSONL [--polnear POLNEAR_DIR]

NYT_DEV_JSONL: the VADER paper's NYT editorial snippets (Hutto & Gilbert, 2014), one
``{"id", "text", "mean_rating", ...}`` per line, ratings on -4..4 (mean of 20 people).
Each snippet is scored as one text, as in the VADER paper.

* Pearson r between the compound score and the human mean, on the whole file and on
  its two halves by article: half A (articles 1, 5, 9, ...: (article // 2) even), the
  one looked at while developing, and half B (articles 3, 7, 11, ...), held out.
* 3-class macro-F1: predictions positive at compound >= 0.05, negative at <= -0.05
  (VADER's thresholds); human means positive at >= 0.5, negative at <= -0.5 on the
  -4..4 scale, neutral between.
* Time per snippet: best of three interleaved runs. The news scorer is timed on raw
  text (tokenization by analysis.parse included) and on tokens already made, which
  is its cost inside the pipeline, where each document is tokenized once for all
  analyses.
* The negativity weight (default 1.5, SO-CAL's value, not fitted here) is also
  chosen by 5-fold cross-validation grouped by article (the id before "_") over
  1.0-1.75, to show what tuning on this data would add; the held-out predictions
  are pooled into one cross-validated r.
* Ablations: the news scorer with one rule switched off at a time, and the weight
  of Pattern's adjective polarity over a grid (the default, 0.35, is the best r on
  half A).

--polnear DIR (the PolNeAR folder: ``dev.gold.jsonl`` and ``train/text/*.txt``):
document scores of whole articles, VADER's compound of the whole text against the
length-weighted mean of sentence scores, as quantiles and a histogram.

--polnear DIR --speed N [--skip-nyt]: instead of the spread, the CPU seconds of each
sentiment pass (sentences, document, segments, voices and speakers, actors, and the
target view) over the first N PolNeAR texts, against NLTK word tokenization of the
same texts in the same process (best of --repeats), run alone and amid the other
analyses (as in the pipeline, where the CPU caches are cold for sentiment).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from analysis.newsvader import DEFAULT_CONFIG, NewsVaderConfig, score_text, score_tokens
from analysis.parse import parse, tokenize
from analysis.read import article_from_record
from analysis.sentiment import document, vader_text

NEGATIVITY_GRID = (1.0, 1.25, 1.5, 1.75)
ADJECTIVE_GRID = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    mx, my = statistics.fmean(x), statistics.fmean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def label(value: float, cut: float) -> int:
    return 1 if value >= cut else -1 if value <= -cut else 0


def macro_f1(pred: Sequence[float], gold: Sequence[float]) -> float:
    p = [label(v, 0.05) for v in pred]
    g = [label(v, 0.5) for v in gold]
    f1s = []
    for c in (-1, 0, 1):
        tp = sum(1 for a, b in zip(p, g, strict=True) if a == c and b == c)
        fp = sum(1 for a, b in zip(p, g, strict=True) if a == c and b != c)
        fn = sum(1 for a, b in zip(p, g, strict=True) if a != c and b == c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / 3


def halves(ids: Sequence[str]) -> dict[str, list[int]]:
    """Row indices of half A ((article // 2) even), half B (odd) and all rows."""
    half = [(int(i.split("_")[0]) // 2) % 2 for i in ids]
    return {
        "A": [k for k, h in enumerate(half) if h == 0],
        "B": [k for k, h in enumerate(half) if h == 1],
        "all": list(range(len(ids))),
    }


def split_cells(
    pred: Sequence[float], gold: Sequence[float], parts: dict[str, list[int]]
) -> list[str]:
    """Pearson r per half and overall, then macro-F1 per half and overall."""
    rs, fs = [], []
    for idx in parts.values():
        p, g = [pred[k] for k in idx], [gold[k] for k in idx]
        rs.append(f"{pearson(p, g):.3f}")
        fs.append(f"{macro_f1(p, g):.3f}")
    return rs + fs


def timed(fn: Callable[[str], float], texts: Sequence[str]) -> tuple[list[float], float]:
    start = time.perf_counter()
    out = [fn(t) for t in texts]
    return out, (time.perf_counter() - start) / len(texts)


def news_fn(config: NewsVaderConfig) -> Callable[[str], float]:
    return lambda t: score_text(t, config=config).compound


def vader_fn(t: str) -> float:
    return vader_text(t).compound


def cross_validated(texts: list[str], gold: list[float], ids: list[str]) -> tuple[float, str]:
    """Pooled held-out r over 5 folds by article; the negativity picked per fold."""
    articles = sorted({i.split("_")[0] for i in ids}, key=lambda a: (len(a), a))
    fold_of = {a: k % 5 for k, a in enumerate(articles)}
    folds = [fold_of[i.split("_")[0]] for i in ids]
    preds = {
        g: [score_text(t, config=replace(DEFAULT_CONFIG, negativity=g)).compound for t in texts]
        for g in NEGATIVITY_GRID
    }
    held = [0.0] * len(texts)
    chosen = []
    for k in range(5):
        train = [i for i, f in enumerate(folds) if f != k]
        best = max(
            NEGATIVITY_GRID,
            key=lambda g: pearson([preds[g][i] for i in train], [gold[i] for i in train]),
        )
        chosen.append(f"{best:g}")
        for i, f in enumerate(folds):
            if f == k:
                held[i] = preds[best][i]
    return pearson(held, gold), ", ".join(chosen)


def nyt(path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in rows]
    gold = [float(r["mean_rating"]) for r in rows]
    ids = [str(r["id"]) for r in rows]
    news = news_fn(DEFAULT_CONFIG)
    tokens = [tokenize(t) for t in texts]
    news("warm up")
    vader_fn("warm up")
    times = {"vader": math.inf, "news": math.inf, "tokens": math.inf}
    pv: list[float] = []
    pn: list[float] = []
    for _ in range(3):
        pv, tv = timed(vader_fn, texts)
        pn, tn = timed(news, texts)
        start = time.perf_counter()
        for toks in tokens:
            score_tokens(toks)
        ts = (time.perf_counter() - start) / len(texts)
        times["vader"] = min(times["vader"], tv)
        times["news"] = min(times["news"], tn)
        times["tokens"] = min(times["tokens"], ts)
    base = times["vader"]
    parts = halves(ids)
    sizes = ", ".join(f"{k} {len(v):,}" for k, v in parts.items())
    print(f"NYT editorial snippets: {path} ({sizes} snippets)\n")
    print(
        "| scorer | r A | r B (held out) | r all | F1 A | F1 B | F1 all "
        "| µs per snippet | time vs VADER |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, pred, t in (
        ("vaderSentiment 3.3.2", pv, base),
        ("news (defaults), text in: tokenize + score", pn, times["news"]),
    ):
        cells = " | ".join(split_cells(pred, gold, parts))
        print(f"| {name} | {cells} | {t * 1e6:.0f} | {t / base:.2f}x |")
    t = times["tokens"]
    print(
        "| news (defaults), document tokens in: score only | same | same | same "
        f"| same | same | same | {t * 1e6:.0f} | {t / base:.2f}x |"
    )
    cv_r, chosen = cross_validated(texts, gold, ids)
    print(f"| news, negativity by 5-fold CV (picked: {chosen}) | | | {cv_r:.3f} | | | | | |")

    print("\nAblations of the news scorer (one change at a time):\n")
    print("| variant | r A | r B | r all | F1 A | F1 B | F1 all |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    variants = {
        "news (defaults)": DEFAULT_CONFIG,
        "without the news lexicon supplement": replace(DEFAULT_CONFIG, supplement=False),
        "without the names rule": replace(DEFAULT_CONFIG, names_neutral=False),
        "without polarity shifters": replace(DEFAULT_CONFIG, shifters=False),
        "without Pattern's adjectives": replace(DEFAULT_CONFIG, adjectives=0.0),
        "without hedge damping": replace(DEFAULT_CONFIG, hedge=1.0),
        "without questions as irrealis": replace(DEFAULT_CONFIG, questions=False),
        "without length compression": replace(DEFAULT_CONFIG, length_exponent=0.0),
        "without negativity weight": replace(DEFAULT_CONFIG, negativity=1.0),
        "negation window 4": replace(DEFAULT_CONFIG, negation_window=4),
        "negation to the end of the clause": replace(DEFAULT_CONFIG, negation_window=99),
    }
    for name, config in variants.items():
        pred = [score_text(t, config=config).compound for t in texts]
        print(f"| {name} | " + " | ".join(split_cells(pred, gold, parts)) + " |")

    # The weight of Pattern's polarity was chosen as the best r on half A on this grid;
    # every row is shown so that half B can be read for each weight.
    print("\nWeight of Pattern's adjective polarity (0: the rules alone):\n")
    print("| weight | r A | r B | r all | F1 A | F1 B | F1 all |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    tokenized = [tokenize(t) for t in texts]
    for weight in ADJECTIVE_GRID:
        config = replace(DEFAULT_CONFIG, adjectives=weight)
        pred = [score_tokens(t, config=config).compound for t in tokenized]
        print(f"| {weight:.2f} | " + " | ".join(split_cells(pred, gold, parts)) + " |")


def polnear_texts(root: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    gold = root / "dev.gold.jsonl"
    if gold.exists():
        for line in gold.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                out.append((str(rec["id"]), str(rec["text"])))
    for p in sorted((root / "train" / "text").glob("*.txt")):
        out.append((p.stem, p.read_text(encoding="utf-8")))
    if not out:
        sys.exit(f"no PolNeAR texts under {root}")
    return out


def polnear(root: Path) -> None:
    docs = polnear_texts(root)
    whole, news_doc, vader_doc, words = [], [], [], []
    for doc_id, text in docs:
        doc = parse(article_from_record({"id": doc_id, "text": text}, where=doc_id))
        whole.append(vader_text(text).compound)
        d = document(doc, method="news")
        news_doc.append(d.compound)
        vader_doc.append(document(doc, method="vader").compound)
        words.append(d.words)
    median = statistics.median(words)
    print(f"\nPolNeAR articles: {root} ({len(docs):,} articles, median {median:.0f} words)\n")
    series = {
        "VADER, whole text": whole,
        "VADER, sentence mean": vader_doc,
        "news, sentence mean": news_doc,
    }
    print("| document score | min | 10% | 25% | 50% | 75% | 90% | max | share abs >= 0.9 | std |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, vals in series.items():
        q = statistics.quantiles(vals, n=20, method="inclusive")
        high = sum(1 for v in vals if abs(v) >= 0.9) / len(vals)
        cells = [min(vals), q[1], q[4], q[9], q[14], q[17], max(vals)]
        print(
            f"| {name} | "
            + " | ".join(f"{c:+.2f}" for c in cells)
            + f" | {high:.0%} | {statistics.pstdev(vals):.2f} |"
        )
    edges = [-1.0 + 0.2 * i for i in range(11)]
    print("\nHistogram (articles per compound bin):\n")
    print("| bin | " + " | ".join(series) + " |")
    print("| --- | " + " | ".join("---:" for _ in series) + " |")
    for i in range(10):
        lo, hi = edges[i], edges[i + 1]
        counts = [
            sum(1 for v in vals if lo <= v < hi or (i == 9 and v == 1.0))
            for vals in series.values()
        ]
        print(f"| [{lo:+.1f}, {hi:+.1f}) | " + " | ".join(str(c) for c in counts) + " |")


def speed(root: Path, count: int, repeats: int) -> None:
    """CPU seconds of each sentiment pass over ``count`` PolNeAR texts, in the order the
    pipeline runs them, against NLTK word tokenization in the same process: once with
    the passes run document after document alone, once amid the other analyses (each
    document's stats and keywords run just before its sentiment, as in
    :func:`analysis.pipeline.analyze`), which leave the CPU caches cold for it."""
    import warnings

    from nltk.tokenize import NLTKWordTokenizer

    from analysis import actors, keywords, quotes, sentiment, stats, targets
    from analysis.runner import settle

    warnings.simplefilter("ignore")  # recovered quotation-mark flaws in some texts
    texts = polnear_texts(root)[:count]
    docs = [parse(article_from_record({"id": i, "text": t}, where=i)) for i, t in texts]
    prepared = [(d, actors.find_mentions(d)) for d in docs]
    inputs = [(d, m, quotes.quotes(d, mentions=m)) for d, m in prepared]
    tokenizer = NLTKWordTokenizer()
    parts = [
        "sentences",
        "document",
        "segments",
        "by_voice + by_speaker",
        "by_actor (sentence)",
        "evaluations (targets)",
        "by_target",
        "by_actor (target)",
    ]
    settings = ("alone", "amid")
    best = {(p, w): math.inf for p in ["NLTK word tokenization", *parts] for w in settings}
    clock = time.process_time
    settle()  # as `analysis analyze` does after its first document
    for _ in range(repeats):
        for where in settings:
            start = clock()
            for d in docs:
                tokenizer.tokenize(d.text)
            key = ("NLTK word tokenization", where)
            best[key] = min(best[key], clock() - start)
            spent = dict.fromkeys(parts, 0.0)
            for d, m, q in inputs:
                if where == "amid":
                    stats.body_stats(d)
                    keywords.extract_keywords(d, top=10)
                t0 = clock()
                scored = sentiment.sentences(d)
                t1 = clock()
                sentiment.document(d, scored=scored)
                t2 = clock()
                segs = sentiment.segments(d, q, scored=scored)
                t3 = clock()
                sentiment.by_voice(d, q, parts=segs)
                sentiment.by_speaker(d, q, parts=segs)
                t4 = clock()
                sentiment.by_actor(d, m, scored=scored)
                t5 = clock()
                found = targets.evaluations(d, m, quotes=q)
                t6 = clock()
                targets.by_target(d, m, found=found)
                t7 = clock()
                sentiment.by_actor(d, m, unit="target", found=found)
                t8 = clock()
                marks = (t0, t1, t2, t3, t4, t5, t6, t7, t8)
                for name, a, b in zip(parts, marks, marks[1:], strict=False):
                    spent[name] += b - a
            for name, value in spent.items():
                best[name, where] = min(best[name, where], value)
    words = sum(len(d.text.split()) for d in docs)
    print(f"\nSentiment passes over {len(docs)} PolNeAR texts ({words:,} words), CPU seconds,")
    print(f"best of {repeats} (time.process_time; the pipeline runs the first five). Alone:")
    print("the passes document after document; amid: each document's stats and keywords")
    print("run just before its sentiment, as in the pipeline.\n")
    print("| pass | CPU s alone | / NLTK | CPU s amid | / NLTK |")
    print("| --- | ---: | ---: | ---: | ---: |")
    floor = {w: best["NLTK word tokenization", w] for w in settings}

    def row(name: str, values: dict[str, float]) -> str:
        cells = " | ".join(f"{values[w]:.3f} | {values[w] / floor[w]:.2f}x" for w in settings)
        return f"| {name} | {cells} |"

    for name in ["NLTK word tokenization", *parts]:
        print(row(name, {w: best[name, w] for w in settings}))
    first = {w: sum(best[p, w] for p in parts[:5]) for w in settings}
    print(row("**pipeline passes (first five)**", first))
    every = {w: sum(best[p, w] for p in parts) for w in settings}
    print(row("all passes, targets included", every))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("nyt", type=Path, help="NYT editorial snippets dev.jsonl")
    parser.add_argument("--polnear", type=Path, help="PolNeAR folder (dev.gold.jsonl, train/)")
    parser.add_argument(
        "--speed",
        type=int,
        default=0,
        metavar="N",
        help="also time each sentiment pass over N PolNeAR texts (needs --polnear)",
    )
    parser.add_argument("--repeats", type=int, default=5, help="timing repeats (best is kept)")
    parser.add_argument("--skip-nyt", action="store_true", help="skip the NYT tables")
    args = parser.parse_args()
    if not args.skip_nyt:
        nyt(args.nyt)
    if args.polnear and not args.speed:
        polnear(args.polnear)
    if args.speed:
        if not args.polnear:
            parser.error("--speed needs --polnear")
        speed(args.polnear, args.speed, args.repeats)


if __name__ == "__main__":
    main()
