"""QA round 7: known misses of actors and quote attribution on unseen news."""

from __future__ import annotations

from analysis.actors import find_mentions
from analysis.keywords import extract_keywords, term_frequencies
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from analysis.types import Document


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def _people(text: str) -> list[tuple[str, int, int, str]]:
    return [(m.text, m.start, m.end, m.canonical) for m in find_mentions(_doc(text))]


# 1. A sentence-opening given name missing from the first-name list, before a
# surname the text later writes alone.


def test_unknown_given_name_opening_a_sentence_drops() -> None:
    # The QA7 rule that kept "Gavin" was taken out after review (it glued roles,
    # adjectives, verbs and salutations onto surnames: "Prosecutor Bragg"): an
    # unknown given name opening a sentence drops again, the surname stays.
    text = (
        "Gavin Newsom signed the bill on Tuesday. The governor has fought the measure "
        'for years. "This is a good day," Newsom said.'
    )
    assert _people(text) == [
        ("Newsom", 6, 12, "Newsom"),
        ("Newsom", 110, 116, "Newsom"),
    ]
    (quote,) = quotes(_doc(text))
    assert quote.speaker == "Newsom"


def test_unknown_given_name_before_a_possessive_surname_drops() -> None:
    # (the QA7 rule kept "Jared"; taken out after review, as above)
    text = "Jared Kushner vetoed the bill. Kushner's aides were happy."
    mentions = find_mentions(_doc(text))
    assert [(m.text, m.start, m.canonical) for m in mentions] == [
        ("Kushner", 6, "Kushner"),
        ("Kushner", 31, "Kushner"),
    ]


def test_sentence_opener_before_a_surname_is_no_given_name() -> None:
    text = (
        "Interestingly Blocher stayed home. Actress Amandla Stenberg spoke. "
        "Blocher said nothing and Stenberg left."
    )
    names = [m.canonical for m in find_mentions(_doc(text))]
    assert "Interestingly Blocher" not in names
    assert "Actress Amandla Stenberg" not in names
    assert names.count("Blocher") == 2


# 2. A month's name between a title and a surname, or after a given name, is a name.


def test_month_abbreviation_as_given_name_after_a_title() -> None:
    text = "Growth will slow next year, said Goldman Sachs Chief Economist Jan Hatzius."
    doc = _doc(text)
    people = [(m.text, m.start, m.end, m.role) for m in find_mentions(doc) if m.kind == "person"]
    assert people == [("Jan Hatzius", 63, 74, "Goldman Sachs Chief Economist")]
    (quote,) = quotes(doc)
    assert quote.speaker == "Jan Hatzius"


def test_may_as_a_surname_and_alone() -> None:
    text = (
        '"We will leave," Prime Minister Theresa May said on Tuesday. '
        "May added that talks would go on."
    )
    doc = _doc(text)
    assert [(m.text, m.start, m.end, m.canonical) for m in find_mentions(doc)] == [
        ("Theresa May", 32, 43, "Theresa May"),
        ("May", 61, 64, "Theresa May"),
    ]
    said = quotes(doc)
    assert [(q.speaker, text[q.speaker_start : q.speaker_end]) for q in said] == [
        ("Theresa May", "Prime Minister Theresa May"),
        ("Theresa May", "May"),
    ]


def test_april_as_given_name() -> None:
    text = "White House correspondent April Ryan said she was barred. Ryan is a reporter."
    people = [(m.text, m.canonical) for m in find_mentions(_doc(text)) if m.kind == "person"]
    assert people == [("April Ryan", "April Ryan"), ("Ryan", "April Ryan")]


def test_months_next_to_dates_stay_months() -> None:
    text = (
        "The vote is set for May 5. In May, lawmakers will return. Sales rose in Jan. "
        "2024 and in August. It rose 5 Jan and in Jan 2024. Theresa May met Trump in "
        "late May. Sony CEO May Have Revealed it. Happy April Fools Day to all."
    )
    months = [
        m.text
        for m in find_mentions(_doc(text))
        if any(w in m.text.split() for w in ("May", "Jan", "April", "August"))
    ]
    assert months == ["Theresa May"]


# 3. A possessive pronoun before a campaign, office, spokesman...: whose it is.


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, text[q.speaker_start : q.speaker_end]) for q in quotes(_doc(text))]


def test_his_campaign_her_office_his_spokesman() -> None:
    text = (
        "Donald Trump held a rally in Ohio on Monday. His campaign said the crowd was "
        "large. Senator Elizabeth Warren voted no. Her office said she would explain "
        "later. Gov. Gavin Newsom vetoed the bill. His spokesman said the measure was "
        "flawed."
    )
    assert _speakers(text) == [
        ("Donald Trump's campaign", "His campaign"),
        ("Elizabeth Warren's office", "Her office"),
        ("Gavin Newsom's spokesman", "His spokesman"),
    ]


def test_possessive_speaker_without_antecedent_stays_as_written() -> None:
    assert _speakers("His campaign said it was fine.") == [("His campaign", "His campaign")]


def test_theresa_may_before_cue_is_no_modal_but_a_headline_may_is() -> None:
    text = "British Prime Minister Theresa May said talks would go on."
    assert _speakers(text) == [("Theresa May", "British Prime Minister Theresa May")]


# 4. "they" with no plural speaker before it: the one group subject just before.


def test_they_resolves_to_the_one_group_subject_before() -> None:
    text = (
        # fix7a: "surveyed 500 doctors" now leaves "They" open (people as the object)
        "The researchers published a survey. They found that most were tired. "
        "Democratic lawmakers met on Monday, and they said the bill was dead."
    )
    assert _speakers(text) == [("researchers", "They"), ("Democratic lawmakers", "they")]


def test_they_with_an_employer_or_an_organisation() -> None:
    text = "Researchers at Yale found that sleep helps memory. They said the effect was large."
    assert _speakers(text)[-1] == ("Researchers at Yale", "They")
    text = "The Pentagon released a statement. They said the strike was over."
    assert _speakers(text) == [("Pentagon", "They")]


def test_they_stays_unresolved_without_one_clear_group() -> None:
    assert _speakers("Prices rose 5% in March. They said more.") == [(None, "They")]
    text = (
        "Democrats blocked the bill; Republicans vowed to try again. "
        "They said the fight was not over."
    )
    assert _speakers(text)[-1] == (None, "They")


def test_a_group_at_its_employer_is_the_speaker() -> None:
    text = "Growth will slow, and analysts at Goldman Sachs said rates would fall."
    assert _speakers(text) == [("analysts at Goldman Sachs", "analysts at Goldman Sachs")]
    text = "Researchers at Yale found that sleep helps memory."
    assert _speakers(text) == [("Researchers at Yale", "Researchers at Yale")]
    text = "Fans at Wembley cheered as Smith said he was happy."
    assert _speakers(text) == [("Smith", "Smith")]


# 5. Clock times of live blogs are no keywords, time zones no actors (the zones
# left the stoplist after review: "PT Freeport", "GMT Games", "BST" are acronyms).

_LIVE = (
    "Live updates: markets react to the Fed decision\n\n"
    "10:32 a.m. ET: Stocks opened lower on Wednesday as traders waited for the Fed. "
    "The Dow fell 200 points by 10:45 a.m. EDT.\n\n"
    "11:05 a.m. ET: Treasury yields rose. In London, the FTSE closed at 4:30 p.m. BST, "
    "and Frankfurt closed at 5:30 p.m. CET.\n\n"
    "12:15 p.m. ET: Apple shares fell 2%. The company will report at 1 p.m. PT "
    "(4 p.m. EST), or 21:00 GMT, 21:00 UTC. West Coast traders start at 6 a.m. PST.\n"
)
_ZONES = {"et", "est", "edt", "pt", "pst", "gmt", "bst", "cet", "utc", "a.m.", "p.m."}


def test_clock_times_are_no_keywords() -> None:
    doc = _doc(_LIVE)
    for method in ("keyphrases", "keyness", "frequency"):
        words = [k.keyword.lower() for k in extract_keywords(doc, top=30, method=method)]
        assert not {"a.m.", "p.m."} & set(words), method
        # a zone right after a.m./p.m. is no content word (ET x4, EDT, BST, CET, PT,
        # EST, PST); "21:00 GMT, 21:00 UTC" have no a.m./p.m. and stay words
        assert not {"et", "edt", "bst", "cet", "pt", "est", "pst"} & set(words), method
        assert "traders" in words
    frequencies = {t.keyword.lower(): t.count for t in term_frequencies(doc)}
    assert "et" not in frequencies and frequencies["gmt"] == 1 and frequencies["utc"] == 1
    assert extract_keywords(doc, top=10, method="phrases") == ()


def test_time_zones_are_no_actors() -> None:
    names = {m.canonical for m in find_mentions(_doc(_LIVE))}
    assert not {n.lower() for n in names} & _ZONES
    assert {"Fed", "Dow", "London", "FTSE", "Frankfurt"} <= names
