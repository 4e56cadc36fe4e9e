"""Notebook parameters of a report: what the notebook declares, and checking what it is given.

:func:`analysis.reports.render_report` reads the parameters a notebook declares (its
cell tagged ``parameters``) and refuses unknown names and values of the wrong type
before a kernel is started. :class:`ReportError`, the one error every step of a
report raises, is defined here, the first step that raises it, so that
:mod:`analysis.reports` (which re-exports all three) can import it without a cycle.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
}


class ReportError(Exception):
    """A report that could not be made. ``str(err)`` is one line.

    Attributes:
        where: The input (or notebook) the error is about.
        reason: What went wrong, in one line.
        details: A longer explanation (the cell's traceback), shown under ``--debug``.
        partial: The partially executed notebook kept for debugging, if any.
    """

    def __init__(
        self, where: str, reason: str, *, details: str | None = None, partial: Path | None = None
    ) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
        self.details = details
        self.partial = partial


def declared_parameters(notebook: Path) -> dict[str, str]:
    """The notebook's parameters (cell tagged ``parameters``) and their type names.

    Raises:
        ReportError: the notebook has no parameters cell.
    """
    import papermill

    found = papermill.inspect_notebook(str(notebook))
    if not found:
        raise ReportError(str(notebook), "no cell tagged 'parameters'")
    return {name: str(info["inferred_type_name"]) for name, info in found.items()}


def check_parameters(
    given: Mapping[str, object], declared: Mapping[str, str], *, where: str = "parameters"
) -> None:
    """Refuse unknown parameter names and values of the wrong type.

    papermill only warns about an unknown name (and the notebook then runs with its
    default), so names are checked against the notebook's parameters cell, and
    values against each parameter's annotation (``top_n: int = 10``).

    Raises:
        ReportError: the first problem, with the closest known name when mistyped.
    """
    for name in sorted(given):
        if name not in declared:
            close = difflib.get_close_matches(name, list(declared), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            known = ", ".join(sorted(declared))
            raise ReportError(
                where, f"unknown parameter {name!r} (the notebook has: {known}){hint}"
            )
        type_name = declared[name]
        if type_name not in _PY_TYPES:
            raise ReportError(
                where,
                f"parameter {name!r} has no usable type annotation in the notebook "
                f"({type_name!r}; expected one of {', '.join(_PY_TYPES)})",
            )
        value = given[name]
        ok = isinstance(value, _PY_TYPES[type_name])
        if isinstance(value, bool) and type_name != "bool":
            ok = False
        if not ok:
            raise ReportError(
                where,
                f"parameter {name!r} must be {type_name}, not {type(value).__name__} ({value!r})",
            )
