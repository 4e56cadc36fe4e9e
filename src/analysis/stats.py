"""Text statistics: counts, lexical diversity and readability of an article's body.

Everything is computed over the **body**: the headline paragraph (and the metadata
lines the reader set aside) are excluded, and so is a dateline opening a paragraph
("BEIJING, April 8 (Xinhua) -- ", "WASHINGTON (Reuters) - "; a sentence's ``start``
is then its first word after the dateline). Words are the tokens with
:attr:`~analysis.types.Token.is_word` (words and numerals); syllables come from
:mod:`analysis.syllables` (CMU Pronouncing Dictionary, numerals read aloud,
rule-based fallback).

Definitions used by every count:

* ``characters``: non-whitespace characters of the body sentences (punctuation
  included);
* ``letters``: letters and digits of the words (hyphens, apostrophes and the
  periods of "U.S." are not letters); the "characters" of ARI and the "letters"
  of Coleman–Liau;
* ``long_words``: words of more than six letters (Björnsson's LIX threshold);
* ``polysyllables``: words of three or more syllables (the "complex words" of
  Gunning fog and the polysyllables of SMOG; no exclusion of proper nouns or
  suffixes);
* ``unique_words``: distinct case-folded word forms.

The readability formulas are pure functions over counts, so they can be checked
against published worked examples.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from analysis.capitals import DATELINE_DASHES, after_dateline
from analysis.gazetteer import lookup
from analysis.readability import (
    ari as ari,
)
from analysis.readability import (
    coleman_liau as coleman_liau,
)
from analysis.readability import (
    flesch_kincaid_grade as flesch_kincaid_grade,
)
from analysis.readability import (
    flesch_reading_ease as flesch_reading_ease,
)
from analysis.readability import (
    gunning_fog as gunning_fog,
)
from analysis.readability import (
    smog as smog,
)
from analysis.syllables import DOTTED_ABBREVIATIONS, cmu_syllables, dotted_syllables, syllables
from analysis.types import Document, SentenceStats, TextStats, build

#: Words longer than this many letters are "long" (LIX, Björnsson 1968).
LONG_WORD_LETTERS = 6
#: Words of at least this many syllables are polysyllables (SMOG, Gunning fog).
POLYSYLLABLE_SYLLABLES = 3
#: The MTLD type-token-ratio threshold of McCarthy & Jarvis (2010).
MTLD_THRESHOLD = 0.72


# --- lexical diversity --------------------------------------------------------------


def _mtld_pass(forms: Sequence[str], threshold: float) -> float:
    # The type-token ratio can only fall when a word repeats: a new type makes
    # (t + 1) / (c + 1) >= t / c, so only repeats are tested (the same factors,
    # with half the work).
    factors = 0.0
    types: set[str] = set()
    n_types = count = 0
    for form in forms:
        count += 1
        if form not in types:
            types.add(form)
            n_types += 1
        elif n_types / count <= threshold:
            factors += 1.0
            types = set()
            n_types = count = 0
    if count:
        factors += (1.0 - n_types / count) / (1.0 - threshold)
    return len(forms) / factors if factors else math.nan


def mtld(forms: Sequence[str], *, threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of textual lexical diversity, bidirectional (mean of both directions).

    Each pass walks the words, keeping a running type-token ratio; whenever it
    falls to ``threshold`` (0.72) a factor is complete and the count restarts.
    The leftover segment adds a partial factor ``(1 − TTR) / (1 − threshold)``.
    MTLD is words / factors; the forward and backward values are averaged.

    Args:
        forms: The word forms in text order (already case-folded).
        threshold: The factor threshold.

    Returns:
        MTLD, or NaN when it is undefined: no words, or every word distinct
        (no factor at all; the measure needs longer texts, ideally 100+ words).

    Reference:
        McCarthy, P. M. & Jarvis, S. (2010). MTLD, vocd-D, and HD-D: A validation
        study of sophisticated approaches to lexical diversity assessment.
        *Behavior Research Methods*, 42(2), 381–392.
    """
    if not forms:
        return math.nan
    forward = _mtld_pass(forms, threshold)
    backward = _mtld_pass(forms[::-1], threshold)
    return (forward + backward) / 2.0


# --- counting -----------------------------------------------------------------------


#: The counts of each word text seen (:func:`_word_counts`), emptied when full.
_COUNTS: dict[str, tuple[int, int, int, int, str]] = {}
_COUNTS_MAX = 1 << 16


def _word_counts(text: str) -> tuple[int, int, int, int, str]:
    """Of one word's text: letters and digits, syllables, 1 if long (else 0), 1 if
    a polysyllable (else 0), and its case-folded form (cached in :data:`_COUNTS`:
    news vocabulary repeats, and each count walks the characters; a plain dict
    looked up in line costs a third of an ``lru_cache`` call)."""
    counts = _COUNTS.get(text)
    if counts is None:
        if len(_COUNTS) >= _COUNTS_MAX:
            _COUNTS.clear()
        counts = _COUNTS[text] = _counted(text)
    return counts


def _counted(text: str) -> tuple[int, int, int, int, str]:
    # the characters tested in C (the str methods mapped, their booleans summed)
    letters = len(text) if text.isalnum() else sum(map(str.isalnum, text))
    alpha = letters if text.isalpha() else sum(map(str.isalpha, text))
    sylls = syllables(text)
    return (
        letters,
        sylls,
        int(alpha > LONG_WORD_LETTERS),
        int(sylls >= POLYSYLLABLE_SYLLABLES),
        text.casefold().replace("’", "'"),
    )


def _after_dateline(doc: Document, lo: int, hi: int) -> int:
    """The first token of sentence ``tokens[lo:hi]`` after a dateline opening its line
    ("BEIJING, April 8 (Xinhua) -- ", "WASHINGTON (Reuters) - "), else ``lo``: a
    dateline is metadata, like the headline (:func:`analysis.capitals.after_dateline`
    says what one is)."""
    tokens = doc.tokens
    head = tokens[lo]
    if not (
        (head.start == 0 or doc.text[head.start - 1] == "\n")
        and len(head.text) > 1
        and head.text.isupper()
        and head.text.isalpha()
    ):
        return lo  # (the cheap test: a word in capitals opening a line)
    for j in range(lo + 2, min(hi, lo + 14)):
        if tokens[j - 1].text in DATELINE_DASHES and after_dateline(doc.text, tokens, j):
            if j == lo + 2 and len(head.text) <= 4 and not _short_place(head.text):
                return lo  # "US - China trade talks", "NATO — The alliance": an acronym
            # the sentence starts after it: "OPEC - led by ..." is running text
            return j if not tokens[j].text[:1].islower() else lo
    return lo


def _short_place(word: str) -> bool:
    """Whether a word of at most four capitals alone before a dash is a place that a
    dateline names ("ROME", "GAZA", "LA"), not an acronym ("US", "EU", "NATO", "AI"):
    a city of the gazetteer, not a country or an organisation."""
    for name in (word, word.title()):
        found = lookup(name)
        if found is not None:
            return found[1] == "place"
    return False


def _count(doc: Document) -> tuple[tuple[SentenceStats, ...], list[str]]:
    """Counts of every body sentence and the body's word forms in text order: one
    pass over the tokens for both."""
    out: list[SentenceStats] = []
    forms: list[str] = []
    add_form = forms.append
    tokens = doc.tokens
    text = doc.text
    # (locals: compiled, a dict's own get is a direct call where a bound method's is a
    # generic one, and each use of an imported name is a dictionary lookup)
    table = _COUNTS
    dotted = DOTTED_ABBREVIATIONS
    known = cmu_syllables()
    for sent in doc.body_sentences:
        n_words = n_letters = n_syllables = n_long = n_poly = 0
        # In a sentence set in capitals ("THE TALKS WILL GO ON") a word the dictionary
        # knows is read as that word, not as an initialism spelled letter by letter
        # ("THE" would be T-H-E, 3 syllables); "NYT", which it lacks, is still spelled.
        shouted = text[sent.start : sent.end].isupper()
        first = _after_dateline(doc, sent.tok_start, sent.tok_end)
        start = tokens[first].start if first > sent.tok_start else sent.start
        for t in tokens[first : sent.tok_end]:
            kind = t.kind
            if kind != "word" and kind != "number":
                continue
            word = t.text
            if shouted and word.lower() in known:
                word = word.lower()
            counts = table.get(word)
            if counts is None:
                counts = _word_counts(word)
            letters, sylls, long_word, poly, form = counts
            if word in dotted and t.end + 1 < sent.end and text[t.end] == ".":
                # "Sen. Warren", "Jan. 10": the title or month read aloud ("senator")
                sylls = dotted_syllables(word) or sylls
                poly = int(sylls >= POLYSYLLABLE_SYLLABLES)
            n_words += 1
            n_letters += letters
            n_syllables += sylls
            n_long += long_word
            n_poly += poly
            add_form(form)
        out.append(
            build(
                SentenceStats,
                {
                    "sentence": sent.index,
                    "paragraph": sent.paragraph,
                    "start": start,
                    "end": sent.end,
                    "words": n_words,
                    "letters": n_letters,
                    "syllables": n_syllables,
                    "long_words": n_long,
                    "polysyllables": n_poly,
                },
            )
        )
    return tuple(out), forms


def sentence_stats(doc: Document) -> tuple[SentenceStats, ...]:
    """Counts of every body sentence, in text order (the headline excluded).

    A long word has more than six *alphabetic* letters, so numerals are never
    long; a numeral can be a polysyllable ("2,000" is "two thousand").
    """
    return _count(doc)[0]


def body_stats(doc: Document) -> tuple[TextStats, tuple[SentenceStats, ...]]:
    """:func:`text_stats` and :func:`sentence_stats` of a document, counting every
    word once for both (what :func:`analysis.pipeline.analyze` reports)."""
    per_sentence, forms = _count(doc)
    return _text_stats(doc, per_sentence, forms), per_sentence


def text_stats(doc: Document, *, per_sentence: Sequence[SentenceStats] | None = None) -> TextStats:
    """Counts, lexical diversity and readability of the document's body.

    The headline paragraph is excluded; so are metadata lines (never parsed).
    ``sentences`` counts the body sentences holding at least one word.

    A body without words (a headline over a line of dashes, only punctuation)
    has its counts (all words, sentences, letters... zero) and NaN for every
    measure divided by words or sentences: the type-token ratio, MTLD, the
    readability formulas and the per-word and per-sentence means. NaN, like
    MTLD's own "undefined", keeps the fields ``float``; it is written as JSON
    ``null`` (:func:`analysis.tables.clean`) and as a Parquet null. So ``analysis
    analyze`` keeps such a document's other analyses; ``analysis stats`` reports
    it as an error (:func:`records`).

    Args:
        doc: The parsed document.
        per_sentence: ``sentence_stats(doc)``, if already computed (saves counting
            every word twice).
    """
    if per_sentence is None:
        per_sentence, forms = _count(doc)
    else:
        tokens = doc.tokens
        forms = [
            _word_counts(t.text)[4]  # the case-folded form: capitals do not matter here
            for sent in doc.body_sentences
            for t in tokens[sent.tok_start : sent.tok_end]
            if t.kind == "word" or t.kind == "number"
        ]
    return _text_stats(doc, per_sentence, forms)


def _text_stats(
    doc: Document, per_sentence: Sequence[SentenceStats], forms: list[str]
) -> TextStats:
    n_words = sum(s.words for s in per_sentence)
    n_sentences = sum(1 for s in per_sentence if s.words)
    text = doc.text
    # str.split() splits on exactly the characters str.isspace() accepts; the body's
    # sentences joined by spaces hold the same non-space characters. Every such
    # character but the space is a control character or a separator, which
    # str.isprintable() refuses: a printable body's only spaces are " " (two C scans
    # instead of a string per word).
    body = " ".join([text[s.start : s.end] for s in per_sentence])
    printable = body.isprintable()
    characters = len(body) - body.count(" ") if printable else sum(map(len, body.split()))
    letters = sum(s.letters for s in per_sentence)
    n_syllables = sum(s.syllables for s in per_sentence)
    poly = sum(s.polysyllables for s in per_sentence)
    unique = len(set(forms))
    body_paragraphs = sum(1 for p in doc.paragraphs if p.kind == "body")
    if n_words == 0:
        nan = math.nan
        return TextStats(
            characters=characters,
            letters=letters,
            words=0,
            sentences=0,
            paragraphs=body_paragraphs,
            syllables=n_syllables,
            long_words=0,
            polysyllables=poly,
            unique_words=0,
            type_token_ratio=nan,
            mtld=nan,
            flesch_reading_ease=nan,
            flesch_kincaid_grade=nan,
            gunning_fog=nan,
            smog=nan,
            coleman_liau=nan,
            ari=nan,
            words_per_sentence=nan,
            letters_per_word=nan,
            syllables_per_word=nan,
        )
    return TextStats(
        characters=characters,
        letters=letters,
        words=n_words,
        sentences=n_sentences,
        paragraphs=body_paragraphs,
        syllables=n_syllables,
        long_words=sum(s.long_words for s in per_sentence),
        polysyllables=poly,
        unique_words=unique,
        type_token_ratio=unique / n_words,
        mtld=mtld(forms),
        flesch_reading_ease=flesch_reading_ease(
            words=n_words, sentences=n_sentences, syllables=n_syllables
        ),
        flesch_kincaid_grade=flesch_kincaid_grade(
            words=n_words, sentences=n_sentences, syllables=n_syllables
        ),
        gunning_fog=gunning_fog(words=n_words, sentences=n_sentences, polysyllables=poly),
        smog=smog(sentences=n_sentences, polysyllables=poly),
        coleman_liau=coleman_liau(words=n_words, sentences=n_sentences, letters=letters),
        ari=ari(words=n_words, sentences=n_sentences, letters=letters),
        words_per_sentence=n_words / n_sentences,
        letters_per_word=letters / n_words,
        syllables_per_word=n_syllables / n_words,
    )


def _with_words(stats: TextStats) -> TextStats:
    if stats.words == 0:
        raise ValueError("the body has no words")
    return stats


def records(doc: Document) -> list[dict[str, Any]]:
    """One flat record for the CLI: ``"doc"`` first, then every :class:`TextStats` field.

    Raises:
        ValueError: the body has no words: no readability to report.
    """
    stats = _with_words(text_stats(doc))
    record: dict[str, Any] = {"doc": doc.id}
    for name in TextStats.__dataclass_fields__:
        record[name] = getattr(stats, name)
    return [record]
