"""The news scorer's settings and its per-document index (:mod:`analysis.newsvader`).

A run of tokens (a document's) is looked up once: each token's lower-case form, the
words, the words the lexicon scores, clause marks, sentence ends, connectives, hedges,
emphasis marks and the words that may modify a scored word after them. Any range of
it is then scored by :func:`analysis.newsvader.score_range` by bisecting these lists,
never touching the tokens again. The roles of the document's forms are found by set
operations, once per document. The references are the
scorer's (see :mod:`analysis.newsvader`).
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_

from analysis.adjectives import forms as adjective_forms
from analysis.newslexicon import (
    BOOSTER_BIGRAMS,
    BOOSTERS,
    CHANGES,
    CONNECTIVES,
    HEDGES,
    NEGATORS,
    NOT_CONTRAST_BUT,
    SENTENCE_END,
    SHIFTERS,
    tables,
)
from analysis.parse import lowered
from analysis.types import Document, Token


@dataclass(frozen=True)
class NewsVaderConfig:
    """Settings of the news scorer; the defaults are the ones documented and evaluated.

    Attributes:
        negation_window: How many words after a negator it reaches (within its clause).
        hedge: Factor on valences in the scope of a hedge or modal.
        reference_words: Units up to this many words are not length-compressed.
        length_exponent: Exponent of the length compression (0 turns it off).
        names_neutral: Score capitalised lexicon words inside a sentence as names (0).
        negativity: Factor on negative valences: SO-CAL's negative weighting of 1.5
            (Taboada et al., 2011), for the negativity bias of readers (Soroka, 2014).
        supplement: Use the news lexicon supplement (off: VADER's lexicon alone).
        shifters: Reverse what a verb of reducing, preventing or ending governs.
        questions: Damp the words of a question by ``hedge``, as irrealis.
        adjectives: Weight of Pattern's adjective polarity (:mod:`analysis.adjectives`)
            in the compound score, against ``1 - adjectives`` for the rules above
            (0 turns it off).
    """

    negation_window: int = 3
    hedge: float = 0.75
    reference_words: int = 20
    length_exponent: float = 0.5
    names_neutral: bool = True
    negativity: float = 1.5
    supplement: bool = True
    shifters: bool = True
    questions: bool = True
    adjectives: float = 0.35

    def __post_init__(self) -> None:
        if not 0.0 <= self.adjectives <= 1.0:
            raise ValueError(f"adjectives is a weight in [0, 1], not {self.adjectives}")

    def __reduce__(self) -> tuple[type[NewsVaderConfig], tuple[int | float | bool, ...]]:
        # compiled (mypyc), a frozen dataclass is pickled and copied through __init__ only
        return (
            NewsVaderConfig,
            (
                self.negation_window,
                self.hedge,
                self.reference_words,
                self.length_exponent,
                self.names_neutral,
                self.negativity,
                self.supplement,
                self.shifters,
                self.questions,
                self.adjectives,
            ),
        )


DEFAULT_CONFIG = NewsVaderConfig()


_WORD_KINDS = frozenset(("word", "number"))
#: Words that may change the valence of a scored word after them (see ``modify`` and
#: the shifters): a scored word with none of them (nor a "n't" form) within reach and
#: no hedge before it in its clause keeps its lexicon valence.
_MODIFIERS = (
    frozenset(BOOSTERS)
    | NEGATORS
    | SHIFTERS
    | {"least", "few", "far", "anything"}
    | {bigram.split()[-1] for bigram in BOOSTER_BIGRAMS}
)
#: What a lower-case form is to the scorer: bits of a role (``_ADJECTIVE``: a form of
#: Pattern's lexicon, :mod:`analysis.adjectives`).
_SCORED, _BOUNDARY, _HEDGE, _MODIFIER, _CHANGE, _ADJECTIVE = 1, 2, 4, 8, 16, 32
#: Joins the token texts of a document so they are lower-cased in one call.
_SEPARATOR = "\x00"


def _roles(forms: set[str], supplement: bool) -> dict[str, int]:
    """The role of each of ``forms`` that has one (``_SCORED`` | ``_BOUNDARY`` |
    ``_HEDGE`` | ``_MODIFIER`` | ``_CHANGE`` | ``_ADJECTIVE`` bits); forms without a
    role are left out.

    Found by intersecting the document's forms with each word list (set operations,
    no Python loop over the forms but for "n't"), so nothing is cached across
    documents: a process-wide cache of every form seen grows with the vocabulary and
    is cold in the pipeline, after the other analyses."""
    found = tables(supplement)
    out: dict[str, int] = {}
    for bit, members in (
        (_SCORED, forms.intersection(found.scoring)),
        (_BOUNDARY, forms.intersection(found.boundaries)),
        (_HEDGE, forms.intersection(HEDGES)),
        (_MODIFIER, forms.intersection(_MODIFIERS).union([w for w in forms if "n't" in w])),
        (_CHANGE, forms.intersection(CHANGES)),
        (_ADJECTIVE, adjective_forms().intersection(forms)),
    ):
        for form in members:
            out[form] = out.get(form, 0) | bit
    return out


def _lower_forms(texts: list[str]) -> list[str]:
    """Each text lower-cased with its apostrophes unified (’ -> '), in one call over
    the joined texts when no text holds the separator (lower-casing maps characters
    one by one but for final sigma, which a separator ends as a token end does)."""
    joined = _SEPARATOR.join(texts)
    if texts and joined.count(_SEPARATOR) == len(texts) - 1:
        return joined.lower().replace("’", "'").split(_SEPARATOR)
    return [t.lower().replace("’", "'") for t in texts]


@dataclass(frozen=True)
class Prepared:
    """A run of tokens (a document's, a sentence's) looked up once, so that any
    range of it is scored without touching the tokens again.

    Attributes:
        tokens: The tokens.
        low: Each token lower-cased, apostrophes unified.
        is_word: Whether each token is a word or number.
        words: Indices of the words and numbers, ascending.
        hits: Indices of the words the lexicon scores, ascending.
        marks: Indices of tokens that end a clause (punctuation, a connective).
        ends: Indices of tokens that end a sentence.
        connectives: Indices of the connectives among ``marks``.
        hedges: Indices of hedge and modal words.
        emphasis: Indices of ``!`` and ``?`` tokens.
        supplement: Whether the news supplement was looked up.
        lex: The lexicon looked up (VADER's, with the news supplement if
            ``supplement``).
        context: For each scored word already scored once, its position in ``words``,
            the position in ``words`` of its clause's first word (clause marks only,
            the start of a range aside) and the index of the last hedge before it
            (-1 if none).
        capitals: The scored words written with a capital first letter or in capitals.
        modifiers: Indices of the words that may change a scored word after them:
            boosters, negators, shifters, "least" and the last words of booster bigrams.
        adjectives: Indices of the words in Pattern's lexicon (:mod:`analysis.adjectives`).
        titled_adjectives: Those of them written in title case ("Grand"), which may be
            part of a name.
        changes: Indices of the verbs of changing quantity ("fell", "rose"), whose
            subject's polarity they turn or keep.
    """

    tokens: Sequence[Token]
    low: list[str]
    is_word: list[bool]
    words: list[int]
    hits: list[int]
    marks: list[int]
    ends: list[int]
    connectives: list[int]
    hedges: list[int]
    emphasis: list[int]
    supplement: bool
    lex: dict[str, float]
    context: dict[int, tuple[int, int, int]]
    capitals: list[int]
    modifiers: list[int]
    adjectives: list[int]
    titled_adjectives: list[int]
    changes: list[int] = field(default_factory=list)
    memo: dict[tuple[int, int, NewsVaderConfig | None], dict[int, float] | None] = field(
        default_factory=dict, compare=False, repr=False
    )


# Module functions, not closures in prepare: compiled (mypyc), a closure calling
# another closure ties their shared environment into a reference cycle, and every
# document's lookups then waited for the cyclic collector (memory grew with the corpus).
def _having(flagged: list[int], roles: list[int | None], bit: int) -> list[int]:
    """The flagged tokens whose role has ``bit``."""
    return list(compress(flagged, map(and_, roles, repeat(bit))))


def _token_start(token: Token) -> int:
    return token.start


def _unified(doc: Document) -> list[str]:
    """The document's tokens lower-cased (:func:`analysis.parse.lowered`) with their
    apostrophes unified (’ -> '), as :func:`_lower_forms` gives them: a copy, where
    only the few tokens holding one are replaced (found from the text's apostrophes,
    each token by bisection)."""
    lows = lowered(doc)
    out = list(lows)
    text = doc.text
    tokens = doc.tokens
    pos = text.find("’")
    while pos >= 0:
        k = bisect.bisect_right(tokens, pos, key=_token_start) - 1
        if k >= 0 and pos < tokens[k].end:
            out[k] = lows[k].replace("’", "'")
        pos = text.find("’", pos + 1)
    return out


def prepare(tokens: Sequence[Token], *, config: NewsVaderConfig = DEFAULT_CONFIG) -> Prepared:
    """Look the tokens up once: lower-case forms, words, scored words, clause marks.

    Score ranges of the result with :func:`score_range`.
    """
    return _prepare(tokens, None, config)


def _prepare(tokens: Sequence[Token], doc: Document | None, config: NewsVaderConfig) -> Prepared:
    """:func:`prepare`; ``tokens`` are ``doc.tokens`` if ``doc`` is given, whose
    lower-cased texts are then made once for every analysis."""
    lows = _lower_forms([t.text for t in tokens]) if doc is None else _unified(doc)
    forms = set(lows)  # each form once: the word lists are probed per form, not per token
    # None (no role) for most tokens: looked up in this document's small table.
    role = list(map(_roles(forms, config.supplement).get, lows))
    is_word = [t.kind in _WORD_KINDS for t in tokens]
    index = range(len(tokens))
    words = list(compress(index, is_word))
    # The tokens with a role (a fifth or so) are sorted out by role once.
    flagged = list(compress(index, role))
    flagged_role = list(compress(role, role))
    # the flagged words and numbers, sorted out once for the four roles only they take
    in_words = [k for k in flagged if is_word[k]]
    in_words_role = [role[k] for k in in_words]
    hits = _having(in_words, in_words_role, _SCORED)
    marks = _having(flagged, flagged_role, _BOUNDARY)
    if "but" in forms:  # "anything but", "nothing but", "all but": no clause break
        marks = [
            k for k in marks if not (lows[k] == "but" and k and lows[k - 1] in NOT_CONTRAST_BUT)
        ]
    ends = [k for k in marks if lows[k] in SENTENCE_END]
    connectives = [k for k in marks if lows[k] in CONNECTIVES]
    emphasis = [k for k in marks if lows[k] == "!" or lows[k] == "?"]
    capitals = [k for k in hits if tokens[k].text[:1].isupper() or tokens[k].text.isupper()]
    # the words of Pattern's lexicon, among the flagged words (no pass over every token)
    adjectives = _having(in_words, in_words_role, _ADJECTIVE)
    return Prepared(
        tokens,
        lows,
        is_word,
        words,
        hits,
        marks,
        ends,
        connectives,
        _having(in_words, in_words_role, _HEDGE),
        emphasis,
        config.supplement,
        tables(config.supplement).lex,
        {},
        capitals,
        _having(in_words, in_words_role, _MODIFIER),
        adjectives,
        [k for k in adjectives if tokens[k].text[:1].isupper() and not tokens[k].text.isupper()],
        _having(in_words, in_words_role, _CHANGE),
    )


#: The last document prepared and its lookups (one slot: the passes over a document,
#: sentences, segments, targets, run one after the other).
_LAST_DOCUMENT: list[tuple[weakref.ref[Document], Prepared]] = []


def _forget(ref: weakref.ref[Document]) -> None:
    """Empty the slot when its document is gone, so that the lookups (which hold the
    document's tokens) do not outlive it until the next document is prepared."""
    if _LAST_DOCUMENT and _LAST_DOCUMENT[0][0] is ref:
        _LAST_DOCUMENT.clear()


def prepare_document(doc: Document) -> Prepared:
    """:func:`prepare` over ``doc.tokens`` with the default lexicon, made once per
    document: the latest document's lookups are kept while it lives, until another
    one is asked for."""
    if _LAST_DOCUMENT:
        ref, prep = _LAST_DOCUMENT[0]
        if ref() is doc:
            return prep
    prep = _prepare(doc.tokens, doc, DEFAULT_CONFIG)
    _LAST_DOCUMENT[:] = [(weakref.ref(doc, _forget), prep)]
    return prep


def word_context(prep: Prepared, k: int) -> tuple[int, int, int]:
    """``Prepared.context`` of the scored word at ``k`` (see :class:`Prepared`)."""
    left = bisect.bisect_left
    words, marks, hedges = prep.words, prep.marks, prep.hedges
    m = left(marks, k)
    h = left(hedges, k)
    return left(words, k), left(words, marks[m - 1] + 1) if m else 0, hedges[h - 1] if h else -1
