"""Evaluations: which target each evaluative word is about, for :mod:`analysis.targets`.

A sentence score says how a sentence reads, not toward whom. "China opposes external
forces interfering in Belarus' internal affairs" is negative, but the negativity is
aimed at the "external forces", not at China or Belarus. Here each evaluative word
(a word with a nonzero valence in the news scorer, :mod:`analysis.newsvader`, its
negation, shifters, hedges and contrast worked out over the whole sentence) is
attributed to the nearest target in its clause:

* **Targets** are the named actors (:func:`analysis.actors.find_mentions`) and
  noun-phrase terms: the last two words of a run of content words with no scored
  word, no name, no stopword, no bare number and no "-ly" or "-ing" form inside,
  and not ending in a word that cannot head a noun phrase (an "-ed" form, "away")
  ("external forces", "internal affairs"). Multi-word runs of content words are mostly noun phrases
  in English (Justeson & Katz, 1995); single words are left out because, without
  a tagger, a lone content word is as often a verb or an adverb as a noun. A term
  does not open with a verb: a past form after a subject ("exports registered
  steady", "he instructed staff"; not "the retired miners"), a base form after a
  modal, or after "to" when its past form is about as common in general English
  ("to enhance vaccine", not "to vaccine makers"). Some verbs remain ("led
  forecasters" after "and"): the price of having no tagger.
* **Clauses** are the spans between clause punctuation and connectives ("but",
  "although", ...), the same marks the news scorer uses for negation scope: an
  opinion word applies to the features of its sentence segment (Ding, Liu & Yu,
  2008), and to a nearby one (Hu & Liu, 2004). English puts the target of an
  evaluative verb or attributive adjective after it ("condemned the closures",
  "a good example") and the subject of a predicative one before it ("relations
  were fruitful"), so the word goes to the nearest target after it in its clause,
  else to the nearest before it; a participle right after a target modifies that
  target ("external forces interfering"). Distance counts the tokens between.
  Names joined by "and" or "or" ("China and Belarus") share what reaches one of them.
* Evaluative words inside a name, and those in a clause with no target, are not
  attributed.

References:
    Hu, M. & Liu, B. (2004). Mining and Summarizing Customer Reviews. KDD.
    Ding, X., Liu, B. & Yu, P.S. (2008). A Holistic Lexicon-Based Approach to Opinion
    Mining. WSDM.
    Justeson, J.S. & Katz, S.M. (1995). Technical terminology: some linguistic
    properties and an algorithm for identification in text. Natural Language
    Engineering 1(1).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from analysis.newsvader import Prepared, prepare_document, word_valences
from analysis.quotemarks import quote_parts
from analysis.stoplist import stopwords
from analysis.tone import UNKNOWN_SPEAKER
from analysis.types import Document, Evaluation, Mention, Quote
from analysis.verbforms import ED_NOUNS as _ED_NOUNS
from analysis.verbforms import verb_led

#: Longest noun-phrase term, in words (the last words of a longer run are kept:
#: English noun phrases are head-final; adjective-noun and noun-noun pairs are the
#: commonest term patterns in Justeson & Katz, 1995).
MAX_TERM_WORDS = 2
_COORDINATORS = frozenset({"and", "or", ","})
# Endings that mark an adverb ("-ly") or a verb form ("-ing") rather than a noun.
_VERBAL = ("ly", "ing")
# Words that end a run but cannot head a noun phrase: adverbial particles, and any
# "-ed" form (a past tense or participle: "presidents witnessed", "go unanswered";
# every such term over PolNeAR dev was a subject and its verb). "-eed" words are
# nouns ("need", "speed"), and so are the few in _ED_NOUNS.
_NOT_HEADS = frozenset({"together", "away", "apart", "ahead", "aside", "alone", "ago"})


def _headless(w: str) -> bool:
    """Whether ``w`` (lower case) cannot be the last word of a noun phrase."""
    return w in _NOT_HEADS or (
        len(w) > 3 and w.endswith("ed") and not w.endswith("eed") and w not in _ED_NOUNS
    )


def _clauses(prep: Prepared, a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges of the clauses of ``a..b`` (between clause marks), non-empty."""
    marks = prep.marks
    out = []
    start = a
    for m in marks[bisect.bisect_left(marks, a) : bisect.bisect_left(marks, b)]:
        if m > start:
            out.append((start, m))
        start = m + 1
    if b > start:
        out.append((start, b))
    return out


def _mention_ranges(doc: Document, mentions: Sequence[Mention]) -> list[tuple[int, int, Mention]]:
    """Token ranges ``[first, last)`` of the mentions, in text order."""
    if not mentions:
        return []
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end, m.canonical)):
        i = bisect.bisect_left(ends, m.start + 1)  # first token ending inside the mention
        j = bisect.bisect_left(starts, m.end)  # first token starting after it
        if i < j:
            out.append((i, j, m))
    return out


def _terms(prep: Prepared, a: int, b: int, taken: set[int]) -> list[tuple[int, int]]:
    """Noun-phrase terms in ``a..b``: the last :data:`MAX_TERM_WORDS` words of runs of
    two or more content words, none scored, named, a stopword, a bare number or an
    "-ly"/"-ing" form."""
    stop = stopwords()
    hits = prep.hits
    scored = set(hits[bisect.bisect_left(hits, a) : bisect.bisect_left(hits, b)])
    low = prep.low
    is_word = prep.is_word
    out = []
    run: list[int] = []
    for k in range(a, b + 1):
        if k < b and is_word[k] and k not in scored and k not in taken:
            w = low[k]
            if w not in stop and not w.endswith(_VERBAL) and not w.isdigit():
                run.append(k)
                continue
        while run and _headless(low[run[-1]]):
            run.pop()
        first = len(run) - MAX_TERM_WORDS
        if first >= 0 and verb_led(prep.low, prep.is_word, run[first], taken):
            first += 1  # "registered steady", "to enhance vaccine": a verb opens it
        if 0 <= first < len(run) - 1:
            out.append((run[first], run[-1] + 1))
        run = []
    return out


def evaluations(
    doc: Document, mentions: Sequence[Mention], *, quotes: Sequence[Quote] = ()
) -> tuple[Evaluation, ...]:
    """Every evaluative word of the document with the target it is attributed to.

    Args:
        doc: The parsed document.
        mentions: Its actor mentions (:func:`analysis.actors.find_mentions`).
        quotes: Its quotes, if whose words these are should be known: a word inside
            a quote's content or its cue is its speaker's (the first-starting quote
            holding it; ``"(unknown)"`` for a quote without a speaker), and goes to
            a target inside the content (none there: not attributed, so that "Reed
            rejected the criticism" is neither Reed's word about himself nor the
            narration's); other words are the narration's.

    Returns:
        In text order; a word shared by coordinated names ("China and Belarus")
        appears once per name.
    """
    prep = prepare_document(doc)
    left = bisect.bisect_left
    text = doc.text
    tokens = doc.tokens
    named = _mention_ranges(doc, mentions)
    named_starts = [r[0] for r in named]
    spans = sorted(
        (a, b, q.speaker or UNKNOWN_SPEAKER)
        for q in quotes
        for a, b in quote_parts(q)  # (an interrupted quotation's parts)
    )
    cues = sorted(
        (q.cue_start, q.cue_end, q.start, q.end, q.speaker or UNKNOWN_SPEAKER)
        for q in quotes
        if q.cue_start is not None and q.cue_end is not None
    )
    out: list[Evaluation] = []
    for sent in doc.sentences:
        a, b = sent.tok_start, sent.tok_end
        valences = word_valences(prep, a, b)
        if not valences:
            continue
        lo = bisect.bisect_left(named_starts, a)
        hi = bisect.bisect_left(named_starts, b)
        in_sentence = [r for r in named[lo:hi] if r[1] <= b]
        taken = {k for i, j, _ in in_sentence for k in range(i, j)}
        scored = sorted(valences)
        for c_start, c_end in _clauses(prep, a, b):
            lo_k = bisect.bisect_left(scored, c_start)
            evaluative = [
                k for k in scored[lo_k : bisect.bisect_left(scored, c_end)] if k not in taken
            ]
            if not evaluative:
                continue  # nothing evaluative here: no need to find its targets
            targets: list[tuple[int, int, Mention | None]] = [
                r for r in in_sentence if c_start <= r[0] and r[1] <= c_end
            ]
            targets += [(i, j, None) for i, j in _terms(prep, c_start, c_end, taken)]
            if not targets:
                continue
            targets.sort(key=lambda t: (t[0], t[1]))
            clause = (tokens[c_start].start, tokens[c_end - 1].end)
            n_words = left(prep.words, c_end) - left(prep.words, c_start)
            for k in evaluative:
                speaker, lo, hi = _voice(spans, cues, tokens[k].start, tokens[k].end)
                near = targets
                if lo >= 0:  # a speaker's word: its target is in what they said
                    near = [t for t in targets if lo <= tokens[t[0]].start < hi]
                    if not near:
                        continue
                for i, j, m in _nearest(near, k, prep.low):
                    name = m.canonical if m is not None else _term_name(prep, i, j)
                    out.append(
                        Evaluation(
                            sentence=sent.index,
                            word=tokens[k].text,
                            start=tokens[k].start,
                            end=tokens[k].end,
                            valence=valences[k],
                            target=name,
                            target_kind="actor" if m is not None else "term",
                            target_text=text[tokens[i].start : tokens[j - 1].end],
                            target_start=tokens[i].start,
                            target_end=tokens[j - 1].end,
                            clause_start=clause[0],
                            clause_end=clause[1],
                            clause_words=n_words,
                            speaker=speaker,
                        )
                    )
    out.sort(key=lambda e: (e.start, e.target_start, e.target))
    return tuple(out)


def _voice(
    spans: list[tuple[int, int, str]],
    cues: list[tuple[int, int, int, int, str]],
    start: int,
    end: int,
) -> tuple[str | None, int, int]:
    """Whose word the one at ``start..end`` is, and where its target may be: inside a
    quote's content, the speaker's, about what the content names; in a quote's cue
    ("Israel accused Hamas", "Reed rejected the criticism"), the speaker's too, about
    what the content names (not the speaker, nor a second time as the narration's);
    else the narration's, anywhere in its clause (``-1, -1``)."""
    for q_start, q_end, name in spans:
        if q_start > start:
            break
        if end <= q_end:
            return name, q_start, q_end
    for c_start, c_end, q_start, q_end, name in cues:
        if c_start > start:
            break
        if end <= c_end:
            return name, q_start, q_end
    return None, -1, -1


def _term_name(prep: Prepared, i: int, j: int) -> str:
    return " ".join(prep.low[i:j])


def _nearest(
    targets: list[tuple[int, int, Mention | None]], k: int, low: list[str]
) -> list[tuple[int, int, Mention | None]]:
    """The target of the evaluative word at ``k``, with the names coordinated with it:
    the nearest target after it in its clause, else the nearest before it; a
    participle right after a target ("forces interfering") takes that target."""

    def distance(t: tuple[int, int, Mention | None]) -> tuple[int, int]:
        i, j, _ = t
        return (0, i - k - 1) if i > k else (1, k - j)

    best = min(range(len(targets)), key=lambda n: (distance(targets[n]), n))
    if low[k].endswith("ing"):
        before = [n for n, t in enumerate(targets) if t[1] == k]
        if before:
            best = before[-1]
    # names written as one token ("China-Belarus") share it
    group = [t for t in targets if t[:2] == targets[best][:2]]
    if targets[best][2] is None:
        return group
    for step in (-1, 1):  # names joined by "and", "or" or a comma share it
        n = best
        while 0 <= n + step < len(targets):
            prev, nxt = (
                (targets[n + step], targets[n]) if step < 0 else (targets[n], targets[n + step])
            )
            between = low[prev[1] : nxt[0]]
            if nxt[2] is None or prev[2] is None or not between:
                break
            if not all(w in _COORDINATORS for w in between):
                break
            n += step
            group.append(targets[n])
    return sorted(set(group), key=lambda t: (t[0], t[1], t[2].canonical if t[2] else ""))
