"""Every analysis over one document: the bundle ``analysis analyze`` writes.

Each document is parsed **once** and the one :class:`~analysis.types.Document` is
handed to every analysis; what several analyses need is computed once and passed
on: the actor mentions (:func:`analysis.actors.find_mentions`) feed the actors,
the quote speakers and the per-actor sentiment; the quotes feed the per-speaker
and per-voice sentiment; the sentence scores feed the document score and the
per-actor sentiment.

The bundle is plain data (dicts, lists, numbers, strings), so it travels cheaply
between processes and serialises to JSON as it is. Its keys, in order:

``doc``
    The document id (path, ``file:line`` or corpus id).
``title``, ``source``, ``published``
    Article metadata (``published`` in ISO 8601), ``None`` when unknown.
``stats``
    Every :class:`~analysis.types.TextStats` field (:func:`analysis.stats.text_stats`).
``sentences``
    One object per body sentence: the :class:`~analysis.types.SentenceStats`
    fields, then its sentiment ``compound``, ``pos``, ``neu``, ``neg``.
``keywords``
    ``rank``, ``keyword``, ``score``, ``count``, ``method`` of the top keywords
    (:func:`analysis.keywords.extract_keywords`, keyphrases by default).
``actors``
    One object per actor (canonical name), in order of first mention: ``actor``,
    ``kind``, ``role`` (first one written), ``mentions``, ``first_start``,
    ``first_end``, then the sentiment of the sentences naming it: ``compound``,
    ``std``, ``sentences``, ``words`` (:func:`analysis.sentiment.by_actor`).
``sentiment``
    The document score (:func:`analysis.sentiment.document`: ``method``,
    ``compound``, ``pos``, ``neu``, ``neg``, ``std``, ``sentences``, ``words``,
    ``positive``, ``negative``, ``drivers``) and by voice: ``narration_compound``,
    ``narration_words``, ``quoted_compound``, ``quoted_words``.
``quotes``
    One object per attribution in text order: ``quote`` (its index), every
    :class:`~analysis.types.Quote` field, ``words`` (word tokens in the content).
``speakers``
    One object per speaker (``"(unknown)"`` pools quotes without one): ``speaker``,
    ``role``, ``attributions``, ``words``, ``share`` (of the document's quoted
    words), then the sentiment of their quoted words: ``compound``, ``std``,
    ``positive``, ``negative``. Most words first, then most attributions, then name.

The tidy tables of :mod:`analysis.tables` are flattened from this bundle.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from analysis import actors, keywords, quotes, sentiment, stats
from analysis.parse import parse
from analysis.types import Article, Document, GroupSentiment, Mention, Quote

Bundle = dict[str, Any]
T = TypeVar("T")

#: The analysis sections of a bundle, in output order.
SECTIONS: tuple[str, ...] = (
    "stats",
    "sentences",
    "keywords",
    "actors",
    "sentiment",
    "quotes",
    "speakers",
)
#: The analyses timed by :func:`analyze` (``timings``), in the order they run; ``bundle``
#: is the assembly of their results into the bundle.
ANALYSES: tuple[str, ...] = ("stats", "keywords", "actors", "quotes", "sentiment", "bundle")
#: Speaker name of quotes whose speaker is unknown (as :mod:`analysis.sentiment`).
UNKNOWN_SPEAKER = sentiment.UNKNOWN_SPEAKER


def _fields(obj: Any) -> dict[str, Any]:
    """A flat dataclass's fields as a dict (shallow, unlike ``dataclasses.asdict``,
    which deep-copies every value and costs more than some analyses).

    A dataclass without slots keeps exactly its fields, in order, in ``__dict__``:
    copying that is a third of the cost of reading the fields one by one.
    """
    names = obj.__dataclass_fields__
    values = getattr(obj, "__dict__", None)
    if values is not None and len(values) == len(names):
        return dict(values)
    return {name: getattr(obj, name) for name in names}


def _timed(timings: dict[str, float] | None, name: str, fn: Callable[[], T]) -> T:
    if timings is None:
        return fn()
    t0 = time.process_time()
    value = fn()
    timings[name] = timings.get(name, 0.0) + time.process_time() - t0
    return value


def _actors(mentions: Sequence[Mention], feeling: Sequence[GroupSentiment]) -> list[dict[str, Any]]:
    tone = {g.name: g for g in feeling}
    rows: list[dict[str, Any]] = []
    for actor, ms in actors.group_mentions(mentions).items():
        first = ms[0]
        g = tone.get(actor)
        rows.append(
            {
                "actor": actor,
                "kind": first.kind,
                "role": next((m.role for m in ms if m.role is not None), None),
                "mentions": len(ms),
                "first_start": first.start,
                "first_end": first.end,
                "compound": g.compound if g else None,
                "std": g.std if g else None,
                "sentences": g.segments if g else 0,
                "words": g.words if g else 0,
            }
        )
    return rows


def _speakers(
    found: Sequence[Quote], words: Sequence[int], feeling: Sequence[GroupSentiment]
) -> list[dict[str, Any]]:
    tone = {g.name: g for g in feeling}
    out = quotes.speaker_rows(
        (q.speaker, q.speaker_role, n) for q, n in zip(found, words, strict=True)
    )
    for row in out:
        g = tone.get(row["speaker"])
        row["compound"] = g.compound if g else None
        row["std"] = g.std if g else None
        row["positive"] = g.positive if g else None
        row["negative"] = g.negative if g else None
    return out


def analyze(
    doc: Document,
    *,
    top: int = 10,
    keyword_method: keywords.Method = "keyphrases",
    sentiment_method: sentiment.Method = "news",
    timings: dict[str, float] | None = None,
) -> Bundle:
    """Run every analysis over one parsed document.

    Args:
        doc: The parsed document, shared by all analyses.
        top: How many keywords to keep.
        keyword_method: Passed to :func:`analysis.keywords.extract_keywords`.
        sentiment_method: Passed to the :mod:`analysis.sentiment` functions.
        timings: If given, the CPU seconds of this process (:func:`time.process_time`,
            steady when other work loads the machine) spent in each of
            :data:`ANALYSES` are added to it (``actors`` covers finding the mentions
            that quotes and sentiment reuse; ``sentiment`` every sentiment function;
            ``bundle`` assembling the results).

    Returns:
        The bundle described in the module docstring.

    A body without words still gets every section: its readability and ratios
    are NaN (``null`` in JSON), see :func:`analysis.stats.text_stats`.

    Raises:
        ValueError: ``top`` is less than 1.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1 (got {top})")
    article = doc.article
    bundle: Bundle = {
        "doc": doc.id,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
    }
    t = timings
    text_stats, sentence_stats = _timed(t, "stats", lambda: stats.body_stats(doc))
    found_keywords = _timed(
        t, "keywords", lambda: keywords.extract_keywords(doc, top=top, method=keyword_method)
    )
    mentions = _timed(t, "actors", lambda: actors.find_mentions(doc))
    found = _timed(t, "quotes", lambda: quotes.quotes(doc, mentions=mentions))

    def feel() -> tuple[Any, ...]:
        m = sentiment_method
        scored = sentiment.sentences(doc, method=m)
        overall = sentiment.document(doc, method=m, scored=scored)
        parts = sentiment.segments(doc, found, method=m, scored=scored)
        voice = sentiment.by_voice(doc, found, method=m, parts=parts)
        speaker = sentiment.by_speaker(doc, found, method=m, parts=parts)
        actor = sentiment.by_actor(doc, mentions, method=m, scored=scored)
        return scored, overall, voice, speaker, actor

    scored, overall, (narration, quoted), by_speaker, by_actor = _timed(t, "sentiment", feel)
    t0 = time.process_time()

    bundle["stats"] = _fields(text_stats)
    tone = {s.sentence: s.score for s in scored}
    bundle["sentences"] = [{**_fields(s), **_fields(tone[s.sentence])} for s in sentence_stats]
    bundle["keywords"] = [_fields(k) for k in found_keywords]
    bundle["actors"] = _actors(mentions, by_actor)
    document = _fields(overall)
    document["drivers"] = list(overall.drivers)
    document.update(
        narration_compound=narration.compound,
        narration_words=narration.words,
        quoted_compound=quoted.compound,
        quoted_words=quoted.words,
    )
    bundle["sentiment"] = document
    words = quotes.quote_words(doc, found)
    bundle["quotes"] = [
        {"quote": i, **_fields(q), "words": n}
        for i, (q, n) in enumerate(zip(found, words, strict=True))
    ]
    bundle["speakers"] = _speakers(found, words, by_speaker)
    if t is not None:
        t["bundle"] = t.get("bundle", 0.0) + time.process_time() - t0
    return bundle


def analyze_article(article: Article, *, top: int = 10) -> Bundle:
    """Parse an article once and run every analysis over it (the worker task)."""
    return analyze(parse(article), top=top)


def task(*, top: int = 10) -> Callable[[Article], Bundle]:
    """The picklable per-article task for :func:`analysis.runner.run`."""
    return partial(analyze_article, top=top)
