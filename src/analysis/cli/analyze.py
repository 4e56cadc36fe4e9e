"""``analysis analyze``: every analysis over a corpus, streamed, on local processes or Dask."""

from __future__ import annotations

import sys
import traceback
import warnings
from contextlib import ExitStack

import click

from analysis.cli.common import debug_option, paths_argument, report_error
from analysis.pipeline import task
from analysis.progress import Progress
from analysis.quotemarks import QuoteMarkWarning
from analysis.read import read_corpus
from analysis.runner import Failure, dask_client, default_workers, run
from analysis.tables import JsonlSink, ParquetSink


@click.command("analyze")
@paths_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one object per document; parquet: a directory of tidy tables (needs --out).",
)
@click.option(
    "--out",
    type=click.Path(path_type=str),
    default=None,
    help="Output file (jsonl; default: stdout) or directory (parquet).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: one per CPU); 1 runs in this process.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Run on Dask distributed: a scheduler address, or 'local' for a LocalCluster "
    "of --workers processes.",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Keywords per document.",
)
@debug_option
def command(
    paths: tuple[str, ...],
    fmt: str,
    out: str | None,
    workers: int | None,
    scheduler: str | None,
    top: int,
    debug: bool,
) -> None:
    """Every analysis of every article: stats, keywords, actors, sentiment, quotes.

    Each article is parsed once and shared by all analyses. Articles are read
    lazily and results written as they complete, in input order, with a bounded
    number in flight, so memory does not grow with the corpus. A bad article is
    reported on stderr and the batch goes on (exit status 1 at the end). A
    progress line is shown when stderr is a terminal. Warnings about unbalanced
    quotation marks are shown only with --debug.

    \b
    Example:
        analysis analyze seeds/ > analyzed.jsonl
        analysis analyze tests/data/corpus.jsonl --format parquet --out tables/ --workers 2
        analysis analyze tests/data/corpus.jsonl --scheduler tcp://10.0.0.5:8786 --out a.jsonl
    """
    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet writes a directory: give it with --out DIR")
    n_workers = workers if workers is not None else default_workers()
    if not debug:  # worker processes are forked after this, so they inherit it
        warnings.filterwarnings("ignore", category=QuoteMarkWarning)
    failed = 0
    with ExitStack() as stack:
        try:
            if fmt == "parquet":
                assert out is not None
                sink: JsonlSink | ParquetSink = ParquetSink(out)
            else:
                handle = (
                    stack.enter_context(open(out, "w", encoding="utf-8")) if out else sys.stdout
                )
                sink = JsonlSink(handle)
        except OSError as err:
            raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from None
        client = None
        if scheduler is not None:
            try:
                client = stack.enter_context(dask_client(scheduler, workers=n_workers))
            except (OSError, ValueError) as err:  # unreachable, or not an address
                if debug:
                    traceback.print_exception(err, file=sys.stderr)
                raise click.ClickException(
                    f"cannot use the Dask scheduler {scheduler!r}: {err}"
                ) from None
            if not debug:
                client.run(warnings.filterwarnings, "ignore", category=QuoteMarkWarning)
        progress = stack.enter_context(Progress())
        results = run(
            read_corpus(paths), task(top=top), workers=n_workers, client=client, settle_after=True
        )
        for result in results:
            if isinstance(result, Failure):
                progress.clear()
                report_error(result.where, result.reason, debug=False)
                if debug and result.detail:
                    click.echo(result.detail.rstrip(), err=True)
                failed += 1
                progress.update(failed=True)
                continue
            sink.write(result)
            progress.update(words=result["stats"]["words"])
        sink.close()
    if failed:
        sys.exit(1)
