"""Keyword in context (KWIC): every occurrence of a term with the text around it.

The concordance line of Luhn (1960, "Key word-in-context index for technical
literature", American Documentation 11(4)). A term is one or more words, matched
case-insensitively against the document's tokens (never by searching the raw
text): a possessive ending on the last word is allowed ("China" matches the
"China" of "China's"), and a one-word term also matches a part of a hyphenated
word ("China" in "China-Belarus"). Words are compared in Unicode normal form C,
so a decomposed accent ("Beyonce" + U+0301) matches the composed one; the text
itself is never normalised, and offsets are exact: ``text[start:end]`` is the
``term`` column.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.parse import tokenize
from analysis.types import Document, Token

#: Columns of :func:`kwic`.
KWIC_COLUMNS: tuple[str, ...] = ("left", "term", "right", "start", "end")


@lru_cache(maxsize=1 << 12)
def _fold(text: str) -> str:
    """``text`` as compared: NFC, lower case, curly apostrophes straight."""
    return unicodedata.normalize("NFC", text).lower().replace("’", "'")


def _matched(text: str, wanted: str) -> int | None:
    """How many characters of ``text`` match ``wanted``: all of it, or all but a
    possessive ending ("China's" for "china"); None if it does not match."""
    if _fold(text) == wanted:
        return len(text)
    if len(text) > 2 and _fold(text[-2:]) == "'s" and _fold(text[:-2]) == wanted:
        return len(text) - 2
    return None


def _parts(tok: Token) -> Iterator[tuple[str, int, int]]:
    """A hyphenated word's parts with their offsets (nothing for other words)."""
    if "-" not in tok.text:
        return
    pos = tok.start
    for part in tok.text.split("-"):
        yield part, pos, pos + len(part)
        pos += len(part) + 1


def find_term(doc: Document, term: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``term`` in ``doc``, in text order.

    Punctuation at either end of ``term`` is ignored ("Xi:" finds "Xi"); inside it,
    it must match as written ("Smith & Wesson" finds "Smith & Wesson", not "Smith,
    Wesson").

    Raises:
        ValueError: ``term`` has no words.
    """
    given = tokenize(term)
    inner = [i for i, t in enumerate(given) if t.kind != "punct"]  # words, numbers, symbols
    if not inner:
        raise ValueError(f"no words in the term {term!r}")
    wanted = [_fold(t.text) for t in given[inner[0] : inner[-1] + 1]]
    toks = doc.tokens
    n = len(wanted)
    spans: list[tuple[int, int]] = []
    for i in range(len(toks) - n + 1):
        gram = toks[i : i + n]
        if any(_fold(t.text) != w for t, w in zip(gram[:-1], wanted, strict=False)):
            continue
        last = gram[-1]
        length = _matched(last.text, wanted[-1])
        if length is not None:
            spans.append((gram[0].start, last.start + length))
        elif n == 1:
            for part, s, _ in _parts(last):
                length = _matched(part, wanted[0])
                if length is not None:
                    spans.append((s, s + length))
    return spans


def _context(text: str) -> str:
    return " ".join(text.split("\n")).replace("\t", " ")


def kwic(doc: Document, term: str, *, width: int = 40) -> pd.DataFrame:
    """Concordance of ``term`` in ``doc``: one row per occurrence, in text order.

    Args:
        doc: A parsed document.
        term: A word or phrase, matched case-insensitively on tokens.
        width: Characters of context on each side, within the paragraph of the
            match (a concordance line does not run into the headline, the
            dateline or the next paragraph).

    Returns:
        A DataFrame with columns :data:`KWIC_COLUMNS`: ``left`` and ``right``
        context, ``term`` as written (``doc.text[start:end]``), ``start`` and ``end``.

    References:
        Luhn (1960), "Key word-in-context index for technical literature (KWIC
        index)", American Documentation 11(4).
    """
    return pd.DataFrame(_rows(doc, term, width), columns=list(KWIC_COLUMNS))


def _rows(doc: Document, term: str, width: int) -> list[dict[str, Any]]:
    if width < 0:
        raise ValueError(f"width must be at least 0, not {width}")
    text = doc.text
    starts = [p.start for p in doc.paragraphs]
    rows = []
    for s, e in find_term(doc, term):
        i = bisect.bisect_right(starts, s) - 1
        lo, hi = (doc.paragraphs[i].start, doc.paragraphs[i].end) if i >= 0 else (0, len(text))
        rows.append(
            {
                "left": _context(text[max(lo, s - width) : s]),
                "term": text[s:e],
                "right": _context(text[e : min(hi, e + width)]),
                "start": s,
                "end": e,
            }
        )
    return rows


def records(doc: Document, *, term: str, width: int = 40) -> list[dict[str, Any]]:
    """CLI records ``{"doc", "left", "term", "right", "start", "end"}``."""
    return [{"doc": doc.id, **row} for row in _rows(doc, term, width)]
