"""Rendering an executed notebook: HTML with nbconvert, PDF with WeasyPrint.

The HTML uses the project's own nbconvert template (``templates/article``): code
hidden, images embedded as ``data:`` URIs, the stylesheet inlined, and no script,
stylesheet or font fetched from anywhere (nbconvert's stock templates load
require.js, MathJax and Mermaid from CDNs). The PDF is made from that HTML by
WeasyPrint with a print stylesheet (A4, margins, page numbers) and a URL fetcher
that refuses everything but ``data:`` URIs. No LaTeX, no browser. The same
notebook gives byte-identical HTML and PDF.
"""

from __future__ import annotations

import html
import os
from functools import cache
from pathlib import Path
from typing import Any

import nbformat

from analysis.paths import TEMPLATES_DIR

#: The nbconvert template (a directory under ``templates/``).
TEMPLATE_NAME = "article"
#: Inlined into every HTML report (screen and print).
REPORT_CSS = TEMPLATES_DIR / "report.css"
#: Added by WeasyPrint for the PDF only: page size, margins, page numbers.
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


@cache
def _stylesheet(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def notebook_to_html(notebook: nbformat.NotebookNode, *, title: str) -> str:
    """HTML of an executed notebook: outputs only, self-contained.

    Args:
        notebook: The executed notebook.
        title: The page title (escaped here).
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(  # type: ignore[no-untyped-call]
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    resources = {
        "metadata": {"name": title},
        "report_title": html.escape(title),
        "report_css": _stylesheet(REPORT_CSS),
    }
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    return str(body)


def html_to_pdf(markup: str, target: Path) -> None:
    """Write a PDF of ``markup`` to ``target`` with the print stylesheet.

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
