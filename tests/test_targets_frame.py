"""The target-sentiment frame and chart used by the article report."""

from __future__ import annotations

import pytest

from analysis import actors, frames, plots, quotes, targets
from analysis.parse import parse
from analysis.read import read_article
from analysis.types import Document


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse(read_article("seeds/000_396a11e332c8e407.txt"))


def test_targets_frame_of_the_seed(seed: Document) -> None:
    mentions = actors.find_mentions(seed)
    found = targets.evaluations(seed, mentions, quotes=quotes.quotes(seed, mentions=mentions))
    frame = frames.sentiment_targets_frame(targets.by_target(seed, mentions, found=found), doc=seed)
    assert tuple(frame.columns) == frames.SENTIMENT_TARGET_COLUMNS
    assert frame["target"].head(2).tolist() == ["China", "Belarus"]
    forces = frame.set_index("target").loc["external forces"]
    assert (forces["kind"], forces["compound"], forces["clauses"]) == ("term", -0.6808, 1)
    start, end = int(forces["driver_start"]), int(forces["driver_end"])
    assert seed.text[start:end] == forces["driver"]
    figure = plots.sentiment_targets(frame, top=5)
    assert len(figure.axes[0].patches) == 5


def test_empty_targets_frame_keeps_its_columns(seed: Document) -> None:
    frame = frames.sentiment_targets_frame((), doc=seed)
    assert frame.empty and tuple(frame.columns) == frames.SENTIMENT_TARGET_COLUMNS
    with pytest.raises(ValueError, match="no targets"):
        plots.sentiment_targets(frame)
