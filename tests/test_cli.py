"""The ``analysis`` command line through click's CliRunner (stdout and stderr apart)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from analysis import read
from analysis.cli import main
from analysis.types import TextStats

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"
STATS_KEYS = ["doc", *TextStats.__dataclass_fields__]
ERROR_LINE = re.compile(r"^analysis: error: (?P<where>.+?): (?P<reason>.+)$")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def seed() -> str:
    return str(SEED)


# --- formats --------------------------------------------------------------------------


def test_stats_jsonl(seed: str) -> None:
    result = run("stats", seed, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert list(record) == STATS_KEYS
    assert record["doc"] == seed
    assert (record["words"], record["sentences"], record["paragraphs"]) == (386, 10, 10)
    assert record["flesch_reading_ease"] == pytest.approx(-2.2015, abs=1e-4)


def test_stats_json(seed: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"  # the same file given twice is read once (review 9)
    copy.write_bytes(Path(seed).read_bytes())
    result = run("stats", seed, str(copy), "--format", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["doc"] for r in records] == [seed, str(copy)]
    assert {**records[0], "doc": ""} == {**records[1], "doc": ""}
    assert list(records[0]) == STATS_KEYS


def test_stats_csv(seed: str) -> None:
    result = run("stats", seed, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == STATS_KEYS
    assert len(rows) == 2
    assert rows[1][0] == seed and rows[1][STATS_KEYS.index("words")] == "386"


def test_stats_table_is_the_default(seed: str) -> None:
    result = run("stats", seed)
    assert result.exit_code == 0
    header, rule, row = result.stdout.splitlines()
    assert header.split() == STATS_KEYS
    assert set(rule.replace(" ", "")) == {"-"}
    cells = row.split()
    assert cells[0] == seed and cells[STATS_KEYS.index("words")] == "386"
    assert cells[STATS_KEYS.index("flesch_reading_ease")] == "-2.202"


def test_stats_jsonl_corpus_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "first", "text": "The cat sat on the mat."}\n'
        '{"id": "second", "text": "Dogs bark. Cats purr."}\n',
        encoding="utf-8",
    )
    result = run("stats", str(corpus), "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc"] for r in records] == ["first", "second"]
    assert records[0]["flesch_reading_ease"] == pytest.approx(116.145)
    assert records[1]["sentences"] == 2


# --- bad input ------------------------------------------------------------------------


def make_bad(tmp_path: Path, kind: str) -> tuple[str, str]:
    """A bad input of ``kind`` and the reason the CLI must give."""
    path = tmp_path / f"{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
        return str(path), "empty text"
    if kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        return str(path), "binary data, not text (NUL byte)"
    if kind == "undecodable":
        path.write_bytes(b"Caf\xe9 society.")
        return str(path), "not UTF-8 text (byte 0xe9 at offset 3)"
    if kind == "missing":
        return str(tmp_path / "missing.txt"), "no such file or directory"
    if kind == "bad-jsonl":
        path = tmp_path / "bad.jsonl"
        path.write_text('{"id": "a", "text": "Good."}\n{"id": "b", "text": \n', encoding="utf-8")
        return f"{path}:2", "invalid JSON (Expecting value at column 21)"
    if kind == "no-words":
        path.write_text(
            "A Headline Here\n\n!!! ... ???\n", encoding="utf-8"
        )  # (no word at all: a read error)
        return str(path), "the body has no words"
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind", ["empty", "binary", "undecodable", "missing", "bad-jsonl", "no-words"]
)
def test_bad_input_one_error_line_rest_of_batch_printed(
    tmp_path: Path, seed: str, kind: str
) -> None:
    bad, reason = make_bad(tmp_path, kind)
    given = bad.rsplit(":", 1)[0] if kind == "bad-jsonl" else bad
    result = run("stats", given, seed, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"analysis: error: {bad}: {reason}"]
    assert "Traceback" not in result.stderr
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs == (["a", seed] if kind == "bad-jsonl" else [seed])


def test_too_large_file(tmp_path: Path, seed: str) -> None:
    big = tmp_path / "big.txt"
    size = read.MAX_BYTES + 1
    with big.open("wb") as handle:
        handle.truncate(size)  # sparse: no need to write 5 MB
    result = run("stats", str(big), seed, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"analysis: error: {big}: too large ({size:,} bytes; the limit is {read.MAX_BYTES:,})"
    ]
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == [seed]


def test_several_bad_inputs_in_one_batch(tmp_path: Path, seed: str) -> None:
    inputs = [make_bad(tmp_path, k) for k in ("empty", "binary", "undecodable", "missing")]
    result = run("stats", inputs[0][0], seed, *(p for p, _ in inputs[1:]), "--format", "csv")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert [ERROR_LINE.match(line) is not None for line in lines] == [True] * 4
    assert lines == [f"analysis: error: {p}: {r}" for p, r in inputs]
    assert len(result.stdout.splitlines()) == 2  # header + the seed


def test_debug_shows_a_traceback(tmp_path: Path, seed: str) -> None:
    bad, reason = make_bad(tmp_path, "no-words")
    result = run("stats", bad, seed, "--format", "jsonl", "--debug")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "text_stats" in result.stderr
    assert result.stderr.splitlines()[-1] == f"analysis: error: {bad}: {reason}"
    assert len(result.stdout.splitlines()) == 1


def test_debug_read_error_names_the_exception(tmp_path: Path) -> None:
    bad, reason = make_bad(tmp_path, "undecodable")
    result = run("stats", bad, "--debug")
    assert result.exit_code == 1
    assert "ReadError" in result.stderr
    assert result.stderr.splitlines()[-1] == f"analysis: error: {bad}: {reason}"


# --- help -----------------------------------------------------------------------------


def test_every_command_has_help_with_an_example() -> None:
    import click

    names = main.list_commands(click.Context(main))
    assert {"stats", "keywords", "sentiment", "quotes", "analyze", "report"} <= set(names)
    top = run("--help")
    assert top.exit_code == 0 and "Example" in top.stdout
    for name in names:
        assert name in top.stdout, f"{name} missing from analysis --help"
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in result.stdout, f"{name} --help has no Example"


def test_python_dash_m_analysis(seed: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "stats", seed, "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["words"] == 386


def test_unbalanced_quotation_mark_is_recovered_and_reported(tmp_path: Path, seed: str) -> None:
    text = 'The minister said: "We will never give up.\n\nShe left.\n'
    bad = tmp_path / "unbalanced.txt"
    bad.write_text(text, encoding="utf-8")
    result = run("quotes", str(bad), seed, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"analysis: error: {bad}: unclosed quotation mark at offset 19 (recovered)"
    ]
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    recovered = [r for r in rows if r["doc"] == str(bad)]
    assert [(r["speaker"], r["content"], r["start"], r["end"]) for r in recovered] == [
        ("The minister", '"We will never give up.', 19, 42)
    ]
    assert sum(r["doc"] == seed for r in rows) == 13  # the rest of the batch still runs


def test_hostile_inputs_are_one_line_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "odd.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "He said \\ud800 hi."}\n'
        '{"id": 5, "text": "Fine text here."}\n'
        '{"id": ["x"], "text": "More."}\n',
        encoding="utf-8",
    )
    punct = tmp_path / "punct.txt"
    punct.write_text("Xi , . , said He reporters.\n", encoding="utf-8")
    result = run("quotes", str(corpus), str(punct), "/dev/zero", "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"analysis: error: {corpus}:1: 'text' has an unpaired surrogate (\\ud800)",
        f"analysis: error: {corpus}:3: 'id' must be a string or an integer, not list",
        "analysis: error: /dev/zero: not a regular file (a device, pipe or socket)",
    ]
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert (
        set(docs) <= {"5", str(punct)} and str(punct) in docs
    )  # no crash on a bare-punctuation speaker
