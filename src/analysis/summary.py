"""Summary of an article for the head of its report: metadata and key findings.

:func:`findings` turns analysis results into short plain-text sentences; it grows
as analyses join the report (keywords, sentiment and quotes add their lines).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

import pandas as pd

from analysis.frames import flesch_band
from analysis.types import Article, Document, SentenceStats, TextStats

#: Columns of :func:`longest_sentences`.
LONGEST_SENTENCES_COLUMNS: tuple[str, ...] = ("sentence", "words", "polysyllables", "text")


def title(article: Article) -> str:
    """The headline, or the file name without extension when there is none."""
    return article.title or PurePath(article.id).stem


def overview(article: Article) -> dict[str, object]:
    """The article's metadata for the report header, in a fixed order.

    Returns:
        ``Published`` (``"10 Jan 2022, 18:42"``), ``Source`` and ``Credits``;
        ``None`` where the article does not say.
    """
    published = article.published.strftime("%d %b %Y, %H:%M") if article.published else None
    return {
        "Published": published,
        "Source": article.source,
        "Credits": ", ".join(article.credits) if article.credits else None,
    }


def findings(stats: TextStats) -> list[str]:
    """The key findings as plain sentences, for the report's summary.

    Args:
        stats: The body's statistics (:func:`analysis.stats.text_stats`).

    Returns:
        Length (words, sentences, paragraphs, mean sentence length) and
        readability (Flesch reading ease with Flesch's 1948 band, and the
        Flesch–Kincaid grade level).
    """
    return [
        f"{stats.words:,} words in {stats.sentences:,} sentences and "
        f"{stats.paragraphs:,} paragraphs ({stats.words_per_sentence:.1f} words per sentence).",
        f"Readability: {flesch_band(stats.flesch_reading_ease)} "
        f"(Flesch reading ease {stats.flesch_reading_ease:.1f}; "
        f"Flesch–Kincaid grade {stats.flesch_kincaid_grade:.1f}).",
        f"Vocabulary: {stats.unique_words:,} distinct words "
        f"(type-token ratio {stats.type_token_ratio:.2f}, MTLD {stats.mtld:.1f}).",
    ]


def longest_sentences(doc: Document, sentences: Sequence[SentenceStats], *, n: int) -> pd.DataFrame:
    """The ``n`` longest body sentences: the ones that weigh most on readability.

    Args:
        doc: The parsed article.
        sentences: Its per-sentence counts (:func:`analysis.stats.sentence_stats`).
        n: How many to keep (at least 1).

    Returns:
        Columns :data:`LONGEST_SENTENCES_COLUMNS`, longest first (ties in text
        order); ``sentence`` indexes ``Document.sentences``; ``text`` is the
        sentence as written, whitespace runs shown as one space.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    ranked = sorted(sentences, key=lambda s: (-s.words, s.sentence))[:n]
    rows = [
        {
            "sentence": s.sentence,
            "words": s.words,
            "polysyllables": s.polysyllables,
            "text": " ".join(doc.text[s.start : s.end].split()),
        }
        for s in ranked
    ]
    return pd.DataFrame(rows, columns=list(LONGEST_SENTENCES_COLUMNS))


def counts(stats: TextStats) -> dict[str, object]:
    """The body's counts and lexical diversity with readable labels, in a fixed order."""
    return {
        "Words": stats.words,
        "Sentences": stats.sentences,
        "Paragraphs": stats.paragraphs,
        "Characters (no spaces)": stats.characters,
        "Letters": stats.letters,
        "Syllables": stats.syllables,
        "Long words (more than 6 letters)": stats.long_words,
        "Polysyllables (3 or more syllables)": stats.polysyllables,
        "Distinct words": stats.unique_words,
        "Type-token ratio": stats.type_token_ratio,
        "MTLD": stats.mtld,
        "Words per sentence": stats.words_per_sentence,
        "Letters per word": stats.letters_per_word,
        "Syllables per word": stats.syllables_per_word,
    }
