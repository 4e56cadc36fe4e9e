"""Figures of keywords and named actors (:mod:`analysis.frames.keywords`)."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.plots._style import INK, ranked_bars

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
    rows = keywords.head(top)
    values = [float(v) for v in rows[value]]
    fig, ax = ranked_bars(
        [str(k) for k in rows["keyword"]],
        values,
        notes=[f" {v:.0f}" if value == "count" else f" {v:.3g}" for v in values],
        row_height=0.32,
        xlabel=xlabel or ("Occurrences" if value == "count" else "Score"),
        title=title,
    )
    if value == "count":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
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
    rows = actors.head(top)
    counts = [int(v) for v in rows["mentions"]]
    kinds = [str(k) for k in rows["kind"]]
    fig, ax = ranked_bars(
        [str(a) for a in rows["actor"]],
        counts,
        notes=[f" {n}" for n in counts],
        color=[_KIND_COLOURS.get(k, _KIND_COLOURS["other"]) for k in kinds],
        row_height=0.34,
        base_height=1.3,
        xlabel="Mentions (aliases merged)",
        title="Named actors",
    )
    handles = [
        Patch(facecolor=_KIND_COLOURS[k], edgecolor=INK, label=k)
        for k in _KIND_COLOURS
        if k in kinds
    ]
    ax.legend(handles=handles, frameon=False, loc="lower right", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return fig
