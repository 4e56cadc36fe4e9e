"""Names among keyphrase candidates (analysis.keynames) and the list a short
document fills with phrases written once, on the seed and on short texts."""

from __future__ import annotations

from pathlib import Path

from analysis.keynames import is_name, person_aliases
from analysis.keyphrases import _groups, keyphrases
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.types import Document

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def _doc(text: str) -> Document:
    return parse(article_from_text(text, id="t"))


def _aliases(doc: Document) -> dict[str, str]:
    return person_aliases(doc, _groups(doc, 3)[0])


def test_is_name_needs_a_capital_on_every_content_word() -> None:
    assert is_name("China-Europe Railway Express")
    assert is_name("Belt and Road")  # "and" is a stopword
    assert is_name("Penelope Cruz")
    assert not is_name("30th anniversary")
    assert not is_name("star Hailee Steinfeld")
    assert not is_name("Chinese medicine")
    assert not is_name("of the")  # no content word at all


def test_seed_short_names_of_both_presidents() -> None:
    # grep: the headline says "Xi to Lukashenko"; the body's first mentions are
    # "Chinese President Xi Jinping" and "Belarusian President Alexander Lukashenko",
    # later ones "Xi said", "Xi suggested", "Xi stressed" and "Lukashenko thanked".
    # "China" and "Belarus" are also written as parts of "China-Belarus".
    assert _aliases(parse(read_article(SEED))) == {
        "xi": "Xi Jinping",
        "lukashenko": "Alexander Lukashenko",
    }


def test_a_title_or_a_given_name_makes_the_full_name_a_person() -> None:
    titled = _doc("Premier Li Qiang spoke on Monday. Li said the plan works. Li left.")
    assert _aliases(titled) == {"li": "Li Qiang"}
    # "Alexander" is a given name; "Singer" and "Later" open their sentences and are
    # common words, not parts of the name.
    given = _doc("Singer Alexander Perry sang on Monday. Perry smiled. Later Perry left.")
    assert _aliases(given) == {"perri": "Alexander Perry"}
    # No title, no given name: a firm, not a person.
    assert _aliases(_doc("Goldman Sachs fell on Monday. Sachs rose. Then Sachs slipped.")) == {}


def test_the_full_name_must_come_first_and_the_short_name_after() -> None:
    # First mentioned alone: "Perry" is no short name, whatever follows.
    first_alone = _doc("Perry sang. Fans cheered Alexander Perry. Perry smiled.")
    assert _aliases(first_alone) == {}
    # Named in full every time: no short name either.
    always_full = _doc("Alexander Perry sang. Fans cheered Alexander Perry.")
    assert _aliases(always_full) == {}
    # In full first, then alone once: a short name, however often the full name recurs.
    assert _aliases(_doc("Alexander Perry sang. Fans cheered Alexander Perry. Perry smiled.")) == {
        "perri": "Alexander Perry"
    }


def test_a_headline_alone_fills_its_list_with_phrases_written_once() -> None:
    doc = _doc("True Grit star Hailee Steinfeld in talks to play Sleeping Beauty\n")
    listed = [(k.keyword, k.count) for k in keyphrases(doc, top=12)]
    # The nine content words, each written once, then the phrases written once,
    # best first (the list ends at 12 before "Sleeping Beauty").
    assert [k for k, _ in listed[:9]] == [
        "Steinfeld",
        "Sleeping",
        "Beauty",
        "Hailee",
        "talks",
        "Grit",
        "star",
        "True",
        "play",
    ]
    assert listed[9:] == [
        ("Hailee Steinfeld", 1),
        ("star Hailee Steinfeld", 1),
        ("play Sleeping Beauty", 1),
    ]
    assert all(count == 1 for _, count in listed)
    # Single words only: nothing to fill with; phrases only: none repeated, none filled.
    assert len(keyphrases(doc, top=12, max_words=1)) == 9
    assert keyphrases(doc, top=12, min_words=2) == ()
