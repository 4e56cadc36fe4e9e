"""A one-line progress display on stderr, shown only when stderr is a terminal.

A corpus is streamed, so its size is not known in advance: the line shows what
is done (documents, failures, words) and the rates, redrawn at most a few times
a second. When stderr is piped or redirected nothing is written at all.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


class Progress:
    """Counts documents and redraws ``\\r<done> docs ...`` on a terminal.

    Use as a context manager; :meth:`clear` before printing anything else on stderr.

    Args:
        stream: Where to draw (default: ``sys.stderr``).
        enabled: Force on or off; by default on exactly when ``stream`` is a TTY.
        interval: Least seconds between two redraws.
    """

    def __init__(
        self, stream: TextIO | None = None, *, enabled: bool | None = None, interval: float = 0.2
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = interval
        self.done = 0
        self.failed = 0
        self.words = 0
        self._start = time.perf_counter()
        self._last = 0.0
        self._drawn = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0

    def update(self, *, words: int = 0, failed: bool = False) -> None:
        """Count one more document (and its words)."""
        self.done += 1
        self.words += words
        if failed:
            self.failed += 1
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._last >= self.interval:
            self._last = now
            self._draw()

    def line(self) -> str:
        """The status line: documents, failures, words, rates, elapsed time."""
        elapsed = max(time.perf_counter() - self._start, 1e-9)
        parts = [f"{self.done:,} docs"]
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        parts.append(f"{self.words:,} words")
        parts.append(f"{self.done / elapsed:,.1f} docs/s")
        parts.append(f"{self.words / elapsed:,.0f} words/s")
        parts.append(f"{elapsed:,.1f} s")
        return "  ".join(parts)

    def clear(self) -> None:
        """Erase the line so that a message can be printed in its place."""
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn = 0

    def _draw(self) -> None:
        text = self.line()
        pad = max(0, self._drawn - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._drawn = len(text)
