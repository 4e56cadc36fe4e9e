"""Quotations interrupted by their own attribution: '"The plan," said Smith, "is
dead."', '"A," she said. "B."'.

:func:`analysis.quotes.quotes` keeps such a quotation as one record whose ``parts``
list the quoted parts; the tests here decide when two quoted spans are one quotation
(the narration between them is the speaker's attribution and nothing else) and when
they are two (another voice, an aside, a term quoted in narration).

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC (a content
    span may be discontinuous around its cue and source).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

from analysis.clauses import MARKS, Raw, other_voice
from analysis.quotemarks import QuotedSpan
from analysis.types import Document

_token_start = attrgetter("start")


def sentence_index(doc: Document, pos: int) -> int:
    sentences = doc.sentences
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and pos < sentences[i].end:
        return sentences[i].index
    return len(sentences) - 1


def opens_sentence(doc: Document, sent: int, pos: int) -> bool:
    """Whether only spaces and punctuation stand between the start of sentence
    ``sent`` and ``pos``."""
    lead = doc.text[doc.sentences[sent].start : pos]
    return not any(c.isalnum() for c in lead)


def attribution_only(doc: Document, r: Raw, end: int) -> bool:
    """Whether the narration between the quoted part ending ``r.end`` and the next
    quotation (at ``end``) is ``r``'s attribution, with no other voice in it
    (:func:`analysis.clauses.other_voice`; ``r``'s own cue and speaker left out)."""
    toks = doc.tokens
    cue, sp = r.cue, r.speaker
    lo = bisect.bisect_left(toks, r.end, key=_token_start)
    hi = bisect.bisect_left(toks, end, lo, key=_token_start)
    words = [
        doc.text[t.start : t.end]
        for t in toks[lo:hi]
        if t.kind in ("word", "number")
        and not (cue is not None and cue[0] <= t.start < cue[1])
        and not (sp is not None and sp[0] <= t.start < sp[1])
    ]
    same = sentence_index(doc, r.end - 1) == sentence_index(doc, end)
    return not other_voice(words, same_sentence=same)


def split_part(doc: Document, r: Raw, q: QuotedSpan, sent: int) -> bool:
    """Whether the short quotation ``q`` is the second part of the quotation ``r``
    split by its own attribution in the same sentence: ``r`` is a quoted part ending
    in a comma (inside or after its closing mark), with its cue after it, and ``q``
    follows a comma in that sentence ('"The plan," said Smith, "is dead."', '"The
    plan", he added, "is dead."'). Only punctuation stands between the attribution's
    cue and speaker and ``q``, or a "told"'s addressee ('"A," Jones told Smith, "B."'):
    no aside ('said Smith, whose new book, "Grit," comes out'; 'said Smith, who leads
    the party, "easily."' is lost with it)."""
    text = doc.text
    cue = r.cue
    if not (
        cue is not None
        and r.end <= cue[0] < q.start
        and text[r.start] in MARKS
        and (text[r.start : r.end].rstrip("\"”’'").endswith(",") or text[r.end : r.end + 1] == ",")
        and r.sentence == sent
        and sentence_index(doc, r.end - 1) == sent
    ):
        return False
    end = cue[1] if r.speaker is None else max(cue[1], r.speaker[1])
    toks = doc.tokens
    lo = bisect.bisect_left(toks, end, key=_token_start)
    hi = bisect.bisect_left(toks, q.start, lo, key=_token_start)
    if lo < hi and text[cue[0] : cue[1]].lower() in ("told", "tells", "tell"):
        while lo < hi and toks[lo].kind != "punct":
            lo += 1  # the addressee
    return all(t.kind == "punct" for t in toks[lo:hi])


def opens_split(doc: Document, q: QuotedSpan, r: Raw) -> bool:
    """Whether the quotation ``q`` opens the quotation whose attribution ``r`` (the
    next one) holds only the part after its cue and speaker: ``q`` ends in a comma,
    and only ``r``'s speaker and cue stand between it and ``r``'s opening mark, in one
    sentence ('"The plan", Smith said, "is dead."'; not '"The plan", Smith said on
    Tuesday, "is dead."': the narration holds more). ``q`` opens its sentence or
    follows a colon ('Fallon fired back: "A," he wrote, "B."'; not a
    term quoted in narration: 'Asked about the "Green New Deal", Smith said, "No."'),
    and ``r`` is one quotation ('"Yes", Smith said, "no", Jones said.': not joined)."""
    text = doc.text
    cue, sp = r.cue, r.speaker
    if cue is None or sp is None or r.start >= len(text) or text[r.start] not in MARKS:
        return False
    if text[r.end - 1] not in MARKS:
        return False
    before = text[doc.sentences[sentence_index(doc, q.start)].start : q.start].rstrip()
    if before[-1:] not in ".!?:" and any(c.isalnum() for c in before):
        return False  # (after a colon or a sentence end the splitter kept: an opening)
    if not (q.end <= min(cue[0], sp[0]) and max(cue[1], sp[1]) <= r.start):
        return False
    if not (text[q.start : q.end].rstrip("\"”’'").endswith(",") or text[q.end : q.end + 1] == ","):
        return False
    if sentence_index(doc, q.start) != r.sentence:
        return False
    toks = doc.tokens
    lo = bisect.bisect_left(toks, q.end, key=_token_start)
    hi = bisect.bisect_left(toks, r.start, lo, key=_token_start)
    return all(
        t.kind == "punct" or cue[0] <= t.start < cue[1] or sp[0] <= t.start < sp[1]
        for t in toks[lo:hi]
    )


def interrupted(r: Raw, inner: Sequence[QuotedSpan]) -> bool:
    """Whether the direct content ``r`` is one quotation in parts (``inner``, the
    quotations inside it) around its own attribution: it opens with the first part
    and closes with the last, the cue stands between two parts, and only narration
    (no word of another quotation) is left between them ('"A," she said. "B."', '"A,"
    Schiff told Capital Download on Wednesday, "that B."')."""
    cue = r.cue
    if cue is None or len(inner) < 2 or inner[0].start != r.start or inner[-1].end != r.end:
        return False
    if any(q.start < cue[1] and cue[0] < q.end for q in inner):
        return False
    return any(a.end <= cue[0] and cue[1] <= b.start for a, b in pairwise(inner))


__all__ = [
    "attribution_only",
    "interrupted",
    "opens_sentence",
    "opens_split",
    "sentence_index",
    "split_part",
]
