"""Place names in names: place modifiers, organisations named after a place, halls.

For :func:`analysis.namekinds.classify` (and :mod:`analysis.actors`): the first
words that make a place of a place's name ("Western Europe", "Lake Michigan"), an
organisation named after a country or region ("Air France", "Radio Free Asia"), and
a hall where things happen ("at Carnegie Hall"), not a person ("Daryl Hall").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis import gazetteer
from analysis.frequencies import zipf
from analysis.nameparts import Piece, given_names
from analysis.namewords import ORG_HEADS as _ORG_HEADS
from analysis.namewords import PLACE_HEADS as _PLACE_HEADS
from analysis.namewords import PLACE_PREPOSITIONS

#: First words that make a place of a place's name ("Western Europe", "Lake Michigan",
#: "Rural America"), not an organisation named after it.
PLACE_MODIFIERS = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Greater
    Upstate Downstate Downtown Suburban Rural Urban Inner Outer Mainland Coastal Northeast
    Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Mid
    Middle Latin Metro Metropolitan Mount Mt Fort Ft Port Cape Saint St San Santa Los Las
    Lake Isle New Old Greater Corporate Nazi Communist Soviet Imperial Ancient Modern
    Medieval Colonial Postwar Wartime Occupied Sub-Saharan Tsarist""".split()
)


def named_after_place(seg: Sequence[Piece]) -> bool:
    """Two or three words closing with a country, a US state or a world region and
    opening with a word that is neither a place nor a given name: an organisation
    named after the place ("Air France", "Virgin Atlantic", "Radio Free Asia", "Entergy
    Texas"), not a person and not the place. Not a city, which is as often a surname
    ("Denzel Washington", "Whitney Houston")."""
    if not 2 <= len(seg) <= 3:
        return False
    first = seg[0].text
    if first in given_names() or first in PLACE_MODIFIERS or first in _PLACE_HEADS:
        return False
    tail = gazetteer.lookup(seg[-1].text)
    if tail is not None and (tail[1] == "country" or tail[0] in _REGIONS):
        if seg[-1].text not in gazetteer.countries() and tail[1] == "country":
            return False  # a people: "Muslim Americans", "Kurdish Syrians"
        if zipf(first.lower()) < _BRAND_ZIPF:
            return False  # a rare first word: a given name ("Vernon Jordan", "Kathy
            # Ireland") or an era ("Vichy France", "Weimar Germany")
    return (
        tail is not None
        and (
            tail[1] == "country"
            or tail[0] in _REGIONS
            or tail[0] in _states()
            # an organisation's head word before the place: "King's College London"
            or (tail[1] == "place" and any(p.text in _ORG_HEADS for p in seg[1:-1]))
        )
        and not any(gazetteer.lookup(p.text) for p in seg[:-1])
    )


#: The first word of an organisation named after a country or region is a common
#: word ("Air France", "Virgin Atlantic", "Radio Free Asia"): this frequent at least.
_BRAND_ZIPF = 4.3
#: World regions an organisation is named after ("Radio Free Asia", "Virgin Atlantic").
_REGIONS = frozenset(
    "Europe Asia Africa America Americas Atlantic Pacific Arctic Caribbean Gulf".split()
)


@cache
def _states() -> frozenset[str]:
    """The US states but Washington (a surname as often: "Denzel Washington")."""
    return frozenset(gazetteer.state_abbreviations().values()) - {"Washington"}


def at_hall(text: str, start: int, name: str) -> bool:
    """Whether a name starting at ``start`` stands after "at", "in", "to" or "from"
    (optionally with "the"), here or anywhere in the text: a place where things
    happen ("protesters at City Hall" ... "the mayor left City Hall")."""
    before = text[max(0, start - 16) : start].split()
    if before and before[-1].lower() == "the":
        before.pop()
    if before and before[-1].lower() in PLACE_PREPOSITIONS:
        return True
    after = text[start + len(name) : start + len(name) + 40]
    town = after[2:].split(maxsplit=1) if after.startswith(", ") else []
    if town and gazetteer.lookup(town[0].rstrip(",;.")) is not None:
        return True  # a venue in a listing: "Memorial Hall, Sheffield, Wed"
    return any(f"{p} {name}" in text or f"{p} the {name}" in text for p in _AT_HALL)


#: A first word this common opens a hall's name ("Town Hall", "Memorial Hall"), not
#: a person's ("Daryl Hall").
HALL_ZIPF = 4.0
#: Prepositions before a hall's name ("at Carnegie Hall", "in City Hall").
_AT_HALL = ("at", "in", "to", "from", "outside", "inside")
