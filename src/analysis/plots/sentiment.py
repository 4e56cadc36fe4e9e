"""Figures of sentiment (:mod:`analysis.frames.sentiment`): the arc and the groups."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from analysis.plots._style import INK, WIDTH, plain, signed_bars, tone


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
    fig = Figure(figsize=(WIDTH, 3.2), layout="constrained")
    ax = fig.add_subplot()
    x = arc["position"].astype(float).tolist()
    y = arc["compound"].astype(float).tolist()
    width = 0.8 / max(len(x), 1)
    ax.axhspan(-0.05, 0.05, color="#f0f0f0", zorder=0)
    ax.bar(x, y, width=width, color=[tone(v) for v in y], zorder=2, label="sentence")
    ax.plot(x, arc["rolling"].astype(float), color=INK, linewidth=1.8, zorder=3, label="rolling")
    ax.axhline(0, color="#555555", linewidth=0.6)
    ax.set_xlim(0, 1)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("Position in the article (start to end)")
    ax.set_ylabel("Compound")
    ax.set_title("Sentiment arc")
    ax.legend(frameon=False, loc="lower left", fontsize=8)
    plain(ax)
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
    values = groups["compound"].astype(float).tolist()
    counts = zip(values, groups["segments"], groups["words"], strict=True)
    kind = str(groups["kind"].iloc[0])
    fig, _, _ = signed_bars(
        groups["name"].astype(str).tolist(),
        values,
        notes=[f"{v:+.2f}  (n={int(seg)}, {int(words)} words)" for v, seg, words in counts],
        row_height=0.42,
        bar_height=0.6,
        xlabel="Compound (length-weighted mean)",
        title=title or {"voice": "By voice", "speaker": "By speaker"}.get(kind, "By actor"),
        xerr=groups["std"].astype(float).tolist(),
        error_kw={"ecolor": "#777777", "elinewidth": 0.8, "capsize": 2},
    )
    return fig


def sentiment_targets(targets: pd.DataFrame, *, top: int = 10) -> Figure:
    """Horizontal bars of the sentiment toward each target (actors and noun phrases),
    the most evaluated and most clearly judged first, each labelled with its score
    and the number of clauses that evaluate it.

    Args:
        targets: :func:`analysis.frames.sentiment_targets_frame` (rows in display order).
        top: At most this many targets.
    """
    if targets.empty:
        raise ValueError("no targets to plot")
    shown = targets.head(top)
    values = shown["compound"].astype(float).tolist()
    labels = [
        name if kind == "actor" else f"“{name}”"
        for name, kind in zip(shown["target"], shown["kind"], strict=True)
    ]
    counts = zip(values, shown["clauses"], strict=True)
    fig, _, _ = signed_bars(
        labels,
        values,
        notes=[f"{v:+.2f}  ({int(n)} clause{'s' if int(n) != 1 else ''})" for v, n in counts],
        row_height=0.36,
        bar_height=0.6,
        xlabel="Compound of the clauses evaluating the target (mean)",
        title="Tone toward each actor and “term”",
    )
    return fig
