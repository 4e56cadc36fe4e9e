"""Run a benchmark on the package's pure-Python sources when the install is compiled.

The install compiles the hot modules with mypyc (``setup.py``), and compiled modules
call each other directly: replacing a module's function from outside (as the
variant and cue scripts do) changes nothing inside them, and an A/B of two code
versions is only fair when both run the same way. :func:`ensure_pure` re-runs the
calling script on a copy of the package without its extension modules.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

_FLAG = "ANALYSIS_BENCHMARK_PURE_COPY"


def ensure_pure(reason: str) -> None:
    """Return if ``analysis`` runs as pure Python; else re-run this script on a pure copy.

    Args:
        reason: Why the script needs pure Python (printed on stderr).

    Raises:
        SystemExit: the copy still loaded compiled modules.
    """
    import analysis
    import analysis.compiled

    built = analysis.compiled.compiled_modules()
    if not built:
        return
    if os.environ.get(_FLAG):
        raise SystemExit(f"{sys.argv[0]}: still compiled on the pure copy: {', '.join(built)}")
    package = Path(analysis.__file__).parent
    skip = shutil.ignore_patterns("*.so", "*.pyd", "compiled.json", "__pycache__")
    # one copy per version of the sources, reused by later runs
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not skip("", [path.name]):
            digest.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    root = Path(tempfile.gettempdir()) / f"analysis-pure-{digest.hexdigest()[:16]}"
    if not (root / "analysis").is_dir():
        scratch = Path(tempfile.mkdtemp(prefix="analysis-pure-"))
        shutil.copytree(package, scratch / "analysis", ignore=skip)
        try:
            scratch.rename(root)
        except OSError:  # another run made it first
            shutil.rmtree(scratch)
    print(f"{sys.argv[0]}: {reason}: running on a pure-Python copy in {root}", file=sys.stderr)
    paths = [str(root), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), _FLAG: "1"}
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]], env)
