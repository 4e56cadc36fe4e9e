"""Coreference for speakers: a speaker mention -> a canonical speaker and role.

Names go through :func:`analysis.actors.find_mentions` (aliases merged: "Xi",
"President Xi" -> "Xi Jinping"); what names alone cannot resolve is handled here:

* pronouns (he, she, it, they) take the nearest compatible antecedent, searching
  the current sentence and then earlier sentences, the subject (first) person of
  each sentence first; gender comes from titles (Mr., Mrs., Queen), a list of
  common given names (``data/first_names_gender.txt``) and pronouns already
  resolved, so a "she" never lands on a man;
* nominals ("the president", "the ministry", "the two leaders") take the most
  recent actor whose role or name carries the head word;
* "who" takes the name before it; names the actor finder missed are split into
  role and name ("Finance Minister Karl Berg") and merged with later surnames.

This is the salience-ordered, agreement-filtered search of Lappin & Leass (1994,
"An algorithm for pronominal anaphora resolution", Computational Linguistics
20(4)) reduced to recency plus subject preference, as in the quote extractor of
the Gender Gap Tracker (Asr et al. 2021, "The Gender Gap Tracker", PLOS ONE 16(1)).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import Literal

from analysis.groups import PEOPLE_PLURALS, group_subjects
from analysis.paths import DATA_DIR
from analysis.speakers import GROUP_NOUNS, GROUP_PLACES, PRONOUNS
from analysis.types import Document, Mention

Gender = Literal["m", "f"]

_GENDER_TITLES: dict[str, Gender] = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
    "congressman": "m", "chairman": "m", "spokesman": "m", "mrs": "f", "ms": "f",
    "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f", "sister": "f",
    "madam": "f", "congresswoman": "f", "chairwoman": "f", "spokeswoman": "f",
    "actor": "m", "actress": "f", "husband": "m", "wife": "f", "son": "m",
    "daughter": "f", "brother": "m", "mother": "f", "boyfriend": "m", "girlfriend": "f",
    "businessman": "m", "businesswoman": "f",
}  # fmt: skip
#: Words before a name that are no role: determiners and courtesy titles ("The
#: Journal", "Ms. Smith", "Miss Van Outen").
_NOT_ROLE = frozenset("the a an mr mr. mrs mrs. ms ms. miss mx mx.".split())
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


@cache
def given_names() -> dict[str, Gender]:
    """Given name -> usual gender, from ``data/first_names_gender.txt``."""
    out: dict[str, Gender] = {}
    path = DATA_DIR / "first_names_gender.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, g = line.split("\t")
        if g not in ("m", "f"):
            raise ValueError(f"{path.name}: bad gender {g!r} for {name!r}")
        out[name] = "m" if g == "m" else "f"
    return out


@dataclass
class _Person:
    canonical: str
    gender: Gender | None
    role: str | None


_tok_start = attrgetter("start")
#: The group nouns, lower-case and capitalised ("Researchers at Yale").
_GROUPS = GROUP_NOUNS | frozenset(w.capitalize() for w in GROUP_NOUNS)
#: Cues of an attribution after what was said ("..., officials said").
_REPORT_CUES = frozenset("said says added told warned noted stated reported".split())
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: Nouns that a possessive pronoun ties to a person or organisation as a speaker
#: ("His campaign said" -> "Donald Trump's campaign", "Its spokesman said").
_POSSESSED_HEADS = frozenset(
    """campaign office spokesman spokeswoman spokesperson spokespeople lawyer lawyers
    attorney attorneys aide aides adviser advisers advisor advisors team family
    government ministry administration staff representative representatives executive
    leader leaders coach manager members""".split()
)


@dataclass
class Resolver:
    """Resolves speaker mentions of one document to canonical speakers, in text order.

    Args:
        doc: The parsed document.
        mentions: Its named-actor mentions (:func:`analysis.actors.find_mentions`).
    """

    doc: Document
    mentions: tuple[Mention, ...]
    #: Quotation spans ``(start, end)`` in text order: a name quoted is no antecedent.
    quoted: Sequence[tuple[int, int]] = ()
    people: dict[str, _Person] = field(default_factory=dict)
    history: list[tuple[int, str, bool]] = field(default_factory=list)  # pos, canonical, plural
    aliases: dict[str, str] = field(default_factory=dict)  # "Jones" -> "Mary Jones"
    # lookup aids built from the two above (see _window)
    _ordered: bool = field(init=False, repr=False, default=False)
    _starts: list[int] = field(init=False, repr=False, default_factory=list)
    _longest: int = field(init=False, repr=False, default=0)
    _sentence_starts: list[int] = field(init=False, repr=False, default_factory=list)
    _org_tails: dict[str, list[tuple[int, str]]] | None = field(
        init=False, repr=False, default=None
    )

    def __post_init__(self) -> None:
        spans = [(m.start, m.end) for m in self.mentions]
        self._ordered = spans == sorted(spans)
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self._sentence_starts = [s.start for s in self.doc.sentences]
        self._org_tails = None  # set here too: compiled dataclasses skip init=False defaults
        names = given_names()
        text = self.doc.text
        for m in self.mentions:
            if m.kind != "person":
                continue
            p = self.people.setdefault(m.canonical, _Person(m.canonical, None, m.role))
            if p.role is None and m.role:
                p.role = m.role
            if p.gender is None:
                before = text[max(0, m.start - 6) : m.start].replace(".", " ").split()
                words = [w.lower() for w in before[-1:]] + [
                    w.lower() for w in (m.role or "").split()
                ]
                for w in words:
                    if w in _GENDER_TITLES:
                        p.gender = _GENDER_TITLES[w]
                if p.gender is None:
                    first = m.canonical.split()[0]
                    p.gender = names.get(first)

    # -- helpers ---------------------------------------------------------------------

    def _window(self, lo: int, hi: int) -> Sequence[Mention]:
        """The mentions that can start in ``[lo, hi)``, in ``self.mentions`` order:
        a slice found by bisection when the mentions are in text order (as
        :func:`find_mentions` gives them), else all of them. Either way the caller's
        own tests decide, so the answer is the same; the slice keeps a long
        document from costing mentions x speakers."""
        if not self._ordered:
            return self.mentions
        starts = self._starts
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def _before(self, pos: int) -> Iterator[Mention]:
        """The mentions starting before ``pos``, nearest first (lazily: callers
        mostly stop at the first fit)."""
        if not self._ordered:
            yield from [m for m in self.mentions if m.start < pos][::-1]
            return
        mentions = self.mentions
        for i in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            yield mentions[i]

    def _mention_in(self, start: int, end: int) -> Mention | None:
        best: Mention | None = None
        for m in self._window(start - self._longest, end):
            if m.end <= start or m.start >= end:
                continue
            if best is None or (m.kind == "person") > (best.kind == "person"):
                best = m
        return best

    def _sentence_of(self, pos: int) -> int:
        sentences = self.doc.sentences
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < sentences[i].end:
            return sentences[i].index
        return len(sentences) - 1

    def _nearby(self, pos: int) -> list[int]:
        """The sentence holding ``pos`` and the one before it, nearest first (the
        reach of "its", "his" after an unknown name, and "they")."""
        here = self._sentence_of(pos)
        return [index for index in (here, here - 1) if index >= 0]

    def _in_quotation(self, pos: int) -> bool:
        quoted = self.quoted
        k = bisect.bisect_right(quoted, (pos, len(self.doc.text) + 1)) - 1
        return k >= 0 and quoted[k][0] <= pos < quoted[k][1]

    def _short_org(self, m: Mention) -> str | None:
        """The nearest organisation before ``m`` whose name ends in ``m``'s one word
        ("Wall Street Journal" for "Journal"), if any."""
        if " " in m.canonical or (m.kind == "organization" and m.canonical != m.text):
            return None
        if self._org_tails is None:
            tails: dict[str, list[tuple[int, str]]] = {}
            for other in self.mentions:  # built once, on the first one-word speaker
                if other.kind == "organization" and " " in other.canonical:
                    last = other.canonical.rsplit(" ", 1)[1]
                    tails.setdefault(last, []).append((other.start, other.canonical))
            for names in tails.values():
                names.sort()
            self._org_tails = tails
        earlier = self._org_tails.get(m.canonical)
        if not earlier:
            return None
        k = bisect.bisect_left(earlier, (m.start, "")) - 1
        return earlier[k][1] if k >= 0 else None

    def _speaker_in(self, lo: int, hi: int, gender: str) -> str | None:
        """The first person of a compatible gender already resolved as a speaker at
        a mention in ``[lo, hi)`` (``history`` is in text order)."""
        found: str | None = None
        for at, canonical, _plural in reversed(self.history):
            if at < lo:
                break
            p = self.people.get(canonical)
            if at < hi and p is not None and p.gender in (None, gender):
                found = canonical
        return found

    def _antecedent(self, pos: int, gender: str) -> str | None:
        sent = self._sentence_of(pos)
        for index in range(sent, max(-1, sent - 4), -1):
            s = self.doc.sentences[index]
            hi = pos if index == sent else s.end
            # the speaker of an attribution in the sentence is its subject ("With the
            # films a hit in Stieg Larsson's Sweden, Soren hopes ...")
            speaker = self._speaker_in(s.start, hi, gender)
            if speaker is not None:
                return speaker
            for m in self._window(s.start, hi):
                if m.kind != "person" or m.start < s.start or m.end > hi:
                    continue
                if self.quoted and self._in_quotation(m.start):
                    continue  # '"... The Stieg Larsson family is proud," he said
                name = self.aliases.get(m.canonical, m.canonical)
                p = self.people[name]
                if p.gender is None or p.gender == gender:
                    if p.gender is None:
                        p.gender = "m" if gender == "m" else "f"
                    return name
        for _, canonical, _plural in reversed(self.history):
            p2 = self.people.get(canonical)
            if p2 is not None and p2.gender in (None, gender):
                return canonical
        return None

    def _nominal(self, pos: int, words: list[str]) -> tuple[str | None, str | None]:
        if not words:  # a speaker span of punctuation only: nothing to resolve
            return None, None
        head = words[-1]
        if head in ("leaders", "sides", "presidents") and words[0] in ("two", "both", "the"):
            seen: list[str] = []
            for m in self._before(pos):
                if m.kind == "person" and m.canonical not in seen:
                    seen.append(m.canonical)
                if len(seen) == 2:
                    return " and ".join(sorted(seen)), None
        if head in _ROLE_HEADS or (
            head.isalpha()
            and not head.endswith("s")
            and any(p.role and head in p.role.lower().split() for p in self.people.values())
        ):
            for m in self._before(pos):
                p = self.people.get(m.canonical)
                if p is not None and p.role and head in p.role.lower().split():
                    return p.canonical, p.role
        if head in _ORG_WORDS:
            for m in self._before(pos):
                if m.kind == "organization" and head in m.canonical.lower().split():
                    return m.canonical, None
        if head in _GENERIC_ORGS and len(words) <= 2 and words[0] == "the":
            # "the agency said" after "the Centers for Disease Control and Prevention",
            # "the company said" after "Nvidia Corp.": the organisation named last,
            # at most _GENERIC_REACH characters before
            for m in self._before(pos):
                if pos - m.start > _GENERIC_REACH or m.kind == "other":
                    break  # (an unknown name nearer may be the organisation meant)
                if m.kind == "organization" and self._generic_fits(m, head):
                    return m.canonical, None
        return None, None

    def _generic_fits(self, m: Mention, head: str) -> bool:
        """Whether "the <head>" ("the company") can stand for the organisation
        mention ``m``: it is named as no object ("brought by the Justice
        Department", "told Reuters") and, for a business noun, is no public body."""
        before = self.doc.text[max(0, m.start - 40) : m.start].lower().split()
        while before and before[-1] == "the":
            before.pop()
        if before and before[-1] in _OBJECT_MARKS:
            return False
        if head in ("agency", "organization", "organisation"):
            return True
        return not any(w in _PUBLIC_WORDS for w in m.canonical.lower().split())

    def _full_name(self, m: Mention, start: int) -> str:
        """The mention's canonical name, with a given name written just before it
        inside the speaker phrase ("Mary Jones" when only "Jones" was found)."""
        canonical = self.aliases.get(m.canonical, m.canonical)
        if m.kind != "person" or " " in canonical:
            return canonical
        before = self.doc.text[start : m.start].split()
        if before and before[-1] in given_names():
            full = f"{before[-1]} {canonical}"
            self.aliases[canonical] = full
            person = self.people.pop(canonical, None)
            if person is not None:
                person.canonical = full
                person.gender = person.gender or given_names()[before[-1]]
                self.people[full] = person
            return full
        return canonical

    def _unlisted(self, text: str) -> tuple[str, str | None]:
        """A speaker phrase with no actor mention in it: a name the actor finder
        missed ("Finance Minister Karl Berg" -> "Karl Berg", role "Finance
        Minister"; "Berg" after "Karl Berg"), else the phrase as written."""
        parts = text.split()
        names = given_names()
        for k, word in enumerate(parts):
            if word in names and all(p[:1].isupper() for p in parts[k:]) and k + 1 < len(parts):
                name = " ".join(parts[k:])
                self.people.setdefault(
                    name, _Person(name, names[word], " ".join(parts[:k]) or None)
                )
                return name, " ".join(parts[:k]) or None
        if len(parts) == 1 and text[:1].isupper():
            for name in reversed(list(self.people)):
                if name.split()[-1] == text:
                    return name, self.people[name].role
        if len(text) > 1 and text.isupper():
            # a transcript's label in capitals: "ESPINOSA:", "PAUL RYAN:"
            for name in reversed(list(self.people)):
                if name.upper() == text or name.split()[-1].upper() == text:
                    return name, self.people[name].role
        return text, None

    def _possessed(self, start: int, words: list[str]) -> str | None:
        """Whose a possessive pronoun's nominal speaker is ("his campaign", "her
        office", "its spokesman", "his defense lawyers"): the person or organisation
        the pronoun stands for, or ``None`` when it is no such phrase or unresolved."""
        if not 2 <= len(words) <= 3 or words[0] not in ("his", "her", "its"):
            return None
        if words[-1] not in _POSSESSED_HEADS or not all(w.isalpha() for w in words):
            return None
        if words[0] == "its":
            return self._subject_org(start)
        if self._unknown_subject(start):
            return None
        return self._antecedent(start, "m" if words[0] == "his" else "f")

    def _opening_mention(self, index: int, hi: int) -> Mention | None:
        """The actor mention opening sentence ``index`` (after "The"), as its subject,
        if it starts before the character offset ``hi``."""
        toks = self.doc.tokens
        s = self.doc.sentences[index]
        k = s.tok_start
        if k < s.tok_end and toks[k].text == "The":
            k += 1
        if k >= s.tok_end or toks[k].start >= hi:
            return None
        m = self._mention_in(toks[k].start, toks[k].end)
        if m is None or m.start != toks[k].start:
            return None
        return m

    def _subject_org(self, pos: int) -> str | None:
        """The organisation or country that "its" at ``pos`` stands for: the subject
        of its own sentence (before it) or of the one before, else ``None`` ("The
        United States imposed sanctions on Iran. Its government": the United States;
        "Tesla cut prices in China. Its spokesman": unknown, not China)."""
        for index in self._nearby(pos):
            m = self._opening_mention(index, pos)
            if m is not None and m.kind in ("organization", "country"):
                return m.canonical
        return None

    def _unknown_subject(self, pos: int) -> bool:
        """Whether the sentence before ``pos`` (or its own part before it) opens with
        two capitalised words that are no known actor: a person the actor finder
        missed, nearer than any it found ("Luigi Mangione was arrested. His
        attorneys ..." is not the victim named before)."""
        toks = self.doc.tokens
        for index in self._nearby(pos):
            s = self.doc.sentences[index]
            k = s.tok_start
            if (
                k + 2 < s.tok_end
                and toks[k + 1].start < pos
                and toks[k].text != "The"
                and all(toks[j].kind == "word" and toks[j].text[:1].isupper() for j in (k, k + 1))
                and toks[k + 2].text.islower()
                and toks[k + 2].text not in PEOPLE_PLURALS  # "White House officials"
            ):
                m = self._mention_in(toks[k].start, toks[k + 1].end)
                if m is None or m.kind == "other":
                    return True
        return False

    def _reported_by(self, lo: int, hi: int) -> list[str] | None:
        """The speaker of a sentence ``toks[lo:hi]`` that puts what was said first
        ("Children were among the dead, health officials said."): ``[phrase]`` when
        the phrase after the last comma is a group, ``[]`` when it is someone else,
        ``None`` when the sentence has no such shape."""
        toks = self.doc.tokens
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
            return [" ".join(self.doc.text[toks[a].start : toks[cue - 1].end].split())]
        return []

    def _groups(self, pos: int) -> list[str] | None:
        """The plural groups and organisations that "they" at ``pos`` may stand for:
        the subjects of the nearest sentence that has any (this one before ``pos``,
        then the one before); one is the antecedent, several leave it open, and so
        does ``None`` (the nearest sentence with a speaker has no group)."""
        toks = self.doc.tokens
        here = self._sentence_of(pos)
        for index in self._nearby(pos):
            s = self.doc.sentences[index]
            hi = s.tok_end
            if index == here:
                hi = bisect.bisect_left(toks, pos, lo=s.tok_start, hi=s.tok_end, key=_tok_start)
            # the sentence's own attributed speaker ("Farmers are struggling,
            # officials said"): the officials, never a group in what they said
            lo_char = s.start
            hi_char = pos if index == here else s.end
            spoken: tuple[str, bool] | None = None
            for at, canonical, was_plural in reversed(self.history):
                if at < lo_char:
                    break
                if at < hi_char:
                    spoken = (canonical, was_plural)
                    break
            found = [
                " ".join(self.doc.text[toks[a].start : toks[b - 1].end].split())
                for a, b in group_subjects(toks, s.tok_start, hi)
                if not (self.quoted and self._in_quotation(toks[a].start))
            ]
            if len(found) > 1:
                return found  # "Democrats blocked the bill; Republicans vowed ...": open
            reported = self._reported_by(s.tok_start, hi)
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
                m = self._mention_in(toks[k].start, toks[k].end)
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

    # -- public ------------------------------------------------------------------------

    def resolve(self, start: int, end: int) -> tuple[str | None, str | None]:
        """Canonical speaker and role for the mention ``text[start:end]``."""
        text = self.doc.text[start:end]
        words = text.lower().replace(".", " ").split()
        if len(words) == 1 and words[0] in _POSSESSIVES:
            words = [_POSSESSIVES[words[0]]]  # "his claim that ...": read as "he"
        canonical: str | None = None
        role: str | None = None
        plural = False
        if words in (["who"], ["which"]):
            sent = self.doc.sentences[self._sentence_of(start)]
            for m in reversed(self._window(sent.start, start)):
                if sent.start <= m.start and m.end <= start:
                    canonical = self._full_name(m, m.start)
                    role = m.role
                    break
            else:
                # no actor found: the capitalised words just before ", who"
                before = self.doc.text[sent.start : start].rstrip(" ,").split()
                parts: list[str] = []
                while before and before[-1][:1].isupper():
                    parts.insert(0, before.pop())
                canonical = " ".join(parts) or None
        elif (owner := self._possessed(start, words)) is not None:
            # "His campaign said": the campaign of the person "he" stands for
            mark = "'" if owner.endswith("s") else "'s"  # "United States' government"
            canonical = f"{owner}{mark} {' '.join(text.split()[1:])}"
            plural = words[-1].endswith("s")
        elif len(words) == 1 and words[0] in PRONOUNS:
            kind = PRONOUNS[words[0]]
            if kind in ("m", "f"):
                canonical = self._antecedent(start, kind)
            elif kind == "n":
                for m in self._before(start):
                    if m.kind in ("organization", "country"):
                        canonical = m.canonical
                        break
            elif kind == "p":
                # "Researchers at Yale found ... They said": the one group subject of
                # this sentence or the one before, else the last plural speaker
                groups = self._groups(start) if words[0] == "they" else []
                if groups is not None and len(groups) == 1:
                    canonical = groups[0]
                elif groups is not None and not groups:
                    for pos, name, was_plural in reversed(self.history):
                        if was_plural and pos < start:
                            canonical = name
                            break
                plural = True
        else:
            found = self._mention_in(start, end)
            if (
                found is not None
                and found.kind == "country"
                and found.text != found.canonical
                and found.text.endswith("s")
                and found.end == end
            ):
                # "the millions of Americans": the people of a country, not its state
                found = None
                canonical = " ".join(w for w in text.split() if w.lower() not in ("the", "a"))
                plural = True
            elif (
                found is not None
                and (
                    found.kind in ("place", "country")
                    # "Researchers at Yale found": the researchers
                    or "".join(self.doc.text[start : found.start].split()[-2:-1]) in _GROUPS
                )
                and "".join(self.doc.text[start : found.start].split()[-1:]) in GROUP_PLACES
            ):
                # "one veteran teacher in Dayton": a nominal placed, not the place
                head = self.doc.text[start : found.start].split()[-2:-1]
                found = None
                canonical = " ".join(w for w in text.split() if w.lower() not in ("the", "a", "an"))
                plural = bool(head) and head[0].lower().endswith("s")
            elif found is not None and text.split()[-1].islower() and found.end < end:
                # "The Trump campaign", "the White House press office": the name only
                # modifies the head noun, which is the speaker; "the Swedish film
                # producer": a person with that role, when one was named before
                nominal = (
                    self._nominal(start, words)
                    if found.kind == "country" and words[-1] not in _ORG_WORDS
                    else (None, None)
                )
                found = None
                if nominal[0] is not None:
                    canonical, role = nominal
                else:
                    canonical = " ".join(w for w in text.split() if w.lower() not in ("the", "a"))
                    plural = bool(words) and words[-1].endswith("s")
            elif found is not None and (short := self._short_org(found)) is not None:
                # "The Journal" after "The Wall Street Journal" (whatever kind the
                # actor finder gave the one word)
                canonical = short
            elif found is not None:
                canonical = self._full_name(found, start)
                role = found.role
                if found.kind == "person" and role is None:
                    extra = self.doc.text[start : found.start].split()
                    if extra and canonical.startswith(extra[-1] + " "):
                        extra.pop()  # the given name joined above
                    while extra and extra[0].lower() in _NOT_ROLE:
                        extra.pop(0)
                    role = " ".join(extra).rstrip(",") or self.people[canonical].role
                    if self.people[canonical].role is None:
                        self.people[canonical].role = role  # for "the producer" later
            else:
                canonical, role = self._nominal(start, words)
                if canonical is None:
                    canonical, role = self._unlisted(" ".join(text.split()))
                plural = (bool(words) and words[-1].endswith("s")) or " and " in canonical
        if canonical is not None:
            self.history.append((start, canonical, plural))
            if role is None and canonical in self.people:
                role = self.people[canonical].role
        return canonical, role
