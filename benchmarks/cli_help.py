"""Time ``analysis --help`` (and ``analysis <command> --help``) in fresh processes.

Each run is a new ``python -m analysis ... --help`` process, so imports are paid
every time, as a user pays them. Wall time is noisy on a shared machine; the CPU
time of the child (user + system, from ``resource.getrusage(RUSAGE_CHILDREN)``) is
the figure to compare. Prints a Markdown table of medians.

Usage:
    .venv/bin/python benchmarks/cli_help.py [--repeat 7]
    PYTHONPATH=/path/to/other/src .venv/bin/python benchmarks/cli_help.py  # another tree
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time


def measure(args: list[str], repeat: int) -> tuple[float, float]:
    """Median wall and child CPU seconds of ``python -m analysis *args``."""
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "analysis", *args], check=True, stdout=subprocess.DEVNULL
        )
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    opts = parser.parse_args()
    cases = [["--help"], ["stats", "--help"], ["report", "--help"]]
    print(f"python: {sys.executable}; median of {opts.repeat} runs\n")
    print("| command | wall s | CPU s |")
    print("|---|---:|---:|")
    for args in cases:
        wall, cpu = measure(args, opts.repeat)
        print(f"| `analysis {' '.join(args)}` | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()
