"""The sentence view: one sentence's tokens and the quotations touching it.

The :class:`SentenceView` is what the attribution rules read (:mod:`analysis.clauses`,
:mod:`analysis.attribution` and the modules they use): a sentence's tokens, their
lower-case texts, and the quotations of the document that touch the sentence, so a
rule can ask whether a token is a quotation mark or lies inside a quotation.

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from analysis.parse import lowered
from analysis.quotemarks import QuotedSpan
from analysis.types import Document, Sentence

MARKS = frozenset('"“”«»')
#: Tokens that are a quotation's edge only where a paired quotation starts or ends:
#: English single marks and the ends of an HTML entity ("&", ";").
_EDGES = frozenset("‘’'&;")


class SentenceView:
    """One sentence's tokens, their texts in lower case (``lows``, what :meth:`text`
    returns: the rules compare lower-cased words token after token), and what the
    quotations of the document cover."""

    def __init__(
        self,
        doc: Document,
        sent: Sentence,
        speech: Sequence[QuotedSpan],
        starts: Sequence[int] | None = None,
    ) -> None:
        self.doc = doc
        self.sent = sent
        self.toks = doc.sentence_tokens(sent)
        # (a slice of the document's lower-cased texts, made once for every sentence)
        self.lows = lowered(doc)[sent.tok_start : sent.tok_end]
        # the quotations touching this sentence (``speech`` is in text order, disjoint)
        if starts is None:
            starts = [q.start for q in speech]
        hi = bisect.bisect_left(starts, sent.end)
        lo = hi
        while lo > 0 and speech[lo - 1].end > sent.start:
            lo -= 1
        self.speech = tuple(speech[lo:hi])

    def quote_at(self, pos: int) -> QuotedSpan | None:
        for q in self.speech:
            if q.start <= pos < q.end:
                return q
        return None

    def is_mark(self, i: int) -> bool:
        """A quotation mark, or half of a doubled apostrophe (``''``), or the edge of
        a paired quotation written otherwise (British ``‘…’``, ``&ldquo;…&rdquo;``)."""
        t = self.toks[i].text
        if t in MARKS:
            return True
        if t in _EDGES and self.speech:
            tok = self.toks[i]
            for q in self.speech:
                if q.start == tok.start or q.end == tok.end:
                    return True
        if t != "'":
            return False
        text = self.doc.text
        pos = self.toks[i].start
        return text[pos + 1 : pos + 2] == "'" or text[pos - 1 : pos] == "'"

    def text(self, i: int) -> str:
        return self.lows[i]
