"""Attributions outside running sentences: headlines and speaker labels.

* "<content>: Xi to Lukashenko" — a headline ending in a name after its last
  colon (and an addressee after "to");
* "FALLIN: Well, I think ..." and "Paul Ryan: FBI Decision ..." — a speaker
  label opening a paragraph, as in transcripts and headline conventions.

The colon is the cue. Used by :mod:`analysis.quotes`.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clauses import Raw, trim
from analysis.frequencies import zipf
from analysis.gazetteer import lookup
from analysis.genders import given_names
from analysis.types import Document, Sentence, Token


def headline(doc: Document, sent: Sentence) -> Raw | None:
    """ "<content>: Xi to Lukashenko" — a name (and an addressee) after the last colon."""
    toks = doc.sentence_tokens(sent)
    colon = max((k for k, t in enumerate(toks) if t.text == ":"), default=-1)
    if colon <= 0 or colon >= len(toks) - 1:
        return None
    rest = toks[colon + 1 :]
    words = [t for t in rest if t.kind == "word"]
    if not words or len(words) > 8 or len(words) != len(rest):
        return None
    k = 0
    while k < len(rest) and rest[k].text[:1].isupper():
        k += 1
    if k == 0 or (k < len(rest) and not (rest[k].text == "to" and k + 1 < len(rest))):
        return None
    if any(not t.text[:1].isupper() for t in rest[k + 1 :]):
        return None
    a, b = trim(doc.text, toks[0].start, toks[colon - 1].end)
    return Raw(a, b, (toks[colon].start, toks[colon].end), (rest[0].start, rest[k - 1].end),
                sent.index)  # fmt: skip


_NOT_LABELS = frozenset(
    """note update editor editors photo photos source sources related read watch see click
    image video correction disclosure advertisement share caption credit ps p.s warning
    breaking live interview analysis exclusive opinion commentary factbox explainer
    timeline profile feature obituary q&a fact highlights recap preview transcript
    audio letter letters op-ed essay column viewpoint perspective latest clarification
    clarifications corrections contributing byline twitter email e-mail boom wow look
    revealed bombshell busted just according so name notice updated developing
    listen pictured""".split()
)


#: Function words a name does not hold but a title in title case does ("Over", "Of").
_TITLE_WORDS = frozenset(
    "over of in for and or with on at from by the a an vs against under after into".split()
)
_LABEL_HEADS = frozenset("camp campaign editorial officials spokesman spokeswoman aides".split())


def label(doc: Document, sent: Sentence) -> Raw | None:
    """A speaker label opening a paragraph, as in transcripts and headlines:
    "FALLIN: Well, I think ...", "Paul Ryan: FBI Decision ...". The colon is the cue;
    the content runs to the end of the paragraph."""
    para = doc.paragraphs[sent.paragraph]
    if sent.start != para.start or doc.text.find(":", sent.start, sent.end) < 0:
        return None  # (no colon: no label, without a look at the tokens)
    toks = doc.sentence_tokens(sent)
    k = 0
    while k < len(toks) and k < 6:
        t = toks[k]
        if t.kind == "word" and (
            t.text[:1].isupper() or (k > 0 and (t.text == "to" or t.text in _LABEL_HEADS))
        ):
            k += 1  # "Paul Ryan", "Clinton camp", "WSJ editorial"
        elif t.text == "." and k > 0 and len(toks[k - 1].text) <= 3:
            k += 1  # "Dr. Ben Carson"
        else:
            break
    if k == 0 or k >= len(toks) - 1 or toks[k].text != ":" or toks[k - 1].text == "to":
        return None
    if k == 1 and len(toks[0].text) == 1:
        return None  # "Q:" and "A:" of an interview: the questioner is no source
    if toks[0].text.lower() in _NOT_LABELS or toks[k - 1].text.lower() in _NOT_LABELS:
        return None
    if any(toks[j].text.lower() in _TITLE_WORDS for j in range(1, k)):
        return None  # "Stealth Over Health: ...": a capitalised function word makes a title
    if _place_or_title(doc, toks[:k]):
        return None  # "LONDON: ...", "Veto Power Impedes Peace Efforts: ...": no speaker
    a, b = trim(doc.text, toks[k + 1].start, para.end)
    if b <= a or not any(t.kind == "word" for t in toks[k + 1 :]):
        return None  # "Clinton: 1,769" in a table of counts: no words said
    end_name = k
    for j in range(k):
        if toks[j].text == "to":
            end_name = j
            break
    return Raw(a, b, (toks[k].start, toks[k].end), (toks[0].start, toks[end_name - 1].end),
                sent.index)  # fmt: skip


#: A word this common in general English (Zipf scale) reads as a title's word, not a
#: name's ("Power", "Peace", "Efforts"), unless a given name or written again.
_COMMON_ZIPF = 4.0


def _place_or_title(doc: Document, words: Sequence[Token]) -> bool:
    """Whether a paragraph's run-in head before a colon is a dateline or a title, no
    speaker: a place in the gazetteer ("LONDON: Irish finance minister ...", "Iowa:
    <a list of names>"), or three or more capitalised words that are common English
    words, no given names and not written capitalised again in the body ("Veto Power
    Impedes Peace Efforts: ...", "Limited Tools to Fight Terrorism: ...")."""
    name = doc.text[words[0].start : words[-1].end]
    for form in (name, name.title()):
        found = lookup(form)
        if found is not None and found[1] == "place":
            return True
    given = given_names()
    body = doc.text[words[-1].end :]
    common = 0
    for t in words:
        w = t.text
        if w.isupper() or not w[:1].isupper() or w in given:
            continue
        if zipf(w.lower()) >= _COMMON_ZIPF and f" {w}" not in body:
            common += 1
    return common >= 3
