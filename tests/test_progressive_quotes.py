"""Progressive cues, shares of those polled and "demanded that": attributions the
eleventh round found missing on PolNeAR train ("Hillary Clinton is calling for the
United States to step up military efforts", "Six in 10 say he's at least somewhat
decisive"). Each case next to the sentence it must leave alone."""

from __future__ import annotations

import pytest

from quoterows import rows as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hillary Clinton is calling for the United States to step up military efforts.",
            ("Hillary Clinton", "calling for", "the United States to step up military efforts"),
        ),
        (
            "Officials are urging residents to leave their homes.",
            ("Officials", "urging", "residents to leave their homes"),
        ),
        (
            "Sanders is arguing that the system is rigged.",
            ("Sanders", "arguing", "the system is rigged"),
        ),
        (
            "The senator has been warning for months that the deal would collapse.",
            ("The senator", "warning", "the deal would collapse"),
        ),
        (
            "The president was calling on Congress to act.",
            ("The president", "calling on", "Congress to act"),
        ),
        (
            "Police are asking anyone with information to call the hotline.",
            ("Police", "asking", "anyone with information to call the hotline"),
        ),
        (
            "Reporters were asking whether he would run again.",
            ("Reporters", "asking", "whether he would run again"),
        ),
    ],
)
def test_a_progressive_cue_has_the_subject_before_be(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The hard part is telling voters the truth.",  # a subject that is no speaker
        "Prices are continuing to rise.",  # a weak cue without "that"
        "Trump isn't saying what other techniques he would support.",  # negated
        "The problem is Browning said nothing.",  # a capitalised "-ing" word is a name
    ],
)
def test_be_before_ing_alone_makes_no_speaker(text: str) -> None:
    assert [row for row in _rows(text) if row[1] and row[1].endswith("ing")] == []


def test_a_share_of_those_polled_speaks() -> None:
    text = "Six in 10 say he is at least somewhat decisive."
    assert _rows(text) == [("Six in 10", "say", "he is at least somewhat decisive")]
    text = "About 4 in 10 voters say they prefer an outsider."
    assert _rows(text) == [("4 in 10 voters", "say", "they prefer an outsider")]


def test_in_between_other_words_still_ends_the_speaker() -> None:
    # "in" before a number that is no share ("Voters in 10 states") is a place: the
    # phrase before it is no speaker of this rule
    assert _rows("He won 7 in 10 votes, officials said.") == [
        ("officials", "said", "He won 7 in 10 votes")
    ]


def test_demanded_that_reports_speech_but_a_noun_or_object_does_not() -> None:
    assert _rows("Democrats demanded that the bill be withdrawn.") == [
        ("Democrats", "demanded", "the bill be withdrawn")
    ]
    assert _rows("Protesters are demanding that the mayor resign.") == [
        ("Protesters", "demanding", "the mayor resign")
    ]
    assert _rows("He demanded an apology.") == []  # a weak cue: "that" or a quotation
    assert _rows("The union's demands that wages rise were rejected.") == []


def test_a_pronoun_contracted_with_be_speaks_and_is_the_pronoun_alone() -> None:
    # the speaker's words are the pronoun's characters, not "They're"
    text = "Researchers at Yale published a study. They're urging caution."
    assert _rows(text)[-1] == ("They", "urging", "caution")
    text = "She's been warning for months that the dam would fail."
    assert _rows(text) == [("She", "warning", "the dam would fail")]
    # a name's "'s" is no contraction of a pronoun: no speaker read off it
    assert _rows("Trump's calling for a ban on imports.") == []


def test_other_contractions_give_the_pronoun_alone() -> None:
    assert _rows("He'd said that the plan would fail.") == [("He", "said", "the plan would fail")]
    assert _rows("I'll be writing about it later tonight.") == [
        ("I", "writing", "about it later tonight")
    ]
