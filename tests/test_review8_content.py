"""Where the content of an attribution begins and ends (review 8, findings 1, 5, 6, 12, 18)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def found(text: str) -> list[tuple[str | None, str | None, str | None, str, str]]:
    """(speaker, speaker text, cue, content, kind) of each attribution, in text order."""
    doc = parse(article_from_text("Headline of the story\n\n" + text, id="t"))
    return [(q.speaker, q.speaker_text, q.cue, q.content, q.kind) for q in quotes(doc)]


# Finding 1: "Role, Name, said <clause>": the clause is the content, the role is the
# speaker's, however short the clause.


def test_a_role_before_a_name_in_commas_is_no_content() -> None:
    assert found("The spokesman, Tom Baker, said profits would rise.\n") == [
        ("Tom Baker", "The spokesman, Tom Baker", "said", "profits would rise", "indirect")
    ]
    assert found("Air France's spokesman, Jean Dupont, said the flights were cancelled.\n") == [
        (
            "Jean Dupont",
            "Air France's spokesman, Jean Dupont",
            "said",
            "the flights were cancelled",
            "indirect",
        )
    ]
    assert found(
        "Hall's attorney, Michael Green, told reporters his client was disappointed.\n"
    ) == [
        (
            "Michael Green",
            "Hall's attorney, Michael Green",
            "told",
            "his client was disappointed",
            "indirect",
        )
    ]
    assert found("But the spokesman, Tom Baker, said profits would rise.\n") == [
        ("Tom Baker", "the spokesman, Tom Baker", "said", "profits would rise", "indirect")
    ]


def test_a_role_that_is_no_speaker_noun_is_no_content_either() -> None:
    # "father" is no speaker head: the role stays out of the speaker, and out of the content
    assert found("Her father, John Smith, said he was proud.\n") == [
        ("John Smith", "John Smith", "said", "he was proud", "indirect")
    ]


def test_a_role_and_name_with_no_content_give_no_attribution() -> None:
    # (before: content "The spokesman", and with "Tuesday" the speaker "Tuesday")
    assert found("The spokesman, Tom Baker, said Tuesday.\n") == []
    assert found("The minister, Tom Baker, said it.\n") == []


def test_role_neighbours_that_already_worked_do_not_change() -> None:
    assert found("The spokesman, Tom Baker, said profits would rise next year.\n") == [
        (
            "Tom Baker",
            "The spokesman, Tom Baker",
            "said",
            "profits would rise next year",
            "indirect",
        )
    ]
    assert found("Tom Baker, the spokesman, said profits would rise.\n") == [
        ("Tom Baker", "Tom Baker", "said", "profits would rise", "indirect")
    ]
    assert found("The plan is dead, the spokesman, Tom Baker, said.\n") == [
        ("Tom Baker", "the spokesman, Tom Baker", "said", "The plan is dead", "indirect")
    ]
    assert found('"We will win," Air France\'s spokesman, Jean Dupont, said.\n') == [
        (
            "Jean Dupont",
            "Air France's spokesman, Jean Dupont",
            "said",
            '"We will win,"',
            "direct",
        )
    ]
    # a clause before the name, set off by commas: still the content before
    assert found("The plan is dead, Tom Baker, a lawyer, said.\n")[0][3] == "The plan is dead"
