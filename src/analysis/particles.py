"""Surnames with lower-case particles that no capital opens: "said von der Leyen",
"de Gaulle" (the particles before a capitalised word join it) and "al-Sisi said" (a
particle joined by a hyphen). Used by :func:`analysis.names.candidates`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from analysis.capitals import bare as _bare
from analysis.capitals import particled as _particled
from analysis.namekinds import Candidate
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.types import Document

_token_start = attrgetter("start")


#: A lower-case particle joined by a hyphen to a capital ("al-Sisi", "bin-Nayef").
_PARTICLED = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_PARTICLES)) + r")-[A-Z]")
#: A hyphen before a capital: where a match of :data:`_PARTICLED` ends (its particle
#: two or three letters before). Scanning for these first and trying the pattern
#: only there finds the same matches at a fraction of the cost of trying the
#: pattern's lookbehind and alternatives at every position of the text.
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")
_PARTICLE_LENGTHS = sorted({len(p) for p in _PARTICLES}, reverse=True)


def with_particles(doc: Document, k: int, found: list[Candidate]) -> None:
    """A surname written with its lower-case particles and no given name ("said von
    der Leyen", "de Gaulle"): the candidate opening at token ``k`` takes the one or
    two particles before it, and is a person's name."""
    toks = doc.tokens
    j = k
    while j > 0 and k - j < 2 and toks[j - 1].text in _PARTICLES:
        if doc.text[toks[j - 1].end : toks[j].start] != " ":
            break
        j -= 1
    if j == k:
        return  # (a capital before the particles in the run: "Rio de Janeiro" is one)
    if j > 0 and _common_particle(toks[j - 1].text.lower(), toks[j].text):
        return  # "the van Martinez had rented", "à la Trump": no particle
    for c in found:
        if c.start == toks[k].start and c.kind in (None, "person") and c.role is None:
            c.start, c.kind, c.canonical = toks[j].start, "person", None
            c.name = " ".join(doc.text[c.start : c.end].split())


#: Words before "van" that make it the vehicle ("the van Martinez had rented").
_DETERMINERS = frozenset("the a an this that his her its their our my your one".split())


def _common_particle(before: str, particle: str) -> bool:
    """Whether a particle is an ordinary word here: "van" after a determiner, "la"
    after "à" ("à la Trump": in the manner of)."""
    return (particle == "van" and before in _DETERMINERS) or (
        particle == "la" and before in ("à", "a")
    )


def particled_alone(doc: Document, out: list[Candidate]) -> None:
    """A particle joined to a name opening it, mid-sentence ("al-Sisi said"): no
    capital starts it, so no run holds it; a single unknown word, resolved later.
    (Found by one regular-expression scan of the text, not token by token.)"""
    toks = doc.tokens
    spans: list[tuple[int, int]] | None = None
    added = False
    text = doc.text
    for h in _HYPHEN_CAPITAL.finditer(text):
        # (the leftmost match ending at this hyphen, as a scan from the left finds it)
        m = None
        for n in _PARTICLE_LENGTHS:
            if m is None and h.start() >= n:
                m = _PARTICLED.match(text, h.start() - n)
        if m is None:
            continue
        k = bisect_left(toks, m.start(), key=_token_start)
        if k == len(toks) or toks[k].start != m.start() or not _particled(toks[k].text):
            continue
        t = toks[k]
        if spans is None:
            spans = [(c.start, c.end) for c in out]
        if any(a <= t.start < b for a, b in spans):
            continue
        bare = _bare(t.text)
        out.append(Candidate(t.start, t.start + len(bare), bare, None))
        added = True
    if added:
        out.sort(key=attrgetter("start"))
