"""Named actors: people, countries and places, organisations, found without a model.

Candidates (:mod:`analysis.names`) are runs of capitalised words within a
sentence (joined by "of", "for", "and" where the run is one name: "Bank of
China", "Belt and Road"), classified by gazetteers (:mod:`analysis.gazetteer`:
ISO 3166 countries via ``pycountry`` with demonyms, regions and cities,
organisation acronyms), by head words ("Ministry", "Railway", "Initiative") and
by titles ("Chinese President Xi Jinping" -> the person "Xi Jinping" with the
role "Chinese President"). Names are then merged within the document: a single
word that is part of a full name ("Xi", "Lukashenko") takes the full name (when
several share it, a surname takes the first named in full before it, else the most
mentioned); an acronym takes the name whose
initials it spells ("UN" -> "United Nations"); a demonym takes its country
("Belarusian" -> "Belarus"). A capital at the start of a sentence, in a headline
or in a title-case line counts only with evidence; function words never count.

This is the capitalisation-and-gazetteer approach of early named-entity
recognisers (Mikheev, Moens & Grover 1999, "Named Entity Recognition without
Gazetteers", EACL) with the document-level alias merging of Nadeau & Sekine
(2007, "A survey of named entity recognition and classification").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from operator import attrgetter
from typing import Any

from analysis import gazetteer
from analysis.actornames import (
    AGED,
    brand_place,
    company_suffixes,
    named_day,
    numbered,
    numbered_speaker,
    opened_particle,
    team,
)
from analysis.capitals import known as _known
from analysis.coreference import given_names as given_names_gender
from analysis.frequencies import zipf
from analysis.namekinds import _PLACE_MODIFIERS
from analysis.names import DERIVED_ENDINGS as _DERIVED_ENDS
from analysis.names import (
    HEADS,
    SPEECH_VERBS,
    Candidate,
    candidates,
    given_names,
    initials,
    plural_noun,
)
from analysis.namewords import APPOSITIVE_ROLES, PLACE_PREPOSITIONS, ROLE_HEADS, STANDALONE_ORGS
from analysis.namewords import PARTICLES as _PARTICLE_WORDS
from analysis.namewords import PARTY_TAG as _PARTY_TAG
from analysis.paths import DATA_DIR
from analysis.stoplist import stopwords
from analysis.types import ActorKind, Document, Mention, build

_text = attrgetter("text")
_start = attrgetter("start")


#: An all-capital word whose lower-case form is this common in general English (Zipf
#: scale) is the word written in capitals ("WIN", "TEXT"), not an acronym ("FBI" 4.4).
_WORD_ZIPF = 5.0


#: A word after "in" is a place everywhere it stands alone when it is rarer than this
#: in general English ("Charlotte" 4.2, not "Season" 5.5 or "Black" 5.6).
_PLACE_ZIPF = 4.5


@cache
def _acronym_nouns() -> frozenset[str]:
    """Common nouns written as acronyms (``data/acronym_nouns.txt``: SUV, DVD, IPO)."""
    lines = (DATA_DIR / "acronym_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _placeable(text: str, c: Candidate) -> bool:
    """Whether a single word after "in" may name a place: not a possessive ("in
    Bolton's view"), a plural of a common word ("in Hispanics") or a common word."""
    if c.end < len(text) and text[c.end] in "'’":
        return False
    name = c.name
    if name.endswith("s") and zipf(name[:-1].lower()) >= 3.0:
        return False
    return zipf(name.lower()) < _PLACE_ZIPF


def _called(name: str, speakers: set[str]) -> bool:
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


def _by_title(text: str, c: Candidate, people: Sequence[str], first: dict[str, int]) -> str | None:
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


def _first_named(c: Candidate, holding: dict[str, list[tuple[int, str]]]) -> str | None:
    """The person named in full first before a bare surname ``c`` ("Donald Trump and
    Ivanka Trump visited Seoul. Trump said": Donald Trump). By news convention the
    surname alone is the first person named in full, and a full name written later
    takes back no earlier mention (callers leave a surname with a title, "former
    President Bush", to the longest name). ``holding`` maps a surname to ``(first offset,
    name)`` of the names of several words ending in it, in text order."""
    named = holding.get(c.name)
    if not named or named[0][0] >= c.start:
        return None
    return named[0][1]


def _appositive_role(text: str, c: Candidate) -> bool:
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
_WORKERS = frozenset(
    """analysts economists researchers strategists executives scientists engineers
    employees workers staff lawyers attorneys traders bankers managers partners doctors
    professors experts consultants officials investigators colleagues analyst economist
    researcher strategist executive scientist engineer employee lawyer attorney trader
    banker manager partner professor expert consultant director fellow""".split()
)
_COMPASS = frozenset("Western Eastern Northern Southern".split())


def _in_party_tag(text: str, c: Candidate) -> bool:
    """Whether ``c`` stands inside a parenthesised party tag: "(R-Cedar Hills)"."""
    k = text.rfind("(", max(0, c.start - 30), c.start)
    return k >= 0 and ")" not in text[k : c.start] and _PARTY_TAG.match(text, k + 1) is not None


def _name_words(name: str) -> frozenset[str]:
    """The words of a person's name, with its lower-case particles also capitalised, as
    they open a sentence ("von" and "Von", "al-Sisi" and "Al-Sisi")."""
    words = name.split()
    return frozenset(
        words
        + [w[:1].upper() + w[1:] for w in words if w[:1].islower()]
        + [w.lower() for w in words if w.lower() in _PARTICLE_WORDS]  # "Von der Leyen"
    )


def _shouted(word: str) -> bool:
    """Whether a neighbouring word is written in capitals too ("WE WIN")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _written(doc: Document, word: str) -> bool:
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


def _surnamed(person: str | None, word: str) -> bool:
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


def _demonym(word: str) -> bool:
    """Whether a capitalised word names a person by nation ("Spaniard", "Serb",
    "Croat", "Briton"), which "the" makes a player or a visitor named before."""
    if word in _DEMONYM_NOUNS:
        return True
    hit = gazetteer.lookup(word + "ia")
    return hit is not None and hit[1] == "country"


#: A town's common noun and "of" right before a name: "the cities of Lyon and
#: Krakow", "the town of Uvalde", "the port of Odesa" (searched up to the name).
_TOWN_OF = re.compile(
    r"\b(?:city|cities|town|towns|village|villages|port|ports|province|provinces) of $"
)


def _branded(name: str) -> bool:
    """Whether a name of several words opens with a known organisation's one-word
    name ("Amazon Web Services", "Meta Platforms", "Google Maps"): the firm's."""
    hit = gazetteer.lookup(name.split(" ", 1)[0])
    return hit is not None and hit[1] == "organization"


def _resolve(doc: Document, cands: list[Candidate]) -> None:
    """Merge aliases across the document and settle the kind of single words."""
    toks = doc.tokens
    starts = [t.start for t in toks]

    def neighbours(c: Candidate) -> tuple[str, str]:
        first = bisect_left(starts, c.start)
        last = bisect_left(starts, c.end) - 1  # the token holding the name's end
        before = toks[first - 1].text if first > 0 else ""
        after = toks[last + 1].text if last + 1 < len(toks) else ""
        return before, after

    # an unknown name of several words before a speech verb is a person's, and its
    # words stand for it ("Xavier Lopez said ... Lopez")
    # (the neighbours of every name left unknown, found once: by candidate)
    near = {id(c): neighbours(c) for c in cands if c.kind is None}
    speakers = {c.name for c in cands if c.kind is None and near[id(c)][1] in SPEECH_VERBS}
    # and so is a name with an age set off after it ("Reed, 34, showed no emotion")
    speakers.update(c.name for c in cands if c.kind is None and AGED.match(doc.text, c.end))
    for c in cands:
        if c.kind is None and " " in c.name and _branded(c.name):
            c.kind = "organization"  # "Amazon Web Services said", "Meta Platforms"
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
    given = given_names()
    for c in cands:
        if (
            c.kind == "person"
            and c.role is None
            and " " in c.name
            and c.name.split()[0] not in given
            and (near.get(id(c)) or neighbours(c))[0] == "at"
            and (k := bisect_left(starts, c.start)) > 1
            and toks[k - 2].text.lower() in _WORKERS
        ):
            c.kind = "organization"
    # Longer names first; among equals the most mentioned, then the first mentioned.
    said = Counter(c.name for c in cands if c.kind == "person")
    first: dict[str, int] = {}
    for c in cands:
        first.setdefault(c.name, c.start)
    # ("von der Leyen" before "Von der Leyen", the same surname opening a sentence)
    people = sorted(
        said, key=lambda n: (-len(n.split()), opened_particle(n), -said[n], first[n], n)
    )
    named = {c.canonical or c.name for c in cands if c.kind is not None}
    split_people = [(n, _name_words(n)) for n in people]
    fulls: dict[str, str] = {}  # a person's name as written -> the longest name holding it
    holding: dict[str, list[tuple[int, str]]] = {}  # a surname -> the full names ending in it
    for n in sorted(people, key=first.__getitem__):
        if " " in n:
            holding.setdefault(n.rsplit(" ", 1)[1], []).append((first[n], n))
    for c in cands:
        if c.kind == "person":
            full = fulls.get(c.name)
            if full is None:
                words = c.name.split()
                full = next((n for n, ws in split_people if all(w in ws for w in words)), c.name)
                fulls[c.name] = full
            if full != c.name and " " not in c.name:
                earliest = _first_named(c, holding) if c.role is None else None
                full = _by_title(doc.text, c, people, first) or (
                    fulls.get(earliest, full) if earliest is not None else full
                )
            c.canonical = full
    # A word of a longer organisation's name stands for it ("Hofstra" -> "Hofstra
    # University"); the most mentioned such name wins.
    orgs = Counter(
        (c.canonical or c.name, c.kind)
        for c in cands
        if c.kind in ("organization", "other") and " " in (c.canonical or c.name)
    )
    # a name of two words left unknown (it becomes "other" below), or a team named
    # after its city, stands for its last word: "Aston Villa" ... "Villa", "the
    # Chicago Bulls" ... "The Bulls led", "Howard Dean" ... "Dean"
    teams = Counter(
        c.name
        for c in cands
        if c.kind is None
        and " " in c.name
        and c.name not in speakers
        and c.name not in placed
        # (not a group with a plural: "Catholic Republicans" ... "many Republicans")
        and ((c.name.count(" ") == 1 and not plural_noun(c.name.split()[-1])) or team(c.name))
    )
    names: dict[str, tuple[ActorKind, str]] = {}
    for (org, kind), _ in sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0])):
        for word in org.split():
            if word[:1].isupper() and word not in HEADS and kind is not None:
                names.setdefault(word, (kind, org))
    for unknown, _ in sorted(teams.items(), key=lambda kv: (-kv[1], kv[0])):
        last = unknown.split()[-1]
        if last not in HEADS and last not in ROLE_HEADS:  # ("the House": no White House)
            names.setdefault(last, ("other", unknown))
    # the first name (in sorted order) with each word of each person's name, and with
    # each set of initials: looked up once per candidate instead of scanned
    wholes: dict[str, str] = {}
    for n in people:
        for w in n.split():
            wholes.setdefault(w, n)
            if w[:1].islower():  # "al-Sisi" opening a sentence: "Al-Sisi said"
                wholes.setdefault(w[:1].upper() + w[1:], n)
    acronyms: dict[str, str] = {}
    for n in sorted(named):
        acronyms.setdefault(initials(n), n)
    # the last word of an unknown name of two words ("Whitney Houston" ... "Houston")
    closers: dict[str, str] = {}
    for unknown, _ in sorted(teams.items(), key=lambda kv: (-kv[1], kv[0])):
        opener = unknown.split()[0]
        if unknown.count(" ") == 1 and opener not in _PLACE_MODIFIERS and not _known(opener):
            closers.setdefault(unknown.split()[-1], unknown)  # (no "Eastern Europe")
    cities = [
        c
        for c in cands
        if c.kind == "place"
        and " " not in c.name
        and c.canonical in (None, c.name)
        and (_surnamed(wholes.get(c.name), c.name) or c.name in closers)
    ]
    # (a city written after "in", "from", "to" anywhere is the city everywhere)
    # (and so is one after a name and a comma: "Oak Creek, Wisconsin")
    ends = {c.end for c in cands} if cities else set()
    sited = {
        c.name
        for c in cities
        if neighbours(c)[0].lower() in PLACE_PREPOSITIONS
        or (c.start - 2 in ends and doc.text[c.start - 2 : c.start] == ", ")
    }
    for c in cities:
        if c.name not in sited:
            # a city that closes a person's name named in the document is the person
            # ("Defense Secretary Lloyd Austin said ... Austin added", "Patricia
            # Scotland ... Scotland said"), or the unknown name's ("Whitney Houston
            # sold ... Houston died"); not one the text places ("fans in Houston")
            whole = wholes.get(c.name)
            if whole is not None and _surnamed(whole, c.name):
                c.kind, c.canonical = "person", whole
            else:
                c.kind, c.canonical = "other", closers[c.name]
    for c in cands:
        if c.kind is not None:
            c.canonical = c.canonical or c.name
            if (
                c.kind == "organization"
                and c.canonical == c.name
                and " " not in c.name
                and not c.name.isupper()  # ("DNC" is no "DNC Rules Committee")
            ):
                # "Goldman CEO Lloyd Blankfein" beside "Goldman Sachs": the longer name
                longer = names.get(c.name)
                if (
                    longer is not None
                    and longer[0] == "organization"
                    and longer[1].split()[0] == c.name
                ):
                    c.canonical = longer[1]
            continue
        if " " in c.name:  # several words, neither a known name nor like a person's
            c.kind = "person" if c.name in speakers else "place" if c.name in placed else "other"
            c.canonical = c.canonical or c.name
            continue
        whole = wholes.get(c.name)
        acronym = acronyms.get(c.name.replace(".", "")) if len(c.name) > 1 else None
        before, after = near[id(c)]  # (unknown from the start: kinds only get settled)
        part_of = names.get(c.name)
        if whole is not None:
            earliest = _first_named(c, holding) if c.role is None else None
            c.kind, c.canonical = "person", fulls.get(earliest, earliest) if earliest else whole
        elif c.name in _acronym_nouns():
            c.kind = None  # "an SUV", "9:05 a.m. ET": no actor, whatever it spells
        elif acronym is not None and c.name.isupper():
            c.kind, c.canonical = "organization", acronym
        elif c.name in placed:
            c.kind, c.canonical = "place", c.name
        elif c.name.isupper() and (
            len(c.name) > 5
            or c.name in _acronym_nouns()  # "an SUV", "a DVD player"
            or _shouted(before)
            or _shouted(after)
            or (c.name.isalpha() and zipf(c.name.lower()) >= _WORD_ZIPF)
        ):
            c.kind = None  # capitals for emphasis or a dateline ("HEMPSTEAD, N.Y."),
            # a common word ("WE WIN", "FULL TEXT"), a common noun ("an SUV")
        elif c.name.isupper() and len(c.name) > 1:
            c.kind, c.canonical = "organization", c.name
        elif part_of is not None:
            c.kind, c.canonical = part_of
        elif c.name[:1].islower():
            # a particled name no longer name holds ("Doctors at al-Shifa said",
            # "al-Shabaab said"): a place after "in"/"at", else no known kind
            c.kind, c.canonical = ("place" if before in ("in", "at") else "other"), c.name
        elif before.lower() == "the" and _demonym(c.name):
            c.kind = None  # "The Spaniard said": a player named by his country
        elif c.name in speakers and before.lower() != "the":
            # ("The Post said", "the Guardian reported": a name with an article is no
            # person's)
            c.kind, c.canonical = "person", c.name
        elif before in ("in", "at"):
            c.kind, c.canonical = "place", c.name
        elif (low := c.name.lower()).islower() and _written(doc, low):
            c.kind = None  # a common word capitalised for emphasis: "the Talks"
        elif c.name in STANDALONE_ORGS:
            c.kind, c.canonical = "organization", c.name  # "the Senate", "Congress"
        else:
            c.kind, c.canonical = "other", c.name
    company_suffixes(cands)
    for c in cands:  # ("Channel 4 said": a broadcaster, not a numbered category)
        if c.kind == "other" and numbered(doc.text, c):
            numbered_speaker(doc.text, c, SPEECH_VERBS)
        elif c.kind == "organization" and " " not in c.name:
            brand_place(doc.text, c)  # ("in the Amazon": the rainforest)
    # a party tag after a politician's name ("Price (D-Newport News)", "D-N.Y.") and
    # a compass adjective ("new Western sanctions") are no actors
    tagged = "(D-" in doc.text or "(R-" in doc.text or "(I-" in doc.text
    cands[:] = [
        c
        for c in cands
        if c.kind is not None
        and not (c.kind == "other" and (named_day(doc.text, c) or numbered(doc.text, c)))
        and c.name not in _COMPASS
        and not (c.name[1:2] == "-" and _PARTY_TAG.match(c.name))
        and not (tagged and _in_party_tag(doc.text, c))
    ]


def find_mentions(doc: Document) -> tuple[Mention, ...]:
    """Named-actor mentions of a document, in text order, with aliases merged.

    Args:
        doc: A parsed document.

    Returns:
        One :class:`~analysis.types.Mention` per name as written: ``text`` is
        ``doc.text[start:end]``; ``canonical`` the merged name ("Xi" -> "Xi Jinping",
        "Belarusian" -> "Belarus", "UN" -> "United Nations"); ``kind`` one of
        person, country, place, organization, other; ``role`` the title written
        before a person ("Chinese President"), else ``None``.

    References:
        Mikheev, Moens & Grover (1999), "Named Entity Recognition without
        Gazetteers", EACL; Nadeau & Sekine (2007), "A survey of named entity
        recognition and classification", Lingvisticae Investigationes 30(1).
    """
    cands = candidates(doc)
    for c in cands:  # names compare in normal form C: "Martínez" with a decomposed "í"
        if not c.name.isascii():
            c.name = unicodedata.normalize("NFC", c.name)
            if c.canonical is not None:
                c.canonical = unicodedata.normalize("NFC", c.canonical)
    _resolve(doc, cands)
    cands.sort(key=lambda c: (c.start, c.end))
    out: list[Mention] = []
    text = doc.text
    for c in cands:
        assert c.kind is not None and c.canonical is not None
        out.append(
            build(
                Mention,
                {
                    "text": text[c.start : c.end],
                    "start": c.start,
                    "end": c.end,
                    "canonical": c.canonical,
                    "kind": c.kind,
                    "role": c.role,
                },
            )
        )
    return tuple(out)


def group_mentions(mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
    """The mentions of each canonical actor in text order, actors in order of first
    mention (what :func:`actors_table` and :func:`analysis.pipeline.analyze` count)."""
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        groups.setdefault(m.canonical, []).append(m)
    return groups


def actors_table(mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    """One row per canonical actor: ``actor, kind, mentions, aliases, roles, first``.

    Rows are sorted by mentions (most first), then first appearance. ``aliases``
    and ``roles`` list the distinct forms as written, in order of appearance,
    joined with "; "; ``kind`` is the actor's most frequent kind.
    """
    groups = group_mentions(mentions)
    rows: list[dict[str, Any]] = []
    for actor, ms in groups.items():
        kinds = Counter(m.kind for m in ms)
        kind = max(
            kinds, key=lambda k: (kinds[k], -next(i for i, m in enumerate(ms) if m.kind == k))
        )
        rows.append(
            {
                "actor": actor,
                "kind": kind,
                "mentions": len(ms),
                "aliases": "; ".join(_distinct(m.text for m in ms)),
                "roles": "; ".join(dict.fromkeys(m.role for m in ms if m.role)),
                "first": ms[0].start,
            }
        )
    rows.sort(key=lambda r: (-r["mentions"], r["first"], r["actor"]))
    return rows


def _distinct(forms: Iterable[str]) -> list[str]:
    """Distinct forms in order, as first written: a form with decomposed accents is
    the same as its composed one ("Martínez")."""
    seen: dict[str, str] = {}
    for form in forms:
        seen.setdefault(form if form.isascii() else unicodedata.normalize("NFC", form), form)
    return list(seen.values())


def records(doc: Document, *, top: int | None = None) -> list[dict[str, Any]]:
    """CLI records: ``{"doc", "rank", "actor", "kind", "mentions", "aliases", "roles",
    "first"}`` per actor of ``doc`` (the ``top`` most mentioned, or all)."""
    rows = actors_table(find_mentions(doc))
    if top is not None:
        rows = rows[:top]
    return [{"doc": doc.id, "rank": i, **row} for i, row in enumerate(rows, start=1)]
