"""The package's top level: `import analysis` is cheap and `analysis.load` parses once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import analysis
from analysis.read import ReadError

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def test_load_reads_and_parses_the_seed() -> None:
    doc = analysis.load(SEED)
    assert doc.article.title is not None and doc.article.title.endswith("Xi to Lukashenko")
    assert [p.kind for p in doc.paragraphs].count("headline") == 1
    assert len(doc.body_sentences) == 10


def test_load_names_the_bad_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(ReadError, match=r"empty\.txt: empty text"):
        analysis.load(empty)


def test_importing_the_package_loads_no_heavy_modules() -> None:
    code = (
        "import sys, analysis; "
        "print(sorted(m for m in ('pandas', 'nltk', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
