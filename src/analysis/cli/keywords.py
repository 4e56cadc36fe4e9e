"""``analysis keywords``: ranked keywords and keyphrases, one record per keyword."""

from __future__ import annotations

import sys
from functools import partial
from typing import cast

import click

from analysis.cli.common import (
    RecordWriter,
    debug_option,
    documents,
    format_option,
    paths_argument,
    report_error,
    run_batch,
)
from analysis.keywords import Method, Unit, keyword_record, records, tfidf

#: The columns of the records, in order.
COLUMNS: tuple[str, ...] = ("doc", "rank", "keyword", "score", "count", "method")


@click.command("keywords")
@paths_argument
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@click.option(
    "--method",
    type=click.Choice(["keyphrases", "phrases", "collocations", "keyness", "frequency", "tfidf"]),
    default="keyphrases",
    show_default=True,
    help="keyphrases: words and phrases by frequency, specificity and position; "
    "phrases: the same, repeated phrases of 2-3 words only; "
    "collocations: pairs of adjacent words (no stopword or punctuation between) "
    "by NLTK's likelihood ratio; "
    "keyness: log-likelihood against general English (wordfreq); frequency: counts; "
    "tfidf: against the other documents given.",
)
@click.option(
    "--unit",
    type=click.Choice(["word", "stem", "lemma"]),
    default="word",
    show_default=True,
    help="Terms as words, Porter stems or lemmas (keyness, frequency, tfidf); a lemma "
    "is shown as such ('country' for 'countries').",
)
@click.option(
    "--ngram",
    type=click.IntRange(1, 3),
    default=1,
    show_default=True,
    help="Words per term (keyness, frequency, tfidf).",
)
@format_option()
@debug_option
def command(
    paths: tuple[str, ...], top: int, method: str, unit: str, ngram: int, fmt: str, debug: bool
) -> None:
    """Ranked keywords of each article: {"doc", "rank", "keyword", "score", "count",
    "method"} per keyword.

    The default method finds keyphrases of one to three words. With --method
    tfidf every input is read first and each document is scored against the
    others. --unit lemma merges inflections by spelling rules checked against a
    word list shipped with wordfreq (no WordNet download).

    \b
    Example:
        analysis keywords seeds/000_396a11e332c8e407.txt --top 10
        analysis keywords seeds/000_396a11e332c8e407.txt --method phrases
        analysis keywords seeds/ --method keyness --ngram 2 --format jsonl
        analysis keywords tests/data/corpus.jsonl --method tfidf --unit stem --format csv
        analysis keywords seeds/ --method frequency --unit lemma --top 5
    """
    if (unit != "word" or ngram != 1) and method in ("keyphrases", "phrases", "collocations"):
        raise click.UsageError("--unit and --ngram apply to keyness, frequency and tfidf")
    if method != "tfidf":
        run_batch(
            paths,
            partial(records, top=top, method=cast(Method, method), unit=cast(Unit, unit), n=ngram),
            fmt=fmt,
            debug=debug,
            columns=COLUMNS,
            input_flaws="note",
        )
        return
    failed: list[str] = []
    repeated: list[str] = []
    docs = list(documents(paths, debug=debug, failed=failed, repeated=repeated))
    if len(docs) == 1:
        # one document has no others to be weighed against: idf would be 1 for every
        # term, and the scores raw counts under another name (a file given twice
        # is read once: it is still the only one)
        reason = "--method tfidf weighs each document against the others"
        if len(failed) == len(repeated):
            raise click.UsageError(
                f"{reason}, and {docs[0].id} is the only one given; give two or more "
                "(or use --method frequency)"
            )
        # the others failed to read (each reported): this one is reported too
        report_error(docs[0].id, f"{reason}, and no other input could be read", debug=debug)
        sys.exit(1)
    writer = RecordWriter(fmt, columns=COLUMNS)
    scored = tfidf(docs, n=ngram, unit=cast(Unit, unit), top=top)
    for doc in docs:
        writer.write(keyword_record(doc.id, k) for k in scored[doc.id])
    writer.close()
    if failed:
        sys.exit(1)
