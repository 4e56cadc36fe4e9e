"""A quotation in a later sentence continues an earlier one only when it opens its
sentence: inside its own narration it is a record of its own (PolNeAR train,
usa-today 2016-01-12, had one quotation running across a sentence end)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.types import Article

TEXT = (
    "Young voters are split.\n\n"
    '"I\'m not sure where I stand on him," says Acs, a student from New Mexico. '
    'Trump\'s support means "he must be doing something right," she says, "but I '
    "don't know if I would vote for him.\"\n\n"
    '"It is late," Smith said. "We go home."\n'
)


def _rows() -> list[tuple[str | None, str | None, str, str]]:
    doc = parse(Article(id="t", text=TEXT))
    return [(q.speaker, q.cue, TEXT[q.start : q.end], q.parts) for q in quotes(doc)]


def test_quotation_inside_later_narration_is_its_own_record() -> None:
    rows = _rows()
    assert rows[0] == ("Acs", "says", '"I\'m not sure where I stand on him,"', "25-61")
    # its own record, the earlier speaker inherited; not joined across the sentence end
    assert rows[1] == ("Acs", None, '"he must be doing something right,"', "121-156")


def test_quotation_opening_the_next_sentence_still_continues() -> None:
    rows = _rows()
    assert rows[-1] == (
        "Smith",
        "said",
        '"It is late," Smith said. "We go home."',
        "212-225;238-251",
    )


ADJUNCTS = (
    "Talks went on.\n\n"
    "Finally, Smith said the plan would fail.\n\n"
    "Hours later, Jones said the deal was off.\n\n"
    "Asked about the plan, Brown said it would fail.\n\n"
    "However, Green said the talks had ended.\n\n"
    "In Italy, White said taxes would fall.\n"
)


def test_a_sentence_adverb_or_time_phrase_before_the_speaker_is_no_content() -> None:
    # PolNeAR train: "Hours later, Intel said the event was canceled" gave "Hours later"
    doc = parse(Article(id="t", text=ADJUNCTS))
    rows = [(q.speaker, q.cue, ADJUNCTS[q.start : q.end]) for q in quotes(doc)]
    assert rows == [
        ("Smith", "said", "the plan would fail"),
        ("Jones", "said", "the deal was off"),
        ("Brown", "said", "it would fail"),
        ("Green", "said", "the talks had ended"),
        ("White", "said", "taxes would fall"),
    ]


def test_a_clause_before_the_speaker_stays_the_content() -> None:
    text = "Talks went on.\n\nThe plan will fail, Smith said.\n\nItaly, Smith said, is key.\n"
    doc = parse(Article(id="t", text=text))
    rows = [(q.speaker, text[q.start : q.end]) for q in quotes(doc)]
    assert rows[0] == ("Smith", "The plan will fail")


WILL = (
    "Talks went on.\n\n"
    "Will Smith said the film would open in May. Smith added that he was proud.\n\n"
    "The actor Will Ferrell told reporters he was tired.\n\n"
    "Will Congress act? Will the minister resign?\n"
)


def test_will_before_a_capital_and_a_speech_verb_is_a_given_name() -> None:
    from analysis.actors import records

    doc = parse(Article(id="t", text=WILL))
    found = [(r["actor"], r["kind"], r["mentions"]) for r in records(doc)]
    assert found == [
        ("Will Smith", "person", 2),
        ("Will Ferrell", "person", 1),
        ("Congress", "organization", 1),
    ]
    rows = [(q.speaker, q.speaker_role) for q in quotes(doc)]
    # "actor" is Ferrell's role, no longer "actor Will"
    assert rows == [("Will Smith", None), ("Will Smith", None), ("Will Ferrell", "actor")]


def test_will_before_a_very_common_capitalised_word_stays_out_of_names() -> None:
    from analysis.actors import records

    text = "Talks.\n\nIt Is The Thing Some Will Want To hear.\n\nDirector Will Young said so.\n"
    doc = parse(Article(id="t", text=text))
    names = [r["actor"] for r in records(doc)]
    assert "Will Want" not in names
    assert "Will Young" in names
