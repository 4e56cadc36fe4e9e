"""Targets: the sentiment toward each target (a named actor or a noun-phrase term).

Which target each evaluative word is about is worked out in
:mod:`analysis.evaluations` (:func:`evaluations`, importable from here too): the
nearest target in the word's clause, after it, else before it.

The sentiment toward a target in one clause is VADER's normalisation of the summed
valences attributed to it there (``x / sqrt(x^2 + 15)``); toward the target in the
document, the mean over the clauses that evaluate it, with the clause that drove it
(largest attributed valence in the direction of the mean).

References:
    See :mod:`analysis.evaluations`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from analysis.evaluations import MAX_TERM_WORDS as MAX_TERM_WORDS
from analysis.evaluations import evaluations as evaluations
from analysis.newsvader import ALPHA
from analysis.tone import NEGATIVE, POSITIVE
from analysis.types import Document, Evaluation, Mention, TargetSentiment


def _normalize(x: float) -> float:
    """VADER's normalisation of a valence sum to [-1, 1]."""
    return x / math.sqrt(x * x + ALPHA)


@dataclass(frozen=True)
class ClauseScore:
    """The sentiment toward one target in one clause: offsets of the clause, its
    word count, and the normalised sum of the valences attributed to the target."""

    start: int
    end: int
    words: int
    score: float


def _holder(e: Evaluation, by_speaker: bool) -> str:
    return (e.speaker or "") if by_speaker else ""


def clause_scores(
    found: Sequence[Evaluation], by_speaker: bool = False
) -> dict[tuple[str, str, str], list[ClauseScore]]:
    """Per target ``(speaker, kind, name)`` (speaker ``""``: narration, or all voices
    unless ``by_speaker``), its score in each clause evaluating it, in text order;
    targets in order of first evaluation."""
    sums: dict[tuple[str, str, str], dict[tuple[int, int, int], float]] = defaultdict(dict)
    for e in found:
        span = (e.clause_start, e.clause_end, e.clause_words)
        per = sums[(_holder(e, by_speaker), e.target_kind, e.target)]
        per[span] = per.get(span, 0.0) + e.valence
    return {
        key: [ClauseScore(a, b, n, _normalize(x)) for (a, b, n), x in sorted(per.items())]
        for key, per in sums.items()
    }


def by_target(
    doc: Document,
    mentions: Sequence[Mention],
    *,
    found: Sequence[Evaluation] | None = None,
    by_speaker: bool = False,
) -> tuple[TargetSentiment, ...]:
    """Sentiment toward each target (actor or term) over the clauses that evaluate it.

    Ordered by the absolute compound times the number of evaluating clauses (most
    evaluated and most clearly judged first), then by name (and speaker).

    Args:
        doc: The parsed document.
        mentions: Its actor mentions.
        found: :func:`evaluations` already computed, if any (with quotes, to group
            by speaker).
        by_speaker: One row per speaker and target (``TargetSentiment.speaker``;
            ``None`` for the narration): who speaks well or ill of whom.
    """
    found = evaluations(doc, mentions) if found is None else found
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for e in found:
        counts[(_holder(e, by_speaker), e.target_kind, e.target)] += 1
    out = []
    for (holder, kind, name), per_clause in clause_scores(found, by_speaker).items():
        scores = [c.score for c in per_clause]
        compound = sum(scores) / len(scores)
        sign = 1.0 if compound >= 0 else -1.0
        driver = min(per_clause, key=lambda c: (-sign * c.score, c.start))
        out.append(
            TargetSentiment(
                name=name,
                kind="actor" if kind == "actor" else "term",
                compound=compound,
                clauses=len(scores),
                evaluations=counts[(holder, kind, name)],
                positive=sum(1 for v in scores if v >= POSITIVE),
                negative=sum(1 for v in scores if v <= NEGATIVE),
                driver_start=driver.start,
                driver_end=driver.end,
                driver=doc.text[driver.start : driver.end],
                speaker=(holder or None) if by_speaker else None,
            )
        )
    return tuple(
        sorted(out, key=lambda t: (-abs(t.compound) * t.clauses, t.name, t.kind, t.speaker or ""))
    )


#: The fields of :func:`target_rows`, in order (``analysis sentiment --level target``).
#: ``positive`` and ``negative`` here are counts of clauses (out of ``clauses``), not
#: the shares that the document level and :func:`analysis.sentiment.by_actor` give.
TARGET_COLUMNS: tuple[str, ...] = (
    "doc",
    "speaker",
    "target",
    "kind",
    "compound",
    "clauses",
    "evaluations",
    "positive",
    "negative",
    "driver_start",
    "driver_end",
    "driver",
)


def target_rows(doc: Document, targets: Sequence[TargetSentiment]) -> list[dict[str, Any]]:
    """One flat row per target: ``doc, speaker, target, kind, compound, clauses,
    evaluations, positive, negative, driver_start, driver_end, driver`` (``speaker``
    is ``None`` for the narration or when not grouped by speaker; ``positive`` and
    ``negative`` count the clauses at or beyond +-0.05: integers, not shares)."""
    return [
        {
            "doc": doc.id,
            "speaker": t.speaker,
            "target": t.name,
            "kind": t.kind,
            "compound": round(t.compound, 4),
            "clauses": t.clauses,
            "evaluations": t.evaluations,
            "positive": t.positive,
            "negative": t.negative,
            "driver_start": t.driver_start,
            "driver_end": t.driver_end,
            "driver": t.driver,
        }
        for t in targets
    ]


def records(doc: Document, *, by_speaker: bool = False) -> list[dict[str, Any]]:
    """Flat records for the CLI: one per target (per speaker and target with
    ``by_speaker``), from the document's own actor mentions and quotes.

    Columns as :func:`target_rows`; ``speaker`` is ``None`` unless ``by_speaker``,
    and then ``None`` for the narration.
    """
    from analysis.actors import find_mentions
    from analysis.quotes import quotes

    mentions = find_mentions(doc)
    found = evaluations(doc, mentions, quotes=quotes(doc, mentions=mentions))
    return target_rows(doc, by_target(doc, mentions, found=found, by_speaker=by_speaker))
