"""Pattern's adjective polarity and its mix into the news scorer's compound.

Arithmetic (Pattern's values from ``data/pattern_sentiment.tsv``: good 0.7, bad -0.7,
great 0.8, happy 0.8, grand 0.5, failed -0.5; very: intensity 1.3, especially: 2.0):

* "a very good idea": 0.7 * 1.3 = 0.91; "not very good": the negation reaches "very",
  whose intensity turns to 1 / 1.3, so good is 0.7 / 1.3 = 0.5385, negated
  * -0.5 = -0.2692; "especially" (intensity 2.0) makes good 1.4, capped at 1, and
  "not especially good" 0.7 / 2 * -0.5 = -0.175; "good!" 0.7 * 1.25 = 0.875.
* Mixed: compound = 0.65 * rules + 0.35 * Pattern.
  "It was a great day!": rules (3.1 + 0.292) / sqrt(3.392^2 + 15) = 0.6588, Pattern
  0.8 * 1.25 = 1.0 -> 0.4282 + 0.35 = 0.7782. "They were not happy.": rules happy 2.7
  * -0.74 * 1.5 = -2.997 -> -0.612, Pattern -0.4 -> -0.3978 - 0.14 = -0.5378.
  "The grand plan failed.": rules failed -2.3 * 1.5 -> -0.6652; Pattern (0.5 - 0.5) / 2
  = 0 -> -0.4324. "Is the plan good?": a question damps both lexicons by 0.75: rules
  1.425 -> 0.3453, Pattern 0.7 * 0.75 = 0.525 -> 0.2244 + 0.1838 = 0.4082; pos =
  2.425 / (2.425 + 3 neutral words).
"""

from __future__ import annotations

import pickle
import random
from dataclasses import replace
from importlib import resources

import pytest

from analysis.adjectives import NEWS_NEUTRAL, adverb_of, assessments, lexicon, polarity
from analysis.newsvader import DEFAULT_CONFIG, score_text
from analysis.parse import tokenize
from analysis.types import SentimentScore


def low(text: str) -> list[str]:
    return [t.text.lower() for t in tokenize(text)]


def test_lexicon_loads_from_the_package() -> None:
    text = resources.files("analysis.data").joinpath("pattern_sentiment.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert len(rows) == 2860  # Pattern's 1,528 forms and the adverbs made of its adjectives
    assert ["terribly", "-1", "1", "1", "1"] in rows  # made of "terrible", an adverb
    lex = lexicon()
    assert "can't" not in lex and "isn't" not in lex  # negators only
    assert lex["good"] == (0.7, 1.0, False)
    assert lex["terribly"] == (-1.0, 1.0, True)
    assert lex["very"] == (0.0, 1.3, True)  # news-neutral, kept for its intensity


def test_news_neutral_forms_are_no_assessments() -> None:
    lex = lexicon()
    assert len(NEWS_NEUTRAL) == 115
    assert adverb_of("large") == "largely" and adverb_of("simple") == "simply"
    for form in NEWS_NEUTRAL | {adverb_of(f) for f in NEWS_NEUTRAL}:
        # left out, or an intensifying adverb at polarity 0
        assert form not in lex or (lex[form][0] == 0.0 and lex[form][2]), form
    assert "many" not in lex and "largely" not in lex
    assert polarity(low("Many new voters came.")) is None  # no opinion word
    assert polarity(low("Many new voters were happy.")) == 0.8  # not diluted by them


def test_degree_words_say_how_much_not_whether_good() -> None:
    # Pattern: sharp(ly) -0.125, significant +0.375, dramatic -0.4333, narrow -0.2
    assert polarity(low("Oil prices rose sharply.")) is None
    assert score_text("Oil prices rose sharply.").compound == 0.0
    assert polarity(low("a significant, dramatic and narrow change")) is None
    assert "sharply" not in lexicon() and "slightly" not in lexicon()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a good idea", 0.7),
        ("not a good idea", -0.35),  # across a short word
        ("not the good idea", 0.7),  # a word of two letters or more ends its reach
        ("a very good idea", 0.91),
        ("not very good", -0.2692),
        ("especially good", 1.0),  # 0.7 * 2.0, capped
        ("not especially good", -0.175),  # the negation turns 2.0 into 1 / 2.0
        ("good !", 0.875),
        ("good and bad", 0.0),
        ("It isn't good", -0.35),  # any "n't" form negates
    ],
)
def test_pattern_rules_hand_checked(text: str, expected: float) -> None:
    value = polarity(low(text))
    assert value is not None and round(value, 4) == expected


def test_a_range_and_names() -> None:
    words = low("It is not good. It is great.")
    assert polarity(words, 4, 8) == 0.8  # the second sentence alone
    assert polarity(words, 0, 5) == -0.35
    # "Grand" read as part of a name is not an assessment
    words = low("The Grand Rapids council met.")
    assert polarity(words) == 0.5
    assert polarity(words, names={1}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a great day!", SentimentScore(0.7782, 0.523, 0.477, 0.0)),
        ("They were not happy.", SentimentScore(-0.5378, 0.0, 0.429, 0.571)),
        ("The grand plan failed.", SentimentScore(-0.4324, 0.0, 0.403, 0.597)),
        ("Is the plan good?", SentimentScore(0.4082, 0.447, 0.553, 0.0)),
        # a capitalised word inside a sentence is part of a name for both lexicons
        ("The city of Grand Rapids voted.", SentimentScore(0.0, 0.0, 1.0, 0.0)),
    ],
)
def test_news_scorer_mixes_in_pattern(text: str, expected: SentimentScore) -> None:
    assert score_text(text) == expected


def test_mix_can_be_switched_off_and_pickled() -> None:
    off = replace(DEFAULT_CONFIG, adjectives=0.0)
    # the rules alone: (3.1 + 0.292) / sqrt(3.392 ** 2 + 15) = 0.6588
    assert score_text("It was a great day!", config=off).compound == 0.6588
    assert pickle.loads(pickle.dumps(off)).adjectives == 0.0
    # Pattern alone: the rules' weight at 0
    only = replace(DEFAULT_CONFIG, adjectives=1.0)
    assert score_text("It was a great day!", config=only).compound == 1.0
    with pytest.raises(ValueError, match="weight in"):
        replace(DEFAULT_CONFIG, adjectives=1.5)


def test_reading_only_around_the_lexicon_words_gives_the_same_assessments() -> None:
    # hits= lets the scan skip what cannot matter; the result must not change
    lex = lexicon()
    vocab = (
        "good bad very especially terribly seriously not no never don't cannot a the "
        "plan idea great , ! ? . x it ' excruciatingly"
    ).split()
    rng = random.Random(7)
    for _ in range(5000):
        n = rng.randint(0, 10)
        words = [rng.choice(vocab) for _ in range(n)]
        hits = [k for k, w in enumerate(words) if w in lex]
        a = rng.randint(0, n)
        b = rng.randint(a, n)
        names = {k for k in hits if rng.random() < 0.1}
        assert assessments(words, a, b, names=names, hits=hits) == assessments(
            words, a, b, names=names
        ), (words, a, b, names)
