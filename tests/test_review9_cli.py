"""Review 9 of the command line: inputs given twice, recovered quotation marks,
table cells, help examples, missing ids, kwic's TERM; and the frames' columns."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from analysis.cli import main
from analysis.read import RepeatedInput, read_corpus


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def tf(tmp_path: Path) -> Path:
    """Three tiny articles: a.txt "Apple apple banana.", b.txt "Banana cherry
    cherry cherry.", c.txt "Apple date."."""
    folder = tmp_path / "tf"
    folder.mkdir()
    (folder / "a.txt").write_text("Apple apple banana.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Banana cherry cherry cherry.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Apple date.\n", encoding="utf-8")
    return folder


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- #3: a file reached twice is read once ------------------------------------------


def test_a_file_inside_a_directory_given_is_read_once(tf: Path) -> None:
    result = run("stats", str(tf), str(tf / "c.txt"), "--format", "csv")
    assert result.exit_code == 1
    assert [r["doc"] for r in _csv(result.stdout)] == [
        str(tf / "a.txt"),
        str(tf / "b.txt"),
        str(tf / "c.txt"),
    ]
    assert result.stderr == f"analysis: error: {tf / 'c.txt'}: given twice; read once\n"


def test_the_same_file_under_another_spelling_names_the_first(
    tf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tf.parent)
    items = list(read_corpus(["tf/../tf/a.txt", "tf/a.txt", "tf/b.txt"]))
    assert [type(i).__name__ for i in items] == ["Article", "RepeatedInput", "Article"]
    repeat = items[1]
    assert isinstance(repeat, RepeatedInput)
    assert str(repeat) == "tf/a.txt: given twice (first as tf/../tf/a.txt); read once"


def test_a_symlink_to_a_file_given_is_the_same_file(tf: Path) -> None:
    link = tf.parent / "link.txt"
    os.symlink(tf / "a.txt", link)
    items = list(read_corpus([str(tf / "a.txt"), str(link)]))
    assert isinstance(items[1], RepeatedInput)
    assert len(items) == 2


def test_tfidf_scores_are_those_of_the_distinct_files(tf: Path) -> None:
    # idf = ln((1 + 3) / (1 + df)) + 1 over the three files; cherry: df 1, count 3,
    # 3 * (ln 2 + 1) = 5.079442 -- as for the directory alone (was 5.748872 with
    # a.txt counted twice, D = 4)
    alone = run("keywords", str(tf), "--method", "tfidf", "--format", "csv")
    twice = run("keywords", str(tf), str(tf / "a.txt"), "--method", "tfidf", "--format", "csv")
    assert alone.exit_code == 0 and twice.exit_code == 1
    assert twice.stdout == alone.stdout
    cherry = [r for r in _csv(twice.stdout) if r["keyword"] == "cherry"]
    assert [(r["score"], r["count"]) for r in cherry] == [("5.079442", "3")]


def test_tfidf_of_one_file_given_twice_is_still_the_usage_error(tf: Path) -> None:
    a = str(tf / "a.txt")
    result = run("keywords", a, a, "--method", "tfidf")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"analysis: error: {a}: given twice; read once" in result.stderr
    assert f"and {a} is the only one given; give two or more" in result.stderr


def test_a_corpus_given_twice_is_one_error_not_one_per_record(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n')
    result = run("stats", str(corpus), str(corpus), "--format", "csv")
    assert result.exit_code == 1
    assert [r["doc"] for r in _csv(result.stdout)] == ["x", "y"]
    assert result.stderr == f"analysis: error: {corpus}: given twice; read once\n"


def test_two_different_files_with_the_same_text_are_both_read(tf: Path) -> None:
    (tf / "d.txt").write_text("Apple date.\n", encoding="utf-8")
    result = run("stats", str(tf / "c.txt"), str(tf / "d.txt"), "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    assert len(_csv(result.stdout)) == 2


# --- #4: a recovered quotation mark fails only the command that shows quotations ---

UNCLOSED = (
    'John Smith said "Bill Jones is a terrible liar and a disgrace.\n\n'
    "Bill Jones praised the wonderful new policy.\n"
)


@pytest.fixture
def unclosed(tmp_path: Path) -> str:
    path = tmp_path / "q.txt"
    path.write_text(UNCLOSED, encoding="utf-8")
    return str(path)


def test_quotes_still_fails_an_input_with_an_unclosed_mark(unclosed: str) -> None:
    result = run("quotes", unclosed, "--format", "csv")
    assert result.exit_code == 1
    rows = _csv(result.stdout)
    assert [(r["speaker"], r["content"], r["kind"]) for r in rows] == [
        ("John Smith", '"Bill Jones is a terrible liar and a disgrace.', "direct"),
        ("Bill Jones", "the wonderful new policy", "indirect"),
    ]
    assert result.stderr == (
        f"analysis: error: {unclosed}: unclosed quotation mark at offset 16 (recovered)\n"
    )


@pytest.mark.parametrize("extra", [[], ["--by-speaker"]])
def test_target_sentiment_reads_quotations_but_does_not_fail_for_them(
    unclosed: str, extra: list[str]
) -> None:
    result = run("sentiment", unclosed, "--level", "target", *extra, "--format", "csv")
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = _csv(result.stdout)
    speakers = ["John Smith", "Bill Jones"] if extra else ["", ""]
    assert [(r["speaker"], r["target"], r["compound"]) for r in rows] == [
        (speakers[0], "Bill Jones", "-0.9313"),
        (speakers[1], "new policy", "0.7845"),
    ]


def test_debug_shows_the_recovered_mark_as_a_note_not_an_error(unclosed: str) -> None:
    result = run("sentiment", unclosed, "--level", "target", "--debug")
    assert result.exit_code == 0
    assert result.stderr == (
        f"analysis: note: {unclosed}: unclosed quotation mark at offset 16 (recovered)\n"
    )


@pytest.mark.parametrize("command", ["stats", "keywords", "actors", "sentiment"])
def test_other_commands_exit_0_on_the_same_input(unclosed: str, command: str) -> None:
    result = run(command, unclosed)
    assert (result.exit_code, result.stderr) == (0, "")


# --- #6, #15: table cells ---------------------------------------------------------


def test_the_table_never_cuts_doc(tmp_path: Path) -> None:
    folder = tmp_path / "a_rather_long_directory_name_for_the_news_archive_2016" / "politics"
    folder.mkdir(parents=True)
    for i in (1, 2):
        (folder / f"story_{i}.txt").write_text("One short sentence here.\n", encoding="utf-8")
    result = run("stats", str(tmp_path))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split("  ")[0] for line in lines[2:]] == [
        str(folder / "story_1.txt"),
        str(folder / "story_2.txt"),
    ]
    assert len(str(folder / "story_1.txt")) > 60  # was cut to 57 characters and "..."


def test_other_long_cells_are_still_cut_to_60_columns(tmp_path: Path) -> None:
    text = "Smith said " + "very " * 20 + "long words were spoken today.\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = run("quotes", str(path))
    row = result.stdout.splitlines()[2]
    # content "very very ... spoken today." (128 characters) -> 57 of them and "..."
    assert ("  " + "very " * 11 + "ve...  ") in row


def test_wide_characters_take_two_columns_and_accents_none(tmp_path: Path) -> None:
    corpus = tmp_path / "cjk.jsonl"
    corpus.write_text(
        '{"id": "x", "text": "習近平主席 met Zoë in Beijing. Then 習近平 met Müller in Berlin."}\n'
        '{"id": "y", "text": "Jose\\u0301 met Ann there."}\n',
        encoding="utf-8",
    )
    result = run("kwic", str(corpus), "met", "--width", "12")
    assert result.exit_code == 0
    # every "met" starts in the same terminal column: 5 (doc) + 2 + 15 (left, 習近平主席
    # is 10 columns) + 2 = 24; "José" (e + U+0301) is 4 columns, not 5
    assert result.stdout.splitlines() == [
        "doc  left             term  right         start  end",
        "---  ---------------  ----  ------------  -----  ---",
        "x    習近平主席       met    Zoë in Beij  6      9",
        "x    g. Then 習近平   met    Müller in B  35     38",
        "y    Jose\u0301             met    Ann there.   6      9",
    ]


def test_display_width_and_cutting_by_columns() -> None:
    from analysis.cli.common import _cut, display_width

    assert display_width("習近平") == 6
    assert display_width("Jose\u0301") == 4
    assert display_width("a\u200db") == 2  # zero-width joiner
    assert _cut("習" * 40, 60) == "習" * 28 + "..."  # 56 columns, a 29th would be 58 > 57
    assert _cut("x" * 60, 60) == "x" * 60
    assert _cut("x" * 61, 60) == "x" * 57 + "..."


# --- #14: every help example runs as printed from the repository root --------------

ROOT = Path(__file__).resolve().parents[1]
#: Examples that cannot run in a test: a Dask scheduler at a made-up address, and
#: reports (notebook rendering, slow; ``my_articles/`` stands for the user's folder).
NOT_RUN = ("--scheduler tcp://", "analysis report")


def _examples() -> list[str]:
    import click

    from analysis.cli import COMMANDS

    found = []
    ctx = click.Context(main)
    for name in COMMANDS:
        cmd = main.get_command(ctx, name)
        assert cmd is not None and cmd.help is not None
        block = cmd.help.split("Example:", 1)[1]
        found += [line.strip() for line in block.splitlines() if line.strip()]
    return found


def test_every_command_has_examples_of_itself() -> None:
    examples = _examples()
    assert all(e.startswith("analysis ") for e in examples), examples
    assert len(examples) == 27  # 21 run below; 1 needs a scheduler, 5 render reports


@pytest.mark.parametrize(
    "example", [e for e in _examples() if not any(skip in e for skip in NOT_RUN)]
)
def test_help_example_runs_as_printed(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex

    # the repository root as seen by the example, in a scratch folder so that the
    # files it writes (tables/, a.jsonl) land there
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    words = shlex.split(example)
    if ">" in words:
        words = words[: words.index(">")]
    result = CliRunner().invoke(main, words[1:])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() or "--out" in words


# --- #18: a record without an id is named by its place; collisions say so ----------


def _errors(paths: list[str]) -> list[str]:
    from analysis.read import ReadError

    return [str(i) for i in read_corpus(paths) if isinstance(i, ReadError)]


def test_an_explicit_id_taking_the_place_of_a_later_record_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ids.jsonl").write_text(
        '{"id": null, "text": "Null id."}\n'  # named ids.jsonl:1, silently as before
        '{"id": "ids.jsonl:3", "text": "Looks like a place."}\n'
        '{"text": "No id line 3."}\n'
        '{"text": "No id line 4."}\n',
        encoding="utf-8",
    )
    ids = [i.id for i in read_corpus(["ids.jsonl"]) if not isinstance(i, Exception)]
    assert ids == ["ids.jsonl:1", "ids.jsonl:3", "ids.jsonl:4"]
    # was: "duplicate id 'ids.jsonl:3' (first on line 2)", an id line 3 never had
    assert _errors(["ids.jsonl"]) == [
        "ids.jsonl:3: no 'id', and its place 'ids.jsonl:3' (the id of a record without "
        "one) is already an id (first on line 2)"
    ]


def test_an_explicit_id_equal_to_the_place_of_an_earlier_record_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.jsonl").write_text(
        '{"text": "No id."}\n{"id": "a.jsonl:1", "text": "Named like line one."}\n',
        encoding="utf-8",
    )
    Path("b.jsonl").write_text('{"id": "a.jsonl:1", "text": "Again."}\n', encoding="utf-8")
    assert _errors(["a.jsonl", "b.jsonl"]) == [
        "a.jsonl:2: duplicate id 'a.jsonl:1' (the place of the record without an id on line 1)",
        "b.jsonl:1: duplicate id 'a.jsonl:1' (the place of the record without an id in a.jsonl:1)",
    ]


def test_ordinary_repeated_ids_read_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.jsonl").write_text(
        '{"id": "1", "text": "One."}\n{"id": 1, "text": "Int one."}\n', encoding="utf-8"
    )
    Path("b.jsonl").write_text('{"id": "1", "text": "Again."}\n', encoding="utf-8")
    assert _errors(["a.jsonl", "b.jsonl"]) == [
        "a.jsonl:2: duplicate id '1' (first on line 1)",
        "b.jsonl:1: duplicate id '1' (first in a.jsonl:1)",
    ]


# --- #20: kwic's TERM comes last ---------------------------------------------------


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("t1.txt").write_text("Smith said no. Jones said yes.\n", encoding="utf-8")
    Path("t2.txt").write_text("Nobody said anything.\n", encoding="utf-8")
    return tmp_path


def test_kwic_with_the_term_first_is_a_usage_error_naming_both(two: Path) -> None:
    result = run("kwic", "said", "t1.txt", "t2.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "Error: TERM comes last: 't2.txt' is a file or directory and 'said', read as the "
        "first PATH, is none; did you mean 'analysis kwic ... t2.txt said'?"
    )


def test_kwic_with_a_term_that_names_a_file_warns_and_searches(two: Path) -> None:
    result = run("kwic", "t1.txt", "t2.txt", "--format", "csv")
    assert result.exit_code == 0
    assert _csv(result.stdout) == []
    assert result.stderr == (
        "analysis: warning: TERM 't2.txt' is also a file or directory; it is searched for "
        "as a term, not read (TERM comes after the PATHs)\n"
    )


def test_kwic_in_order_is_unchanged(two: Path) -> None:
    result = run("kwic", "t1.txt", "t2.txt", "said", "--format", "csv", "--width", "6")
    assert result.exit_code == 0 and result.stderr == ""
    rows = [(r["doc"], r["left"], r["term"], r["right"], r["start"]) for r in _csv(result.stdout)]
    assert rows == [
        ("t1.txt", "Smith ", "said", " no. J", "6"),
        ("t1.txt", "Jones ", "said", " yes.", "21"),
        ("t2.txt", "obody ", "said", " anyth", "7"),  # 6 characters each side
    ]


def test_kwic_with_a_missing_first_path_and_a_plain_term_is_the_usual_error(two: Path) -> None:
    result = run("kwic", "nosuch.txt", "t1.txt", "said", "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr == "analysis: error: nosuch.txt: no such file or directory\n"
    assert len(_csv(result.stdout)) == 2


# --- #7: the frames have the columns of their commands ------------------------------

SEED = ROOT / "seeds" / "000_396a11e332c8e407.txt"


def test_actors_frame_has_the_columns_and_rows_of_the_command() -> None:
    from analysis import actors, frames, load

    doc = load(SEED)
    frame = frames.actors_frame(actors.find_mentions(doc), doc=doc.id)
    assert frames.ACTORS_COLUMNS == (
        "doc",
        "rank",
        "actor",
        "kind",
        "mentions",
        "aliases",
        "roles",
        "first",
    )
    assert list(frame.columns) == list(frames.ACTORS_COLUMNS)
    assert frame.to_dict("records") == actors.records(doc)
    assert frame["rank"].tolist() == list(range(1, len(frame) + 1))
    without = frames.actors_frame(actors.find_mentions(doc))  # doc not given: null
    assert without["doc"].isna().all()
    assert without.drop(columns="doc").equals(frame.drop(columns="doc"))
    assert list(frames.actors_frame([]).columns) == list(frames.ACTORS_COLUMNS)


@pytest.mark.parametrize("method", ["news", "vader"])
def test_sentiment_sentences_frame_has_method_as_the_command(method: str) -> None:
    from analysis import frames, load, sentiment

    doc = load(SEED)
    scored = sentiment.sentences(doc, method=method)  # type: ignore[arg-type]
    frame = frames.sentiment_sentences_frame(scored, doc=doc.id, method=method)  # type: ignore[arg-type]
    assert list(frame.columns) == [
        "doc",
        "sentence",
        "start",
        "end",
        "compound",
        "pos",
        "neu",
        "neg",
        "method",
        "text",
    ]
    assert frame.to_dict("records") == sentiment.records(doc, level="sentence", method=method)  # type: ignore[arg-type]
    assert set(frame["method"]) == {method}


def test_sentiment_sentences_frame_defaults_to_the_default_scorer_and_checks_it() -> None:
    from analysis import frames, load, sentiment

    doc = load(SEED)
    frame = frames.sentiment_sentences_frame(sentiment.sentences(doc), doc=doc.id)
    assert set(frame["method"]) == {"news"}
    with pytest.raises(ValueError, match="unknown sentiment method 'bogus'"):
        frames.sentiment_sentences_frame([], doc="d", method="bogus")  # type: ignore[arg-type]


# --- #9: at --level target, positive and negative are counts of clauses -------------


def test_target_positive_and_negative_are_clause_counts_and_documented() -> None:
    import json

    result = run("sentiment", str(SEED), "--level", "target", "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # China: 7 clauses evaluate it, all at >= +0.05 -> positive 7 (a count; the
    # document level's positive is a share, 0.909091 on this seed)
    china = rows[0]
    assert (china["target"], china["clauses"], china["positive"], china["negative"]) == (
        "China",
        7,
        7,
        0,
    )
    assert all(
        isinstance(r["positive"], int) and r["positive"] + r["negative"] <= r["clauses"]
        for r in rows
    )
    help_text = " ".join(run("sentiment", "--help").stdout.split())
    assert 'there positive and negative count clauses (of "clauses"), not shares' in help_text


def test_report_renders_a_file_reached_twice_once(tf: Path) -> None:
    from analysis.cli.report import _inputs

    assert list(_inputs([str(tf), str(tf / "b.txt"), str(tf / "b.txt")])) == [
        (str(tf / "a.txt"), None),
        (str(tf / "b.txt"), None),
        (str(tf / "c.txt"), None),
        (str(tf / "b.txt"), "given twice; read once"),
        (str(tf / "b.txt"), "given twice; read once"),
    ]
