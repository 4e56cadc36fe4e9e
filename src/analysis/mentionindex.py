"""Mention index: where the actor mentions and sentences of one document are.

Lookups by character offset for :mod:`analysis.coreference` and
:mod:`analysis.subjects`: the mentions in a range or before a point, the mention
covering a span, the sentence holding a point, whether a point is quoted, and the
longer organisation name a one-word name stands for ("Journal" after "The Wall
Street Journal"). Built once per document; bisection keeps a long document from
costing mentions x speakers.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from analysis.types import Document, Mention


class MentionIndex:
    """The mentions and sentences of one document, looked up by character offset.

    Args:
        doc: The parsed document.
        mentions: Its named-actor mentions (:func:`analysis.actors.find_mentions`).
        quoted: Quotation spans ``(start, end)`` in text order.
    """

    def __init__(
        self, doc: Document, mentions: tuple[Mention, ...], quoted: Sequence[tuple[int, int]]
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.quoted = quoted
        # lookup aids built from the two above (see window)
        spans = [(m.start, m.end) for m in mentions]
        self._ordered = spans == sorted(spans)
        self._starts = [m.start for m in mentions]
        self._longest = max((m.end - m.start for m in mentions), default=0)
        self._sentence_starts = [s.start for s in doc.sentences]
        self._org_tails: dict[str, list[tuple[int, str]]] | None = None

    def window(self, lo: int, hi: int) -> Sequence[Mention]:
        """The mentions that can start in ``[lo, hi)``, in ``self.mentions`` order:
        a slice found by bisection when the mentions are in text order (as
        :func:`find_mentions` gives them), else all of them. Either way the caller's
        own tests decide, so the answer is the same; the slice keeps a long
        document from costing mentions x speakers."""
        if not self._ordered:
            return self.mentions
        starts = self._starts
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def before(self, pos: int) -> Iterator[Mention]:
        """The mentions starting before ``pos``, nearest first (lazily: callers
        mostly stop at the first fit)."""
        if not self._ordered:
            yield from [m for m in self.mentions if m.start < pos][::-1]
            return
        mentions = self.mentions
        for i in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            yield mentions[i]

    def mention_in(self, start: int, end: int) -> Mention | None:
        best: Mention | None = None
        for m in self.window(start - self._longest, end):
            if m.end <= start or m.start >= end:
                continue
            if best is None or (m.kind == "person") > (best.kind == "person"):
                best = m
        return best

    def sentence_of(self, pos: int) -> int:
        sentences = self.doc.sentences
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < sentences[i].end:
            return sentences[i].index
        return len(sentences) - 1

    def in_quotation(self, pos: int) -> bool:
        quoted = self.quoted
        k = bisect.bisect_right(quoted, (pos, len(self.doc.text) + 1)) - 1
        return k >= 0 and quoted[k][0] <= pos < quoted[k][1]

    def short_org(self, m: Mention) -> str | None:
        """The nearest organisation before ``m`` whose name ends in ``m``'s one word
        ("Wall Street Journal" for "Journal"), if any."""
        if " " in m.canonical or (m.kind == "organization" and m.canonical != m.text):
            return None
        if self._org_tails is None:
            tails: dict[str, list[tuple[int, str]]] = {}
            for other in self.mentions:  # built once, on the first one-word speaker
                if other.kind == "organization" and " " in other.canonical:
                    last = other.canonical.rsplit(" ", 1)[1]
                    tails.setdefault(last, []).append((other.start, other.canonical))
            for names in tails.values():
                names.sort()
            self._org_tails = tails
        earlier = self._org_tails.get(m.canonical)
        if not earlier:
            return None
        k = bisect.bisect_left(earlier, (m.start, "")) - 1
        return earlier[k][1] if k >= 0 else None
