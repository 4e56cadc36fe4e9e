"""Speaker phrases: whether a noun phrase beside a cue can be a speaker.

The tests :func:`analysis.speakers.phrase_before` and
:func:`analysis.speakers.phrase_after` apply to the phrase they read off the tokens:
a pronoun, a phrase with a name in it or one headed by a speaker noun
(:func:`is_named_phrase`: "officials", "the ministry"), any other noun phrase next to
an unambiguous verb (:func:`is_weak_phrase`: "some voters"), and no clause before a
noun cue ("Rubio has broken many promises"), with the word lists these tests share.
All are re-exported by :mod:`analysis.speakers`.

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC (what a
    source span covers).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.adverbs import SENTENCE_ADVERBS
from analysis.stoplist import stopwords
from analysis.types import Token
from analysis.verbforms import _adverb

PRONOUNS: dict[str, str] = {
    "he": "m", "she": "f", "it": "n", "they": "p", "we": "p", "i": "s", "you": "s",
}  # fmt: skip
#: Negated auxiliaries, skipped like :data:`analysis.speakers.AUX` ("Trump isn't
#: saying", "he hasn't said").
_NEGATED = frozenset(
    """isn't wasn't aren't weren't hasn't haven't hadn't doesn't don't didn't won't
    wouldn't can't couldn't shouldn't""".split()
)
#: Words that, inside a phrase before a cue, show a verb and its subject: the phrase is
#: a clause ("Rubio has broken many promises", "Sanders also sent out a fundraising
#: call"), no speaker (not "first", "long", "earlier": "an earlier report said").
_CLAUSE_WORDS = (
    frozenset(
        """has have had did does do would will could can should must might may also now
        never not already still just""".split()
    )
    | _NEGATED
)
_DETERMINERS = frozenset(
    """the a an his her its their our my your this that these those two three four both
    some many several other another each every one all most few any""".split()
)
#: Head nouns that make a lower-case phrase a plausible speaker.
SPEAKER_HEADS = _SPEAKER_HEADS = frozenset(
    """official officials spokesperson spokesman spokeswoman president minister ministry
    leader leaders source sources aide aides statement report reports analyst analysts
    expert experts government police spokespeople department agency company campaign
    administration secretary senator governor mayor chairman chairwoman chair director
    sides side parties party committee council court judge lawyer lawyers attorney
    prosecutor prosecutors officer officers people residents critics supporters voters
    poll polls survey study researchers economists observers diplomats diplomat envoy
    ambassador representative representatives members member team group organizers
    chief head executive founder candidate nominee democrats republicans lawmakers
    lawmaker legislators legislator general commander army military ministries embassy
    office house white worker workers students student teacher doctor doctors scientists
    scientist authorities authority premier chancellor king queen prince
    document documents letter memo website newspaper paper tweet post data figures percent
    half third quarter majority minority most others many few two three dozens some all
    both resident fan fans viewer viewers user users customer customers owner owners
    employee employees witness witnesses neighbor neighbors activist activists
    supporter critic voter economist researcher observer""".split()
)
#: Participles that make "those <participle>" the people a poll asked ("those surveyed
#: say", "Thirty-one percent of those polled said").
_POLLED = frozenset("surveyed polled questioned interviewed sampled".split())
#: Number words on either side of the "in" of a share ("Six in 10", "one in five").
_SHARE_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
#: Nouns in "-ing" that may follow a name inside a speaker phrase ("the Senate hearing").
_ING_NOUNS = frozenset(
    """morning evening building meeting hearing briefing ruling funding spending polling
    training housing thing king""".split()
)
#: Irregular past forms, verbs only (no noun or adjective: not "left", "found", "cut").
_PAST_FORMS = frozenset(
    """won took gave made drew struck threw held spent began became sent brought caught
    fought kept led met paid rose sold sought stood taught thought broke chose drove
    fell felt flew got grew knew lost meant ran sat swore tore wore withdrew""".split()
)


def _is_cap(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper()


def _ok_phrase(toks: list[Token]) -> bool:
    if not toks:
        return False
    if toks[-1].text.endswith(("'s", "’s", "s'", "s’")) and toks[-1].text[:1].isupper():
        return False  # a possessive modifies the noun that follows: "Trump's claim"
    low = [t.text.lower() for t in toks]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return True
    if any(w in PRONOUNS for w in low):
        return False
    if len(toks) == 1 and (low[0] in _CONNECTIVES or (len(low[0]) > 5 and _adverb(low[0]))):
        return False  # "Yet he is ... after saying", "Ultimately refused": no name
    if any(_is_cap(t) and t.text.lower() not in _DETERMINERS for t in toks):
        return True
    if is_named_phrase(toks):
        return True  # a speaker noun, a share ("42 %") or "those surveyed"
    return is_weak_phrase(toks)


def is_named_phrase(toks: Sequence[Token]) -> bool:
    """A pronoun, a phrase with a name in it, or one headed by a speaker noun
    ("officials", "the ministry"): a speaker phrase on its own evidence."""
    low = [t.text.lower() for t in toks]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return True
    if any(_is_cap(t) and t.text.lower() not in _DETERMINERS for t in toks):
        return True
    if len(low) >= 2 and low[-2] == "those" and low[-1] in _POLLED:
        return True  # "those surveyed say"
    if len(low) >= 3 and low[-2] == "in" and (low[-1].isdigit() or low[-1] in _SHARE_NUMBERS):
        return True  # "four in 10 said", "one in five say": a share of those polled
    return (
        bool(low)
        and (low[-1] in _SPEAKER_HEADS or (low[-1] == "%" and len(low) >= 2))
        and not any(w in PRONOUNS for w in low)
    )


def is_weak_phrase(toks: Sequence[Token]) -> bool:
    """Any other noun phrase that can be a speaker next to an unambiguous verb."""
    low = [t.text.lower() for t in toks]
    # "the campaign manager", "some voters": a determiner and a noun; "analysts": a bare plural
    if len(low) >= 2 and low[0] in _DETERMINERS and low[-1] not in _DETERMINERS:
        return True
    return (
        len(low) <= 2
        and len(low[-1]) > 3
        and low[-1].endswith("s")
        and not (low[-1].endswith(("ss", "us", "ous", "ics")))
        and low[-1] not in _NO_PLURALS
    )


#: Words opening a sentence that link it to the one before (the sentence adverbs,
#: "even", "whenever"), and days, no speaker's name ("Yet he is facing skepticism
#: after saying ...").
_CONNECTIVES = SENTENCE_ADVERBS | frozenset(
    "even whenever monday tuesday wednesday thursday friday saturday sunday".split()
)
#: Words in "-s" that are no plural nouns: "although it does say that ...".
_NO_PLURALS = frozenset("does goes this thus".split())


def _clause(span: Sequence[Token]) -> bool:
    """Whether a phrase before a cue is a clause, its subject and verb before a noun
    cue: an auxiliary or "also" inside it ("Rubio has broken many promises"), or a
    verb in "-ed" or "-ing" right after a name, the phrase ending in no speaker noun
    ("Clinton mentioned disparaging remarks"; not "Trump's embattled campaign
    manager", "Democratic elected officials")."""
    for k in range(1, len(span)):
        word = span[k].text
        if word.replace("’", "'") in _CLAUSE_WORDS:
            return True
        before = span[k - 1].text
        if (
            word in _PAST_FORMS
            and _is_cap(span[k - 1])
            and before.lower() not in stopwords()
            and not before.endswith(("'s", "’s"))
        ):
            return True  # "Mrs. Clinton won overwhelming support", "Trump took questions"
        if (
            k < len(span) - 1
            and word.islower()
            and (word.endswith("ed") or (word.endswith("ing") and word not in _ING_NOUNS))
            and _is_cap(span[k - 1])
            and before.lower() not in stopwords()  # "The struggling", "However seasoned"
            and not before.endswith(("'s", "’s"))
            and span[-1].text.lower() not in _SPEAKER_HEADS
            # a role and a name after it: "MDVIP marketing executive Mark Murrison" (not
            # "Van Dyke shooting McDonald", "Obama released a statement Thursday night")
            and not (_is_cap(span[-1]) and not _is_cap(span[k + 1]))
        ):
            return True
    return False
