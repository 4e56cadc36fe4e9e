"""Article reports: execute the notebook, keep it, render HTML and PDF, incrementally.

For one article file :func:`render_report` runs ``notebooks/article.ipynb`` with
papermill on the project's kernel, keeps the executed notebook as
``<out>/<stem>.ipynb``, renders ``<stem>.html`` (nbconvert) and ``<stem>.pdf``
(WeasyPrint) — see :mod:`analysis.rendering` — and records a stamp in
``<out>/.cache/<stem>.json``. Everything is written aside in ``<out>/.partial/``
and renamed into place only when every part succeeded, so a failed run leaves the
previous report untouched; a failed notebook is kept as
``<out>/.partial/<stem>.failed.ipynb``.

A report is up to date when its stamp matches (:mod:`analysis.stamps`): the
SHA-256 of the input and of the notebook, the package version and a fingerprint of
its source files, the key dependency versions, the parameters and formats, and the
outputs on disk. The notebook's parameters are checked before a kernel starts
(:mod:`analysis.parameters`, which also defines :class:`ReportError`).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from analysis.parameters import ReportError as ReportError
from analysis.parameters import check_parameters as check_parameters
from analysis.parameters import declared_parameters as declared_parameters
from analysis.paths import KERNEL_NAME, notebooks_dir, project_root
from analysis.provenance import sha256_file
from analysis.stamps import report_stamp, stale_reason, write_json

if TYPE_CHECKING:
    from analysis.kernels import KernelPool

Format = Literal["html", "pdf"]
FORMATS: tuple[Format, ...] = ("html", "pdf")
#: The parameter through which every report receives its article.
PATH_PARAMETER = "article_path"
#: Seconds a single notebook cell may run.
CELL_TIMEOUT = 600

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class ReportResult:
    """What :func:`render_report` did for one article.

    Attributes:
        source: The article file.
        outputs: The executed notebook and the rendered files, in that order.
        rendered: ``False`` when the report was up to date and nothing was done.
        seconds: Wall time spent.
        reason: Why it was rendered ("input changed", "forced"...) or "up to date".
    """

    source: Path
    outputs: tuple[Path, ...]
    rendered: bool
    seconds: float
    reason: str


# --- execution ---------------------------------------------------------------------------


def kernel_path(source: Path, root: Path) -> str:
    """The article path as the kernel sees it (its cwd is ``root``): relative when
    inside ``root``, else absolute."""
    resolved = source.resolve()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_posix()


def _first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _cell_error(err: Any, failed: Path, where: str) -> ReportError:
    """A one-line :class:`ReportError` naming the failing cell of the source notebook."""
    import nbformat

    index = int(err.cell_index)
    try:
        nb = nbformat.read(failed, as_version=4)  # type: ignore[no-untyped-call]
        # papermill numbers cells before it adds its error banner cells at the top.
        tags = [cell.get("metadata", {}).get("tags", []) for cell in nb.cells]
        tags = [t for t in tags if "papermill-error-cell-tag" not in t]
        injected = [i for i, t in enumerate(tags) if "injected-parameters" in t]
    except (OSError, ValueError):
        injected = []
    if injected and injected[0] < index:
        index -= 1  # number cells as in notebooks/article.ipynb, without papermill's cell
    evalue = " ".join(str(err.evalue).split())
    reason = (
        f"notebook cell {index} ({_first_line(str(err.source))!r}) failed: "
        f"{err.ename}: {evalue} (partial notebook: {failed})"
    )
    details = _ANSI.sub("", "\n".join(str(line) for line in err.traceback))
    return ReportError(where, reason, details=details, partial=failed)


def _clean_notebook(nb: Any) -> None:
    """Drop what varies between runs (timings, temporary paths, random cell ids)."""
    meta = nb.metadata.get("papermill", {})
    nb.metadata["papermill"] = {
        k: meta[k] for k in ("parameters", "default_parameters") if k in meta
    }
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        elif "id" in cell:
            cell["id"] = cell["id"] or f"cell-{index}"


def _logged_kernel_manager(log: IO[bytes]) -> type:
    """A kernel manager whose kernel writes its stdout and stderr to ``log``.

    The kernel's own chatter (ipykernel's transport warning, for one) then stays
    out of the command's output; the log is kept next to a failed notebook.
    """
    from jupyter_client.manager import AsyncKernelManager

    class LoggedKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            kw["stdout"] = log
            kw["stderr"] = log
            await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggedKernelManager


def _execute(
    notebook: Path,
    work: Path,
    parameters: Mapping[str, object],
    *,
    cwd: Path,
    where: str,
    manager: Any = None,
) -> None:
    """Run ``notebook`` into ``work`` on a new kernel, or on ``manager``'s started
    kernel (from a :class:`~analysis.kernels.KernelPool`), which is stopped after."""
    import papermill
    from jupyter_client.kernelspec import NoSuchKernel
    from papermill.exceptions import PapermillExecutionError

    from analysis.kernels import _shutdown

    failed = work.with_name(work.name.replace(".running.ipynb", ".failed.ipynb"))
    log_path = work.with_name(work.name.replace(".running.ipynb", ".kernel.log"))
    try:
        with log_path.open("wb") as log:
            kernel: dict[str, Any] = (
                {"km": manager}
                if manager is not None
                else {"kernel_manager_class": _logged_kernel_manager(log)}
            )
            papermill.execute_notebook(
                str(notebook),
                str(work),
                parameters=dict(parameters),
                kernel_name=KERNEL_NAME,
                progress_bar=False,
                log_output=False,
                request_save_on_cell_execute=False,
                cwd=str(cwd),
                execution_timeout=CELL_TIMEOUT,
                # Every cell has run and the notebook is in memory: stop the kernel
                # at once rather than wait for its graceful exit (~0.4 s).
                shutdown_kernel="immediate",
                **kernel,
            )
    except PapermillExecutionError as err:
        if work.exists():
            os.replace(work, failed)
        raise _cell_error(err, failed, where) from err
    except NoSuchKernel as err:
        raise ReportError(
            where,
            f"the Jupyter kernel {KERNEL_NAME!r} is not installed: run 'make install' "
            f"(or: python -m ipykernel install --sys-prefix --name {KERNEL_NAME})",
        ) from err
    except Exception as err:
        if work.exists():
            os.replace(work, failed)
        reason = " ".join(f"{type(err).__name__}: {err}".split())
        raise ReportError(
            where, f"could not run the notebook: {reason} (kernel log: {log_path})"
        ) from err
    finally:
        _shutdown(manager)
    log_path.unlink(missing_ok=True)


# --- the report --------------------------------------------------------------------------


def report_outputs(source: Path, out_dir: Path, formats: Sequence[str]) -> tuple[Path, ...]:
    """The files a report consists of: the executed notebook, then one per format."""
    stem = source.stem
    return (out_dir / f"{stem}.ipynb", *(out_dir / f"{stem}.{fmt}" for fmt in formats))


def render_report(
    source: str | os.PathLike[str],
    *,
    out_dir: str | os.PathLike[str] | None = None,
    formats: Sequence[Format] = FORMATS,
    parameters: Mapping[str, object] | None = None,
    notebook: str | os.PathLike[str] | None = None,
    force: bool = False,
    kernels: KernelPool | None = None,
) -> ReportResult:
    """Make (or confirm up to date) the report of one article file.

    Args:
        source: The article (a ``.txt`` file).
        out_dir: Where reports go; default ``reports/`` of the project.
        formats: Which of ``html`` and ``pdf`` to keep (the notebook is always kept).
        parameters: Notebook parameters besides the article path (e.g. ``top_n``).
        notebook: The notebook to run; default ``notebooks/article.ipynb``.
        force: Render even when the stamp says the report is up to date.
        kernels: Run on this pool's warm spare kernel when it has one, and have it
            warm the next one while this report's HTML and PDF are made.

    Raises:
        ReportError: bad parameters, a failing cell, a rendering error. The
            previous report, if any, is left as it was.
    """
    started = time.perf_counter()
    src = Path(source)
    where = os.fspath(source)
    root = project_root()
    nb_path = Path(notebook) if notebook is not None else notebooks_dir(root) / "article.ipynb"
    out = Path(out_dir) if out_dir is not None else root / "reports"
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ReportError(where, f"formats must be among {', '.join(FORMATS)}, not {unknown}")
    if not (src.is_file() or (notebook is not None and src.is_dir())):
        raise ReportError(where, "no such file")
    if not nb_path.is_file():
        raise ReportError(str(nb_path), "notebook not found")
    given = dict(parameters or {})
    if PATH_PARAMETER in given:
        raise ReportError(where, f"{PATH_PARAMETER!r} is set from the input path, not a parameter")
    params: dict[str, object] = {PATH_PARAMETER: kernel_path(src, root), **given}

    outputs = report_outputs(src, out, formats)
    cache = out / ".cache" / f"{src.stem}.json"
    stamp = report_stamp(src, notebook=nb_path, parameters=params, formats=formats)
    reason = "forced" if force else stale_reason(cache, stamp, outputs)
    if reason is None:
        return ReportResult(src, outputs, False, time.perf_counter() - started, "up to date")

    check_parameters(params, declared_parameters(nb_path), where=where)
    # A corpus (.jsonl) report is titled by its file name; an article by its headline.
    page_title = src.stem if src.suffix.lower() == ".jsonl" or src.is_dir() else _title(src, where)
    partial = out / ".partial"
    partial.mkdir(parents=True, exist_ok=True)
    work = partial / f"{src.stem}.running.ipynb"
    manager = kernels.take() if kernels is not None else None
    from analysis.rendering import prepare

    # The parent waits while the kernel works: import the renderers meanwhile.
    renderers = threading.Thread(target=prepare, name="analysis-renderers", daemon=True)
    renderers.start()
    _execute(nb_path, work, params, cwd=root, where=where, manager=manager)
    if kernels is not None:
        kernels.refill()
    renderers.join()
    _finish(src, work, outputs, partial, title=page_title, where=where)

    cache.parent.mkdir(parents=True, exist_ok=True)
    hashes = {p.name: sha256_file(p) for p in outputs}
    write_json(cache, {"stamp": stamp, "outputs": hashes})
    (partial / f"{src.stem}.failed.ipynb").unlink(missing_ok=True)
    return ReportResult(src, outputs, True, time.perf_counter() - started, reason)


def _title(src: Path, where: str) -> str:
    """The page title (the headline); a file that cannot be read fails here, before
    a kernel is started for it."""
    from analysis.read import ReadError, read_article
    from analysis.summary import title

    try:
        return title(read_article(src))
    except ReadError as err:
        raise ReportError(where, err.reason) from err


def _finish(
    src: Path, work: Path, outputs: Sequence[Path], partial: Path, *, title: str, where: str
) -> None:
    """Render from the executed notebook into temporary files, then rename them all."""
    import nbformat

    from analysis.rendering import html_to_pdf, notebook_to_html

    nb = nbformat.read(work, as_version=4)  # type: ignore[no-untyped-call]
    _clean_notebook(nb)
    temps = {p: partial / f"{p.name}.tmp" for p in outputs}
    try:
        nbformat.write(nb, temps[outputs[0]])  # type: ignore[no-untyped-call]
        markup = notebook_to_html(nb, title=title)
        for path in outputs[1:]:
            if path.suffix == ".html":
                temps[path].write_text(markup, encoding="utf-8")
            elif path.suffix == ".pdf":
                html_to_pdf(markup, temps[path])
        outputs[0].parent.mkdir(parents=True, exist_ok=True)
        (outputs[0].parent / ".cache" / f"{src.stem}.json").unlink(missing_ok=True)
        for path in outputs:
            os.replace(temps[path], path)
    except Exception as err:
        failed = work.with_name(work.name.replace(".running.ipynb", ".failed.ipynb"))
        if work.exists():
            os.replace(work, failed)  # executed fine: keep it to see what was rendered
        reason = " ".join(f"{type(err).__name__}: {err}".split())
        raise ReportError(
            where, f"rendering failed: {reason} (executed notebook: {failed})", partial=failed
        ) from err
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        work.unlink(missing_ok=True)
