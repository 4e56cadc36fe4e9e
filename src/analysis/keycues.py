"""Keyphrase candidates and the cues that score them (for :mod:`analysis.keyphrases`).

A candidate is a term of one to three words grouped by inflection
(:func:`analysis.terms.inflection_stem`), with its
occurrences and its frequency, specificity and position cues (see
:mod:`analysis.keyphrases` for the method and its references); :func:`_candidates`
scores the groups :func:`_groups` makes. Choosing among them is
:mod:`analysis.keyphrases`'s.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from analysis.keynames import ShortNames
from analysis.keywords import normalize_surface, reference_frequency
from analysis.stoplist import stopwords
from analysis.terms import Occurrence, ngram_rows_and_content, written_form
from analysis.types import Document

#: Letters at which a word counts as fully specific.
FULL_LENGTH = 10
#: Information content (-log10 of the general-English frequency) counted as fully specific.
FULL_INFORMATION = 5.0
#: Position decay: weight ``(1 + first_token / POSITION_SCALE) ** -POSITION_POWER``.
POSITION_SCALE = 50.0
POSITION_POWER = 0.2
#: A phrase's score is multiplied by this, and it must be written this many times.
PHRASE_WEIGHT = 0.5
PHRASE_MIN_COUNT = 2
#: A single word only ever written just before another content word of its sentence
#: ("retail" of "retail banking", "Katy" of "Katy Perry") scores this much.
MODIFIER_WEIGHT = 0.8


Row = tuple[str, int, int, int, int]
_KEY = itemgetter(0)


@dataclass(slots=True)
class Candidate:
    """A candidate term with the cues it is scored by (read-only by convention: not
    frozen, because a frozen dataclass costs several times more to build and every
    document makes thousands).

    ``rows`` are its occurrences as :func:`analysis.keywords.ngram_rows` gives them,
    ``(key, start, end, tok, n)`` in text order; :attr:`occurrences` builds the
    :class:`~analysis.keywords.Occurrence` objects on demand (only the chosen few
    need them).
    """

    key: str
    rows: Sequence[Row]
    words: int
    count: int
    first: int
    specificity: float
    position: float
    score: float
    text: str
    #: :attr:`keyword`, once asked for (a candidate is shown, and compared by its
    #: written form, several times)
    written: str | None = field(default=None, compare=False, repr=False)

    @property
    def occurrences(self) -> tuple[Occurrence, ...]:
        """Every occurrence, in text order."""
        text = self.text
        return tuple(Occurrence(k, text[s:e], s, e, t, n) for k, s, e, t, n in self.rows)

    @property
    def keyword(self) -> str:
        """The term as most often written."""
        if self.written is None:
            text = self.text
            self.written = written_form([text[r[1] : r[2]] for r in self.rows])
        return self.written


@lru_cache(maxsize=65536)
def word_specificity(word: str) -> float:
    """``min(letters, 10) / 10 * min(1, -log10(f) / 5)`` for a lower-case word."""
    letters = sum(1 for c in word if c.isalpha())
    information = -math.log10(reference_frequency(word))
    return min(letters, FULL_LENGTH) / FULL_LENGTH * min(1.0, information / FULL_INFORMATION)


@lru_cache(maxsize=65536)
def _surface_cues(surface: str) -> tuple[int, float]:
    """Length of the first content word of a written term, and the term's specificity
    (its content words' summed, over the square root of their number)."""
    stops = stopwords()
    words = [w for w in normalize_surface(surface).split() if w not in stops]
    return len(words[0]), sum(word_specificity(w) for w in words) / math.sqrt(len(words))


def _groups(
    doc: Document, max_words: int, once: list[Row] | None = None
) -> tuple[dict[str, list[Row]], list[bool]]:
    """Occurrence rows by inflection key (rows in text order), and for each token whether
    the next token of its sentence is a content word (the token modifies it).

    Given ``once``, the words written only once are left out of the groups and their
    rows put in ``once`` instead, in text order (most words of a news story are
    written once, and most callers need the repeated terms only)."""
    rows, content = ngram_rows_and_content(
        doc, max_n=max_words, unit="inflection", repeated=True, lonely=once
    )
    groups: dict[str, list[Row]] = {}
    get = groups.get
    # (rows as plain objects: compiled, a row typed field by field would be unpacked
    # and packed into a new tuple on its way into its group)
    plain: list[Any] = rows
    for row in plain:
        key: str = row[0]
        group = groups.get(key)
        if group is None:
            groups[key] = [row]
        else:
            group.append(row)
    if once and not groups.keys().isdisjoint(map(_KEY, once)):
        # a word also written as a part of a compound ("Belarus" of "China-Belarus")
        # is written more than once: it joins the part's group, in text order
        for row in once:
            group = get(row[0])
            if group is not None:
                at = 0
                while at < len(group) and group[at][3] < row[3]:
                    at += 1
                group.insert(at, row)
        once[:] = [row for row in once if row[0] not in groups]
    modifiers = [*content[1:], False]
    for sent in doc.sentences:
        if sent.tok_end > sent.tok_start:
            modifiers[sent.tok_end - 1] = False
    return groups, modifiers


def _candidates(
    groups: dict[str, list[Row]],
    modifiers: Sequence[bool],
    text: str,
    min_words: int,
    *,
    singles: bool = True,
    aliases: ShortNames | None = None,
    phrase_count: tuple[int, int] = (PHRASE_MIN_COUNT, 1 << 30),
    phrase_weight: float = PHRASE_WEIGHT,
) -> tuple[list[Candidate], float]:
    """The candidates of ``groups``; without ``singles``, words written once are left
    out, and the second value bounds their scores (0 when none is left out): such a
    word scores at most its position weight, its count and specificity being at most 1.
    A capitalised word of fewer than :data:`FULL_LENGTH` letters (the length cue
    holds it back) that ``aliases`` finds a person's short name for
    (:class:`analysis.keynames.ShortNames`) is at least as specific as the full
    name it stands for; a phrase is kept when written between
    ``phrase_count`` times (inclusive) and its score multiplied by ``phrase_weight``.
    """
    out: list[Candidate] = []
    add = out.append
    first_single = -1
    least, most = phrase_count
    cues = _surface_cues
    scale, power = POSITION_SCALE, -POSITION_POWER
    modifier_weight = MODIFIER_WEIGHT
    for key, found in groups.items():
        count = len(found)
        _, start, end, tok, n = found[0]
        if n < min_words or (n > 1 and not least <= count <= most):
            continue
        if count == 1 and not singles:
            if first_single < 0 or tok < first_single:
                first_single = tok
            continue
        first_letters, specificity = cues(text[start:end])
        position = (1.0 + tok / scale) ** power
        if n > 1:
            score = count * specificity * position * phrase_weight
        else:
            if first_letters < 2:
                continue  # a stray letter ("s" of "it' s") is no keyword
            if aliases is not None and first_letters < FULL_LENGTH and text[start].isupper():
                full = aliases.full_name(found)
                if full is not None:
                    specificity = max(specificity, cues(full)[1])
            score = count * specificity * position
            for r in found:
                if not modifiers[r[3]]:
                    break
            else:
                score *= modifier_weight
        add(Candidate(key, found, n, count, start, specificity, position, score, text))
    bound = (1.0 + first_single / POSITION_SCALE) ** -POSITION_POWER if first_single >= 0 else 0.0
    return out, bound
