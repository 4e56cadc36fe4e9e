"""Review 8, findings 10, 11 and 22: who a bare surname, a pronoun or a role noun is."""

from __future__ import annotations

from analysis.actors import actors_table, find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def _speakers(text: str) -> list[tuple[str | None, str, str]]:
    doc = parse(article_from_text(text, id="t"))
    return [(q.speaker, text[q.speaker_start : q.speaker_end], q.content) for q in quotes(doc)]


# 10. A bare surname is the first person named in full before it; a full name
# written later takes back no earlier mention.


def test_bare_surname_is_the_first_person_named_in_full() -> None:
    text = (
        "Donald Trump and Ivanka Trump visited Seoul.\n\n"
        "Trump said the visit was a success. Ivanka Trump said she was moved.\n"
    )
    assert _speakers(text) == [
        ("Donald Trump", "Trump", "the visit was a success"),
        ("Ivanka Trump", "Ivanka Trump", "she was moved"),
    ]
    rows = actors_table(find_mentions(parse(article_from_text(text, id="t"))))
    assert [(r["actor"], r["mentions"], r["aliases"]) for r in rows if r["kind"] == "person"] == [
        ("Donald Trump", 2, "Donald Trump; Trump"),
        ("Ivanka Trump", 2, "Ivanka Trump"),
    ]
    # without the last sentence: the same answer (it was already right)
    text = (
        "Donald Trump and his daughter Ivanka Trump visited Seoul.\n\n"
        "Trump said the visit was a success.\n"
    )
    assert _speakers(text) == [("Donald Trump", "Trump", "the visit was a success")]


def test_later_full_names_do_not_take_an_earlier_surname() -> None:
    # (was Bill Clinton: mentioned in full more often)
    text = (
        "Hillary Clinton and Bill Clinton arrived in Iowa. Clinton said the crowd was large. "
        "Bill Clinton said he agreed, and Bill Clinton told reporters it was cold."
    )
    assert _speakers(text) == [
        ("Hillary Clinton", "Clinton", "the crowd was large"),
        ("Bill Clinton", "Bill Clinton", "he agreed"),
        ("Bill Clinton", "Bill Clinton", "it was cold"),
    ]
    # (was George W. Bush throughout: the longer name)
    text = (
        "Jeb Bush spoke in Miami. Bush said the race was open. George W. Bush said his "
        "brother would win. Bush added that he was tired."
    )
    assert _speakers(text) == [
        ("Jeb Bush", "Bush", "the race was open"),
        ("George W. Bush", "George W. Bush", "his brother would win"),
        ("Jeb Bush", "Bush", "he was tired"),
    ]


def test_one_person_of_a_surname_is_unchanged() -> None:
    text = "Kamala Harris visited Ohio. Harris said the economy was strong."
    assert _speakers(text) == [("Kamala Harris", "Harris", "the economy was strong")]
