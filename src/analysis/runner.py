"""Running one task per article over a stream of articles, in order, memory bounded.

Three executors behind one function, :func:`run`:

* in-process (``workers=1``): the reference, no pickling;
* local worker processes (``workers=N``): a :class:`~concurrent.futures.ProcessPoolExecutor`;
* Dask distributed (``client=...``): any :class:`distributed.Client`, from a
  :class:`~distributed.LocalCluster` to a remote scheduler.

Whatever the executor, results come back **in input order** (so the output is
deterministic) and at most ``window`` articles are in flight at once: the input is
consumed lazily, one article is read only when a slot frees up, so memory is
bounded by the largest documents in flight, not by the corpus. An article that
cannot be read (:class:`~analysis.read.ReadError`) or whose task raises becomes a
:class:`Failure` in its place; the stream goes on. A broken executor (a worker
process killed, a lost scheduler) is not a per-document failure: its error
propagates.
"""

from __future__ import annotations

import gc
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, Protocol, TypeVar

from analysis.read import ReadError
from analysis.types import Article

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


@dataclass(frozen=True)
class Failure:
    """A document that could not be analysed: ``where`` (path, ``file:line`` or id),
    ``reason`` (one line) and, for a task error, the formatted traceback."""

    where: str
    reason: str
    detail: str | None = None


class _Result(Protocol[R_co]):  # what concurrent.futures and distributed futures share
    def result(self) -> R_co: ...


@dataclass(frozen=True)
class _Done(Generic[R]):
    value: R

    def result(self) -> R:
        return self.value


_settled = False

#: The young-generation threshold :func:`settle` sets: container objects allocated
#: (net of those freed) between two collections of the youngest generation.
YOUNG_THRESHOLD = 50_000


def settle() -> None:
    """Collect garbage, then freeze what is left (:func:`gc.freeze`), once per process,
    and raise the young-generation threshold to :data:`YOUNG_THRESHOLD`.

    After the first document the lexicons, word lists and caches are loaded and
    live as long as the process; the cyclic garbage collector would otherwise walk
    them again and again while later documents are analysed (10-17 % of the
    pipeline's CPU time on PolNeAR, ``benchmarks/speed.py``). Objects made later
    are collected as usual.

    The threshold: a document's tokens, sentences and results (thousands of
    objects, freed by reference counting when the document is done: the pipeline
    makes no reference cycles) would trigger a young collection every 700
    allocations, each walking whatever of the current document is alive, then
    again as it ages into the older generations. The count is net of objects
    freed, so at 50,000 a collection runs only when that many objects are alive
    at once (a long document) or garbage cycles pile up: memory stays bounded.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def guarded(
    task: Callable[[Article], R], article: Article, *, settle_after: bool = False
) -> R | Failure:
    """``task(article)``, or a :class:`Failure` naming the article if it raises.

    Runs where the task runs (a worker process, a Dask worker), so that only plain
    data travels back. With ``settle_after``, :func:`settle` runs after the first
    task of the process.
    """
    try:
        return task(article)
    except Exception as exc:  # one bad document must not stop the batch
        return Failure(article.id, f"{type(exc).__name__}: {exc}", traceback.format_exc())
    finally:
        if settle_after:
            settle()


def default_workers() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _ordered(
    items: Iterable[Article | ReadError],
    submit: Callable[[Article], _Result[R | Failure]],
    window: int,
) -> Iterator[R | Failure]:
    """Submit lazily, keep at most ``window`` in flight, yield in input order."""
    if window < 1:
        raise ValueError(f"window must be at least 1 (got {window})")
    pending: deque[_Result[R | Failure]] = deque()
    for item in items:
        if isinstance(item, ReadError):
            pending.append(_Done(Failure(item.where, item.reason)))
        else:
            pending.append(submit(item))
        while len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run(
    items: Iterable[Article | ReadError],
    task: Callable[[Article], R],
    *,
    workers: int = 1,
    client: Any = None,
    window: int | None = None,
    settle_after: bool = False,
) -> Iterator[R | Failure]:
    """Apply ``task`` to every article of ``items``; yield results in input order.

    Args:
        items: Articles and read errors, e.g. :func:`analysis.read.read_corpus`;
            consumed lazily.
        task: A picklable callable (a module-level function or a
            :func:`functools.partial` of one) for worker processes and Dask.
        workers: Local worker processes; 1 runs in this process. Ignored with
            ``client``.
        client: A :class:`distributed.Client`: run the tasks on its cluster.
        window: Most articles in flight at once (default: four per worker).
        settle_after: Freeze the long-lived objects of each process after its
            first article (:func:`settle`): for long runs, as ``analysis analyze``.

    Yields:
        ``task(article)`` or a :class:`Failure`, one per item, in input order.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1 (got {workers})")
    if window is not None and window < 1:
        raise ValueError(f"window must be at least 1 (got {window})")
    work = partial(guarded, task, settle_after=settle_after)
    if client is not None:
        n = len(client.scheduler_info().get("workers", {}))
        slots = window if window is not None else 4 * max(1, n)
        yield from _ordered(items, lambda a: client.submit(work, a, pure=False), slots)
        return
    if workers == 1:
        yield from _ordered(items, lambda a: _Done(work(a)), window if window is not None else 1)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        slots = window if window is not None else 4 * workers
        yield from _ordered(items, lambda a: pool.submit(work, a), slots)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def dask_client(address: str, *, workers: int | None = None) -> Iterator[Any]:
    """A :class:`distributed.Client` for ``address``, closed on exit.

    ``"local"`` starts a :class:`~distributed.LocalCluster` of ``workers`` single-
    threaded worker processes (the analyses are pure Python: threads would share
    one interpreter lock) and shuts it down on exit. Any other value is a
    scheduler address such as ``tcp://10.0.0.5:8786``; its workers must have this
    package installed.
    """
    from distributed import Client, LocalCluster

    if address == "local":
        with (
            LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers or default_workers(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,  # type: ignore[no-untyped-call]
        ):
            yield client
    else:
        with Client(address) as client:  # type: ignore[no-untyped-call]
            yield client
