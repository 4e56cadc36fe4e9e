"""Tidy frames of sentiment (:mod:`analysis.sentiment`): sentence scores, the arc,
groups (voices, speakers, actors) and the extremes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pandas as pd

from analysis.sentiment import sentence_rows
from analysis.targets import TARGET_COLUMNS, target_rows
from analysis.tone import Method, check_method
from analysis.types import Document, GroupSentiment, SentenceSentiment, TargetSentiment

#: Columns of :func:`sentiment_sentences_frame`.
SENTIMENT_SENTENCE_COLUMNS: tuple[str, ...] = (
    "doc",
    "sentence",
    "start",
    "end",
    "compound",
    "pos",
    "neu",
    "neg",
    "method",
    "text",
)
#: Columns of :func:`sentiment_arc_frame`.
SENTIMENT_ARC_COLUMNS: tuple[str, ...] = ("doc", "sentence", "position", "compound", "rolling")
#: Columns of :func:`sentiment_groups_frame`.
SENTIMENT_GROUP_COLUMNS: tuple[str, ...] = (
    "kind",
    "name",
    "compound",
    "std",
    "segments",
    "words",
    "positive",
    "negative",
)
#: Columns of :func:`sentiment_extremes_frame`.
SENTIMENT_EXTREME_COLUMNS: tuple[str, ...] = ("polarity", "rank", "sentence", "compound", "text")


def sentiment_sentences_frame(
    scored: Sequence[SentenceSentiment], *, doc: str, method: Method = "news"
) -> pd.DataFrame:
    """One row per sentence (headline included), in text order.

    Columns :data:`SENTIMENT_SENTENCE_COLUMNS`, those of ``analysis sentiment
    --level sentence``: ``sentence`` indexes ``Document.sentences``;
    ``start``/``end`` are offsets into ``Article.text``; ``compound`` in [-1, 1]
    and the ``pos``/``neu``/``neg`` shares come from
    :func:`analysis.sentiment.sentences`; ``method`` is the scorer that gave them:
    pass the ``method`` given to ``sentences`` (its default, ``"news"``, is this one's).
    """
    check_method(method)
    rows = sentence_rows(scored, doc=doc, method=method)
    return pd.DataFrame(rows, columns=list(SENTIMENT_SENTENCE_COLUMNS))


def sentiment_arc_frame(
    scored: Sequence[SentenceSentiment], *, doc: str, window: int = 3
) -> pd.DataFrame:
    """The sentiment arc: each sentence's compound by its position in the article.

    Columns :data:`SENTIMENT_ARC_COLUMNS`: ``position`` is the sentence's place in
    (0, 1) (``(i + 0.5) / n``), ``rolling`` the centred mean of ``window`` sentences
    (fewer at the ends).
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    n = len(scored)
    compounds = pd.Series([s.score.compound for s in scored], dtype=float)
    rolling = compounds.rolling(window, center=True, min_periods=1).mean()
    rows = [
        {
            "doc": doc,
            "sentence": s.sentence,
            "position": (i + 0.5) / n,
            "compound": s.score.compound,
            "rolling": float(rolling.iloc[i]),
        }
        for i, s in enumerate(scored)
    ]
    return pd.DataFrame(rows, columns=list(SENTIMENT_ARC_COLUMNS))


def sentiment_groups_frame(groups: Sequence[GroupSentiment]) -> pd.DataFrame:
    """One row per voice, speaker or actor, in the order given.

    Columns :data:`SENTIMENT_GROUP_COLUMNS`: ``compound`` is the length-weighted mean
    of the group's segment scores, ``std`` their spread, ``segments`` how many
    sentences or sentence parts, ``words`` their word count, ``positive`` and
    ``negative`` the shares of segments at or beyond +-0.05.
    """
    rows = [dataclasses.asdict(g) for g in groups]
    return pd.DataFrame(rows, columns=list(SENTIMENT_GROUP_COLUMNS))


def sentiment_extremes_frame(scored: Sequence[SentenceSentiment], *, n: int = 5) -> pd.DataFrame:
    """The most positive and the most negative sentences.

    Columns :data:`SENTIMENT_EXTREME_COLUMNS`: ``polarity`` is ``"positive"`` (up to
    ``n`` sentences with compound > 0, highest first) then ``"negative"`` (up to
    ``n`` with compound < 0, lowest first); ties go to the earlier sentence;
    ``rank`` counts from 1 within each polarity.
    """
    pos = sorted(
        (s for s in scored if s.score.compound > 0), key=lambda s: (-s.score.compound, s.sentence)
    )
    neg = sorted(
        (s for s in scored if s.score.compound < 0), key=lambda s: (s.score.compound, s.sentence)
    )
    rows = [
        {
            "polarity": polarity,
            "rank": rank,
            "sentence": s.sentence,
            "compound": s.score.compound,
            "text": s.text,
        }
        for polarity, chosen in (("positive", pos[:n]), ("negative", neg[:n]))
        for rank, s in enumerate(chosen, start=1)
    ]
    return pd.DataFrame(rows, columns=list(SENTIMENT_EXTREME_COLUMNS))


#: Columns of :func:`sentiment_targets_frame` (the rows of
#: :func:`analysis.targets.target_rows`).
SENTIMENT_TARGET_COLUMNS: tuple[str, ...] = TARGET_COLUMNS


def sentiment_targets_frame(targets: Sequence[TargetSentiment], *, doc: Document) -> pd.DataFrame:
    """Sentiment toward each target (an actor or a noun phrase), in the order given.

    Columns :data:`SENTIMENT_TARGET_COLUMNS`: ``kind`` is ``"actor"`` or ``"term"``;
    ``compound`` is the mean over the ``clauses`` that evaluate the target;
    ``positive`` and ``negative`` count those clauses at or beyond +-0.05 (counts,
    unlike the shares of :func:`sentiment_groups_frame`); ``driver`` is the clause
    that drove it (``driver_start``/``driver_end`` are offsets into
    ``Article.text``); ``speaker`` is set when the targets were grouped by speaker
    (:func:`analysis.targets.by_target` with ``by_speaker``).
    """
    rows = target_rows(doc, targets)
    return pd.DataFrame(rows, columns=list(SENTIMENT_TARGET_COLUMNS))
