"""Review 8, findings 3, 4 (speaker names) and 7 (nominal speakers)."""

from __future__ import annotations

from analysis.names import candidates
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


# 4. Words glued onto speaker names: adverbs and auxiliaries between a speaker and its
# cue are skipped, and a phrase that holds a verb is a clause, no speaker.


def test_adverbs_and_auxiliaries_stay_out_of_the_speaker() -> None:
    text = "Hillary Clinton backed the deal in 2012. Clinton now says she opposes the deal."
    assert _quotes(text) == [
        ("Hillary Clinton", "Clinton", "says", "she opposes the deal", "indirect")
    ]
    text = "Donald Trump has steadfastly refused to disclose records."
    assert _quotes(text) == [
        ("Donald Trump", "Donald Trump", "refused", "to disclose records", "indirect")
    ]
    # a negated cue attributes nothing (review 8b, finding 2): before, "Chris
    # Christie" discussed "the matter" and Ted Cruz said "whether he will attend"
    assert _quotes("Chris Christie wouldn’t discuss the matter.") == []
    assert _quotes("Sen. Ted Cruz hasn't said whether he will attend.") == []


def test_a_phrase_holding_a_verb_is_no_speaker_of_a_noun_cue() -> None:
    # (before: speaker "Clinton mentioned disparaging", cue "remarks", content "Trump
    # had made"; speaker "Rubio has broken many", cue "promises")
    assert _quotes("At the debate, Clinton mentioned disparaging remarks Trump had made.") == []
    assert _quotes("Rubio has broken many promises to voters.") == []
    # an irregular past after a name (before: speaker "Carly Fiorina threw her", cue
    # "support", content "behind Ted Cruz", and the same speaker for "saying")
    text = "Carly Fiorina threw her support behind Ted Cruz, saying he was the best choice."
    assert _quotes(text) == [
        ("Carly Fiorina", "Carly Fiorina", "saying", "he was the best choice", "indirect")
    ]
    assert _quotes("Mrs. Clinton won overwhelming support from black voters.") == []
    # a participle after a determiner, or before a name, is no verb of a clause
    text = "A disheveled TV announcer said Gbagbo was at his residence."
    assert _quotes(text)[0][:2] == ("A disheveled TV announcer", "A disheveled TV announcer")
    text = "MDVIP marketing executive Mark Murrison says its doctors do not sell access."
    assert _quotes(text) == [
        (
            "Mark Murrison",
            "MDVIP marketing executive Mark Murrison",
            "says",
            "its doctors do not sell access",
            "indirect",
        )
    ]
    # a plural noun after a name stays in the speaker
    assert _quotes("Both men said the plan was fair.")[0][:2] == ("Both men", "Both men")


def test_neighbours_of_glued_speakers_are_unchanged() -> None:
    text = "Donald Trump has refused to disclose records."
    assert _quotes(text) == [
        ("Donald Trump", "Donald Trump", "refused", "to disclose records", "indirect")
    ]
    text = "Trump's embattled campaign manager said the polls were wrong."
    assert _quotes(text) == [
        (
            "Trump's embattled campaign manager",
            "Trump's embattled campaign manager",
            "said",
            "the polls were wrong",
            "indirect",
        )
    ]
    text = "Democratic elected officials said the bill was unfair."
    assert _quotes(text)[0][:2] == ("Democratic elected officials", "Democratic elected officials")
    assert _quotes("The first lady said the garden was open.")[0][:2] == (
        "The first lady",
        "The first lady",
    )
    assert _quotes("An earlier report said the plant was safe.")[0][:2] == (
        "An earlier report",
        "An earlier report",
    )
    # "did not immediately respond" stays no attribution (no adverb skipped after "not")
    text = "A Supreme Court spokeswoman did not immediately respond to a request for comment."
    assert _quotes(text) == []
    # a negation after "you", "I" or "we" is no speaker's: "If you don't believe ..."
    assert _quotes("If you don't believe the government, nobody can help you.") == []


def test_a_surname_glued_onto_an_organisation_is_split_off() -> None:
    # before: the person "Washington Post Trump" spoke
    text = (
        "Donald Trump spoke in Ohio. In an interview with the editorial board of the"
        " Washington Post Trump said the alliance was obsolete."
    )
    [(speaker, _, cue, content, _)] = _quotes(text)
    assert (speaker, cue, content) == ("Donald Trump", "said", "the alliance was obsolete")
    doc = parse(article_from_text(text, id="t"))
    names = [(c.name, c.kind) for c in candidates(doc)]
    assert ("Washington Post", "organization") in names
    assert ("Trump", None) in names
    assert not any("Post Trump" in n for n, _ in names)


def test_names_that_end_in_a_known_surname_stay_whole() -> None:
    # a given name, a rare word or a title before the surname: no split
    text = (
        "Lyndon Johnson was president. Homeland Security Secretary Jeh Johnson spoke."
        " Mark Warner and Time Warner were named. Ivanka Trump and Donald Trump came."
    )
    doc = parse(article_from_text(text, id="t"))
    names = [c.name for c in candidates(doc)]
    assert "Time Warner" in names
    assert "Ivanka Trump" in names
    assert any(n.endswith("Jeh Johnson") for n in names)


# 7. A nominal speaker with who it speaks for ("A spokeswoman for the city", "A source
# close to the talks") is one speaker phrase, never the object of its preposition.


def test_a_spokeswoman_for_an_organisation_is_the_speaker() -> None:
    # before: no attribution at all
    text = "A spokeswoman for the city said officials were reviewing all contracts."
    assert _quotes(text) == [
        (
            "A spokeswoman for the city",
            "A spokeswoman for the city",
            "said",
            "officials were reviewing all contracts",
            "indirect",
        )
    ]
    text = "The spokesman for the city said the roads were closed."
    assert _quotes(text)[0][:3] == (
        "The spokesman for the city",
        "The spokesman for the city",
        "said",
    )
    # before: speaker "the ministry"
    text = "A spokesman for the ministry said the roads were closed."
    assert _quotes(text)[0][:2] == ("A spokesman for the ministry", "A spokesman for the ministry")
    text = "A lawyer for the family said they would appeal."
    assert _quotes(text) == [
        (
            "A lawyer for the family",
            "A lawyer for the family",
            "said",
            "they would appeal",
            "indirect",
        )
    ]


def test_a_source_close_to_the_talks_is_the_speaker() -> None:
    # before: speaker "the talks"
    text = "A source close to the talks said a deal was near."
    assert _quotes(text) == [
        (
            "A source close to the talks",
            "A source close to the talks",
            "said",
            "a deal was near",
            "indirect",
        )
    ]
    text = "People familiar with the matter said the deal was off."
    assert _quotes(text)[0][:3] == (
        "People familiar with the matter",
        "People familiar with the matter",
        "said",
    )
    # before: speaker "the senator", the person the aide works for
    text = "An aide to the senator said she would vote no."
    assert _quotes(text)[0][:3] == ("An aide to the senator", "An aide to the senator", "said")
    # before: speaker "the ministry"
    text = "Officials at the ministry said the roads were closed."
    assert _quotes(text)[0][:2] == ("Officials at the ministry", "Officials at the ministry")


def test_nominal_speaker_neighbours_are_unchanged() -> None:
    assert _quotes("Funding for the program was cut, the mayor said.") == [
        ("the mayor", "the mayor", "said", "Funding for the program was cut", "indirect")
    ]
    text = "A spokesman said the roads were closed."
    assert _quotes(text)[0][:2] == ("A spokesman", "A spokesman")
    text = "Researchers at Yale found that the drug worked."
    assert _quotes(text)[0][:2] == ("Researchers at Yale", "Researchers at Yale")


def test_a_nominal_speaker_with_its_employer_after_the_content() -> None:
    # before: no speaker for the quotation; nothing for the second sentence
    text = "“We will appeal,” a lawyer for the family said."
    assert _quotes(text) == [
        (
            "a lawyer for the family",
            "a lawyer for the family",
            "said",
            "“We will appeal,”",
            "direct",
        )
    ]
    text = "He voted for the bill, a spokesman for the senator said."
    assert _quotes(text) == [
        (
            "a spokesman for the senator",
            "a spokesman for the senator",
            "said",
            "He voted for the bill",
            "indirect",
        )
    ]
    text = (
        "Sources close to the talks, who spoke on condition of anonymity, said progress was slow."
    )
    assert _quotes(text)[0][:4] == (
        "Sources close to the talks",
        "Sources close to the talks",
        "said",
        "progress was slow",
    )
