"""Review 8b, findings 6, 7 and 18 (gender list): who a group noun, a bare surname
and a pronoun after a name used for men stand for."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def _speakers(text: str) -> list[tuple[str | None, str, str]]:
    doc = parse(article_from_text(text, id="t"))
    return [(q.speaker, text[q.speaker_start : q.speaker_end], q.content) for q in quotes(doc)]


# 6. "The police" / "The campaign" is no person whose title holds the word: only the
# head noun of a role ("president", "chairman") stands for the person.


def test_organisation_noun_in_a_title_is_not_the_person() -> None:
    text = (
        "Title\n\nThe police union's president, John Catanzara, said officers were angry. "
        "The police said two men were arrested.\n"
    )
    assert _speakers(text) == [
        ("John Catanzara", "The police union's president, John Catanzara", "officers were angry"),
        ("The police", "The police", "two men were arrested"),  # was John Catanzara
    ]
    text = (
        "Campaign update\n\nThe state's campaign chairman, Phil Lovas, said he had not seen "
        "the letter.\n\nHillary Clinton will speak in Ohio. The campaign says she will "
        "announce a new program.\n"
    )
    assert _speakers(text) == [
        ("Phil Lovas", "The state's campaign chairman, Phil Lovas", "he had not seen the letter"),
        ("The campaign", "The campaign", "she will announce a new program"),  # was Phil Lovas
    ]


def test_head_noun_of_a_title_is_still_the_person() -> None:
    text = (
        "Title\n\nThe police union's president, John Catanzara, said officers were angry. "
        "The president said two men were arrested.\n\n"
        "The state's campaign chairman, Phil Lovas, said he had not seen the letter. "
        "The chairman said the letter was fake.\n\n"
        "Secretary of State John Kerry met Sergei Lavrov in Geneva. The secretary said "
        "talks were useful.\n\n"
        "The company's chief executive, Tim Cook, said demand was strong. The chief "
        "executive said margins would rise.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("John Catanzara", "The police union's president, John Catanzara"),
        ("John Catanzara", "The president"),
        ("Phil Lovas", "The state's campaign chairman, Phil Lovas"),
        ("Phil Lovas", "The chairman"),
        ("John Kerry", "The secretary"),
        ("Tim Cook", "The company's chief executive, Tim Cook"),
        ("Tim Cook", "The chief executive"),
    ]


def test_organisation_nouns_beside_a_person_unchanged() -> None:
    text = (
        "Apple results\n\nApple reported record sales on Thursday. The company's chief "
        "executive, Tim Cook, said demand was strong. The company said it would buy back "
        "shares.\n\nThe party's leader, Keir Starmer, said the vote was a success. The "
        "party said turnout was high.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Apple", "Apple"),
        ("Tim Cook", "The company's chief executive, Tim Cook"),
        ("Apple", "The company"),
        ("Keir Starmer", "The party's leader, Keir Starmer"),
        ("The party", "The party"),
    ]


def test_department_is_not_its_spokesman() -> None:
    # PolNeAR train wash-post_2016-01-31_state-calls-emails-of-clinton-to @7746 (was
    # John Kirby: "department" is a word of his role, "State Department spokesman")
    text = (
        "Emails\n\nState Department spokesman John Kirby said the review was done. "
        "The department said the emails would not be released.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("John Kirby", "State Department spokesman John Kirby"),
        ("State Department", "The department"),
    ]


# 7. A person introduced later with a title takes the bare surname after it, when the
# surname alone was not yet used for the first ("Gary Johnson ... Homeland Security
# Secretary Jeh Johnson says ... Johnson said": Jeh Johnson).


def test_later_newcomer_with_a_title_takes_the_surname() -> None:
    text = (
        "The Latest: Election security\n\n"
        "Libertarian candidate Gary Johnson stumbled over a question on Aleppo.\n\n"
        "Homeland Security Secretary Jeh Johnson says hackers are targeting election "
        "officials.\n\n"
        "Johnson said local officials should ask the federal government for help.\n"
    )
    assert _speakers(text) == [
        (
            "Jeh Johnson",
            "Homeland Security Secretary Jeh Johnson",
            "hackers are targeting election officials",
        ),
        # (was Gary Johnson)
        ("Jeh Johnson", "Johnson", "local officials should ask the federal government for help"),
    ]


def test_first_named_keeps_the_surname_when_already_used_or_a_relative() -> None:
    # the surname alone already stood for Gary Johnson: it stays his
    text = (
        "Title\n\nLibertarian candidate Gary Johnson stumbled over a question on Aleppo. "
        "Johnson said he was sorry.\n\n"
        "Homeland Security Secretary Jeh Johnson says hackers are targeting officials.\n\n"
        "Johnson said local officials should ask for help.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Gary Johnson", "Johnson"),
        ("Jeh Johnson", "Homeland Security Secretary Jeh Johnson"),
        ("Gary Johnson", "Johnson"),
    ]
    # a relative with a title (PolNeAR train west-journal_2015-12-21_revealed-what-isis)
    text = (
        "Title\n\nDemocratic presidential candidate Hillary Clinton will not be happy.\n\n"
        "The video features her husband, former President Bill Clinton.\n\n"
        "Clinton claimed that Donald Trump was the best recruiter.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [("Hillary Clinton", "Clinton")]
    # named together in one sentence: the first of them
    text = (
        "Title\n\nPresident Barack Obama and First Lady Michelle Obama visited Kenya. "
        "Obama said the trip was a success.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [("Barack Obama", "Obama")]
    # a later name with no title before it ("her husband, Frank Fiorina")
    text = (
        "Title\n\nCarly Fiorina ran HP. She vented to her husband, Frank Fiorina, that "
        "it would be ugly.\n\nFiorina said she was running out of time.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)][-1] == ("Carly Fiorina", "Fiorina")


# 18 (gender list, f08a5c6): names news uses for men too give no gender, so "He"
# after Simone Inzaghi or Marion Barry resolves again; a woman of such a name still
# takes "She", and a woman's name still vetoes "He".


def test_names_used_for_men_are_not_read_as_female() -> None:
    text = (
        "Title\n\nSimone Inzaghi said the team played well.\n\nHe said a deal was close.\n\n"
        "Marion Barry said the city was safe. He said crime had fallen.\n\n"
        "Andrea Pirlo said the match was hard. He said the referee was fair.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Simone Inzaghi", "Simone Inzaghi"),
        ("Simone Inzaghi", "He"),  # was None
        ("Marion Barry", "Marion Barry"),
        ("Marion Barry", "He"),  # was None
        ("Andrea Pirlo", "Andrea Pirlo"),
        ("Andrea Pirlo", "He"),  # was None
    ]


def test_female_names_still_veto_he() -> None:
    text = (
        "Title\n\nSimone Biles said the routine was clean. She said she was happy.\n\n"
        "Coach Roberto Mancini arrived first. Ségolène Royal said the plan was fair. "
        "He said it was not.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Simone Biles", "Simone Biles"),
        ("Simone Biles", "She"),
        ("Ségolène Royal", "Ségolène Royal"),
        ("Roberto Mancini", "He"),  # (Ségolène: female, from the longer list)
    ]


# 7 (related, older): "Trump campaign spokesman Jason Miller told" is Jason Miller, not
# Trump: the name the speaker phrase ends with, when only lower-case role words stand
# between it and the first name.


def test_spokesman_named_after_his_principal_is_the_speaker() -> None:
    text = (
        "Trump leave plan\n\nDonald Trump unveiled a leave plan on Tuesday.\n\n"
        "Trump campaign spokesman Jason Miller told The Washington Post that the policy "
        "would extend to single mothers. However, he could not explain why.\n\n"
        '"We don\'t have the exact legislation written down," he said.\n\n'
        "Clinton campaign manager Robby Mook said the plan was a sham.\n\n"
        "Hillary Clinton spoke in Ohio.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Jason Miller", "Trump campaign spokesman Jason Miller"),  # was Donald Trump
        ("Jason Miller", "he"),  # was Donald Trump
        ("Robby Mook", "Clinton campaign manager Robby Mook"),  # was Hillary Clinton
    ]
    text = (
        "Title\n\nBoris Johnson met Emmanuel Macron.\n\nJohnson spokesman James Slack said "
        "the talks went well. Macron's senior adviser Clement Beaune told reporters France "
        "was ready.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("James Slack", "Johnson spokesman James Slack"),
        ("Clement Beaune", "Macron's senior adviser Clement Beaune"),
    ]


def test_two_people_in_one_speaker_phrase_unchanged() -> None:
    text = (
        "Title\n\nJason Miller, Trump's spokesman, said the plan was ready.\n\n"
        "Hillary Clinton and Bill Clinton said they were pleased.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Jason Miller", "Jason Miller"),
        ("Hillary Clinton", "Hillary Clinton and Bill Clinton"),  # (as before: the first)
    ]


def test_indefinite_role_is_someone_new() -> None:
    # PolNeAR train wash-post_2016-07-15_thin-skinned-trump-quells-critic @11725
    text = (
        "Title\n\nTrump campaign spokeswoman Hope Hicks said all staffers sign NDAs.\n\n"
        "A spokeswoman for Janney also declined to comment, saying that nobody involved "
        "remains at the firm today.\n"
    )
    assert [(s, t) for s, t, _ in _speakers(text)] == [
        ("Hope Hicks", "Trump campaign spokeswoman Hope Hicks"),
        ("A spokeswoman", "A spokeswoman"),  # (was Hope Hicks with the rule above)
    ]
