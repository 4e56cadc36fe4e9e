"""Word frequencies of general English, from ``wordfreq`` (its lists ship inside the
package: nothing is downloaded).

:func:`zipf` is ``wordfreq.zipf_frequency(word, "en")`` without the tokenizer
wordfreq runs on every word it is asked about, for the plain words that are their
own single token. Keywords score specificity with these frequencies; names,
capitals and actors ask how common a capitalised word is in lower case.

References:
    Speer, R. (2022). rspeer/wordfreq: v3.0. Zenodo. doi:10.5281/zenodo.7199437
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType

from wordfreq import freq_to_zipf, get_frequency_dict, zipf_frequency, zipf_to_freq

#: The frequency of Zipf 0, wordfreq's floor for ``zipf_frequency``.
_ZIPF_FLOOR = float(zipf_to_freq(0.0))


@cache
def english() -> Mapping[str, float]:
    """``wordfreq``'s English word list, word -> frequency: a read-only view of the
    very dictionary wordfreq's own lookups use (``"best"`` list), not a copy."""
    return MappingProxyType(get_frequency_dict("en", "best"))


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``, the same number, found without
    wordfreq's tokenizer for a plain word (lower-case ASCII letters only, which is
    its own one token): looked up in the word list, then rounded as wordfreq rounds
    (a listed word's frequency to three significant digits, the Zipf value to two
    decimals; an unlisted word gets the floor of Zipf 0). Other words go to wordfreq.

    wordfreq tokenizes every word it is asked about: ~10 us a new word, a few
    percent of ``analysis analyze`` on unseen text where the capitals and actors
    look up each capitalised word (~2 us here). ``tests/test_keywords.py`` checks the
    values against wordfreq's over its word list.
    """
    if not (word.isalpha() and word.isascii() and word.islower()):
        return float(zipf_frequency(word, "en"))
    known = english().get(word)
    if known is None:
        freq = _ZIPF_FLOOR
    else:
        # wordfreq combines a word's tokens as 1 / f = 1 / f1 + ...: one token here
        freq = max(1.0 / (1.0 / known), _ZIPF_FLOOR)
        freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(float(freq_to_zipf(freq)), 2)
