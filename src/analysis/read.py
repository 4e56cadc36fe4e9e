"""Reading articles: text files, directories and JSON Lines corpora -> :class:`Article`.

Text files are UTF-8 (a byte-order mark is dropped, CRLF and CR become LF). The
layout of the seed articles is understood: a headline on the first line, then
metadata lines such as ``Published: Jan 10, 2022 06:42 PM`` and ``Photo: CFP``,
which become metadata and are left out of the body. A file with no such lines
is all body.

A JSON Lines corpus has one object per line with ``"id"`` and ``"text"``
(optional ``"title"``, ``"date"``, ``"source"``; other fields are kept in
``Article.meta``); an id may appear only once in a file.

Bad inputs are :class:`ReadError` with a one-line reason: missing, not a regular
file, empty, binary (a NUL byte anywhere), not UTF-8 (UTF-16 included), larger
than :data:`MAX_BYTES`; in a corpus, per line: invalid or too deeply nested JSON,
not an object, no text, a bad id (not a string or an integer, empty, or with a
control character), a repeated id.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from analysis.namewords import PARTICLES
from analysis.types import Article, Span

#: Largest document accepted, in bytes (a text file, or one JSON Lines record).
MAX_BYTES = 5_000_000

_META_LINE = re.compile(
    r"^[ \t]*(?P<key>Published|Updated|Photo|Photos|Source)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_DATE_FORMATS = (
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%Y/%m/%d",
    "%B %d, %Y %H:%M",
    "%b %d, %Y %H:%M",
)


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


@dataclass(frozen=True)
class _Source:
    path: Path
    display: str


def parse_date(value: str) -> datetime | None:
    """Parse the date formats seen in news metadata; ``None`` when none fits.

    Besides :data:`_DATE_FORMATS` ("Jan 10, 2022 06:42 PM", "2022-01-10", "10
    January 2022", "Sep. 12, 2016"...), ISO 8601 with a time zone or fractions of
    a second ("2016-09-12T10:00:00Z", as JSON corpora write dates) and RFC 2822
    ("Mon, 12 Sep 2016 10:00:00 GMT", as feeds write them). The date is kept as
    written, in its own time zone, without the zone: dates from one corpus compare
    as wall-clock times (a naive and an aware datetime cannot be compared at all).
    """
    value = re.sub(r"\s+", " ", value.strip())
    # "Sep. 12, 2016": AP style abbreviates months with a period.
    value = re.sub(r"^([A-Z][a-z]{2,3})\. ", r"\1 ", value).replace("Sept ", "Sep ")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # 15 ms to import: only when needed

    try:
        return parsedate_to_datetime(value).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        return None


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
    if not text.strip():
        raise ReadError(where, "empty text")
    return text


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words a title-case headline leaves in lower case (Chicago Manual of Style, 8.159).
_TITLE_LOWER = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs "
    "from into onto over with than".split()
)


def _looks_like_headline(text: str, start: int, end: int) -> bool:
    """A first line in title case standing as its own paragraph, with more text after.

    "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton." is a
    headline: three or more capitalised words and every lower-case word one that
    titles leave lower-case. A sentence-case first line is a headline only when it
    is followed by a blank line and does not end a sentence: "Charlotte struggles
    to return to normal after shooting" (3 to 20 words, starting with a capital, no
    final ``.``, ``!``, ``?``, ``:``, ``;`` or ``,``); with a final period it cannot
    be told from a one-line lede, and it stays body text.
    """
    rest = text[end:]
    if not rest.strip():
        return False
    # Its own paragraph: a blank line follows, or the text has no blank lines at all
    # (then every line is a paragraph, see analysis.parse).
    if not re.match(r"[ \t]*\n[ \t]*\n", rest) and re.search(r"\n[ \t]*\n", text.strip()):
        return False
    line = text[start:end]
    if len(line.split()) > 25:
        return False
    words = _TITLE_WORD.findall(line)
    capitalised = sum(1 for w in words if w[0].isupper())
    # Title case: every lower-case word is one a title leaves lower-case. A sentence
    # full of names ("French President Jean Moreau met ...") has a lower-case verb.
    lower_ok = all(w.lower() in _TITLE_LOWER for w in words if not w[0].isupper())
    if capitalised >= 3 and lower_ok:
        return True
    # Sentence case: a blank line after it (in a text without blank lines a line may
    # be a hard-wrapped piece of a sentence), a capital first, no sentence ending.
    return (
        re.match(r"[ \t]*\n[ \t]*\n", rest) is not None
        and 3 <= len(words) <= 20
        and line.lstrip()[:1].isupper()
        and not re.search(r"[.!?:;,…][\"'”’)\]]*\s*$", line)
    )


# "By Jane Doe", "By Jane Doe and John Smith, Reuters", "By The Associated Press":
# "By", then only capitalised words, initials and the particles of names.
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
# a capitalised word (after a particle and a hyphen or apostrophe: "al-Hassan"), a
# particle, "and" or "&"
_BYLINE_WORD = rf"(?:(?:{_PARTICLE}[-'’])?[A-Z][\w.'’-]*|and|&|{_PARTICLE})"
_BYLINE = re.compile(
    rf"[ \t]*By[ \t]+{_BYLINE_WORD}(?:(?:[ \t]+|[ \t]*,[ \t]*){_BYLINE_WORD}){{0,8}}[ \t]*$"
)


def _byline(text: str) -> Span | None:
    """A byline among the first three non-empty lines: the author, not the story's
    subject, so it is metadata (``meta["byline"]``) and no analysis sees it."""
    seen = 0
    for m in re.finditer(r"[^\n]*", text):
        line = m.group()
        if not line.strip():
            continue
        if _BYLINE.fullmatch(line):
            return Span(m.start(), m.end())
        seen += 1
        if seen == 3:
            return None
    return None


def article_from_text(text: str, *, id: str, path: str | None = None) -> Article:
    """Build an :class:`Article` from text, recognising a headline and metadata lines.

    The first non-empty line is the headline when metadata lines (``Published:``,
    ``Photo:``...) follow it before the body starts, or, in a text without them,
    when it is a short line in title case standing as its own paragraph.
    """
    excluded: list[Span] = []
    credits: list[str] = []
    published: datetime | None = None
    meta: dict[str, object] = {}
    for m in _META_LINE.finditer(text):
        key = m.group("key").lower()
        value = m.group("value")
        if key in ("photo", "photos"):
            credits.append(value)
        elif key in ("published", "updated"):
            parsed = parse_date(value)
            meta[key] = value
            if key == "published":
                published = parsed
        else:
            meta[key] = value
        excluded.append(Span(m.start(), m.end()))
    byline = _byline(text)
    if byline is not None:
        meta["byline"] = text[byline.start : byline.end].strip()
        excluded.append(byline)
        excluded.sort(key=lambda span: span.start)

    headline: Span | None = None
    title: str | None = None
    first = re.search(r"\S[^\n]*", text)
    # The seed layout: a headline, then metadata lines with no body text between.
    seed_layout = (
        first is not None
        and bool(excluded)
        and excluded[0].start > first.start()
        and not text[first.end() : excluded[0].start].strip()
    )
    # Otherwise the first line may still be a headline on its own (a "Source: Reuters"
    # line at the end of the article does not make it body text), unless it is itself
    # a metadata line.
    if first is not None and (
        seed_layout
        or (
            not any(s.start <= first.start() < s.end for s in excluded)
            and _looks_like_headline(text, first.start(), first.end())
        )
    ):
        stripped = first.group().rstrip()
        headline = Span(first.start(), first.start() + len(stripped))
        title = stripped
    source = meta.pop("source", None)
    return Article(
        id=id,
        text=text,
        title=title,
        published=published,
        source=str(source) if source is not None else None,
        credits=tuple(credits),
        headline=headline,
        excluded=tuple(excluded),
        path=path,
        meta=meta,
    )


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
    if not text.strip():
        raise ReadError(where, "empty text")
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
                article = article_from_record(json.loads(line), where=where)
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
                if first != lineno:
                    yield ReadError(where, f"duplicate id {article.id!r} (first on line {first})")
                elif article.id in others:
                    # The same id in two corpora: records would share one "doc".
                    yield ReadError(
                        where, f"duplicate id {article.id!r} (first in {others[article.id]})"
                    )
                else:
                    others[article.id] = where
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
    A record id already read from another JSON Lines file is one (its records
    would share one ``"doc"``): ids must be unique across the inputs.
    """
    ids: dict[str, str] = {}  # JSON Lines id -> where it was first read
    for src in _expand(paths):
        if isinstance(src, ReadError):
            yield src
        elif src.path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(src.path, src.display, ids)
        else:
            try:
                yield read_article(src.display)
            except ReadError as err:
                yield err
