"""Keywords: term frequencies, distinctive terms (keyness, TF-IDF), collocations.

Terms are counted over the tokens of :func:`analysis.parse.parse` (never
re-tokenized): words lower-cased with a possessive ending dropped, as ``word``,
Porter ``stem`` (NLTK's stemmer, data-free), or n-grams up to 3 within a sentence
(no punctuation inside; the first and last word are content words, so "Belt and
Road" counts and "of the" does not). A hyphenated compound counts as its parts
where it stands alone ("China-Belarus": China, Belarus; "long-awaited": long,
awaited): each part is a word a reader could name; inside a phrase the compound
stays whole. Stopwords are the package's own list
(:mod:`analysis.stoplist`). Lemmas would need WordNet, which NLTK must download:
``unit="lemma"`` raises :class:`ValueError` rather than fall back.

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
from typing import Any, Literal

from nltk.stem import PorterStemmer
from wordfreq import get_frequency_dict, word_frequency

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


def _word_end(token: Token) -> int:
    """Where a token's word ends: before a possessive "'s"."""
    text = token.text
    if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS":
        return token.end - 2
    return token.end


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Porter stem of a lower-case word (NLTK's ``PorterStemmer``, data-free)."""
    return str(_stemmer().stem(word))


def _unit_key(word: str, unit: Unit) -> str:
    if unit == "word":
        return word
    if unit == "stem":
        return stem(word)
    raise ValueError(
        "unit='lemma' needs WordNet data, which NLTK must download; it is not available "
        "offline: use unit='word' or unit='stem'"
    )


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
        unit: ``"word"`` (lower case) or ``"stem"`` (Porter); ``"lemma"`` raises.
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


@lru_cache(maxsize=131072)
def _word_form(text: str) -> tuple[str, int]:
    """A word token's :func:`normalize` form and how many characters its possessive
    ending takes off its end (:func:`_word_end`), cached per written form."""
    low = text.lower()
    if len(low) > 2 and low[-2] in "'’" and low[-1] == "s":
        low = low[:-2]
    cut = 2 if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS" else 0
    return low.replace("’", "'"), cut


@lru_cache(maxsize=131072)
def _token_entry(text: str, unit: Unit) -> tuple[str, int, str, bool]:
    """A word token's form, possessive cut, key under ``unit`` and whether it is a
    content word, cached per written form."""
    word, cut = _word_form(text)
    key = _unit_key(word, unit) if word else ""
    return word, cut, key, bool(word) and word not in stopwords()


def ngram_rows(
    doc: Document, *, max_n: int = 3, unit: Unit = "word", headline: bool = True
) -> list[tuple[str, int, int, int, int]]:
    """:func:`ngrams` as plain ``(key, start, end, tok, n)`` tuples, in the same order
    (no surface text sliced, no object built: for callers that group first)."""
    _unit_key("x", unit)
    toks = doc.tokens
    stops = stopwords()
    none = ("", 0, "", False)
    forms = [_token_entry(t.text, unit) if t.kind == "word" else none for t in toks]
    words = [f[0] for f in forms]
    ends = [t.end - f[1] for t, f in zip(toks, forms, strict=True)]
    keys = [f[2] for f in forms]
    content = [f[3] for f in forms]
    rows: list[tuple[str, int, int, int, int]] = []
    add = rows.append
    paragraphs = doc.paragraphs
    for sent in doc.sentences:
        if not headline and paragraphs[sent.paragraph].kind == "headline":
            continue
        last = sent.tok_end
        for i in range(sent.tok_start, last):
            if not content[i]:
                continue
            tok = toks[i]
            start = tok.start
            parts = _compound_parts(tok) if "-" in tok.text else []
            if parts:  # "China-Belarus": China, Belarus
                for part, pstart in parts:
                    if part not in stops:
                        add((_unit_key(part, unit), pstart, pstart + len(part), i, 1))
            else:
                add((keys[i], start, ends[i], i, 1))
            for n in range(2, max_n + 1):
                j = i + n - 1
                if j >= last or not words[j]:
                    break
                if not content[j]:
                    if not _inner_ok(toks, words, i, j):
                        break
                    continue
                add((" ".join(keys[i : j + 1]), start, ends[j], i, n))
    return rows


#: Function words allowed inside an n-gram ("freedom of speech"); "and", "for" and
#: "the" only inside a capitalised name ("Belt and Road", "Agenda for Development").
_INNER = frozenset({"of"})
_INNER_IN_NAMES = frozenset({"and", "for", "the", "of"})


def _inner_ok(toks: Sequence[Token], words: Sequence[str], first: int, j: int) -> bool:
    """Whether the function word at ``j`` may stand inside an n-gram starting at ``first``."""
    if words[j] in _INNER:
        return True
    if words[j] not in _INNER_IN_NAMES or not toks[first].text[:1].isupper():
        return False
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if not nxt[:1].isupper():
        return False
    # "China and Belarus" joins two names: not one.
    from analysis.gazetteer import lookup

    return not (words[j] == "and" and lookup(toks[first].text) and lookup(nxt))


def _compound_parts(token: Token) -> list[tuple[str, int]]:
    """Lower-case parts and their offsets of a hyphenated compound ("China-Belarus",
    "long-awaited", "win-win's"); empty for any other token or when a part is no
    word of two letters or more ("e-mail", "50-fold")."""
    if "-" not in token.text or token.kind != "word":
        return []
    pieces = token.text[: _word_end(token) - token.start].split("-")
    if not all(len(p) > 1 and p.isalpha() for p in pieces):
        return []
    out: list[tuple[str, int]] = []
    pos = token.start
    for p in pieces:
        out.append((p.lower(), pos))
        pos += len(p) + 1
    return out


def surface_form(occ: Sequence[Occurrence]) -> str:
    """The most frequent written form of a term (ties: the first written)."""
    forms = Counter(o.surface.lower() if o.surface[:1].isupper() else o.surface for o in occ)
    written = Counter(o.surface for o in occ)
    best = max(written, key=lambda s: (written[s], -[o.surface for o in occ].index(s)))
    return best if best[:1].isupper() and forms[best.lower()] == written[best] else best.lower()


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
        Keyword(rank, surface_form(v), len(v) / total, len(v), f"frequency:{unit}:{n}")
        for rank, v in enumerate(ranked, start=1)
    )


@lru_cache(maxsize=131072)
def reference_frequency(term: str) -> float:
    """Relative frequency of a word or phrase in general English (``wordfreq``),
    floored at :data:`UNSEEN_FREQUENCY`."""
    known = _frequencies().get(term)
    if known is None:
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
            scored.append((score, occ[0].start, surface_form(occ), len(occ)))
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
            Keyword(rank, surface_form(occ), score, len(occ), f"tfidf:{unit}:{n}")
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
        unit: For keyness and frequency: ``"word"`` or ``"stem"``.
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
