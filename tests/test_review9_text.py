"""Review 9 fixes in tokens, layout, syllables and stats (findings 2, 11, 12 and 17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from analysis.cli import main
from analysis.cli.common import run_batch
from analysis.cli.stats import COLUMNS as STATS_COLUMNS
from analysis.parse import parse, tokenize
from analysis.read import article_from_text
from analysis.stats import text_stats
from analysis.syllables import syllables
from analysis.types import Document

# --- 2: a decimal amount with a unit written on is one token ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£2.7bn", [("£", "symbol"), ("2.7bn", "word")]),
        ("$3.5m.", [("$", "symbol"), ("3.5m", "word"), (".", "punct")]),
        ("1.5x", [("1.5x", "word")]),
        ("2.5pc", [("2.5pc", "word")]),
        ("10.3p", [("10.3p", "word")]),
        ("6:30pm", [("6:30pm", "word")]),
        ("1,000th", [("1,000th", "word")]),
        ("a 3,000-word essay", [("a", "word"), ("3,000-word", "word"), ("essay", "word")]),
        ("2.5-fold", [("2.5-fold", "word")]),
        ("12.2million", [("12.2million", "word")]),
        # neighbours that were already right and stay so
        ("£2bn", [("£", "symbol"), ("2bn", "word")]),
        ("4.5%", [("4.5", "number"), ("%", "punct")]),
        ("2.7 million", [("2.7", "number"), ("million", "word")]),
        ("rose 3.5.", [("rose", "word"), ("3.5", "number"), (".", "punct")]),
        ("2,000", [("2,000", "number")]),
        ("06:42", [("06:42", "number")]),
        ("1/2", [("1/2", "number")]),
        ("2.5-", [("2.5", "number"), ("-", "punct")]),
        ("50-fold", [("50-fold", "word")]),
        ("v1.2", [("v1", "word"), (".", "punct"), ("2", "number")]),
    ],
)
def test_decimal_with_unit_is_one_token(text: str, expected: list[tuple[str, str]]) -> None:
    tokens = tokenize(text)
    assert [(t.text, t.kind) for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


BN = (
    "The takeover is worth £2.7bn, the board said. Rivals offered £2.7bn last year. "
    "The £2.7bn price is high.\n\nShareholders will vote on the £2.7bn deal, worth "
    "$3.5m per director.\n"
)


def test_amounts_parse_whole_in_sentences() -> None:
    doc = parse(article_from_text(BN, id="bn"))
    words = [t.text for t in doc.tokens if t.is_word]
    assert words.count("2.7bn") == 4 and "3.5m" in words
    assert "7bn" not in words and "5m" not in words
    # the sentence splitter is unchanged: four sentences, the first ending at "said."
    first = doc.sentences[0]
    assert doc.text[first.start : first.end] == "The takeover is worth £2.7bn, the board said."
    # 8 + 5 + 5 + 11 words ("£" and "$" are symbols, not words)
    assert text_stats(doc).words == 29


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("2.7bn", 6),  # two point seven (2) billion (2)
        ("3.5m", 5),  # three point five million (2)
        ("10.3p", 4),  # ten point three pence
        ("1.5x", 4),  # one point five times
        ("2.5pc", 5),  # two point five per cent
        ("2bn", 3),  # two billion (2)
        ("6:30pm", 5),  # six thirty (2) p m
        ("1,000th", 3),  # one thousandth (2)
        ("2.5-fold", 4),  # two point five fold
        ("50fold", 3),  # fifty (2) fold: letters no unit reads as themselves
        ("2,000", 3),  # unchanged: two thousand
    ],
)
def test_amount_syllables_read_aloud(word: str, count: int) -> None:
    assert syllables(word) == count


def test_keywords_and_kwic_see_the_whole_amount(tmp_path: Path) -> None:
    path = tmp_path / "bn.txt"
    path.write_text(BN, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["keywords", str(path), "--method", "frequency", "--top", "1", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    # 4 of the 19 content words (as "2bn" would be: amounts with a unit are words)
    assert result.output.splitlines()[1] == f"{path},1,2.7bn,0.210526,4,frequency:word:1"
    result = CliRunner().invoke(main, ["kwic", str(path), "7bn", "--format", "csv"])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 1  # header only


# --- 11: a dotted abbreviation with a possessive is one title word ----------------


@pytest.mark.parametrize(
    ("first", "kind"),
    [
        ("The U.N.'s Record on Global Challenges.", "headline"),
        ("Examining the U.N.’s Record on Urgent Global Challenges.", "headline"),
        ("Why the E.U.'s Budget Talks Failed Again.", "headline"),
        # neighbours: already headlines, and stay so
        ("The U.N.'s Record on Global Challenges", "headline"),
        ("The UN's Record on Global Challenges.", "headline"),
        ("U.S. Steps Up Talks With the E.U.", "headline"),
        # sentence case with a final period stays body text: "record" and "is" are
        # lower-case words no title leaves lower-case
        ("The U.N.'s record on global challenges is mixed.", "body"),
        ("The U.S. economy grew in the third quarter, officials said.", "body"),
    ],
)
def test_possessive_abbreviation_in_title_case_headline(first: str, kind: str) -> None:
    text = first + "\n\nThe body starts here. It has two sentences.\n"
    doc = parse(article_from_text(text, id="h"))
    assert doc.paragraphs[0].kind == kind
    assert doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end] == first
    # a headline is no body text: stats count only the two body sentences
    assert text_stats(doc).sentences == (2 if kind == "headline" else 3)


# --- 12: abbreviated titles and months read aloud ---------------------------------


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("Dr", 2),  # doctor (the dictionary's "dr" is "drive", 1)
        ("Prof", 3),  # professor
        ("Gov", 3),  # governor
        ("Rep", 5),  # representative: R EH P R IH Z EH N T AH T IH V
        ("Lt", 3),  # lieutenant
        ("Sept", 3),  # september
        ("Oct", 3),  # october
        ("Dec", 3),  # december
        # already read aloud by the dictionary, unchanged
        ("Mr", 2),
        ("Jr", 2),
        ("Feb", 4),
        # names and words alone keep their own reading: "Hun Sen", "Gen Z", "Jan Brewer"
        ("Sen", 1),
        ("Gen", 1),
        ("Jan", 1),
        # only the capitalised abbreviation: "a sales rep", "dec" stay words
        ("rep", 1),
    ],
)
def test_abbreviation_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize(
    ("text", "syllable_count", "polysyllables"),
    [
        # Sen.(senator 3) Warren 2 spoke 1 on 1 Jan.(january 4) 10 1 with 1 Hun 1 Sen 1:
        # the final "Sen." ends the sentence, so it is the name
        ("Sen. Warren spoke on Jan. 10 with Hun Sen.", 15, 2),
        # Hun 1 Sen 1 met 1 Jan 1 Brewer 2 and 1 Gen 1 Z 1 voters 2: no periods, names
        ("Hun Sen met Jan Brewer and Gen Z voters.", 11, 0),
        # Gen.(general 3) Smith 1 met 1 Fr.(father 2) Brown 1
        ("Gen. Smith met Fr. Brown.", 8, 1),
        # Rep.(5) Smith Dr(2) Jones and Gov.(3) Brown met: with or without a period
        ("Rep. Smith, Dr Jones and Gov. Brown met.", 5 + 1 + 2 + 1 + 1 + 3 + 1 + 1, 2),
    ],
)
def test_dotted_titles_in_stats(text: str, syllable_count: int, polysyllables: int) -> None:
    doc = parse(article_from_text(text, id="t"))
    stats = text_stats(doc)
    assert (stats.syllables, stats.polysyllables) == (syllable_count, polysyllables)


# --- 17: a wordless body's stats error names no Python class ----------------------


def test_no_words_error_without_class_name(tmp_path: Path) -> None:
    path = tmp_path / "punct.txt"
    path.write_text("A Headline Here\n\n----\n***\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["stats", str(path), "--format", "csv"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"analysis: error: {path}: the body has no words"]
    assert result.stdout.splitlines() == [",".join(STATS_COLUMNS)]  # the header, no row


def _broken(doc: Document) -> list[dict[str, Any]]:
    return [{"doc": doc.id, "value": {}["missing"]}]


def test_other_errors_keep_their_class_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A short text.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        run_batch(
            [str(path)],
            _broken,
            fmt="csv",
            debug=False,
            columns=("doc", "value"),
            input_flaws="error",
        )
    assert exited.value.code == 1
    # a KeyError is a bug: its class name stays, to tell it from a message for the user
    assert capsys.readouterr().err.splitlines() == [f"analysis: error: {path}: KeyError: 'missing'"]
