"""Reproducible analysis of news articles.

The modules are the API, one per step of the flow::

    from analysis import read, parse, stats, keywords, actors, quotes, sentiment, frames

    doc = analysis.load("seeds/000_396a11e332c8e407.txt")   # read + parse, once
    stats.text_stats(doc)                                  # counts and readability
    keywords.extract_keywords(doc, top=10)                 # key terms and phrases
    actors.find_mentions(doc)                              # named actors, aliases merged
    quotes.quotes(doc)                                     # who said what
    sentiment.document(doc)                                # tone from sentence scores

Importing the package does no work beyond one check: submodules load when first
imported, and a compiled module that no longer matches its source (edited after the
last build) fails loudly here instead of running old code (:mod:`analysis.compiled`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from analysis.compiled import check as _check_build

if TYPE_CHECKING:
    from analysis.types import Document

__version__ = "0.1.0"

_check_build()
__all__ = ["__version__", "load"]


def load(path: str | os.PathLike[str]) -> Document:
    """Read one article file and parse it: the :class:`~analysis.types.Document`
    that every analysis takes.

    Raises:
        analysis.read.ReadError: the file is missing, empty, binary or not UTF-8.
    """
    from analysis.parse import parse
    from analysis.read import read_article

    return parse(read_article(path))
