"""The build record of the mypyc-compiled modules, and the refusal of a stale build."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import analysis
import analysis.compiled as compiled

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(analysis.__file__).parent
SUFFIX = EXTENSION_SUFFIXES[0]


def _setup_list() -> list[str]:
    """The COMPILED names of setup.py, read without running it."""
    text = (ROOT / "setup.py").read_text(encoding="utf-8")
    block = text.split("COMPILED = (", 1)[1].split(").split()", 1)[0]
    return "".join(line.strip().strip('"') for line in block.splitlines()).split()


def _fake_package(tmp_path: Path, *, record: bool, built: tuple[str, ...]) -> Path:
    """A pure copy of the package with stand-in extension files and, if asked, a record.

    ``import analysis`` runs the check before any submodule loads, so the stand-ins
    (empty files) are never imported.
    """
    copy = tmp_path / "analysis"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("*.so", "compiled.json"))
    for name in built:
        (copy / f"{name}{SUFFIX}").write_bytes(b"")
    if record:
        digests = {
            f"analysis.{n}": hashlib.sha256((copy / f"{n}.py").read_bytes()).hexdigest()
            for n in built
        }
        (copy / "compiled.json").write_text(json.dumps(digests), encoding="utf-8")
    return copy


def _import(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    code = "import analysis.compiled as c; print(','.join(c.compiled_modules()))"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_every_listed_module_exists_and_the_entry_points_stay_pure() -> None:
    names = _setup_list()
    assert len(names) == len(set(names)) == 36
    assert all((PACKAGE / f"{n}.py").is_file() for n in names)
    # orchestration and data types stay Python: tests wrap and replace their functions
    for pure in ("pipeline", "types", "read", "porter", "cli", "reports", "compiled"):
        assert pure not in names


def test_this_installation_is_consistent() -> None:
    # either pure, or compiled exactly as setup.py lists (make install builds it so)
    built = compiled.compiled_modules()
    assert built == () or built == tuple(sorted(f"analysis.{n}" for n in _setup_list()))
    compiled.check()


def test_a_fresh_build_imports(tmp_path: Path) -> None:
    _fake_package(tmp_path, record=True, built=("stats", "parse"))
    result = _import(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "analysis.parse,analysis.stats"


def test_a_pure_copy_imports_as_pure(tmp_path: Path) -> None:
    _fake_package(tmp_path, record=False, built=())
    result = _import(tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "")


def test_an_edited_source_refuses_to_import(tmp_path: Path) -> None:
    copy = _fake_package(tmp_path, record=True, built=("stats", "parse"))
    with (copy / "stats.py").open("a", encoding="utf-8") as f:
        f.write("\n# edited after the build\n")
    result = _import(tmp_path)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == (
        "analysis.compiled.StaleBuildError: analysis: stats.py changed since "
        "analysis.stats was compiled: run `make install` (or `pip install -e .`) to rebuild"
    )


def test_extensions_without_a_record_refuse_to_import(tmp_path: Path) -> None:
    _fake_package(tmp_path, record=False, built=("quotes",))
    result = _import(tmp_path)
    assert result.returncode == 1
    assert f"compiled modules without a build record (quotes{SUFFIX})" in result.stderr


def test_a_recorded_module_missing_its_extension_refuses(tmp_path: Path) -> None:
    copy = _fake_package(tmp_path, record=True, built=("stats", "parse"))
    (copy / f"parse{SUFFIX}").unlink()
    result = _import(tmp_path)
    assert result.returncode == 1
    assert "analysis.parse is not compiled as recorded" in result.stderr


@pytest.mark.parametrize("module", ["analysis.stats", "analysis.newsvader"])
def test_compiled_modules_are_the_extensions_when_built(module: str) -> None:
    # in a compiled installation the hot modules load from their extension files
    built = compiled.compiled_modules()
    loaded = sys.modules.get(module) or __import__(module, fromlist=["_"])
    expected = SUFFIX if module in built else ".py"
    assert str(loaded.__file__).endswith(expected)
