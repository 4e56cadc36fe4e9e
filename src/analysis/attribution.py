"""Attribution rules for one sentence at a time: the constructions of reported speech.

Used by :mod:`analysis.quotes` (the public API, which documents the conventions).
Each rule reads the sentence's tokens around a cue from :mod:`analysis.cues` and
returns a :class:`Raw` attribution: character ranges for content, cue and speaker
mention, resolved later by :mod:`analysis.speakers`.

References:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC; Newell,
    Margolin & Ruths (2018), "An Attribution Relations Corpus for Political News",
    LREC.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.cues import NEEDS_PARTICLE, PARTICLES, lexicon
from analysis.quotemarks import QuotedSpan
from analysis.speakers import PRONOUNS, is_named_phrase, phrase_after, phrase_before
from analysis.types import Document, Sentence, Token

_END_PUNCT = ".,;:!?…"
MARKS = frozenset('"“”«»')
_CONTINUATIONS = frozenset(
    "adding saying noting stressing arguing explaining insisting warning urging suggesting "
    "calling pointing stating asserting declaring claiming recalling emphasizing".split()
)
#: Cue lemmas whose addressee may stand between the cue and the content ("told reporters").
_ADDRESSEE = frozenset("tell remind assure warn urge ask thank".split())


@dataclass
class Raw:
    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    sentence: int
    inherit: Raw | None = None  # a continuation or floating quote: same speaker
    resolved: tuple[str | None, str | None] = (None, None)


class SentenceView:
    """One sentence's tokens and what the quotations of the document cover."""

    def __init__(
        self,
        doc: Document,
        sent: Sentence,
        speech: Sequence[QuotedSpan],
        starts: Sequence[int] | None = None,
    ) -> None:
        self.doc = doc
        self.sent = sent
        self.toks = doc.sentence_tokens(sent)
        # the quotations touching this sentence (``speech`` is in text order, disjoint)
        if starts is None:
            starts = [q.start for q in speech]
        hi = bisect.bisect_left(starts, sent.end)
        lo = hi
        while lo > 0 and speech[lo - 1].end > sent.start:
            lo -= 1
        self.speech = tuple(speech[lo:hi])

    def quote_at(self, pos: int) -> QuotedSpan | None:
        for q in self.speech:
            if q.start <= pos < q.end:
                return q
        return None

    def is_mark(self, i: int) -> bool:
        """A quotation mark, or half of a doubled apostrophe (``''``)."""
        t = self.toks[i].text
        if t in MARKS:
            return True
        if t != "'":
            return False
        text = self.doc.text
        pos = self.toks[i].start
        return text[pos + 1 : pos + 2] == "'" or text[pos - 1 : pos] == "'"

    def text(self, i: int) -> str:
        return self.toks[i].text.lower()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _END_PUNCT + "—–-"):
        if text[end - 1] in "?!" and end - 1 > start and text[end - 2] not in "?!":
            break  # a question keeps its mark
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return start, end


def _skip_that(s: SentenceView, i: int, lemma: str, cls: str) -> tuple[int, bool]:
    """Index where the content starts after a cue ending at ``i``, and whether a
    complementiser, colon or quotation introduced it."""
    toks, n = s.toks, len(s.toks)
    if i < n and (s.text(i) in ("that", ":") or s.is_mark(i)):
        return (i + 1 if s.text(i) != '"' and not s.is_mark(i) else i), True
    if i < n and s.text(i) == "," and i + 1 < n and s.is_mark(i + 1):
        return i + 1, True
    # "said in a statement that", "told reporters on Monday that": "that" within reach
    limit = min(n, i + 8)
    for j in range(i, limit):
        w = s.text(j)
        if toks[j].kind == "punct":
            if w == ":":
                return j + 1, True
            if s.is_mark(j):
                return i, True
            break
        if w in ("and", "but") or (j > i and w in lexicon()):
            break  # "said the plan was sound and added that ...": not this cue's "that"
        if w == "that" and (lemma in _ADDRESSEE or j > i):
            return j + 1, True
    return i, False


_OPENERS = frozenset("but and yet so still however meanwhile".split())


def _content_after(s: SentenceView, i: int, stop: int) -> tuple[int, int] | None:
    """Characters from token ``i`` to token ``stop`` (exclusive), trimmed; a
    sentence-opening "But", "And" or "However," is left out."""
    if i == 0:
        while i < stop - 1 and (s.text(i) in _OPENERS or (i > 0 and s.text(i) == ",")):
            i += 1
    if i >= stop:
        return None
    a, b = trim(s.doc.text, s.toks[i].start, s.toks[stop - 1].end)
    return (a, b) if b > a else None


def _continuation_at(s: SentenceView, i: int, hi: int) -> int:
    """First ", <participle cue>" after token ``i``, or ", but <speaker> said": the
    token index of the comma, where the content ends."""
    lex = lexicon()
    for j in range(i, hi - 1):
        if s.text(j) in ("and", "but") and s.quote_at(s.toks[j].start) is None:
            entry = lex.get(s.text(j + 1))
            if entry is not None and entry.cls == "say" and _past(s.text(j + 1)):
                _, intro = _skip_that(s, j + 2, entry.lemma, entry.cls)
                if intro:
                    return j  # "... and added that ...": the same speaker goes on
        if s.text(j) != "," or s.quote_at(s.toks[j].start) is not None:
            continue
        if s.text(j + 1) in _CONTINUATIONS:
            return j
        if s.text(j + 1) in ("but", "and", "while", "whereas") and _speaker_cue_at(s, j + 2, hi):
            return j
    return hi


_OBJECT_PRONOUNS = frozenset("him her them me us you reporters journalists".split())


def _skip_addressee(s: SentenceView, i: int) -> int:
    """Token index after the addressee of "told"/"warned" ("told reporters",
    "told The New York Times", "told the newspaper"), when one stands at ``i``."""
    toks, n = s.toks, len(s.toks)
    if i >= n:
        return i
    if s.text(i) in _OBJECT_PRONOUNS:
        return i + 1
    j = i
    if s.text(j) in ("the", "a", "an"):
        j += 1
        if j < n and not toks[j].text[:1].isupper():
            return j + 1 if j + 1 < n else i
    while j < n and j - i < 6 and (toks[j].text[:1].isupper() or s.text(j) == "."):
        j += 1
    return j if j > i and j < n else i


def _first_comma(s: SentenceView, i: int, hi: int) -> int:
    """The first comma outside quotations from token ``i``: where a noun-phrase
    content ends ("criticized the plan, which ...")."""
    for j in range(i, hi):
        if s.text(j) == "," and s.quote_at(s.toks[j].start) is None:
            return j
    return hi


def _speaker_cue_at(s: SentenceView, i: int, hi: int) -> bool:
    """A named speaker and a speech cue starting at token ``i`` ("Susan Park said")."""
    lex = lexicon()
    for k in range(i + 1, min(hi, i + 6)):
        entry = lex.get(s.text(k))
        if entry is not None and entry.cls == "say" and s.toks[k].text.islower():
            sp = phrase_before(s.toks, k, i)
            return sp is not None and sp[0] == i and is_named_phrase(s.toks[sp[0] : sp[1]])
    return False


def _expand_to_quotes(s: SentenceView, a: int, b: int) -> tuple[int, int]:
    """Grow a content range so that a quotation touching it is included whole."""
    changed = True
    while changed:
        changed = False
        for q in s.speech:
            if q.start < b and q.end > a and (q.start < a or q.end > b):
                a, b = min(a, q.start), max(b, q.end)
                changed = True
    return a, b


_CONJUNCTIONS = frozenset("but and yet whereas".split())
_ADJUNCT = frozenset(
    """in on at during after before about of from to with onstage earlier later yesterday
    today tonight monday tuesday wednesday thursday friday saturday sunday recently
    previously again then afterward afterwards""".split()
)
_TIME_NOUNS = frozenset(
    "week month year morning afternoon evening night weekend spring summer fall winter".split()
)


def _adjunct(words: Sequence[Token]) -> bool:
    """Words after a cue that only say when or where: "on Monday", "this week"."""
    first = words[0].text.lower()
    if first in _ADJUNCT:
        return True
    second = words[1].text.lower() if len(words) > 1 else ""
    return first in ("this", "last", "next") and second in _TIME_NOUNS


def _past(word: str) -> bool:
    """A past-tense cue form ("added", "said", "told", "wrote")."""
    return word.endswith("ed") or word in ("said", "told", "wrote")


def _plain_verb(word: str) -> bool:
    """A cue form that cannot be a noun: a past tense or "says"."""
    return word.endswith("ed") or word in ("said", "told", "wrote", "says", "say", "tell", "tells")


def _span(toks: Sequence[Token], rng: tuple[int, int]) -> tuple[int, int]:
    return toks[rng[0]].start, toks[rng[1] - 1].end


def _appositive_speaker(s: SentenceView, cue: int, lo: int) -> tuple[int, int] | None:
    """ "Marley Anderson, 21, a junior from Las Vegas, said ...": the name before an
    appositive or relative clause set off by commas just before the cue."""
    if cue - 1 <= lo or s.text(cue - 1) != ",":
        return None
    end = cue - 1  # the comma closing the current segment
    for j in range(cue - 2, max(lo, cue - 30), -1):
        if s.text(j) == "," and j > lo:
            segment = s.toks[j + 1 : end]
            if 0 < len(segment) <= 5 and all(
                t.text[:1].isupper() or t.text == "." for t in segment
            ):
                return j + 1, end  # "her senior policy adviser, Jake Sullivan, said"
            end = j
            sp = phrase_before(s.toks, j, lo)
            if sp is not None and any(t.text[:1].isupper() for t in s.toks[sp[0] : sp[1]]):
                return sp
        if s.toks[j].kind == "punct" and s.text(j) not in (",", "(", ")", "-", "."):
            return None
    return None


def _attribute(s: SentenceView, i: int, lo: int, last: Raw | None) -> tuple[Raw | None, int]:
    """An attribution around the cue candidate ``toks[i]``, and where to go on."""
    toks, n = s.toks, len(s.toks)
    w = s.text(i)
    sent = s.sent.index
    if w == "according" and i + 1 < n and s.text(i + 1) == "to":
        # the source runs to the next comma: "according to a count by The Associated Press"
        end = _first_comma(s, i + 2, n)
        while end > i + 2 and toks[end - 1].kind == "punct" and not s.is_mark(end - 1):
            end -= 1
        if end <= i + 2:
            return None, i + 1
        source = phrase_after(toks, i + 2, end) or (i + 2, min(end, i + 14))
        cue = (toks[i].start, toks[i + 1].end)
        # the whole clause before, even when another cue in it was read already
        ahead = _content_after(s, 0, i - 1 if i > 0 and s.text(i - 1) == "," else i)
        behind = _content_after(s, end + 1, n) if end < n and s.text(end) == "," else None
        words_ahead = len([t for t in toks[0:i] if t.kind == "word"])
        found = behind if behind is not None and words_ahead <= 3 else ahead
        if found is None:
            return None, i + 1
        return Raw(*_expand_to_quotes(s, *found), cue, _span(toks, source), sent), n
    entry = lexicon().get(w)
    if entry is None:
        return _colon_verb(s, i, lo)
    lemma, cls = entry.lemma, entry.cls
    cue_end = i + 1
    if lemma in PARTICLES and cue_end < n and s.text(cue_end) in PARTICLES[lemma]:
        cue_end += 1
    elif lemma in NEEDS_PARTICLE:
        return None, i + 1
    cue = (toks[i].start, toks[cue_end - 1].end)
    prev = s.text(i - 1) if i > lo else ""
    c0, intro = _skip_that(s, cue_end, lemma, cls)
    # a continuation: ", adding that ..." keeps the last speaker
    coordinated = prev in ("and", "but") and _past(w) and cls == "say"
    if last is not None and (
        (prev == "," and w in _CONTINUATIONS) or (coordinated and s.text(c0 - 1) == "that")
    ):
        stop = _continuation_at(s, c0 + 1, n)
        rng = _content_after(s, c0, stop)
        if rng is None or stop - c0 < 3:  # ", telling CNN." names an addressee only
            return None, i + 1
        return Raw(*_expand_to_quotes(s, *rng), cue, None, sent, inherit=last), stop
    if i == lo and w.endswith("ing"):
        return None, i + 1  # "Citing ..., Xi stressed": an introductory participle
    sp = phrase_before(toks, i, lo)
    if sp is not None and not is_named_phrase(toks[sp[0] : sp[1]]) and not _plain_verb(w):
        sp = None  # "the international order": a noun, not a cue
    if cls == "belief" and (sp is None or not is_named_phrase(toks[sp[0] : sp[1]])):
        return None, i + 1
    if sp is None:
        sp = _appositive_speaker(s, i, 0)  # the subject may precede an earlier clause
    if sp is None and i > lo + 1 and prev in ("and", "but"):
        # "Sanders, who endorsed Canova and said he would ...": the clause's subject
        subject = phrase_after(toks, lo, i - 1)
        if subject is not None and is_named_phrase(toks[subject[0] : subject[1]]):
            sp = subject
    if sp is None and cls == "say" and i > lo + 2 and s.text(i - 1) not in (",", "to"):
        # "Friends of Mr. Clinton's who have seen him ... say that ...": a long subject
        _, intro_try = _skip_that(s, cue_end, lemma, cls)
        subject = phrase_after(toks, lo, i)
        if (
            intro_try
            and subject is not None
            and subject[0] == lo
            and not any(t.text == "," for t in toks[lo:i])
            and is_named_phrase(toks[subject[0] : subject[1]])
        ):
            sp = subject
    after_comma = prev == "," or (i > lo and s.is_mark(i - 1))
    inv = phrase_after(toks, cue_end, n) if after_comma and cls == "say" else None
    if inv is not None and s.text(inv[0]) in PRONOUNS and inv[1] < n and toks[inv[1]].is_word:
        inv = None  # "..., said he would ...": the pronoun begins the content
    remainder = [t for t in toks[c0:n] if t.kind != "punct"]
    tail = bool(remainder) and (intro or s.text(c0) != ",")
    before_ok = (
        cls == "say"
        and sp is not None
        and sp[0] > lo
        and s.text(sp[0]) != "who"
        and (s.text(sp[0] - 1) == "," or s.is_mark(sp[0] - 1))
    )
    if before_ok and tail and s.is_mark(sp[0] - 1) and s.text(c0 - 1) != "that":  # type: ignore[index]
        # '"...," Fiorina told "Fox and Friends," ...': the quotation before is the content
        tail = False
    if before_ok and tail and not intro:
        # "'...,' Clinton said during a speech": a short adjunct, not content
        short = len(remainder) <= 4
        if lemma in _ADDRESSEE and cls == "say":
            # "'...,' he told reporters on Monday" vs "..., he told reporters this was ..."
            j = _skip_addressee(s, cue_end)
            rest = [t for t in toks[j:n] if t.kind != "punct"]
            short = len(rest) <= 4 or _adjunct(rest)
        if _adjunct(remainder) or short:
            tail = False
    if tail and not intro and _adjunct(remainder) and s.text(c0) not in ("to", "of", "at", "about"):
        # "said Tuesday he would ...": the content starts after a short time adjunct;
        # "said in a statement." has none
        k = next(
            (k for k, t in enumerate(remainder[:4]) if t.text.lower() in PRONOUNS),
            None,
        )
        quoted = any(s.is_mark(j) for j in range(c0, n))
        if k is not None and k > 0:
            c0 = toks.index(remainder[k], c0)
        elif len(remainder) <= 8 and not quoted:
            tail = False
    if sp is not None and tail and (cls != "weak" or intro):
        # <speaker> <cue> (that) <content>
        if lemma in _ADDRESSEE and not intro:
            # "told reporters (that) ..."; "thanked China for ...": the party thanked stays
            c0 = _skip_addressee(s, cue_end) if cls == "say" else cue_end
        stop = _continuation_at(s, c0, n)
        if cls == "object" or s.text(sp[0]) == "who":
            stop = _first_comma(s, c0, stop)  # a noun phrase, or the end of a relative clause
        rng = _content_after(s, c0, stop)
        if rng is None:
            return None, i + 1
        return Raw(*_expand_to_quotes(s, *rng), cue, _span(toks, sp), sent), stop
    if cls != "say":
        return None, i + 1
    # content before: "<content>, he said" / "<content>, said Xi"
    if before_ok and sp is not None:
        before, spk, after = sp[0], _span(toks, sp), cue_end
    elif inv is not None and i > lo:
        before, spk, after = i, _span(toks, inv), inv[1]
    else:
        if (
            sp is not None
            and sp[0] == lo
            and cue_end < n
            and s.text(cue_end) == ":"
            and (cue_end + 1 >= n)
        ):
            # "He said:" and the quotation follows in the next sentence
            return Raw(-1, -1, cue, _span(toks, sp), sent), n
        return None, i + 1
    if before <= lo or not (s.text(before - 1) == "," or s.is_mark(before - 1)):
        return None, i + 1
    rng = _content_after(s, lo, before)
    end_tok = after
    if (
        (sp is not None or (inv is not None and s.text(inv[0]) in PRONOUNS))
        and after < n - 1
        and s.text(after) == ","
        and s.text(after + 1) not in ("who", "which", "whose")
        and s.text(after + 1) not in _CONTINUATIONS
        and s.text(after + 1) not in _CONJUNCTIONS
    ):
        # parenthetical: "China, he added, opposes ..."
        stop = _continuation_at(s, after + 1, n)
        rng = _content_after(s, lo, stop)
        end_tok = stop
    if rng is None:
        return None, i + 1
    return Raw(*_expand_to_quotes(s, *rng), cue, spk, sent), max(end_tok, cue_end)


def _colon_verb(s: SentenceView, i: int, lo: int) -> tuple[Raw | None, int]:
    """Any past-tense verb between a named speaker and a colon before a quotation:
    "he demurred: “...”", "Trump quipped: “...”" (verbs the lexicon lacks)."""
    toks, n = s.toks, len(s.toks)
    w = s.text(i)
    if not (w.endswith("ed") and i + 2 < n and s.text(i + 1) == ":" and s.is_mark(i + 2)):
        return None, i + 1
    sp = phrase_before(toks, i, lo)
    q = s.quote_at(toks[i + 2].start)
    if sp is None or q is None or not is_named_phrase(toks[sp[0] : sp[1]]):
        return None, i + 1
    cue = (toks[i].start, toks[i].end)
    return Raw(q.start, q.end, cue, _span(toks, sp), s.sent.index), n


def _title_case(s: SentenceView) -> bool:
    words = [t for t in s.toks if t.kind == "word"]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def sentence_attributions(s: SentenceView, consumed: list[tuple[int, int]], out: list[Raw]) -> None:
    toks, n = s.toks, len(s.toks)
    title = _title_case(s)
    lo = 0
    i = 0
    last: Raw | None = None
    start, end = s.sent.start, s.sent.end
    taken = [(a, b) for a, b in consumed if a < end and b > start]
    while i < n:
        tok = toks[i]
        pos = tok.start
        if (
            tok.kind != "word"
            or s.quote_at(pos) is not None
            or any(a <= pos < b for a, b in taken)
            or not (tok.text.islower() or tok.text == "According" or (title and i > 0))
        ):
            i += 1
            continue
        # (a headline in title case: "Chris Christie Says He Would ...")
        raw, next_i = _attribute(s, i, lo, last)
        if raw is not None:
            out.append(raw)
            if raw.start >= 0:
                consumed.append((raw.start, raw.end))
                taken.append((raw.start, raw.end))
            last = raw
            lo = next_i
        i = max(next_i, i + 1)
