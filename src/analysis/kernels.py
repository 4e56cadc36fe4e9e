"""A spare Jupyter kernel, started and warmed in the background, for the next report.

Rendering several reports in one process (``analysis report a.txt b.txt``, ``make
reports``, the speed benchmark) starts one kernel per report, and each new kernel
spends seconds starting and importing pandas, matplotlib and the package before
its first analysis. A :class:`KernelPool` starts the next report's kernel while
the current report's HTML and PDF are made (on the other core), and imports the
modules the notebooks use into it, silently: no history, no execution count, no
names in the user namespace. Each kernel runs exactly one notebook, as before;
only its imports are done ahead of time. The same approach (keeping kernels warm
between renders) is what Quarto's Jupyter daemon does for ``quarto render``
(https://quarto.org/docs/computations/python.html#kernel-daemon); unlike that
daemon, no notebook state is ever reused here.

A spare kernel is used only if the package's source files are exactly as they
were when it imported them (:func:`analysis.provenance.package_fingerprint`);
otherwise it is stopped and the report starts a fresh kernel, so a report never
runs stale code. A spare kernel whose start or imports failed is discarded the
same way, and the report's own kernel then meets (and reports) the same problem.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.paths import KERNEL_NAME

#: Modules imported into a spare kernel: what the report notebooks' first cells import.
WARM_MODULES: tuple[str, ...] = (
    "pandas",
    "matplotlib.figure",
    "analysis.actors",
    "analysis.corpus",
    "analysis.display",
    "analysis.frames",
    "analysis.keywords",
    "analysis.parse",
    "analysis.plots",
    "analysis.provenance",
    "analysis.quotes",
    "analysis.read",
    "analysis.sentiment",
    "analysis.stats",
    "analysis.summary",
)
#: Seconds a spare kernel may take to start and import :data:`WARM_MODULES`.
WARM_TIMEOUT = 120.0


def warm_code(modules: Sequence[str]) -> str:
    """Code that imports ``modules`` and binds no name (run silently: no ``_`` either)."""
    return f"list(map(__import__, {list(modules)!r}))"


class _Spare:
    """One kernel being started and warmed by a background thread."""

    def __init__(self, cwd: Path, modules: Sequence[str], fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.manager: Any = None
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(cwd, modules), name="analysis-spare-kernel", daemon=True
        )
        self._thread.start()

    def _run(self, cwd: Path, modules: Sequence[str]) -> None:
        import asyncio

        try:
            asyncio.run(self._start(cwd, modules))
        except BaseException as err:  # kept and looked at by KernelPool.take
            self.error = err

    async def _start(self, cwd: Path, modules: Sequence[str]) -> None:
        import asyncio
        import queue
        import subprocess

        from jupyter_client.manager import AsyncKernelManager

        manager = AsyncKernelManager(kernel_name=KERNEL_NAME)
        # The kernel's own chatter (a transport warning) stays out of the output.
        await manager.start_kernel(
            cwd=str(cwd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.manager = manager
        client = manager.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=WARM_TIMEOUT)
            msg_id = client.execute(warm_code(modules), silent=True, store_history=False)
            deadline = asyncio.get_running_loop().time() + WARM_TIMEOUT
            while not self.stop.is_set():
                if asyncio.get_running_loop().time() > deadline:
                    raise TimeoutError(f"no reply to the imports in {WARM_TIMEOUT:.0f} s")
                try:
                    reply = await client.get_shell_msg(timeout=0.1)
                except queue.Empty:
                    continue
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            else:
                return
            content = reply["content"]
            if content.get("status") != "ok":
                raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")
        finally:
            client.stop_channels()

    def wait(self) -> None:
        self._thread.join()


def _shutdown(manager: Any) -> None:
    """Stop a kernel at once (it has run its notebook, or was never used)."""
    import asyncio

    if manager is not None:
        asyncio.run(manager.shutdown_kernel(now=True))


class KernelPool:
    """Keeps one spare kernel ready for the next report (see the module docstring).

    Use as a context manager around a batch of :func:`analysis.reports.render_report`
    calls (``kernels=pool``); leaving it stops the spare kernel.

    Args:
        cwd: The kernels' working directory (the project root).
        spares: How many spare kernels to start in all: the number of reports
            after the first (a spare that no report takes is work thrown away).
        modules: What to import into a spare kernel.
    """

    def __init__(self, *, cwd: Path, spares: int, modules: Sequence[str] = WARM_MODULES) -> None:
        self.cwd = cwd
        self.modules = tuple(modules)
        self.spares = spares
        self._spare: _Spare | None = None
        #: Kernels handed out and warm, and spares discarded (stale or failed).
        self.used = 0
        self.discarded = 0

    def __enter__(self) -> KernelPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refill(self) -> None:
        """Start warming a spare kernel in the background, unless one is on its way
        or all :attr:`spares` have been started."""
        if self._spare is None and self.spares > 0:
            from analysis.provenance import package_fingerprint

            self.spares -= 1
            self._spare = _Spare(self.cwd, self.modules, package_fingerprint())

    def take(self) -> Any:
        """The warm spare kernel's manager (the caller stops it), or ``None`` when
        there is none, or it failed, or the package source changed since it
        imported it (it is then stopped)."""
        from analysis.provenance import package_fingerprint

        spare, self._spare = self._spare, None
        if spare is None:
            return None
        spare.wait()
        if spare.error is not None or spare.fingerprint != package_fingerprint():
            _shutdown(spare.manager)
            self.discarded += 1
            return None
        self.used += 1
        return spare.manager

    def close(self) -> None:
        """Stop the spare kernel, if any, without waiting for its imports."""
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.stop.set()
            spare.wait()
            _shutdown(spare.manager)
