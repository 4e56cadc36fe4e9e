"""Porter stemming: NLTK's ``PorterStemmer`` with exact shortcuts (same stems, faster).

Kept apart from :mod:`analysis.terms` and left as Python: the class extends NLTK's,
and a module compiled with mypyc (``setup.py``) cannot extend a Python class.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, ClassVar

from nltk.stem import PorterStemmer


class _QuickPorter(PorterStemmer):  # type: ignore[misc]
    """NLTK's ``PorterStemmer`` with two shortcuts, same stems.

    * A step runs only when the word ends with a letter that ends one of the
      suffixes the step tests: any other word leaves it unchanged, and NLTK would
      build the step's rule list to find that out. The letters are read from the
      rule lists themselves (each step once, on a probe word), plus the suffixes
      NLTK tests outside a list (step 1a's "ies", 1b's "ied", "eed", "ed", "ing",
      2's "alli", 5a's "e").
    * A rule list is tried only when the word ends with one of its suffixes, which
      a single C-level ``str.endswith`` over the list's suffixes tells (NLTK loops
      over the rules one by one). A list holding NLTK's ``"*d"`` pseudo-suffix (a
      double consonant) always takes NLTK's loop.

    Stemming each new word form is most of the keywords' cost on unseen text;
    ``tests/test_keywords.py`` checks the stems against NLTK's on a word list.
    """

    _STEPS: ClassVar[tuple[str, ...]] = (
        "_step1a",
        "_step1b",
        "_step1c",
        "_step2",
        "_step3",
        "_step4",
        "_step5a",
        "_step5b",
    )
    #: Last letters of the suffixes NLTK tests outside a rule list, by step.
    _OUTSIDE: ClassVar[dict[str, str]] = {
        "_step1a": "s",
        "_step1b": "dg",
        "_step2": "i",
        "_step5a": "e",
    }

    def __init__(self) -> None:
        super().__init__()
        self._suffixes: dict[tuple[str, str, int], tuple[str, ...]] = {}
        self._seen: list[str] | None = None
        ends: dict[str, frozenset[str]] = {}
        listed: dict[str, tuple[str, ...]] = {}
        for name in self._STEPS:
            self._seen = []
            getattr(PorterStemmer, name)(self, "zzzzzz")  # no rule applies: lists only
            letters = {suffix[-1] for suffix in self._seen if suffix and suffix != "*d"}
            ends[name] = frozenset(letters | set(self._OUTSIDE.get(name, "")))
            listed[name] = tuple(self._seen)
        self._seen = None
        self._ends = ends
        # NLTK's steps (this class overrides none), bound once, with their letters and,
        # for a step that tests only the suffixes of its one rule list (steps 2, 3
        # and 4: step 2's "alli" outside the list is in it too), those suffixes: a
        # word ending with none of them skips the step before NLTK builds the list
        whole = {"_step2", "_step3", "_step4"}
        for name in whole:
            assert "*d" not in listed[name] and "" not in listed[name]
        self._steps = [
            (ends[name], listed[name] if name in whole else (), getattr(self, name))
            for name in self._STEPS
        ]

    def _apply_rule_list(self, word: str, rules: list[tuple[str, str, Any]]) -> str:
        if self._seen is not None:
            self._seen.extend(rule[0] for rule in rules)
        # NLTK builds each step's list anew per call: its first and last suffixes
        # and its length name it
        key = (rules[0][0], rules[-1][0], len(rules))
        suffixes = self._suffixes.get(key)
        if suffixes is None:
            found = tuple(rule[0] for rule in rules)
            suffixes = self._suffixes[key] = () if "*d" in found else found
        if suffixes and not word.endswith(suffixes):
            return word
        return str(super()._apply_rule_list(word, rules))

    # NLTK classifies a stem's letters one by one in Python (a "y" is a vowel after a
    # consonant); without a "y" a letter is a vowel exactly when it is one of "aeiou",
    # so the measure (the number of vowel-consonant pairs) and the vowel test are one
    # regular-expression scan each. A stem holding a "y" takes NLTK's way.
    _VOWEL_CONSONANT = re.compile("[aeiou][^aeiou]")
    _VOWEL = re.compile("[aeiou]")

    def _measure(self, stem: str) -> int:
        if "y" in stem:
            return int(super()._measure(stem))
        return len(self._VOWEL_CONSONANT.findall(stem))

    def _contains_vowel(self, stem: str) -> bool:
        if "y" in stem:
            return bool(super()._contains_vowel(stem))
        return self._VOWEL.search(stem) is not None

    def stem(self, word: str, to_lowercase: bool = True) -> str:
        low = word.lower() if to_lowercase else word
        if low in self.pool or len(word) <= 2:
            return str(super().stem(word, to_lowercase))
        for letters, suffixes, step in self._steps:
            if low[-1:] in letters and (not suffixes or low.endswith(suffixes)):
                low = step(low)
        return low


@cache
def stemmer() -> PorterStemmer:
    """The one shared stemmer."""
    return _QuickPorter()
