"""The package's English stopword list, ``data/stopwords_en.txt``, loaded lazily.

Assembled by hand for this package (see the file's header): closed-class words of
English plus a few words that carry no topic in news prose ("said", "according").
"""

from __future__ import annotations

from functools import cache

from analysis.paths import DATA_DIR


@cache
def stopwords() -> frozenset[str]:
    """English stopwords, lower case."""
    path = DATA_DIR / "stopwords_en.txt"
    words = (w.strip() for w in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))
