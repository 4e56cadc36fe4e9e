"""Quote attribution: the seed's 13 attributions exactly, then one short text per
construction (texts written for these tests)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from analysis.cli import main
from analysis.parse import parse
from analysis.quotemarks import QuoteMarkWarning
from analysis.quotes import quotes, records
from analysis.read import article_from_text, read_article
from analysis.types import Document, Quote

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def doc_of(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def check_offsets(doc: Document, qs: tuple[Quote, ...]) -> None:
    for q in qs:
        assert doc.text[q.start : q.end] == q.content
        if q.cue is not None:
            assert doc.text[q.cue_start : q.cue_end] == q.cue  # type: ignore[misc]
        if q.speaker_text is not None:
            assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text  # type: ignore[misc]


def span(text: str, first: str, last: str, after: int = 0) -> tuple[int, int]:
    """Offsets of the span from ``first`` to the end of ``last`` (checked by hand)."""
    start = text.index(first, after)
    return start, text.index(last, start) + len(last)


# --- the seed -----------------------------------------------------------------------

# (speaker, speaker_text, cue, content's first words, content's last words)
SEED_EXPECTED = [
    ("Xi Jinping", "Xi", ":", "China, Belarus should jointly", "democracy, human rights"),
    ("Xi Jinping", "Chinese President Xi Jinping", "said", "China and Belarus should continue",
     "international fairness and justice"),
    ("Xi Jinping", "Xi", "said", "This year marks", "China-Belarus diplomatic ties"),
    ("Xi Jinping", "Xi", "adding", "over the past 30 years", "and win-win cooperation"),
    ("Xi Jinping", "He", "noted", "between the two countries", "have taken root and borne fruit"),
    ("Xi Jinping", "he", "stressed", "The China-Belarus relationship has set",
     "cooperation between countries"),
    ("Xi Jinping", "Xi", "suggested", "Taking the 30th anniversary",
     "sustainable development of the China-Europe Railway Express"),
    ("Xi Jinping", "Xi", "adding", "they should also", "enhance vaccine cooperation"),
    ("Xi Jinping", "Xi", "stressed", "China and Belarus should advocate",
     "the UN 2030 Agenda for Sustainable Development"),
    ("Xi Jinping", "he", "added", "China, he added, opposes", "its own national conditions"),
    ("Alexander Lukashenko", "Lukashenko", "thanked", "China for always providing",
     "moral support for Belarus"),
    ("Alexander Lukashenko", "he", "added", "Belarus, he added, will always be",
     "bilateral relations to a new level"),
    ("Alexander Lukashenko", "He", "said", "his country hopes", "investment and education"),
]  # fmt: skip


def test_seed_thirteen_attributions_exactly() -> None:
    doc = parse(read_article(SEED))
    text = doc.text
    qs = quotes(doc)
    check_offsets(doc, qs)
    assert len(qs) == 13
    after = 0
    for q, (speaker, speaker_text, cue, first, last) in zip(qs, SEED_EXPECTED, strict=True):
        start, end = span(text, first, last, after)
        assert (q.start, q.end) == (start, end), q.content
        assert (q.speaker, q.speaker_text, q.cue) == (speaker, speaker_text, cue)
        assert q.kind == "indirect"
        after = start + 1
    # offsets checked by hand against the file
    assert (qs[0].start, qs[0].end, qs[0].cue_start, qs[0].speaker_start) == (0, 103, 103, 105)
    assert (qs[1].start, qs[1].end, qs[1].speaker_start, qs[1].speaker_end) == (179, 438, 445, 473)
    assert qs[1].speaker_role == "Chinese President"
    assert qs[10].speaker_role == "Belarusian President"
    # the continuations share the mention of their speaker
    assert qs[3].speaker_start == qs[2].speaker_start == 632
    # the parenthetical content runs from its first to its last word, cue inside
    assert qs[9].start < qs[9].cue_start < qs[9].end  # type: ignore[operator]


def test_seed_records_contract() -> None:
    doc = parse(read_article(SEED))
    recs = records(doc)
    assert len(recs) == 13
    keys = ["doc", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue",
            "cue_start", "cue_end", "content", "start", "end", "kind"]  # fmt: skip
    for r in recs:
        assert list(r)[:12] == keys
        assert doc.text[r["start"] : r["end"]] == r["content"]
        assert r["doc"] == str(SEED)


# --- constructions --------------------------------------------------------------------


def test_direct_straight_marks_cue_after() -> None:
    text = 'The plan is a failure. "We will not accept it," Mary Jones said on Monday.'
    doc = doc_of(text)
    (q,) = quotes(doc)
    assert q.content == '"We will not accept it,"'
    assert (q.start, q.end) == (23, 47)
    assert (q.speaker, q.speaker_text, q.speaker_start, q.speaker_end) == (
        "Mary Jones", "Mary Jones", 48, 58,
    )  # fmt: skip
    assert (q.cue, q.cue_start, q.cue_end) == ("said", 59, 63)
    assert q.kind == "direct"


def test_direct_curly_marks_cue_before() -> None:
    text = "Tom Baker told reporters: “The bridge will open in May. Nobody should worry.”"
    doc = doc_of(text)
    (q,) = quotes(doc)
    check_offsets(doc, (q,))
    assert q.content == "“The bridge will open in May. Nobody should worry.”"
    assert q.start == text.index("“")
    assert (q.speaker, q.cue, q.kind) == ("Tom Baker", "told", "direct")


def test_multi_paragraph_quotation() -> None:
    text = (
        "Anna Smith said: “The first part of the plan is ready.\n\n"
        "“The second part will follow next year, when funds arrive.”\n\n"
        "The council meets in June."
    )
    doc = doc_of(text)
    (q,) = quotes(doc)
    assert q.start == text.index("“")
    assert q.end == text.index("arrive.”") + len("arrive.”")
    assert (q.speaker, q.kind) == ("Anna Smith", "direct")


def test_unbalanced_mark_recovers_with_warning() -> None:
    text = 'Peter Hall said: "The talks failed because nobody came.\n\nThe weather was fine.'
    doc = doc_of(text)
    with pytest.warns(QuoteMarkWarning, match="unclosed quotation mark at offset 17"):
        qs = quotes(doc)
    (q,) = qs
    assert q.content == '"The talks failed because nobody came.'
    assert q.speaker == "Peter Hall"


def test_scare_quotes_are_not_speech() -> None:
    text = "The so-called “reset” with the “Iron Lady” ended in 1990. Prices rose sharply."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert quotes(doc_of(text)) == ()


def test_inverted_cue() -> None:
    text = "Trade will grow this year, said Finance Minister Karl Berg during a visit to Oslo."
    (q,) = quotes(doc_of(text))
    assert q.content == "Trade will grow this year"
    assert (q.speaker_text, q.cue) == ("Finance Minister Karl Berg", "said")
    assert q.speaker == "Karl Berg"
    assert q.speaker_role == "Finance Minister"


def test_parenthetical_cue() -> None:
    text = "On Monday John Reed met the press. The budget, he added, will be cut by half."
    doc = doc_of(text)
    (q,) = quotes(doc)
    assert q.content == "The budget, he added, will be cut by half"
    assert (q.speaker, q.speaker_text, q.cue) == ("John Reed", "he", "added")


def test_adding_that_continuation() -> None:
    text = "Taxes will fall, Maria Lopez said, adding that wages would rise."
    doc = doc_of(text)
    first, second = quotes(doc)
    assert (first.content, first.cue, first.speaker) == ("Taxes will fall", "said", "Maria Lopez")
    assert (second.content, second.cue, second.speaker) == (
        "wages would rise",
        "adding",
        "Maria Lopez",
    )
    assert second.speaker_start == first.speaker_start == text.index("Maria")


def test_according_to() -> None:
    text = "Unemployment fell to 4 percent in March, according to the statistics office."
    (q,) = quotes(doc_of(text))
    assert q.content == "Unemployment fell to 4 percent in March"
    assert (q.cue, q.speaker_text) == ("according to", "the statistics office")


def test_mixed_quote() -> None:
    text = 'Senator Ann Price said the bill was "a disaster for farmers" and must be stopped.'
    (q,) = quotes(doc_of(text))
    assert q.content == 'the bill was "a disaster for farmers" and must be stopped'
    assert q.kind == "mixed"
    assert q.speaker == "Ann Price"


def test_floating_quote_continues_previous_speaker() -> None:
    text = (
        '"We are ready," said Paul Grant, the team\'s coach.\n\n'
        '"The players have trained hard all winter and they know what to do."'
    )
    doc = doc_of(text)
    first, second = quotes(doc)
    assert first.content == '"We are ready,"'
    assert first.speaker == "Paul Grant"
    assert second.content == '"The players have trained hard all winter and they know what to do."'
    assert (second.cue, second.speaker, second.kind) == (None, "Paul Grant", "direct")


def test_headline_attribution() -> None:
    text = (
        "Trade must grow faster: Xi to Lukashenko\n"
        "Published: Jan 10, 2022 06:42 PM\n\n"
        "The leaders spoke by phone on Monday."
    )
    doc = parse(article_from_text(text, id="h"))
    (q,) = quotes(doc)
    assert (q.content, q.cue, q.speaker_text) == ("Trade must grow faster", ":", "Xi")


def test_nested_quotes() -> None:
    text = "Lisa Wong said: “My father told me, ‘Never give up,’ and I never did.”"
    (q,) = quotes(doc_of(text))
    assert q.content == "“My father told me, ‘Never give up,’ and I never did.”"
    assert q.speaker == "Lisa Wong"


def test_quote_with_no_speaker() -> None:
    text = "“Nobody here has seen anything like this storm before,” read a sign by the road."
    doc = doc_of(text)
    qs = quotes(doc)
    assert [(q.content, q.speaker) for q in qs] == [
        ("“Nobody here has seen anything like this storm before,”", None)
    ]


def test_two_speakers_in_one_sentence() -> None:
    text = "Prices will rise, Mark Hill said, but Susan Park said they would fall."
    first, second = quotes(doc_of(text))
    assert (first.content, first.speaker) == ("Prices will rise", "Mark Hill")
    assert (second.content, second.speaker) == ("they would fall", "Susan Park")


def test_two_speakers_content_after_each_cue() -> None:
    text = "Mark Hill said taxes would rise, but Susan Park said they would fall."
    first, second = quotes(doc_of(text))
    assert (first.content, first.speaker) == ("taxes would rise", "Mark Hill")
    assert (second.content, second.speaker) == ("they would fall", "Susan Park")
    assert second.start == text.index("they")


def test_female_speaker_after_male_one() -> None:
    text = (
        "On Friday Robert King opened the meeting. Later, Emily Stone spoke about the budget.\n\n"
        "She said the cuts were too deep. He said the cuts were needed."
    )
    she, he = quotes(doc_of(text))
    assert (she.speaker_text, she.speaker) == ("She", "Emily Stone")
    assert (he.speaker_text, he.speaker) == ("He", "Robert King")


def test_nominal_speaker_resolves_to_role() -> None:
    text = (
        "French President Jean Moreau met Spanish Prime Minister Luis Vega in Paris.\n\n"
        "The president said the talks were useful."
    )
    (q,) = quotes(doc_of(text))
    assert (q.speaker_text, q.speaker) == ("The president", "Jean Moreau")


# --- CLI ------------------------------------------------------------------------------


def test_cli_jsonl_on_seed() -> None:
    result = CliRunner().invoke(main, ["quotes", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert len(lines) == 13
    assert lines[1]["speaker"] == "Xi Jinping"
    assert lines[1]["speaker_text"] == "Chinese President Xi Jinping"
    assert (lines[1]["start"], lines[1]["end"]) == (179, 438)
    assert lines[-1]["speaker"] == "Alexander Lukashenko"


def test_cli_csv_and_help() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", str(SEED), "--format", "csv"])
    assert result.exit_code == 0
    header = result.output.splitlines()[0]
    assert header.startswith("doc,speaker,speaker_text,speaker_start,speaker_end,cue,")
    assert len(result.output.splitlines()) == 14  # header + 13 records (no newline in content)
    help_text = runner.invoke(main, ["quotes", "--help"]).output
    assert "Example:" in help_text


# --- further constructions --------------------------------------------------------------


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''We will win this state,'' said Senator Chris Dale, a Democrat."
    (q,) = quotes(doc_of(text))
    assert q.content == "''We will win this state,''"
    assert (q.start, q.end) == (0, 27)
    assert (q.cue, q.speaker_text, q.kind) == ("said", "Senator Chris Dale", "direct")


def test_name_in_apposition_nearest_the_cue() -> None:
    text = (
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said "
        "that cooperation is essential."
    )
    (q,) = quotes(doc_of(text))
    assert (q.speaker_text, q.speaker, q.content) == (
        "Jake Sullivan", "Jake Sullivan", "cooperation is essential",
    )  # fmt: skip


def test_appositive_and_relative_clause_speakers() -> None:
    text = (
        "Larry Cohen, a senior adviser to the campaign, said that the vote was close. "
        "The mayor met Anna Berg, who said the plan would fail."
    )
    first, second = quotes(doc_of(text))
    assert (first.speaker_text, first.content) == ("Larry Cohen", "the vote was close")
    assert (second.speaker_text, second.speaker) == ("who", "Anna Berg")
    assert second.content == "the plan would fail"


def test_according_to_before_the_content() -> None:
    text = "According to a count by the Associated Press, the senator leads by 40 votes."
    (q,) = quotes(doc_of(text))
    assert q.content == "the senator leads by 40 votes"
    assert (q.cue, q.cue_start, q.cue_end) == ("According to", 0, 12)
    assert q.speaker_text == "a count"


def test_number_subject_and_party_tag() -> None:
    text = (
        "Among the voters polled, 61 percent said they had made up their minds. "
        "Sen. Jack Reed (D-R.I.), said after lunch that he had not read the plan."
    )
    first, second = quotes(doc_of(text))
    assert (first.speaker_text, first.content) == ("61 percent", "they had made up their minds")
    assert second.speaker_text == "Sen. Jack Reed (D-R.I.)"
    assert second.content == "he had not read the plan"


def test_speaker_label_paragraph() -> None:
    text = "TAPPER: Do you agree?\n\nFALLIN: Well, I think the nation needs to work together."
    doc = doc_of(text)
    first, second = quotes(doc)
    assert (first.speaker_text, first.cue, first.content) == ("TAPPER", ":", "Do you agree?")
    assert second.content == "Well, I think the nation needs to work together"
    assert second.speaker_text == "FALLIN"


def test_interview_q_and_a_labels_are_not_speakers() -> None:
    assert quotes(doc_of("Q: Have you talked to her?\n\nA: Not yet.")) == ()


def test_told_addressee_then_content() -> None:
    text = "While talks went on, Cornyn told reporters this was the only chance to act."
    (q,) = quotes(doc_of(text))
    assert (q.cue, q.content) == ("told", "this was the only chance to act")


def test_belief_after_a_name_only() -> None:
    text = "Maria Diaz believes the law will pass. The plans support growth."
    (q,) = quotes(doc_of(text))
    assert (q.cue, q.speaker, q.content) == ("believes", "Maria Diaz", "the law will pass")


def test_names_the_actor_finder_missed_still_resolve() -> None:
    # sentence-initial common names need evidence in analysis.actors; speakers still merge
    text = "Mark Hill said taxes would rise. Hill added that wages would fall. He said more."
    first, second, third = quotes(doc_of(text))
    assert [q.speaker for q in (first, second, third)] == ["Mark Hill"] * 3
    assert [q.speaker_text for q in (first, second, third)] == ["Mark Hill", "Hill", "He"]


def test_any_past_tense_verb_before_colon_and_quotation() -> None:
    text = "Asked about the race, Tom Lane demurred: “Whichever one I’m in at the moment.”"
    (q,) = quotes(doc_of(text))
    assert (q.cue, q.speaker, q.kind) == ("demurred", "Tom Lane", "direct")
    assert q.content == "“Whichever one I’m in at the moment.”"


# --- frames and figure ------------------------------------------------------------------


def test_quotes_and_speakers_frames_on_seed() -> None:
    from analysis import frames

    doc = parse(read_article(SEED))
    qf = frames.quotes_frame(doc, quotes(doc))
    assert list(qf.columns) == list(frames.QUOTES_COLUMNS)
    assert len(qf) == 13
    # word counts checked by hand: the headline's 15 words, "they should also
    # continuously enhance vaccine cooperation" 7, Lukashenko's thanks 11
    assert (qf.loc[0, "words"], qf.loc[7, "words"], qf.loc[10, "words"]) == (15, 7, 11)
    sf = frames.speakers_frame(qf)
    assert list(sf.columns) == list(frames.SPEAKERS_COLUMNS)
    assert list(sf["speaker"]) == ["Xi Jinping", "Alexander Lukashenko"]
    assert list(sf["role"]) == ["Chinese President", "Belarusian President"]
    assert list(sf["attributions"]) == [10, 3]
    assert list(sf["words"]) == [271, 80]
    assert sf["share"].sum() == pytest.approx(1.0)
    assert sf.loc[0, "share"] == pytest.approx(271 / 351)


def test_speakers_frame_pools_unknown_and_empty_frames_keep_columns() -> None:
    from analysis import frames

    doc = doc_of("“Nobody here has seen anything like this storm before,” read a sign.")
    sf = frames.speakers_frame(frames.quotes_frame(doc, quotes(doc)))
    assert list(sf["speaker"]) == [frames.UNKNOWN_SPEAKER]
    assert list(sf["words"]) == [9]
    empty = frames.quotes_frame(doc, ())
    assert list(empty.columns) == list(frames.QUOTES_COLUMNS) and empty.empty
    assert frames.speakers_frame(empty).empty


def test_speaker_shares_figure() -> None:
    from analysis import frames, plots

    doc = parse(read_article(SEED))
    sf = frames.speakers_frame(frames.quotes_frame(doc, quotes(doc)))
    fig = plots.speaker_shares(sf)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alexander Lukashenko", "Xi Jinping"]
    assert [round(p.get_width(), 1) for p in ax.patches] == [22.8, 77.2]
    with pytest.raises(ValueError, match="no attributions"):
        plots.speaker_shares(frames.speakers_frame(frames.quotes_frame(doc, ())))


def test_time_and_place_adjuncts_are_not_content() -> None:
    text = (
        "Rates will rise, the bank said in a statement. "
        "Jane Roe said Tuesday she would run again. "
        "The plan, said he, was sound."
    )
    qs = quotes(doc_of(text))
    assert [(q.content, q.speaker_text) for q in qs] == [
        ("Rates will rise", "the bank"),
        ("she would run again", "Jane Roe"),
        ("The plan, said he, was sound", "he"),
    ]


def test_subject_before_a_relative_clause_with_its_own_cue() -> None:
    text = "Sanders, who endorsed Canova in late May, said he would campaign with him."
    first, second = quotes(doc_of(text))
    assert (first.cue, first.speaker_text, first.speaker, first.content) == (
        "endorsed", "who", "Sanders", "Canova in late May",
    )  # fmt: skip
    assert (second.cue, second.speaker_text, second.content) == (
        "said", "Sanders", "he would campaign with him",
    )  # fmt: skip


def test_nominal_and_plural_speakers() -> None:
    text = (
        "Chinese President Xi Jinping spoke with Belarusian President Alexander Lukashenko "
        "on Monday. The Chinese Foreign Ministry issued a statement.\n\n"
        "The two leaders agreed that trade should grow. The ministry said the call was "
        "friendly. It added that more talks would follow. Officials said they expected a "
        "visit. They added that dates were not set."
    )
    qs = quotes(doc_of(text))
    assert [(q.speaker_text, q.speaker) for q in qs] == [
        ("The two leaders", "Alexander Lukashenko and Xi Jinping"),
        ("The ministry", "Chinese Foreign Ministry"),
        ("It", "Chinese Foreign Ministry"),
        ("Officials", "Officials"),
        ("They", "Officials"),
    ]
    assert [q.content for q in qs][:2] == ["trade should grow", "the call was friendly"]


def test_long_subject_before_say_that() -> None:
    text = "Friends of Mr. Clinton who have seen him on the trail recently say that he has matured."
    (q,) = quotes(doc_of(text))
    assert (q.speaker_text, q.cue, q.content) == ("Friends", "say", "he has matured")


def test_name_modifying_a_head_noun_and_day_adjunct() -> None:
    text = (
        "The Trump campaign on Tuesday responded that it had expanded. "
        "Trump adviser Kellyanne Conway said the office was full."
    )
    first, second = quotes(doc_of(text))
    assert (first.speaker_text, first.speaker, first.content) == (
        "The Trump campaign", "Trump campaign", "it had expanded",
    )  # fmt: skip
    assert (second.speaker, second.speaker_role) == ("Kellyanne Conway", "Trump adviser")


def test_sentence_opening_conjunction_left_out_of_content() -> None:
    text = "Amy Cole spoke first. However, the deal is off, she said."
    (q,) = quotes(doc_of(text))
    assert (q.content, q.start, q.speaker) == (
        "the deal is off",
        text.index("the deal"),
        "Amy Cole",
    )


def test_coordinated_cue_keeps_the_speaker() -> None:
    text = "Mary Lane said the plan was sound and added that it would pass."
    first, second = quotes(doc_of(text))
    assert (first.cue, first.content) == ("said", "the plan was sound")
    assert (second.cue, second.content, second.speaker) == ("added", "it would pass", "Mary Lane")
    assert second.speaker_start == first.speaker_start == 0


def one_quote(text: str) -> Quote:
    doc = doc_of(text)
    qs = quotes(doc)
    check_offsets(doc, qs)
    assert len(qs) == 1, [q.content for q in qs]
    return qs[0]


def test_participle_after_a_clause_takes_its_subject() -> None:
    text = "Mary Jones attacked the plan on Friday, saying it would close two schools."
    q = one_quote(text)
    assert (q.start, q.end) == span(text, "it would", "two schools")
    assert (q.cue, q.speaker_text, q.speaker, q.kind) == (
        "saying", "Mary Jones", "Mary Jones", "indirect",
    )  # fmt: skip


def test_documents_and_polls_show_or_find_without_that() -> None:
    text = "New filings show the campaign has less than $1.3 million on hand."
    q = one_quote(text)
    assert (q.start, q.end) == span(text, "the campaign", "on hand")
    assert (q.cue, q.speaker_text) == ("show", "New filings")
    text = "The study found most voters back the plan."
    q = one_quote(text)
    assert (q.start, q.end) == span(text, "most voters", "the plan")
    assert (q.cue, q.speaker_text) == ("found", "The study")
    # a person "showed" without "that" is no attribution
    assert quotes(doc_of("Mary Jones showed the visitors around the farm.")) == ()


def test_reported_question_with_no_asker() -> None:
    text = "Asked whether he would run again, Tom Lane said he had not decided."
    doc = doc_of(text)
    qs = quotes(doc)
    check_offsets(doc, qs)
    assert [(q.content, q.cue, q.speaker) for q in qs] == [
        ("whether he would run again", "Asked", None),
        ("he had not decided", "said", "Tom Lane"),
    ]
    q = one_quote("In May he was asked what happened to the black vote.")
    assert (q.content, q.cue, q.speaker_text) == ("what happened to the black vote", "asked", None)


def test_quoted_title_inside_the_clause_is_neither_content_nor_speech() -> None:
    text = (
        "On the network's “Sunday Morning Futures,” Rep. Tom Lane said the senator's "
        "“judgment” is in question because of her email server."
    )
    q = one_quote(text)
    assert (q.start, q.end) == span(text, "the senator's", "email server")
    assert (q.cue, q.speaker_text, q.kind) == ("said", "Rep. Tom Lane", "mixed")


def test_nouns_of_saying_after_a_possessive() -> None:
    text = "Mary Jones spoke in Ohio. Her criticism of the trade deal was sharp."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text, q.speaker) == (
        "the trade deal", "criticism", "Her", "Mary Jones",
    )  # fmt: skip
    text = "Tom Lane's controversial proposal to close the border drew fire."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text, q.speaker) == (
        "to close the border", "proposal", "Tom Lane", "Tom Lane",
    )  # fmt: skip
    # the outer attribution wins over the noun inside its content
    text = "Voters doubt his claim that taxes will fall, the poll found."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == (
        "Voters doubt his claim that taxes will fall", "found", "the poll",
    )  # fmt: skip
    # no possessive, no speaker: "the claim that" is not attributed
    assert quotes(doc_of("The claim that taxes will fall is false.")) == ()


def test_opening_adjunct_is_not_content_and_long_is_not_the_speaker() -> None:
    text = "In a statement, the ministry said the talks were useful."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == ("the talks were useful", "said", "the ministry")
    text = "Mary Jones has long argued that the tax is unfair."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == ("the tax is unfair", "argued", "Mary Jones")
    # content before its cue still starts with a place when a clause follows it
    text = "In Ohio, the tax is unfair, Mary Jones said."
    q = one_quote(text)
    assert (q.content, q.speaker) == ("In Ohio, the tax is unfair", "Mary Jones")


def test_sentence_initial_given_name_before_a_speech_verb() -> None:
    from analysis.actors import find_mentions

    doc = doc_of("Xavier Lopez said the plan was bad. Later Lopez said it again.")
    assert [(m.text, m.canonical) for m in find_mentions(doc)] == [
        ("Xavier Lopez", "Xavier Lopez"), ("Lopez", "Xavier Lopez"),
    ]  # fmt: skip
    assert [(q.speaker_text, q.speaker) for q in quotes(doc)] == [
        ("Xavier Lopez", "Xavier Lopez"), ("Lopez", "Xavier Lopez"),
    ]  # fmt: skip


def test_opinion_verbs_after_a_plain_noun_phrase() -> None:
    text = "Many economists believe the tax is unfair."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == ("the tax is unfair", "believe", "Many economists")
    # intentions still need a name or a pronoun: "the farmers want" is not attributed
    assert quotes(doc_of("The farmers want rain before the harvest.")) == ()


def test_and_said_starts_a_second_attribution_by_the_same_speaker() -> None:
    text = "Tom Lane praised the plan for schools and said the city can pay for it."
    doc = doc_of(text)
    qs = quotes(doc)
    check_offsets(doc, qs)
    assert [(q.content, q.cue, q.speaker) for q in qs] == [
        ("the plan for schools", "praised", "Tom Lane"),
        ("the city can pay for it", "said", "Tom Lane"),
    ]


def test_second_subject_with_plain_said_ends_the_first_content() -> None:
    text = "Most voters said the mayor is honest, and three-quarters said the same of his rival."
    doc = doc_of(text)
    qs = quotes(doc)
    check_offsets(doc, qs)
    assert [(q.content, q.speaker_text) for q in qs] == [
        ("the mayor is honest", "Most voters"),
        ("the same of his rival", "three-quarters"),
    ]


def test_a_poll_is_the_source_through_in() -> None:
    text = "In a Gallup poll released Monday, 50 percent of voters chose the mayor."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == (
        "50 percent of voters chose the mayor", "In", "a Gallup poll released Monday",
    )  # fmt: skip
    text = "The mayor held a ten-point lead among young voters in a Gallup poll."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == (
        "The mayor held a ten-point lead among young voters", "in", "a Gallup poll",
    )  # fmt: skip
    # "has support from": a noun after "has", no attribution
    assert quotes(doc_of("The mayor has support from 52 percent of voters.")) == ()


def test_and_says_and_a_late_that_which_is_no_complementiser() -> None:
    text = "Tom Lane says the answer is to split the banks and says he wrote a bill to do that."
    doc = doc_of(text)
    qs = quotes(doc)
    check_offsets(doc, qs)
    assert [(q.content, q.cue, q.speaker) for q in qs] == [
        ("the answer is to split the banks", "says", "Tom Lane"),
        ("he wrote a bill to do that", "says", "Tom Lane"),
    ]


def test_speaker_before_an_appositive_between_dashes() -> None:
    text = "Jane Okafor — a teacher from Dayton — says she will vote for the mayor."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == (
        "she will vote for the mayor", "says", "Jane Okafor",
    )  # fmt: skip


def test_relative_pronoun_speaker_for_beliefs() -> None:
    text = "Tom Lane, who believes the city is broke, voted no."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text, q.speaker) == (
        "the city is broke", "believes", "who", "Tom Lane",
    )  # fmt: skip


def test_relative_which_stands_for_an_organisation() -> None:
    text = "The Daily Ledger, which said it would cover the race, changed course."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == ("it would cover the race", "said", "which")
    assert q.speaker is not None and "Daily Ledger" in q.speaker


def test_telling_continues_like_adding() -> None:
    text = "Tom Lane attacked the plan on Friday, telling reporters that the city cannot pay."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == ("the city cannot pay", "telling", "Tom Lane")


def test_headline_labels_with_titles_and_nominal_heads() -> None:
    q = one_quote("Dr. Ann Lee: The vaccine is safe for children.\n\nShe spoke on Monday.")
    assert (q.content, q.cue, q.speaker_text) == (
        "The vaccine is safe for children", ":", "Dr. Ann Lee",
    )  # fmt: skip
    q = one_quote("Lane camp: The count was unfair.\n\nThe vote was close.")
    assert (q.speaker_text, q.content) == ("Lane camp", "The count was unfair")
    # a lower-case noun that is no speaker head is no label
    assert quotes(doc_of("The result: the vote was close.")) == ()


def test_citing_after_a_clause_takes_its_subject() -> None:
    text = "Mayor Ann Lee cancelled the vote on Monday, citing concerns about the budget."
    q = one_quote(text)
    assert (q.content, q.cue, q.speaker_text) == (
        "concerns about the budget", "citing", "Mayor Ann Lee",
    )  # fmt: skip
    text = "The mayor cancelled the vote on Monday, citing concerns about the budget."
    assert one_quote(text).speaker_text == "The mayor"
