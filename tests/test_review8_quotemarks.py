"""Review 8, findings 2 and 19: British single quotation marks and HTML entities as
quotation marks (texts written for these tests)."""

from __future__ import annotations

import warnings
from pathlib import Path

from click.testing import CliRunner

from analysis.cli import main
from analysis.parse import parse
from analysis.quotemarks import quoted_spans
from analysis.quotes import quotes
from analysis.read import article_from_text


def spans(text: str) -> list[str]:
    """The quoted spans of ``text``; any warning fails the test."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return [text[q.start : q.end] for q in quoted_spans(doc)]


def attributions(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(kind, speaker, cue, content) of each attribution; any warning fails the test."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return [(q.kind, q.speaker, q.cue, q.content) for q in quotes(doc)]


UK = (
    "‘We inherited a broken system,’ Mr Streeting said on Tuesday. ‘It will take time to "
    "fix it, but we will fix it.’\n\nLabour’s opponents were unimpressed. ‘This is a "
    "government that has run out of excuses,’ said Conservative spokesman Ed Argar.\n\n"
    "A spokesman for the Department of Health said: ‘We are investing record sums in the NHS.’"
)


def test_british_curly_quotations_pair_and_attribute() -> None:
    assert attributions(UK) == [
        ("direct", "Streeting", "said", "‘We inherited a broken system,’"),
        ("direct", "Streeting", None, "‘It will take time to fix it, but we will fix it.’"),
        ("direct", "Ed Argar", "said", "‘This is a government that has run out of excuses,’"),
        ("direct", "Department of Health", "said", "‘We are investing record sums in the NHS.’"),
    ]


def test_british_straight_quotations_pair_in_a_text_without_double_marks() -> None:
    text = UK.replace("‘", "'").replace("’", "'")
    assert spans(text) == [
        "'We inherited a broken system,'",
        "'It will take time to fix it, but we will fix it.'",
        "'This is a government that has run out of excuses,'",
        "'We are investing record sums in the NHS.'",
    ]
    assert [a[:3] for a in attributions(text)] == [
        ("direct", "Streeting", "said"),
        ("direct", "Streeting", None),
        ("direct", "Ed Argar", "said"),
        ("direct", "Department of Health", "said"),
    ]


def test_apostrophes_inside_a_british_quotation() -> None:
    # a plural possessive or a contraction before a space does not close the quotation
    assert attributions("‘We back the players’ union in this dispute,’ said Gordon Taylor.") == [
        ("direct", "Gordon Taylor", "said", "‘We back the players’ union in this dispute,’")
    ]
    assert spans("'We back the players' union,' said Gordon Taylor. 'It's the lads' money.'") == [
        "'We back the players' union,'",
        "'It's the lads' money.'",
    ]
    assert spans("‘I don’t think it’s fair,’ Ms Jones told the BBC.") == [
        "‘I don’t think it’s fair,’"
    ]


def test_a_closing_mark_after_a_letter_never_pairs() -> None:
    # scare quotes and possessives stay unpaired, silently (most are apostrophes)
    text = "Gordon Taylor said the players’ union would ‘fight on’ and called it ‘a disgrace’."
    assert spans(text) == []
    assert attributions(text) == [
        (
            "indirect",
            "Gordon Taylor",
            "said",
            "the players’ union would ‘fight on’ and called it ‘a disgrace’",
        )
    ]
    # a second opening mark drops the first, unclosed one
    assert spans("He called it ‘a disgrace’ and said: ‘We will fight this all the way.’") == [
        "‘We will fight this all the way.’"
    ]
    assert spans("Rock 'n' roll is back in the '90s style, said the DJ, 'and it's here.'") == [
        "'and it's here.'"
    ]
    assert spans("‘Maybe’ is British. Labour’s plan is ‘bold’.") == []


def test_an_unclosed_british_quotation_is_left_alone() -> None:
    assert spans("The minister said: ‘We will not back down. We will win.") == []


def test_documents_with_double_marks_keep_straight_single_marks_unpaired() -> None:
    # the straight single marks of a text with double marks are today's: never paired
    text = "\"We back the union,\" he said. Ms Jones said it was 'a shame, really,' and left."
    assert spans(text) == ['"We back the union,"']
    text = "He said ''we will win,'' and she said 'no, never.' Then she left."
    assert spans(text) == ["''we will win,''"]
    # a single quotation nested in a double one stays inside it
    text = "“He told me ‘never give up,’ and I didn’t,” said Anna Smith."
    assert attributions(text) == [
        ("direct", "Anna Smith", "said", "“He told me ‘never give up,’ and I didn’t,”")
    ]


def test_other_single_mark_styles_unchanged() -> None:
    assert spans("Er sagte ‚die Spieler’ und ging.") == ["‚die Spieler’"]
    assert spans("‚Das ist gut‘, sagte er.") == ["‚Das ist gut‘"]


def _with_warnings(text: str) -> tuple[list[str], list[str]]:
    """The quoted spans of ``text`` and the warnings given while pairing."""
    doc = parse(article_from_text(text, id="t"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = quoted_spans(doc)
    return [text[q.start : q.end] for q in found], [str(w.message) for w in caught]


NOTE = "not decoded; &ldquo; &rdquo; &quot; count as quotation marks"


def test_html_entities_pair_as_quotation_marks_with_one_warning() -> None:
    text = "&ldquo;We will not back down,&rdquo; said Finance Minister Jane Smith."
    assert _with_warnings(text) == (
        ["&ldquo;We will not back down,&rdquo;"],
        [f"t: the text holds HTML entities (&ldquo; at offset 0), {NOTE}"],
    )
    text = "The minister said the plan was &quot;fair &amp; balanced&quot;."
    # offset 31: len("The minister said the plan was ")
    assert _with_warnings(text) == (
        ["&quot;fair &amp; balanced&quot;"],
        [f"t: the text holds HTML entities (&quot; at offset 31), {NOTE}"],
    )
    text = "Jane Smith said: &#8220;We will not back down. Never.&#8221;"
    assert _with_warnings(text)[0] == ["&#8220;We will not back down. Never.&#8221;"]


def test_html_entity_quotations_are_attributed() -> None:
    doc = parse(
        article_from_text(
            "&ldquo;We will not back down,&rdquo; said Finance Minister Jane Smith.\n\n"
            "The minister said the plan was &quot;fair &amp; balanced&quot;.",
            id="t",
        )
    )
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        found = [(q.kind, q.speaker, q.cue, q.content) for q in quotes(doc)]
    assert found == [
        ("direct", "Jane Smith", "said", "&ldquo;We will not back down,&rdquo;"),
        # the content no longer ends inside the entity ("&quot")
        # ("The minister": Finance Minister Jane Smith, named just before)
        ("indirect", "Jane Smith", "said", "the plan was &quot;fair &amp; balanced&quot;"),
    ]


def test_only_quotation_mark_entities_are_warned_about() -> None:
    # (review 9: any entity made `analysis quotes` exit 1, even a lone &amp;)
    text = "Tom Brown said the plan was fair &amp; balanced. Mr Brown&#39;s plan."
    assert _with_warnings(text) == ([], [])
    assert _with_warnings("Labour&rsquo;s plan&hellip; was fair, Tom Brown said.") == ([], [])
    # an opening single mark's entity is warned about: it does not pair
    text = "Tom Brown said: &lsquo;We will win.&rsquo; He left."
    assert _with_warnings(text) == (
        [],
        [f"t: the text holds HTML entities (&lsquo; at offset 16), {NOTE}"],
    )
    # an ampersand alone is no entity
    assert _with_warnings("AT&T and R&D; Procter & Gamble said so.") == ([], [])


def test_entities_count_as_double_marks_for_straight_single_marks() -> None:
    # a text with &quot; keeps its straight single marks unpaired, as with '"'
    text = "&quot;Yes,&quot; he said. She said 'no, never.' Then she left."
    assert _with_warnings(text)[0] == ["&quot;Yes,&quot;"]


def test_cli_reports_html_entities_as_a_recovered_input_flaw(tmp_path: Path) -> None:
    path = tmp_path / "html.txt"
    path.write_text(
        "&ldquo;We will not back down,&rdquo; said Finance Minister Jane Smith.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["quotes", str(path), "--format", "csv"])
    assert result.exit_code == 1
    assert "&ldquo;We will not back down,&rdquo;" in result.stdout
    assert f"html.txt: the text holds HTML entities (&ldquo; at offset 0), {NOTE} (recovered)" in (
        result.stderr
    )


def test_a_british_quotation_over_several_paragraphs_keeps_only_its_last() -> None:
    # review 8b, finding 1: a single-marked quotation is never carried into the
    # next paragraph (a scare quote or logical punctuation leaves one "open" and
    # swallowed the next paragraph); a quotation over several paragraphs keeps
    # only its closing paragraph, still attributed to its speaker
    text = (
        "The minister was defiant.\n\n‘We will not back down. We were elected to do a job."
        "\n\n‘And we will do it.\n\n‘Nobody should doubt that,’ said Mr Brown."
    )
    assert attributions(text) == [("direct", "Brown", "said", "‘Nobody should doubt that,’")]
    straight = "'We will not back down.\n\n'Nobody should doubt that,' said Mr Brown."
    assert spans(straight) == ["'Nobody should doubt that,'"]
    assert spans("‘We will not back down.\n\nThe unions were unimpressed.") == []
    assert spans("‘We will not back down,\n\n‘Nobody should doubt that,’ said Mr Brown.") == [
        "‘Nobody should doubt that,’"
    ]
    # double marks still carry over
    double = "“We will not back down.\n\n“Nobody should doubt that,” said Mr Brown."
    assert attributions(double) == [
        ("direct", "Brown", "said", "“We will not back down.\n\n“Nobody should doubt that,”")
    ]


def test_paragraphs_run_together_keep_one_british_quotation() -> None:
    # "said: ‘A. ‘B.’": a scraped text that ran the quotation's paragraphs together
    text = (
        "A spokesman for the Olympic Delivery Authority said: ‘There are robust measures "
        "in place. ‘We are working with the police.’"
    )
    assert attributions(text) == [
        (
            "direct",
            "Olympic Delivery Authority",
            "said",
            "‘There are robust measures in place. ‘We are working with the police.’",
        )
    ]
    # not over a possible closing mark or possessive, nor from a mid-sentence scare quote
    assert spans("‘We will win’. He left. ‘They will lose.’") == ["‘They will lose.’"]
    assert spans(
        "Mr Brown said: ‘We back the players’ union. ‘They deserve better,’ he added."
    ) == ["‘They deserve better,’"]
    assert spans("He called it ‘a disgrace. ‘We will fight this,’ he said.") == [
        "‘We will fight this,’"
    ]


def test_cli_passes_a_text_whose_only_entity_is_an_ampersand(tmp_path: Path) -> None:
    path = tmp_path / "amp.txt"
    path.write_text("Tom Brown said the plan was fair &amp; balanced.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert "the plan was fair &amp; balanced" in result.stdout
    assert result.stderr == ""
