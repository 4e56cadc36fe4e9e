"""Addressees of a speech cue: "told reporters", "told the BBC", "told his staff".

For :mod:`analysis.attribution`: where the content starts after the addressee of
"told", "warned", "assured" (:data:`analysis.clauses.ADDRESSEE`): after an object
pronoun, a capitalised name of up to six words, a determiner and a noun, or,
for a longer addressee phrase, where a clause begins after it (a subject pronoun,
or a determiner after a lower-case noun phrase: "told his staff the threat was real").

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

from analysis.clauses import _CLAUSE_WORDS, _SUBJECT_PRONOUNS, OBJECT_PRONOUNS, SentenceView
from analysis.cues import lexicon


def skip_addressee(s: SentenceView, i: int) -> int:
    """Token index after the addressee of "told"/"warned" ("told reporters",
    "told The New York Times", "told the newspaper"), when one stands at ``i``."""
    toks, n = s.toks, len(s.toks)
    if i >= n:
        return i
    if s.text(i) in OBJECT_PRONOUNS:
        return i + 1
    subject = _clause_subject(s, i)
    if subject is not None:
        return subject  # "told USA TODAY's weekly video newsmaker series it is clear"
    j = i
    if s.text(j) in ("the", "a", "an"):
        j += 1
        if j < n and not toks[j].text[:1].isupper():
            return j + 1 if j + 1 < n else i
    while j < n and j - i < 6 and (toks[j].text[:1].isupper() or s.text(j) == "."):
        j += 1
    return j if j > i and j < n else i


#: Words an addressee phrase holds before the clause reported to it: possessives of a
#: name are part of the name's token or a separate "'s".
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_ADDRESSEE_DETERMINERS = frozenset("the a an his her their its our my your".split())


def _clause_subject(s: SentenceView, i: int) -> int | None:
    """Where the clause after a longer addressee starts: a subject pronoun followed by
    a word ("told a group of reporters it is clear", "told CNN's State of the Union
    he would run"), or a determiner after a lower-case noun phrase ("told his staff
    the threat was real"). ``None`` when the words from ``i`` hold punctuation, "to",
    "that", a cue or an auxiliary first (no addressee phrase then)."""
    toks, n = s.toks, len(s.toks)
    lex = lexicon()
    lower_run = 0  # lower-case words after a determiner opening the addressee
    for j in range(i, min(n - 1, i + 9)):
        w = s.text(j)
        if w in _QUESTION_OR_SUBORDINATOR:
            return None  # "asked workers if they ...", "asked about statements he made"
        if j > i and (w in _SUBJECT_PRONOUNS or w == "there") and toks[j].text.islower():
            return j if toks[j + 1].is_word and s.text(j + 1) not in _PREPOSITIONS else None
        if toks[j].kind == "punct" and w not in _POSSESSIVE_MARKS:
            return None
        if w in ("to", "that") or w in _CLAUSE_WORDS or (j > i and w in lex):
            return None
        if j > i and w in _ADDRESSEE_DETERMINERS and lower_run > 0:
            return j  # "told the local newspaper the threat was real"
        if j > i and w in _ADDRESSEE_DETERMINERS and _subject_at(s, j):
            return j  # "told parliament the budget was", "told the BBC's Today programme the"
        if j == i and w in _ADDRESSEE_DETERMINERS:
            lower_run = 0
        elif w in _PREPOSITIONS:
            lower_run = -99  # "told the committee about the plan": no clause after it
        elif toks[j].text.islower() and s.text(i) in _ADDRESSEE_DETERMINERS:
            lower_run += 1
        else:
            lower_run = -99  # a name in the phrase: its own rule ("told the BBC ...")
    return None


def _subject_at(s: SentenceView, j: int) -> bool:
    """Whether the determiner at ``j``, after a noun of the addressee phrase, opens the
    subject of the reported clause: one or two words and then a finite auxiliary
    ("the budget was", "the Taliban were", "the agency had")."""
    prev = s.toks[j - 1]
    if not prev.is_word or s.text(j - 1).lower() in _PREPOSITIONS | _ADDRESSEE_DETERMINERS:
        return False
    n = len(s.toks)
    for k in range(j + 1, min(n - 1, j + 4)):
        w = s.text(k)
        if w in _FINITE:
            return k > j + 1 and s.toks[k + 1].is_word
        if not s.toks[k].is_word or w in _CLAUSE_WORDS or w in lexicon():
            return False
    return False


#: Finite auxiliaries that open the verb of a reported clause.
_FINITE = frozenset(
    "is are was were will would has have had can could should may might must".split()
)
_PREPOSITIONS = frozenset("of in on at for with about from by to into over".split())
_QUESTION_OR_SUBORDINATOR = frozenset(
    """if whether what who whom whose which how when where why as before after because
    while since until though although unless once about""".split()
)
