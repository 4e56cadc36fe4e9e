"""The news scorer's polarity shifters and its prepared (once per document) scoring.

Arithmetic (compound = x / sqrt(x^2 + 15); N_SCALAR = -0.74; negatives x1.5):

* "The new law ends the violence." violence -3.1 is governed by "ends": -3.1 * -0.74
  = 2.294 (now positive, so no negativity weight) -> 2.294 / sqrt(20.2624) = 0.5096;
  pos = 3.294 / (3.294 + 5) = 0.397.
* "The violence goes on." -3.1 * 1.5 = -4.65 -> -4.65 / sqrt(36.6225) = -0.7684.
* "They lack support." support 1.7 * -0.74 = -1.258, * 1.5 = -1.887; "lack" (-1.3)
  gives way to its object -> -1.887 / sqrt(18.5608) = -0.438; neg = 2.887 / 4.887.
* "He did not reduce the risk." risk -1.1 is shifted (* -0.74) and negated by "not"
  two words further back (* -0.74): -0.60236 * 1.5 = -0.90354 -> -0.2272.

These are the rules' own scores (``RULES``): the default also mixes in Pattern's
adjective polarity, tested with its arithmetic in ``test_adjectives.py``.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.newsvader import DEFAULT_CONFIG, prepare, score_range, score_text, score_tokens
from analysis.parse import parse, tokenize
from analysis.read import article_from_text, read_article
from analysis.types import SentimentScore

SEED = "seeds/000_396a11e332c8e407.txt"
#: The news rules alone, without Pattern's adjectives mixed in.
RULES = replace(DEFAULT_CONFIG, adjectives=0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new law ends the violence.", SentimentScore(0.5096, 0.397, 0.603, 0.0)),
        ("The violence goes on.", SentimentScore(-0.7684, 0.0, 0.347, 0.653)),
        ("They lack support.", SentimentScore(-0.438, 0.0, 0.409, 0.591)),
        ("They have support.", SentimentScore(0.4019, 0.574, 0.426, 0.0)),
        ("He did not reduce the risk.", SentimentScore(-0.2272, 0.0, 0.724, 0.276)),
    ],
)
def test_polarity_shifters(text: str, expected: SentimentScore) -> None:
    assert score_text(text, config=RULES) == expected


def test_shifters_can_be_switched_off() -> None:
    off = replace(RULES, shifters=False)
    # violence -3.1 * 1.5 = -4.65 -> -0.7684, as without "ends"
    assert score_text("The new law ends the violence.", config=off).compound == -0.7684


def test_shifter_reaches_only_the_negation_window() -> None:
    # "disease" is four words after "reduce": not shifted. risk -1.1 * -0.74 = 0.814;
    # disease -2.0 * 1.5 = -3.0; sum -2.186 -> -2.186 / sqrt(19.7786) = -0.4915
    assert score_text("They reduce the risk of disease.", config=RULES).compound == -0.4915


def test_no_scored_word_is_neutral_and_no_word_is_empty() -> None:
    assert score_text("The committee met on Tuesday.", config=RULES) == SentimentScore(
        0.0, 0.0, 1.0, 0.0
    )
    assert score_text("...", config=RULES) == SentimentScore(0.0, 0.0, 0.0, 0.0)


def test_ranges_of_a_prepared_document_score_as_their_own_tokens() -> None:
    doc = parse(read_article(SEED))
    prep = prepare(doc.tokens)
    for s in doc.sentences:
        tokens = doc.sentence_tokens(s)
        assert score_range(prep, s.tok_start, s.tok_end) == score_tokens(tokens)
        # a part of a sentence (as a quote cuts it) sees nothing outside itself
        half = s.tok_start + (s.tok_end - s.tok_start) // 2
        assert score_range(prep, half, s.tok_end) == score_tokens(doc.tokens[half : s.tok_end])


def test_a_range_does_not_see_a_negator_before_it() -> None:
    text = "It is not good."
    tokens = tokenize(text)
    prep = prepare(tokens)
    # "good" alone: 1.9 -> 0.4404; with "not" in the range: negated
    assert score_range(prep, 3, 5, config=RULES).compound == 0.4404
    assert score_range(prep, 0, 5, config=RULES).compound == -0.4782


def test_prepared_with_another_lexicon_is_refused() -> None:
    prep = prepare(tokenize("Good."), config=replace(DEFAULT_CONFIG, supplement=False))
    with pytest.raises(ValueError, match="different lexicon"):
        score_range(prep, 0, 2)


def test_headline_case_sentence_keeps_capitalised_words() -> None:
    doc = parse(article_from_text("Talks Were Fruitful And Warm\n\nBody text here.", id="t"))
    prep = prepare(doc.tokens)
    s = doc.sentences[0]
    # headline case: capitals are not names; fruitful 2.0 (supplement) + warm 0.9
    assert score_range(prep, s.tok_start, s.tok_end, config=RULES).compound == round(
        2.9 / (2.9**2 + 15) ** 0.5, 4
    )


def test_a_range_without_scored_words_still_refuses_another_lexicon() -> None:
    prep = prepare(tokenize("The committee met."), config=replace(DEFAULT_CONFIG, supplement=False))
    with pytest.raises(ValueError, match="different lexicon"):
        score_range(prep, 0, 4)


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        # hedge alone before the word: peace 2.5 * 0.75 = 1.875 -> 1.875 / sqrt(18.5156)
        ("The deal may bring peace.", 0.4357),
        # the hedge is in the clause before ";": peace 2.5 -> 2.5 / sqrt(21.25)
        ("It may rain; peace came.", 0.5423),
        # good 1.9 + very 0.293 = 2.193; friends 2.1 + very 0.293 * 0.95 = 2.37835;
        # both * 0.75 (may): 3.4285125 -> 3.4285125 / sqrt(26.7547) = 0.6628
        ("They may be very good friends.", 0.6628),
    ],
)
def test_hedges_with_and_without_boosters(text: str, compound: float) -> None:
    assert score_text(text, config=RULES).compound == compound


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        # good 1.9 -> 1.9 / sqrt(18.61) = 0.4404
        ("The plan is good.", 0.4404),
        # a question is irrealis: good 1.9 * 0.75 = 1.425 -> 1.425 / sqrt(17.0306)
        ("Is the plan good?", 0.3453),
        # hedged and asked: damped once, not twice
        ("Could the plan be good?", 0.3453),
        # only the question is damped: 1.425 + bad -2.5 * 1.5 = -2.325 -> -0.5147
        ("Is the plan good? It is bad.", -0.5147),
    ],
)
def test_questions_are_irrealis(text: str, compound: float) -> None:
    assert score_text(text, config=RULES).compound == compound


def test_questions_rule_can_be_switched_off() -> None:
    off = replace(RULES, questions=False)
    assert score_text("Is the plan good?", config=off).compound == 0.4404
    # -> 1.9 - 3.75 = -1.85 -> -1.85 / sqrt(18.4225)
    assert score_text("Is the plan good? It is bad.", config=off).compound == -0.431


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # investigation -0.9 (like "lawsuit") * 1.5 = -1.35 -> -1.35 / sqrt(16.8225);
        # neg = 2.35 / (2.35 + 2 neutral words)
        ("The investigation continues.", SentimentScore(-0.3291, 0.0, 0.46, 0.54)),
        # tribute 2.2 (like "honor") -> 2.2 / sqrt(19.84); pos = 3.2 / (3.2 + 2)
        ("A fitting tribute.", SentimentScore(0.4939, 0.615, 0.385, 0.0)),
    ],
)
def test_news_event_and_approval_words(text: str, expected: SentimentScore) -> None:
    assert score_text(text, config=RULES) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He shot 9 of 12 from the field.",
        "She shot 45 percent.",
        "He shot 3-for-10 from deep.",
        "Messi had a shot on goal.",
        "He took a shot from 20 yards.",
        "The shot clock expired.",
        "His jump shot fell.",
        "She sent screen shots of the messages.",
    ],
)
def test_shot_in_sports_carries_no_sentiment(text: str) -> None:
    # "shot" (-1.5, like "gun") is the only scored word: all words neutral
    assert score_text(text, config=RULES) == SentimentScore(0.0, 0.0, 1.0, 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shot -1.5 * 1.5 = -2.25 -> -2.25 / sqrt(20.0625); neg = 3.25 / (3.25 + 3)
        ("He shot 3 people.", SentimentScore(-0.5023, 0.0, 0.48, 0.52)),
        # "took a shot at": possibly an attack, kept; neg = 3.25 / (3.25 + 6)
        ("He took a shot at the senator.", SentimentScore(-0.5023, 0.0, 0.649, 0.351)),
        # shot -2.25 + dead -3.3 * 1.5 = -7.2 -> -7.2 / sqrt(66.84); neg = 9.2 / 11.2
        ("Police shot him dead.", SentimentScore(-0.8807, 0.0, 0.179, 0.821)),
    ],
)
def test_shot_as_gunfire_stays_negative(text: str, expected: SentimentScore) -> None:
    assert score_text(text, config=RULES) == expected


def test_a_shooting_statistic_leaves_the_rest_of_the_sentence() -> None:
    # shot 0, happy 2.7 -> 2.7 / sqrt(22.29); pos = 3.7 / (3.7 + 9 neutral words)
    text = "Curry shot 9 of 12 and the crowd was happy."
    assert score_text(text, config=RULES) == SentimentScore(0.5719, 0.291, 0.709, 0.0)


def test_rounded_is_round() -> None:
    from analysis.newsrules import rounded

    # near ties, negative zero, and a grid of thousandths and their neighbours
    assert repr(rounded(-0.00004, 4, 1e4)) == "-0.0"
    assert rounded(0.0005, 3, 1e3) == 0.001  # 0.0005 is a little above the tie in binary
    assert rounded(0.0625, 3, 1e3) == 0.062  # an exact binary tie: to even
    grid = [k / 20000 for k in range(-20000, 20001)]
    grid += [v + d for v in grid for d in (1e-12, -1e-12)]
    for v in grid:
        assert repr(rounded(v, 3, 1e3)) == repr(round(v, 3))
        assert repr(rounded(v, 4, 1e4)) == repr(round(v, 4))


def test_finish_rounds_as_round() -> None:
    import math

    from analysis.newsrules import finish

    # every (valence, neutral words) pair of a one-word range at VADER's 0.05 steps
    for step in range(-80, 81):
        v = step * 0.05
        for neutral in range(0, 40, 3):
            whole = (v + 1 if v > 0 else 0) - (v - 1 if v < 0 else 0) + neutral
            if whole == 0:
                continue
            expected = SentimentScore(
                round(v / math.sqrt(v * v + 15.0), 4),
                round((v + 1 if v > 0 else 0) / whole, 3),
                round(neutral / whole, 3),
                round(-(v - 1 if v < 0 else 0) / whole, 3),
            )
            assert repr(finish([v], v, 0, 0, neutral)) == repr(expected)
