"""Keyphrases: the words and short phrases a reader would say a document is about.

Candidates are the document's terms of one to three words (:func:`analysis.keywords.
occurrences`: content words at both ends, no punctuation inside, within a
sentence; a hyphenated compound standing alone counts as its parts), grouped by
inflection (:func:`analysis.terms.inflection_stem`: Porter's steps for "-s",
"-ed", "-ing" only) so that "film" and "films" count together but "general" and
"generous", "international" and "internal" do not: a full Porter stem merges
them, and the count and score of the word shown with them. (On 500N-KPCrowd, whose
keys are matched by full Porter stems, grouping by inflection instead of by stem
moved F1@10 from 0.216 to 0.213 on the odd documents and from 0.203 to 0.201 on the
even ones; the count shown is now what the text writes.) Each candidate is scored
by three document-independent cues, multiplied:

* frequency: how often the document repeats it (Luhn 1958);
* specificity: long words and words rare in general English carry more topic
  (Zipf's law of abbreviation; information content against ``wordfreq``): per
  content word ``min(letters, 10) / 10 * min(1, -log10(f) / 5)``, so a word of ten
  letters or more that general English uses less than once per 100,000 words
  counts fully; a phrase sums its words' and divides by the square root of their
  number (it says more than one word, less than its words apart);
* position: terms that appear early matter more (Edmundson 1969; YAKE's position
  feature, Campos et al. 2020): ``(1 + first_token / 50) ** -0.2``.

A phrase must be repeated (written at least twice) and is weighted by its own
count, never above its words' counts; its score is halved, because a phrase
competes with the words that make it up and is less often what readers pick
(Hulth 2003 found most assigned keywords are one or two words).

A single word written only ever just before another content word of its
sentence ("retail" of "retail banking", "Katy" of "Katy Perry") scores x0.8:
in an English compound the last word names the thing and the words before it
narrow it down (Levi 1978, *The Syntax and Semantics of Complex Nominals*), so
such a word is rarely what a reader names alone. Without a part-of-speech tagger
a subject before its verb ("Engineers replaced") counts too. Folded into its
phrase (below), such a word brings its full score: the phrase holds the head.
On 500N-KPCrowd, with ``expand=False``, the cue moved F1@10 from 0.212 to 0.216
on the odd documents the weight was chosen on and from 0.197 to 0.201 on the
even ones; the default, which folds most such words, from 0.205 to 0.207 and
0.196 to 0.197 (``benchmarks/eval_keywords.py``, ``keyword_ablations.py``).

One slot per name. A word the document writes only inside one repeated name
("Railway" only in "China-Europe Railway Express", "Penelope" only in "Penelope
Cruz") is no term of its own there: as in the C-value method for nested terms
(Frantzi, Ananiadou & Mima 2000), its occurrences belong to the longer term, so
the name stands for it and ranks with the better of its own score and its
nested words' (``expand=False`` keeps such words as single words instead). Only
names take words over (:mod:`analysis.keynames`): a common-noun phrase
("diplomatic ties") leaves "diplomatic" its own slot, because the readers of
500N-KPCrowd name such words alone more often than the phrase. Candidates are
then taken best first, skipping one whose occurrences all lie inside a chosen
phrase's (or that contains all of a chosen word's): it adds nothing. With
``min_words=2`` only the repeated phrases are listed ("diplomatic ties",
"China-Europe Railway Express", "industrial park"), without the phrase weight
(listed alone, a phrase competes with no word), each ranked with its own score
or the best of the words it holds. On the seed the railway express, a name of
three words written twice, goes from 6th to 3rd of the repeated phrases (it
ranked with its halved score before, below phrases that hold a stronger word);
against 500N-KPCrowd's keys the phrase list scores the same F1@10 either way
(0.030; odd 0.033, even 0.027).

A name and its words take one slot between them, whichever ranks first: once
"Stieg Larsson" is chosen, "Larsson" (also written alone) is skipped, and once
"Cruz" is chosen, "Penelope Cruz" is (capitalised words and phrases only; a reader
sees one person twice otherwise). On 500N-KPCrowd this moved F1@10 from 0.214 to
0.216 on the odd documents and from 0.201 to 0.203 on the even ones.

A person's short name of fewer than ten letters ("Xi" after "Chinese President
Xi Jinping") is as specific as the full name it stands for
(:class:`analysis.keynames.ShortNames`), so the word-length cue does not bury a
two-letter name. A document too short to
repeat enough terms (a headline alone) fills its list with phrases written once
("Hailee Steinfeld"), best first, after every repeated term and single word; a
filling phrases' scores are scaled down together, so that the first is no higher
than the last ranked term's and scores never rise down the list (at an equal score
the rank decides).

On 500N-KPCrowd (``benchmarks/eval_keywords.py``, ``benchmarks/keyword_cues.py``),
folding only names instead of every repeated phrase moved the default's F1@10
from 0.210 to 0.215 on the odd documents and from 0.199 to 0.203 on the even
ones; the fill for short documents added 0.003 and 0.001; the short-name rule,
which is for readers rather than the crowd, leaves both unchanged. A
part-of-speech lexicon from UD English EWT, spread, sentence salience and other
shapes of the cues above did not help (rows in ``keyword_cues.py``).

The candidates and their cues are built in :mod:`analysis.keycues`; this module
chooses among them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import replace

from analysis.keycues import FULL_INFORMATION as FULL_INFORMATION
from analysis.keycues import FULL_LENGTH as FULL_LENGTH
from analysis.keycues import MODIFIER_WEIGHT as MODIFIER_WEIGHT
from analysis.keycues import PHRASE_MIN_COUNT as PHRASE_MIN_COUNT
from analysis.keycues import PHRASE_WEIGHT as PHRASE_WEIGHT
from analysis.keycues import POSITION_POWER as POSITION_POWER
from analysis.keycues import POSITION_SCALE as POSITION_SCALE
from analysis.keycues import Candidate as Candidate
from analysis.keycues import Row as Row
from analysis.keycues import _candidates as _candidates
from analysis.keycues import _groups as _groups
from analysis.keycues import word_specificity as word_specificity
from analysis.keynames import ShortNames, is_name
from analysis.terms import ngram_rows_and_content
from analysis.types import Document, Keyword


def candidates(doc: Document, *, max_words: int = 3, min_words: int = 1) -> list[Candidate]:
    """Every candidate term of ``doc`` with its cues and score, unsorted."""
    groups, modifiers = _groups(doc, max_words)
    aliases = ShortNames(doc) if min_words == 1 else None
    return _candidates(groups, modifiers, doc.text, min_words, aliases=aliases)[0]


def _redundant(c: Candidate, chosen: Sequence[Candidate]) -> bool:
    for other in chosen:
        if c.words == other.words:
            continue
        if c.words < other.words and c.count == other.count and _inside(c, other):
            return True
        if c.words > other.words and c.count == other.count and _inside(other, c):
            return True
    return False


def _inside(small: Candidate, big: Candidate) -> bool:
    spans = [(r[1], r[2]) for r in big.rows]
    return all(any(bs <= r[1] and r[2] <= be for bs, be in spans) for r in small.rows)


def nested_in(cands: Sequence[Candidate]) -> dict[str, Candidate]:
    """Single words written only inside one repeated phrase: word key -> that phrase.

    A word counts as nested when every occurrence lies within an occurrence of
    the same phrase; of several such phrases, the most written stands for it,
    and of equally written ones the longest ("China-Europe Railway Express",
    not "Railway Express": a phrase always written inside a longer one is no
    term of its own either), then the first written.
    """
    # the phrases over each token a single word is written at (no other token is asked)
    wanted = {r[3] for c in cands if c.words == 1 for r in c.rows}
    covering: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.words > 1:
            for r in c.rows:
                for tok in range(r[3], r[3] + r[4]):
                    if tok in wanted:
                        covering.setdefault(tok, []).append(c)
    out: dict[str, Candidate] = {}
    if not covering:
        return out
    for c in cands:
        if c.words != 1:
            continue
        shared: set[str] | None = None
        by_key: dict[str, Candidate] = {}
        for r in c.rows:
            here = covering.get(r[3])
            if not here:  # written outside every phrase at least once
                shared = None
                break
            by_key.update((p.key, p) for p in here)
            keys = {p.key for p in here}
            shared = keys if shared is None else shared & keys
            if not shared:
                break
        if shared:
            hosts = [by_key[k] for k in shared]
            out[c.key] = min(hosts, key=lambda p: (-p.count, -p.words, p.first, p.key))
    return out


def _concepts(cands: Sequence[Candidate], *, expand: bool, names: bool) -> list[Candidate]:
    """Candidates with nested words folded into their phrase (``expand``); with
    ``names``, only into a name (:func:`analysis.keynames.is_name`): a common-noun
    phrase then leaves its words their own slots."""
    if not expand:
        return list(cands)
    pool = cands
    if names:
        # Only a word written inside a phrase written with a capital at least once
        # can fold into a name: the other words need no host (the same hosts, less work).
        inside: set[int] = set()
        phrases: list[Candidate] = []
        for c in cands:
            if c.words > 1:
                phrases.append(c)
                text = c.text
                for r in c.rows:
                    if text[r[1]].isupper():
                        inside.update(t for r in c.rows for t in range(r[3], r[3] + r[4]))
                        break
        if not inside:
            return list(cands)
        pool = phrases + [
            c
            for c in cands
            if c.words == 1 and c.rows[0][3] in inside and all(r[3] in inside for r in c.rows)
        ]
    hosts = nested_in(pool)
    if names:
        named: dict[str, bool] = {}
        for p in hosts.values():
            if p.key not in named:
                named[p.key] = is_name(p.keyword)
        hosts = {k: p for k, p in hosts.items() if named[p.key]}
    if not hosts:
        return list(cands)
    # A folded word stands for its whole phrase, head included: it brings its score
    # without the modifier weight, which is about the word named alone.
    score = {c.key: c.count * c.specificity * c.position for c in cands if c.key in hosts}
    best: dict[str, float] = {}
    for key, phrase in hosts.items():
        best[phrase.key] = max(best.get(phrase.key, phrase.score), score[key])
    return [
        replace(c, score=best[c.key]) if c.key in best else c for c in cands if c.key not in hosts
    ]


def _best_first(pool: Sequence[Candidate], head: int) -> Iterator[Candidate]:
    """``pool`` by score, best first (ties: first written, then key): the best
    ``head`` from a heap, the rest sorted only if the caller reads on."""
    if len(pool) > 4 * head:
        # the head-th best score bounds the head: order only the candidates reaching it
        scores = [c.score for c in pool]
        cut = heapq.nlargest(head, scores)[-1]
        best = sorted(
            (-c.score, c.first, c.key, i) for i, c in enumerate(pool) if scores[i] >= cut
        )[:head]
        yield from (pool[i] for *_, i in best)
        taken = {i for *_, i in best}
        order = sorted((-c.score, c.first, c.key, i) for i, c in enumerate(pool) if i not in taken)
        yield from (pool[i] for *_, i in order)
        return
    order = sorted((-c.score, c.first, c.key, i) for i, c in enumerate(pool))
    yield from (pool[i] for *_, i in order)


def _choose(
    cands: Sequence[Candidate], *, top: int, min_words: int, expand: bool
) -> list[Candidate]:
    """The best ``top`` candidates of at least ``min_words`` words, none redundant."""
    chosen: list[Candidate] = []
    shown: list[str | None] = []  # the chosen ones' written forms, built once if needed
    for c in _best_first(_concepts(cands, expand=expand, names=min_words == 1), 3 * top):
        if len(chosen) == top:
            break
        if c.words < min_words or _redundant(c, chosen):
            continue
        if min_words == 1 and _same_name(c, chosen, shown):
            continue
        chosen.append(c)
        shown.append(None)
    return chosen


def _same_name(c: Candidate, chosen: Sequence[Candidate], shown: list[str | None]) -> bool:
    """Whether ``c`` and a chosen candidate name one thing: a capitalised word of a
    chosen capitalised phrase ("Larsson" once "Stieg Larsson" is in), or a capitalised
    phrase holding a chosen capitalised word ("Penelope Cruz" once "Cruz" is in).
    ``shown`` holds the chosen ones' written forms (:attr:`Candidate.keyword`), each
    filled in when first needed."""
    single = c.words == 1
    # (only a chosen word against a phrase, or a phrase against a word, can match: the
    # written form, which takes a pass over the occurrences, only when one is chosen)
    for other in chosen:
        if single != (other.words == 1):
            break
    else:
        return False
    written = c.keyword
    if not written[:1].isupper():
        return False
    words = set(written.lower().split())
    for k, other in enumerate(chosen):
        if single == (other.words == 1):
            continue
        their = shown[k]
        if their is None:
            their = shown[k] = other.keyword
        if not their[:1].isupper():
            continue
        theirs = set(their.lower().split())
        if words <= theirs if single else theirs <= words:
            return True
    return False


def _written_once(
    doc: Document, modifiers: Sequence[bool], chosen: Sequence[Candidate], room: int, max_words: int
) -> list[Candidate]:
    """Up to ``room`` phrases written once, best first, that ``chosen`` lacks: what
    fills the list of a document too short to repeat enough terms (a headline)."""
    rows = ngram_rows_and_content(doc, max_n=max_words, unit="inflection")[0]
    groups: dict[str, list[Row]] = {}
    for row in rows:
        if row[4] > 1:
            groups.setdefault(row[0], []).append(row)
    have = {c.key for c in chosen}
    once = _candidates(groups, modifiers, doc.text, 2, phrase_count=(1, 1))[0]
    fresh = [c for c in once if c.key not in have]
    return list(_best_first(fresh, room))[:room]


def keyphrases(
    doc: Document, *, top: int = 10, max_words: int = 3, min_words: int = 1, expand: bool = True
) -> tuple[Keyword, ...]:
    """The document's ``top`` keyphrases, best first.

    Args:
        doc: A parsed document.
        top: How many to return.
        max_words: Longest phrase, 1 to 3.
        min_words: Shortest; 2 gives the repeated phrases only.
        expand: Let a repeated name stand for the words written only inside it
            ("China-Europe Railway Express" for "Railway"; with ``min_words=2``
            any repeated phrase ranks with such words); ``False`` ranks such words
            alone.

    Returns:
        :class:`~analysis.types.Keyword` s with ``method="keyphrases"``; ``count``
        is how often the phrase (any inflection) is written. Ties go to the term
        written first.

    References:
        Luhn (1958), "The automatic creation of literature abstracts", IBM J. Res.
        Dev. 2(2); Edmundson (1969), "New methods in automatic extracting", JACM
        16(2); Frantzi, Ananiadou & Mima (2000), "Automatic recognition of
        multi-word terms: the C-value/NC-value method", Int. J. on Digital
        Libraries 3(2); Sag et al. (2002), "Multiword expressions: a pain in the
        neck for NLP", CICLing; Nadeau & Sekine (2007), "A survey of named entity
        recognition and classification", Lingvisticae Investigationes 30(1);
        Hulth (2003), "Improved automatic keyword extraction given more
        linguistic knowledge", EMNLP; Campos et al. (2020), "YAKE! Keyword
        extraction from single documents using multiple local features",
        Information Sciences 509.
    """
    if not 1 <= min_words <= max_words <= 3:
        raise ValueError(f"need 1 <= min_words <= max_words <= 3, not {min_words}, {max_words}")
    once: list[Row] = []
    groups, modifiers = _groups(doc, max_words, once)
    least = 1 if expand else min_words
    aliases = ShortNames(doc) if min_words == 1 else None
    # Words written once are never folded into a phrase (a repeated phrase repeats its
    # words) and score at most ``bound``: they are scored only if the rest do not
    # fill the list with better scores.
    # Listing phrases only, a phrase competes with no word: no phrase weight, so that
    # it ranks with its own score or the best of the words it holds.
    weight = PHRASE_WEIGHT if min_words == 1 else 1.0
    cands, bound = _candidates(
        groups, modifiers, doc.text, least, singles=False, aliases=aliases, phrase_weight=weight
    )
    if once:  # the first word written once bounds them all (the position weight)
        bound = max(bound, (1.0 + once[0][3] / POSITION_SCALE) ** -POSITION_POWER)
    chosen = _choose(cands, top=top, min_words=min_words, expand=expand)
    if min_words == 1 and bound > 0 and (len(chosen) < top or chosen[-1].score <= bound):
        for row in once:
            groups[row[0]] = [row]
        cands = _candidates(groups, modifiers, doc.text, least, aliases=aliases)[0]
        chosen = _choose(cands, top=top, min_words=min_words, expand=expand)
    scores = [c.score for c in chosen]
    if len(chosen) < top and min_words == 1 < max_words:
        ranked = len(chosen)
        chosen += _written_once(doc, modifiers, chosen, top - ranked, max_words)
        # the filler ranks after every ranked term: its scores are scaled down
        # together so that scores never rise down the list (review 9, #16)
        fill = [c.score for c in chosen[ranked:]]
        if scores and fill and fill[0] > scores[-1]:
            last, scale = scores[-1], scores[-1] / fill[0]
            scores += [min(score * scale, last) for score in fill]  # min: rounding
        else:
            scores += fill
    return tuple(
        Keyword(
            rank,
            c.keyword,
            scores[rank - 1],
            c.count,
            "keyphrases" if min_words == 1 else "phrases",
        )
        for rank, c in enumerate(chosen, start=1)
    )
