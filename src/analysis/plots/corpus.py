"""Figures of the corpus comparison (:mod:`analysis.frames.corpus`)."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.plots._style import (
    ACCENT,
    INK,
    LIGHT,
    NEU,
    WIDTH,
    plain,
    signed_bars,
    tick_label,
    tone,
)

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
    fig = Figure(figsize=(WIDTH, 4.6), layout="constrained")
    axes = fig.subplots(2, 2)
    for ax, (column, label) in zip(axes.flat, _CORPUS_PANELS, strict=True):
        values = documents[column].dropna().astype(float)
        bins = min(20, max(3, len(values)))
        ax.hist(values, bins=bins, color=LIGHT, edgecolor=INK, linewidth=0.6)
        if len(values):
            median = float(values.median())
            ax.axvline(median, color=ACCENT, linestyle="--", linewidth=1.2)
            ax.text(0.98, 0.95, f"median {median:.3g}", transform=ax.transAxes,
                    ha="right", va="top", fontsize=8, color=ACCENT)  # fmt: skip
        ax.set_title(label, fontsize=10)
        ax.set_ylabel("Articles", fontsize=8)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(labelsize=8)
        plain(ax)
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
    fig = Figure(figsize=(WIDTH, rows * (0.6 + 0.22 * per)), layout="constrained")
    axes = fig.subplots(rows, columns, squeeze=False)
    for ax in axes.flat[len(names) :]:
        ax.set_axis_off()
    for ax, name in zip(axes.flat, names, strict=False):
        part = terms[terms["group"].astype(str) == name].iloc[::-1]
        ticks = list(range(len(part)))
        ax.barh(ticks, part["score"].astype(float), color=LIGHT, edgecolor=INK, linewidth=0.5)
        ax.set_yticks(ticks, [tick_label(t) for t in part["term"]])
        ax.set_title(tick_label(name if len(name) <= 28 else name[:25] + "..."), fontsize=9)
        ax.tick_params(labelsize=7)
        plain(ax)
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
    fig = Figure(figsize=(WIDTH, 0.9 + 0.4 * len(names)), layout="constrained")
    ax = fig.add_subplot()
    yy = list(range(len(names)))
    ax.barh(yy, docs, color=[NEU if math.isnan(t) else tone(t) for t in tones], height=0.6)
    for yi, n, att, t in zip(yy, docs, rows["attributions"], tones, strict=True):
        label = f" {int(att)} attributions, " + ("no score" if math.isnan(t) else f"{t:+.2f}")
        ax.text(n, yi, label, va="center", fontsize=8, color=INK)
    ax.set_yticks(yy, [tick_label(n) for n in names])
    ax.invert_yaxis()
    ax.set_xlim(0, max(docs) * 1.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Articles quoting the speaker (colour: sentiment of their words)")
    ax.set_title("Speakers across articles")
    plain(ax)
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
    values = groups["compound"].astype(float).tolist()
    fig, ax, yy = signed_bars(
        groups["group"].astype(str).tolist(),
        values,
        notes=[f"{v:+.2f} (n={int(n)})" for v, n in zip(values, groups["documents"], strict=True)],
        row_height=0.4,
        bar_height=0.55,
        xlabel="Compound (word-weighted mean; line: range over articles)",
        title=title,
    )
    ax.hlines(yy, groups["min"].astype(float), groups["max"].astype(float), color="#777777",
              linewidth=1, zorder=1)  # fmt: skip
    return fig
