"""Running the pipeline over a corpus: order, streaming, failures, processes, Dask, the CLI."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import analysis.stats
from analysis.cli import main
from analysis.pipeline import SECTIONS, analyze_article, task
from analysis.progress import Progress
from analysis.read import ReadError, read_corpus
from analysis.runner import Failure, run
from analysis.tables import COLUMNS, TABLES, read_tables
from analysis.types import Article, Document, SentenceStats, TextStats

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_396a11e332c8e407.txt"
CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"
IDS = ["planet-001", "planet-002", "gazette-001", "gazette-002", "gazette-003"]


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Text number {i}.") for i in range(n)]


def slow_first(article: Article) -> str:
    """Module level, so worker processes can unpickle it: a0 finishes last."""
    if article.id == "a0":
        time.sleep(0.5)
    return article.id


def fails_on_a2(article: Article) -> str:
    if article.id == "a2":
        raise RuntimeError("boom")
    return article.id


# --- runner ---------------------------------------------------------------------------


def test_in_process_keeps_order_and_reports_failures() -> None:
    items: list[Article | ReadError] = [*_articles(4), ReadError("bad.txt", "empty text")]
    out = list(run(items, fails_on_a2))
    assert out[:2] == ["a0", "a1"]
    assert isinstance(out[2], Failure)
    assert (out[2].where, out[2].reason) == ("a2", "RuntimeError: boom")
    assert out[2].detail is not None and "RuntimeError: boom" in out[2].detail
    assert out[3] == "a3"
    assert out[4] == Failure("bad.txt", "empty text")


def test_two_workers_keep_input_order() -> None:
    # a0 sleeps, so the others finish first; the output is still in input order
    out = list(run(_articles(8), slow_first, workers=2))
    assert out == [f"a{i}" for i in range(8)]


def test_two_workers_report_failures_in_place() -> None:
    out = list(run(_articles(4), fails_on_a2, workers=2))
    assert out[0] == "a0" and out[1] == "a1" and out[3] == "a3"
    assert isinstance(out[2], Failure) and out[2].reason == "RuntimeError: boom"


def test_input_is_streamed_not_materialised() -> None:
    pulled: list[int] = []

    def source() -> Iterator[Article]:
        for i in range(1000):
            pulled.append(i)
            yield Article(id=f"a{i}", text="x.")

    results = run(source(), slow_first, workers=1)
    assert next(results) == "a0"
    assert len(pulled) == 1  # in process: one document at a time
    results = run(source(), slow_first, workers=2, window=4)
    pulled.clear()
    assert next(results) == "a0"
    assert len(pulled) == 4  # never more than the window in flight
    results.close()


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(run([], slow_first, workers=0))
    with pytest.raises(ValueError, match="window"):
        list(run(_articles(1), slow_first, window=0))


def test_workers_and_in_process_give_identical_bundles() -> None:
    items = list(read_corpus([CORPUS, SEED]))
    one = list(run(items, task(top=5)))
    two = list(run(items, task(top=5), workers=2))
    assert one == two
    assert [b["doc"] for b in one] == [*IDS, str(SEED)]


def test_dask_local_cluster_gives_identical_bundles() -> None:
    from distributed import Client, LocalCluster

    items = list(read_corpus([CORPUS]))
    expected = [analyze_article(a) for a in items if isinstance(a, Article)]
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        got = list(run([*items, ReadError("gone.txt", "no such file")], task(), client=client))
    assert got[:-1] == expected
    assert got[-1] == Failure("gone.txt", "no such file")


# --- progress -------------------------------------------------------------------------


def test_progress_draws_on_a_terminal_only() -> None:
    shown = io.StringIO()
    with Progress(shown, enabled=True, interval=0.0) as progress:
        progress.update(words=120)
        progress.update(failed=True)
    assert shown.getvalue().startswith("\r1 docs  120 words")
    assert "2 docs  1 failed  120 words" in shown.getvalue()
    assert shown.getvalue().endswith("\n")
    piped = io.StringIO()  # not a TTY: nothing at all
    with Progress(piped) as progress:
        progress.update(words=5)
    assert piped.getvalue() == ""


# --- the command ----------------------------------------------------------------------


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(main, ["analyze", *args])


def test_cli_jsonl_one_object_per_document() -> None:
    result = _invoke(str(CORPUS), "--workers", "1", "--top", "3")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["doc"] for x in lines] == IDS
    for x in lines:
        assert list(x) == ["doc", "title", "source", "published", *SECTIONS]
        assert len(x["keywords"]) == 3
    assert lines[0]["source"] == "Daily Planet"
    assert lines[0]["published"] == "2024-03-01T00:00:00"
    assert result.stderr == ""  # piped: no progress line


def test_cli_two_workers_same_bytes_as_one(tmp_path: Path) -> None:
    one = _invoke(str(CORPUS), str(SEED), "--workers", "1")
    two = _invoke(str(CORPUS), str(SEED), "--workers", "2", "--out", str(tmp_path / "a.jsonl"))
    assert one.exit_code == 0 and two.exit_code == 0
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == one.stdout


def test_cli_parquet_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = _invoke(str(CORPUS), str(SEED), "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    for table in TABLES:
        schema = pq.read_schema(out / f"{table}.parquet")
        assert schema.names == [c for c, _ in COLUMNS[table]]
    tables = read_tables(out)
    assert list(tables["documents"]["doc"]) == [*IDS, str(SEED)]
    seed_quotes = tables["quotes"][tables["quotes"]["doc"] == str(SEED)]
    assert len(seed_quotes) == 13
    assert list(seed_quotes["quote"]) == list(range(13))


def test_cli_parquet_needs_out() -> None:
    result = _invoke(str(CORPUS), "--format", "parquet")
    assert result.exit_code == 2
    assert "--out DIR" in result.stderr


def test_cli_bad_inputs_reported_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "ok", "text": "A short text. It has words."}\n'
        "not json\n"
        '{"id": "nowords", "text": "?!"}\n',
        encoding="utf-8",
    )
    missing = tmp_path / "missing.txt"
    # a headline over a body of punctuation: a text, but a body without words
    bodiless = tmp_path / "bodiless.txt"
    bodiless.write_text("A Headline Here\n\n?!\n", encoding="utf-8")
    paths = (empty, corpus, binary, missing, bodiless)
    result = _invoke(*(str(p) for p in paths), "--workers", "2")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["doc"] for o in out] == ["ok", str(bodiless)]
    # a body without words: counts, null readability, the other analyses kept
    assert out[1]["stats"]["words"] == 0 and out[1]["stats"]["characters"] == 2
    assert out[1]["stats"]["flesch_reading_ease"] is None
    assert out[1]["sentiment"]["compound"] == 0.0 and [
        k["keyword"] for k in out[1]["keywords"]
    ] == ["Headline"]
    assert result.stderr.splitlines() == [
        f"analysis: error: {empty}: empty text",
        f"analysis: error: {corpus}:2: invalid JSON (Expecting value at column 1)",
        f"analysis: error: {corpus}:3: no words (only punctuation or symbols)",
        f"analysis: error: {binary}: binary data, not text (NUL byte)",
        f"analysis: error: {missing}: no such file or directory",
    ]


def test_cli_failing_analysis_reported_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = analysis.stats.body_stats

    def body_stats(doc: Document) -> tuple[TextStats, tuple[SentenceStats, ...]]:
        if doc.id == "planet-002":
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(analysis.stats, "body_stats", body_stats)
    result = _invoke(str(CORPUS), "--workers", "1")
    assert result.exit_code == 1
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == [
        i for i in IDS if i != "planet-002"
    ]
    assert result.stderr.splitlines() == ["analysis: error: planet-002: RuntimeError: boom"]


def test_cli_dask_scheduler_address(tmp_path: Path) -> None:
    from distributed import LocalCluster

    expected = _invoke(str(CORPUS), "--workers", "1").stdout
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        result = _invoke(str(CORPUS), "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


def test_cli_help_has_example() -> None:
    result = CliRunner().invoke(main, ["analyze", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--scheduler" in result.output


def test_cli_unwritable_out(tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "out.jsonl"
    result = _invoke(str(SEED), "--workers", "1", "--out", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target}: No such file or directory\n"
