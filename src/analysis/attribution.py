"""Attribution rules for one sentence at a time: the constructions of reported speech.

Used by :mod:`analysis.quotes` (the public API, which documents the conventions).
:func:`sentence_attributions` walks a sentence's tokens and, at each cue candidate,
lets :func:`analysis.verbcues.attribute` read the rule around it: a
:class:`~analysis.clauses.Raw` attribution with character ranges for content, cue
and speaker mention, resolved later by :mod:`analysis.coreference`.

References:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC; Newell,
    Margolin & Ruths (2018), "An Attribution Relations Corpus for Political News",
    LREC.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.clauses import Raw, SentenceView
from analysis.cues import lexicon
from analysis.nouncues import NOUN_CUES, POLL_WORDS
from analysis.sources import final_attribution as _final_attribution
from analysis.verbcues import attribute as _attribute

_TRIGGERS = frozenset({"according", "in"})
_OPENING_CUES = frozenset("According Asked In".split())
#: Cue words that name a story's writers before "by": "Additional reporting by ...".
_CREDITS = frozenset("reporting writing editing".split())


def _title_case(s: SentenceView) -> bool:
    words = [t for t in s.toks if t.kind == "word"]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


@cache
def _cue_words() -> frozenset[str]:
    """Every lower-cased word a rule can start at: a verb cue, a trigger, a noun cue."""
    return frozenset(lexicon()) | _TRIGGERS | frozenset(NOUN_CUES)


@cache
def _candidate_words() -> frozenset[str]:
    """The cue words and the poll words (the sentence loop's one pass finds both)."""
    return _cue_words() | POLL_WORDS


def sentence_attributions(s: SentenceView, consumed: list[tuple[int, int]], out: list[Raw]) -> None:
    toks, lows, n = s.toks, s.lows, len(s.toks)
    title: bool | None = None  # whether the sentence is in title case, once needed
    lo = 0
    resume = 0  # (no rule starts before: the last one read up to here)
    last: Raw | None = None
    start, end = s.sent.start, s.sent.end
    taken = [(a, b) for a, b in consumed if a < end and b > start] if consumed else []
    cue_words = _cue_words()
    # "in" starts an attribution only as a poll's "in" (poll_cue), and only in a
    # sentence naming a poll or survey: elsewhere (most sentences have an "in") no
    # rule starts there (whether it names one: read at its first "in")
    polls: bool | None = None
    # the tokens a rule may start at and the poll words, in order (every token when a
    # colon may follow an "-ed" verb the lexicon lacks); the tests below decide
    words = _candidate_words()
    candidates: Sequence[int] = (
        range(n) if ":" in lows else [k for k, w in enumerate(lows) if w in words]
    )
    for i in candidates:
        if i < resume:
            continue
        tok = toks[i]
        # no rule starts at a word that is no cue (the cheap tests first)
        if tok.kind != "word":
            continue
        w = lows[i]
        if not (w in cue_words or (i + 1 < n and lows[i + 1] == ":" and w.endswith("ed"))):
            continue
        if w == "in":
            if polls is None:
                polls = any(lows[k] in POLL_WORDS for k in candidates)
            if not polls:
                continue
        pos = tok.start
        if s.quote_at(pos) is not None or any(a <= pos < b for a, b in taken):
            continue
        if not (tok.text.islower() or tok.text in _OPENING_CUES):
            # a capitalised cue counts in a headline in title case ("Chris Christie
            # Says He Would ..."), past its first word
            if title is None:
                title = _title_case(s)
            if not (title and i > 0):
                continue
        if w in _CREDITS and i + 1 < n and lows[i + 1] == "by":
            continue  # "Additional reporting by Julia Harte": a credit line, no speech
        raw, next_i = _attribute(s, i, lo, last)
        if raw is not None and w.endswith("ing") and w != "according" and _inverted(raw):
            raw = None  # "..., saying the law violated the Constitution.": its object
        if raw is not None and raw.denied:
            out.append(raw)  # (a quotation beside a negated cue: no one's)
            consumed.append((raw.start, raw.end))
            taken.append((raw.start, raw.end))
        elif raw is not None:
            out.append(raw)
            if raw.start >= 0:
                consumed.append((raw.start, raw.end))
                taken.append((raw.start, raw.end))
            last = raw
            if not (next_i < n and _final_attribution(s, i) == next_i):
                lo = next_i  # (a final attribution owns the whole clause, nested one too)
        resume = max(next_i, i + 1)


def _inverted(raw: Raw) -> bool:
    """Whether ``raw`` reads its speaker after its cue and its content before it (",
    said Xi."), which a participle never has: "..., saying the law violated the
    Constitution" says what the law did, and the clause before is no quotation."""
    sp, cue = raw.speaker, raw.cue
    return sp is not None and cue is not None and sp[0] >= cue[1] and raw.end <= cue[0]
