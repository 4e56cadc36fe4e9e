"""A news-tuned VADER: the same lexicon and scale, rules and vocabulary for news prose.

VADER (Hutto & Gilbert, 2014) was built and validated on tweets; on New York Times
editorial snippets its compound score correlates with human ratings at r = 0.49. This
scorer keeps VADER's lexicon, its valence scale, its booster, capitalisation and
punctuation rules and its normalisation, and changes what news prose needs:

* **Vocabulary** (``data/news_lexicon.tsv``): inflections of VADER's own entries
  (``deaths`` as ``death``); news words VADER lacks, valued like their nearest VADER
  entry (``interfering`` like ``undermine``, ``win-win`` like ``win``, ``staunch``
  like ``loyal``); and VADER entries whose news sense is neutral (``party``,
  ``interest``, ``as well``). The candidates came from political news (PolNeAR's
  training texts), not from the evaluation snippets.
* **Names**: a capitalised lexicon word inside a sentence is taken as part of a name
  ("United Nations", "Justice Department", "Grand Rapids") and scores 0.
* **Negation scope**: a negator reaches to the end of its clause (the next
  punctuation mark or connective), as in Pang, Lee & Vaithyanathan (2002), within a
  window of words; "despite" is concessive, not a negator; "not only" does not negate.
* **Polarity shifters**: a verb of reducing, preventing, ending or removing
  ("reduce", "curb", "end", "fight", "lack", "fewer") reverses the valence of a word
  it governs within the negation window ("reduce the risk", "end the violence",
  "lack of support"), and the verb's own valence gives way to its object's: the
  content-word negators of Choi & Cardie (2008), in the classes of Schulder et al.
  (2017). On the NYT snippets: r +0.005 on half A, +0.003 on the held-out half B.
* **Contrast and concession**: VADER down-weights what precedes "but" (x0.5) and
  up-weights what follows (x1.5); the same holds here for "however", "yet",
  "nevertheless", "nonetheless", and, for concessive clauses ("although", "though",
  "even though", "despite", "whereas"), the concessive clause is down-weighted and
  the main clause up-weighted (Polanyi & Zaenen, 2006; Taboada et al., 2011). The
  scope is the sentence, not the whole text.
* **Hedges and irrealis**: sentiment in the scope of a modal or hedge ("may",
  "could", "would", "reportedly", "if") is damped, as SO-CAL's irrealis blocking
  does in a milder form (Taboada et al., 2011).
* **Negativity**: negative valences weigh 1.5 times as much, SO-CAL's negative
  weighting (Taboada et al., 2011); readers of news react more strongly to negative
  than to positive information (Soroka, 2014).
* **Length**: VADER sums word valences, so a long sentence saturates towards ±1. The
  sum is divided by ``(words / reference_words) ** length_exponent`` for units longer
  than ``reference_words`` (default 20 words, about one tweet).

It scores the tokens of :func:`analysis.parse.tokenize` (the document's own tokens),
so sentences are never tokenized twice. ``"vader"`` scores in :mod:`analysis.sentiment`
call the vaderSentiment package itself and are unaffected by anything here.

References:
    Hutto, C.J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for
    Sentiment Analysis of Social Media Text. ICWSM-14.
    Pang, B., Lee, L. & Vaithyanathan, S. (2002). Thumbs up? Sentiment
    Classification using Machine Learning Techniques. EMNLP.
    Polanyi, L. & Zaenen, A. (2006). Contextual Valence Shifters. In Computing
    Attitude and Affect in Text, Springer.
    Taboada, M., Brooke, J., Tofiloski, M., Voll, K. & Stede, M. (2011).
    Lexicon-Based Methods for Sentiment Analysis. Computational Linguistics 37(2).
    Choi, Y. & Cardie, C. (2008). Learning with Compositional Semantics as
    Structural Inference for Subsentential Sentiment Analysis. EMNLP.
    Schulder, M., Wiegand, M., Ruppenhofer, J. & Roth, B. (2017). Towards
    Bootstrapping a Polarity Shifter Lexicon using Linguistic Features. IJCNLP.
    Soroka, S. (2014). Negativity in Democratic Politics. Cambridge University Press.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_

from analysis.newslexicon import ALPHA as ALPHA
from analysis.newslexicon import (
    BOOSTER_BIGRAMS,
    BOOSTERS,
    C_INCR,
    CONNECTIVES,
    HEDGES,
    N_SCALAR,
    NEGATORS,
    OPENERS,
    SENTENCE_END,
    SHIFTERS,
    SPECIAL_WORDS,
    tables,
)
from analysis.newslexicon import news_lexicon as news_lexicon
from analysis.newslexicon import news_supplement as news_supplement
from analysis.newslexicon import vader_lexicon as vader_lexicon
from analysis.newsrules import contrast, finish, modify, not_sentiment, special
from analysis.parse import tokenize
from analysis.types import Document, SentimentScore, Token


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
    """

    negation_window: int = 3
    hedge: float = 0.75
    reference_words: int = 20
    length_exponent: float = 0.5
    names_neutral: bool = True
    negativity: float = 1.5
    supplement: bool = True
    shifters: bool = True


DEFAULT_CONFIG = NewsVaderConfig()


#: Most token forms kept in the lower-case cache before it is emptied.
_LOWER_LIMIT = 500_000
#: Lower-cased form of each token text seen (apostrophes unified), filled as met.
_LOWER: dict[str, str] = {}
_NEUTRAL = SentimentScore(0.0, 0.0, 1.0, 0.0)
_WORD_KINDS = frozenset(("word", "number"))
#: Words that may change the valence of a scored word after them (see ``modify`` and
#: the shifters): a scored word with none of them (nor a "n't" form) within reach and
#: no hedge before it in its clause keeps its lexicon valence.
_MODIFIERS = (
    frozenset(BOOSTERS)
    | NEGATORS
    | SHIFTERS
    | {"least"}
    | {bigram.split()[-1] for bigram in BOOSTER_BIGRAMS}
)
#: Words with a sense that carries no sentiment (see ``not_sentiment``).
_SENSES = frozenset(("kind", "no", "like", "care", "vice"))
_EMPTY = SentimentScore(0.0, 0.0, 0.0, 0.0)


#: What each lower-case form is to the scorer (``_SCORED`` | ``_BOUNDARY`` | ``_HEDGE``
#: | ``_MODIFIER`` bits), per lexicon (with or without the supplement), filled as met.
_ROLES: dict[bool, dict[str, int]] = {True: {}, False: {}}
_SCORED, _BOUNDARY, _HEDGE, _MODIFIER = 1, 2, 4, 8


def _lower(text: str) -> str:
    low = text.lower().replace("’", "'")
    _LOWER[text] = low
    return low


def _role(low: str, supplement: bool) -> int:
    found = tables(supplement)
    role = (
        (_SCORED if low in found.scoring else 0)
        | (_BOUNDARY if low in found.boundaries else 0)
        | (_HEDGE if low in HEDGES else 0)
        | (_MODIFIER if low in _MODIFIERS or "n't" in low else 0)
    )
    _ROLES[supplement][low] = role
    return role


def _is_titlecase(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def score_text(text: str, *, config: NewsVaderConfig = DEFAULT_CONFIG) -> SentimentScore:
    """Score a short text (a sentence or a snippet) with the news-tuned rules.

    Example:
        >>> score_text("The talks were fruitful.").compound
        0.4588
    """
    return score_tokens(tokenize(text), config=config)


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
        context: For each scored word already scored once, its position in ``words``,
            the position in ``words`` of its clause's first word (clause marks only,
            the start of a range aside) and the index of the last hedge before it
            (-1 if none).
        capitals: The scored words written with a capital first letter or in capitals.
        modifiers: Indices of the words that may change a scored word after them:
            boosters, negators, shifters, "least" and the last words of booster bigrams.
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
    context: dict[int, tuple[int, int, int]]
    capitals: list[int]
    modifiers: list[int]
    memo: dict[tuple[int, int, NewsVaderConfig | None], dict[int, float] | None] = field(
        default_factory=dict, compare=False, repr=False
    )


def prepare(tokens: Sequence[Token], *, config: NewsVaderConfig = DEFAULT_CONFIG) -> Prepared:
    """Look the tokens up once: lower-case forms, words, scored words, clause marks.

    Score ranges of the result with :func:`score_range`.
    """
    forms = _LOWER
    roles = _ROLES[config.supplement]
    if len(forms) > _LOWER_LIMIT:
        forms.clear()
        for cached in _ROLES.values():
            cached.clear()
    texts = [t.text for t in tokens]
    low = list(map(forms.get, texts))
    if None in low:
        low = [w if w is not None else _lower(x) for w, x in zip(low, texts, strict=True)]
    lows: list[str] = low  # type: ignore[assignment]  # every None was filled
    role = list(map(roles.get, lows))
    if None in role:
        supplement = config.supplement
        role = [
            r if r is not None else _role(w, supplement) for r, w in zip(role, lows, strict=True)
        ]
    n = len(tokens)
    is_word = [t.kind in _WORD_KINDS for t in tokens]
    index = range(n)
    words = list(compress(index, is_word))
    word_role = list(compress(role, is_word))

    def among_words(bit: int) -> list[int]:
        return list(compress(words, map(and_, word_role, repeat(bit))))

    hits = among_words(_SCORED)
    marks = list(compress(index, map(and_, role, repeat(_BOUNDARY))))
    ends = [k for k in marks if lows[k] in SENTENCE_END]
    connectives = [k for k in marks if lows[k] in CONNECTIVES]
    emphasis = [k for k in marks if lows[k] == "!" or lows[k] == "?"]
    capitals = [k for k in hits if texts[k][:1].isupper() or texts[k].isupper()]
    return Prepared(
        tokens,
        lows,
        is_word,
        words,
        hits,
        marks,
        ends,
        connectives,
        among_words(_HEDGE),
        emphasis,
        config.supplement,
        {},
        capitals,
        among_words(_MODIFIER),
    )


#: The last document prepared and its lookups (one slot: the passes over a document,
#: sentences, segments, targets, run one after the other).
_LAST_DOCUMENT: list[tuple[weakref.ref[Document], Prepared]] = []


def prepare_document(doc: Document) -> Prepared:
    """:func:`prepare` over ``doc.tokens`` with the default lexicon, made once per
    document: the latest document's lookups are kept until another one is asked for."""
    if _LAST_DOCUMENT:
        ref, prep = _LAST_DOCUMENT[0]
        if ref() is doc:
            return prep
    prep = prepare(doc.tokens)
    _LAST_DOCUMENT[:] = [(weakref.ref(doc), prep)]
    return prep


def score_tokens(
    tokens: Sequence[Token], *, config: NewsVaderConfig = DEFAULT_CONFIG
) -> SentimentScore:
    """Score a run of tokens (one sentence or a part of one) with the news-tuned rules.

    Args:
        tokens: Tokens from :func:`analysis.parse.tokenize` or ``Document.tokens``.
        config: Rule settings; the defaults are the evaluated ones.

    Returns:
        Compound in [-1, 1] and the pos/neu/neg shares, rounded as VADER rounds them.
    """
    return score_range(prepare(tokens, config=config), 0, len(tokens), config=config)


def score_range(
    prep: Prepared, a: int, b: int, *, config: NewsVaderConfig = DEFAULT_CONFIG
) -> SentimentScore:
    """Score the tokens ``prep.tokens[a:b]`` exactly as :func:`score_tokens` scores
    them (the range is the unit: nothing outside it is seen)."""
    left = bisect.bisect_left
    words = prep.words
    w_lo = left(words, a)
    n_words = left(words, b, w_lo) - w_lo
    if not n_words:
        return _EMPTY
    key = (a, b, None if config is DEFAULT_CONFIG else config)  # for word_valences
    hits = prep.hits
    h = left(hits, a)
    if h == len(hits) or hits[h] >= b:  # no scored word: no rule can apply
        if prep.supplement != config.supplement:
            raise ValueError("prepared with a different lexicon (config.supplement) than scored")
        prep.memo[key] = None
        return _NEUTRAL
    valence = _valences(prep, a, b, w_lo, n_words, config)
    prep.memo[key] = valence
    if valence is None:
        return _NEUTRAL  # no word carries a valence: all neutral, whatever else
    sentiments = list(valence.values())
    total = sum(sentiments)
    if n_words > config.reference_words and config.length_exponent > 0:
        total /= (n_words / config.reference_words) ** config.length_exponent
    neutral = n_words - len(sentiments) + sentiments.count(0)
    exclaim = question = 0
    if prep.emphasis:
        e = prep.emphasis
        for k in e[bisect.bisect_left(e, a) : bisect.bisect_left(e, b)]:
            if prep.low[k] == "!":
                exclaim += 1
            else:
                question += 1
    return finish(sentiments, total, exclaim, question, neutral)


def word_valences(
    prep: Prepared, a: int, b: int, *, config: NewsVaderConfig = DEFAULT_CONFIG
) -> dict[int, float]:
    """The valence each scored word of ``prep.tokens[a:b]`` contributes to the range's
    score (after boosters, negation, shifters, hedges, contrast and the negativity
    weight; before length compression), by token index; words scoring 0 are left out.
    """
    key = (a, b, None if config is DEFAULT_CONFIG else config)
    if key in prep.memo:
        valence = prep.memo[key]
    else:
        words = prep.words
        w_lo = bisect.bisect_left(words, a)
        n_words = bisect.bisect_left(words, b, w_lo) - w_lo
        valence = _valences(prep, a, b, w_lo, n_words, config) if n_words else None
    return {k: v for k, v in (valence or {}).items() if v != 0.0}


def _context(prep: Prepared, k: int) -> tuple[int, int, int]:
    """``Prepared.context`` of the scored word at ``k``."""
    left = bisect.bisect_left
    words, marks, hedges = prep.words, prep.marks, prep.hedges
    m = left(marks, k)
    h = left(hedges, k)
    return left(words, k), left(words, marks[m - 1] + 1) if m else 0, hedges[h - 1] if h else -1


def _valences(
    prep: Prepared, a: int, b: int, w_lo: int, n_words: int, config: NewsVaderConfig
) -> dict[int, float] | None:
    """Valence of every scored word in ``a..b`` (``None`` when no word is scored)."""
    if prep.supplement != config.supplement:
        raise ValueError("prepared with a different lexicon (config.supplement) than scored")
    words = prep.words
    all_hits = prep.hits
    h_lo = bisect.bisect_left(all_hits, a)
    hits = all_hits[h_lo : bisect.bisect_left(all_hits, b, h_lo)]
    if not hits:
        return None
    tokens = prep.tokens
    low = prep.low
    lex = tables(config.supplement).lex
    left = bisect.bisect_left
    # The case counts matter only when a scored word is in capitals or title case.
    cap_diff = names_rule = False
    capitals = prep.capitals
    c = left(capitals, a)
    if c < len(capitals) and capitals[c] < b:
        texts = [tokens[j].text for j in words[w_lo : w_lo + n_words]]
        upper = sum(1 for w in texts if w.isupper())
        titled = sum(1 for w in texts if w[:1].isupper() and not w.isupper())
        cap_diff = 0 < n_words - upper < n_words
        if _is_titlecase(texts[0]):
            titled -= 1  # a sentence's first word says nothing about headline case
        # In headline case (most words capitalised) capitals do not mark names.
        names_rule = config.names_neutral and titled * 2 < n_words
    ends = prep.ends
    context = prep.context
    modifiers = prep.modifiers
    n_modifiers = len(modifiers)
    reach = max(3, config.negation_window)
    window = config.negation_window
    shifters = config.shifters

    valence: dict[int, float] = {}
    for k in hits:
        w = low[k]
        v = lex[w]
        if w in _SENSES:
            nxt = low[k + 1] if k + 1 < b else ""
            prev = low[k - 1] if k > a else ""
            if not_sentiment(w, prev, nxt, lex):
                v = 0.0
        if (
            v != 0.0
            and names_rule
            and _is_titlecase(tokens[k].text)
            and (low[k - 1] if k > a else "") not in OPENERS
        ):
            i = left(ends, k)
            if k > (max(ends[i - 1] + 1, a) if i else a):
                v = 0.0  # a capitalised word inside a sentence: part of a name
        if v == 0.0:
            valence[k] = 0.0
            continue
        if w in SPECIAL_WORDS:
            phrase = special(low, k, a, b)
            if phrase is not None:
                v = phrase
        if cap_diff:
            text = tokens[k].text
            if text.isupper() and len(text) > 1:
                v += C_INCR if v > 0 else -C_INCR
        found = context.get(k)
        if found is None:
            found = context[k] = _context(prep, k)
        w_k, w_clause, last_hedge = found
        w_start = max(w_k - reach, w_clause, w_lo)
        hedged = last_hedge >= a and last_hedge >= words[w_clause]
        m = left(modifiers, words[w_start]) if w_start < w_k else n_modifiers
        if m < n_modifiers and modifiers[m] < k:
            back = words[w_start:w_k][::-1]
            v = modify(v, low, lex, back, hedged, b, window, config.hedge)
            if shifters:
                for j in back[:window]:
                    if low[j] in SHIFTERS:
                        v *= N_SCALAR  # "reduce the risk": the shifter's object decides
                        if j in valence:
                            valence[j] = 0.0
                        break
        elif hedged:
            v *= config.hedge
        if v < 0:
            v *= config.negativity
        valence[k] = v

    c = left(prep.connectives, a)
    if c < len(prep.connectives) and prep.connectives[c] < b:
        contrast(valence, low, prep.is_word, a, b)
    return valence
