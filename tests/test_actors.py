"""Named actors: exact mentions on the seed and on short texts written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from analysis.actors import actors_table, find_mentions
from analysis.cli import main
from analysis.frames import ACTORS_COLUMNS, actors_frame
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.types import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_396a11e332c8e407.txt"


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def _seed() -> Document:
    return parse(read_article(SEED))


def test_seed_offsets_are_exact() -> None:
    doc = _seed()
    mentions = find_mentions(doc)
    assert mentions
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_seed_actors_and_counts() -> None:
    rows = actors_table(find_mentions(_seed()))
    table = {r["actor"]: (r["kind"], r["mentions"]) for r in rows}
    # Counted by hand: "China" 14 times in the text, 2 of them inside "China-Europe
    # Railway Express", plus "Chinese" twice; "Belarus" 12 times plus "Belarusian".
    assert table["China"] == ("country", 14)
    assert table["Belarus"] == ("country", 13)
    assert table["Xi Jinping"] == ("person", 5)
    assert table["Alexander Lukashenko"] == ("person", 3)
    assert table["United Nations"] == ("organization", 2)
    assert table["China-Europe Railway Express"] == ("organization", 2)
    assert table["Belt and Road"] == ("other", 1)
    assert table["Global Development Initiative"] == ("other", 1)
    assert [r["actor"] for r in rows[:5]] == [
        "China",
        "Belarus",
        "Xi Jinping",
        "Alexander Lukashenko",
        "United Nations",
    ]
    xi = next(r for r in rows if r["actor"] == "Xi Jinping")
    assert xi["aliases"] == "Xi; Xi Jinping"
    assert xi["roles"] == "Chinese President"
    un = next(r for r in rows if r["actor"] == "United Nations")
    assert un["aliases"] == "United Nations; UN"


def test_seed_roles_and_headline() -> None:
    doc = _seed()
    mentions = find_mentions(doc)
    luka = [m for m in mentions if m.text == "Alexander Lukashenko"]
    assert len(luka) == 1
    assert luka[0].role == "Belarusian President"
    assert doc.text[luka[0].start - 21 : luka[0].start - 1] == "Belarusian President"
    # The headline "... Xi to Lukashenko" names both presidents, nothing else of it.
    head = [m for m in mentions if m.start < 120]
    assert [(m.text, m.canonical) for m in head] == [
        ("China", "China"),
        ("Belarus", "Belarus"),
        ("Xi", "Xi Jinping"),
        ("Lukashenko", "Alexander Lukashenko"),
    ]


def test_sentence_initial_and_function_words_are_not_actors() -> None:
    doc = _doc(
        "Taking a break, the minister left. The Talks went on. "
        "This was new. He smiled at the talks."
    )
    assert find_mentions(doc) == ()


def test_title_case_headline_keeps_only_names() -> None:
    text = (
        "Trade Talks Resume As Biden Meets Johnson\nPublished: Jan 10, 2022 06:42 PM\n\n"
        "Prime Minister Boris Johnson met US President Joe Biden in Washington.\n"
    )
    got = [(m.text, m.canonical, m.kind, m.role) for m in find_mentions(_doc(text))]
    assert got == [
        ("Biden", "Joe Biden", "person", None),
        ("Johnson", "Boris Johnson", "person", None),
        ("Boris Johnson", "Boris Johnson", "person", "Prime Minister"),
        ("US", "United States", "country", None),
        ("Joe Biden", "Joe Biden", "person", "US President"),
        ("Washington", "Washington", "place", None),
    ]


def test_connectors_split_or_join() -> None:
    text = (
        "Officials of the Bank of China met Secretary of State Antony Blinken. "
        "Both Merkel and Macron disagreed. Later Macron said so. China and Belarus agreed."
    )
    got = [(m.text, m.canonical, m.kind, m.role) for m in find_mentions(_doc(text))]
    assert got == [
        ("Bank of China", "Bank of China", "organization", None),
        ("Antony Blinken", "Antony Blinken", "person", "Secretary of State"),
        ("Merkel", "Merkel", "other", None),
        ("Macron", "Macron", "person", None),
        ("Macron", "Macron", "person", None),
        ("China", "China", "country", None),
        ("Belarus", "Belarus", "country", None),
    ]


def test_acronyms_hyphens_and_possessives() -> None:
    text = (
        "The World Health Organization (WHO) praised Mr. Smith. "
        "Smith's plan links the Belarus-China park to the U.S. and the UN."
    )
    got = [(m.text, m.canonical, m.kind) for m in find_mentions(_doc(text))]
    assert got == [
        ("World Health Organization", "World Health Organization", "organization"),
        ("WHO", "World Health Organization", "organization"),
        ("Smith", "Smith", "person"),
        ("Smith", "Smith", "person"),
        ("Belarus", "Belarus", "country"),
        ("China", "China", "country"),
        ("U.S.", "United States", "country"),
        ("UN", "United Nations", "organization"),
    ]


def test_actors_frame_columns() -> None:
    frame = actors_frame(find_mentions(_seed()))
    assert tuple(frame.columns) == ACTORS_COLUMNS
    assert frame.iloc[0]["actor"] == "China"
    assert tuple(actors_frame(()).columns) == ACTORS_COLUMNS


def test_cli_actors_jsonl() -> None:
    result = CliRunner().invoke(main, ["actors", str(SEED), "--top", "3", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [next(iter(r)) for r in rows] == ["doc"] * 3
    assert [(r["rank"], r["actor"], r["mentions"]) for r in rows] == [
        (1, "China", 14),
        (2, "Belarus", 13),
        (3, "Xi Jinping", 5),
    ]


def test_title_case_first_line_without_metadata() -> None:
    # A corpus record: the title is the first sentence, in title case, no metadata.
    text = (
        "Voters Worried About Senator Ann Kowalczyk Health Issues.\n"
        "HEMPSTEAD, N.Y. — Senator Ann Kowalczyk met students at Hofstra University. "
        "Kowalczyk said Hofstra was welcoming. Mary J. Blige sang for Democrat Ann Kowalczyk."
    )
    got = [(m.text, m.canonical, m.kind, m.role) for m in find_mentions(_doc(text))]
    assert got == [
        ("Ann Kowalczyk", "Ann Kowalczyk", "person", "Senator"),
        ("N.Y.", "New York", "place", None),
        ("Ann Kowalczyk", "Ann Kowalczyk", "person", "Senator"),
        ("Hofstra University", "Hofstra University", "organization", None),
        ("Kowalczyk", "Ann Kowalczyk", "person", None),
        ("Hofstra", "Hofstra University", "organization", None),
        ("Mary J. Blige", "Mary J. Blige", "person", None),
        ("Ann Kowalczyk", "Ann Kowalczyk", "person", "Democrat"),
    ]


def test_most_mentioned_full_name_takes_the_surname() -> None:
    text = (
        "Hillary Clinton spoke. Chelsea Clinton listened. Later Hillary Clinton left, "
        "and Clinton waved."
    )
    got = [(m.text, m.canonical) for m in find_mentions(_doc(text))]
    assert got[-1] == ("Clinton", "Hillary Clinton")


def test_build_equals_the_dataclass_init() -> None:
    from analysis.types import Mention, build

    fields = {"text": "Xi", "start": 3, "end": 5, "canonical": "Xi Jinping", "kind": "person"}
    made = build(Mention, {**fields, "role": "President"})
    assert made == Mention(**fields, role="President")  # type: ignore[arg-type]
    assert hash(made) == hash(Mention(**fields, role="President"))  # type: ignore[arg-type]
    assert repr(made) == (
        "Mention(text='Xi', start=3, end=5, canonical='Xi Jinping', kind='person', "
        "role='President')"
    )
    assert made != Mention(**fields)  # type: ignore[arg-type]
