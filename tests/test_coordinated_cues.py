"""A second verb of saying after "and" or "but" keeps the subject of the first
("Sanders claimed momentum and argued he is a stronger candidate than Clinton"):
PolNeAR train had about 140 such attributions missed, the first content running
on over the second verb. Each case next to the sentence it must leave alone."""

from __future__ import annotations

import pytest

from quoterows import rows as _rows


def test_the_first_content_ends_before_the_second_verb() -> None:
    assert _rows(
        "Sanders claimed momentum and argued he is a stronger candidate than Clinton."
    ) == [
        ("Sanders", "claimed", "momentum"),
        ("Sanders", "argued", "he is a stronger candidate than Clinton"),
    ]


def test_object_cues_on_both_sides() -> None:
    text = "Clinton has decried systemic racism and highlighted her plans to combat the problem."
    assert _rows(text) == [
        ("Clinton", "decried", "systemic racism"),
        ("Clinton", "highlighted", "her plans to combat the problem"),
    ]
    text = "The senator praised the deal and warned that Iran could cheat."
    assert _rows(text) == [
        ("The senator", "praised", "the deal"),
        ("The senator", "warned", "Iran could cheat"),
    ]


def test_a_first_verb_that_is_no_cue_still_gives_the_subject() -> None:
    assert _rows("The company makes cars and says profits will rise.") == [
        ("The company", "says", "profits will rise")
    ]
    assert _rows("The mayor cut the budget and said taxes would fall.") == [
        ("The mayor", "said", "taxes would fall")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive participle after "and": no second attribution
        ("The plan was approved and criticized by the board.", []),
        # two subjects joined by "and": both are the speaker
        (
            "Smith and Jones said the vote was rigged.",
            [("Smith and Jones", "said", "the vote was rigged")],
        ),
        # a pronoun alone reports nothing
        ("Clinton thanked voters and praised them.", [("Clinton", "thanked", "voters")]),
        # "added" with a noun phrase is no speech, after "and" too
        ("The team thanked fans and added a new game.", [("The team", "thanked", "fans")]),
    ],
)
def test_what_stays_as_it_was(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _rows(text) == expected
