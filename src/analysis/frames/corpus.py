"""Tidy frames of the corpus comparison (:mod:`analysis.corpus`): the distribution
of statistics, distinctive terms, speakers across articles, sentiment by outlet or
day, and one short row per document."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd

from analysis.frames.quotes import UNKNOWN_SPEAKER

#: Columns of :func:`corpus_statistics_frame`.
CORPUS_STATISTICS_COLUMNS: tuple[str, ...] = (
    "measure",
    "documents",
    "mean",
    "std",
    "min",
    "median",
    "max",
)
#: The ``documents`` columns :func:`corpus_statistics_frame` summarises, with labels.
CORPUS_MEASURES: tuple[tuple[str, str], ...] = (
    ("words", "words"),
    ("sentences", "sentences"),
    ("words_per_sentence", "words per sentence"),
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("type_token_ratio", "type-token ratio"),
    ("sentiment_compound", "sentiment (compound)"),
    ("quotes", "attributions"),
    ("speakers", "speakers"),
)
#: Columns of :func:`corpus_distinctive_frame`.
CORPUS_DISTINCTIVE_COLUMNS: tuple[str, ...] = ("group", "rank", "term", "count", "score")
#: Columns of :func:`corpus_speakers_frame`.
CORPUS_SPEAKERS_COLUMNS: tuple[str, ...] = (
    "speaker",
    "role",
    "documents",
    "outlets",
    "attributions",
    "words",
    "compound",
)
#: Columns of :func:`corpus_sentiment_frame`.
CORPUS_SENTIMENT_COLUMNS: tuple[str, ...] = (
    "group",
    "documents",
    "words",
    "compound",
    "std",
    "min",
    "max",
)
#: Group label of documents with no outlet or no date.
UNKNOWN_GROUP = "(unknown)"


def corpus_statistics_frame(documents: pd.DataFrame) -> pd.DataFrame:
    """The distribution of each of :data:`CORPUS_MEASURES` over the documents.

    Args:
        documents: The ``documents`` table of :func:`analysis.corpus.collect`.
    """
    rows = []
    for column, label in CORPUS_MEASURES:
        values = documents[column].dropna().astype(float)
        rows.append(
            {
                "measure": label,
                "documents": len(values),
                "mean": float(values.mean()) if len(values) else math.nan,
                "std": float(values.std(ddof=0)) if len(values) else math.nan,
                "min": float(values.min()) if len(values) else math.nan,
                "median": float(values.median()) if len(values) else math.nan,
                "max": float(values.max()) if len(values) else math.nan,
            }
        )
    return pd.DataFrame(rows, columns=list(CORPUS_STATISTICS_COLUMNS))


def _groups_of(documents: pd.DataFrame, by: str) -> dict[str, str]:
    if by == "doc":
        return {str(d): str(d) for d in documents["doc"]}
    if by == "source":
        values = [s if isinstance(s, str) else UNKNOWN_GROUP for s in documents["source"]]
        return dict(zip(documents["doc"].tolist(), values, strict=True))
    if by == "date":
        dates = [
            d.strftime("%Y-%m-%d") if isinstance(d, pd.Timestamp) and not pd.isna(d) else None
            for d in documents["published"]
        ]
        dates = [d if d is not None else UNKNOWN_GROUP for d in dates]
        return dict(zip(documents["doc"].tolist(), dates, strict=True))
    raise ValueError(f"group by 'doc', 'source' or 'date', not {by!r}")


def corpus_distinctive_frame(
    terms: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    by: str = "doc",
    top: int = 10,
    min_count: int = 2,
) -> pd.DataFrame:
    """Terms that distinguish each document or outlet: TF-IDF against the others.

    Args:
        terms: :attr:`analysis.corpus.CorpusTables.terms`.
        documents: The ``documents`` table.
        by: ``"doc"`` (each document against the others) or ``"source"`` (each
            outlet's documents pooled, against the other outlets).
        top: Terms per group.
        min_count: Least count of a term in its group.

    Returns:
        Columns :data:`CORPUS_DISTINCTIVE_COLUMNS`; ``term`` as most often written;
        groups in order of first appearance, ranks from 1.
    """
    from collections import Counter

    from analysis.corpus import distinctive_terms, group_counts

    groups = _groups_of(documents, by)
    counts = group_counts(terms, groups)
    forms: dict[str, Counter[str]] = {}
    for term, form, n in zip(
        terms["term"].tolist(), terms["form"].tolist(), terms["count"].tolist(), strict=True
    ):
        forms.setdefault(term, Counter())[form] += int(n)
    scored = distinctive_terms(counts, top=top, min_count=min_count)
    rows = []
    for group in dict.fromkeys(groups.values()):
        for rank, (term, n, score) in enumerate(scored.get(group, []), start=1):
            form = max(forms[term].items(), key=lambda x: (x[1], x[0]))[0]
            rows.append({"group": group, "rank": rank, "term": form, "count": n, "score": score})
    return pd.DataFrame(rows, columns=list(CORPUS_DISTINCTIVE_COLUMNS))


def corpus_speakers_frame(
    speakers: pd.DataFrame, documents: pd.DataFrame, *, unknown: bool = False
) -> pd.DataFrame:
    """Speakers across articles: in how many documents and outlets each is quoted,
    how much, and the sentiment of their quoted words.

    ``compound`` is the mean of the speaker's per-document compounds weighted by
    their quoted words; ``role`` the first role seen. Speakers are matched by
    canonical name across documents. Sorted by documents, then words (both
    descending), then name.

    Args:
        speakers: The ``speakers`` table.
        documents: The ``documents`` table (for the outlets).
        unknown: Keep the pooled ``"(unknown)"`` speaker.
    """
    outlet = dict(zip(documents["doc"].tolist(), documents["source"].tolist(), strict=True))
    acc: dict[str, _SpeakerAcc] = {}
    columns = ("doc", "speaker", "role", "attributions", "words", "compound")
    for doc, name, role, att, words, compound in zip(
        *(speakers[c].tolist() for c in columns), strict=True
    ):
        if name == UNKNOWN_SPEAKER and not unknown:
            continue
        entry = acc.setdefault(str(name), _SpeakerAcc())
        if entry.role is None and isinstance(role, str):
            entry.role = role
        entry.docs.add(str(doc))
        source = outlet.get(doc)
        if isinstance(source, str):
            entry.outlets.add(source)
        entry.attributions += int(att)
        entry.words += int(words)
        if compound is not None and not math.isnan(float(compound)):
            entry.tone += float(compound) * int(words)
            entry.weight += int(words)
    rows = [
        {
            "speaker": name,
            "role": e.role,
            "documents": len(e.docs),
            "outlets": len(e.outlets),
            "attributions": e.attributions,
            "words": e.words,
            "compound": e.tone / e.weight if e.weight else math.nan,
        }
        for name, e in sorted(acc.items(), key=lambda kv: (-len(kv[1].docs), -kv[1].words, kv[0]))
    ]
    return pd.DataFrame(rows, columns=list(CORPUS_SPEAKERS_COLUMNS))


@dataclasses.dataclass
class _SpeakerAcc:
    role: str | None = None
    docs: set[str] = dataclasses.field(default_factory=set)
    outlets: set[str] = dataclasses.field(default_factory=set)
    attributions: int = 0
    words: int = 0
    tone: float = 0.0
    weight: int = 0


def corpus_sentiment_frame(documents: pd.DataFrame, *, by: str = "source") -> pd.DataFrame:
    """Document sentiment by outlet (``by="source"``) or publication day (``"date"``).

    ``compound`` is the mean of the documents' compounds weighted by their words
    (each document's own compound is already a length-weighted mean over its
    sentences, :func:`analysis.sentiment.document`); ``std``, ``min``, ``max`` are
    over the documents' compounds. Outlets sorted by name, days by date; documents
    with no outlet or date form the group ``"(unknown)"``, last.
    """
    groups = _groups_of(documents, by)
    acc: dict[str, list[tuple[float, int]]] = {}
    for doc, compound, words in zip(
        documents["doc"].tolist(),
        documents["sentiment_compound"].tolist(),
        documents["words"].tolist(),
        strict=True,
    ):
        acc.setdefault(groups[doc], []).append((float(compound), int(words)))
    rows = []
    for group in sorted(acc, key=lambda g: (g == UNKNOWN_GROUP, g)):
        items = acc[group]
        values = pd.Series([c for c, _ in items], dtype=float)
        total = sum(w for _, w in items)
        rows.append(
            {
                "group": group,
                "documents": len(items),
                "words": total,
                "compound": sum(c * w for c, w in items) / total if total else math.nan,
                "std": float(values.std(ddof=0)),
                "min": float(values.min()),
                "max": float(values.max()),
            }
        )
    return pd.DataFrame(rows, columns=list(CORPUS_SENTIMENT_COLUMNS))


#: Columns of :func:`corpus_documents_frame`.
CORPUS_DOCUMENTS_COLUMNS: tuple[str, ...] = (
    "doc",
    "outlet",
    "date",
    "words",
    "reading ease",
    "sentiment",
    "attributions",
)


def corpus_documents_frame(documents: pd.DataFrame) -> pd.DataFrame:
    """One short row per document for the corpus report: id, outlet, day, words,
    Flesch reading ease, sentiment compound and attributions (input order)."""
    dates = [
        d.strftime("%Y-%m-%d") if isinstance(d, pd.Timestamp) and not pd.isna(d) else None
        for d in documents["published"]
    ]
    frame = pd.DataFrame(
        {
            "doc": documents["doc"].tolist(),
            "outlet": documents["source"].tolist(),
            "date": dates,
            "words": documents["words"].tolist(),
            "reading ease": documents["flesch_reading_ease"].tolist(),
            "sentiment": documents["sentiment_compound"].tolist(),
            "attributions": documents["quotes"].tolist(),
        }
    )
    return frame[list(CORPUS_DOCUMENTS_COLUMNS)]
