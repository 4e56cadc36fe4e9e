"""Review 10's misfires in actors and names (findings 6 to 10)."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from analysis.types import Document


def _doc(text: str) -> Document:
    return parse(article_from_text("Headline here\n\n" + text, id="t"))


def _actors(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.canonical, m.kind) for m in find_mentions(_doc(text))]


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_text, q.speaker_role) for q in quotes(_doc(text))]


# --- 7: given names and band names on the role list keep their first word


@pytest.mark.parametrize("name", ["Tory Burch", "Deacon Blue", "Diva Montell", "Tory Lanez"])
def test_a_given_name_like_a_role_stays_in_the_name(name: str) -> None:
    # was the speaker "Burch" with the role "Tory" (and "Blue"/"Deacon", "Montell"/"Diva")
    text = f"{name} said the tour would go ahead."
    assert _speakers(text) == [(name, name, None)]
    assert _actors(text) == [(name, name, "person")]


def test_a_demonym_before_a_surname_is_no_role() -> None:
    # was the role "Texan"
    text = "Texan Jones said the storm was the worst he had seen."
    assert _speakers(text) == [("Jones", "Texan Jones", None)]
    assert _actors(text) == [("Jones", "Jones", "person")]


@pytest.mark.parametrize("role", ["Pundit", "Rabbi", "Sheriff", "Veteran"])
def test_a_rare_role_noun_is_still_a_role(role: str) -> None:
    text = f"{role} Harrington said the vote was lost."
    assert _speakers(text) == [("Harrington", f"{role} Harrington", role)]
    assert _actors(text) == [("Harrington", "Harrington", "person")]


# --- 10: a sentence adverb that may open a programme's name


def test_a_programme_name_keeps_its_role_words() -> None:
    # was the role "show host"
    text = "Today show host Savannah Guthrie said the interview was tough."
    assert _speakers(text) == [
        ("Savannah Guthrie", "Today show host Savannah Guthrie", "Today show host")
    ]


@pytest.mark.parametrize("adverb", ["Today", "Meanwhile", "Yesterday"])
def test_an_adverb_alone_before_a_surname_is_no_role(adverb: str) -> None:
    text = f"{adverb} Harrington said the vote was lost."
    assert _speakers(text) == [("Harrington", f"{adverb} Harrington", None)]


def test_an_adverb_before_a_role_and_a_name_leaves_the_role() -> None:
    text = "Meanwhile Labour leader Keir Starmer said the vote was lost."
    assert _speakers(text) == [
        ("Keir Starmer", "Meanwhile Labour leader Keir Starmer", "Labour leader")
    ]
