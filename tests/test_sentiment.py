"""Sentiment: hand-checked scores, the seed, aggregation by document, voice, speaker, actor.

Arithmetic behind the expected values (VADER: compound = x / sqrt(x^2 + 15) for the
sum x of word valences; pos/neu/neg from valences +-1 and neutral-word counts):

* "The plan is good." good = 1.9 -> 1.9 / sqrt(18.61) = 0.4404; pos = 2.9 / 5.9.
* "The plan is not good." 1.9 * -0.74 = -1.406 -> -0.3412 (VADER); the news scorer
  weighs negatives by 1.5: -2.109 -> -2.109 / sqrt(19.4479) = -0.4782.
* "Officials condemned the interference." news: (-1.9 - 1.7) * 1.5 = -5.4 -> -0.8126,
  neg = 7.4 / 9.4 = 0.787.
* "... fruitful; however, the deal collapsed." 2.0 * 0.5 - 1.1 * 1.5 * 1.5 = -1.475
  -> -0.3559; pos = 2.0 / 11.475, neg = 3.475 / 11.475 (6 neutral words).
* "Although the plan is good, the results are bad." 1.9 * 0.5 - 2.5 * 1.5 * 1.5 =
  -4.675 -> -0.7701.
* "The plan may fail." -2.5 * 0.75 (hedge) * 1.5 = -2.8125 -> -0.5876.

The news scorer's compound then mixes in Pattern's adjective polarity (mean over its
lexicon words; 0 when there is none): 0.65 * rules + 0.35 * Pattern.

* "The plan is good.": good 0.7 -> 0.65 * 0.4404 + 0.35 * 0.7 = 0.5313.
* "The plan is not good.": not good -0.35 -> 0.65 * -0.4782 - 0.1225 = -0.4333.
* "fruitful", "condemned", "interference", "collapsed" are not in Pattern's lexicon:
  0.65 * 0.4588 = 0.2982, 0.65 * -0.8126 = -0.5282, 0.65 * -0.3559 = -0.2313.
* "Although the plan is good, the results are bad.": good 0.7 and bad -0.7 average
  to 0 (Pattern has no contrast rule) -> 0.65 * -0.7701 = -0.5006.
* "The plan may fail.": fail -0.5, hedged as the rules hedge it (x0.75) -> 0.65 *
  -0.5876 - 0.35 * 0.375 = -0.5132.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest
from click.testing import CliRunner
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import sentiment as S
from analysis.cli import main
from analysis.newsvader import DEFAULT_CONFIG, news_supplement, score_text, vader_lexicon
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.types import Document, Mention, Quote, SentimentScore

SEED = "seeds/000_396a11e332c8e407.txt"
#: The news rules alone, without Pattern's adjectives mixed in.
RULES = replace(DEFAULT_CONFIG, adjectives=0.0)


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse(read_article(SEED))


def doc_of(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


# --- scorers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "news", "vader"),
    [
        ("The plan is good.", (0.5313, 0.492, 0.508, 0.0), (0.4404, 0.492, 0.508, 0.0)),
        ("The plan is not good.", (-0.4333, 0.0, 0.563, 0.437), (-0.3412, 0.0, 0.624, 0.376)),
        ("The talks were fruitful.", (0.2982, 0.5, 0.5, 0.0), (0.0, 0.0, 1.0, 0.0)),
        (
            "Officials condemned the interference.",
            (-0.5282, 0.0, 0.213, 0.787),
            (-0.4404, 0.0, 0.508, 0.492),
        ),
        (
            "The talks were fruitful; however, the deal collapsed.",
            (-0.2313, 0.174, 0.523, 0.303),
            (-0.2732, 0.0, 0.769, 0.231),
        ),
        (
            "Although the plan is good, the results are bad.",
            (-0.5006, 0.125, 0.449, 0.425),
            (-0.1531, 0.216, 0.522, 0.261),
        ),
        ("The plan may fail.", (-0.5132, 0.0, 0.44, 0.56), (-0.5423, 0.0, 0.462, 0.538)),
        ("It looks like rain.", (0.0, 0.0, 1.0, 0.0), (0.3612, 0.455, 0.545, 0.0)),
        ("She moved to Hope Street.", (0.0, 0.0, 1.0, 0.0), (0.4404, 0.42, 0.58, 0.0)),
    ],
)
def test_scores_hand_checked(text: str, news: tuple[float, ...], vader: tuple[float, ...]) -> None:
    assert score_text(text) == SentimentScore(*news)
    assert S.vader_text(text) == SentimentScore(*vader)


def test_long_sentences_are_compressed() -> None:
    # 40 words, one "good": 1.9 / sqrt(40 / 20) = 1.34350 -> 1.34350 / sqrt(16.805)
    text = "The report was good " + " ".join(["and"] * 35) + " then."
    assert score_text(text, config=RULES).compound == 0.3277
    # Pattern's mean is not compressed: 0.65 * 0.3277 + 0.35 * good 0.7 = 0.458
    assert score_text(text).compound == 0.458
    assert S.vader_text(text).compound == 0.4404


def test_vader_method_equals_plain_vadersentiment(seed: Document) -> None:
    analyzer = SentimentIntensityAnalyzer()
    for s in S.sentences(seed, method="vader"):
        plain = analyzer.polarity_scores(seed.text[s.start : s.end])
        assert s.score == SentimentScore(
            plain["compound"], plain["pos"], plain["neu"], plain["neg"]
        )


def test_lexicons_load_from_the_package() -> None:
    lex = vader_lexicon()
    assert len(lex) == 7506
    assert lex["good"] == 1.9
    sup = news_supplement()
    assert sup["interfering"] == (-1.6, "~undermine")
    assert sup["deaths"] == (-2.9, "=death")
    for word, (value, basis) in sup.items():
        if basis.startswith("="):  # inflections keep their base's VADER valence
            assert lex[basis[1:]] == value, word
        if basis.startswith("~"):  # new words only, never overriding a VADER rating
            assert word not in lex, word


def test_unknown_method_fails_loudly(seed: Document) -> None:
    with pytest.raises(ValueError, match="unknown sentiment method"):
        S.sentences(seed, method="textblob")  # type: ignore[arg-type]


# --- the seed -------------------------------------------------------------------------


def test_seed_most_negative_sentence(seed: Document) -> None:
    scored = S.sentences(seed)
    worst = min(scored, key=lambda s: (s.score.compound, s.sentence))
    assert worst.sentence == 7
    assert worst.text.startswith("China, he added, opposes external forces interfering")
    assert seed.text[worst.start : worst.end] == worst.text
    # 27 words: (-0.8 - 1.6) * 1.5 + 1.5 = -2.1, / sqrt(27 / 20) -> -1.8074 -> -0.4229;
    # Pattern: external, internal and own score 0 in news -> 0.65 * -0.4229 = -0.2749
    assert worst.score == SentimentScore(-0.2749, 0.078, 0.748, 0.174)
    assert sum(1 for s in scored if s.score.compound < 0) == 1
    # Plain VADER sees no negative sentence: "interfering" is not in its lexicon.
    vader = S.sentences(seed, method="vader")
    assert vader[7].score.compound == 0.3612
    assert min(s.score.compound for s in vader) == 0.1779  # the headline


def test_seed_document(seed: Document) -> None:
    d = S.document(seed)
    scored = S.sentences(seed)
    words = [sum(t.is_word for t in seed.sentence_tokens(s)) for s in seed.sentences]
    assert d.sentences == 11 and d.words == sum(words) == 404
    expected = sum(w * s.score.compound for w, s in zip(words, scored, strict=True)) / 404
    assert d.compound == pytest.approx(expected)
    # sentence 3: cooperation 1.6 + progress 1.8 + increased 1.1 = 4.5 over 43 words,
    # 4.5 / sqrt(43 / 20) = 3.069 -> 0.6211 ("a number of" carries no valence);
    # Pattern: steady 0.1667 ("large" is news-neutral) -> 0.65 * 0.6211 + 0.35 * 0.1667
    assert scored[3].score.compound == 0.4621
    assert round(d.compound, 4) == 0.4428
    assert d.positive == pytest.approx(10 / 11) and d.negative == pytest.approx(1 / 11)
    assert d.drivers == (5, 1, 2)
    assert d.pos + d.neu + d.neg == pytest.approx(1.0, abs=0.002)


# --- aggregation with hand-built quotes and mentions ------------------------------


TEXT = (
    "The minister said the talks were fruitful. "
    '"The sanctions are a disaster," the mayor warned. '
    "The minister added that cooperation would grow."
)


def quote(text: str, content: str, speaker: str | None) -> Quote:
    start = text.index(content)
    return Quote(
        content, start, start + len(content), "direct", None, None, None,
        speaker, None, None, None,
    )  # fmt: skip


def test_segments_split_sentences_between_voices() -> None:
    doc = doc_of(TEXT)
    quotes = [
        quote(TEXT, "the talks were fruitful", "Minister"),
        quote(TEXT, "The sanctions are a disaster", "Mayor"),
        quote(TEXT, "cooperation would grow", "Minister"),
    ]
    parts = S.segments(doc, quotes)
    got = [(p.sentence, TEXT[p.start : p.end], p.speaker, p.words) for p in parts]
    assert got == [
        (0, "The minister said", None, 3),
        (0, "the talks were fruitful", "Minister", 4),
        (1, "The sanctions are a disaster", "Mayor", 5),
        (1, '," the mayor warned.', None, 3),
        (2, "The minister added that", None, 4),
        (2, "cooperation would grow", "Minister", 3),
    ]
    # No word of these segments is in Pattern's lexicon: each is 0.65 * the rules' score.
    # sanctions -1.3, disaster -3.1, each * 1.5: -6.6 -> -6.6 / sqrt(58.56) = -0.8625
    assert parts[2].score.compound == -0.5606  # 0.65 * -0.8625
    # warned -1.1 * 1.5 = -1.65 -> -1.65 / sqrt(17.7225) = -0.3919
    assert parts[3].score.compound == -0.2547  # 0.65 * -0.3919
    # cooperation 1.6 -> 0.3818 ("would" follows it, so no hedge)
    assert parts[5].score.compound == 0.2482  # 0.65 * 0.3818
    # fruitful 2.0 -> 0.4588

    speakers = S.by_speaker(doc, quotes, parts=parts)
    assert [g.name for g in speakers] == ["Minister", "Mayor"]
    minister = speakers[0]
    assert minister.segments == 2 and minister.words == 7
    assert minister.compound == pytest.approx((4 * 0.2982 + 3 * 0.2482) / 7)
    mean = (4 * 0.2982 + 3 * 0.2482) / 7
    std = math.sqrt((4 * (0.2982 - mean) ** 2 + 3 * (0.2482 - mean) ** 2) / 7)
    assert minister.std == pytest.approx(std)
    assert minister.positive == 1.0 and minister.negative == 0.0
    assert speakers[1].compound == pytest.approx(-0.5606)

    narration, quoted = S.by_voice(doc, quotes, parts=parts)
    assert (narration.name, narration.segments, narration.words) == ("narration", 3, 10)
    assert narration.compound == pytest.approx(3 * -0.2547 / 10)
    assert (quoted.segments, quoted.words) == (3, 12)
    assert quoted.compound == pytest.approx((4 * 0.2982 - 5 * 0.5606 + 3 * 0.2482) / 12)


def test_segments_quote_across_sentences_and_overlapping_quotes() -> None:
    # A quote spanning two sentences, a later quote inside it (the first-starting one
    # owns its tokens), a narration-only sentence after them, then an unattributed quote.
    text = (
        'Officials said "the plan failed. It will be dropped." The mayor agreed. '
        'Critics called it "a good start".'
    )
    doc = doc_of(text)
    quotes = [
        quote(text, "It will be dropped", "Mayor"),
        quote(text, "a good start", None),
        quote(text, "the plan failed. It will be dropped", "Officials"),
    ]
    parts = S.segments(doc, quotes)
    got = [(p.sentence, text[p.start : p.end], p.speaker, p.words) for p in parts]
    assert got == [
        (0, 'Officials said "', None, 2),
        (0, "the plan failed.", "Officials", 3),
        (1, "It will be dropped", "Officials", 4),
        (2, "The mayor agreed.", None, 3),
        (3, 'Critics called it "', None, 3),
        (3, "a good start", S.UNKNOWN_SPEAKER, 3),
    ]
    # failed -2.3 * 1.5 = -3.45 -> -3.45 / sqrt(3.45 ** 2 + 15) = -0.6652;
    # Pattern: failed -0.5 -> 0.65 * -0.6652 - 0.35 * 0.5 = -0.6074
    assert parts[1].score.compound == -0.6074
    # good 1.9 -> 1.9 / sqrt(1.9 ** 2 + 15) = 0.4404; Pattern: good 0.7 -> 0.5313
    assert parts[5].score.compound == 0.5313
    # the same parts when the sentence scores are passed in (whole sentences reused)
    assert S.segments(doc, quotes, scored=S.sentences(doc)) == parts


def test_unknown_speaker_and_no_quotes() -> None:
    doc = doc_of(TEXT)
    speakers = S.by_speaker(doc, [quote(TEXT, "The sanctions are a disaster", None)])
    assert [(g.name, g.segments) for g in speakers] == [(S.UNKNOWN_SPEAKER, 1)]
    assert speakers[0].compound == pytest.approx(-0.5606)
    narration, quoted = S.by_voice(doc, [])
    assert narration.segments == 3 and narration.words == 22  # 7 + 8 + 7
    assert quoted.segments == 0 and quoted.compound == 0.0


def test_by_actor_counts_each_sentence_once() -> None:
    doc = doc_of(TEXT)
    mentions = [
        Mention("minister", 4, 12, "Minister", "person"),
        Mention("mayor", 79, 84, "Mayor", "person"),
        Mention("minister", 97, 105, "Minister", "person"),
        Mention("minister", 97, 105, "Minister", "person"),
    ]
    assert TEXT[79:84] == "mayor" and TEXT[97:105] == "minister"
    scored = S.sentences(doc)
    actors = S.by_actor(doc, mentions, scored=scored)
    assert [(g.name, g.segments) for g in actors] == [("Minister", 2), ("Mayor", 1)]
    assert actors[1].compound == pytest.approx(scored[1].score.compound)
    w0, w2 = 7, 7
    assert actors[0].words == w0 + w2
    expected = (w0 * scored[0].score.compound + w2 * scored[2].score.compound) / (w0 + w2)
    assert actors[0].compound == pytest.approx(expected)


def test_document_aggregation_is_length_weighted() -> None:
    doc = doc_of("The plan is good. The old plan of the city council is not good at all.")
    scored = S.sentences(doc, method="vader")
    assert [s.score.compound for s in scored] == [0.4404, -0.3412]
    d = S.document(doc, method="vader", scored=scored)
    # 4 and 12 words: (4 * 0.4404 - 12 * 0.3412) / 16
    assert d.compound == pytest.approx((4 * 0.4404 - 12 * 0.3412) / 16)
    assert d.words == 16 and d.drivers == (1,)
    assert d.positive == 0.5 and d.negative == 0.5
    mean = d.compound
    std = math.sqrt((4 * (0.4404 - mean) ** 2 + 12 * (-0.3412 - mean) ** 2) / 16)
    assert d.std == pytest.approx(std)


# --- records and the command line ------------------------------------------------


def test_records_document_and_sentence(seed: Document) -> None:
    (rec,) = S.records(seed)
    assert list(rec)[:6] == ["doc", "compound", "pos", "neu", "neg", "method"]
    assert rec["doc"] == SEED and rec["compound"] == 0.442826 and rec["drivers"] == "5,1,2"
    rows = S.records(seed, level="sentence", method="vader")
    assert len(rows) == 11
    assert list(rows[7])[:4] == ["doc", "sentence", "start", "end"]
    assert seed.text[rows[7]["start"] : rows[7]["end"]] == rows[7]["text"]
    assert rows[7]["compound"] == 0.3612


def test_cli_sentiment() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["sentiment", SEED, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (rec,) = [json.loads(line) for line in result.output.splitlines()]
    assert rec["doc"] == SEED and rec["method"] == "news" and rec["compound"] == 0.442826
    result = runner.invoke(
        main, ["sentiment", SEED, "--level", "sentence", "--method", "vader", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "doc,sentence,start,end,compound,pos,neu,neg,method,text"
    assert len(lines) == 12
    help_text = runner.invoke(main, ["sentiment", "--help"]).output
    assert "Example:" in help_text


def test_cli_bad_input_keeps_going() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["sentiment", "no/such/file.txt", SEED, "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
