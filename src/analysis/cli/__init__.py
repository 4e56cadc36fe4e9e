"""The ``analysis`` command line: a thin layer over the library.

Each command lives in a module of its own and is registered here.
"""

from __future__ import annotations

import click

from analysis import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="analysis")
def main() -> None:
    """Reproducible analysis of news articles.

    Every command reads .txt files, directories of them and JSON Lines corpora
    ({"id", "text", ...} per line) and writes one record per line with --format jsonl.

    \b
    Example:
        analysis stats seeds/ --format jsonl
    """


def _register() -> None:
    # One import per command module; each module defines ``command``.
    from analysis.cli import actors, analyze, keywords, kwic, quotes, report, sentiment, stats

    modules: list[object] = [stats, actors, analyze, report, sentiment, quotes, keywords, kwic]
    for module in modules:
        main.add_command(module.command)  # type: ignore[attr-defined]


_register()
