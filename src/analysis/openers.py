"""Openers: whether a capital opening a sentence may begin a name.

A sentence's first word is capitalised whatever it is, so :mod:`analysis.names`
asks more of it: a common or derived word ("Meanwhile", "Praising", "Earlier") is
no name's first word, a rarer one before a city may be a given name ("Lloyd
Austin met"). Frequencies are wordfreq's Zipf values (:mod:`analysis.frequencies`).
"""

from __future__ import annotations

from analysis import gazetteer
from analysis.adverbs import SENTENCE_ADVERBS
from analysis.capitals import bare as _bare
from analysis.capitals import is_cap as _is_cap
from analysis.capitals import known as _known
from analysis.frequencies import zipf
from analysis.namekinds import given_names
from analysis.placenames import PLACE_MODIFIERS as _PLACE_MODIFIERS
from analysis.stoplist import stopwords

#: A sentence-initial capital counts when this rare and a second capital and a speech
#: verb follow ("Xavier Lopez said"); rarer words need no more (capitals.RARE_ZIPF).
NAME_ZIPF = 4.0


def plain_opener(word: str) -> bool:
    """A word that opens sentences before a name: a stopword, a derived form or an
    adverb ("Meanwhile", "Today", "Earlier")."""
    return inflected(word) or word.lower() in _OPENER_WORDS


#: The sentence adverbs, and "last" and "next" ("Last week", "Next year").
_OPENER_WORDS = SENTENCE_ADVERBS | frozenset("last next".split())


def inflected(word: str) -> bool:
    """A stopword or an -ing or -ed form ("Praising", "Unlike"): a sentence opener,
    no name's first word."""
    low = word.lower()
    return low in stopwords() or (len(low) > 4 and low.endswith(("ing", "ed")))


def common(word: str) -> bool:
    """A common English word, no name's first word when it opens a sentence: an
    :func:`inflected` word, or one as frequent as :data:`NAME_ZIPF` ("Earlier",
    "Later"; though "Kim" is too)."""
    return inflected(word) or zipf(word.lower()) >= NAME_ZIPF


#: A sentence-opening word this frequent and no given name is no name's first word
#: before an appositive ("Meet Mamdani, the new mayor"; not "Kim Jong Un, ...").
_VERY_COMMON_ZIPF = 5.0


def very_common(word: str) -> bool:
    return word not in given_names() and zipf(word.lower()) >= _VERY_COMMON_ZIPF


def city_surname(word: str, nxt: str, after: str) -> bool:
    """Whether a capital opening a sentence and a city after it, and no third
    capital, are a person's name ("Lloyd Austin met", "Whitney Houston sold"): the
    first word is no common word, place modifier or known name."""
    if not word.isalpha() or inflected(word) or word in _PLACE_MODIFIERS or _known(word):
        return False
    if _is_cap(after) or zipf(word.lower()) >= _CITY_SURNAME_ZIPF:
        return False
    found = gazetteer.lookup(_bare(nxt))
    return found is not None and found[1] == "place"


#: A first word as frequent as this ("Downtown", "Visiting") opens a sentence
#: before a city; rarer ones ("Lloyd", "Whitney", "Grover") are given names.
_CITY_SURNAME_ZIPF = 4.3
