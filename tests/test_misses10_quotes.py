"""The tenth round's known misses in quotes: a quotation split by an inverted
attribution keeps its short second part (#1); "Will" and "May" before a surname and a
cue are given names in the speaker's words (#2); a refusal to disclose whether, who or
what reports nothing (#3); "claimed victory" is a thing won, not speech (#4)."""

from __future__ import annotations

import warnings

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from quoterows import attributions

# --- 1: '"A," said Smith, "B."' keeps B however short it is


def test_a_short_second_part_after_an_inverted_attribution_is_kept() -> None:
    # '"The plan,"' 10-21, '"is dead."' 34-44 (10 + 24 .. 10 + 34)
    assert attributions('"The plan," said Smith, "is dead."') == [
        ("direct", "Smith", "said", '"The plan," said Smith, "is dead."', "10-21;34-44"),
    ]


def test_an_inverted_attribution_with_a_common_noun_speaker() -> None:
    assert attributions('"The plan," said the minister, "is dead."') == [
        (
            "direct",
            "the minister",
            "said",
            '"The plan," said the minister, "is dead."',
            "10-21;41-51",
        ),
    ]


def test_an_aside_on_the_speaker_stops_the_merge_of_a_short_part() -> None:
    # review 10 #3: after an aside the short part may be a title ('said Smith, whose
    # new book, "Grit,"'), so the merge needs the attribution to end at the comma and
    # this real second part is lost (the first part stays the speaker's)
    s = '"We will win," said Smith, who leads the party, "easily."'
    assert attributions(s) == [("direct", "Smith", "said", '"We will win,"', "10-24")]


def test_the_other_orders_already_kept_both_parts() -> None:
    assert attributions('"The plan," Smith said, "is dead."') == [
        ("direct", "Smith", "said", '"The plan," Smith said, "is dead."', "10-21;34-44"),
    ]
    assert attributions('"The plan," he added, "is dead."') == [
        ("direct", None, "added", '"The plan," he added, "is dead."', "10-21;32-42"),
    ]
    s = '"The plan," said Smith, "is dead and buried now, and nobody will revive it."'
    assert attributions(s) == [("direct", "Smith", "said", s, "10-21;34-86")]


def test_a_comma_after_the_closing_mark_splits_the_quotation_too() -> None:
    # British punctuation; base: '"The plan"' alone (said Smith), and for "Smith said"
    # the first part was lost or nobody's
    assert attributions('"The plan", said Smith, "is dead."') == [
        ("direct", "Smith", "said", '"The plan", said Smith, "is dead."', "10-20;34-44"),
    ]
    assert attributions('"The plan", Smith said, "is dead."') == [
        ("direct", "Smith", "said", '"The plan", Smith said, "is dead."', "10-20;34-44"),
    ]
    s = '"The plan is dead and buried", Smith said, "and nobody will revive it."'
    assert attributions(s) == [("direct", "Smith", "said", s, "10-39;53-81")]
    # an addressee: the cue reads the part before it, and the short part after joins
    s = '"The plan", Smith told reporters, "is dead."'
    assert attributions(s) == [("direct", "Smith", "told", s, "10-20;44-54")]
    # unchanged: a crowd is no speaker, and its chant stays nobody's; a time after
    # the cue was merged already
    assert attributions('"The plan is dead and buried", the crowd chanted, "and gone."') == [
        ("direct", None, None, '"The plan is dead and buried"', "10-39"),
    ]
    s = '"The plan is dead and buried", Smith said on Tuesday, "and nobody will revive it."'
    assert attributions(s) == [("direct", "Smith", "said", s, "10-39;64-92")]


def test_a_short_quotation_after_other_narration_stays_apart() -> None:
    # another voice between the parts: Jones's words, not Smith's
    assert attributions('"The plan," said Smith, before Jones said, "no way."') == [
        ("direct", "Smith", "said", '"The plan,"', "10-21"),
        ("direct", "Jones", "said", '"no way."', "53-62"),
    ]
    # a fragment inside narration, no comma before it
    assert attributions('"The plan," said Smith, calling it "a mess."') == [
        ("direct", "Smith", "said", '"The plan,"', "10-21"),
        ("mixed", "Smith", "calling", 'it "a mess."', "42-54"),
    ]
    # the crowd's chant is nobody's quotation, and no record of its own
    assert attributions('"The plan," said Smith, as the crowd chanted, "shame."') == [
        ("direct", "Smith", "said", '"The plan,"', "10-21"),
    ]


def test_a_short_quotation_in_the_next_sentence_stays_apart() -> None:
    # the merge of a short part is for one sentence only
    assert attributions('"The plan is dead," said Smith. "Gone."') == [
        ("direct", "Smith", "said", '"The plan is dead,"', "10-29"),
    ]


# --- 2: "Will Smith said": a given name, not a modal (the speaker's words)


Speaker = tuple[str | None, str | None, str | None]


def speakers(text: str) -> list[Speaker]:
    """(speaker, speaker_text, cue) of each attribution."""
    doc = parse(article_from_text("Headline\n\n" + text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(q.speaker, q.speaker_text, q.cue) for q in quotes(doc)]


def test_will_and_may_before_a_surname_and_a_cue_stay_in_the_speaker_words() -> None:
    # the name finder reads "Will" before a capital and a speech verb as a given name
    # (nameruns._will_name), so the actor and the speaker are "Will Smith"
    assert speakers("Will Smith said the film would open in May.") == [
        ("Will Smith", "Will Smith", "said")
    ]
    assert speakers("May Brown said the film would open in June.") == [
        ("May Brown", "May Brown", "said")
    ]
    assert speakers("Will Smith's lawyer said the film would open in May.") == [
        ("Will Smith's lawyer", "Will Smith's lawyer", "said")
    ]
    assert speakers("May Day protesters said the march would go ahead.") == [
        ("May Day protesters", "May Day protesters", "said")
    ]


def test_a_question_and_an_opening_adverb_keep_their_readings() -> None:
    # "Will" asking a question: the cue is a bare verb, and since the eleventh round a
    # yes-no question reports nothing (it was read as Smith's speech, a known miss)
    assert speakers("Will Smith say the film is good?") == []
    assert speakers("Will the minister resign?") == []
    assert speakers("Later Lopez said the film would open in May.") == [("Lopez", "Lopez", "said")]
    assert speakers("Mark Jones said the film would open in June.") == [
        ("Mark Jones", "Mark Jones", "said")
    ]


# --- 3: "refused to disclose whether ...": nothing disclosed, no attribution


def test_a_refusal_to_disclose_a_question_reports_nothing() -> None:
    # base: "The company" / "refused" / "to disclose whether the deal had been signed"
    for s in (
        "The company refused to disclose whether the deal had been signed.",
        "The ministry declined to reveal who had leaked the memo.",
        "Police refused to divulge what the suspect had told them.",
    ):
        assert attributions(s) == [], s


def test_a_refusal_to_disclose_a_thing_and_a_disclosure_are_unchanged() -> None:
    assert attributions("The company refused to disclose records of the deal.") == [
        ("indirect", "The company", "refused", "to disclose records of the deal", "30-61")
    ]
    assert attributions("The ministry declined to reveal the name of the official.") == [
        ("indirect", "The ministry", "declined", "to reveal the name of the official", "32-66")
    ]
    assert attributions("The minister revealed who had leaked the memo.") == [
        ("indirect", "The minister", "revealed", "who had leaked the memo", "32-55")
    ]


# --- 4: "claim" with a thing won or owned as its object reports nothing


def test_claiming_a_thing_won_is_no_speech() -> None:
    # base: "The champion" / "claimed" / "victory after the race", and so on
    for s in (
        "The champion claimed victory after the race.",
        "Sanders claimed a moral victory in New Hampshire.",
        "Trump officially claimed the nomination on Tuesday.",
        "Thousands of migrants claimed asylum last year.",
        "Kasich spoke to supporters, claiming victory in the so-called governor's bracket.",
    ):
        assert attributions(s) == [], s
    # the words after the cue are still read: Clinton's quotation is hers
    assert attributions('Clinton claimed victory in a tweet, saying: "We just won Kentucky."') == [
        ("direct", "Clinton", "saying", '"We just won Kentucky."', "54-77")
    ]


def test_claims_of_what_is_so_stay_speech() -> None:
    # PolNeAR annotates "Islamic State claimed responsibility for the attack" and
    # "claimed credit for hacking": a public statement of what one did
    assert attributions("The group claimed responsibility for the attack.") == [
        ("indirect", "The group", "claimed", "responsibility for the attack", "28-57")
    ]
    assert attributions("He claimed that the vote was rigged.") == [
        ("indirect", None, "claimed", "the vote was rigged", "26-45")
    ]
    assert attributions("He claimed to have won the race.") == [
        ("indirect", None, "claimed", "to have won the race", "21-41")
    ]
    assert attributions('"I won," he claimed.') == [
        ("direct", None, "claimed", '"I won,"', "10-18")
    ]
    # a clause after the thing: what she claimed is so
    assert attributions("She claimed victory was within reach.") == [
        ("indirect", None, "claimed", "victory was within reach", "22-46")
    ]
    assert attributions("Smith attacked the plan, claiming victory was impossible.") == [
        ("indirect", "Smith", "claiming", "victory was impossible", "44-66")
    ]
