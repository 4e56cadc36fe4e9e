"""A body without words: bands and findings say 'undefined' instead of failing."""

from __future__ import annotations

import math
from pathlib import Path

from analysis import summary
from analysis.frames import flesch_band, grade_band
from analysis.parse import parse
from analysis.read import read_article
from analysis.stats import text_stats


def test_bands_of_undefined_scores() -> None:
    assert flesch_band(math.nan) == "undefined"
    assert grade_band(math.nan) == "undefined"
    assert flesch_band(65.0) == "standard"
    assert grade_band(12.0) == "high school"


def test_findings_of_a_body_without_words(tmp_path: Path) -> None:
    path = tmp_path / "dashes.txt"
    path.write_text("A Headline Here\n\n— — — —\n", encoding="utf-8")
    doc = parse(read_article(path))
    stats = text_stats(doc)
    assert (stats.words, stats.paragraphs) == (0, 1)
    assert summary.findings(stats) == [
        "The body has no words (1 paragraph of other characters): "
        "readability and vocabulary measures are undefined."
    ]
