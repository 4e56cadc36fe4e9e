"""Characters that belong inside a word without being letters.

Combining marks (Unicode categories Mn, Mc, Me: the acute of a decomposed "é", Arabic
vowel signs, Devanagari matras, Hebrew points) and the zero-width characters that
text editors and web pages leave inside words (U+200B–U+200D, U+2060, U+FEFF) are not
``\\w`` for Python's ``re``, so a word holding one would split in two. The tokenizer
keeps them inside the word instead, leaving the text as read (offsets stay exact).

:data:`MARK_RANGES` covers every mark of Unicode 14 (Python 3.11's ``unicodedata``);
a range may also span letters, digits and unassigned code points between two marks
(already word characters, or absent from real text), never punctuation, symbols or
spaces. Under a Python with another Unicode version (3.12: 15.0, 3.13: 15.1)
:func:`mark_ranges` scans ``unicodedata`` once instead, so newer marks count too
(``tests/test_parse.py`` checks the running Python's tables).
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache

#: The Unicode version :data:`MARK_RANGES` was generated from.
MARK_UNICODE = "14.0.0"

# fmt: off
MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x300, 0x36F), (0x483, 0x489), (0x591, 0x5BD), (0x5BF, 0x5BF), (0x5C1, 0x5C2),
    (0x5C4, 0x5C5), (0x5C7, 0x5C7), (0x610, 0x61A), (0x64B, 0x65F), (0x670, 0x670),
    (0x6D6, 0x6DC), (0x6DF, 0x6E8), (0x6EA, 0x6ED), (0x711, 0x7F3), (0x7FD, 0x7FD),
    (0x816, 0x82D), (0x859, 0x85B), (0x898, 0x8E1), (0x8E3, 0x963), (0x981, 0x9E3),
    (0x9FE, 0xA75), (0xA81, 0xAE3), (0xAFA, 0xB63), (0xB82, 0xBD7), (0xC00, 0xC63),
    (0xC81, 0xC83), (0xCBC, 0xD4D), (0xD57, 0xD63), (0xD81, 0xDF3), (0xE31, 0xE3A),
    (0xE47, 0xE4E), (0xEB1, 0xECD), (0xF18, 0xF19), (0xF35, 0xF35), (0xF37, 0xF37),
    (0xF39, 0xF39), (0xF3E, 0xF84), (0xF86, 0xFBC), (0xFC6, 0xFC6), (0x102B, 0x103E),
    (0x1056, 0x109D), (0x135D, 0x135F), (0x1712, 0x1734), (0x1752, 0x17D3),
    (0x17DD, 0x17DD), (0x180B, 0x180D), (0x180F, 0x193B), (0x1A17, 0x1A1B),
    (0x1A55, 0x1A7F), (0x1AB0, 0x1B44), (0x1B6B, 0x1B73), (0x1B80, 0x1BF3),
    (0x1C24, 0x1C37), (0x1CD0, 0x1CD2), (0x1CD4, 0x1DFF), (0x20D0, 0x20F0),
    (0x2CEF, 0x2CF1), (0x2D7F, 0x2DFF), (0x302A, 0x302F), (0x3099, 0x309A),
    (0xA66F, 0xA672), (0xA674, 0xA67D), (0xA69E, 0xA6F1), (0xA802, 0xA827),
    (0xA82C, 0xA82C), (0xA880, 0xA8C5), (0xA8E0, 0xA8F1), (0xA8FF, 0xA92D),
    (0xA947, 0xA953), (0xA980, 0xA9C0), (0xA9E5, 0xAA4D), (0xAA7B, 0xAAC1),
    (0xAAEB, 0xAAEF), (0xAAF5, 0xAAF6), (0xABE3, 0xABEA), (0xABEC, 0xABED),
    (0xFB1E, 0xFB1E), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F), (0x101FD, 0x1037A),
    (0x10A01, 0x10A3F), (0x10AE5, 0x10AE6), (0x10D24, 0x10EAC), (0x10F46, 0x10F50),
    (0x10F82, 0x10F85), (0x11000, 0x11046), (0x11070, 0x110BA), (0x110C2, 0x110C2),
    (0x11100, 0x11134), (0x11145, 0x11173), (0x11180, 0x111C0), (0x111C9, 0x111CC),
    (0x111CE, 0x111CF), (0x1122C, 0x11237), (0x1123E, 0x1123E), (0x112DF, 0x11446),
    (0x1145E, 0x114C3), (0x115AF, 0x115C0), (0x115DC, 0x11640), (0x116AB, 0x116B7),
    (0x1171D, 0x1172B), (0x1182C, 0x1183A), (0x11930, 0x11943), (0x119D1, 0x119E0),
    (0x119E4, 0x11A3E), (0x11A47, 0x11A99), (0x11C2F, 0x11C3F), (0x11C92, 0x11EF6),
    (0x16AF0, 0x16AF4), (0x16B30, 0x16B36), (0x16F4F, 0x16F92), (0x16FE4, 0x16FF1),
    (0x1BC9D, 0x1BC9E), (0x1CF00, 0x1CF46), (0x1D165, 0x1D169), (0x1D16D, 0x1D172),
    (0x1D17B, 0x1D182), (0x1D185, 0x1D18B), (0x1D1AA, 0x1D1AD), (0x1D242, 0x1D244),
    (0x1DA00, 0x1DA36), (0x1DA3B, 0x1DA6C), (0x1DA75, 0x1DA75), (0x1DA84, 0x1DA84),
    (0x1DA9B, 0x1E136), (0x1E2AE, 0x1E2EF), (0x1E8D0, 0x1E94A), (0xE0100, 0xE01EF),

)
# fmt: on
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@cache
def mark_ranges() -> tuple[tuple[int, int], ...]:
    """The ranges of combining marks for the running Python: :data:`MARK_RANGES` under
    Unicode 14, else a scan of ``unicodedata`` (about 0.2 s of CPU, once)."""
    if unicodedata.unidata_version == MARK_UNICODE:
        return MARK_RANGES
    return scan_marks()


def scan_marks() -> tuple[tuple[int, int], ...]:
    """The runs of code points in categories Mn, Mc and Me of the running Python."""
    ranges: list[tuple[int, int]] = []
    start = -1
    for c in range(sys.maxunicode + 2):
        mark = c <= sys.maxunicode and unicodedata.category(chr(c))[0] == "M"
        if mark and start < 0:
            start = c
        elif not mark and start >= 0:
            ranges.append((start, c - 1))
            start = -1
    return tuple(ranges)


def mark_class() -> str:
    """The marks and zero-width characters as the body of a regex character class."""
    return combining_class() + zero_width_class()


def combining_class() -> str:
    """The combining marks alone as the body of a regex character class: they may end
    a word ("Beyonce\u0301")."""
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in mark_ranges())


def zero_width_class() -> str:
    """The zero-width characters as the body of a regex character class: inside a word
    only before more of it ("Ali\u200bshah"; "Obama\u200b said": the word ends)."""
    return "".join(f"\\U{ord(c):08x}" for c in ZERO_WIDTH)
