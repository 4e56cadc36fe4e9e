"""Nominal speakers: whom "the president", "the ministry" or "the company" stands for.

Used by :class:`analysis.coreference.Resolver`: a definite nominal takes the most
recent actor whose role or name carries its head word ("the president" -> the person
whose role is "President"; "the ministry" -> the organisation with "Ministry" in its
name); "the spokesman" takes the person named last when named with that title set
off ("The spokesman for the government, Olivier Véran, said"); "the company" takes
the organisation named last, close before and named as no object or public body; and
"A lawyer for Mr. Trump" speaks for Trump without being him (:func:`speaks_for`).

This is the recency-ordered search of Lappin & Leass (1994, "An algorithm for
pronominal anaphora resolution", Computational Linguistics 20(4)) applied to
definite descriptions by their head noun, as in Vieira & Poesio (2000, "An
empirically based system for processing definite descriptions", Computational
Linguistics 26(4)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.genders import Gender
from analysis.mentionindex import MentionIndex
from analysis.speakers import GROUP_NOUNS
from analysis.types import Mention

_ROLE_HEADS = frozenset(
    """president minister premier chancellor secretary senator governor mayor chairman
    chairwoman chair director spokesperson spokesman spokeswoman ambassador envoy leader
    king queen prince general commander judge candidate nominee""".split()
)
#: Generic nouns that stand for the organisation named last ("the company said").
_GENERIC_ORGS = frozenset(
    """agency company firm bank carrier airline automaker carmaker retailer insurer
    lender chipmaker organization organisation""".split()
)
#: How far back (characters) "the company" looks for the organisation it stands for.
_GENERIC_REACH = 600
#: Words just before an organisation's name that make it the agent or recipient of
#: what someone else did ("charges brought by the Justice Department", "it told
#: Reuters", "pay $200 million to the SEC"): such an organisation is passed over.
_OBJECT_MARKS = frozenset("by from to told against with including".split())
#: Words in a name that make it no business ("the company" and "the bank" are not
#: the Food and Drug Administration or the Rockefeller Brothers Fund).
_PUBLIC_WORDS = frozenset(
    """department administration commission agency bureau committee court ministry
    office service council fund foundation university institute association union
    party senate congress parliament police authority board government""".split()
)
_ORG_WORDS = frozenset(
    """ministry department agency government company campaign administration committee
    council court party office embassy army military organization organisation bank
    university commission union""".split()
)


#: Words after the head of a speaker phrase ("a spokeswoman for Google").
_HEAD_ENDS = frozenset("of for at from in on with who".split())


#: Role nouns set off beside a name that "the <noun>" later stands for ("The
#: spokesman for the government, Olivier Véran, said ... the spokesman said").
_TITLE_HEADS = _ROLE_HEADS | frozenset(
    "official lawyer attorney adviser advisor aide prosecutor analyst".split()
)


@dataclass
class _Person:
    canonical: str
    gender: Gender | None
    role: str | None
    #: role nouns set off beside the name (:func:`appositive_title`)
    titles: list[str] = field(default_factory=list)


#: Words that tie a nominal speaker to the one it speaks for or belongs to ("a lawyer
#: for Mr. Trump", "an aide to President Obama", "the son of Donald Trump").
_TIES = frozenset(("for", "to", "of", "with"))
#: Heads that "of" ties to a person ("the son of", "members of"; not "the spectacle of").
_OF_HEADS = frozenset(
    """son sons daughter daughters wife husband mother father brother brothers sister
    sisters widow widower friend friends member members relative relatives parents
    children family neighbour neighbours neighbor neighbors colleague colleagues
    classmate classmates partner roommate""".split()
)


def speaks_for(before: str) -> bool:
    """Whether the words of a speaker phrase before the name it holds make a nominal
    that speaks for the named one, not the named one itself: a determiner, a
    lower-case head and a tie ("A lawyer for", "An aide to President", "A source
    close to", "The son of"). Not "Secretary of State" (no determiner, a capital)."""
    words = before.split()
    if len(words) < 3 or words[0].lower() not in ("a", "an", "the", "one"):
        return False
    for i in range(len(words) - 1, 1, -1):
        if words[i].lower() in _TIES:
            # the tie follows a lower-case head, and only titles stand between it and
            # the name ("to President Obama"; not "board of the Washington Post Trump",
            # where a comma is missing)
            head = words[i - 1]
            if words[i].lower() == "of" and head not in _OF_HEADS:
                return False
            return (
                head.isalpha() and head.islower() and all(w[:1].isupper() for w in words[i + 1 :])
            )
    return False


def _role_head(role: str) -> str | None:
    """The head noun of a person's role, which "the <noun>" may stand for: its last
    word before a preposition or comma ("police union's president" -> "president",
    "Secretary of State" -> "secretary"); ``None`` for an organisation or group noun
    ("the state's campaign" is no "The campaign": the campaign speaks for itself)."""
    head: str | None = None
    for word in role.lower().split():
        w = word.strip(",.;:")
        if w in _HEAD_ENDS or w in ("and", "to"):
            break
        head = w
        if w != word.rstrip("."):
            break  # the role ended with its comma
    if head is None or head in _ORG_WORDS or head in _GENERIC_ORGS or head in GROUP_NOUNS:
        return None
    return head


def nominal(
    lookup: MentionIndex,
    people: dict[str, _Person],
    aliases: dict[str, str],
    quoted: Sequence[tuple[int, int]],
    text: str,
    pos: int,
    words: list[str],
) -> tuple[str | None, str | None]:
    """The speaker a nominal stands for ("the two leaders", "the president", "the
    spokesman", "the ministry", "the company") among the mentions before ``pos`` and
    the ``people`` named so far: canonical name and role, or ``(None, None)``."""
    if not words:  # a speaker span of punctuation only: nothing to resolve
        return None, None
    head = words[-1]
    if head in ("leaders", "sides", "presidents") and words[0] in ("two", "both", "the"):
        seen: list[str] = []
        for m in lookup.before(pos):
            if m.kind == "person" and m.canonical not in seen:
                seen.append(m.canonical)
            if len(seen) == 2:
                return " and ".join(sorted(seen)), None
    if words[0] in ("a", "an", "another"):
        pass  # "A spokeswoman for Janney": someone new, not the spokeswoman named before
    elif head in _ROLE_HEADS or (
        head.isalpha()
        and not head.endswith("s")
        and any(p.role and head == _role_head(p.role) for p in people.values())
    ):
        for m in lookup.before(pos):
            p = people.get(m.canonical)
            if p is not None and p.role and head == _role_head(p.role):
                return p.canonical, p.role
    if head in _TITLE_HEADS and len(words) <= 3 and words[0] == "the":
        # "the spokesman" after "The spokesman for the French government, Olivier
        # Véran, said": the person named last, when named with that title set off
        for m in lookup.before(pos):
            if m.kind != "person" or (quoted and lookup.in_quotation(m.start)):
                continue
            p = people.get(aliases.get(m.canonical, m.canonical))
            if p is not None and head in p.titles:
                return p.canonical, p.role
            break  # someone else named since ("the governor" is Christie, not the
            # "former New Jersey governor" named before him)
    if head in _ORG_WORDS:
        for m in lookup.before(pos):
            if m.kind == "organization" and head in m.canonical.lower().split():
                return m.canonical, None
    if head in _GENERIC_ORGS and len(words) <= 2 and words[0] == "the":
        # "the agency said" after "the Centers for Disease Control and Prevention",
        # "the company said" after "Nvidia Corp.": the organisation named last,
        # at most _GENERIC_REACH characters before
        for m in lookup.before(pos):
            if pos - m.start > _GENERIC_REACH or m.kind == "other":
                break  # (an unknown name nearer may be the organisation meant)
            if m.kind == "organization" and generic_fits(text, m, head):
                return m.canonical, None
    return None, None


def generic_fits(text: str, m: Mention, head: str) -> bool:
    """Whether "the <head>" ("the company") can stand for the organisation
    mention ``m``: it is named as no object ("brought by the Justice
    Department", "told Reuters") and, for a business noun, is no public body."""
    before = text[max(0, m.start - 40) : m.start].lower().split()
    while before and before[-1] == "the":
        before.pop()
    if before and before[-1] in _OBJECT_MARKS:
        return False
    if head in ("agency", "organization", "organisation"):
        return True
    return not any(w in _PUBLIC_WORDS for w in m.canonical.lower().split())
