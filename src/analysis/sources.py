"""Sources: who speaks, found around a cue of reported speech, for :mod:`analysis.attribution`.

The speaker phrase of an attribution (PolNeAR's *Source*) before or after its cue:
the subject of the cue verb, an appositive speaker ("Xi Jinping, the Chinese
President, said"), a sentence-final attribution that owns the clause before it
("..., Xinhua reported."), and where a dateline ends so that it is never content.
Character ranges are returned; :mod:`analysis.coreference` resolves them later.

References:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC; Newell,
    Margolin & Ruths (2018), "An Attribution Relations Corpus for Political News",
    LREC.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.capitals import DATELINE_DASHES, after_dateline
from analysis.clauseguards import adjunct, dash, lead_adjunct
from analysis.clauses import ADDRESSEE, OPENERS, SentenceView, place_before
from analysis.cues import lexicon
from analysis.gazetteer import lookup
from analysis.namewords import PARTY_TAG as _PARTY_TAG
from analysis.speakers import (
    AUX,
    contracted_pronoun,
    is_named_phrase,
    modified_start,
    phrase_after,
    phrase_before,
)
from analysis.types import Token
from analysis.verbforms import _past_form


def plain_verb(word: str) -> bool:
    """A cue form that cannot be a noun: a past tense or "says"."""
    return word.endswith("ed") or word in ("said", "told", "wrote", "says", "say", "tell", "tells")


def span(toks: Sequence[Token], rng: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of the tokens ``rng``; of a pronoun contracted with its verb
    ("They're urging"), the pronoun's alone ("They")."""
    start = toks[rng[0]].start
    if rng[1] - rng[0] == 1 and (pronoun := contracted_pronoun(toks[rng[0]].text)):
        return start, start + pronoun
    return start, toks[rng[1] - 1].end


def appositive_speaker(s: SentenceView, cue: int, lo: int) -> tuple[int, int] | None:
    """ "Marley Anderson, 21, a junior from Las Vegas, said ...": the name before an
    appositive or relative clause set off by commas just before the cue (and any
    adverbs: "..., later told")."""
    while cue - 1 > lo and s.text(cue - 1).lower() in AUX and s.text(cue - 2) == ",":
        cue -= 1  # "Feinstein, a Democrat from California, later told CNN ..."
    if cue - 1 > lo and dash(s, cue - 1):
        # "Jason Sims — a teacher from Mount Pleasant — says ...": the name before the dashes
        for j in range(cue - 2, max(lo, cue - 20), -1):
            if dash(s, j):
                sp = phrase_before(s.toks, j, lo)
                if sp is not None and is_named_phrase(s.toks[sp[0] : sp[1]]):
                    return sp
                return None
        return None
    if cue - 1 <= lo or s.text(cue - 1) != ",":
        return None
    who = _relative_speaker(s, cue, lo)
    if who is not None:
        return who
    end = cue - 1  # the comma closing the current segment
    for j in range(cue - 2, max(lo, cue - 30), -1):
        if s.text(j) == "," and j > lo:
            segment = s.toks[j + 1 : end]
            if 0 < len(segment) <= 5 and all(
                t.text[:1].isupper() or t.text == "." for t in segment
            ):
                if place_before(s, j, lo) and not (end == cue - 1 and _personal(segment)):
                    end = j  # "from Houston, Texas, said": a place and its state
                    continue
                if not _party_tag(s, j + 1, end):
                    return j + 1, end  # "her senior policy adviser, Jake Sullivan, said"
            end = j
            sp = phrase_before(s.toks, j, lo)
            if (
                sp is not None
                and any(t.text[:1].isupper() for t in s.toks[sp[0] : sp[1]])
                and not _party_tag(s, _after_comma(s, j, lo), j)
            ):
                return sp  # (a party tag, "Rep. Jane Doe, D-N.Y., said": the name before)
        if s.toks[j].kind == "punct" and s.text(j) not in (",", "(", ")", "-", ".", "&"):
            return None
    return None


def _relative_speaker(s: SentenceView, cue: int, lo: int) -> tuple[int, int] | None:
    """The name before ", who" or ", whose" that opens the relative clause ending at the
    comma before cue ``cue``, past any commas inside it ("Marco Rubio, whose hometown,
    Miami, is projected to be underwater, argues ...": Rubio, not Miami)."""
    for j in range(cue - 2, max(lo + 1, cue - 30), -1):
        low = s.text(j)
        if low in ("who", "whose") and s.text(j - 1) == ",":
            if _party_tag(s, _after_comma(s, j - 1, lo), j - 1):
                return None  # "Sen. Lisa Murkowski, R-Alaska, who ...": the loop's
            sp = phrase_before(s.toks, j - 1, lo)
            if sp is not None and is_named_phrase(s.toks[sp[0] : sp[1]]):
                return sp
            return None
        if s.toks[j].kind == "punct" and low not in (",", "(", ")", "-", ".", "&"):
            return None
    return None


#: First and last words of a two- or three-word place ("South Yorkshire", "Harris County").
_PLACE_WORDS = frozenset(
    """north south east west northern southern eastern western central new greater upper
    lower saint st san santa los las port fort mount lake great little county state
    province region city island islands valley district""".split()
)


def _personal(segment: Sequence[Token]) -> bool:
    """Whether a capitalised segment after "<role> of <Name>," is a person's name and
    no region ("The chief executive of Tesla, Elon Musk, said" vs "from Houston,
    Texas, said"): two or three alphabetic words, none of them a known place or a
    word that makes a place name."""
    words = [t.text for t in segment]
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and words[0].lower() not in _PLACE_WORDS
        and words[-1].lower() not in _PLACE_WORDS
        and lookup(" ".join(words)) is None
        and not any(lookup(w) for w in words)
    )


def _party_tag(s: SentenceView, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are a party tag set off after a name ("D-N.Y.")."""
    return (
        b > a and _PARTY_TAG.fullmatch(s.doc.text[s.toks[a].start : s.toks[b - 1].end]) is not None
    )


def _after_comma(s: SentenceView, j: int, lo: int) -> int:
    """The token after the last comma before token ``j`` (``lo`` when none)."""
    k = j - 1
    while k > lo and s.text(k) != ",":
        k -= 1
    return k + 1 if k > lo else lo


def final_attribution(s: SentenceView, i: int) -> int | None:
    """The comma after which the sentence ends in a speaker (:func:`_named`) and a verb
    of saying ("..., Xi said on Monday.", "..., said Xi."), which owns the whole clause
    before the comma, cue ``i`` included; ``None`` when it does not. Commas and words
    inside quotation marks are quoted text ('She said, "It was hard, I admit."')."""
    toks = s.toks
    end = len(toks)
    while end > i and toks[end - 1].kind == "punct" and not s.is_mark(end - 1):
        end -= 1
    c = end - 1
    while c > i and (s.text(c) != "," or s.quote_at(toks[c].start) is not None):
        c -= 1
    if c <= i + 1 or end - c > 10 or s.is_mark(c - 1):
        return None
    lex = lexicon()  # (once, not a cached call per word)
    for k in range(c + 1, end):
        entry = lex.get(s.text(k))
        if entry is None or entry.cls != "say" or not s.text(k).islower():
            continue
        if s.quote_at(toks[k].start) is not None:
            return None
        if k == c + 1:  # ", said Xi."
            sp = phrase_after(toks, k + 1, end)
            ok = sp is not None and sp[1] == end and _named(toks[sp[0] : sp[1]])
            return c if ok else None
        sp = phrase_before(toks, k, c + 1)
        rest = [t for t in toks[k + 1 : end] if t.kind != "punct"]
        ok = (
            sp is not None
            and modified_start(toks, sp[0], c + 1) == c + 1  # ", campaign officials said"
            and _named(toks[sp[0] : sp[1]])
            and short_tail(rest, entry.lemma)
        )
        return c if ok else None
    return None


def short_tail(rest: Sequence[Token], lemma: str) -> bool:
    """Whether the words after a cue that ends its sentence are none, a short adjunct
    or an addressee ("said.", "said on Monday.", "told POLITICO.")."""
    return not rest or adjunct(rest) or (len(rest) <= 2 and lemma in ADDRESSEE)


_FIRST_SECOND = frozenset("i you we".split())


def named_subject(s: SentenceView, i: int, lo: int) -> bool:
    """Whether a named speaker stands right before cue ``i`` ("Putin told reporters"):
    reported speech inside a final attribution, with its own speaker."""
    sp = phrase_before(s.toks, i, lo)
    return sp is not None and sp[0] >= lo and is_named_phrase(s.toks[sp[0] : sp[1]])


def _named(toks: Sequence[Token]) -> bool:
    """A speaker phrase of a final attribution: a name, a speaker noun or a third
    person ("Xi", "the ministry", "he"); never "I", "you", "we" (the speaker's own
    words, inside or outside quotation marks: "..., I admit")."""
    return is_named_phrase(toks) and not any(t.text.lower() in _FIRST_SECOND for t in toks)


def dateline_end(s: SentenceView, lo: int, hi: int) -> int:
    """The token after a dateline opening the clause at ``lo`` ("PARIS (AP) — "), or
    ``lo`` when there is none: a place in capitals opening its line (see
    :func:`~analysis.capitals.after_dateline`), never a dash mid-sentence ("after OPEC
    — led by Saudi Arabia — cut output")."""
    lo = _timestamp_end(s, lo, hi)
    for j in range(lo + 1, min(hi, lo + 14)):
        if s.text(j - 1) in DATELINE_DASHES and after_dateline(s.doc.text, s.toks, j):
            return j
    return _colon_dateline_end(s, lo, hi)


def _colon_dateline_end(s: SentenceView, lo: int, hi: int) -> int:
    """The token after a place in capitals and a colon opening its line ("BEIJING: ",
    "NEW YORK: "), a place the gazetteer knows; ``lo`` when there is none."""
    toks = s.toks
    j = lo
    while j < hi and j - lo < 3 and toks[j].text.isupper() and toks[j].text.isalpha():
        j += 1
    if j == lo or j + 1 >= hi or toks[j].text != ":":
        return lo
    start = toks[lo].start
    if start > 0 and s.doc.text[start - 1] != "\n":
        return lo
    found = lookup(s.doc.text[start : toks[j - 1].end].title())
    return j + 1 if found is not None and found[1] == "place" else lo


def _timestamp_end(s: SentenceView, lo: int, hi: int) -> int:
    """The token after a live blog's time opening a line ("9:05 a.m. ET: ", "11:30
    p.m. — "), or ``lo`` when there is none."""
    toks = s.toks
    first = toks[lo] if lo < hi else None
    if first is None or first.kind != "number" or ":" not in first.text:
        return lo
    if first.start > 0 and s.doc.text[first.start - 1] != "\n":
        return lo
    j = lo + 1
    while j < hi and j - lo <= 3 and toks[j].kind == "word":
        word = toks[j].text
        if not (word.lower() in ("a.m.", "p.m.", "am", "pm") or word.isupper()):
            return lo
        j += 1
    if j + 1 < hi and (toks[j].text == ":" or toks[j].text in DATELINE_DASHES):
        return j + 1
    return lo


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def subject(s: SentenceView, lo: int, hi: int) -> tuple[int, int] | None:
    """The named subject opening the clause ``toks[lo:hi]`` ("But Clinton attacked
    ..."): a name or a pronoun, with no comma between it and ``hi`` but the last."""
    k = dateline_end(s, lo, hi)  # "WASHINGTON - Senate Majority Leader ...": no subject
    while k < hi and s.text(k).lower() in OPENERS:
        k += 1
    opening = k
    for j in range(k, min(k + 3, hi - 2)):
        if s.text(j).lower() in _WEEKDAYS and s.text(j + 1) == ",":
            k = j + 2  # "On Tuesday, Gov. Jerry Brown endorsed her, citing ...": a time
            break
        if not (s.toks[j].text.islower() or s.text(j) in ("on", "in", "late", "early", "by")):
            break
    if k == opening:
        # "In May, a judge sided with the city, saying ...": a short lead adjunct
        comma = next((c for c in range(k + 1, min(k + 6, hi - 2)) if s.text(c) == ","), -1)
        if comma > 0 and lead_adjunct(s, k, comma):
            k = comma + 1
    subject = phrase_after(s.toks, k, hi)
    if subject is not None and subject[1] - subject[0] > 1:
        last = s.toks[subject[1] - 1].text
        if last.islower() and _past_form(last):
            # "a U.S. District Court judge sided with ...": the verb ends the subject
            subject = (subject[0], subject[1] - 1)
    if subject is not None and not is_named_phrase(s.toks[subject[0] : subject[1]]):
        # "The mayor cancelled the vote": the head noun before the verb ends it
        a, b = subject
        subject = next(((a, j) for j in range(a + 1, b) if is_named_phrase(s.toks[a:j])), None)
    if subject is None:
        return None
    region = -1  # the comma closing a place's region: "in Tulsa, Oklahoma, arguing"
    for j in range(subject[1], hi - 1):
        if s.text(j) == "," and place_before(s, j, lo):
            region = j + 1
            while region < hi - 1 and s.toks[region].text[:1].isupper():
                region += 1
            continue
        if j == region:
            continue
        if s.text(j) in (",", ";", ":") or s.is_mark(j):
            return None
    return subject
