"""Tidy tables flattened from the per-document bundles, and the writers of ``analyze``.

Six tables, one row per observation, every row starting with ``doc``; the columns
are fixed (:data:`COLUMNS`, names and types) and present even when a table has no
rows. The fields are those of :mod:`analysis.pipeline`'s bundle:

``documents``
    One row per document: ``doc``, ``title``, ``source``, ``published``
    (timestamp), every :class:`~analysis.types.TextStats` field, the document
    sentiment (``sentiment_method``, ``sentiment_compound``, ``_pos``, ``_neu``,
    ``_neg``, ``_std``, ``_positive``, ``_negative`` shares of sentences),
    ``narration_compound``/``_words`` and ``quoted_compound``/``_words`` (by
    voice), then the number of ``keywords``, ``actors``, ``quotes``, ``speakers``.
``sentences``
    One row per body sentence: :class:`~analysis.types.SentenceStats` fields, then
    its sentiment ``compound``, ``pos``, ``neu``, ``neg``.
``keywords``
    ``doc, rank, keyword, score, count, method``.
``actors``
    One row per actor (canonical name): ``actor, kind, role, mentions,
    first_start, first_end``, and the sentiment of the sentences naming it
    (``compound, std, sentences, words``).
``quotes``
    One row per attribution: ``quote`` (index in the document), every
    :class:`~analysis.types.Quote` field, ``words`` (word tokens in the content).
``speakers``
    One row per speaker: ``speaker, role, attributions, words, share``, and the
    sentiment of their quoted words (``compound, std, positive, negative``).

:class:`JsonlSink` writes one JSON object per document (the nested bundle);
:class:`ParquetSink` appends rows to one Parquet file per table, a row group at a
time, so memory stays bounded however long the corpus.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, TextIO

import orjson
import pandas as pd

from analysis.jsontext import escape_line_breaks
from analysis.pipeline import Bundle
from analysis.types import Quote, SentenceStats, TextStats

ColumnType = Literal["string", "int", "float", "timestamp"]
Table = Literal["documents", "sentences", "keywords", "actors", "quotes", "speakers"]

#: The tables, in the order they are described and written.
TABLES: tuple[Table, ...] = ("documents", "sentences", "keywords", "actors", "quotes", "speakers")


def _fields(cls: type, skip: Sequence[str] = ()) -> list[tuple[str, ColumnType]]:
    types: dict[str, ColumnType] = {
        "int": "int",
        "float": "float",
        "str": "string",
        "QuoteKind": "string",
    }
    return [
        (name, types[str(f.type).removesuffix(" | None")])
        for name, f in cls.__dataclass_fields__.items()  # type: ignore[attr-defined]
        if name not in skip
    ]


_SENTIMENT_DOC: tuple[tuple[str, ColumnType], ...] = (
    ("sentiment_method", "string"),
    ("sentiment_compound", "float"),
    ("sentiment_pos", "float"),
    ("sentiment_neu", "float"),
    ("sentiment_neg", "float"),
    ("sentiment_std", "float"),
    ("sentiment_positive", "float"),
    ("sentiment_negative", "float"),
    ("narration_compound", "float"),
    ("narration_words", "int"),
    ("quoted_compound", "float"),
    ("quoted_words", "int"),
)

#: Column names and types of every table, in order.
COLUMNS: dict[Table, tuple[tuple[str, ColumnType], ...]] = {
    "documents": (
        ("doc", "string"),
        ("title", "string"),
        ("source", "string"),
        ("published", "timestamp"),
        *_fields(TextStats),
        *_SENTIMENT_DOC,
        ("keywords", "int"),
        ("actors", "int"),
        ("quotes", "int"),
        ("speakers", "int"),
    ),
    "sentences": (
        ("doc", "string"),
        *_fields(SentenceStats),
        ("compound", "float"),
        ("pos", "float"),
        ("neu", "float"),
        ("neg", "float"),
    ),
    "keywords": (
        ("doc", "string"),
        ("rank", "int"),
        ("keyword", "string"),
        ("score", "float"),
        ("count", "int"),
        ("method", "string"),
    ),
    "actors": (
        ("doc", "string"),
        ("actor", "string"),
        ("kind", "string"),
        ("role", "string"),
        ("mentions", "int"),
        ("first_start", "int"),
        ("first_end", "int"),
        ("compound", "float"),
        ("std", "float"),
        ("sentences", "int"),
        ("words", "int"),
    ),
    "quotes": (("doc", "string"), ("quote", "int"), *_fields(Quote), ("words", "int")),
    "speakers": (
        ("doc", "string"),
        ("speaker", "string"),
        ("role", "string"),
        ("attributions", "int"),
        ("words", "int"),
        ("share", "float"),
        ("compound", "float"),
        ("std", "float"),
        ("positive", "float"),
        ("negative", "float"),
    ),
}


def rows(bundle: Bundle) -> dict[Table, list[dict[str, Any]]]:
    """The rows one document contributes to each table (columns as :data:`COLUMNS`)."""
    doc = bundle["doc"]
    published = bundle["published"]
    document: dict[str, Any] = {
        "doc": doc,
        "title": bundle["title"],
        "source": bundle["source"],
        "published": datetime.fromisoformat(published) if published else None,
    }
    document.update(bundle["stats"])
    tone = bundle["sentiment"]
    for name, _ in _SENTIMENT_DOC:
        key = name.removeprefix("sentiment_")
        document[name] = tone[key]
    for table in ("keywords", "actors", "quotes", "speakers"):
        document[table] = len(bundle[table])
    out: dict[Table, list[dict[str, Any]]] = {"documents": [document]}
    for table in TABLES[1:]:
        out[table] = [{"doc": doc, **item} for item in bundle[table]]
    return out


def _pandas_dtype(kind: ColumnType) -> str:
    return {
        "string": "object",
        "int": "Int64",
        "float": "float64",
        "timestamp": "datetime64[ns]",
    }[kind]


def frames(bundles: Iterable[Bundle]) -> dict[Table, pd.DataFrame]:
    """Every table as a DataFrame with the columns of :data:`COLUMNS`, in that order."""
    collected: dict[Table, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for bundle in bundles:
        for table, table_rows in rows(bundle).items():
            collected[table].extend(table_rows)
    return {t: _frame(t, collected[t]) for t in TABLES}


def _frame(table: Table, data: list[dict[str, Any]]) -> pd.DataFrame:
    columns = COLUMNS[table]
    frame = pd.DataFrame.from_records(data, columns=[c for c, _ in columns])
    return frame.astype({c: _pandas_dtype(k) for c, k in columns})


def read_tables(directory: str | os.PathLike[str]) -> dict[Table, pd.DataFrame]:
    """The tables a :class:`ParquetSink` wrote to ``directory``, as DataFrames."""
    import pyarrow.parquet as pq

    base = Path(directory)
    out: dict[Table, pd.DataFrame] = {}
    for table in TABLES:
        data = pq.read_table(base / f"{table}.parquet").to_pylist()
        out[table] = _frame(table, data)
    return out


# --- writers ------------------------------------------------------------------------


#: Values :func:`clean` returns as they are, tested by exact type (fast path).
_PLAIN: frozenset[type] = frozenset({str, int, bool, type(None)})


_INF = math.inf


def _number(value: float) -> float | None:
    # NaN fails both comparisons, so NaN and the infinities become None.
    return _round6(value) if -_INF < value < _INF else None


def round6(x: float) -> float:
    """``round(x, 6)`` for a finite float, without its decimal conversion in the
    common case (half an ``analyze`` bundle's cleaning time was ``round``).

    ``round(x, 6)`` is the double nearest to ``K / 10**6``, ``K`` the integer nearest
    to the exact ``x * 10**6`` (ties to even). ``y = x * 1e6`` is off that product
    by at most ``|y| * 2**-53 < 2e-7`` while ``|y| < 1e9``; when ``y`` is farther than
    ``1e-6`` from a half-integer, ``round(y)`` is that same ``K``, and ``K / 1e6``,
    a quotient of two exactly represented numbers, is correctly rounded: the same
    double. Near a tie, beyond that range and for ``K == 0`` (``round`` keeps the
    sign of a negative zero), ``round`` itself decides.
    """
    if x == 0.0:
        return x  # round(±0.0, 6) is the same zero, sign kept (a common value)
    y = x * 1e6
    if -1e9 < y < 1e9:
        k = round(y)
        if k and -0.499999 < y - k < 0.499999:
            return k / 1e6
    return round(x, 6)


_round6 = round6


def clean(value: Any) -> Any:
    """JSON-ready: NaN and infinities become ``None``, floats keep 6 decimals.

    Mappings become dicts and lists or tuples lists, recursively. Plain values in
    a container (strings, ints, finite floats, ``None``) are handled in line, so a
    bundle of flat records is cleaned without a call per value; zeros (a third of
    an ``analyze`` bundle's floats) skip the rounding.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is float:
        return _number(value)
    if isinstance(value, float):  # numpy.float64 and other subclasses: a plain float
        return _number(float(value))
    if kind is dict or isinstance(value, Mapping):
        return {
            k: v
            if type(v) in _PLAIN
            else ((_round6(v) if v else v) if type(v) is float and -_INF < v < _INF else clean(v))
            for k, v in value.items()
        }
    if kind is list or isinstance(value, list | tuple):
        return [
            v
            if type(v) in _PLAIN
            else ((_round6(v) if v else v) if type(v) is float and -_INF < v < _INF else clean(v))
            for v in value
        ]
    return value


def json_line(bundle: Bundle) -> str:
    """One document's JSON line (without the newline), as :class:`JsonlSink` writes it:
    the :func:`clean` bundle, non-ASCII characters kept (UTF-8), compact separators.

    Encoded by ``orjson``, several times faster than :mod:`json` (the encoding was
    a tenth of ``analysis analyze``'s time); the same values as
    ``json.dumps(clean(bundle), ensure_ascii=False)`` when parsed, for the bundles
    :func:`analysis.pipeline.analyze` makes (string keys, integers within 64 bits:
    orjson refuses others with ``TypeError``). U+2028, U+2029 and U+0085, which
    orjson writes as they are, are escaped as in every other JSON output
    (:mod:`analysis.jsontext`).
    """
    return escape_line_breaks(orjson.dumps(clean(bundle)).decode())


class JsonlSink:
    """One JSON object per document, a line each, flushed as it is written."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, bundle: Bundle) -> None:
        self.out.write(json_line(bundle) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


def arrow_schema(table: Table) -> Any:
    """The :class:`pyarrow.Schema` of a table."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "timestamp": pa.timestamp("s"),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


class ParquetSink:
    """``<directory>/<table>.parquet`` for every table, written incrementally.

    Rows are held until ``rows_per_group`` of a table have come, then written as
    one row group. Files are written under a temporary name and renamed by
    :meth:`close`, so a run that stops half-way leaves no truncated table
    looking complete.
    """

    def __init__(self, directory: str | os.PathLike[str], *, rows_per_group: int = 4096) -> None:
        import pyarrow.parquet as pq

        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.rows_per_group = rows_per_group
        self._held: dict[Table, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._writers: dict[Table, Any] = {}
        for table in TABLES:
            self._writers[table] = pq.ParquetWriter(
                self._partial(table), arrow_schema(table), compression="zstd"
            )

    def _partial(self, table: Table) -> Path:
        return self.directory / f".{table}.parquet.partial"

    def write(self, bundle: Bundle) -> None:
        for table, table_rows in rows(bundle).items():
            held = self._held[table]
            held.extend(table_rows)
            if len(held) >= self.rows_per_group:
                self._flush(table)

    def _flush(self, table: Table) -> None:
        import pyarrow as pa

        held = self._held[table]
        if held:
            batch = pa.Table.from_pylist(held, schema=arrow_schema(table))
            self._writers[table].write_table(batch)
            held.clear()

    def close(self) -> None:
        for table in TABLES:
            self._flush(table)
            self._writers[table].close()
            os.replace(self._partial(table), self.directory / f"{table}.parquet")
