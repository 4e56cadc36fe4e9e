"""Review 9b fixes to names and actors (findings 2, 3 and 10 of the review)."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
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


# --- 2: a word opening a sentence joins a surname only with evidence of a given name


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = parse(article_from_text("Headline here\n\n" + text, id="t"))
    return [(q.speaker, q.speaker_text) for q in quotes(doc)]


@pytest.mark.parametrize(
    "word",
    [
        "Meanwhile",  # adverbs
        "Instead",
        "Afterwards",
        "Similarly",
        "Veteran",  # role and occupation words
        "Actress",
        "Chef",
        "Sheriff",
        "Nurse",
        "Scottish",  # demonyms
        "Iraqi",
    ],
)
def test_an_opening_word_that_is_no_given_name_stays_out_of_the_speaker(word: str) -> None:
    # was "<word> Harrington" for both quotes
    text = f"{word} Harrington said the plan would fail. Harrington added that taxes would rise."
    assert _speakers(text) == [
        ("Harrington", f"{word} Harrington"),
        ("Harrington", "Harrington"),
    ]


@pytest.mark.parametrize(
    ("given", "surname"),
    [
        ("Rose", "Taylor"),  # a common word, on the list of such given names
        ("Tad", "Devine"),  # rare as an English word (Zipf 3.5)
        ("Nina", "Turner"),  # on the gender list
        ("Ari", "Fleischer"),  # rare as an English word (Zipf 3.5)
        ("Faith", "Jones"),
    ],
)
def test_an_opening_given_name_still_joins_the_surname(given: str, surname: str) -> None:
    text = f"{given} {surname} said the plan would fail. {surname} added that taxes would rise."
    assert _speakers(text) == [
        (f"{given} {surname}", f"{given} {surname}"),
        (f"{given} {surname}", surname),
    ]


def test_quotes_and_actors_agree_on_a_sheriff_and_an_adverb() -> None:
    text = (
        "Sheriff Harrington said the river would crest on Friday. Harrington urged "
        "residents to leave. Meanwhile Collins said the levee would hold."
    )
    # was "Sheriff Harrington" and "Meanwhile Collins" while actors said Harrington, Collins
    assert _speakers(text) == [
        ("Harrington", "Sheriff Harrington"),
        ("Harrington", "Harrington"),
        ("Collins", "Meanwhile Collins"),
    ]
    doc = parse(article_from_text("Headline here\n\n" + text, id="t"))
    assert sorted({m.canonical for m in find_mentions(doc)}) == ["Collins", "Harrington"]


# --- 10: a place people live in keeps its kind beside a company's cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was one organisation "Croydon" with 2 mentions
        (
            "Croydon's chief executive said the council was bankrupt. Residents in Croydon "
            "face higher taxes.",
            [("Croydon", "Croydon", "place"), ("Croydon", "Croydon", "place")],
        ),
        (
            "Families in Thurrock face cuts. Thurrock's chief executive resigned on Monday.",
            [("Thurrock", "Thurrock", "place"), ("Thurrock", "Thurrock", "place")],
        ),
        # neighbours: a firm's cue with no such place cue still makes a firm
        (
            "Shares of Pemex fell. Pemex said output dropped.",
            [("Pemex", "Pemex", "organization"), ("Pemex", "Pemex", "organization")],
        ),
        (
            "Investors cheered. Pinterest's shares fell on Monday and Pinterest said revenue rose.",
            [
                ("Pinterest", "Pinterest", "organization"),
                ("Pinterest", "Pinterest", "organization"),
            ],
        ),
    ],
)
def test_a_place_people_live_in_is_no_firm(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected
