"""Clause guards: where a rule of :mod:`analysis.attribution` must not read speech.

Tests on a :class:`~analysis.clauses.SentenceView` that keep an attribution rule
from reading speech where no one speaks, or from taking a speaker's role for
content: a role noun before a name (", spokesman Ben Padovan said"; "Her father,
John Smith, said"), a content that is a clause and not a bare noun phrase ("added
17 points"), a request for comment, an opening phrase or adjunct that only says
when or where ("In a statement,", "on Monday"), a dash, and a sentence closed by an
inverted attribution (", said analyst Omar Khalid.").

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.adverbs import SENTENCE_ADVERBS
from analysis.clauses import _CLAUSE_WORDS, _ROLE_DETERMINERS, MARKS, OPENERS, SentenceView
from analysis.cues import lexicon
from analysis.speakers import PRONOUNS, SPEAKER_HEADS, STOP_WORDS, is_named_phrase, phrase_after
from analysis.types import Token

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
    if first in _LEAD_WORDS or (first in ("this", "last", "every", "each") and len(words) <= 2):
        return True  # ("Every year, the budget tells a different story": no content before)
    last = words[-1].text.lower()
    if last in ("later", "earlier", "ago") and len(words) <= 4:
        return True  # "Hours later,", "Two days earlier,"
    # a sentence adverb: "Finally,", "Ultimately,", "More importantly,"
    return (
        len(words) <= 2
        and last.endswith(_ADVERB_ENDINGS)
        and (len(words) == 1 or first in ("more", "most", "perhaps", "but", "and"))
    )


#: Words opening a lead adjunct: the sentence adverbs ("Meanwhile,"), prepositions
#: ("In a statement,") and participles of speaking or asking ("Asked about it,").
_LEAD_WORDS = SENTENCE_ADVERBS | frozenset(
    """in on at during after before speaking writing asked pressed questioned responding
    reacting replying commenting addressing testifying appearing interviewed
    talking""".split()
)
#: Endings of "-ly" sentence adverbs, not of names ("Italy", "Kelly", "Emily" end
#: otherwise).
_ADVERB_ENDINGS = (
    "ally",
    "ately",
    "ably",
    "ibly",
    "ently",
    "antly",
    "ously",
    "ively",
    "fully",
    "edly",
    "arly",
    "icly",
    "ingly",
    "lessly",
    "ctly",
    "tely",
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


def aside_end(s: SentenceView, i: int) -> int | None:
    """The token after the dash that closes an aside opened by the dash at ``i``
    ("said — without offering evidence — that ..."): a second dash at most twelve
    tokens on, with no quotation mark or sentence-ending punctuation between, and at
    least two words after it; ``None`` when there is none."""
    n = len(s.toks)
    for j in range(i + 1, min(n, i + 14)):
        if s.is_mark(j) or s.text(j) in (".", "!", "?", ";", ":"):
            return None
        if dash(s, j):
            words = [t for t in s.toks[j + 1 : n] if t.kind == "word"]
            return j + 1 if j > i + 1 and len(words) >= 2 else None
    return None


#: Endings of a lower-case role noun ("spokesman", "analyst", "director", "manager").
_ROLE_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ian", "ant", "ent", "ee")
#: Adverbs and adjectives with those endings: no role ("..., however Clinton said").
_NOT_ROLES = frozenset(
    """however moreover rather further together never ever later either neither other
    whatever whenever wherever after under over former current recent different""".split()
)


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
    if a - 3 >= lo and s.text(a - 1) == "," and sp[1] < len(s.toks) and s.text(sp[1]) == ",":
        # '"We will win," the coach, Pep Guardiola, said': a short noun phrase opened
        # by a determiner between the quotation (or comma) and the name set off in commas
        k = a - 1
        while k > lo and a - k <= 4 and s.toks[k - 1].kind == "word":
            k -= 1
        np_words = [t.text.lower() for t in s.toks[k : a - 1]]
        if (
            np_words
            and k > lo
            and (s.is_mark(k - 1) or (s.text(k - 1) == "," and len(np_words) <= 3))
            and np_words[0] in _ROLE_DETERMINERS
            and not any(w in _CLAUSE_WORDS or w in STOP_WORDS or w in PRONOUNS for w in np_words)
            and not any(w in lexicon() for w in np_words)
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
    if not 1 <= len(words) <= 8 or any(t.kind != "word" for t in words):
        return False
    low = [t.text.lower() for t in words]
    if low[0] not in _ROLE_DETERMINERS and not any(w.endswith(("'s", "’s")) for w in low):
        return False
    # "A spokesman for the police", "The head of the IMF": a role noun and the
    # prepositional phrase that says whose role it is (then only its head is checked)
    pp = next((j for j, w in enumerate(low) if j > 0 and w in _ROLE_PREPOSITIONS), len(low))
    head, rest = low[:pp], low[pp + 1 :]
    if pp < len(low) and not (_role_noun(head[-1]) and rest and len(head) <= 4):
        return False
    if pp == len(low) and len(low) > 4 and not (len(low) <= 6 and _role_noun(low[-1])):
        return False  # ("The government's chief scientific adviser": a longer role)
    # ("The head of research at the bank": the phrase may hold a second one)
    rest = [w for w in rest if w not in _ROLE_DETERMINERS and w not in _ROLE_PREPOSITIONS]
    lex = lexicon()
    return not any(
        w in _CLAUSE_WORDS or w in lex or w in STOP_WORDS or w in PRONOUNS for w in head + rest
    )


#: Prepositions that tie a role to its organisation ("the head of the IMF").
_ROLE_PREPOSITIONS = frozenset("of for at to with".split())


def _role_noun(word: str) -> bool:
    """A lower-case role noun: a speaker noun ("spokesman", "head") or a noun of agent
    ("adviser", "lawyer")."""
    return word in SPEAKER_HEADS or (word.endswith(_ROLE_ENDINGS) and word not in _NOT_ROLES)


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


#: What follows "declined" when it refuses ("declined to comment", "declined comment",
#: "declined interview requests"); otherwise it is a fall ("declined 5 percent").
_DECLINED = frozenset(
    """to comment comments interview interviews request requests invitation
    invitations offer offers""".split()
)
#: Auxiliaries and modals that open a yes-no question ("Will Smith say ...?").
_QUESTION_AUX = frozenset("will would did does do can could should shall may might must".split())


def asks_whether(s: SentenceView, i: int) -> bool:
    """Whether the base-form cue ``toks[i]`` is the verb of a yes-no question, which
    asks whether someone says something and reports nothing: the sentence opens with
    an auxiliary or a modal and ends with "?" ("Will Smith say anything about the
    slap?", "Did the senator deny it?"; not "Will Smith said ...")."""
    toks = s.toks
    n = len(toks)
    if n < 3 or toks[n - 1].text != "?":
        return False
    first = 0
    while first < i and (toks[first].kind == "punct" or s.is_mark(first)):
        first += 1
    return first < i and s.lows[first] in _QUESTION_AUX


def declined_fall(s: SentenceView, i: int) -> bool:
    """Whether "declined" at ``toks[i]`` is a fall, no refusal: not followed by "to",
    "comment", an interview, a request or an offer ("Sales declined 5 percent",
    "it has declined slightly from 58 percent")."""
    return i + 1 < len(s.toks) and s.lows[i + 1] not in _DECLINED
