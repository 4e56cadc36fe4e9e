"""Months: month names that are also people's names ("Theresa May", "April Ryan").

"Jan", "May", "June", "April" and "August" are given names or surnames as often as
months in news. :func:`named_month` tells the person ("Chief Economist Jan Hatzius",
"Mrs. May said", "Theresa May ... May added") from the date ("Jan. 5", "in May",
"May local elections") for the capitalised runs of :mod:`analysis.names`.
"""

from __future__ import annotations

import re

from analysis.capitals import bare as _bare
from analysis.capitals import is_cap as _is_cap
from analysis.capitals import known as _known
from analysis.namekinds import Piece as _Piece
from analysis.namekinds import given_names, plural_noun
from analysis.namewords import HEADS, HONORIFICS, SPEECH_VERBS
from analysis.namewords import NOT_NAMES as _NOT_NAMES
from analysis.namewords import ROLE_WORDS as _ROLE_WORDS
from analysis.stoplist import stopwords
from analysis.types import Document

#: Month names that are also people's names ("Jan Hatzius", "April Ryan", "Theresa
#: May"); before a day, a year or after a date word they are months.
NAMED_MONTHS = frozenset("Jan May June April August".split())
#: Words before a month that make it a date ("in May", "since early June", "the
#: June primary", "April and May").
_DATE_BEFORE = frozenset(
    """in on by since until till from through to of during before after early late mid
    last next this that each every the a and or between""".split()
)
#: Titles after which a month's name alone is a surname ("Mrs. May", "Prime Minister
#: May"); not "CEO" ("Sony CEO May Have Revealed").
_MONTH_TITLES = HONORIFICS | frozenset("Minister Premier Chancellor".split())
#: Words before a month and a capital that make the month a date, not a given name
#: ("Starting June Walgreens will", "Come May Britons will vote").
_MONTH_VERBS = frozenset("come starting beginning effective due expected set".split())
#: Capitals after a month that are no surname ("May God bless you").
_NO_SURNAMES = frozenset("God Lord Allah".split())
#: A month's name after one of these words is a surname ("Theresa May"), found once
#: per text.
_GIVEN_BEFORE_MONTH = re.compile(r"\b([A-Z][a-z]+) (Jan|May|June|April|August)\b")
#: Where a match of :data:`_GIVEN_BEFORE_MONTH` ends: the space and the month's name,
#: found without trying the pattern at every capital of the text.
_SPACED_MONTH = re.compile(r" (?:Jan|May|June|April|August)\b")


def month_surnames(text: str) -> frozenset[str]:
    """The month's names that ``text`` writes after a given name ("Theresa May",
    "Brian May"): such a month alone before a speech verb is that person's surname."""
    names = given_names()
    found: set[str] = set()
    end = 0  # (past the last match: matches do not overlap, as the scan from the left)
    for month in _SPACED_MONTH.finditer(text):
        # the word before the space: lower-case letters after one capital
        j = month.start()
        while j > 0 and "a" <= text[j - 1] <= "z":
            j -= 1
        if j == month.start() or j < end + 1:
            continue
        m = _GIVEN_BEFORE_MONTH.match(text, j - 1)
        if m is not None:
            end = m.end()
            if m.group(1) in names:
                found.add(m.group(2))
    return frozenset(found)


def named_month(
    doc: Document, i: int, lo: int, hi: int, run: list[_Piece], surnames: frozenset[str]
) -> bool:
    """Whether a month's name at token ``i`` (sentence ``[lo, hi)``) is a person's: a
    given name before a surname ("Chief Economist Jan Hatzius", "April Ryan said"), a
    surname after a given name or a title ("Theresa May", "Mrs. May"), or that surname
    alone right before a speech verb where the text names the person in full ("Theresa
    May ... May added"); never next to a number or after a date word ("Jan. 5", "5
    Jan", "Jan 2024", "in May", "on Jan."), nor in a list of months, before a noun or
    before another verb ("March, April, May and June", "May local elections", "May
    saw")."""
    toks = doc.tokens
    word = toks[i].text
    if _bare(word) not in NAMED_MONTHS:
        return False
    prev = toks[i - 1].text if i > lo else ""
    nxt = toks[i + 1].text if i + 1 < hi else ""
    if prev.lower() in _DATE_BEFORE or prev[:1].isdigit() or nxt[:1].isdigit() or nxt == ".":
        return False
    if run and run[-1].text in given_names() and run[-1].end == toks[i - 1].end:
        return True  # "Theresa May", "Brian May"
    if run and run[-1].text in _MONTH_TITLES and not _is_cap(nxt):
        return True  # "Mrs. May said", "Prime Minister May told MPs"
    low = prev.lower()
    if (
        _is_cap(nxt)
        and nxt.isalpha()
        and not nxt.isupper()  # "May ICE Brent crude"
        and nxt.lower() not in stopwords()  # "Sony CEO May Have ..."
        and not plural_noun(nxt)  # "April Fools"
        and nxt not in _NOT_NAMES
        and nxt not in HEADS
        and nxt not in _ROLE_WORDS
        and nxt not in _NO_SURNAMES
        and not _known(nxt)
        and not (nxt.endswith("s") and _known(nxt[:-1]))  # "Americans"
        # a verb or preposition before it: a date ("Starting June Walgreens")
        and (low in SPEECH_VERBS or not (low in stopwords() or low in _MONTH_VERBS))
        and not (len(low) > 4 and low.endswith("ing"))
    ):
        return True  # "Jan Hatzius", "April Ryan"
    if _is_cap(nxt) or _bare(word) not in surnames:
        return False  # "May I ask", "May Department Stores"
    return nxt in SPEECH_VERBS  # "May said", not "May showed", "May local elections"
