"""Shared by the quote tests of the eleventh round: each attribution of a text as
``(speaker_text, cue, content)``."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.types import Article


def rows(text: str) -> list[tuple[str | None, str | None, str]]:
    """``(speaker_text, cue, text[start:end])`` of each quote of ``text``, in order."""
    doc = parse(Article(id="t", text=text))
    return [(q.speaker_text, q.cue, text[q.start : q.end]) for q in quotes(doc)]
