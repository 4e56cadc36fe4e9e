"""Clauses of reported speech: the sentence view and where contents begin and end.

Helpers for :mod:`analysis.attribution`: the :class:`Raw` attribution (character
ranges, resolved later), the :class:`SentenceView` (a sentence's tokens and the
quotations touching it), and the boundary rules: the complementiser after a cue,
the addressee of "told", continuations (", adding that", "and added that"), a
second speaker (", but Susan Park said"), and quotations taken whole; and the
tests that keep a rule from firing where no one speaks: a role noun before a name
(", spokesman Ben Padovan said"), a clause or a noun phrase after "added", a
request for comment, a place and its region ("in Tulsa, Oklahoma,"), a dash, and
a sentence closed by an inverted attribution (", said analyst Omar Khalid.").

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.cues import lexicon
from analysis.namewords import PLACE_PREPOSITIONS as _PLACE_PREPOSITIONS
from analysis.quotemarks import QuotedSpan
from analysis.speakers import (
    PRONOUNS,
    SPEAKER_HEADS,
    STOP_WORDS,
    is_named_phrase,
    phrase_after,
    phrase_before,
)
from analysis.types import Document, Sentence, Token
from analysis.verbforms import verb_led

END_PUNCT = ".,;:!?…"
MARKS = frozenset('"“”«»')
#: Tokens that are a quotation's edge only where a paired quotation starts or ends:
#: English single marks and the ends of an HTML entity ("&", ";").
_EDGES = frozenset("‘’'&;")
CONTINUATIONS = frozenset(
    "adding saying noting stressing arguing explaining insisting warning urging suggesting "
    "calling pointing stating asserting declaring claiming recalling emphasizing telling "
    "citing".split()
)
#: Cue lemmas whose addressee may stand between the cue and the content ("told reporters").
ADDRESSEE = frozenset("tell remind assure warn urge ask thank".split())


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
    """One sentence's tokens, their texts in lower case (``lows``, what :meth:`text`
    returns: the rules compare lower-cased words token after token), and what the
    quotations of the document cover."""

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
        self.lows = [t.text.lower() for t in self.toks]
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
        """A quotation mark, or half of a doubled apostrophe (``''``), or the edge of
        a paired quotation written otherwise (British ``‘…’``, ``&ldquo;…&rdquo;``)."""
        t = self.toks[i].text
        if t in MARKS:
            return True
        if t in _EDGES and self.speech:
            tok = self.toks[i]
            for q in self.speech:
                if q.start == tok.start or q.end == tok.end:
                    return True
        if t != "'":
            return False
        text = self.doc.text
        pos = self.toks[i].start
        return text[pos + 1 : pos + 2] == "'" or text[pos - 1 : pos] == "'"

    def text(self, i: int) -> str:
        return self.lows[i]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in END_PUNCT + "—–-"):
        if text[end - 1] in "?!" and end - 1 > start and text[end - 2] not in "?!":
            break  # a question keeps its mark
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return start, end


def skip_that(s: SentenceView, i: int, lemma: str, cls: str) -> tuple[int, bool]:
    """Index where the content starts after a cue ending at ``i``, and whether a
    complementiser, colon or quotation introduced it."""
    toks, n = s.toks, len(s.toks)
    if i < n and s.text(i) == "that" and determiner_that(s, i):
        return i, False  # "rejected that claim as nonsense": "that claim" is the object
    if i < n and (s.text(i) in ("that", ":") or s.is_mark(i)):
        return (i + 1 if s.text(i) != '"' and not s.is_mark(i) else i), True
    if i < n and s.text(i) == "," and i + 1 < n and s.is_mark(i + 1):
        return i + 1, True
    # "said in a statement that", "told reporters on Monday that": "that" within reach
    limit = min(n, i + 8)
    verb = False  # an infinitive began: a "that" after it is no complementiser of the cue
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
        if w.lower() in _SUBJECT_PRONOUNS:
            break  # "said he introduced a bill to do that": a clause began already
        if w in ("not", "never") or (w == "to" and infinitive_at(s, j + 1)):
            verb = True  # "vowed not to repeat that mistake": "that" is the infinitive's
        if w == "that" and (lemma in ADDRESSEE or j > i) and not verb:
            if determiner_that(s, j):
                break  # "insisted on that point": a determiner
            return j + 1, True
    return i, False


#: Quantifiers after "that": the subject of a clause ("argues that some of the blame
#: belongs to ..."), no noun after a determiner.
_QUANTIFIERS = frozenset("some all many most much none few several both each any".split())


def determiner_that(s: SentenceView, i: int) -> bool:
    """Whether "that" at token ``i``, right after a cue, is a determiner: a lower-case
    word follows it, then punctuation or "as", and no word of a clause (an
    auxiliary, a subject pronoun, a past form, a quotation mark) follows up to the end
    of the sentence ("rejected that claim as nonsense"; not "said that plan would
    fail", "said that people in the city were angry")."""
    toks, n = s.toks, len(s.toks)
    if i + 2 >= n or not toks[i + 1].is_word or not toks[i + 1].text.islower():
        return False
    if s.text(i + 1) in _QUANTIFIERS:
        return False
    after = toks[i + 2]
    if not (after.kind == "punct" and not s.is_mark(i + 2)) and s.text(i + 2) != "as":
        return False  # ("found that support for Trump rose": a clause)
    for word in s.lows[i + 1 : n]:
        word = word.replace("’", "'")
        if word in _CLAUSE_WORDS or word.endswith(("ed", "n't")) or word in MARKS:
            return False  # "wrote that legions of voters, alienated ..., are ripe"
    return True


def infinitive_at(s: SentenceView, k: int) -> bool:
    """Whether the word at token ``k``, after "to", is a verb ("promised to end that
    practice", "vowed to repeat"), not a noun phrase ("said to reporters that"): a
    verb by :func:`analysis.verbforms.verb_led` (a base form whose past form is about as
    common as it: "to staff" is no verb)."""
    toks, n = s.toks, len(s.toks)
    if k >= n or not toks[k].is_word or not toks[k].text.islower():
        return False
    w = s.text(k)
    if w in _ROLE_DETERMINERS or w in OBJECT_PRONOUNS or w in ("this", "that", "these", "those"):
        return False
    if w in _THAT_VERBS:
        return True  # ("vowed to ensure that the plan works")
    return verb_led(s.lows, [t.is_word for t in toks], k, frozenset())


#: Verbs taking a "that" clause whose past form is much rarer than their base form, so
#: :func:`analysis.verbforms.verb_led` misses them after "to".
_THAT_VERBS = frozenset("ensure show prove say argue insist know make".split())


def coordinate_verb(s: SentenceView, c0: int, stop: int) -> int:
    """Where an infinitive content from token ``c0`` ("to ...", "not to ...") ends
    before a second past-tense verb of the cue's subject: "vowed not to repeat that
    mistake and established a new policy" ends before "and". Only "and" followed by a
    past form in "-ed" and a determiner counts; ``stop`` otherwise."""
    if s.text(c0) not in ("to", "not", "never"):
        return stop
    for j in range(c0 + 2, stop - 2):
        if s.text(j) != "and" or s.quote_at(s.toks[j].start) is not None:
            continue
        verb = s.text(j + 1)
        if verb.endswith("ed") and len(verb) > 4 and s.text(j + 2) in _ROLE_DETERMINERS:
            return j
    return stop


#: Past tenses after "and" that start a second attribution without "that".
AND_SAID = frozenset("said told added says".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())
OPENERS = frozenset("but and yet so still however meanwhile".split())


def content_between(s: SentenceView, i: int, stop: int) -> tuple[int, int] | None:
    """Characters from token ``i`` to token ``stop`` (exclusive), trimmed; a
    sentence-opening "But", "And" or "However," is left out."""
    if i == 0:
        while i < stop - 1 and (s.text(i) in OPENERS or (i > 0 and s.text(i) == ",")):
            i += 1
    if i >= stop:
        return None
    a, b = trim(s.doc.text, s.toks[i].start, s.toks[stop - 1].end)
    return (a, b) if b > a else None


def continuation_at(s: SentenceView, i: int, hi: int) -> int:
    """First ", <participle cue>" after token ``i``, or ", but <speaker> said": the
    token index of the comma, where the content ends."""
    lex = lexicon()
    lows = s.lows
    for j in range(i, hi - 1):
        w = lows[j]
        if w != "," and w != "and" and w != "but":
            continue  # (most tokens: neither rule below starts here)
        if (w == "and" or w == "but") and s.quote_at(s.toks[j].start) is None:
            entry = lex.get(s.text(j + 1))
            said = s.text(j + 1)
            if entry is not None and entry.cls == "say" and (is_past(said) or said in AND_SAID):
                _, intro = skip_that(s, j + 2, entry.lemma, entry.cls)
                if intro or (s.text(j + 1) in AND_SAID and hi - (j + 2) >= 3):
                    # "... and added that ...", "... and said it was ...": the same
                    # speaker goes on
                    return j
        if s.text(j) != "," or s.quote_at(s.toks[j].start) is not None:
            continue
        if s.text(j + 1) in CONTINUATIONS:
            return j
        if s.text(j + 1) in ("but", "and", "while", "whereas") and speaker_cue_at(s, j + 2, hi):
            return j
    return hi


OBJECT_PRONOUNS = frozenset("him her them me us you reporters journalists".split())


def skip_addressee(s: SentenceView, i: int) -> int:
    """Token index after the addressee of "told"/"warned" ("told reporters",
    "told The New York Times", "told the newspaper"), when one stands at ``i``."""
    toks, n = s.toks, len(s.toks)
    if i >= n:
        return i
    if s.text(i) in OBJECT_PRONOUNS:
        return i + 1
    subject = _clause_subject(s, i)
    if subject is not None:
        return subject  # "told USA TODAY's weekly video newsmaker series it is clear"
    j = i
    if s.text(j) in ("the", "a", "an"):
        j += 1
        if j < n and not toks[j].text[:1].isupper():
            return j + 1 if j + 1 < n else i
    while j < n and j - i < 6 and (toks[j].text[:1].isupper() or s.text(j) == "."):
        j += 1
    return j if j > i and j < n else i


#: Words an addressee phrase holds before the clause reported to it: possessives of a
#: name are part of the name's token or a separate "'s".
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_ADDRESSEE_DETERMINERS = frozenset("the a an his her their its our my your".split())


def _clause_subject(s: SentenceView, i: int) -> int | None:
    """Where the clause after a longer addressee starts: a subject pronoun followed by
    a word ("told a group of reporters it is clear", "told CNN's State of the Union
    he would run"), or a determiner after a lower-case noun phrase ("told his staff
    the threat was real"). ``None`` when the words from ``i`` hold punctuation, "to",
    "that", a cue or an auxiliary first (no addressee phrase then)."""
    toks, n = s.toks, len(s.toks)
    lex = lexicon()
    lower_run = 0  # lower-case words after a determiner opening the addressee
    for j in range(i, min(n - 1, i + 9)):
        w = s.text(j)
        if w in _QUESTION_OR_SUBORDINATOR:
            return None  # "asked workers if they ...", "asked about statements he made"
        if j > i and (w in _SUBJECT_PRONOUNS or w == "there") and toks[j].text.islower():
            return j if toks[j + 1].is_word and s.text(j + 1) not in _PREPOSITIONS else None
        if toks[j].kind == "punct" and w not in _POSSESSIVE_MARKS:
            return None
        if w in ("to", "that") or w in _CLAUSE_WORDS or (j > i and w in lex):
            return None
        if j > i and w in _ADDRESSEE_DETERMINERS and lower_run > 0:
            return j  # "told the local newspaper the threat was real"
        if j == i and w in _ADDRESSEE_DETERMINERS:
            lower_run = 0
        elif w in _PREPOSITIONS:
            lower_run = -99  # "told the committee about the plan": no clause after it
        elif toks[j].text.islower() and s.text(i) in _ADDRESSEE_DETERMINERS:
            lower_run += 1
        else:
            lower_run = -99  # a name in the phrase: its own rule ("told the BBC ...")
    return None


_PREPOSITIONS = frozenset("of in on at for with about from by to into over".split())
_QUESTION_OR_SUBORDINATOR = frozenset(
    """if whether what who whom whose which how when where why as before after because
    while since until though although unless once about""".split()
)


def first_comma(s: SentenceView, i: int, hi: int) -> int:
    """The first comma outside quotations from token ``i``: where a noun-phrase
    content ends ("criticized the plan, which ...")."""
    lows = s.lows
    for j in range(i, hi):
        if lows[j] == "," and s.quote_at(s.toks[j].start) is None:
            return j
    return hi


def list_tail(s: SentenceView, comma: int, hi: int) -> bool:
    """Whether the tokens after ``comma`` up to ``hi`` close a list begun before it
    ("aviation, nuclear energy and agriculture"): a few words with "and" or "or" in
    them and no clause (no pronoun, auxiliary or cue word)."""
    words = [t for t in s.toks[comma + 1 : hi] if t.kind != "punct"]
    if not 2 <= len(words) <= 6 or any(t.text == "," for t in s.toks[comma + 1 : hi]):
        return False
    low = [t.text.lower() for t in words]
    if low[0] in ("and", "or") or not ("and" in low or "or" in low):
        return False
    lex = lexicon()
    return not any(w in _CLAUSE_WORDS or w in lex for w in low)


def speaker_cue_at(s: SentenceView, i: int, hi: int) -> bool:
    """A named speaker and a speech cue starting at token ``i`` ("Susan Park said")."""
    lex = lexicon()
    for k in range(i + 1, min(hi, i + 6)):
        entry = lex.get(s.text(k))
        if entry is not None and entry.cls == "say" and s.toks[k].text.islower():
            sp = phrase_before(s.toks, k, i)
            if sp is None or sp[0] != i:
                return False
            # "..., and three-quarters said ...": any subject before a plain "said"
            return s.text(k) in ("said", "says", "say") or is_named_phrase(s.toks[sp[0] : sp[1]])
    return False


def expand_to_quotes(s: SentenceView, a: int, b: int) -> tuple[int, int]:
    """Grow a content range so that a quotation touching it is included whole."""
    changed = True
    while changed:
        changed = False
        for q in s.speech:
            if q.start < b and q.end > a and (q.start < a or q.end > b):
                a, b = min(a, q.start), max(b, q.end)
                changed = True
    return a, b


def is_past(word: str) -> bool:
    """A past-tense cue form ("added", "said", "told", "wrote")."""
    return word.endswith("ed") or word in ("said", "told", "wrote")


_ADJUNCT = frozenset(
    """in on at during after before about of from to with onstage earlier later yesterday
    today tonight monday tuesday wednesday thursday friday saturday sunday recently
    previously again then afterward afterwards""".split()
)
_TIME_NOUNS = frozenset(
    "week month year morning afternoon evening night weekend spring summer fall winter".split()
)


def adjunct(words: Sequence[Token]) -> bool:
    """Words after a cue that only say when or where: "on Monday", "this week"."""
    first = words[0].text.lower()
    if first in _ADJUNCT:
        return True
    second = words[1].text.lower() if len(words) > 1 else ""
    return first in ("this", "last", "next") and second in _TIME_NOUNS


def lead_adjunct(s: SentenceView, lo: int, hi: int) -> bool:
    """A short opening phrase that only says where, when or how the speaker spoke:
    "In a statement,", "On Monday,", "Speaking to reporters,"."""
    words = [t for t in s.toks[lo:hi] if t.kind != "punct"]
    if not words or len(words) > 8 or any(s.is_mark(j) for j in range(lo, hi)):
        return False
    first = words[0].text.lower()
    return first in _LEAD_WORDS or (
        first in ("this", "last", "every", "each") and len(words) <= 2
    )  # ("Every year, the budget tells a different story": no content before)


_LEAD_WORDS = frozenset(
    """in on at during after before speaking writing earlier later yesterday today
    separately meanwhile also""".split()
)


#: Dashes setting off an appositive ("Jason Sims — a teacher — says").
DASHES = frozenset("— – --".split())


def dash(s: SentenceView, j: int) -> bool:
    """A dash: "—", "–", "--", or a hyphen with spaces around it (" - ", as typed)."""
    t = s.toks[j]
    if t.text in DASHES:
        return True
    text = s.doc.text
    return (
        t.text == "-"
        and t.start > 0
        and t.end < len(text)
        and text[t.start - 1].isspace()
        and text[t.end].isspace()
    )


#: Endings of a lower-case role noun ("spokesman", "analyst", "director", "manager").
_ROLE_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ian", "ant", "ent", "ee")
#: Adverbs and adjectives with those endings: no role ("..., however Clinton said").
_NOT_ROLES = frozenset(
    """however moreover rather further together never ever later either neither other
    whatever whenever wherever after under over former current recent different""".split()
)


_ROLE_DETERMINERS = frozenset("the a an his her its their".split())


def role_before(s: SentenceView, sp: tuple[int, int], lo: int) -> tuple[int, int]:
    """ "..., spokesman Ben Padovan said": the lower-case role words between the comma
    (or quotation mark) ending the content and a capitalised name belong to the
    speaker phrase. A role is at most three words and ends in a speaker noun or a
    noun of agent ("analyst", "company spokesman"); otherwise ``sp`` is kept."""
    a = sp[0]
    if not s.toks[a].text[:1].isupper():
        return sp
    if a - 2 > lo and s.text(a - 1) == "," and s.text(a - 2).lower() in SPEAKER_HEADS:
        # '"...," Air France's spokesman, Jean Dupont, said': the role set off before
        # the name, after the content
        k = a - 2
        while k > lo and a - k < 7 and s.toks[k - 1].kind == "word":
            if s.text(k - 1).lower() in STOP_WORDS or s.text(k - 1).lower() in PRONOUNS:
                break
            k -= 1
        role = [t.text for t in s.toks[k : a - 1]]
        # "The spokesman, Tom Baker, said profits would rise": the role opens the
        # clause and the name is set off by commas on both sides (the content follows)
        opens = (k == lo or (k - 1 == lo and s.text(lo) in OPENERS)) and (
            sp[1] < len(s.toks) and s.text(sp[1]) == ","
        )
        if (
            (opens or (k > lo and (s.text(k - 1) == "," or s.is_mark(k - 1))))
            # "the spokesman", "Air France's spokesman" (not "this new study")
            and (
                role[0].lower() in _ROLE_DETERMINERS or any(w.endswith(("'s", "’s")) for w in role)
            )
        ):
            return k, sp[1]
    j = a
    while j > lo and a - j < 3:
        t = s.toks[j - 1]
        low = t.text.lower()
        if t.kind != "word" or not t.text.islower() or low in STOP_WORDS or low in PRONOUNS:
            break
        j -= 1
    if j == a or j <= lo or not (s.text(j - 1) == "," or s.is_mark(j - 1)):
        return sp
    head = s.text(a - 1)
    if head not in SPEAKER_HEADS and (not head.endswith(_ROLE_ENDINGS) or head in _NOT_ROLES):
        return sp
    return j, sp[1]


def role_opening(s: SentenceView, lo: int, sp: tuple[int, int]) -> bool:
    """Whether the words from ``lo`` to the comma before the speaker ``sp`` are only a
    role of the speaker set off by commas on both sides of the name: "Her father,
    John Smith, said ...", "The company's chief executive, Jane Doe, told ...": a
    noun phrase of at most four words opened by a determiner or a possessive, with
    no verb, pronoun or cue word in it (no content before the speaker)."""
    a, b = sp
    if a - 1 <= lo or s.text(a - 1) != "," or b >= len(s.toks) or s.text(b) != ",":
        return False
    k = lo + 1 if s.text(lo) in OPENERS else lo
    words = s.toks[k : a - 1]
    if not 1 <= len(words) <= 4 or any(t.kind != "word" for t in words):
        return False
    low = [t.text.lower() for t in words]
    if low[0] not in _ROLE_DETERMINERS and not any(w.endswith(("'s", "’s")) for w in low):
        return False
    lex = lexicon()
    return not any(w in _CLAUSE_WORDS or w in lex or w in STOP_WORDS for w in low)


#: Cue lemmas with a common sense that takes a noun phrase and reports nothing
#: ("added 17 points", "added a white blazer"): speech only with a clause or a quotation.
NP_SENSES = frozenset({"add"})
#: Words that show a clause: auxiliaries, modals, subject pronouns, a complementiser.
_CLAUSE_WORDS = frozenset(
    """is are was were be been am has have had do does did will would shall should can
    could may might must he she it they we i you there that this these""".split()
)


def is_clause(s: SentenceView, rng: tuple[int, int]) -> bool:
    """Whether the content ``text[rng]`` reads as a clause or holds a quotation, not a
    bare noun phrase: an auxiliary, modal or subject pronoun, a past tense, a
    negation, or a quotation mark in it."""
    text = s.doc.text[rng[0] : rng[1]]
    if not MARKS.isdisjoint(text):
        return True
    # the complement itself: up to the first comma ("17 points and 10 rebounds, Jared
    # Dudley scored 16, ...": the clauses after it are not the cue's)
    for word in text.split(",", 1)[0].lower().replace("’", "'").split():
        word = word.strip(".,;:!?()")
        if word in _CLAUSE_WORDS or word.endswith(("ed", "n't")):
            return True
    return False


def no_content(s: SentenceView, rng: tuple[int, int]) -> bool:
    """ "declined to comment (on the matter)", "did not respond to calls for comment":
    a refusal or a request names no content (the content is only about commenting)."""
    text = s.doc.text
    if not text.startswith("to ", rng[0]) or rng[1] - rng[0] > 80:
        return False
    words = text[rng[0] : rng[1]].lower().split()
    return len(words) <= 8 and ("comment" in words[:5] or "comments" in words[:5])


def place_before(s: SentenceView, comma: int, lo: int) -> bool:
    """Whether a capitalised run just before ``toks[comma]`` follows a preposition
    ("in Tulsa, Oklahoma,"): the name set off after it is a place's region, no
    appositive of a speaker."""
    k = comma
    while k - 1 > lo and s.toks[k - 1].text[:1].isupper() and s.toks[k - 1].kind == "word":
        k -= 1
    return k < comma and k - 1 >= lo and s.text(k - 1).lower() in _PLACE_PREPOSITIONS


def inverted_close(s: SentenceView, c0: int) -> bool:
    """Whether the sentence from token ``c0`` ends in an inverted attribution with a
    named speaker (", said analyst Omar Khalid."): then the clause before it, cue and
    all, is that speaker's content, and an earlier cue is not read (attributions are
    not nested)."""
    toks, n = s.toks, len(s.toks)
    for j in range(c0, n - 2):
        if toks[j].text != "," or toks[j + 1].text not in ("said", "says"):
            continue
        if s.quote_at(toks[j].start) is not None:
            continue
        inv = phrase_after(toks, j + 2, n)
        if inv is None or s.text(inv[0]).lower() in PRONOUNS:
            continue
        if is_named_phrase(toks[inv[0] : inv[1]]) and all(
            t.kind == "punct" for t in toks[inv[1] : n]
        ):
            return True
    return False
