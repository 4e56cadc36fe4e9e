"""Time words after a cue of reported speech: an adjunct of the cue, or the content's subject.

For :mod:`analysis.attribution`: after "said", a bare time word ("Tuesday",
"tonight", "last week", "on Thursday") is either when the speaker spoke, and the
content starts after it ("said Tuesday the plan had failed"), or the subject of the
content ("said Friday would be his last day"): a finite verb right after it tells.

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

from analysis.clauseguards import is_clause
from analysis.clauses import SentenceView

#: Words that say when, alone after a cue ("said Tuesday") or after "on".
_WHEN = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier""".split()
)


#: Finite verbs that, right after a time word, make it the subject ("said Monday was").
_FINITE = frozenset(
    """is are was were will would has had have can could may might must should shall does
    did do""".split()
)
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def time_subject(s: SentenceView, c0: int, n: int) -> bool:
    """Whether a bare time word at ``c0`` ("Friday", "tonight", "last week") is the
    subject of the content, not an adjunct of the cue: a finite verb follows it
    ("said Friday would be his last day", "said Sunday marked the end") where an
    adjunct is followed by the clause's own subject ("said Tuesday the plan had failed",
    "said Monday talks would resume")."""
    w = s.text(c0)
    if w in _WHEN and w != "earlier":
        k = c0 + 1
    elif (
        c0 + 1 < n and w in ("this", "last", "next") and s.text(c0 + 1) in ("week", "month", "year")
    ):
        k = c0 + 2
    else:
        return False
    if k < n and s.text(k) in ("night", "morning", "afternoon", "evening"):
        k += 1
    if k >= n - 1:
        return False
    v = s.text(k)
    word = v.replace("’", "'")
    word = word[:-3] if word.endswith("n't") else word  # "wasn't", "won't", "can't"
    if word in _FINITE or word in ("wo", "ca"):
        return True
    # "marked the end", "marks a turning point": an -ed or -s verb before its object
    return (
        v.isalpha()
        and len(v) > 3
        and (v.endswith("ed") or (v.endswith("s") and not v.endswith(("ss", "us", "is"))))
        and s.text(k + 1) in _DETERMINERS
    )


def after_time(s: SentenceView, c0: int, n: int) -> int | None:
    """The token after a time adjunct at ``c0`` ("Tuesday", "on Thursday", "last week",
    and "that" after it) when a clause or "to" follows it: where the content starts;
    ``None`` otherwise."""
    w = s.text(c0)
    if w in _WHEN:
        k = c0 + 1
    elif c0 + 1 < n and (
        (w == "on" and s.text(c0 + 1) in _WHEN)
        or (w in ("this", "last", "next") and s.text(c0 + 1) in ("week", "month", "year"))
    ):
        k = c0 + 2
    else:
        return None
    if k < n and s.text(k) in ("night", "morning", "afternoon", "evening"):
        k += 1
    if k < n and s.text(k) == ",":
        k += 1
    if k < n and s.text(k) == "that":
        k += 1
    if k >= n - 1 or not (s.text(k) == "to" or is_clause(s, (s.toks[k].start, s.toks[n - 1].end))):
        return None
    return k
