"""Employers before a title in a name: "Tesla CEO Elon Musk", "Pentagon Press Secretary".

For :func:`analysis.namekinds.classify`: a run of capitalised words that holds an
organisation's name, a title (or a capitalised occupation: "Economist Mark Zandi")
and a person's name is read as the organisation and the person, with the role
"<organisation> <title>". The cue of Mikheev, Moens & Grover (1999, "Named Entity
Recognition without Gazetteers", EACL): a title is external evidence of a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis import gazetteer
from analysis.frequencies import zipf
from analysis.nameparts import Candidate, Piece, given_names
from analysis.namewords import CONNECTORS
from analysis.namewords import HONORIFICS as _HONORIFICS
from analysis.namewords import ORG_HEADS as _ORG_HEADS
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.namewords import ROLE_HEADS as _ROLE_HEADS
from analysis.namewords import ROLE_WORDS as _ROLE_WORDS
from analysis.namewords import TITLES as _TITLES
from analysis.types import Document


def employer_role(doc: Document, seg: list[Piece]) -> list[Candidate] | None:
    """An organisation's name, a title and a person's name in one run ("Tesla CEO Elon
    Musk", "European Commission President Ursula von der Leyen", "Bank of America
    Chief Executive Brian Moynihan"): the organisation, and the person with the role
    "<organisation> <title>". The organisation is one to four words, none a role word
    unless it ends in an organisation's head word ("House Intelligence Committee")."""
    k = next((j for j, p in enumerate(seg) if p.text in _TITLES or _occupation(p.text)), 0)
    if not 1 <= k <= 4 or seg[k].text in _HONORIFICS or seg[0].text in given_names():
        return None
    if k > 1 and seg[k - 1].text in _TITLE_MODIFIERS and _stands_alone(doc.text, seg[: k - 1]):
        k -= 1  # "Pentagon Press Secretary Pat Ryder" beside "the Pentagon"
    org, rest = seg[:k], seg[k + 1 :]
    while rest and (rest[0].text in _ROLE_WORDS or _occupation(rest[0].text)):
        rest = rest[1:]  # "Chief Executive", "Chief Economist"
    if not rest and k + 1 < len(seg) and _occupation(seg[-1].text):
        # "Goldman Sachs Chief Economist" before a name read apart ("Jan Hatzius"):
        # the employer, and its title no person
        name = doc.text[org[0].start : org[-1].end]
        hit = gazetteer.lookup(name)
        if hit is not None and hit[1] == "organization":
            return [Candidate(org[0].start, org[-1].end, name, "organization", canonical=hit[0])]
    if not 1 <= len(rest) <= 4 or org[-1].text in CONNECTORS:
        return None
    if any(p.text in CONNECTORS and p.text not in _PARTICLES for p in rest):
        return None
    if org[-1].text not in _ORG_HEADS and any(
        p.text in _ROLE_WORDS or p.text in _ROLE_HEADS for p in org
    ):
        return None
    text = doc.text
    start, end = org[0].start, org[-1].end
    name = text[start:end]
    hit = gazetteer.lookup(name)
    if hit is not None and hit[1] != "organization":
        return None  # a place before a title: the rules for roles read it
    canonical = hit[0] if hit is not None else " ".join(p.text for p in org)
    role_end = rest[0].start
    role = " ".join(text[start:role_end].split())
    person = " ".join(text[rest[0].start : rest[-1].end].split())
    found = Candidate(rest[0].start, rest[-1].end, person, "person", role=role)
    if org[-1].text.endswith(("'s", "’s")):
        return [found]  # "Cook County State's Attorney Kim Foxx": all of it the role
    return [Candidate(start, end, name, "organization", canonical=canonical), found]


#: Words that open a compound title ("Press Secretary"), not an employer's name.
_TITLE_MODIFIERS = frozenset("Press Communications".split())


def _stands_alone(text: str, org: Sequence[Piece]) -> bool:
    """Whether an organisation's name is a known one or written elsewhere without
    the word after it here ("the Pentagon said", "the White House")."""
    name = text[org[0].start : org[-1].end]
    hit = gazetteer.lookup(name)
    if hit is not None and hit[1] == "organization":
        return True
    after = text[org[-1].end : org[-1].end + 16].split()
    return bool(after) and text.count(name) > text.count(f"{name} {after[0]}")


def _occupation(word: str) -> bool:
    """A capitalised occupation that stands as a title before a person's name
    ("Economist Mark Zandi", "Strategist Wei Li"): a common word in -ist or -yst."""
    return (
        len(word) >= 7
        and word.endswith(("ist", "yst"))
        and word.isalpha()
        and word not in given_names()
        and zipf(word.lower()) >= _OCCUPATION_ZIPF
    )


#: An occupation in -ist this common in general English ("economist" 3.9,
#: "strategist" 3.3).
_OCCUPATION_ZIPF = 3.0
