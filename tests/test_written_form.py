"""A keyword is shown as the text writes it, not as a dateline shouts it."""

from __future__ import annotations

from analysis.keywords import extract_keywords, written_form
from analysis.parse import parse
from analysis.read import article_from_text


def test_a_form_in_capitals_gives_way_to_the_text_s_own_spelling() -> None:
    assert written_form(["BEIJING", "Beijing"]) == "Beijing"
    assert written_form(["BEIJING", "Beijing", "BEIJING"]) == "Beijing"
    assert written_form(["BEIJING"]) == "BEIJING"  # nothing else to go by
    assert written_form(["NATO", "NATO"]) == "NATO"  # an acronym stays one
    assert written_form(["UN", "Un"]) == "UN"  # initialisms of up to 3 letters are kept


def test_a_dateline_city_is_listed_as_the_body_writes_it() -> None:
    text = (
        "Talks open\n\nBEIJING, April 8 (Xinhua) -- Officials met in Beijing on Monday "
        "for trade talks. The trade talks in Beijing went on late."
    )
    words = [k.keyword for k in extract_keywords(parse(article_from_text(text, id="t")), top=10)]
    assert "Beijing" in words and "BEIJING" not in words
