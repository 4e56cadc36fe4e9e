"""Clauses of reported speech: where contents begin and end.

Helpers for :mod:`analysis.attribution`: the :class:`Raw` attribution (character
ranges, resolved later) and the boundary rules over a
:class:`~analysis.sentenceview.SentenceView` (a sentence's tokens and the quotations
touching it, re-exported here): the complementiser after a cue,
continuations (", adding that", "and added that"), a second speaker (", but Susan
Park said"), quotations taken whole, and a place and its region ("in Tulsa,
Oklahoma,"). The addressee of "told" is read by :mod:`analysis.addressees`; the
tests that keep a rule from firing where no one speaks (a role noun before a name,
a noun phrase after "added", a request for comment, a dash, an inverted
attribution closing the sentence) are in :mod:`analysis.clauseguards`.

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.cues import lexicon
from analysis.frequencies import zipf
from analysis.namewords import PLACE_PREPOSITIONS as _PLACE_PREPOSITIONS
from analysis.quotemarks import is_speech
from analysis.sentenceview import MARKS as MARKS
from analysis.sentenceview import SentenceView as SentenceView
from analysis.speakers import is_named_phrase, phrase_before
from analysis.stoplist import stopwords
from analysis.verbforms import _past_form, verb_led

END_PUNCT = ".,;:!?…"
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
    denied: bool = False  # a quotation beside a negated cue: kept out, then dropped


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
    if i < n and s.text(i) == "that":
        if _time_that(s, i):
            # "said that night he had been afraid": an adjunct, the clause after it
            return (i + 3 if i + 2 < n and s.text(i + 2) == "," else i + 2), True
        if subject_that(s, i):
            return i, True  # "said that plan would fail", "said that was a mistake"
    if i < n and (s.text(i) in ("that", ":") or s.is_mark(i)):
        return (i + 1 if s.text(i) != '"' and not s.is_mark(i) else i), True
    if i < n and s.text(i) == "," and i + 1 < n and s.is_mark(i + 1):
        return i + 1, True
    # "said in a statement that", "told reporters on Monday that": "that" within reach
    limit = min(n, i + 8)
    verb = False  # an infinitive began: a "that" after it is no complementiser of the cue
    lex = lexicon()  # (once, not a cached call per word)
    for j in range(i, limit):
        w = s.text(j)
        if toks[j].kind == "punct":
            if w == ":":
                return j + 1, True
            if s.is_mark(j):
                return i, True
            break
        if w in ("and", "but") or (j > i and w in lex):
            break  # "said the plan was sound and added that ...": not this cue's "that"
        if w.lower() in _SUBJECT_PRONOUNS:
            break  # "said he introduced a bill to do that": a clause began already
        if w in ("not", "never") or (w == "to" and infinitive_at(s, j + 1)):
            verb = True  # "vowed not to repeat that mistake": "that" is the infinitive's
        if w == "that" and (lemma in ADDRESSEE or j > i) and not verb:
            if determiner_that(s, j):
                break  # "insisted on that point": a determiner
            if subject_that(s, j):
                return j, True  # "told reporters that plan would fail"
            return j + 1, True
    return i, False


#: Quantifiers after "that": the subject of a clause ("argues that some of the blame
#: belongs to ..."), no noun after a determiner.
_QUANTIFIERS = frozenset("some all many most much none few several both each any".split())


#: Prepositions after "that <noun>" that end an object ("confirmed that deal on Friday").
_OBJECT_PREPOSITIONS = frozenset("on in at for with by during after before over".split())


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
    if (
        not (after.kind == "punct" and not s.is_mark(i + 2))
        and s.text(i + 2) != "as"
        and not (s.text(i + 2) in _OBJECT_PREPOSITIONS and count_noun(toks[i + 1].text))
    ):
        return False  # ("found that support for Trump rose": a clause; "confirmed that
        # deal on Friday": an object)
    for word in s.lows[i + 1 : n]:
        word = word.replace("’", "'")
        if word in _CLAUSE_WORDS or word.endswith(("ed", "n't")) or word in MARKS:
            return False  # "wrote that legions of voters, alienated ..., are ripe"
    return True


#: Finite verbs and modals: right after "that" (or "that" and a noun) they show
#: "that" is the clause's subject or its determiner ("said that was a mistake").
_FINITE_AFTER = frozenset(
    """is was are were will would could can should may might must has had does did
    isn't wasn't won't wouldn't couldn't can't shouldn't hasn't hadn't doesn't
    didn't""".split()
)
#: Time nouns that, after "that" and before a clause, are the cue's adjunct ("said that
#: night he had been afraid").
_TIME_NOUNS = frozenset(
    """night day morning afternoon evening week weekend month year summer winter spring
    autumn""".split()
)


def _finite(word: str) -> bool:
    return word.replace("’", "'") in _FINITE_AFTER


def _time_that(s: SentenceView, i: int) -> bool:
    """Whether "that" at ``i`` and a time noun after it are an adjunct of the cue: "said
    that night he had been afraid", "said that morning, the talks had failed" (not "said
    that day was the worst": a subject)."""
    n = len(s.toks)
    return (
        i + 2 < n
        and s.text(i + 1) in _TIME_NOUNS
        and s.toks[i + 2].kind in ("word", "punct")
        and not s.is_mark(i + 2)
        and not _finite(s.text(i + 2))
        and (s.toks[i + 2].kind == "word" or s.text(i + 2) == ",")
    )


def subject_that(s: SentenceView, i: int) -> bool:
    """Whether "that" at token ``i`` after a cue belongs to the content, as its subject
    ("said that was a mistake": a finite verb follows) or the determiner of a bare
    singular count noun before a finite verb ("said that plan would fail", "warned
    that decision could backfire"). A count noun is a lower-case word whose plural is
    at least a sixth as common as it (``wordfreq``): "plan"/"plans", not
    "money"/"moneys" ("admitted that money was tight": "that" opens the clause)."""
    toks, n = s.toks, len(s.toks)
    if i + 1 >= n or not toks[i + 1].is_word:
        return False
    if _finite(s.text(i + 1)):
        return True
    if i + 2 >= n or not toks[i + 2].is_word:
        return False
    verb = s.text(i + 2)
    if not (_finite(verb) or (verb.endswith("ed") and verb.isalpha() and len(verb) > 4)):
        return False
    noun = toks[i + 1].text
    if not count_noun(noun):
        return False
    # stronger evidence than a count noun ("said that time was running out", "that
    # crime had fallen": "that" opens the clause): a plural nearly as common as the
    # singular ("plan"/"plans"), or the noun already named earlier in the document
    # with a determiner ("a new plan ... said that plan would fail")
    return count_noun(noun, within=0.4) or _named_before(s, noun)


def _named_before(s: SentenceView, noun: str) -> bool:
    """Whether ``noun`` stands after a determiner (and at most one word) before this
    sentence: "the deal", "a trade deal"."""
    pattern = rf"\b(?:a|an|the|this|its|his|her|their|our)\s+(?:[a-z]+\s+)?{noun}\b"
    return re.search(pattern, s.doc.text[: s.sent.start], re.IGNORECASE) is not None


def count_noun(word: str, *, within: float = 0.8) -> bool:
    """Whether ``word`` reads as a singular count noun: lower case, no stopword, not
    plural, and its plural at least a sixth as common (Zipf ``within`` 0.8) in
    ``wordfreq``'s English list."""
    if not (word.isalpha() and word.islower()) or word in stopwords() or word in _QUANTIFIERS:
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return False
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        plural = word + "es"
    else:
        plural = word + "s"
    return zipf(plural) >= zipf(word) - within


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
            if entry is not None and _second_verb(s, i, j + 1, hi, entry.lemma, entry.cls):
                return j  # "claimed momentum and argued he is ...": a second attribution
        if s.text(j) != "," or s.quote_at(s.toks[j].start) is not None:
            if _closing_continuation(s, j, hi):
                return j + 2  # '... win this race," adding that ...': after the mark
            continue
        if s.text(j + 1) in CONTINUATIONS:
            return j
        if s.text(j + 1) in ("but", "and", "while", "whereas") and speaker_cue_at(s, j + 2, hi):
            return j
    return hi


def _closing_continuation(s: SentenceView, j: int, hi: int) -> bool:
    """Whether the comma ``toks[j]`` closes a quotation with the mark after it and a
    participle cue follows ('"... this race," adding that ...')."""
    if not (
        s.lows[j] == ","
        and j + 2 < hi
        and s.is_mark(j + 1)
        and s.lows[j + 2] in CONTINUATIONS
        and s.quote_at(s.toks[j + 2].start) is None
    ):
        return False
    # a quoted title is no speech ('a report titled "Broken Promises," citing ...')
    quoted = s.quote_at(s.toks[j].start)
    return quoted is not None and is_speech(quoted)


def _second_verb(s: SentenceView, i: int, k: int, hi: int, lemma: str, cls: str) -> bool:
    """Whether the cue ``toks[k]`` after "and" or "but" is a second verb of the
    subject with a content of its own ("claimed momentum and argued he is ...",
    "denied the report and said it was false"): a past tense or "says" of a verb of
    saying or of an object cue (a present "-s" form after "and" is as often a plural
    noun: "lawsuits and calls for", "letters and tweets"), not a passive ("and
    criticized by ..."), with two words after it, and only when the content before
    it, from token ``i``, has no verb of its own (in "said her husband drank heavily
    and blamed her" the second verb is the husband's)."""
    word = s.text(k)
    if cls not in ("say", "object") or not (is_past(word) or word == "says"):
        return False
    if hi - (k + 1) < 2 or s.lows[k + 1] == "by":
        return False
    lows = s.lows
    return not any(
        (lows[j] in _CLAUSE_WORDS and lows[j] not in _DEMONSTRATIVES) or _past_form(lows[j])
        for j in range(i, k - 1)
    )


#: Determiners that :data:`_CLAUSE_WORDS` lists for their other use.
_DEMONSTRATIVES = frozenset("that this these it".split())


OBJECT_PRONOUNS = frozenset("him her them me us you reporters journalists".split())


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


_ROLE_DETERMINERS = frozenset("the a an his her its their".split())


#: Cue lemmas with a common sense that takes a noun phrase and reports nothing
#: ("added 17 points", "added a white blazer"): speech only with a clause or a quotation.
NP_SENSES = frozenset({"add"})
#: What one claims as one's own, not as said: "claimed victory", "claim the title",
#: "claiming asylum" (PolNeAR train annotates none of its "claim(ed) (a) victory",
#: "the nomination", "the prize"). "claimed responsibility/credit for" stays speech:
#: a public statement, and PolNeAR annotates three of its four.
_CLAIMED_THINGS = frozenset(
    """victory victories win wins success title titles crown prize prizes medal medals
    trophy gold silver bronze seat seats nomination land lands territory territories
    asylum benefit benefits compensation damages refund refunds deduction deductions
    exemption exemptions lives life ownership residency citizenship throne presidency
    championship jackpot majority""".split()
)


def claimed_thing(s: SentenceView, lemma: str, rng: tuple[int, int]) -> bool:
    """Whether "claim" before ``text[rng]`` takes a thing owned or won as its object
    ("The champion claimed victory after the race", "claimed a moral victory", "claim
    the party's nomination"): up to three lower-case words or numbers, then one of
    :data:`_CLAIMED_THINGS`, and no clause ("claimed victory was theirs") or quotation
    in the words before a comma. In a title-case headline ("Kasich Claims Victory in
    Ohio": the cue and the object capitalised) the capitalised words count as lower-case."""
    if lemma != "claim":
        return False
    text = s.doc.text[rng[0] : rng[1]]
    if not MARKS.isdisjoint(text):
        return False
    cue = s.doc.text[max(0, rng[0] - 12) : rng[0]].split()
    title = bool(cue) and cue[-1].istitle() and text[:1].isupper()
    complement = text.split(",", 1)[0].lower().replace("’", "'").split()
    if any(
        w.strip(".;:!?()") in _CLAUSE_WORDS or (w.endswith(("ed", "n't")) and "-" not in w)
        for w in complement
    ):  # ("the so-called governor's bracket": no past tense)
        return False
    words = text.split(None, 4)[:4]
    for k, word in enumerate(words):
        low = word.rstrip(".,;:!?").replace("’", "'")
        if title and low.istitle():
            low = low.lower()  # "Claims Moral Victory"
        if low in _CLAIMED_THINGS:
            return _object_head(word, text.split(None, k + 2)[k + 1 : k + 2])
        if k == 3 or not (low.islower() or low.isdigit()) or low in _CLAUSE_WORDS:
            return False
    return False


#: Words that may follow a claimed thing heading a bare object ("claimed victory in
#: the debate", "claimed the seat from Labour", "claimed gold again").
_AFTER_THING = frozenset(
    """in at on for over after before against from with without by of during since as
    despite following amid under into to back again last this yesterday today tonight
    earlier next and or but while when until""".split()
)


def _object_head(word: str, after: list[str]) -> bool:
    """Whether the claimed thing ``word`` heads the object: it ends the object (at
    its end or a punctuation mark) or a preposition, time word or conjunction follows
    it; not a noun or verb going on ("claimed asylum seekers pose a threat",
    "claimed victory belongs to the people": a clause)."""
    if not after or word[-1:] in ".,;:!?)":
        return True
    return after[0].lower().rstrip(".,;:!?") in _AFTER_THING


#: Words that show a clause: auxiliaries, modals, subject pronouns, a complementiser.
_CLAUSE_WORDS = frozenset(
    """is are was were be been am has have had do does did will would shall should can
    could may might must he she it they we i you there that this these""".split()
)


def place_before(s: SentenceView, comma: int, lo: int) -> bool:
    """Whether a capitalised run just before ``toks[comma]`` follows a preposition
    ("in Tulsa, Oklahoma,"): the name set off after it is a place's region, no
    appositive of a speaker."""
    k = comma
    while k - 1 > lo and s.toks[k - 1].text[:1].isupper() and s.toks[k - 1].kind == "word":
        k -= 1
    return k < comma and k - 1 >= lo and s.text(k - 1).lower() in _PLACE_PREPOSITIONS


#: Words opening a clause of another subject between two quoted parts ('"A," Smith
#: said, before Jones interrupted: "B."'); "after"/"since" mostly open a time.
_OPENERS = frozenset("as because before when while until whereas but yet then so".split())
_PRONOUNS = frozenset("he she they we i you".split())
#: Words that start a subject after an opener: another voice ('as the crowd chanted').
_SUBJECT_STARTS = frozenset(
    "the his her their its our my your some many another he she they we i you "
    "it others other someone".split()
)


def other_voice(words: list[str], *, same_sentence: bool) -> bool:
    """Whether the narration ``words`` between two quoted parts (the attribution's own
    speaker and cue left out) reports another voice, so the second part is not the
    speaker's: a name or pronoun with a cue verb in the past tense or "says" ('Smith
    said. Jones replied that ... "B."'; not a participle, "referencing", a noun, "call",
    a passive, "when asked", nor "who has since called"), or, when the next part is
    in the same sentence, an opener with a subject of its own and a verb just before
    the quotation ('..., as the crowd chanted "B."', '..., while Jones replied: "B."';
    not '"A," he said of Trump and Ryan, "because B."'). An aside ('said Dino Spencer, who
    runs the gym'), an addressee or a time ('told CBS News on Tuesday') is not."""
    lex = lexicon()
    for j, w in enumerate(words):
        low = w.lower()
        prev = words[j - 1].lower() if j else ""
        if (
            low in lex
            and lex[low].cls == "say"
            and low != "called"  # "a super PAC called Future45"
            and (is_past(low) or low in ("says", "tells", "writes", "asks"))
            and j
            and (words[j - 1][:1].isupper() or prev in _PRONOUNS)
            and not (
                j > 1 and words[j - 2].lower() in ("that", "which")
            )  # "bruises that Fields showed"
        ):
            return True
        if (
            same_sentence
            and low in _OPENERS
            and j + 1 < len(words) - 1
            and (is_past(words[-1].lower()) or words[-1].lower() in lex)
            and (words[j + 1].lower() in _SUBJECT_STARTS or words[j + 1][:1].isupper())
        ):
            return True
    return False
