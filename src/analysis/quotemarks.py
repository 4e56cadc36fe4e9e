"""Direct quotations: pairing quotation marks over a parsed document.

Double marks are paired within a paragraph in the styles of English (``“…”``,
``"…"``, ``''…''``), German (``„…“``, ``»…«``), Polish and Dutch (``„…”``), French
(``«…»``, with or without inner spaces) and Swedish or Finnish (``”…”``,
``»…»``); the single marks that are never apostrophes pair too (``‚…‘``, ``‹…›``,
``›…‹``). An opening mark is closed only by a mark of its own style (inside
``«…»``, a ``”`` belongs to a nested quotation), so a ``“`` closes ``„`` and
opens an English quotation. A ``”`` opens a quotation only where it stands as an
opener (after a space, before a word): Swedish style; elsewhere it is a stray
closing mark.

English single quotes (``‘…’``, British house style) pair strictly, since ``’`` is
also the apostrophe (:mod:`analysis.singlequotes`); a single mark that does not
pair is not warned about: most are apostrophes.

A scraped text may keep HTML entities undecoded: ``&ldquo;``, ``&rdquo;``,
``&quot;`` and their numeric forms count as the double marks they stand for (the
offsets stay those of the text as read, entities included), and a text holding
an entity for a quotation mark is warned about once with a :class:`QuoteMarkWarning`
(``&lsquo;`` too, which does not pair: a British quotation written with it is
missed). Other entities (``&amp;``, ``&rsquo;`` as an apostrophe) change no
quotation and are left to the reader.

A quotation left open at the end of a paragraph continues into the next
paragraph when that paragraph opens with a mark again (the news convention for
multi-paragraph quotations: no closing mark until the last paragraph; French
texts may repeat ``»``); a single-marked (British) one never does (see
:mod:`analysis.singlequotes`). A mark that cannot be paired is recovered (an unclosed
quotation ends with its paragraph; a stray closing mark is ignored) with a
:class:`QuoteMarkWarning`.

Quoted spans that are short, have no sentence punctuation inside and are not next
to a cue are scare quotes or nicknames ("the so-called “reset”"): :func:`is_speech`
tells them apart; :mod:`analysis.quotes` decides with the cue lexicon.

References:
    The Chicago Manual of Style (17th ed.), 13.30-13.34 (quotation marks across
    paragraphs); Duden, *Die deutsche Rechtschreibung* (28th ed.), "Anführungszeichen";
    Imprimerie nationale, *Lexique des règles typographiques* (guillemets); Bringhurst,
    *The Elements of Typographic Style* (4th ed.), 5.4.5 (quotation marks by language);
    *New Hart's Rules* (2nd ed., 2014), ch. 9 (single quotation marks in British use);
    WHATWG *HTML Living Standard*, 13.5 "Named character references".
"""

from __future__ import annotations

import bisect
import re
import warnings
from dataclasses import dataclass
from operator import attrgetter

from analysis.read import InputWarning
from analysis.singlequotes import _around, _single_marks, _single_role
from analysis.types import Document, Quote, Token

#: Every quotation mark the pairing looks at (``''``, two apostrophes, besides).
MARKS = frozenset('"“”„«»‚‘’‹›')
STRAIGHT = '"'
DOUBLE_APOSTROPHE = "''"
#: A straight mark escaped by doubling (CSV exports): one mark, two characters.
DOUBLED_STRAIGHT = '""'
#: Openers of the English style: closed by any closing double mark (as typed in news).
_ENGLISH = frozenset(('"', "“", DOUBLE_APOSTROPHE, DOUBLED_STRAIGHT))
#: The straight marks, which open or close by what stands around them.
_STRAIGHT_MARKS = (STRAIGHT, DOUBLE_APOSTROPHE, DOUBLED_STRAIGHT)
#: The marks that close a quotation opened by each opener of the other styles.
_CLOSERS: dict[str, str] = {
    "„": '“”"',  # German „…“; Polish, Dutch, Hungarian „…”
    "«": "»",  # French, Italian, Russian, Swiss
    "»": "«»",  # German, Danish »…«; Swedish, Finnish »…» (see _closes)
    "”": "”",  # Swedish, Finnish
    "‚": "‘’",  # German ‚…‘; Dutch, Polish ‚…’
    "‹": "›",
    "›": "‹›",
}
#: English single quotes: the curly opener, and the straight mark (see :func:`_single_marks`).
_SINGLES = ("‘", "'")
#: The double marks: a text holding any keeps straight single marks unpaired.
_DOUBLE_MARKS = tuple('"“”„«»')
#: HTML entities read as the double marks they stand for (scraped text keeps them).
_ENTITY_MARKS: dict[str, str] = {
    "&ldquo;": "“",
    "&#8220;": "“",
    "&rdquo;": "”",
    "&#8221;": "”",
    "&quot;": '"',
    "&#34;": '"',
}
_ENTITY_MARK = re.compile("|".join(re.escape(entity) for entity in _ENTITY_MARKS))
#: The HTML entities for quotation marks: a text holding one is warned about (an
#: opening single mark too, which :data:`_ENTITY_MARKS` does not pair).
_QUOTE_ENTITY = re.compile(
    "|".join(re.escape(entity) for entity in (*_ENTITY_MARKS, "&lsquo;", "&#8216;"))
)
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


def _marks(toks: tuple[Token, ...], *, straight_single: bool = False) -> list[Token]:
    """The quotation marks among ``toks``; two adjacent apostrophes (``''``, the
    typewriter convention of some newspapers) count as one straight mark, and so do
    two adjacent straight marks (``""``, a quotation mark escaped by doubling in
    CSV exports: ``Craig ""will do Larsson justice,"" he said``). A doubled ``""``
    with a space or nothing on both sides is an empty pair: no mark at all. A lone
    apostrophe is kept only with ``straight_single`` (British '…' quotations)."""
    out: list[Token] = []
    after_pair = -1  # the second apostrophe of a pair, already taken
    for k in [k for k, t in enumerate(toks) if t.text in _MARK_TOKENS]:
        t = toks[k]
        if k == after_pair:
            continue
        if t.text == STRAIGHT and k + 1 < len(toks):
            nxt = toks[k + 1]
            if nxt.text == STRAIGHT and nxt.start == t.end:
                after_pair = k + 1
                alone = (k == 0 or toks[k - 1].end < t.start) and (
                    k + 2 >= len(toks) or toks[k + 2].start > nxt.end
                )
                if not alone:
                    out.append(Token(DOUBLED_STRAIGHT, t.start, nxt.end, "punct"))
                continue
        if t.text != "'":
            out.append(t)
            continue
        follow = toks[k + 1] if k + 1 < len(toks) else None
        if follow is not None and follow.text == "'" and follow.start == t.end:
            out.append(Token(DOUBLE_APOSTROPHE, t.start, t.end + 1, "punct"))
            after_pair = k + 1
        elif straight_single:
            out.append(t)
    return out


_token_start = attrgetter("start")
#: The token texts :func:`_marks` looks at: the marks and a lone apostrophe.
_MARK_TOKENS = MARKS | {"'"}
#: The marks that never stand inside a word token.
_LONE_MARKS = tuple(sorted(MARKS - {"’"}))


def _may_hold_mark(text: str, start: int, end: int) -> bool:
    """Whether a token of :data:`_MARK_TOKENS` may stand in ``text[start:end]``: a
    mark, or an apostrophe (straight or ’) without a letter or digit on both sides.
    Between two, it lies inside a word token ("Trump’s", "don't": the word pattern
    of :mod:`analysis.parse` joins them). C-level substring tests instead of a set
    lookup per character; most paragraphs hold no mark."""
    part = text[start:end]
    for mark in _LONE_MARKS:
        if mark in part:
            return True
    last = len(part) - 1
    for apostrophe in ("'", "’"):
        i = part.find(apostrophe)
        while i >= 0:
            if not (0 < i < last and part[i - 1].isalnum() and part[i + 1].isalnum()):
                return True
            i = part.find(apostrophe, i + 1)
    return False


def _looks_closing(text: str, tok: Token) -> bool:
    """A mark after a word or punctuation and before a space or punctuation: where
    a closing mark stands ('here,“ said')."""
    before, after = _around(text, tok)
    return not before.isspace() and (after.isspace() or after in ".,;:!?")


def _opens(text: str, tok: Token) -> bool | None:
    """Whether ``tok`` opens a quotation when none is open: ``True``, ``False`` (a
    stray closing mark, to be warned about) or ``None`` (not a quotation mark
    here: an English single quote, a lone low comma)."""
    mark = tok.text
    if mark in "“„«":
        return True
    if mark in "‘’'":  # (only the pairing ones: see _single_marks)
        return True if _single_role(text, tok) == "open" else None
    before, after = _around(text, tok)
    if mark in _STRAIGHT_MARKS:
        if before.isspace() or before in "([{—–-/":
            return True
        if after.isspace() or after in ".,;:!?)]}—–-":
            return False
        return before in "“‘'\""
    if mark == "”":
        # Swedish: a ” after a space and before a word opens; elsewhere it closes.
        return (before.isspace() or before in "([{—–-/") and (after.isalnum() or after in "‚’'")
    if mark == "»":
        if before.isspace() and after.isspace():
            return None  # "Home » News": a separator, not a quotation mark
        return not (after.isspace() or _looks_closing(text, tok))  # German »…«: no spaces
    if mark in "‚‹›":
        # a single mark opens after a space (or a double mark) and before a word;
        # a low comma between digits or after a word ("1‚000", "Hallo‚ Welt") is none
        opening = before.isspace() or before in '([{—–-/"“„«»'
        return True if opening and not after.isspace() else None
    return None  # ‘ ’: apostrophes and English single quotes


def _closes(text: str, opener: str, tok: Token) -> bool:
    """Whether ``tok`` closes the quotation opened by ``opener``."""
    mark = tok.text
    if opener in _ENGLISH:
        # English style as typed in news: any closing double mark, a straight mark
        # either way, and an opening curly mark typed where a closing one belongs.
        return (
            mark in _STRAIGHT_MARKS
            or mark in ("”", "»")
            or (mark in "“«" and _looks_closing(text, tok))
        )
    if opener in _SINGLES:
        return (
            mark in "’'" and (mark == "'") == (opener == "'") and _single_role(text, tok) == "close"
        )
    if mark not in _CLOSERS[opener]:
        return False
    if mark == opener:  # the symmetric styles: »…», ›…‹ written ›…›
        return _looks_closing(text, tok) or opener == "”"
    if mark == "’":  # closes ‚ only where it is no apostrophe ("players’ union")
        _, after = _around(text, tok)
        return not after.isalnum()
    return True


def quoted_spans(doc: Document) -> tuple[QuotedSpan, ...]:
    """Every quoted span of ``doc`` in text order (outermost quotations only).

    Warns with :class:`QuoteMarkWarning` for each mark that could not be paired.
    """
    text = doc.text
    spans: list[QuotedSpan] = []
    prev_end = 0
    opener = ""  # the mark of the open quotation, if any
    open_at = -1  # its offset
    entity = _QUOTE_ENTITY.search(text) if "&" in text else None
    if entity is not None:
        _warn(
            f"{doc.id}: the text holds HTML entities ({entity.group()} at offset "
            f"{entity.start()}), not decoded; &ldquo; &rdquo; &quot; count as quotation marks"
        )
    entity_marks = entity is not None and _ENTITY_MARK.search(text) is not None
    # straight single marks pair only where no double mark can (British '…')
    straight_single = (
        "'" in text
        and "''" not in text
        and not entity_marks
        and not any(m in text for m in _DOUBLE_MARKS)
    )
    for para in doc.paragraphs:
        sents = doc.paragraph_sentences(para)
        if not sents:
            continue
        if not _may_hold_mark(text, para.start, para.end) and not entity_marks:
            marks: list[Token] = []  # (most paragraphs: no token to look at)
        else:
            marks = _marks(
                doc.tokens[sents[0].tok_start : sents[-1].tok_end], straight_single=straight_single
            )
            if entity_marks:
                marks = _with_entities(text, marks, para.start, para.end)
            if marks and (straight_single or "‘" in text[para.start : para.end]):
                marks = _single_marks(text, marks, para.start)
        if opener:
            # A quotation carried over: it continues only if this paragraph opens with a mark.
            first = marks[0] if marks and marks[0].start == para.start else None
            if first is not None and first.text in _SINGLES:
                first = None  # a double quotation does not continue into a single one
            if first is not None and (_opens(text, first) or (opener == "«" and first.text == "»")):
                marks = marks[1:]
            else:
                spans.append(_make(doc, open_at, prev_end, opener, closed=False))
                _warn(f"{doc.id}: unclosed quotation mark at offset {open_at}")
                opener = ""
        for tok in marks:
            if not opener:
                opens = _opens(text, tok)
                if opens:
                    opener, open_at = tok.text, tok.start
                elif opens is False:
                    _warn(
                        f"{doc.id}: closing quotation mark without an opening one at offset "
                        f"{tok.start}"
                    )
            elif _closes(text, opener, tok):
                spans.append(_make(doc, open_at, tok.end, opener, closed=True))
                opener = ""
            # any other mark inside an open quotation: nested or repeated; ignore
        prev_end = para.end
    if opener:
        spans.append(_make(doc, open_at, prev_end, opener, closed=False))
        _warn(f"{doc.id}: unclosed quotation mark at offset {open_at}")
    return tuple(spans)


def _with_entities(text: str, marks: list[Token], start: int, end: int) -> list[Token]:
    """``marks`` with the HTML entities of ``text[start:end]`` that stand for a
    quotation mark (:data:`_ENTITY_MARKS`), each a mark token over the entity."""
    found = [
        Token(_ENTITY_MARKS[m.group()], m.start(), m.end(), "punct")
        for m in _ENTITY_MARK.finditer(text, start, end)
    ]
    return sorted(marks + found, key=_token_start) if found else marks


def _warn(message: str) -> None:
    warnings.warn(message, QuoteMarkWarning, stacklevel=3)


def _make(doc: Document, start: int, end: int, opener: str, *, closed: bool) -> QuotedSpan:
    body = doc.text[start:end]
    if closed and body.endswith(";"):  # a closing HTML entity (&rdquo;): its mark
        for entity, mark in _ENTITY_MARKS.items():
            if body.endswith(entity):
                body = body[: -len(entity)] + mark
                break
    if closed and opener not in _ENGLISH:
        body = body[:-1]  # the closing mark, whichever it is
    # (the closing mark: double, guillemet, or a single or doubled apostrophe: "''")
    inner = body.rstrip("\"”»’'" if closed else '"”»').rstrip()
    toks = doc.tokens
    lo = bisect.bisect_left(toks, start, key=_token_start)
    hi = bisect.bisect_left(toks, end, lo, key=_token_start)
    words = sum(1 for tok in toks[lo:hi] if tok.kind == "word" or tok.kind == "number")
    final = bool(inner) and inner[-1] in ".,!?…"
    return QuotedSpan(start, end, words, final, closed)


def is_speech(span: QuotedSpan) -> bool:
    """True for a quotation that reads as speech on its own: at least
    :data:`MIN_SPEECH_WORDS` words, or sentence punctuation inside the closing mark."""
    return span.words >= MIN_SPEECH_WORDS or (span.final and span.words >= 3)


def quote_parts(q: Quote) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` ranges of a quote's attributed words, read from
    :attr:`~analysis.types.Quote.parts` ("10-36;67-92": a quotation interrupted by
    its attribution, without the narration between its parts); the content's range
    when ``parts`` is empty."""
    if not q.parts:
        return ((q.start, q.end),)
    out = []
    for part in q.parts.split(";"):
        start, _, end = part.partition("-")
        out.append((int(start), int(end)))
    return tuple(out)
