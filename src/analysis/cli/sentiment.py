"""``analysis sentiment``: VADER or news-tuned sentiment per document or sentence."""

from __future__ import annotations

import click

from analysis.cli.common import debug_option, format_option, paths_argument, run_batch
from analysis.sentiment import LEVELS, METHODS, RECORD_COLUMNS, records
from analysis.targets import TARGET_COLUMNS
from analysis.types import Document

#: ``--level target`` is sentiment toward whom (:mod:`analysis.targets`).
CHOICES: tuple[str, ...] = (*LEVELS, "target")

#: The columns of the records at each level, in order.
COLUMNS: dict[str, tuple[str, ...]] = {**RECORD_COLUMNS, "target": TARGET_COLUMNS}


@click.command("sentiment")
@paths_argument
@click.option(
    "--level",
    type=click.Choice(CHOICES),
    default="document",
    show_default=True,
    help="One record per document, one per sentence, or one per target (an actor or "
    "a noun phrase) with the sentiment toward it and the clause that drove it.",
)
@click.option(
    "--by-speaker",
    is_flag=True,
    help="With --level target: one record per speaker and target (who speaks well or "
    "ill of whom; speaker null for the narration).",
)
@click.option(
    "--method",
    type=click.Choice(METHODS),
    default="news",
    show_default=True,
    help=(
        "news: VADER tuned for news prose, mixed with Pattern's opinion adjectives; "
        "vader: plain vaderSentiment 3.3.2."
    ),
)
@format_option()
@debug_option
def command(
    paths: tuple[str, ...], level: str, by_speaker: bool, method: str, fmt: str, debug: bool
) -> None:
    """Sentiment of each article (compound in [-1, 1], pos/neu/neg shares).

    The document score is the length-weighted mean of the sentence scores, with
    their standard deviation (std), the shares of positive and negative sentences
    (compound >= 0.05 / <= -0.05) and the sentences that drove it (drivers).
    --level sentence writes one record per sentence with its offsets and text.
    --level target writes the sentiment toward each named actor and noun phrase,
    from the evaluative words attributed to it clause by clause (news scorer);
    there positive and negative count clauses (of "clauses"), not shares.
    PATH is a .txt file, a directory of them or a JSON Lines corpus.

    \b
    Example:
        analysis sentiment seeds/000_396a11e332c8e407.txt
        analysis sentiment seeds/ --level sentence --format jsonl
        analysis sentiment tests/data/corpus.jsonl --method vader --format csv > vader.csv
        analysis sentiment seeds/ --level target --by-speaker --format table
    """
    if by_speaker and level != "target":
        raise click.UsageError("--by-speaker needs --level target")
    if level == "target" and method != "news":
        raise click.UsageError("--level target uses the news scorer; drop --method")

    def of(doc: Document) -> list[dict[str, object]]:
        if level == "target":
            from analysis.targets import records as target_records

            return target_records(doc, by_speaker=by_speaker)
        return records(doc, level=level, method=method)  # type: ignore[arg-type]

    run_batch(paths, of, fmt=fmt, debug=debug, columns=COLUMNS[level], input_flaws="note")
