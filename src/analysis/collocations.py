"""Collocations: word pairs that occur together more than chance, by NLTK's finder.

A pair is two content words written next to each other in one sentence, with
nothing between them: no stopword ("community to adopt" is no pair), no
punctuation ("democracy, human rights" is no pair) and no sentence boundary. The
document's tokens, in order, are scored by NLTK's ``BigramCollocationFinder``
(data-free) with pointwise mutual information (Church & Hanks 1990) or Dunning's
(1993) likelihood ratio; every token counts towards the total, stopwords and
punctuation included, as in NLTK's own recipe.
"""

from __future__ import annotations

from typing import Literal

from analysis.terms import is_content, normalize, written_form
from analysis.types import Document, Keyword

Measure = Literal["pmi", "likelihood"]
MEASURES: tuple[str, ...] = ("pmi", "likelihood")


def collocations(
    doc: Document,
    *,
    measure: Measure = "likelihood",
    top: int = 20,
    min_count: int = 2,
) -> tuple[Keyword, ...]:
    """Two-word collocations by NLTK's ``BigramCollocationFinder``.

    A pair is two adjacent content words of one sentence (never across a stopword,
    punctuation or a sentence boundary); ``measure`` is pointwise mutual information
    (Church & Hanks 1990) or Dunning's likelihood ratio (1993), over every token of
    the document; pairs seen fewer than ``min_count`` times are dropped. A pair is
    keyed in lower case with a possessive dropped and shown as the text most often
    writes it ("China-Europe Railway"; :func:`analysis.terms.written_form`). Ties go
    to the pair first in alphabetical order.

    Raises:
        ValueError: ``measure`` is neither ``"pmi"`` nor ``"likelihood"``.

    References:
        Church & Hanks (1990), "Word association norms, mutual information, and
        lexicography", Computational Linguistics 16(1); Dunning (1993), "Accurate
        methods for the statistics of surprise and coincidence", Computational
        Linguistics 19(1).
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}: pmi or likelihood")
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    text = doc.text
    gap = "\x00"  # any token that is no content word, and the end of a sentence
    words: list[str] = []
    written: dict[tuple[str, str], list[str]] = {}
    for sent in doc.sentences:
        prev = ""
        start = 0
        for tok in doc.sentence_tokens(sent):
            if not is_content(tok):
                words.append(gap)
                prev = ""
                continue
            word = normalize(tok)
            words.append(word)
            if prev:
                # the possessive's "'s" is no part of the pair ("China's railway")
                form = tok.text
                possessive = len(form) > 2 and form[-2] in "'’" and form[-1] in "sS"
                end = tok.end - 2 if possessive else tok.end
                written.setdefault((prev, word), []).append(text[start:end])
            prev, start = word, tok.start
        words.append(gap)
    finder = BigramCollocationFinder.from_words(words)
    finder.apply_ngram_filter(lambda a, b: gap in (a, b))
    finder.apply_freq_filter(min_count)
    assoc = BigramAssocMeasures()
    fn = assoc.pmi if measure == "pmi" else assoc.likelihood_ratio
    scored = sorted(finder.score_ngrams(fn), key=lambda s: (-s[1], s[0]))[:top]
    return tuple(
        Keyword(
            rank,
            written_form(written[pair]),
            float(score),
            int(finder.ngram_fd[pair]),
            f"collocation:{measure}",
        )
        for rank, (pair, score) in enumerate(scored, start=1)
    )
