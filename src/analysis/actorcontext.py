"""What a name's context says of its kind, before :mod:`analysis.actors` merges aliases.

The first pass of :func:`analysis.actors.find_mentions` over a document's name
candidates: a firm's one-word name that closes a person's full name is the
surname; an unknown name before a speech verb or with an age after it is a
person's; a word after "in" (or joined to a place by "and") names a place; a
person's name opening with a place and closing with a plural noun is a team's; a
name after "<professionals> at" is a firm's. It settles those kinds in place and
hands back what the merging needs: each unknown name's neighbouring tokens, the
names seen speaking, the names seen placed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from analysis.actorcues import TOWN_OF as _TOWN_OF
from analysis.actorcues import WORKERS as _WORKERS
from analysis.actorcues import appositive_role as _appositive_role
from analysis.actorcues import branded as _branded
from analysis.actorcues import called as _called
from analysis.actorcues import placeable as _placeable
from analysis.actornames import AGED, SHORT_FORMS, team
from analysis.capitals import known as _known
from analysis.frequencies import zipf
from analysis.names import HEADS, SPEECH_VERBS, Candidate, given_names, plural_noun
from analysis.types import Document, Token

#: The first word of a two-word name rarer than this (Zipf) is a given name's
#: ("Nikola" 2.4), not a common word's ("Team", "Model").
_RARE_OPENER = 3.5


def neighbours(toks: Sequence[Token], starts: Sequence[int], c: Candidate) -> tuple[str, str]:
    """The tokens just before and just after a name (a module function, not a closure:
    compiled, a closure that other code of its function calls keeps that function's
    frame alive in a reference cycle)."""
    first = bisect_left(starts, c.start)
    last = bisect_left(starts, c.end) - 1  # the token holding the name's end
    before = toks[first - 1].text if first > 0 else ""
    after = toks[last + 1].text if last + 1 < len(toks) else ""
    return before, after


def settle_from_context(
    doc: Document, cands: list[Candidate], toks: tuple[Token, ...], starts: list[int]
) -> tuple[dict[int, tuple[str, str]], set[str], set[str]]:
    """Settle the kinds that the context of ``cands`` shows, in place.

    ``toks`` are ``doc.tokens`` and ``starts`` their start offsets. Returns the
    tokens before and after each name unknown after the first rule (by ``id`` of
    its candidate), the unknown names seen speaking (before a speech verb, or with
    an age set off after them), and the names seen placed (a word after "in", a
    name before its state).
    """
    # a known firm's one-word name that closes a person's full name named before it
    # is the surname ("Nikola Tesla was born ... Tesla said"): settled by the context
    # (two words, the first a given name or a rare word that is no known name)
    given = given_names()
    full_firsts: dict[str, int] = {}
    for c in cands:
        if c.kind in (None, "person") and c.name.count(" ") == 1:
            opener, last = c.name.split(" ")
            if opener in given or (
                opener.isalpha() and not _known(opener) and zipf(opener.lower()) < _RARE_OPENER
            ):
                full_firsts.setdefault(last, c.start)
    if full_firsts:
        for c in cands:
            if (
                c.kind == "organization"
                and c.canonical == c.name
                and full_firsts.get(c.name, c.start) < c.start
                and doc.text[max(0, c.start - 3) : c.start] != "at "  # ("analysts at Tesla")
            ):
                c.kind, c.canonical = None, None
    # an unknown name of several words before a speech verb is a person's, and its
    # words stand for it ("Xavier Lopez said ... Lopez")
    # (the neighbours of every name left unknown, found once: by candidate)
    near = {id(c): neighbours(toks, starts, c) for c in cands if c.kind is None}
    speakers = {c.name for c in cands if c.kind is None and near[id(c)][1] in SPEECH_VERBS}
    # and so is a name with an age set off after it ("Reed, 34, showed no emotion")
    speakers.update(c.name for c in cands if c.kind is None and AGED.match(doc.text, c.end))
    for c in cands:
        if (
            c.kind is None
            and " " in c.name
            and (_branded(c.name) or c.name.rsplit(" ", 1)[1] in SHORT_FORMS)
        ):
            c.kind = "organization"  # "Amazon Web Services said", "the New York Fed"
        elif (
            c.kind is None
            and " " in c.name
            and (c.name in speakers or _called(c.name, speakers) or _appositive_role(doc.text, c))
        ):
            c.kind = "person"
    # a single word after "in" names a place wherever it stands alone ("Police in
    # Charlotte" ... "Charlotte was calm"), and so does a word joined to a place by
    # "and" ("in Cincinnati and Columbus")
    placed: set[str] = set()
    previous: Candidate | None = None
    for c in cands:
        if c.kind is None and " " not in c.name and c.name not in HEADS:
            before = near[id(c)][0]
            if (
                before == "in"
                or (before == "of" and _TOWN_OF.search(doc.text, max(0, c.start - 16), c.start))
                or (
                    before == "and"
                    and previous is not None
                    and (previous.kind in ("place", "country") or previous.name in placed)
                    and doc.text[previous.end : c.start] == " and "
                )
            ) and _placeable(doc.text, c):
                placed.add(c.name)
        elif (  # "Eau Claire, Wis.", "Tulsa, Oklahoma": a place before its state
            previous is not None
            and previous.kind is None
            and c.kind == "place"
            and doc.text[previous.end : c.start] == ", "
            and previous.name not in speakers
            and not previous.name.isupper()  # a dateline: "HEMPSTEAD, N.Y. -"
            and (" " in previous.name or _placeable(doc.text, previous))
        ):
            placed.add(previous.name)
        previous = c
    # a person's name opening with such a place and closing with a plural noun is a
    # team's ("the National Football League's Charlotte Panthers"), and so is one
    # opening with a known city ("Dallas Mavericks coach Jason Kidd")
    # (a known city the document names alone counts as placed: "Charlotte was calm")
    alone = {c.name for c in cands if c.kind == "place" and " " not in c.name}
    for c in cands:
        if c.kind == "person" and c.role is None and " " in c.name:
            words = c.name.split()
            if ((words[0] in placed or words[0] in alone) and plural_noun(words[-1])) or team(
                c.name
            ):
                c.kind = "other"
    # a name read as a person's only for its rare last word is a firm's after
    # "<professionals> at" ("analysts at Goldman Sachs"): people are not where one
    # works ("took aim at Xi Jinping": a person)
    for c in cands:
        if (
            c.kind == "person"
            and c.role is None
            and " " in c.name
            and c.name.split()[0] not in given
            and (near.get(id(c)) or neighbours(toks, starts, c))[0] == "at"
            and (k := bisect_left(starts, c.start)) > 1
            and toks[k - 2].text.lower() in _WORKERS
        ):
            c.kind = "organization"
    return near, speakers, placed
