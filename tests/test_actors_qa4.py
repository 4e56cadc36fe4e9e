"""Named actors on unseen news: the QA review's reproducers (bugs 2, 6 and 14),
each checked by hand: exact actor names, kinds, counts and first offsets."""

from __future__ import annotations

from analysis.actors import actors_table, find_mentions
from analysis.parse import parse
from analysis.read import article_from_text


def _table(text: str) -> dict[str, tuple[str, int, int]]:
    rows = actors_table(find_mentions(parse(article_from_text(text, id="t"))))
    return {r["actor"]: (r["kind"], r["mentions"], r["first"]) for r in rows}


def _roles(text: str) -> dict[str, str]:
    rows = actors_table(find_mentions(parse(article_from_text(text, id="t"))))
    return {r["actor"]: r["roles"] for r in rows}


def test_sentence_initial_participles_and_adjectives_are_no_names() -> None:
    text = (
        "Kicked out of the club, the singer returned home. Unsubtle as ever, Trump "
        "attacked the press on Monday.\n\nScrutinizing the data, Senate Minority Leader "
        "Harry Reid said the plan would fail."
    )
    table = _table(text)
    assert table == {
        "Trump": ("other", 1, text.index("Trump")),
        "Harry Reid": ("person", 1, text.index("Harry Reid")),
    }
    assert _roles(text)["Harry Reid"] == "Senate Minority Leader"


def test_capital_after_an_opening_quote_needs_evidence() -> None:
    text = (
        "''Hopefully,'' the president said, ''this museum will help.''\n\n"
        "\"The question is, 'Ninety percent of what?' Turnout matters,\" said Charlie King.\n\n"
        "\"It is good,'' Leonard E. Burman said."
    )
    table = _table(text)
    assert "Hopefully" not in table and "Ninety" not in table
    assert table["Charlie King"][1:] == (1, text.index("Charlie King"))
    assert table["Leonard E. Burman"] == ("person", 1, text.index("Leonard E. Burman"))


def test_capital_after_a_dateline_dash_needs_evidence() -> None:
    text = (
        "Voters Return.\n\nCHARLOTTE - Nearly a week after the shooting, Charlotte was "
        "calm.\n\nMIDWAY ATOLL - Seventy-four years ago, a battle raged. LONDON - Britain "
        "voted."
    )
    table = _table(text)
    assert "Nearly" not in table and "Seventy-four" not in table
    assert table["United Kingdom"][1:] == (1, text.index("Britain"))


def test_roles_with_organisation_words_stay_out_of_names() -> None:
    text = (
        "Gov. Chris Christie of New Jersey spoke in Trenton. Former Secretary of State "
        "Hillary Clinton and Supreme Court Justice Antonin Scalia were mentioned."
    )
    table = _table(text)
    assert table["Antonin Scalia"] == ("person", 1, text.index("Antonin Scalia"))
    assert "Supreme Court Justice Antonin Scalia" not in table
    assert _roles(text)["Antonin Scalia"] == "Supreme Court Justice"


def test_capitals_for_emphasis_and_common_nouns_are_no_organisations() -> None:
    text = (
        "WE WIN, said the poster. THE NEWS IS BAD. He bought an SUV and a DVD player in "
        "LA after the IPO."
    )
    assert _table(text) == {"Los Angeles": ("place", 1, text.index("LA"))}
    # real acronyms stay, after an article too
    text = "He gave an MSNBC interview.\n\nThe FBI and NATO met the UN on Monday."
    assert _table(text)["MSNBC"] == ("organization", 1, 11)
    text = "The FBI and NATO met the UN on Monday."
    assert _table(text) == {
        "FBI": ("organization", 1, 4),
        "NATO": ("organization", 1, 12),
        "United Nations": ("organization", 1, 25),
    }


def test_apposition_then_surname_is_one_person() -> None:
    text = (
        "The mayor, Jane Doe, said the budget would pass. Doe said on Monday it was "
        "fine. Later, Doe added more."
    )
    assert _table(text) == {"Jane Doe": ("person", 3, 11)}


def test_abbreviations_particles_and_place_lists() -> None:
    text = (
        "Police said the man fled.\n\nNew Jersey Gov. Chris Christie described the comments "
        "as a disgrace. Retired Lt. Gen. Michael Flynn agreed, as did Joseph R. Biden, Jr., "
        "and Rep. Gregory W. Meeks (D-N.Y.).\n\nHe lives in Eau Claire, Wis. He visited "
        "St. Petersburg and met Osama bin Laden in Cincinnati and Columbus.\n\n"
        "THEY LOSE, WE WIN. FULL TEXT.\n"
    )
    table = _table(text)
    assert table == {
        "New Jersey": ("place", 1, text.index("New Jersey")),
        "Chris Christie": ("person", 1, text.index("Chris")),
        "Michael Flynn": ("person", 1, text.index("Michael")),
        "Joseph R. Biden": ("person", 1, text.index("Joseph")),
        "Gregory W. Meeks": ("person", 1, text.index("Gregory")),
        "Eau Claire": ("place", 1, text.index("Eau")),
        "Wisconsin": ("place", 1, text.index("Wis")),
        "Saint Petersburg": ("place", 1, text.index("St.")),
        "Osama bin Laden": ("person", 1, text.index("Osama")),
        "Cincinnati": ("place", 1, text.index("Cincinnati")),
        "Columbus": ("place", 1, text.index("Columbus")),
    }
    roles = _roles(text)
    assert roles["Chris Christie"] == "New Jersey Gov."
    assert roles["Michael Flynn"] == "Retired Lt. Gen."


def test_city_is_not_merged_into_its_team() -> None:
    text = (
        "Charlotte was calm on Monday. Police in Charlotte lifted the curfew.\n\n"
        "The Charlotte Panthers will play on Sunday as planned.\n"
    )
    assert _table(text) == {
        "Charlotte": ("place", 2, 0),
        "Charlotte Panthers": ("other", 1, text.index("Charlotte Panthers")),
    }


def test_team_named_after_a_place_without_an_article() -> None:
    # as in the PolNeAR Charlotte story: no "the" before the team's name
    text = (
        "Charlotte was calm on Monday. Poor children in Charlotte have the worst odds.\n\n"
        "The league's Charlotte Panthers played the Minnesota Vikings.\n"
    )
    table = _table(text)
    assert table["Charlotte"] == ("place", 2, 0)
    assert table["Charlotte Panthers"] == ("other", 1, text.index("Charlotte Panthers"))


def test_ampersand_joins_one_organisation() -> None:
    text = "The gun maker Smith & Wesson said sales rose. Standard & Poor's agreed."
    assert _table(text) == {
        "Smith & Wesson": ("organization", 1, text.index("Smith")),
        "Standard & Poor": ("organization", 1, text.index("Standard")),
    }


def test_surname_plural_noun_without_article_stays_a_person() -> None:
    text = "Clinton's lawyer Cheryl Mills was granted protection. Mills declined to comment."
    assert _table(text) == {
        "Cheryl Mills": ("person", 2, text.index("Cheryl")),
    }
