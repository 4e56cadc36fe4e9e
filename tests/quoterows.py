"""Helpers shared by the quote and actor tests of the tenth and eleventh rounds."""

from __future__ import annotations

import warnings

from analysis.actors import find_mentions
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text
from analysis.types import Article, Document

#: ``(kind, speaker, cue, content, parts)`` of one attribution.
Row = tuple[str, str | None, str | None, str, str]


def rows(text: str) -> list[tuple[str | None, str | None, str]]:
    """``(speaker_text, cue, text[start:end])`` of each quote of ``text``, in order."""
    doc = parse(Article(id="t", text=text))
    return [(q.speaker_text, q.cue, text[q.start : q.end]) for q in quotes(doc)]


def attributions(sentence: str) -> list[Row]:
    """(kind, speaker, cue, content, parts) of each attribution of a one-sentence body
    (offsets count from the body's start: the headline "Headline\\n\\n" is 10 characters)."""
    doc = parse(article_from_text("Headline\n\n" + sentence, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(q.kind, q.speaker, q.cue, q.content, q.parts) for q in quotes(doc)]


def headlined(text: str) -> Document:
    """``text`` parsed as the body under the headline "Headline here"."""
    return parse(article_from_text("Headline here\n\n" + text, id="t"))


def actor_rows(text: str) -> list[tuple[str, str, str]]:
    """(text, canonical, kind) of each actor mention of :func:`headlined` ``text``."""
    return [(m.text, m.canonical, m.kind) for m in find_mentions(headlined(text))]


def speaker_rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, speaker_text, speaker_role) of each quote of :func:`headlined` ``text``."""
    return [(q.speaker, q.speaker_text, q.speaker_role) for q in quotes(headlined(text))]
