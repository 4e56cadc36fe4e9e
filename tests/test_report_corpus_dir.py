"""A directory given to ``analysis report --corpus`` is stamped by its files."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import report_notebook
from analysis.stamps import report_stamp


def _stamp(directory: Path) -> str:
    stamp = report_stamp(directory, notebook=report_notebook(), parameters={}, formats=["html"])
    return str(stamp["input"])


def test_directory_stamp_follows_its_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("China said it would act.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Belarus said it agreed.\n", encoding="utf-8")
    first = _stamp(tmp_path)
    assert len(first) == 64 and first == _stamp(tmp_path)
    (tmp_path / "b.txt").write_text("Belarus said it disagreed.\n", encoding="utf-8")
    edited = _stamp(tmp_path)
    assert edited != first
    (tmp_path / "b.txt").rename(tmp_path / "c.txt")
    assert _stamp(tmp_path) not in (first, edited)
