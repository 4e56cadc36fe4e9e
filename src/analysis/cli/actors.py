"""``analysis actors``: named actors (people, countries, places, organisations) per document."""

from __future__ import annotations

from functools import partial

import click

from analysis.actors import records
from analysis.cli.common import debug_option, format_option, paths_argument, run_batch

#: The columns of the records, in order.
COLUMNS: tuple[str, ...] = ("doc", "rank", "actor", "kind", "mentions", "aliases", "roles", "first")


@click.command("actors")
@paths_argument
@click.option("--top", type=click.IntRange(min=1), default=None, help="Keep the N most mentioned.")
@format_option()
@debug_option
def command(paths: tuple[str, ...], top: int | None, fmt: str, debug: bool) -> None:
    """Named actors of each article, aliases merged, most mentioned first.

    One record per actor: its canonical name ("Xi Jinping" for "Xi", "President
    Xi"), kind (person, country, place, organization, other), number of
    mentions, the aliases as written, the roles written with it ("Chinese
    President") and the offset of its first mention. Found from capitalisation
    and gazetteers (ISO 3166 countries with demonyms, regions, cities,
    organisation acronyms); no downloaded model.

    \b
    Example:
        analysis actors seeds/000_396a11e332c8e407.txt
        analysis actors seeds/ --top 5 --format jsonl
    """
    run_batch(
        paths, partial(records, top=top), fmt=fmt, debug=debug, columns=COLUMNS, input_flaws="note"
    )
