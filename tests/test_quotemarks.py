"""Quotation marks of several languages paired into spans (texts written for these tests)."""

from __future__ import annotations

import warnings

import pytest

from analysis.parse import parse
from analysis.quotemarks import QuoteMarkWarning, quoted_spans
from analysis.read import article_from_text


def spans(text: str) -> list[tuple[int, int, str]]:
    """The quoted spans of ``text``; any warning fails the test."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = quoted_spans(doc)
    return [(q.start, q.end, text[q.start : q.end]) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Das ist gut“, sagte er.", [(0, 13, "„Das ist gut“")]),  # German
        ("»Das ist gut«, sagte er.", [(0, 13, "»Das ist gut«")]),  # German, Danish
        ("«Das ist gut», sagte er.", [(0, 13, "«Das ist gut»")]),  # Swiss, French
        ("« C’est bien », a-t-il dit.", [(0, 14, "« C’est bien »")]),  # French, inner spaces
        ("Il a dit\u00a0: «\u202fOui\u202f».", [(11, 18, "«\u202fOui\u202f»")]),  # no-break
        ("”Det är bra”, sa han.", [(0, 12, "”Det är bra”")]),  # Swedish
        ("»Det är bra», sa han.", [(0, 12, "»Det är bra»")]),  # Swedish, Finnish
        ("Mówił: „Tak jest”. Koniec.", [(7, 17, "„Tak jest”")]),  # Polish, Dutch
        ("‚Das ist gut‘, sagte er.", [(0, 13, "‚Das ist gut‘")]),  # German single
        ("Hij zei ‚nee’ en ging.", [(8, 13, "‚nee’")]),  # Dutch single
        ("‹Oui›, dit-elle.", [(0, 5, "‹Oui›")]),
    ],
)
def test_european_marks_pair(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert spans(text) == expected


def test_german_sentence_inside_a_paragraph() -> None:
    text = "Er sagte: „Wir schaffen das.“ Dann ging er."
    doc = parse(article_from_text(text, id="t"))
    (q,) = quoted_spans(doc)
    assert (q.start, q.end, q.words, q.final, q.closed) == (10, 29, 3, True, True)


def test_nested_quotations_stay_inside_the_outer_one() -> None:
    assert spans("„Sie rief ‚Hilfe‘ und lief“, sagte er.") == [
        (0, 27, "„Sie rief ‚Hilfe‘ und lief“")
    ]
    # inside «…» a ” belongs to the nested “…”, not to the guillemets
    assert spans("« Il a dit “non” hier », dit-elle.") == [(0, 23, "« Il a dit “non” hier »")]


def test_a_german_closing_mark_opens_an_english_quotation() -> None:
    text = "„Ja“, sagte sie. He said “no” twice."
    assert spans(text) == [(0, 4, "„Ja“"), (25, 29, "“no”")]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "It’s the players’ union, he said. ‘Maybe’ is British."
    assert spans(text) == []
    # a ’ inside a word does not close a low single quote; one before a space does
    assert spans("Er sagte ‚die Spieler’ und ging.") == [(9, 22, "‚die Spieler’")]
    assert spans("Er sagte ‚so geht’s nicht‘ und ging.") == [(9, 26, "‚so geht’s nicht‘")]


def test_doubled_apostrophes_still_pair() -> None:
    assert spans("He said ''we will win,'' and left.") == [(8, 24, "''we will win,''")]


def test_multi_paragraph_german_and_french_quotations() -> None:
    german = "Sie sagte: „Der erste Teil ist fertig.\n\n„Der zweite folgt.“\n\nEnde."
    assert spans(german) == [(11, 59, german[11:59])]
    assert german[11:59].endswith("folgt.“")
    # French repeats » at the start of a continued paragraph
    french = "Elle a dit : « La première partie.\n\n» La seconde suit. »\n\nFin."
    assert spans(french) == [(13, 56, french[13:56])]
    assert french[13:56].endswith("suit. »")


def test_a_separator_guillemet_is_no_quotation_mark() -> None:
    assert spans("Home » News » World") == []


def test_a_low_comma_typed_for_a_comma_is_no_quotation_mark() -> None:
    assert spans("Some 1‚000 people came‚ and left.") == []


def test_unclosed_german_quotation_is_recovered_with_a_warning() -> None:
    text = "„Das ist gut, sagte er.\n\nEnde."
    doc = parse(article_from_text(text, id="t"))
    with pytest.warns(QuoteMarkWarning, match="^t: unclosed quotation mark at offset 0$"):
        (q,) = quoted_spans(doc)
    assert (q.start, q.end, q.closed) == (0, 23, False)


def test_stray_closing_mark_still_warns() -> None:
    text = "Prices rose.” Nobody spoke."
    doc = parse(article_from_text(text, id="t"))
    with pytest.warns(QuoteMarkWarning, match="closing quotation mark without an opening one"):
        assert quoted_spans(doc) == ()


def test_csv_doubled_straight_marks_count_as_one() -> None:
    # 500N-KPCrowd texts keep CSV's escaping: each quotation mark written twice
    text = (
        'Film producer Soren Staermose said Craig ""will do Larsson justice."" He added: '
        '""She goes all the way,"" Soren continued.\n\n'
        'An empty "" pair is no quotation.\n'
    )
    assert spans(text) == [
        (41, 69, '""will do Larsson justice.""'),
        (80, 105, '""She goes all the way,""'),
    ]


def test_csv_doubled_quotation_is_attributed() -> None:
    from analysis.quotes import quotes

    text = '""It is a big role,"" he said. Craig ""will do Larsson justice,"" she said.\n'
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = quotes(doc)
    assert [(text[q.start : q.end], q.cue, q.speaker_text) for q in found] == [
        ('""It is a big role,""', "said", "he"),
        ('Craig ""will do Larsson justice,""', "said", "she"),
    ]


def test_may_hold_mark_skips_only_word_internal_apostrophes() -> None:
    from analysis.quotemarks import _may_hold_mark

    assert not _may_hold_mark("Trump’s aides don't say.", 0, 24)
    assert _may_hold_mark("rock 'n' roll", 0, 13)  # apostrophes beside spaces
    assert _may_hold_mark("the players’ union", 0, 18)  # a closing ’ before a space
    assert _may_hold_mark("He said “no.”", 0, 13)
    assert _may_hold_mark("x 'y", 2, 4)  # at the start of the range
    assert not _may_hold_mark("x 'y", 3, 4)
