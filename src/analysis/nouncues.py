"""Nouns of saying: attributions headed by a noun after its speaker's possessive.

PolNeAR (and news generally) attributes through nouns as well as verbs: "his
claim that ...", "Trump's controversial proposal to ban ...", "her criticism of
the plan". :func:`noun_cue` reads one such noun in a sentence (used by
:mod:`analysis.attribution`); the speaker is the possessive (a pronoun, resolved
like "he"/"she"/"they", or a name with "'s" dropped).

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC (nominal
    cues).
"""

from __future__ import annotations

from analysis.clauses import (
    Raw,
    SentenceView,
    content_between,
    continuation_at,
    expand_to_quotes,
    first_comma,
    speaker_cue_at,
)
from analysis.cues import lexicon
from analysis.speakers import AUX
from analysis.verbforms import _adverb, _past_form

#: Nouns of saying and the word that opens their content: "his claim that ...",
#: "Trump's pledge to ...", "her criticism of ...".
NOUN_CUES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        """claim claims assertion argument suggestion insistence warning belief view hope
        fear concern charge allegation accusation contention prediction announcement
        admission remark comments message""".split(),
        frozenset({"that"}),
    ),
    **dict.fromkeys("call calls demand proposal plan decision refusal".split(), frozenset({"to"})),
    **dict.fromkeys("criticism praise endorsement".split(), frozenset({"of"})),
    **dict.fromkeys("promise pledge vow threat".split(), frozenset({"that", "to"})),
}
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())


def noun_cue(s: SentenceView, i: int, lo: int) -> tuple[Raw, int] | None:
    """A noun of saying ``toks[i]`` after its speaker's possessive: "his claim that
    ...", "Trump's controversial proposal to ban ...", "her criticism of the plan".

    Returns:
        The attribution and the token index where its content ends, or ``None``.
    """
    toks, n = s.toks, len(s.toks)
    if s.text(i + 1) not in NOUN_CUES[s.text(i)]:
        return None
    j = i - 1
    while (
        j > lo
        and i - j <= 2
        and toks[j].text.islower()
        and not toks[j].text.endswith(("'s", "’s"))  # "his father's assertion"
        and toks[j].text not in _STOPWORDS
        and toks[j].text not in _POSSESSIVE_PRONOUNS
    ):
        j -= 1  # an adjective or two: "controversial", "repeated"
    owner = toks[j]
    text = owner.text
    if text.lower() in _POSSESSIVE_PRONOUNS and text.lower() != "her":
        speaker = (owner.start, owner.end)
    elif text.lower() == "her" and (j == lo or s.text(j - 1) not in lexicon()):
        speaker = (owner.start, owner.end)  # not "told her plan to"
    elif (
        text.islower()
        and text.endswith(("'s", "’s"))
        and j > lo
        and s.text(j - 1) in _POSSESSIVE_PRONOUNS
    ):
        speaker = (toks[j - 1].start, owner.end - 2)  # "his campaign's suggestion"
    elif text[:1].isupper() and text.endswith(("'s", "’s")) and len(text) > 2:
        first = j  # "Tom Lane's": the name's earlier words
        while first > lo and toks[first - 1].text[:1].isupper() and toks[first - 1].is_word:
            first -= 1
        speaker = (toks[first].start, owner.end - 2)
    else:
        return None
    c0 = i + 2 if s.text(i + 1) in ("that", "of") else i + 1
    stop = first_comma(s, c0, continuation_at(s, c0, n))
    # the noun phrase's own clause ends where the sentence's verb comes: "... was sharp"
    if s.text(i + 1) == "that":
        stop = _clause_end(s, c0, stop)
    else:
        stop = next((k for k in range(c0 + 1, stop) if s.text(k) in _MAIN_VERBS), stop)
    rng = content_between(s, c0, stop)
    if rng is None or stop - c0 < 2:
        return None
    end = first_comma(s, c0, n)
    if end + 1 < n and (speaker_cue_at(s, end + 1, n) or _cue_word_within(s, end + 1, 4)):
        return None  # "his claim that ..., the poll found": the outer attribution wins
    cue = (toks[i].start, toks[i].end)
    return Raw(*expand_to_quotes(s, *rng), cue, speaker, s.sent.index), stop


_POLLS = frozenset("poll polls survey surveys study".split())
#: The words :func:`poll_cue` needs in a sentence before "in" can cite a poll.
POLL_WORDS = _POLLS


def poll_cue(s: SentenceView, i: int, lo: int) -> tuple[Raw, int] | None:
    """A poll as the source through "in": "In a CNN poll released Monday, 50 percent
    chose Clinton" (the clause after the comma) and "Clinton held a lead in a CNN
    poll." (the clause before, when the poll ends the sentence)."""
    toks, n = s.toks, len(s.toks)
    if i == lo:
        end = first_comma(s, i + 1, min(n, i + 14))
        if end >= n or end == i + 1 or s.text(end) != ",":
            return None
        if not any(s.text(k).lower() in _POLLS for k in range(i + 1, end)):
            return None
        if _cue_word_within(s, end + 1, n - end - 1):
            return None  # "In a statement, the ministry said ...": the verb's
        stop = continuation_at(s, end + 1, n)
        rng = content_between(s, end + 1, stop)
        if rng is None or stop - end < 4:
            return None
        source = (toks[i + 1].start, toks[end - 1].end)
        cue = (toks[i].start, toks[i].end)
        return Raw(*expand_to_quotes(s, *rng), cue, source, s.sent.index), stop
    # "... in a CNN national poll." at the end of the sentence
    last = n - 1
    while last > i and toks[last].kind == "punct":
        last -= 1
    if last - i > 6 or s.text(last).lower() not in _POLLS or i - lo < 4:
        return None
    if any(s.text(k) in lexicon() for k in range(lo, i)):
        return None
    rng = content_between(s, lo, i)
    if rng is None:
        return None
    source = (toks[i + 1].start, toks[last].end)
    return Raw(*expand_to_quotes(s, *rng), (toks[i].start, toks[i].end), source, s.sent.index), n


def _cue_word_within(s: SentenceView, i: int, k: int) -> bool:
    return any(s.text(j) in lexicon() for j in range(i, min(i + k, len(s.toks))))


#: Finite auxiliaries: in an object, they make it a clause ("claimed he had won").
_FINITE = frozenset(
    """is was are were has have had will would can could should may might must does did
    do isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't can't couldn't
    shouldn't doesn't didn't don't""".split()
)
#: Collective nouns that take a plural verb in British English ("the government plan
#: to"): no agreement test after them.
_COLLECTIVES = frozenset(
    """government council committee party team board club company firm group union public
    family police staff people media crowd majority minority couple""".split()
)
#: Prepositions inside a subject: its last word is then no head ("voters in Ohio").
_PREPOSITIONS = frozenset("of in on at for from with by about like near".split())
#: Objects of a cue lemma in a non-speech sense: "Toyota recalled 1 million cars",
#: "recalled its ambassador"; "claimed his 20th goal", "claimed 10 lives".
_THING_OBJECTS: dict[str, frozenset[str]] = {
    "recall": frozenset(
        """car cars vehicle vehicles truck trucks model models product products unit units
        device devices phone phones battery batteries toy toys ambassador ambassadors envoy
        envoys diplomat diplomats""".split()
    ),
    "claim": frozenset(
        """life lives title titles trophy trophies medal medals crown cup goal goals point
        points seat seats wicket wickets pole prize prizes win wins place spot share shares
        stake stakes ownership""".split()
    ),
}
#: Words that end an object noun phrase ("recalled 1 million cars | over ...").
_OBJECT_END = _PREPOSITIONS | frozenset(
    "over under after before because due amid across into to as since during and or".split()
)
_CLOSERS = frozenset("""'"”’)""")
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten dozens hundreds thousands millions
    billions""".split()
)


def non_cue(
    s: SentenceView,
    i: int,
    lo: int,
    lemma: str,
    cls: str,
    c0: int,
    sp: tuple[int, int],
) -> bool:
    """Whether the cue candidate ``toks[i]`` (in the clause from token ``lo``), with its
    speaker phrase ``sp`` and its content from token ``c0`` (no "that" between), is no
    attribution after all:

    * a noun heading a subject: a base form after a singular subject does not agree
      with it ("The McKinley plan is linear", "Republican support was more solid", "A
      government plan similar to Medicare was dropped"; "Voters in Ohio support ...",
      "the government plan to" and "Did he know ..." are not tested);
    * a belief of "you" in a question: the one asked, whose belief the question does
      not report ("Are you worried about the economy?", "Do you support Trump?");
    * a verb in a non-speech sense: a quantity or a thing as its object ("Toyota
      recalled 1 million cars", "The striker claimed his 20th goal", "claimed 10
      lives"), where PolNeAR's "recalled an incident" and "claimed victory" stay.
    """
    toks, n = s.toks, len(s.toks)
    if c0 >= n:
        return False
    w = s.text(i)
    nxt = s.text(c0).lower()
    if cls == "belief" and [t.text.lower() for t in toks[sp[0] : sp[1]]] == ["you"]:
        last = n - 1
        while last > c0 and s.text(last) in _CLOSERS:
            last -= 1
        if s.text(last) == "?":
            return True  # "Are you worried about ...?", "Do you support Trump?"
    if w == lemma and sp[1] == i and not _clause_opener(s, c0, w) and _singular(s, sp, nxt, lo):
        return True
    things = _THING_OBJECTS.get(lemma)
    if things is None or c0 != i + 1:
        return False
    k = c0
    while k < n and k - c0 < 6 and toks[k].is_word and s.text(k).lower() not in _OBJECT_END:
        k += 1  # the object's words up to a preposition: "1 million cars | over"
    obj = [t.text.lower() for t in toks[c0:k]]
    if not obj or any(x in _FINITE or x in ("that", "he", "she", "they", "it") for x in obj):
        return False  # a clause: "claimed he had won"
    if obj[-1] in things:
        return True
    first = obj[1] if len(obj) > 1 and obj[0] in _POSSESSIVE_PRONOUNS else obj[0]
    return first[:1].isdigit() or first in _NUMBER_WORDS


#: Subject pronouns: after a base-form cue they open its clause ("The government say
#: they will act", "Labour fear it will fail").
_SUBJECT_PRONOUNS = frozenset("he she they it we i you there".split())
#: Determiners and "that": after a base form that is no noun they open its clause
#: ("Labour say the plan is unfair"; not "The McKinley plan the Senate passed").
_CLAUSE_OPENERS = frozenset(
    "the a an this that these those his her their its our my your no some any every".split()
)
#: Base-form cues that are common nouns too ("The McKinley plan", "Republican
#: support", "the BBC report that ..."): only a subject pronoun makes them verbs.
_NOUN_FORMS = frozenset(NOUN_CUES) | frozenset(
    """support report question order echo blame joke point reply tweet voice note show
    find hint concern comment answer lament worry want mock slam blast boast shout yell
    respect defend""".split()
)


def _clause_opener(s: SentenceView, c0: int, w: str) -> bool:
    """Whether the words from token ``c0`` after the base-form cue ``w`` open its
    clause, which makes ``w`` a verb agreeing with a British plural collective (review
    8b, finding 4): a subject pronoun ("The government say they will act"); after a
    cue that is no common noun, a determiner or "that" ("Labour say the plan is
    unfair") or a clause of its own, a finite verb after a word or two ("The council
    admit mistakes were made"). Never a copula, an auxiliary or a preposition ("The
    McKinley plan is linear", "Republican support for the bill was", "A government
    plan similar to Medicare was dropped")."""
    toks, n = s.toks, len(s.toks)
    nxt = s.text(c0).lower()
    if nxt in _OBJECT_END or nxt in _FINITE:
        return False
    if nxt in _SUBJECT_PRONOUNS:
        return True
    if w in _NOUN_FORMS:
        return False
    if nxt in _CLAUSE_OPENERS:
        return True
    k = c0 + 1
    while k < n and k - c0 <= 3 and toks[k].is_word:
        low = s.text(k).lower()
        if low in _FINITE:
            return True
        if low in _OBJECT_END:
            return False
        k += 1
    return False


def _singular(s: SentenceView, sp: tuple[int, int], nxt: str, lo: int) -> bool:
    """Whether the speaker phrase ``sp`` opens its clause and is a singular noun phrase
    whose last word is its head ("A government", "The McKinley", "Republican"): a
    name or a noun not in "-s", no coordination, preposition, pronoun, quantifier,
    plural or auxiliary, nor a collective noun before "to" or "that" ("the government
    plan to": British agreement; "a government plan" is one noun phrase), next word
    ``nxt``. A phrase after a word is often the end of a longer subject ("aides to
    Lachlan Murdoch say", "voters in Alabama support"): not tested."""
    toks = s.toks
    if sp[0] > lo and toks[sp[0] - 1].kind != "punct":
        return False
    words = [t.text for t in toks[sp[0] : sp[1]]]
    last = words[-1]
    low = [x.lower() for x in words]
    if not toks[sp[1] - 1].is_word or not last.isalpha() or last.isupper():
        return False  # (an acronym: "NATO", "the EU")
    if any(x in _NOT_SINGULAR or x in AUX or x.endswith(("ly", "n't")) for x in low):
        return False
    if last.lower() in _COLLECTIVES and nxt in ("to", "that") and low[0] not in ("a", "an"):
        return False
    if last.endswith("s") and not last.endswith("ss"):
        return False
    return last[:1].isupper() or low[0] in ("a", "an", "the", "this", "that")


#: Words that make a subject plural, coordinated, not headed by its last word, or a
#: pronoun ("he say" is rare; "did he say" common), or that end a longer subject.
_NOT_SINGULAR = _PREPOSITIONS | frozenset(
    """and or & , who which that i you we they he she it some both most many few several
    all others none each either neither people women men children percent police staff
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december wanna gonna""".split()
)


_STOPWORDS = frozenset("the a an and or but of to in on at for with that this".split())
_MAIN_VERBS = frozenset("is was are were has have had drew sparked".split())
#: Finite verbs of a "that" clause besides :data:`_MAIN_VERBS`: modals and "do".
_FINITE_WORDS = (
    _MAIN_VERBS
    | frozenset("will would can could should may might must does did".split())
    | frozenset(
        w + "n't" for w in "is was are were has have had would could should does did".split()
    )
    | frozenset("won't can't don't".split())
)
#: Words before a verb of its group: "was rigged", "had not been told", "to be".
_GROUP = _FINITE_WORDS | frozenset("be been being to not n't never also still".split())
#: Words that open a clause inside the content, which needs a verb of its own: "the
#: man who lied", "lying when he said", "wrong because prices rose" (not those that
#: are prepositions too: "more than 100 people were", "rose after the vote").
_OPENERS = frozenset(
    """who whom which that when whenever if because while although though unless where
    whether what""".split()
)
#: Words after a past form that make it a participle of a noun ("emails sent to
#: reporters", "an act carried out by"), no verb of the sentence.
_PARTICIPLE_NEXT = _PREPOSITIONS | frozenset("by into to".split())
_DETERMINERS = _CLAUSE_OPENERS - {"that"}


def _clause_end(s: SentenceView, c0: int, stop: int) -> int:
    """Where the "that" clause from token ``c0`` ends before the sentence's own verb
    (review 10, quotes 2 #1): the clause needs a verb first ("Smith's claim that the
    vote was rigged | was false", "Her warning that the dam was weak | proved right",
    "His claim that prices rose | was false"), and each clause opened inside it one
    more ("the man who was arrested lied | was false"; "and" after the verb opens
    one: "prices rose and fell | was false"). A verb is a finite auxiliary, a modal, a
    lower-case past form not after a determiner ("the rigged vote"), or the word after
    a subject pronoun ("they support"); after the clause has its verbs, the next one
    ends it unless it continues a verb group ("was rigged", "has had") or is a
    participle before a preposition ("emails sent to reporters")."""
    need = 1
    k = c0
    while k < stop:
        low = s.text(k).replace("’", "'")
        if low in ("and", "or", "but") and need == 0 and k + 1 < stop:
            j = k + 1
            while j < stop and _adverb(s.text(j)):
                j += 1  # "and heavily liberal": no clause; "and quickly fell": one
            if _verb(s, j, s.text(j).replace("’", "'"), c0, ends=False) or (
                j == k + 1 and _verb_first(s, j, stop, c0)
            ):
                need += 1  # "prices rose and wages fell", "... and would be"
            k += 1
            continue
        if low in _OPENERS:
            need += 1
            k += 1
            continue
        if low in _SUBJECT_PRONOUNS - {"it", "there", "you"} and k + 1 < stop:
            j = k + 1
            while j < stop and _adverb(s.text(j)):
                j += 1
            need = max(0, need - 1)  # "they (still) support the plan"
            k = j + 1
            continue
        if _verb(s, k, low, c0, ends=need == 0):
            if need == 0:
                return k
            need -= 1
        k += 1
    return stop


def _verb_first(s: SentenceView, k: int, stop: int, c0: int) -> bool:
    """Whether a verb comes from token ``k`` before a word opening a clause: "and wages
    fell", not "and New Hampshire because voters are"."""
    for j in range(k, stop):
        low = s.text(j).replace("’", "'")
        if low in _OPENERS:
            return False
        if _verb(s, j, low, c0, ends=False):
            return True
    return False


def _verb(s: SentenceView, k: int, low: str, c0: int, *, ends: bool) -> bool:
    """Whether token ``k`` (lower case ``low``) is a finite verb that opens a verb group;
    a past form before a preposition is not one where it would ``end`` the clause."""
    j = k - 1
    while j >= c0 and _adverb(s.text(j)):
        j -= 1  # "had successfully tested": the adverb's auxiliary
    before = s.text(j).replace("’", "'") if j >= c0 else ""
    if before in _GROUP:
        return False  # "was rigged", "has had", "would be"
    if low in _FINITE_WORDS:
        return True
    if not s.toks[k].text.islower() or not _past_form(low):
        return False
    if before in _DETERMINERS or before in _PREPOSITIONS or before.endswith(("'s", "’s")):
        return False  # "the rigged vote", "Trump's proposed wall"
    return not ends or (k + 1 < len(s.toks) and s.text(k + 1) not in _PARTICIPLE_NEXT)


__all__ = ["NOUN_CUES", "POLL_WORDS", "non_cue", "noun_cue", "poll_cue"]
