"""Voices: each sentence cut into the narration's and each speaker's words, scored.

A token belongs to a quote when it lies inside the quote's content span; runs of
tokens with the same owner are segments, scored with the sentence scorers of
:mod:`analysis.sentiment` (a segment that is a whole sentence reuses the sentence's
score). Segments aggregate into the narration against quoted speech and into one
group per speaker (length-weighted, as documents are).
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter, itemgetter
from typing import NamedTuple

from analysis.newsvader import prepare_document, score_range
from analysis.quotemarks import quote_parts
from analysis.tone import (
    UNKNOWN_SPEAKER,
    Method,
    Tone,
    check_method,
    group,
    score_run,
    sentence_words,
    tone_of,
)
from analysis.types import (
    Document,
    GroupSentiment,
    Quote,
    SentenceSentiment,
    SentimentScore,
)


class Segment(NamedTuple):
    """A sentence or the part of one that a single voice speaks.

    ``speaker`` is ``None`` for the article's own narration; a quoted part with no
    known speaker has ``speaker == UNKNOWN_SPEAKER``. A named tuple, not a frozen
    dataclass: one is made for every sentence of every document, and a named tuple
    is built in a quarter of the time (immutable all the same).
    """

    sentence: int
    start: int
    end: int
    speaker: str | None
    words: int
    score: SentimentScore


#: Builds a Segment as Segment(...) does, without the named tuple's Python-level
#: __new__ (one per sentence or part of one).
_make = tuple.__new__
_span_start = itemgetter(0)
_token_start = attrgetter("start")
_token_end = attrgetter("end")


def segments(
    doc: Document,
    quotes: Sequence[Quote],
    *,
    method: Method = "news",
    scored: Sequence[SentenceSentiment] | None = None,
) -> tuple[Segment, ...]:
    """Cut each sentence into narration and quoted parts and score each part.

    A token belongs to a quote when it lies inside one of the quote's parts
    (``Quote.parts``: the content span ``Quote.start``..``Quote.end``, less the
    narration of an interrupted quotation); where quotes overlap, the one starting first
    owns the token. Runs of tokens with the same owner form one segment.

    Args:
        doc: The parsed document.
        quotes: The document's quotes.
        method: ``"news"`` or ``"vader"``.
        scored: Sentence scores already computed with the same method, if any: a
            segment that is a whole sentence takes its score instead of rescoring.
    """
    check_method(method)
    spans = sorted(
        (
            (a, b, q.speaker or UNKNOWN_SPEAKER)
            for q in quotes
            for a, b in quote_parts(q)  # (an interrupted quotation's parts)
        ),
        key=lambda x: (x[0], x[1], x[2]),
    )
    whole = {s.sentence: s for s in scored} if scored is not None else {}
    all_tokens = doc.tokens
    counts = sentence_words(doc)
    prep = prepare_document(doc)
    words = prep.words
    left = bisect.bisect_left
    out: list[Segment] = []
    # The quotes overlapping the current sentence, in order: those starting before its
    # end, less those ending before its start (sentences come in text order).
    active: list[tuple[int, int, str]] = []
    waiting = 0
    for sent in doc.sentences:
        if waiting < len(spans) and spans[waiting][0] <= sent.end:
            lo = bisect.bisect_right(spans, sent.end, waiting, key=_span_start)
            active += spans[waiting:lo]
            waiting = lo
        if active:
            active = [sp for sp in active if sp[1] > sent.start]
        a, b = sent.tok_start, sent.tok_end
        if a >= b:
            continue
        if not active:  # all narration: the sentence is one segment
            n_words = counts[sent.index]
            if n_words:
                first, last = all_tokens[a].start, all_tokens[b - 1].end
                known = whole.get(sent.index)
                if known is not None and (
                    method == "news" or (known.start, known.end) == (first, last)
                ):
                    score = known.score
                else:
                    score = score_run(doc, all_tokens[a:b], method)
                out.append(_make(Segment, (sent.index, first, last, None, n_words, score)))
            continue
        n = b - a
        owners: list[str | None] = [None] * n
        for q_start, q_end, speaker in active:  # the first-starting quote owns a token
            i = left(all_tokens, q_start, a, b, key=_token_start) - a
            j = bisect.bisect_right(all_tokens, q_end, a, b, key=_token_end) - a
            if i >= j:
                continue
            if owners[i:j].count(None) == j - i:
                owners[i:j] = [speaker] * (j - i)
            else:
                for k in range(i, j):
                    if owners[k] is None:
                        owners[k] = speaker
        i = 0
        w_i = left(words, a)
        for owner, same in itertools.groupby(owners):
            j = i + len(list(same))
            w_j = left(words, a + j, w_i)
            if w_j > w_i:
                first, last = all_tokens[a + i].start, all_tokens[a + j - 1].end
                known = whole.get(sent.index) if i == 0 and j == n else None
                if known is not None and (
                    method == "news" or (known.start, known.end) == (first, last)
                ):
                    score = known.score
                elif method == "news":
                    score = score_range(prep, a + i, a + j)
                else:
                    score = score_run(doc, all_tokens[a + i : a + j], method)
                out.append(_make(Segment, (sent.index, first, last, owner, w_j - w_i, score)))
            i, w_i = j, w_j
    return tuple(out)


def by_voice(
    doc: Document,
    quotes: Sequence[Quote],
    *,
    method: Method = "news",
    parts: Sequence[Segment] | None = None,
) -> tuple[GroupSentiment, GroupSentiment]:
    """Narration (the article's own voice) against quoted speech (all speakers).

    Returns ``(narration, quoted)``; either has ``segments == 0`` when empty.
    """
    parts = segments(doc, quotes, method=method) if parts is None else parts
    narration = [p for p in parts if p.speaker is None]
    quoted = [p for p in parts if p.speaker is not None]
    return (
        group("voice", "narration", _tone(narration)),
        group("voice", "quoted", _tone(quoted)),
    )


def _tone(parts: Sequence[Segment]) -> Tone:
    return tone_of([p.score.compound for p in parts], [p.words for p in parts])


def by_speaker(
    doc: Document,
    quotes: Sequence[Quote],
    *,
    method: Method = "news",
    parts: Sequence[Segment] | None = None,
) -> tuple[GroupSentiment, ...]:
    """Each speaker's sentiment over the content of their quotes.

    Ordered by number of quoted words (most first), then by name.
    """
    parts = segments(doc, quotes, method=method) if parts is None else parts
    groups: dict[str, list[Segment]] = defaultdict(list)
    for p in parts:
        if p.speaker is not None:
            groups[p.speaker].append(p)
    out = [group("speaker", name, _tone(items)) for name, items in groups.items()]
    return tuple(sorted(out, key=lambda g: (-g.words, g.name)))
