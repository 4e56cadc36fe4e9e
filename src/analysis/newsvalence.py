"""Word valences of the news scorer: the news rules applied word by word.

Over one range of a prepared document (:mod:`analysis.newsindex`), the valence
each scored word contributes to the range's score in :mod:`analysis.newsvader`:
its lexicon valence under senses without sentiment, names, VADER's special phrases,
capitals and boosters, negation, polarity shifters, the direction of change
(:mod:`analysis.newschange`), hedges and questions, contrast and concession
(:mod:`analysis.newsrules`) and the negativity weight. The rules, their
evaluation and their references are described in :mod:`analysis.newsvader`, which
re-exports :func:`word_valences`.
"""

from __future__ import annotations

import bisect

from analysis.newschange import (
    change_subject,
    harmful_measure,
    heads_subject,
    is_change,
    quantity_change,
    quantity_subject,
)
from analysis.newsindex import DEFAULT_CONFIG, NewsVaderConfig, Prepared, word_context
from analysis.newslexicon import (
    BOOSTERS,
    C_INCR,
    CHANGE_DEGREE,
    DECREASES,
    N_SCALAR,
    OPENERS,
    SHIFTER_BLOCK,
    SHIFTER_PREPOSITIONS,
    SHIFTERS,
    SPECIAL_WORDS,
    quantity_lexicon,
)
from analysis.newsrules import contrast, modify, not_sentiment, special

#: Words with a sense that carries no sentiment (see ``not_sentiment``).
_SENSES = frozenset(("kind", "no", "like", "care", "vice", "shot", "shots", "straight"))
#: Negators read with the word before them ("far from", "anything but", "a few").
_PAIR_ENDS = frozenset(("from", "but", "few"))


def _is_titlecase(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _headline_case(prep: Prepared, w_lo: int, n_words: int) -> bool:
    """Whether most words of the range are capitalised (a sentence's first word aside):
    in headline case, capitals do not mark names."""
    tokens = prep.tokens
    titled = 0
    for j in prep.words[w_lo : w_lo + n_words]:
        w = tokens[j].text
        if w[:1].isupper() and not w.isupper():  # (_is_titlecase, in line: word by word)
            titled += 1
    if _is_titlecase(tokens[prep.words[w_lo]].text):
        titled -= 1
    return titled * 2 >= n_words


def _inside_sentence(prep: Prepared, k: int, a: int) -> bool:
    """Whether the capitalised word at ``k`` reads as part of a name: not its sentence's
    (or the range's) first token, nor after an opener such as a quotation mark."""
    if (prep.low[k - 1] if k > a else "") in OPENERS:
        return False
    ends = prep.ends
    i = bisect.bisect_left(ends, k)
    return k > (max(ends[i - 1] + 1, a) if i else a)


def _changes_in(prep: Prepared, a: int, b: int, config: NewsVaderConfig) -> bool:
    """Whether ``a..b`` holds a change verb the rules read (one may score a quantity the
    lexicon leaves neutral: "The economy shrank")."""
    changes = prep.changes
    c = bisect.bisect_left(changes, a)
    return config.shifters and c < len(changes) and changes[c] < b


def _direction(
    prep: Prepared, j: int, a: int, b: int, turned: dict[int, float], carried: dict[int, float]
) -> None:
    """Record in ``turned`` the factor on each scored word of the subject of the change
    verb at ``j`` (``N_SCALAR`` after a decrease, 1 after an increase: "Poverty
    declined" reads as good news, "Poverty increased" as bad; Moilanen & Pulman, 2007;
    Choi & Cardie, 2008) and 0 for the verb and the degree words after it ("fell to its
    lowest level"), which say which way, not whether good. Only the subject's head (and
    modifiers agreeing with it) is turned (:func:`~analysis.newschange.subject_head`);
    nothing when the head is not scored ("Shares plunged" keeps the verb's valence).
    A quantity whose increase is good or bad news but which the lexicon leaves neutral
    ("economy", "wages"; ``QUANTITY_UP_GOOD`` and ``QUANTITY_UP_BAD`` in
    :mod:`analysis.newslexicon`) is scored as the head, its valence put in
    ``carried``."""
    low = prep.low
    lex = prep.lex
    is_word = prep.is_word
    change = is_change(low, is_word, j, b)
    if not change and not quantity_change(low, is_word, j, b):
        return
    quantities = quantity_lexicon(prep.supplement)
    found = change_subject(low, is_word, j, a, quantities)
    tokens = prep.tokens
    subject = [
        i
        for i in found
        if low[i] not in BOOSTERS
        # a listed quantity capitalised inside a sentence is a name ("Steve Jobs grew up")
        and not (
            lex.get(low[i], 0.0) == 0.0
            and _is_titlecase(tokens[i].text)
            and _inside_sentence(prep, i, a)
        )
    ]
    if not subject or not (change or quantity_subject(low, is_word, subject[0], j, a)):
        return
    head = subject[0]
    if harmful_measure(low, lex, head, j, a):
        return  # "Opium production rose": no plain good or bad news
    # a listed quantity the lexicon leaves neutral is scored only as the subject's head
    # ("Emissions cuts slowed": not "emissions")
    carries = heads_subject(low, is_word, head, j, a)
    factor = N_SCALAR if low[j] in DECREASES else 1.0
    for i in subject:
        turned[i] = factor
        if lex.get(low[i], 0.0) == 0.0 and i == head and carries:
            carried[i] = quantities[low[i]]  # "The economy shrank": a listed quantity
    # The scored words between the head and the verb that agree with the head name
    # what it counts ("Deaths from the virus declined", "Fears of a recession eased"):
    # the change is the head's, so they score 0 rather than count the head twice.
    sign = quantities.get(low[subject[0]], 0.0)
    for i in range(subject[0] + 1, j):
        if lex.get(low[i], 0.0) * sign > 0.0:
            turned[i] = 0.0
    turned[j] = 0.0
    for i in range(j + 1, min(j + 6, b)):
        if low[i] in CHANGE_DEGREE:
            turned[i] = 0.0
        elif not is_word[i]:
            break


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


def _valences(
    prep: Prepared,
    a: int,
    b: int,
    w_lo: int,
    n_words: int,
    config: NewsVaderConfig,
    h_lo: int | None = None,
    question: bool | None = None,
) -> dict[int, float] | None:
    """Valence of every scored word in ``a..b`` (``None`` when no word is scored);
    ``h_lo`` is the position in ``prep.hits`` of the first at or after ``a`` and
    ``question`` whether the range holds a "?", if known."""
    if prep.supplement != config.supplement:
        raise ValueError("prepared with a different lexicon (config.supplement) than scored")
    left = bisect.bisect_left
    words = prep.words
    all_hits = prep.hits
    if h_lo is None:
        h_lo = left(all_hits, a)
    hits = all_hits[h_lo : left(all_hits, b, h_lo)]
    if not hits and not _changes_in(prep, a, b, config):
        return None
    tokens = prep.tokens
    low = prep.low
    lex = prep.lex
    # The case counts matter only when a scored word is in capitals or title case.
    cap_diff = names_rule = False
    capitals = prep.capitals
    c = left(capitals, a)
    if c < len(capitals) and capitals[c] < b:
        texts = [tokens[j].text for j in words[w_lo : w_lo + n_words]]
        upper = sum(1 for w in texts if w.isupper())
        cap_diff = 0 < n_words - upper < n_words
        names_rule = config.names_neutral and not _headline_case(prep, w_lo, n_words)
    ends = prep.ends
    context = prep.context
    modifiers = prep.modifiers
    n_modifiers = len(modifiers)
    # A scored word with no hedge and no modifier before it in the range keeps its
    # valence whatever precedes it: the context rules below cannot apply to it.
    hedges = prep.hedges
    h_first = left(hedges, a)
    m_first = left(modifiers, a)
    # (comparisons, not min() and max(): generic calls when compiled)
    before = hedges[h_first] if h_first < len(hedges) else b
    m_at = modifiers[m_first] if m_first < n_modifiers else b
    if m_at < before:
        before = m_at
    # Questions are irrealis (Taboada et al., 2011): a word in a sentence ending with
    # "?" is damped as a hedged one is (once, hedged or not).
    asks = False
    if config.questions and prep.emphasis:
        if question is None:
            e = prep.emphasis
            e_lo = left(e, a)
            question = "?" in [low[j] for j in e[e_lo : left(e, b, e_lo)]]
        asks = question

    # Verbs of changing quantity: a decrease turns its subject, an increase keeps it,
    # and the subject decides (the verb and "lowest" after it score 0).
    turned: dict[int, float] = {}
    carried: dict[int, float] = {}
    changes = prep.changes
    if config.shifters and changes:
        for j in changes[left(changes, a) : left(changes, b)]:
            _direction(prep, j, a, b, turned, carried)
    if carried:
        hits = sorted(set(hits).union(carried))

    valence: dict[int, float] = {}
    for k in hits:
        w = low[k]
        v = carried[k] if carried and k in carried else lex[w]
        if turned and k in turned:
            v *= turned[k]
        if w in _SENSES and not_sentiment(low, k, a, b, lex):
            v = 0.0
        if (
            v != 0.0
            and names_rule
            and _is_titlecase(tokens[k].text)
            and _inside_sentence(prep, k, a)
        ):
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
        asked = False
        if asks:
            i = left(ends, k)
            asked = i < len(ends) and ends[i] < b and low[ends[i]] == "?"
        if k <= before:
            if asked:
                v *= config.hedge
            valence[k] = v * config.negativity if v < 0 else v
            continue
        found = context.get(k)
        if found is None:
            found = context[k] = word_context(prep, k)
        w_k, w_clause, last_hedge = found
        window = config.negation_window
        w_start = w_k - (window if window > 3 else 3)
        if w_start < w_clause:
            w_start = w_clause
        if w_start < w_lo:
            w_start = w_lo
        if w_start > w_clause and w_start > w_lo:
            edge = low[words[w_start]]
            if edge in _PAIR_ENDS or "of" in low[words[w_start] : k]:
                # negation reaches one word more across "of"; "far from", "anything
                # but", "a few" need the word before the window's first
                w_start -= 1
        hedged = asked or (last_hedge >= a and last_hedge >= words[w_clause])
        m = left(modifiers, words[w_start]) if w_start < w_k else n_modifiers
        if m < n_modifiers and modifiers[m] < k:
            back = words[w_start:w_k][::-1]
            v = modify(v, low, lex, back, hedged, b, window, config.hedge)
            # a change verb's subject is not a shifter's object ("Jobs were lost as
            # the economy shrank": "lost" does not govern "economy")
            if config.shifters and not (turned and turned.get(k, 0.0) != 0.0):
                for j in back[:window]:
                    if low[j] in SHIFTERS:
                        v *= N_SCALAR  # "reduce the risk": the shifter's object decides
                        if j in valence:
                            valence[j] = 0.0
                        break
                    if low[j] in SHIFTER_BLOCK and (low[j], low[j - 1]) not in (
                        SHIFTER_PREPOSITIONS
                    ):
                        break  # "cut funding for cancer research": not the object
        elif hedged:
            v *= config.hedge
        if v < 0:
            v *= config.negativity
        valence[k] = v

    c = left(prep.connectives, a)
    if c < len(prep.connectives) and prep.connectives[c] < b:
        contrast(valence, low, prep.is_word, a, b)
    return valence or None  # empty: a change verb in the range scored no quantity
