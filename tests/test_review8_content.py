"""Where the content of an attribution begins and ends (review 8, findings 1, 5, 6, 12, 18)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def found(text: str) -> list[tuple[str | None, str | None, str | None, str, str]]:
    """(speaker, speaker text, cue, content, kind) of each attribution, in text order."""
    doc = parse(article_from_text("Headline of the story\n\n" + text, id="t"))
    return [(q.speaker, q.speaker_text, q.cue, q.content, q.kind) for q in quotes(doc)]


# Finding 1: "Role, Name, said <clause>": the clause is the content, the role is the
# speaker's, however short the clause.


def test_a_role_before_a_name_in_commas_is_no_content() -> None:
    assert found("The spokesman, Tom Baker, said profits would rise.\n") == [
        ("Tom Baker", "The spokesman, Tom Baker", "said", "profits would rise", "indirect")
    ]
    assert found("Air France's spokesman, Jean Dupont, said the flights were cancelled.\n") == [
        (
            "Jean Dupont",
            "Air France's spokesman, Jean Dupont",
            "said",
            "the flights were cancelled",
            "indirect",
        )
    ]
    assert found(
        "Hall's attorney, Michael Green, told reporters his client was disappointed.\n"
    ) == [
        (
            "Michael Green",
            "Hall's attorney, Michael Green",
            "told",
            "his client was disappointed",
            "indirect",
        )
    ]
    assert found("But the spokesman, Tom Baker, said profits would rise.\n") == [
        ("Tom Baker", "the spokesman, Tom Baker", "said", "profits would rise", "indirect")
    ]


def test_a_role_that_is_no_speaker_noun_is_no_content_either() -> None:
    # "father" is no speaker head: the role stays out of the speaker, and out of the content
    assert found("Her father, John Smith, said he was proud.\n") == [
        ("John Smith", "John Smith", "said", "he was proud", "indirect")
    ]


def test_a_role_and_name_with_no_content_give_no_attribution() -> None:
    # (before: content "The spokesman", and with "Tuesday" the speaker "Tuesday")
    assert found("The spokesman, Tom Baker, said Tuesday.\n") == []
    assert found("The minister, Tom Baker, said it.\n") == []


def test_role_neighbours_that_already_worked_do_not_change() -> None:
    assert found("The spokesman, Tom Baker, said profits would rise next year.\n") == [
        (
            "Tom Baker",
            "The spokesman, Tom Baker",
            "said",
            "profits would rise next year",
            "indirect",
        )
    ]
    assert found("Tom Baker, the spokesman, said profits would rise.\n") == [
        ("Tom Baker", "Tom Baker", "said", "profits would rise", "indirect")
    ]
    assert found("The plan is dead, the spokesman, Tom Baker, said.\n") == [
        ("Tom Baker", "the spokesman, Tom Baker", "said", "The plan is dead", "indirect")
    ]
    assert found('"We will win," Air France\'s spokesman, Jean Dupont, said.\n') == [
        (
            "Jean Dupont",
            "Air France's spokesman, Jean Dupont",
            "said",
            '"We will win,"',
            "direct",
        )
    ]
    # a clause before the name, set off by commas: still the content before
    assert found("The plan is dead, Tom Baker, a lawyer, said.\n")[0][3] == "The plan is dead"


# Finding 5: a determiner "that" is no complementiser.


def test_that_inside_an_infinitive_is_a_determiner() -> None:
    assert found("The minister vowed not to repeat that mistake.\n") == [
        ("The minister", "The minister", "vowed", "not to repeat that mistake", "indirect")
    ]
    assert found("The senator promised to end that practice.\n") == [
        ("The senator", "The senator", "promised", "to end that practice", "indirect")
    ]
    assert found("The company pledged to reverse that decision by Friday.\n") == [
        (
            "The company",
            "The company",
            "pledged",
            "to reverse that decision by Friday",
            "indirect",
        )
    ]


def test_an_infinitive_content_ends_before_a_second_past_verb() -> None:
    # real PolNeAR (train-like) text: "and established" is Ban's second act, no content
    text = (
        "Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat "
        "that mistake and established a new policy.\n"
    )
    assert found(text) == [
        ("Ban Ki-moon", "Ban Ki-moon", "vowed", "not to repeat that mistake", "indirect")
    ]


def test_that_before_a_bare_noun_phrase_is_a_determiner() -> None:
    assert found("Mary Jones rejected that claim as nonsense.\n") == [
        ("Mary Jones", "Mary Jones", "rejected", "that claim as nonsense", "indirect")
    ]
    assert found("Mary Jones denied that claim.\n") == [
        ("Mary Jones", "Mary Jones", "denied", "that claim", "indirect")
    ]


def test_a_complementiser_that_is_still_left_out() -> None:
    assert found("Mary Jones said that the plan was dead.\n")[0][3] == "the plan was dead"
    assert found("Mary Jones told reporters that the plan was dead.\n")[0][3] == (
        "the plan was dead"
    )
    assert found("Mary Jones said to reporters that the plan was dead.\n")[0][3] == (
        "the plan was dead"
    )
    # "to staff" is no infinitive: the "that" after it is the cue's
    assert found("Mary Jones explained to staff that cuts were coming.\n")[0][3] == (
        "cuts were coming"
    )
    assert found("Mary Jones denied that she had broken the law.\n")[0][3] == (
        "she had broken the law"
    )
    # a quantifier or a noun and a preposition after "that": a clause's subject
    assert found("The survey found that support for Trump rose.\n")[0][3] == (
        "support for Trump rose"
    )
    assert found("Mary Jones argues that some of the blame belongs to him.\n")[0][3] == (
        "some of the blame belongs to him"
    )
    # a verb after "to" ending in "that"'s complement: "that" introduces its clause
    assert found("Mary Jones vowed to ensure that the plan works.\n")[0][3] == (
        "to ensure that the plan works"
    )


# Finding 6: em-dash asides do not take over the attribution.


def test_a_relative_clause_between_dashes_ends_at_the_dash() -> None:
    assert found("Mary Jones — who has denied any wrongdoing — said she would not resign.\n") == [
        ("Mary Jones", "who", "denied", "any wrongdoing", "indirect"),
        ("Mary Jones", "Mary Jones", "said", "she would not resign", "indirect"),
    ]
    # the same with commas already worked, and still does
    assert found("Mary Jones, who has denied any wrongdoing, said she would not resign.\n") == [
        ("Mary Jones", "who", "denied", "any wrongdoing", "indirect"),
        ("Mary Jones", "Mary Jones", "said", "she would not resign", "indirect"),
    ]


def test_a_dash_after_the_cue_opens_an_aside_not_the_content() -> None:
    assert found(
        "The banker was jailed for seven years, a judge said — the longest sentence this year.\n"
    ) == [("a judge", "a judge", "said", "The banker was jailed for seven years", "indirect")]
    assert found("The banker was jailed for seven years, police said — a record.\n") == [
        ("police", "police", "said", "The banker was jailed for seven years", "indirect")
    ]


def test_an_attribution_between_dashes_keeps_the_quotation_only() -> None:
    text = (
        "Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her "
        "mouth,'' Mr. Elkins said - but they would not back Mr. Trump.\n"
    )
    got = found(text)
    assert [(g[2], g[3], g[4]) for g in got] == [
        ("said", "''Born with a silver spoon in her mouth,''", "direct")
    ]
    assert got[0][1] == "Mr. Elkins"


def test_a_dash_after_that_is_still_inside_the_content() -> None:
    text = (
        "Though voters dislike both candidates, the surveys indicate that — at least for "
        "now — Republicans are unifying faster.\n"
    )
    assert found(text)[0][2:4] == (
        "indicate",
        "at least for now — Republicans are unifying faster",
    )


# Finding 12: "<adjunct>, X said:" with the quotation in the next paragraph.


def test_an_adjunct_before_a_colon_cue_is_no_content() -> None:
    text = 'On Monday, the ministry said:\n\n"We reject these allegations."\n'
    assert found(text) == [
        ("the ministry", "the ministry", "said", '"We reject these allegations."', "direct")
    ]
    text = 'In a statement, the ministry said:\n\n"We reject these allegations."\n'
    assert found(text) == [
        ("the ministry", "the ministry", "said", '"We reject these allegations."', "direct")
    ]


def test_a_colon_cue_with_no_quotation_after_it_gives_nothing() -> None:
    # (before: content "In a speech last July"; an unmarked block quotation is not read)
    assert found("In a speech last July, he said:\n\nLet no one be mistaken.\n") == []


def test_colon_cue_neighbours_do_not_change() -> None:
    assert found('The ministry said:\n\n"We reject these allegations."\n') == [
        ("The ministry", "The ministry", "said", '"We reject these allegations."', "direct")
    ]
    assert found('On Monday, the ministry said: "We reject these allegations."\n') == [
        ("the ministry", "the ministry", "said", '"We reject these allegations."', "direct")
    ]
    # a clause before the speaker is still its content
    assert found('The plan is dead, the minister said:\n\n"We reject it."\n') == [
        ("the minister", "the minister", "said", "The plan is dead", "indirect"),
        ("the minister", "the minister", None, '"We reject it."', "direct"),
    ]


# Finding 18: a longer addressee of "told" stays out of the content.


def test_a_long_addressee_stays_out_of_the_content() -> None:
    text = "Schiff told USA TODAY's weekly video newsmaker series it is clear from the evidence.\n"
    assert found(text) == [
        ("Schiff", "Schiff", "told", "it is clear from the evidence", "indirect")
    ]
    assert found("Schiff told a group of reporters it is clear.\n")[0][3] == "it is clear"
    assert found("Schiff told CNN's State of the Union it is clear.\n")[0][3] == "it is clear"
    assert found("Schiff told his staff the threat was real.\n")[0][3] == "the threat was real"
    assert found("Schiff told the local newspaper the threat was real.\n")[0][3] == (
        "the threat was real"
    )
    assert found("Schiff warned residents they must leave.\n")[0][3] == "they must leave"


def test_short_addressees_and_questions_do_not_change() -> None:
    assert found("Schiff told reporters it is clear.\n")[0][3] == "it is clear"
    assert found("Schiff told the BBC it is clear.\n")[0][3] == "it is clear"
    assert found("Schiff told Fox News Sunday that the threat was real.\n")[0][3] == (
        "the threat was real"
    )
    # a question word or "about" opens no clause: the addressee rule stays out
    assert found("Schiff asked workers if they planned to attend.\n")[0][3] == (
        "workers if they planned to attend"
    )
    assert found("Schiff urged voters to reject it.\n")[0][3] == "voters to reject it"
    assert found("Schiff told the committee about the plan.\n")[0][3] == "about the plan"
    assert found('"It is over," Schiff told the newspaper in an interview.\n') == [
        ("Schiff", "Schiff", "told", '"It is over,"', "direct")
    ]


# Finding 21 (kind only): a quotation interrupted by its own attribution is direct,
# however long the attribution; its span still runs from the first mark to the last.


def test_an_interrupted_quotation_is_direct() -> None:
    text = '"We were brilliant today," Pep Guardiola told reporters. "The boys never gave up."\n'
    assert found(text) == [
        (
            "Pep Guardiola",
            "Pep Guardiola",
            "told",
            text.strip(),
            "direct",
        )
    ]
    text = (
        '"We were brilliant today," Guardiola told reporters on Sunday, '
        '"and the boys never gave up."\n'
    )
    assert found(text)[0][2:] == ("told", text.strip(), "direct")


def test_a_quoted_fragment_inside_narration_stays_mixed() -> None:
    text = (
        '"We had written two dozen songs," Kiedis said, mentioning the album is '
        '"in the home stretch."\n'
    )
    got = found(text)
    assert [g[4] for g in got if g[2] == "said"] == ["mixed"]
    assert found('He called the plan "a disaster" and said it was "doomed."\n') == [
        (None, "He", "called", 'the plan "a disaster"', "mixed"),
        (None, "He", "said", 'it was "doomed."', "mixed"),
    ]
