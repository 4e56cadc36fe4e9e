"""Readability formulas: pure functions over counts, checked against published worked
examples (the tests).

Kept apart from :mod:`analysis.stats`, which counts and is compiled with mypyc
(``setup.py``): these are called once per document and from users' own scripts,
often with NumPy or pandas numbers, which compiled functions typed ``int`` refuse.
"""

from __future__ import annotations

import math

# --- readability formulas over counts ----------------------------------------------


def _require(words: int, sentences: int) -> None:
    if words <= 0 or sentences <= 0:
        raise ValueError(f"need at least one word and one sentence (got {words}, {sentences})")


def flesch_reading_ease(*, words: int, sentences: int, syllables: int) -> float:
    """Flesch reading ease: 206.835 − 1.015 (words/sentences) − 84.6 (syllables/words).

    Higher is easier: 90–100 very easy, 60–70 plain English, 0–30 very difficult.

    Reference:
        Flesch, R. (1948). A new readability yardstick. *Journal of Applied
        Psychology*, 32(3), 221–233.
    """
    _require(words, sentences)
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(*, words: int, sentences: int, syllables: int) -> float:
    """Flesch–Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59.

    Reference:
        Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975).
        *Derivation of new readability formulas (Automated Readability Index, Fog
        Count and Flesch Reading Ease formula) for Navy enlisted personnel*.
        Research Branch Report 8-75, Naval Technical Training Command.
    """
    _require(words, sentences)
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def gunning_fog(*, words: int, sentences: int, polysyllables: int) -> float:
    """Gunning fog index: 0.4 × (words/sentences + 100 × polysyllables/words).

    Reference:
        Gunning, R. (1952). *The Technique of Clear Writing*. McGraw-Hill.
    """
    _require(words, sentences)
    return 0.4 * (words / sentences + 100.0 * polysyllables / words)


def smog(*, sentences: int, polysyllables: int) -> float:
    """SMOG grade: 1.0430 × √(polysyllables × 30 / sentences) + 3.1291.

    The polysyllable count is normalised to a 30-sentence sample, as McLaughlin's
    formula assumes; it is meant for texts of 30 sentences or more and is less
    reliable below that.

    Reference:
        McLaughlin, G. H. (1969). SMOG grading — a new readability formula.
        *Journal of Reading*, 12(8), 639–646.
    """
    if sentences <= 0:
        raise ValueError(f"need at least one sentence (got {sentences})")
    return 1.0430 * math.sqrt(polysyllables * 30.0 / sentences) + 3.1291


def coleman_liau(*, words: int, sentences: int, letters: int) -> float:
    """Coleman–Liau index: 0.0588 L − 0.296 S − 15.8.

    L is letters per 100 words, S sentences per 100 words. Coleman & Liau's own
    example (119 words, 639 letters, 5 sentences) gives 14.53.

    Reference:
        Coleman, M. & Liau, T. L. (1975). A computer readability formula designed
        for machine scoring. *Journal of Applied Psychology*, 60(2), 283–284.
    """
    _require(words, sentences)
    per_100 = 100.0 / words
    return 0.0588 * letters * per_100 - 0.296 * sentences * per_100 - 15.8


def ari(*, words: int, sentences: int, letters: int) -> float:
    """Automated Readability Index: 4.71 (characters/words) + 0.5 (words/sentences) − 21.43.

    "Characters" are the letters and digits of the words (``letters`` here).

    Reference:
        Senter, R. J. & Smith, E. A. (1967). *Automated Readability Index*.
        AMRL-TR-66-220, Aerospace Medical Research Laboratories, Wright-Patterson
        Air Force Base, Ohio.
    """
    _require(words, sentences)
    return 4.71 * (letters / words) + 0.5 * (words / sentences) - 21.43
