"""Groups: the plural subjects that "they" may stand for.

A group noun heading the subject of a sentence or clause ("Democratic lawmakers",
"Researchers at Yale") and plural people that are the object of its verb ("Police
arrested three protesters"), read off the tokens with the word lists of
:mod:`analysis.speakers`. :mod:`analysis.coreference` resolves "they" to the one
group found, and leaves it open when there are several.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.speakers import GROUP_NOUNS, GROUP_PLACES, _is_cap
from analysis.speakers import STOP_WORDS as _STOP
from analysis.types import Token

#: Determiners and quantifiers opening a group's noun phrase ("the", "many", "some").
_GROUP_DETERMINERS = frozenset(
    "the some many several most both these those other two three four five all".split()
)
#: Plural people that, as the object of a group's verb, make "they" ambiguous ("Police
#: arrested three protesters. They said ..."; "The FBI arrested two suspects").
PEOPLE_PLURALS = GROUP_NOUNS | frozenset(
    """suspects defendants detainees prisoners hostages migrants refugees patients
    passengers immigrants teachers nurses journalists reporters""".split()
)
#: Common past tenses that look like a modifier before a group noun ("Storms hit
#: residents"): no part of a group's phrase.
_PAST_TENSES = frozenset(
    "hit met told left cut led put sent held kept took gave made found saw let set beat".split()
)
#: Plural people or places after a group's employer ("Ministers from EU countries").
_EMPLOYER_PLURALS = PEOPLE_PLURALS | frozenset(
    "countries states nations cities towns provinces regions".split()
)
#: Verbs after a group that make it the subject of a clause, not an object.
_CLAUSE_VERBS = frozenset(
    """are were have had would will could should can may might must do did say said
    think believe want agree need""".split()
)
_OBJECT_OPENERS = _GROUP_DETERMINERS | frozenset(["a", "an", "with"])
_QUOTES = frozenset(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019"])


def group_subjects(toks: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges of the plural groups that "they" may stand for in ``toks[lo:hi]``
    (a sentence, or its part before a pronoun): a group noun heading the subject that
    opens the sentence or a clause after ";" or ", and"/", but", with its determiner
    dropped, modifiers and an employer kept ("Democratic lawmakers", "Researchers at
    Yale"); and a group or people that is the object of its verb ("Police arrested
    three protesters"), so that the caller sees two candidates. Nothing opening with
    a quotation mark counts: a quotation's subject is no antecedent."""
    starts = [lo]
    for k in range(lo, hi - 1):
        if toks[k].text == ";":
            starts.append(k + 1)
        elif toks[k].text == "," and toks[k + 1].text in ("and", "but"):
            starts.append(k + 2)
    out: list[tuple[int, int]] = []
    for a in starts:
        while a < hi and toks[a].kind == "punct" and toks[a].text not in _QUOTES:
            a += 1  # a dash
        if a >= hi or toks[a].text in _QUOTES:
            continue
        if toks[a].text.lower() in _GROUP_DETERMINERS:
            a += 1
        span = _group_at(toks, a, hi)
        if span is not None:
            out.append(span)
            obj = _object_group(toks, span[1] + 1, hi)
            if obj is not None:
                out.append(obj)
    return out


def _group_at(toks: Sequence[Token], a: int, hi: int) -> tuple[int, int] | None:
    """The group noun phrase heading a subject at ``toks[a]``: before the group noun
    only capitalised words, numbers and one lower-case modifier ("Israeli health
    officials"; not "ruling angered parents"); an employer after "at"/"from"/"in"
    ("Ministers from EU countries"); then a lower-case word (its verb)."""
    lower = 0
    for head in range(a, min(a + 4, hi)):
        tok = toks[head]
        if tok.kind == "number":
            continue
        if tok.kind != "word":
            return None
        low = tok.text.lower()
        if low in GROUP_NOUNS and (head == a or tok.text.islower()):
            break
        if low in _STOP:
            return None
        if tok.text.islower():
            lower += 1
            if lower > 1 or low.endswith("ed") or low in _PAST_TENSES:
                return None
    else:
        return None
    b = head + 1
    if b + 1 < hi and toks[b].text in GROUP_PLACES and _is_cap(toks[b + 1]):
        b += 1
        while b < hi and (_is_cap(toks[b]) or toks[b].text in ("of", "&")):
            b += 1
        while toks[b - 1].text in ("of", "&"):
            b -= 1
        if b < hi and toks[b].text.lower() in _EMPLOYER_PLURALS:
            b += 1  # "Ministers from EU countries"
    if b >= hi or toks[b].kind != "word" or not toks[b].text.islower():
        return None  # no verb after it: "Analysts and traders", a heading
    if toks[b].text in ("and", "or", "of"):
        return None
    return a, b


def _object_group(toks: Sequence[Token], k: int, hi: int) -> tuple[int, int] | None:
    """The plural people that are the object starting at ``toks[k]`` (after a verb):
    determiners, numbers, capitalised words and one lower-case modifier, then a noun
    of :data:`PEOPLE_PLURALS` ("three protesters", "Egyptian officials")."""
    a = k
    if a < hi and toks[a].text.lower() in _OBJECT_OPENERS:
        a += 1
    lower = 0
    for j in range(a, min(a + 4, hi)):
        tok = toks[j]
        if tok.kind == "number" or (tok.kind == "word" and tok.text.lower() in _GROUP_DETERMINERS):
            continue
        if tok.kind != "word":
            return None
        if tok.text.lower() in PEOPLE_PLURALS:
            after = toks[j + 1] if j + 1 < hi else None
            if (
                after is not None
                and after.kind == "word"
                and after.text.islower()
                and (after.text in _CLAUSE_VERBS or after.text.endswith("ed"))
            ):
                return None  # "Republicans say Democrats are ...": a clause's subject
            return a, j + 1
        if tok.text.lower() in _STOP:
            return None  # "found that people ...": a clause, no object
        if tok.text.islower():
            lower += 1
            if lower > 1:
                return None
        elif not _is_cap(tok):
            return None
    return None
