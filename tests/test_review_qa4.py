"""Review of unseen and hostile news texts: what broke in the report helpers and the CLI."""

from __future__ import annotations

import json
import warnings
from datetime import datetime
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner, Result

from analysis import display, frames, plots, sentiment, summary
from analysis.actors import records as actor_records
from analysis.cli import main
from analysis.cli.report import _inputs as report_inputs
from analysis.kwic import find_term
from analysis.parse import parse
from analysis.read import article_from_text, directory_files, parse_date, read_article
from analysis.rendering import notebook_to_html, reader_notes
from analysis.stats import text_stats
from analysis.types import Span, TextStats


def _stats(tmp_path: Path, text: str) -> TextStats:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return text_stats(parse(read_article(path)))


def test_findings_of_a_one_sentence_story_say_undefined_not_nan(tmp_path: Path) -> None:
    # A 500N-KPCrowd sports story is one line: MTLD has no complete factor.
    stats = _stats(tmp_path, "AL champ Texas rallies for 9-5 win over Boston\n")
    assert (stats.words, stats.sentences, stats.paragraphs) == (9, 1, 1)
    lines = summary.findings(stats)
    assert lines[0] == "9 words in 1 sentence and 1 paragraph (9.0 words per sentence)."
    assert lines[2] == "Vocabulary: 9 distinct words (type-token ratio 1.00, MTLD undefined)."
    assert not any("nan" in line for line in lines)


def test_findings_of_a_one_word_body(tmp_path: Path) -> None:
    stats = _stats(tmp_path, "Goal!\n")
    assert summary.findings(stats)[0] == (
        "1 word in 1 sentence and 1 paragraph (1.0 words per sentence)."
    )
    assert summary.findings(stats)[2].startswith("Vocabulary: 1 distinct word (")


def test_an_empty_table_says_so_under_its_header() -> None:
    # A story without repeated phrases showed a bare header running into the next section.
    frame = pd.DataFrame({"rank": [], "keyword": []})
    markup = display.table(frame).data
    assert "<th>rank</th>" in markup
    assert markup.endswith('<p class="empty-note">None found.</p>')
    note = display.table(frame, empty="No <repeated> phrases.").data
    assert note.endswith('<p class="empty-note">No &lt;repeated&gt; phrases.</p>')
    assert "empty-note" not in display.table(pd.DataFrame({"rank": [1]})).data


def test_kwic_term_with_inner_punctuation_matches_as_written() -> None:
    # "Smith & Wesson" and "China, Belarus" never matched: the term's punctuation was
    # dropped but the document's was not.
    text = 'Smith & Wesson said profits rose. "China, Belarus and Russia," he said: Smith, Wesson.'
    doc = parse(article_from_text(text, id="t"))
    assert [text[s:e] for s, e in find_term(doc, "Smith & Wesson")] == ["Smith & Wesson"]
    assert find_term(doc, "Smith & Wesson") == [(0, 14)]
    assert [text[s:e] for s, e in find_term(doc, "china, belarus")] == ["China, Belarus"]
    assert find_term(doc, "Smith Wesson") == []  # the comma of "Smith, Wesson" must match too
    assert find_term(doc, '"profits rose."') == [(20, 32)]  # outer punctuation is ignored
    assert find_term(doc, "said:") == [(15, 19), (66, 70)]


def test_a_neutral_score_is_not_shown_as_minus_zero() -> None:
    # A text of three short quotations scores -0.004: the summary said "news score -0.00".
    text = '"Yes."\n\n"No."\n\n"Maybe," "perhaps," "never."\n'
    doc = parse(article_from_text(text, id="q"))
    tone = sentiment.document(doc)
    assert -0.005 < tone.compound < 0
    scored = sentiment.sentences(doc)
    lines = summary.highlights(
        keyphrases=[],
        actors=pd.DataFrame({"actor": [], "mentions": []}),
        speakers=pd.DataFrame({"speaker": [], "attributions": [], "share": []}),
        tone=tone,
        extremes=frames.sentiment_extremes_frame(scored, n=3),
    )
    # spread 0.17: the rules' 0.26 x 0.65, since no word is in Pattern's lexicon
    assert lines[1].startswith("Tone: neutral overall (news score 0.00, spread 0.17;")
    shown = display.key_values(summary.tone(tone)).data
    assert "<td>0.00</td>" in shown and "-0.00" not in shown
    table = display.table(pd.DataFrame({"compound": [-0.004, -0.25]})).data
    assert "<td>0.00</td>" in table and "<td>-0.25</td>" in table


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_jsonl_record_with_an_empty_or_multiline_id_is_a_bad_input(tmp_path: Path) -> None:
    # An empty id became an empty "doc"; an id with a newline split table rows.
    corpus = tmp_path / "c.jsonl"
    lines = [
        {"id": "", "text": "Bob said hi."},
        {"id": "a\nb", "text": "Bob said hi."},
        {"id": "  ", "text": "Bob said hi."},
        {"id": "ok", "text": "Bob said hi."},
    ]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = _run("stats", str(corpus), "--format", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(x)["doc"] for x in result.stdout.splitlines()] == ["ok"]
    assert result.stderr.splitlines() == [
        f"analysis: error: {corpus}:1: 'id' is empty",
        f"analysis: error: {corpus}:2: 'id' has a control character (\\x0a)",
        f"analysis: error: {corpus}:3: 'id' is empty",
    ]


def test_a_directory_leaves_out_hidden_files_and_folders(tmp_path: Path) -> None:
    # A Jupyter user's article folder has .ipynb_checkpoints/ copies of every article.
    (tmp_path / "a.txt").write_text("Bob said hi.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Ann said no.\n", encoding="utf-8")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt").write_text("Old.\n", encoding="utf-8")
    (tmp_path / ".#a.txt").write_text("lock\n", encoding="utf-8")
    assert directory_files(tmp_path) == [tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    result = _run("stats", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    docs = [json.loads(x)["doc"] for x in result.stdout.splitlines()]
    assert docs == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    # a hidden directory given by name is still read: only what is inside is filtered
    hidden = tmp_path / ".ipynb_checkpoints"
    assert directory_files(hidden) == [hidden / "a-checkpoint.txt"]
    # analysis report my_articles/ reads the same .txt files (no report of a checkpoint)
    assert list(report_inputs([str(tmp_path)])) == [
        (str(tmp_path / "a.txt"), None),
        (str(tmp_path / "sub" / "b.txt"), None),
    ]


def test_table_cells_stay_on_one_line_and_in_their_column(tmp_path: Path) -> None:
    # "The\tminister said ..." gave a speaker with a tab, which broke the table's columns.
    path = tmp_path / "tabs.txt"
    path.write_text("The\tminister said the economy grew.\n", encoding="utf-8")
    result = _run("quotes", str(path))
    assert result.exit_code == 0
    header, _, row = result.stdout.splitlines()
    assert "\t" not in result.stdout
    for column in ("speaker", "speaker_text"):  # each value starts under its header
        assert row[header.index(column) :].startswith("The minister  ")
    assert row[header.index("cue ") :].startswith("said  ")


def test_jsonl_text_with_a_nul_character_is_binary_like_a_file_with_one(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "n", "text": "A\x00B said Bob."}) + "\n"
        + json.dumps({"id": "ok", "text": "Bob said hi."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result = _run("quotes", str(corpus), "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr == (
        f"analysis: error: {corpus}:1: binary data, not text (NUL character in 'text')\n"
    )
    assert [line.split(",")[0] for line in result.stdout.splitlines()] == ["doc", "ok"]


def test_warnings_in_a_report_are_notes_for_the_reader_at_its_end() -> None:
    # An unbalanced quotation mark printed, at the top of the report, a Python warning
    # with the path of the module that raised it and its source line.
    stderr = (
        "/work/main/src/analysis/quotes.py:88: QuoteMarkWarning: a.txt: unclosed "
        "quotation mark at offset 15\n  spans = quoted_spans(doc)\n"
    )
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stderr", text=stderr),
        nbformat.v4.new_output("display_data", data={"text/html": "<h1>Title</h1>"}),
    ]
    nb.cells = [cell]
    before = nbformat.writes(nb)
    markup = notebook_to_html(nb, title="t")
    assert nbformat.writes(nb) == before  # the executed notebook keeps what was written
    assert "quotes.py" not in markup and "QuoteMarkWarning" not in markup
    assert "<li>a.txt: unclosed quotation mark at offset 15</li>" in markup
    assert markup.index("<h1>Title</h1>") < markup.index('<section class="input-notes">')
    assert reader_notes(stderr + "plain <line>\n") == [
        "a.txt: unclosed quotation mark at offset 15",
        "plain <line>",
    ]
    many = notebook_to_html(
        _notebook_with_stderr("".join(f"f.py:1: UserWarning: n{i}\n  x\n" for i in range(12))),
        title="t",
    )
    assert "<li>n9</li><li>… and 2 more</li>" in many and "<li>n10</li>" not in many


def _notebook_with_stderr(text: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text=text)]
    nb.cells = [cell]
    return nb


def test_kwic_with_a_path_and_no_term_says_the_term_is_missing() -> None:
    # It said "Missing argument 'PATHS...'" although the path was given.
    result = _run("kwic", "seeds/000_396a11e332c8e407.txt")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Missing argument: give one or more PATHs, then TERM "
        "(only 'seeds/000_396a11e332c8e407.txt' was given)."
    )
    assert _run("kwic", "--help").stdout.startswith("Usage: main kwic [OPTIONS] PATHS... TERM")


def test_kwic_finds_a_symbol_term(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("Fans cheered 🎉🎉 as she sang.\n", encoding="utf-8")
    result = _run("kwic", str(path), "🎉", "--width", "3", "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(x)["start"] for x in result.stdout.splitlines()] == [13, 14]


def test_analyze_with_a_bad_scheduler_address_is_one_line() -> None:
    # It ended in a traceback from distributed (after 30 s for an unreachable address).
    result = _run("analyze", "seeds/000_396a11e332c8e407.txt", "--scheduler", "foo")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: cannot use the Dask scheduler 'foo': missing port number in address 'foo'\n"
    )


def test_chart_labels_from_an_article_are_one_plain_line_each() -> None:
    # "The\tminister" made matplotlib warn "Glyph 9 missing" into the report, "$5bn ...
    # $2bn" would start mathtext, and two equal labels shared one row of a categorical axis.
    speakers = pd.DataFrame(
        {
            "speaker": ["The\tminister", "The minister", "Fund ($5bn) and $2bn", "A" * 50],
            "share": [0.4, 0.3, 0.2, 0.1],
            "attributions": [2, 2, 1, 1],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph is a UserWarning
        fig = plots.speaker_shares(speakers)
        display.figure(fig)
    ax = fig.axes[0]
    shown = [t.get_text() for t in ax.get_yticklabels()][::-1]  # top row first
    assert shown == ["The minister", "The minister", r"Fund (\$5bn) and \$2bn", "A" * 39 + "…"]
    assert [round(p.get_y() + p.get_height() / 2) for p in ax.patches] == [0, 1, 2, 3]


def test_a_slightly_negative_sentence_is_not_called_the_most_negative() -> None:
    doc = parse(article_from_text("The council met on Monday. Nobody spoke.", id="n"))
    extremes = pd.DataFrame(
        {
            "polarity": ["negative"],
            "rank": [1],
            "sentence": [1],
            "compound": [-0.02],
            "text": ["Nobody spoke."],
        }
    )
    no_speakers = pd.DataFrame({"speaker": [], "attributions": [], "share": []})

    def lines(frame: pd.DataFrame) -> list[str]:
        return summary.highlights(
            keyphrases=[],
            actors=pd.DataFrame({"actor": [], "mentions": []}),
            speakers=no_speakers,
            tone=sentiment.document(doc),
            extremes=frame,
        )

    assert not any(x.startswith("Most negative") for x in lines(extremes))
    extremes.loc[0, "compound"] = -0.3
    assert lines(extremes)[-1] == "Most negative sentence (-0.30): \u201cNobody spoke.\u201d"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a sentence-case headline without a final period, as most sites write them
        (
            "Charlotte struggles to return to normal after shooting\n\nThe city was calm.",
            "Charlotte struggles to return to normal after shooting",
        ),
        ("Is the deal dead?\n\nThe talks stalled.", None),  # could be a one-line lede
        ("Green Party candidate removed from debate site.\n\nBody.", None),
        # a hard-wrapped body: its first line ends mid-sentence, no blank line after it
        ("The minister said on Monday that the\nbudget would pass.\n\nMore text.", None),
        ("Two words\n\nBody text here.", None),  # a kicker, not a headline
        ("the lower-case start is body text\n\nBody.", None),
    ],
)
def test_sentence_case_headline_without_a_final_period(text: str, title: str | None) -> None:
    art = article_from_text(text, id="x")
    assert art.title == title
    if title is not None:
        assert art.headline == Span(0, len(title))
        doc = parse(art)
        assert doc.paragraphs[0].kind == "headline"
        assert text_stats(doc).words == 4  # "The city was calm." only


def test_the_same_id_in_two_corpora_is_reported_not_merged(tmp_path: Path) -> None:
    # Two outlets' files both numbered from 1 gave two records with "doc": "1".
    (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "Bob said yes."}\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "1", "text": "Ann said no."}\n{"id": "2", "text": "Ann said maybe."}\n',
        encoding="utf-8",
    )
    result = _run("quotes", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["doc"], r["speaker"]) for r in rows] == [("1", "Bob"), ("2", "Ann")]
    assert result.stderr == (
        f"analysis: error: {tmp_path / 'b.jsonl'}:1: duplicate id '1' "
        f"(first in {tmp_path / 'a.jsonl'}:1)\n"
    )


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_output_escapes_unicode_line_separators(tmp_path: Path, fmt: str) -> None:
    # A text with U+2028 gave a jsonl record that str.splitlines() cut in two.
    corpus = tmp_path / "c.jsonl"
    text = 'Bob said "we\u2028win\x85big." Ann agreed.'
    corpus.write_text(json.dumps({"id": "ls", "text": text}) + "\n", encoding="utf-8")
    result = _run("quotes", str(corpus), "--format", fmt)
    assert result.exit_code == 0
    assert "\u2028" not in result.stdout and "\x85" not in result.stdout
    assert "\\u2028" in result.stdout and "\\u0085" in result.stdout
    if fmt == "jsonl":
        (line,) = result.stdout.splitlines()
        record = json.loads(line)
    else:
        (record,) = json.loads(result.stdout)
    assert record["content"] == '"we\u2028win\x85big."'
    assert text[record["start"] : record["end"]] == record["content"]


def test_a_source_line_at_the_end_keeps_the_headline() -> None:
    # "Source: Reuters" under the article made its title-case first line body text.
    text = "Mayor Wins Second Term In Landslide\n\nThe mayor won easily.\n\nSource: Reuters\n"
    art = article_from_text(text, id="x")
    assert art.title == "Mayor Wins Second Term In Landslide"
    assert art.headline == Span(0, 35)
    assert art.source == "Reuters"
    assert text_stats(parse(art)).words == 4  # "The mayor won easily."
    # a metadata line is never the headline, even in title case
    top = "Published: Jan 10, 2022 06:42 PM\nPhoto: Big News Today\n\nThe Body Is Here.\n"
    assert article_from_text(top, id="y").headline is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-09-12T10:00:00Z", datetime(2016, 9, 12, 10, 0)),  # JSON corpora
        ("2016-09-12T10:00:00+02:00", datetime(2016, 9, 12, 10, 0)),  # kept as written
        ("Mon, 12 Sep 2016 10:00:00 GMT", datetime(2016, 9, 12, 10, 0)),  # RSS feeds
        ("12 September 2016", datetime(2016, 9, 12)),
        ("Sept. 12, 2016", datetime(2016, 9, 12)),  # AP style
        ("Jan 10, 2022 06:42 PM", datetime(2022, 1, 10, 18, 42)),  # the seed's, as before
        ("12/09/2016", None),  # day or month first: not guessed
        ("not a date", None),
    ],
)
def test_dates_as_corpora_and_feeds_write_them(value: str, expected: datetime | None) -> None:
    # A JSON corpus with ISO dates ("...Z") had no dates at all in its corpus report.
    parsed = parse_date(value)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is None  # all comparable with each other


def test_upper_case_extensions_are_read(tmp_path: Path) -> None:
    # Files saved on Windows as ARTICLE.TXT or CORPUS.JSONL were skipped in a directory,
    # and a .JSONL corpus given by name was read as one text.
    (tmp_path / "A.TXT").write_text("Bob said hi.\n", encoding="utf-8")
    (tmp_path / "B.JSONL").write_text('{"id": "b1", "text": "Ann said no."}\n', encoding="utf-8")
    assert directory_files(tmp_path) == [tmp_path / "A.TXT", tmp_path / "B.JSONL"]
    result = _run("quotes", str(tmp_path), str(tmp_path / "B.JSONL"), "--format", "jsonl")
    docs = [json.loads(x)["doc"] for x in result.stdout.splitlines()]
    assert docs == [str(tmp_path / "A.TXT"), "b1"]
    assert result.stderr == (  # given twice: read once (review 9), one line for the file
        f"analysis: error: {tmp_path / 'B.JSONL'}: given twice; read once\n"
    )


def test_table_keeps_the_spaces_around_kwic_context() -> None:
    # Only each whitespace character becomes a space: the context's own spaces stay.
    result = _run("kwic", "seeds/000_396a11e332c8e407.txt", "industrial park", "--width", "30")
    rows = result.stdout.splitlines()
    assert rows[2] == (  # as in the README: "...China-Belarus " + " industrial park"
        "seeds/000_396a11e332c8e407.txt  , including the China-Belarus   industrial park"
        "   and the China-Europe Railway   1034   1049"
    )


@pytest.mark.parametrize(
    ("text", "byline", "title"),
    [
        (
            "Mayor Wins Second Term\n\nBy Jane Doe\n\nThe mayor won easily.\n",
            "By Jane Doe",
            "Mayor Wins Second Term",
        ),
        (
            "Mayor wins second term\nBy Jane Doe and John Smith, Reuters\n\nThe mayor won.\n",
            "By Jane Doe and John Smith, Reuters",
            "Mayor wins second term",  # a headline: a metadata line follows it
        ),
        ("By The Associated Press\n\nThe storm passed.\n", "By The Associated Press", None),
        ("By Monday, the storm had passed.\n\nThe city was calm.\n", None, None),  # body
        ("One.\n\nTwo.\n\nThree.\n\nBy Jane Doe\n", None, None),  # not at the top
    ],
)
def test_a_byline_is_metadata_not_an_actor(
    text: str, byline: str | None, title: str | None
) -> None:
    # A pasted article's "By Jane Doe" made the reporter a named actor of the story.
    art = article_from_text(text, id="x")
    assert art.meta.get("byline") == byline
    assert art.title == title
    names = [r["actor"] for r in actor_records(parse(art))]
    assert ("Jane Doe" in names) == (byline is None and "Jane Doe" in text)
