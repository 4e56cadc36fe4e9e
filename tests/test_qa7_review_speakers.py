"""Review of QA7, sections A, B and G4-G7: "they", possessives, a group at its employer."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def _speakers(text: str) -> list[tuple[str | None, str]]:
    doc = parse(article_from_text(text, id="t"))
    return [(q.speaker, text[q.speaker_start : q.speaker_end]) for q in quotes(doc)]


# A1. A quotation's own subject is no antecedent of "they".


def test_they_never_reads_a_group_inside_quotation_marks() -> None:
    text = '"Investors are nervous," they said. "Democrats want chaos," they added.'
    assert _speakers(text) == [(None, "they"), (None, "they")]
    text = 'Analysts were split on Monday. "Investors are nervous," they said.'
    assert _speakers(text) == [("Analysts", "they")]
    text = '"Voters are angry," Smith said. They said the economy was weak.'
    assert _speakers(text) == [("Smith", "Smith"), (None, "They")]


# A2. "X ..., officials said": the officials, never a group in what they said.


def test_they_is_the_speaker_of_a_sentence_with_its_content_first() -> None:
    text = "Farmers are struggling, officials said. They added that aid is coming."
    assert _speakers(text) == [("officials", "officials"), ("officials", "They")]
    text = "Children were among the dead, health officials said. They said the toll would rise."
    # (since the twelfth round the first sentence, with its modifier, is an attribution too)
    assert _speakers(text) == [
        ("health officials", "health officials"),
        ("health officials", "They"),
    ]
    text = "Two men were charged, police said. They said more arrests were possible."
    assert _speakers(text) == [("police", "police"), ("police", "They")]
    text = (
        "These workers have not been paid in months, union leaders said. "
        "They said a strike was likely."
    )
    assert _speakers(text) == [("union leaders", "union leaders"), ("union leaders", "They")]


# A3. Only determiners, numbers, capitalised words and one modifier before the noun.


def test_a_group_object_after_a_subject_and_verb_is_no_group_subject() -> None:
    for text in (
        "The ruling angered parents across the state. They said schools had ignored them.",
        "The storm forced residents from their homes. They said the water rose quickly.",
        "The bill angered farmers across the Midwest. They said it would raise costs.",
    ):
        assert _speakers(text) == [(None, "They")], text
    text = "The court ordered officials to release the records. They said they would comply."
    assert _speakers(text)[-1] == (None, "They")


# A4, A6. People as the object, or two groups: "they" stays open.


def test_they_stays_open_when_people_are_the_object() -> None:
    text = (
        "Police arrested three protesters outside the embassy. "
        "They said the arrests were unjustified."
    )
    assert _speakers(text) == [(None, "They")]
    text = "The FBI arrested two suspects in Michigan. They said they were innocent."
    assert _speakers(text) == [(None, "They")]
    text = "Israeli officials met Egyptian officials in Cairo. They said progress was made."
    assert _speakers(text) == [(None, "They")]
    text = "The Pentagon spokesman briefed reporters. They said the strike was lawful."
    assert _speakers(text) == [(None, "They")]


# A5, A7. One group, one name; the employer's span whole.


def test_a_group_in_a_place_keeps_one_name() -> None:
    text = "Voters in Ohio said the economy mattered most. They said prices were too high."
    assert _speakers(text) == [("Voters in Ohio", "Voters in Ohio"), ("Voters in Ohio", "They")]
    text = "Republicans in Congress said they would block the bill. They said it cost too much."
    assert _speakers(text) == [
        ("Republicans in Congress", "Republicans in Congress"),
        ("Republicans in Congress", "They"),
    ]
    text = "Ministers from EU countries met in Brussels. They said the talks went well."
    assert _speakers(text) == [("Ministers from EU countries", "They")]
    text = "Israeli health officials met on Monday. They said the toll would rise."
    assert _speakers(text) == [("Israeli health officials", "They")]
    text = "Storms hit residents across Texas. They said the damage was severe."
    assert _speakers(text) == [(None, "They")]


# B1. "Its": the subject organisation of this sentence or the one before, else open.


def test_its_is_the_subject_organisation_or_country() -> None:
    text = "The United States imposed sanctions on Iran. Its government said more would follow."
    assert _speakers(text) == [("United States' government", "Its government")]
    text = "Tesla cut prices in China on Monday. Its spokesman said demand remained strong."
    # (round 8: Tesla is a known company, so its spokesman is Tesla's)
    assert _speakers(text) == [("Tesla's spokesman", "Its spokesman")]
    text = "Apple said China would remain a key market. Its spokesman said sales would grow."
    assert _speakers(text) == [("Apple", "Apple"), ("Apple's spokesman", "Its spokesman")]


# B2. A nearer man the actor finder did not take for a person: "his" stays open.


def test_his_after_an_unrecognised_nearer_name_stays_open() -> None:
    text = (
        "Police said Brian Thompson was shot outside the hotel. Luigi Mangione was "
        "arrested. His attorneys said he would plead not guilty."
    )
    assert _speakers(text) == [("Police", "Police"), ("His attorneys", "His attorneys")]
    text = "Donald Trump met Chinese President Xi Jinping on Monday. His office said it went well."
    assert _speakers(text) == [("Donald Trump's office", "His office")]
    text = (
        "Donald Trump held a rally in Ohio. White House officials were there. "
        "His campaign said it was big."
    )
    assert _speakers(text) == [("Donald Trump's campaign", "His campaign")]


# B3, B4. More possessed nouns; an owner ending in "s" takes an apostrophe only.


def test_its_chief_executive_leader_and_an_owner_in_s() -> None:
    text = "The Football Association met on Monday. Its chief executive said nothing."
    assert _speakers(text) == [("Football Association's chief executive", "Its chief executive")]
    text = "The Labour Party met on Monday. Its members said the vote was close."
    assert _speakers(text) == [("Labour Party's members", "Its members")]
    text = "The Labour Party met on Monday. Its leader said the vote was close."
    assert _speakers(text) == [("Labour Party's leader", "Its leader")]
    text = "Vice President Kamala Harris met Pope Francis. His staff said the talks went well."
    assert _speakers(text) == [("Francis' staff", "His staff")]


def test_people_before_a_verb_are_no_object() -> None:
    # the object rule only counts people after the verb that end its clause
    text = "Republicans say Democrats are distracting voters. They say the leaks matter."
    assert _speakers(text)[-1] == ("Republicans", "They")
