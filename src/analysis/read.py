"""Reading articles: text files, directories and JSON Lines corpora -> :class:`Article`.

Text files are UTF-8 (a byte-order mark is dropped, CRLF and CR become LF). The
layout of the seed articles is understood: a headline on the first line, then
metadata lines such as ``Published: Jan 10, 2022 06:42 PM`` and ``Photo: CFP``,
which become metadata and are left out of the body. A file with no such lines
is all body. (The layout is read by :mod:`analysis.layout`; :func:`article_from_text`
and :func:`parse_date` are importable from here too.)

A JSON Lines corpus has one object per line with ``"id"`` and ``"text"``
(optional ``"title"``, ``"date"``, ``"source"``; other fields are kept in
``Article.meta``); an id may appear only once in a file.

Bad inputs are :class:`ReadError` with a one-line reason: missing, not a regular
file, empty, binary (a NUL byte anywhere), not UTF-8 (UTF-16 included), larger
than :data:`MAX_BYTES`; in a corpus, per line: invalid or too deeply nested JSON,
not an object, no text, a bad id (not a string or an integer, empty, or with a
control character), a repeated id (a record without an id is named by its place,
``"<file>:<line>"``, and a collision with that name is said to be one). A file
given twice (directly, or also through its directory: the same resolved path) is
read once; the second time is a :class:`RepeatedInput`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis.layout import article_from_text as article_from_text
from analysis.layout import parse_date as parse_date
from analysis.types import Article

#: Largest document accepted, in bytes (a text file, or one JSON Lines record).
MAX_BYTES = 5_000_000


class InputWarning(UserWarning):
    """A flaw in an input that an analysis recovered from (an unbalanced quotation
    mark, say). The command line reports it as an error of that input, after
    writing what was recovered."""


class ReadError(Exception):
    """An input that cannot be analysed. ``str(err)`` is ``"<where>: <reason>"``."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class RepeatedInput(ReadError):
    """A file already read in this batch (given twice, or given and inside a
    directory given): reading it again would count its articles twice."""


@dataclass(frozen=True)
class _Source:
    path: Path
    display: str


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 bytes to the text as read, or raise :class:`ReadError`."""
    if len(data) > MAX_BYTES:
        raise ReadError(where, f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ReadError(where, "not UTF-8 text (UTF-16 byte-order mark)")
    if b"\x00" in data:
        raise ReadError(where, "binary data, not text (NUL byte)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadError(
            where, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_words(where, text)
    return text


#: A letter or digit: a text without one has no word to analyse.
_WORD_CHAR = re.compile(r"[^\W_]")


def _check_words(where: str, text: str) -> None:
    """Raise :class:`ReadError` for a text with nothing to analyse: empty, blank, or
    punctuation and symbols only ("----", "***"), which every analysis would meet
    with zeros or nothing."""
    if not text.strip():
        raise ReadError(where, "empty text")
    if _WORD_CHAR.search(text) is None:
        raise ReadError(where, "no words (only punctuation or symbols)")


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one UTF-8 text file into an :class:`Article` whose id is the path as given.

    Raises:
        ReadError: missing, unreadable, binary, undecodable, empty or too large.
    """
    where = os.fspath(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError(where, "is a directory (use read_corpus)")
        if p.exists() and not p.is_file():
            raise ReadError(where, "not a regular file (a device, pipe or socket)")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(where, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # a file that grew since stat() is still capped
    except FileNotFoundError:
        raise ReadError(where, "no such file") from None
    except PermissionError:
        raise ReadError(where, "permission denied") from None
    except IsADirectoryError:
        raise ReadError(where, "is a directory") from None
    except OSError as err:
        raise ReadError(where, err.strerror or str(err)) from None
    return article_from_text(decode(data, where), id=where, path=where)


def article_from_record(record: object, *, where: str) -> Article:
    """Build an :class:`Article` from one JSON Lines record ``{"id", "text", ...}``."""
    if not isinstance(record, dict):
        raise ReadError(where, "a JSON Lines record must be an object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadError(where, "record has no 'text' string")
    for key in ("id", "text", "title", "source", "date"):
        value = record.get(key)
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:
                raise ReadError(
                    where, f"'{key}' has an unpaired surrogate (\\u{ord(value[err.start]):04x})"
                ) from None
    raw_id = record.get("id")
    if raw_id is not None and (not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool)):
        raise ReadError(where, f"'id' must be a string or an integer, not {type(raw_id).__name__}")
    if isinstance(raw_id, str):
        # The id is the "doc" of every output record: it must name the document.
        if not raw_id.strip():
            raise ReadError(where, "'id' is empty")
        control = next((c for c in raw_id if unicodedata.category(c) == "Cc"), None)
        if control is not None:
            raise ReadError(where, f"'id' has a control character (\\x{ord(control):02x})")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ReadError(where, f"text too large (the limit is {MAX_BYTES:,} bytes)")
    if "\x00" in text:  # as in a text file (see decode)
        raise ReadError(where, "binary data, not text (NUL character in 'text')")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_words(where, text)
    doc_id = str(raw_id) if raw_id is not None else where
    date = record.get("date")
    title = record.get("title")
    source = record.get("source")
    known = {"id", "text", "title", "date", "source"}
    return Article(
        id=doc_id,
        text=text,
        title=str(title) if title is not None else None,
        published=parse_date(str(date)) if date is not None else None,
        source=str(source) if source is not None else None,
        meta={k: v for k, v in record.items() if k not in known},
    )


def _duplicate(doc_id: str, first: str, *, unnamed: bool, first_unnamed: bool) -> str:
    """Why a record is rejected: its id ``doc_id`` was first read at ``first``
    (``"line 7"``, or ``"a.jsonl:7"`` in another file). A record without an id
    (``unnamed``) is named by its place, ``"<file>:<line>"``: say so when that name
    is what collides."""
    prep = "on" if first.startswith("line ") else "in"
    if unnamed:
        return (
            f"no 'id', and its place {doc_id!r} (the id of a record without one) is "
            f"already an id (first {prep} {first})"
        )
    if first_unnamed:
        return f"duplicate id {doc_id!r} (the place of the record without an id {prep} {first})"
    return f"duplicate id {doc_id!r} (first {prep} {first})"


def _read_jsonl(
    path: Path, display: str, others: dict[str, str] | None = None
) -> Iterator[Article | ReadError]:
    """The records of one JSON Lines file; ``others`` maps the ids of the files
    read before it to where each was first read, and gets this file's ids."""
    others = {} if others is None else others
    try:
        handle = path.open("rb")
    except OSError as err:
        yield ReadError(display, err.strerror or str(err))
        return
    records = 0
    seen: dict[str, int] = {}  # id -> line of its first record
    unnamed_ids: set[str] = set()  # ids of records without one: their place
    with handle:
        lineno = 0
        while raw := handle.readline(MAX_BYTES + 1):  # a line is never held past the limit
            lineno += 1
            where = f"{display}:{lineno}"
            if len(raw) > MAX_BYTES:
                size = len(raw)
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = handle.readline(1 << 20)
                    size += len(raw)
                records += 1
                yield ReadError(
                    where, f"line too large ({size:,} bytes; the limit is {MAX_BYTES:,})"
                )
                continue
            if not raw.strip():
                continue
            records += 1
            try:
                line = raw.decode("utf-8-sig").rstrip("\r\n")
                record = json.loads(line)
                article = article_from_record(record, where=where)
            except UnicodeDecodeError:
                yield ReadError(where, "not UTF-8 text")
            except json.JSONDecodeError as err:
                yield ReadError(where, f"invalid JSON ({err.msg} at column {err.colno})")
            except RecursionError:
                yield ReadError(where, "invalid JSON (nested too deeply to read)")
            except ReadError as err:
                yield err
            else:
                first = seen.setdefault(article.id, lineno)
                unnamed = record.get("id") is None
                if first != lineno:
                    first_unnamed = article.id in unnamed_ids
                    yield ReadError(
                        where,
                        _duplicate(
                            article.id,
                            f"line {first}",
                            unnamed=unnamed,
                            first_unnamed=first_unnamed,
                        ),
                    )
                elif article.id in others:
                    # The same id in two corpora: records would share one "doc".
                    first_where = others[article.id]
                    yield ReadError(
                        where,
                        _duplicate(
                            article.id,
                            first_where,
                            unnamed=unnamed,
                            first_unnamed=first_where == article.id,
                        ),
                    )
                else:
                    others[article.id] = where
                    if unnamed:
                        unnamed_ids.add(article.id)
                    yield article
    if not records:
        yield ReadError(display, "empty corpus (no JSON Lines records)")


def directory_files(
    directory: str | os.PathLike[str], *, suffixes: tuple[str, ...] = (".txt", ".jsonl")
) -> list[Path]:
    """The files :func:`read_corpus` reads from a directory: its ``.txt`` and
    ``.jsonl`` files (or ``suffixes``; ".TXT" too), subdirectories included, in sorted order.

    Hidden files and directories (a name starting with ".") are left out: Jupyter's
    ``.ipynb_checkpoints/`` copies, editors' lock files and ``.git/`` are not articles.
    """
    root = Path(directory)
    return sorted(
        q
        for q in root.rglob("*")
        if q.suffix.lower() in suffixes
        and q.is_file()
        and not any(part.startswith(".") for part in q.relative_to(root).parts)
    )


def input_sha256(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of an input as :func:`read_corpus` reads it: a file's bytes, or,
    for a directory, the relative path and SHA-256 of each of its
    :func:`directory_files` (one ``"<path>\\0<sha256>\\n"`` line each), so that
    adding, removing, renaming or editing an article changes it. Stamps a corpus
    report.

    Raises:
        OSError: the path or a file in it cannot be read.
    """
    p = Path(path)
    if not p.is_dir():
        return _sha256_file(p)
    digest = hashlib.sha256()
    for file in directory_files(p):
        digest.update(f"{file.relative_to(p).as_posix()}\0{_sha256_file(file)}\n".encode())
    return digest.hexdigest()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[_Source | ReadError]:
    for given in paths:
        display = os.fspath(given)
        p = Path(given)
        if p.is_dir():
            found = directory_files(p)
            if not found:
                yield ReadError(display, "directory has no .txt or .jsonl files")
            for q in found:
                yield _Source(q, os.fspath(q))
        elif not p.exists():
            yield ReadError(display, "no such file or directory")
        else:
            yield _Source(p, display)


def read_corpus(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | ReadError]:
    """Every article under ``paths``, in a stable order, errors in line.

    Files are read in the order given; a directory contributes its ``.txt`` and
    ``.jsonl`` files in sorted order; a ``.jsonl`` file one article per line.
    Bad inputs are yielded as :class:`ReadError` so that a batch goes on past them.
    A file reached twice (the same resolved path: given twice, or given and inside
    a directory given) is read the first time only; the second is a
    :class:`RepeatedInput`. A record id already read from another JSON Lines file
    is one (its records would share one ``"doc"``): ids must be unique across the
    inputs.
    """
    ids: dict[str, str] = {}  # JSON Lines id -> where it was first read
    files: dict[str, str] = {}  # resolved path -> the path as first given
    for src in _expand(paths):
        if isinstance(src, ReadError):
            yield src
            continue
        real = os.path.realpath(src.path)
        if real in files:
            first = files[real]
            also = "" if first == src.display else f" (first as {first})"
            yield RepeatedInput(src.display, f"given twice{also}; read once")
            continue
        files[real] = src.display
        if src.path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(src.path, src.display, ids)
        else:
            try:
                yield read_article(src.display)
            except ReadError as err:
                yield err
