"""Review 8, findings 2 and 19: British single quotation marks and HTML entities as
quotation marks (texts written for these tests)."""

from __future__ import annotations

import warnings

from analysis.parse import parse
from analysis.quotemarks import quoted_spans
from analysis.quotes import quotes
from analysis.read import article_from_text


def spans(text: str) -> list[str]:
    """The quoted spans of ``text``; any warning fails the test."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return [text[q.start : q.end] for q in quoted_spans(doc)]


def attributions(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(kind, speaker, cue, content) of each attribution; any warning fails the test."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return [(q.kind, q.speaker, q.cue, q.content) for q in quotes(doc)]


UK = (
    "‘We inherited a broken system,’ Mr Streeting said on Tuesday. ‘It will take time to "
    "fix it, but we will fix it.’\n\nLabour’s opponents were unimpressed. ‘This is a "
    "government that has run out of excuses,’ said Conservative spokesman Ed Argar.\n\n"
    "A spokesman for the Department of Health said: ‘We are investing record sums in the NHS.’"
)


def test_british_curly_quotations_pair_and_attribute() -> None:
    assert attributions(UK) == [
        ("direct", "Streeting", "said", "‘We inherited a broken system,’"),
        ("direct", "Streeting", None, "‘It will take time to fix it, but we will fix it.’"),
        ("direct", "Ed Argar", "said", "‘This is a government that has run out of excuses,’"),
        ("direct", "Department of Health", "said", "‘We are investing record sums in the NHS.’"),
    ]


def test_british_straight_quotations_pair_in_a_text_without_double_marks() -> None:
    text = UK.replace("‘", "'").replace("’", "'")
    assert spans(text) == [
        "'We inherited a broken system,'",
        "'It will take time to fix it, but we will fix it.'",
        "'This is a government that has run out of excuses,'",
        "'We are investing record sums in the NHS.'",
    ]
    assert [a[:3] for a in attributions(text)] == [
        ("direct", "Streeting", "said"),
        ("direct", "Streeting", None),
        ("direct", "Ed Argar", "said"),
        ("direct", "Department of Health", "said"),
    ]


def test_apostrophes_inside_a_british_quotation() -> None:
    # a plural possessive or a contraction before a space does not close the quotation
    assert attributions("‘We back the players’ union in this dispute,’ said Gordon Taylor.") == [
        ("direct", "Gordon Taylor", "said", "‘We back the players’ union in this dispute,’")
    ]
    assert spans("'We back the players' union,' said Gordon Taylor. 'It's the lads' money.'") == [
        "'We back the players' union,'",
        "'It's the lads' money.'",
    ]
    assert spans("‘I don’t think it’s fair,’ Ms Jones told the BBC.") == [
        "‘I don’t think it’s fair,’"
    ]


def test_a_closing_mark_after_a_letter_never_pairs() -> None:
    # scare quotes and possessives stay unpaired, silently (most are apostrophes)
    text = "Gordon Taylor said the players’ union would ‘fight on’ and called it ‘a disgrace’."
    assert spans(text) == []
    assert attributions(text) == [
        (
            "indirect",
            "Gordon Taylor",
            "said",
            "the players’ union would ‘fight on’ and called it ‘a disgrace’",
        )
    ]
    # a second opening mark drops the first, unclosed one
    assert spans("He called it ‘a disgrace’ and said: ‘We will fight this all the way.’") == [
        "‘We will fight this all the way.’"
    ]
    assert spans("Rock 'n' roll is back in the '90s style, said the DJ, 'and it's here.'") == [
        "'and it's here.'"
    ]
    assert spans("‘Maybe’ is British. Labour’s plan is ‘bold’.") == []


def test_an_unclosed_british_quotation_is_left_alone() -> None:
    assert spans("The minister said: ‘We will not back down. We will win.") == []


def test_documents_with_double_marks_keep_straight_single_marks_unpaired() -> None:
    # the straight single marks of a text with double marks are today's: never paired
    text = "\"We back the union,\" he said. Ms Jones said it was 'a shame, really,' and left."
    assert spans(text) == ['"We back the union,"']
    text = "He said ''we will win,'' and she said 'no, never.' Then she left."
    assert spans(text) == ["''we will win,''"]
    # a single quotation nested in a double one stays inside it
    text = "“He told me ‘never give up,’ and I didn’t,” said Anna Smith."
    assert attributions(text) == [
        ("direct", "Anna Smith", "said", "“He told me ‘never give up,’ and I didn’t,”")
    ]


def test_other_single_mark_styles_unchanged() -> None:
    assert spans("Er sagte ‚die Spieler’ und ging.") == ["‚die Spieler’"]
    assert spans("‚Das ist gut‘, sagte er.") == ["‚Das ist gut‘"]
