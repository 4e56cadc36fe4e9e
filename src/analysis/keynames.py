"""Names among keyphrase candidates: which phrases are names, and which single
words are a person's short name.

Two facts about names that :mod:`analysis.keyphrases` scores by:

* A name of several words ("China-Europe Railway Express", "Penelope Cruz") is
  one fixed expression: its words name nothing apart from it (Sag et al. 2002
  count proper names among the fixed expressions a lexicon lists whole). A
  repeated phrase counts as a name when every content word of it is written with
  a capital (:func:`is_name`); only names take over the words written only
  inside them. A common-noun phrase ("diplomatic ties") leaves its words their
  own slots: on 500N-KPCrowd the crowd names such words alone more often than
  the phrase (folding every repeated phrase gave 0.210 F1@10 on the odd half and
  0.199 on the even one, folding only names 0.215 and 0.203;
  ``benchmarks/keyword_cues.py``).
* A surname or given name written alone for a person named in full at the
  first mention ("Xi" after "Chinese President Xi Jinping", "Clinton" after
  "Hillary Clinton": the news convention of the AP Stylebook and its kin) stands for
  the full name, as in the document-level alias merging of named-entity
  recognisers (Nadeau & Sekine 2007). :mod:`analysis.keyphrases` scores such a
  word shorter than ten letters as specific as the full name, so the word-length
  cue (Zipf's law of abbreviation, about common words) does not bury a
  two-letter name (:class:`ShortNames`, :func:`person_aliases`). The full name
  must look like a person's: a title or role word before it ("President",
  "Lady") or a known given name first (the cues of :mod:`analysis.names`). On
  500N-KPCrowd the rule leaves F1@10 unchanged; on the seed "Xi" goes from 26th
  to 6th.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from analysis.keywords import reference_frequency
from analysis.names import given_names
from analysis.namewords import ROLE_WORDS
from analysis.stoplist import stopwords
from analysis.types import Document

Row = tuple[str, int, int, int, int]

#: Words a person's full name may have.
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
#: A capitalised first word of a sentence this frequent in general English (Zipf 4,
#: the threshold :mod:`analysis.names` reads names by) is taken as a common word.
COMMON_FREQUENCY = 1e-5


def is_name(written: str) -> bool:
    """Whether a written phrase is a name: every content word starts with a capital
    ("Belt and Road", "China-Europe Railway Express"; not "30th anniversary")."""
    stops = stopwords()
    words = [w for w in written.split() if w.lower() not in stops]
    return bool(words) and all(w[:1].isupper() for w in words)


def person_aliases(doc: Document, groups: Mapping[str, Sequence[Row]]) -> dict[str, str]:
    """Single words written as a person's short name: group key -> the full name
    (:class:`ShortNames` over every single-word group).

    Args:
        doc: The parsed document.
        groups: Occurrence rows ``(key, start, end, tok, n)`` by inflection key, as
            :mod:`analysis.keyphrases` groups them.

    Returns:
        The full name as first written ("Xi Jinping") for each such word's key.
    """
    names = ShortNames(doc)
    out: dict[str, str] = {}
    for key, rows in groups.items():
        full = names.full_name(rows) if rows[0][4] == 1 else None
        if full is not None:
            out[key] = full
    return out


class ShortNames:
    """Which single words of one document are a person's short name.

    News names a person in full at the first mention and by one name after it
    (the convention of the AP Stylebook and its kin). A word qualifies when its
    first occurrence outside the headline stands inside a run of two to four
    capitalised words that reads as a person's name (a title or role word just
    before it, or a known given name first), and a later capitalised occurrence
    stands alone (no capitalised neighbour of the same sentence; a common word
    opening the sentence is no neighbour unless it is a given name). Asked word by
    word, so that only the capitalised words a caller scores cost anything, and
    little: the first mention, then the next ones up to one alone.
    """

    def __init__(self, doc: Document) -> None:
        self._text = doc.text
        self._toks = doc.tokens
        self._sentences = doc.sentences
        self._starts = [s.tok_start for s in doc.sentences]
        self._names = given_names()
        self._stops = stopwords()
        self._memo: dict[int, bool] = {}
        self._found: dict[int, str | None] = {}  # by the word's first offset
        # the first token after the headline (0 without one)
        body = [p for p in doc.paragraphs if p.kind == "body" and p.sent_end > p.sent_start]
        self._body_start = doc.sentences[body[0].sent_start].tok_start if body else len(doc.tokens)

    def _namey(self, j: int, lo: int, hi: int) -> bool:
        """Whether token ``j`` (of the sentence ``lo:hi``) may be part of a name."""
        if not lo <= j < hi:
            return False
        known = self._memo.get(j)
        if known is not None:
            return known
        t = self._toks[j]
        word = t.text
        ok = t.kind == "word" and word[:1].isupper() and word not in ROLE_WORDS
        if ok:
            low = word.lower()
            # a sentence's first word is capitalised anyway: a common word there is
            # no name, unless it is a given name ("Alexander")
            common = (
                j == lo and reference_frequency(low) >= COMMON_FREQUENCY and word not in self._names
            )
            ok = low not in self._stops and not common
        self._memo[j] = ok
        return ok

    def full_name(self, rows: Sequence[Row]) -> str | None:
        """The full name a single word's occurrences ``rows`` stand for, if any."""
        if len(rows) < 2:
            return None  # a short name comes after the full one: twice at least
        first = rows[0][1]
        if first not in self._found:
            self._found[first] = self._full_name(rows)
        return self._found[first]

    def _run(self, i: int) -> tuple[int, int, int]:
        """The run of name words around token ``i``: first, last, and the first
        token of ``i``'s sentence."""
        sent = self._sentences[bisect_right(self._starts, i) - 1]
        lo, hi = sent.tok_start, sent.tok_end
        namey = self._namey
        a = b = i
        while namey(a - 1, lo, hi):
            a -= 1
        while namey(b + 1, lo, hi):
            b += 1
        return a, b, lo

    def _full_name(self, rows: Sequence[Row]) -> str | None:
        text, toks, body = self._text, self._toks, self._body_start
        rest = iter(rows)
        for _, start, _, i, _ in rest:  # noqa: B007 (start is read after the loop)
            if i >= body:
                break
        else:
            return None  # only in the headline
        if start != toks[i].start or not text[start].isupper():
            return None  # part of a hyphenated compound, or lower case
        # quick tests first: a title or a given name within reach, a capital beside it
        names = self._names
        for t in toks[max(0, i - MAX_NAME_WORDS) : i + 1]:
            if t.text in ROLE_WORDS or t.text in names:
                break
        else:
            return None  # no person's name can hold it
        before = toks[i - 1].text if i else ""
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        if not (before[:1].isupper() or after[:1].isupper()):
            return None  # first mentioned alone
        a, b, lo = self._run(i)
        if not MIN_NAME_WORDS <= b - a + 1 <= MAX_NAME_WORDS:
            return None  # first mentioned alone (or in a longer name)
        titled = a - 1 >= lo and toks[a - 1].text in ROLE_WORDS
        if not (titled or toks[a].text in names):
            return None  # the name first written is no person's
        last = len(toks) - 1
        for _, start, _, i, _ in rest:
            if start != toks[i].start or not text[start].isupper():
                continue
            before = toks[i - 1].text if i else ""
            after = toks[i + 1].text if i < last else ""
            # written alone after the full name (no capital beside it is enough)
            if not (before[:1].isupper() or after[:1].isupper()) or self._alone(i):
                return text[toks[a].start : toks[b].end]
        return None

    def _alone(self, i: int) -> bool:
        a, b, _ = self._run(i)
        return a == b
