"""Keywords: term frequencies, distinctive terms (keyness, TF-IDF), collocations.

Terms are the occurrences of :mod:`analysis.terms` (re-exported here): words
lower-cased with a possessive ending dropped, as ``word``, Porter ``stem``
(NLTK's stemmer, data-free), or n-grams up to 3 within a sentence (no
punctuation inside; the first and last word are content words, so "Belt and
Road" counts and "of the" does not). A hyphenated compound counts as its parts
where it stands alone ("China-Belarus": China, Belarus; "long-awaited": long,
awaited): each part is a word a reader could name; inside a phrase the compound
stays whole. Stopwords are the package's own list
(:mod:`analysis.stoplist`). ``unit="lemma"`` counts dictionary forms from
:mod:`analysis.lemmas` (spelling rules checked against ``wordfreq``'s word list; no
WordNet download) and shows a term as its lemma ("country" for "countries"), or as
written when it is a capitalised name.

Distinctive terms are scored by log-likelihood keyness (Dunning 1993; Rayson &
Garside 2000) against general English, the reference frequencies being those of
``wordfreq`` (Speer 2022), which ship inside the package; over a corpus, by TF-IDF
against the other documents (Salton & Buckley 1988). Multi-word keyphrases are in
:mod:`analysis.keyphrases`, collocations in :mod:`analysis.collocations`,
keyword-in-context lines in :mod:`analysis.kwic`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, Literal

from wordfreq import word_frequency

from analysis.frequencies import english as _frequencies
from analysis.frequencies import zipf as zipf
from analysis.terms import Occurrence as Occurrence
from analysis.terms import Unit as Unit
from analysis.terms import is_content as is_content
from analysis.terms import ngram_rows as ngram_rows
from analysis.terms import ngram_rows_and_content as ngram_rows_and_content
from analysis.terms import ngrams as ngrams
from analysis.terms import normalize as normalize
from analysis.terms import occurrences as occurrences
from analysis.terms import stem as stem
from analysis.terms import surface_form as surface_form
from analysis.terms import written_form as written_form
from analysis.types import Document, Keyword

Method = Literal["keyphrases", "phrases", "keyness", "frequency", "collocations"]

#: Nominal size of the reference corpus (wordfreq gives relative frequencies).
REFERENCE_SIZE = 1e9
#: Frequency assumed for a word ``wordfreq`` does not know (about once per 100M words).
UNSEEN_FREQUENCY = 1e-8


def _shown(occ: Sequence[Occurrence], unit: Unit) -> str:
    """How a term is shown: its lemma under ``unit="lemma"`` unless it is written as
    a capitalised name, else :func:`surface_form`."""
    form = surface_form(occ)
    return occ[0].key if unit == "lemma" and not form[:1].isupper() else form


def _group(occ: Iterator[Occurrence]) -> dict[str, list[Occurrence]]:
    groups: dict[str, list[Occurrence]] = {}
    for o in occ:
        groups.setdefault(o.key, []).append(o)
    return groups


def term_frequencies(
    doc: Document, *, n: int = 1, unit: Unit = "word", top: int | None = None
) -> tuple[Keyword, ...]:
    """Terms by count (ties: first appearance); ``score`` is the share of all terms.

    ``keyword`` is the term as most often written (a stem is shown by its commonest
    word).
    """
    groups = _group(occurrences(doc, n=n, unit=unit))
    total = sum(len(v) for v in groups.values())
    ranked = sorted(groups.values(), key=lambda v: (-len(v), v[0].start))[:top]
    return tuple(
        Keyword(rank, _shown(v, unit), len(v) / total, len(v), f"frequency:{unit}:{n}")
        for rank, v in enumerate(ranked, start=1)
    )


@lru_cache(maxsize=131072)
def reference_frequency(term: str) -> float:
    """Relative frequency of a word or phrase in general English (``wordfreq``),
    floored at :data:`UNSEEN_FREQUENCY`."""
    known = _frequencies().get(term)
    if known is None:
        if term.isalpha() and term.isascii() and term.islower():
            return UNSEEN_FREQUENCY  # one plain word wordfreq does not list: it gives 0
        known = word_frequency(term, "en")  # phrases, hyphenated words: wordfreq combines
    return max(float(known), UNSEEN_FREQUENCY)


def log_likelihood(count: int, total: int, ref_freq: float) -> float:
    """Signed log-likelihood G2 of ``count`` in ``total`` against a reference frequency.

    Rayson & Garside (2000): with observed a (of N) and b (of the reference's M =
    :data:`REFERENCE_SIZE`), E1 = N(a+b)/(N+M), E2 = M(a+b)/(N+M), G2 = 2(a ln a/E1 +
    b ln b/E2). Positive when the term is overused in the document, negative when
    underused.
    """
    a, n, m = float(count), float(total), REFERENCE_SIZE
    b = ref_freq * m
    e1 = n * (a + b) / (n + m)
    e2 = m * (a + b) / (n + m)
    g2 = 2.0 * ((a * math.log(a / e1) if a > 0 else 0.0) + (b * math.log(b / e2) if b > 0 else 0.0))
    return g2 if a / n >= b / m else -g2


def distinctive_terms(
    doc: Document, *, n: int = 1, unit: Unit = "word", top: int | None = 20
) -> tuple[Keyword, ...]:
    """Terms overused against general English, by log-likelihood keyness.

    The reference frequency of a stem sums those of the words written for it; of
    an n-gram, ``wordfreq``'s estimate for the phrase.

    References:
        Dunning (1993), "Accurate methods for the statistics of surprise and
        coincidence", Computational Linguistics 19(1); Rayson & Garside (2000),
        "Comparing corpora using frequency profiling", WCC workshop, ACL.
    """
    groups = _group(occurrences(doc, n=n, unit=unit))
    total = _word_count(doc)
    scored: list[tuple[float, int, str, int]] = []
    for occ in groups.values():
        forms = {normalize_surface(o.surface) for o in occ}
        ref = sum(reference_frequency(f) for f in sorted(forms))  # fixed order: same sum
        score = log_likelihood(len(occ), total, ref)
        if score > 0:
            scored.append((score, occ[0].start, _shown(occ, unit), len(occ)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return tuple(
        Keyword(rank, kw, score, count, f"keyness:{unit}:{n}")
        for rank, (score, _, kw, count) in enumerate(scored[:top], start=1)
    )


def normalize_surface(text: str) -> str:
    """A written term as looked up in ``wordfreq``: lower case, possessive dropped."""
    words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in text.lower().split()]
    return " ".join(words)


def _word_count(doc: Document) -> int:
    return max(1, sum(1 for t in doc.tokens if t.is_word))


def tfidf(
    docs: Sequence[Document], *, n: int = 1, unit: Unit = "word", top: int | None = 20
) -> dict[str, tuple[Keyword, ...]]:
    """Per document, terms weighted by TF-IDF against the other documents.

    tf is the raw count; idf = ln((1 + D) / (1 + df)) + 1 (smoothed, so a term in
    every document still counts a little). Keys of the result are ``doc.id``.

    References:
        Salton & Buckley (1988), "Term-weighting approaches in automatic text
        retrieval", Information Processing & Management 24(5).
    """
    grouped = [_group(occurrences(d, n=n, unit=unit)) for d in docs]
    df: Counter[str] = Counter()
    for g in grouped:
        df.update(g.keys())
    size = len(docs)
    out: dict[str, tuple[Keyword, ...]] = {}
    for d, g in zip(docs, grouped, strict=True):
        scored = sorted(
            (
                (len(occ) * (math.log((1 + size) / (1 + df[key])) + 1), occ[0].start, occ)
                for key, occ in g.items()
            ),
            key=lambda s: (-s[0], s[1]),
        )[:top]
        out[d.id] = tuple(
            Keyword(rank, _shown(occ, unit), score, len(occ), f"tfidf:{unit}:{n}")
            for rank, (score, _, occ) in enumerate(scored, start=1)
        )
    return out


def extract_keywords(
    doc: Document,
    *,
    top: int = 10,
    method: Method = "keyphrases",
    unit: Unit = "word",
    n: int = 1,
) -> tuple[Keyword, ...]:
    """The document's top keywords by ``method``.

    Args:
        doc: A parsed document.
        top: How many.
        method: ``"keyphrases"`` (:func:`analysis.keyphrases.keyphrases`: words and
            phrases by frequency, specificity and position), ``"phrases"`` (the
            same, repeated phrases of two or three words only), ``"collocations"``
            (:func:`analysis.collocations.collocations`: pairs of adjacent words,
            likelihood ratio), ``"keyness"``
            (:func:`distinctive_terms`) or ``"frequency"`` (:func:`term_frequencies`).
        unit: For keyness and frequency: ``"word"``, ``"stem"`` or ``"lemma"``.
        n: For keyness and frequency: words per term, 1 to 3.

    Raises:
        ValueError: an unknown method, ``top`` below 1, or ``unit``/``n`` given
            with keyphrases (which always groups inflections of terms of one to three
            words).
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    if method == "frequency":
        return term_frequencies(doc, n=n, unit=unit, top=top)
    if method == "keyness":
        return distinctive_terms(doc, n=n, unit=unit, top=top)
    if method == "collocations":
        if unit != "word" or n != 1:
            raise ValueError("collocations are pairs of words: drop unit and n")
        from analysis.collocations import collocations

        return collocations(doc, measure="likelihood", top=top)
    if method in ("keyphrases", "phrases"):
        if unit != "word" or n != 1:
            raise ValueError(f"{method} always groups inflections of 1 to 3 words: drop unit and n")
        from analysis.keyphrases import keyphrases

        return keyphrases(doc, top=top, min_words=1 if method == "keyphrases" else 2)
    raise ValueError(
        f"unknown method {method!r}: keyphrases, phrases, collocations, keyness or frequency"
    )


def keyword_record(doc_id: str, k: Keyword) -> dict[str, Any]:
    """A keyword as a CLI record: ``{"doc", "rank", "keyword", "score", "count", "method"}``."""
    return {
        "doc": doc_id,
        "rank": k.rank,
        "keyword": k.keyword,
        "score": k.score,
        "count": k.count,
        "method": k.method,
    }


def records(
    doc: Document, *, top: int = 10, method: Method = "keyphrases", unit: Unit = "word", n: int = 1
) -> list[dict[str, Any]]:
    """CLI records, one per keyword of :func:`extract_keywords`."""
    return [
        keyword_record(doc.id, k)
        for k in extract_keywords(doc, top=top, method=method, unit=unit, n=n)
    ]
