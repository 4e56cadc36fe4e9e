"""Display helpers for notebooks: headings, key-value tables, DataFrames, figures.

Everything that comes from an article (headline, source, quotes, words) is
HTML-escaped here, so markup inside an article never becomes live in a report:
notebooks show article text only through these helpers, never through
``Markdown(f"...")``. Figures become PNG images with fixed metadata, so that
rendering a notebook twice gives byte-identical output.
"""

from __future__ import annotations

import html
import io
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from IPython.display import HTML, Image

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd
    from matplotlib.figure import Figure

#: Resolution of report figures, in dots per inch.
FIGURE_DPI = 150
#: Width of a figure on a 96 dpi screen, for figures at most this wide.
MAX_FIGURE_WIDTH_PX = 680
#: What :func:`table` shows under the header of a table without rows.
NOTHING_FOUND = "None found."


def _html(markup: str) -> HTML:
    return HTML(markup)  # type: ignore[no-untyped-call]


def _text(value: object, *, digits: int = 2) -> str:
    """A value as escaped text: floats rounded, ``None`` and NaN as an em dash."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isnan(value):
            return "—"
        return _number(value, digits)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (list, tuple)):
        return html.escape(", ".join(str(v) for v in value))
    return html.escape(str(value))


def _number(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals; a value that rounds to zero shows no sign
    ("0.00", not the "-0.00" of a score of -0.004)."""
    shown = f"{value:,.{digits}f}"
    return shown[1:] if shown.startswith("-") and not shown.strip("-0.") else shown


def heading(text: str, *, level: int = 1, css_class: str | None = None) -> HTML:
    """An HTML heading ``<h{level}>`` with ``text`` escaped.

    Args:
        text: The heading, shown literally (``<script>`` stays text).
        level: 1 to 6.
        css_class: Optional class attribute (escaped).
    """
    if not 1 <= level <= 6:
        raise ValueError(f"heading level must be 1 to 6, not {level}")
    cls = f' class="{html.escape(css_class)}"' if css_class else ""
    return _html(f"<h{level}{cls}>{html.escape(text)}</h{level}>")


def paragraph(text: str, *, css_class: str | None = None) -> HTML:
    """A paragraph of plain text, escaped."""
    cls = f' class="{html.escape(css_class)}"' if css_class else ""
    return _html(f"<p{cls}>{html.escape(text)}</p>")


def bullets(items: Iterable[str], *, css_class: str = "findings") -> HTML:
    """A bulleted list of plain-text items, each escaped."""
    lines = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return _html(f'<ul class="{html.escape(css_class)}">{lines}</ul>')


def key_values(
    pairs: Mapping[str, object] | Iterable[tuple[str, object]],
    *,
    digits: int = 2,
    css_class: str = "key-values",
) -> HTML:
    """A two-column table of names and values, both escaped.

    Args:
        pairs: A mapping or ``(name, value)`` pairs, shown in the order given.
        digits: Decimals shown for floats.
        css_class: Class attribute of the ``<table>``.
    """
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    rows = "".join(
        f'<tr><th scope="row">{html.escape(str(k))}</th><td>{_text(v, digits=digits)}</td></tr>'
        for k, v in items
    )
    return _html(f'<table class="{html.escape(css_class)}"><tbody>{rows}</tbody></table>')


def table(
    frame: pd.DataFrame,
    *,
    digits: int = 2,
    index: bool = False,
    max_rows: int | None = None,
    columns: Sequence[str] | None = None,
    css_class: str = "data-table",
    empty: str = NOTHING_FOUND,
) -> HTML:
    """A DataFrame as an HTML table with every cell and header escaped.

    A frame without rows is shown as its header followed by the note ``empty``
    (escaped), so that a reader sees that nothing was found rather than a bare
    header running into the next section.

    Args:
        frame: Any DataFrame; its column order is kept.
        digits: Decimals shown for float columns.
        index: Show the index as the first column.
        max_rows: Show at most this many rows (the first ones); ``None`` for all.
        columns: Show only these columns, in this order; ``None`` for all.
        css_class: Class attribute of the ``<table>``.
        empty: The note shown under the header of a frame without rows.
    """
    shown = frame if columns is None else frame[list(columns)]
    if max_rows is not None:
        shown = shown.head(max_rows)
    # pandas writes None in a text column as "None": show it as missing, like NaN.
    text_columns = [c for c in shown.columns if shown[c].dtype == object]
    if text_columns:
        shown = shown.copy()
        for c in text_columns:
            shown[c] = shown[c].map(lambda v: "—" if v is None else v)
    markup = shown.to_html(
        escape=True,
        index=index,
        border=0,
        classes=css_class,
        na_rep="—",
        float_format=lambda x: _number(x, digits),
        justify="left",
        notebook=False,
    )
    if shown.empty:
        markup += f'\n<p class="empty-note">{html.escape(empty)}</p>'
    return _html(markup)


def figure(fig: Figure, *, width_px: int | None = None, alt: str | None = None) -> Image:
    """A matplotlib figure as an opaque PNG image with no metadata; the figure is closed.

    The figure is drawn once on an Agg canvas at :data:`FIGURE_DPI` (its layout
    engine runs during that draw; ``savefig`` would draw twice) and written as an
    RGB PNG: white background, no alpha channel (WeasyPrint would otherwise split
    out and compress an alpha mask for the PDF), no software version or
    timestamp, so the same figure always gives the same bytes.

    Args:
        fig: The figure (from :mod:`analysis.plots`).
        width_px: Display width on screen; by default the figure's width at 96 dpi,
            at most :data:`MAX_FIGURE_WIDTH_PX`. Print scales it to the page.
        alt: Alternative text; by default the figure's axes titles.
    """
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image as PillowImage

    fig.set_dpi(FIGURE_DPI)
    fig.set_facecolor("white")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    rgba = np.asarray(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    buf = io.BytesIO()
    PillowImage.fromarray(np.ascontiguousarray(rgba[:, :, :3])).save(buf, format="png")
    if width_px is None:
        width_px = min(MAX_FIGURE_WIDTH_PX, round(fig.get_figwidth() * 96))
    if alt is None:
        titles = [ax.get_title() for ax in fig.get_axes() if ax.get_title()]
        alt = "; ".join(titles) or "Figure"
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close(fig)  # a pyplot figure would otherwise be shown a second time
    return Image(data=buf.getvalue(), format="png", width=width_px, alt=alt)  # type: ignore[no-untyped-call]


def chart(
    plot: Callable[..., Figure], frame: pd.DataFrame, *, empty: str, **options: object
) -> HTML | Image:
    """``figure(plot(frame, **options))``, or the note ``empty`` when ``frame`` has no rows.

    An article with no quotes or no named actors still gets its report: the
    section says so instead of failing.
    """
    if frame.empty:
        return paragraph(empty, css_class="empty-note")
    return figure(plot(frame, **options))
