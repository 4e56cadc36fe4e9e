"""Hostile inputs through every command: one error line per bad input naming it, the
rest of the batch written, exit status 1, no traceback (inputs written by the tests)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from analysis.cli import common, main
from analysis.parse import parse
from analysis.types import Article, Document

COMMANDS = [
    ["stats"],
    ["actors"],
    ["sentiment"],
    ["sentiment", "--level", "sentence"],
    ["quotes"],
    ["keywords"],
    ["keywords", "--method", "tfidf"],
    ["kwic", "said"],
]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def batch(tmp_path: Path) -> tuple[list[str], list[str], set[str]]:
    """Inputs, the error lines they must give (in order) and the docs that must be written."""
    good = tmp_path / "good.txt"
    good.write_text("Anna Berg said the new bridge will open in May.\n", encoding="utf-8")
    mixed = tmp_path / "mixed"
    (mixed / "sub").mkdir(parents=True)
    (mixed / "a.txt").write_text("Prices rose, the minister said on Monday.\n", encoding="utf-8")
    (mixed / "notes.md").write_text("not an article\n", encoding="utf-8")
    (mixed / "image.bin").write_bytes(b"\x00\x01")
    (mixed / "sub" / "empty.txt").write_bytes(b"")
    (mixed / "sub" / "c.jsonl").write_text(
        '{"id": "c1", "text": "Rain fell, officials said."}\nnot json\n', encoding="utf-8"
    )
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Hello there, said Anna.\n".encode("utf-16"))
    late_nul = tmp_path / "late_nul.txt"
    late_nul.write_bytes(b"word " * 3000 + b"\x00 end\n")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "j1", "text": "The mayor said the road will close."}\n'
        '{"id": "deep", "text": "x", "meta": ' + "[" * 5000 + "]" * 5000 + "}\n"
        '{"id": "j1", "text": "Same id again, he said."}\n',
        encoding="utf-8",
    )
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as handle:
        handle.write(b'{"id": "big", "text": "' + b"a " * 2_600_000 + b'"}\n')
        handle.write(b'{"id": "after", "text": "The line after a huge one is read, he said."}\n')
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    missing = tmp_path / "missing.txt"
    inputs = [str(p) for p in (good, mixed, utf16, late_nul, corpus, huge, fifo, missing)]
    errors = [
        f"{mixed / 'sub' / 'c.jsonl'}:2: invalid JSON (Expecting value at column 1)",
        f"{mixed / 'sub' / 'empty.txt'}: empty text",
        f"{utf16}: not UTF-8 text (UTF-16 byte-order mark)",
        f"{late_nul}: binary data, not text (NUL byte)",
        f"{corpus}:2: invalid JSON (nested too deeply to read)",
        f"{corpus}:3: duplicate id 'j1' (first on line 1)",
        f"{huge}:1: line too large (5,200,026 bytes; the limit is 5,000,000)",
        f"{fifo}: not a regular file (a device, pipe or socket)",
        f"{missing}: no such file or directory",
    ]
    docs = {str(good), str(mixed / "a.txt"), "c1", "j1", "after"}
    return inputs, [f"analysis: error: {e}" for e in errors], docs


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_reports_each_bad_input_and_goes_on(
    tmp_path: Path, command: list[str]
) -> None:
    inputs, errors, docs = batch(tmp_path)
    result = run(command[0], *inputs, *command[1:], "--format", "jsonl")  # kwic: TERM last
    assert result.exit_code == 1
    assert result.stderr.splitlines() == errors
    written = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    if command[0] == "actors":
        assert written <= docs and str(tmp_path / "good.txt") in written
    else:
        assert written == docs


def test_a_document_that_fails_to_parse_does_not_stop_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("One sentence here.\n", encoding="utf-8")
    second.write_text("Another sentence here.\n", encoding="utf-8")

    def fragile(article: Article) -> Document:
        if article.id == str(first):
            raise IndexError("tokenizer out of range")
        return parse(article)

    monkeypatch.setattr(common, "parse", fragile)
    result = run("stats", str(first), str(second), "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr == f"analysis: error: {first}: IndexError: tokenizer out of range\n"
    rows = result.stdout.splitlines()
    assert len(rows) == 2 and rows[1].startswith(f"{second},")
    debug = run("stats", str(first), "--debug")
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.splitlines()[-1] == (
        f"analysis: error: {first}: IndexError: tokenizer out of range"
    )


def test_a_file_name_with_a_newline_stays_on_one_error_line(tmp_path: Path) -> None:
    odd = tmp_path / "two\nlines.txt"
    odd.write_bytes(b"")
    result = run("stats", str(odd), "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"analysis: error: {tmp_path}/two\\nlines.txt: empty text\n"


@pytest.mark.parametrize("term", ["", "...", " - "])
def test_kwic_term_without_words_is_a_usage_error(term: str) -> None:
    result = run("kwic", "does-not-matter.txt", term)
    assert result.exit_code == 2
    assert (
        result.stderr.splitlines()[-1] == f"Error: Invalid value for 'TERM': no words in {term!r}"
    )
    assert result.stdout == ""
