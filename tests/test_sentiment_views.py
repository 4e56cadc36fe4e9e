"""Sentiment views for reports: frames, plots, and the seed through the real quote and
actor modules."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from analysis import frames as F
from analysis import plots as P
from analysis import sentiment as S
from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import read_article
from analysis.types import Document, SentenceSentiment, SentimentScore

SEED = "seeds/000_396a11e332c8e407.txt"


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse(read_article(SEED))


def scored_of(values: list[float]) -> list[SentenceSentiment]:
    return [
        SentenceSentiment(i, 10 * i, 10 * i + 9, f"s{i}", SentimentScore(v, 0.0, 1.0, 0.0))
        for i, v in enumerate(values)
    ]


def test_arc_frame_rolling_mean() -> None:
    arc = F.sentiment_arc_frame(scored_of([0.5, -0.5, 0.2, 0.8]), doc="d", window=3)
    assert list(arc.columns) == list(F.SENTIMENT_ARC_COLUMNS)
    assert arc["position"].tolist() == [0.125, 0.375, 0.625, 0.875]
    # centred windows: (0.5-0.5)/2, (0.5-0.5+0.2)/3, (-0.5+0.2+0.8)/3, (0.2+0.8)/2
    assert arc["rolling"].tolist() == pytest.approx([0.0, 0.2 / 3, 0.5 / 3, 0.5])
    with pytest.raises(ValueError):
        F.sentiment_arc_frame(scored_of([0.1]), doc="d", window=0)


def test_extremes_frame_order_and_ties() -> None:
    ext = F.sentiment_extremes_frame(scored_of([0.5, -0.5, 0.5, 0.0, -0.9, 0.7]), n=2)
    assert list(ext.columns) == list(F.SENTIMENT_EXTREME_COLUMNS)
    rows = list(ext[["polarity", "rank", "sentence"]].itertuples(index=False, name=None))
    assert rows == [("positive", 1, 5), ("positive", 2, 0), ("negative", 1, 4), ("negative", 2, 1)]


def test_empty_frames_keep_their_columns() -> None:
    assert list(F.sentiment_groups_frame([]).columns) == list(F.SENTIMENT_GROUP_COLUMNS)
    assert list(F.sentiment_sentences_frame([], doc="d").columns) == list(
        F.SENTIMENT_SENTENCE_COLUMNS
    )
    assert F.sentiment_extremes_frame([]).empty


def test_seed_voices_speakers_and_actors(seed: Document) -> None:
    qs = quotes(seed)
    parts = S.segments(seed, qs)
    for p in parts:
        assert seed.text[p.start : p.end].strip()  # offsets point into the text
    narration, quoted = S.by_voice(seed, qs, parts=parts)
    assert narration.words + quoted.words == 404  # every word is in one voice
    assert quoted.compound > 0.4 and quoted.compound > narration.compound
    speakers = {g.name: g for g in S.by_speaker(seed, qs, parts=parts)}
    # The quote module decides the speakers; the two presidents are among them.
    assert {"Xi Jinping", "Alexander Lukashenko"} <= set(speakers)
    assert speakers["Alexander Lukashenko"].compound > 0.35  # 0.394
    # Quoted speech is warm, but its most negative part is the sentence on interference.
    worst = min((p for p in parts if p.speaker is not None), key=lambda p: p.score.compound)
    assert worst.sentence == 7 and worst.score.compound < -0.25  # -0.2749
    assert "interfering" in seed.text[worst.start : worst.end]
    actors = {g.name: g for g in S.by_actor(seed, find_mentions(seed))}
    assert actors["Belarus"].segments >= 8
    assert actors["Belarus"].negative > 0  # the sentence on interference in Belarus
    assert actors["Belarus"].compound > 0.3  # but warm overall


def test_seed_frames_and_plots(seed: Document) -> None:
    scored = S.sentences(seed)
    sent = F.sentiment_sentences_frame(scored, doc=seed.id)
    assert len(sent) == 11 and sent.loc[7, "compound"] == -0.2749
    arc = F.sentiment_arc_frame(scored, doc=seed.id)
    fig = P.sentiment_arc(arc)
    assert isinstance(fig, Figure)
    assert len(fig.axes[0].containers[0]) == 11  # one bar per sentence
    qs = quotes(seed)
    groups = F.sentiment_groups_frame(S.by_voice(seed, qs) + S.by_speaker(seed, qs))
    assert groups["name"].tolist()[:2] == ["narration", "quoted"]
    fig = P.sentiment_groups(groups, title="Voices")
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert len(labels) == len(groups) and all("words)" in t for t in labels)
    assert labels[0].startswith(f"{groups.loc[0, 'compound']:+.2f}  (n={groups.loc[0, 'segments']}")
    with pytest.raises(ValueError):
        P.sentiment_groups(F.sentiment_groups_frame([]))
