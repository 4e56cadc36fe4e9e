"""Tidy DataFrames at the edges: one function per table, fixed and documented columns.

Each function takes analysis results (the frozen dataclasses of
:mod:`analysis.types`) and returns a :class:`pandas.DataFrame` whose columns are
always the same, in the same order, even when there are no rows.
"""

from __future__ import annotations
