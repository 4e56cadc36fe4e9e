"""The ``analysis`` command line: a thin layer over the library.

Each command lives in a module of its own (``analysis.cli.<name>``, defining
``command``) and is imported only when it runs or when help lists it, so that a
quick command (``analysis report`` with nothing to do) does not pay for the
imports of the others.
"""

from __future__ import annotations

import importlib

import click

from analysis import __version__

#: Command name -> module under ``analysis.cli``.
COMMANDS: dict[str, str] = {
    "stats": "stats",
    "actors": "actors",
    "analyze": "analyze",
    "report": "report",
    "sentiment": "sentiment",
    "quotes": "quotes",
    "keywords": "keywords",
    "kwic": "kwic",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            module = importlib.import_module(f"analysis.cli.{COMMANDS[cmd_name]}")
            self.add_command(module.command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="analysis")
def main() -> None:
    """Reproducible analysis of news articles.

    Every command reads .txt files, directories of them and JSON Lines corpora
    ({"id", "text", ...} per line) and writes one record per line with --format jsonl.

    \b
    Example:
        analysis stats seeds/ --format jsonl
    """
