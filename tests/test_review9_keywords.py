"""Review 9's keyword findings: inflection grouping (#1), collocations (#5, #8), rank
order of the short-document filler (#16)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from analysis.keyphrases import keyphrases
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.terms import inflection_stem
from analysis.types import Document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_396a11e332c8e407.txt"


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def _seed() -> Document:
    return parse(read_article(SEED))


# --- #1: keyphrases group inflections of one word, not every Porter stem ----------

PORTER = (
    "The police arrested two men on Friday. Police said the men were armed.\n\n"
    "The new policy on housing was announced. The policy takes effect in June, and "
    "policies elsewhere differ.\n\n"
    "The university said the universe of options was small. General Smith praised the "
    "generous donors of the new generation.\n"
)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        # inflections share a key (Porter's steps 1 and 5)
        (("policy", "policies"), True),
        (("meet", "meets", "meeting"), True),
        (("film", "films"), True),
        (("country", "countries"), True),
        (("relation", "relations"), True),
        (("create", "created", "creating"), True),
        (("controlled", "control"), True),
        # derivations that a full Porter stem merges do not
        (("general", "generous"), False),
        (("general", "generation"), False),
        (("international", "internal"), False),
        (("university", "universe"), False),
        (("community", "communism"), False),
        (("organ", "organization"), False),
        (("cooperate", "cooperation"), False),
        (("police", "policy"), False),
        (("news", "new"), False),  # NLTK's irregular form
    ],
)
def test_inflection_stem_merges_inflections_only(words: tuple[str, ...], same: bool) -> None:
    assert (len({inflection_stem(w) for w in words}) == 1) is same


def test_unrelated_words_sharing_a_porter_stem_are_counted_apart() -> None:
    doc = _doc(PORTER)
    top = [(k.keyword, round(k.score, 4), k.count) for k in keyphrases(doc, top=12)]
    # policy: "policy" x2 + "policies" x1 = 3, first at token 17:
    # 3 * specificity 0.4596 * (1 + 17/50) ** -0.2 (0.9431) = 1.3004, as before.
    assert top[:2] == [("policy", 1.3004, 3), ("police", 0.8773, 2)]
    shown = {k: c for k, _, c in top}
    # Each written once (before: "general" 1.304 3, "university" 1.296 2).
    assert shown["generation"] == 1
    assert shown["generous"] == 1
    assert shown["university"] == 1
    assert shown["universe"] == 1
    # "General" (token 45, always before "Smith": x0.8): 0.4942 * 0.8795 * 0.8 = 0.3477
    general = [k for k in keyphrases(doc, top=30) if k.keyword == "General"]
    assert [(k.count, round(k.score, 4)) for k in general] == [(1, 0.3477)]


def test_seed_counts_international_without_internal() -> None:
    top = {k.keyword: k.count for k in keyphrases(_seed(), top=12)}
    text = SEED.read_text(encoding="utf-8")
    # grep -oi: "international" 6 (plus "internal" once), "cooperation" 7 (plus
    # "cooperate" once); "countries" 3 with "country" 0.
    assert text.count("international") == 6 and text.count("internal ") == 1
    assert top["international"] == 6
    assert top["cooperation"] == 7
    assert top["countries"] == 3


# --- #5: collocations are adjacent words, shown as written; #8: measures checked ---

WIND = "Wind farms grow. Wind farms, solar panels and solar panels."


def test_collocations_pair_adjacent_words_only() -> None:
    from analysis.collocations import collocations

    found = collocations(_doc(WIND), measure="pmi", min_count=1)
    # 13 tokens + a gap after each of the 2 sentences: N = 15. "farms, solar" crosses a
    # comma and "panels and solar" a stopword: no pair. Each pair's words are written
    # as often as the pair, so PMI = log2(n * 15 / (n * n)) with n = 2 ("solar panels",
    # "Wind farms"): log2(7.5) = 2.9069; "farms grow": log2(1 * 15 / (2 * 1)), the same.
    assert [(k.keyword, k.count, round(k.score, 4)) for k in found] == [
        ("farms grow", 1, 2.9069),
        ("solar panels", 2, 2.9069),
        ("Wind farms", 2, 2.9069),
    ]
    lr = collocations(_doc(WIND), min_count=1)
    # G2 of "solar panels": observed (2, 0, 0, 13), expected 2*2/15 and 13*13/15:
    # 2 * (2 ln(2 / 0.26667) + 13 ln(13 / 11.26667)) = 11.7802
    assert [(k.keyword, round(k.score, 4)) for k in lr][:2] == [
        ("solar panels", 11.7802),
        ("Wind farms", 11.7802),
    ]
    assert lr[0].method == "collocation:likelihood"


def test_collocations_on_the_seed_are_phrases_of_the_text() -> None:
    from analysis.collocations import collocations

    seed = _seed()
    top = collocations(seed, top=16)
    # Before: "community adopt" ("community to adopt"), "approach democracy",
    # "democracy human" ("democracy, human rights"), "china belarus" (3, from "China,
    # Belarus" and "China and Belarus"), "china-europe railway" in lower case.
    assert [(k.keyword, k.count) for k in top] == [
        ("30th anniversary", 3),
        ("diplomatic ties", 3),
        ("China-Europe Railway", 2),
        ("correct approach", 2),
        ("human rights", 2),
        ("industrial park", 2),
        ("Railway Express", 2),
        ("two sides", 2),
        ("bilateral relations", 2),
        ("sustainable development", 2),
    ]
    every = collocations(seed, top=1000, min_count=1)
    assert len(every) == 99
    assert all(k.keyword in seed.text for k in every)


def test_possessive_is_dropped_from_the_pair_key_only() -> None:
    from analysis.collocations import collocations

    doc = _doc("Xi praised China's railway plans. China's railway plans grow. The China railway.")
    pairs = [(k.keyword, k.count) for k in collocations(doc, min_count=2)]
    # keyed "china railway" (3), shown as most often written; ties: "china railway"
    # before "railway plans"
    assert pairs == [("China's railway", 3), ("railway plans", 2)]


def test_unknown_collocation_measure_is_an_error() -> None:
    from analysis.collocations import collocations

    with pytest.raises(ValueError, match=r"unknown measure 'chi2': pmi or likelihood"):
        collocations(_doc(WIND), measure="chi2")  # type: ignore[arg-type]


def test_cli_collocations_help_and_output() -> None:
    from click.testing import CliRunner

    from analysis.cli import main

    runner = CliRunner()
    out = runner.invoke(
        main, ["keywords", str(SEED), "--method", "collocations", "--top", "3", "--format", "csv"]
    )
    assert out.exit_code == 0, out.output
    assert [line.split(",")[1:3] for line in out.output.splitlines()[1:]] == [
        ["1", "30th anniversary"],
        ["2", "diplomatic ties"],
        ["3", "China-Europe Railway"],
    ]
    helped = runner.invoke(main, ["keywords", "--help"])
    assert "pairs of adjacent words (no stopword or punctuation between)" in " ".join(
        helped.output.split()
    )


# --- #16: the short-document filler keeps scores in rank order ---------------------


def test_filler_scores_never_rise_down_the_list() -> None:
    doc = _doc("\ufeffBOM text here. Second sentence.\n")
    listed = [(k.rank, k.keyword, round(k.score, 4)) for k in keyphrases(doc, top=6)]
    # Ranked words keep their own scores. The phrases written once ("Second sentence"
    # 0.387007 and "BOM text" 0.218920 of their own; before: ranks 5 and 6 with those
    # scores, above "BOM" 0.24 at rank 4) are scaled by 0.24 / 0.387007:
    # 0.24 and 0.218920 * 0.24 / 0.387007 = 0.135762.
    assert listed == [
        (1, "sentence", 0.6938),
        (2, "Second", 0.3186),
        (3, "text", 0.3179),
        (4, "BOM", 0.24),
        (5, "Second sentence", 0.24),
        (6, "BOM text", 0.1358),
    ]
    # the shorter list is the longer one's head, scores included
    assert keyphrases(doc, top=3) == keyphrases(doc, top=6)[:3]


@pytest.mark.parametrize(
    "text",
    [
        "True Grit star Hailee Steinfeld in talks to play Sleeping Beauty\n",
        "Storm hits coast\n",
        "\ufeffBOM text here. Second sentence.\n",
        "Wind farms grow. Wind farms, solar panels and solar panels.",
    ],
)
def test_rank_order_is_score_order(text: str) -> None:
    listed = keyphrases(_doc(text), top=12)
    assert [k.rank for k in listed] == list(range(1, len(listed) + 1))
    assert all(a.score >= b.score for a, b in pairwise(listed))


def test_headline_filler_is_scaled_below_the_last_word() -> None:
    # "play" 0.210614 is the last ranked word. The filler's own scores (before, shown
    # as such at ranks 10-12): "Hailee Steinfeld" 0.524186, "star Hailee Steinfeld"
    # 0.516930, "play Sleeping Beauty" 0.417994; scaled by 0.210614 / 0.524186
    # (0.401795): 0.2106, 0.2077, 0.1679. The filler's own order is kept.
    doc = _doc("True Grit star Hailee Steinfeld in talks to play Sleeping Beauty\n")
    listed = [(k.keyword, round(k.score, 4)) for k in keyphrases(doc, top=12)]
    assert listed[8:] == [
        ("play", 0.2106),
        ("Hailee Steinfeld", 0.2106),
        ("star Hailee Steinfeld", 0.2077),
        ("play Sleeping Beauty", 0.1679),
    ]
