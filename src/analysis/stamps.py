"""Stamps: what a report depends on, so that an up-to-date report is not redone.

A stamp (``<out>/.cache/<stem>.json``) records the SHA-256 of the input and of the
notebook, the package version and a fingerprint of its source files, the key
dependency versions, the kernel, the parameters and the formats, and the SHA-256
of every output. A report is up to date when all of them match.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from analysis import __version__
from analysis.paths import KERNEL_NAME
from analysis.provenance import dependency_versions, package_fingerprint, sha256_file
from analysis.read import input_sha256


def report_stamp(
    source: Path, *, notebook: Path, parameters: Mapping[str, object], formats: Sequence[str]
) -> dict[str, Any]:
    """Everything a report depends on, as a JSON-able dict (no clock time)."""
    return {
        "input": input_sha256(source),
        "notebook": sha256_file(notebook),
        "package": __version__,
        "package_source": package_fingerprint(),
        "dependencies": dependency_versions(),
        "kernel": KERNEL_NAME,
        "parameters": dict(parameters),
        "formats": list(formats),
    }


_STAMP_LABELS = {
    "input": "input changed",
    "notebook": "notebook changed",
    "package": "package version changed",
    "package_source": "package source changed",
    "dependencies": "dependency versions changed",
    "kernel": "kernel changed",
    "parameters": "parameters changed",
    "formats": "formats changed",
}


def stale_reason(cache: Path, stamp: Mapping[str, Any], outputs: Sequence[Path]) -> str | None:
    """Why the report must be rendered again, or ``None`` when it is up to date."""
    try:
        saved = json.loads(cache.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "no previous report"
    except (OSError, ValueError):
        return "unreadable stamp"
    old = saved.get("stamp") if isinstance(saved, dict) else None
    if not isinstance(old, dict):
        return "unreadable stamp"
    for key in stamp:
        if old.get(key) != stamp[key]:
            return _STAMP_LABELS.get(key, f"{key} changed")
    hashes = saved.get("outputs")
    if not isinstance(hashes, dict) or set(hashes) != {p.name for p in outputs}:
        return "outputs changed"
    for path in outputs:
        try:
            if sha256_file(path) != hashes[path.name]:
                return f"{path.name} was modified"
        except OSError:
            return f"{path.name} is missing"
    return None


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    """Write ``data`` as JSON to a temporary file, then rename it over ``path``."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
