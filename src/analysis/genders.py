"""Genders of people named: from a courtesy title or role word, else the given name.

A person's gender lets a pronoun find its antecedent (:mod:`analysis.coreference`:
a "she" never lands on a man). It comes from a title just before the name or in
the role ("Mrs.", "Queen", "spokeswoman"), else from a list of common given names
(``data/first_names_gender.txt``, also read by :mod:`analysis.actors`, and for
gender only ``data/gender_names_more.txt``).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from analysis.paths import DATA_DIR
from analysis.types import Mention

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


def _read_names(name: str) -> dict[str, Gender]:
    """Given name -> gender, from the data file ``name`` (``name<TAB>m|f`` lines)."""
    out: dict[str, Gender] = {}
    path = DATA_DIR / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        given, g = line.split("\t")
        if g not in ("m", "f"):
            raise ValueError(f"{path.name}: bad gender {g!r} for {given!r}")
        out[given] = "m" if g == "m" else "f"
    return out


@cache
def given_names() -> dict[str, Gender]:
    """Given name -> usual gender, from ``data/first_names_gender.txt``."""
    return _read_names("first_names_gender.txt")


#: Given names of ``first_names_gender.txt`` that news uses for men as often as for
#: women (Andrea Pirlo, Michele Emiliano, Ashley Cole): no gender from them.
_EITHER = ("Andrea", "Michele", "Ashley")


@cache
def gender_names() -> dict[str, Gender]:
    """Given name -> usual gender, for gender only: :func:`given_names` and the
    longer list ``data/gender_names_more.txt`` ("Olivier", "Jane"), which makes no
    word a name (the actor finder reads only the first)."""
    out = _read_names("gender_names_more.txt")
    out.update(given_names())
    for name in _EITHER:
        out.pop(name, None)
    return out


#: Words that end an appositive's role before its head ("Jane Smith, a spokeswoman
#: for ...", "Tom Reed, whose wife ...").
_APPOSITIVE_STOPS = frozenset("of for at to in with and who whose which said says".split())


#: The first word of an appositive that names a role ("Jane Smith, a spokeswoman").
_APPOSITIVE_OPENERS = frozenset("a an the his her their".split())


def _appositive_gender(text: str, end: int) -> Gender | None:
    """The gender of a title in an appositive just after a name ending at ``end``:
    ", a spokeswoman", ", her husband", ", the actress" (a determiner or possessive,
    then up to three lower-case words before any preposition)."""
    if not text.startswith(", ", end):
        return None
    words = text[end + 2 : end + 50].split()[:4]
    if not words or words[0] not in _APPOSITIVE_OPENERS:
        return None  # "Schilling, through a spokeswoman, declined"
    for word in words[1:]:
        w = word.rstrip(",.;:")
        if not w.isalpha() or not w.islower() or w in _APPOSITIVE_STOPS:
            return None
        if w in _GENDER_TITLES:
            return _GENDER_TITLES[w]
        if w != word:
            return None  # the appositive ended
    return None


def _head(words: list[str], heads: frozenset[str]) -> str | None:
    """The head noun of a role phrase (its determiner or possessive dropped): the
    last word before a preposition or a comma, if it is in ``heads``."""
    head: str | None = None
    for word in words:
        w = word.rstrip(",.;:")
        if w in ("former", "ex", "late"):
            return None  # "the former governor" is no "the governor"
        if w in _APPOSITIVE_STOPS or not w.replace("'", "").replace("’", "").isalpha():
            break
        head = w
        if w != word:
            break  # the phrase ended with its comma
    return head if head is not None and head in heads else None


def appositive_title(text: str, m: Mention, opening: int, heads: frozenset[str]) -> str | None:
    """The role noun set off beside a person's name, when in ``heads``: after it
    ("Olivier Véran, the spokesman for the French government, said") or opening
    its sentence (offset ``opening``) before it ("The spokesman for the French
    government, Olivier Véran, said"): "spokesman"."""
    if text.startswith(", ", m.end):
        words = text[m.end + 2 : m.end + 80].split()[:7]
        if words and (words[0] in _APPOSITIVE_OPENERS or words[0].endswith(("'s", "’s"))):
            return _head(words[1:], heads)
    if m.start - opening > 2 and text.startswith(", ", m.start - 2):
        words = text[opening : m.start - 2].split()
        if 2 <= len(words) <= 10 and (
            words[0] in ("The", "A", "An") or words[0].endswith(("'s", "’s"))
        ):
            return _head(words[1:], heads)
    return None


def mention_gender(text: str, m: Mention, names: dict[str, Gender]) -> Gender | None:
    """The gender of the person mention ``m`` in ``text``: that of the last title
    among the word just before it and its role's words, else that of a title in an
    appositive after it (", a spokeswoman"), else that of its first word in
    ``names`` (:func:`gender_names`), else ``None``."""
    gender: Gender | None = None
    before = text[max(0, m.start - 6) : m.start].replace(".", " ").split()
    words = [w.lower() for w in before[-1:]] + [w.lower() for w in (m.role or "").split()]
    for w in words:
        if w in _GENDER_TITLES:
            gender = _GENDER_TITLES[w]
    if gender is None:
        gender = _appositive_gender(text, m.end)
    if gender is None:
        first = m.canonical.split()[0]
        gender = names.get(first)
    return gender


#: Nouns for a person of either gender, the heads of a speaker named by a role only
#: ("the mayor", "a police spokesperson"; gendered ones are the titles above).
_PERSON_NOUNS = frozenset(
    """president minister premier chancellor secretary senator governor mayor chair
    director spokesperson ambassador envoy leader general commander judge candidate
    nominee official diplomat lawmaker legislator analyst economist expert lawyer
    attorney prosecutor witness resident doctor nurse teacher student officer aide
    adviser advisor source executive manager coach founder owner researcher scientist
    professor investigator detective inspector sheriff chief representative
    negotiator activist organizer organiser campaigner survivor victim neighbor
    neighbour friend relative colleague person""".split()
)
_PERSON_GENDERS: dict[str, Gender] = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "father": "m", "mother": "f",
    "grandfather": "m", "grandmother": "f", "uncle": "m", "aunt": "f",
}  # fmt: skip


def nominal_gender(word: str) -> Literal["m", "f", "?"] | None:
    """The gender of a person noun heading a speaker phrase (lower case): ``"m"``
    or ``"f"`` ("spokesman", "woman"), ``"?"`` for either ("mayor", "official"),
    ``None`` for no person noun ("ministry", "campaign", "officials")."""
    gender = _GENDER_TITLES.get(word) or _PERSON_GENDERS.get(word)
    if gender is not None:
        return gender
    return "?" if word in _PERSON_NOUNS else None
