"""Review 8, findings 13, 14 and the nouns of 4: run-in heads, datelines and labels with a
colon are no speakers; non-speech senses of cue verbs and nouns read as cues are no
attributions; their PolNeAR-style neighbours stay."""

from __future__ import annotations

from analysis.parse import parse
from analysis.quotes import quotes
from analysis.read import article_from_text


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = parse(article_from_text(text, id="t"))
    out = []
    for q in quotes(doc):
        assert doc.text[q.start : q.end] == q.content
        out.append((q.speaker_text, q.cue, q.content))
    return out


# --- finding 13: run-in heads, labels and datelines -----------------------------------


def test_a_dateline_with_a_colon_is_no_speaker() -> None:
    # before: speaker "LONDON", cue ":", content the whole sentence
    text = "LONDON: Irish finance minister Michael Noonan will seek a deal.\n"
    assert _quotes(text) == [
        ("Irish finance minister Michael Noonan", "seek", "a deal"),
    ]
    text = "Iowa: Tim Albrecht, Brad Anderson, Rob Barron.\n\nThe panel met on Monday.\n"
    assert _quotes(text) == []


def test_a_run_in_title_with_a_colon_is_no_speaker() -> None:
    # before: speakers "Power Impedes Peace Efforts" and "Tools" with the colon as cue
    text = (
        "Veto Power Impedes Peace Efforts: Eliminating the veto would take a charter change.\n\n"
        "Limited Tools to Fight Terrorism: The United Nations was set up to keep the peace.\n"
    )
    assert _quotes(text) == []


def test_live_update_and_correction_labels_are_no_speakers() -> None:
    # before: ("The Latest", ":", ...) and ("CLARIFICATION", ":", ...)
    text = (
        "The Latest: Trump urges supporters to monitor polling places.\n\n"
        "CLARIFICATION: The first sentence has been clarified.\n\n"
        "Contributing: Grant Miller\n"
    )
    assert _quotes(text) == [
        ("Trump", "urges", "supporters to monitor polling places"),
    ]


def test_a_colon_label_before_a_bare_number_is_no_attribution() -> None:
    # before: ("Hillary Clinton", ":", "1,769") in a table of delegate counts
    assert _quotes("Hillary Clinton: 1,769\n\nBernie Sanders: 1,501\n") == []


def test_speaker_labels_of_people_stay() -> None:
    text = "TAPPER: Do you agree?\n\nFALLIN: Well, I think the nation needs to work together."
    assert _quotes(text) == [
        ("TAPPER", ":", "Do you agree?"),
        ("FALLIN", ":", "Well, I think the nation needs to work together"),
    ]
    # two common words ("Daily", "News") and an acronym: still a label, as PolNeAR has it
    text = "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA\n\nIt ran."
    assert _quotes(text) == [
        ("NY Daily News", ":", "Paris Terror Attacks Highlight Threat Posed by NRA"),
    ]
    text = "House Speaker Paul Ryan: The vote will go ahead.\n\nHe spoke on Monday."
    assert _quotes(text) == [("House Speaker Paul Ryan", ":", "The vote will go ahead")]
