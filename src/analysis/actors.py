"""Named actors: people, countries and places, organisations, found without a model.

Candidates are runs of capitalised words within a sentence (joined by "of", "for",
"and" where the run is one name: "Bank of China", "Belt and Road"), classified by
gazetteers (:mod:`analysis.gazetteer`: ISO 3166 countries via ``pycountry`` with
demonyms, regions and cities, organisation acronyms), by head words ("Ministry",
"Railway", "Initiative") and by titles ("Chinese President Xi Jinping" -> the
person "Xi Jinping" with the role "Chinese President"). Names are then merged
within the document: a single word that is part of a full name ("Xi",
"Lukashenko") takes the full name; an acronym takes the name whose initials it
spells ("UN" -> "United Nations"); a demonym takes its country ("Belarusian" ->
"Belarus"). A capital at the start of a sentence or in a headline counts only with
evidence (a gazetteer entry, the same word capitalised mid-sentence elsewhere, or
a word rare in general English per ``wordfreq``); function words never count.

This is the capitalisation-and-gazetteer approach of early named-entity
recognisers (Mikheev, Moens & Grover 1999, "Named Entity Recognition without
Gazetteers", EACL) with the document-level alias merging of Nadeau & Sekine
(2007, "A survey of named entity recognition and classification").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from wordfreq import zipf_frequency

from analysis import gazetteer
from analysis.paths import DATA_DIR
from analysis.stoplist import stopwords
from analysis.types import ActorKind, Document, Mention, Token

# Title words that make the next name a person; honorifics give no role.
_HONORIFICS = frozenset("Mr Mrs Ms Mx Miss Sir Dame Lord Lady Dr Prof".split())
_TITLES = _HONORIFICS | frozenset(
    """President Vice-President Premier Chancellor Minister Secretary Secretary-General
    Chairman Chairwoman Chair King Queen Prince Princess Pope Ambassador Governor Senator
    Sen Rep Gov Mayor Spokesman Spokeswoman Spokesperson Director Director-General
    Commissioner General Admiral Colonel Col Gen Justice Judge Sheikh Emir Sultan CEO
    Leader Speaker Representative Envoy Councilor Councillor Professor Captain Capt
    Lieutenant Sergeant Officer Detective Chief Councillor Coach Archbishop Bishop Rev
    Father Sister Deputy Vice Premier Congressman Congresswoman Commander Democrat
    Republican""".split()
)
# Words that may stand in a role before a title ("Prime Minister", "Foreign Minister").
_ROLE_WORDS = _TITLES | frozenset(
    """Prime Foreign Defense Defence Finance Interior Trade Commerce State Former Acting
    Executive First Supreme Attorney Health Education Economy Energy Agriculture Culture
    Labor Labour Transport Environment Home Security Senior Assistant Special Permanent
    Cabinet Party Communist Federal National Central Military Police Fire""".split()
)
_ORG_HEADS = frozenset(
    """Union Nations Organization Organisation Bank Ministry Department Agency Council
    Committee Commission Party Association Institute University College School Company
    Corporation Corp Inc Ltd LLC Group Fund Foundation Court Parliament Congress Senate
    Assembly Office Bureau Army Navy Force Forces Police Railway Railways Express Airlines
    Airways News Times Post Center Centre Club Federation Authority Service Society
    Alliance League Network Media Press Daily Television Radio Exchange Board Secretariat
    Administration Government Cabinet Academy Hospital Museum Holdings Industries
    Technologies Motors Guard Command Reserve Court Tribunal Team Studio Studios Labs
    Institution Corporation Xinhua Times Agency Community Coalition Movement Front Journal
    Tribune Herald Gazette Magazine Review Chronicle Telegraph Observer Monitor""".split()
)
_PLACE_HEADS = frozenset(
    """City Province County River Sea Ocean Lake Island Islands Mountain Mountains Street
    Square Avenue Valley Bay Gulf Strait Peninsula District Region Airport Port Harbor
    Harbour Canal Desert Coast Plateau Basin Prefecture Oblast Village Town""".split()
)
_OTHER_HEADS = frozenset(
    """Initiative Agenda Plan Program Programme Strategy Treaty Agreement Accord Act
    Summit Forum Games Olympics Olympic Cup Festival War Declaration Convention Protocol
    Charter Project Expo Conference Award Prize Prizes Day Week Doctrine Policy Law Bill
    Road Belt Corridor Partnership Dialogue Fair Week Index""".split()
)
_HEADS = _ORG_HEADS | _PLACE_HEADS | _OTHER_HEADS
_CONNECTORS = frozenset("of for on and the de du da van von del der la".split())
_NOT_NAMES = frozenset(
    """I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Mon Tue Wed Thu Fri
    Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec OK AM PM Photo Photos""".split()
)
_SPEECH = frozenset(
    """said says told added noted stressed urged asked argued stated explained warned
    insisted replied wrote announced claimed suggested""".split()
)
_OPENING_MARKS = frozenset('"“‘«(:[—–')
#: A sentence-initial capital counts without other evidence when the word is this rare.
_RARE_ZIPF = 3.0


@dataclass(frozen=True, slots=True)
class _Piece:
    """A word token with a possessive ending dropped."""

    text: str
    start: int
    end: int
    initial: bool  # needs evidence: sentence-initial or in the headline


@dataclass
class _Cand:
    start: int
    end: int
    name: str
    kind: ActorKind | None  # None: a single unknown word, resolved at document level
    role: str | None = None
    canonical: str | None = None


def _strip_possessive(tok: Token) -> _Piece:
    text, end = tok.text, tok.end
    if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS":
        text, end = text[:-2], end - 2
    return _Piece(text, tok.start, end, False)


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _known(text: str) -> bool:
    return gazetteer.lookup(text) is not None


def _evidence(text: str, body_caps: frozenset[str]) -> bool:
    """Whether a capital that may only mark a sentence start is a name."""
    if text in _NOT_NAMES:
        return False
    if _known(text) or text in _TITLES:
        return True
    if text.lower() in stopwords():
        return False
    if text in body_caps:
        return True
    parts = text.split("-")
    if all(_is_cap(p) and _known(p) for p in parts):
        return True
    return zipf_frequency(text.lower(), "en") < _RARE_ZIPF


#: Words a title-case headline leaves in lower case.
_TITLE_CASE_MINOR = frozenset(
    "a an the of to in on at by for and or but nor as vs via with from".split()
)


def _title_case(toks: Sequence[Token]) -> bool:
    """Whether a sentence is written in title case ("Voters Abandon Party for Her")."""
    words = [t.text for t in toks if t.kind == "word" and t.text[:1].isalpha()]
    major = [w for w in words if w.lower() not in _TITLE_CASE_MINOR]
    # Running text has lower-case verbs and nouns even among many names.
    return len(major) >= 3 and all(w[:1].isupper() for w in major)


def _needs_evidence(doc: Document) -> list[bool]:
    """Per sentence: every capital in it needs evidence (a headline, title case)."""
    return [
        doc.paragraphs[s.paragraph].kind == "headline" or _title_case(doc.sentence_tokens(s))
        for s in doc.sentences
    ]


def _body_caps(doc: Document, suspect: Sequence[bool]) -> frozenset[str]:
    """Capitalised words seen after the first word of a sentence in running text."""
    seen: set[str] = set()
    for sent in doc.sentences:
        if suspect[sent.index]:
            continue
        toks = doc.sentence_tokens(sent)
        prev = ""
        for i, tok in enumerate(toks):
            if i > 0 and tok.kind == "word" and _is_cap(tok.text) and prev not in _OPENING_MARKS:
                seen.add(_strip_possessive(tok).text)
            prev = tok.text
    return frozenset(seen)


def _cap_counts(doc: Document) -> Counter[str]:
    """Capitalised words, and "X and Y" pairs of them, counted over the document."""
    counts: Counter[str] = Counter()
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if tok.kind == "word" and _is_cap(tok.text):
            word = _strip_possessive(tok).text
            counts[word] += 1
            if i + 2 < len(toks) and toks[i + 1].text == "and" and _is_cap(toks[i + 2].text):
                counts[f"{word} and {_strip_possessive(toks[i + 2]).text}"] += 1
    return counts


def _runs(doc: Document, body_caps: frozenset[str], suspect: Sequence[bool]) -> list[list[_Piece]]:
    """Runs of capitalised words (with connectors between them) per sentence."""
    runs: list[list[_Piece]] = []
    for sent in doc.sentences:
        headline = suspect[sent.index]
        toks = doc.sentence_tokens(sent)
        current: list[_Piece] = []
        first_word = True
        prev = ""
        for i, tok in enumerate(toks):
            initial = headline or first_word or prev in _OPENING_MARKS
            if tok.kind == "word":
                first_word = False
            piece = _strip_possessive(tok)
            cap = (
                tok.kind == "word"
                and _is_cap(piece.text)
                and piece.text not in _NOT_NAMES
                and not _function_word(piece.text)
            )
            if cap and initial and not _evidence(piece.text, body_caps):
                # A role word or given name opening a sentence counts before a name:
                # "Prime Minister X", "Mary J. Blige".
                nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                opener = piece.text in _ROLE_WORDS or piece.text in given_names()
                cap = not headline and opener and _is_cap(nxt)
            if cap:
                current.append(_Piece(piece.text, piece.start, piece.end, initial))
            elif (
                current
                and tok.text in _CONNECTORS
                and i + 1 < len(toks)
                and (_is_cap(toks[i + 1].text) or toks[i + 1].text == "the")
            ):
                current.append(piece)
            elif current and tok.text == "." and _abbreviated(current[-1].text):
                pass  # "Mr. Smith", "Mary J. Blige": the period stays in the run
            else:
                if current:
                    runs.append(current)
                current = []
            if piece.end != tok.end and current:
                runs.append(current)  # a possessive ends the name: "Xi's visit"
                current = []
            prev = tok.text
        if current:
            runs.append(current)
    return [_trim(r) for r in runs if _trim(r)]


def _abbreviated(word: str) -> bool:
    """A title or an initial, which a period may follow inside a name."""
    return word in _TITLES or (len(word) == 1 and word.isupper())


def _trim(run: list[_Piece]) -> list[_Piece]:
    """Drop connectors and function words at either end of a run."""
    lo, hi = 0, len(run)
    while lo < hi and _function_word(run[lo].text):
        lo += 1
    while hi > lo and _function_word(run[hi - 1].text):
        hi -= 1
    return run[lo:hi]


def _function_word(word: str) -> bool:
    if word in _CONNECTORS:
        return True
    if word in _TITLES or (len(word) > 1 and word.isupper()):
        return False  # "Mr", "US"
    return word.lower().replace("’", "'") in stopwords()


def _joined(doc: Document, run: Sequence[_Piece]) -> str:
    return " ".join(p.text for p in run)


def _segments(run: list[_Piece], caps: Counter[str]) -> list[list[_Piece]]:
    """Split a run at connectors that join two names rather than make one."""
    out: list[list[_Piece]] = []
    current: list[_Piece] = []
    i = 0
    while i < len(run):
        p = run[i]
        if p.text in _CONNECTORS and current:
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
                    and (i + 2 >= len(run) or run[i + 2].text in _CONNECTORS)
                    and caps[left] == caps[right] == caps[f"{left} and {right}"]
                )
            else:
                keep = (
                    left in _HEADS
                    or left in _TITLES
                    or (p.text == "the" and current[-1].text in _CONNECTORS)
                )
            if keep:
                current.append(p)
            else:
                out.append(current)
                current = []
        elif p.text not in _CONNECTORS:
            current.append(p)
        i += 1
    if current:
        out.append(current)
    return [_trim(s) for s in out if _trim(s)]


def _classify(doc: Document, seg: list[_Piece]) -> list[_Cand]:
    """Candidates in one segment: the whole, or a role prefix and the rest."""
    text = doc.text
    name = text[seg[0].start : seg[-1].end]
    spaced = _joined(doc, seg)
    start, end = seg[0].start, seg[-1].end
    for key in (name, spaced):
        hit = gazetteer.lookup(key)
        if hit is not None:
            return [_Cand(start, end, name, hit[1], canonical=hit[0])]
    last = seg[-1].text
    if len(seg) > 1 and last in _HEADS:
        return [_Cand(start, end, name, _head_kind(last), canonical=spaced)]
    # A role: countries and role words before a name, at least one of them a title.
    i = 0
    while i < len(seg) - 1 and (
        seg[i].text in _ROLE_WORDS
        or _country(seg[i].text)
        or (seg[i].text in _CONNECTORS and i > 0 and seg[i + 1].text in _ROLE_WORDS)
    ):
        i += 1
    prefix, rest = seg[:i], seg[i:]
    if any(p.text in _TITLES for p in prefix) or (
        not prefix and seg[0].text in _TITLES and len(seg) > 1
    ):
        if not prefix:
            prefix, rest = seg[:1], seg[1:]
        out = [
            _Cand(p.start, p.end, p.text, "country", canonical=_country(p.text))
            for p in prefix
            if _country(p.text)
        ]
        titled = [p for p in prefix if p.text not in _HONORIFICS or len(prefix) > 1]
        role = text[titled[0].start : titled[-1].end] if titled else None
        person = " ".join(text[rest[0].start : rest[-1].end].split())
        out.append(_Cand(rest[0].start, rest[-1].end, person, "person", role=role))
        return out
    head = next((p.text for p in reversed(seg) if p.text in _HEADS), None)
    if head is not None and any(p.text in _CONNECTORS for p in seg):
        return [_Cand(start, end, name, _head_kind(head), canonical=spaced)]
    if len(seg) > 1 and _country(seg[0].text):
        return [
            _Cand(
                seg[0].start, seg[0].end, seg[0].text, "country", canonical=_country(seg[0].text)
            ),
            *_classify(doc, seg[1:]),
        ]
    if len(seg) == 1:
        return [] if seg[0].text in _ROLE_WORDS else _single(seg[0])
    if any(p.text in _CONNECTORS or (len(p.text) > 1 and p.text.isupper()) for p in seg):
        return [_Cand(start, end, name, "other", canonical=spaced)]
    if _looks_personal(seg):
        return [_Cand(start, end, " ".join(name.split()), "person")]
    return [_Cand(start, end, name, None, canonical=spaced)]  # settled by the context


@cache
def given_names() -> frozenset[str]:
    """Common given names (``data/first_names_gender.txt``, shared with
    :mod:`analysis.speakers`)."""
    path = DATA_DIR / "first_names_gender.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


#: A last word this rare in general English (Zipf scale) reads as a surname.
_SURNAME_ZIPF = 3.7


def _looks_personal(seg: Sequence[_Piece]) -> bool:
    """Two to four capitalised words that look like a person's name: a known given
    name first, or a last word rare in general English ("Pat Caddell")."""
    if not 2 <= len(seg) <= 4:
        return False
    if seg[0].text in given_names():
        return True
    return zipf_frequency(seg[-1].text.lower(), "en") < _SURNAME_ZIPF


def _head_kind(head: str) -> ActorKind:
    if head in _ORG_HEADS:
        return "organization"
    return "place" if head in _PLACE_HEADS else "other"


def _country(word: str) -> str | None:
    return gazetteer.countries().get(word)


def _single(p: _Piece) -> list[_Cand]:
    """One word: hyphenated countries split ("China-Belarus"), else left unresolved."""
    parts = p.text.split("-")
    if len(parts) > 1 and all(_known(x) for x in parts):
        out: list[_Cand] = []
        pos = p.start
        for x in parts:
            hit = gazetteer.lookup(x)
            assert hit is not None
            out.append(_Cand(pos, pos + len(x), x, hit[1], canonical=hit[0]))
            pos += len(x) + 1
        return out
    return [_Cand(p.start, p.end, p.text, None)]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _CONNECTORS and w[:1].isupper())


def _resolve(doc: Document, cands: list[_Cand]) -> None:
    """Merge aliases across the document and settle the kind of single words."""
    # Longer names first; among equals the most mentioned, then the first mentioned.
    said = Counter(c.name for c in cands if c.kind == "person")
    first: dict[str, int] = {}
    for c in cands:
        first.setdefault(c.name, c.start)
    people = sorted(said, key=lambda n: (-len(n.split()), -said[n], first[n], n))
    named = {c.canonical or c.name for c in cands if c.kind is not None}
    for c in cands:
        if c.kind == "person":
            words = c.name.split()
            full = next((n for n in people if all(w in n.split() for w in words)), c.name)
            c.canonical = full
    toks = doc.tokens
    starts = [t.start for t in toks]

    def neighbours(c: _Cand) -> tuple[str, str]:
        first = bisect_left(starts, c.start)
        last = bisect_left(starts, c.end) - 1  # the token holding the name's end
        before = toks[first - 1].text if first > 0 else ""
        after = toks[last + 1].text if last + 1 < len(toks) else ""
        return before, after

    lowered = {t.text for t in toks if t.kind == "word" and t.text.islower()}
    # A word of a longer organisation's name stands for it ("Hofstra" -> "Hofstra
    # University"); the most mentioned such name wins.
    orgs = Counter(
        (c.canonical or c.name, c.kind)
        for c in cands
        if c.kind in ("organization", "other") and " " in (c.canonical or c.name)
    )
    names: dict[str, tuple[ActorKind, str]] = {}
    for (org, kind), _ in sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0])):
        for word in org.split():
            if word[:1].isupper() and word not in _HEADS and kind is not None:
                names.setdefault(word, (kind, org))
    speakers = {c.name for c in cands if c.kind is None and neighbours(c)[1] in _SPEECH}
    for c in cands:
        if c.kind is not None:
            c.canonical = c.canonical or c.name
            continue
        if " " in c.name:  # several words, neither a known name nor like a person's
            c.kind = "person" if c.name in speakers else "other"
            c.canonical = c.canonical or c.name
            continue
        whole = next((n for n in people if c.name in n.split()), None)
        acronym = next(
            (
                n
                for n in sorted(named)
                if len(c.name) > 1 and _initials(n) == c.name.replace(".", "")
            ),
            None,
        )
        before, _ = neighbours(c)
        part_of = names.get(c.name)
        if whole is not None:
            c.kind, c.canonical = "person", whole
        elif acronym is not None and c.name.isupper():
            c.kind, c.canonical = "organization", acronym
        elif c.name.isupper() and len(c.name) > 5:
            c.kind = None  # capitals for emphasis or a dateline ("HEMPSTEAD, N.Y.")
        elif c.name.isupper() and len(c.name) > 1:
            c.kind, c.canonical = "organization", c.name
        elif part_of is not None:
            c.kind, c.canonical = part_of
        elif c.name in speakers:
            c.kind, c.canonical = "person", c.name
        elif before in ("in", "at"):
            c.kind, c.canonical = "place", c.name
        elif c.name.lower() in lowered:
            c.kind = None  # a common word capitalised for emphasis: "the Talks"
        else:
            c.kind, c.canonical = "other", c.name
    cands[:] = [c for c in cands if c.kind is not None]


def find_mentions(doc: Document) -> tuple[Mention, ...]:
    """Named-actor mentions of a document, in text order, with aliases merged.

    Args:
        doc: A parsed document.

    Returns:
        One :class:`~analysis.types.Mention` per name as written: ``text`` is
        ``doc.text[start:end]``; ``canonical`` the merged name ("Xi" -> "Xi Jinping",
        "Belarusian" -> "Belarus", "UN" -> "United Nations"); ``kind`` one of
        person, country, place, organization, other; ``role`` the title written
        before a person ("Chinese President"), else ``None``.

    References:
        Mikheev, Moens & Grover (1999), "Named Entity Recognition without
        Gazetteers", EACL; Nadeau & Sekine (2007), "A survey of named entity
        recognition and classification", Lingvisticae Investigationes 30(1).
    """
    suspect = _needs_evidence(doc)
    body_caps = _body_caps(doc, suspect)
    caps = _cap_counts(doc)
    cands: list[_Cand] = []
    for run in _runs(doc, body_caps, suspect):
        for seg in _segments(run, caps):
            cands.extend(_classify(doc, seg))
    _resolve(doc, cands)
    cands.sort(key=lambda c: (c.start, c.end))
    out: list[Mention] = []
    for c in cands:
        assert c.kind is not None and c.canonical is not None
        out.append(Mention(doc.text[c.start : c.end], c.start, c.end, c.canonical, c.kind, c.role))
    return tuple(out)


def actors_table(mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    """One row per canonical actor: ``actor, kind, mentions, aliases, roles, first``.

    Rows are sorted by mentions (most first), then first appearance. ``aliases``
    and ``roles`` list the distinct forms as written, in order of appearance,
    joined with "; "; ``kind`` is the actor's most frequent kind.
    """
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        groups.setdefault(m.canonical, []).append(m)
    rows: list[dict[str, Any]] = []
    for actor, ms in groups.items():
        kinds = Counter(m.kind for m in ms)
        kind = max(
            kinds, key=lambda k: (kinds[k], -next(i for i, m in enumerate(ms) if m.kind == k))
        )
        rows.append(
            {
                "actor": actor,
                "kind": kind,
                "mentions": len(ms),
                "aliases": "; ".join(dict.fromkeys(m.text for m in ms)),
                "roles": "; ".join(dict.fromkeys(m.role for m in ms if m.role)),
                "first": ms[0].start,
            }
        )
    rows.sort(key=lambda r: (-r["mentions"], r["first"], r["actor"]))
    return rows


def records(doc: Document, *, top: int | None = None) -> list[dict[str, Any]]:
    """CLI records: ``{"doc", "rank", "actor", "kind", "mentions", "aliases", "roles",
    "first"}`` per actor of ``doc`` (the ``top`` most mentioned, or all)."""
    rows = actors_table(find_mentions(doc))
    if top is not None:
        rows = rows[:top]
    return [{"doc": doc.id, "rank": i, **row} for i, row in enumerate(rows, start=1)]
