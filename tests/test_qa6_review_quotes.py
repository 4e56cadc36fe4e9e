"""The review of the sixth QA round's quote, target and statistics rules: ordinary news
sentences on which a rule misfired, each checked by hand (exact contents, speakers,
targets and sentence starts)."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    doc = parse(article_from_text(text, id="t"))
    out = []
    for q in quotes(doc):
        assert text[q.start : q.end] == q.content
        out.append((q.speaker, q.speaker_text, q.cue, q.content))
    return out


# --- item 6: a time word that is the content's subject ----------------------------


def test_a_time_word_followed_by_a_verb_is_the_subject() -> None:
    # after the round: "would be his last day with the team" (the subject skipped as a
    # time adjunct); before it the whole clause, as now
    assert _speakers("Talks\n\nThe coach said Friday would be his last day with the team.") == [
        ("The coach", "The coach", "said", "Friday would be his last day with the team")
    ]


def test_subject_time_words_open_the_content() -> None:
    text = (
        "Talks\n\nThe minister said Monday was the deadline for a deal. The mayor said "
        "today was a great day. The senator said Sunday marked the end of an era. The "
        "governor said tonight is a big night for the party."
    )
    # after the round: "was the deadline for a deal", "was a great day", "marked the
    # end of an era", "is a big night for the party" (subject-less); before it none
    assert [q[3] for q in _speakers(text)] == [
        "Monday was the deadline for a deal",
        "today was a great day",
        "Sunday marked the end of an era",
        "tonight is a big night for the party",
    ]


def test_a_time_adjunct_before_a_subject_is_still_skipped() -> None:
    text = (
        "Talks\n\nOfficials said Monday talks would resume in Geneva. The agency said "
        "Tuesday prices rose 3 percent in May."
    )
    assert [q[3] for q in _speakers(text)] == [
        "talks would resume in Geneva",
        "prices rose 3 percent in May",
    ]
