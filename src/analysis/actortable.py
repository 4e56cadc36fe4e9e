"""The actors table: one row per canonical actor, from the mentions of a document.

The rows :func:`analysis.actors.records` returns and the actors frame counts:
mentions grouped by their merged name (:func:`analysis.actors.find_mentions`), with
the distinct forms written and the roles given, the actor's most frequent kind and
where it is first named.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from analysis.types import Mention


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
