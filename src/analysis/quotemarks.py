"""Direct quotations: pairing quotation marks over a parsed document.

Straight (``"``) and curly (``“ ”``, ``« »``) double marks are paired within a
paragraph. A quotation left open at the end of a paragraph continues into the next
paragraph when that paragraph opens with a mark again (the news convention for
multi-paragraph quotations: no closing mark until the last paragraph). A mark that
cannot be paired is recovered (an unclosed quotation ends with its paragraph; a
stray closing mark is ignored) with a :class:`QuoteMarkWarning`.

Quoted spans that are short, have no sentence punctuation inside and are not next
to a cue are scare quotes or nicknames ("the so-called “reset”"): :func:`is_speech`
tells them apart; :mod:`analysis.quotes` decides with the cue lexicon.

Reference: the conventions follow the Chicago Manual of Style (17th ed.), 13.30-13.34
(quotation marks across paragraphs).
"""

from __future__ import annotations

import bisect
import warnings
from dataclasses import dataclass

from analysis.read import InputWarning
from analysis.types import Document, Token

OPENING = frozenset("“«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
DOUBLE_APOSTROPHE = "''"
#: A quotation with at least this many words counts as speech even without a cue.
MIN_SPEECH_WORDS = 5


class QuoteMarkWarning(InputWarning):
    """A quotation mark that could not be paired; the text was still analysed."""


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quotation from its opening mark to its closing mark (both included).

    ``words`` counts the word tokens inside; ``final`` is true when sentence
    punctuation (``. ! ? ,``) stands just inside the closing mark; ``closed`` is
    false for a recovered, unclosed quotation.
    """

    start: int
    end: int
    words: int
    final: bool
    closed: bool


def _marks(toks: tuple[Token, ...]) -> list[Token]:
    """The double quotation marks among ``toks``; two adjacent apostrophes (``''``,
    the typewriter convention of some newspapers) count as one straight mark."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.text in OPENING or t.text in CLOSING or t.text == STRAIGHT:
            out.append(t)
        elif (
            t.text == "'"
            and k + 1 < len(toks)
            and toks[k + 1].text == "'"
            and toks[k + 1].start == t.end
        ):
            out.append(Token(DOUBLE_APOSTROPHE, t.start, t.end + 1, "punct"))
            k += 1
        k += 1
    return out


def _looks_closing(text: str, tok: Token) -> bool:
    """An opening curly mark typed where a closing one belongs: after a word or
    punctuation and before a space ('here,“ said')."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?")


def _direction(text: str, tok: Token) -> str:
    """``open`` or ``close`` for a mark token, from the mark or its neighbours."""
    if tok.text in OPENING:
        return "open"
    if tok.text in CLOSING:
        return "close"
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "open" if before in "“‘'\"" else "close"


def quoted_spans(doc: Document) -> tuple[QuotedSpan, ...]:
    """Every double-quoted span of ``doc`` in text order (outermost quotations only).

    Warns with :class:`QuoteMarkWarning` for each mark that could not be paired.
    """
    text = doc.text
    spans: list[QuotedSpan] = []
    starts = [t.start for t in doc.tokens]
    prev_end = 0
    open_at: int | None = None  # offset of the current opening mark
    for para in doc.paragraphs:
        sents = doc.paragraph_sentences(para)
        if not sents:
            continue
        toks = doc.tokens[sents[0].tok_start : sents[-1].tok_end]
        marks = _marks(toks)
        if open_at is not None:
            # A quotation carried over: it continues only if this paragraph opens with a mark.
            if marks and marks[0].start == para.start and _direction(text, marks[0]) == "open":
                marks = marks[1:]
            else:
                spans.append(_make(doc, starts, open_at, prev_end, closed=False))
                warnings.warn(
                    f"{doc.id}: unclosed quotation mark at offset {open_at}",
                    QuoteMarkWarning,
                    stacklevel=2,
                )
                open_at = None
        for tok in marks:
            direction = _direction(text, tok)
            if open_at is None:
                if direction == "open":
                    open_at = tok.start
                else:
                    warnings.warn(
                        f"{doc.id}: closing quotation mark without an opening one at offset "
                        f"{tok.start}",
                        QuoteMarkWarning,
                        stacklevel=2,
                    )
            elif (
                direction == "close"
                or tok.text in (STRAIGHT, DOUBLE_APOSTROPHE)
                or _looks_closing(text, tok)
            ):
                spans.append(_make(doc, starts, open_at, tok.end, closed=True))
                open_at = None
            # an opening curly mark inside an open quotation: nested or repeated; ignore
        prev_end = para.end
    if open_at is not None:
        spans.append(_make(doc, starts, open_at, prev_end, closed=False))
        warnings.warn(
            f"{doc.id}: unclosed quotation mark at offset {open_at}",
            QuoteMarkWarning,
            stacklevel=2,
        )
    return tuple(spans)


def _make(doc: Document, starts: list[int], start: int, end: int, *, closed: bool) -> QuotedSpan:
    inner = doc.text[start:end].rstrip('"”»').rstrip()
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    words = sum(1 for tok in doc.tokens[lo:hi] if tok.is_word)
    final = bool(inner) and inner[-1] in ".,!?…"
    return QuotedSpan(start, end, words, final, closed)


def is_speech(span: QuotedSpan) -> bool:
    """True for a quotation that reads as speech on its own: at least
    :data:`MIN_SPEECH_WORDS` words, or sentence punctuation inside the closing mark."""
    return span.words >= MIN_SPEECH_WORDS or (span.final and span.words >= 3)
