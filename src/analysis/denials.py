"""Denials: speech cues that attribute nothing, said not to have been said.

Tests for :func:`analysis.verbcues.attribute`: "no" before a cue noun ("made no claim
that"), an -ing cue after "without" or "short of" ("stopped short of saying"), a
speaker phrase naming no one ("Nobody said", "None of the officials said"), and the
quotation beside a negated cue ('"We will win," he did not say'), kept as a denied
placeholder so that it floats to no earlier speaker.

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

from analysis.clauses import AND_SAID, Raw, SentenceView
from analysis.speakers import phrase_before

#: Words that open a subject naming no one ("Nobody said", "None of them said").
_NO_ONE = frozenset("nobody none neither no".split())
#: Word pairs before an -ing cue that say it was not said ("stopped short of saying").
_UNSAID = frozenset({("short", "of"), ("refrained", "from"), ("instead", "of"), ("rather", "than")})
#: Verbs of refusing before "to" and a verb of saying ("declined to confirm").
_REFUSE = frozenset("decline declines declined declining refuse refuses refused refusing".split())
#: Verbs of saying after a refusal ("refused to say whether", "declined to comment").
_REFUSED_SPEECH = frozenset(
    """say comment confirm discuss elaborate answer specify speculate
    deny explain identify detail respond""".split()
)

#: Verbs of making known after a refusal that report nothing only before a question
#: word ("refused to disclose whether ...", not "refused to disclose records").
_REFUSED_TELLING = frozenset("disclose reveal divulge release publish share".split())
#: Question words opening what a refusal keeps back ("whether the deal was signed").
_QUESTION_WORDS = frozenset("whether if who whom whose what which when where why how".split())


def _withheld(s: SentenceView, k: int) -> bool:
    """Whether ``toks[k]`` is a verb of saying after a refusal and "to": one of
    :data:`_REFUSED_SPEECH`, or a verb of making known before a question word
    ("refused to disclose whether", "declined to reveal who")."""
    w = s.text(k)
    if w in _REFUSED_SPEECH:
        return True
    return w in _REFUSED_TELLING and k + 1 < len(s.toks) and s.text(k + 1) in _QUESTION_WORDS


def no_before(s: SentenceView, i: int, lo: int) -> bool:
    """Whether "no" determines the cue word ``toks[i]``, alone or before one lower-case
    adjective: "made no claim that", "issued no formal warning" (nothing was said)."""
    if s.text(i - 1) == "no":
        return True
    return (
        i - 1 > lo
        and s.text(i - 2) == "no"
        and s.toks[i - 1].text.isalpha()
        and s.toks[i - 1].text.islower()
    )


def refusal(s: SentenceView, i: int, lo: int) -> bool:
    """Whether ``toks[i]`` refuses to speak: "declined to comment", "refused to say"."""
    return (
        s.text(i) in _REFUSE
        and i + 2 < len(s.toks)
        and s.text(i + 1) == "to"
        and _withheld(s, i + 2)
    )


def unsaid(s: SentenceView, i: int, lo: int) -> bool:
    """An -ing cue after "without", "short of", "refrained from", "instead of": "She
    stopped short of saying that ...", "left without saying whether ..."; or a refusal
    to speak, at either verb: "declined to confirm that ...", "refused to say whether
    ..." (not "refused to accept the result": no verb of saying)."""
    w = s.text(i)
    if refusal(s, i, lo):
        return True
    if i - 1 > lo and s.text(i - 1) == "to" and s.text(i - 2) in _REFUSE and _withheld(s, i):
        return True
    if not w.endswith("ing"):
        return False
    if s.text(i - 1) == "without":
        return True
    return i - 1 > lo and (s.text(i - 2), s.text(i - 1)) in _UNSAID


def nobody(s: SentenceView, sp: tuple[int, int], lo: int) -> bool:
    """Whether the speaker phrase ``sp`` names no one: "Nobody", "None of the
    officials", "Neither candidate", "No official" (the "No" before the phrase), "No
    one" or the last of "Neither Smith nor Jones"."""
    first = s.text(sp[0])
    if first in _NO_ONE:
        return True
    if sp[0] - 1 > lo and s.text(sp[0] - 1) == "nor":
        # "Neither Smith nor Jones said ...": neither of them
        return any(s.text(j) == "neither" for j in range(lo, sp[0] - 1))
    return sp[0] > lo and s.text(sp[0] - 1) == "no"


def denied(s: SentenceView, i: int, lo: int) -> Raw | None:
    """The quotation beside the negated cue ``toks[i]``, as a denied placeholder (no
    cue, no speaker; :mod:`analysis.quotes` drops it after it has kept the quotation
    from floating to an earlier speaker): before the speaker ('"We will win," he did
    not say') or after the cue ('He did not say: "We will win."'); else ``None``."""
    toks, n = s.toks, len(s.toks)
    k = i + 1
    if k < n and s.text(k) in (":", ","):
        k += 1
    pos = toks[k].start if k < n and s.is_mark(k) else -1
    if pos < 0:
        sp = phrase_before(toks, i, lo)
        a = sp[0] - 1 if sp is not None else -1
        if a > lo and s.text(a) == ",":
            a -= 1
        if a >= lo and s.is_mark(a):
            pos = toks[a].start
    q = s.quote_at(pos) if pos >= 0 else None
    if q is None:
        return None
    return Raw(q.start, q.end, None, None, s.sent.index, denied=True)


def refusal_end(s: SentenceView, i: int, n: int) -> int:
    """Where the clause a refusal keeps back ends, from token ``i``: the first comma
    outside quotations, or "and"/"but" before a verb of saying that goes on with the
    same subject ("declined to reveal who would replace him and added that ...")."""
    lows = s.lows
    for j in range(i, n):
        if lows[j] == "," and s.quote_at(s.toks[j].start) is None:
            return j
        if lows[j] in ("and", "but") and j + 1 < n and lows[j + 1] in AND_SAID:
            return j
    return n


def refuser(s: SentenceView, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of a refusal in ``toks[lo:hi]``, which a coordinated verb of saying
    after ``hi`` ("and"/"but") shares: "The company declined to say how much it paid,
    but said the deal was worth it" (The company said); ``None`` without a refusal."""
    k = next((k for k in range(lo + 1, hi) if refusal(s, k, lo)), -1)
    return phrase_before(s.toks, k, lo) if k > lo else None
