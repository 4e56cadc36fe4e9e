"""Evidence for the kind of a name, read by :mod:`analysis.actors` when it settles names.

Small tests on a name candidate and the words around it, each one cue the
document-level resolution of :func:`analysis.actors.find_mentions` weighs: whether a
word after "in" may name a place, whether a name speaks alone ("... Doe said"), an
appositive role after a name, a courtesy title's gender ("Mrs. Miller"), the person
named in full first before a bare surname, a party tag ("(R-Cedar Hills)"), a
demonym ("the Spaniard"), a firm's one-word name opening a longer one ("Amazon Web
Services"), and the word lists these tests use.

Reference:
    Mikheev, Moens & Grover (1999), "Named Entity Recognition without Gazetteers",
    EACL (internal and external evidence for a name's class).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter, itemgetter

from analysis import gazetteer
from analysis.coreference import given_names as given_names_gender
from analysis.frequencies import zipf
from analysis.names import DERIVED_ENDINGS as _DERIVED_ENDS
from analysis.names import Candidate
from analysis.namewords import APPOSITIVE_ROLES, TITLES
from analysis.namewords import PARTICLES as _PARTICLE_WORDS
from analysis.namewords import PARTY_TAG as _PARTY_TAG
from analysis.paths import DATA_DIR
from analysis.stoplist import stopwords
from analysis.types import Document

_start = attrgetter("start")


#: A word after "in" is a place everywhere it stands alone when it is rarer than this
#: in general English ("Charlotte" 4.2, not "Season" 5.5 or "Black" 5.6).
_PLACE_ZIPF = 4.5


@cache
def acronym_nouns() -> frozenset[str]:
    """Common nouns written as acronyms (``data/acronym_nouns.txt``: SUV, DVD, IPO)."""
    lines = (DATA_DIR / "acronym_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def placeable(text: str, c: Candidate) -> bool:
    """Whether a single word after "in" may name a place: not a possessive ("in
    Bolton's view"), a plural of a common word ("in Hispanics") or a common word."""
    if c.end < len(text) and text[c.end] in "'’":
        return False
    name = c.name
    if name.endswith("s") and zipf(name[:-1].lower()) >= 3.0:
        return False
    return zipf(name.lower()) < _PLACE_ZIPF


def called(name: str, speakers: set[str]) -> bool:
    """Whether an unknown name of two words (or three, with a middle initial) is a
    person's because its last word speaks alone ("The mayor, Jane Doe, ... Doe said");
    not a group ("Oversight Committee Republicans") or a nickname ("Crooked Hillary
    Clinton")."""
    words = name.split()
    if len(words) == 3 and len(words[1].rstrip(".")) == 1:
        words = [words[0], words[2]]
    if len(words) != 2 or words[1] not in speakers:
        return False
    first = words[0].lower()
    return first not in stopwords() and not (len(first) >= 6 and first.endswith(_DERIVED_ENDS))


#: Courtesy titles and the gender they give ("Mrs. Miller": a woman).
_COURTESY = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def by_title(text: str, c: Candidate, people: Sequence[str], first: dict[str, int]) -> str | None:
    """A surname after a courtesy title, when several people share it ("Mrs. Miller"
    among David, Thomas and Linda Miller): the last named before it whose given name
    has the title's gender; ``None`` when the title or the gender leaves no choice."""
    before = text[max(0, c.start - 6) : c.start].replace(".", " ").split()
    gender = _COURTESY.get(before[-1]) if before else None
    if gender is None:
        return None
    genders = given_names_gender()
    same = [
        n
        for n in people
        if n.split()[-1] == c.name and first[n] < c.start and genders.get(n.split()[0]) == gender
    ]
    return max(same, key=first.__getitem__) if same else None


def first_named(
    c: Candidate, holding: dict[str, list[tuple[int, str]]], doc: Document | None = None
) -> str | None:
    """The person named in full first before a bare surname ``c`` ("Donald Trump and
    Ivanka Trump visited Seoul. Trump said": Donald Trump). By news convention the
    surname alone is the first person named in full, and a full name written later
    takes back no earlier mention (callers leave a surname with a title, "former
    President Bush", to the longest name). ``holding`` maps a surname to ``(first offset,
    name)`` of the names of several words ending in it, in text order.

    One exception (:func:`_newcomer`): a person introduced later with a title before
    the name, when the surname alone was not yet used for the first ("Gary Johnson
    ... Homeland Security Secretary Jeh Johnson says ... Johnson said": Jeh Johnson).
    Not a relative ("her husband, Frank Fiorina"), a name in passing, nor one named
    in the same sentence as the first ("President Barack Obama and First Lady
    Michelle Obama")."""
    named = holding.get(c.name)
    if not named or named[0][0] >= c.start:
        return None
    if doc is not None:
        last = max((n for n in named if n[0] < c.start), key=itemgetter(0))
        if bisect_right(doc.sentences, named[0][0], key=_start) < bisect_right(
            doc.sentences, last[0], key=_start
        ) and _newcomer(doc.text, c.name, named, last[0]):
            return last[1]
    return named[0][1]


#: Relatives, named beside the person a surname stands for ("her husband, former
#: President Bill Clinton"), who take no bare surname from that person.
_KIN = frozenset(
    """husband wife son daughter father mother brother sister widow widower cousin
    uncle aunt nephew niece grandson granddaughter""".split()
)


def _newcomer(text: str, surname: str, named: list[tuple[int, str]], at: int) -> bool:
    """Whether the full name first written at ``at`` introduces a newcomer a later bare
    ``surname`` stands for: a title just before it ("Secretary Jeh Johnson") and no
    bare ``surname`` since the first of ``named`` was named in full."""
    before = text[max(0, at - 60) : at].split()
    if not before or before[-1].rstrip(".") not in TITLES:
        return False
    if any(w.strip(",").lower() in _KIN for w in before[-5:]):
        return False  # "her husband, former President Bill Clinton": a relative
    span = text[named[0][0] : at]
    bare = len(re.findall(rf"\b{re.escape(surname)}\b", span))
    return bare <= sum(span.count(name) for _, name in named)


def appositive_role(text: str, c: Candidate) -> bool:
    """Whether an appositive with a role noun follows the name: "Kim Jong Un, general
    secretary of the Workers' Party", "Ana Ruiz, a senior diplomat,"."""
    if not text.startswith(", ", c.end):
        return False
    words = text[c.end + 2 : c.end + 60].split()[:4]
    if words[:1] == ["whose"]:
        return False  # "Rio Tinto, whose chief executive resigned": not the name's role
    for w in words:
        w = w.rstrip(",.;")
        if not w.islower():
            return False
        if w in APPOSITIVE_ROLES:
            return True
    return False


#: Professions before "at" and an employer: "analysts at Goldman Sachs", "an analyst
#: at SunTrust Robinson Humphrey", "managing director at Bear Stearns".
WORKERS = frozenset(
    """analysts economists researchers strategists executives scientists engineers
    employees workers staff lawyers attorneys traders bankers managers partners doctors
    professors experts consultants officials investigators colleagues analyst economist
    researcher strategist executive scientist engineer employee lawyer attorney trader
    banker manager partner professor expert consultant director fellow""".split()
)
COMPASS = frozenset("Western Eastern Northern Southern".split())


def in_party_tag(text: str, c: Candidate) -> bool:
    """Whether ``c`` stands inside a parenthesised party tag: "(R-Cedar Hills)"."""
    k = text.rfind("(", max(0, c.start - 30), c.start)
    return k >= 0 and ")" not in text[k : c.start] and _PARTY_TAG.match(text, k + 1) is not None


def name_words(name: str) -> frozenset[str]:
    """The words of a person's name, with its lower-case particles also capitalised, as
    they open a sentence ("von" and "Von", "al-Sisi" and "Al-Sisi")."""
    words = name.split()
    return frozenset(
        words
        + [w[:1].upper() + w[1:] for w in words if w[:1].islower()]
        + [w.lower() for w in words if w.lower() in _PARTICLE_WORDS]  # "Von der Leyen"
    )


def shouted(word: str) -> bool:
    """Whether a neighbouring word is written in capitals too ("WE WIN")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def written(doc: Document, word: str) -> bool:
    """Whether some token of ``doc`` is ``word`` as written: a token starting where
    the text holds it (found by ``str.find``, not by a set of every token's text)."""
    text, toks = doc.text, doc.tokens
    pos = text.find(word)
    while pos >= 0:
        k = bisect_left(toks, pos, key=_start)
        if k < len(toks) and toks[k].start == pos and toks[k].text == word:
            return True
        pos = text.find(word, pos + 1)
    return False


def surnamed(person: str | None, word: str) -> bool:
    """Whether a person's name opens with a capital and closes with ``word`` ("Lloyd
    Austin" for "Austin"; not "Wisconsin Republican", not "of Vermont")."""
    return person is not None and person[:1].isupper() and person.rsplit(" ", 1)[-1] == word


#: Nouns for a person of a nation that are no country's adjective ("the Spaniard",
#: "the Briton"); others are a country's name and "ia" ("the Serb": Serbia).
_DEMONYM_NOUNS = frozenset(
    """Spaniard Briton Frenchman Frenchwoman Dutchman Dutchwoman Englishman
    Englishwoman Scot Welshman Irishman Swede Dane Finn Pole Turk Swiss Argentine
    Kiwi Aussie""".split()
)


def demonym(word: str) -> bool:
    """Whether a capitalised word names a person by nation ("Spaniard", "Serb",
    "Croat", "Briton"), which "the" makes a player or a visitor named before."""
    if word in _DEMONYM_NOUNS:
        return True
    hit = gazetteer.lookup(word + "ia")
    return hit is not None and hit[1] == "country"


#: A town's common noun and "of" right before a name: "the cities of Lyon and
#: Krakow", "the town of Uvalde", "the port of Odesa" (searched up to the name).
TOWN_OF = re.compile(
    r"\b(?:city|cities|town|towns|village|villages|port|ports|province|provinces) of $"
)


def branded(name: str) -> bool:
    """Whether a name of several words opens with a known organisation's one-word
    name ("Amazon Web Services", "Meta Platforms", "Google Maps"): the firm's."""
    hit = gazetteer.lookup(name.split(" ", 1)[0])
    return hit is not None and hit[1] == "organization"
