"""Coordinated and subordinate clauses around a cue (for :mod:`analysis.verbcues`).

A second verb of saying after "and" or "but" shares the subject of the first ("Sanders
claimed momentum and argued he is the stronger candidate": two attributions of
Sanders), and a subordinate clause holding a cue ends where the main clause begins
("While Ramos said that journalists cannot ..., he appears uneasy"). Both read the
clause structure from word classes alone (no parser): a finite verb is a past tense
or "says", a main clause opens with a subject pronoun or a speaker and a verb of
saying. Reference for the clause types: Quirk et al. (1985), *A Comprehensive Grammar
of the English Language*, chapters 13 (coordination) and 15 (subordination).
"""

from __future__ import annotations

from analysis.clauseguards import is_clause
from analysis.clauses import (
    NP_SENSES,
    SentenceView,
    claimed_thing,
    content_between,
    continuation_at,
    first_comma,
    is_past,
    speaker_cue_at,
)
from analysis.sources import subject as clause_subject

#: Pronouns that alone, after a cue, name whom or what it is about, not what was said.
OBJECT_PRONOUNS = frozenset("him her them it me us you himself herself themselves itself".split())


def finite(word: str, lemma: str) -> bool:
    """A finite cue form after "and": a past tense or "says" ("argued", "said"; not
    "say", "saying", nor a present "-s" form, as often a plural noun after "and":
    "faced lawsuits and calls for his resignation")."""
    if word.endswith("ing") or word == lemma:
        return False
    return is_past(word) or word == "says"


def coordinated_subject(s: SentenceView, lo: int, conj: int) -> tuple[int, int] | None:
    """The named subject of the clause ``toks[lo:conj]`` that a verb after the
    conjunction ``toks[conj]`` shares ("Trump questioned Israel's commitment and
    refused to back ..."): only with a verb of its own between it and the conjunction
    (not "Smith and Jones said"), and no passive participle after the conjunction
    ("was approved and praised by ...")."""
    subject = clause_subject(s, lo, conj + 1)
    if subject is None or conj - subject[1] < 2:
        return None
    if conj + 2 < len(s.toks) and s.text(conj + 2).lower() == "by":
        return None
    return subject


def second_content(
    s: SentenceView, c0: int, n: int, lemma: str, cls: str, intro: bool
) -> tuple[tuple[int, int], int] | None:
    """The content of a second verb after "and" from token ``c0`` and where it ends:
    a clause up to the next continuation, or a noun phrase up to a comma; ``None``
    when it reports nothing ("and praised him", "and added a new game", "and
    claimed victory")."""
    stop = continuation_at(s, c0 + 1, n)
    if cls == "object" and not intro:
        stop = first_comma(s, c0, stop)
    rng = content_between(s, c0, stop)
    if rng is None:
        return None
    if not intro:
        words = s.doc.text[rng[0] : rng[1]].split(None, 2)
        if len(words) == 1 and words[0].lower() in OBJECT_PRONOUNS:
            return None
        if lemma in NP_SENSES and not is_clause(s, rng):
            return None
        if claimed_thing(s, lemma, rng):
            return None
    return rng, stop


def main_clause(s: SentenceView, c0: int, stop: int) -> int:
    """Where a subordinate clause's content from token ``c0`` ends: at the first comma
    outside quotations before a main clause's subject, a pronoun ("..., he appears
    uneasy") or a speaker and a verb of saying ("..., Devine suggested"); ``stop`` when
    none (a comma inside the content: "that tuition, fees and housing would rise")."""
    lows = s.lows
    for j in range(c0 + 1, stop - 1):
        if lows[j] != "," or s.quote_at(s.toks[j].start) is not None:
            continue
        if lows[j + 1] in _MAIN_SUBJECTS or speaker_cue_at(s, j + 1, stop):
            return j
    return stop


#: Subject pronouns that open a main clause after a subordinate one.
_MAIN_SUBJECTS = frozenset("he she they we i it you there".split())
