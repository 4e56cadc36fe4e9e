"""Review 8b's findings 1, 2 and 4: British quotations left open, negated cues and
British plural agreement (``The council admit``)."""

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


# --- finding 1: a British quotation left "open" does not swallow the next paragraph


def test_logical_punctuation_does_not_carry_into_the_next_quotation() -> None:
    text = (
        "Fire at warehouse\n\n‘Nobody was hurt’, police said.\n\n"
        "‘What did they expect?’ asked Mr Jones."
    )
    assert attributions(text) == [
        ("indirect", "police", "said", "‘Nobody was hurt’"),
        ("direct", "Jones", "asked", "‘What did they expect?’"),
    ]


def test_a_scare_quote_opening_a_paragraph_does_not_carry() -> None:
    text = (
        "Inquiry ends\n\n‘Partygate’ inquiry finds rules were broken, the report said.\n\n"
        "‘We got it wrong,’ Boris Johnson told MPs.\n\n"
        "‘Rwanda plan’ ruled unlawful by Supreme Court.\n\n"
        "‘This is a dark day,’ said the home secretary."
    )
    assert attributions(text) == [
        ("indirect", "the report", "said", "‘Partygate’ inquiry finds rules were broken"),
        ("direct", "Boris Johnson", "told", "‘We got it wrong,’"),
        ("direct", "the home secretary", "said", "‘This is a dark day,’"),
    ]


def test_straight_single_marks_do_not_carry_either() -> None:
    text = "'Nobody was hurt', police said.\n\n'What did they expect?' asked Mr Jones."
    assert attributions(text) == [
        ("indirect", "police", "said", "'Nobody was hurt'"),
        ("direct", "Jones", "asked", "'What did they expect?'"),
    ]


# --- finding 2: a negated cue attributes nothing


def test_a_negated_cue_attributes_nothing() -> None:
    # before: (None <He>, "suggest", "retaliation"), (None <he>, "believe", "it himself"),
    # (None <They>, "tell", "it doesn't already know"), ("Christie", "discuss", "the plan"),
    # ("Trump", "said", "he would quit"), ("Trump", "said", "whether he will attend")
    for text in (
        "He didn't suggest retaliation.",
        "But he doesn't even believe it himself.",
        "They wouldn't tell the I.R.S. anything it doesn't already know.",
        "Christie wouldn't discuss the plan.",
        "Trump never said he would quit.",
        "Trump has not said whether he will attend.",
        "She didn't say whether the deal was dead.",
        "John Brown spoke later. He didn't think the plan would work.",
        "They didn't say when the talks would resume.",
        "The minister didn't say whether taxes would rise.",
        "Officials wouldn't say how many people died.",
        "Officials would not say how many people died.",
        "I don't believe the numbers are right.",
    ):
        assert attributions(text) == [], text


def test_a_negation_elsewhere_keeps_the_attribution() -> None:
    text = (
        "Chris Christie spoke first. Christie said he wouldn't discuss the plan. "
        "Clinton now says the plan would work. Trump has steadfastly insisted the vote "
        "was rigged. Patriot said it would appeal. “I don't know,” Christie said."
    )
    assert attributions(text) == [
        ("indirect", "Chris Christie", "said", "he wouldn't discuss the plan"),
        ("indirect", "Clinton", "says", "the plan would work"),
        ("indirect", "Trump", "insisted", "the vote was rigged"),
        ("indirect", "Patriot", "said", "it would appeal"),
        ("direct", "Chris Christie", "said", "“I don't know,”"),
    ]


# --- finding 4: British plural agreement with a collective noun


def test_british_plural_agreement_is_attributed_again() -> None:
    # before (8b972b6): nothing for each; at its parent as here
    assert attributions("The council admit mistakes were made.") == [
        ("indirect", "The council", "admit", "mistakes were made")
    ]
    assert attributions("Labour say the plan is unfair.") == [
        ("indirect", "Labour", "say", "the plan is unfair")
    ]
    assert attributions("The government say they will act.") == [
        ("indirect", "The government", "say", "they will act")
    ]
    assert attributions("The government insist it is right.") == [
        ("indirect", "The government", "insist", "it is right")
    ]
    assert attributions("Police say the suspect fled on foot.") == [
        ("indirect", "Police", "say", "the suspect fled on foot")
    ]


def test_a_base_form_noun_after_a_singular_subject_stays_no_cue() -> None:
    for text in (
        "The McKinley plan is linear.",
        "Republican support was more solid than expected.",
        "Republican support for the bill was more solid than expected.",
        "A government plan similar to Medicare was dropped.",
        "The Republican plan this year would cut taxes.",
        "The McKinley plan the Senate passed was linear.",
        "The Obama plan his aides drafted was dropped.",
        "The McKinley plan would cut taxes.",
        "The Democratic promise to voters was broken.",
    ):
        assert attributions(text) == [], text
