"""Genders of people named: from a courtesy title or role word, else the given name.

A person's gender lets a pronoun find its antecedent (:mod:`analysis.coreference`:
a "she" never lands on a man). It comes from a title just before the name or in
the role ("Mrs.", "Queen", "spokeswoman"), else from a list of common given names
(``data/first_names_gender.txt``, also read by :mod:`analysis.actors`).
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


def mention_gender(text: str, m: Mention, names: dict[str, Gender]) -> Gender | None:
    """The gender of the person mention ``m`` in ``text``: that of the last title
    among the word just before it and its role's words, else that of its first
    word in ``names`` (:func:`given_names`), else ``None``."""
    gender: Gender | None = None
    before = text[max(0, m.start - 6) : m.start].replace(".", " ").split()
    words = [w.lower() for w in before[-1:]] + [w.lower() for w in (m.role or "").split()]
    for w in words:
        if w in _GENDER_TITLES:
            gender = _GENDER_TITLES[w]
    if gender is None:
        first = m.canonical.split()[0]
        gender = names.get(first)
    return gender
