"""Review 11: sentences where the eleventh round's quote rules misfired at first,
each with what it gives now (hand-checked). The rules: a progressive cue, a second
verb after "and", a subordinate clause ending at its comma, a participle after a
quotation's closing mark, and "demanded that"."""

from __future__ import annotations

import pytest

from quoterows import rows as _rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a verb after "and" inside a reported clause with its own verb is its subject's
        (
            "She said her husband drank heavily and blamed her for his problems.",
            "her husband drank heavily and blamed her for his problems",
        ),
        (
            "The complaint says the officer stopped her car and accused her of stealing it.",
            "the officer stopped her car and accused her of stealing it",
        ),
        (
            "Witnesses said the gunman entered the store and warned everyone to get down.",
            "the gunman entered the store and warned everyone to get down",
        ),
    ],
)
def test_a_second_verb_inside_the_content_is_no_second_attribution(text: str, content: str) -> None:
    assert [row[2] for row in _rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Shares fell 5% after the CEO said that profits, which had risen for years, would "
            "fall.",
            "profits, which had risen for years, would fall",
        ),
        (
            "The crowd booed when the referee announced that Smith, the team's captain, was "
            "suspended.",
            "Smith, the team's captain, was suspended",
        ),
        (
            "The deal collapsed after Smith said that, frankly, the terms were unfair.",
            "frankly, the terms were unfair",
        ),
        (
            "While Ramos said that tuition, fees and housing would rise, he did not say by how "
            "much.",
            "tuition, fees and housing would rise",
        ),
    ],
)
def test_a_subordinate_clause_keeps_the_commas_inside_its_content(text: str, content: str) -> None:
    assert [row[2] for row in _rows(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Growing demands that the chief resign have split the council.",
        "Tradition demands that the bride wear white.",
        "It is telling that the senator did not vote.",
        "The early results are promising for patients with the disease.",
        "The chief faced lawsuits and calls for his resignation.",
        "The mayor read letters and tweets from residents.",
        "The team lost again and questions remain about the coach.",
    ],
)
def test_nouns_and_adjectives_are_no_cues(text: str) -> None:
    assert _rows(text) == []


def test_a_dummy_it_is_no_speaker() -> None:
    text = (
        "Apple reported its earnings on Thursday. It is encouraging that iPhone sales rose "
        "in China."
    )
    assert [row[1] for row in _rows(text)] == ["reported"]


def test_an_adjectival_form_before_that_is_still_a_cue() -> None:
    assert _rows("Trump is promising that taxes will fall.") == [
        ("Trump", "promising", "taxes will fall")
    ]


def test_a_quoted_title_before_a_participle_does_not_end_the_content() -> None:
    text = (
        'The senator said a report titled "Broken Promises," citing 40 cases of fraud, would '
        "be released Monday."
    )
    assert _rows(text) == [
        (
            "The senator",
            "said",
            'a report titled "Broken Promises," citing 40 cases of fraud, would be released Monday',
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Will Smith say anything about the slap?",  # a known miss of the tenth round
        "Will the senator say more?",
        "Did the senator deny the report?",
    ],
)
def test_a_yes_no_question_reports_nothing(text: str) -> None:
    assert _rows(text) == []


def test_a_past_tense_after_will_is_still_a_name() -> None:
    assert _rows("Will Smith said the film was done.") == [
        ("Will Smith", "said", "the film was done")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sales declined 5 percent in March.",
        "Shares of Apple declined sharply after the report.",
        "Obama's approval remains strong, though it has declined slightly from 58 percent.",
    ],
)
def test_declined_as_a_fall_is_no_refusal(text: str) -> None:
    assert _rows(text) == []
