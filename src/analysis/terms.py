"""Terms: the word and n-gram occurrences that keyword measures count.

Every occurrence comes from the tokens of :func:`analysis.parse.parse` (never
re-tokenized), lower-cased with a possessive ending dropped, keyed as ``word``,
Porter ``stem`` (NLTK's stemmer, data-free) or ``lemma`` (:mod:`analysis.lemmas`);
the keyphrases group by ``inflection`` (:func:`inflection_stem`).
N-grams of up to three words stay within a sentence, span no punctuation and
have content words at both ends ("Belt and Road" counts, "of the" does not); a
hyphenated compound counts as its parts where it stands alone and stays whole
inside a phrase. :mod:`analysis.keywords`, :mod:`analysis.keyphrases` and
:mod:`analysis.collocations` count these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Literal, cast

from analysis.lemmas import lemma
from analysis.porter import stemmer
from analysis.stoplist import stopwords
from analysis.types import Document, Token

Unit = Literal["word", "stem", "lemma"]
#: The keys rows can be grouped by: a :data:`Unit`, or ``"inflection"``
#: (:func:`inflection_stem`, which the keyphrases group by).
RowUnit = Literal["word", "stem", "lemma", "inflection"]


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a term: its key, its surface form, its tokens' offsets."""

    key: str
    surface: str
    start: int
    end: int
    tok: int  # index of the first token in ``Document.tokens``
    n: int = 1  # words


def normalize(token: Token) -> str:
    """A token's word form: lower case, possessive "'s" dropped."""
    text = token.text.lower()
    if len(text) > 2 and text[-2] in "'’" and text[-1] == "s":
        text = text[:-2]
    return text.replace("’", "'")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Porter stem of a lower-case word (NLTK's ``PorterStemmer``, data-free)."""
    return str(stemmer().stem(word))


#: The last letters one of the steps of :func:`inflection_stem` rewrites: 1a "-s", 1b
#: "-ed", "-ing", 1c "-y", 5a "-e", 5b "-ll"; a word ending otherwise is its own key.
_INFLECTED_ENDS = ("s", "d", "g", "y", "e", "l")


@lru_cache(maxsize=131072)
def inflection_stem(word: str) -> str:
    """A lower-case word with only its inflectional ending stemmed: Porter's steps 1a
    to 1c (plural and third-person "-s", "-ed", "-ing", a final "y") and 5 (a final
    "e", a double "l"), which only respell; steps 2 to 4, which strip derivational
    suffixes ("-al", "-ous", "-ation", "-ity"), are left out. "policy" and "policies"
    share a key, as do "meet", "meets" and "meeting"; "general", "generous" and
    "generation" (Porter stem "gener"), "international" and "internal", "university"
    and "universe" do not. NLTK's irregular forms ("news", "dying") are kept.

    Reference:
        Porter (1980), "An algorithm for suffix stripping", Program 14(3).
    """
    porter = stemmer()
    irregular: dict[str, str] = porter.pool
    if word in irregular:
        return irregular[word]
    if len(word) <= 2 or not word.endswith(_INFLECTED_ENDS):
        return word  # (no step applies: each needs one of these last letters)
    key = porter._step1c(porter._step1b(porter._step1a(word)))
    return str(porter._step5b(porter._step5a(key)))


def _unit_key(word: str, unit: RowUnit) -> str:
    if unit == "word":
        return word
    if unit == "stem":
        return stem(word)
    if unit == "lemma":
        return lemma(word)
    if unit == "inflection":
        return inflection_stem(word)
    raise ValueError(f"unknown unit {unit!r}; choose word, stem or lemma")


def is_content(token: Token) -> bool:
    """A word (letters) that is not a stopword."""
    return token.kind == "word" and normalize(token) not in stopwords()


def occurrences(
    doc: Document, *, n: int = 1, unit: Unit = "word", headline: bool = True
) -> Iterator[Occurrence]:
    """Every occurrence of every n-gram term of ``doc``, in text order.

    Args:
        doc: A parsed document.
        n: Words per term, 1 to 3; n-grams stay within a sentence and span no
            punctuation; their first and last words are content words.
        unit: ``"word"`` (lower case), ``"stem"`` (Porter) or ``"lemma"``
            (:func:`analysis.lemmas.lemma`).
        headline: Include the headline.
    """
    if not 1 <= n <= 3:
        raise ValueError(f"n must be 1, 2 or 3, not {n}")
    return (o for o in ngrams(doc, max_n=n, unit=unit, headline=headline) if o.n == n)


def ngrams(
    doc: Document, *, max_n: int = 3, unit: Unit = "word", headline: bool = True
) -> Iterator[Occurrence]:
    """Occurrences of all terms of 1 to ``max_n`` words, in one pass over the tokens."""
    text = doc.text
    for key, start, end, tok, n in ngram_rows(doc, max_n=max_n, unit=unit, headline=headline):
        yield Occurrence(key, text[start:end], start, end, tok, n)


#: A word token's cached entry: its :func:`normalize` form, how many characters its
#: possessive takes off its end, its key under a unit, whether it
#: is a content word, and for a hyphenated compound standing alone its non-stopword
#: parts as ``(key, offset, length)`` (``None`` for any other word).
_Entry = tuple[str, int, str, bool, tuple[tuple[str, int, int], ...] | None]
_NO_ENTRY: _Entry = ("", 0, "", False, None)
#: Entries per unit, cached per written form; emptied when it grows past this size.
_ENTRY_LIMIT = 200_000
_entry_caches: dict[str, dict[str, object]] = {}
# C-level field readers for the per-token passes
_KEY = itemgetter(2)
_CONTENT = itemgetter(3)


def _make_entry(text: str, unit: RowUnit) -> _Entry:
    low = text.lower()
    if len(low) > 2 and low[-2] in "'’" and low[-1] == "s":
        low = low[:-2]
    cut = 2 if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS" else 0
    word = low.replace("’", "'")
    if not word:
        return ("", cut, "", False, None)
    stops = stopwords()
    parts: tuple[tuple[str, int, int], ...] | None = None
    if "-" in text:
        pieces = text[: len(text) - cut].split("-")
        if all(len(p) > 1 and p.isalpha() for p in pieces):
            found: list[tuple[str, int, int]] = []
            offset = 0
            for p in pieces:
                lower = p.lower()
                if lower not in stops:
                    found.append((_unit_key(lower, unit), offset, len(p)))
                offset += len(p) + 1
            parts = tuple(found)
    return (word, cut, _unit_key(word, unit), word not in stops, parts)


def _entries(tokens: tuple[Token, ...], unit: RowUnit) -> list[_Entry]:
    """Each token's :data:`_Entry` (:data:`_NO_ENTRY` for a non-word), cached per
    written form: a dictionary lookup per token, the work once per new form."""
    cache = _entry_caches.get(unit)
    if cache is None or len(cache) > _ENTRY_LIMIT:
        cache = _entry_caches[unit] = {}
    # A token's kind follows from its text (analysis.parse), so non-words are cached
    # by their text too, as _NO_ENTRY: one lookup per token, no kind test; an entry is
    # never empty, so a miss alone makes the entry (the cache holds plain objects:
    # compiled, a tuple typed field by field would be unpacked and packed per token)
    out = [cache.get(t.text) or _new_entry(cache, t, unit) for t in tokens]
    return cast("list[_Entry]", out)


def _new_entry(cache: dict[str, object], tok: Token, unit: RowUnit) -> object:
    entry = _make_entry(tok.text, unit) if tok.kind == "word" else _NO_ENTRY
    cache[tok.text] = entry
    return entry


def ngram_rows(
    doc: Document,
    *,
    max_n: int = 3,
    unit: RowUnit = "word",
    headline: bool = True,
    repeated: bool = False,
) -> list[tuple[str, int, int, int, int]]:
    """:func:`ngrams` as plain ``(key, start, end, tok, n)`` tuples, in the same order
    (no surface text sliced, no object built: for callers that group first).

    With ``repeated``, n-grams of two or more words are left out where one of their
    content words is written only once in the document: such an n-gram cannot be
    written twice, and callers that keep only repeated phrases need none of them.
    """
    return ngram_rows_and_content(
        doc, max_n=max_n, unit=unit, headline=headline, repeated=repeated
    )[0]


def ngram_rows_and_content(
    doc: Document,
    *,
    max_n: int = 3,
    unit: RowUnit = "word",
    headline: bool = True,
    repeated: bool = False,
    lonely: list[tuple[str, int, int, int, int]] | None = None,
) -> tuple[list[tuple[str, int, int, int, int]], list[bool]]:
    """:func:`ngram_rows`, and for each token of ``doc`` whether it is a content word
    (a word that is no stopword), which the rows were built from.

    With ``repeated``, a ``lonely`` list takes the rows of the words whose key no other
    content token has (no phrase starts or ends at them) instead of the rows: a
    caller that keeps repeated terms groups fewer rows.
    """
    _unit_key("x", unit)
    toks = doc.tokens
    forms = _entries(toks, unit)
    content: list[bool] = list(map(_CONTENT, forms))
    _drop_time_zones(doc, content)
    # with ``repeated``, the keys of the content words written twice or more: a content
    # word "repeats" when its key is in it (tested for the content words alone)
    again: set[str] | None = None
    if repeated:
        seen = Counter(compress(map(_KEY, forms), content))
        again = {k for k, times in seen.items() if times > 1}
    rows: list[tuple[str, int, int, int, int]] = []
    paragraphs = doc.paragraphs
    inner = _INNER_IN_NAMES
    for sent in doc.sentences:
        if not headline and paragraphs[sent.paragraph].kind == "headline":
            continue
        first, last = sent.tok_start, sent.tok_end
        for i in range(first, last):
            if not content[i]:
                continue
            _, cut, key, _, parts = forms[i]
            tok = toks[i]
            start = tok.start
            repeats = again is None or key in again
            if parts is not None:  # "China-Belarus": China, Belarus
                for part, offset, length in parts:
                    rows.append((part, start + offset, start + offset + length, i, 1))
            elif lonely is not None and not repeats:
                lonely.append((key, start, tok.end - cut, i, 1))
                continue
            else:
                rows.append((key, start, tok.end - cut, i, 1))
            j = i + 1
            if max_n < 2 or j >= last or not repeats:
                continue
            second = forms[j]
            if not second[0]:
                continue
            if second[3]:
                if not content[j] or (again is not None and second[2] not in again):
                    continue
                rows.append((key + " " + second[2], start, toks[j].end - second[1], i, 2))
            elif second[0] not in inner or not _inner_ok(toks, second[0], i, j):
                continue
            k = j + 1
            if max_n < 3 or k >= last:
                continue
            third = forms[k]
            if content[k] and (again is None or third[2] in again):
                rows.append(
                    (key + " " + second[2] + " " + third[2], start, toks[k].end - third[1], i, 3)
                )
    return rows, content


def _drop_time_zones(doc: Document, content: list[bool]) -> None:
    """Mark a capitalised abbreviation right after "a.m." or "p.m." ("10:32 a.m. ET",
    "4 p.m. EDT") as no content word: it is a time zone, which times a live blog's
    entry or a market report's close and says nothing of what the story is about.
    Listed in the stoplist instead, zones would drop real names ("PT Freeport", "GMT
    Games")."""
    text = doc.text
    if "a.m." not in text and "p.m." not in text and "A.M." not in text and "P.M." not in text:
        return
    toks = doc.tokens
    for i in range(1, len(toks)):
        word = toks[i].text
        zone = content[i] and 2 <= len(word) <= 4 and word.isupper() and word.isalpha()
        if zone and toks[i - 1].text.lower() in ("a.m.", "p.m."):
            content[i] = False


#: Function words allowed inside an n-gram ("freedom of speech"); "and", "for" and
#: "the" only inside a capitalised name ("Belt and Road", "Agenda for Development").
_INNER = frozenset({"of"})
_INNER_IN_NAMES = frozenset({"and", "for", "the", "of"})


def _inner_ok(toks: Sequence[Token], word: str, first: int, j: int) -> bool:
    """Whether the function word ``word`` at ``j`` may stand inside an n-gram
    starting at ``first``."""
    if word in _INNER:
        return True
    if word not in _INNER_IN_NAMES or not toks[first].text[:1].isupper():
        return False
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if not nxt[:1].isupper():
        return False
    # "China and Belarus" joins two names: not one.
    from analysis.gazetteer import lookup

    return not (word == "and" and lookup(toks[first].text) and lookup(nxt))


def surface_form(occ: Sequence[Occurrence]) -> str:
    """The most frequent written form of a term (ties: the first written), in lower
    case when any occurrence is written all in lower case; a term written once as
    written ("star Hailee Steinfeld"). A dateline's capitals ("CHARLOTTE -") and an
    inner capital ("iPhone") count as capitals: "Charlotte" stays "Charlotte"."""
    return written_form([o.surface for o in occ])


def _shouted(surface: str) -> bool:
    """Whether a written form is all capitals and longer than an initialism."""
    return len(surface) > 3 and surface.isupper()


def written_form(surfaces: Sequence[str]) -> str:
    """:func:`surface_form` of the written forms ``surfaces``, in text order."""
    if len(surfaces) == 1:
        return surfaces[0]  # as written: lower case but for the names inside it
    written: dict[str, int] = {}
    for s in surfaces:  # insertion order = first written
        written[s] = written.get(s, 0) + 1
    if len(written) > 1 and any(not _shouted(s) for s in written):
        # a word in capitals (a dateline's "BEIJING", a headline set in capitals) is
        # shown as the text otherwise writes it ("Beijing")
        written = {s: n for s, n in written.items() if not _shouted(s)}
    most = max(written.values())
    best = next(s for s, n in written.items() if n == most)
    if any(s.islower() for s in written):
        return best.lower()
    return best
