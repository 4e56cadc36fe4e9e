"""Matplotlib figures for the reports and notebooks: each function takes a tidy
DataFrame from :mod:`analysis.frames` and returns a ``Figure``; no global state.

One module per analysis — :mod:`~analysis.plots.stats`,
:mod:`~analysis.plots.keywords` (with the named actors),
:mod:`~analysis.plots.sentiment`, :mod:`~analysis.plots.quotes`,
:mod:`~analysis.plots.corpus` — and every figure is re-exported here
(``from analysis.plots import speaker_shares``). Importing this package imports
matplotlib (its object API only, never ``pyplot``).
"""

from __future__ import annotations

from analysis.plots.corpus import (
    corpus_distinctive,
    corpus_distributions,
    corpus_sentiment,
    corpus_speakers,
)
from analysis.plots.keywords import actors_bar, keywords_bar
from analysis.plots.quotes import speaker_shares
from analysis.plots.sentiment import sentiment_arc, sentiment_groups, sentiment_targets
from analysis.plots.stats import readability, sentence_lengths, sentence_profile

__all__ = [
    "actors_bar",
    "corpus_distinctive",
    "corpus_distributions",
    "corpus_sentiment",
    "corpus_speakers",
    "keywords_bar",
    "readability",
    "sentence_lengths",
    "sentence_profile",
    "sentiment_arc",
    "sentiment_groups",
    "sentiment_targets",
    "speaker_shares",
]
