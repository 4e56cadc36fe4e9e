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

from analysis.newslexicon import ALPHA as ALPHA
from analysis.newslexicon import (
    C_INCR,
    CONNECTIVES,
    HEDGES,
    N_SCALAR,
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
_EMPTY = SentimentScore(0.0, 0.0, 0.0, 0.0)


def _lower(text: str) -> str:
    low = text.lower().replace("’", "'")
    _LOWER[text] = low
    return low


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
    memo: dict[tuple[int, int, NewsVaderConfig], dict[int, float] | None] = field(
        default_factory=dict, compare=False, repr=False
    )


def prepare(tokens: Sequence[Token], *, config: NewsVaderConfig = DEFAULT_CONFIG) -> Prepared:
    """Look the tokens up once: lower-case forms, words, scored words, clause marks.

    Score ranges of the result with :func:`score_range`.
    """
    found = tables(config.supplement)
    forms = _LOWER
    if len(forms) > _LOWER_LIMIT:
        forms.clear()
    low = [forms.get(t.text) or _lower(t.text) for t in tokens]
    is_word = [t.kind == "word" or t.kind == "number" for t in tokens]
    words = [k for k, w in enumerate(is_word) if w]
    scoring = found.scoring
    hits = [k for k in words if low[k] in scoring]
    bounds = found.boundaries
    marks = [k for k, w in enumerate(low) if w in bounds]
    ends = [k for k in marks if low[k] in SENTENCE_END]
    connectives = [k for k in marks if low[k] in CONNECTIVES]
    hedges = [k for k in words if low[k] in HEDGES]
    emphasis = [k for k in marks if low[k] == "!" or low[k] == "?"]
    return Prepared(
        tokens,
        low,
        is_word,
        words,
        hits,
        marks,
        ends,
        connectives,
        hedges,
        emphasis,
        config.supplement,
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
    words = prep.words
    w_lo = bisect.bisect_left(words, a)
    n_words = bisect.bisect_left(words, b, w_lo) - w_lo
    if not n_words:
        return _EMPTY
    valence = _valences(prep, a, b, w_lo, n_words, config)
    prep.memo[(a, b, config)] = valence  # for word_valences over the same range
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
    key = (a, b, config)
    if key in prep.memo:
        valence = prep.memo[key]
    else:
        words = prep.words
        w_lo = bisect.bisect_left(words, a)
        n_words = bisect.bisect_left(words, b, w_lo) - w_lo
        valence = _valences(prep, a, b, w_lo, n_words, config) if n_words else None
    return {k: v for k, v in (valence or {}).items() if v != 0.0}


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
    is_word = prep.is_word
    lex = tables(config.supplement).lex
    # The case counts matter only when a scored word is in capitals or title case.
    cap_diff = names_rule = False
    for k in hits:
        if tokens[k].text[:1].isupper() or tokens[k].text.isupper():
            texts = [tokens[j].text for j in words[w_lo : w_lo + n_words]]
            upper = sum(1 for w in texts if w.isupper())
            titled = sum(1 for w in texts if w[:1].isupper() and not w.isupper())
            cap_diff = 0 < n_words - upper < n_words
            if _is_titlecase(texts[0]):
                titled -= 1  # a sentence's first word says nothing about headline case
            # In headline case (most words capitalised) capitals do not mark names.
            names_rule = config.names_neutral and titled * 2 < n_words
            break
    # Clauses start after a clause mark or connective; sentences after a final mark.
    all_marks = prep.marks
    m_lo = bisect.bisect_left(all_marks, a)
    marks = all_marks[m_lo : bisect.bisect_left(all_marks, b, m_lo)]
    ends = prep.ends
    reach = max(3, config.negation_window)

    valence: dict[int, float] = {}
    for k in hits:
        w = low[k]
        v = lex[w]
        nxt = low[k + 1] if k + 1 < b else ""
        prev = low[k - 1] if k > a else ""
        if not_sentiment(w, prev, nxt, lex):
            v = 0.0
        elif names_rule and _is_titlecase(tokens[k].text) and prev not in OPENERS:
            i = bisect.bisect_left(ends, k)
            if k > (max(ends[i - 1] + 1, a) if i else a):
                v = 0.0  # a capitalised word inside a sentence: part of a name
        if v == 0.0:
            valence[k] = 0.0
            continue
        if w in SPECIAL_WORDS:
            phrase = special(low, k, a, b)
            if phrase is not None:
                v = phrase
        text = tokens[k].text
        if cap_diff and text.isupper() and len(text) > 1:
            v += C_INCR if v > 0 else -C_INCR
        i = bisect.bisect_left(marks, k)
        clause_start = marks[i - 1] + 1 if i else a
        w_k = bisect.bisect_left(words, k)
        back = words[max(w_k - reach, bisect.bisect_left(words, clause_start)) : w_k][::-1]
        h = bisect.bisect_left(prep.hedges, clause_start)
        hedged = h < len(prep.hedges) and prep.hedges[h] < k
        v = modify(v, low, lex, back, hedged, b, config.negation_window, config.hedge)
        if config.shifters:
            for j in back[: config.negation_window]:
                if low[j] in SHIFTERS:
                    v *= N_SCALAR  # "reduce the risk": the shifter's object decides
                    if j in valence:
                        valence[j] = 0.0
                    break
        if v < 0:
            v *= config.negativity
        valence[k] = v

    c = bisect.bisect_left(prep.connectives, a)
    if c < len(prep.connectives) and prep.connectives[c] < b:
        contrast(valence, low, is_word, a, b)
    return valence
