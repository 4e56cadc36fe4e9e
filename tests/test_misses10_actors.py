"""Tenth round, known misses in actors and names (README "Known misses")."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from quoterows import actor_rows as _actors
from quoterows import headlined as _doc
from quoterows import speaker_rows as _speakers

# --- 1: a given name that is a common word, opening a sentence, joins with evidence


@pytest.mark.parametrize("given", ["Summer", "Grant", "Dawn", "Faith", "Joy", "Autumn"])
def test_a_word_given_name_before_a_speech_verb_joins_the_surname(given: str) -> None:
    # was "Brown" with the role "<given>" (quotes) and the actor "Brown"
    text = f"{given} Brown said the school would close."
    assert _speakers(text) == [(f"{given} Brown", f"{given} Brown", None)]
    assert _actors(text) == [(f"{given} Brown", f"{given} Brown", "person")]


def test_the_surname_later_takes_the_full_name() -> None:
    text = "Summer Brown, 41, runs the school. Brown said it would close in June."
    assert _actors(text) == [
        ("Summer Brown", "Summer Brown", "person"),
        ("Brown", "Summer Brown", "person"),
    ]
    assert _speakers(text) == [("Summer Brown", "Brown", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun of the given name's gender after a verb: evidence
        (
            "Summer Brown was elected on Tuesday. She thanked the voters.",
            [("Summer Brown", "Summer Brown", "person")],
        ),
        # the surname written alone before a speech verb elsewhere: evidence
        (
            "Grant Wilson won the race. Wilson said the course was hard.",
            [("Grant Wilson", "Grant Wilson", "person"), ("Wilson", "Grant Wilson", "person")],
        ),
        # a pronoun of the other gender is none
        (
            "Summer Brown was elected on Tuesday. He thanked the voters.",
            [("Brown", "Brown", "other")],
        ),
        # no evidence: the common word stays out
        ("Summer Brown rice is popular.", [("Brown", "Brown", "other")]),
        # a plural noun after the word is no surname, pronoun or not
        (
            "Summer Olympics officials met on Monday. She said the games would go on.",
            [("Olympics", "Olympics", "other")],
        ),
    ],
)
def test_evidence_for_a_word_given_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _actors(text) == expected


def test_neighbours_that_already_worked_are_unchanged() -> None:
    text = "Rose Taylor said the plan would fail. Taylor added that taxes would rise."
    assert _speakers(text) == [
        ("Rose Taylor", "Rose Taylor", None),
        ("Rose Taylor", "Taylor", None),
    ]
    assert _speakers("Hope Davies said the school would close.") == [
        ("Hope Davies", "Hope Davies", None)
    ]
    assert _speakers("Bill Carter said the school would close.") == [
        ("Bill Carter", "Bill Carter", None)
    ]
    # adverbs and role words are no given names; an adverb is no role either (was
    # the role "Meanwhile")
    assert _speakers("Meanwhile Harrington said the plan would fail.") == [
        ("Harrington", "Meanwhile Harrington", None)
    ]
    assert _speakers("Instead Harrington said the plan would fail.") == [
        ("Harrington", "Instead Harrington", None)
    ]
    assert _speakers("Sheriff Harrington said the plan would fail.") == [
        ("Harrington", "Sheriff Harrington", "Sheriff")
    ]


# --- 2: a rare role noun opening a sentence stays off the name


@pytest.mark.parametrize("role", ["Pundit", "Midwife", "Tycoon", "Chaplain", "Reverend"])
def test_a_role_noun_opening_a_sentence_is_a_role(role: str) -> None:
    # was the person "<role> Harrington" (actors and quotes)
    text = f"{role} Harrington said the race was close. Harrington added that polls were wrong."
    assert _actors(text) == [
        ("Harrington", "Harrington", "person"),
        ("Harrington", "Harrington", "person"),
    ]
    assert _speakers(text) == [
        ("Harrington", f"{role} Harrington", role),
        ("Harrington", "Harrington", role),
    ]


def test_a_role_noun_before_a_place_or_a_full_name() -> None:
    # the title before a full name is no part of it (unchanged)
    assert _actors("Actress Eva Longoria said the show was over.") == [
        ("Eva Longoria", "Eva Longoria", "person")
    ]
    # a known place after a role word is left as it was
    assert _actors("Veteran Birmingham striker Smith scored twice.") == [
        ("Veteran Birmingham", "Veteran Birmingham", "other"),
        ("Smith", "Smith", "other"),
    ]
    # inside a sentence the role word was never joined
    assert _actors("On Monday the pundit Harrington said the race was close.") == [
        ("Harrington", "Harrington", "person")
    ]


# --- 3: an institution named with its country merges with the bare form only for one


def test_another_countrys_institution_keeps_apart() -> None:
    # was one actor "Treasury Department" for both, and the speaker "United Kingdom"
    text = (
        "Britain's Treasury said the plan was sound. The Treasury Department in Washington "
        "disagreed."
    )
    assert _actors(text) == [
        ("Britain", "United Kingdom", "country"),
        ("Treasury", "Treasury", "organization"),
        ("Treasury Department", "Treasury Department", "organization"),
        ("Washington", "Washington", "place"),
    ]
    assert _speakers(text) == [("Treasury", "Britain's Treasury", None)]
    assert _speakers("Russia's Defence Ministry said the drills were over.") == [
        ("Defence Ministry", "Russia's Defence Ministry", None)
    ]


def test_the_bare_form_takes_the_one_countrys_institution() -> None:
    # was "US Senate" and "Senate", two actors
    assert _actors("The US Senate voted on Tuesday. The Senate will meet again next week.") == [
        ("US Senate", "US Senate", "organization"),
        ("Senate", "US Senate", "organization"),
    ]
    # neighbours: already one ("U.S. Treasury"), and two countries' institutions or a
    # state's senate stay apart from the bare form
    assert _actors("The U.S. Treasury said the plan was sound. The Treasury disagreed.") == [
        ("U.S. Treasury", "U.S. Treasury", "organization"),
        ("Treasury", "U.S. Treasury", "organization"),
    ]
    assert _actors("The US Treasury and the U.K. Treasury met. The Treasury added that.") == [
        ("US Treasury", "US Treasury", "organization"),
        ("U.K. Treasury", "U.K. Treasury", "organization"),
        ("Treasury", "Treasury", "organization"),
    ]
    assert _actors("The US Senate voted on Tuesday. The state Senate will meet next week.") == [
        ("US Senate", "US Senate", "organization"),
        ("Senate", "Senate", "organization"),
    ]
    assert _actors(
        "The US Senate voted on Tuesday. Italy's Senate will meet again. The Senate is split."
    ) == [
        ("US Senate", "US Senate", "organization"),
        ("Italy's Senate", "Italy's Senate", "organization"),
        ("Senate", "Senate", "organization"),
    ]
    assert _actors("Russia's Defence Ministry said it. The Defence Ministry added that.") == [
        ("Russia", "Russia", "country"),
        ("Defence Ministry", "Defence Ministry", "organization"),
        ("Defence Ministry", "Defence Ministry", "organization"),
    ]


# --- 4: a word written like a brand that speaks is a company's, not a person's


@pytest.mark.parametrize("firm", ["BuzzFeed", "YouGov", "CrowdStrike", "LinkedIn", "HuffPost"])
def test_a_brand_spelling_before_a_speech_verb_is_an_organisation(firm: str) -> None:
    # was the person "<firm>"
    text = f"In a statement on Monday, {firm} said the posts would be removed."
    assert _actors(text) == [(firm, firm, "organization")]


@pytest.mark.parametrize(
    "surname", ["McConnell", "DeSantis", "VandeHei", "DelBene", "MacArthur", "LeVell"]
)
def test_a_surname_with_an_inner_capital_stays_a_person(surname: str) -> None:
    text = f"In a statement on Monday, {surname} said the posts would be removed."
    assert (surname, surname, "person") in _actors(text)


def test_a_brand_the_text_writes_as_a_persons_stays_a_person() -> None:
    # "said he": the text writes the word as a person's
    text = "In a statement, BuzzFeed said he would resign."
    assert _actors(text) == [("BuzzFeed", "BuzzFeed", "person")]
    # a given name inside ("KellyAnne") is no brand
    assert _actors("In a statement, KellyAnne said the posts would go.") == [
        ("KellyAnne", "KellyAnne", "person")
    ]


def test_a_plain_word_before_a_speech_verb_is_still_a_person() -> None:
    # the known miss left: "Pinterest" has no brand's spelling and no other cue
    assert _actors("In a statement, Pinterest said it would act.") == [
        ("Pinterest", "Pinterest", "person")
    ]


def test_a_firm_after_its_countrys_possessive_keeps_its_longer_name() -> None:
    # only an institution's word ("Treasury", "Senate") is kept apart so; a firm's
    # short name still takes its longer one, after a lower-case word too
    text = (
        "LM Ericsson sued ZTE on Monday. Sweden's Ericsson said the case was strong. "
        "This is the first time that Ericsson has sued."
    )
    assert [(m.text, m.canonical) for m in find_mentions(_doc(text)) if "Ericsson" in m.text] == [
        ("LM Ericsson", "LM Ericsson"),
        ("Ericsson", "LM Ericsson"),
        ("Ericsson", "LM Ericsson"),
    ]
