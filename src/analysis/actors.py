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
The kinds a name's context shows are settled first (:mod:`analysis.actorcontext`).

This is the capitalisation-and-gazetteer approach of early named-entity
recognisers (Mikheev, Moens & Grover 1999, "Named Entity Recognition without
Gazetteers", EACL) with the document-level alias merging of Nadeau & Sekine
(2007, "A survey of named entity recognition and classification").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from analysis.actorcontext import neighbours as _neighbours
from analysis.actorcontext import settle_from_context
from analysis.actorcues import COMPASS as _COMPASS
from analysis.actorcues import acronym_nouns as _acronym_nouns
from analysis.actorcues import by_title as _by_title
from analysis.actorcues import demonym as _demonym
from analysis.actorcues import first_named as _first_named
from analysis.actorcues import in_party_tag as _in_party_tag
from analysis.actorcues import name_words as _name_words
from analysis.actorcues import shouted as _shouted
from analysis.actorcues import surnamed as _surnamed
from analysis.actorcues import written as _written
from analysis.actornames import (
    INSTITUTIONS,
    brand_place,
    company_suffixes,
    country_prefix,
    named_day,
    numbered,
    numbered_speaker,
    opened_particle,
    opening_names,
    qualified,
    short_form,
    team,
)
from analysis.actortable import actors_table as actors_table
from analysis.actortable import group_mentions as group_mentions
from analysis.capitals import known as _known
from analysis.frequencies import zipf
from analysis.namecues import brand
from analysis.names import (
    HEADS,
    SPEECH_VERBS,
    Candidate,
    candidates,
    initials,
    plural_noun,
)
from analysis.namewords import PARTY_TAG as _PARTY_TAG
from analysis.namewords import PLACE_PREPOSITIONS, ROLE_HEADS, STANDALONE_ORGS
from analysis.placenames import PLACE_MODIFIERS as _PLACE_MODIFIERS
from analysis.types import ActorKind, Document, Mention, build

#: An all-capital word whose lower-case form is this common in general English (Zipf
#: scale) is the word written in capitals ("WIN", "TEXT"), not an acronym ("FBI" 4.4).
_WORD_ZIPF = 5.0


#: Last words of newspapers' names that "the" names alone ("the Times", "The Post").
_MASTHEADS = frozenset(
    """Times Post Journal Tribune Herald Gazette Chronicle Telegraph Observer Monitor
    Dispatch Inquirer Globe Guardian Examiner Independent""".split()
)


def _foreign(text: str, c: Candidate, org: str, owners: dict[int, str], before: str) -> bool:
    """Whether the single institution's word ``c`` is no part of the longer name
    ``org`` for its country: written after another country's possessive ("Britain's
    Treasury" is no "Treasury Department" of the US, nor "US Treasury"), or after a
    lower-case word while ``org`` is a country's ("the state Senate" is no "US
    Senate"). A firm's name is left to the names ("Sweden's Ericsson", "LM Ericsson")."""
    if c.name not in INSTITUTIONS:
        return False
    owned = country_prefix(org)
    if owned is not None and before[:1].islower() and before not in ("the", "a"):
        return True
    owner = owners.get(c.start - 3) if text[c.start - 3 : c.start] in ("'s ", "’s ") else None
    if owner is not None and (owned is None or owned[0] != owner):
        return True
    # the bare word stands for the one country's institution only when the text owns
    # it by no other place ("California's Senate", "Ukraine's army", "In Canberra, the
    # Senate", "the state Senate"): else it is no one's in particular
    return owned is not None and _owned_elsewhere(text, c.name, owned[0], owners)


def _owned_elsewhere(text: str, word: str, country: str, owners: dict[int, str]) -> bool:
    """Whether ``text`` writes ``word`` (any case) owned by a place other than
    ``country``: after its possessive ("California's Senate", "Ukraine's army"), after
    "in" and the place and a comma ("In Canberra, the Senate"), or after a lower-case
    word of a state's or a region's ("the state Senate")."""
    low = word.lower()
    for m in re.finditer(rf"(?i:\b{low})\b", text):
        head = text[max(0, m.start() - 40) : m.start()]
        if head.endswith(("'s ", "’s ")):
            owner = owners.get(m.start() - 3)
            if owner is not None and owner != country:
                return True
        elif (q := _IN_PLACE.search(head)) is not None:
            owner = owners.get(m.start() - len(q.group()) + q.group().index(","))
            if owner is not None and owner != country:
                return True
        elif head.endswith(_REGIONAL):
            return True
    return False


#: "in", a place's name and a comma before an institution's word ("In Canberra, the").
_IN_PLACE = re.compile(r"\b[Ii]n (?:[A-Z][\w.'-]* ?)+, the $")
#: Lower-case words that make an institution a state's or a region's ("the state Senate").
_REGIONAL = tuple(
    f"{w} " for w in "state provincial regional territorial county city local".split()
)


def _resolve(doc: Document, cands: list[Candidate]) -> None:
    """Merge aliases across the document and settle the kind of single words."""
    toks = doc.tokens
    starts = [t.start for t in toks]

    near, speakers, placed = settle_from_context(doc, cands, toks, starts)
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
                earliest = _first_named(c, holding, doc) if c.role is None else None
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
        # (an institution's head word after its country stands for it too: "the US
        # Senate" ... "the Senate", unless another country's is named: below)
        owned = country_prefix(org) if kind == "organization" else None
        for word in org.split():
            if (
                word[:1].isupper()
                and (word not in HEADS or (owned is not None and owned[1] == word))
                and kind is not None
            ):
                names.setdefault(word, (kind, org))
    # an institution of two countries stands for neither alone ("the US Treasury and
    # the U.K. Treasury" ... "the Treasury")
    closing = Counter(
        rest[1] for org in {org for org, _ in orgs} if (rest := country_prefix(org)) is not None
    )
    for shared, times in closing.items():
        if times > 1:
            names.pop(shared, None)
    # the organisations' names, most mentioned first (what a short form may stand for)
    ranked = [
        org
        for (org, kind), _ in sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0]))
        if kind == "organization"
    ]
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
    # the last word of a newspaper's name the document names ("New York Times")
    mastheads: dict[str, str] = {}
    for (org, kind), _ in sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0])):
        last = org.rsplit(" ", 1)[-1]
        if kind == "organization" and last in _MASTHEADS:
            mastheads.setdefault(last, org)
    # the countries and places written before "'s", by where their name ends
    # ("Britain's Treasury", "California's Senate")
    owners = {c.end: c.canonical or c.name for c in cands if c.kind in ("country", "place")}
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
        if _neighbours(toks, starts, c)[0].lower() in PLACE_PREPOSITIONS
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
                and not _known(c.name)  # (a known firm is no "Apple Music", "Apple Daily")
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
        short = short_form(c.name, ranked)
        if short is not None:  # "the Fed": "Federal Reserve" where the text writes it
            c.kind, c.canonical = "organization", short
        elif whole is not None:
            earliest = _first_named(c, holding, doc) if c.role is None else None
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
        elif part_of is not None and not _foreign(doc.text, c, part_of[1], owners, before):
            c.kind, c.canonical = part_of
        elif c.name[:1].islower():
            # a particled name no longer name holds ("Doctors at al-Shifa said",
            # "al-Shabaab said"): a place after "in"/"at", else no known kind
            c.kind, c.canonical = ("place" if before in ("in", "at") else "other"), c.name
        elif before.lower() in ("the", "a") and c.name in mastheads:
            # "The Times wrote", "a Times article" beside "The New York Times"
            c.kind, c.canonical = "organization", mastheads[c.name]
        elif before.lower() == "the" and _demonym(c.name):
            c.kind = None  # "The Spaniard said": a player named by his country
        elif c.name in STANDALONE_ORGS:
            c.kind, c.canonical = "organization", c.name  # "the Senate", "Congress"
        elif c.name in speakers and before.lower() != "the":
            # ("The Post said", "the Guardian reported": a name with an article is no
            # person's; "BuzzFeed said", written like a brand, is a company's)
            c.kind = "organization" if brand(doc.text, c.name) else "person"
            c.canonical = c.name
        elif before in ("in", "at"):
            c.kind, c.canonical = "place", c.name
        elif (low := c.name.lower()).islower() and _written(doc, low):
            c.kind = None  # a common word capitalised for emphasis: "the Talks"
        else:
            c.kind, c.canonical = "other", c.name
    company_suffixes(cands)
    text = doc.text  # (once: the property is a call of Python code each time)
    for c in cands:  # ("Channel 4 said": a broadcaster, not a numbered category)
        if c.kind == "other" and numbered(text, c):
            numbered_speaker(text, c, SPEECH_VERBS)
        elif c.kind == "organization" and " " not in c.name:
            brand_place(text, c)  # ("in the Amazon": the rainforest)
    # a party tag after a politician's name ("Price (D-Newport News)", "D-N.Y.") and
    # a compass adjective ("new Western sanctions") are no actors
    tagged = "(D-" in text or "(R-" in text or "(I-" in text
    cands[:] = [
        c
        for c in cands
        if c.kind is not None
        and not (c.kind == "other" and (named_day(text, c) or numbered(text, c)))
        and c.name not in _COMPASS
        and not (c.name[1:2] == "-" and _PARTY_TAG.match(c.name))
        and not (tagged and _in_party_tag(text, c))
    ]


def _first_words(doc: Document) -> list[tuple[int, int]]:
    """The offsets ``(start, end)`` of each sentence's first word."""
    toks = doc.tokens
    out: list[tuple[int, int]] = []
    for s in doc.sentences:
        for i in range(s.tok_start, s.tok_end):
            if toks[i].kind == "word":
                out.append((toks[i].start, toks[i].end))
                break
    return out


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
    qualified(doc.text, cands)  # ("the US Treasury and the U.K. Treasury": two)
    opening_names(doc.text, _first_words(doc), cands)  # ("Pundit Harrington", "Summer Brown")
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


def records(doc: Document, *, top: int | None = None) -> list[dict[str, Any]]:
    """CLI records: ``{"doc", "rank", "actor", "kind", "mentions", "aliases", "roles",
    "first"}`` per actor of ``doc`` (the ``top`` most mentioned, or all)."""
    rows = actors_table(find_mentions(doc))
    if top is not None:
        rows = rows[:top]
    return [{"doc": doc.id, "rank": i, **row} for i, row in enumerate(rows, start=1)]
