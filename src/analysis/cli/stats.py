"""``analysis stats``: text statistics and readability, one record per document."""

from __future__ import annotations

import click

from analysis.cli.common import debug_option, format_option, paths_argument, run_batch
from analysis.stats import records
from analysis.types import TextStats

#: The columns of the records, in order.
COLUMNS: tuple[str, ...] = ("doc", *TextStats.__dataclass_fields__)


@click.command("stats")
@paths_argument
@format_option()
@debug_option
def command(paths: tuple[str, ...], fmt: str, debug: bool) -> None:
    """Text statistics of each article's body (headline excluded).

    Counts (characters, letters, words, sentences, paragraphs, syllables, long
    words, polysyllables, unique words), lexical diversity (type-token ratio,
    MTLD) and readability (Flesch reading ease, Flesch-Kincaid grade, Gunning
    fog, SMOG, Coleman-Liau, ARI). PATH is a .txt file, a directory of them or
    a JSON Lines corpus.

    \b
    Example:
        analysis stats seeds/000_396a11e332c8e407.txt
        analysis stats seeds/ --format jsonl
        analysis stats tests/data/corpus.jsonl --format csv > stats.csv
    """
    run_batch(paths, records, fmt=fmt, debug=debug, columns=COLUMNS, input_flaws="note")
