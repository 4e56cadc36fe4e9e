"""The known misses left by reviews 8 and 8b: negated speech in its remaining shapes,
determiner "that", interrupted direct quotations and nominal speakers."""

from __future__ import annotations

import warnings

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text

Row = tuple[str, str | None, str | None, str | None]


def attributions(text: str) -> list[Row]:
    """(kind, speaker, cue, content) of each attribution."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(q.kind, q.speaker, q.cue, q.content) for q in quotes(doc)]


def body(*sentences: str) -> str:
    return "Headline here\n\n" + "\n\n".join(sentences)


# --- 1: a negated speech act is no attribution, in every shape


def test_a_quotation_before_a_negated_cue_is_no_ones() -> None:
    # it was a direct quotation with no speaker; after a named person it floated to her
    assert attributions(body('"We will win," he did not say.')) == []
    text = body('Jane Smith met the board on Monday. "We will win," she did not say.')
    assert attributions(text) == []


def test_a_quotation_after_a_negated_cue_does_not_float_to_the_last_speaker() -> None:
    text = body('"We lost," Smith said.', 'He did not say: "We will win."')
    assert attributions(text) == [("direct", "Smith", "said", '"We lost,"')]


def test_a_negated_noun_cue_is_no_attribution() -> None:
    assert attributions(body("He made no claim that the vote was rigged.")) == []
    assert attributions(body("He issued no formal warning that the dam would break.")) == []
    assert attributions(body("There was no announcement that the plant would close.")) == []


def test_a_subject_naming_no_one_is_no_speaker() -> None:
    for subject in ("Nobody", "None of the officials", "Neither candidate", "No official"):
        assert attributions(body(f"{subject} said the plan would fail.")) == [], subject


def test_neither_nor_and_stopped_short_of_negate() -> None:
    assert attributions(body("He neither confirmed nor denied that the plan would fail.")) == []
    assert attributions(body("She stopped short of saying that the plan would fail.")) == []
    assert attributions(body("He left without saying whether the plan would fail.")) == []


def test_negated_cues_that_already_gave_nothing_still_do() -> None:
    for text in (
        "He never claimed that the plan would work.",
        "He did not deny that the talks had failed.",
        "The minister would not say whether taxes would rise.",
        "He didn't suggest retaliation.",
    ):
        assert attributions(body(text)) == [], text


def test_the_positive_neighbours_still_attribute() -> None:
    assert attributions(body('"We will win," Smith said.')) == [
        ("direct", "Smith", "said", '"We will win,"')
    ]
    assert attributions(body("Smith denied that he had lied.")) == [
        ("indirect", "Smith", "denied", "he had lied")
    ]
    # a quotation holding a negation is still the speaker's
    assert attributions(body('"It was not a vote," Smith said.')) == [
        ("direct", "Smith", "said", '"It was not a vote,"')
    ]
    # "refused to" reports what was refused, the cue keeps the polarity
    assert attributions(body("Brown refused to rule out a tax rise.")) == [
        ("indirect", "Brown", "refused", "to rule out a tax rise")
    ]
