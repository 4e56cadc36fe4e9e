"""Gazetteers for named actors: countries, places and organisations, loaded lazily.

Countries come from ISO 3166 as packaged by ``pycountry`` (names, common and
official names) plus ``data/countries_en.tsv`` (short forms, abbreviations and
demonyms: "Belarusian" -> "Belarus"). Places are ``data/places_en.tsv``
(continents, regions, large cities) plus the first-level subdivisions that
``pycountry`` lists for a few countries whose subdivision names are English.
US state abbreviations (``data/us_state_abbreviations.tsv``, AP style: "Wis.") are a
separate table, since they name a place only before a period. Organisations are
``data/organizations_en.tsv`` (acronyms written without
expansion: "UN" -> "United Nations"; and companies, clubs, charities and armed groups
that news names alone: "Microsoft", "Real Madrid", "Amnesty International", "Hamas").

Every table maps an alias, exactly as written (case-sensitive), to a canonical name.
Nothing is loaded at import time.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pycountry

from analysis.paths import DATA_DIR
from analysis.types import ActorKind

#: Countries whose pycountry subdivisions are English place names worth knowing.
_SUBDIVISION_COUNTRIES = ("US", "CN", "IN", "CA", "AU")
_SUBDIVISION_SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " SAR", " Huizu", " Zhuangzu", " Uygur")


def _read_tsv(name: str) -> dict[str, str]:
    path: Path = DATA_DIR / name
    table: dict[str, str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise ValueError(f"{path}:{lineno}: expected 'alias<TAB>canonical', got {line!r}")
        table[parts[0]] = parts[1]
    return table


@cache
def countries() -> dict[str, str]:
    """Alias -> canonical country name ("Belarusian" -> "Belarus", "U.S." -> "United States")."""
    extra = _read_tsv("countries_en.tsv")
    table: dict[str, str] = {}
    for country in pycountry.countries:
        name: str = country.name
        canonical = extra.get(name, getattr(country, "common_name", None) or name)
        table[name] = canonical
        for attr in ("common_name", "official_name"):
            alias = getattr(country, attr, None)
            if alias:
                table[alias] = canonical
        table[canonical] = canonical
    for alias, canonical in extra.items():
        table[alias] = canonical
        table.setdefault(canonical, canonical)
    return table


@cache
def places() -> dict[str, str]:
    """Alias -> canonical place name: regions, large cities, some subdivisions."""
    table: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code not in _SUBDIVISION_COUNTRIES or getattr(sub, "parent_code", None):
            continue
        name: str = sub.name
        for suffix in _SUBDIVISION_SUFFIXES:
            name = name.replace(suffix, "")
        if len(name) > 3 and "[" not in name:
            table[name] = name
    table.update(_read_tsv("places_en.tsv"))
    return table


@cache
def state_abbreviations() -> dict[str, str]:
    """AP-style US state abbreviation -> state ("Wis" -> "Wisconsin", "N.Y" -> "New
    York"), from ``data/us_state_abbreviations.tsv``: a name only before a period."""
    return _read_tsv("us_state_abbreviations.tsv")


@cache
def organizations() -> dict[str, str]:
    """Alias -> canonical organisation name ("UN" -> "United Nations")."""
    return _read_tsv("organizations_en.tsv")


@cache
def _lookup_table() -> dict[str, tuple[str, ActorKind]]:
    """Every alias with its canonical name and kind, as :func:`lookup` ranks them."""
    table: dict[str, tuple[str, ActorKind]] = {}
    # lowest rank first, so that each higher-ranked table overwrites: a people
    # ("Americans", "Belarusians": the plural of a country's alias that is not the
    # country's name), places, organisations, countries
    for alias, country in countries().items():
        if alias != country:
            table[alias + "s"] = (country, "country")
    table.update((alias, (name, "place")) for alias, name in places().items())
    table.update((alias, (name, "organization")) for alias, name in organizations().items())
    table.update((alias, (name, "country")) for alias, name in countries().items())
    return table


def lookup(name: str) -> tuple[str, ActorKind] | None:
    """The canonical name and kind of ``name`` in the gazetteers: countries first,
    then organisations, places, and peoples ("Americans" -> "United States"). A name
    written with decomposed accents is looked up in normal form C ("Kraków")."""
    hit = _lookup_table().get(name)
    if hit is None and not name.isascii():
        hit = _lookup_table().get(unicodedata.normalize("NFC", name))
    return hit
