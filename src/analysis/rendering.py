"""Rendering an executed notebook: HTML with nbconvert, PDF with WeasyPrint.

The HTML uses the project's own nbconvert template (``templates/article``): code
hidden, images embedded as ``data:`` URIs, the screen and print stylesheets
inlined, and no script, stylesheet or font fetched from anywhere (nbconvert's stock
templates load require.js, MathJax and Mermaid from CDNs). The PDF is made from
that HTML by WeasyPrint (print rules: A4, margins, page numbers, 10 pt text) with a
URL fetcher that refuses everything but ``data:`` URIs. No LaTeX, no browser. The same
notebook gives byte-identical HTML and PDF.
"""

from __future__ import annotations

import html
import os
import re
from copy import deepcopy
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nbformat

from analysis.paths import TEMPLATES_DIR

#: The nbconvert template (a directory under ``templates/``).
TEMPLATE_NAME = "article"
#: Inlined into every HTML report (screen and print).
REPORT_CSS = TEMPLATES_DIR / "report.css"
#: Print rules: page size, margins, page numbers, 10 pt text, figures the width of
#: the page. Inlined into every HTML report as ``<style media="print">`` after
#: :data:`REPORT_CSS` (so they win in the PDF and when a browser prints the page),
#: and given to WeasyPrint for markup that lacks them.
PRINT_CSS = TEMPLATES_DIR / "print.css"
#: The timestamp written into PDF font subsets (1980-01-01), unless
#: ``SOURCE_DATE_EPOCH`` is already set (reproducible-builds.org convention).
PDF_SOURCE_DATE_EPOCH = "315532800"


class RemoteResourceError(ValueError):
    """A report tried to load something that is not embedded in it."""


def data_only_fetcher() -> Any:
    """A WeasyPrint URL fetcher that serves ``data:`` URIs and refuses anything else.

    A refused URL stops the rendering (WeasyPrint would otherwise warn and go on).
    """
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=("data",), fail_on_errors=True)


#: Attributes through which a page loads (or links to) another resource.
_URL_ATTRIBUTES = frozenset(
    "src href srcset poster data action formaction background xlink:href".split()
)
_CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])\s*([^"')\s]*)""", re.IGNORECASE)
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def _is_remote(url: str) -> bool:
    match = _SCHEME.match(url)
    return match is not None and match.group(1).lower() != "data:"


class _ReferenceFinder(HTMLParser):
    """Collects URLs from tag attributes, ``style`` attributes and ``<style>`` blocks
    (text content is not looked at: escaped article text cannot load anything)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if name in _URL_ATTRIBUTES:
                urls = [part.split()[0] for part in value.split(",") if part.split()]
                urls = urls if name == "srcset" else [value]
                self.found.extend(f"{name}={u}" for u in urls if _is_remote(u))
            elif name == "style":
                self._css(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._css(data)

    def _css(self, css: str) -> None:
        self.found.extend(f"url({u})" for u in _CSS_URL.findall(css) if _is_remote(u))


def remote_references(markup: str) -> list[str]:
    """Every reference in ``markup`` that a browser would fetch from elsewhere.

    In-page anchors (``href="#..."``), relative names and ``data:`` URIs are
    fine; ``http:``, ``https:``, ``file:``, ``javascript:``, protocol-relative
    ``//host`` and the like are not. Text content is not inspected.
    """
    finder = _ReferenceFinder()
    finder.feed(markup)
    finder.close()
    return finder.found


@cache
def _stylesheet(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _exporter() -> Any:
    """The HTML exporter, made once per process: building one loads and compiles the
    Jinja templates (~0.1 s), and an exporter can convert any number of notebooks."""
    from nbconvert import HTMLExporter

    return HTMLExporter(  # type: ignore[no-untyped-call]
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )


def prepare() -> None:
    """Import nbconvert and WeasyPrint and build the HTML exporter ahead of use.

    :func:`analysis.reports.render_report` runs this in a thread while the kernel
    executes the notebook (the parent process is idle then): a first report in a
    new process no longer waits ~1 s for these imports after the notebook. A
    failure here is left for the real call to raise.
    """
    try:
        _exporter()
        import weasyprint  # noqa: F401
    except Exception:  # the same call in notebook_to_html / html_to_pdf raises it
        return


#: A Python warning as ``warnings`` writes it: ``<file>:<line>: <Category>: <message>``,
#: followed by the indented source line that raised it.
_WARNING_LINE = re.compile(r"^\S.*?:\d+: (?:\w+\.)*\w*Warning: (?P<message>.*)$")
#: Notes shown for one cell before the rest are only counted.
MAX_NOTES = 10


def reader_notes(stderr: str) -> list[str]:
    """What a cell wrote to stderr, for a reader: each warning's message without the
    developer's file name, line number and source line; other lines as written."""
    notes: list[str] = []
    lines = stderr.splitlines()
    i = 0
    while i < len(lines):
        match = _WARNING_LINE.match(lines[i])
        if match is not None:
            notes.append(match.group("message"))
            i += 1
            if i < len(lines) and lines[i].startswith("  "):
                i += 1  # the source line warnings.showwarning prints
            continue
        if lines[i].strip():
            notes.append(lines[i].strip())
        i += 1
    return notes


def _notes_markup(notes: list[str]) -> str:
    shown = "".join(f"<li>{html.escape(n)}</li>" for n in notes[:MAX_NOTES])
    more = len(notes) - MAX_NOTES
    if more > 0:
        shown += f"<li>… and {more:,} more</li>"
    return (
        '<section class="input-notes"><h2>Notes on the input</h2>'
        "<p>Flaws in the text that the analyses recovered from.</p>"
        f"<ul>{shown}</ul></section>"
    )


def _with_reader_notes(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of ``notebook`` whose stderr outputs (an unbalanced quotation mark's
    ``QuoteMarkWarning`` with the path of the module that raised it) become one list
    of notes for the reader at the end of the report (at most :data:`MAX_NOTES`
    shown). The executed notebook itself keeps them as they were."""
    copy = deepcopy(notebook)
    notes: list[str] = []
    for cell in copy.cells:
        outputs = cell.get("outputs")
        if not outputs:
            continue
        kept = []
        for output in outputs:
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                notes.extend(reader_notes(str(output.get("text", ""))))
            else:
                kept.append(output)
        cell.outputs = kept
    if notes:
        node = nbformat.NotebookNode  # untyped; nbconvert reads cell.outputs[0].data
        data = node({"text/html": _notes_markup(notes)})  # type: ignore[no-untyped-call]
        output = node(output_type="display_data", data=data, metadata=node())  # type: ignore[no-untyped-call]
        cell = node(  # type: ignore[no-untyped-call]
            cell_type="code",
            id="input-notes",
            source="",
            metadata=node(),  # type: ignore[no-untyped-call]
            execution_count=None,
            outputs=[output],
        )
        copy.cells.append(cell)
    return copy


def notebook_to_html(notebook: nbformat.NotebookNode, *, title: str) -> str:
    """HTML of an executed notebook: outputs only, self-contained.

    What a cell wrote to stderr is shown as notes on the input (see
    :func:`reader_notes`), not as a Python warning with a source path.

    Args:
        notebook: The executed notebook.
        title: The page title (escaped here).

    Raises:
        RemoteResourceError: an output refers to anything not embedded in the page.
    """
    notebook = _with_reader_notes(notebook)
    resources = {
        "metadata": {"name": title},
        "report_title": html.escape(title),
        "report_css": _stylesheet(REPORT_CSS),
        "print_css": _stylesheet(PRINT_CSS),
    }
    body, _ = _exporter().from_notebook_node(notebook, resources=resources)
    markup = str(body)
    found = remote_references(markup)
    if found:
        raise RemoteResourceError(
            f"a report must embed everything, but it refers to {', '.join(found[:3])}"
        )
    return markup


def html_to_pdf(markup: str, target: Path) -> None:
    """Write a PDF of ``markup`` to ``target`` with the print stylesheet.

    WeasyPrint gives a stylesheet passed this way the *user* origin, which loses to
    the page's own (author) rules: the reports therefore carry the print rules in
    the page itself (:func:`notebook_to_html`); here they only fill in for markup
    that has none (A4, margins, page numbers).

    Raises:
        RemoteResourceError: the HTML refers to anything that is not a ``data:`` URI.
    """
    from weasyprint import CSS, HTML
    from weasyprint.urls import FatalURLFetchingError

    fetcher = data_only_fetcher()
    # Embedded font subsets carry a "modified" time (fontTools) unless
    # SOURCE_DATE_EPOCH is set: fix it, so the same HTML gives the same PDF bytes.
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    if saved is None:
        os.environ["SOURCE_DATE_EPOCH"] = PDF_SOURCE_DATE_EPOCH
    try:
        document = HTML(string=markup, url_fetcher=fetcher, base_url=None)
        print_css = CSS(string=_stylesheet(PRINT_CSS), url_fetcher=fetcher)
        document.write_pdf(target, stylesheets=[print_css])
    except FatalURLFetchingError as err:
        raise RemoteResourceError(f"a report must embed everything: {err}") from err
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
