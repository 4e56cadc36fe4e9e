"""Review 9, finding 13: institutions named with their country are that country's ("the
US Treasury and the U.K. Treasury": two actors, not one "Treasury"), and a known short
form ("the Fed") is its long form's actor only where the text writes the long form."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions, records
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from analysis.types import Document


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.canonical, m.kind) for m in find_mentions(_doc(text))]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_text) for q in quotes(_doc(text))]


# the reviewer's text (review 9, ac2.txt), second paragraph
_AC2 = (
    "The US Treasury and the U.K. Treasury will meet in Washington. Secretary of State "
    "Antony Blinken said the agreement was fair. Mr. Blinken added that the U.S. would "
    "keep its promises, and the Federal Reserve was consulted. The Fed declined to comment."
)


def test_reviewer_text_two_treasuries_and_one_federal_reserve() -> None:
    # before: "Treasury organization 2 Treasury", "Federal Reserve organization 1",
    # "Fed other 1"
    rows = [(r["actor"], r["kind"], r["mentions"], r["aliases"]) for r in records(_doc(_AC2))]
    assert rows == [
        ("Antony Blinken", "person", 2, "Antony Blinken; Blinken"),
        ("Federal Reserve", "organization", 2, "Federal Reserve; Fed"),
        ("US Treasury", "organization", 1, "US Treasury"),
        ("U.K. Treasury", "organization", 1, "U.K. Treasury"),
        ("Washington", "place", 1, "Washington"),
        ("United States", "country", 1, "U.S."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # two countries' treasuries: "the Treasury" alone stands for neither
            "The US Treasury and the U.K. Treasury will meet. The Treasury said no.",
            [
                ("US Treasury", "US Treasury", "organization"),
                ("U.K. Treasury", "U.K. Treasury", "organization"),
                ("Treasury", "Treasury", "organization"),
            ],
        ),
        (
            # one country's, written three ways: one actor, named as first written;
            # "the Treasury" alone is it
            "The U.S. Treasury said no. The Treasury said yes. The US Treasury and the "
            "American Treasury agreed.",
            [
                ("U.S. Treasury", "U.S. Treasury", "organization"),
                ("Treasury", "U.S. Treasury", "organization"),
                ("US Treasury", "U.S. Treasury", "organization"),
                ("American Treasury", "U.S. Treasury", "organization"),
            ],
        ),
        (
            # the adjective and the country's short name qualify the same ministry
            "The British Foreign Office said no. The UK Foreign Office agreed.",
            [
                ("British Foreign Office", "British Foreign Office", "organization"),
                ("UK Foreign Office", "British Foreign Office", "organization"),
            ],
        ),
        (
            # (unchanged) two countries' ministries stay two; the bare one is neither
            "The French Foreign Ministry and the Russian Foreign Ministry met. The "
            "Foreign Ministry said.",
            [
                ("French Foreign Ministry", "French Foreign Ministry", "organization"),
                ("Russian Foreign Ministry", "Russian Foreign Ministry", "organization"),
                ("Foreign Ministry", "Foreign Ministry", "organization"),
            ],
        ),
        (
            "The Russian Duma voted. The Duma said it would wait.",
            [
                ("Russian Duma", "Russian Duma", "organization"),
                ("Duma", "Russian Duma", "organization"),
            ],
        ),
        (
            # (unchanged) a country before a role and a person stays the country
            "U.S. President Joe Biden spoke. US Treasury Secretary Steven Mnuchin and "
            "U.S. officials agreed.",
            [
                ("U.S.", "United States", "country"),
                ("Joe Biden", "Joe Biden", "person"),
                ("US Treasury", "US Treasury", "organization"),
                ("Steven Mnuchin", "Steven Mnuchin", "person"),
                ("U.S.", "United States", "country"),
            ],
        ),
        (
            # the country and the institution apart: two names (before: "Treasury"
            # before "said" read as a person)
            "Britain's Treasury said no.",
            [("Britain", "United Kingdom", "country"), ("Treasury", "Treasury", "organization")],
        ),
    ],
)
def test_institutions_of_countries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


def test_treasury_speakers_are_each_countrys() -> None:
    # before: the speaker "Treasury" (read as a person) for both
    text = '"Rates will stay low," the US Treasury said. "They will rise," the U.K. Treasury said.'
    assert _speakers(text) == [
        ("US Treasury", "the US Treasury"),
        ("U.K. Treasury", "the U.K. Treasury"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the long form written: "Fed" is it (before: "Fed" other, its own actor)
            "The Federal Reserve was consulted. The Fed declined to comment.",
            [
                ("Federal Reserve", "Federal Reserve", "organization"),
                ("Fed", "Federal Reserve", "organization"),
            ],
        ),
        (
            '"We will act," the Fed said on Friday. The Federal Reserve Board met.',
            [
                ("Fed", "Federal Reserve Board", "organization"),
                ("Federal Reserve Board", "Federal Reserve Board", "organization"),
            ],
        ),
        (
            "The U.S. Federal Reserve said. The Fed said.",
            [
                ("U.S. Federal Reserve", "U.S. Federal Reserve", "organization"),
                ("Fed", "U.S. Federal Reserve", "organization"),
            ],
        ),
        (
            # no long form: the organisation under its short name (before: other)
            '"We will act," the Fed said on Friday.',
            [("Fed", "Fed", "organization")],
        ),
        (
            # a regional bank is no short form of the Federal Reserve, and "the Fed"
            # is not it (before: both the person "New York Fed")
            "The New York Fed said. The Fed said.",
            [
                ("New York Fed", "New York Fed", "organization"),
                ("Fed", "Fed", "organization"),
            ],
        ),
        (
            # (unchanged) "Fed up" opening a sentence is no name
            "Fed up with delays, voters left.",
            [],
        ),
    ],
)
def test_short_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


def test_fed_speaker_takes_the_long_form() -> None:
    text = '"We will act," the Fed said on Friday. The Federal Reserve Board met.'
    assert _speakers(text) == [("Federal Reserve Board", "the Fed")]


def test_standalone_institution_in_or_before_a_speech_verb_is_an_organisation() -> None:
    # before: ("Congress", "Congress", "person") twice: read as a speaker's name
    assert _kinds("He served in Congress for years. Congress said no.") == [
        ("Congress", "Congress", "organization"),
        ("Congress", "Congress", "organization"),
    ]


# The same class: one name, two countries, written with the countries' possessives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # before: ("Russia", country), ("Defence Ministry", ...) and ("Britain",
            # country), ("Defence Ministry", ...): one actor "Defence Ministry"
            "Russia's Defence Ministry said no. Britain's Defence Ministry said yes. The "
            "Defence Ministry added more.",
            [
                ("Russia's Defence Ministry", "Russia's Defence Ministry", "organization"),
                ("Britain's Defence Ministry", "Britain's Defence Ministry", "organization"),
                ("Defence Ministry", "Defence Ministry", "organization"),
            ],
        ),
        (
            # the adjective's form is the possessive's actor
            "Russia's Ministry of Defence said no. Britain\u2019s Ministry of Defence said "
            "yes. The Russian Ministry of Defence added.",
            [
                ("Russia's Ministry of Defence", "Russia's Ministry of Defence", "organization"),
                (
                    "Britain\u2019s Ministry of Defence",
                    "Britain\u2019s Ministry of Defence",
                    "organization",
                ),
                ("Russian Ministry of Defence", "Russia's Ministry of Defence", "organization"),
            ],
        ),
        (
            # a second country named with its adjective counts too
            "Israel's Supreme Court ruled. The U.S. Supreme Court ruled too. The Supreme "
            "Court said.",
            [
                ("Israel's Supreme Court", "Israel's Supreme Court", "organization"),
                ("U.S. Supreme Court", "U.S. Supreme Court", "organization"),
                ("Supreme Court", "Supreme Court", "organization"),
            ],
        ),
        (
            # the bare institution stands for neither (before this commit's fix to
            # the possessive's country: "Britain's Treasury", the most mentioned)
            "Russia's Treasury said no. Britain's Treasury said yes. The Treasury added.",
            [
                ("Russia's Treasury", "Russia's Treasury", "organization"),
                ("Britain's Treasury", "Britain's Treasury", "organization"),
                ("Treasury", "Treasury", "organization"),
            ],
        ),
        (
            "Canada's Liberal Party won. Australia's Liberal Party lost.",
            [
                ("Canada's Liberal Party", "Canada's Liberal Party", "organization"),
                ("Australia's Liberal Party", "Australia's Liberal Party", "organization"),
            ],
        ),
        (
            # (unchanged) one country's: the country and the ministry, the bare one alike
            "China's Foreign Ministry said. The Foreign Ministry added.",
            [
                ("China", "China", "country"),
                ("Foreign Ministry", "Foreign Ministry", "organization"),
                ("Foreign Ministry", "Foreign Ministry", "organization"),
            ],
        ),
        (
            # (unchanged) two countries, two bodies
            "Russia's Duma and Israel's Knesset voted.",
            [
                ("Russia", "Russia", "country"),
                ("Duma", "Duma", "organization"),
                ("Israel", "Israel", "country"),
                ("Knesset", "Knesset", "organization"),
            ],
        ),
        (
            # (unchanged) two bodies named with the same country are two
            "The Texas Senate voted. The Ohio Senate voted too. The Senate said.",
            [
                ("Texas Senate", "Texas Senate", "organization"),
                ("Ohio Senate", "Ohio Senate", "organization"),
                ("Senate", "Senate", "organization"),
            ],
        ),
        (
            # (unchanged) a party and the party of a country are two
            "The Democratic Party won. The Democratic Party of Japan lost.",
            [
                ("Democratic Party", "Democratic Party", "organization"),
                ("Democratic Party of Japan", "Democratic Party of Japan", "organization"),
            ],
        ),
    ],
)
def test_possessed_by_two_countries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


def test_ministries_of_two_countries_speak_apart() -> None:
    # before: both quotes the speaker "Defence Ministry"
    text = (
        '"We struck a depot," Russia\'s Defence Ministry said. "That is false," '
        "Britain's Defence Ministry said."
    )
    assert _speakers(text) == [
        ("Russia's Defence Ministry", "Russia's Defence Ministry"),
        ("Britain's Defence Ministry", "Britain's Defence Ministry"),
    ]


def test_state_bodies_only_share_a_name_across_forms_of_the_country() -> None:
    # "U.S." and "American" are one country, but firms named with each are no body of
    # its state: two actors ("Express" is no state's head word)
    assert _kinds("American Express and U.S. Express reported earnings.") == [
        ("American Express", "American Express", "organization"),
        ("U.S. Express", "U.S. Express", "organization"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # before: ("Chinese", country), ("Embassy", person) and ("U.S.", country),
            # ("Embassy", person): one "Embassy" actor, a person, for both countries
            "The Chinese Embassy and the U.S. Embassy said. The Embassy added.",
            [
                ("Chinese Embassy", "Chinese Embassy", "organization"),
                ("U.S. Embassy", "U.S. Embassy", "organization"),
                ("Embassy", "Embassy", "other"),
            ],
        ),
        (
            # before: ("Marine Corps", person), ("Marines", person), ("Mission", person)
            "The U.S. Marine Corps said. The British Marines said. The U.S. Mission said.",
            [
                ("U.S. Marine Corps", "U.S. Marine Corps", "organization"),
                ("British Marines", "British Marines", "organization"),
                ("U.S. Mission", "U.S. Mission", "organization"),
            ],
        ),
        (
            # (unchanged) a person after a country's adjective stays a person
            "American Ryan Crouser won gold. Russian Vladimir Putin said no.",
            [
                ("American", "United States", "country"),
                ("Ryan Crouser", "Ryan Crouser", "person"),
                ("Russian", "Russia", "country"),
                ("Vladimir Putin", "Vladimir Putin", "person"),
            ],
        ),
    ],
)
def test_missions_and_forces_of_countries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected
