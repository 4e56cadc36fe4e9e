"""Which modules run compiled, and a loud failure when a compiled module is stale.

The build (``setup.py``) compiles the modules on the hot path of ``analysis analyze``
(listed in ``pyproject.toml``) with mypyc (Python with type annotations to C
extensions) and records the SHA-256 of each compiled source in ``compiled.json``
beside this file. Python imports an extension module in preference to its ``.py``
file, so after a source edit without a rebuild the old code would run unseen:
:func:`check` refuses that, naming the module and the command that rebuilds.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

_HERE = Path(__file__).resolve().parent
MANIFEST = _HERE / "compiled.json"
REBUILD = (
    "run `make install` (or `pip install -e .`) to rebuild, or "
    "`ANALYSIS_PURE_PYTHON=1 make install` to run the sources uncompiled"
)


class StaleBuildError(ImportError):
    """A compiled module no longer matches its source."""


def _extension(module: str) -> Path | None:
    stem = module.rpartition(".")[2]
    for suffix in EXTENSION_SUFFIXES:
        path = _HERE / f"{stem}{suffix}"
        if path.exists():
            return path
    return None


def compiled_modules() -> tuple[str, ...]:
    """The modules this installation runs compiled (empty for a pure-Python build)."""
    if not MANIFEST.exists():
        return ()
    names: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return tuple(sorted(m for m in names if _extension(m) is not None))


def check() -> None:
    """Raise :class:`StaleBuildError` if any compiled module differs from its source.

    Cheap (one hash per compiled source, about a millisecond in all); a pure-Python
    installation, with no extension modules, passes at once.
    """
    if not MANIFEST.exists():
        stray = sorted(p.name for p in _HERE.glob("*.so"))
        if stray:
            raise StaleBuildError(
                f"analysis: compiled modules without a build record ({', '.join(stray)}): {REBUILD}"
            )
        return
    recorded: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    for path in sorted(_HERE.iterdir()):
        stem = path.name.split(".", 1)[0]
        unrecorded = f"analysis.{stem}" not in recorded and "__mypyc" not in stem
        if path.suffix in {".so", ".pyd"} and unrecorded:
            raise StaleBuildError(
                f"analysis: {path.name} is compiled but not in the build record: {REBUILD}"
            )
    for module, digest in sorted(recorded.items()):
        source = _HERE / f"{module.rpartition('.')[2]}.py"
        if _extension(module) is None:
            raise StaleBuildError(f"analysis: {module} is not compiled as recorded: {REBUILD}")
        if not source.exists():
            raise StaleBuildError(
                f"analysis: {module} is compiled but {source.name} is gone: {REBUILD}"
            )
        if hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            raise StaleBuildError(
                f"analysis: {source.name} changed since {module} was compiled: {REBUILD}"
            )
