"""Subjects: the actors and groups that "its", "his" and "they" stand for.

Such a pronoun reaches no further than its own sentence (the part before it) and
the one before, and takes a subject there, not the nearest name:

* "its" takes the organisation or country opening either sentence ("The United
  States imposed sanctions on Iran. Its government": the United States);
* "his" is left open when either sentence opens with a person the actor finder
  missed ("Luigi Mangione was arrested. His attorneys");
* "they" takes the one plural group heading a subject (:mod:`analysis.groups`),
  the group credited with what a sentence says ("..., health officials said") or
  the organisation opening it ("The Pentagon said ... They added"); several
  candidates, or someone else speaking last, leave it open.

Used by :class:`analysis.coreference.Resolver`, over the lookups of
:class:`analysis.mentionindex.MentionIndex`.
"""

from __future__ import annotations

import bisect
from operator import attrgetter

from analysis.groups import PEOPLE_PLURALS, group_subjects
from analysis.mentionindex import MentionIndex
from analysis.types import Document, Mention

_tok_start = attrgetter("start")
#: Cues of an attribution after what was said ("..., officials said").
_REPORT_CUES = frozenset("said says added told warned noted stated reported".split())


def nearby(lookup: MentionIndex, pos: int) -> list[int]:
    """The sentence holding ``pos`` and the one before it, nearest first (the
    reach of "its", "his" after an unknown name, and "they")."""
    here = lookup.sentence_of(pos)
    return [index for index in (here, here - 1) if index >= 0]


def opening_mention(lookup: MentionIndex, index: int, hi: int) -> Mention | None:
    """The actor mention opening sentence ``index`` (after "The"), as its subject,
    if it starts before the character offset ``hi``."""
    toks = lookup.doc.tokens
    s = lookup.doc.sentences[index]
    k = s.tok_start
    if k < s.tok_end and toks[k].text == "The":
        k += 1
    if k >= s.tok_end or toks[k].start >= hi:
        return None
    m = lookup.mention_in(toks[k].start, toks[k].end)
    if m is None or m.start != toks[k].start:
        return None
    return m


def subject_org(lookup: MentionIndex, pos: int) -> str | None:
    """The organisation or country that "its" at ``pos`` stands for: the subject
    of its own sentence (before it) or of the one before, else ``None`` ("The
    United States imposed sanctions on Iran. Its government": the United States;
    "Tesla cut prices in China. Its spokesman": unknown, not China)."""
    for index in nearby(lookup, pos):
        m = opening_mention(lookup, index, pos)
        if m is not None and m.kind in ("organization", "country"):
            return m.canonical
    return None


def unknown_subject(lookup: MentionIndex, pos: int) -> bool:
    """Whether the sentence before ``pos`` (or its own part before it) opens with
    two capitalised words that are no known actor: a person the actor finder
    missed, nearer than any it found ("Luigi Mangione was arrested. His
    attorneys ..." is not the victim named before)."""
    toks = lookup.doc.tokens
    for index in nearby(lookup, pos):
        s = lookup.doc.sentences[index]
        k = s.tok_start
        if (
            k + 2 < s.tok_end
            and toks[k + 1].start < pos
            and toks[k].text != "The"
            and all(toks[j].kind == "word" and toks[j].text[:1].isupper() for j in (k, k + 1))
            and toks[k + 2].text.islower()
            and toks[k + 2].text not in PEOPLE_PLURALS  # "White House officials"
        ):
            m = lookup.mention_in(toks[k].start, toks[k + 1].end)
            if m is None or m.kind == "other":
                return True
    return False


def reported_by(doc: Document, lo: int, hi: int) -> list[str] | None:
    """The speaker of a sentence ``toks[lo:hi]`` that puts what was said first
    ("Children were among the dead, health officials said."): ``[phrase]`` when
    the phrase after the last comma is a group, ``[]`` when it is someone else,
    ``None`` when the sentence has no such shape."""
    toks = doc.tokens
    end = hi
    while end > lo and toks[end - 1].kind == "punct":
        end -= 1
    comma = -1
    for k in range(end - 1, max(lo, end - 8) - 1, -1):
        if toks[k].text == ",":
            comma = k
            break
    if comma <= lo:
        return None
    cue = -1
    for k in range(comma + 2, end):
        if toks[k].text in _REPORT_CUES:
            cue = k
            break
    if cue < 0 or any(toks[k].kind != "word" for k in range(comma + 1, cue)):
        return None
    a = comma + 1
    if toks[a].text.lower() in ("the", "a", "an"):
        a += 1
    if a < cue and toks[cue - 1].text.lower() in PEOPLE_PLURALS:
        return [" ".join(doc.text[toks[a].start : toks[cue - 1].end].split())]
    return []


def subject_groups(
    lookup: MentionIndex, history: list[tuple[int, str, bool]], pos: int
) -> list[str] | None:
    """The plural groups and organisations that "they" at ``pos`` may stand for:
    the subjects of the nearest sentence that has any (this one before ``pos``,
    then the one before); one is the antecedent, several leave it open, and so
    does ``None`` (the nearest sentence with a speaker has no group)."""
    toks = lookup.doc.tokens
    here = lookup.sentence_of(pos)
    for index in nearby(lookup, pos):
        s = lookup.doc.sentences[index]
        hi = s.tok_end
        if index == here:
            hi = bisect.bisect_left(toks, pos, lo=s.tok_start, hi=s.tok_end, key=_tok_start)
        # the sentence's own attributed speaker ("Farmers are struggling,
        # officials said"): the officials, never a group in what they said
        lo_char = s.start
        hi_char = pos if index == here else s.end
        spoken: tuple[str, bool] | None = None
        for at, canonical, was_plural in reversed(history):
            if at < lo_char:
                break
            if at < hi_char:
                spoken = (canonical, was_plural)
                break
        found = [
            " ".join(lookup.doc.text[toks[a].start : toks[b - 1].end].split())
            for a, b in group_subjects(toks, s.tok_start, hi)
            if not (lookup.quoted and lookup.in_quotation(toks[a].start))
        ]
        if len(found) > 1:
            return found  # "Democrats blocked the bill; Republicans vowed ...": open
        reported = reported_by(lookup.doc, s.tok_start, hi)
        if reported is not None:
            return reported
        if not found and spoken is not None:
            # a group that spoke ("Republicans in Congress said"), not a named
            # organisation ("the National Association of ... Lawyers praised")
            name, was_plural = spoken
            last = name.split()[-1]
            if (was_plural or last.lower() in PEOPLE_PLURALS) and (
                last.islower() or " " not in name or " and " in name
            ):
                return [name]
        k = s.tok_start
        if k < hi and toks[k].text == "The":
            k += 1
        if k < hi:
            m = lookup.mention_in(toks[k].start, toks[k].end)
            if (
                m is not None
                and m.kind == "organization"
                and m.start == toks[k].start
                and not any(toks[j].text.lower() in PEOPLE_PLURALS for j in range(k, hi))
            ):
                # "The Pentagon said ... They added" (not "The Associated Press
                # interviewed crew members ... They described")
                found.append(m.canonical)
        if found:
            return found
        if spoken is not None:
            return None  # someone else spoke last ("Smith said"): "they" stays open
    return []
