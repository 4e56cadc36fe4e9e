"""Segments: where a run of capitalised words is one name and where it is several.

A run of :mod:`analysis.names` may hold connectors ("and", "of", "for", "the",
particles, "&"): "Belt and Road", "Bank of America" and "Osama bin Laden" are one
name each, "Merkel and Macron" two (a name's words do not occur outside it), "in
Cincinnati and Columbus" two places. Connectors and function words at either end
of a run are trimmed.
"""

from __future__ import annotations

from collections import Counter

from analysis.capitals import known as _known
from analysis.frequencies import zipf
from analysis.months import NAMED_MONTHS as _NAMED_MONTHS
from analysis.namekinds import Piece as _Piece
from analysis.namekinds import function_word as _function_word
from analysis.namewords import CONNECTORS, HEADS, PLACE_PREPOSITIONS
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.namewords import TITLES as _TITLES


def trim(run: list[_Piece]) -> list[_Piece]:
    """Drop connectors and function words at either end of a run (a month's name in
    a run is a person's: "Theresa May"; a "Will" opening one is a given name, which
    :func:`analysis.nameruns.capital_runs` lets in only as one: "Will Smith said")."""
    lo, hi = 0, len(run)
    while (
        lo < hi
        and _function_word(run[lo].text)
        and run[lo].text not in _NAMED_MONTHS
        and not (run[lo].text == "Will" and hi - lo > 1)
    ):
        lo += 1
    while hi > lo and _function_word(run[hi - 1].text) and run[hi - 1].text not in _NAMED_MONTHS:
        hi -= 1
    return run[lo:hi]


#: Words before a run that make "X and Y" two places ("in Cincinnati and Columbus");
#: not "of", after which "X and Y" is as often one name ("the spirit of Belt and Road").
_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS - {"of"}
#: In "X and Y" as one name ("Belt and Road"), a word is this common in general English.
_COMMON_ZIPF = 4.0


def segments(run: list[_Piece], caps: Counter[str], before: str = "") -> list[list[_Piece]]:
    """Split a run at connectors that join two names rather than make one
    (``before``: the word before the run, lower-cased)."""
    out: list[list[_Piece]] = []
    current: list[_Piece] = []
    i = 0
    while i < len(run):
        p = run[i]
        if p.text in CONNECTORS and current:
            left = current[-1].text
            right = run[i + 1].text if i + 1 < len(run) else ""
            if p.text == "and":
                # "Belt and Road" is one name; "Merkel and Macron" two: a name's words
                # do not occur outside it.
                keep = (
                    len(current) == 1
                    and not _known(left)
                    and not _known(right)
                    and left not in _TITLES
                    and (
                        i + 2 >= len(run)
                        or run[i + 2].text in CONNECTORS
                        or run[i + 2].text in HEADS  # "the Belt and Road Initiative"
                    )
                    and caps[left] == caps[right] == caps[f"{left} and {right}"]
                    and before not in _PLACE_PREPOSITIONS
                    and max(zipf(left.lower()), zipf(right.lower())) >= _COMMON_ZIPF
                )
            else:
                keep = (
                    left in HEADS
                    or left in _TITLES
                    or (p.text == "the" and current[-1].text in CONNECTORS)
                    or p.text in _PARTICLES  # "Osama bin Laden", "Charles de Gaulle"
                    or p.text == "&"  # "Smith & Wesson"
                )
            if keep:
                current.append(p)
            else:
                out.append(current)
                current = []
        elif p.text not in CONNECTORS:
            current.append(p)
        i += 1
    if current:
        out.append(current)
    return [trimmed for trimmed in map(trim, out) if trimmed]
