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
  the phrase (folding them cost 0.004 F1@10 on both halves, folding names gained
  0.005 on both; ``benchmarks/keyword_ablations.py``).
* A surname or given name written alone for a person named in full elsewhere
  ("Xi" for "Chinese President Xi Jinping", "Perry" for "Katy Perry") stands for
  the full name: the document-level alias merging of named-entity recognisers
  (Nadeau & Sekine 2007). Its specificity is at least the full name's, so the
  word-length cue (Zipf's law of abbreviation, about common words) does not
  bury a two-letter name (:func:`person_aliases`). The full name must look like
  a person's: a title or role word before it ("President", "Lady") or a known
  given name first (the cues of :mod:`analysis.names`).
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
    """Single words written as a person's short name: stem key -> the full name.

    A word qualifies when every occurrence is capitalised, at least one stands
    inside a run of two to four capitalised words that reads as a person's name
    (a title or role word just before it, or a known given name first), and at
    least half stand alone (no capitalised neighbour of the same sentence, a common
    word other than a given name opening the sentence aside): the document names the person in full and
    then by this word.

    Args:
        doc: The parsed document.
        groups: Occurrence rows ``(key, start, end, tok, n)`` by stem key, as
            :mod:`analysis.keyphrases` groups them.

    Returns:
        The full name as first written ("Xi Jinping") for each such word's key.
    """
    text = doc.text
    toks = doc.tokens
    stops = stopwords()
    starts = [s.tok_start for s in doc.sentences]
    sentences = doc.sentences

    def namey(j: int, lo: int, hi: int) -> bool:
        if not lo <= j < hi:
            return False
        t = toks[j]
        if t.kind != "word" or not t.text[:1].isupper() or t.text in ROLE_WORDS:
            return False
        low = t.text.lower()
        # a sentence's first word is capitalised anyway: a common word there is no
        # name, unless it is a given name ("Alexander")
        common = (
            j == lo
            and reference_frequency(low) >= COMMON_FREQUENCY
            and t.text not in given_names()
        )
        return low not in stops and not common

    out: dict[str, str] = {}
    for key, rows in groups.items():
        if rows[0][4] != 1 or not all(text[r[1]].isupper() for r in rows):
            continue
        alone = 0
        full: str | None = None
        person = False
        for _, start, _, i, _ in rows:
            if start != toks[i].start:  # a part of a hyphenated compound
                full = None
                break
            sent = sentences[bisect_right(starts, i) - 1]
            lo, hi = sent.tok_start, sent.tok_end
            a = b = i
            while namey(a - 1, lo, hi):
                a -= 1
            while namey(b + 1, lo, hi):
                b += 1
            if a == b:
                alone += 1
            elif full is None and MIN_NAME_WORDS <= b - a + 1 <= MAX_NAME_WORDS:
                full = text[toks[a].start : toks[b].end]
                titled = a - 1 >= lo and toks[a - 1].text in ROLE_WORDS
                person = titled or toks[a].text in given_names()
        if full is not None and person and 2 * alone >= len(rows):
            out[key] = full
    return out
