"""Provenance: what a result was made from, so that it can be checked and redone.

A report ends with the SHA-256 of its input, the package version and a
fingerprint of the package's source files (so an edited checkout differs from a
release), the versions of the key dependencies, Python's version and the
parameters. No clock time is recorded: the same input gives the same report.
"""

from __future__ import annotations

import hashlib
import os
import platform
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

from analysis import __version__
from analysis.paths import PACKAGE_DIR, project_root
from analysis.read import input_sha256

#: Distributions whose versions a report records, as (label, distribution name).
KEY_DEPENDENCIES: tuple[tuple[str, str], ...] = (
    ("nltk", "nltk"),
    ("vaderSentiment", "vaderSentiment"),
    ("pandas", "pandas"),
    ("papermill", "papermill"),
    ("nbconvert", "nbconvert"),
    ("weasyprint", "weasyprint"),
    ("matplotlib", "matplotlib"),
)

_SKIP_DIRS = frozenset({"__pycache__"})
# Build output: bytecode, and the mypyc extensions with their record, which are made
# from the sources hashed here (a stale extension refuses to import: analysis.compiled).
_SKIP_SUFFIXES = frozenset({".pyc", ".pyo", ".so", ".pyd"})
_SKIP_NAMES = frozenset({"compiled.json"})


def sha256_file(path: str | os.PathLike[str]) -> str:
    """The hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_files(root: Path = PACKAGE_DIR) -> list[Path]:
    """The package's source and data files (no caches or build output), sorted by
    relative path."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        for name in filenames:
            path = Path(dirpath) / name
            if path.suffix not in _SKIP_SUFFIXES and name not in _SKIP_NAMES:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def package_fingerprint(root: Path = PACKAGE_DIR) -> str:
    """SHA-256 over the package's files (relative path and bytes of each).

    Any code, word list or template change gives a new fingerprint, even when
    the version number stays the same.
    """
    digest = hashlib.sha256()
    for path in package_files(root):
        rel = path.relative_to(root).as_posix().encode()
        data = path.read_bytes()
        digest.update(len(rel).to_bytes(8, "big") + rel)
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def dependency_versions() -> dict[str, str]:
    """Installed versions of :data:`KEY_DEPENDENCIES` and Python, in a fixed order.

    Raises:
        metadata.PackageNotFoundError: a key dependency is not installed.
    """
    versions = {label: metadata.version(dist) for label, dist in KEY_DEPENDENCIES}
    versions["Python"] = platform.python_version()
    return versions


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` relative to the project root when inside it, else absolute (POSIX)."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(project_root()).as_posix()
    except ValueError:
        return resolved.as_posix()


def provenance(
    path: str | os.PathLike[str], *, parameters: Mapping[str, object]
) -> dict[str, object]:
    """Where a report comes from, as an ordered name -> value mapping.

    Args:
        path: The article file.
        parameters: The notebook parameters the report was made with.

    Returns:
        Input path and SHA-256, package version and source fingerprint, the
        versions of the key dependencies and Python, and the parameters.
    """
    record: dict[str, object] = {
        "Input": display_path(path),
        "Input SHA-256": input_sha256(path),
        "analysis": __version__,
        "analysis source SHA-256": package_fingerprint(),
    }
    record.update(dependency_versions())
    record["Parameters"] = ", ".join(f"{k}={v!r}" for k, v in parameters.items())
    return record
