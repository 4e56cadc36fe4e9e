"""Figures of text statistics (:mod:`analysis.frames.stats`): sentence lengths, the
sentence-by-sentence profile, and readability against its bands."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.plots._style import ACCENT, INK, LIGHT, WIDTH, plain


def sentence_lengths(sentences: pd.DataFrame) -> Figure:
    """Histogram of sentence lengths (words per body sentence) with the mean marked.

    Args:
        sentences: :func:`analysis.frames.sentence_stats_frame` (one or more documents).
    """
    fig = Figure(figsize=(WIDTH, 3.2), layout="constrained")
    ax = fig.add_subplot()
    words = sentences["words"].astype(int)
    if words.empty:
        raise ValueError("no sentences to plot")
    top = int(words.max())
    width = 5 if top <= 80 else 10
    bins = list(range(0, (top // width + 2) * width, width))
    ax.hist(words, bins=bins, color=LIGHT, edgecolor=INK)
    mean = float(words.mean())
    ax.axvline(mean, color=ACCENT, linestyle="--", linewidth=1.5, label=f"mean: {mean:.1f} words")
    ax.legend(frameon=False, loc="upper right")
    ax.set_xlabel("Words per sentence")
    ax.set_ylabel("Sentences")
    ax.set_title("Sentence length")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    plain(ax)
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
    fig = Figure(figsize=(WIDTH, 3.2), layout="constrained")
    ax = fig.add_subplot()
    x = list(range(1, len(sentences) + 1))
    poly = sentences["polysyllables"].astype(int).tolist()
    other = (sentences["words"] - sentences["polysyllables"]).astype(int).tolist()
    ax.bar(x, other, color=LIGHT, edgecolor=INK, linewidth=0.5, label="other words")
    ax.bar(x, poly, bottom=other, color=INK, label="3+ syllables")
    ax.set_xlabel("Sentence (body, in text order)")
    ax.set_ylabel("Words")
    ax.set_title("Sentence by sentence")
    if len(x) <= 30:
        ax.set_xticks(x)
    ax.legend(frameon=False, loc="upper right")
    plain(ax)
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
    ax_ease.scatter([0.25], [fre], color=ACCENT, s=60, zorder=3)
    ax_ease.annotate(
        f"{fre:.1f}",
        xy=(0.25, fre),
        xytext=(8, 0),
        textcoords="offset points",
        va="center",
        color=ACCENT,
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
    ax_grade.barh(y, [max(v, 0.0) for v in values], color=INK, height=0.6, zorder=2)
    for yi, v in zip(y, values, strict=True):
        ax_grade.text(max(v, 0.0) + 0.2, yi, f"{v:.1f}", va="center", fontsize=8, zorder=3)
    ax_grade.set_yticks(y, labels)
    ax_grade.invert_yaxis()
    ax_grade.set_ylim(len(labels) - 0.5, -1.4)
    ax_grade.set_xlim(0, top)
    ax_grade.set_xlabel("US school grade")
    ax_grade.set_title("Grade level")
    for ax in (ax_ease, ax_grade):
        plain(ax)
    return fig
