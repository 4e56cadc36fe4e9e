"""Rules of :mod:`analysis.actors` for names that are no actor or stand for another:
named days ("Super Tuesday", "Election Day"), numbered categories ("Category 3"),
companies named without their legal suffix ("Nvidia" for "Nvidia Corp."), teams named
after their city ("Chicago Bulls"), surnames with capitalised particles ("Von der
Leyen"), the age set off after a person's name ("Reed, 34,"), institutions named with
their country ("US Treasury") and known short forms ("the Fed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from analysis import gazetteer
from analysis.frequencies import zipf
from analysis.namekinds import Candidate, given_names, plural_noun
from analysis.namewords import DAY_MODIFIERS, HEADS, SPEECH_VERBS
from analysis.namewords import PARTICLES as _PARTICLE_WORDS

#: The last words of a named day or season ("Election Day", "Fashion Week").
_DAY_HEADS = frozenset("Day Days Eve Week".split())
_WEEKDAYS = tuple(
    " " + d for d in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def named_day(text: str, c: Candidate) -> bool:
    """Whether a name left as "other" names a day, no actor: "Election Day", "Labor
    Day", or the first word of "Super Tuesday", "Black Friday" (a weekday is never
    part of a name, so the run stopped before it)."""
    words = c.name.split()
    if words[-1] in _DAY_HEADS:
        # ("Jason Day": a golfer; "Kemi Day said", "Taylor Day, 34,": a person)
        return words[0] not in given_names() and not _personal(text, c.end)
    return c.name in DAY_MODIFIERS and text.startswith(_WEEKDAYS, c.end)


#: An age set off after a person's name: ", 34,".
AGED = re.compile(r", \d{1,3},")
#: A speech verb after a name, which makes it a person's (as does an age set off).
_SPEAKS_AFTER = re.compile(r" (?:said|says|told|added|wrote|argued|insisted)\b")


def _personal(text: str, end: int) -> bool:
    """Whether a speech verb or an age set off follows a name ending at ``end``."""
    return _SPEAKS_AFTER.match(text, end) is not None or AGED.match(text, end) is not None


#: A common word this frequent (Zipf) before a number names a category, no actor.
_NUMBERED_ZIPF = 4.3


def numbered(text: str, c: Candidate) -> bool:
    """Whether a single common word left as "other" is followed by a number: "a
    Category 3 storm", "Article 5", "Section 230", "Flight 370" (not "Boeing 737")."""
    return (
        " " not in c.name
        and text[c.end : c.end + 1] == " "
        and text[c.end + 1 : c.end + 2].isdigit()
        and zipf(c.name.lower()) >= _NUMBERED_ZIPF
    )


#: A number and the word after it, after a name: " 4 said".
_NUMBER_WORD = re.compile(r" (\d{1,3}) ([a-z]+)\b")
#: Verbs after a numbered name that make it a broadcaster ("Channel 4 said").
_REPORTS = frozenset("reported reports broadcast aired".split())


def numbered_speaker(text: str, c: Candidate, verbs: frozenset[str]) -> bool:
    """Whether a name :func:`numbered` reads as a category speaks or reports
    ("Channel 4 said", "Fox 5 reported"): a broadcaster named with its number. The
    candidate then spans the number and is an organisation."""
    m = _NUMBER_WORD.match(text, c.end)
    if m is None or (m.group(2) not in verbs and m.group(2) not in _REPORTS):
        return False
    c.end = m.end(1)
    c.name = text[c.start : c.end]
    c.kind, c.canonical = "organization", c.name
    return True


#: The legal suffixes of a company's name ("Nvidia Corp.", "BlackRock Inc.").
_COMPANY_SUFFIXES = frozenset("Inc Corp Co Ltd LLC PLC Plc plc Corporation AG SA NV".split())


def company_suffixes(cands: list[Candidate]) -> None:
    """A company named without its legal suffix is the company ("Nvidia" after "Nvidia
    Corp."): its mentions take the suffixed name, an organisation's."""
    full: dict[str, str] = {}
    for c in cands:
        name = c.canonical or c.name
        if c.kind == "organization" and " " in name:
            base, _, suffix = name.rpartition(" ")
            if suffix in _COMPANY_SUFFIXES:
                full.setdefault(base.rstrip(","), name)
    if not full:
        return
    for c in cands:
        if c.kind in ("organization", "other") and (c.canonical or c.name) in full:
            c.kind, c.canonical = "organization", full[c.canonical or c.name]


def team(name: str) -> bool:
    """A place's name and a plural noun: a team's name ("Chicago Bulls", "New York
    Yankees", "Boston Celtics")."""
    place, _, last = name.rpartition(" ")
    if place in given_names():
        return False  # "Madison Keys", "Charlotte Adams": a person
    hit = gazetteer.lookup(place)
    return hit is not None and hit[1] in ("place", "country") and last[-1:] == "s"


def opened_particle(name: str) -> bool:
    """Whether a name opens with a capitalised particle ("Von der Leyen")."""
    return name[:1].isupper() and name.split()[0].lower() in _PARTICLE_WORDS


#: Companies named after a place that "the" names instead ("the Amazon": the river or
#: the rainforest; "Amazon said": the company).
_PLACE_BRANDS = frozenset(["Amazon"])


def brand_place(text: str, c: Candidate) -> bool:
    """Whether a company's name that is also a place's follows "the" ("deforestation
    in the Amazon", "the Amazon rainforest"): the place. The kind is set to place."""
    if c.name not in _PLACE_BRANDS or text[max(0, c.start - 4) : c.start].lower() != "the ":
        return False
    c.kind, c.canonical = "place", c.name
    return True


#: Institutions a country's name or adjective may qualify, written alone in news ("the
#: Treasury", "the Duma"), that the scanner reads as a word apart from the country.
_INSTITUTIONS = frozenset(
    """Treasury Pentagon Kremlin Politburo Knesset Duma Bundestag Bundeswehr Senate
    Congress Parliament Navy Army Cabinet Embassy Consulate Mission Marines Corps""".split()
)
#: (the same words, for :mod:`analysis.actors`)
INSTITUTIONS = _INSTITUTIONS


#: Words of the names of a state's bodies, which one country's name or adjective and
#: another form of it name alike ("UK Foreign Office", "British Foreign Office").
_STATE_HEADS = _INSTITUTIONS | frozenset(
    """Ministry Department Office Embassy Consulate Government Court Police Force Forces
    Guard""".split()
)


def country_prefix(name: str) -> tuple[str, str] | None:
    """The country a name of several words opens with, by its canonical name, and the
    rest of the name: "U.K. Treasury" -> ("United Kingdom", "Treasury"), "French
    Foreign Ministry" -> ("France", "Foreign Ministry"), "Russia's Treasury" ->
    ("Russia", "Treasury"); ``None`` when it opens with no country."""
    words = name.split()
    for k in (2, 1):
        if len(words) > k:
            # (a possessive's: "Russia's Treasury" -> ("Russia", "Treasury"))
            hit = gazetteer.lookup(" ".join(words[:k]).removesuffix("'s").removesuffix("’s"))
            if hit is not None and hit[1] == "country":
                return hit[0], " ".join(words[k:])
    return None


def _institution(text: str, prev: Candidate, c: Candidate) -> bool:
    """Whether ``c`` is an institution's name written just after the country ``prev``
    ("US Treasury", "Chinese Embassy", "U.S. Marine Corps": no person's)."""
    return (
        prev.kind == "country"
        and c.name.rsplit(" ", 1)[-1] in _INSTITUTIONS
        and (c.kind in (None, "organization") or (c.kind == "person" and " " in c.name))
        and c.role is None
        and text[prev.end : c.start] == " "
    )


def _owned(text: str, prev: Candidate, c: Candidate) -> bool:
    """Whether ``c`` is an organisation written after the country ``prev`` and its
    possessive ("Russia's Defence Ministry")."""
    return (
        prev.kind == "country"
        and (c.kind == "organization" or c.name in _INSTITUTIONS)
        and c.role is None
        and text[prev.end : c.start] in ("'s ", "’s ")
    )


def qualified(text: str, cands: list[Candidate]) -> None:
    """Institutions named with their country are that country's: a country and an
    institution's word after it are one organisation ("the US Treasury and the U.K.
    Treasury": two actors, not the country and a shared "Treasury"); so are a country's
    possessive and an organisation named so for two countries or more ("Russia's
    Defence Ministry", "Britain's Defence Ministry": two actors, not one "Defence
    Ministry"); and the names of one country's institution written with different
    forms of the country ("U.S. Treasury", "US Treasury"; "UK Foreign Office", "British
    Foreign Office") take the first written. Changes ``cands`` in place."""
    owners: dict[str, set[str | None]] = {}  # an organisation -> the countries owning it
    for left, right in pairwise(cands):
        if _owned(text, left, right) or _institution(text, left, right):
            owners.setdefault(right.canonical or right.name, set()).add(left.canonical)
    for c in cands:  # ("the U.S. Supreme Court" ... "Israel's Supreme Court")
        if c.kind == "organization" and c.canonical is not None and " " in c.canonical:
            owner = country_prefix(c.canonical)
            if owner is not None:
                owners.setdefault(owner[1], set()).add(owner[0])
    keys: dict[int, tuple[str, str]] = {}  # (by id) a merged possessive's country and name
    merged: list[Candidate] = []
    for c in cands:
        prev = merged[-1] if merged else None
        if prev is None or c.role is not None:
            merged.append(c)
        elif _institution(text, prev, c):
            prev.end, prev.name, prev.kind = c.end, text[prev.start : c.end], "organization"
            prev.canonical = prev.name
        elif _owned(text, prev, c) and len(owners[c.canonical or c.name]) > 1:
            keys[id(prev)] = (prev.canonical or prev.name, c.canonical or c.name)
            prev.end, prev.name, prev.kind = c.end, text[prev.start : c.end], "organization"
            prev.canonical = prev.name
        else:
            merged.append(c)
    cands[:] = merged
    first: dict[tuple[str, str], str] = {}
    for c in cands:
        if c.kind == "organization" and c.canonical is not None and " " in c.canonical:
            key = keys.get(id(c)) or country_prefix(c.canonical)
            # (a state's body only: "American Chamber of Commerce" is no "U.S. Chamber
            # of Commerce", "American Airlines" no "US Airways")
            if key is not None and not _STATE_HEADS.isdisjoint(key[1].split()):
                c.canonical = first.setdefault(key, c.canonical)


#: Well-known short forms of organisations' names and the long forms they stand for
#: ("the Fed"): a short form merges with a long form only where the document writes
#: the long form; alone it is the organisation under its short name.
SHORT_FORMS = {"Fed": ("Federal Reserve", "Federal Reserve Board", "Federal Reserve System")}


def short_form(name: str, orgs: Sequence[str]) -> str | None:
    """The organisation a known short form stands for: the first of its long forms in
    ``orgs`` (the names of the document's organisations, most mentioned first), also
    written after a country ("U.S. Federal Reserve"); the short form itself when the
    document writes none; ``None`` for a name that is no short form."""
    longs = SHORT_FORMS.get(name)
    if longs is None:
        return None
    for org in orgs:
        rest = country_prefix(org)
        if org in longs or (rest is not None and rest[1] in longs):
            return org
    return name


#: Given names that are also common English words ("Summer", "Grant"), with their
#: usual gender: the actor finder leaves one opening a sentence out of the name, so
#: it joins the surname after it only with evidence (:func:`opening_names`).
WORD_GIVEN_NAMES: dict[str, str] = {
    **dict.fromkeys(
        """Summer Faith Dawn Joy Rose Iris Ivy Lily Daisy Ruby Pearl Autumn Penny Holly
        Destiny Misty Jade""".split(),
        "f",
    ),
    "Grant": "m",
}
#: Rare role, occupation and group words seen before surnames ("Pundit Smith"): one
#: opening a sentence is no part of the name after it.
ROLE_NOUNS = frozenset(
    """Pundit Midwife Rabbi Imam Reverend Tycoon Mogul Landlord Teammate Sophomore
    Freshman Constable Inmate Texan Cllr Nun Monk Cadet Guru Maestro Medic
    Widow Widower Chaplain Vicar Elder Coroner Sheikh Emir Baroness Countess
    Heir Tenant Convict Fugitive Suspect Defendant Plaintiff Hostage Refugee Veteran
    Actress Chef Nurse Sheriff""".split()
)  # (not "Tory", "Deacon", "Diva": given names too, "Tory Burch", "Deacon Blue")
#: Of those, the nouns of a state's people ("Texan Jones said"): no part of the name,
#: and no role either.
NATION_NOUNS = frozenset(["Texan"])
#: What a person's name is followed by: an age or a role set off ("Summer Brown, 34,",
#: "Summer Brown, the principal,", "Summer Brown, who"), or a speech verb.
_SET_OFF = re.compile(
    rf", (?:\d{{1,3}},|(?:the|a|an|who) )| (?:{'|'.join(sorted(SPEECH_VERBS))})\b"
)
_PRONOUNS = re.compile(r"\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er)\b")
#: A verb after a name, which a pronoun after it may refer back to ("Summer Brown
#: was elected ... She"; not "Summer Camp officials ... She").
_VERB_AFTER = re.compile(r" (?:[a-z]+ed|is|was|has|had|will|would|could|can|did|does)\b")
#: Words of places and things after a word given name ("Grant Park", "Penny Lane",
#: "Joy Division"): only a speech verb right after makes the two a person's name.
_PLACE_WORDS = HEADS | frozenset(
    """Park Lane Hill Hills Heights Green Way Close Drive Gardens Garden Place Bridge
    Wood Woods Field Fields Hall House Beach Mount Row Crescent Terrace Grove Camp
    Springs Farm Common Cross Gate Lodge Mill Station Point Market Bush Division
    Church Chapel Manor Estate Meadow Meadows Glen Dale Vale Ridge Walk End""".split()
)
#: What is done to a place, not a person ("Grant Park was evacuated").
_PLACE_PASSIVE = re.compile(
    r" (?:was|were|is|has been|had been) (?:closed|flooded|reopened|shut|"
    r"cordoned|sealed|blocked|renamed|built|demolished|opened|damaged|destroyed|"
    r"submerged|gritted|resurfaced)\b"
)
#: A capitalised word written before a surname that is no courtesy title: another
#: person's given name ("Gordon Brown" for "Brown").
_OTHER_GIVEN = re.compile(
    r"(?:^|[\s(])(?!(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sir|Dame|Lady|Lord)\b)[A-Z][a-z]+ $"
)


def _given_evidence(text: str, c: Candidate, given: str, reach: int) -> bool:
    """Whether the text shows ``given`` (opening the sentence before ``c``) as the
    given name of the person ``c`` names: an age or role set off or a speech verb
    after the name ("Summer Brown said": a person speaks, and "Summer" is no role)
    or after the surname written elsewhere ("Brown added"), the full name written
    again, or a verb after the name and a first personal pronoun after it (up to
    ``reach``) of the given name's gender ("Summer Brown was elected ... she")."""
    if c.name in _PLACE_WORDS or plural_noun(c.name) or _PLACE_PASSIVE.match(text, c.end):
        # a place or a thing ("Rose Hill was flooded", "Faith Schools"), unless it speaks
        m = _SET_OFF.match(text, c.end)
        return m is not None and m.group()[:1] == " " and not plural_noun(c.name)
    if _SET_OFF.match(text, c.end) or text.count(f"{given} {c.name}") > 1:
        return True
    elsewhere = [pos for pos in _positions(text, c.name) if pos != c.start]
    # (the surname of the same person, not of another one's full name: "Gordon Brown
    # said" is no evidence for "Summer Brown")
    others = [_OTHER_GIVEN.search(text, max(0, pos - 30), pos) for pos in elsewhere]
    if all(m is None or m.group().strip("( \n\t") == given for m in others) and any(
        _SET_OFF.match(text, pos + len(c.name)) for pos in elsewhere
    ):
        return True
    if not _VERB_AFTER.match(text, c.end):
        return False
    pronoun = _PRONOUNS.search(text, c.end, reach)
    if pronoun is None:
        return False
    female = pronoun.group().lower() in ("she", "her")
    return female == (WORD_GIVEN_NAMES[given] == "f")


def _positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` after a space (a word, not part of one)."""
    out: list[int] = []
    pos = text.find(" " + word)
    while pos >= 0:
        out.append(pos + 1)
        pos = text.find(" " + word, pos + 1)
    return out


def opening_names(text: str, sentences: Sequence[tuple[int, int]], cands: list[Candidate]) -> None:
    """Settle the first word of a sentence before a name the actor finder judged
    alone: a rare role noun is no part of the name ("Pundit Harrington said" ->
    "Harrington"), and a given name that is also a common word joins the surname
    with evidence (:func:`_given_evidence`: "Summer Brown said", "Summer Brown ...
    she added" -> "Summer Brown"; "Summer Brown rice" stays "Brown"). ``sentences`` are the
    ``(start, end)`` offsets of the document's sentences' first words. Changes
    ``cands`` in place."""
    opens = {start for start, _ in sentences}
    ends = {end: k for k, (_, end) in enumerate(sentences)}
    for c in cands:
        if c.role is not None or c.kind not in (None, "person"):
            continue
        word = c.name.split(" ", 1)[0]
        if (
            " " in c.name
            and c.start in opens
            and word in ROLE_NOUNS
            and text[c.start + len(word)] == " "
            # (no known name's: not "Veteran Birmingham striker")
            and gazetteer.lookup(c.name[len(word) + 1 :]) is None
            and gazetteer.lookup(c.name) is None
        ):
            # "Pundit Harrington said": the name after the role
            c.start += len(word) + 1
            c.name = c.name[len(word) + 1 :]
            c.canonical = None
            continue
        k = ends.get(c.start - 1)
        if k is None or " " in c.name or text[c.start - 1] != " ":
            continue
        given = text[sentences[k][0] : c.start - 1]
        if given not in WORD_GIVEN_NAMES:
            continue
        # (a pronoun in this sentence or the next)
        reach = sentences[k + 2][0] if k + 2 < len(sentences) else len(text)
        if _given_evidence(text, c, given, reach):
            c.start = sentences[k][0]
            c.name = f"{given} {c.name}"
            c.kind, c.canonical = "person", None
