"""JSON text that stays one line for every line reader.

JSON allows U+2028, U+2029 and U+0085 raw inside a string, but Python's
``str.splitlines`` and JavaScript before ES2019 take them as line breaks, so a
JSON Lines record holding one would be cut in two. Every writer of JSON output
(:mod:`analysis.cli.common`, :func:`analysis.tables.json_line`) escapes them here.
"""

from __future__ import annotations

#: The characters above, each mapped to its ``\\u`` escape.
LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def escape_line_breaks(text: str) -> str:
    """``text`` (JSON) with U+2028, U+2029 and U+0085 written as ``\\u`` escapes."""
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        return text.translate(LINE_BREAKS)
    return text
