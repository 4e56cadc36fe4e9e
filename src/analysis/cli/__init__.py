"""The ``analysis`` command line: a thin layer over the library.

Each command lives in a module of its own (``analysis.cli.<name>``, defining
``command``) and is imported only when it runs, so that a quick command
(``analysis report`` with nothing to do) does not pay for the imports of the
others. ``analysis --help`` imports none of them: it lists the short help kept in
:data:`SHORT_HELP` (a test checks that each equals its command's own).
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

#: Command name -> its short help (the first sentence of its docstring), so that
#: ``analysis --help`` need not import pandas, NLTK and the analyses to list them.
SHORT_HELP: dict[str, str] = {
    "stats": "Text statistics of each article's body (headline excluded).",
    "actors": "Named actors of each article, aliases merged, most mentioned first.",
    "analyze": "Every analysis of every article: stats, keywords, actors, sentiment, quotes.",
    "report": "Render each article's report: executed notebook, HTML and PDF.",
    "sentiment": "Sentiment of each article (compound in [-1, 1], pos/neu/neg shares).",
    "quotes": "Quote attribution: each statement with its speaker, cue and offsets.",
    "keywords": 'Ranked keywords of each article: {"doc", "rank", "keyword", "score", '
    '"count", "method"} per keyword.',
    "kwic": "Every occurrence of TERM in each article, with WIDTH characters each side.",
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

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help`` from :data:`SHORT_HELP`, importing nothing;
        shortened to the terminal's width as click shortens a command's own help."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            loaded = self.commands.get(name)
            cmd = loaded if loaded is not None else click.Command(name, help=SHORT_HELP[name])
            if not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


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
