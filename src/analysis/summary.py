"""Summary of an article for the head of its report: metadata and key findings.

:func:`findings` turns analysis results into short plain-text sentences; it grows
as analyses join the report (keywords, sentiment and quotes add their lines).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import PurePath

import pandas as pd

from analysis.frames import UNKNOWN_SPEAKER, flesch_band
from analysis.types import (
    Article,
    Document,
    DocumentSentiment,
    Keyword,
    SentenceStats,
    TextStats,
)

#: Columns of :func:`statements`.
STATEMENTS_COLUMNS: tuple[str, ...] = ("speaker", "cue", "kind", "content")
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
    if stats.words == 0:
        return [
            f"The body has no words ({stats.paragraphs:,} "
            f"paragraph{'' if stats.paragraphs == 1 else 's'} of other characters): "
            "readability and vocabulary measures are undefined."
        ]
    # MTLD is undefined (NaN) for a text too short or too uniform to finish a factor.
    mtld = "undefined" if math.isnan(stats.mtld) else f"{stats.mtld:.1f}"
    return [
        f"{_count(stats.words, 'word')} in {_count(stats.sentences, 'sentence')} and "
        f"{_count(stats.paragraphs, 'paragraph')} ({stats.words_per_sentence:.1f} words per "
        "sentence).",
        f"Readability: {flesch_band(stats.flesch_reading_ease)} "
        f"(Flesch reading ease {stats.flesch_reading_ease:.1f}; "
        f"Flesch–Kincaid grade {stats.flesch_kincaid_grade:.1f}).",
        f"Vocabulary: {_count(stats.unique_words, 'distinct word')} "
        f"(type-token ratio {stats.type_token_ratio:.2f}, MTLD {mtld}).",
    ]


def _count(n: int, noun: str) -> str:
    """``"1 word"``, ``"2 words"``, ``"1,024 words"``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


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


def _signed(value: float) -> str:
    """``+0.38``, ``-0.17``, and ``0.00`` for a value that rounds to zero (not ``-0.00``)."""
    shown = round(value, 2) + 0.0  # -0.0 + 0.0 is 0.0
    return f"{shown:+.2f}" if shown else "0.00"


def _tone_word(compound: float) -> str:
    if compound >= 0.05:
        return "positive"
    if compound <= -0.05:
        return "negative"
    return "neutral"


def highlights(
    *,
    keyphrases: Sequence[Keyword],
    actors: pd.DataFrame,
    speakers: pd.DataFrame,
    tone: DocumentSentiment,
    extremes: pd.DataFrame,
    top: int = 5,
) -> list[str]:
    """The findings of keywords, actors, quotes and sentiment as plain sentences.

    Args:
        keyphrases: :func:`analysis.keywords.extract_keywords` (best first).
        actors: :func:`analysis.frames.actors_frame` (most mentioned first).
        speakers: :func:`analysis.frames.speakers_frame` (most words first).
        tone: :func:`analysis.sentiment.document`.
        extremes: :func:`analysis.frames.sentiment_extremes_frame`.
        top: How many keywords, actors and speakers to name.
    """
    lines: list[str] = []
    if keyphrases:
        lines.append("Key terms: " + ", ".join(k.keyword for k in keyphrases[:top]) + ".")
    if not actors.empty:
        named = [f"{a} ({m})" for a, m in zip(actors["actor"], actors["mentions"], strict=True)]
        lines.append("Most named: " + ", ".join(named[:top]) + ".")
    if speakers.empty:
        lines.append("No attributed statements found.")
    else:
        total = int(speakers["attributions"].sum())
        voices = [
            f"{s} ({n} of {total}, {share:.0%} of quoted words)"
            for s, n, share in zip(
                speakers["speaker"], speakers["attributions"], speakers["share"], strict=True
            )
        ]
        lines.append("Who speaks: " + "; ".join(voices[:top]) + ".")
    lines.append(
        f"Tone: {_tone_word(tone.compound)} overall ({tone.method} score {_signed(tone.compound)}, "
        f"spread {tone.std:.2f}; {tone.positive:.0%} of sentences positive, "
        f"{tone.negative:.0%} negative)."
    )
    # A sentence is negative at compound <= -0.05, as for the shares above: a -0.01
    # sentence is neutral, not "the most negative sentence".
    negative = extremes[(extremes["polarity"] == "negative") & (extremes["compound"] <= -0.05)]
    if not negative.empty:
        row = negative.iloc[0]
        lines.append(
            f"Most negative sentence ({float(row['compound']):+.2f}): "
            f"\u201c{' '.join(str(row['text']).split())}\u201d"
        )
    return lines


def statements(quotes: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """Each speaker's statements: speakers in the order of ``speakers`` (most
    quoted words first), each one's statements in text order.

    Args:
        quotes: :func:`analysis.frames.quotes_frame`.
        speakers: :func:`analysis.frames.speakers_frame` of the same quotes.

    Returns:
        Columns :data:`STATEMENTS_COLUMNS`; unknown speakers as
        :data:`analysis.frames.UNKNOWN_SPEAKER`; whitespace runs in the content
        shown as one space.
    """
    order = {name: i for i, name in enumerate(speakers["speaker"])}
    rows = [
        {
            "speaker": q["speaker"] if isinstance(q["speaker"], str) else UNKNOWN_SPEAKER,
            "cue": q["cue"],
            "kind": q["kind"],
            "content": " ".join(str(q["content"]).split()),
            "start": q["start"],
        }
        for q in quotes.to_dict("records")
    ]
    rows.sort(key=lambda r: (order.get(r["speaker"], len(order)), r["start"]))
    return pd.DataFrame(rows, columns=[*STATEMENTS_COLUMNS, "start"])[list(STATEMENTS_COLUMNS)]


def tone(score: DocumentSentiment) -> dict[str, object]:
    """The document's sentiment with readable labels, in a fixed order."""
    return {
        "Document score (compound, -1 to +1)": round(score.compound, 3),
        "Overall tone": _tone_word(score.compound),
        "Spread of sentence scores (std)": round(score.std, 3),
        "Positive sentences": f"{score.positive:.0%}",
        "Negative sentences": f"{score.negative:.0%}",
        "Sentences scored": score.sentences,
        "Scorer": score.method,
    }
