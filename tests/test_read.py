"""Reading: the seed's layout, body-only files, JSON Lines corpora, directories, errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from analysis import read
from analysis.parse import parse
from analysis.read import ReadError, article_from_text, read_article, read_corpus
from analysis.types import Article, Span

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"
HEADLINE = (
    "China, Belarus should jointly guide intl community to adopt correct approach to "
    "democracy, human rights: Xi to Lukashenko"
)


def test_seed_layout_headline_timestamp_and_credits() -> None:
    art = read_article(SEED)
    assert art.id == str(SEED)
    assert art.title == HEADLINE
    assert art.headline == Span(0, len(HEADLINE))
    assert art.text[: len(HEADLINE)] == HEADLINE
    assert art.published == datetime(2022, 1, 10, 18, 42)
    assert art.credits == ("CFP", "VCG")
    assert [art.text[s.start : s.end] for s in art.excluded] == [
        "Published: Jan 10, 2022 06:42 PM",
        "Photo: CFP",
        "Photo: VCG",
    ]
    # The text is kept whole: offsets point into the file as read.
    assert art.text == SEED.read_text(encoding="utf-8")


def test_body_only_file_has_no_headline(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    path.write_text("Just a body.\n\nTwo paragraphs, no metadata.\n", encoding="utf-8")
    art = read_article(path)
    assert art.title is None and art.headline is None and art.published is None
    assert art.excluded == () and art.credits == ()


def test_metadata_line_before_body_without_headline() -> None:
    art = article_from_text("Published: Jan 10, 2022\n\nBody text.", id="x")
    assert art.headline is None
    assert art.published == datetime(2022, 1, 10)


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\r\nPhoto: CFP\r\n\r\nBody.\r\n")
    art = read_article(path)
    assert art.text == "Title\nPhoto: CFP\n\nBody.\n"
    assert art.title == "Title" and art.credits == ("CFP",)


def test_jsonl_keeps_id_title_date_source_and_other_fields(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "a-1", "text": "First text.", "title": "One", "date": "2022-01-10", "source": "GT"},
        {"id": 7, "text": "Second text.\r\nMore.", "lang": "en"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    items = list(read_corpus([path]))
    assert all(isinstance(i, Article) for i in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.title, first.published, first.source) == (
        "a-1",
        "One",
        datetime(2022, 1, 10),
        "GT",
    )
    assert first.headline is None  # the title is not part of the text
    assert (second.id, second.text, second.meta) == ("7", "Second text.\nMore.", {"lang": "en"})


def test_jsonl_bad_lines_are_errors_in_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "ok", "text": "Fine."}\n{not json\n["a list"]\n{"id": "e", "text": "  "}\n'
        '{"id": "z", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    items = list(read_corpus([path]))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "ReadError",
        "ReadError",
        "ReadError",
        "Article",
    ]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert errors[0].reason.startswith("invalid JSON")
    assert errors[2].reason == "empty text"


def test_empty_jsonl_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    items = list(read_corpus([path]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert items[0].where == str(path)


def test_directory_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", "notes.md"):
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"id": "j1", "text": "J."}\n', encoding="utf-8")
    ids = [i.id for i in read_corpus([tmp_path]) if isinstance(i, Article)]
    assert ids == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        "j1",
        str(tmp_path / "sub" / "c.txt"),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty text"),
        (b" \n\n\t", "empty text"),
        (b"abc\x00def", "binary data, not text (NUL byte)"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_files_raise_read_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert info.value.where == str(path)
    assert info.value.reason == reason
    assert str(info.value) == f"{path}: {reason}"


def test_missing_file_and_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 30, encoding="utf-8")
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    with pytest.raises(ReadError, match=r"too large \(150 bytes; the limit is 100\)"):
        read_article(big)


def test_read_corpus_goes_on_past_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine text.", encoding="utf-8")
    items = list(read_corpus([tmp_path / "missing.txt", good]))
    assert isinstance(items[0], ReadError) and items[0].where == str(tmp_path / "missing.txt")
    assert isinstance(items[1], Article) and items[1].text == "Fine text."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nBody. More.",
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.",
        ),
        (
            "Phish Phavors New York With 3-Day Phestival\nThe band played.",
            "Phish Phavors New York With 3-Day Phestival",
        ),
        # a sentence full of names is not a headline: "met" is a lower-case verb
        ("French President Jean Moreau met Luis Vega in Paris.\n\nThe president said.", None),
        # sentence case, and a title line with nothing after it
        ("Green Party candidate removed from debate site.\n\nBody.", None),
        ("Only A Title Here\n", None),
    ],
)
def test_title_case_first_line_is_the_headline(text: str, title: str | None) -> None:
    art = article_from_text(text, id="x")
    assert art.title == title
    if title is not None:
        assert art.headline is not None
        assert text[art.headline.start : art.headline.end] == title
        assert parse(art).paragraphs[0].kind == "headline"
