"""Name candidates for :mod:`analysis.actors`: capitalised runs, split and classified.

A candidate is a run of capitalised words within a sentence (joined by "of",
"for", "on", "and" where the run is one name: "Bank of China", "Belt and Road"),
classified by the gazetteers of :mod:`analysis.gazetteer`, by head words
("Ministry", "Railway", "Initiative") and by titles ("Chinese President Xi
Jinping": the person "Xi Jinping", the role "Chinese President"). A capital that
may only mark a sentence start, a headline or a title-case line counts only with
evidence: a gazetteer entry, the same word capitalised in running text, a given
name or role word before another capital, or a word rare in general English.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from analysis import gazetteer
from analysis.capitals import DERIVED_ENDINGS as DERIVED_ENDINGS
from analysis.capitals import EITHER_QUOTES as _EITHER_QUOTES
from analysis.capitals import OPENING_PREV as _OPENING_PREV
from analysis.capitals import SURNAME_ZIPF as _SURNAME_ZIPF
from analysis.capitals import ampersand as _ampersand
from analysis.capitals import bare as _bare
from analysis.capitals import before_appositive as _before_appositive
from analysis.capitals import body_caps as _body_caps
from analysis.capitals import cap_counts as _cap_counts
from analysis.capitals import capital_indices as _capitals
from analysis.capitals import evidence as _evidence
from analysis.capitals import is_cap as _is_cap
from analysis.capitals import known as _known
from analysis.capitals import needs_evidence as _needs_evidence
from analysis.capitals import opening as _opening
from analysis.capitals import particle_run as _particle_run
from analysis.capitals import particled as _particled
from analysis.frequencies import zipf
from analysis.namewords import ABBREVIATIONS as _ABBREVIATIONS
from analysis.namewords import CONNECTORS as CONNECTORS
from analysis.namewords import HEADS as HEADS
from analysis.namewords import HONORIFICS as _HONORIFICS
from analysis.namewords import NOT_NAMES as _NOT_NAMES
from analysis.namewords import ORG_HEADS as _ORG_HEADS
from analysis.namewords import PARTICLES as _PARTICLES
from analysis.namewords import PLACE_HEADS as _PLACE_HEADS
from analysis.namewords import PLACE_PREPOSITIONS
from analysis.namewords import ROLE_HEADS as _ROLE_HEADS
from analysis.namewords import ROLE_WORDS as _ROLE_WORDS
from analysis.namewords import SPEECH_VERBS as SPEECH_VERBS
from analysis.namewords import STANDALONE_ORGS as _STANDALONE
from analysis.namewords import TITLES as _TITLES
from analysis.paths import DATA_DIR
from analysis.stoplist import stopwords
from analysis.types import ActorKind, Document
from analysis.worktitles import title_spans

#: Offices addressed with a courtesy title and no name ("Mr. President").
_OFFICES = frozenset(
    """President Speaker Chairman Chairwoman Secretary Minister Ambassador Mayor Governor
    Senator Prime Vice Commissioner Director""".split()
)
#: A sentence-initial capital counts when this rare and a second capital and a speech
#: verb follow ("Xavier Lopez said"); rarer words need no more (capitals.RARE_ZIPF).
_NAME_ZIPF = 4.0


class _Piece(NamedTuple):
    """A word of a name: a word token with a possessive ending dropped."""

    text: str
    start: int
    end: int
    initial: bool  # needs evidence: sentence-initial or in the headline


#: Makes a :class:`_Piece` in C from a tuple of its fields (the named tuple's own
#: ``__new__`` is a Python function).
_new_tuple: Any = tuple.__new__


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    name: str
    kind: ActorKind | None  # None: a single unknown word, resolved at document level
    role: str | None = None
    canonical: str | None = None


def _runs(
    doc: Document, body_caps: frozenset[str], suspect: Sequence[bool], capitals: Sequence[int]
) -> list[list[_Piece]]:
    """Runs of capitalised words (with connectors between them) per sentence.

    Only a capitalised word (one of ``capitals``) starts a run, so the scan jumps
    from one to the next and walks token by token only while a run goes on.
    """
    runs: list[list[_Piece]] = []
    toks = doc.tokens
    sents = doc.sentences
    n_caps = len(capitals)
    k = si = 0
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
                        toks[i - 1].text in _OPENING_PREV
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
                cap = bare not in _NOT_NAMES and not _function_word(bare)
                if cap and initial and i != paired and not _evidence(bare, body_caps):
                    # A role word or given name opening a sentence counts before a
                    # name: "Prime Minister X", "Mary J. Blige".
                    nxt = toks[i + 1].text if i + 1 < hi else ""
                    opener = bare in _ROLE_WORDS or bare in given_names()
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
                        not _inflected(bare) and _before_appositive(toks, i + 1, hi)
                    )
                    # "City Council member ...", "Foreign Ministry spokesman ...": a
                    # capital before an organisation's or place's head word (one that
                    # is a name alone needs a name-like word: "Earlier Congress")
                    head = _bare(nxt)
                    opener = opener or (head in _ORG_HEADS and not (plain and head in _STANDALONE))
                    opener = opener or head in _PLACE_HEADS
                    cap = not headline and opener and _is_cap(nxt)
                    if not cap and _is_cap(nxt) and _known_pair(bare, nxt):
                        cap, paired = True, i + 1  # "New Jersey Gov. Chris Christie"
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
                current.append(_new_tuple(_Piece, (bare, tok.start, end, initial)))
                if end < tok.end:
                    runs.append(current)  # a possessive ends the name: "Xi's visit"
                    current = []
            elif current and tok.kind == "word" and _particled(text):
                # "Abdel Fattah al-Sisi": a particle joined to a capitalised name
                bare = _bare(text)
                end = tok.start + len(bare)
                current.append(_new_tuple(_Piece, (bare, tok.start, end, False)))
                if end != tok.end:
                    runs.append(current)
                    current = []
            elif (
                current
                and text in CONNECTORS  # (lower-case words: no possessive to strip)
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
            ):
                current.append(_new_tuple(_Piece, (text, tok.start, tok.end, False)))
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


def _inflected(word: str) -> bool:
    """A stopword or an -ing or -ed form ("Praising", "Unlike"): a sentence opener,
    no name's first word."""
    low = word.lower()
    return low in stopwords() or (len(low) > 4 and low.endswith(("ing", "ed")))


def _common(word: str) -> bool:
    """A common English word, no name's first word when it opens a sentence: an
    :func:`_inflected` word, or one as frequent as :data:`_NAME_ZIPF` ("Earlier",
    "Later"; though "Kim" is too)."""
    return _inflected(word) or zipf(word.lower()) >= _NAME_ZIPF


def _known_pair(word: str, nxt: str) -> bool:
    """Whether two words make a gazetteer name ("New Jersey", "NEW YORK")."""
    pair = f"{word} {_bare(nxt)}"
    return _known(pair) or (pair.isupper() and _known(pair.title()))


def _abbreviated(word: str) -> bool:
    """A title, an abbreviation ("St") or an initial, which a period may follow
    inside a name."""
    return word in _TITLES or word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _trim(run: list[_Piece]) -> list[_Piece]:
    """Drop connectors and function words at either end of a run."""
    lo, hi = 0, len(run)
    while lo < hi and _function_word(run[lo].text):
        lo += 1
    while hi > lo and _function_word(run[hi - 1].text):
        hi -= 1
    return run[lo:hi]


@lru_cache(maxsize=1 << 16)
def _function_word(word: str) -> bool:
    if word in CONNECTORS:
        return True
    if word in _TITLES or (len(word) > 1 and word.isupper()):
        return False  # "Mr", "US"
    return word.lower().replace("’", "'") in stopwords()


def _joined(doc: Document, run: Sequence[_Piece]) -> str:
    return " ".join(p.text for p in run)


#: Words before a run that make "X and Y" two places ("in Cincinnati and Columbus");
#: not "of", after which "X and Y" is as often one name ("the spirit of Belt and Road").
_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS - {"of"}
#: In "X and Y" as one name ("Belt and Road"), a word is this common in general English.
_COMMON_ZIPF = 4.0


def _segments(run: list[_Piece], caps: Counter[str], before: str = "") -> list[list[_Piece]]:
    """Split a run at connectors that join two names rather than make one
    (``before``: the word before the run, lower-cased)."""
    out: list[list[_Piece]] = []
    current: list[_Piece] = []
    i = 0
    while i < len(run):
        p = run[i]
        if p.text in CONNECTORS and current:
            left = current[-1].text
            right = run[i + 1].text if i + 1 < len(run) else ""
            if p.text == "and":
                # "Belt and Road" is one name; "Merkel and Macron" two: a name's words
                # do not occur outside it.
                keep = (
                    len(current) == 1
                    and not _known(left)
                    and not _known(right)
                    and left not in _TITLES
                    and (
                        i + 2 >= len(run)
                        or run[i + 2].text in CONNECTORS
                        or run[i + 2].text in HEADS  # "the Belt and Road Initiative"
                    )
                    and caps[left] == caps[right] == caps[f"{left} and {right}"]
                    and before not in _PLACE_PREPOSITIONS
                    and max(zipf(left.lower()), zipf(right.lower())) >= _COMMON_ZIPF
                )
            else:
                keep = (
                    left in HEADS
                    or left in _TITLES
                    or (p.text == "the" and current[-1].text in CONNECTORS)
                    or p.text in _PARTICLES  # "Osama bin Laden", "Charles de Gaulle"
                    or p.text == "&"  # "Smith & Wesson"
                )
            if keep:
                current.append(p)
            else:
                out.append(current)
                current = []
        elif p.text not in CONNECTORS:
            current.append(p)
        i += 1
    if current:
        out.append(current)
    return [trimmed for trimmed in map(_trim, out) if trimmed]


def _classify(doc: Document, seg: list[_Piece]) -> list[Candidate]:
    """Candidates in one segment: the whole, or a role prefix and the rest."""
    if len(seg) == 1:  # (the rules below, for one word: its text is the segment's)
        p = seg[0]
        hit = gazetteer.lookup(p.text)
        if hit is None and len(p.text) > 3 and p.text.isupper():
            hit = gazetteer.lookup(p.text.title())  # "PARIS" in a dateline
        if hit is None:
            hit = _abbreviation(doc, p.text, p.end)
        if hit is not None:
            return [Candidate(p.start, p.end, p.text, hit[1], canonical=hit[0])]
        return [] if p.text in _ROLE_WORDS else _single(p)
    text = doc.text
    name = text[seg[0].start : seg[-1].end]
    spaced = _joined(doc, seg)
    start, end = seg[0].start, seg[-1].end
    for key in (name, spaced):
        hit = gazetteer.lookup(key)
        if hit is None and key.isupper():
            hit = gazetteer.lookup(key.title())  # "NEW YORK" in a dateline
        if hit is not None:
            return [Candidate(start, end, name, hit[1], canonical=hit[0])]
    if "." in name:
        hit = _abbreviation(doc, name, end)
        if hit is not None:
            return [Candidate(start, end, name, hit[1], canonical=hit[0])]
    words = [p.text for p in seg]
    last = seg[-1].text
    if len(seg) > 1 and last in HEADS:
        return [Candidate(start, end, name, _head_kind(last), canonical=spaced)]
    if "&" in words:
        return [Candidate(start, end, name, "organization", canonical=spaced)]
    # A role: places, countries and role words before a name, at least one of them a
    # title ("New Jersey Gov.", "Supreme Court Justice", "Senate Minority Leader").
    i = 0
    places: list[Candidate] = []
    while i < len(seg) - 1:
        w = seg[i].text
        if (
            w in _ROLE_WORDS
            or _country(w)
            or (w in CONNECTORS and i > 0 and seg[i + 1].text in _ROLE_WORDS)
            or (
                (w in _ROLE_HEADS or w in _ORG_HEADS)
                and any(p.text in _TITLES for p in seg[i + 1 : -1])
            )
        ):
            i += 1
            continue
        if i > 2 or not any(p.text in _TITLES for p in seg[i + 1 :]):
            break  # a place of up to three words opens the role, before a title
        place = _place_prefix(doc, seg, i)
        if place is None:
            break
        places.append(place)
        i += len(place.name.split())
    prefix, rest = seg[:i], seg[i:]
    if any(p.text in _TITLES for p in prefix) or (
        not prefix and seg[0].text in _TITLES and len(seg) > 1
    ):
        if not prefix:
            prefix, rest = seg[:1], seg[1:]
        out = [
            Candidate(p.start, p.end, p.text, "country", canonical=_country(p.text))
            for p in prefix
            if _country(p.text) and not any(c.start <= p.start < c.end for c in places)
        ]
        out.extend(places)
        titled = [p for p in prefix if p.text not in _HONORIFICS or len(prefix) > 1]
        role = None
        if titled:
            end = titled[-1].end
            if text.startswith(".", end) and _abbreviated(titled[-1].text):
                end += 1  # "Sen.", "Gov.": the abbreviation as written
            role = " ".join(text[titled[0].start : end].split())  # (no-break spaces too)
        if all(p.text in _ROLE_WORDS or p.text in CONNECTORS for p in rest) and (
            any(p.text not in _HONORIFICS for p in prefix) or rest[0].text in _OFFICES
        ):
            # "Mr. President", "Secretary of State": a role, no one named ("Mr. King",
            # "Mr. Justice": a surname)
            return out
        person = " ".join(text[rest[0].start : rest[-1].end].split())
        out.append(Candidate(rest[0].start, rest[-1].end, person, "person", role=role))
        return out
    head = next((p.text for p in reversed(seg) if p.text in HEADS), None)
    if head is not None and any(p.text in CONNECTORS for p in seg):
        return [Candidate(start, end, name, _head_kind(head), canonical=spaced)]
    if not _PARTICLES.isdisjoint(words[1:-1]) and all(
        w in _PARTICLES or not _function_word(w) for w in words
    ):  # "Osama bin Laden", "Charles de Gaulle"
        return [Candidate(start, end, " ".join(name.split()), "person")]
    if len(seg) > 1 and _country(seg[0].text):
        return [
            Candidate(
                seg[0].start, seg[0].end, seg[0].text, "country", canonical=_country(seg[0].text)
            ),
            *_classify(doc, seg[1:]),
        ]
    if len(seg) == 1:
        return [] if seg[0].text in _ROLE_WORDS else _single(seg[0])
    if any(p.text in CONNECTORS or (len(p.text) > 1 and p.text.isupper()) for p in seg):
        return [Candidate(start, end, name, "other", canonical=spaced)]
    if not _ABBREVIATIONS.isdisjoint(words[:-1]):  # "St. Louis", "Port St. Lucie"
        return [Candidate(start, end, name, "place", canonical=spaced)]
    if text[max(0, start - 4) : start].lower() == "the " and plural_noun(seg[-1].text):
        # "The Charlotte Panthers": a team or a group, not a person
        return [Candidate(start, end, name, None, canonical=spaced)]
    for k in (3, 2):  # a place closing a longer run: "the Ted Cruz South Carolina party"
        if len(seg) - k >= 2:
            tail = gazetteer.lookup(" ".join(words[-k:]))
            if tail is not None and tail[1] in ("place", "country"):
                p0 = seg[-k]
                place = Candidate(p0.start, end, text[p0.start : end], tail[1], canonical=tail[0])
                return [*_classify(doc, seg[:-k]), place]
    if _looks_personal(seg):
        return [Candidate(start, end, " ".join(name.split()), "person")]
    return [Candidate(start, end, name, None, canonical=spaced)]  # settled by the context


def _abbreviation(doc: Document, name: str, end: int) -> tuple[str, ActorKind] | None:
    """A US state abbreviation written before a period ("Wis.", "N.Y.") as a place."""
    if doc.text[end : end + 1] != ".":
        return None
    state = gazetteer.state_abbreviations().get(name)
    return None if state is None else (state, "place")


def _place_prefix(doc: Document, seg: Sequence[_Piece], i: int) -> Candidate | None:
    """A place or country opening ``seg[i:]`` before at least one more word: of two or
    three words ("New Jersey Gov. Chris Christie"), or of one before a role word
    ("Massachusetts Sen. Elizabeth Warren")."""
    for k in (3, 2, 1):
        if i + k >= len(seg) or (k == 1 and seg[i + 1].text not in _ROLE_WORDS):
            continue
        name = doc.text[seg[i].start : seg[i + k - 1].end]
        hit = gazetteer.lookup(name) or gazetteer.lookup(" ".join(p.text for p in seg[i : i + k]))
        if hit is not None and (
            hit[1] in ("place", "country") or (hit[1] == "organization" and k == 1)
        ):  # (an organisation's acronym: "NATO Secretary-General Jens Stoltenberg")
            return Candidate(seg[i].start, seg[i + k - 1].end, name, hit[1], canonical=hit[0])
    return None


@cache
def given_names() -> frozenset[str]:
    """Common given names (``data/first_names_gender.txt``, shared with
    :mod:`analysis.speakers`)."""
    path = DATA_DIR / "first_names_gender.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


def _looks_personal(seg: Sequence[_Piece]) -> bool:
    """Two to four capitalised words that look like a person's name: a known given
    name first, or a last word rare in general English ("Pat Caddell")."""
    if not 2 <= len(seg) <= 4:
        return False
    if seg[0].text in given_names():
        return True
    return zipf(seg[-1].text.lower()) < _SURNAME_ZIPF


def plural_noun(word: str) -> bool:
    """A plural of a common English noun ("Panthers"), not a surname ("Williams":
    its singular is a given name; "Sanders": its singular is rare)."""
    if len(word) < 5 or word[-1] != "s" or word[-2] == "s":
        return False
    singular = word[:-1]
    return (
        singular not in given_names()
        and zipf(word.lower()) >= _PLURAL_ZIPF
        and zipf(singular.lower()) >= _PLURAL_ZIPF
    )


#: A plural and its singular both this common in general English make a common noun.
_PLURAL_ZIPF = 3.5


def _head_kind(head: str) -> ActorKind:
    if head in _ORG_HEADS:
        return "organization"
    return "place" if head in _PLACE_HEADS else "other"


def _country(word: str) -> str | None:
    return gazetteer.countries().get(word)


def _single(p: _Piece) -> list[Candidate]:
    """One word: hyphenated countries split ("China-Belarus"), else left unresolved."""
    parts = p.text.split("-")
    if len(parts[0]) == 1:  # an initial ("J"), a party before a state ("D-N" of "D-N.Y.")
        return []
    if len(parts) > 1 and all(_known(x) for x in parts):
        out: list[Candidate] = []
        pos = p.start
        for x in parts:
            hit = gazetteer.lookup(x)
            assert hit is not None
            out.append(Candidate(pos, pos + len(x), x, hit[1], canonical=hit[0]))
            pos += len(x) + 1
        return out
    return [Candidate(p.start, p.end, p.text, None)]


_token_start = attrgetter("start")


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in CONNECTORS and w[:1].isupper())


def candidates(doc: Document) -> list[Candidate]:
    """Name candidates of ``doc`` in order of discovery: capitalised runs split at
    connectors and classified; a single unknown word has ``kind=None``, left for
    the document-level resolution of :func:`analysis.actors.find_mentions`."""
    suspect = _needs_evidence(doc)
    capitals = _capitals(doc)
    body_caps = _body_caps(doc, suspect, capitals)
    caps = _cap_counts(doc, capitals)
    out: list[Candidate] = []
    text = doc.text
    toks = doc.tokens
    titles = title_spans(doc)  # titles of works hold no actors
    for run in _runs(doc, body_caps, suspect, capitals):
        if titles:
            inside = [t for p in run for t in titles if t[0] <= p.start < t[1]]
            run = _trim([p for p in run if not any(s <= p.start < e for s, e in titles)])
            for s, e in dict.fromkeys(inside):
                # a law or organisation named like a work ("Justice Against Sponsors
                # of Terrorism Act") is one name of its head word's kind
                head = text[s:e].split()[-1]
                if head in HEADS and not any(c.start == s for c in out):
                    out.append(Candidate(s, e, text[s:e], _head_kind(head), canonical=text[s:e]))
            if not run:
                continue
        if len(run) == 1:  # (trimmed: no connector to split at)
            out.extend(_classify(doc, run))
            continue
        k = bisect_left(toks, run[0].start, key=_token_start)  # the run's first token
        before = toks[k - 1].text.lower() if k else ""
        for seg in _segments(run, caps, before):
            out.extend(_classify(doc, seg))
    return out
