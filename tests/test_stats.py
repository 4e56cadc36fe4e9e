"""Text statistics: worked examples, syllables, MTLD, the seed's hand-checked counts."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from analysis import frames, plots
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.stats import (
    ari,
    body_stats,
    coleman_liau,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    mtld,
    records,
    sentence_stats,
    smog,
    text_stats,
)
from analysis.syllables import estimate, numeral_words, syllables
from analysis.types import Article, TextStats

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def stats_of(text: str) -> TextStats:
    return text_stats(parse(Article(id="t", text=text)))


# --- worked examples ----------------------------------------------------------------


def test_the_cat_sat_on_the_mat() -> None:
    s = stats_of("The cat sat on the mat.")
    assert (s.words, s.sentences, s.syllables, s.letters, s.unique_words) == (6, 1, 6, 17, 5)
    assert s.flesch_reading_ease == pytest.approx(116.145, abs=0.005)
    # Hand-computed from the counts: 0.39*6 + 11.8*1 - 15.59.
    assert s.flesch_kincaid_grade == pytest.approx(-1.45, abs=0.005)
    assert s.gunning_fog == pytest.approx(2.4, abs=0.005)  # 0.4 * (6 + 0)
    assert s.smog == pytest.approx(3.1291, abs=0.00005)  # no polysyllables
    # 4.71 * 17/6 + 0.5 * 6 - 21.43 = -5.085
    assert s.ari == pytest.approx(-5.085, abs=0.005)
    # 0.0588 * 283.33 - 0.296 * 16.67 - 15.8 = -4.07
    assert s.coleman_liau == pytest.approx(-4.07, abs=0.005)
    assert s.type_token_ratio == pytest.approx(5 / 6)


def test_coleman_liau_published_example() -> None:
    assert round(coleman_liau(words=119, letters=639, sentences=5), 2) == 14.53


def test_formulas_on_round_counts() -> None:
    # 100 words, 5 sentences, 150 syllables, 10 polysyllables, 500 letters.
    assert flesch_reading_ease(words=100, sentences=5, syllables=150) == pytest.approx(59.635)
    assert flesch_kincaid_grade(words=100, sentences=5, syllables=150) == pytest.approx(9.91)
    assert gunning_fog(words=100, sentences=5, polysyllables=10) == pytest.approx(12.0)
    assert ari(words=100, sentences=5, letters=500) == pytest.approx(12.12)
    assert coleman_liau(words=100, sentences=5, letters=500) == pytest.approx(12.12)
    # SMOG: 9 polysyllables in 30 sentences -> 1.043 * 3 + 3.1291.
    assert smog(sentences=30, polysyllables=9) == pytest.approx(6.2581)
    # 30-sentence normalisation: 3 in 10 sentences is the same rate.
    assert smog(sentences=10, polysyllables=3) == pytest.approx(6.2581)


def test_formulas_refuse_empty_counts() -> None:
    with pytest.raises(ValueError):
        flesch_reading_ease(words=0, sentences=1, syllables=0)
    with pytest.raises(ValueError):
        smog(sentences=0, polysyllables=0)


# --- syllables ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1),
        ("cat", 1),
        ("Belarus", 3),  # CMU: B EH0 L AA1 R AH0 S
        ("multilateralism", 7),
        ("don't", 1),
        ("don’t", 1),  # typographic apostrophe
        ("China-Belarus", 5),  # parts: 2 + 3
        ("win-win", 2),
        ("Lukashenko", 4),  # not in CMU: rule-based
        ("U.S.", 2),  # in CMU
        ("UN", 2),  # initialism: U-N
        ("CFP", 3),  # C-F-P
        ("2,000", 3),  # two thousand
        ("3.5", 3),  # three point five
        ("30th", 3),  # thirtieth
        ("50-fold", 3),  # fifty + fold
        ("2022", 5),  # twenty twenty-two
        ("06:42", 5),  # oh six forty-two
        ("1990s", 4),  # nineteen nineties
        ("!", 0),
    ],
)
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize(
    ("word", "count"),
    [("²", 1), ("0²", 3), ("中国", 1), ("Ⅻ", 1), ("٣", 1), ("g20", 3)],
)
def test_syllables_of_odd_tokens_are_at_least_one(word: str, count: int) -> None:
    # Other scripts and digit-like signs: no crash, no endless recursion, never 0.
    assert syllables(word) == count


def test_numeral_words() -> None:
    assert numeral_words("1,250,000") == ["one", "million", "two", "hundred", "fifty", "thousand"]
    assert numeral_words("21st") == ["twenty", "first"]
    assert numeral_words("2005") == ["two", "thousand", "five"]
    assert numeral_words("1905") == ["nineteen", "oh", "five"]
    assert numeral_words("-4") == ["minus", "four"]


@pytest.mark.parametrize(
    ("word", "count"),
    [("stone", 1), ("table", 2), ("jumped", 1), ("wanted", 2), ("biology", 4), ("rhythm", 1)],
)
def test_rule_based_estimate(word: str, count: int) -> None:
    assert estimate(word) == count


# --- MTLD -----------------------------------------------------------------------------


def test_mtld_hand_worked() -> None:
    # a b a b: the TTR falls to 2/3 at the third word (one factor), the rest has TTR 1.
    assert mtld(["a", "b", "a", "b"]) == pytest.approx(4.0)
    # the cat sat on the mat: no full factor; partial (1 - 5/6) / 0.28 both ways.
    assert mtld("the cat sat on the mat".split()) == pytest.approx(6 / ((1 - 5 / 6) / 0.28))
    assert math.isnan(mtld(["all", "different", "words"]))
    assert math.isnan(mtld([]))


# --- documents ------------------------------------------------------------------------


def test_headline_is_excluded() -> None:
    doc = parse(article_from_text("Big Headline Words\nPhoto: CFP\n\nThe cat sat.", id="h"))
    s = text_stats(doc)
    assert (s.words, s.sentences, s.paragraphs) == (3, 1, 1)


def test_body_stats_counts_once_what_text_and_sentence_stats_give() -> None:
    doc = parse(read_article(SEED))
    whole, sentences = body_stats(doc)
    assert sentences == sentence_stats(doc)
    assert whole == text_stats(doc) == text_stats(doc, per_sentence=sentences)
    assert (whole.words, len(sentences), sum(s.words for s in sentences)) == (386, 10, 386)


def test_no_words_gives_counts_and_nan_measures() -> None:
    # a headline over a line of dashes: the body has 11 characters and no word
    doc = parse(article_from_text("Big News Today\n\n-----------\n", id="d"))
    s = text_stats(doc)
    assert (s.characters, s.letters, s.words, s.sentences, s.paragraphs) == (11, 0, 0, 0, 1)
    assert (s.syllables, s.long_words, s.polysyllables, s.unique_words) == (0, 0, 0, 0)
    measures = [
        s.type_token_ratio,
        s.mtld,
        s.flesch_reading_ease,
        s.flesch_kincaid_grade,
        s.gunning_fog,
        s.smog,
        s.coleman_liau,
        s.ari,
        s.words_per_sentence,
        s.letters_per_word,
        s.syllables_per_word,
    ]
    assert all(math.isnan(m) for m in measures)
    assert stats_of("!!! ... ?").characters == 7  # 3 + 3 + 1 non-space characters


def test_no_words_is_an_error_for_the_stats_records() -> None:
    with pytest.raises(ValueError, match="the body has no words"):
        records(parse(Article(id="t", text="!!! ... ?")))


def test_seed_hand_checked_sentences() -> None:
    doc = parse(read_article(SEED))
    per = sentence_stats(doc)
    assert len(per) == 10
    # Counted by hand: "For his part, Lukashenko thanked China for always providing firm
    # political and moral support for Belarus."
    eighth = per[7]
    assert doc.text[eighth.start : eighth.end].startswith("For his part, Lukashenko")
    assert (eighth.words, eighth.letters, eighth.syllables) == (16, 88, 30)
    assert (eighth.long_words, eighth.polysyllables) == (6, 4)
    # "The China-Belarus relationship has set a good example of friendly exchanges and
    # mutually beneficial cooperation between countries, he stressed."
    fourth = per[3]
    assert doc.text[fourth.start : fourth.end].startswith("The China-Belarus relationship")
    assert (fourth.words, fourth.letters, fourth.syllables) == (19, 122, 43)
    assert (fourth.long_words, fourth.polysyllables) == (11, 7)


def test_seed_totals() -> None:
    doc = parse(read_article(SEED))
    s = text_stats(doc)
    # Body = the file after its four metadata/blank lines and the headline.
    body = SEED.read_text(encoding="utf-8").split("Photo: VCG\n", 1)[1]
    assert s.characters == sum(1 for c in body if not c.isspace()) == 2253
    # 10 one-sentence paragraphs; words agree with textstat's lexicon_count (386).
    assert (s.words, s.sentences, s.paragraphs) == (386, 10, 10)
    assert s.words == len([w for w in body.replace("-", "").split() if any(c.isalnum() for c in w)])
    # Sums of the per-sentence counts (two sentences hand-checked above).
    assert (s.syllables, s.polysyllables, s.long_words, s.letters) == (775, 104, 144, 2198)
    assert s.unique_words == 207
    assert s.words_per_sentence == pytest.approx(38.6)
    assert s.flesch_reading_ease == pytest.approx(206.835 - 1.015 * 38.6 - 84.6 * 775 / 386)
    assert round(s.flesch_reading_ease, 2) == -2.20
    assert round(s.smog, 2) == round(1.043 * math.sqrt(104 * 3) + 3.1291, 2) == 21.55


def test_records_doc_first_then_every_field() -> None:
    doc = parse(read_article(SEED))
    (record,) = records(doc)
    assert list(record) == ["doc", *TextStats.__dataclass_fields__]
    assert record["doc"] == str(SEED) and record["words"] == 386


# --- frames and plots -----------------------------------------------------------------


def test_frames_have_fixed_columns() -> None:
    doc = parse(read_article(SEED))
    st = {doc.id: text_stats(doc)}
    sf = frames.stats_frame(st)
    assert tuple(sf.columns) == frames.STATS_COLUMNS and len(sf) == 1
    assert sf.loc[0, "words"] == 386
    assert tuple(frames.stats_frame({}).columns) == frames.STATS_COLUMNS
    per = frames.sentence_stats_frame(sentence_stats(doc), doc=doc.id)
    assert tuple(per.columns) == frames.SENTENCE_STATS_COLUMNS
    assert per["words"].tolist() == [52, 40, 43, 19, 63, 55, 27, 16, 37, 34]
    assert per["sentence"].tolist() == list(range(1, 11))
    rf = frames.readability_frame(st)
    assert tuple(rf.columns) == frames.READABILITY_COLUMNS
    assert rf["measure"].tolist()[0] == "Flesch reading ease"
    assert rf["band"].tolist() == ["very confusing", *["graduate"] * 5]


@pytest.mark.parametrize(
    ("score", "band"),
    [(95, "very easy"), (65, "standard"), (30, "difficult"), (-2, "very confusing")],
)
def test_flesch_bands(score: float, band: str) -> None:
    assert frames.flesch_band(score) == band


def test_plots_are_labelled_figures() -> None:
    doc = parse(read_article(SEED))
    st = {doc.id: text_stats(doc)}
    per = frames.sentence_stats_frame(sentence_stats(doc), doc=doc.id)
    figs = [
        plots.sentence_lengths(per),
        plots.sentence_profile(per),
        plots.readability(frames.readability_frame(st)),
    ]
    for fig in figs:
        assert isinstance(fig, Figure)
        for ax in fig.axes:
            assert ax.get_title()
    assert figs[0].axes[0].get_xlabel() == "Words per sentence"
    with pytest.raises(ValueError):
        plots.readability(frames.readability_frame({}))


def test_a_text_set_in_capitals_reads_like_the_same_text_in_lower_case() -> None:
    # Hand count: The talks will go on next week in the capital (1x9 + 3 = 12), Officials
    # said the plan was sound (3 + 5 = 8), Both sides want a deal (5): 25 syllables, 21
    # words, 3 sentences; FK = 0.39 * 7 + 11.8 * 25 / 21 - 15.59 = 1.1876.
    text = (
        "The talks will go on next week in the capital. Officials said the plan was sound. "
        "Both sides want a deal."
    )
    mixed = text_stats(parse(article_from_text(text, id="mixed")))
    shouted = text_stats(parse(article_from_text(text.upper(), id="caps")))
    for stats in (mixed, shouted):
        assert (stats.words, stats.syllables, stats.polysyllables) == (21, 25, 2)
        assert stats.flesch_kincaid_grade == pytest.approx(1.1876, abs=1e-4)
    # In mixed-case text a short all-capital word is still an initialism.
    un = text_stats(parse(article_from_text("The UN met.", id="un")))
    assert un.syllables == 1 + 2 + 1
    # A capitalised word the dictionary lacks is still spelled out: N-Y-T.
    nyt = text_stats(parse(article_from_text("THE NYT SAID SO.", id="nyt")))
    assert nyt.syllables == 1 + 3 + 1 + 1


def test_characters_leave_out_every_kind_of_whitespace() -> None:
    # 'Go\xa0on' holds a no-break space, the second line a tab: 28 non-space
    # characters of 'It rained all day.' (15) and 'Go on, said\tAnn.' (13)
    for text, expected in [
        ("It rained all day. Go on, said Ann.", 28),
        ("It rained all day. Go\xa0on, said\tAnn.", 28),
        ("It rained\u2009all day.\nGo on, said Ann.", 28),
    ]:
        doc = parse(article_from_text(text, id="x"))
        assert text_stats(doc).characters == expected, text
