"""A cue whose content would be a pronoun alone reports no speech (QA7 review)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = parse(article_from_text(text, id="t"))
    return [(q.speaker_text, q.cue, q.content) for q in quotes(doc)]


def test_a_pronoun_object_is_no_content() -> None:
    text = (
        "Josh Shapiro, the Pennsylvania governor, praised him.\n\n"
        "Critics slammed it. She thanked them. He criticised her, and she condemned him.\n"
    )
    assert found(text) == []


def test_a_noun_object_and_a_clause_still_count() -> None:
    text = "The mayor praised the plan. She said it would work.\n"
    assert found(text) == [
        ("The mayor", "praised", "the plan"),
        ("She", "said", "it would work"),
    ]


def test_may_is_a_surname_after_a_title_or_a_mark() -> None:
    text = (
        "Theresa May met EU leaders in Brussels.\n\n"
        "Mrs. May said the talks were useful. The deal is fair, May said. "
        "Prime Minister May said it was over.\n\n"
        "Trump May Not Have To Testify, Lawyers Say\n"
    )
    doc = parse(article_from_text(text, id="t"))
    got = [(q.speaker, q.speaker_text, q.cue, q.content) for q in quotes(doc)]
    assert got == [
        ("Theresa May", "Mrs. May", "said", "the talks were useful"),
        ("Theresa May", "May", "said", "The deal is fair"),
        ("Theresa May", "Prime Minister May", "said", "it was over"),
        # a capitalised word before it: the modal of a headline
        ("Lawyers", "Lawyers", "Say", "Trump May Not Have To Testify"),
    ]
