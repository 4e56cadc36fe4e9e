"""Contextual valence rules of the news scorer (:mod:`analysis.newsvader`).

Over one range of a prepared token list: senses of lexicon words that carry no
sentiment, VADER's special phrases, boosters, negation and hedges looking back from
a scored word, the weighting of clauses around contrastive and concessive
connectives, and VADER's normalisation into compound and pos/neu/neg shares. The
rules for verbs of changing quantity are in :mod:`analysis.newschange` (re-exported
here). The references are the scorer's (see :mod:`analysis.newsvader`).
"""

from __future__ import annotations

import math

from analysis.newschange import _number
from analysis.newschange import change_subject as change_subject
from analysis.newschange import is_change as is_change
from analysis.newschange import quantity_change as quantity_change
from analysis.newschange import quantity_subject as quantity_subject
from analysis.newschange import subject_head as subject_head
from analysis.newslexicon import (
    ALPHA,
    BOOSTER_BIGRAMS,
    BOOSTERS,
    CARE_HEADS,
    CLAUSE_PUNCT,
    CONCESSIVE,
    CONNECTIVES,
    CONTRAST,
    FEW_KEEPS,
    LESS_KEEPS,
    LIKE_SUBJECTS,
    N_SCALAR,
    NEAR_NEGATORS,
    NEGATING_PAIRS,
    NEGATORS,
    NOT_CONTRAST_BUT,
    NOT_NEGATED,
    ORDINALS,
    SENTENCE_END,
    SHOT_KINDS,
    SHOT_ON,
    SHOT_RATE,
    SHOT_TAKE,
    SHOTS,
    SPECIAL,
    VICE_HEADS,
)
from analysis.types import SentimentScore, build


def not_sentiment(low: list[str], k: int, a: int, b: int, lex: dict[str, float]) -> bool:
    """Senses of lexicon words that carry no sentiment: "kind of", "no" before a
    scored word or negating one ("no single point of failure", "No one was
    injured"), "like" as a preposition, "health care", "vice president", "a second
    straight quarter", and "shot" in sports (:func:`sports_shot`); ``low[k]`` is the
    word, ``a..b`` the range scored (nothing outside it is seen)."""
    w = low[k]
    nxt = low[k + 1] if k + 1 < b else ""
    prev = low[k - 1] if k > a else ""
    return (
        (w == "kind" and nxt == "of")
        or (w == "no" and (nxt in lex or negates_scored(low, k, b, lex)))
        or (w == "like" and prev not in LIKE_SUBJECTS)
        or (w == "care" and prev in CARE_HEADS)
        or (w == "vice" and nxt in VICE_HEADS)
        or (w == "straight" and prev in ORDINALS)
        or (w in SHOTS and sports_shot(low, k, a, b))
    )


def negates_scored(low: list[str], k: int, b: int, lex: dict[str, float]) -> bool:
    """Whether the negator at ``k`` reaches a scored word: one of the next three words
    in its clause (four across "of": "no single point of failure"), as ``modify``
    reads a negation back from the scored word."""
    reach = 3
    i = k + 1
    while i < b and i <= k + reach:
        w = low[i]
        if w in CLAUSE_PUNCT or w in CONNECTIVES:
            return False
        if w == "of" and reach == 3:
            reach = 4
        if lex.get(w, 0.0) != 0.0:
            return True
        i += 1
    return False


def sports_shot(low: list[str], k: int, a: int, b: int) -> bool:
    """Whether "shot"/"shots" at ``k`` is an attempt to score (or a screen capture),
    not gunfire: a kind of shot before it ("jump shot", "screen shots"); "shot on
    goal" and "shot clock"; "took a shot" (not "took a shot at", which may be an
    attack); a shooting statistic after it ("shot 9 of 12", "shot 3-for-10", "shot
    45 percent"). "A gunman shot 3 people" stays gunfire: a bare number is not a
    statistic."""

    def at(i: int) -> str:
        return low[i] if a <= i < b else ""

    nxt = at(k + 1)
    if at(k - 1) in SHOT_KINDS or nxt == "clock":
        return True
    if nxt == "on" and at(k + 2) in SHOT_ON:
        return True
    if at(k - 2) in SHOT_TAKE and at(k - 1) in ("a", "the", "another") and nxt != "at":
        return True
    if _number(nxt):
        if "-for-" in nxt or nxt.endswith("%"):
            return True
        after = at(k + 2)
        return after in SHOT_RATE or (after in ("of", "for") and _number(at(k + 3)))
    return False


def special(low: list[str], k: int, a: int, b: int) -> float | None:
    """VADER's special-case phrases containing the word at ``k`` (within ``a..b``)."""
    for x, y in ((k - 1, k + 1), (k - 2, k + 1), (k, k + 2), (k, k + 3)):
        if x >= a and y <= b:
            phrase = " ".join(low[x:y])
            if phrase in SPECIAL:
                return SPECIAL[phrase]
    return None


def modify(
    v: float,
    low: list[str],
    lex: dict[str, float],
    back: list[int],
    hedged: bool,
    b: int,
    negation_window: int,
    hedge: float,
) -> float:
    """Boosters (three words back), negation (``negation_window`` words back, one
    more across "of"; with "hardly", "far from", "anything but", "few", and "less"
    just before the word) and hedges (anywhere before in the clause). ``back`` holds
    the nearest words before the scored one in its clause, nearest first."""
    keeps = len(back) >= 2 and (low[back[1]] in LESS_KEEPS or low[back[1]].endswith("n't"))
    if back and low[back[0]] == "less" and not keeps:
        v *= N_SCALAR  # "less happy" reads as unhappy
        return v * hedge if hedged else v
    for dist, j in enumerate(back[:3]):
        word = low[j]
        if word in BOOSTERS and word not in lex and word not in NEAR_NEGATORS:
            s = BOOSTERS[word] if v > 0 else -BOOSTERS[word]
            v += s * (1.0, 0.95, 0.9)[dist]
    if len(back) >= 2:
        bigram = f"{low[back[1]]} {low[back[0]]}"
        if bigram in BOOSTER_BIGRAMS:
            v += BOOSTER_BIGRAMS[bigram] if v > 0 else -BOOSTER_BIGRAMS[bigram]
    if back and low[back[0]] == "least" and (len(back) < 2 or low[back[1]] not in ("at", "very")):
        v *= N_SCALAR
        return v
    negated = False
    reach = back[:negation_window]
    if "of" in [low[j] for j in reach]:
        reach = back[: negation_window + 1]  # "no single point of failure"
    for i, j in enumerate(reach):
        word = low[j]
        after = low[j + 1] if j + 1 < b else ""
        before = low[back[i + 1]] if i + 1 < len(back) else ""
        if (
            word in NEGATORS
            or word.endswith("n't")
            or word in NEAR_NEGATORS
            or (word == "few" and before not in FEW_KEEPS)
            or (before, word) in NEGATING_PAIRS
        ):
            if after in NOT_NEGATED or (word == "without" and after == "doubt"):
                continue
            if word == "nothing" and after == "but":
                continue  # "nothing but praise"
            if word == "never" and after in ("so", "this"):
                v *= 1.25
                continue
            negated = True
            break
    if negated:
        v *= N_SCALAR
    if hedged:
        v *= hedge
    return v


def contrast(
    valence: dict[int, float], low: list[str], is_word: list[bool], a: int, b: int
) -> None:
    """Weight clauses around contrastive and concessive connectives, per sentence."""
    start = a
    while start < b:
        end = start
        while end < b and low[end] not in SENTENCE_END:
            end += 1
        contrast_sentence(valence, low, is_word, start, min(end + 1, b))
        start = end + 1


def contrast_sentence(
    valence: dict[int, float], low: list[str], is_word: list[bool], start: int, end: int
) -> None:
    first_word = next((k for k in range(start, end) if is_word[k]), end)
    for m in range(start, end):
        w = low[m]
        if w == "yet" and m > first_word and low[m - 1] not in (",", ";"):
            continue  # "not yet", "yet another": not a connective
        if w == "but" and m > start and low[m - 1] in NOT_CONTRAST_BUT:
            continue  # "anything but", "nothing but", "all but": no contrast
        if w in CONTRAST:
            scale(valence, start, m, 0.5)
            scale(valence, m + 1, end, 1.5)
            return
        if w in CONCESSIVE:
            if m == first_word:
                comma = next((j for j in range(m + 1, end) if low[j] in (",", ";")), end)
                scale(valence, m + 1, comma, 0.5)
                scale(valence, comma + 1, end, 1.5)
            else:
                scale(valence, start, m, 1.5)
                scale(valence, m + 1, end, 0.5)
            return


def scale(valence: dict[int, float], a: int, b: int, factor: float) -> None:
    for k in valence:
        if a <= k < b:
            valence[k] *= factor


def rounded(x: float, digits: int, scale: float) -> float:
    """``round(x, digits)`` for ``|x| <= 1`` (``scale`` is ``10.0 ** digits``), without
    its decimal conversion in the common case.

    ``round`` rounds the exact binary value of ``x`` to ``k / scale`` with ``k`` the
    nearest integer to ``x * scale`` (ties to even), then returns the double nearest
    to that decimal. ``y = x * scale`` is off the exact product by at most ``2**-53 *
    |y| < 1e-12``; when ``y`` is farther than ``1e-6`` from a half-integer, ``round(y)``
    is that same ``k``, and ``k / scale``, a quotient of two exactly represented
    numbers, is correctly rounded: the same double. Near a tie, and for ``k == 0``
    (``round`` keeps the sign of a negative zero), ``round`` itself decides.
    ``k`` is taken as ``floor(y + 0.5)`` (native when compiled; ``round(y)`` is a
    generic call): it differs from ``round(y)`` only within ``1e-12`` of a tie, where
    ``y - k`` fails the test either way.
    """
    y = x * scale
    k = math.floor(y + 0.5)
    if k and -0.499999 < y - k < 0.499999:
        return k / scale
    if x == 0.0:
        return x  # (round returns a zero as it is, its sign too)
    return round(x, digits)


def finish(
    sentiments: list[float], total: float, exclaim: int, question: int, neu_count: int
) -> SentimentScore:
    """VADER's punctuation emphasis, normalisation and pos/neu/neg shares (the positive
    and negative sums are VADER's loop, ``_sift_sentiment_scores``)."""
    emphasis = 0.0
    if exclaim or question > 1:  # else adding 0.0 below would change no value
        ep = min(exclaim, 4) * 0.292
        qm = 0.0 if question <= 1 else (question * 0.18 if question <= 3 else 0.96)
        emphasis = ep + qm
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
    compound = total / math.sqrt(total * total + ALPHA)
    if compound > 1.0:
        compound = 1.0
    elif compound < -1.0:
        compound = -1.0
    # float sums from 0.0 (compiled code keeps a float a float); the negative share is
    # 0.0 - neg_sum, not -neg_sum, so that no negative word gives 0.0 and never -0.0
    pos_sum = 0.0
    neg_sum = 0.0
    for s in sentiments:
        if s > 0:
            pos_sum += s + 1
        elif s < 0:
            neg_sum += s - 1
    if emphasis:
        if pos_sum > -neg_sum:
            pos_sum += emphasis
        elif pos_sum < -neg_sum:
            neg_sum -= emphasis
    whole = pos_sum - neg_sum + neu_count
    # As SentimentScore(...) leaves it, without the frozen dataclass's per-field
    # __setattr__ (one is built per scored range).
    # rounded() written out (four calls per scored range otherwise)
    # (k as in rounded(): floor(y + 0.5), not round(y); a zero kept as it is)
    x = compound
    y = x * 1e4
    k = math.floor(y + 0.5)
    compound = k / 1e4 if k and -0.499999 < y - k < 0.499999 else (x if x == 0.0 else round(x, 4))
    x = pos_sum / whole
    y = x * 1e3
    k = math.floor(y + 0.5)
    pos = k / 1e3 if k and -0.499999 < y - k < 0.499999 else (x if x == 0.0 else round(x, 3))
    x = neu_count / whole
    y = x * 1e3
    k = math.floor(y + 0.5)
    neu = k / 1e3 if k and -0.499999 < y - k < 0.499999 else (x if x == 0.0 else round(x, 3))
    x = (0.0 - neg_sum) / whole
    y = x * 1e3
    k = math.floor(y + 0.5)
    neg = k / 1e3 if k and -0.499999 < y - k < 0.499999 else (x if x == 0.0 else round(x, 3))
    return build(SentimentScore, {"compound": compound, "pos": pos, "neu": neu, "neg": neg})
