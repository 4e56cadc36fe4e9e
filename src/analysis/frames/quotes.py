"""Tidy frames of quote attribution (:mod:`analysis.quotes`): one row per
attribution, and who said how much."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.quotes import quote_words
from analysis.sentiment import UNKNOWN_SPEAKER as _UNKNOWN_SPEAKER
from analysis.types import Document, Quote

#: Columns of :func:`quotes_frame`: the CLI record's fields plus ``speaker_role``,
#: ``sentence`` and ``words`` (word tokens in the content).
QUOTES_COLUMNS: tuple[str, ...] = (
    "doc",
    "speaker",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "start",
    "end",
    "kind",
    "speaker_role",
    "sentence",
    "words",
)
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
    roles: dict[str, str | None] = {}
    counts: dict[str, int] = {}
    words: dict[str, int] = {}
    for speaker_value, role_value, n_words in zip(
        quotes["speaker"], quotes["speaker_role"], quotes["words"], strict=True
    ):
        speaker = speaker_value if isinstance(speaker_value, str) else UNKNOWN_SPEAKER
        if roles.get(speaker) is None:
            roles[speaker] = role_value if isinstance(role_value, str) else None
        counts[speaker] = counts.get(speaker, 0) + 1
        words[speaker] = words.get(speaker, 0) + int(n_words)
    total = sum(words.values())
    order = sorted(counts, key=lambda s: (-words[s], -counts[s], s))
    rows = [
        {
            "speaker": s,
            "role": roles[s],
            "attributions": counts[s],
            "words": words[s],
            "share": words[s] / total if total else 0.0,
        }
        for s in order
    ]
    return pd.DataFrame(rows, columns=list(SPEAKERS_COLUMNS))
