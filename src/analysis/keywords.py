"""Keywords: term frequencies, distinctive terms (keyness, TF-IDF), collocations.

Terms are counted over the tokens of :func:`analysis.parse.parse` (never
re-tokenized): words lower-cased with a possessive ending dropped, as ``word``,
Porter ``stem`` (NLTK's stemmer, data-free), or n-grams up to 3 within a sentence
(no punctuation inside; the first and last word are content words, so "Belt and
Road" counts and "of the" does not). A hyphenated compound counts as its parts
where it stands alone ("China-Belarus": China, Belarus; "long-awaited": long,
awaited): each part is a word a reader could name; inside a phrase the compound
stays whole. Stopwords are the package's own list
(:mod:`analysis.stoplist`). ``unit="lemma"`` counts dictionary forms from
:mod:`analysis.lemmas` (spelling rules checked against ``wordfreq``'s word list; no
WordNet download) and shows a term as its lemma ("country" for "countries"), or as
written when it is a capitalised name.

Distinctive terms are scored by log-likelihood keyness (Dunning 1993; Rayson &
Garside 2000) against general English, the reference frequencies being those of
``wordfreq`` (Speer 2022), which ship inside the package; over a corpus, by TF-IDF
against the other documents (Salton & Buckley 1988). Multi-word keyphrases are in
:mod:`analysis.keyphrases`, collocations in :mod:`analysis.collocations`,
keyword-in-context lines in :mod:`analysis.kwic`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from typing import Any, Literal

from nltk.stem import PorterStemmer
from wordfreq import get_frequency_dict, word_frequency

from analysis.lemmas import lemma
from analysis.stoplist import stopwords
from analysis.types import Document, Keyword, Token

Unit = Literal["word", "stem", "lemma"]
Method = Literal["keyphrases", "phrases", "keyness", "frequency", "collocations"]

#: Nominal size of the reference corpus (wordfreq gives relative frequencies).
REFERENCE_SIZE = 1e9
#: Frequency assumed for a word ``wordfreq`` does not know (about once per 100M words).
UNSEEN_FREQUENCY = 1e-8


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a term: its key, its surface form, its tokens' offsets."""

    key: str
    surface: str
    start: int
    end: int
    tok: int  # index of the first token in ``Document.tokens``
    n: int = 1  # words


@cache
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


def normalize(token: Token) -> str:
    """A token's word form: lower case, possessive "'s" dropped."""
    text = token.text.lower()
    if len(text) > 2 and text[-2] in "'’" and text[-1] == "s":
        text = text[:-2]
    return text.replace("’", "'")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Porter stem of a lower-case word (NLTK's ``PorterStemmer``, data-free)."""
    return str(_stemmer().stem(word))


def _unit_key(word: str, unit: Unit) -> str:
    if unit == "word":
        return word
    if unit == "stem":
        return stem(word)
    if unit == "lemma":
        return lemma(word)
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
_entry_caches: dict[str, dict[str, _Entry]] = {}


def _make_entry(text: str, unit: Unit) -> _Entry:
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


def _entries(tokens: Sequence[Token], unit: Unit) -> list[_Entry]:
    """Each token's :data:`_Entry` (:data:`_NO_ENTRY` for a non-word), cached per
    written form: a dictionary lookup per token, the work once per new form."""
    cache = _entry_caches.get(unit)
    if cache is None or len(cache) > _ENTRY_LIMIT:
        cache = _entry_caches[unit] = {}
    get = cache.get
    none = _NO_ENTRY
    out = [get(t.text) if t.kind == "word" else none for t in tokens]
    if None in out:
        for i, entry in enumerate(out):
            if entry is None:
                text = tokens[i].text
                entry = cache.get(text)
                if entry is None:
                    entry = cache[text] = _make_entry(text, unit)
                out[i] = entry
    return out  # type: ignore[return-value]


def ngram_rows(
    doc: Document,
    *,
    max_n: int = 3,
    unit: Unit = "word",
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
    unit: Unit = "word",
    headline: bool = True,
    repeated: bool = False,
) -> tuple[list[tuple[str, int, int, int, int]], list[bool]]:
    """:func:`ngram_rows`, and for each token of ``doc`` whether it is a content word
    (a word that is no stopword), which the rows were built from."""
    _unit_key("x", unit)
    toks = doc.tokens
    forms = _entries(toks, unit)
    content = [f[3] for f in forms]
    rep = content
    if repeated:
        seen = Counter(f[2] for f in forms if f[3])
        rep = [f[3] and seen[f[2]] > 1 for f in forms]
    rows: list[tuple[str, int, int, int, int]] = []
    add = rows.append
    paragraphs = doc.paragraphs
    inner = _INNER_IN_NAMES
    for sent in doc.sentences:
        if not headline and paragraphs[sent.paragraph].kind == "headline":
            continue
        first, last = sent.tok_start, sent.tok_end
        for i in compress(range(first, last), content[first:last]):
            _, cut, key, _, parts = forms[i]
            tok = toks[i]
            start = tok.start
            if parts is not None:  # "China-Belarus": China, Belarus
                for part, offset, length in parts:
                    add((part, start + offset, start + offset + length, i, 1))
            else:
                add((key, start, tok.end - cut, i, 1))
            j = i + 1
            if max_n < 2 or j >= last or not rep[i]:
                continue
            second = forms[j]
            if not second[0]:
                continue
            if second[3]:
                if not rep[j]:
                    continue
                add((key + " " + second[2], start, toks[j].end - second[1], i, 2))
            elif second[0] not in inner or not _inner_ok(toks, second[0], i, j):
                continue
            k = j + 1
            if max_n < 3 or k >= last:
                continue
            third = forms[k]
            if rep[k]:
                add((key + " " + second[2] + " " + third[2], start, toks[k].end - third[1], i, 3))
    return rows, content


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
    case unless every occurrence of that word is written with the same capital."""
    return written_form([o.surface for o in occ])


def written_form(surfaces: Sequence[str]) -> str:
    """:func:`surface_form` of the written forms ``surfaces``, in text order."""
    if len(surfaces) == 1:
        only = surfaces[0]
        return only if only[:1].isupper() else only.lower()
    written: dict[str, int] = {}
    for s in surfaces:  # insertion order = first written
        written[s] = written.get(s, 0) + 1
    most = max(written.values())
    best = next(s for s, n in written.items() if n == most)
    if not best[:1].isupper():
        return best.lower()
    low = best.lower()
    same = sum(n for s, n in written.items() if (s.lower() if s[:1].isupper() else s) == low)
    return best if same == most else low


def _shown(occ: Sequence[Occurrence], unit: Unit) -> str:
    """How a term is shown: its lemma under ``unit="lemma"`` unless it is written as
    a capitalised name, else :func:`surface_form`."""
    form = surface_form(occ)
    return occ[0].key if unit == "lemma" and not form[:1].isupper() else form


def _group(occ: Iterator[Occurrence]) -> dict[str, list[Occurrence]]:
    groups: dict[str, list[Occurrence]] = {}
    for o in occ:
        groups.setdefault(o.key, []).append(o)
    return groups


def term_frequencies(
    doc: Document, *, n: int = 1, unit: Unit = "word", top: int | None = None
) -> tuple[Keyword, ...]:
    """Terms by count (ties: first appearance); ``score`` is the share of all terms.

    ``keyword`` is the term as most often written (a stem is shown by its commonest
    word).
    """
    groups = _group(occurrences(doc, n=n, unit=unit))
    total = sum(len(v) for v in groups.values())
    ranked = sorted(groups.values(), key=lambda v: (-len(v), v[0].start))[:top]
    return tuple(
        Keyword(rank, _shown(v, unit), len(v) / total, len(v), f"frequency:{unit}:{n}")
        for rank, v in enumerate(ranked, start=1)
    )


@lru_cache(maxsize=131072)
def reference_frequency(term: str) -> float:
    """Relative frequency of a word or phrase in general English (``wordfreq``),
    floored at :data:`UNSEEN_FREQUENCY`."""
    known = _frequencies().get(term)
    if known is None:
        if term.isalpha() and term.isascii() and term.islower():
            return UNSEEN_FREQUENCY  # one plain word wordfreq does not list: it gives 0
        known = word_frequency(term, "en")  # phrases, hyphenated words: wordfreq combines
    return max(float(known), UNSEEN_FREQUENCY)


@cache
def _frequencies() -> dict[str, float]:
    """``wordfreq``'s English word list (it ships inside the package: no network)."""
    return dict(get_frequency_dict("en"))


def log_likelihood(count: int, total: int, ref_freq: float) -> float:
    """Signed log-likelihood G2 of ``count`` in ``total`` against a reference frequency.

    Rayson & Garside (2000): with observed a (of N) and b (of the reference's M =
    :data:`REFERENCE_SIZE`), E1 = N(a+b)/(N+M), E2 = M(a+b)/(N+M), G2 = 2(a ln a/E1 +
    b ln b/E2). Positive when the term is overused in the document, negative when
    underused.
    """
    a, n, m = float(count), float(total), REFERENCE_SIZE
    b = ref_freq * m
    e1 = n * (a + b) / (n + m)
    e2 = m * (a + b) / (n + m)
    g2 = 2.0 * ((a * math.log(a / e1) if a > 0 else 0.0) + (b * math.log(b / e2) if b > 0 else 0.0))
    return g2 if a / n >= b / m else -g2


def distinctive_terms(
    doc: Document, *, n: int = 1, unit: Unit = "word", top: int | None = 20
) -> tuple[Keyword, ...]:
    """Terms overused against general English, by log-likelihood keyness.

    The reference frequency of a stem sums those of the words written for it; of
    an n-gram, ``wordfreq``'s estimate for the phrase.

    References:
        Dunning (1993), "Accurate methods for the statistics of surprise and
        coincidence", Computational Linguistics 19(1); Rayson & Garside (2000),
        "Comparing corpora using frequency profiling", WCC workshop, ACL.
    """
    groups = _group(occurrences(doc, n=n, unit=unit))
    total = _word_count(doc)
    scored: list[tuple[float, int, str, int]] = []
    for occ in groups.values():
        forms = {normalize_surface(o.surface) for o in occ}
        ref = sum(reference_frequency(f) for f in sorted(forms))  # fixed order: same sum
        score = log_likelihood(len(occ), total, ref)
        if score > 0:
            scored.append((score, occ[0].start, _shown(occ, unit), len(occ)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return tuple(
        Keyword(rank, kw, score, count, f"keyness:{unit}:{n}")
        for rank, (score, _, kw, count) in enumerate(scored[:top], start=1)
    )


def normalize_surface(text: str) -> str:
    """A written term as looked up in ``wordfreq``: lower case, possessive dropped."""
    words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in text.lower().split()]
    return " ".join(words)


def _word_count(doc: Document) -> int:
    return max(1, sum(1 for t in doc.tokens if t.is_word))


def tfidf(
    docs: Sequence[Document], *, n: int = 1, unit: Unit = "word", top: int | None = 20
) -> dict[str, tuple[Keyword, ...]]:
    """Per document, terms weighted by TF-IDF against the other documents.

    tf is the raw count; idf = ln((1 + D) / (1 + df)) + 1 (smoothed, so a term in
    every document still counts a little). Keys of the result are ``doc.id``.

    References:
        Salton & Buckley (1988), "Term-weighting approaches in automatic text
        retrieval", Information Processing & Management 24(5).
    """
    grouped = [_group(occurrences(d, n=n, unit=unit)) for d in docs]
    df: Counter[str] = Counter()
    for g in grouped:
        df.update(g.keys())
    size = len(docs)
    out: dict[str, tuple[Keyword, ...]] = {}
    for d, g in zip(docs, grouped, strict=True):
        scored = sorted(
            (
                (len(occ) * (math.log((1 + size) / (1 + df[key])) + 1), occ[0].start, occ)
                for key, occ in g.items()
            ),
            key=lambda s: (-s[0], s[1]),
        )[:top]
        out[d.id] = tuple(
            Keyword(rank, _shown(occ, unit), score, len(occ), f"tfidf:{unit}:{n}")
            for rank, (score, _, occ) in enumerate(scored, start=1)
        )
    return out


def extract_keywords(
    doc: Document,
    *,
    top: int = 10,
    method: Method = "keyphrases",
    unit: Unit = "word",
    n: int = 1,
) -> tuple[Keyword, ...]:
    """The document's top keywords by ``method``.

    Args:
        doc: A parsed document.
        top: How many.
        method: ``"keyphrases"`` (:func:`analysis.keyphrases.keyphrases`: words and
            phrases by frequency, specificity and position), ``"phrases"`` (the
            same, repeated phrases of two or three words only), ``"collocations"``
            (:func:`analysis.collocations.collocations`, likelihood ratio), ``"keyness"``
            (:func:`distinctive_terms`) or ``"frequency"`` (:func:`term_frequencies`).
        unit: For keyness and frequency: ``"word"``, ``"stem"`` or ``"lemma"``.
        n: For keyness and frequency: words per term, 1 to 3.

    Raises:
        ValueError: an unknown method, or ``unit``/``n`` given with keyphrases
            (which always groups stems of one to three words).
    """
    if method == "frequency":
        return term_frequencies(doc, n=n, unit=unit, top=top)
    if method == "keyness":
        return distinctive_terms(doc, n=n, unit=unit, top=top)
    if method == "collocations":
        if unit != "word" or n != 1:
            raise ValueError("collocations are pairs of words: drop unit and n")
        from analysis.collocations import collocations

        return collocations(doc, measure="likelihood", top=top)
    if method in ("keyphrases", "phrases"):
        if unit != "word" or n != 1:
            raise ValueError(f"{method} always groups stems of 1 to 3 words: drop unit and n")
        from analysis.keyphrases import keyphrases

        return keyphrases(doc, top=top, min_words=1 if method == "keyphrases" else 2)
    raise ValueError(
        f"unknown method {method!r}: keyphrases, phrases, collocations, keyness or frequency"
    )


def keyword_record(doc_id: str, k: Keyword) -> dict[str, Any]:
    """A keyword as a CLI record: ``{"doc", "rank", "keyword", "score", "count", "method"}``."""
    return {
        "doc": doc_id,
        "rank": k.rank,
        "keyword": k.keyword,
        "score": k.score,
        "count": k.count,
        "method": k.method,
    }


def records(
    doc: Document, *, top: int = 10, method: Method = "keyphrases", unit: Unit = "word", n: int = 1
) -> list[dict[str, Any]]:
    """CLI records, one per keyword of :func:`extract_keywords`."""
    return [
        keyword_record(doc.id, k)
        for k in extract_keywords(doc, top=top, method=method, unit=unit, n=n)
    ]
