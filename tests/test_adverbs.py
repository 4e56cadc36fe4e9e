"""The one list of sentence adverbs and its four users (openers, lead adjuncts,
one-word speakers, roles before a name), which took it in place of four lists."""

from __future__ import annotations

import pytest

from analysis import clauseguards, coreference, openers, speakerphrases
from analysis.adverbs import SENTENCE_ADVERBS
from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text

Row = tuple[str | None, str | None, str | None, str]


def _quotes(text: str) -> list[Row]:
    doc = parse(article_from_text("Headline here\n\n" + text, id="t"))
    return [
        (q.speaker, q.speaker_text, q.speaker_role, doc.text[q.start : q.end]) for q in quotes(doc)
    ]


# --- the users contain the base list, so they cannot drift apart again


def test_the_base_list_is_lower_case_adverbs_only() -> None:
    assert all(w.islower() and w.isalpha() for w in SENTENCE_ADVERBS)
    # prepositions, participles, weekdays, determiners, "even" are the users' extras
    for extra in ("in", "asked", "speaking", "monday", "last", "next", "even", "whenever"):
        assert extra not in SENTENCE_ADVERBS
    for word in ("meanwhile", "however", "finally", "yesterday", "later"):
        assert word in SENTENCE_ADVERBS


def test_every_user_holds_the_base_list() -> None:
    assert SENTENCE_ADVERBS <= openers._OPENER_WORDS
    assert SENTENCE_ADVERBS <= clauseguards._LEAD_WORDS
    assert SENTENCE_ADVERBS <= speakerphrases._CONNECTIVES
    assert frozenset(w.capitalize() for w in SENTENCE_ADVERBS) == coreference._ADVERBS
    assert coreference._NAME_ADVERBS <= coreference._ADVERBS


def test_each_user_keeps_its_own_extras() -> None:
    assert {"last", "next"} == openers._OPENER_WORDS - SENTENCE_ADVERBS
    assert {"in", "on", "during", "asked", "speaking", "responding"} <= clauseguards._LEAD_WORDS
    assert {"even", "whenever", "monday", "sunday"} <= speakerphrases._CONNECTIVES
    assert openers.plain_opener("Finally") and openers.plain_opener("Last")
    assert not openers.plain_opener("Harrington")


# --- behaviour the shared list changed (each word was in some lists, not others)


def test_later_alone_is_no_speaker() -> None:
    # PolNeAR train, west-journal 2016-05-06: was the speaker "Later" of "suggesting"
    text = (
        "Later that day, Trump fired back a response saying he would not support Ryan’s "
        "agenda and suggesting that politicians should do what is best for the American "
        "people."
    )
    assert _quotes(text) == []


@pytest.mark.parametrize("adverb", ["Tonight", "Overall", "Thus", "Hence", "Indeed"])
def test_an_adverb_alone_before_a_surname_is_no_role(adverb: str) -> None:
    # was the role "Tonight", "Overall", ... (only in the opener or connective lists)
    assert _quotes(f"{adverb} Smith said the plan would fail.") == [
        ("Smith", f"{adverb} Smith", None, "the plan would fail")
    ]


def test_a_programme_name_keeps_its_adverb() -> None:
    text = "Tonight Show host Jimmy Fallon said the interview was tough."
    assert _quotes(text) == [
        (
            "Jimmy Fallon",
            "Tonight Show host Jimmy Fallon",
            "Tonight Show host",
            "the interview was tough",
        )
    ]


@pytest.mark.parametrize(
    "lead",
    ["Finally, after a long debate,", "Elsewhere in the speech,", "Perhaps because of the cost,"],
)
def test_a_lead_adjunct_opened_by_an_adverb_is_no_content(lead: str) -> None:
    # was the content "Finally, after a long debate" (and the others), the clause
    # after the cue lost
    assert _quotes(f"{lead} Smith said the plan would fail.") == [
        ("Smith", "Smith", None, "the plan would fail")
    ]


@pytest.mark.parametrize(
    "text",
    ["Perhaps the plan is dead, Smith said.", "Ultimately the plan is dead, Smith said."],
)
def test_a_content_clause_opened_by_an_adverb_stays_content(text: str) -> None:
    assert _quotes(text) == [("Smith", "Smith", None, text[: text.index(",")])]
