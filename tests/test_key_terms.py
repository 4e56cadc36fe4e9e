"""The report's key terms table: words, phrases and names side by side."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import actors, frames, keywords
from analysis.parse import parse
from analysis.read import article_from_record, read_article
from analysis.types import Keyword

SEED = Path(__file__).parent.parent / "seeds" / "000_396a11e332c8e407.txt"


def _table(text_or_path: str | Path, top: int = 10) -> pd.DataFrame:
    if isinstance(text_or_path, Path):
        doc = parse(read_article(text_or_path))
    else:
        doc = parse(article_from_record({"id": "t", "text": text_or_path}, where="t"))
    return frames.key_terms_frame(
        keywords.extract_keywords(doc, top=top),
        keywords.extract_keywords(doc, method="phrases", top=top),
        frames.actors_frame(actors.find_mentions(doc)),
        top=top,
    )


def test_the_seed_lists_what_a_reader_would_name() -> None:
    table = _table(SEED)
    assert list(table.columns) == ["rank", "term", "phrase", "name"]
    assert table["rank"].tolist() == list(range(1, 11))
    # Words: the default ranking, unchanged.
    assert table["term"].tolist()[:3] == ["Belarus", "China", "cooperation"]
    assert "anniversary" in table["term"].tolist()
    # Phrases that are not names ("China-Europe Railway Express" is one, so it is
    # listed once, under names): "industrial park" is written twice, as part of
    # "China-Belarus industrial park" and "Belarus-China industrial park".
    assert table["phrase"].tolist()[:6] == [
        "diplomatic ties",
        "30th anniversary",
        "bilateral relations",
        "correct approach",
        "sustainable development",
        "industrial park",
    ]
    # Names of things, not people or countries, most mentioned first: the UN (2,
    # "United Nations" and "UN"), the railway express (2), then the names written
    # once in text order.
    assert table["name"].tolist()[:5] == [
        "United Nations",
        "China-Europe Railway Express",
        "Belt and Road",
        "Global Development Initiative",
        "Agenda for Sustainable Development",
    ]
    assert table["name"].tolist()[5:] == [""] * 5
    assert not {"Xi Jinping", "Alexander Lukashenko"} & set(table["name"])


def test_nothing_is_listed_twice_and_short_columns_are_padded() -> None:
    terms = [
        Keyword(1, "Acme Corp", 1.0, 3, "keyphrases"),
        Keyword(2, "merger", 0.5, 2, "keyphrases"),
    ]
    phrases = [
        Keyword(1, "merger talks", 1.0, 2, "phrases"),
        Keyword(2, "Acme Corp", 0.9, 3, "phrases"),  # a name: not a phrase
    ]
    actor_rows = pd.DataFrame(
        [
            ("d", 1, "Acme Corp", "organization", 3, "Acme Corp", "", 0),  # already a term
            ("d", 2, "Jane Doe", "person", 2, "Jane Doe", "", 10),
            ("d", 3, "Springfield", "place", 1, "Springfield", "", 20),
            ("d", 4, "Merger Talks", "other", 1, "Merger Talks", "", 30),  # already a phrase
        ],
        columns=list(frames.ACTORS_COLUMNS),
    )
    table = frames.key_terms_frame(terms, phrases, actor_rows, top=5)
    assert table.to_dict("list") == {
        "rank": [1, 2],
        "term": ["Acme Corp", "merger"],
        "phrase": ["merger talks", ""],
        "name": ["Springfield", ""],
    }


def test_no_terms_gives_the_columns_and_no_rows() -> None:
    empty = frames.key_terms_frame([], [], frames.actors_frame([]))
    assert list(empty.columns) == ["rank", "term", "phrase", "name"] and empty.empty
    with pytest.raises(ValueError, match="top must be at least 1"):
        frames.key_terms_frame([], [], frames.actors_frame([]), top=0)
