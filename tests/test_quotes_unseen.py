"""Quote attribution on news the rules were not written from: the QA review's
reproducers (sport, culture and business stories; texts written for these tests
after the reviewed constructions). Every span is checked with ``text[start:end]``."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from analysis.types import Document, Quote


def doc_of(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def spans(doc: Document, q: Quote) -> tuple[str, str | None, str | None]:
    """(content, cue, speaker mention) read back from the offsets."""
    t = doc.text
    cue = t[q.cue_start : q.cue_end] if q.cue_start is not None else None  # type: ignore[misc]
    speaker = (
        t[q.speaker_start : q.speaker_end]  # type: ignore[misc]
        if q.speaker_start is not None
        else None
    )
    return t[q.start : q.end], cue, speaker


def test_role_before_name_after_content() -> None:
    text = (
        "The deal would raise the stake, spokesman Ben Padovan said.\n\n"
        "The deal would raise the stake, analyst Guy Peddy said on Monday.\n\n"
        "The deal would raise the stake, company spokesman Ben Padovan said.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    assert [spans(doc, q) for q in qs] == [
        ("The deal would raise the stake", "said", "spokesman Ben Padovan"),
        ("The deal would raise the stake", "said", "analyst Guy Peddy"),
        ("The deal would raise the stake", "said", "company spokesman Ben Padovan"),
    ]
    assert [(q.start, q.end, q.speaker_start, q.cue_start) for q in qs] == [
        (0, 30, 32, 54),
        (61, 91, 93, 111),
        (128, 158, 160, 190),
    ]
    assert [(q.speaker, q.speaker_role) for q in qs] == [
        ("Ben Padovan", "spokesman"),
        ("Guy Peddy", "analyst"),
        ("Ben Padovan", "company spokesman"),
    ]


def test_lower_case_words_before_a_name_that_are_no_role() -> None:
    # "however" is no noun of agent: the speaker is the name alone, and with a
    # word between the comma and it, "<content>, <speaker> said" does not apply
    text = "Prices will rise, however Clinton said.\n"
    doc = doc_of(text)
    assert [spans(doc, q) for q in quotes(doc)] == []


def test_added_with_a_noun_phrase_is_no_speech() -> None:
    text = (
        "Hakim Warrick added 17 points and 10 rebounds for the Suns.\n\n"
        "Denise Van Outen added a white blazer to the outfit.\n\n"
        "Hakim Warrick added the team would win again.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    # only the third: "added" with a clause (a modal in it) reports speech
    assert [spans(doc, q) for q in qs] == [
        ("the team would win again", "added", "Hakim Warrick"),
    ]
    assert (qs[0].start, qs[0].cue_start, qs[0].speaker_start) == (135, 129, 115)


def test_naming_and_requests_for_comment_are_no_speech() -> None:
    text = (
        "A small group called Youth Radio will get $50,000.\n\n"
        "Essar spokesmen Manish Kedia and Rabin Ghosh did not respond to calls for comment. "
        "Google declined to comment on the matter.\n"
    )
    doc = doc_of(text)
    assert quotes(doc) == ()


def test_headline_title_is_no_speaker_label() -> None:
    text = (
        "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics\n\n"
        "Paul Ryan: the vote will go ahead as planned.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    # the speaker label of a name stays; a title with "Over" in it is none
    assert [spans(doc, q) for q in qs] == [
        ("the vote will go ahead as planned", ":", "Paul Ryan"),
    ]
    assert qs[0].start == text.index("the vote")


def test_object_of_a_participle_and_a_place_are_no_speakers() -> None:
    text = (
        "The ad shows Trump making remarks about the military. It is the prototype for "
        "the millions of Americans supporting Donald Trump.\n\n"
        "Clinton spoke about the shooting of Terence Crutcher in Tulsa, Oklahoma, arguing "
        "that the epidemic of killings should be recognized as intolerable.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    assert all(q.cue != "remarks" for q in qs)
    assert all(q.speaker not in ("Oklahoma", "United States") for q in qs)
    # PolNeAR annotates support as an attribution: the people speak, not their state
    (support,) = [q for q in qs if q.cue == "supporting"]
    assert spans(doc, support) == ("Donald Trump", "supporting", "the millions of Americans")
    assert support.speaker == "millions of Americans"
    # "Clinton spoke ... in Tulsa, Oklahoma, arguing": the clause's subject argues
    (argue,) = [q for q in qs if q.cue == "arguing"]
    assert spans(doc, argue) == (
        "the epidemic of killings should be recognized as intolerable",
        "arguing",
        "Clinton",
    )


def test_a_name_inside_the_quotation_is_no_antecedent() -> None:
    text = (
        'Soren Staermose produced the film. "We are so proud to get David Fincher on '
        'board. The Stieg Larsson family is very proud too," he said.\n'
    )
    doc = doc_of(text)
    (q,) = quotes(doc)
    assert spans(doc, q) == (
        '"We are so proud to get David Fincher on board. The Stieg Larsson family is very '
        'proud too,"',
        "said",
        "he",
    )
    assert (q.start, q.end, q.speaker_start, q.cue_start) == (35, 127, 128, 131)
    assert q.speaker == "Soren Staermose"


def test_a_gendered_noun_before_a_name_keeps_she_off_a_man() -> None:
    text = (
        "The entertainer, who is married to actor Lee Mead, 29, also hired a personal "
        "trainer. While pregnant, she insisted she was going to take time getting back "
        "into shape.\n"
    )
    doc = doc_of(text)
    (q,) = quotes(doc)
    assert spans(doc, q) == (
        "she was going to take time getting back into shape",
        "insisted",
        "she",
    )
    assert q.speaker != "Lee Mead"


def test_determiners_and_courtesy_titles_are_no_roles() -> None:
    text = (
        "According to The Wall Street Journal, the service is close to a deal. The Journal "
        "says Miramax has worked out a five-year deal.\n\n"
        "Ms. Smith said the images were new. Miss Van Outen said she was happy.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    assert [spans(doc, q)[2] for q in qs] == [
        "The Wall Street Journal",
        "The Journal",
        "Ms. Smith",
        "Miss Van Outen",
    ]
    assert [q.speaker_role for q in qs] == [None, None, None, None]
    # "The Journal" is the newspaper named before
    assert [q.speaker for q in qs][:2] == ["Wall Street Journal", "Wall Street Journal"]


def test_canonical_speaker_names() -> None:
    text = (
        "The\tminister said the plan would work.\n\n"
        "Democratic candidate Hillary Clinton boldly said the plan would work.\n\n"
        "Smith & Wesson said the plan would work.\n\n"
        'Arabic speakers wrote "this is a new and bad day for all of us" online, said '
        "analyst Omar Khalid.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    assert [spans(doc, q) for q in qs] == [
        ("the plan would work", "said", "The\tminister"),
        ("the plan would work", "said", "Democratic candidate Hillary Clinton"),
        ("the plan would work", "said", "Smith & Wesson"),
        (
            'Arabic speakers wrote "this is a new and bad day for all of us" online',
            "said",
            "analyst Omar Khalid",
        ),
    ]
    assert [(q.speaker, q.speaker_role) for q in qs] == [
        ("The minister", None),
        ("Hillary Clinton", "Democratic candidate"),
        ("Smith & Wesson", None),
        ("Omar Khalid", "analyst"),
    ]
    assert [(q.start, q.speaker_start, q.cue_start) for q in qs] == [
        (18, 0, 13),
        (89, 40, 84),
        (131, 111, 126),
        (153, 230, 225),
    ]


def test_speaker_subject_verb_and_role_nominal() -> None:
    text = (
        "Daniel Craig will do Stieg Larsson justice, film producer Soren Staermose has "
        "said. With the films by Stieg Larsson a hit, Soren hopes the remake will bring a "
        'new audience. "We are so proud to get David Fincher on board," he said. The '
        "Swedish film producer also heaped praise on Rooney Mara, who portrays troubled "
        "computer hacker Lisbeth Salander, originally played by Noomi Rapace.\n"
    )
    doc = doc_of(text)
    qs = quotes(doc)
    assert [spans(doc, q) for q in qs] == [
        ("Daniel Craig will do Stieg Larsson justice", "said", "film producer Soren Staermose"),
        ("the remake will bring a new audience", "hopes", "Soren"),
        ('"We are so proud to get David Fincher on board,"', "said", "he"),
        # the verb "heaped" is no part of the speaker phrase
        ("on Rooney Mara", "praise", "The Swedish film producer"),
    ]
    # "he": the speaker of the sentence before ("Soren hopes"), not its first name;
    # "the ... film producer": the person named with that role
    assert [q.speaker for q in qs] == ["Soren Staermose"] * 4
    assert qs[0].speaker_role == "film producer"


def test_noun_cue_after_of_and_added_with_a_list_of_clauses() -> None:
    text = (
        "Hakim Warrick added 17 points and 10 rebounds, Jared Dudley scored 16, and "
        "Marcin Gortat had 12.\n\n"
        "The deal will include the streaming of shows that are no longer on the network.\n"
    )
    doc = doc_of(text)
    # "added" takes the noun phrase before the comma; "shows" is the object of "of"
    assert quotes(doc) == ()
    # with a verb before "of", its subject speaks (PolNeAR's "series of tweets")
    text = "Trump unleashed a series of tweets early Friday saying that Clinton was wrong.\n"
    doc = doc_of(text)
    assert [spans(doc, q) for q in quotes(doc)] == [
        ("early Friday saying that Clinton was wrong", "tweets", "Trump"),
    ]


def test_inverted_speaker_with_a_singular_noun_of_people() -> None:
    text = (
        'Fans were thrilled. "Emily Deschanel is pregnant," tweeted one Cleveland resident '
        'who watches "Bones" on local FOX 8.\n'
    )
    doc = doc_of(text)
    (q,) = quotes(doc)
    assert spans(doc, q) == (
        '"Emily Deschanel is pregnant,"',
        "tweeted",
        "one Cleveland resident",
    )
    assert (q.start, q.cue_start, q.speaker_start) == (20, 51, 59)


def test_belief_after_a_spaced_hyphen_appositive_and_its_pronoun() -> None:
    text = (
        "Soren Staermose has produced both films. Daniel Craig has been filming his role as "
        "journalist Mikael Blomkvist, and Soren - who produced both adaptations - reckons he "
        'is the right man for the role. "Daniel is a great actor," he said.\n'
    )
    doc = doc_of(text)
    qs = quotes(doc)
    assert [spans(doc, q) for q in qs] == [
        ("he is the right man for the role", "reckons", "Soren"),
        ('"Daniel is a great actor,"', "said", "he"),
    ]
    # "he": the one who reckons, not the first name of the sentence before
    assert [q.speaker for q in qs] == ["Soren Staermose", "Soren Staermose"]
