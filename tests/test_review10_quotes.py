"""Review 10's misfires of the tenth round's quote fixes: "claimed" + a thing noun
drops no clause (#1); a term quoted in narration opens no split quotation (#2); a
short title after an aside joins no quotation (#3); "Will"/"May" is no role (#5); a
refusal keeps the coordinated statement after it (#4)."""

from __future__ import annotations

import warnings

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text

Row = tuple[str | None, str | None, str | None, str | None, str, str]


def rows(sentence: str) -> list[Row]:
    """(speaker, speaker_text, speaker_role, cue, content, parts) of each attribution
    of a one-sentence body (offsets count from the body's start: the headline
    "Headline\\n\\n" is 10 characters)."""
    doc = parse(article_from_text("Headline\n\n" + sentence, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [
            (q.speaker, q.speaker_text, q.speaker_role, q.cue, q.content, q.parts)
            for q in quotes(doc)
        ]


# --- 1: "claimed" + a thing noun is a thing won only as a bare object


def test_a_thing_noun_opening_a_clause_stays_a_claim() -> None:
    # "Smith claimed " is 14 characters: the content starts at 10 + 14 = 24
    assert rows("Smith claimed asylum seekers pose a threat to the country.") == [
        ("Smith", "Smith", None, "claimed", "asylum seekers pose a threat to the country", "24-67")
    ]
    assert rows("Smith claimed victory belongs to the people.") == [
        ("Smith", "Smith", None, "claimed", "victory belongs to the people", "24-53")
    ]
    assert rows("Smith claimed the seat belongs to Labour.") == [
        ("Smith", "Smith", None, "claimed", "the seat belongs to Labour", "24-50")
    ]
    assert rows("Smith claims land reform hurts farmers.") == [
        ("Smith", "Smith", None, "claims", "land reform hurts farmers", "23-48")
    ]
    assert rows("Smith claimed benefits cheats cost taxpayers billions.") == [
        ("Smith", "Smith", None, "claimed", "benefits cheats cost taxpayers billions", "24-63")
    ]
    assert rows("The minister claimed compensation claims rose sharply.") == [
        (
            "The minister",
            "The minister",
            None,
            "claimed",
            "compensation claims rose sharply",
            "31-63",
        )
    ]
    assert rows("Smith claimed the majority want change.") == [
        ("Smith", "Smith", None, "claimed", "the majority want change", "24-48")
    ]
    assert rows("Smith claimed success rates fell after the change.") == [
        ("Smith", "Smith", None, "claimed", "success rates fell after the change", "24-59")
    ]


def test_a_bare_thing_won_is_still_no_speech() -> None:
    for s in (
        "Smith claimed victory in the debate.",
        "Jones claimed silver in the 100m on Sunday.",
        "The champion claimed victory after the race.",
        "Smith claimed a moral victory.",
        "Labour claimed the seat from the Conservatives.",
        "Smith claimed the majority of the seats.",
        "Kasich spoke, claiming victory.",
    ):
        assert rows(s) == [], s
    assert rows("Smith claimed victory was near.") == [
        ("Smith", "Smith", None, "claimed", "victory was near", "24-40")
    ]


# --- 2: the first part of a split quotation opens its sentence


def test_a_term_quoted_in_narration_is_no_first_part() -> None:
    # '"No comment."' 46-59 in the body: 10 + 46 = 56
    assert rows('Asked about the "Green New Deal", Smith said, "No comment."') == [
        ("Smith", "Smith", None, "said", '"No comment."', "56-69")
    ]
    assert rows('The word "victory", Jones said, "means nothing now."') == [
        ("Jones", "Jones", None, "said", '"means nothing now."', "42-62")
    ]
    assert rows('In a post titled "Why I Quit", Smith said, "I was tired."') == [
        ("Smith", "Smith", None, "said", '"I was tired."', "53-67")
    ]
    assert rows('Of the so-called "peace plan", the minister said, "It will fail."') == [
        ("the minister", "the minister", None, "said", '"It will fail."', "60-75")
    ]


def test_two_voices_are_not_joined() -> None:
    # the old reading ('"no", Jones said' as Smith's) stays; "Yes" is not added to it
    assert rows('"Yes", Smith said, "no", Jones said.') == [
        ("Smith", "Smith", None, "said", '"no", Jones said', "29-45")
    ]


def test_a_quotation_opening_its_sentence_still_joins() -> None:
    s = '"The plan", Smith said, "is dead and nobody will bring it back."'
    assert rows(s) == [("Smith", "Smith", None, "said", s, "10-20;34-74")]
    s = "It was quiet. " + s
    # the second sentence starts at 14: parts move by 14
    assert rows(s) == [("Smith", "Smith", None, "said", s[14:], "24-34;48-88")]
    # after a colon (PolNeAR train, politico 2016-03-10): the first part is 30 characters
    s = 'Fallon fired back: "As a guardian of the legacy," he wrote, "we know you are rooting."'
    assert rows(s) == [(None, "he", None, "wrote", s[19:], "29-59;70-96")]


# --- 3: a short second part follows the attribution itself, not an aside


def test_a_title_after_an_aside_is_no_second_part() -> None:
    assert rows(
        '"I\'m proud of it," said Smith, whose new book, "Grit," comes out on Tuesday.'
    ) == [("Smith", "Smith", None, "said", '"I\'m proud of it,"', "10-28")]
    assert rows('"We won," said Smith, the author of the memoir, "Victory."') == [
        ("Smith", "Smith", None, "said", '"We won,"', "10-19")
    ]
    assert rows('"It is over," said Smith, the host of the show, "Today."') == [
        ("Smith", "Smith", None, "said", '"It is over,"', "10-23")
    ]
    assert rows('"We will rebuild," said Jones, whose charity, "Hope," raised $2m.') == [
        ("Jones", "Jones", None, "said", '"We will rebuild,"', "10-28")
    ]


def test_a_short_part_right_after_the_attribution_still_joins() -> None:
    s = '"No," said Jones, "never."'
    assert rows(s) == [("Jones", "Jones", None, "said", s, "10-15;28-36")]
    s = '"It\'s over," said coach Bill Smith, "period."'
    assert rows(s) == [("Bill Smith", "coach Bill Smith", "coach", "said", s, "10-22;46-55")]
    s = '"It works," Mr. Smith said, "mostly."'
    assert rows(s) == [("Smith", "Mr. Smith", None, "said", s, "10-21;38-47")]
    s = '"The plan," Jones told reporters, "is dead."'
    assert rows(s) == [("Jones", "Jones", None, "told", s, "10-21;44-54")]
    s = '"The plan", Jones told Smith, "is dead."'
    assert rows(s) == [("Jones", "Jones", None, "told", s, "10-20;40-50")]


# --- 5: "Will" and "May" opening a name are no role


def test_will_and_may_are_no_role() -> None:
    # "Will" before a capital and a speech verb is a given name (nameruns._will_name)
    assert rows("Will Ferrell said the film was a joke.") == [
        ("Will Ferrell", "Will Ferrell", None, "said", "the film was a joke", "28-47")
    ]
    assert rows("Will Smith told reporters he was sorry.") == [
        ("Will Smith", "Will Smith", None, "told", "he was sorry", "36-48")
    ]
    assert rows("Will Smith says he is sorry.") == [
        ("Will Smith", "Will Smith", None, "says", "he is sorry", "26-37")
    ]
    assert rows("May Ministers said last week the rules were fair.") == [
        ("Ministers", "May Ministers", None, "said", "the rules were fair", "39-58")
    ]
    assert rows("May Brown told the court she was innocent.") == [
        ("May Brown", "May Brown", None, "told", "she was innocent", "35-51")
    ]
    assert rows("May Day protesters said the march would go ahead.") == [
        (
            "May Day protesters",
            "May Day protesters",
            None,
            "said",
            "the march would go ahead",
            "34-58",
        )
    ]


# --- 4: a refusal reports nothing, the coordinated statement after it does


def test_a_coordinated_statement_after_a_refusal_is_kept() -> None:
    # "The company refused to disclose how much it paid, but said " is 59 characters
    assert rows(
        "The company refused to disclose how much it paid, but said the deal was worth it."
    ) == [("The company", "The company", None, "said", "the deal was worth it", "69-90")]
    assert rows(
        "The company declined to say how much it paid, but said the deal was worth it."
    ) == [("The company", "The company", None, "said", "the deal was worth it", "65-86")]
    assert rows(
        "The club declined to reveal what the fee was and said the player had signed"
        " a four-year deal."
    ) == [
        ("The club", "The club", None, "said", "the player had signed a four-year deal", "64-102")
    ]
    assert rows(
        "Smith declined to reveal who would replace him and added that he would stay until March."
    ) == [("Smith", "Smith", None, "added", "he would stay until March", "72-97")]
    assert rows(
        "Jones refused to say whether he would run but said he was proud of his record."
    ) == [("Jones", "Jones", None, "said", "he was proud of his record", "61-87")]


def test_the_refusal_itself_still_reports_nothing() -> None:
    assert rows("The company refused to disclose how much it paid.") == []
    assert rows("The company declined to say whether the deal had been signed.") == []
    # another subject after "and" speaks for itself
    assert rows(
        "The minister refused to say when the report would be published, and Smith said"
        " it was a scandal."
    ) == [("Smith", "Smith", None, "said", "it was a scandal", "89-105")]
    # no clause kept back: the old reading
    assert rows("The company refused to release the records.") == [
        ("The company", "The company", None, "refused", "to release the records", "30-52")
    ]
