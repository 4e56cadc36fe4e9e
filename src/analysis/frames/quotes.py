"""Tidy frames of quote attribution (:mod:`analysis.quotes`): one row per
attribution, and who said how much."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.quotes import RECORD_COLUMNS, quote_words, speaker_rows
from analysis.sentiment import UNKNOWN_SPEAKER as _UNKNOWN_SPEAKER
from analysis.types import Document, Quote

#: Columns of :func:`quotes_frame`: the CLI record's fields plus ``speaker_role``,
#: ``sentence`` and ``words`` (word tokens in the content).
QUOTES_COLUMNS: tuple[str, ...] = (*RECORD_COLUMNS, "words")
#: Columns of :func:`speakers_frame`.
SPEAKERS_COLUMNS: tuple[str, ...] = ("speaker", "role", "attributions", "words", "share")
#: The ``speaker`` of attributions whose speaker is unknown, in :func:`speakers_frame`.
UNKNOWN_SPEAKER = _UNKNOWN_SPEAKER


def quotes_frame(doc: Document, quotes: Sequence[Quote]) -> pd.DataFrame:
    """One row per attribution, in text order.

    Columns :data:`QUOTES_COLUMNS`; ``words`` counts the document's word tokens
    inside the content span (no re-tokenizing).
    """
    rows = []
    for q, words in zip(quotes, quote_words(doc, quotes), strict=True):
        row = {c: getattr(q, c) for c in QUOTES_COLUMNS if c not in ("doc", "words")}
        rows.append({"doc": doc.id, **row, "words": words})
    return pd.DataFrame(rows, columns=list(QUOTES_COLUMNS))


def speakers_frame(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who said how much: one row per canonical speaker of :func:`quotes_frame` rows.

    Columns :data:`SPEAKERS_COLUMNS`: ``role`` the first role seen ("Chinese
    President"), ``attributions`` the count, ``words`` the words attributed,
    ``share`` of all attributed words (0 to 1). Unknown speakers are pooled as
    :data:`UNKNOWN_SPEAKER`. Sorted by words, then attributions (both descending),
    then speaker.
    """
    rows = speaker_rows(
        (
            speaker if isinstance(speaker, str) else None,
            role if isinstance(role, str) else None,
            int(n_words),
        )
        for speaker, role, n_words in zip(
            quotes["speaker"], quotes["speaker_role"], quotes["words"], strict=True
        )
    )
    return pd.DataFrame(rows, columns=list(SPEAKERS_COLUMNS))
