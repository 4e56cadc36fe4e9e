"""Matplotlib figures for the reports and notebooks: each function takes a tidy
DataFrame from :mod:`analysis.frames` and returns a ``Figure``; no global state."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

# --- text statistics (analysis.stats) -----------------------------------------------

_INK = "#1f3b57"
_ACCENT = "#d1495b"
_LIGHT = "#8fb3d1"


def sentence_lengths(sentences: pd.DataFrame) -> Figure:
    """Histogram of sentence lengths (words per body sentence) with the mean marked.

    Args:
        sentences: :func:`analysis.frames.sentence_stats_frame` (one or more documents).
    """
    fig = Figure(figsize=(6.4, 3.2), layout="constrained")
    ax = fig.add_subplot()
    words = sentences["words"].astype(int)
    if words.empty:
        raise ValueError("no sentences to plot")
    top = int(words.max())
    width = 5 if top <= 80 else 10
    bins = list(range(0, (top // width + 2) * width, width))
    ax.hist(words, bins=bins, color=_LIGHT, edgecolor=_INK)
    mean = float(words.mean())
    ax.axvline(mean, color=_ACCENT, linestyle="--", linewidth=1.5, label=f"mean: {mean:.1f} words")
    ax.legend(frameon=False, loc="upper right")
    ax.set_xlabel("Words per sentence")
    ax.set_ylabel("Sentences")
    ax.set_title("Sentence length")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def sentence_profile(sentences: pd.DataFrame) -> Figure:
    """Words per body sentence in text order, the polysyllabic words shaded.

    Args:
        sentences: :func:`analysis.frames.sentence_stats_frame` of one document.
    """
    if sentences["doc"].nunique() > 1:
        raise ValueError("sentence_profile takes the sentences of one document")
    if sentences.empty:
        raise ValueError("no sentences to plot")
    fig = Figure(figsize=(6.4, 3.2), layout="constrained")
    ax = fig.add_subplot()
    x = list(range(1, len(sentences) + 1))
    poly = sentences["polysyllables"].astype(int).tolist()
    other = (sentences["words"] - sentences["polysyllables"]).astype(int).tolist()
    ax.bar(x, other, color=_LIGHT, edgecolor=_INK, linewidth=0.5, label="other words")
    ax.bar(x, poly, bottom=other, color=_INK, label="3+ syllables")
    ax.set_xlabel("Sentence (body, in text order)")
    ax.set_ylabel("Words")
    ax.set_title("Sentence by sentence")
    if len(x) <= 30:
        ax.set_xticks(x)
    ax.legend(frameon=False, loc="upper right")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


_FLESCH_SPANS: tuple[tuple[float, float, str], ...] = (
    (-math.inf, 30.0, "very confusing"),
    (30.0, 50.0, "difficult"),
    (50.0, 60.0, "fairly difficult"),
    (60.0, 70.0, "standard"),
    (70.0, 80.0, "fairly easy"),
    (80.0, 90.0, "easy"),
    (90.0, 100.0, "very easy"),
)
_GRADE_SPANS: tuple[tuple[float, float, str], ...] = (
    (0.0, 6.0, "elementary"),
    (6.0, 8.0, "middle"),
    (8.0, 12.0, "high"),
    (12.0, 16.0, "college"),
    (16.0, math.inf, "graduate"),
)
_BAND_SHADES = ("#f4f4f4", "#e4e4e4")


def readability(scores: pd.DataFrame) -> Figure:
    """Readability scores of one document against their usual bands.

    Left: Flesch reading ease on Flesch's (1948) 0-100 scale and bands. Right: the
    grade-level indices against US school bands (elementary up to grade 6,
    middle school 6-8, high school 8-12, college 12-16, graduate above). Reading
    ease below 0 extends the scale downwards.

    Args:
        scores: :func:`analysis.frames.readability_frame` of one document.
    """
    if scores["doc"].nunique() != 1:
        raise ValueError("readability takes the scores of exactly one document")
    ease = scores[scores["scale"] == "ease"]
    grades = scores[scores["scale"] == "grade"]
    fig = Figure(figsize=(7.2, 3.0), layout="constrained")
    ax_ease, ax_grade = fig.subplots(1, 2, width_ratios=(1, 2.4))

    fre = float(ease["score"].iloc[0])
    bottom = min(0.0, fre - 5.0)
    for i, (low, high, label) in enumerate(_FLESCH_SPANS):
        low = max(low, bottom)
        ax_ease.axhspan(low, high, color=_BAND_SHADES[i % 2], zorder=0)
        ax_ease.text(-0.45, (low + high) / 2, label, va="center", fontsize=7, color="#555555")
    ax_ease.scatter([0.25], [fre], color=_ACCENT, s=60, zorder=3)
    ax_ease.annotate(
        f"{fre:.1f}",
        xy=(0.25, fre),
        xytext=(8, 0),
        textcoords="offset points",
        va="center",
        color=_ACCENT,
        fontweight="bold",
    )
    ax_ease.set_xlim(-0.5, 0.6)
    ax_ease.set_ylim(bottom, 100)
    ax_ease.set_xticks([])
    ax_ease.set_ylabel("Flesch reading ease (higher is easier)")
    ax_ease.set_title("Reading ease")

    top = max(20.0, float(grades["score"].max()) + 2.0)
    for i, (low, high, label) in enumerate(_GRADE_SPANS):
        high = min(high, top)
        ax_grade.axvspan(low, high, color=_BAND_SHADES[i % 2], zorder=0)
        ax_grade.text(
            (low + high) / 2,
            -0.85 if i % 2 else -1.15,
            label,
            ha="center",
            va="center",
            fontsize=7,
            color="#555555",
        )
    labels = grades["measure"].tolist()
    values = grades["score"].astype(float).tolist()
    y = list(range(len(labels)))
    ax_grade.barh(y, [max(v, 0.0) for v in values], color=_INK, height=0.6, zorder=2)
    for yi, v in zip(y, values, strict=True):
        ax_grade.text(max(v, 0.0) + 0.2, yi, f"{v:.1f}", va="center", fontsize=8, zorder=3)
    ax_grade.set_yticks(y, labels)
    ax_grade.invert_yaxis()
    ax_grade.set_ylim(len(labels) - 0.5, -1.4)
    ax_grade.set_xlim(0, top)
    ax_grade.set_xlabel("US school grade")
    ax_grade.set_title("Grade level")
    for ax in (ax_ease, ax_grade):
        ax.spines[["top", "right"]].set_visible(False)
    return fig


# --- sentiment (analysis.sentiment) ------------------------------------------------------

_POS = "#2a9d8f"
_NEG = "#d1495b"
_NEU = "#b0b0b0"


def _tone(value: float) -> str:
    return _POS if value >= 0.05 else _NEG if value <= -0.05 else _NEU


def sentiment_arc(arc: pd.DataFrame) -> Figure:
    """The sentiment arc of one document: each sentence's compound as a bar at its
    position, the centred rolling mean as a line, the neutral band (+-0.05) shaded.

    Args:
        arc: :func:`analysis.frames.sentiment_arc_frame` of one document.
    """
    if arc.empty:
        raise ValueError("no sentences to plot")
    if arc["doc"].nunique() > 1:
        raise ValueError("sentiment_arc takes the sentences of one document")
    fig = Figure(figsize=(6.4, 3.2), layout="constrained")
    ax = fig.add_subplot()
    x = arc["position"].astype(float).tolist()
    y = arc["compound"].astype(float).tolist()
    width = 0.8 / max(len(x), 1)
    ax.axhspan(-0.05, 0.05, color="#f0f0f0", zorder=0)
    ax.bar(x, y, width=width, color=[_tone(v) for v in y], zorder=2, label="sentence")
    ax.plot(x, arc["rolling"].astype(float), color=_INK, linewidth=1.8, zorder=3, label="rolling")
    ax.axhline(0, color="#555555", linewidth=0.6)
    ax.set_xlim(0, 1)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("Position in the article (start to end)")
    ax.set_ylabel("Compound")
    ax.set_title("Sentiment arc")
    ax.legend(frameon=False, loc="lower left", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def sentiment_groups(groups: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Horizontal bars of each group's compound (voice, speaker or actor), each bar
    labelled with its value and counts (segments, words); whiskers show the std.

    Args:
        groups: :func:`analysis.frames.sentiment_groups_frame` (rows in display order).
        title: Figure title; by default from the groups' kind.
    """
    if groups.empty:
        raise ValueError("no groups to plot")
    names = groups["name"].astype(str).tolist()
    values = groups["compound"].astype(float).tolist()
    fig = Figure(figsize=(6.4, 0.9 + 0.42 * len(names)), layout="constrained")
    ax = fig.add_subplot()
    yy = list(range(len(names)))
    ax.barh(
        yy,
        values,
        xerr=groups["std"].astype(float).tolist(),
        color=[_tone(v) for v in values],
        height=0.6,
        error_kw={"ecolor": "#777777", "elinewidth": 0.8, "capsize": 2},
        zorder=2,
    )
    for yi, v, seg, words in zip(yy, values, groups["segments"], groups["words"], strict=True):
        ax.text(
            1.02,
            yi,
            f"{v:+.2f}  (n={int(seg)}, {int(words)} words)",
            va="center",
            fontsize=8,
            transform=ax.get_yaxis_transform(),
        )
    ax.axvline(0, color="#555555", linewidth=0.6)
    ax.set_yticks(yy, names)
    ax.invert_yaxis()
    ax.set_xlim(-1, 1)
    ax.set_xlabel("Compound (length-weighted mean)")
    kind = str(groups["kind"].iloc[0])
    ax.set_title(title or {"voice": "By voice", "speaker": "By speaker"}.get(kind, "By actor"))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


# --- quote attribution (analysis.quotes) ----------------------------------------------


def speaker_shares(speakers: pd.DataFrame, *, top: int = 10) -> Figure:
    """Horizontal bars: each speaker's share of the attributed words, largest on top.

    Args:
        speakers: :func:`analysis.frames.speakers_frame`.
        top: Show at most this many speakers (the rest are left out, not pooled).
    """
    if speakers.empty:
        raise ValueError("no attributions to plot")
    rows = speakers.head(top).iloc[::-1]
    fig = Figure(figsize=(6.4, 0.45 * len(rows) + 1.2), layout="constrained")
    ax = fig.add_subplot()
    labels = [str(s) for s in rows["speaker"]]
    shares = [float(x) * 100 for x in rows["share"]]
    ax.barh(labels, shares, color=_LIGHT, edgecolor=_INK)
    for y, (share, n) in enumerate(zip(shares, rows["attributions"], strict=True)):
        ax.text(share, y, f" {share:.0f}% ({int(n)})", va="center", fontsize=9, color=_INK)
    ax.set_xlim(0, max(shares) * 1.25 if max(shares) > 0 else 1)
    ax.set_xlabel("Share of attributed words (%), attributions in brackets")
    ax.set_title("Who said what")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


# --- corpus comparison (analysis.corpus) -----------------------------------------------

_CORPUS_PANELS: tuple[tuple[str, str], ...] = (
    ("words", "Words per article"),
    ("words_per_sentence", "Words per sentence"),
    ("flesch_reading_ease", "Flesch reading ease"),
    ("sentiment_compound", "Sentiment (compound)"),
)


def corpus_distributions(documents: pd.DataFrame) -> Figure:
    """Four histograms over the documents: length, sentence length, reading ease and
    sentiment, each with its median marked.

    Args:
        documents: The ``documents`` table of :func:`analysis.corpus.collect`.
    """
    if documents.empty:
        raise ValueError("no documents to plot")
    fig = Figure(figsize=(6.4, 4.6), layout="constrained")
    axes = fig.subplots(2, 2)
    for ax, (column, label) in zip(axes.flat, _CORPUS_PANELS, strict=True):
        values = documents[column].dropna().astype(float)
        bins = min(20, max(3, len(values)))
        ax.hist(values, bins=bins, color=_LIGHT, edgecolor=_INK, linewidth=0.6)
        if len(values):
            median = float(values.median())
            ax.axvline(median, color=_ACCENT, linestyle="--", linewidth=1.2)
            ax.text(0.98, 0.95, f"median {median:.3g}", transform=ax.transAxes,
                    ha="right", va="top", fontsize=8, color=_ACCENT)  # fmt: skip
        ax.set_title(label, fontsize=10)
        ax.set_ylabel("Articles", fontsize=8)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def corpus_distinctive(terms: pd.DataFrame, *, columns: int = 3, groups: int = 9) -> Figure:
    """Small multiples: each group's distinctive terms as bars of their TF-IDF score.

    Args:
        terms: :func:`analysis.frames.corpus_distinctive_frame`.
        columns: Panels per row.
        groups: Show at most this many groups (in the frame's order).
    """
    if terms.empty:
        raise ValueError("no distinctive terms to plot")
    names = list(dict.fromkeys(terms["group"].astype(str)))[:groups]
    rows = math.ceil(len(names) / columns)
    per = int(terms.groupby("group").size().max())
    fig = Figure(figsize=(6.4, rows * (0.6 + 0.22 * per)), layout="constrained")
    axes = fig.subplots(rows, columns, squeeze=False)
    for ax in axes.flat[len(names) :]:
        ax.set_axis_off()
    for ax, name in zip(axes.flat, names, strict=False):
        part = terms[terms["group"].astype(str) == name].iloc[::-1]
        ax.barh(part["term"].astype(str), part["score"].astype(float), color=_LIGHT,
                edgecolor=_INK, linewidth=0.5)  # fmt: skip
        ax.set_title(name if len(name) <= 28 else name[:25] + "...", fontsize=9)
        ax.tick_params(labelsize=7)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle("Distinctive terms (TF-IDF against the others)", fontsize=10)
    return fig


def corpus_speakers(speakers: pd.DataFrame, *, top: int = 12) -> Figure:
    """Speakers quoted in the most articles: bars of the number of articles, coloured
    by the sentiment of their quoted words, labelled with attributions and compound.

    Args:
        speakers: :func:`analysis.frames.corpus_speakers_frame` (rows in display order).
        top: Show at most this many speakers.
    """
    if speakers.empty:
        raise ValueError("no speakers to plot")
    rows = speakers.head(top)
    names = rows["speaker"].astype(str).tolist()
    docs = rows["documents"].astype(int).tolist()
    tones = rows["compound"].astype(float).tolist()
    fig = Figure(figsize=(6.4, 0.9 + 0.4 * len(names)), layout="constrained")
    ax = fig.add_subplot()
    yy = list(range(len(names)))
    ax.barh(yy, docs, color=[_NEU if math.isnan(t) else _tone(t) for t in tones], height=0.6)
    for yi, n, att, tone in zip(yy, docs, rows["attributions"], tones, strict=True):
        label = f" {int(att)} attributions, " + ("no score" if math.isnan(tone) else f"{tone:+.2f}")
        ax.text(n, yi, label, va="center", fontsize=8, color=_INK)
    ax.set_yticks(yy, names)
    ax.invert_yaxis()
    ax.set_xlim(0, max(docs) * 1.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Articles quoting the speaker (colour: sentiment of their words)")
    ax.set_title("Speakers across articles")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def corpus_sentiment(groups: pd.DataFrame, *, title: str = "Sentiment by outlet") -> Figure:
    """Each group's document sentiment (word-weighted mean compound) as a bar, the
    documents' range as a line, labelled with the number of documents.

    Args:
        groups: :func:`analysis.frames.corpus_sentiment_frame` (by outlet or by date).
        title: Figure title.
    """
    if groups.empty:
        raise ValueError("no groups to plot")
    names = groups["group"].astype(str).tolist()
    values = groups["compound"].astype(float).tolist()
    fig = Figure(figsize=(6.4, 0.9 + 0.4 * len(names)), layout="constrained")
    ax = fig.add_subplot()
    yy = list(range(len(names)))
    ax.hlines(yy, groups["min"].astype(float), groups["max"].astype(float), color="#777777",
              linewidth=1, zorder=1)  # fmt: skip
    ax.barh(yy, values, color=[_tone(v) for v in values], height=0.55, zorder=2)
    for yi, v, n in zip(yy, values, groups["documents"], strict=True):
        ax.text(1.02, yi, f"{v:+.2f} (n={int(n)})", va="center", fontsize=8,
                transform=ax.get_yaxis_transform())  # fmt: skip
    ax.axvline(0, color="#555555", linewidth=0.6)
    ax.set_yticks(yy, names)
    ax.invert_yaxis()
    ax.set_xlim(-1, 1)
    ax.set_xlabel("Compound (word-weighted mean; line: range over articles)")
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


# --- keywords and actors (analysis.keywords, analysis.actors) --------------------------

_KIND_COLOURS: dict[str, str] = {
    "person": "#d1495b",
    "country": "#1f3b57",
    "place": "#8fb3d1",
    "organization": "#edae49",
    "other": "#9aa5b1",
}


def keywords_bar(
    keywords: pd.DataFrame,
    *,
    value: str = "count",
    title: str = "Top terms",
    xlabel: str | None = None,
    top: int = 15,
) -> Figure:
    """Horizontal bars of keywords, best on top: the top-terms bar chart (``value=
    "count"``) or the distinctive-terms chart (``value="score"``, G2 keyness).

    Args:
        keywords: :func:`analysis.frames.keywords_frame` of one document.
        value: The column to plot, ``"count"`` or ``"score"``.
        title: Figure title.
        xlabel: Axis label; by default the column's meaning.
        top: Show at most this many keywords.
    """
    if value not in ("count", "score"):
        raise ValueError(f"value must be 'count' or 'score', not {value!r}")
    if keywords.empty:
        raise ValueError("no keywords to plot")
    rows = keywords.head(top).iloc[::-1]
    fig = Figure(figsize=(6.4, 0.32 * len(rows) + 1.2), layout="constrained")
    ax = fig.add_subplot()
    values = [float(v) for v in rows[value]]
    ax.barh([str(k) for k in rows["keyword"]], values, color=_LIGHT, edgecolor=_INK)
    for y, v in enumerate(values):
        label = f" {v:.0f}" if value == "count" else f" {v:.3g}"
        ax.text(v, y, label, va="center", fontsize=8, color=_INK)
    ax.set_xlim(0, max(values) * 1.15 if max(values) > 0 else 1)
    default = "Occurrences" if value == "count" else "Score"
    ax.set_xlabel(xlabel or default)
    ax.set_title(title)
    if value == "count":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def actors_bar(actors: pd.DataFrame, *, top: int = 12) -> Figure:
    """Horizontal bars: mentions per named actor, most mentioned on top, coloured by
    kind (person, country, place, organization, other).

    Args:
        actors: :func:`analysis.frames.actors_frame`.
        top: Show at most this many actors.
    """
    if actors.empty:
        raise ValueError("no actors to plot")
    rows = actors.head(top).iloc[::-1]
    fig = Figure(figsize=(6.4, 0.34 * len(rows) + 1.3), layout="constrained")
    ax = fig.add_subplot()
    counts = [int(v) for v in rows["mentions"]]
    kinds = [str(k) for k in rows["kind"]]
    colours = [_KIND_COLOURS.get(k, _KIND_COLOURS["other"]) for k in kinds]
    ax.barh([str(a) for a in rows["actor"]], counts, color=colours, edgecolor=_INK)
    for y, n in enumerate(counts):
        ax.text(n, y, f" {n}", va="center", fontsize=8, color=_INK)
    ax.set_xlim(0, max(counts) * 1.15)
    handles = [
        Patch(facecolor=_KIND_COLOURS[k], edgecolor=_INK, label=k)
        for k in _KIND_COLOURS
        if k in kinds
    ]
    ax.legend(handles=handles, frameon=False, loc="lower right", fontsize=8)
    ax.set_xlabel("Mentions (aliases merged)")
    ax.set_title("Named actors")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig
