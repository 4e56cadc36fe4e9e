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


#: Columns of :func:`key_terms_frame`.
KEY_TERMS_COLUMNS: tuple[str, ...] = ("rank", "term", "phrase", "name")
#: Kinds of actor listed as names in :func:`key_terms_frame`: the things an article
#: is about. People and countries have the actors table and are usually key terms.
NAMED_THINGS: frozenset[str] = frozenset({"organization", "place", "other"})


def key_terms_frame(
    terms: Sequence[Keyword], phrases: Sequence[Keyword], actors: pd.DataFrame, *, top: int = 10
) -> pd.DataFrame:
    """Key terms, phrases and names side by side: what a reader would list as the
    article's subject.

    The default keyphrase ranking follows what crowds pick as keyphrases (mostly
    single words), so a phrase or a name written once or twice ranks low there
    ("Belt and Road" on the seed). This table puts three lists beside each other,
    each in its own order, with nothing listed twice (compared lower-cased):

    * ``term``: ``terms`` as ranked (:func:`analysis.keywords.extract_keywords`);
    * ``phrase``: ``phrases`` (``method="phrases"``) that are not names
      (:func:`analysis.keynames.is_name`);
    * ``name``: actors of the kinds in :data:`NAMED_THINGS` (organisations, places,
      programmes and other names), most mentioned first (``actors`` as
      :func:`actors_frame` orders it).

    Columns :data:`KEY_TERMS_COLUMNS`; a shorter list leaves ``""`` in its column.
    """
    from analysis.keynames import is_name

    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    seen = {k.keyword.lower() for k in terms[:top]}
    words = [k.keyword for k in terms[:top]]
    listed = [
        p.keyword for p in phrases if not is_name(p.keyword) and p.keyword.lower() not in seen
    ]
    seen.update(p.lower() for p in listed[:top])
    names = [
        a
        for a, kind in zip(actors["actor"], actors["kind"], strict=True)
        if kind in NAMED_THINGS and a.lower() not in seen
    ]
    columns = [words, listed[:top], names[:top]]
    rows = max(map(len, columns))
    return pd.DataFrame(
        [
            {
                "rank": i + 1,
                **{
                    c: (v[i] if i < len(v) else "")
                    for c, v in zip(KEY_TERMS_COLUMNS[1:], columns, strict=True)
                },
            }
            for i in range(rows)
        ],
        columns=list(KEY_TERMS_COLUMNS),
    )


#: Columns of :func:`actors_frame`.
ACTORS_COLUMNS: tuple[str, ...] = (
    "doc",
    "rank",
    "actor",
    "kind",
    "mentions",
    "aliases",
    "roles",
    "first",
)


def actors_frame(mentions: Sequence[Mention], *, doc: str | None = None) -> pd.DataFrame:
    """One row per actor, most mentioned first (ties: first appearance).

    Columns :data:`ACTORS_COLUMNS`, those of ``analysis actors``: ``doc`` the
    document's id (``doc``; null when not given), ``rank`` from 1, ``actor`` the
    canonical name, ``kind`` (person, country, place, organization, other),
    ``mentions`` the count, ``aliases`` and ``roles`` the distinct forms as written
    joined with "; ", ``first`` the offset of the first mention.
    """
    from analysis.actors import actors_table

    rows = [{"doc": doc, "rank": i, **row} for i, row in enumerate(actors_table(mentions), start=1)]
    return pd.DataFrame(rows, columns=list(ACTORS_COLUMNS))
