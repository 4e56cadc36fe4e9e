"""The corpus comparison: collect, TF-IDF, corpus frames and plots, ``report --corpus``."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from analysis import frames, plots
from analysis.cli import main
from analysis.corpus import (
    FAILURES_COLUMNS,
    TERMS_COLUMNS,
    CorpusTables,
    collect,
    distinctive_terms,
    failure_lines,
    overview,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"


@pytest.fixture(scope="module")
def tables() -> CorpusTables:
    return collect([CORPUS], top=5)


def test_collect_tables_terms_failures(tables: CorpusTables) -> None:
    documents = tables["documents"]
    assert list(documents["doc"]) == [
        "planet-001",
        "planet-002",
        "gazette-001",
        "gazette-002",
        "gazette-003",
    ]
    assert list(tables.terms.columns) == list(TERMS_COLUMNS)
    assert list(tables.failures.columns) == list(FAILURES_COLUMNS)
    assert tables.failures.empty
    assert failure_lines(tables) == ["Every document was analysed."]
    park = tables.terms[(tables.terms["doc"] == "planet-001") & (tables.terms["term"] == "park")]
    # "riverside park", "This park", "The park": three times in planet-001
    assert park["count"].tolist() == [3]


def test_collect_reports_failures_and_refuses_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Rain fell. The river rose."}\n{"id": 1}\n', "utf-8")
    got = collect([bad])
    assert list(got["documents"]["doc"]) == ["ok"]
    assert got.failures.to_dict("records") == [
        {"where": f"{bad}:2", "reason": "record has no 'text' string"}
    ]
    assert failure_lines(got) == [f"Not analysed: {bad}:2: record has no 'text' string"]
    nothing = tmp_path / "nothing.jsonl"
    nothing.write_text('{"id": 1}\n', "utf-8")
    with pytest.raises(ValueError, match="no document could be analysed"):
        collect([nothing])


def test_collect_with_two_workers_is_identical(tables: CorpusTables) -> None:
    two = collect([CORPUS], top=5, workers=2)
    for name, frame in tables.tables.items():
        assert two[name].equals(frame), name
    assert two.terms.equals(tables.terms)


def test_overview(tables: CorpusTables) -> None:
    got = overview(tables)
    assert got["Documents"] == 5
    assert got["Not analysed"] == 0
    assert got["Outlets"] == "Daily Planet, Gotham Gazette"
    assert got["Published"] == "2024-03-01 to 2024-03-15"
    assert got["Words"] == int(tables["documents"]["words"].sum())


def test_distinctive_terms_by_hand() -> None:
    counts = {
        "a": Counter({"storm": 3, "city": 2, "rare": 1}),
        "b": Counter({"city": 4, "park": 2}),
    }
    got = distinctive_terms(counts, top=5)
    idf_one = math.log(3 / 2) + 1  # used by one group of two
    assert got["a"] == [("storm", 3, pytest.approx(3 * idf_one)), ("city", 2, pytest.approx(2.0))]
    assert got["b"] == [("city", 4, pytest.approx(4.0)), ("park", 2, pytest.approx(2 * idf_one))]
    assert distinctive_terms(counts, top=5, min_count=1)["a"][-1][0] == "rare"
    with pytest.raises(ValueError, match="top"):
        distinctive_terms(counts, top=0)


def test_distinctive_frames(tables: CorpusTables) -> None:
    documents = tables["documents"]
    by_doc = frames.corpus_distinctive_frame(tables.terms, documents, by="doc", top=3)
    assert list(by_doc.columns) == list(frames.CORPUS_DISTINCTIVE_COLUMNS)
    first = by_doc.iloc[0].to_dict()
    # "park": 3 times in planet-001 and in no other of the 5 documents
    assert first["group"] == "planet-001" and first["term"] == "park" and first["count"] == 3
    assert first["score"] == pytest.approx(3 * (math.log(6 / 2) + 1))
    by_outlet = frames.corpus_distinctive_frame(tables.terms, documents, by="source", top=3)
    gazette = by_outlet[by_outlet["group"] == "Gotham Gazette"]
    # "festival": 5 times over the Gazette's articles, never in the Planet's
    assert gazette.iloc[0][["term", "count"]].tolist() == ["festival", 5]
    assert gazette.iloc[0]["score"] == pytest.approx(5 * (math.log(3 / 2) + 1))
    with pytest.raises(ValueError, match="group by"):
        frames.corpus_distinctive_frame(tables.terms, documents, by="author")


def test_speakers_across_articles(tables: CorpusTables) -> None:
    got = frames.corpus_speakers_frame(tables["speakers"], tables["documents"])
    assert list(got.columns) == list(frames.CORPUS_SPEAKERS_COLUMNS)
    top = got.head(3)[["speaker", "role", "documents", "outlets"]].to_dict("records")
    assert top == [
        {"speaker": "Helen Ortiz", "role": "Mayor", "documents": 3, "outlets": 2},
        {"speaker": "Peter Novak", "role": "Councillor", "documents": 3, "outlets": 2},
        {"speaker": "Maria Chen", "role": "festival director", "documents": 2, "outlets": 1},
    ]
    speakers = tables["speakers"]
    ortiz = speakers[speakers["speaker"] == "Helen Ortiz"]
    weighted = (ortiz["compound"] * ortiz["words"]).sum() / ortiz["words"].sum()
    assert got.iloc[0]["compound"] == pytest.approx(weighted)
    assert got.iloc[0]["attributions"] == ortiz["attributions"].sum()
    assert "(unknown)" not in set(got["speaker"])


def test_sentiment_by_outlet_and_date(tables: CorpusTables) -> None:
    documents = tables["documents"]
    by_source = frames.corpus_sentiment_frame(documents, by="source")
    assert list(by_source.columns) == list(frames.CORPUS_SENTIMENT_COLUMNS)
    assert by_source["group"].tolist() == ["Daily Planet", "Gotham Gazette"]
    assert by_source["documents"].tolist() == [2, 3]
    planet = documents[documents["source"] == "Daily Planet"]
    expected = (planet["sentiment_compound"] * planet["words"]).sum() / planet["words"].sum()
    assert by_source.iloc[0]["compound"] == pytest.approx(expected)
    by_date = frames.corpus_sentiment_frame(documents, by="date")
    assert by_date["group"].tolist() == [
        "2024-03-01",
        "2024-03-02",
        "2024-03-08",
        "2024-03-09",
        "2024-03-15",
    ]


def test_statistics_and_documents_frames(tables: CorpusTables) -> None:
    documents = tables["documents"]
    stats = frames.corpus_statistics_frame(documents)
    assert list(stats.columns) == list(frames.CORPUS_STATISTICS_COLUMNS)
    assert stats["measure"].tolist() == [label for _, label in frames.CORPUS_MEASURES]
    words = stats[stats["measure"] == "words"].iloc[0]
    assert words["documents"] == 5
    assert words["mean"] == pytest.approx(documents["words"].mean())
    short = frames.corpus_documents_frame(documents)
    assert list(short.columns) == list(frames.CORPUS_DOCUMENTS_COLUMNS)
    assert short.iloc[0][["doc", "outlet", "date"]].tolist() == [
        "planet-001",
        "Daily Planet",
        "2024-03-01",
    ]


def test_corpus_plots(tables: CorpusTables) -> None:
    documents = tables["documents"]
    fig = plots.corpus_distributions(documents)
    assert [ax.get_title() for ax in fig.axes] == [
        "Words per article",
        "Words per sentence",
        "Flesch reading ease",
        "Sentiment (compound)",
    ]
    terms = frames.corpus_distinctive_frame(tables.terms, documents, by="source", top=4)
    fig = plots.corpus_distinctive(terms)
    assert [ax.get_title() for ax in fig.axes if ax.get_title()] == [
        "Daily Planet",
        "Gotham Gazette",
    ]
    speakers = frames.corpus_speakers_frame(tables["speakers"], documents)
    fig = plots.corpus_speakers(speakers, top=3)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "Helen Ortiz",
        "Peter Novak",
        "Maria Chen",
    ]
    fig = plots.corpus_sentiment(frames.corpus_sentiment_frame(documents))
    assert fig.axes[0].get_title() == "Sentiment by outlet"
    with pytest.raises(ValueError):
        plots.corpus_speakers(speakers.head(0))


# --- the report -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus-report")
    result = CliRunner().invoke(
        main, ["report", "--corpus", str(CORPUS), "--out", str(out), "-p", "top_n", "5"]
    )
    assert result.exit_code == 0, result.output
    assert "corpus.html" in result.stdout and "corpus.pdf" in result.stdout
    return out


def test_report_html(rendered: Path) -> None:
    markup = (rendered / "corpus.html").read_text(encoding="utf-8")
    assert "Corpus: corpus.jsonl" in markup
    for section in (
        "Statistics across documents",
        "Distinctive terms",
        "Speakers across articles",
        "Sentiment by outlet and date",
        "Provenance",
    ):
        assert section in markup
    assert "Helen Ortiz" in markup and "Gotham Gazette" in markup
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", markup)
    assert (rendered / "corpus.ipynb").is_file()
    assert not list(rendered.glob("000_*"))  # --corpus alone renders no article report


def test_report_pdf(rendered: Path) -> None:
    text = "\n".join(page.extract_text() for page in PdfReader(rendered / "corpus.pdf").pages)
    assert "Speakers across articles" in text
    assert "Daily Planet" in text


def test_report_refuses_a_text_file_as_corpus(tmp_path: Path) -> None:
    seed = ROOT / "seeds" / "000_396a11e332c8e407.txt"
    result = CliRunner().invoke(main, ["report", "--corpus", str(seed), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"analysis: error: {seed}: a corpus report is made from a JSON Lines file (.jsonl) "
        "or a directory of .txt and .jsonl files"
    )
