"""Every analysis over one document: the bundle ``analysis analyze`` writes.

Each document is read, parsed **once**, and the one :class:`~analysis.types.Document`
is handed to every analysis; results that several analyses need (the actor
mentions, the quotes) are computed once and passed on. The bundle is plain data
(dicts, lists, numbers, strings), so it travels cheaply between processes and
serialises to JSON as it is:

``doc``
    The document id (path, ``file:line`` or corpus id).
``title``, ``source``, ``published``
    Article metadata (``published`` in ISO 8601), ``None`` when unknown.
``stats``
    Every :class:`~analysis.types.TextStats` field (:func:`analysis.stats.text_stats`).
``sentences``
    One object per body sentence: :class:`~analysis.types.SentenceStats` fields.
``keywords``, ``actors``, ``sentiment``, ``quotes``, ``speakers``
    The other analyses, documented with :data:`SECTIONS`.

The tidy tables of :mod:`analysis.tables` are flattened from this bundle.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from analysis import actors, stats
from analysis.parse import parse
from analysis.types import Article, Document, Mention

Bundle = dict[str, Any]

#: The analysis sections of a bundle, in output order.
SECTIONS: tuple[str, ...] = ("stats", "sentences", "actors")


@dataclass
class _Context:
    """One document and the intermediate results shared between analyses."""

    doc: Document
    top: int
    timings: dict[str, float] | None
    _mentions: tuple[Mention, ...] | None = field(default=None)

    def timed(self, name: str, fn: Callable[[], Any]) -> Any:
        if self.timings is None:
            return fn()
        t0 = time.perf_counter()
        value = fn()
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
        return value

    @property
    def mentions(self) -> tuple[Mention, ...]:
        if self._mentions is None:
            self._mentions = self.timed("actors", lambda: actors.find_mentions(self.doc))
        return self._mentions


def _actors(ctx: _Context) -> list[dict[str, Any]]:
    """One object per actor (canonical name) in order of first mention."""
    by_name: dict[str, dict[str, Any]] = {}
    for m in ctx.mentions:
        entry = by_name.get(m.canonical)
        if entry is None:
            entry = by_name[m.canonical] = {
                "actor": m.canonical,
                "kind": m.kind,
                "role": m.role,
                "mentions": 0,
                "first_start": m.start,
                "first_end": m.end,
            }
        entry["mentions"] += 1
        if entry["role"] is None and m.role is not None:
            entry["role"] = m.role
    return list(by_name.values())


def analyze(doc: Document, *, top: int = 10, timings: dict[str, float] | None = None) -> Bundle:
    """Run every analysis over one parsed document.

    Args:
        doc: The parsed document, shared by all analyses.
        top: How many keywords to keep.
        timings: If given, seconds spent in each analysis are added to it under
            the section names (``actors`` covers finding the mentions).

    Returns:
        The bundle described in the module docstring.

    Raises:
        ValueError: an analysis cannot handle the document (e.g. a body with no
            words has no readability).
    """
    if top < 1:
        raise ValueError(f"top must be at least 1 (got {top})")
    ctx = _Context(doc, top, timings)
    article = doc.article
    bundle: Bundle = {
        "doc": doc.id,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
    }
    text_stats = ctx.timed("stats", lambda: stats.text_stats(doc))
    bundle["stats"] = asdict(text_stats)
    sentence_stats = ctx.timed("stats", lambda: stats.sentence_stats(doc))
    bundle["sentences"] = [asdict(s) for s in sentence_stats]
    bundle["actors"] = ctx.timed("actors", lambda: _actors(ctx))
    return bundle


def analyze_article(article: Article, *, top: int = 10) -> Bundle:
    """Parse an article once and run every analysis over it (the worker task)."""
    return analyze(parse(article), top=top)


def task(*, top: int = 10) -> Callable[[Article], Bundle]:
    """The picklable per-article task for :func:`analysis.runner.run`."""
    return partial(analyze_article, top=top)
