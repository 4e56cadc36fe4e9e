"""Tidy frames of text statistics (:mod:`analysis.stats`): per document, per
sentence, and readability scores in long form with their bands."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence

import pandas as pd

from analysis.types import SentenceStats, TextStats

#: Columns of :func:`stats_frame`: ``doc`` then every :class:`~analysis.types.TextStats`
#: field, in that order (counts are integers, ratios and scores floats).
STATS_COLUMNS: tuple[str, ...] = ("doc", *TextStats.__dataclass_fields__)

#: Columns of :func:`sentence_stats_frame`.
SENTENCE_STATS_COLUMNS: tuple[str, ...] = (
    "doc",
    "sentence",
    "paragraph",
    "start",
    "end",
    "words",
    "letters",
    "syllables",
    "long_words",
    "polysyllables",
)

#: Columns of :func:`readability_frame`.
READABILITY_COLUMNS: tuple[str, ...] = ("doc", "measure", "score", "scale", "band")

_GRADE_MEASURES: tuple[tuple[str, str], ...] = (
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog", "SMOG"),
    ("coleman_liau", "Coleman-Liau"),
    ("ari", "ARI"),
)
#: Flesch's (1948) reading-ease bands: lower bound -> description.
FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "very easy"),
    (80.0, "easy"),
    (70.0, "fairly easy"),
    (60.0, "standard"),
    (50.0, "fairly difficult"),
    (30.0, "difficult"),
    (-math.inf, "very confusing"),
)
#: US school-grade bands for the grade-level indices: upper bound -> description.
GRADE_BANDS: tuple[tuple[float, str], ...] = (
    (6.0, "elementary school"),
    (8.0, "middle school"),
    (12.0, "high school"),
    (16.0, "college"),
    (math.inf, "graduate"),
)


#: The band of an undefined score (NaN: a body without words).
UNDEFINED_BAND = "undefined"


def flesch_band(score: float) -> str:
    """Flesch's (1948) description of a reading-ease score ("standard" is 60-70);
    :data:`UNDEFINED_BAND` for NaN."""
    if math.isnan(score):
        return UNDEFINED_BAND
    return next(label for low, label in FLESCH_BANDS if score >= low)


def grade_band(grade: float) -> str:
    """The school band of a US grade level (up to 6 elementary, ... above 16 graduate);
    :data:`UNDEFINED_BAND` for NaN."""
    if math.isnan(grade):
        return UNDEFINED_BAND
    return next(label for high, label in GRADE_BANDS if grade <= high)


def stats_frame(stats: Mapping[str, TextStats]) -> pd.DataFrame:
    """One row per document: ``doc`` and every :class:`TextStats` field.

    Args:
        stats: Document id -> its statistics, in the order the rows should have.

    Returns:
        Columns :data:`STATS_COLUMNS`; all statistics are of the body (headline
        excluded), as :func:`analysis.stats.text_stats` computes them.
    """
    rows = [{"doc": doc, **dataclasses.asdict(s)} for doc, s in stats.items()]
    return pd.DataFrame(rows, columns=list(STATS_COLUMNS))


def sentence_stats_frame(sentences: Sequence[SentenceStats], *, doc: str) -> pd.DataFrame:
    """One row per body sentence of one document, in text order.

    Columns :data:`SENTENCE_STATS_COLUMNS`: ``sentence`` is the index into
    ``Document.sentences``, ``paragraph`` into ``Document.paragraphs``; ``start`` and
    ``end`` are character offsets into ``Article.text``; the counts follow
    :func:`analysis.stats.sentence_stats`.
    """
    rows = [{"doc": doc, **dataclasses.asdict(s)} for s in sentences]
    return pd.DataFrame(rows, columns=list(SENTENCE_STATS_COLUMNS))


def readability_frame(stats: Mapping[str, TextStats]) -> pd.DataFrame:
    """Readability scores in long form: one row per document and measure.

    Columns :data:`READABILITY_COLUMNS`: ``measure`` is a display name ("Flesch
    reading ease", "Flesch-Kincaid grade", "Gunning fog", "SMOG", "Coleman-Liau",
    "ARI"); ``scale`` is ``"ease"`` (0-100, higher is easier) for Flesch reading
    ease and ``"grade"`` (US school grade) for the others; ``band`` is the score's
    description (:data:`FLESCH_BANDS`, :data:`GRADE_BANDS`).
    """
    rows: list[dict[str, object]] = []
    for doc, s in stats.items():
        fre = s.flesch_reading_ease
        rows.append(
            {
                "doc": doc,
                "measure": "Flesch reading ease",
                "score": fre,
                "scale": "ease",
                "band": flesch_band(fre),
            }
        )
        for field_name, label in _GRADE_MEASURES:
            grade = float(getattr(s, field_name))
            rows.append(
                {
                    "doc": doc,
                    "measure": label,
                    "score": grade,
                    "scale": "grade",
                    "band": grade_band(grade),
                }
            )
    return pd.DataFrame(rows, columns=list(READABILITY_COLUMNS))
