"""Tidy DataFrames at the edges: one function per table, fixed and documented columns.

Each function takes analysis results (the frozen dataclasses of
:mod:`analysis.types`) and returns a :class:`pandas.DataFrame` whose columns are
always the same, in the same order, even when there are no rows.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence

import pandas as pd

from analysis.quotes import quote_words
from analysis.sentiment import UNKNOWN_SPEAKER as _UNKNOWN_SPEAKER
from analysis.sentiment import sentence_rows
from analysis.types import (
    Document,
    GroupSentiment,
    Keyword,
    Mention,
    Quote,
    SentenceSentiment,
    SentenceStats,
    TextStats,
)

# --- text statistics (analysis.stats) -----------------------------------------------

#: Columns of :func:`stats_frame`: ``doc`` then every :class:`~analysis.types.TextStats`
#: field, in that order (counts are integers, ratios and scores floats).
STATS_COLUMNS: tuple[str, ...] = ("doc", *TextStats.__dataclass_fields__)

#: Columns of :func:`sentence_stats_frame`.
SENTENCE_STATS_COLUMNS: tuple[str, ...] = (
    "doc",
    "sentence",
    "paragraph",
    "start",
    "end",
    "words",
    "letters",
    "syllables",
    "long_words",
    "polysyllables",
)

#: Columns of :func:`readability_frame`.
READABILITY_COLUMNS: tuple[str, ...] = ("doc", "measure", "score", "scale", "band")

_GRADE_MEASURES: tuple[tuple[str, str], ...] = (
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog", "SMOG"),
    ("coleman_liau", "Coleman-Liau"),
    ("ari", "ARI"),
)
#: Flesch's (1948) reading-ease bands: lower bound -> description.
FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "very easy"),
    (80.0, "easy"),
    (70.0, "fairly easy"),
    (60.0, "standard"),
    (50.0, "fairly difficult"),
    (30.0, "difficult"),
    (-math.inf, "very confusing"),
)
#: US school-grade bands for the grade-level indices: upper bound -> description.
GRADE_BANDS: tuple[tuple[float, str], ...] = (
    (6.0, "elementary school"),
    (8.0, "middle school"),
    (12.0, "high school"),
    (16.0, "college"),
    (math.inf, "graduate"),
)


def flesch_band(score: float) -> str:
    """Flesch's (1948) description of a reading-ease score ("standard" is 60-70)."""
    return next(label for low, label in FLESCH_BANDS if score >= low)


def grade_band(grade: float) -> str:
    """The school band of a US grade level (up to 6 elementary, ... above 16 graduate)."""
    return next(label for high, label in GRADE_BANDS if grade <= high)


def stats_frame(stats: Mapping[str, TextStats]) -> pd.DataFrame:
    """One row per document: ``doc`` and every :class:`TextStats` field.

    Args:
        stats: Document id -> its statistics, in the order the rows should have.

    Returns:
        Columns :data:`STATS_COLUMNS`; all statistics are of the body (headline
        excluded), as :func:`analysis.stats.text_stats` computes them.
    """
    rows = [{"doc": doc, **dataclasses.asdict(s)} for doc, s in stats.items()]
    return pd.DataFrame(rows, columns=list(STATS_COLUMNS))


def sentence_stats_frame(sentences: Sequence[SentenceStats], *, doc: str) -> pd.DataFrame:
    """One row per body sentence of one document, in text order.

    Columns :data:`SENTENCE_STATS_COLUMNS`: ``sentence`` is the index into
    ``Document.sentences``, ``paragraph`` into ``Document.paragraphs``; ``start`` and
    ``end`` are character offsets into ``Article.text``; the counts follow
    :func:`analysis.stats.sentence_stats`.
    """
    rows = [{"doc": doc, **dataclasses.asdict(s)} for s in sentences]
    return pd.DataFrame(rows, columns=list(SENTENCE_STATS_COLUMNS))


def readability_frame(stats: Mapping[str, TextStats]) -> pd.DataFrame:
    """Readability scores in long form: one row per document and measure.

    Columns :data:`READABILITY_COLUMNS`: ``measure`` is a display name ("Flesch
    reading ease", "Flesch-Kincaid grade", "Gunning fog", "SMOG", "Coleman-Liau",
    "ARI"); ``scale`` is ``"ease"`` (0-100, higher is easier) for Flesch reading
    ease and ``"grade"`` (US school grade) for the others; ``band`` is the score's
    description (:data:`FLESCH_BANDS`, :data:`GRADE_BANDS`).
    """
    rows: list[dict[str, object]] = []
    for doc, s in stats.items():
        fre = s.flesch_reading_ease
        rows.append(
            {
                "doc": doc,
                "measure": "Flesch reading ease",
                "score": fre,
                "scale": "ease",
                "band": flesch_band(fre),
            }
        )
        for field_name, label in _GRADE_MEASURES:
            grade = float(getattr(s, field_name))
            rows.append(
                {
                    "doc": doc,
                    "measure": label,
                    "score": grade,
                    "scale": "grade",
                    "band": grade_band(grade),
                }
            )
    return pd.DataFrame(rows, columns=list(READABILITY_COLUMNS))


# --- named actors (analysis.actors) ---------------------------------------------------

#: Columns of :func:`actors_frame`.
ACTORS_COLUMNS: tuple[str, ...] = ("actor", "kind", "mentions", "aliases", "roles", "first")


def actors_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    """One row per actor, most mentioned first (ties: first appearance).

    Columns :data:`ACTORS_COLUMNS`: ``actor`` the canonical name, ``kind`` (person,
    country, place, organization, other), ``mentions`` the count, ``aliases`` and
    ``roles`` the distinct forms as written joined with "; ", ``first`` the offset
    of the first mention.
    """
    from analysis.actors import actors_table

    return pd.DataFrame(actors_table(mentions), columns=list(ACTORS_COLUMNS))


# --- sentiment (analysis.sentiment) ------------------------------------------------------

#: Columns of :func:`sentiment_sentences_frame`.
SENTIMENT_SENTENCE_COLUMNS: tuple[str, ...] = (
    "doc",
    "sentence",
    "start",
    "end",
    "compound",
    "pos",
    "neu",
    "neg",
    "text",
)
#: Columns of :func:`sentiment_arc_frame`.
SENTIMENT_ARC_COLUMNS: tuple[str, ...] = ("doc", "sentence", "position", "compound", "rolling")
#: Columns of :func:`sentiment_groups_frame`.
SENTIMENT_GROUP_COLUMNS: tuple[str, ...] = (
    "kind",
    "name",
    "compound",
    "std",
    "segments",
    "words",
    "positive",
    "negative",
)
#: Columns of :func:`sentiment_extremes_frame`.
SENTIMENT_EXTREME_COLUMNS: tuple[str, ...] = ("polarity", "rank", "sentence", "compound", "text")


def sentiment_sentences_frame(scored: Sequence[SentenceSentiment], *, doc: str) -> pd.DataFrame:
    """One row per sentence (headline included), in text order.

    Columns :data:`SENTIMENT_SENTENCE_COLUMNS`: ``sentence`` indexes
    ``Document.sentences``; ``start``/``end`` are offsets into ``Article.text``;
    ``compound`` in [-1, 1] and the ``pos``/``neu``/``neg`` shares come from
    :func:`analysis.sentiment.sentences`.
    """
    rows = sentence_rows(scored, doc=doc)
    return pd.DataFrame(rows, columns=list(SENTIMENT_SENTENCE_COLUMNS))


def sentiment_arc_frame(
    scored: Sequence[SentenceSentiment], *, doc: str, window: int = 3
) -> pd.DataFrame:
    """The sentiment arc: each sentence's compound by its position in the article.

    Columns :data:`SENTIMENT_ARC_COLUMNS`: ``position`` is the sentence's place in
    (0, 1) (``(i + 0.5) / n``), ``rolling`` the centred mean of ``window`` sentences
    (fewer at the ends).
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    n = len(scored)
    compounds = pd.Series([s.score.compound for s in scored], dtype=float)
    rolling = compounds.rolling(window, center=True, min_periods=1).mean()
    rows = [
        {
            "doc": doc,
            "sentence": s.sentence,
            "position": (i + 0.5) / n,
            "compound": s.score.compound,
            "rolling": float(rolling.iloc[i]),
        }
        for i, s in enumerate(scored)
    ]
    return pd.DataFrame(rows, columns=list(SENTIMENT_ARC_COLUMNS))


def sentiment_groups_frame(groups: Sequence[GroupSentiment]) -> pd.DataFrame:
    """One row per voice, speaker or actor, in the order given.

    Columns :data:`SENTIMENT_GROUP_COLUMNS`: ``compound`` is the length-weighted mean
    of the group's segment scores, ``std`` their spread, ``segments`` how many
    sentences or sentence parts, ``words`` their word count, ``positive`` and
    ``negative`` the shares of segments at or beyond +-0.05.
    """
    rows = [dataclasses.asdict(g) for g in groups]
    return pd.DataFrame(rows, columns=list(SENTIMENT_GROUP_COLUMNS))


def sentiment_extremes_frame(scored: Sequence[SentenceSentiment], *, n: int = 5) -> pd.DataFrame:
    """The most positive and the most negative sentences.

    Columns :data:`SENTIMENT_EXTREME_COLUMNS`: ``polarity`` is ``"positive"`` (up to
    ``n`` sentences with compound > 0, highest first) then ``"negative"`` (up to
    ``n`` with compound < 0, lowest first); ties go to the earlier sentence;
    ``rank`` counts from 1 within each polarity.
    """
    pos = sorted(
        (s for s in scored if s.score.compound > 0), key=lambda s: (-s.score.compound, s.sentence)
    )
    neg = sorted(
        (s for s in scored if s.score.compound < 0), key=lambda s: (s.score.compound, s.sentence)
    )
    rows = [
        {
            "polarity": polarity,
            "rank": rank,
            "sentence": s.sentence,
            "compound": s.score.compound,
            "text": s.text,
        }
        for polarity, chosen in (("positive", pos[:n]), ("negative", neg[:n]))
        for rank, s in enumerate(chosen, start=1)
    ]
    return pd.DataFrame(rows, columns=list(SENTIMENT_EXTREME_COLUMNS))


# --- quote attribution (analysis.quotes) ----------------------------------------------

#: Columns of :func:`quotes_frame`: the CLI record's fields plus ``speaker_role``,
#: ``sentence`` and ``words`` (word tokens in the content).
QUOTES_COLUMNS: tuple[str, ...] = (
    "doc",
    "speaker",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "start",
    "end",
    "kind",
    "speaker_role",
    "sentence",
    "words",
)
#: Columns of :func:`speakers_frame`.
SPEAKERS_COLUMNS: tuple[str, ...] = ("speaker", "role", "attributions", "words", "share")
#: The ``speaker`` of attributions whose speaker is unknown, in :func:`speakers_frame`.
UNKNOWN_SPEAKER = _UNKNOWN_SPEAKER


def quotes_frame(doc: Document, quotes: Sequence[Quote]) -> pd.DataFrame:
    """One row per attribution, in text order.

    Columns :data:`QUOTES_COLUMNS`; ``words`` counts the document's word tokens
    inside the content span (no re-tokenizing).
    """
    rows = []
    for q, words in zip(quotes, quote_words(doc, quotes), strict=True):
        row = {c: getattr(q, c) for c in QUOTES_COLUMNS if c not in ("doc", "words")}
        rows.append({"doc": doc.id, **row, "words": words})
    return pd.DataFrame(rows, columns=list(QUOTES_COLUMNS))


def speakers_frame(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who said how much: one row per canonical speaker of :func:`quotes_frame` rows.

    Columns :data:`SPEAKERS_COLUMNS`: ``role`` the first role seen ("Chinese
    President"), ``attributions`` the count, ``words`` the words attributed,
    ``share`` of all attributed words (0 to 1). Unknown speakers are pooled as
    :data:`UNKNOWN_SPEAKER`. Sorted by words, then attributions (both descending),
    then speaker.
    """
    roles: dict[str, str | None] = {}
    counts: dict[str, int] = {}
    words: dict[str, int] = {}
    for speaker_value, role_value, n_words in zip(
        quotes["speaker"], quotes["speaker_role"], quotes["words"], strict=True
    ):
        speaker = speaker_value if isinstance(speaker_value, str) else UNKNOWN_SPEAKER
        if roles.get(speaker) is None:
            roles[speaker] = role_value if isinstance(role_value, str) else None
        counts[speaker] = counts.get(speaker, 0) + 1
        words[speaker] = words.get(speaker, 0) + int(n_words)
    total = sum(words.values())
    order = sorted(counts, key=lambda s: (-words[s], -counts[s], s))
    rows = [
        {
            "speaker": s,
            "role": roles[s],
            "attributions": counts[s],
            "words": words[s],
            "share": words[s] / total if total else 0.0,
        }
        for s in order
    ]
    return pd.DataFrame(rows, columns=list(SPEAKERS_COLUMNS))


# --- corpus comparison (analysis.corpus) ----------------------------------------------

#: Columns of :func:`corpus_statistics_frame`.
CORPUS_STATISTICS_COLUMNS: tuple[str, ...] = (
    "measure",
    "documents",
    "mean",
    "std",
    "min",
    "median",
    "max",
)
#: The ``documents`` columns :func:`corpus_statistics_frame` summarises, with labels.
CORPUS_MEASURES: tuple[tuple[str, str], ...] = (
    ("words", "words"),
    ("sentences", "sentences"),
    ("words_per_sentence", "words per sentence"),
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("type_token_ratio", "type-token ratio"),
    ("sentiment_compound", "sentiment (compound)"),
    ("quotes", "attributions"),
    ("speakers", "speakers"),
)
#: Columns of :func:`corpus_distinctive_frame`.
CORPUS_DISTINCTIVE_COLUMNS: tuple[str, ...] = ("group", "rank", "term", "count", "score")
#: Columns of :func:`corpus_speakers_frame`.
CORPUS_SPEAKERS_COLUMNS: tuple[str, ...] = (
    "speaker",
    "role",
    "documents",
    "outlets",
    "attributions",
    "words",
    "compound",
)
#: Columns of :func:`corpus_sentiment_frame`.
CORPUS_SENTIMENT_COLUMNS: tuple[str, ...] = (
    "group",
    "documents",
    "words",
    "compound",
    "std",
    "min",
    "max",
)
#: Group label of documents with no outlet or no date.
UNKNOWN_GROUP = "(unknown)"


def corpus_statistics_frame(documents: pd.DataFrame) -> pd.DataFrame:
    """The distribution of each of :data:`CORPUS_MEASURES` over the documents.

    Args:
        documents: The ``documents`` table of :func:`analysis.corpus.collect`.
    """
    rows = []
    for column, label in CORPUS_MEASURES:
        values = documents[column].dropna().astype(float)
        rows.append(
            {
                "measure": label,
                "documents": len(values),
                "mean": float(values.mean()) if len(values) else math.nan,
                "std": float(values.std(ddof=0)) if len(values) else math.nan,
                "min": float(values.min()) if len(values) else math.nan,
                "median": float(values.median()) if len(values) else math.nan,
                "max": float(values.max()) if len(values) else math.nan,
            }
        )
    return pd.DataFrame(rows, columns=list(CORPUS_STATISTICS_COLUMNS))


def _groups_of(documents: pd.DataFrame, by: str) -> dict[str, str]:
    if by == "doc":
        return {str(d): str(d) for d in documents["doc"]}
    if by == "source":
        values = [s if isinstance(s, str) else UNKNOWN_GROUP for s in documents["source"]]
        return dict(zip(documents["doc"].tolist(), values, strict=True))
    if by == "date":
        dates = [
            d.strftime("%Y-%m-%d") if isinstance(d, pd.Timestamp) and not pd.isna(d) else None
            for d in documents["published"]
        ]
        dates = [d if d is not None else UNKNOWN_GROUP for d in dates]
        return dict(zip(documents["doc"].tolist(), dates, strict=True))
    raise ValueError(f"group by 'doc', 'source' or 'date', not {by!r}")


def corpus_distinctive_frame(
    terms: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    by: str = "doc",
    top: int = 10,
    min_count: int = 2,
) -> pd.DataFrame:
    """Terms that distinguish each document or outlet: TF-IDF against the others.

    Args:
        terms: :attr:`analysis.corpus.CorpusTables.terms`.
        documents: The ``documents`` table.
        by: ``"doc"`` (each document against the others) or ``"source"`` (each
            outlet's documents pooled, against the other outlets).
        top: Terms per group.
        min_count: Least count of a term in its group.

    Returns:
        Columns :data:`CORPUS_DISTINCTIVE_COLUMNS`; ``term`` as most often written;
        groups in order of first appearance, ranks from 1.
    """
    from collections import Counter

    from analysis.corpus import distinctive_terms, group_counts

    groups = _groups_of(documents, by)
    counts = group_counts(terms, groups)
    forms: dict[str, Counter[str]] = {}
    for term, form, n in zip(
        terms["term"].tolist(), terms["form"].tolist(), terms["count"].tolist(), strict=True
    ):
        forms.setdefault(term, Counter())[form] += int(n)
    scored = distinctive_terms(counts, top=top, min_count=min_count)
    rows = []
    for group in dict.fromkeys(groups.values()):
        for rank, (term, n, score) in enumerate(scored.get(group, []), start=1):
            form = max(forms[term].items(), key=lambda x: (x[1], x[0]))[0]
            rows.append({"group": group, "rank": rank, "term": form, "count": n, "score": score})
    return pd.DataFrame(rows, columns=list(CORPUS_DISTINCTIVE_COLUMNS))


def corpus_speakers_frame(
    speakers: pd.DataFrame, documents: pd.DataFrame, *, unknown: bool = False
) -> pd.DataFrame:
    """Speakers across articles: in how many documents and outlets each is quoted,
    how much, and the sentiment of their quoted words.

    ``compound`` is the mean of the speaker's per-document compounds weighted by
    their quoted words; ``role`` the first role seen. Speakers are matched by
    canonical name across documents. Sorted by documents, then words (both
    descending), then name.

    Args:
        speakers: The ``speakers`` table.
        documents: The ``documents`` table (for the outlets).
        unknown: Keep the pooled ``"(unknown)"`` speaker.
    """
    outlet = dict(zip(documents["doc"].tolist(), documents["source"].tolist(), strict=True))
    acc: dict[str, _SpeakerAcc] = {}
    columns = ("doc", "speaker", "role", "attributions", "words", "compound")
    for doc, name, role, att, words, compound in zip(
        *(speakers[c].tolist() for c in columns), strict=True
    ):
        if name == UNKNOWN_SPEAKER and not unknown:
            continue
        entry = acc.setdefault(str(name), _SpeakerAcc())
        if entry.role is None and isinstance(role, str):
            entry.role = role
        entry.docs.add(str(doc))
        source = outlet.get(doc)
        if isinstance(source, str):
            entry.outlets.add(source)
        entry.attributions += int(att)
        entry.words += int(words)
        if compound is not None and not math.isnan(float(compound)):
            entry.tone += float(compound) * int(words)
            entry.weight += int(words)
    rows = [
        {
            "speaker": name,
            "role": e.role,
            "documents": len(e.docs),
            "outlets": len(e.outlets),
            "attributions": e.attributions,
            "words": e.words,
            "compound": e.tone / e.weight if e.weight else math.nan,
        }
        for name, e in sorted(acc.items(), key=lambda kv: (-len(kv[1].docs), -kv[1].words, kv[0]))
    ]
    return pd.DataFrame(rows, columns=list(CORPUS_SPEAKERS_COLUMNS))


@dataclasses.dataclass
class _SpeakerAcc:
    role: str | None = None
    docs: set[str] = dataclasses.field(default_factory=set)
    outlets: set[str] = dataclasses.field(default_factory=set)
    attributions: int = 0
    words: int = 0
    tone: float = 0.0
    weight: int = 0


def corpus_sentiment_frame(documents: pd.DataFrame, *, by: str = "source") -> pd.DataFrame:
    """Document sentiment by outlet (``by="source"``) or publication day (``"date"``).

    ``compound`` is the mean of the documents' compounds weighted by their words
    (each document's own compound is already a length-weighted mean over its
    sentences, :func:`analysis.sentiment.document`); ``std``, ``min``, ``max`` are
    over the documents' compounds. Outlets sorted by name, days by date; documents
    with no outlet or date form the group ``"(unknown)"``, last.
    """
    groups = _groups_of(documents, by)
    acc: dict[str, list[tuple[float, int]]] = {}
    for doc, compound, words in zip(
        documents["doc"].tolist(),
        documents["sentiment_compound"].tolist(),
        documents["words"].tolist(),
        strict=True,
    ):
        acc.setdefault(groups[doc], []).append((float(compound), int(words)))
    rows = []
    for group in sorted(acc, key=lambda g: (g == UNKNOWN_GROUP, g)):
        items = acc[group]
        values = pd.Series([c for c, _ in items], dtype=float)
        total = sum(w for _, w in items)
        rows.append(
            {
                "group": group,
                "documents": len(items),
                "words": total,
                "compound": sum(c * w for c, w in items) / total if total else math.nan,
                "std": float(values.std(ddof=0)),
                "min": float(values.min()),
                "max": float(values.max()),
            }
        )
    return pd.DataFrame(rows, columns=list(CORPUS_SENTIMENT_COLUMNS))


#: Columns of :func:`corpus_documents_frame`.
CORPUS_DOCUMENTS_COLUMNS: tuple[str, ...] = (
    "doc",
    "outlet",
    "date",
    "words",
    "reading ease",
    "sentiment",
    "attributions",
)


def corpus_documents_frame(documents: pd.DataFrame) -> pd.DataFrame:
    """One short row per document for the corpus report: id, outlet, day, words,
    Flesch reading ease, sentiment compound and attributions (input order)."""
    dates = [
        d.strftime("%Y-%m-%d") if isinstance(d, pd.Timestamp) and not pd.isna(d) else None
        for d in documents["published"]
    ]
    frame = pd.DataFrame(
        {
            "doc": documents["doc"].tolist(),
            "outlet": documents["source"].tolist(),
            "date": dates,
            "words": documents["words"].tolist(),
            "reading ease": documents["flesch_reading_ease"].tolist(),
            "sentiment": documents["sentiment_compound"].tolist(),
            "attributions": documents["quotes"].tolist(),
        }
    )
    return frame[list(CORPUS_DOCUMENTS_COLUMNS)]


# --- keywords (analysis.keywords, analysis.keyphrases, analysis.kwic) ----------------

#: Columns of :func:`keywords_frame`.
KEYWORDS_COLUMNS: tuple[str, ...] = ("doc", "rank", "keyword", "score", "count", "method")
#: Columns of :func:`kwic_frame`.
KWIC_LINES_COLUMNS: tuple[str, ...] = ("doc", "keyword", "left", "term", "right", "start", "end")


def keywords_frame(keywords: Sequence[Keyword], *, doc: str) -> pd.DataFrame:
    """Ranked keywords of one document (top terms, distinctive terms, keyphrases).

    Columns :data:`KEYWORDS_COLUMNS`: ``score`` is the method's (a share of terms
    for frequency, G2 for keyness, TF-IDF weight, keyphrase score); ``method``
    names it ("frequency:word:1", "keyness:word:1", "keyphrases", ...).
    """
    rows = [
        {
            "doc": doc,
            "rank": k.rank,
            "keyword": k.keyword,
            "score": k.score,
            "count": k.count,
            "method": k.method,
        }
        for k in keywords
    ]
    return pd.DataFrame(rows, columns=list(KEYWORDS_COLUMNS))


def kwic_frame(
    document: Document, keywords: Sequence[str], *, width: int = 40, per_keyword: int = 3
) -> pd.DataFrame:
    """KWIC lines for each keyword (its first ``per_keyword`` occurrences), in
    keyword order then text order.

    Columns :data:`KWIC_LINES_COLUMNS`: ``keyword`` as asked, ``term`` as written
    (``document.text[start:end]``), ``left``/``right`` ``width`` characters of context.
    """
    from analysis.kwic import kwic

    frames = []
    for keyword in keywords:
        lines = kwic(document, keyword, width=width).head(per_keyword)
        lines.insert(0, "keyword", keyword)
        lines.insert(0, "doc", document.id)
        frames.append(lines)
    if not frames:
        return pd.DataFrame(columns=list(KWIC_LINES_COLUMNS))
    return pd.concat(frames, ignore_index=True)[list(KWIC_LINES_COLUMNS)]
