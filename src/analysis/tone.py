"""Tone: the two sentence scorers, and scores aggregated into groups.

Shared by :mod:`analysis.sentiment` (sentences, documents, actors) and
:mod:`analysis.voices` (narration, quotes and speakers): vaderSentiment's analyzer,
the check of a method's name, scoring a run of a document's tokens, word counts,
and the length-weighted mean, spread and positive/negative shares of a group of
scores (see :mod:`analysis.sentiment` for the methods and references).
"""

from __future__ import annotations

import bisect
import functools
import math
import weakref
from collections.abc import Sequence
from typing import Any, Literal, NamedTuple

from analysis.newsvader import prepare_document, score_tokens
from analysis.types import Document, GroupSentiment, SentimentScore, Token, build

Method = Literal["news", "vader"]
METHODS: tuple[str, ...] = ("news", "vader")
#: VADER's thresholds for a positive / negative text (Hutto & Gilbert, 2014).
POSITIVE = 0.05
NEGATIVE = -0.05
#: Name of the group of quotes whose speaker is unknown.
UNKNOWN_SPEAKER = "(unknown)"


@functools.cache
def vader_analyzer() -> Any:
    """vaderSentiment's analyzer with the lexicon it ships, built once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_text(text: str) -> SentimentScore:
    """Plain vaderSentiment 3.3.2 scores of ``text`` (any length)."""
    s = vader_analyzer().polarity_scores(text)
    return SentimentScore(s["compound"], s["pos"], s["neu"], s["neg"])


def check_method(method: str) -> None:
    """Raise :class:`ValueError` unless ``method`` is one of :data:`METHODS`."""
    if method not in METHODS:
        raise ValueError(f"unknown sentiment method {method!r}; choose one of {METHODS}")


def score_run(doc: Document, tokens: Sequence[Token], method: str) -> SentimentScore:
    """Score a run of ``doc``'s tokens: vaderSentiment over its text, or the news
    scorer over the tokens; an empty run scores all zeros."""
    if not tokens:
        return SentimentScore(0.0, 0.0, 0.0, 0.0)
    if method == "vader":
        return vader_text(doc.text[tokens[0].start : tokens[-1].end])
    return score_tokens(tokens)


#: The last document's sentence word counts (one slot, as ``prepare_document``: the
#: passes over a document run one after the other).
_LAST_COUNTS: list[tuple[weakref.ref[Document], tuple[int, ...]]] = []


def sentence_words(doc: Document) -> tuple[int, ...]:
    """Word count (words and numbers) of every sentence, in order; counted once per
    document (the latest document's counts are kept until another one is asked for)."""
    if _LAST_COUNTS:
        ref, counts = _LAST_COUNTS[0]
        if ref() is doc:
            return counts
    words = prepare_document(doc).words
    left = bisect.bisect_left
    counts = tuple([left(words, s.tok_end) - left(words, s.tok_start) for s in doc.sentences])
    _LAST_COUNTS[:] = [(weakref.ref(doc), counts)]
    return counts


def count_words(tokens: Sequence[Token]) -> int:
    """How many of the tokens are words or numbers."""
    kinds = [t.kind for t in tokens]
    return kinds.count("word") + kinds.count("number")


class Stats(NamedTuple):
    """Aggregated scores of a group (a named tuple: made for every group of every
    document, so cheaper to build than a frozen dataclass)."""

    compound: float
    pos: float
    neu: float
    neg: float
    std: float
    units: int
    words: int
    positive: float
    negative: float


def aggregate(items: Sequence[tuple[SentimentScore, int]]) -> Stats:
    """Length-weighted mean and standard deviation of scores; weights are word counts.

    :func:`tone_of` over the compounds, plus the weighted pos/neu/neg shares."""
    weights = [w for _, w in items]
    scores = [s for s, _ in items]
    t = tone_of([s.compound for s in scores], weights)
    words = t.words
    if t.units == 0 or words == 0:
        return Stats(0.0, 0.0, 0.0, 0.0, 0.0, t.units, words, 0.0, 0.0)
    # the same left-to-right additions from 0 as sum() of each share's products
    pos_sum = 0.0
    neu_sum = 0.0
    neg_sum = 0.0
    for s, w in items:
        pos_sum += s.pos * w
        neu_sum += s.neu * w
        neg_sum += s.neg * w
    pos, neu, neg = pos_sum / words, neu_sum / words, neg_sum / words
    return Stats(
        compound=t.compound,
        pos=pos,
        neu=neu,
        neg=neg,
        std=t.std,
        units=t.units,
        words=words,
        positive=t.positive,
        negative=t.negative,
    )


class Tone(NamedTuple):
    """What a group reports of its scores (:class:`Stats` without the pos/neu/neg
    shares, which no group view shows)."""

    compound: float
    std: float
    units: int
    words: int
    positive: float
    negative: float


def tone_of(compounds: Sequence[float], weights: Sequence[int]) -> Tone:
    """Length-weighted mean and standard deviation of compound scores, with the
    shares of positive and negative units (:func:`aggregate` adds the pos/neu/neg
    shares to it)."""
    units = len(compounds)
    words = sum(weights)
    if units == 0 or words == 0:
        return Tone(0.0, 0.0, units, words, 0.0, 0.0)
    if units == 1:
        c, w = compounds[0], weights[0]
        mean = (0.0 + c * w) / words
        return _tuple_new(
            Tone,
            (
                mean,
                math.sqrt((0.0 + w * (c - mean) ** 2) / words),
                1,
                words,
                1.0 if c >= POSITIVE else 0.0,
                1.0 if c <= NEGATIVE else 0.0,
            ),
        )
    # Loops, not comprehensions: groups are small (a few units), and the sums are
    # the same left-to-right additions from 0 that sum() makes.
    pairs = list(zip(compounds, weights, strict=True))
    total = 0.0
    positive = negative = 0
    for c, w in pairs:
        total += c * w
        if c >= POSITIVE:
            positive += 1
        elif c <= NEGATIVE:
            negative += 1
    mean = total / words
    spread = 0.0
    for c, w in pairs:
        spread += w * (c - mean) ** 2
    # as Tone(...) makes it, without the named tuple's Python-level __new__
    return _tuple_new(
        Tone, (mean, math.sqrt(spread / words), units, words, positive / units, negative / units)
    )


_tuple_new = tuple.__new__


def group(
    kind: Literal["voice", "speaker", "actor"], name: str, st: Stats | Tone
) -> GroupSentiment:
    """A :class:`~analysis.types.GroupSentiment` named ``name`` from aggregated stats.

    Built by :func:`analysis.types.build`, without the frozen dataclass's
    ``__init__`` that sets each of the eight fields through ``object.__setattr__``
    (an equal object, in half the time; tens are made per document)."""
    fields = {
        "kind": kind,
        "name": name,
        "compound": st.compound,
        "std": st.std,
        "segments": st.units,
        "words": st.words,
        "positive": st.positive,
        "negative": st.negative,
    }
    return build(GroupSentiment, fields)
