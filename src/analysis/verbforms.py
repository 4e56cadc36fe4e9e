"""Verb forms without a tagger: whether a word opening a noun-phrase term is a verb.

A past form ("-ed" or an irregular one from :func:`analysis.lemmas.irregular_forms`)
is a verb after a subject (a pronoun, an auxiliary, a name, a noun: "exports
registered steady", "he instructed staff") and an adjective after a determiner, a
possessive or a preposition ("the retired miners", "the state's proposed budget"); a
base form is a verb after a modal or a negated auxiliary ("will enhance", "does not
fix"), and after "to" when its past form is about as common in general English as it
is ("to provide food": "provided" 5.02 against "provide" 5.15 on wordfreq's Zipf
scale; "to vaccine makers": "vaccined" is no word), unless "to" is a preposition after
a verb of change in amount or a noun such as "access" ("rose to record highs",
"access to test results").
Used by :mod:`analysis.targets`; the word lists are written for this package.

Reference:
    Justeson, J.S. & Katz, S.M. (1995). Technical terminology: some linguistic
    properties and an algorithm for identification in text. Natural Language
    Engineering 1(1) (noun-phrase terms are runs of nouns and adjectives).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from functools import cache

from analysis.frequencies import zipf
from analysis.lemmas import irregular_forms, lemma
from analysis.stoplist import stopwords

#: Nouns ending in "-ed" that head noun phrases ("tool shed"); words of three letters
#: ("bed", "red") are never taken as verb forms.
ED_NOUNS = frozenset(
    "shed sled hundred kindred hatred seabed riverbed flowerbed sickbed hotbed".split()
)

#: Words after which a verb form is a verb, not an adjective before a noun ("he
#: instructed staff", "companies have found ways"; not "the retired miners").
_SUBJECTS = frozenset(
    """i you he she it we they who which what that there has have had having is are was
    were be been being""".split()
)
#: Modal verbs: a base form after one is a verb ("will enhance cooperation").
_MODALS = frozenset("will would can could should shall may might must".split())
#: The forms of "do" before a negated verb ("does not fix schools"), and modals.
_DO = frozenset("do does did".split()) | _MODALS
#: Words (lemmas) after which "to" is a preposition before a noun phrase, no infinitive
#: marker: verbs of a change in amount ("rose to record highs", "fell to"), nouns of
#: access and harm ("access to test results", "a threat to"), fixed prepositions.
_TO_PREPOSITION = frozenset(
    """rise fall climb jump drop soar surge slip sink plunge slide tumble dip increase
    decrease grow shrink rebound access threat damage harm exposure visit trip response
    reply contribution opposition resistance according due next close similar prior
    compare thanks relate subject""".split()
)


def verb_led(low: Sequence[str], is_word: Sequence[bool], k: int, taken: Set[int]) -> bool:
    """Whether word ``k``, the first of a term, is a verb, so no noun phrase's first
    word: a past form ("-ed" or irregular: "registered", "found") after a subject
    (a pronoun, an auxiliary, a name, a noun), or a base form after a modal or after
    "to" when its past form is about as common as it ("to provide food", not "to
    vaccine makers"; wordfreq frequencies, no tagger).

    Args:
        low: The tokens lower-cased (apostrophes unified), as
            :class:`analysis.newsindex.Prepared` holds them.
        is_word: Whether each token is a word or a number.
        k: The index of the term's first word.
        taken: Indices of the tokens inside actor mentions (a name before the word
            is its subject).
    """
    w = low[k]
    prev = low[k - 1] if k > 0 else ""
    if k > 1 and _adverb(prev):
        # adverbs between a modal or "to" and the verb: "should also continuously
        # enhance vaccine cooperation", "to further deepen ties"
        j = k - 1
        while j > 0 and j > k - 4 and _adverb(low[j]):
            j -= 1
        before = low[j]
        if before in _MODALS or before.endswith("n't"):
            return True
        if before == "to":
            if j > 0 and lemma(low[j - 1]) in _TO_PREPOSITION:
                return False
            return _verb_base(w)
    if prev in _MODALS or prev.endswith("n't"):
        return True  # ("will enhance", "doesn't fix")
    if prev == "to" and k > 1 and lemma(low[k - 2]) in _TO_PREPOSITION:
        return False  # "rose to record highs", "access to test results": a preposition
    if prev == "to" or (prev in ("not", "n't", "never") and k > 1 and low[k - 2] in _DO):
        return _verb_base(w)  # ("does not fix schools")
    if not _past_form(w):
        return False
    if _possessive(prev):
        return False  # "the state's proposed budget": a possessive is a determiner
    if prev in _SUBJECTS or (k - 1) in taken:
        return True
    return (
        k > 0
        and is_word[k - 1]
        and prev not in stopwords()
        and not prev.isdigit()
        and "-" not in prev  # "the single-biggest coordinated media campaign"
        and not prev.endswith(("ed", "ing", "ly", "en"))
        and not _past_form(prev)
    )


#: Adverbs that stand between a modal or "to" and its verb, besides "-ly" adverbs.
_ADVERBS = frozenset("also further still then now just even always never not jointly".split())
#: Words in "-ly" that are no adverbs of manner ("family", "supply", "Italy").
_LY_NOUNS = frozenset(
    "family supply ally rally assembly italy july reply belly bully jelly lily holy ugly".split()
)


def _adverb(w: str) -> bool:
    """Whether ``w`` is an adverb that may stand before a verb: a listed one ("also",
    "further") or an "-ly" form of a common adjective ("continuously" of "continuous",
    "jointly", "steadily" of "steady", "possibly" of "possible"; wordfreq Zipf >= 3)."""
    if w in _ADVERBS:
        return True
    if len(w) < 5 or not w.endswith("ly") or w in _LY_NOUNS:
        return False
    if w.endswith("ily"):
        base = w[:-3] + "y"
    elif w.endswith("bly"):
        base = w[:-1] + "e"
    else:
        base = w[:-2]
    return zipf(base) >= 3.0


#: Words whose "'s" is "is" or "has" ("he's proposed", "that's changed"), no possessive.
_S_CONTRACTED = frozenset("he she it that there what who where here how let".split())


def _possessive(w: str) -> bool:
    """A possessive ("state's", "states'"; the apostrophes unified), not a contraction
    of "is" or "has" ("he's", "that's")."""
    if w.endswith("s'") and len(w) > 2:
        return True
    return w.endswith("'s") and len(w) > 2 and w[:-2] not in _S_CONTRACTED


def _past_form(w: str) -> bool:
    """A past tense or participle: "-ed" (not "-eed", not a noun in "-ed") or an
    irregular form ("found", "taken"; :func:`analysis.lemmas.irregular_forms`)."""
    if "-" in w:
        return False  # a compound adjective: "well-reasoned", "deep-pocketed"
    if len(w) > 3 and w.endswith("ed") and not w.endswith("eed") and w not in ED_NOUNS:
        return True
    base = irregular_forms().get(w)
    return base is not None and base != w and base in _strong_verbs()


@cache
def _strong_verbs() -> frozenset[str]:
    """The base forms of the irregular verbs that :func:`analysis.lemmas.irregular_forms`
    lists with a past form not in "-s" ("find" of "found", "take" of "taken")."""
    table = irregular_forms()
    return frozenset(
        base
        for form, base in table.items()
        if base != form and not form.endswith("s") and base not in _IRREGULAR_NOUNS
    )


#: Irregular plurals and comparatives in the lemma table: no verbs.
_IRREGULAR_NOUNS = frozenset(
    "man woman child foot tooth goose mouse good bad criterion phenomenon".split()
)

#: How much rarer (Zipf) a word's past form may be than the word, for a verb: "provide"
#: 5.15 and "provided" 5.02; "tax" 5.14 and "taxed" 3.52 is a noun.
_PAST_ZIPF_GAP = 0.9


def _verb_base(w: str) -> bool:
    """Whether a base form after "to" is a verb: a strong verb's ("make"), or one whose
    past form is about as common as it in general English."""
    if w in _strong_verbs():
        return True
    if not w.isalpha() or len(w) < 3:
        return False
    if w.endswith("e"):
        pasts = [w + "d"]
    elif w.endswith("y") and w[-2:-1] not in "aeiou":
        pasts = [w[:-1] + "ied"]
    else:
        pasts = [w + "ed", w + w[-1] + "ed"]
    return max(zipf(p) for p in pasts) >= zipf(w) - _PAST_ZIPF_GAP
