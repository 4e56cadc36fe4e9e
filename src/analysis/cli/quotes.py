"""``analysis quotes``: who said what, one record per attribution."""

from __future__ import annotations

import click

from analysis.cli.common import debug_option, format_option, paths_argument, run_batch
from analysis.quotes import RECORD_COLUMNS, records

#: The columns of the records, in order.
COLUMNS: tuple[str, ...] = RECORD_COLUMNS


@click.command("quotes")
@paths_argument
@format_option()
@debug_option
def command(paths: tuple[str, ...], fmt: str, debug: bool) -> None:
    """Quote attribution: each statement with its speaker, cue and offsets.

    Direct quotations and indirect speech ("..., said Chinese President Xi
    Jinping", "He noted that ...", "according to ..."), with the speaker resolved
    to a canonical name (pronouns and titles included). One record per
    attribution: doc, speaker (null when unknown), speaker_text, speaker_start,
    speaker_end, cue, cue_start, cue_end, content, start, end, kind
    (direct/indirect/mixed), then speaker_role and sentence. Offsets are
    characters into the text as read: text[start:end] == content.
    PATH is a .txt file, a directory of them or a JSON Lines corpus.

    \b
    Example:
        analysis quotes seeds/000_396a11e332c8e407.txt
        analysis quotes seeds/ --format jsonl > quotes.jsonl
        analysis quotes tests/data/corpus.jsonl --format csv > quotes.csv
    """
    run_batch(paths, records, fmt=fmt, debug=debug, columns=COLUMNS, input_flaws="error")
