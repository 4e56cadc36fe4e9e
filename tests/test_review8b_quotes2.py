"""Review 8b, findings 5 and 16 (and 14): where the content of an attribution begins."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def found(text: str) -> list[tuple[str | None, str | None, str | None, str, str]]:
    """(speaker, speaker text, cue, content, kind) of each attribution, in text order."""
    doc = parse(article_from_text("Headline of the story\n\n" + text, id="t"))
    return [(q.speaker, q.speaker_text, q.cue, q.content, q.kind) for q in quotes(doc)]


# Finding 5: "Role, Name, said <clause>" when the role holds a prepositional phrase,
# is a longer possessive, or follows a quotation: the role is no content.


def test_a_role_with_a_prepositional_phrase_is_no_content() -> None:
    assert found("A spokesman for the police, Tom Reed, said officers were searching.\n") == [
        ("Tom Reed", "Tom Reed", "said", "officers were searching", "indirect")
    ]
    assert found("The head of the IMF, Kristalina Georgieva, said growth would slow.\n") == [
        ("Kristalina Georgieva", "Kristalina Georgieva", "said", "growth would slow", "indirect")
    ]
    assert found("A lawyer for the family, Ben Crump, said they wanted justice.\n") == [
        ("Ben Crump", "Ben Crump", "said", "they wanted justice", "indirect")
    ]
    assert found(
        "The spokesman for the French government, Olivier Véran, said talks would continue.\n"
    ) == [("Olivier Véran", "Olivier Véran", "said", "talks would continue", "indirect")]
    assert found("An adviser to the president, Kellyanne Conway, said he was confident.\n") == [
        ("Kellyanne Conway", "Kellyanne Conway", "said", "he was confident", "indirect")
    ]
    assert found("The head of research at the bank, Jane Doe, said rates would rise.\n") == [
        ("Jane Doe", "Jane Doe", "said", "rates would rise", "indirect")
    ]
    assert found(
        "The leader of the opposition, Keir Starmer, told reporters the plan was dead.\n"
    ) == [("Keir Starmer", "Keir Starmer", "told", "the plan was dead", "indirect")]


def test_a_longer_possessive_role_is_no_content() -> None:
    assert found(
        "The government's chief scientific adviser, Patrick Vallance, said cases were rising.\n"
    ) == [("Patrick Vallance", "Patrick Vallance", "said", "cases were rising", "indirect")]


def test_a_name_after_role_of_company_is_the_speaker_not_a_region() -> None:
    # "of Tesla, Elon Musk," was read as "from Houston, Texas,": no speaker, and the
    # clause's subject "sales" taken for an inverted speaker
    assert found("The chief executive of Tesla, Elon Musk, said sales were strong.\n") == [
        ("Elon Musk", "Elon Musk", "said", "sales were strong", "indirect")
    ]


def test_a_region_after_a_place_is_no_speaker_and_no_inverted_subject() -> None:
    # (was: speaker "the storm", content "The mayor of Houston, Texas"; a state or a
    # place word is still a region, and nothing is better than a wrong speaker)
    assert found("The mayor of Houston, Texas, said the storm was over.\n") == []
    assert found("A teacher from Sheffield, South Yorkshire, said pupils were scared.\n") == []


def test_a_role_after_a_quotation_joins_the_speaker() -> None:
    assert found('"We will win," the coach, Pep Guardiola, said.\n') == [
        ("Pep Guardiola", "the coach, Pep Guardiola", "said", '"We will win,"', "direct")
    ]
    assert found("The plan was a failure, the coach, Pep Guardiola, said.\n") == [
        ("Pep Guardiola", "the coach, Pep Guardiola", "said", "The plan was a failure", "indirect")
    ]


def test_role_neighbours_unchanged() -> None:
    assert found("The spokesman, Tom Baker, said profits would rise.\n") == [
        ("Tom Baker", "The spokesman, Tom Baker", "said", "profits would rise", "indirect")
    ]
    assert found('"It is over," the party\'s leader, Jane Doe, said.\n') == [
        ("Jane Doe", "the party's leader, Jane Doe", "said", '"It is over,"', "direct")
    ]
    assert found('"It is over," the minister said.\n') == [
        ("the minister", "the minister", "said", '"It is over,"', "direct")
    ]
    # a noun phrase that is no role stays content
    assert found("The rise of the far right, analysts said, was alarming.\n") == [
        (
            "analysts",
            "analysts",
            "said",
            "The rise of the far right, analysts said, was alarming",
            "indirect",
        )
    ]
    assert found(
        "The head of the IMF, Kristalina Georgieva, said growth would slow sharply next year.\n"
    ) == [
        (
            "Kristalina Georgieva",
            "Kristalina Georgieva",
            "said",
            "growth would slow sharply next year",
            "indirect",
        )
    ]


# Finding 16: an aside between dashes right after the cue (or its addressee) is no
# content; the content opens after the closing dash (and its "that").


def test_an_aside_after_the_cue_is_skipped() -> None:
    assert found(
        "The president said — without offering evidence — that the election was rigged.\n"
    ) == [("The president", "The president", "said", "the election was rigged", "indirect")]
    assert found("Officials said — without giving details — the bridge was unsafe.\n") == [
        ("Officials", "Officials", "said", "the bridge was unsafe", "indirect")
    ]
    assert found("He said — and this is the key point — that the deal was dead.\n") == [
        (None, "He", "said", "the deal was dead", "indirect")
    ]
    assert found("Trump said -- without evidence -- that millions had voted illegally.\n") == [
        ("Trump", "Trump", "said", "millions had voted illegally", "indirect")
    ]
    assert found("The president said — falsely — the election was rigged.\n") == [
        ("The president", "The president", "said", "the election was rigged", "indirect")
    ]
    assert found(
        "The senator told reporters — without offering evidence — that the vote was rigged.\n"
    ) == [("The senator", "The senator", "told", "the vote was rigged", "indirect")]


def test_dash_neighbours_unchanged() -> None:
    # one dash only: the content follows it
    assert found("The president said — the election was rigged.\n") == [
        ("The president", "The president", "said", "the election was rigged", "indirect")
    ]
    # an aside after the content before the cue: no content after
    assert found('"It is over," a judge said — the longest sentence this year.\n') == [
        ("a judge", "a judge", "said", '"It is over,"', "direct")
    ]
    # an aside inside the content stays in it
    assert found("The mayor said the plan — which cost millions — had failed.\n") == [
        (
            "The mayor",
            "The mayor",
            "said",
            "the plan — which cost millions — had failed",
            "indirect",
        )
    ]


# Finding 14: "told" + a longer addressee: a determiner after a noun of the addressee
# phrase, then one or two words and a finite auxiliary, opens the reported clause.


def test_a_longer_addressee_is_no_content() -> None:
    assert found("He told the BBC's Today programme the party was united.\n") == [
        (None, "He", "told", "the party was united", "indirect")
    ]
    assert found("The minister told parliament the budget was balanced.\n") == [
        ("The minister", "The minister", "told", "the budget was balanced", "indirect")
    ]
    assert found("The general told a news conference in Kabul the Taliban were losing.\n") == [
        ("The general", "The general", "told", "the Taliban were losing", "indirect")
    ]
    assert found("He told members of the committee the agency had failed.\n") == [
        (None, "He", "told", "the agency had failed", "indirect")
    ]
    assert found("They told police the man had a gun.\n") == [
        (None, "They", "told", "the man had a gun", "indirect")
    ]


def test_addressee_neighbours_unchanged() -> None:
    assert found("He told reporters the plan was dead.\n") == [
        (None, "He", "told", "the plan was dead", "indirect")
    ]
    assert found("He told The New York Times the deal was off.\n") == [
        (None, "He", "told", "the deal was off", "indirect")
    ]
    assert found("She told the local newspaper the threat was real.\n") == [
        (None, "She", "told", "the threat was real", "indirect")
    ]
    assert found("He told a group of reporters it is clear.\n") == [
        (None, "He", "told", "it is clear", "indirect")
    ]
    assert found("He told the truth.\n") == []
