"""What ``analysis report --corpus`` accepts: a JSON Lines file or a directory, and
the SHA-256 that stamps the report (files written for these tests)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from analysis.corpus import collect, report_inputs
from analysis.read import directory_files, input_sha256

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    (d / "more").mkdir(parents=True)
    (d / "b.txt").write_text("Anna Berg said the bridge would open in May.\n", encoding="utf-8")
    (d / "more" / "a.txt").write_text("Prices rose sharply in June.\n", encoding="utf-8")
    (d / "notes.md").write_text("not an article\n", encoding="utf-8")
    return d


def test_report_inputs(folder: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n", encoding="utf-8")
    given = [str(CORPUS), str(folder), str(empty), str(blank)]
    given += [str(folder / "b.txt"), str(tmp_path / "gone")]
    assert list(report_inputs(given)) == [
        (str(CORPUS), None),
        (str(folder), None),
        (str(empty), "directory has no .txt or .jsonl files"),
        (str(blank), "empty corpus (no JSON Lines records)"),
        (
            str(folder / "b.txt"),
            "a corpus report is made from a JSON Lines file (.jsonl) "
            "or a directory of .txt and .jsonl files",
        ),
        (str(tmp_path / "gone"), "no such file or directory"),
    ]


def test_directory_files_are_what_read_corpus_reads(folder: Path) -> None:
    assert [p.relative_to(folder).as_posix() for p in directory_files(folder)] == [
        "b.txt",
        "more/a.txt",
    ]
    tables = collect([folder], top=3)
    assert tables["documents"]["doc"].tolist() == [
        str(folder / "b.txt"),
        str(folder / "more" / "a.txt"),
    ]


def test_input_sha256_of_a_file_is_its_sha256() -> None:
    assert input_sha256(CORPUS) == hashlib.sha256(CORPUS.read_bytes()).hexdigest()


def test_input_sha256_of_a_directory_follows_its_files(folder: Path) -> None:
    a = hashlib.sha256(b"Prices rose sharply in June.\n").hexdigest()
    b = hashlib.sha256(b"Anna Berg said the bridge would open in May.\n").hexdigest()
    expected = hashlib.sha256(f"b.txt\0{b}\nmore/a.txt\0{a}\n".encode()).hexdigest()
    first = input_sha256(folder)
    assert first == expected
    (folder / "notes.md").write_text("edited\n", encoding="utf-8")
    assert input_sha256(folder) == first  # not an article: no change
    (folder / "more" / "a.txt").write_text("Prices fell in June.\n", encoding="utf-8")
    edited = input_sha256(folder)
    assert edited != first
    (folder / "more" / "a.txt").rename(folder / "more" / "c.txt")
    assert input_sha256(folder) not in (first, edited)
