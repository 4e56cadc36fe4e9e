"""Runs of capitalised words: the scanning half of :mod:`analysis.names`.

:func:`capital_runs` walks a document's sentences from one capitalised word to the next and
gathers each run of capitals (with the connectors, particles, possessives and
abbreviation periods that stay inside a name: "Bank of China", "Ursula von der
Leyen", "the Workers' Party of Korea", "Mr. Smith"). A capital that may only mark a
sentence start, a headline or a title-case line counts only with evidence
(:mod:`analysis.capitals`, :mod:`analysis.openers`). Splitting the runs and
classifying them is left to :func:`analysis.names.candidates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from analysis.capitals import EITHER_QUOTES as _EITHER_QUOTES
from analysis.capitals import OPENING_PREV as _OPENING_PREV
from analysis.capitals import SAINTS as _SAINTS
from analysis.capitals import SAINTS_HEADS as _SAINTS_HEADS
from analysis.capitals import acronym as _acronym
from analysis.capitals import ampersand as _ampersand
from analysis.capitals import bare as _bare
from analysis.capitals import before_appositive as _before_appositive
from analysis.capitals import evidence as _evidence
from analysis.capitals import is_cap as _is_cap
from analysis.capitals import known as _known
from analysis.capitals import named_twice as _named_twice
from analysis.capitals import opening as _opening
from analysis.capitals import particle_run as _particle_run
from analysis.capitals import particled as _particled
from analysis.capitals import titled_function as _titled_function
from analysis.frequencies import zipf
from analysis.months import NAMED_MONTHS as _NAMED_MONTHS
from analysis.months import month_surnames
from analysis.months import named_month as _named_month
from analysis.namekinds import Piece as _Piece
from analysis.namekinds import abbreviated as _abbreviated
from analysis.namekinds import function_word as _function_word
from analysis.namekinds import given_names
from analysis.namewords import CONNECTORS, HEADS, SPEECH_VERBS
from analysis.namewords import NOT_NAMES as _NOT_NAMES
from analysis.namewords import OF_HEADS as _OF_HEADS
from analysis.namewords import ORG_HEADS as _ORG_HEADS
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.namewords import PLACE_HEADS as _PLACE_HEADS
from analysis.namewords import ROLE_WORDS as _ROLE_WORDS
from analysis.namewords import STANDALONE_ORGS as _STANDALONE
from analysis.namewords import STORMS as _STORMS
from analysis.openers import NAME_ZIPF as _NAME_ZIPF
from analysis.openers import city_surname as _city_surname
from analysis.openers import common as _common
from analysis.openers import inflected as _inflected
from analysis.openers import plain_opener as _plain_opener
from analysis.openers import very_common as _very_common
from analysis.segments import trim as _trim
from analysis.types import Document, Token

#: An empty set of surnames, for a text that needs none.
_NONE: frozenset[str] = frozenset()
#: Makes a :class:`_Piece` in C from a tuple of its fields (the named tuple's own
#: ``__new__`` is a Python function).
_new_tuple: Any = tuple.__new__


def capital_runs(
    doc: Document, body_caps: frozenset[str], suspect: Sequence[bool], capitals: Sequence[int]
) -> list[list[_Piece]]:
    """Runs of capitalised words (with connectors between them) per sentence.

    Only a capitalised word (one of ``capitals``) starts a run, so the scan jumps
    from one to the next and walks token by token only while a run goes on.
    """
    runs: list[list[_Piece]] = []
    toks = doc.tokens
    surnames: frozenset[str] | None = None  # (found once per text, when needed)
    sents = doc.sentences
    n_caps = len(capitals)
    k = si = 0
    # (locals: compiled, each use of a module's global is a dictionary lookup)
    opening_prev, named_months, not_names = _OPENING_PREV, _NAMED_MONTHS, _NOT_NAMES
    function_word, connectors, new_tuple, piece = _function_word, CONNECTORS, _new_tuple, _Piece
    while k < n_caps:
        i = capitals[k]
        while sents[si].tok_end <= i:
            si += 1
        lo, hi = sents[si].tok_start, sents[si].tok_end
        headline = suspect[si]
        first = lo  # the sentence's first word: a capital there needs evidence
        while toks[first].kind != "word":
            first += 1
        current: list[_Piece] = []
        paired = -1  # the second word of a gazetteer name opening a sentence
        while True:
            tok = toks[i]
            text = tok.text
            cap = False
            if tok.kind == "word" and text[:1].isupper():  # (a possessive keeps it)
                initial = (
                    headline
                    or i == first
                    or (
                        toks[i - 1].text in opening_prev
                        and _opening(doc.text, toks, i, first)
                        # two capitals after a quotation mark of either orientation
                        # inside a sentence begin a name ('Grand Bargain')
                        and not (
                            toks[i - 1].text in _EITHER_QUOTES
                            and i + 1 < hi
                            and _is_cap(toks[i + 1].text)
                        )
                    )
                )
                bare = _bare(text)
                # ("Chief Economist Jan Hatzius", "Theresa May said": no months)
                month = bare in named_months and not headline
                if month and surnames is None:
                    surnames = month_surnames(doc.text)
                month = month and _named_month(doc, i, lo, hi, current, surnames or _NONE)
                # "Will Smith said", "actor Will Ferrell": a given name, not the modal
                will = bare == "Will" and not headline and _will_name(toks, i, hi, initial)
                cap = month or will or (bare not in not_names and not function_word(bare))
                if (
                    cap
                    and initial
                    and not month
                    and i != paired
                    and not _evidence(bare, body_caps)
                    and (
                        headline
                        or not _acronym(bare)
                        # (a dateline or a transcript's label: "FLINT, Mich.", "PENCE:",
                        # "MIDWAY ATOLL -"; an acronym goes on with a word)
                        or i + 1 >= hi
                        or toks[i + 1].kind != "word"
                        or toks[i + 1].text.isupper()
                    )
                ):
                    # A role word or given name opening a sentence counts before a
                    # name: "Prime Minister X", "Mary J. Blige".
                    nxt = toks[i + 1].text if i + 1 < hi else ""
                    opener = bare in _ROLE_WORDS or bare in given_names() or bare in _STORMS
                    opener = opener or will
                    # "Xavier Lopez said": two capitals, then a speech verb: a person
                    after = toks[i + 2].text if i + 2 < hi else ""
                    opener = opener or (
                        after in SPEECH_VERBS
                        and toks[i + 1].kind == "word"
                        and zipf(bare.lower()) < _NAME_ZIPF
                    )
                    # a common word opening a sentence is no name's first word:
                    # "Praising Biden, the senator", "Earlier Congress", "Later von"
                    plain = _common(bare) and bare not in given_names()
                    # "Kim Jong Un, general secretary of ...": capitals, an appositive role
                    opener = opener or (
                        not _inflected(bare)
                        and not _very_common(bare)
                        and _before_appositive(toks, i + 1, hi)
                    )
                    # "City Council member ...", "Foreign Ministry spokesman ...": a
                    # capital before an organisation's or place's head word (one that
                    # is a name alone needs a name-like word: "Earlier Congress")
                    head = _bare(nxt)
                    opener = opener or (head in _ORG_HEADS and not (plain and head in _STANDALONE))
                    opener = opener or head in _PLACE_HEADS
                    # "Doctors Without Borders said": a capitalised function word
                    # between two capitals inside a sentence joins one name
                    opener = opener or (
                        _titled_function(nxt) and _is_cap(after) and _running(toks, lo, hi)
                    )
                    cap = not headline and opener and _is_cap(nxt)
                    if headline and bare in given_names() and _bare(nxt) in body_caps:
                        cap = True  # "Margaret Ellison, editor, dies at 91": a surname seen
                    if not cap and nxt in ("of", "for") and bare in _OF_HEADS and _is_cap(after):
                        cap = True  # "Bank of China shares fell", "University of Iowa"
                    elif not cap and _is_cap(nxt) and _known_pair(bare, nxt):
                        cap, paired = True, i + 1  # "New Jersey Gov. Chris Christie"
                    elif not cap and not _plain_opener(bare) and _named_twice(doc.text, bare, nxt):
                        cap = True  # "Air France said ...", twice: a name holding a place
                    elif not cap and not headline and _city_surname(bare, nxt, after):
                        cap = True  # "Lloyd Austin met ...": a surname that is a city
                    elif not cap and _ampersand(toks, i + 1, i, hi):
                        cap = True  # "Standard & Poor's said"
                    elif not cap and not headline and not plain and _particle_run(toks, i + 1, hi):
                        cap = True  # "Ursula von der Leyen said", "Charles de Gaulle"
                    elif not cap and bare.lower() in _PARTICLES and i + 1 < hi:
                        # a particle opening a name: "Von der Leyen added", "De Niro"
                        cap = _is_cap(nxt) or (nxt in _PARTICLES and i + 2 < hi and _is_cap(after))

            if cap:
                end = tok.start + len(bare)
                if (
                    end == tok.end
                    and bare[-1:] == "s"
                    and i + 2 < hi
                    and toks[i + 1].text in ("'", "’")
                    and toks[i + 1].start == end
                    and toks[i + 2].start > toks[i + 1].end
                    and toks[i + 2].text in HEADS
                    and toks[i + 2].text not in _STANDALONE
                ):
                    # "the Workers' Party of Korea", "Veterans' Day": a plural possessive
                    # before a head word is inside the name ("Fox News' Chris Wallace":
                    # the possessor's name ends; "the Republicans' Senate majority": a
                    # head that is a name alone, the possessor's)
                    bare, end = text + toks[i + 1].text, toks[i + 1].end
                    i += 1
                elif (
                    end < tok.end
                    and i + 1 < hi
                    and (
                        (toks[i + 1].text in _SAINTS_HEADS and bare in _SAINTS)
                        or (bare == "State" and toks[i + 1].text == "Attorney")
                    )
                ) or (end < tok.end and _known(text)):  # "McDonald's", "Moody's"
                    # "King's College London", "St. John's Hospital", "State's Attorney":
                    # the possessive is inside the name
                    bare, end = text, tok.end
                current.append(new_tuple(piece, (bare, tok.start, end, initial)))
                if end < tok.end:
                    runs.append(current)  # a possessive ends the name: "Xi's visit"
                    current = []
            elif current and tok.kind == "word" and _particled(text):
                # "Abdel Fattah al-Sisi": a particle joined to a capitalised name
                bare = _bare(text)
                end = tok.start + len(bare)
                current.append(new_tuple(piece, (bare, tok.start, end, False)))
                if end != tok.end:
                    runs.append(current)
                    current = []
            elif (
                current
                and text in connectors  # (lower-case words: no possessive to strip)
                and i + 1 < hi
                and (
                    _is_cap(toks[i + 1].text)
                    or toks[i + 1].text == "the"
                    # particles in a row: "Ursula von der Leyen", "Ana de la Fuente"
                    or (
                        text in _PARTICLES
                        and toks[i + 1].text in _PARTICLES
                        and i + 2 < hi
                        and _is_cap(toks[i + 2].text)
                    )
                )
            ) or (
                current
                and not headline
                and i + 1 < hi
                and _is_cap(toks[i + 1].text)
                and (
                    # "Doctors Without Borders", "Bank Of America" (in running text, not
                    # a crosshead: "The Battle For Pennsylvania")
                    (_titled_function(text) and _running(toks, lo, hi))
                    or (  # "the Committee to Protect Journalists"
                        text == "to"
                        and current[-1].text in _ORG_HEADS
                        and i + 2 < hi
                        and _is_cap(toks[i + 2].text)
                        and not _known(toks[i + 1].text)
                        and not _known_pair(toks[i + 1].text, toks[i + 2].text)
                        and _to_joins(
                            doc.text, current[0].start, toks[i + 1].text, toks[i + 2].text
                        )
                    )
                )
            ):
                current.append(new_tuple(piece, (text, tok.start, tok.end, False)))
            elif current and text == "." and _abbreviated(current[-1].text):
                pass  # "Mr. Smith", "Mary J. Blige": the period stays in the run
            elif current:
                runs.append(current)
                current = []
            i += 1
            if not current:  # no run goes on: on to the next capital
                while k < n_caps and capitals[k] < i:
                    k += 1
                if k == n_caps or capitals[k] >= hi:
                    break
                i = capitals[k]
            elif i == hi:
                runs.append(current)
                break
        while k < n_caps and capitals[k] < hi:
            k += 1
    return [trimmed for trimmed in map(_trim, runs) if trimmed]


def _will_name(toks: Sequence[Token], i: int, hi: int, initial: bool) -> bool:
    """Whether a capitalised "Will" at ``toks[i]`` is a given name: before a capital
    inside a sentence, where the modal is never capitalised ("actor Will Ferrell"),
    or opening one with a speech verb after the next word ("Will Smith said"; not
    "Will Smith say ...?" or "Will Congress act?", where it asks a question). The next
    word is no very common one ("Some Will Want To hear", a headline in mixed case)."""
    nxt = toks[i + 1] if i + 1 < hi else None
    if nxt is None or nxt.kind != "word" or not _is_cap(nxt.text):
        return False
    if zipf(nxt.text.lower()) >= _WILL_NEXT_ZIPF:
        return False
    return not initial or (i + 2 < hi and toks[i + 2].text in SPEECH_VERBS)


#: A word after "Will" this common in English is a verb or the like ("Want", "Go"),
#: no surname (White 5.5, Young 5.4, Smith 4.9).
_WILL_NEXT_ZIPF = 5.6


def _running(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` (a sentence) hold a lower-case word: running text,
    not a line in title case ("The Battle For Pennsylvania")."""
    return any(toks[j].text[:1].islower() for j in range(lo, hi) if toks[j].kind == "word")


def _to_joins(text: str, start: int, word: str, nxt: str) -> bool:
    """Whether "to" after an organisation's head word joins one name, a verb after
    it ("Committee to Protect Journalists"): not after "from" ("from the Council to
    Prime Minister Keir Starmer", "from Congress to President Joe Biden") and not
    before a title or another organisation ("to Attorney General Merrick Garland",
    "to Harvard University")."""
    if word in _ROLE_WORDS or nxt in _ORG_HEADS:
        return False
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() == "the":
        before.pop()
    return not (before and before[-1].lower() == "from")


def _known_pair(word: str, nxt: str) -> bool:
    """Whether two words make a gazetteer name ("New Jersey", "NEW YORK")."""
    pair = f"{word} {_bare(nxt)}"
    return _known(pair) or (pair.isupper() and _known(pair.title()))
