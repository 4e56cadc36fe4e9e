"""What every command shares: reading inputs, reporting bad ones, writing records.

A command turns each parsed :class:`~analysis.types.Document` into records (flat
dicts whose first key is ``"doc"``, with the command's fixed columns);
:func:`run_batch` reads the inputs, keeps going past bad ones (one line on stderr
each, ``analysis: error: <where>: <reason>``), writes the records in the chosen
format and returns the exit status.

With no records at all (a text without quotations, every input bad) csv still
writes its header line, so that the file opens in a spreadsheet or
``pandas.read_csv`` with the right columns and zero rows, and so that the outputs
of several runs have the same shape; table writes its header and a
``(no records)`` line; json writes ``[]``; jsonl writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
import traceback
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, TextIO

import click

from analysis.jsontext import escape_line_breaks
from analysis.parse import parse
from analysis.read import InputWarning, ReadError, RepeatedInput, read_corpus
from analysis.types import Document

Record = dict[str, Any]
Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")


def paths_argument(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``PATH...``: text files, directories of them, JSON Lines corpora."""
    return click.argument(
        "paths", nargs=-1, required=True, type=click.Path(path_type=str, dir_okay=True)
    )(fn)


def format_option(default: str = "table") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=default,
        show_default=True,
        help="Output format; jsonl writes one JSON object per line.",
    )


def debug_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--debug", is_flag=True, help="Show a traceback for an error instead of one line."
    )(fn)


def one_line(text: str) -> str:
    """``text`` with control characters (and undecodable bytes of a file name)
    escaped, so that a name such as ``"a\\nb.txt"`` cannot split an error line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def report_error(where: str, reason: str, *, exc: BaseException | None = None, debug: bool) -> None:
    """One line on stderr (and the traceback under ``--debug``)."""
    if debug and exc is not None:
        traceback.print_exception(exc, file=sys.stderr)
    click.echo(f"analysis: error: {one_line(where)}: {one_line(reason)}", err=True)


def documents(
    paths: Iterable[str], *, debug: bool, failed: list[str], repeated: list[str] | None = None
) -> Iterator[Document]:
    """Parsed documents of ``paths``; a bad input, or one that fails to parse, is
    reported and appended to ``failed``; a file given twice is also appended to
    ``repeated`` (when given)."""
    for item in read_corpus(paths):
        if isinstance(item, ReadError):
            report_error(item.where, item.reason, exc=item, debug=debug)
            failed.append(item.where)
            if repeated is not None and isinstance(item, RepeatedInput):
                repeated.append(item.where)
            continue
        try:
            doc = parse(item)
        except Exception as exc:  # one bad document must not stop the batch
            report_error(item.id, f"{type(exc).__name__}: {exc}", exc=exc, debug=debug)
            failed.append(item.id)
            continue
        yield doc


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return round(value, 6)
    return value


_WHITESPACE = re.compile(r"\s")


#: Widest cell of a table, in columns; a longer text is cut to fit, ending in "...".
CELL_WIDTH = 60


def display_width(text: str) -> int:
    """Terminal columns that ``text`` takes: two for a wide or full-width character
    (CJK, per ``unicodedata.east_asian_width``), none for a combining mark or a
    format character (a zero-width joiner), one for any other."""
    width = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return width


def _cut(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` display columns, ending in "..."."""
    if display_width(text) <= width:
        return text
    kept = ""
    used = 0
    for c in text:
        w = display_width(c)
        if used + w > width - 3:
            break
        kept += c
        used += w
    return kept + "..."


def _cell(value: Any, *, cut: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    # One line, one column: each tab, line break or other whitespace character is a
    # space (a tab inside a name broke the alignment), other control characters escaped.
    text = one_line(_WHITESPACE.sub(" ", str(value)))
    return _cut(text, CELL_WIDTH) if cut else text


def _pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` display columns."""
    return text + " " * (width - display_width(text))


def _json(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON, non-ASCII text as is, except line breaks that some line
    readers split at (:mod:`analysis.jsontext`)."""
    return escape_line_breaks(json.dumps(value, ensure_ascii=False, indent=indent))


#: What a table shows under its header when there are no records.
NO_RECORDS = "(no records)"


def write_table(records: Sequence[Record], out: TextIO, *, columns: Sequence[str]) -> None:
    """Aligned plain-text columns under a header; long texts are cut to
    :data:`CELL_WIDTH` columns, except ``doc``, which is never cut (two files in one
    long directory must stay apart). Widths are display widths (:func:`display_width`):
    a CJK character takes two columns, a combining accent none.

    Without records: the header, its rule and a :data:`NO_RECORDS` line.
    """
    rows = [[_cell(r.get(c), cut=c != "doc") for c in columns] for r in records]
    widths = [
        max([display_width(c), *(display_width(row[i]) for row in rows)])
        for i, c in enumerate(columns)
    ]
    out.write("  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    if not rows:
        out.write(NO_RECORDS + "\n")


class RecordWriter:
    """Writes records as they come (jsonl) or all at the end (table, json, csv).

    Args:
        fmt: One of :data:`FORMATS`.
        out: Where to write (default: stdout).
        columns: The command's columns, ``"doc"`` first: the csv and table header
            even when there are no records. A record with other keys is a bug in
            the command and raises ``ValueError``.
    """

    def __init__(self, fmt: str, out: TextIO | None = None, *, columns: Sequence[str]) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        if not columns or columns[0] != "doc":
            raise ValueError(f"columns must start with 'doc', not {list(columns)}")
        self.fmt = fmt
        self.out: TextIO = out if out is not None else sys.stdout
        self.columns = list(columns)
        self.held: list[Record] = []

    def write(self, records: Iterable[Record]) -> None:
        for record in records:
            if list(record) != self.columns:
                raise ValueError(f"record keys {list(record)} differ from columns {self.columns}")
            record = {k: _clean(v) for k, v in record.items()}
            if self.fmt == "jsonl":
                self.out.write(_json(record) + "\n")
            else:
                self.held.append(record)
        if self.fmt == "jsonl":
            self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write(_json(self.held, indent=2) + "\n")
        elif self.fmt == "csv":
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=self.columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(self.held)
            self.out.write(buf.getvalue())
        elif self.fmt == "table":
            write_table(self.held, self.out, columns=self.columns)


def _analyse(
    records_of: Callable[[Document], Iterable[Record]], doc: Document
) -> tuple[list[Record], list[str]]:
    """The document's records, and the input flaws the analysis recovered from."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        records = list(records_of(doc))
    problems: list[str] = []
    for w in caught:
        if issubclass(w.category, InputWarning):
            problems.append(str(w.message).removeprefix(f"{doc.id}: "))
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return records, problems


def run_batch(
    paths: Sequence[str],
    records_of: Callable[[Document], Iterable[Record]],
    *,
    fmt: str,
    debug: bool,
    columns: Sequence[str],
    input_flaws: Literal["error", "note"],
) -> None:
    """Analyse every input, write its records, exit 1 if any input failed.

    ``columns`` are the command's fixed columns (see :class:`RecordWriter`).

    An error inside an analysis is reported like a bad input: the batch goes on.
    An input flaw the analysis recovered from (an :class:`~analysis.read.InputWarning`,
    such as an unbalanced quotation mark) is, with ``input_flaws="error"`` (a
    command whose records are the quotations: ``quotes``), reported the same way,
    in one line, after the recovered records are written, and fails the input.
    With ``"note"`` (every other command: the flaw is in a part of the text their
    records do not show, such as the quotations ``sentiment --level target`` reads
    to find speakers) it fails nothing and is shown only with ``--debug``, as an
    ``analysis: note:`` line, as ``analyze`` does.
    """
    failed: list[str] = []
    writer = RecordWriter(fmt, columns=columns)
    for doc in documents(paths, debug=debug, failed=failed):
        try:
            records, problems = _analyse(records_of, doc)
        except Exception as exc:  # one bad document must not stop the batch
            # a ValueError's message is written for the user ("the body has no words");
            # any other exception is a bug, and its class name helps
            reason = str(exc) if type(exc) is ValueError else f"{type(exc).__name__}: {exc}"
            report_error(doc.id, reason, exc=exc, debug=debug)
            failed.append(doc.id)
            continue
        writer.write(records)
        if problems:
            extra = len(problems) - 1
            more = f"; {extra} more such problem{'s' if extra > 1 else ''}" if extra else ""
            reason = f"{problems[0]} (recovered{more})"
            if input_flaws == "error":
                report_error(doc.id, reason, debug=debug)
                failed.append(doc.id)
            elif debug:
                click.echo(f"analysis: note: {one_line(doc.id)}: {one_line(reason)}", err=True)
    writer.close()
    if failed:
        sys.exit(1)
