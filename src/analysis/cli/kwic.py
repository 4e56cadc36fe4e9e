"""``analysis kwic``: keyword in context, one record per occurrence of a term."""

from __future__ import annotations

import os
from functools import partial

import click

from analysis.cli.common import debug_option, format_option, one_line, run_batch
from analysis.kwic import records
from analysis.parse import tokenize

#: The columns of the records, in order.
COLUMNS: tuple[str, ...] = ("doc", "left", "term", "right", "start", "end")


def _term(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """TERM must hold a word or number (as :func:`analysis.kwic.find_term` requires):
    a usage error before any input is read, not one error per document."""
    if not any(t.kind != "punct" for t in tokenize(value)):
        raise click.BadParameter(f"no words in {value!r}")
    return value


@click.command("kwic")
@click.argument("paths", nargs=-1, metavar="PATHS...", type=click.Path(path_type=str))
@click.argument("term", callback=_term)
@click.option(
    "--width",
    type=click.IntRange(min=0),
    default=40,
    show_default=True,
    help="Characters of context on each side.",
)
@format_option()
@debug_option
def command(paths: tuple[str, ...], term: str, width: int, fmt: str, debug: bool) -> None:
    """Every occurrence of TERM in each article, with WIDTH characters each side.

    TERM comes last. It is a word or phrase, matched case-insensitively on words
    ("China" also matches "China's" and the "China" of "China-Belarus"). Records
    are {"doc", "left", "term", "right", "start", "end"}; doc.text[start:end] is
    the term as written.

    \b
    Example:
        analysis kwic seeds/000_396a11e332c8e407.txt cooperation
        analysis kwic seeds/ "Railway Express" --width 30 --format jsonl
    """
    if not paths:  # one argument is taken as TERM: say which one is missing
        raise click.UsageError(
            f"Missing argument: give one or more PATHs, then TERM (only {term!r} was given)."
        )
    if os.path.exists(term):  # TERM comes last: a path there is most likely a slip
        if not os.path.exists(paths[0]):
            raise click.UsageError(
                f"TERM comes last: {term!r} is a file or directory and {paths[0]!r}, "
                f"read as the first PATH, is none; did you mean "
                f"'analysis kwic {'... ' if len(paths) > 1 else ''}{term} {paths[0]}'?"
            )
        click.echo(
            f"analysis: warning: TERM {one_line(term)!r} is also a file or directory; it is "
            "searched for as a term, not read (TERM comes after the PATHs)",
            err=True,
        )
    run_batch(
        paths,
        partial(records, term=term, width=width),
        fmt=fmt,
        debug=debug,
        columns=COLUMNS,
        input_flaws="note",
    )
