"""English single quotation marks: which ``‘ ’ '`` open or close a quotation.

English single quotes (``‘…’``, British house style) pair strictly, since ``’`` is
also the apostrophe: a ``‘`` after a space, a line start, a bracket or a dash and
before a letter or digit, closed by the first ``’`` that follows ``, . ? !`` or
``…`` and stands before a space, punctuation or the line end (``‘We will,’ she
said``). A ``’`` after a letter is never a closing mark here ("Labour’s", "the
players’ union"), so a short scare quote (``‘a disgrace’``) is not paired, and a
second ``‘`` before a closing mark drops the first. Straight single marks
(``'…'``) pair the same way, but only in a text with no double marks at all. A
single mark that does not pair is not warned about: most are apostrophes.

:mod:`analysis.quotemarks` pairs the marks these rules keep.

References:
    *New Hart's Rules* (2nd ed., 2014), ch. 9 (single quotation marks in British use).
"""

from __future__ import annotations

from analysis.types import Token


def _single_role(text: str, tok: Token) -> str:
    """``"open"``, ``"close"`` or ``""``: what an English single mark (``‘ ’ '``)
    is by what stands around it. It opens after a space, a line start, a bracket, a
    dash or a double mark and before a letter or digit; it closes after ``, . ? !
    …`` and before a space, punctuation, a double mark or the line end. Anything
    else is an apostrophe ("the players’ union", "rock 'n' roll") or a scare
    quote, left unpaired (``‘a disgrace’``)."""
    before, after = _around(text, tok)
    if tok.text != "’" and (before.isspace() or before in '([{—–-/"“„«') and after.isalnum():
        return "open"
    if tok.text != "‘" and before in ",.?!…" and (after.isspace() or after in '.,;:!?)]}—–-"”'):
        return "close"
    return ""


def _single_marks(text: str, marks: list[Token], start: int) -> list[Token]:
    """``marks`` (those of the paragraph from ``start``) without the opening English
    single marks that no closing one of their own kind (``‘…’`` or ``'…'``)
    follows in the paragraph; a second opening mark before a closing one drops the
    first. The other single marks stay: apostrophes are ignored when pairing, and
    ``‚…‘`` closes with them. An unclosed quotation is never carried into the next
    paragraph: a scare quote opening a paragraph (``‘Partygate’ inquiry…``) or
    logical punctuation (``‘…’, police said.``) leaves one open, and the next
    paragraph's own quotation would be swallowed (review 8b, finding 1); a quotation
    over several paragraphs keeps only its last one. Inside a paragraph where
    paragraphs were run together (``said: ‘A. ‘B.’``), though, a quotation
    opening a sentence goes on over a second opening mark after a full stop, unless
    a ``’`` that may close it ("win’.") or a possessive ("players’ ") stands between.
    """
    out: list[Token] = []
    pending = -1  # the index in out of an opening single mark not yet closed
    joins = False  # whether the pending quotation may go on over a second opening mark
    for tok in marks:
        role = _single_role(text, tok) if tok.text in "‘’'" else ""
        if role == "open":
            if pending >= 0 and joins and out[pending].text == tok.text and _after_stop(text, tok):
                out.append(tok)  # (inside the open quotation: ignored when pairing)
                continue
            if pending >= 0:
                del out[pending]
            pending = len(out)
            before = text[start : tok.start].rstrip()[-1:]
            joins = before in ("", ":", ".", "?", "!", "…")
        elif role == "close" and pending >= 0 and (out[pending].text == "'") == (tok.text == "'"):
            pending = -1
        elif tok.text in "’'" and not _around(text, tok)[1].isalnum():
            joins = False  # a possessive or a closing mark after a word
        out.append(tok)
    if pending >= 0:
        del out[pending]
    return out


def _after_stop(text: str, tok: Token) -> bool:
    """Whether ``tok`` follows a full stop, a question or exclamation mark and a space."""
    before = text[max(0, tok.start - 3) : tok.start]
    return len(before) >= 2 and before[-1] == " " and before.rstrip()[-1:] in (".", "?", "!", "…")


def _around(text: str, tok: Token) -> tuple[str, str]:
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return before, after
