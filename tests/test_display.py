"""Display helpers: article text is escaped, missing values look alike."""

from __future__ import annotations

import pandas as pd

from analysis import display


def test_table_escapes_text_and_shows_none_like_nan() -> None:
    # An object column holding None, as frames built from dataclasses have.
    frame = pd.DataFrame(
        {"speaker": pd.Series(["<b>Xi</b>", None], dtype=object), "share": [0.5, None]}
    )
    markup = display.table(frame).data
    assert "&lt;b&gt;Xi&lt;/b&gt;" in markup and "<b>" not in markup
    assert "None" not in markup
    assert markup.count("<td>—</td>") == 2
    assert "<td>0.50</td>" in markup
    assert frame["speaker"].tolist() == ["<b>Xi</b>", None]  # the caller's frame is untouched


def test_chart_shows_a_note_for_an_empty_frame() -> None:
    empty = pd.DataFrame({"speaker": [], "share": []})
    note = display.chart(lambda f: None, empty, empty="No attributed statements found.")
    assert "No attributed statements found." in note.data
