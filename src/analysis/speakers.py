"""Speakers: finding the speaker mention next to a cue and resolving it.

Mentions are noun phrases read off the tokens: the phrase just before a cue
("Xi suggested", "the ministry said", "he added") or, inverted, just after it
("said Chinese President Xi Jinping during ..."). Resolution maps a mention to a
canonical speaker with :func:`analysis.actors.find_mentions` (names and their
aliases), then handles what names alone cannot:

* pronouns (he, she, it, they) take the nearest compatible antecedent, searching
  the current sentence and then earlier sentences, the subject (first) person of
  each sentence first; gender comes from titles (Mr., Mrs., Queen), a list of
  common given names (``data/first_names_gender.txt``) and pronouns already
  resolved, so a "she" never lands on a man;
* nominals ("the president", "the ministry", "the two leaders") take the most
  recent actor whose role or name carries the head word.

This is the salience-ordered, agreement-filtered search of Lappin & Leass (1994,
"An algorithm for pronominal anaphora resolution", Computational Linguistics
20(4)) reduced to recency plus subject preference, as in the quote extractor of
the Gender Gap Tracker (Asr et al. 2021, "The Gender Gap Tracker", PLOS ONE 16(1)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from analysis.paths import DATA_DIR
from analysis.types import Document, Mention, Token

Gender = Literal["m", "f"]

PRONOUNS: dict[str, str] = {
    "he": "m", "she": "f", "it": "n", "they": "p", "we": "p", "i": "s", "you": "s",
}  # fmt: skip
_GENDER_TITLES: dict[str, Gender] = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
    "congressman": "m", "chairman": "m", "spokesman": "m", "mrs": "f", "ms": "f",
    "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f", "sister": "f",
    "madam": "f", "congresswoman": "f", "chairwoman": "f", "spokeswoman": "f",
}  # fmt: skip
#: Words skipped between a speaker and its cue ("Xi also said", "he has repeatedly warned").
_AUX = frozenset(
    """has have had also later then previously again would will once further first
    repeatedly publicly recently reportedly quickly simply finally often earlier did not
    never just already still may might could can should must even frequently privately
    openly flatly explicitly bluntly angrily initially subsequently separately""".split()
)
#: Words that end a speaker phrase.
_STOP = frozenset(
    """that which who whom whose and but or nor because as when while if although though
    after before since where so than to in on at for with from by during about into over
    under against between through without within is are was were be been being this
    these those there here what how why not no yes said says told""".split()
)
_DETERMINERS = frozenset(
    """the a an his her its their our my your this that these those two three four both
    some many several other another each every one all most few any""".split()
)
#: Head nouns that make a lower-case phrase a plausible speaker.
_SPEAKER_HEADS = frozenset(
    """official officials spokesperson spokesman spokeswoman president minister ministry
    leader leaders source sources aide aides statement report reports analyst analysts
    expert experts government police spokespeople department agency company campaign
    administration secretary senator governor mayor chairman chairwoman chair director
    sides side parties party committee council court judge lawyer lawyers attorney
    prosecutor prosecutors officer officers people residents critics supporters voters
    poll polls survey study researchers economists observers diplomats diplomat envoy
    ambassador representative representatives members member team group organizers
    chief head executive founder candidate nominee democrats republicans lawmakers
    lawmaker legislators legislator general commander army military ministries embassy
    office house white worker workers students student teacher doctor doctors scientists
    scientist authorities authority premier chancellor king queen prince
    document documents letter memo website newspaper paper tweet post data figures percent
    half third quarter majority minority most others many few two three dozens some all
    both""".split()
)
_ROLE_HEADS = frozenset(
    """president minister premier chancellor secretary senator governor mayor chairman
    chairwoman chair director spokesperson spokesman spokeswoman ambassador envoy leader
    king queen prince general commander judge candidate nominee""".split()
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


def _is_cap(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper()


def _ok_phrase(toks: list[Token]) -> bool:
    if not toks:
        return False
    if toks[-1].text.endswith(("'s", "’s", "s'", "s’")) and toks[-1].text[:1].isupper():
        return False  # a possessive modifies the noun that follows: "Trump's claim"
    low = [t.text.lower() for t in toks]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return True
    if any(w in PRONOUNS for w in low):
        return False
    if any(_is_cap(t) and t.text.lower() not in _DETERMINERS for t in toks):
        return True
    if low[-1] in _SPEAKER_HEADS:
        return True
    return is_weak_phrase(toks)


def is_named_phrase(toks: Sequence[Token]) -> bool:
    """A pronoun, a phrase with a name in it, or one headed by a speaker noun
    ("officials", "the ministry"): a speaker phrase on its own evidence."""
    low = [t.text.lower() for t in toks]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return True
    if any(_is_cap(t) and t.text.lower() not in _DETERMINERS for t in toks):
        return True
    return bool(low) and low[-1] in _SPEAKER_HEADS and not any(w in PRONOUNS for w in low)


def is_weak_phrase(toks: Sequence[Token]) -> bool:
    """Any other noun phrase that can be a speaker next to an unambiguous verb."""
    low = [t.text.lower() for t in toks]
    # "the campaign manager", "some voters": a determiner and a noun; "analysts": a bare plural
    if len(low) >= 2 and low[0] in _DETERMINERS and low[-1] not in _DETERMINERS:
        return True
    return (
        len(low) <= 2
        and len(low[-1]) > 3
        and low[-1].endswith("s")
        and not (low[-1].endswith(("ss", "us", "ous", "ics")))
    )


def phrase_before(toks: tuple[Token, ...], cue: int, lo: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the speaker phrase ending before ``toks[cue]``,
    not reaching before ``lo``; ``None`` when there is none."""
    b = cue
    while b > lo and toks[b - 1].text.lower() in _AUX:
        b -= 1
    if b > lo and toks[b - 1].text.lower() == "who":
        return b - 1, b  # a relative pronoun: resolved to the noun phrase before it
    if b - 2 > lo and toks[b - 1].text == "," and toks[b - 2].text == ")":
        b -= 1  # "Sen. Jack Reed (D-R.I.), said"
    a = b
    if a > lo and toks[a - 1].text == ")":
        # a parenthetical after the name: "(D-Calif.)", "(R)"
        k = a - 1
        while k > lo and a - k < 10 and toks[k].text != "(":
            k -= 1
        if toks[k].text != "(" or k == lo:
            return None
        a = k
    top = a
    while a > lo and top - a < 8:
        tok = toks[a - 1]
        low = tok.text.lower()
        if tok.kind == "punct":
            # "Mr." / "Sen.": an abbreviation's period inside the phrase
            if tok.text == "." and a - 2 >= lo and _abbreviation(toks[a - 2]):
                a -= 1
                continue
            break
        if tok.kind != "word" and tok.kind != "number":
            break
        if low in _STOP and not (low == "and" and a < top and _is_cap(toks[a]) and a - 2 >= lo
                                 and _is_cap(toks[a - 2])):  # fmt: skip
            break
        if low in PRONOUNS and a < top:
            break  # "that he" ... only a lone pronoun is a speaker
        a -= 1
        if low in PRONOUNS:
            break
    span = list(toks[a:top])
    # Drop leading lower-case words that are not determiners ("then Xi").
    while (
        span
        and not _is_cap(span[0])
        and span[0].kind != "number"
        and span[0].text.lower() not in _DETERMINERS
        and not (len(span) == 1 and span[0].text.lower() in PRONOUNS)
    ):
        if len(span) == 1:
            break
        span.pop(0)
        a += 1
    return (a, b) if span and _ok_phrase(span) else None


def phrase_after(toks: tuple[Token, ...], start: int, hi: int) -> tuple[int, int] | None:
    """Token range of an inverted speaker phrase starting at ``toks[start]``
    ("said Chinese President Xi Jinping during ...")."""
    b = start
    while b < hi and b - start < 9:
        tok = toks[b]
        low = tok.text.lower()
        if tok.kind == "punct":
            if tok.text == "." and b > start and _abbreviation(toks[b - 1]):
                b += 1
                continue
            break
        if tok.kind not in ("word", "number"):
            break
        if low in _STOP and not (low == "and" and b > start and b + 1 < hi
                                 and _is_cap(toks[b - 1]) and _is_cap(toks[b + 1])):  # fmt: skip
            break
        if low in PRONOUNS:
            if b == start:
                b += 1
            break
        if b > start and not _is_cap(tok) and _is_cap(toks[b - 1]) and low not in _SPEAKER_HEADS:
            break  # "said Xi during" / "said Trump adviser" keeps going only for nouns
        b += 1
    span = list(toks[start:b])
    return (start, b) if _ok_phrase(span) else None


def _abbreviation(tok: Token) -> bool:
    """A title abbreviation ("Mr", "Sen") or an initial ("B" in "James B. Comey")."""
    low = tok.text.lower()
    return low in _ABBR_TITLES or (len(tok.text) == 1 and tok.text.isupper())


_ABBR_TITLES = frozenset("mr mrs ms dr sen rep gov gen lt col sgt capt prof rev st".split())


@dataclass
class _Person:
    canonical: str
    gender: Gender | None
    role: str | None


@dataclass
class Resolver:
    """Resolves speaker mentions of one document to canonical speakers, in text order.

    Args:
        doc: The parsed document.
        mentions: Its named-actor mentions (:func:`analysis.actors.find_mentions`).
    """

    doc: Document
    mentions: tuple[Mention, ...]
    people: dict[str, _Person] = field(default_factory=dict)
    history: list[tuple[int, str, bool]] = field(default_factory=list)  # pos, canonical, plural
    aliases: dict[str, str] = field(default_factory=dict)  # "Jones" -> "Mary Jones"

    def __post_init__(self) -> None:
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

    def _mention_in(self, start: int, end: int) -> Mention | None:
        best: Mention | None = None
        for m in self.mentions:
            if m.end <= start or m.start >= end:
                continue
            if best is None or (m.kind == "person") > (best.kind == "person"):
                best = m
        return best

    def _sentence_of(self, pos: int) -> int:
        for s in self.doc.sentences:
            if s.start <= pos < s.end:
                return s.index
        return len(self.doc.sentences) - 1

    def _antecedent(self, pos: int, gender: str) -> str | None:
        sent = self._sentence_of(pos)
        for index in range(sent, max(-1, sent - 4), -1):
            s = self.doc.sentences[index]
            hi = pos if index == sent else s.end
            for m in self.mentions:
                if m.kind != "person" or m.start < s.start or m.end > hi:
                    continue
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
        head = words[-1]
        if head in ("leaders", "sides", "presidents") and words[0] in ("two", "both", "the"):
            seen: list[str] = []
            for m in reversed([m for m in self.mentions if m.start < pos]):
                if m.kind == "person" and m.canonical not in seen:
                    seen.append(m.canonical)
                if len(seen) == 2:
                    return " and ".join(sorted(seen)), None
        if head in _ROLE_HEADS:
            for m in reversed([m for m in self.mentions if m.start < pos]):
                p = self.people.get(m.canonical)
                if p is not None and p.role and head in p.role.lower().split():
                    return p.canonical, p.role
        if head in _ORG_WORDS:
            for m in reversed([m for m in self.mentions if m.start < pos]):
                if m.kind == "organization" and head in m.canonical.lower().split():
                    return m.canonical, None
        return None, None

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
        return text, None

    # -- public ------------------------------------------------------------------------

    def resolve(self, start: int, end: int) -> tuple[str | None, str | None]:
        """Canonical speaker and role for the mention ``text[start:end]``."""
        text = self.doc.text[start:end]
        words = text.lower().replace(".", " ").split()
        canonical: str | None = None
        role: str | None = None
        plural = False
        if words == ["who"]:
            sent = self.doc.sentences[self._sentence_of(start)]
            for m in reversed(self.mentions):
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
        elif len(words) == 1 and words[0] in PRONOUNS:
            kind = PRONOUNS[words[0]]
            if kind in ("m", "f"):
                canonical = self._antecedent(start, kind)
            elif kind == "n":
                for m in reversed([m for m in self.mentions if m.start < start]):
                    if m.kind in ("organization", "country"):
                        canonical = m.canonical
                        break
            elif kind == "p":
                for pos, name, was_plural in reversed(self.history):
                    if was_plural and pos < start:
                        canonical = name
                        break
                plural = True
        else:
            found = self._mention_in(start, end)
            if found is not None:
                canonical = self._full_name(found, start)
                role = found.role
                if found.kind == "person" and role is None:
                    extra = self.doc.text[start : found.start].split()
                    if extra and canonical.startswith(extra[-1] + " "):
                        extra.pop()  # the given name joined above
                    role = " ".join(extra) or self.people[canonical].role
            else:
                canonical, role = self._nominal(start, words)
                if canonical is None:
                    canonical, role = self._unlisted(text)
                plural = words[-1].endswith("s") or " and " in canonical
        if canonical is not None:
            self.history.append((start, canonical, plural))
            if role is None and canonical in self.people:
                role = self.people[canonical].role
        return canonical, role
