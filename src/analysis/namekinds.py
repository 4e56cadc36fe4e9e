"""What a run of capitalised words names: the classification half of :mod:`analysis.names`.

A segment of a capitalised run (see :func:`analysis.names.candidates`) is looked up in
the gazetteers of :mod:`analysis.gazetteer` as written and as spaced, then read by its
head word ("Ministry", "Railway", "Initiative": an organisation, a place or another
named thing), by the titles and roles before a person's name ("Chinese President Xi
Jinping": the person "Xi Jinping", the role "Chinese President"), by given names, and
word by word for a single word. What the context must settle is left with ``kind=None``.
Its parts (:class:`Piece`, :class:`Candidate`, :func:`given_names`) live in
:mod:`analysis.nameparts`, the reading of an employer before a title in
:mod:`analysis.employers`, and of place names in :mod:`analysis.placenames`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from analysis import gazetteer
from analysis.capitals import SURNAME_ZIPF as _SURNAME_ZIPF
from analysis.capitals import known as _known
from analysis.employers import employer_role as _employer_role
from analysis.frequencies import zipf
from analysis.namecues import compound_noun as _compound_noun
from analysis.namecues import firm as _firm
from analysis.nameparts import Candidate as Candidate
from analysis.nameparts import Piece as Piece
from analysis.nameparts import given_names as given_names
from analysis.namewords import ABBREVIATIONS as _ABBREVIATIONS
from analysis.namewords import CONNECTORS, HEADS
from analysis.namewords import HONORIFICS as _HONORIFICS
from analysis.namewords import ORG_HEADS as _ORG_HEADS
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.namewords import PLACE_HEADS as _PLACE_HEADS
from analysis.namewords import ROLE_HEADS as _ROLE_HEADS
from analysis.namewords import ROLE_WORDS as _ROLE_WORDS
from analysis.namewords import STORMS as _STORMS
from analysis.namewords import TITLES as _TITLES
from analysis.placenames import HALL_ZIPF as _HALL_ZIPF
from analysis.placenames import at_hall as _at_hall
from analysis.placenames import named_after_place as _named_after_place
from analysis.stoplist import stopwords
from analysis.types import ActorKind, Document

#: Offices addressed with a courtesy title and no name ("Mr. President").
_OFFICES = frozenset(
    """President Speaker Chairman Chairwoman Secretary Minister Ambassador Mayor Governor
    Senator Prime Vice Commissioner Director""".split()
)


def abbreviated(word: str) -> bool:
    """A title, an abbreviation ("St") or an initial, which a period may follow
    inside a name."""
    return word in _TITLES or word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


@lru_cache(maxsize=1 << 16)
def function_word(word: str) -> bool:
    if word in CONNECTORS:
        return True
    if word in _TITLES or (len(word) > 1 and word.isupper()):
        return False  # "Mr", "US"
    return word.lower().replace("’", "'") in stopwords()


def _joined(doc: Document, run: Sequence[Piece]) -> str:
    return " ".join(p.text for p in run)


def classify(doc: Document, seg: list[Piece]) -> list[Candidate]:
    """Candidates in one segment: the whole, or a role prefix and the rest."""
    text = doc.text  # (once: the property is a call of Python code each time)
    if len(seg) == 1:  # (the rules below, for one word: its text is the segment's)
        p = seg[0]
        hit = gazetteer.lookup(p.text)
        if hit is None and len(p.text) > 3 and p.text.isupper():
            hit = gazetteer.lookup(p.text.title())  # "PARIS" in a dateline
        if hit is None:
            hit = _abbreviation(text, p.text, p.end)
        if hit is not None:
            return [Candidate(p.start, p.end, p.text, hit[1], canonical=hit[0])]
        if (
            p.text in ("Famer", "Famers")
            or (p.text == "Hall" and text.startswith(" of Fame", p.end))
            or (p.text == "Fame" and text.endswith("Hall of ", 0, p.start))
        ):
            return []  # "a Hall of Famer", "the Hall of Fame": an honour, no actor
        if p.text not in _ROLE_WORDS and _firm(text, p.text):
            # "Pinterest's shares", "Pinterest, the image-sharing site": a firm, even
            # before "said"
            return [Candidate(p.start, p.end, p.text, "organization", canonical=p.text)]
        if p.initial and _compound_noun(text, p.text, p.end):
            return []  # "Heatwave warnings were issued": a common noun closed up
        return [] if p.text in _ROLE_WORDS else _single(p)
    name = text[seg[0].start : seg[-1].end]
    spaced = _joined(doc, seg)
    start, end = seg[0].start, seg[-1].end
    for key in (name, spaced):
        hit = gazetteer.lookup(key)
        if hit is None and key.isupper():
            hit = gazetteer.lookup(key.title())  # "NEW YORK" in a dateline
        if hit is not None:
            return [Candidate(start, end, name, hit[1], canonical=hit[0])]
    if "." in name:
        hit = _abbreviation(text, name, end)
        if hit is not None:
            return [Candidate(start, end, name, hit[1], canonical=hit[0])]
    words = [p.text for p in seg]
    last = seg[-1].text
    if last in ("Famer", "Famers"):
        return []  # "a Hall of Famer": a person's honour, no actor
    if seg[0].text in ("Famer", "Famers"):
        return classify(doc, seg[1:])  # "Hall of Famer Angelo Dundee"
    if len(seg) > 1 and last in HEADS and not _given_and_surname(seg):
        return [Candidate(start, end, name, head_kind(last), canonical=spaced)]
    if (
        len(seg) > 1
        and last == "Hall"
        and seg[0].text not in given_names()
        and (zipf(seg[0].text.lower()) >= _HALL_ZIPF or _at_hall(text, start, name))
    ):
        # "spoke at Carnegie Hall", "a rally in Freedom Hall": a hall where things
        # happen, not the surname ("Daryl Hall said")
        return [Candidate(start, end, name, "organization", canonical=spaced)]
    if "&" in words:
        return [Candidate(start, end, name, "organization", canonical=spaced)]
    if (
        seg[0].text == "Miss"
        and _miss_title(text, seg[1].text, start, seg[1].end)
        and (len(seg) != 3 or seg[2].text in given_names())
    ):
        # "Miss Universe Alicia Machado": a pageant's title, then the person; "Miss
        # Piggy", "Miss Universe" alone: a title or a nickname, no person's surname
        title = text[start : seg[1].end]
        if len(seg) == 2:
            return [Candidate(start, end, title, "other", canonical=spaced)]
        found = classify(doc, seg[2:])
        for c in found:
            if c.kind == "person" and c.role is None:
                c.role = title
        return found
    # A role: places, countries and role words before a name, at least one of them a
    # title ("New Jersey Gov.", "Supreme Court Justice", "Senate Minority Leader").
    i = 0
    places: list[Candidate] = []
    while i < len(seg) - 1:
        w = seg[i].text
        if (
            w in _ROLE_WORDS
            or _country(w)
            or (w in CONNECTORS and i > 0 and seg[i + 1].text in _ROLE_WORDS)
            or (
                (w in _ROLE_HEADS or w in _ORG_HEADS or w in _DEPARTMENTS)
                and any(p.text in _TITLES for p in seg[i + 1 : -1])
            )
        ):
            i += 1
            continue
        if w == "of" and i > 0 and any(p.text in _TITLES for p in seg[:i]):
            # "Speaker of the House Newt Gingrich": the office's body is in the role
            j = i + 2 if seg[i + 1].text == "the" else i + 1
            if j < len(seg) - 2 and seg[j].text in _ROLE_HEADS and seg[j + 1].text not in HEADS:
                i = j + 1
                continue
        if i > 2 or not any(p.text in _TITLES for p in seg[i + 1 :]):
            break  # a place of up to three words opens the role, before a title
        place = _place_prefix(doc, seg, i)
        if place is None:
            break
        places.append(place)
        i += len(place.name.split())
    prefix, rest = seg[:i], seg[i:]
    if any(p.text in _TITLES for p in prefix) or (
        not prefix and seg[0].text in _TITLES and len(seg) > 1
    ):
        if not prefix:
            prefix, rest = seg[:1], seg[1:]
        out = [
            Candidate(p.start, p.end, p.text, "country", canonical=_country(p.text))
            for p in prefix
            if _country(p.text) and not any(c.start <= p.start < c.end for c in places)
        ]
        out.extend(places)
        titled = [p for p in prefix if p.text not in _HONORIFICS or len(prefix) > 1]
        role = None
        if titled:
            end = titled[-1].end
            if text.startswith(".", end) and abbreviated(titled[-1].text):
                end += 1  # "Sen.", "Gov.": the abbreviation as written
            role = " ".join(text[titled[0].start : end].split())  # (no-break spaces too)
        if all(
            p.text in _ROLE_WORDS or p.text in CONNECTORS or p.text in _ROLE_HEADS for p in rest
        ) and (any(p.text not in _HONORIFICS for p in prefix) or rest[0].text in _OFFICES):
            # "Mr. President", "Secretary of State": a role, no one named ("Mr. King",
            # "Mr. Justice": a surname)
            return out
        person = " ".join(text[rest[0].start : rest[-1].end].split())
        out.append(Candidate(rest[0].start, rest[-1].end, person, "person", role=role))
        return out
    employer = _employer_role(doc, seg)
    if employer is not None:
        return employer
    head = next((p.text for p in reversed(seg) if p.text in HEADS), None)
    # a function word inside ("Doctors Without Borders", "Committee to Protect
    # Journalists"): an organisation's name in title case
    inner = any(p.text not in CONNECTORS and function_word(p.text) for p in seg[1:-1])
    if head is not None and (inner or any(p.text in CONNECTORS for p in seg)):
        return [Candidate(start, end, name, head_kind(head), canonical=spaced)]
    if inner:
        return [Candidate(start, end, name, "organization", canonical=spaced)]
    if not _PARTICLES.isdisjoint(words[1:-1]) and all(
        w in _PARTICLES or not function_word(w) for w in words
    ):  # "Osama bin Laden", "Charles de Gaulle"
        return [Candidate(start, end, " ".join(name.split()), "person")]
    if len(seg) > 1 and _country(seg[0].text):
        return [
            Candidate(
                seg[0].start, seg[0].end, seg[0].text, "country", canonical=_country(seg[0].text)
            ),
            *classify(doc, seg[1:]),
        ]
    if len(seg) == 1:
        return [] if seg[0].text in _ROLE_WORDS else _single(seg[0])
    if len(seg) <= 4 and _brand_before_surname(seg):
        # "Tesla Musk?", "Hamas Haniyeh was killed": the organisation, then the person
        hit = gazetteer.lookup(seg[0].text)
        assert hit is not None
        org = Candidate(seg[0].start, seg[0].end, seg[0].text, hit[1], canonical=hit[0])
        return [org, *classify(doc, seg[1:])]
    if all(len(p.text) > 1 and p.text.isupper() and p.text.isalpha() for p in seg):
        return []  # words in capitals, unknown: a dateline ("RIO DE JANEIRO") or shouting
    if seg[-1].text in _GENERATIONS and len(seg) > 2 and seg[0].text in given_names():
        # "Martin Luther King III", "Ken Griffey Jr": a person, the suffix included
        return [Candidate(start, end, " ".join(name.split()), "person")]
    if any(p.text in CONNECTORS or (len(p.text) > 1 and p.text.isupper()) for p in seg):
        return [Candidate(start, end, name, "other", canonical=spaced)]
    if not _ABBREVIATIONS.isdisjoint(words[:-1]):  # "St. Louis", "Port St. Lucie"
        return [Candidate(start, end, name, "place", canonical=spaced)]
    the = text[max(0, start - 4) : start].lower() == "the "
    if the and plural_noun(seg[-1].text):
        # "The Charlotte Panthers": a team or a group, not a person
        return [Candidate(start, end, name, None, canonical=spaced)]
    for k in (3, 2):  # a place closing a longer run: "the Ted Cruz South Carolina party"
        if len(seg) - k >= 2:
            tail = gazetteer.lookup(" ".join(words[-k:]))
            if tail is not None and tail[1] in ("place", "country"):
                p0 = seg[-k]
                place = Candidate(p0.start, end, text[p0.start : end], tail[1], canonical=tail[0])
                return [*classify(doc, seg[:-k]), place]
    if seg[0].text in _STORMS:  # "Hurricane Delia", "Typhoon Haiyan": no person
        return [Candidate(start, end, name, "other", canonical=spaced)]
    if _named_after_place(seg):  # "Air France", "Virgin Atlantic", "Radio Free Asia"
        return [Candidate(start, end, name, "organization", canonical=spaced)]
    if the and seg[0].text not in given_names():
        # "the Lunar Reconnaissance Orbiter": a thing (a person's name takes no article)
        return [Candidate(start, end, name, None, canonical=spaced)]
    if _looks_personal(seg):
        return [Candidate(start, end, " ".join(name.split()), "person")]
    return [Candidate(start, end, name, None, canonical=spaced)]  # settled by the context


def _miss_title(text: str, word: str, start: int, end: int) -> bool:
    """Whether "Miss" and ``word`` are a pageant's title ("Miss Universe", "Miss
    America", "Miss Venezuela") or a nickname given ("called her Miss Piggy"), not a
    woman's surname ("Miss Smith", "Miss Young", "Miss Green"): a pageant word, a
    country or place, or a common word in quotation marks or after a verb of naming,
    that the text never writes without "Miss"."""
    if word in given_names() or not word.isalpha() or word.lower() in _PARTICLES:
        return False
    if word not in _PAGEANTS:
        hit = gazetteer.lookup(word)
        if hit is None or hit[1] not in ("country", "place"):
            # (a surname is a common word as often as not: only a nickname's context)
            # or a nickname set in quotation marks ('as “Miss Piggy”')
            before = text[max(0, start - 24) : start].split()
            quoted = (
                start > 0
                and text[start - 1] in "“\"‘'"
                and text[end : end + 1] in ("”", '"', "’", "'")
            )
            if zipf(word.lower()) < _MISS_ZIPF or not (
                quoted or (len(before) > 1 and before[-2] in _NAMING)
            ):
                return False
    return text.count(word) == text.count(f"Miss {word}")


#: Words after "Miss" that name a pageant, not a surname.
_PAGEANTS = frozenset("Universe World America USA Earth International Teen Supranational".split())
#: Verbs of naming before a pronoun and "Miss <word>": a nickname ("called her Miss
#: Piggy", "dubbed her Miss Housekeeping").
_NAMING = frozenset("called calling calls call dubbed dubbing nicknamed named".split())
#: A word after "Miss" this common in general English ("piggy" 3.3, "universe" 4.6)
#: may be a nickname's; rarer words are surnames ("Marple" 2.6).
_MISS_ZIPF = 3.0


def _brand_before_surname(seg: Sequence[Piece]) -> bool:
    """Whether a known organisation's one-word name opens ``seg`` before a name whose
    last word is rare, a surname's ("Arsenal Saka", "Tesla Musk"); not before a common
    word of the firm's own name ("Amazon Web Services", "Meta Platforms")."""
    hit = gazetteer.lookup(seg[0].text)
    return (
        hit is not None
        and hit[1] == "organization"
        and seg[1].text not in CONNECTORS
        and zipf(seg[-1].text.lower()) < _SURNAME_ZIPF
    )


#: Words of a government department's name before a title ("Homeland Security
#: Secretary Jeh Johnson", "Veterans Affairs Secretary"), inside a role only.
_DEPARTMENTS = frozenset(
    "Homeland Veterans Affairs Housing Transportation Intelligence Judiciary".split()
)


def _abbreviation(text: str, name: str, end: int) -> tuple[str, ActorKind] | None:
    """A US state abbreviation written before a period ("Wis.", "N.Y.") as a place."""
    if text[end : end + 1] != ".":
        return None
    state = gazetteer.state_abbreviations().get(name)
    return None if state is None else (state, "place")


def _place_prefix(doc: Document, seg: Sequence[Piece], i: int) -> Candidate | None:
    """A place or country opening ``seg[i:]`` before at least one more word: of two or
    three words ("New Jersey Gov. Chris Christie"), or of one before a role word
    ("Massachusetts Sen. Elizabeth Warren")."""
    for k in (3, 2, 1):
        if i + k >= len(seg) or (k == 1 and seg[i + 1].text not in _ROLE_WORDS):
            continue
        name = doc.text[seg[i].start : seg[i + k - 1].end]
        hit = gazetteer.lookup(name) or gazetteer.lookup(" ".join(p.text for p in seg[i : i + k]))
        if hit is not None and (
            hit[1] in ("place", "country") or (hit[1] == "organization" and k == 1)
        ):  # (an organisation's acronym: "NATO Secretary-General Jens Stoltenberg")
            return Candidate(seg[i].start, seg[i + k - 1].end, name, hit[1], canonical=hit[0])
    return None


#: Generational suffixes closing a person's name.
_GENERATIONS = frozenset("II III IV Jr Sr".split())


def _given_and_surname(seg: Sequence[Piece]) -> bool:
    """A given name and a surname that is also the head word of an event's or a
    law's name ("Jason Day", "Doris Day"), not the event."""
    return (
        len(seg) == 2
        and seg[0].text in given_names()
        and seg[1].text not in _ORG_HEADS
        and seg[1].text not in _PLACE_HEADS
    )


def _looks_personal(seg: Sequence[Piece]) -> bool:
    """Two to four capitalised words that look like a person's name: a known given
    name first, or a last word rare in general English ("Pat Caddell")."""
    if not 2 <= len(seg) <= 4:
        return False
    if seg[0].text in given_names() or seg[0].text == "Will":
        return True  # ("Will" opens a name only as a given name: nameruns._will_name)
    return zipf(seg[-1].text.lower()) < _SURNAME_ZIPF


def plural_noun(word: str) -> bool:
    """A plural of a common English noun ("Panthers"), not a surname ("Williams":
    its singular is a given name; "Sanders": its singular is rare)."""
    if len(word) < 5 or word[-1] != "s" or word[-2] == "s":
        return False
    singular = word[:-1]
    return (
        singular not in given_names()
        and zipf(word.lower()) >= _PLURAL_ZIPF
        and zipf(singular.lower()) >= _PLURAL_ZIPF
    )


#: A plural and its singular both this common in general English make a common noun.
_PLURAL_ZIPF = 3.5


def head_kind(head: str) -> ActorKind:
    if head in _ORG_HEADS:
        return "organization"
    return "place" if head in _PLACE_HEADS else "other"


def _country(word: str) -> str | None:
    return gazetteer.countries().get(word)


def _single(p: Piece) -> list[Candidate]:
    """One word: hyphenated countries split ("China-Belarus"), else left unresolved."""
    parts = p.text.split("-")
    if len(parts[0]) == 1:  # an initial ("J"), a party before a state ("D-N" of "D-N.Y.")
        return []
    if len(parts) > 1 and all(_known(x) for x in parts):
        out: list[Candidate] = []
        pos = p.start
        for x in parts:
            hit = gazetteer.lookup(x)
            assert hit is not None
            out.append(Candidate(pos, pos + len(x), x, hit[1], canonical=hit[0]))
            pos += len(x) + 1
        return out
    return [Candidate(p.start, p.end, p.text, None)]
