"""Figures of quote attribution (:mod:`analysis.frames.quotes`)."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from analysis.plots._style import ranked_bars


def speaker_shares(speakers: pd.DataFrame, *, top: int = 10) -> Figure:
    """Horizontal bars: each speaker's share of the attributed words, largest on top.

    Args:
        speakers: :func:`analysis.frames.speakers_frame`.
        top: Show at most this many speakers (the rest are left out, not pooled).
    """
    if speakers.empty:
        raise ValueError("no attributions to plot")
    rows = speakers.head(top)
    shares = [float(x) * 100 for x in rows["share"]]
    fig, _ = ranked_bars(
        [str(s) for s in rows["speaker"]],
        shares,
        notes=[f" {s:.0f}% ({int(n)})" for s, n in zip(shares, rows["attributions"], strict=True)],
        row_height=0.45,
        headroom=1.25,
        fontsize=9,
        xlabel="Share of attributed words (%), attributions in brackets",
        title="Who said what",
    )
    return fig
