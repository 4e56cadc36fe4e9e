"""A corpus compared: every document analysed once, then set side by side.

:func:`collect` runs the pipeline of :mod:`analysis.pipeline` over a corpus (in
this process or on local worker processes) and, from the same parsed document,
counts its terms, so that nothing is parsed twice; it returns the tidy tables of
:mod:`analysis.tables`, a long table of term counts, and the documents that could
not be analysed. :func:`distinctive_terms` weighs each group's terms (a document,
an outlet) by TF-IDF against the other groups. The DataFrames the corpus report
shows are made by :mod:`analysis.frames` (``corpus_*`` functions) from these.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.keywords import term_frequencies
from analysis.parse import parse
from analysis.paths import notebooks_dir
from analysis.pipeline import UNKNOWN_SPEAKER, Bundle, analyze
from analysis.read import directory_files, read_corpus
from analysis.runner import Failure, run
from analysis.tables import TABLES, Table, frames
from analysis.types import Article

#: Columns of :attr:`CorpusTables.terms`: one row per document and word.
TERMS_COLUMNS: tuple[str, ...] = ("doc", "term", "form", "count")
#: Columns of :attr:`CorpusTables.failures`.
FAILURES_COLUMNS: tuple[str, ...] = ("where", "reason")


@dataclass(frozen=True)
class CorpusTables:
    """What :func:`collect` gathers: the six tidy tables (``documents``,
    ``sentences``, ``keywords``, ``actors``, ``quotes``, ``speakers``; columns as
    :data:`analysis.tables.COLUMNS`), the term counts (:data:`TERMS_COLUMNS`:
    ``term`` lower case, ``form`` as most often written) and the failures
    (:data:`FAILURES_COLUMNS`)."""

    tables: dict[Table, pd.DataFrame]
    terms: pd.DataFrame
    failures: pd.DataFrame

    def __getitem__(self, table: Table) -> pd.DataFrame:
        return self.tables[table]


def analyze_with_terms(
    article: Article, *, top: int = 10
) -> tuple[Bundle, list[tuple[str, str, int]]]:
    """Parse once; the pipeline's bundle and the document's word counts.

    Terms are :func:`analysis.keywords.term_frequencies` of single content words
    (stopwords left out), headline included: ``(term, form, count)``.
    """
    doc = parse(article)
    bundle = analyze(doc, top=top)
    counts = [(k.keyword.lower(), k.keyword, k.count) for k in term_frequencies(doc)]
    return bundle, counts


def collect(
    paths: Iterable[str | os.PathLike[str]], *, top: int = 10, workers: int = 1
) -> CorpusTables:
    """Analyse every document under ``paths`` and gather the tables to compare them.

    Args:
        paths: Text files, directories, JSON Lines corpora (as :func:`analysis.read.read_corpus`).
        top: Keywords per document.
        workers: Local worker processes (1: this process).

    Raises:
        ValueError: not one document could be analysed.
    """
    bundles: list[Bundle] = []
    term_rows: list[tuple[str, str, str, int]] = []
    failures: list[tuple[str, str]] = []
    task = partial(analyze_with_terms, top=top)
    for result in run(read_corpus(paths), task, workers=workers):
        if isinstance(result, Failure):
            failures.append((result.where, result.reason))
            continue
        bundle, counts = result
        bundles.append(bundle)
        term_rows.extend((bundle["doc"], term, form, n) for term, form, n in counts)
    if not bundles:
        detail = "; ".join(f"{w}: {r}" for w, r in failures[:3])
        raise ValueError(f"no document could be analysed ({detail or 'no input'})")
    return CorpusTables(
        tables=frames(bundles),
        terms=pd.DataFrame(term_rows, columns=list(TERMS_COLUMNS)),
        failures=pd.DataFrame(failures, columns=list(FAILURES_COLUMNS)),
    )


def overview(corpus: CorpusTables) -> dict[str, object]:
    """The corpus at a glance, for the report header: counts and the date range."""
    documents = corpus["documents"]
    dates = documents["published"].dropna()
    outlets = sorted(str(s) for s in documents["source"].dropna().unique())
    return {
        "Documents": len(documents),
        "Not analysed": len(corpus.failures),
        "Words": int(documents["words"].sum()),
        "Outlets": ", ".join(outlets) if outlets else "—",
        "Published": (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "—"),
        "Attributions": int(documents["quotes"].sum()),
        "Speakers (distinct names)": int(
            corpus["speakers"]["speaker"].loc[lambda s: s != UNKNOWN_SPEAKER].nunique()
        ),
    }


def report_notebook() -> Path:
    """The corpus report's notebook, ``notebooks/corpus.ipynb`` of the project."""
    return notebooks_dir() / "corpus.ipynb"


def report_inputs(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``(path, problem)`` for each corpus given to ``analysis report --corpus``.

    A corpus is a JSON Lines file or a directory of ``.txt`` and ``.jsonl`` files
    (read as :func:`analysis.read.read_corpus` reads them; its report is stamped
    with :func:`analysis.read.input_sha256`); ``problem`` is ``None`` when the path
    is one, else why no report can be made from it.
    """
    for given in paths:
        p = Path(given)
        if not p.exists():
            yield given, "no such file or directory"
        elif p.is_dir():
            found = directory_files(p)
            yield given, None if found else "directory has no .txt or .jsonl files"
        elif p.suffix.lower() != ".jsonl" or not p.is_file():
            yield (
                given,
                (
                    "a corpus report is made from a JSON Lines file (.jsonl) "
                    "or a directory of .txt and .jsonl files"
                ),
            )
        elif not _has_a_line(p):  # found before a kernel is started for it
            yield given, "empty corpus (no JSON Lines records)"
        else:
            yield given, None


def _has_a_line(path: Path) -> bool:
    """Whether the file has a non-blank line (read up to the first one only)."""
    try:
        with path.open("rb") as handle:
            return any(line.strip() for line in handle)
    except OSError:
        return True  # the report names the reading error


def failure_lines(corpus: CorpusTables) -> list[str]:
    """One line per document that could not be analysed, or one saying there were none."""
    if corpus.failures.empty:
        return ["Every document was analysed."]
    return [
        f"Not analysed: {w}: {r}"
        for w, r in zip(
            corpus.failures["where"].tolist(), corpus.failures["reason"].tolist(), strict=True
        )
    ]


def distinctive_terms(
    counts: Mapping[str, Mapping[str, int]], *, top: int = 10, min_count: int = 2
) -> dict[str, list[tuple[str, int, float]]]:
    """Each group's terms weighted by TF-IDF against the other groups.

    tf is the term's count in the group, idf = ln((1 + G) / (1 + df)) + 1 with G
    groups and df the groups using the term (the smoothed form of
    :func:`analysis.keywords.tfidf`, so one corpus-wide convention). A term used by
    every group still scores, but below a term of the same count used by one group
    only. With a single group, TF-IDF is plain frequency.

    Args:
        counts: group name -> term -> count.
        top: Terms kept per group.
        min_count: Least count in the group (1 keeps hapaxes, which dominate
            TF-IDF in short documents).

    Returns:
        group -> ``(term, count, score)`` best first; ties by count, then term.

    References:
        Spärck Jones, K. (1972). A statistical interpretation of term specificity
        and its application in retrieval. *Journal of Documentation*, 28(1), 11–21.
        Salton, G. & Buckley, C. (1988). Term-weighting approaches in automatic text
        retrieval. *Information Processing & Management*, 24(5), 513–523.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1 (got {top})")
    df: Counter[str] = Counter()
    for terms in counts.values():
        df.update(t for t, n in terms.items() if n > 0)
    size = len(counts)
    out: dict[str, list[tuple[str, int, float]]] = {}
    for group, terms in counts.items():
        scored = [
            (term, n, n * (math.log((1 + size) / (1 + df[term])) + 1))
            for term, n in terms.items()
            if n >= min_count
        ]
        scored.sort(key=lambda x: (-x[2], -x[1], x[0]))
        out[group] = scored[:top]
    return out


def group_counts(terms: pd.DataFrame, groups: Mapping[str, Any]) -> dict[str, Counter[str]]:
    """Sum term counts per group (``groups``: doc -> group; documents without a
    group are left out)."""
    out: dict[str, Counter[str]] = {}
    columns = (terms[c].tolist() for c in ("doc", "term", "count"))
    for doc, term, n in zip(*columns, strict=True):
        group = groups.get(doc)
        if group is None or (isinstance(group, float) and math.isnan(group)):
            continue
        out.setdefault(str(group), Counter())[term] += int(n)
    return out


__all__ = [
    "FAILURES_COLUMNS",
    "TABLES",
    "TERMS_COLUMNS",
    "CorpusTables",
    "analyze_with_terms",
    "collect",
    "distinctive_terms",
    "failure_lines",
    "group_counts",
    "overview",
    "report_inputs",
    "report_notebook",
]
