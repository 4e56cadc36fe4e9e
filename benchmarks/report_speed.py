"""Time the article report: cold and warm renders, and a no-op incremental rebuild.

Usage:
    .venv/bin/python benchmarks/report_speed.py [ARTICLE.txt] [--repeat N]

ARTICLE defaults to the seed. Reports go to a temporary directory. Prints a
Markdown table:

* cold render: ``analysis report ARTICLE --force`` in a new process (imports,
  kernel start, notebook, HTML, PDF);
* warm render: ``render_report(..., force=True)`` again in a process that has
  already rendered once (the kernel still starts for every report);
* no-op rebuild: ``render_report`` when the report is up to date, in process, and
  ``analysis report ARTICLE`` as a command (process start included).

Targets (issue 6): warm HTML+PDF under 10 s; no-op rebuild under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.reports import render_report

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def _command(article: Path, out: Path, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "analysis", "report", str(article), "--out", str(out), *extra],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--repeat", type=int, default=3, help="runs per warm/no-op measure")
    args = parser.parse_args()
    article: Path = args.article
    rows: list[tuple[str, list[float], str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        rows.append(
            ("cold render, new process (HTML+PDF)", [_command(article, out, "--force")], "-")
        )
        render_report(article, out_dir=out, force=True)  # this process is now warm
        warm = [render_report(article, out_dir=out, force=True).seconds for _ in range(args.repeat)]
        rows.append(("warm render, in process (HTML+PDF)", warm, "< 10 s"))
        noop = []
        for _ in range(args.repeat):
            result = render_report(article, out_dir=out)
            if result.rendered:
                raise SystemExit(f"expected an up-to-date report, but: {result.reason}")
            noop.append(result.seconds)
        rows.append(("no-op rebuild, in process", noop, "< 1 s"))
        cmd = [_command(article, out) for _ in range(args.repeat)]
        rows.append(("no-op rebuild, `analysis report` command", cmd, "< 1 s"))

    print(f"Article: `{article}` ({article.stat().st_size:,} bytes)\n")
    print("| measure | runs | median (s) | min (s) | target |")
    print("|---|---:|---:|---:|---|")
    for name, times, target in rows:
        print(
            f"| {name} | {len(times)} | {statistics.median(times):.3f} | {min(times):.3f} "
            f"| {target} |"
        )


if __name__ == "__main__":
    main()
