"""Lemmas from spelling rules and wordfreq's word list (hand-checked words)."""

from __future__ import annotations

import pytest

from analysis.lemmas import irregular_forms, lemma


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # plurals and third person
        ("countries", "country"),
        ("relations", "relation"),
        ("boxes", "box"),
        ("matches", "match"),
        ("uses", "use"),
        ("buses", "bus"),
        ("heroes", "hero"),
        ("toes", "toe"),
        # past tense: silent e, doubled consonant, y -> i, -eed
        ("achieved", "achieve"),
        ("registered", "register"),
        ("stopped", "stop"),
        ("applied", "apply"),
        ("died", "die"),
        ("agreed", "agree"),
        ("cooked", "cook"),
        # progressive
        ("making", "make"),
        ("coming", "come"),
        ("working", "work"),
        ("running", "run"),
        ("adding", "add"),
        ("going", "go"),
        # comparatives of common adjectives only
        ("bigger", "big"),
        ("larger", "large"),
        ("easiest", "easy"),
        ("number", "number"),
        ("interest", "interest"),
        # irregular forms from the table
        ("went", "go"),
        ("said", "say"),
        ("children", "child"),
        ("was", "be"),
        # not inflections
        ("news", "news"),
        ("series", "series"),
        ("need", "need"),
        ("feed", "feed"),
        ("thing", "thing"),
        ("amazing", "amazing"),
        ("evening", "evening"),
        ("analysis", "analysis"),
        ("business", "business"),
        ("famous", "famous"),
    ],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_unknown_and_short_words_are_kept() -> None:
    assert lemma("belarusian") == "belarusian"
    assert lemma("xyzzies") == "xyzzies"
    assert lemma("is") == "be"
    assert lemma("gas") == "gas"
    assert lemma("2022") == "2022"


def test_table_is_lower_case_pairs() -> None:
    table = irregular_forms()
    assert table["went"] == "go"
    assert all(form == form.lower() and lem == lem.lower() for form, lem in table.items())
