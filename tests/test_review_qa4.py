"""Review of unseen and hostile news texts: what broke in the report helpers and the CLI."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import display, frames, sentiment, summary
from analysis.kwic import find_term
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.stats import text_stats
from analysis.types import TextStats


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
    assert lines[1].startswith("Tone: neutral overall (news score 0.00, spread 0.26;")
    shown = display.key_values(summary.tone(tone)).data
    assert "<td>0.00</td>" in shown and "-0.00" not in shown
    table = display.table(pd.DataFrame({"compound": [-0.004, -0.25]})).data
    assert "<td>0.00</td>" in table and "<td>-0.25</td>" in table
