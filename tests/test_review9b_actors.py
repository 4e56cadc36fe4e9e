"""Review 9b fixes to names and actors (findings 2, 3 and 10 of the review)."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.read import article_from_text


def _kinds(text: str) -> list[tuple[str, str, str]]:
    doc = parse(article_from_text("Headline here\n\n" + text, id="t"))
    return [(m.text, m.canonical, m.kind) for m in find_mentions(doc)]


# --- 3: a closed-up word opening a sentence is dropped only as a plural compound


@pytest.mark.parametrize(
    "firm",
    ["Honeywell", "Bridgestone", "Firestone", "Redbox", "Sweetgreen", "Rightmove", "Waterhouse"],
)
def test_a_firm_written_once_at_a_sentence_start_is_an_actor(firm: str) -> None:
    # was no actor at all (the firm read as two common words closed up)
    assert _kinds(f"{firm} cut 500 jobs in Ohio on Monday.") == [
        (firm, firm, "other"),
        ("Ohio", "Ohio", "place"),
    ]


def test_a_firm_before_an_object_is_an_actor() -> None:
    assert _kinds("Firestone recalled millions of tyres.") == [("Firestone", "Firestone", "other")]


@pytest.mark.parametrize(
    "plural", ["Snowstorms", "Campaigners", "Dieters", "Miniskirts", "Yardsticks", "Cyberattacks"]
)
def test_a_plural_compound_opening_a_sentence_is_still_no_actor(plural: str) -> None:
    assert _kinds(f"{plural} cut 500 jobs in Ohio on Monday.") == [("Ohio", "Ohio", "place")]


def test_a_singular_closed_up_noun_is_an_actor_again() -> None:
    # the cost of the narrowing: "Heatwave" is "other" as in base
    assert _kinds("Heatwave warnings were issued across Europe.") == [
        ("Heatwave", "Heatwave", "other"),
        ("Europe", "Europe", "place"),
    ]
