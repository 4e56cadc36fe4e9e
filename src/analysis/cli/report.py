"""``analysis report``: HTML and PDF reports of articles, rebuilt only when needed."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from analysis.cli.common import debug_option, report_error
from analysis.kernels import KernelPool
from analysis.paths import project_root, reports_dir, seeds_dir
from analysis.read import directory_files


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    from analysis.reports import FORMATS

    chosen = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        raise click.BadParameter(
            f"choose from {', '.join(FORMATS)} (comma-separated), not {value!r}"
        )
    return chosen


def _value(text: str) -> object:
    """A parameter value: JSON when it parses (``10``, ``true``, ``"x"``), else the text."""
    try:
        parsed: object = json.loads(text)
    except ValueError:
        return text
    return parsed


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """``(path, error)`` for every article file: directories give their ``.txt`` files."""
    if not paths:
        found = sorted(seeds_dir().glob("*.txt"))
        if not found:
            yield os.fspath(seeds_dir()), "no .txt files"
        for p in found:
            yield os.path.relpath(p), None
        return
    seen: dict[str, str] = {}  # resolved path -> as first given: each file is rendered once
    for given in paths:
        p = Path(given)
        if p.is_dir():
            txts = directory_files(p, suffixes=(".txt",))
            if not txts:
                yield given, "directory has no .txt files"
            for q in txts:
                yield _once(os.fspath(q), seen)
        elif not p.exists():
            yield given, "no such file or directory"
        elif p.suffix.lower() == ".jsonl":
            yield given, "a report is made from one article file (.txt), not a JSON Lines corpus"
        else:
            yield _once(given, seen)


def _once(path: str, seen: dict[str, str]) -> tuple[str, str | None]:
    """``(path, None)`` the first time a file is met, ``(path, "given twice ...")``
    after (as :func:`analysis.read.read_corpus` says it)."""
    real = os.path.realpath(path)
    if real not in seen:
        seen[real] = path
        return path, None
    first = seen[real]
    return path, "given twice" + ("" if first == path else f" (first as {first})") + "; read once"


@click.command("report")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory for the reports.  [default: reports/ of the project]",
)
@click.option(
    "--format",
    "formats",
    default="html,pdf",
    show_default=True,
    callback=_formats,
    help="Comma-separated: html, pdf (the executed notebook is always kept).",
)
@click.option(
    "-p",
    "--param",
    "params",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="A notebook parameter, e.g. -p top_n 5 (VALUE is read as JSON when it parses, "
    "else as text); unknown names and wrong types are errors.",
)
@click.option(
    "--corpus",
    "corpus_paths",
    multiple=True,
    type=click.Path(path_type=str),
    help="A JSON Lines corpus or a directory of .txt/.jsonl files: render the corpus "
    "report comparing its documents "
    "(notebooks/corpus.ipynb); without PATH, no article reports.",
)
@click.option("--force", is_flag=True, help="Render even the reports that are up to date.")
@debug_option
def command(
    paths: tuple[str, ...],
    out_dir: Path | None,
    formats: tuple[str, ...],
    params: tuple[tuple[str, str], ...],
    corpus_paths: tuple[str, ...],
    force: bool,
    debug: bool,
) -> None:
    """Render each article's report: executed notebook, HTML and PDF.

    PATH is an article .txt file or a directory of them (default: every .txt in
    seeds/). For each article, notebooks/article.ipynb runs on the project's
    kernel and reports/<stem>.ipynb, .html and .pdf are written; a report whose
    input, notebook, package and parameters did not change is skipped. A failing
    article is named with its failing cell; the others are still rendered, and
    the exit status is 1.

    \b
    Example:
        analysis report
        analysis report seeds/000_396a11e332c8e407.txt --format html --force
        analysis report my_articles/ --out /tmp/reports -p top_n 5
        analysis report --corpus tests/data/corpus.jsonl --format html
        analysis report --corpus my_articles/ --format html
    """
    out = out_dir if out_dir is not None else reports_dir()
    parameters = {name: _value(text) for name, text in params}
    articles = list(_inputs(paths)) if paths or not corpus_paths else []
    corpora: list[tuple[str, str | None]] = []
    corpus_notebook: Path | None = None
    if corpus_paths:  # imported only when needed: a no-op rebuild must stay quick
        from analysis.corpus import report_inputs, report_notebook

        corpora = list(report_inputs(corpus_paths))
        corpus_notebook = report_notebook()
    todo = [*articles, *corpora]
    # With several reports, the next report's kernel starts and imports while this
    # one's HTML and PDF are made (analysis.kernels).
    with KernelPool(cwd=project_root(), spares=len(todo) - 1) as kernels:
        failed = _render_all(todo, out, formats, parameters, corpus_paths, corpus_notebook,
                             force=force, debug=debug, kernels=kernels)  # fmt: skip
    if failed:
        sys.exit(1)


def _render_all(
    todo: Sequence[tuple[str, str | None]],
    out: Path,
    formats: tuple[str, ...],
    parameters: dict[str, object],
    corpus_paths: tuple[str, ...],
    corpus_notebook: Path | None,
    *,
    force: bool,
    debug: bool,
    kernels: KernelPool,
) -> bool:
    """Render every report of ``todo``, one line each; ``True`` if any failed."""
    from analysis.reports import ReportError, render_report

    failed = False
    stems: dict[str, str] = {}
    for path, problem in todo:
        stem = Path(path).stem
        if problem is None and stem in stems:
            problem = f"same report name as {stems[stem]} ({stem}); render it with another --out"
        if problem is not None:
            report_error(path, problem, debug=debug)
            failed = True
            continue
        stems[stem] = path
        try:
            result = render_report(
                path,
                out_dir=out,
                formats=formats,  # type: ignore[arg-type]  # checked by _formats
                parameters=parameters,
                force=force,
                notebook=corpus_notebook if path in corpus_paths else None,
                kernels=kernels,
            )
        except ReportError as err:
            if debug and err.details:
                click.echo(err.details, err=True)
            report_error(err.where, err.reason, exc=err, debug=debug)
            failed = True
            continue
        shown = ", ".join(_shown(p) for p in result.outputs[1:] or result.outputs)
        if result.rendered:
            click.echo(f"{path} -> {shown} ({result.reason}; {result.seconds:.1f} s)")
        else:
            click.echo(f"{path}: up to date ({shown})")
    return failed


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
