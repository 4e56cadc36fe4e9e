"""Review 8, findings 3, 4 (speaker names) and 7 (nominal speakers)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def _quotes(text: str) -> list[tuple[str | None, str, str | None, str, str]]:
    """(speaker, speaker mention, cue, content, kind) per attribution."""
    doc = parse(article_from_text(text, id="t"))
    return [
        (q.speaker, text[q.speaker_start : q.speaker_end], q.cue, q.content, q.kind)
        for q in quotes(doc)
    ]


# 3. A spaced "&" inside an appositive ("an analyst at Procter & Gamble") no longer
# ends the search for the name before the appositive.


def test_an_ampersand_in_an_appositive_keeps_the_name_before_it() -> None:
    text = "Scott Brown, an analyst at Procter & Gamble, said things had turned the corner."
    assert _quotes(text) == [
        ("Scott Brown", "Scott Brown", "said", "things had turned the corner", "indirect")
    ]
    text = "“Things have turned the corner,” Scott Brown, an analyst at Johnson & Johnson, said."
    assert _quotes(text) == [
        ("Scott Brown", "Scott Brown", "said", "“Things have turned the corner,”", "direct")
    ]
    text = (
        "“It does look like things have turned the corner,” Scott Brown, chief economist at"
        " Raymond James & Associates Inc. in St. Petersburg, said in an interview."
    )
    assert _quotes(text) == [
        (
            "Scott Brown",
            "Scott Brown",
            "said",
            "“It does look like things have turned the corner,”",
            "direct",
        )
    ]
    text = "Maria Lopez, a buyer for Marks & Spencer in Leeds, told reporters sales were weak."
    assert _quotes(text) == [("Maria Lopez", "Maria Lopez", "told", "sales were weak", "indirect")]


def test_appositives_without_an_ampersand_are_unchanged() -> None:
    text = "Scott Brown, an analyst at ING, said things had turned the corner."
    assert _quotes(text) == [
        ("Scott Brown", "Scott Brown", "said", "things had turned the corner", "indirect")
    ]
    text = "Scott Brown, an analyst at AT&T, said things had turned the corner."
    assert _quotes(text) == [
        ("Scott Brown", "Scott Brown", "said", "things had turned the corner", "indirect")
    ]
