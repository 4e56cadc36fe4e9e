"""Review 9's keyword findings: inflection grouping (#1), collocations (#5, #8), rank
order of the short-document filler (#16)."""

from __future__ import annotations

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
