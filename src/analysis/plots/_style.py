"""The palette and the two bar-chart layouts the figures share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure

INK = "#1f3b57"
ACCENT = "#d1495b"
LIGHT = "#8fb3d1"
POS = "#2a9d8f"
NEG = "#d1495b"
NEU = "#b0b0b0"
#: Width of every figure, in inches (the report's column).
WIDTH = 6.4


def tone(value: float) -> str:
    """The colour of a compound score: positive, negative or neutral (+-0.05)."""
    return POS if value >= 0.05 else NEG if value <= -0.05 else NEU


#: Longest label shown on an axis, in characters; a longer one ends with an ellipsis.
MAX_LABEL = 40


def tick_label(text: object) -> str:
    """Text from an article shown as an axis label: one line (tabs and line breaks
    as spaces; a tab has no glyph and matplotlib warned about it), at most
    :data:`MAX_LABEL` characters, and a dollar sign shown as itself (two of them
    would otherwise start matplotlib's mathtext)."""
    shown = " ".join(str(text).split())
    if len(shown) > MAX_LABEL:
        shown = shown[: MAX_LABEL - 1].rstrip() + "…"
    return shown.replace("$", r"\$")


def plain(ax: Axes) -> None:
    """No top and right spines."""
    ax.spines[["top", "right"]].set_visible(False)


def ranked_bars(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    notes: Sequence[str],
    color: str | Sequence[str] = LIGHT,
    row_height: float,
    base_height: float = 1.2,
    headroom: float = 1.15,
    fontsize: int = 8,
    xlabel: str,
    title: str,
) -> tuple[Figure, Axes]:
    """Horizontal bars from zero, the first label on top, each bar's note at its end.

    Args:
        labels: Bar labels, top to bottom.
        values: Bar lengths (not negative).
        notes: Text written just right of each bar.
        color: One colour or one per bar.
        row_height: Figure inches per bar; ``base_height`` is added once.
        headroom: The x axis runs to ``max(values) * headroom`` (to 1 when all are 0).
    """
    fig = Figure(figsize=(WIDTH, row_height * len(labels) + base_height), layout="constrained")
    ax = fig.add_subplot()
    colors = color if isinstance(color, str) else list(color)[::-1]
    # Bottom to top at numeric positions (a categorical axis would draw two bars with
    # the same label on one row): the first row is drawn last, on top.
    yy = list(range(len(labels)))
    ax.barh(yy, list(values)[::-1], color=colors, edgecolor=INK)
    ax.set_yticks(yy, [tick_label(t) for t in list(labels)[::-1]])
    for y, (v, note) in enumerate(zip(list(values)[::-1], list(notes)[::-1], strict=True)):
        ax.text(v, y, note, va="center", fontsize=fontsize, color=INK)
    top = max(values)
    ax.set_xlim(0, top * headroom if top > 0 else 1)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    plain(ax)
    return fig, ax


def signed_bars(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    notes: Sequence[str],
    row_height: float,
    bar_height: float,
    xlabel: str,
    title: str,
    **bar_options: Any,
) -> tuple[Figure, Axes, list[int]]:
    """Horizontal bars of compound scores on [-1, 1], coloured by tone, first label
    on top, each row's note right of the axes.

    Args:
        labels: Bar labels, top to bottom.
        values: Scores in [-1, 1].
        notes: Text right of the axes on each bar's row.
        row_height: Figure inches per bar (0.9 added once).
        bar_height: Bar thickness (1 fills the row).
        bar_options: Passed to ``Axes.barh`` (error bars, say).

    Returns:
        The figure, its axes and the bars' y positions (0 on top).
    """
    fig = Figure(figsize=(WIDTH, 0.9 + row_height * len(labels)), layout="constrained")
    ax = fig.add_subplot()
    yy = list(range(len(labels)))
    ax.barh(yy, values, color=[tone(v) for v in values], height=bar_height, zorder=2,
            **bar_options)  # fmt: skip
    for yi, note in zip(yy, notes, strict=True):
        ax.text(1.02, yi, note, va="center", fontsize=8, transform=ax.get_yaxis_transform())
    ax.axvline(0, color="#555555", linewidth=0.6)
    ax.set_yticks(yy, [tick_label(t) for t in labels])
    ax.invert_yaxis()
    ax.set_xlim(-1, 1)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    plain(ax)
    return fig, ax, yy
