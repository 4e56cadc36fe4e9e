"""Collocations: word pairs that occur together more than chance, by NLTK's finder.

Pairs of adjacent content words (stopwords and punctuation dropped, never across
a sentence boundary) are scored by NLTK's ``BigramCollocationFinder`` (data-free)
with pointwise mutual information (Church & Hanks 1990) or Dunning's (1993)
likelihood ratio.
"""

from __future__ import annotations

from typing import Literal

from analysis.terms import is_content, normalize
from analysis.types import Document, Keyword


def collocations(
    doc: Document,
    *,
    measure: Literal["pmi", "likelihood"] = "likelihood",
    top: int = 20,
    min_count: int = 2,
) -> tuple[Keyword, ...]:
    """Two-word collocations by NLTK's ``BigramCollocationFinder``.

    Words are the document's content words in order (stopwords and punctuation
    dropped, sentence boundaries respected by never pairing across them);
    ``measure`` is pointwise mutual information (Church & Hanks 1990) or Dunning's
    likelihood ratio (1993); pairs seen fewer than ``min_count`` times are dropped.
    Ties go to the pair first in alphabetical order.

    References:
        Church & Hanks (1990), "Word association norms, mutual information, and
        lexicography", Computational Linguistics 16(1); Dunning (1993), "Accurate
        methods for the statistics of surprise and coincidence", Computational
        Linguistics 19(1).
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    words: list[str] = []
    boundary = "\x00"
    for sent in doc.sentences:
        words.extend(normalize(t) for t in doc.sentence_tokens(sent) if is_content(t))
        words.append(boundary)
    finder = BigramCollocationFinder.from_words(words)
    finder.apply_ngram_filter(lambda a, b: boundary in (a, b))
    finder.apply_freq_filter(min_count)
    assoc = BigramAssocMeasures()
    fn = assoc.pmi if measure == "pmi" else assoc.likelihood_ratio
    scored = sorted(finder.score_ngrams(fn), key=lambda s: (-s[1], s[0]))[:top]
    return tuple(
        Keyword(
            rank, f"{a} {b}", float(score), int(finder.ngram_fd[(a, b)]), f"collocation:{measure}"
        )
        for rank, ((a, b), score) in enumerate(scored, start=1)
    )
