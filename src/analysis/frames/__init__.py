"""Tidy DataFrames at the edges: one function per table, fixed and documented columns.

Each function takes analysis results (the frozen dataclasses of
:mod:`analysis.types`) and returns a :class:`pandas.DataFrame` whose columns are
always the same, in the same order, even when there are no rows. One module per
analysis — :mod:`~analysis.frames.stats`, :mod:`~analysis.frames.keywords` (with the
named actors), :mod:`~analysis.frames.sentiment`, :mod:`~analysis.frames.quotes`,
:mod:`~analysis.frames.corpus` — and every public name is re-exported here, so
``from analysis.frames import quotes_frame`` is the way to use them.
"""

from __future__ import annotations

from analysis.frames.corpus import (
    CORPUS_DISTINCTIVE_COLUMNS,
    CORPUS_DOCUMENTS_COLUMNS,
    CORPUS_MEASURES,
    CORPUS_SENTIMENT_COLUMNS,
    CORPUS_SPEAKERS_COLUMNS,
    CORPUS_STATISTICS_COLUMNS,
    UNKNOWN_GROUP,
    corpus_distinctive_frame,
    corpus_documents_frame,
    corpus_sentiment_frame,
    corpus_speakers_frame,
    corpus_statistics_frame,
)
from analysis.frames.keywords import (
    ACTORS_COLUMNS,
    KEY_TERMS_COLUMNS,
    KEYWORDS_COLUMNS,
    KWIC_LINES_COLUMNS,
    NAMED_THINGS,
    actors_frame,
    key_terms_frame,
    keywords_frame,
    kwic_frame,
)
from analysis.frames.quotes import (
    QUOTES_COLUMNS,
    SPEAKERS_COLUMNS,
    UNKNOWN_SPEAKER,
    quotes_frame,
    speakers_frame,
)
from analysis.frames.sentiment import (
    SENTIMENT_ARC_COLUMNS,
    SENTIMENT_EXTREME_COLUMNS,
    SENTIMENT_GROUP_COLUMNS,
    SENTIMENT_SENTENCE_COLUMNS,
    SENTIMENT_TARGET_COLUMNS,
    sentiment_arc_frame,
    sentiment_extremes_frame,
    sentiment_groups_frame,
    sentiment_sentences_frame,
    sentiment_targets_frame,
)
from analysis.frames.stats import (
    FLESCH_BANDS,
    GRADE_BANDS,
    READABILITY_COLUMNS,
    SENTENCE_STATS_COLUMNS,
    STATS_COLUMNS,
    flesch_band,
    grade_band,
    readability_frame,
    sentence_stats_frame,
    stats_frame,
)

__all__ = [
    "ACTORS_COLUMNS",
    "CORPUS_DISTINCTIVE_COLUMNS",
    "CORPUS_DOCUMENTS_COLUMNS",
    "CORPUS_MEASURES",
    "CORPUS_SENTIMENT_COLUMNS",
    "CORPUS_SPEAKERS_COLUMNS",
    "CORPUS_STATISTICS_COLUMNS",
    "FLESCH_BANDS",
    "GRADE_BANDS",
    "KEYWORDS_COLUMNS",
    "KEY_TERMS_COLUMNS",
    "KWIC_LINES_COLUMNS",
    "NAMED_THINGS",
    "QUOTES_COLUMNS",
    "READABILITY_COLUMNS",
    "SENTENCE_STATS_COLUMNS",
    "SENTIMENT_ARC_COLUMNS",
    "SENTIMENT_EXTREME_COLUMNS",
    "SENTIMENT_GROUP_COLUMNS",
    "SENTIMENT_SENTENCE_COLUMNS",
    "SENTIMENT_TARGET_COLUMNS",
    "SPEAKERS_COLUMNS",
    "STATS_COLUMNS",
    "UNKNOWN_GROUP",
    "UNKNOWN_SPEAKER",
    "actors_frame",
    "corpus_distinctive_frame",
    "corpus_documents_frame",
    "corpus_sentiment_frame",
    "corpus_speakers_frame",
    "corpus_statistics_frame",
    "flesch_band",
    "grade_band",
    "key_terms_frame",
    "keywords_frame",
    "kwic_frame",
    "quotes_frame",
    "readability_frame",
    "sentence_stats_frame",
    "sentiment_arc_frame",
    "sentiment_extremes_frame",
    "sentiment_groups_frame",
    "sentiment_sentences_frame",
    "sentiment_targets_frame",
    "speakers_frame",
    "stats_frame",
]
