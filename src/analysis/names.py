"""Name candidates for :mod:`analysis.actors`: capitalised runs, split and classified.

A candidate is a run of capitalised words within a sentence (joined by "of",
"for", "on", "and" where the run is one name: "Bank of China", "Belt and Road"),
classified by the gazetteers of :mod:`analysis.gazetteer`, by head words
("Ministry", "Railway", "Initiative") and by titles ("Chinese President Xi
Jinping": the person "Xi Jinping", the role "Chinese President"). A capital that
may only mark a sentence start, a headline or a title-case line counts only with
evidence: a gazetteer entry, the same word capitalised in running text, a given
name or role word before another capital, or a word rare in general English.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from analysis.capitals import DERIVED_ENDINGS as DERIVED_ENDINGS
from analysis.capitals import body_caps as _body_caps
from analysis.capitals import cap_counts as _cap_counts
from analysis.capitals import capital_indices as _capitals
from analysis.capitals import known as _known
from analysis.capitals import needs_evidence as _needs_evidence
from analysis.frequencies import zipf
from analysis.months import month_surnames as month_surnames
from analysis.namekinds import Candidate as Candidate
from analysis.namekinds import Piece as _Piece
from analysis.namekinds import abbreviated as _abbreviated
from analysis.namekinds import classify as _classify
from analysis.namekinds import function_word as _function_word
from analysis.namekinds import given_names as given_names
from analysis.namekinds import head_kind as _head_kind
from analysis.namekinds import plural_noun as plural_noun
from analysis.nameruns import capital_runs as _runs
from analysis.namewords import CONNECTORS as CONNECTORS
from analysis.namewords import HEADS as HEADS
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.namewords import ROLE_WORDS as _ROLE_WORDS
from analysis.namewords import SPEECH_VERBS as SPEECH_VERBS
from analysis.particles import particled_alone as _particled_alone
from analysis.particles import with_particles as _with_particles
from analysis.segments import segments as _segments
from analysis.segments import trim as _trim
from analysis.types import Document
from analysis.worktitles import title_spans

#: A word of a name before a glued surname is this common in general English (or
#: a gazetteer entry): "Washington Post", not a rare given name ("Jeh Johnson").
_GLUED_ZIPF = 3.0
#: ... and the word right before the surname more common still.
_COMMON_ZIPF = 4.0


def _unglued(runs: list[list[_Piece]]) -> list[list[_Piece]]:
    """Split a surname glued onto a name of two or more words where a comma is missing
    ("the editorial board of the Washington Post Trump said"): the last word is the
    surname of a person the text names in full ("Donald Trump"), and each word before
    it is a common word or a gazetteer entry, no given name, initial, title or
    connector ("Homeland Security Secretary Jeh Johnson", "Time Warner" stay)."""
    names = given_names()
    surnames = {
        run[-1].text
        for run in runs
        if len(run) >= 2 and run[0].text in names and run[-1].text not in HEADS
    }
    if not surnames:
        return runs
    out: list[list[_Piece]] = []
    for run in runs:
        if (
            len(run) >= 3
            and run[-1].text in surnames
            and all(
                p.text not in names
                and not _function_word(p.text)
                and p.text not in _ROLE_WORDS
                and not _abbreviated(p.text)
                and (zipf(p.text.lower()) >= _GLUED_ZIPF or _known(p.text))
                for p in run[:-1]
            )
            and not _known(" ".join(p.text for p in run))
            # (the word before the surname common: "Post", not "Ty" in "Navy SEAL Ty Woods")
            and (zipf(run[-2].text.lower()) >= _COMMON_ZIPF or _known(run[-2].text))
        ):
            out.append(run[:-1])
            out.append(run[-1:])
        else:
            out.append(run)
    return out


_token_start = attrgetter("start")


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in CONNECTORS and w[:1].isupper())


def candidates(doc: Document) -> list[Candidate]:
    """Name candidates of ``doc`` in order of discovery: capitalised runs split at
    connectors and classified; a single unknown word has ``kind=None``, left for
    the document-level resolution of :func:`analysis.actors.find_mentions`."""
    suspect = _needs_evidence(doc)
    capitals = _capitals(doc)
    body_caps = _body_caps(doc, suspect, capitals)
    caps = _cap_counts(doc, capitals)
    out: list[Candidate] = []
    text = doc.text
    toks = doc.tokens
    titles = title_spans(doc)  # titles of works hold no actors
    # a run opens at a capital (one a title of a work cut off may not: then bisect)
    capital_at = {toks[i].start: i for i in capitals}
    for run in _unglued(_runs(doc, body_caps, suspect, capitals)):
        if titles:
            inside = [t for p in run for t in titles if t[0] <= p.start < t[1]]
            run = _trim([p for p in run if not any(s <= p.start < e for s, e in titles)])
            for s, e in dict.fromkeys(inside):
                # a law or organisation named like a work ("Justice Against Sponsors
                # of Terrorism Act") is one name of its head word's kind
                head = text[s:e].split()[-1]
                if head in HEADS and not any(c.start == s for c in out):
                    out.append(Candidate(s, e, text[s:e], _head_kind(head), canonical=text[s:e]))
            if not run:
                continue
        n_out = len(out)
        k = capital_at.get(run[0].start, -1)  # the run's first token
        if k < 0:
            k = bisect_left(toks, run[0].start, key=_token_start)
        if len(run) == 1:  # (trimmed: no connector to split at)
            out.extend(_classify(doc, run))
        elif any(p.text == "and" for p in run) and _known(text[run[0].start : run[-1].end]):
            # a name holding "and" ("Centers for Disease Control and Prevention")
            out.extend(_classify(doc, run))
        else:
            before = toks[k - 1].text.lower() if k else ""
            for seg in _segments(run, caps, before):
                out.extend(_classify(doc, seg))
        if k and toks[k - 1].text in _PARTICLES and not run[0].initial:
            _with_particles(doc, k, out[n_out:])
    _particled_alone(doc, out)
    return out
