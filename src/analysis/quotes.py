"""Quote attribution: who said what, direct and indirect, with speakers resolved.

:func:`quotes` reads a parsed document sentence by sentence and matches the
constructions news uses to report speech around a cue from the mined lexicon
(:mod:`analysis.cues`):

* ``<speaker> <cue> (that) <content>`` ("Xi stressed that ...", "He said his ...");
  object cues take a noun phrase: for "Lukashenko thanked China for ..." the
  content is what follows the cue, the party thanked and what for;
* ``<content>, <speaker> <cue>`` ("..., he stressed.") and inverted
  ``<content>, <cue> <speaker>`` ("..., said Chinese President Xi Jinping ...");
* parenthetical cues splitting the content ("China, he added, opposes ..."): the
  content is one span from its first to its last word, the cue inside it;
* continuations ("..., Xi suggested, adding that ..."): a new attribution with the
  same speaker; the first content ends before ", adding";
* ``according to <speaker>``; headlines "<content>: Xi to Lukashenko" and speaker
  labels opening a paragraph ("FALLIN: Well, ...") (:mod:`analysis.headlines`; the
  colon is the cue);
* direct quotations (:mod:`analysis.quotemarks`) attached to a cue before or after
  them; '"A," he said. "B."' is one quotation interrupted by its attribution (one
  span, cue inside); a quotation of speech with no cue of its own in a later
  sentence continues the previous speaker (a floating quote: cue ``None``, the
  speaker's mention repeated) or, with no speaker before it, has none; short
  quoted words with no cue (scare quotes, nicknames) are not speech;
* beliefs and intentions ("she believes ...", "he wants ...": PolNeAR counts them)
  only after a name, a pronoun or a relative "who"; opinions ("many economists
  believe") after any noun phrase;
* ", saying ..." after a clause with a named subject ("Clinton attacked Trump,
  saying ..."); "... and said/says <clause>" is a second attribution by the same
  speaker; documents and polls "show"/"found" without "that" and are the source
  through "in" ("In a CNN poll, 50 percent ..."); reported questions with no asker
  ("Asked whether ..., X said"; cue "Asked", no speaker); nouns of saying after a
  possessive ("his claim that", "Trump's proposal to", :mod:`analysis.nouncues`);
  a speaker before an appositive between dashes; "which" speaks for the
  organisation before it. A short opening adjunct ("In a statement,") is no
  content.

Speakers: the phrase next to the cue (:mod:`analysis.speakers`), resolved to a
canonical name and role (:mod:`analysis.coreference`, over
:func:`analysis.actors.find_mentions`). Attributions are not nested: a cue inside
the content of another attribution is not read ("He said his country hopes ..."
is one attribution).

The content of an indirect attribution leaves out the complementiser "that" and
the sentence's final punctuation; a direct quotation's content keeps its marks.
``kind`` is ``direct`` when the content is a quotation, ``mixed`` when indirect
content holds a quoted fragment, else ``indirect``.

References:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC; Newell,
    Margolin & Ruths (2018), "An Attribution Relations Corpus for Political News",
    LREC; Asr et al. (2021), "The Gender Gap Tracker", PLOS ONE 16(1).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any

from analysis.actors import find_mentions
from analysis.attribution import sentence_attributions
from analysis.clauseguards import is_clause
from analysis.clauses import MARKS, Raw, SentenceView
from analysis.coreference import Resolver
from analysis.cues import lexicon
from analysis.headlines import headline, label
from analysis.interruptions import (
    attribution_only,
    interrupted,
    opens_sentence,
    opens_split,
    sentence_index,
    split_part,
)
from analysis.quotemarks import MIN_SPEECH_WORDS, QuotedSpan, is_speech, quote_parts, quoted_spans
from analysis.tone import UNKNOWN_SPEAKER
from analysis.types import Document, Mention, Quote, QuoteKind, build


def quotes(doc: Document, *, mentions: tuple[Mention, ...] | None = None) -> tuple[Quote, ...]:
    """Attributions of ``doc`` in text order.

    Args:
        doc: A parsed document (:func:`analysis.parse.parse`).
        mentions: Its named-actor mentions, when already computed
            (:func:`analysis.actors.find_mentions`); found here otherwise.

    Returns:
        One :class:`~analysis.types.Quote` per attribution, sorted by content start
        (then end). Every offset points into ``doc.text``.

    References:
        Newell, Margolin & Ruths (2018), "An Attribution Relations Corpus for
        Political News", LREC (the constructions and the lexicon's training data).
    """
    text = doc.text
    spans = quoted_spans(doc)
    speech: list[QuotedSpan] = []
    raws: list[Raw] = []
    consumed: list[tuple[int, int]] = []
    for q in spans:
        speech.append(q)
    starts = [q.start for q in speech]
    sentences = [SentenceView(doc, sent, speech, starts) for sent in doc.sentences]
    for k, s in enumerate(sentences):
        in_headline = doc.paragraphs[s.sent.paragraph].kind == "headline"
        if in_headline:
            head = headline(doc, s.sent)
            if head is not None:
                raws.append(head)
                continue
        # Sentences come in text order, so a consumed span that ends before this
        # sentence can never touch it or a later one: dropping those keeps a long
        # document linear instead of sentences x attributions.
        if consumed:
            consumed[:] = [(a, b) for a, b in consumed if b > s.sent.start]
        if not (consumed and any(a <= s.sent.start < b for a, b in consumed)):
            labelled = label(doc, s.sent)
            if labelled is not None:
                raws.append(labelled)
                consumed.append((labelled.start, labelled.end))
                continue
        before = len(raws)
        sentence_attributions(s, consumed, raws)
        if in_headline and len(raws) > before:
            # "Mayor defends police budget": a headline's verb and its object report
            # nothing; only a verb of saying or a quotation makes an attribution
            kept = [r for r in raws[before:] if _reported(s, r)]
            for r in raws[before:]:
                if r not in kept and (r.start, r.end) in consumed:
                    consumed.remove((r.start, r.end))
            raws[before:] = kept
        # "<speaker> said:" then the quotation in the next sentence or paragraph
        for raw in raws[before:]:
            if raw.start < 0:
                nxt = sentences[k + 1] if k + 1 < len(sentences) else None
                follow = nxt.quote_at(nxt.toks[0].start) if nxt and nxt.toks else None
                if follow is not None:
                    raw.start, raw.end = follow.start, follow.end
                    consumed.append((follow.start, follow.end))
    raws = [r for r in raws if r.start >= 0]
    # The attributions by start, and the longest one's length: an attribution that
    # holds or overlaps a quotation starts at most that far before it, so only a
    # slice is tested (a long document stays linear, not quotations x attributions).
    by_start = sorted(raws, key=_start)
    longest = max((r.end - r.start for r in raws), default=0)
    position = {id(r): i for i, r in enumerate(raws)}
    # quotations not attached to any cue
    for q in speech:
        near = by_start[
            bisect.bisect_left(by_start, q.start - longest, key=_start) : bisect.bisect_right(
                by_start, q.end, key=_start
            )
        ]
        if any(r.start <= q.start and q.end <= r.end for r in near):
            continue
        if any(r.start < q.end and q.start < r.end for r in near):
            continue
        k = bisect.bisect_left(by_start, q.end, key=_start)
        if k < len(by_start) and opens_split(doc, q, by_start[k]):
            # '"The plan", Smith said, "is dead."': the first part of the quotation
            # whose attribution reads only the part after it
            joined = by_start.pop(k)
            joined.start = q.start
            bisect.insort(by_start, joined, key=_start)
            longest = max(longest, joined.end - joined.start)
            continue
        # a short part counts only as the rest of a quotation its attribution split
        # in one sentence ('"The plan," said Smith, "is dead."')
        short = not is_speech(q) or _title(text[q.start : q.end], q)
        if short and text[max(0, q.start - 8) : q.start].rstrip()[-1:] != ",":
            continue
        sent = sentence_index(doc, q.start)
        last = _last_before(by_start, position, q.start, longest)
        if short and not (last is not None and split_part(doc, last, q, sent)):
            continue
        inherit = None
        if last is not None:
            gap = doc.sentences[sent].paragraph - doc.sentences[last.sentence].paragraph
            if gap <= 1:
                inherit = last
        if (
            inherit is not None
            and inherit.cue is not None
            and doc.sentences[inherit.sentence].paragraph == doc.sentences[sent].paragraph
            and inherit.start < inherit.end
            and (text[inherit.start] in MARKS or text.startswith("''", inherit.start))
            and sent - sentence_index(doc, max(inherit.end, inherit.cue[1])) in (0, 1)
        ):
            if sent != inherit.sentence and not opens_sentence(doc, sent, q.start):
                # 'Her support means "B," she says': a later sentence's quotation
                # inside its own narration is no continuation; its own record
                pass
            elif attribution_only(doc, inherit, q.start):
                # '"A," he said. "B."' and '"A," she said, and "B."': one quotation
                # interrupted by its attribution
                inherit.end = q.end
                longest = max(longest, inherit.end - inherit.start)
                continue
            else:
                # '"A," Smith said, before Jones interrupted: "B."', '... as the crowd
                # chanted "B."': another voice's words, not the speaker's; unattributed
                inherit = None
        if short:
            continue
        floating = Raw(q.start, q.end, None, None, sent, inherit=inherit)
        position[id(floating)] = len(raws)
        raws.append(floating)
        bisect.insort(by_start, floating, key=_start)
        longest = max(longest, q.end - q.start)
    raws = [r for r in raws if not r.denied]
    raws.sort(key=lambda r: (r.start, r.end))
    resolver = Resolver(
        doc,
        find_mentions(doc) if mentions is None else mentions,
        [(q.start, q.end) for q in spans],
    )
    out: list[Quote] = []
    for r in sorted(raws, key=lambda r: (_anchor(r), r.start)):
        if r.inherit is not None:
            r.resolved = r.inherit.resolved
        elif r.speaker is not None:
            r.resolved = resolver.resolve(*r.speaker)
    whole = {(q.start, q.end) for q in speech}
    for r in raws:
        out.append(_quote(doc, r, speech, starts, whole))
    del text
    return tuple(out)


_MINOR = frozenset("a an the of to in on at by for and or but nor as vs with from".split())


#: A quotation mark in a headline: double marks, or single ones that open ("‘A
#: Disgrace’", " 'fake news'"), not an apostrophe ("Clinton's").
_QUOTED = re.compile(r"[\"“”«»‘]|(?:^|(?<=\s))['’]")


def _reported(s: SentenceView, r: Raw) -> bool:
    """Whether an attribution found in a headline reports content: its cue is a verb
    of saying ("Minister says ...", "... warns that ...") or its content a quotation;
    not a verb taking an object ("Mayor defends police budget", "Minister slams
    critics"), nor a verb of saying with one ("Judge denies bail", "Firm announces
    layoffs"). As in the body, a to-infinitive is content ("Trump vows to appeal
    verdict", "Biden promises to cut taxes"), and "calls for" or "calls on" makes a
    demand ("Pope calls for ceasefire in Gaza"; PolNeAR annotates these)."""
    text = s.doc.text
    if r.cue is None or _QUOTED.search(text, r.start, r.end) is not None:
        return True  # (a quotation, in a headline's single marks too: "Calls X ‘A Disgrace’")
    cue = text[r.cue[0] : r.cue[1]].split()
    entry = lexicon().get(cue[0].lower())
    if entry is None:
        return True
    if entry.cls not in ("say", "weak"):
        return entry.lemma == "call" and len(cue) > 1  # ("calls for", "calls on")
    return (
        entry.lemma not in _OBJECT_SAYS
        or is_clause(s, (r.start, r.end))
        or text[r.start : r.start + 3].lower() == "to "
    )


#: Verbs of saying that take an object as often ("denies bail", "announces layoffs",
#: "promises tax cuts"): in a headline, speech only with a clause.
_OBJECT_SAYS = frozenset(
    """deny announce promise pledge vow predict declare admit acknowledge confirm report
    reveal concede recall""".split()
)


def _title(quoted: str, q: QuotedSpan) -> bool:
    """A short quotation in title case names a show, book or slogan
    ("“Sunday Morning Futures,”"): no speech of its own."""
    if q.words >= MIN_SPEECH_WORDS:
        return False  # (most quotations: no need to read the words)
    words = [w.strip("\"“”‘’'.,!?:;") for w in quoted.split()]
    major = [w for w in words if w and w.lower() not in _MINOR]
    return bool(major) and all(w[:1].isupper() for w in major)


def _start(r: Raw) -> int:
    return r.start


def _last_before(
    by_start: Sequence[Raw], position: dict[int, int], pos: int, longest: int
) -> Raw | None:
    """The attribution ending last (then starting last) at or before ``pos``; of
    equal spans, the first made (lowest ``position``). Walks back from ``pos`` over
    the attributions sorted by start, and stops once none can end as late as the
    best found: none is longer than ``longest``."""
    best: Raw | None = None
    for k in range(bisect.bisect_right(by_start, pos, key=_start) - 1, -1, -1):
        r = by_start[k]
        if best is not None and r.start + longest < best.end:
            break
        if r.end > pos:
            continue
        if (
            best is None
            or (r.end, r.start) > (best.end, best.start)
            or ((r.end, r.start) == (best.end, best.start) and position[id(r)] < position[id(best)])
        ):
            best = r
    return best


def _anchor(r: Raw) -> int:
    """Where a speaker is read: its mention, else its content."""
    return r.speaker[0] if r.speaker is not None else r.start


def _quote(
    doc: Document,
    r: Raw,
    speech: Sequence[QuotedSpan],
    starts: Sequence[int],
    whole: set[tuple[int, int]],
) -> Quote:
    """The :class:`Quote` of one attribution; ``speech`` are the quotations in text
    order, ``starts`` their starts and ``whole`` their ``(start, end)`` pairs."""
    text = doc.text
    kind: QuoteKind = "indirect"
    parts = f"{r.start}-{r.end}"
    if r.cue is None or (r.start, r.end) in whole:
        kind = "direct"
    elif not MARKS.isdisjoint(text[r.start : r.end]) or "''" in text[r.start : r.end]:
        within = speech[bisect.bisect_left(starts, r.start) : bisect.bisect_right(starts, r.end)]
        inner = [q for q in within if r.start <= q.start and q.end <= r.end]
        covered = sum(q.end - q.start for q in inner)
        kind = "direct" if inner and covered >= 0.8 * (r.end - r.start) else "mixed"
        if (
            kind == "mixed"
            and r.cue is not None
            and inner
            and inner[0].start == r.start
            and inner[-1].end == r.end
            and r.start < r.cue[0] < r.end
            and inner[0].end <= r.cue[0]
            and all(not (q.start < r.cue[1] and r.cue[0] < q.end) for q in inner)
            and all(text[: q.start].rstrip()[-1:] in ".,;:" for q in inner[1:])
        ):
            # '"A," Pep Guardiola told reporters. "B."': one quotation interrupted by
            # its own attribution, however long the attribution is (not '"A," he
            # said, calling it "B."': a fragment inside narration)
            kind = "direct"
        if kind == "direct" and interrupted(r, inner):
            parts = ";".join(f"{q.start}-{q.end}" for q in inner)  # the quoted words only
    # a continuation ("adding that") or a floating quote shares its speaker's mention
    src = r
    while src.inherit is not None and src.speaker is None:
        src = src.inherit
    sp = src.speaker
    speaker, role = r.resolved
    cue = r.cue
    return build(
        Quote,
        {
            "content": text[r.start : r.end],
            "start": r.start,
            "end": r.end,
            "kind": kind,
            "cue": text[cue[0] : cue[1]] if cue else None,
            "cue_start": cue[0] if cue else None,
            "cue_end": cue[1] if cue else None,
            "speaker": speaker,
            "speaker_text": text[sp[0] : sp[1]] if sp else None,
            "speaker_start": sp[0] if sp else None,
            "speaker_end": sp[1] if sp else None,
            "speaker_role": role,
            "sentence": r.sentence,
            "parts": parts,
        },
    )


#: The fields of :func:`records`, in order (the ``analysis quotes`` columns).
RECORD_COLUMNS: tuple[str, ...] = (
    "doc",
    "speaker",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "start",
    "end",
    "kind",
    "speaker_role",
    "sentence",
    "parts",
)


def records(doc: Document, *, mentions: tuple[Mention, ...] | None = None) -> list[dict[str, Any]]:
    """The CLI's JSON Lines records: one flat dict per attribution, ``"doc"`` first.

    Keys: ``doc, speaker, speaker_text, speaker_start, speaker_end, cue, cue_start,
    cue_end, content, start, end, kind``, then ``speaker_role`` and ``sentence``.
    """
    out = []
    for q in quotes(doc, mentions=mentions):
        out.append(
            {
                "doc": doc.id,
                "speaker": q.speaker,
                "speaker_text": q.speaker_text,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "cue": q.cue,
                "cue_start": q.cue_start,
                "cue_end": q.cue_end,
                "content": q.content,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker_role": q.speaker_role,
                "sentence": q.sentence,
                "parts": q.parts,
            }
        )
    return out


__all__ = ["quotes", "records"]


def quote_words(doc: Document, found: Sequence[Quote]) -> list[int]:
    """How many word tokens each quote's parts hold (the content, less the narration
    of an interrupted quotation; the document's own tokens, no re-tokenizing), in the
    order of ``found``."""
    toks = doc.tokens
    out = []
    for q in found:
        n = 0
        for start, end in quote_parts(q):
            lo = bisect.bisect_left(toks, start, key=_token_start)
            hi = bisect.bisect_left(toks, end, lo, key=_token_start)
            kinds = [t.kind for t in toks[lo:hi]]
            k = kinds.count("word") + kinds.count("number")
            # tokens do not overlap: only the last one can start inside and end outside
            if k and toks[hi - 1].end > end and kinds[-1] in ("word", "number"):
                k -= 1
            n += k
        out.append(n)
    return out


_token_start = attrgetter("start")


def speaker_rows(
    attributions: Iterable[tuple[str | None, str | None, int]],
) -> list[dict[str, Any]]:
    """Who said how much: one row per canonical speaker.

    Args:
        attributions: ``(speaker, role, words)`` per attribution, in text order;
            an unknown speaker (``None``) is pooled as
            :data:`analysis.tone.UNKNOWN_SPEAKER`.

    Returns:
        Rows ``{"speaker", "role", "attributions", "words", "share"}``: ``role`` the
        first role seen, ``share`` of all attributed words (0 to 1). Sorted by
        words, then attributions (both descending), then speaker.
    """
    rows: dict[str, dict[str, Any]] = {}
    for speaker, role, words in attributions:
        name = speaker or UNKNOWN_SPEAKER
        row = rows.get(name)
        if row is None:
            row = rows[name] = {"speaker": name, "role": None, "attributions": 0, "words": 0}
        if row["role"] is None:
            row["role"] = role
        row["attributions"] += 1
        row["words"] += words
    total = sum(r["words"] for r in rows.values())
    out = sorted(rows.values(), key=lambda r: (-r["words"], -r["attributions"], r["speaker"]))
    for row in out:
        row["share"] = row["words"] / total if total else 0.0
    return out
