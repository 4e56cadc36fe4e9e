"""Titles of works in running text: films, books, songs, plays, which are no actors.

News names a work in quotation marks or after a noun that says what it is: "The
Girl Who Kicked The Hornet's Nest", the film The Girl Who Played With Fire, his
album Songs Of Love And Hate. Read as names, such a title splits at its function
words into several false actors ("Girl", "Hornet", "Nest"). A title here is a
title-case stretch of words (capitalised words, with minor words such as "of", "a",
"with" between them) right after an opening quotation mark (up to the closing one)
or after a work noun with a determiner or possessive before it ("the film", "his
album", "Larsson's novel"), which holds a function word a name does not: one in
title case inside the stretch ("Who", "With", "Of", "The" after its first word) or a
lower-case one other than the connectors of names ("with", "a"; not "of", "and",
"for", "on", "the", which "Bank of China" or "Belt and Road" hold). Quoted or cued
names without such words ("Trump Tower", the show Saturday Night Live) are left to
:mod:`analysis.names`.

The rule follows the title-case conventions of style guides (Chicago Manual of Style,
8.159: lower-case articles, coordinating conjunctions and prepositions inside a
title; AP style capitalises every word of four letters or more).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from analysis.capitals import SURNAME_ZIPF, bare, known, title_case
from analysis.frequencies import zipf
from analysis.namekinds import given_names
from analysis.namewords import CONNECTORS, NOT_NAMES, SPEECH_VERBS, TITLES
from analysis.stoplist import stopwords
from analysis.types import Document, Token

#: Nouns that introduce the title of a work ("the film", "his album").
WORK_NOUNS = frozenset(
    """film films movie movies book books novel novels novella play plays song songs album
    albums single series show shows sitcom documentary documentaries musical opera ballet
    poem poems memoir memoirs biography autobiography bestseller painting exhibition
    drama miniseries podcast track anthem essay""".split()
)
#: Words before a work noun that make it introduce a title ("the", "his", "her new").
_DETERMINERS = frozenset("the a an his her their its my our your this that".split())
#: Lower-case words a title-case title keeps inside it.
_MINOR = frozenset(
    """a an the of to in on at by for and or but nor as vs via with from into onto upon
    over under about without""".split()
)
_OPEN_QUOTES = frozenset("\"“‘«'")
_CLOSE_QUOTES = frozenset("\"”’»'")
_TRIGGERS = WORK_NOUNS | _OPEN_QUOTES
#: A title is at most this many words.
_MAX_WORDS = 15


def title_spans(doc: Document) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of titles of works in ``doc``, in text order:
    quoted or after a work noun, title case, holding a function word no name holds."""
    toks = doc.tokens
    marks = _TRIGGERS  # (a local: compiled, a module's global is looked up per use)
    triggers = [i for i, t in enumerate(toks) if t.text in marks]
    if not triggers:
        return []
    ends = [s.tok_end for s in doc.sentences]
    out: list[tuple[int, int]] = []
    after = 0  # past the last title found: a title does not open another
    for i in triggers:
        if i < after:
            continue
        sentence = doc.sentences[bisect_right(ends, i)]
        lo, hi = sentence.tok_start, sentence.tok_end
        if i + 1 >= hi or not _capital(toks[i + 1].text):
            continue
        words = toks[lo:hi]
        end = _title_end(words, i - lo) + lo
        if end > i + 1 and not (
            # in a title-case line, a quotation in title case is no sign
            doc.paragraphs[sentence.paragraph].kind == "headline" or title_case(words)
        ):
            out.append((toks[i + 1].start, toks[end - 1].end))
            after = end
    return out


def _title_end(toks: Sequence[Token], j: int) -> int:
    """The index past the last word of a title opened by ``toks[j]`` (a quotation
    mark or a work noun), or ``j`` when none follows."""
    mark, first = toks[j], toks[j + 1]
    if not _capital(first.text):
        return j
    if mark.text in _OPEN_QUOTES:
        if mark.end != first.start or (j > 0 and toks[j - 1].end == mark.start):
            return j  # a closing mark or an apostrophe, not an opening quotation mark
        end = _stretch(toks, j + 1)
        # the quotation closes right after the title (a comma or period may come first)
        k = end + 1 if end < len(toks) and toks[end].text in ",.!?" else end
        if k >= len(toks) or toks[k].text not in _CLOSE_QUOTES:
            return j
        if k + 1 < len(toks) and toks[k + 1].text in SPEECH_VERBS:
            return j  # '"Doctors Without Borders" said ...': a name that speaks
    elif mark.text.lower() in WORK_NOUNS and _introduced(toks, j):
        end = _stretch(toks, j + 1)
    else:
        return j
    words = [t.text for t in toks[j + 1 : end]]
    return end if 2 <= len(words) <= _MAX_WORDS and _titled(words) else j


def _titled(words: Sequence[str]) -> bool:
    """Whether a title-case stretch reads as a title, not a name: a function word in
    title case after its first word ("Who", "With"), or three capitalised words or more
    around a lower-case function word that is no connector of names ("with", "a"); and
    not only known names ("Buffalo to Albany")."""
    capitals = [w for w in words if _capital(w)]
    if all(known(bare(w)) for w in capitals):
        return False
    if any(_function(w) for w in capitals[1:] if w is not words[0]):
        return True
    return len(capitals) >= 3 and any(w in _MINOR and w not in CONNECTORS for w in words)


def _introduced(toks: Sequence[Token], j: int) -> bool:
    """Whether the work noun ``toks[j]`` has a determiner or a possessive before it,
    directly or across one lower-case word or number ("his new album", "the 2009
    film")."""
    if j == 0:
        return False
    prev = toks[j - 1]
    if _determiner(prev.text):
        return True
    return (
        (prev.text.islower() or prev.kind == "number") and j > 1 and _determiner(toks[j - 2].text)
    )


def _determiner(word: str) -> bool:
    return word.lower() in _DETERMINERS or word[-2:] in ("'s", "’s")


def _stretch(toks: Sequence[Token], i: int) -> int:
    """The index past a title-case stretch starting at word ``toks[i]``: capitalised
    words, numbers, and minor words followed (after more minor words) by a capital."""
    end = i
    k = i
    while k < len(toks):
        t = toks[k]
        if (t.kind == "word" and _capital(t.text)) or t.kind == "number":
            k += 1
            end = k
        elif t.kind == "word" and t.text in _MINOR:
            if _person_next(toks, k + 1):
                break  # "The Nightly Show with Larry Wilmore": the host is no title
            k += 1
        else:
            break
    return end


def _person_next(toks: Sequence[Token], k: int) -> bool:
    """Whether a person's name starts at ``toks[k]``: two capitalised words, the first
    a given name or the second rare in general English ("Jake Tapper")."""

    if k + 1 >= len(toks) or toks[k].kind != "word" or toks[k + 1].kind != "word":
        return False
    first, last = toks[k].text, bare(toks[k + 1].text)
    return (
        _capital(first)
        and _capital(last)
        and not _function(first)
        and (first in given_names() or zipf(last.lower()) < SURNAME_ZIPF)
    )


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _function(word: str) -> bool:
    """Whether a capitalised word is a function word no name holds ("Who", "With"; not
    "Mr", "May" or "US")."""
    if (len(word) > 1 and word.isupper()) or word in TITLES or word in NOT_NAMES:
        return False
    return word.lower() in stopwords()
