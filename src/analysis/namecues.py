"""Text evidence about a single capitalised word no gazetteer knows.

For :func:`analysis.namekinds.classify`, which otherwise leaves such a word to the
document-level rules of :mod:`analysis.actors` (a word before a speech verb is a
person's surname, "Haaland said"; a rare word opening a sentence is a name). Two
cues of the kind Mikheev, Moens & Grover (1999) call internal and external evidence:

* :func:`firm`: the text treats the word as a company ("Pinterest's shares",
  "shares of Pinterest", "Pinterest, which", "Pinterest, the image-sharing site,",
  "the chief executive of Pinterest"): an organisation, not a person, even before
  "said". Never for a word the text writes as a person's anywhere: after a given
  name, a title or another capitalised word ("Elon Musk", "Mr. Musk"), or before
  "who" or a speech verb and "he"/"she"/"his"/"her" ("Musk said his").
* :func:`compound_noun`: a rare word opening a sentence that is two common English
  words closed up as a plural ("Snowstorms", "Cyberattacks") and that the text never
  writes inside a sentence nor before a speech verb is a common noun, no name.

Reference:
    Mikheev, A., Moens, M. & Grover, C. (1999). Named Entity Recognition without
    Gazetteers. EACL.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.frequencies import zipf
from analysis.nameparts import given_names
from analysis.namewords import SPEECH_VERBS, TITLES
from analysis.stoplist import stopwords

#: What a company has, after its name and "'s" ("Pinterest's shares").
_FIRM_HAS = (
    "shares",
    "stock",
    "share price",
    "stock price",
    "market value",
    "chief executive",
    "chief financial officer",
    "ceo",
    "cfo",
    "board of directors",
    "headquarters",
    "shareholders",
    "quarterly",
    "revenue",
    "revenues",
    "earnings",
    "app",
    "platform",
    "website",
)
#: Before a company's name ("shares of Pinterest", "the chief executive of Pinterest").
_FIRM_BEFORE = (
    "shares of ",
    "shares in ",
    "stake in ",
    "chief executive of ",
    "ceo of ",
    "executives at ",
    "employees at ",
    "employees of ",
    "engineers at ",
    "analysts at ",
)
#: A possession or an appositive after a name; the name is read back from its start.
_POSSESSION = re.compile(rf"['’]s (?i:{'|'.join(map(re.escape, _FIRM_HAS))})(?![A-Za-z])")
_APPOSITION = re.compile(r", (?=(?:the|a|an) )")
#: A name going on after a word: "Bank of America", "Pinterest Inc".
_CONTINUED = re.compile(r" (?:of )?[A-Z]")
_PRECEDED = re.compile(
    rf"(?<!\w)(?i:{'|'.join(re.escape(b.strip()) for b in _FIRM_BEFORE)}) ([A-Z][\w-]*)(?![\w-])"
)
#: The head of an appositive that describes a company ("Pinterest, the image-sharing
#: site,"; "Acme, a Chicago-based maker of ...").
_FIRM_NOUNS = frozenset(
    """company firm startup start-up retailer maker manufacturer platform site website
    app network service conglomerate giant brand chain carrier airline bank lender
    insurer broker fund publisher developer producer supplier operator""".split()
)
#: Pronouns after a name and a speech verb that make it a person's ("Musk said his").
_PERSONAL = frozenset("he she his her him".split())
#: A plural whose singular is this common (Zipf) names a group ("Hispanics",
#: "Christians"), no firm.
_GROUP_ZIPF = 3.0
#: Words an appositive may hold before the company noun ("the social media company").
_APPOSITIVE_WORDS = 6
#: Both halves of a closed compound at least this common in general English (Zipf):
#: "heat" 4.9 + "wave" 4.6, "hail" 3.9 + "storm" 4.7; not "Haa" + "land", "Sand" +
#: "berg" (3.3).
_PART_ZIPF = 3.9
#: A word opening a sentence this rare counts as a name by its rarity alone
#: (:data:`analysis.capitals.RARE_ZIPF`); a compound as rare is the case here.
_RARE_ZIPF = 3.0


def _positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word (no letter or digit around)."""
    out: list[int] = []
    n = len(word)
    pos = text.find(word)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        after = text[pos + n] if pos + n < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(pos)
        pos = text.find(word, pos + 1)
    return out


def _personal(text: str, pos: int, end: int) -> bool:
    """Whether the word at ``pos..end`` reads as a person's name there, or as a word
    of a longer name: after a given name, a title, an initial or another capitalised
    word that is no function word ("Elon Musk", "Mr. Musk", "W.W. Norton"), before
    another capitalised word or "of" and one ("Bank of America"), or before "who" or
    a speech verb and a personal pronoun ("Musk said his", "Haaland, who")."""
    after = text[end : end + 20].split()[:2]
    if text.startswith(", who ", end) or _CONTINUED.match(text, end):
        return True  # ("Ruiz, who", "Bank of America", "Goldman Sachs")
    if len(after) == 2 and after[0] in SPEECH_VERBS and after[1] in _PERSONAL:
        return True
    words = text[max(0, pos - 30) : pos].split()
    if not words or text[pos - 1 : pos] != " ":
        return False
    prev = words[-1].rstrip(".")
    if prev in given_names() or prev in TITLES:
        return True
    return prev[:1].isupper() and prev.lower() not in stopwords()


def _described(rest: str) -> bool:
    """Whether ``rest`` (what follows a name and ", ") is an appositive whose head is a
    company noun: "the image-sharing site,", "a Chicago-based maker of"."""
    words = rest.split(",", 1)[0].split()[: _APPOSITIVE_WORDS + 1]
    if not words or words[0] not in ("the", "a", "an"):
        return False
    return any(w.rstrip(".;:") in _FIRM_NOUNS for w in words[1:])


@lru_cache(maxsize=8)
def _firm_words(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes with a company's cue: a possession after
    "'s", one of the phrases before it, an appositive with a company noun after it
    (one pass of three patterns per text, not one search per word)."""
    found: set[str] = set()
    for m in _POSSESSION.finditer(text):
        name = _word_before(text, m.start())
        if name:
            found.add(name)
    for m in _APPOSITION.finditer(text):
        name = _word_before(text, m.start())
        if name and _described(text[m.end() : m.end() + 60]):
            found.add(name)
    low = text.lower()
    if any(b in low for b in _FIRM_BEFORE):
        found.update(m.group(1) for m in _PRECEDED.finditer(text))
    return frozenset(found)


def _word_before(text: str, end: int) -> str:
    r"""The capitalised word ending at ``end`` (or before a newline there) and starting
    at most 40 characters before it, or ``""``: what ``re.search(r"(?<![\w-])[A-Z][\w-]*$",
    ...)`` over ``text[end - 40 : end]`` matches (lookbehind seeing the text before),
    read backwards from ``end`` instead of trying a pattern at each position."""
    lo = max(0, end - 40)
    if end > lo and text[end - 1] == "\n":
        end -= 1  # ("$" also matches before a final newline)
    q = end
    while q > 0 and (text[q - 1].isalnum() or text[q - 1] in "_-"):
        q -= 1
    if q < lo or q == end or not ("A" <= text[q] <= "Z"):
        return ""
    return text[q:end]


#: Words before "in"/"of" and a name that make it a place people live in
#: ("Residents in Croydon", "families in Thurrock", "voters of Ohio", "born in
#: Kent"): the text treats it as a place, and a council's "chief executive" is no
#: company's.
_LIVED_IN = frozenset(
    """residents families people voters households homeowners tenants locals
    communities children pupils schools streets town towns village villages live
    lives living lived born""".split()
)


def _lived_in(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows "in"/"of" after a word of
    :data:`_LIVED_IN` ("Residents in Croydon")."""
    words = text[max(0, pos - 30) : pos].split()
    return (
        len(words) >= 2
        and text[pos - 1 : pos] == " "
        and words[-1] in ("in", "of")
        and words[-2].lower() in _LIVED_IN
    )


def firm(text: str, word: str) -> bool:
    """Whether the text treats the capitalised ``word`` as a company's name anywhere:
    a company's possession after "'s", "shares of" and the like before it, or an
    appositive with a company noun after it; never an acronym (merged with the name
    it spells), a group's plural ("Hispanics"), nor a word the text also writes as a
    person's name (:func:`_personal`: "Elon Musk ... Musk's shares") or as a place
    people live in (:func:`_lived_in`: "Residents in Croydon ... Croydon's chief
    executive")."""
    if word.isupper() or word not in _firm_words(text):
        return False
    if word.endswith("s") and zipf(word[:-1].lower()) >= _GROUP_ZIPF:
        return False  # a group's plural: "evangelical Christians, ..."
    return not any(
        _personal(text, pos, pos + len(word)) or _lived_in(text, pos)
        for pos in _positions(text, word)
    )


def _closed_compound(low: str) -> bool:
    """Whether ``low`` splits into two common English words ("heat|wave",
    "cyber|attacks": a plural's singular counts)."""
    for i in range(3, len(low) - 2):
        head, tail = low[:i], low[i:]
        if zipf(head) < _PART_ZIPF:
            continue
        if zipf(tail) >= _PART_ZIPF or (tail.endswith("s") and zipf(tail[:-1]) >= _PART_ZIPF):
            return True
    return False


def _plural_compound(low: str) -> bool:
    """Whether ``low`` is a plural whose singular is two common words closed up
    ("snow|storms", "yard|sticks") or a common word's agent noun ("campaign|ers",
    "diet|ers"). Singular words ("Heatwave") and company names ("Honeywell",
    "Rightmove", "Firestone") are left as names: a company written once at a
    sentence's start is far likelier than a closed-up singular noun there."""
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    one = low[:-1]
    if one.endswith("er") and zipf(one[:-2]) >= _PART_ZIPF:
        return True
    return _closed_compound(one)


def compound_noun(text: str, word: str, end: int) -> bool:
    """Whether ``word``, opening a sentence and ending at ``end``, is a common noun
    written as one word ("Snowstorms closed schools"; not the singular "Heatwave",
    which stays a name like "Honeywell"): rare as a whole, a plural compound
    (:func:`_plural_compound`), written once in the text
    (a name recurs: "Tiegen was ... Tiegen said"), after a sentence's end (not a
    quotation mark: "“Lilyhammer”"), and before a lower-case word that is no speech
    verb ("Bluesky said", "Offstage, the actors")."""
    if len(word) < 6 or not word.isalpha() or not word[1:].islower() or word in given_names():
        return False
    low = word.lower()
    if zipf(low) >= _RARE_ZIPF or not _plural_compound(low):
        return False
    nxt = text[end : end + 20].split()[:1]
    if not nxt or not nxt[0].isalpha() or not nxt[0].islower() or nxt[0] in SPEECH_VERBS:
        return False  # ("“Trainwreck.”", "Offstage, the actors", "Bluesky said")
    found = _positions(text, word)
    if len(found) != 1:
        return False  # written again ("Tiegen was ... Tiegen said"): a name
    before = text[: found[0]].rstrip(" ")
    return not before or before[-1] in ".!?\n"  # (not after a quotation mark: a title)


#: The openings of surnames written with an inner capital ("McConnell", "DeSantis",
#: "VandeHei", "DelBene", "DesJarlais", "FitzGerald"): no brand's.
_SURNAME_OPENINGS = frozenset(
    """Mac Van Von Vande Vanden Vander Fitz Del Della Des Dos Den Der Ten Ter San Las Los
    Bin Ibn Abu Abd Ste""".split()
)
#: A capitalised word with an inner capital: the lead, then the rest from that capital.
_INNER_CAPITAL = re.compile(r"([A-Z][a-z]{2,})([A-Z][A-Za-z]*)")
#: The last parts of brands written as one word ("BuzzFeed", "YouGov", "CrowdStrike",
#: "HuffPost", "LinkedIn", "SoftBank"): an inner capital alone is no brand's mark, as
#: given names have it too ("MarQuise", "ShaCarri", "KeeShawn").
_BRAND_TAILS = frozenset(
    """Feed Post Gov Strike In Bank Blue Works Books Book Soft Box Tube Pay Net Hub Tech
    Link Force Chat Cast Data Mart Shop Cloud Lab Labs Media News Wire Watch Mobile Card
    Flix Corp Energy Health Care Pharma Games Capital Systems Ware Mail Fund Press Desk
    Coin Base Space Point Fact Star Jet Air Dash Drop Lift Check Square Deck Mind""".split()
)


def brand(text: str, word: str) -> bool:
    """Whether ``word`` is written like a brand, and the text never writes it as a
    person's name (:func:`_personal`: "Elon Musk", "Mr. Musk", "Musk said his"): one
    word with a capital inside after a lead of three letters or more ("YouGov",
    "BuzzFeed", "CrowdStrike", "LinkedIn"), where neither part is a given name
    ("JoAnne", "KellyAnne", "ByronYork") and the lead opens no surname ("McConnell",
    "LeVell" and "DeSantis" have shorter leads; "VandeHei", "DelBene")."""
    m = _INNER_CAPITAL.fullmatch(word)
    if m is None:
        return False
    lead, rest = m.group(1), m.group(2)
    names = given_names()
    if lead in _SURNAME_OPENINGS or lead in names or rest in names:
        return False
    # (a brand's last part, or another capital: "PayPalCredit")
    if rest not in _BRAND_TAILS and not any(ch.isupper() for ch in rest[1:]):
        return False
    n = len(word)
    for pos in _positions(text, word):
        # (after a comma or a colon the word before is none of the name's: "On
        # Monday, BuzzFeed said"; what follows still counts, from a window of the text)
        if text[pos - 2 : pos - 1] in (",", ";", ":"):
            if _personal(text[pos - 1 : pos + n + 40], 1, 1 + n):
                return False
        elif _personal(text, pos, pos + n):
            return False
    return True
