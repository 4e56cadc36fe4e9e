"""Build: the modules on the hot path of ``analysis analyze`` are compiled with mypyc.

mypyc (part of mypy) turns type-annotated Python into C extension modules. The
sources stay the reference: the compiled modules are built from them and must give
byte-identical output (``benchmarks/speed.py`` and the tests check both ways of
running). ``ANALYSIS_PURE_PYTHON=1`` builds without compiling, for a machine without
a C compiler. Each build records the hash of every compiled source in
``src/analysis/compiled.json``; importing the package fails loudly when a compiled
module is older than its source (:mod:`analysis.compiled`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "src" / "analysis"
#: Compiled, by measured share of ``analyze``'s time (benchmarks/speed.py --profile).
#: Left pure: orchestration (pipeline, cli, reports, runner), classes that extend a
#: Python class, which mypyc cannot compile (porter's PorterStemmer), and the data types.
COMPILED = (
    "actors attribution capitals clauses coreference cues frequencies gazetteer "
    "headlines jsontext keynames keyphrases keywords lemmas names namekinds namewords "
    "newsindex newsrules newsvader nouncues parse quotemarks quotes sentiment sources "
    "speakers stats syllables tables targets terms tone voices wordmarks worktitles"
).split()
MANIFEST = PACKAGE / "compiled.json"
#: The setup.py commands that build code; metadata queries (egg_info, the build
#: backend's "what do you need" calls) must not pay for a compilation.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _extensions() -> list[object]:
    if not BUILDS.intersection(sys.argv[1:]):
        return []
    for stale in PACKAGE.glob("*.so"):
        stale.unlink()  # an editable build leaves them in place; rebuild from scratch
    for stale in (HERE / "src").glob("*__mypyc*.so"):
        stale.unlink()
    MANIFEST.unlink(missing_ok=True)
    if os.environ.get("ANALYSIS_PURE_PYTHON") == "1":
        return []
    from mypyc.build import mypycify

    sources = [PACKAGE / f"{name}.py" for name in COMPILED]
    MANIFEST.write_text(
        json.dumps({f"analysis.{p.stem}": _digest(p) for p in sources}, indent=1) + "\n",
        encoding="utf-8",
    )
    return list(mypycify([str(p.relative_to(HERE)) for p in sources], opt_level="3"))


setup(ext_modules=_extensions())
