""" "It" as a speaker stands for an organisation or a country named in its sentence or
the one before, or one that spoke there as "the company"; further back "it" is
mostly a thing, and the speaker stays unresolved (PolNeAR dev had "It says the
campaign violated federal law", the city's letter, resolved to the United States
named paragraphs before)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.types import Article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = parse(Article(id="t", text=text))
    return [(q.speaker, q.speaker_text) for q in quotes(doc)]


def test_it_takes_the_organisation_named_just_before() -> None:
    text = "Google announced a new phone on Monday. It said sales would start in May."
    assert _speakers(text)[-1] == ("Google", "It")


def test_it_takes_no_country_named_paragraphs_before() -> None:
    text = (
        "The United States and China signed a trade deal in January.\n\n"
        "The deal was praised by farmers. Prices rose in the spring.\n\n"
        "The city sent a cease-and-desist letter on Thursday. It says the campaign "
        "violated federal law."
    )
    assert _speakers(text)[-1] == (None, "It")


def test_it_takes_the_company_that_spoke_as_a_nominal() -> None:
    text = (
        "Microsoft on Tuesday unveiled a new assistant.\n\n"
        "The company said the tool would cost $30 a month. It said sales would start in May."
    )
    assert _speakers(text) == [("Microsoft", "The company"), ("Microsoft", "It")]


def test_a_share_of_those_polled_is_no_it() -> None:
    text = "Six in 10 say the economy is weak. It says the recovery has stalled."
    assert _speakers(text) == [("Six in 10", "Six in 10"), (None, "It")]
