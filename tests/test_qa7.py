"""QA round 7: known misses of actors and quote attribution on unseen news."""

from __future__ import annotations

from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from analysis.types import Document


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def _people(text: str) -> list[tuple[str, int, int, str]]:
    return [(m.text, m.start, m.end, m.canonical) for m in find_mentions(_doc(text))]


# 1. A sentence-opening given name missing from the first-name list, before a
# surname the text later writes alone.


def test_given_name_opening_a_sentence_before_a_surname_used_alone() -> None:
    text = (
        "Gavin Newsom signed the bill on Tuesday. The governor has fought the measure "
        'for years. "This is a good day," Newsom said.'
    )
    assert _people(text) == [
        ("Gavin Newsom", 0, 12, "Gavin Newsom"),
        ("Newsom", 110, 116, "Gavin Newsom"),
    ]
    (quote,) = quotes(_doc(text))
    assert quote.speaker == "Gavin Newsom"


def test_given_name_ending_like_a_participle() -> None:
    # "Jared" ends in "-ed" but is rare: a given name, not "Asked"
    text = "Jared Kushner vetoed the bill. Kushner's aides were happy."
    mentions = find_mentions(_doc(text))
    assert [(m.text, m.canonical, m.kind) for m in mentions] == [
        ("Jared Kushner", "Jared Kushner", "person"),
        ("Kushner", "Jared Kushner", "person"),
    ]


def test_sentence_opener_before_a_surname_is_no_given_name() -> None:
    text = (
        "Interestingly Blocher stayed home. Actress Amandla Stenberg spoke. "
        "Blocher said nothing and Stenberg left."
    )
    names = [m.canonical for m in find_mentions(_doc(text))]
    assert "Interestingly Blocher" not in names
    assert "Actress Amandla Stenberg" not in names
    assert names.count("Blocher") == 2
