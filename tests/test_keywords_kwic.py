"""KWIC and the keywords/kwic commands: exact offsets, matching rules, CLI records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analysis.cli import main
from analysis.frames import KWIC_LINES_COLUMNS, kwic_frame
from analysis.kwic import KWIC_COLUMNS, find_term, kwic
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.types import Document

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def test_kwic_rows_and_offsets() -> None:
    text = "Tea is grown in China. China's tea, and China-Belarus tea, differ.\nTEA wins."
    doc = _doc(text)
    frame = kwic(doc, "tea", width=6)
    assert tuple(frame.columns) == KWIC_COLUMNS
    assert frame["term"].tolist() == ["Tea", "tea", "tea", "TEA"]
    assert frame["start"].tolist() == [0, 31, 54, 67]
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.term
    assert frame.iloc[3]["left"] == ""  # context stays in the paragraph (here: the line)
    assert frame.iloc[2]["right"] == ", diff"
    assert frame.iloc[0]["left"] == ""
    assert frame.iloc[0]["right"] == " is gr"


def test_kwic_context_stays_in_its_paragraph() -> None:
    text = "Title line\nPhoto: CFP\n\nTea is grown\nin China.\n\nMore tea here."
    doc = _doc(text)
    frame = kwic(doc, "tea", width=12)
    assert frame["left"].tolist() == ["", "More "]
    assert frame["right"].tolist() == [" is grown in", " here."]  # line break shown as a space


def test_kwic_possessives_hyphen_parts_and_phrases() -> None:
    text = "Tea is grown in China. China's tea, and China-Belarus tea, differ."
    doc = _doc(text)
    assert find_term(doc, "china") == [(16, 21), (23, 28), (40, 45)]
    assert [text[s:e] for s, e in find_term(doc, "China's tea")] == ["China's tea"]
    assert [text[s:e] for s, e in find_term(doc, "grown in china")] == ["grown in China"]
    assert find_term(doc, "coffee") == []
    with pytest.raises(ValueError, match="no words"):
        find_term(doc, "...")


def test_kwic_matches_decomposed_accents_and_keeps_offsets_into_the_text() -> None:
    # "Beyonce" + U+0301 (decomposed) in the text, the composed "é" in the query and
    # the other way round; a curly possessive; a possessive on a hyphen part.
    text = "Beyonce\u0301's tour opened. Fans of Beyonc\u00e9 came. Belarus-China\u2019s park."
    doc = _doc(text)
    assert find_term(doc, "Beyonc\u00e9") == [(0, 8), (32, 39)]
    assert find_term(doc, "beyonce\u0301") == [(0, 8), (32, 39)]
    assert text[0:8] == "Beyonce\u0301" and text[32:39] == "Beyonc\u00e9"
    assert find_term(doc, "China") == [(54, 59)]  # the part, without its "’s"
    assert text[54:59] == "China"
    shouted = _doc("CHINA'S EXPORTS rose. The US'S role.")
    assert find_term(shouted, "china") == [(0, 5)]  # a possessive in capitals too
    assert find_term(shouted, "us") == [(26, 28)]


def test_kwic_on_the_seed() -> None:
    doc = parse(read_article(SEED))
    assert len(kwic(doc, "cooperation")) == 7  # grep -o cooperation: 7
    assert len(kwic(doc, "China")) == 14  # grep -o China: 14, hyphenated ones included
    railway = kwic(doc, "railway express", width=10)
    assert railway["term"].tolist() == ["Railway Express", "Railway Express"]
    assert railway["left"].tolist() == ["na-Europe ", "na-Europe "]
    lines = kwic_frame(doc, ["cooperation", "industrial park"], width=10, per_keyword=2)
    assert tuple(lines.columns) == KWIC_LINES_COLUMNS
    assert lines["keyword"].tolist() == ["cooperation"] * 2 + ["industrial park"] * 2


def test_cli_keywords_jsonl() -> None:
    result = CliRunner().invoke(main, ["keywords", str(SEED), "--top", "3", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [list(r) for r in rows] == [["doc", "rank", "keyword", "score", "count", "method"]] * 3
    assert [(r["rank"], r["keyword"], r["count"]) for r in rows] == [
        (1, "Belarus", 12),
        (2, "China", 14),
        (3, "cooperation", 7),
    ]


def test_cli_keywords_methods(tmp_path: Path) -> None:
    runner = CliRunner()
    freq = runner.invoke(
        main, ["keywords", str(SEED), "--method", "frequency", "--ngram", "2", "--top", "2",
               "--format", "csv"],
    )  # fmt: skip
    assert freq.exit_code == 0, freq.output
    assert freq.output.splitlines()[0] == "doc,rank,keyword,score,count,method"
    assert [line.split(",")[2:5:2] for line in freq.output.splitlines()[1:]] == [
        ["30th anniversary", "3"],
        ["diplomatic ties", "3"],
    ]
    coll = runner.invoke(
        main, ["keywords", str(SEED), "--method", "collocations", "--top", "2", "--format", "json"]
    )
    assert coll.exit_code == 0, coll.output
    assert [(r["keyword"], r["count"]) for r in json.loads(coll.output)] == [
        ("30th anniversary", 3),
        ("diplomatic ties", 3),
    ]
    bad = runner.invoke(main, ["keywords", str(SEED), "--ngram", "2"])
    assert bad.exit_code == 2 and "--unit and --ngram" in bad.output
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Solar panels and solar farms. Solar power grows.\n", encoding="utf-8")
    b.write_text("Wind farms and wind power. Wind grows.\n", encoding="utf-8")
    tfidf = runner.invoke(
        main, ["keywords", str(a), str(b), "--method", "tfidf", "--top", "1", "--format", "jsonl"]
    )
    assert tfidf.exit_code == 0, tfidf.output
    rows = [json.loads(line) for line in tfidf.output.splitlines()]
    assert [(r["doc"], r["keyword"], r["count"]) for r in rows] == [
        (str(a), "solar", 3),
        (str(b), "wind", 3),
    ]
    # one document has no others to weigh against: a usage error, not raw counts
    alone = runner.invoke(main, ["keywords", str(a), "--method", "tfidf"])
    assert alone.exit_code == 2 and alone.stdout == ""
    assert f"--method tfidf weighs each document against the others, and {a} is" in alone.output
    # the others failed to read: each failure and the lone document are reported, exit 1
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    lone = runner.invoke(main, ["keywords", str(empty), str(a), "--method", "tfidf"])
    assert lone.exit_code == 1 and lone.stdout == ""
    assert lone.stderr.splitlines()[-1] == (
        f"analysis: error: {a}: --method tfidf weighs each document against the others, "
        "and no other input could be read"
    )
    assert lone.stderr.splitlines()[0].startswith(f"analysis: error: {empty}: ")


def test_cli_kwic() -> None:
    result = CliRunner().invoke(
        main, ["kwic", str(SEED), "industrial park", "--width", "12", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["term"], r["start"], r["end"]) for r in rows] == [
        ("industrial park", 1034, 1049),
        ("industrial park", 2688, 2703),
    ]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["term"] for r in rows)
    assert rows[0]["left"] == "ina-Belarus "


def test_cli_bad_input_keeps_going(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["keywords", str(missing), str(SEED), "--top", "1"])
    assert result.exit_code == 1
    assert "Belarus" in result.output
