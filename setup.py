"""Build: the modules on the hot path of ``analysis analyze`` are compiled with mypyc.

mypyc (part of mypy) turns type-annotated Python into C extension modules. The
sources stay the reference: the compiled modules are built from them and give the
same output (the tests run either way; ``benchmarks/speed.py --pure`` times both).
The modules compiled are listed in ``pyproject.toml`` (``[tool.analysis] compiled``).

After a successful build the SHA-256 of every compiled source is recorded in
``compiled.json`` beside the extensions (in ``src/analysis`` for an editable
install, in the wheel otherwise); importing the package fails loudly when a compiled
module no longer matches its source (:mod:`analysis.compiled`). A failed build
leaves the previous extensions and record as they were.

``ANALYSIS_PURE_PYTHON=1`` builds without compiling, for a machine without a C
compiler; an editable pure build removes the extensions from ``src/analysis``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PACKAGE = SRC / "analysis"
RECORD = "compiled.json"
PURE = os.environ.get("ANALYSIS_PURE_PYTHON") == "1"
#: The setup.py commands that build code; metadata queries (egg_info, the build
#: backend's "what do you need" calls) must not pay for a compilation.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}
EDITABLE = {"editable_wheel", "develop"}


def compiled_names() -> list[str]:
    """The modules to compile (``pyproject.toml``, ``[tool.analysis] compiled``)."""
    config = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["analysis"]["compiled"])


def _record(names: list[str]) -> str:
    digests = {
        f"analysis.{n}": hashlib.sha256((PACKAGE / f"{n}.py").read_bytes()).hexdigest()
        for n in names
    }
    return json.dumps(digests, indent=1, sort_keys=True) + "\n"


def _extension_files(folder: Path) -> list[Path]:
    return [p for p in folder.glob("*") if p.suffix in {".so", ".pyd"}]


#: The record of the sources as mypyc read them (hashed before it reads them, so that
#: a source saved during the minutes of a build counts as changed since).
_RECORDED: list[str] = []


class BuildExt(build_ext):  # type: ignore[misc]
    """Build the extensions, then (only if that succeeded) record their sources."""

    def run(self) -> None:
        if not self.extensions or not _RECORDED:
            super().run()
            return
        super().run()
        built = {Path(self.get_ext_fullpath(e.name)).name for e in self.extensions}
        if self.inplace:
            package, root = PACKAGE, SRC
        else:
            root = Path(self.build_lib)
            package = root / "analysis"
            package.mkdir(parents=True, exist_ok=True)
        # extensions of modules no longer compiled, and older group libraries
        for stale in _extension_files(package) + _extension_files(root):
            if stale.name not in built:
                stale.unlink()
        (package / RECORD).write_text(_RECORDED[0], encoding="utf-8")


def _extensions() -> list[object]:
    commands = set(sys.argv[1:])
    if not BUILDS & commands:
        return []
    if PURE:
        if EDITABLE & commands:
            for stale in _extension_files(PACKAGE) + _extension_files(SRC):
                stale.unlink()
            (PACKAGE / RECORD).unlink(missing_ok=True)
        return []
    from mypyc.build import mypycify

    names = compiled_names()
    _RECORDED.append(_record(names))
    return list(mypycify([f"src/analysis/{n}.py" for n in names], opt_level="3"))


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExt})
