"""Parsing: tokens, sentences and paragraphs with exact character offsets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from analysis.parse import parse, split_sentences, tokenize
from analysis.read import article_from_text, decode, read_article
from analysis.types import Article, Document, Token

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def assert_offsets_exact(doc: Document) -> None:
    text = doc.text
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
    for sent in doc.sentences:
        span = text[sent.start : sent.end]
        assert span == span.strip() and span
        toks = doc.sentence_tokens(sent)
        assert all(sent.start <= t.start and t.end <= sent.end for t in toks)
        para = doc.paragraphs[sent.paragraph]
        assert para.start <= sent.start and sent.end <= para.end
    for para in doc.paragraphs:
        span = text[para.start : para.end]
        assert span == span.strip() and span
        assert [s.paragraph for s in doc.paragraph_sentences(para)] == [para.index] * (
            para.sent_end - para.sent_start
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones in the U.S. on Jan. 10. They talked.",
            ["Mr. Smith met Dr. Jones in the U.S. on Jan. 10.", "They talked."],
        ),
        (
            "He lives at No. 5 St. James St. in London. It rained.",
            ["He lives at No. 5 St. James St. in London.", "It rained."],
        ),
        (
            "John F. Kennedy was shot. J. R. R. Tolkien wrote books.",
            ["John F. Kennedy was shot.", "J. R. R. Tolkien wrote books."],
        ),
        (
            "The rate rose 3.5 percent. Prices fell by 2.75%.",
            ["The rate rose 3.5 percent.", "Prices fell by 2.75%."],
        ),
        (
            '"We will win," he said. "Never." She left.',
            ['"We will win," he said.', '"Never."', "She left."],
        ),
        ('"Why not?" he asked. Fine.', ['"Why not?" he asked.', "Fine."]),
        ("He said “Go home.” Then he left.", ["He said “Go home.”", "Then he left."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("Wait… What?", ["Wait…", "What?"]),
        ("It was in the U.S. The president spoke.", ["It was in the U.S.", "The president spoke."]),
        ("Officials from the U.S. Treasury agreed.", ["Officials from the U.S. Treasury agreed."]),
        ("He works at Apple Inc. The firm is big.", ["He works at Apple Inc.", "The firm is big."]),
        ("Gov. Newsom spoke. Sen. Warren did too.", ["Gov. Newsom spoke.", "Sen. Warren did too."]),
        ("He was born in Jan. 1990. It was cold.", ["He was born in Jan. 1990.", "It was cold."]),
        ("(This is an aside.) Next one.", ["(This is an aside.)", "Next one."]),
        ("Sales hit $11.5M. Profits fell.", ["Sales hit $11.5M.", "Profits fell."]),
        ("1. The first point. 2. The second.", ["1. The first point.", "2. The second."]),
        ("It was worth it. $5 million went.", ["It was worth it.", "$5 million went."]),
        ("we left early. then it rained.", ["we left early.", "then it rained."]),
        ("It costs approx. two dollars.", ["It costs approx. two dollars."]),
        ("Sales vs. costs rose.", ["Sales vs. costs rose."]),
        ("Really? yes.", ["Really?", "yes."]),
    ],
)
def test_sentence_splits_on_tricky_text(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_split_sentences_offsets_are_exact_and_trimmed() -> None:
    text = "  Mr. Lee left.   Dr. No stayed.  "
    assert split_sentences(text) == [(2, 15), (18, 32)]
    assert text[2:15] == "Mr. Lee left."
    assert text[18:32] == "Dr. No stayed."


def test_tokens_keep_abbreviations_decimals_and_compounds() -> None:
    text = "U.S.-China trade rose 2,000.5 units; don't mind China-Belarus ties at 06:42..."
    tokens = tokenize(text)
    assert [(t.text, t.kind) for t in tokens] == [
        ("U.S.", "word"),
        ("-", "punct"),
        ("China", "word"),
        ("trade", "word"),
        ("rose", "word"),
        ("2,000.5", "number"),
        ("units", "word"),
        (";", "punct"),
        ("don't", "word"),
        ("mind", "word"),
        ("China-Belarus", "word"),
        ("ties", "word"),
        ("at", "word"),
        ("06:42", "number"),
        ("...", "punct"),
    ]
    assert tokens[5].start == 22 and tokens[5].end == 29
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokenize_window_offsets_point_into_whole_text() -> None:
    text = "Skip this. Read 30th and 50-fold!"
    tokens = tokenize(text, 11, len(text))
    assert [(t.text, t.start, t.end, t.kind) for t in tokens] == [
        ("Read", 11, 15, "word"),
        ("30th", 16, 20, "word"),
        ("and", 21, 24, "word"),
        ("50-fold", 25, 32, "word"),
        ("!", 32, 33, "punct"),
    ]


def test_tokens_are_the_frozen_dataclass_and_symbols_are_told_from_punctuation() -> None:
    text = "Cost: $5 — 50% ©2016"
    tokens = tokenize(text)
    assert tokens == [
        Token("Cost", 0, 4, "word"),
        Token(":", 4, 5, "punct"),
        Token("$", 6, 7, "symbol"),
        Token("5", 7, 8, "number"),
        Token("—", 9, 10, "punct"),
        Token("50", 11, 13, "number"),
        Token("%", 13, 14, "punct"),
        Token("©", 15, 16, "symbol"),
        Token("2016", 16, 20, "number"),
    ]
    assert type(tokens[0]) is Token and hash(tokens[0]) == hash(Token("Cost", 0, 4, "word"))
    assert repr(tokens[2]) == "Token(text='$', start=6, end=7, kind='symbol')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        tokens[0].text = "Price"  # type: ignore[misc]


def test_token_kinds_of_mixed_tokens_and_offsets_after_odd_whitespace() -> None:
    # tabs, a no-break space and a line break between tokens; kinds of tokens that
    # are not all letters: a range of years is a number, "x²" a word, "½" a number
    text = "In 2016-17\tx²\u00a0rose ½ +5\n… a.m. -- Q&A"
    tokens = tokenize(text, 3)
    assert [(t.text, t.start, t.end, t.kind) for t in tokens] == [
        ("2016-17", 3, 10, "number"),
        ("x²", 11, 13, "word"),
        ("rose", 14, 18, "word"),
        ("½", 19, 20, "number"),
        ("+5", 21, 23, "number"),
        ("…", 24, 25, "punct"),
        ("a.m.", 26, 30, "word"),
        ("--", 31, 33, "punct"),
        ("Q&A", 34, 37, "word"),
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokenize(text, 3, 10) == tokens[:1]
    assert tokenize("  \n\t ") == []


def test_paragraphs_are_blank_line_blocks() -> None:
    text = "First line\nstill first. Second sentence.\n\n\nNext paragraph.\n"
    doc = parse(Article(id="x", text=text))
    assert [(p.start, p.end, p.kind) for p in doc.paragraphs] == [(0, 40, "body"), (43, 58, "body")]
    assert [doc.span_text(s) for s in doc.sentences] == [
        "First line\nstill first.",
        "Second sentence.",
        "Next paragraph.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]
    assert_offsets_exact(doc)


def test_single_lines_are_paragraphs_without_blank_lines() -> None:
    text = "Head line\nPublished: Jan 10, 2022 06:42 PM\nPara one.\nPara two.\n\n"
    doc = parse(article_from_text(text, id="x"))
    assert [(doc.span_text(p), p.kind) for p in doc.paragraphs] == [
        ("Head line", "headline"),
        ("Para one.", "body"),
        ("Para two.", "body"),
    ]
    assert_offsets_exact(doc)


def test_crlf_and_bom_input_offsets_point_into_text_as_read() -> None:
    raw = (
        "\ufeffTitle here\r\nPublished: Jan 10, 2022 06:42 PM\r\n\r\n"
        "Mr. A. Smith spoke.\r\nIt rained."
    )
    text = decode(raw.encode("utf-8"), "mem")
    assert "\r" not in text and not text.startswith("\ufeff")
    doc = parse(article_from_text(text, id="mem"))
    assert [doc.span_text(s) for s in doc.sentences] == [
        "Title here",
        "Mr. A. Smith spoke.",
        "It rained.",
    ]
    assert doc.sentences[1].start == text.index("Mr.")
    assert_offsets_exact(doc)


def test_seed_offsets_exact_for_every_token_sentence_and_paragraph() -> None:
    doc = parse(read_article(SEED))
    assert_offsets_exact(doc)
    assert len(doc.paragraphs) == 11
    assert doc.paragraphs[0].kind == "headline"
    assert doc.span_text(doc.paragraphs[0]).endswith("Xi to Lukashenko")
    assert len(doc.sentences) == 11  # the headline and ten one-sentence paragraphs
    assert doc.span_text(doc.sentences[1]).startswith("China and Belarus should continue")
    assert doc.span_text(doc.sentences[-1]).endswith("trade, investment and education.")
    # No token comes from the metadata lines.
    assert not any(t.text in ("Published", "Photo", "CFP", "VCG") for t in doc.tokens)
    # Tokens cover the text: between consecutive tokens only whitespace or metadata.
    words = [t for t in doc.tokens if t.is_word]
    assert len(words) == 386 + 18  # body words + the headline's 18 words


def test_combining_marks_and_zero_width_characters_stay_inside_the_word() -> None:
    # A decomposed "é" (e + U+0301), a zero-width space/joiner and a word joiner or
    # U+FEFF inside a word no longer split it; the text is not normalised.
    text = "Beyonce\u0301's tour, Ali\u200bshah, N\u200dA\u2060T\ufeffO, Jose\u0301 Marti\u0301."
    toks = tokenize(text)
    assert [(t.text, t.start, t.end, t.kind) for t in toks] == [
        ("Beyonce\u0301's", 0, 10, "word"),
        ("tour", 11, 15, "word"),
        (",", 15, 16, "punct"),
        ("Ali\u200bshah", 17, 25, "word"),
        (",", 25, 26, "punct"),
        ("N\u200dA\u2060T\ufeffO", 27, 34, "word"),
        (",", 34, 35, "punct"),
        ("Jose\u0301", 36, 41, "word"),
        ("Marti\u0301", 42, 48, "word"),
        (".", 48, 49, "punct"),
    ]
    assert all(text[t.start : t.end] == t.text for t in toks)
    # Scripts whose vowel signs are marks: Devanagari matras, Arabic harakat.
    assert [t.text for t in tokenize("हिन्दी भाषा قَالَ")] == ["हिन्दी", "भाषा", "قَالَ"]


def test_word_mark_ranges_hold_every_mark_and_no_punctuation() -> None:
    import bisect
    import sys
    import unicodedata

    from analysis.wordmarks import mark_ranges

    # the ranges the running Python uses (its own Unicode version's marks)
    ranges = mark_ranges()
    starts = [a for a, _ in ranges]

    def covered(c: int) -> bool:
        i = bisect.bisect_right(starts, c) - 1
        return i >= 0 and c <= ranges[i][1]

    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        category = unicodedata.category(ch)
        if category[0] == "M":
            assert covered(c), hex(c)
        elif covered(c):
            assert ch.isalnum() or category == "Cn", hex(c)
