"""The per-document bundle of ``analysis analyze`` and the tidy tables made from it."""

from __future__ import annotations

import gc
import json
import math
import os
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy
import pytest

import analysis
import analysis.actors
import analysis.parse
import analysis.pipeline
import analysis.quotes
import analysis.sentiment
from analysis import actors, keywords, quotes, sentiment, stats
from analysis.parse import parse
from analysis.pipeline import SECTIONS, analyze, analyze_article
from analysis.read import article_from_text, read_article, read_corpus
from analysis.tables import COLUMNS, TABLES, clean, frames, json_line, rows
from analysis.types import Article, Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_396a11e332c8e407.txt"
CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return parse(read_article(SEED))


@pytest.fixture(scope="module")
def seed_bundle(seed_doc: Document) -> dict[str, Any]:
    return analyze(seed_doc)


def test_bundle_keys_in_order(seed_bundle: dict[str, Any]) -> None:
    assert list(seed_bundle) == ["doc", "title", "source", "published", *SECTIONS]
    assert seed_bundle["doc"] == str(SEED)
    assert seed_bundle["published"] == "2022-01-10T18:42:00"
    assert seed_bundle["title"].endswith(": Xi to Lukashenko")


def test_stats_and_sentences_equal_direct_calls(
    seed_doc: Document, seed_bundle: dict[str, Any]
) -> None:
    assert seed_bundle["stats"] == asdict(stats.text_stats(seed_doc))
    assert seed_bundle["stats"]["words"] == 386
    direct = stats.sentence_stats(seed_doc)
    assert [s["sentence"] for s in seed_bundle["sentences"]] == [s.sentence for s in direct]
    assert len(seed_bundle["sentences"]) == 10  # body sentences; the headline is left out
    scored = {s.sentence: s.score for s in sentiment.sentences(seed_doc)}
    for row, s in zip(seed_bundle["sentences"], direct, strict=True):
        assert {k: row[k] for k in asdict(s)} == asdict(s)
        assert {k: row[k] for k in ("compound", "pos", "neu", "neg")} == asdict(scored[s.sentence])


def test_keywords_equal_direct_call(seed_doc: Document, seed_bundle: dict[str, Any]) -> None:
    direct = keywords.extract_keywords(seed_doc, top=10)
    assert seed_bundle["keywords"] == [asdict(k) for k in direct]
    assert len(seed_bundle["keywords"]) == 10
    assert analyze(seed_doc, top=3)["keywords"] == [asdict(k) for k in direct[:3]]


def test_actors_count_every_mention(seed_doc: Document, seed_bundle: dict[str, Any]) -> None:
    mentions = actors.find_mentions(seed_doc)
    counts = Counter(m.canonical for m in mentions)
    got = {a["actor"]: a["mentions"] for a in seed_bundle["actors"]}
    assert got == dict(counts)
    first = {a["actor"]: a for a in seed_bundle["actors"]}
    assert first["Xi Jinping"]["role"] == "Chinese President"
    assert first["Alexander Lukashenko"]["role"] == "Belarusian President"
    # first mention offsets are exact
    for a in seed_bundle["actors"]:
        assert seed_doc.text[a["first_start"] : a["first_end"]] in {
            m.text for m in mentions if m.canonical == a["actor"]
        }
    tone = {g.name: g for g in sentiment.by_actor(seed_doc, mentions)}
    for a in seed_bundle["actors"]:
        assert a["compound"] == tone[a["actor"]].compound
        assert a["sentences"] == tone[a["actor"]].segments


def test_quotes_and_speakers_equal_direct_calls(
    seed_doc: Document, seed_bundle: dict[str, Any]
) -> None:
    direct = quotes.quotes(seed_doc)
    assert len(direct) == 13
    got = [
        {k: v for k, v in q.items() if k not in ("quote", "words")} for q in seed_bundle["quotes"]
    ]
    assert got == [asdict(q) for q in direct]
    assert [q["quote"] for q in seed_bundle["quotes"]] == list(range(13))
    # "China, Belarus should jointly guide intl community to adopt correct approach to
    # democracy, human rights": 15 words, counted by hand
    assert seed_bundle["quotes"][0]["words"] == 15
    speakers = seed_bundle["speakers"]
    assert [(s["speaker"], s["attributions"]) for s in speakers] == [
        ("Xi Jinping", 10),
        ("Alexander Lukashenko", 3),
    ]
    assert sum(s["words"] for s in speakers) == sum(q["words"] for q in seed_bundle["quotes"])
    assert sum(s["share"] for s in speakers) == pytest.approx(1.0)
    tone = {g.name: g for g in sentiment.by_speaker(seed_doc, direct)}
    for s in speakers:
        assert s["compound"] == tone[s["speaker"]].compound


def test_sentiment_equals_direct_calls(seed_doc: Document, seed_bundle: dict[str, Any]) -> None:
    overall = sentiment.document(seed_doc)
    got = seed_bundle["sentiment"]
    assert {k: got[k] for k in ("method", "compound", "pos", "neu", "neg", "std")} == {
        "method": "news",
        "compound": overall.compound,
        "pos": overall.pos,
        "neu": overall.neu,
        "neg": overall.neg,
        "std": overall.std,
    }
    assert got["drivers"] == list(overall.drivers)
    narration, quoted = sentiment.by_voice(seed_doc, quotes.quotes(seed_doc))
    assert got["narration_compound"] == narration.compound
    assert got["quoted_words"] == quoted.words


# Counted by wrapping module functions, which compiled modules call directly: so the
# count runs in a child process on a pure-Python copy of the package (the sources the
# compiled build is made from), whichever way this installation runs.
_COUNT_CALLS = """
import json, sys
from collections import Counter
import analysis.actors, analysis.parse, analysis.pipeline, analysis.quotes, analysis.sentiment
from analysis.pipeline import analyze_article
from analysis.read import read_article

assert not analysis.compiled.compiled_modules()
calls = Counter()

def counting(module, name):
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        calls[name] += 1
        return original(*args, **kwargs)

    setattr(module, name, wrapper)

counting(analysis.pipeline, "parse")
counting(analysis.parse, "tokenize")
counting(analysis.actors, "find_mentions")
counting(analysis.quotes, "find_mentions")
counting(analysis.sentiment, "sentences")
analyze_article(read_article(sys.argv[1]))
print(json.dumps(calls))
"""


def test_document_parsed_once_and_shared(tmp_path: Path) -> None:
    package = Path(analysis.__file__).parent
    shutil.copytree(
        package, tmp_path / "analysis", ignore=shutil.ignore_patterns("*.so", "compiled.json")
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_CALLS, str(SEED)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    calls = json.loads(out.stdout)
    assert calls["parse"] == 1
    # parse tokenizes sentence by sentence: 1 headline + 10 body sentences; nothing else
    assert calls["tokenize"] == 11
    assert calls["find_mentions"] == 1
    assert calls["sentences"] == 1


def test_body_without_words_keeps_the_other_analyses() -> None:
    # a headline over a line of dashes: no readability, but keywords and sentiment
    doc = parse(article_from_text("Big News Today\n\n-----------\n", id="d"))
    bundle = analyze(doc)
    assert bundle["title"] == "Big News Today"
    stats = bundle["stats"]
    assert (stats["words"], stats["sentences"], stats["characters"]) == (0, 0, 11)
    assert math.isnan(stats["flesch_reading_ease"]) and math.isnan(stats["type_token_ratio"])
    # two words, then the phrase written once (a list too short goes on with phrases)
    assert [k["keyword"] for k in bundle["keywords"]] == ["News", "Big", "Big News"]
    assert bundle["sentiment"]["words"] == 3
    assert [(s["start"], s["end"], s["words"]) for s in bundle["sentences"]] == [(16, 27, 0)]
    line = json.loads(json_line(bundle))
    assert line["stats"]["flesch_reading_ease"] is None
    assert line["stats"]["smog"] is None and line["stats"]["words"] == 0


def test_top_must_be_positive(seed_doc: Document) -> None:
    with pytest.raises(ValueError, match="top"):
        analyze(seed_doc, top=0)


# --- tidy tables -----------------------------------------------------------------------


def test_rows_have_the_documented_columns(seed_bundle: dict[str, Any]) -> None:
    table_rows = rows(seed_bundle)
    assert tuple(table_rows) == TABLES
    for table in TABLES:
        names = [c for c, _ in COLUMNS[table]]
        assert names[0] == "doc"
        for row in table_rows[table]:
            assert list(row) == names, table
    document = table_rows["documents"][0]
    assert document["published"] == datetime(2022, 1, 10, 18, 42)
    assert document["words"] == 386
    assert (document["quotes"], document["speakers"], document["keywords"]) == (13, 2, 10)
    assert len(table_rows["quotes"]) == 13
    assert len(table_rows["sentences"]) == 10


def test_frames_of_a_corpus() -> None:
    bundles = [analyze_article(a) for a in read_corpus([CORPUS]) if isinstance(a, Article)]
    tables = frames(bundles)
    assert list(tables["documents"]["doc"]) == [
        "planet-001",
        "planet-002",
        "gazette-001",
        "gazette-002",
        "gazette-003",
    ]
    assert list(tables["documents"]["source"].unique()) == ["Daily Planet", "Gotham Gazette"]
    for table in TABLES:
        assert list(tables[table].columns) == [c for c, _ in COLUMNS[table]]
    assert str(tables["documents"]["published"].dtype) == "datetime64[ns]"
    speakers = tables["speakers"]
    by_doc = speakers.groupby("speaker")["doc"].nunique().to_dict()
    # Helen Ortiz speaks in planet-001, planet-002 and gazette-002; Peter Novak in
    # planet-001, planet-002 and gazette-003; Maria Chen in gazette-001 and gazette-003
    named = {"Helen Ortiz", "Peter Novak", "Maria Chen"}
    assert {k: v for k, v in by_doc.items() if k in named} == {
        "Helen Ortiz": 3,
        "Peter Novak": 3,
        "Maria Chen": 2,
    }


def test_frames_of_nothing_keep_columns() -> None:
    tables = frames([])
    for table in TABLES:
        assert tables[table].empty
        assert list(tables[table].columns) == [c for c, _ in COLUMNS[table]]


def test_clean_rounds_floats_nulls_nan_and_keeps_plain_values() -> None:
    value = {
        "a": 1.23456789,
        "b": float("nan"),
        "c": [float("inf"), -float("inf"), 2, "x", None, True, (0.1234564, {"d": 1e-7})],
        "e": numpy.float64(0.5000004),
    }
    assert clean(value) == {
        "a": 1.234568,
        "b": None,
        "c": [None, None, 2, "x", None, True, [0.123456, {"d": 0.0}]],
        "e": 0.5,
    }
    assert clean(2.0000001) == 2.0 and clean(float("nan")) is None and clean("é") == "é"
    # compact separators, non-ASCII kept, floats rounded, NaN as null
    line = json_line({"doc": "é", "x": 0.1 + 0.2, "n": [1, None, float("nan")], "t": (2.5e-7,)})
    assert line == '{"doc":"é","x":0.3,"n":[1,null,null],"t":[0.0]}'
    assert (
        json_line({"f": numpy.float64(0.1234567), "d": {"e": 1e-3}})
        == '{"f":0.123457,"d":{"e":0.001}}'
    )
    # line and paragraph separators inside a string are escaped: one record, one line
    line = json_line({"doc": "a\u2028b", "q": ["c\u2029d\x85e"]})
    assert line == '{"doc":"a\\u2028b","q":["c\\u2029d\\u0085e"]}'
    assert len(line.splitlines()) == 1
    assert json.loads(line) == {"doc": "a\u2028b", "q": ["c\u2029d\x85e"]}


def test_round6_is_round_to_six_places_bit_for_bit() -> None:
    import math
    import struct

    from analysis.tables import round6

    def bits(x: float) -> bytes:
        return struct.pack("<d", x)

    # hand-checked values, a tie on each side, a negative zero, beyond the fast range
    assert round6(0.1234564) == 0.123456
    assert round6(-2.718281828) == -2.718282
    assert round6(0.0000005) == 0.0  # a tie to even: round's own answer
    assert bits(round6(-0.0000001)) == bits(-0.0)
    assert round6(123456789.123456789) == 123456789.123457
    grid = [(k + d) / 1e6 for k in range(-2000, 2000, 3) for d in (0.0, 0.25, 0.5, 0.4999995)]
    grid += [math.pi * 10.0**e for e in range(-8, 9)]
    for x in grid:
        assert bits(round6(x)) == bits(round(x, 6)), x


def test_the_pipeline_leaves_no_reference_cycles() -> None:
    # analysis.runner.settle raises the young-generation threshold on the promise that
    # a document's objects are freed by reference counting: cyclic garbage would wait
    # for the collector and memory would grow with the corpus (a closure calling another
    # closure did so once it was compiled). Garbage of other threads (an event loop left
    # by an earlier test) is not the pipeline's: only the package's own objects count.
    articles = [a for a in read_corpus([CORPUS]) if isinstance(a, Article)]
    docs = [parse(a) for a in articles] + [parse(read_article(SEED))]
    for doc in docs:
        json_line(analyze(doc))  # lexicons and caches loaded first
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for doc in docs:
            json_line(analyze(doc))
        gc.collect()
        ours = [
            type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith("analysis")
        ]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert ours == []
