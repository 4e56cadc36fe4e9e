"""Tidy frames of keywords and named actors (:mod:`analysis.keywords`,
:mod:`analysis.keyphrases`, :mod:`analysis.kwic`, :mod:`analysis.actors`)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.types import Document, Keyword, Mention

#: Columns of :func:`keywords_frame`.
KEYWORDS_COLUMNS: tuple[str, ...] = ("doc", "rank", "keyword", "score", "count", "method")
#: Columns of :func:`kwic_frame`.
KWIC_LINES_COLUMNS: tuple[str, ...] = ("doc", "keyword", "left", "term", "right", "start", "end")


def keywords_frame(keywords: Sequence[Keyword], *, doc: str) -> pd.DataFrame:
    """Ranked keywords of one document (top terms, distinctive terms, keyphrases).

    Columns :data:`KEYWORDS_COLUMNS`: ``score`` is the method's (a share of terms
    for frequency, G2 for keyness, TF-IDF weight, keyphrase score); ``method``
    names it ("frequency:word:1", "keyness:word:1", "keyphrases", ...).
    """
    rows = [
        {
            "doc": doc,
            "rank": k.rank,
            "keyword": k.keyword,
            "score": k.score,
            "count": k.count,
            "method": k.method,
        }
        for k in keywords
    ]
    return pd.DataFrame(rows, columns=list(KEYWORDS_COLUMNS))


def kwic_frame(
    document: Document, keywords: Sequence[str], *, width: int = 40, per_keyword: int = 3
) -> pd.DataFrame:
    """KWIC lines for each keyword (its first ``per_keyword`` occurrences), in
    keyword order then text order.

    Columns :data:`KWIC_LINES_COLUMNS`: ``keyword`` as asked, ``term`` as written
    (``document.text[start:end]``), ``left``/``right`` ``width`` characters of context.
    """
    from analysis.kwic import kwic

    frames = []
    for keyword in keywords:
        lines = kwic(document, keyword, width=width).head(per_keyword)
        lines.insert(0, "keyword", keyword)
        lines.insert(0, "doc", document.id)
        frames.append(lines)
    if not frames:
        return pd.DataFrame(columns=list(KWIC_LINES_COLUMNS))
    return pd.concat(frames, ignore_index=True)[list(KWIC_LINES_COLUMNS)]


#: Columns of :func:`actors_frame`.
ACTORS_COLUMNS: tuple[str, ...] = ("actor", "kind", "mentions", "aliases", "roles", "first")


def actors_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    """One row per actor, most mentioned first (ties: first appearance).

    Columns :data:`ACTORS_COLUMNS`: ``actor`` the canonical name, ``kind`` (person,
    country, place, organization, other), ``mentions`` the count, ``aliases`` and
    ``roles`` the distinct forms as written joined with "; ", ``first`` the offset
    of the first mention.
    """
    from analysis.actors import actors_table

    return pd.DataFrame(actors_table(mentions), columns=list(ACTORS_COLUMNS))
