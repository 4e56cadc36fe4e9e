"""Review 8b, findings 8-11: a known firm keeps its bare name beside its products;
list entries that are common words or surnames need evidence opening a sentence; the
headline rule needs a firm's shape; "Miss Smith" is a person again."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
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


# 8. "X <Product>" is its own actor and never absorbs the bare known firm X


@pytest.mark.parametrize(
    ("text", "expected", "speakers"),
    [
        (
            # before: every "Apple" -> "Apple Music", the speaker "Apple Music"
            "Apple said iPhone sales fell. Apple Music gained subscribers. "
            "Apple shares fell 3 percent.",
            [
                ("Apple", "Apple", "organization"),
                ("Apple Music", "Apple Music", "organization"),
                ("Apple", "Apple", "organization"),
            ],
            [("Apple", "Apple")],
        ),
        (
            # before: both Amazon attributions -> "Amazon Web Services"
            "Amazon reported record profits on Thursday. Amazon Web Services, its cloud "
            "unit, grew 20 percent. Amazon said it would hire 10,000 workers.",
            [
                ("Amazon", "Amazon", "organization"),
                ("Amazon Web Services", "Amazon Web Services", "organization"),
                ("Amazon", "Amazon", "organization"),
            ],
            [("Amazon", "Amazon"), ("Amazon", "Amazon")],
        ),
        (
            # before: "Apple" -> "Apple Daily", the Hong Kong newspaper
            "Apple on Tuesday warned that sales would fall. Apple Daily closed in Hong Kong.",
            [
                ("Apple", "Apple", "organization"),
                ("Apple Daily", "Apple Daily", "organization"),
                ("Hong Kong", "Hong Kong", "country"),
            ],
            [("Apple", "Apple")],
        ),
        (
            # neighbour that must not change: a firm's first word that is no known firm
            # stands for the longer name ("Goldman" -> "Goldman Sachs")
            "Goldman Sachs said profits rose. Analysts said Goldman CEO Lloyd Blankfein was happy.",
            [
                ("Goldman Sachs", "Goldman Sachs", "organization"),
                ("Goldman", "Goldman Sachs", "organization"),
                ("Lloyd Blankfein", "Lloyd Blankfein", "person"),
            ],
            [("Goldman Sachs", "Goldman Sachs"), ("Analysts", "Analysts")],
        ),
    ],
)
def test_a_known_firm_is_not_renamed_after_its_product(
    text: str,
    expected: list[tuple[str, str, str]],
    speakers: list[tuple[str | None, str | None]],
) -> None:
    assert _kinds(text) == expected
    assert _speakers(text) == speakers


# 9. A listed firm that is a common word opening a sentence needs a firm's context;
# a listed firm that closes a person's full name named before is the person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: "Vanguard", "Fidelity", "Intel" and "Apple" (twice) organisations
        ("Vanguard units of the army entered the city.", []),
        ("Fidelity to the party was rewarded.", []),
        ("Intel from the CIA suggested an attack.", [("CIA", "CIA", "organization")]),
        ("Apple picking season began. Apple growers said prices were low.", []),
        # neighbours that must not change: a firm's context after the word, or the
        # word inside a sentence
        (
            "Intel shares fell. Apple on Tuesday warned of weak sales. Apple's profit fell.",
            [
                ("Intel", "Intel", "organization"),
                ("Apple", "Apple", "organization"),
                ("Apple", "Apple", "organization"),
            ],
        ),
        (
            "Vanguard said fees would fall. Fidelity reported record inflows.",
            [("Vanguard", "Vanguard", "organization"), ("Fidelity", "Fidelity", "organization")],
        ),
        (
            "Shares of Apple rose. Apple growers were worried.",
            [("Apple", "Apple", "organization"), ("Apple", "Apple", "organization")],
        ),
        # a firm that is no common word needs nothing more
        ("Nvidia shares rose.", [("Nvidia", "Nvidia", "organization")]),
        # before: "Nikola Tesla" other, "Tesla" the company that speaks
        (
            "Nikola Tesla was born in 1856. Tesla said electricity was the future.",
            [
                ("Nikola Tesla", "Nikola Tesla", "person"),
                ("Tesla", "Nikola Tesla", "person"),
            ],
        ),
        # neighbours: the firm beside another person, or named before the person
        (
            "Elon Musk said sales rose. Tesla said deliveries fell.",
            [("Elon Musk", "Elon Musk", "person"), ("Tesla", "Tesla", "organization")],
        ),
    ],
)
def test_a_listed_firm_that_is_a_common_word_needs_a_firms_context(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _kinds(text) == expected


def test_a_surname_that_is_a_firm_speaks_as_the_person() -> None:
    text = "Nikola Tesla was born in 1856. Tesla said electricity was the future."
    # before: ("Tesla", "Tesla"), the company
    assert _speakers(text) == [("Nikola Tesla", "Tesla")]


# 10. The headline rule: a word of the headline opening the story's sentences is a
# name only before a firm's cue ("on" and a capital, a verb of speech or report), and
# no plural


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: "Layoffs" a person (2 mentions), "Measles" (3), "Wildfires" (2),
        # "Cryptocurrency" (2)
        (
            "Layoffs hit tech sector\n\n"
            "Layoffs announced on Monday affect 5,000 workers, the company said.",
            [],
        ),
        (
            "Measles outbreak spreads in Texas\n\n"
            "Measles cases rose to 120 on Friday, officials said. Measles is highly contagious.",
            [("Texas", "Texas", "place")],
        ),
        (
            "Wildfires rage across Greece\n\nWildfires have burned 10,000 hectares.",
            [("Greece", "Greece", "country")],
        ),
        (
            "Cryptocurrency prices crash\n\n"
            "Cryptocurrency exchanges halted trading. Bitcoin fell 20 percent, traders said.",
            [],
        ),
        # neighbours that must not change: a rare firm's name before a cue
        (
            "Pinterest shares jump\n\nPinterest reported revenue up 20 percent.",
            [("Pinterest", "Pinterest", "other"), ("Pinterest", "Pinterest", "other")],
        ),
        (
            "Pinterest shares jump after strong quarter\n\n"
            "Pinterest on Tuesday reported record revenue. The company said demand was strong.",
            [("Pinterest", "Pinterest", "other"), ("Pinterest", "Pinterest", "other")],
        ),
    ],
)
def test_the_headline_rule_needs_a_firms_cue(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _kinds(text) == expected


# 11. "Miss" before a surname that is a common word is the courtesy title again; only
# a pageant's title, a country or place, or a nickname given is no surname


def _people(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.canonical, m.kind, m.role) for m in find_mentions(_doc(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: "Miss Smith" other (2 mentions), likewise Brown, Young, Green
        (
            "Miss Smith, 23, was cleared of all charges on Friday. "
            "Miss Smith said she was relieved.",
            [("Smith", "Smith", "person", None), ("Smith", "Smith", "person", None)],
        ),
        (
            "Miss Young, the head teacher, declined to comment.",
            [("Young", "Young", "person", None)],
        ),
        ("Miss Green told the court she had been bullied.", [("Green", "Green", "person", None)]),
        # a common word after "Miss" with no verb of naming: the surname (before: other)
        ("Kermit and Miss Piggy sang.", [("Piggy", "Piggy", "person", None)]),
        # neighbours that must not change: pageant titles, a country's or a state's
        # pageant, a nickname after "called her"
        ("Miss America was crowned.", [("Miss America", "Miss America", "other", None)]),
        (
            "Trump criticised former Miss Universe Alicia Machado on Tuesday.",
            [("Alicia Machado", "Alicia Machado", "person", "Miss Universe")],
        ),
        ("Miss Texas won the crown.", [("Miss Texas", "Miss Texas", "other", None)]),
        (
            "He called her Miss Housekeeping in 1996.",
            [("Miss Housekeeping", "Miss Housekeeping", "other", None)],
        ),
    ],
)
def test_miss_before_a_common_surname_is_a_person(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _people(text) == expected


def test_miss_smith_speaks() -> None:
    text = "Miss Smith, 23, was cleared on Friday. Miss Smith said she was relieved."
    # before: ("Miss Smith", "Miss Smith")
    assert _speakers(text) == [("Smith", "Miss Smith")]


# 17. "The Times" stands for the newspaper the document names in full, also when
# "times" is written in lower case elsewhere (then "the Times" was dropped, and "a
# Times article" before a speaker's "Times wrote" was a person "Times")


def test_the_times_is_the_newspaper_named_in_full() -> None:
    text = (
        "Citing a New York Times article, Sanders said he would act.\n\n"
        "The Times on Saturday wrote that Trump had claimed a loss. At times the story "
        "was harsh.\n\n"
        'A Times article in 1990 was kinder. "He is back," the Times wrote.'
    )
    times = [(m.text, m.canonical, m.kind) for m in find_mentions(_doc(text)) if "Times" in m.text]
    # before: only ("Times", "Times", "person") for "A Times article"
    assert times == [
        ("New York Times", "New York Times", "organization"),
        ("Times", "New York Times", "organization"),
        ("Times", "New York Times", "organization"),
        ("Times", "New York Times", "organization"),
    ]
    # before: ("The Times", "The Times") and ("the Times", "the Times")
    assert [s for s in _speakers(text) if s[1] is not None and "Times" in s[1]] == [
        ("New York Times", "The Times"),
        ("New York Times", "the Times"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a neighbour that must not change: no full name in the document
        ("The Times wrote that the plan failed.", [("Times", "Times", "other")]),
        # the same for "The Post" (before: ("Post", "Post", "other"); the quote's
        # speaker was "Washington Post" already)
        (
            "The Washington Post reported it first. The Post said the story was accurate.",
            [
                ("Washington Post", "Washington Post", "organization"),
                ("Post", "Washington Post", "organization"),
            ],
        ),
    ],
)
def test_the_times_neighbours(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nickname set in quotation marks stays a nickname
        (
            "Clinton cited his references to Machado as “Miss Piggy” and “Miss Housekeeping”.",
            [
                ("Machado", "Machado", "other"),
                ("Miss Piggy", "Miss Piggy", "other"),
                ("Miss Housekeeping", "Miss Housekeeping", "other"),
            ],
        ),
        # the courtesy title in a quotation is still a person's
        ('"Miss Smith was very kind," he said.', [("Smith", "Smith", "person")]),
    ],
)
def test_a_quoted_miss_nickname(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


def test_a_firm_after_at_stays_the_firm_beside_a_person_of_its_name() -> None:
    text = "Nikola Tesla was born in 1856. Engineers at Tesla said sales fell."
    # (the firm is where one works, not the inventor)
    assert _kinds(text)[-1] == ("Tesla", "Tesla", "organization")
