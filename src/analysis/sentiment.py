"""Sentiment: per sentence, per document, by voice, per speaker and per actor.

Two scorers give the same fields (a compound in [-1, 1] and VADER's pos/neu/neg
shares):

* ``method="vader"``: the vaderSentiment 3.3.2 package itself, with the lexicon it
  ships (``vader_lexicon.txt``, 7,506 entries), applied to each sentence's text;
  the scores equal ``SentimentIntensityAnalyzer().polarity_scores(sentence)``
  (Hutto & Gilbert, 2014).
* ``method="news"`` (the default): :mod:`analysis.newsvader`, the same lexicon and
  rules tuned for news prose, over the document's own tokens, its compound mixed
  with Pattern's adjective polarity (:mod:`analysis.adjectives`): milder than
  VADER's where a sentence holds no opinion adjective, so the two methods' compounds
  are comparable in sign and order, not number for number. The pos/neu/neg shares
  are VADER's under the news rules.

How vaderSentiment 3.3.2 differs from NLTK's port (``nltk.sentiment.vader``, NLTK
3.10): NLTK needs the ``vader_lexicon`` resource downloaded (not available here; the
package's own file is used instead). In the code, vaderSentiment strips all leading
and trailing punctuation from each whitespace token (keeping tokens of two or fewer
characters, emoticons), while NLTK strips one punctuation mark and drops one-letter
tokens; vaderSentiment reads "no" as a negator of the next one to three words and
"no ... or/nor", lowercases before its negation and idiom checks, keeps "without
doubt" from negating, uses 1.25 (NLTK 1.5) for "never so/this", adds the booster
value of "kind of"-type bigrams (NLTK adds a fixed -0.293), turns emoji into their
descriptions, and clips the compound to [-1, 1]. Its booster list has 18 more
entries, mostly adjectives ("major", "total", "extreme", "enormous", "considerable"),
and its special phrases add "bus stop" (0), "to die for", "beating heart" and
"badass" while NLTK has "cut the mustard" and "hand to mouth"; the negator lists
are the same. The NLTK lexicon itself cannot be compared here (it is a download).
Two vaderSentiment quirks remain:
its "but" rule finds positions by value (``list.index``), so repeated valences are
re-weighted at the first position, and NLTK scores a repeated word in the context
of its first occurrence. Our ``"vader"`` scores are vaderSentiment's, quirks
included.

A document score is the length-weighted mean of its sentence scores (with their
standard deviation and the shares of positive and negative sentences), not VADER's
compound of the whole text, which sums every word and runs to ±1 on long articles.

The views by voice and speaker (:func:`segments`, :func:`by_voice`,
:func:`by_speaker`) live in :mod:`analysis.voices`, the shared scoring and
aggregation helpers in :mod:`analysis.tone`; both are importable from here.

Per actor, ``by_actor(unit="sentence")`` scores the sentences naming an actor, so
actors named together get the same score; ``unit="target"`` scores what is said of
the actor: the evaluative words attributed to its mentions in their clauses
(:mod:`analysis.targets`, which also scores noun-phrase targets such as "external
forces", per speaker if asked).

References:
    Hutto, C.J. & Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for
    Sentiment Analysis of Social Media Text. ICWSM-14.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Literal

from analysis import targets
from analysis.newsvader import prepare_document, score_range
from analysis.tone import METHODS as METHODS
from analysis.tone import NEGATIVE as NEGATIVE
from analysis.tone import POSITIVE as POSITIVE
from analysis.tone import UNKNOWN_SPEAKER as UNKNOWN_SPEAKER
from analysis.tone import Method as Method
from analysis.tone import Tone, tone_of
from analysis.tone import aggregate as _aggregate
from analysis.tone import check_method as _check
from analysis.tone import group as _group
from analysis.tone import sentence_words as _sentence_words
from analysis.tone import vader_analyzer as vader_analyzer
from analysis.tone import vader_text as vader_text
from analysis.types import (
    Document,
    DocumentSentiment,
    Evaluation,
    GroupSentiment,
    Mention,
    SentenceSentiment,
    SentimentScore,
    build,
)
from analysis.voices import Segment as Segment
from analysis.voices import by_speaker as by_speaker
from analysis.voices import by_voice as by_voice
from analysis.voices import segments as segments

ActorUnit = Literal["sentence", "target"]
ACTOR_UNITS: tuple[str, ...] = ("sentence", "target")
Level = Literal["document", "sentence"]
LEVELS: tuple[str, ...] = ("document", "sentence")


def sentences(doc: Document, *, method: Method = "news") -> tuple[SentenceSentiment, ...]:
    """Score every sentence (headline included), in order.

    With ``method="vader"`` each score is vaderSentiment's for the sentence's text.
    """
    _check(method)
    out = []
    text = doc.text
    if method == "vader":
        for s in doc.sentences:
            part = text[s.start : s.end]
            out.append(SentenceSentiment(s.index, s.start, s.end, part, vader_text(part)))
        return tuple(out)
    prep = prepare_document(doc)  # each token looked up once for all sentences and segments
    for s in doc.sentences:
        # as SentenceSentiment(...) makes it, without its per-field __setattr__
        fields = {
            "sentence": s.index,
            "start": s.start,
            "end": s.end,
            "text": text[s.start : s.end],
            "score": score_range(prep, s.tok_start, s.tok_end),
        }
        out.append(build(SentenceSentiment, fields))
    return tuple(out)


def document(
    doc: Document,
    *,
    method: Method = "news",
    scored: Sequence[SentenceSentiment] | None = None,
    drivers: int = 3,
) -> DocumentSentiment:
    """The document's sentiment: the length-weighted mean of its sentence scores.

    A sentence weighs as many words as it has, so a 2,000-word and a 200-word article
    are on the same scale (a mean, not a sum). ``drivers`` names the sentences with
    the largest weighted contribution (``words * compound``) in the direction of the
    document score, largest first (ties: earlier sentence first).

    Args:
        doc: The parsed document.
        method: ``"news"`` or ``"vader"``.
        scored: Sentence scores already computed with the same method, if any.
        drivers: How many driving sentences to name.
    """
    _check(method)
    scored = sentences(doc, method=method) if scored is None else scored
    counts = _sentence_words(doc)
    items = [(s.score, counts[s.sentence]) for s in scored]
    st = _aggregate(items)
    sign = 1.0 if st.compound >= 0 else -1.0
    # (-contribution, sentence) of the sentences contributing in the score's direction:
    # ascending order is largest contribution first, then the earlier sentence.
    ranked = []
    for s, (score, w) in zip(scored, items, strict=True):
        c = sign * score.compound * w
        if c > 0:
            ranked.append((-c, s.sentence))
    ranked.sort()
    return DocumentSentiment(
        method=method,
        compound=st.compound,
        pos=st.pos,
        neu=st.neu,
        neg=st.neg,
        std=st.std,
        sentences=st.units,
        words=st.words,
        positive=st.positive,
        negative=st.negative,
        drivers=tuple(i for _, i in ranked[:drivers]),
    )


def by_actor(
    doc: Document,
    mentions: Sequence[Mention],
    *,
    method: Method = "news",
    scored: Sequence[SentenceSentiment] | None = None,
    unit: ActorUnit = "sentence",
    found: Sequence[Evaluation] | None = None,
) -> tuple[GroupSentiment, ...]:
    """Each actor's sentiment, over the sentences that name it or over what is said
    of it.

    ``unit="sentence"``: the length-weighted mean over the sentences naming the actor
    (each sentence once): actors named together get the same score.
    ``unit="target"``: the evaluative words attributed to the actor's mentions in
    their clauses (:mod:`analysis.targets`, news scorer only): the mean of the
    per-clause scores, ``segments`` the clauses, ``words`` their words, and
    ``positive``/``negative`` the shares of clauses; an actor nothing is said of
    has ``segments == 0``.

    Mentions are grouped by ``Mention.canonical``. Ordered by number of segments
    (most first), then by name.

    Args:
        doc: The parsed document.
        mentions: Its actor mentions.
        method: ``"news"`` or ``"vader"`` (``unit="sentence"`` only).
        scored: Sentence scores already computed with ``method``, if any.
        unit: ``"sentence"`` or ``"target"``.
        found: Evaluations already computed (:func:`analysis.targets.evaluations`).
    """
    if unit not in ACTOR_UNITS:
        raise ValueError(f"unknown actor unit {unit!r}; choose one of {ACTOR_UNITS}")
    if unit == "target":
        if method != "news":
            raise ValueError("unit='target' needs the news scorer's word valences")
        return _actors_by_target(doc, mentions, found)
    scored = sentences(doc, method=method) if scored is None else scored
    compound_of = {s.sentence: s.score.compound for s in scored}
    starts = [s.start for s in doc.sentences]
    ends = [s.end for s in doc.sentences]
    right = bisect.bisect_right
    named: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        start = m.start
        i = right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            named[m.canonical].add(i)
    out = []
    words = _sentence_words(doc)
    same: dict[tuple[int, ...], Tone] = {}  # actors named in the same sentences
    for name, idx in named.items():
        key = tuple(sorted(idx)) if len(idx) > 1 else tuple(idx)
        st = same.get(key)
        if st is None:
            compounds: list[float] = []
            weights: list[int] = []
            for i in key:
                if i in compound_of:
                    compounds.append(compound_of[i])
                    weights.append(words[i])
            st = same[key] = tone_of(compounds, weights)
        out.append(_group("actor", name, st))
    out.sort(key=_by_segments)
    return tuple(out)


def _by_segments(g: GroupSentiment) -> tuple[int, str]:
    """Most segments first, then by name."""
    return (-g.segments, g.name)


def _actors_by_target(
    doc: Document, mentions: Sequence[Mention], found: Sequence[Evaluation] | None
) -> tuple[GroupSentiment, ...]:
    found = targets.evaluations(doc, mentions) if found is None else found
    per_actor = {
        name: rows
        for (_, kind, name), rows in targets.clause_scores(found).items()
        if kind == "actor"
    }
    out = []
    for name in sorted({m.canonical for m in mentions}):
        rows = per_actor.get(name, [])
        # each clause counts once (weight 1): the mean of per-clause scores
        st = _aggregate([(SentimentScore(r.score, 0.0, 0.0, 0.0), 1) for r in rows])
        st = st._replace(words=sum(r.words for r in rows))
        out.append(_group("actor", name, st))
    return tuple(sorted(out, key=lambda g: (-g.segments, g.name)))


def sentence_rows(
    scored: Sequence[SentenceSentiment], *, doc: str, method: str | None = None
) -> list[dict[str, Any]]:
    """One flat row per scored sentence: ``doc, sentence, start, end, compound, pos,
    neu, neg``, then ``method`` (when given) and ``text``."""
    rows = []
    for s in scored:
        row: dict[str, Any] = {
            "doc": doc,
            "sentence": s.sentence,
            "start": s.start,
            "end": s.end,
            "compound": s.score.compound,
            "pos": s.score.pos,
            "neu": s.score.neu,
            "neg": s.score.neg,
        }
        if method is not None:
            row["method"] = method
        row["text"] = s.text
        rows.append(row)
    return rows


#: The fields of :func:`records` at each level, in order (``analysis sentiment``).
RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    "document": (
        "doc",
        "compound",
        "pos",
        "neu",
        "neg",
        "method",
        "sentences",
        "words",
        "std",
        "positive",
        "negative",
        "drivers",
    ),
    "sentence": (
        "doc",
        "sentence",
        "start",
        "end",
        "compound",
        "pos",
        "neu",
        "neg",
        "method",
        "text",
    ),
}


def records(
    doc: Document, *, level: Level = "document", method: Method = "news"
) -> list[dict[str, Any]]:
    """Flat records for the CLI: one per document, or one per sentence.

    Document level: ``doc, compound, pos, neu, neg, method, sentences, words, std,
    positive, negative, drivers`` (driving sentence indices, comma-separated); the
    numbers rounded to 6 decimals, as ``analysis analyze`` writes them.
    Sentence level: ``doc, sentence, start, end, compound, pos, neu, neg, method,
    text``.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {LEVELS}")
    scored = sentences(doc, method=method)
    if level == "sentence":
        return sentence_rows(scored, doc=doc.id, method=method)
    d = document(doc, method=method, scored=scored)
    return [
        {
            "doc": doc.id,
            "compound": round(d.compound, 6),
            "pos": round(d.pos, 6),
            "neu": round(d.neu, 6),
            "neg": round(d.neg, 6),
            "method": method,
            "sentences": d.sentences,
            "words": d.words,
            "std": round(d.std, 6),
            "positive": round(d.positive, 6),
            "negative": round(d.negative, 6),
            "drivers": ",".join(str(i) for i in d.drivers),
        }
    ]
