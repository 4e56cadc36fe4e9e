"""Matplotlib figures for the reports and notebooks: each function takes a tidy
DataFrame from :mod:`analysis.frames` and returns a ``Figure``; no global state."""

from __future__ import annotations
