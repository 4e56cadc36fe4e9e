"""Where a reported clause ends: at the comma closing a subordinate clause that
holds the cue ("While Ramos said that ..., he appears uneasy"), and before a
participle cue after a quotation's closing mark ('... this race," adding that ...').
Both were missed attributions or overlong contents on PolNeAR train."""

from __future__ import annotations

from quoterows import rows as _rows


def test_a_subordinate_clause_ends_at_its_comma() -> None:
    text = (
        "While Ramos said that journalists cannot have any political affiliation, "
        "he appears somewhat uneasy."
    )
    assert _rows(text) == [("Ramos", "said", "journalists cannot have any political affiliation")]
    text = "But if Carson implied that he would not criticize Cruz, he did not follow the rule."
    assert _rows(text) == [("Carson", "implied", "he would not criticize Cruz")]


def test_the_main_clause_after_it_is_its_own_attribution() -> None:
    text = (
        "While Sanders has pledged to support Clinton as the nominee, Devine suggested "
        "that it would not be simple."
    )
    assert _rows(text) == [
        ("Sanders", "pledged", "to support Clinton as the nominee"),
        ("Devine", "suggested", "it would not be simple"),
    ]


def test_a_main_clause_with_commas_is_unchanged() -> None:
    # no subordinator before the speaker: the content runs on past the commas
    text = "Smith said the plan, which was new, would fail."
    assert _rows(text) == [("Smith", "said", "the plan, which was new, would fail")]


def test_a_participle_after_a_closing_mark_continues() -> None:
    text = (
        "Cruz said that there is “only one strong conservative in a position to win this "
        "race,” adding that it is why Trump attacks him."
    )
    assert _rows(text) == [
        (
            "Cruz",
            "said",
            "there is “only one strong conservative in a position to win this race,”",
        ),
        ("Cruz", "adding", "it is why Trump attacks him"),
    ]
    text = (
        "“He fought really hard,” Mr. Trump told the hosts of “Morning Joe,” adding that "
        "his son is friendly with one of Bush's sons."
    )
    assert _rows(text)[1:] == [
        ("Mr. Trump", "adding", "his son is friendly with one of Bush's sons")
    ]


def test_a_participle_finds_its_subject_past_a_lead_adjunct() -> None:
    # a known miss of the tenth round: the subject was not looked for past "In May,"
    assert _rows("In May, a judge sided with the city, saying the law was valid.") == [
        ("a judge", "saying", "the law was valid")
    ]
    assert _rows("In 2015, Smith left the company, saying he wanted a change.") == [
        ("Smith", "saying", "he wanted a change")
    ]
    # the weekday rule as before
    assert _rows("On Tuesday, the mayor vetoed the bill, saying it was too costly.") == [
        ("the mayor", "saying", "it was too costly")
    ]


def test_a_lead_adjunct_before_a_parenthetical_attribution_is_no_content() -> None:
    # the content was "Smith said, the plan would fail" (the speaker and cue inside it)
    assert _rows("Yet, Smith said, the plan would fail.") == [
        ("Smith", "said", "the plan would fail")
    ]
    assert _rows("In Beijing, he said, the mood was grim.") == [("he", "said", "the mood was grim")]
    # a subject before the attribution stays part of the content
    assert _rows("China, he added, opposes the plan.") == [
        ("he", "added", "China, he added, opposes the plan")
    ]
