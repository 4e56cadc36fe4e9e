"""Review 9b's quote findings: an interrupted quotation merges only around its own
attribution (#1); refused and "neither ... nor" speech is no attribution (#8)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quote_words, quotes
from analysis.read import article_from_text
from quoterows import attributions

# --- 1: another voice's quotation after the narration is not the speaker's


def test_an_interrupting_speaker_keeps_his_own_quotation() -> None:
    s = (
        '"I love this city," Smith said, before Jones interrupted: '
        '"This city hates you and everyone knows it."'
    )
    assert attributions(s) == [
        ("direct", "Smith", "said", '"I love this city,"', "10-29"),
        (
            "direct",
            "Jones",
            "interrupted",
            '"This city hates you and everyone knows it."',
            "68-112",
        ),
    ]
    doc = parse(article_from_text("Headline\n\n" + s, id="t"))
    assert quote_words(doc, quotes(doc)) == [4, 8]  # Smith's 4 words, not 12


def test_a_replying_speaker_keeps_his_own_quotation() -> None:
    s = '"I love this city," Smith said, while Jones replied: "This city hates you."'
    assert attributions(s) == [
        ("direct", "Smith", "said", '"I love this city,"', "10-29"),
        ("direct", "Jones", "replied", '"This city hates you."', "63-85"),
    ]
    s = '"We will win," Smith said, then Jones said: "No you will not win this."'
    assert attributions(s) == [
        ("direct", "Smith", "said", '"We will win,"', "10-24"),
        ("direct", "Jones", "said", '"No you will not win this."', "54-81"),
    ]


def test_a_crowds_chant_is_not_the_speakers() -> None:
    # the chant is a quotation of no named speaker (base and HEAD gave Smith all 68
    # characters, narration and chant included, as one "mixed" quote)
    s = '"Taxes will rise," Smith said, as the crowd chanted "No more taxes!"'
    assert attributions(s) == [
        ("direct", "Smith", "said", '"Taxes will rise,"', "10-28"),
        ("direct", None, None, '"No more taxes!"', "62-78"),
    ]


def test_a_second_quotation_after_a_clause_and_a_full_stop_is_unattributed() -> None:
    s = (
        '"We will win," Smith said as the crowd booed loudly. '
        '"You are all liars and cheats," they shouted back.'
    )
    rows = attributions(s)
    assert rows[0] == ("direct", "Smith", "said", '"We will win,"', "10-24")
    assert all(r[1] != "Smith" for r in rows[1:])


def test_an_interrupted_quotation_around_its_own_attribution_still_merges() -> None:
    # addressee, time, apposition, inverted cue: the attribution alone stands between
    assert attributions('"We will win," Smith said to Jones, "because we have the votes."') == [
        (
            "direct",
            "Smith",
            "said",
            '"We will win," Smith said to Jones, "because we have the votes."',
            "10-24;46-74",
        )
    ]
    assert attributions('"We will win," Smith said on Monday, "because we have the votes."') == [
        (
            "direct",
            "Smith",
            "said",
            '"We will win," Smith said on Monday, "because we have the votes."',
            "10-24;47-75",
        )
    ]
    s = '"A deal is close," Schiff told Capital Download on Wednesday, "that is certain."'
    assert attributions(s) == [("direct", "Schiff", "told", s, "10-28;72-90")]
    s = '"We will win," said Smith, the party leader, "because we have the votes."'
    assert attributions(s) == [("direct", "Smith", "said", s, "10-24;55-83")]
    s = '"We will win," Smith told reporters after the meeting. "We have the votes."'
    assert attributions(s) == [("direct", "Smith", "told", s, "10-24;65-85")]
    s = '"The plan," said Smith, "is dead and buried now."'
    assert attributions(s) == [("direct", "Smith", "said", s, "10-21;34-59")]


def test_a_same_speaker_continuation_is_unchanged() -> None:
    s = '"We will win," Smith said, adding: "We have the votes."'
    assert attributions(s) == [
        ("direct", "Smith", "said", '"We will win,"', "10-24"),
        ("direct", "Smith", "adding", '"We have the votes."', "45-65"),
    ]


def test_a_named_voice_in_the_narration_ends_the_first_speakers_quotation() -> None:
    # base: Smith's content ran on through "before Jones replied that ..." and the next
    # sentence's quotation was merged into it
    s = (
        '"We will win," Smith said, before Jones replied that the count was wrong. '
        '"You lost the vote badly."'
    )
    assert attributions(s) == [
        ("direct", "Smith", "said", '"We will win,"', "10-24"),
        ("indirect", "Jones", "replied", "the count was wrong", "63-82"),
        ("direct", "Jones", None, '"You lost the vote badly."', "84-110"),
    ]
    s = (
        '"I never said that," Trump said, after Becky Quick said the senator had '
        'referred to him as the "personal senator" of Mark Zuckerberg.'
    )
    assert attributions(s) == [
        ("direct", "Trump", "said", '"I never said that,"', "10-30"),
        (
            "mixed",
            "Becky Quick",
            "said",
            'the senator had referred to him as the "personal senator" of Mark Zuckerberg',
            "66-142",
        ),
    ]


def test_names_and_nouns_in_an_aside_do_not_split_a_quotation() -> None:
    # "and Ryan" is no clause; "a super PAC called" and "wanted" are no speech
    s = (
        '"It seems they have every incentive," he said of Trump and Ryan, '
        '"because they need one another."'
    )
    assert attributions(s) == [("direct", None, "said", s, "10-47;75-107")]
    s = (
        '"We have the votes," Smith said, referencing a group called Future45. '
        '"So they clearly think I will win."'
    )
    assert attributions(s) == [("direct", "Smith", "said", s, "10-30;80-115")]


# --- 8: "neither ... nor" and a refusal to speak report nothing


def test_neither_nor_speakers_said_nothing() -> None:
    # base: speaker Jones, content "the vote was rigged, but Brown did"
    assert attributions("Neither Smith nor Jones said the vote was rigged, but Brown did.") == []
    assert attributions("Neither candidate said the vote was rigged.") == []
    assert attributions("Smith said the vote was rigged.") == [
        ("indirect", "Smith", "said", "the vote was rigged", "21-40")
    ]


def test_a_refusal_to_speak_is_no_attribution() -> None:
    # base: "The navy" / "declined" / "to confirm that the ship was damaged", etc.
    for s in (
        "The navy declined to confirm that the ship was damaged.",
        "The spokesman refused to say whether the ship was damaged.",
        "The company declined to say how many jobs the plan would cut.",
        "The minister declined to comment on the report.",
        "Don Guardian declined to say who he plans to vote for.",  # not "plans"
    ):
        assert attributions(s) == [], s
    # the same speaker's own words after the refusal are still his
    s = "Jones declined to say whether he would run, but said the party needed new leaders."
    assert attributions(s) == [
        ("indirect", "Jones", "said", "the party needed new leaders", "63-91")
    ]


def test_a_refusal_without_a_verb_of_saying_and_a_plain_confirm_are_unchanged() -> None:
    assert attributions("Smith refused to accept the result, saying the vote was rigged.") == [
        ("indirect", "Smith", "refused", "to accept the result", "24-44"),
        ("indirect", "Smith", "saying", "the vote was rigged", "53-72"),
    ]
    assert attributions("The navy confirmed that the ship was damaged.") == [
        ("indirect", "The navy", "confirmed", "the ship was damaged", "34-54")
    ]


# --- 7: "that" before a bare noun is the complementiser unless the evidence is strong


def indirect_content(sentence: str) -> str:
    rows = attributions(sentence)
    assert len(rows) == 1, rows
    return rows[0][3]


def test_that_before_a_mass_like_noun_is_the_complementiser() -> None:
    # HEAD kept "that" in all five ("that time was running out"); base dropped it
    assert indirect_content("The minister said that time was running out.") == (
        "time was running out"
    )
    assert indirect_content("The minister said that change was coming.") == "change was coming"
    assert indirect_content("The minister said that work would begin in May.") == (
        "work would begin in May"
    )
    assert indirect_content("The minister said that crime had fallen.") == "crime had fallen"
    assert indirect_content("The minister said that school would reopen on Monday.") == (
        "school would reopen on Monday"
    )


def test_that_stays_a_determiner_with_strong_evidence() -> None:
    # plural nearly as common as the singular (plan/plans, decision/decisions)
    assert indirect_content("The minister said that plan would fail.") == "that plan would fail"
    assert indirect_content("The minister said that decision could backfire.") == (
        "that decision could backfire"
    )
    assert indirect_content("The minister said that was a mistake.") == "that was a mistake"
    # "deal" alone is weak evidence (deals is rarer); named before with "a", it is strong
    assert indirect_content("The minister said that deal would collapse.") == (
        "deal would collapse"
    )
    s = "The council approved a trade deal. The minister said that deal would collapse."
    assert indirect_content(s) == "that deal would collapse"
    assert indirect_content("He said that night he had been afraid.") == "he had been afraid"
