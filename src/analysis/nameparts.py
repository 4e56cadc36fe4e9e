"""The parts of a name candidate: its words, the candidate itself, and given names.

Shared by :mod:`analysis.namekinds` (what a run of capitalised words names) and the
modules that read its cues (:mod:`analysis.employers`, :mod:`analysis.placenames`):
a :class:`Piece` is one word of a capitalised run, a :class:`Candidate` a name found
with its kind (settled later by :func:`analysis.actors.find_mentions` when ``None``),
and :func:`given_names` the lexicon of common given names that tells a person's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from analysis.paths import DATA_DIR
from analysis.types import ActorKind


class Piece(NamedTuple):
    """A word of a name: a word token with a possessive ending dropped."""

    text: str
    start: int
    end: int
    initial: bool  # needs evidence: sentence-initial or in the headline


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    name: str
    kind: ActorKind | None  # None: a single unknown word, resolved at document level
    role: str | None = None
    canonical: str | None = None


@cache
def given_names() -> frozenset[str]:
    """Common given names (``data/first_names_gender.txt``, shared with
    :mod:`analysis.speakers`)."""
    path = DATA_DIR / "first_names_gender.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))
