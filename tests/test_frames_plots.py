"""The frames and plots packages: one module per analysis, the same public names at the
top, no matplotlib for frames, and the two shared bar layouts."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pandas as pd
import pytest

from analysis import frames, plots

FRAME_MODULES = ("stats", "keywords", "sentiment", "quotes", "corpus")
PLOT_MODULES = ("stats", "keywords", "sentiment", "quotes", "corpus")


@pytest.mark.parametrize(("package", "modules"), [(frames, FRAME_MODULES), (plots, PLOT_MODULES)])
def test_every_public_name_comes_from_one_module(package: object, modules: tuple[str, ...]) -> None:
    name = package.__name__  # type: ignore[attr-defined]
    exported = set(package.__all__)  # type: ignore[attr-defined]
    owners: dict[str, list[str]] = {}
    for module_name in modules:
        module = importlib.import_module(f"{name}.{module_name}")
        for attr, value in vars(module).items():
            if (
                attr in exported
                and getattr(value, "__module__", module.__name__) == module.__name__
            ):
                owners.setdefault(attr, []).append(module_name)
                assert getattr(package, attr) is value
    # Constants (tuples, strings) have no __module__: each is found where it is defined
    # and, for UNKNOWN_SPEAKER, where frames.corpus imports it from frames.quotes.
    missing = exported - set(owners)
    assert missing == set()
    assert all(len(where) == 1 for attr, where in owners.items() if attr != "UNKNOWN_SPEAKER")


def test_frames_do_not_import_matplotlib() -> None:
    code = "import sys, analysis.frames; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_ranked_bars_put_the_first_row_on_top_with_its_note() -> None:
    keywords = pd.DataFrame(
        {"keyword": ["Belarus", "China", "cooperation"], "count": [13, 14, 5], "score": 0.0}
    )
    fig = plots.keywords_bar(keywords, title="Top terms")
    ax = fig.axes[0]
    # A categorical axis counts from the bottom: the first row is the top bar.
    assert [t.get_text() for t in ax.get_yticklabels()] == ["cooperation", "China", "Belarus"]
    assert [p.get_width() for p in ax.patches] == [5, 14, 13]
    assert [t.get_text() for t in ax.texts] == [" 5", " 14", " 13"]
    assert ax.get_xlim() == pytest.approx((0, 14 * 1.15))


def test_signed_bars_run_from_minus_one_to_one_first_row_on_top() -> None:
    groups = pd.DataFrame(
        {
            "kind": "voice",
            "name": ["narration", "quoted"],
            "compound": [0.5, -0.25],
            "std": [0.1, 0.0],
            "segments": [7, 3],
            "words": [200, 60],
        }
    )
    ax = plots.sentiment_groups(groups).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["narration", "quoted"]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # inverted: row 0 on top
    assert ax.get_xlim() == (-1, 1)
    assert [t.get_text() for t in ax.texts] == [
        "+0.50  (n=7, 200 words)",
        "-0.25  (n=3, 60 words)",
    ]
    assert ax.get_title() == "By voice"
