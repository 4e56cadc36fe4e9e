"""The build record of the mypyc-compiled modules, and the refusal of a stale build."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import analysis
import analysis.compiled as compiled

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(analysis.__file__).parent
SUFFIX = EXTENSION_SUFFIXES[0]


def _listed() -> list[str]:
    """The modules pyproject.toml lists for compilation."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["analysis"]["compiled"])


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
    names = _listed()
    assert len(names) == len(set(names)) == 70
    assert all((PACKAGE / f"{n}.py").is_file() for n in names)
    assert names == sorted(names)
    # orchestration and data types stay Python: tests wrap and replace their functions
    for pure in ("pipeline", "types", "read", "porter", "cli", "reports", "compiled"):
        assert pure not in names


def test_this_installation_is_consistent() -> None:
    # either pure, or compiled exactly as setup.py lists (make install builds it so)
    built = compiled.compiled_modules()
    assert built == () or built == tuple(sorted(f"analysis.{n}" for n in _listed()))
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
        "analysis.stats was compiled: run `make install` (or `pip install -e .`) to "
        "rebuild, or `ANALYSIS_PURE_PYTHON=1 make install` to run the sources uncompiled"
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


def test_a_compiled_module_without_its_source_refuses(tmp_path: Path) -> None:
    copy = _fake_package(tmp_path, record=True, built=("stats", "parse"))
    (copy / "stats.py").unlink()
    result = _import(tmp_path)
    assert result.returncode == 1
    assert "analysis.stats is compiled but stats.py is gone" in result.stderr


def test_the_build_uses_the_pinned_mypy() -> None:
    # pip's isolated build environment installs build-system.requires, not the pins
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    mypy = [r for r in config["build-system"]["requires"] if r.startswith("mypy")]
    assert mypy == [p for p in pins if p.startswith("mypy==")]


def test_the_scorer_settings_pickle_and_copy() -> None:
    # sent to worker processes as they are; compiled, a frozen dataclass needs __reduce__
    from analysis.newsvader import DEFAULT_CONFIG, NewsVaderConfig

    custom = NewsVaderConfig(hedge=0.5, negation_window=2, questions=False)
    for config in (DEFAULT_CONFIG, custom):
        assert pickle.loads(pickle.dumps(config)) == config
        assert copy.deepcopy(config) == config and copy.copy(config) == config
    assert pickle.loads(pickle.dumps(custom)).hedge == 0.5


def test_readability_formulas_take_numpy_counts() -> None:
    # users call them with counts from DataFrames; the formulas stay Python for that
    import numpy as np

    from analysis.stats import flesch_reading_ease, smog

    got = flesch_reading_ease(words=np.int64(10), sentences=np.int64(1), syllables=np.int64(12))
    assert round(got, 3) == 95.165
    assert round(smog(sentences=np.int64(30), polysyllables=np.int64(30)), 4) == 8.8418


def test_a_numeral_past_the_trillions_is_read_digit_by_digit() -> None:
    # int() refuses strings past 4,300 digits; nobody reads such a number as a cardinal
    from analysis.syllables import numeral_words, syllables

    assert numeral_words("1234567890123456")[:3] == ["one", "two", "three"]
    assert len(numeral_words("1234567890123456")) == 16
    assert numeral_words("999999999999999")[:4] == ["nine", "hundred", "ninety", "nine"]
    assert syllables("7" * 5000) == 10000  # "seven" 2 syllables each


def test_an_extension_missing_from_the_record_refuses(tmp_path: Path) -> None:
    # a module dropped from the compiled list must not keep running from an old build
    copy = _fake_package(tmp_path, record=True, built=("stats", "parse"))
    (copy / f"tone{SUFFIX}").write_bytes(b"")
    result = _import(tmp_path)
    assert result.returncode == 1
    assert f"tone{SUFFIX} is compiled but not in the build record" in result.stderr


def test_every_scorer_setting_survives_pickling() -> None:
    # __reduce__ lists the fields by hand: a field it missed would fall back to its default
    from dataclasses import fields

    from analysis.newsvader import DEFAULT_CONFIG, NewsVaderConfig

    changed: dict[str, object] = {}
    for f in fields(NewsVaderConfig):
        value = getattr(DEFAULT_CONFIG, f.name)
        if isinstance(value, bool):
            changed[f.name] = not value
        elif isinstance(value, int):
            changed[f.name] = value + 1
        else:  # a float, some of them weights in [0, 1]
            changed[f.name] = value / 2
    custom = NewsVaderConfig(**changed)  # type: ignore[arg-type]
    back = pickle.loads(pickle.dumps(custom))
    assert {f.name: getattr(back, f.name) for f in fields(back)} == changed
