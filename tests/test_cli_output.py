"""Output shapes of the command line: fixed columns, headers without records, and a
``--help`` that imports no command."""

from __future__ import annotations

import csv
import importlib
import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from analysis.cli import COMMANDS, SHORT_HELP, main
from analysis.cli.common import NO_RECORDS, RecordWriter

SEED = str(Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt")
CORPUS = str(Path(__file__).resolve().parent / "data" / "corpus.jsonl")
QUOTE_COLUMNS = (
    "doc,speaker,speaker_text,speaker_start,speaker_end,cue,cue_start,cue_end,"
    "content,start,end,kind,speaker_role,sentence,parts"
).split(",")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def no_quotes(tmp_path: Path) -> str:
    path = tmp_path / "plain.txt"
    path.write_text("The council met on Monday. Nobody spoke to the press.\n", encoding="utf-8")
    return str(path)


# --- fixed columns ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "module", "level"),
    [
        (["stats"], "stats", None),
        (["actors"], "actors", None),
        (["quotes"], "quotes", None),
        (["kwic", "China"], "kwic", None),
        (["sentiment"], "sentiment", "document"),
        (["sentiment", "--level", "sentence"], "sentiment", "sentence"),
        (["sentiment", "--method", "vader", "--level", "sentence"], "sentiment", "sentence"),
        (["keywords"], "keywords", None),
        (["keywords", "--method", "keyness", "--ngram", "2"], "keywords", None),
        (["keywords", CORPUS, "--method", "tfidf"], "keywords", None),
    ],
)
def test_records_have_the_declared_columns(args: list[str], module: str, level: str | None) -> None:
    declared = importlib.import_module(f"analysis.cli.{module}").COLUMNS
    columns = list(declared[level] if level else declared)
    result = run(args[0], SEED, *args[1:], "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(list(r) == columns for r in records)
    header = run(args[0], SEED, *args[1:], "--format", "csv").stdout.splitlines()[0]
    assert header.split(",") == columns


def test_a_record_with_other_keys_is_refused() -> None:
    writer = RecordWriter("csv", io.StringIO(), columns=["doc", "a"])
    with pytest.raises(ValueError, match=r"record keys \['doc', 'b'\] differ"):
        writer.write([{"doc": "x", "b": 1}])


# --- no records -------------------------------------------------------------------------


def test_csv_without_records_is_the_header_alone(no_quotes: str) -> None:
    result = run("quotes", no_quotes, "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    assert list(csv.reader(io.StringIO(result.stdout))) == [QUOTE_COLUMNS]


def test_table_without_records_says_so_under_its_header(no_quotes: str) -> None:
    result = run("quotes", no_quotes)
    assert result.exit_code == 0
    header, rule, last = result.stdout.splitlines()
    assert header.split() == QUOTE_COLUMNS
    assert rule.split() == ["-" * len(c) for c in QUOTE_COLUMNS]
    assert last == NO_RECORDS == "(no records)"


def test_json_and_jsonl_without_records(no_quotes: str) -> None:
    assert run("quotes", no_quotes, "--format", "json").stdout == "[]\n"
    assert run("quotes", no_quotes, "--format", "jsonl").stdout == ""


def test_every_input_bad_still_gives_the_csv_header(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    result = run("stats", missing, "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr == f"analysis: error: {missing}: no such file or directory\n"
    assert result.stdout.splitlines()[0].split(",")[:3] == ["doc", "characters", "letters"]
    assert len(result.stdout.splitlines()) == 1


def test_german_quotation_is_no_error(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text("„Das ist gut“, sagte er.\n", encoding="utf-8")
    result = run("quotes", str(path), "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == ""  # was: unclosed quotation mark at offset 12 (recovered)


# --- help -------------------------------------------------------------------------------


def test_short_help_is_each_commands_own() -> None:
    assert set(SHORT_HELP) == set(COMMANDS)
    for name, module in COMMANDS.items():
        command = importlib.import_module(f"analysis.cli.{module}").command
        assert SHORT_HELP[name] == command.get_short_help_str(limit=1000), name


def test_lazy_help_lists_commands_as_click_does() -> None:
    lazy = run("--help").stdout
    # the same group with every command loaded: click's own listing
    eager = click.Group(
        "analysis", help=main.help, context_settings={"help_option_names": ["-h", "--help"]}
    )
    eager.params = main.params
    for name, module in COMMANDS.items():
        eager.add_command(importlib.import_module(f"analysis.cli.{module}").command, name)
    expected = CliRunner().invoke(eager, ["--help"]).stdout
    assert lazy.partition("Commands:")[2] == expected.partition("Commands:")[2]
    assert lazy.partition("Commands:")[2].count("\n") == len(COMMANDS) + 1
    assert '  keywords   Ranked keywords of each article: {"doc", "rank", "keyword",...\n' in lazy


def test_help_imports_no_command_and_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from analysis.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('pandas', 'numpy', 'matplotlib', 'nltk', 'analysis.parse', 'analysis.cli.')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Commands:" in proc.stdout
    assert proc.stderr.strip() == "[]"
