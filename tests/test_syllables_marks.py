"""Syllables and readability counts do not depend on how an accent is encoded."""

from __future__ import annotations

from analysis.parse import parse
from analysis.read import article_from_text
from analysis.stats import text_stats
from analysis.syllables import syllables


def test_a_decomposed_accent_counts_as_its_letter() -> None:
    # "résumé" written with combining acutes (U+0301) was three word pieces; now it
    # is the composed word, and a zero-width space inside a word is no break.
    assert syllables("re\u0301sume\u0301") == syllables("r\u00e9sum\u00e9") == 2
    assert syllables("cafe\u0301") == syllables("caf\u00e9") == 2  # as "cafe" (CMU)
    assert syllables("Beyonce\u0301") == syllables("Beyonc\u00e9")
    assert syllables("econ\u200bomy") == syllables("economy") == 4
    # other scripts keep their vowel signs: Hindi "hindi" is hi-n-di, three pieces
    assert syllables("\u0939\u093f\u0928\u094d\u0926\u0940") == 3


def test_text_stats_agree_on_composed_and_decomposed_text() -> None:
    composed = (
        "The r\u00e9sum\u00e9 of Beyonc\u00e9 impressed the caf\u00e9 owners in Montr\u00e9al."
    )
    decomposed = composed.replace("\u00e9", "e\u0301")
    assert len(decomposed) == len(composed) + 5
    a = text_stats(parse(article_from_text(composed, id="nfc")))
    b = text_stats(parse(article_from_text(decomposed, id="nfd")))
    assert (b.words, b.syllables, b.polysyllables) == (a.words, a.syllables, a.polysyllables)
    assert a.words == 10
