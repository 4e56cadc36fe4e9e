"""Speakers: finding the speaker mention next to a cue.

Mentions are noun phrases read off the tokens: the phrase just before a cue
("Xi suggested", "the ministry said", "he added") or, inverted, just after it
("said Chinese President Xi Jinping during ..."); appositives, party tags
("Sen. Jack Reed (D-R.I.)") and relative pronouns ("who said") included. Whether a
phrase so read can be a speaker at all is tested in :mod:`analysis.speakerphrases`.
:mod:`analysis.coreference` resolves them to canonical speakers (a plural pronoun to
the groups of :mod:`analysis.groups`).

Reference:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC (what a
    source span covers).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.adverbs import SENTENCE_ADVERBS
from analysis.capitals import ampersand
from analysis.namekinds import given_names
from analysis.namewords import ORG_HEADS, PARTICLES, TITLES
from analysis.speakerphrases import (
    _DETERMINERS,
    _ING_NOUNS,
    _NEGATED,
    _POLLED,
    _SHARE_NUMBERS,
    _SPEAKER_HEADS,
    _clause,
    _ok_phrase,
)
from analysis.speakerphrases import PRONOUNS as PRONOUNS
from analysis.speakerphrases import SPEAKER_HEADS as SPEAKER_HEADS
from analysis.speakerphrases import _is_cap as _is_cap
from analysis.speakerphrases import is_named_phrase as is_named_phrase
from analysis.speakerphrases import is_weak_phrase as is_weak_phrase
from analysis.stoplist import stopwords
from analysis.types import Token

#: Words skipped between a speaker and its cue ("Xi also said", "he has repeatedly warned").
AUX = _AUX = frozenset(
    """has have had also later then previously again would will once further first
    repeatedly publicly recently reportedly quickly simply finally often earlier did not
    never just already still may might could can should must even frequently privately
    openly flatly explicitly bluntly angrily initially subsequently separately long
    always consistently strongly now twice""".split()
)
#: Words that end a speaker phrase.
STOP_WORDS = _STOP = frozenset(
    """that which who whom whose and but or nor because as when while if although though
    after before since where so than to in on at for with from by during about into over
    under against between through without within is are was were be been being this
    these those there here what how why not no yes said says told""".split()
)


def _negated_after_name(toks: Sequence[Token], k: int, lo: int) -> bool:
    """A contracted negation after a name ("Trump didn't say", "CNN didn't report"):
    skipped like "did not"; after a pronoun it stays ("I don't want ...")."""
    text = toks[k].text
    if k == lo or not text.endswith(("n't", "n’t")) or not text[:1].islower():
        return False
    before = toks[k - 1].text
    return before[:1].isupper() and before.lower() not in PRONOUNS


def _negation(word: str) -> bool:
    """Whether ``word`` negates the verb after it ("not", "never", "didn't")."""
    low = word.lower()
    return low in ("not", "never", "neither", "nor") or low.endswith(("n't", "n’t"))


def negated_cue(toks: Sequence[Token], cue: int, lo: int) -> bool:
    """Whether the verb cue ``toks[cue]`` is negated by a word between it and its
    subject ("He didn't suggest retaliation", "he doesn't even believe it", "Officials
    would not say", "Trump never said"): X did not say Y attributes nothing to X (review
    8b, finding 2). Looks over the words :func:`phrase_before` skips there, and a
    contracted negation after "I", "we", "you" ("I don't believe")."""
    k = cue - 1
    while k >= lo:
        word = toks[k].text
        if _negation(word):
            return True
        if not (_aux(toks, k, lo) or (k > lo and _adverb_after_subject(toks, k))):
            return False
        k -= 1
    return False


def _aux(toks: Sequence[Token], k: int, lo: int) -> bool:
    """Whether ``toks[k]`` is skipped between a speaker and its cue (sentence from
    ``lo``): not "May" opening the sentence or after a given name, a title or a mark, a
    surname ("Theresa May said", "Mrs. May told", '", May added'; not "Trump May Not
    Have ...": the modal is capitalised only where a sentence or a headline word is)."""
    text = toks[k].text
    low = text.lower()
    if low not in _AUX:
        if low.replace("’", "'") in _NEGATED:
            # "Christie wouldn't discuss" (not "I don't know", "if you don't believe")
            return k == lo or toks[k - 1].text.lower() not in ("i", "we", "you")
        if _negated_after_name(toks, k, lo):  # "Patriot didn't know" (any "n't" form)
            return True
        # "Donald Trump has steadfastly refused": an adverb after "has" (not "did not
        # immediately respond")
        return (
            low == text
            and len(text) > 4
            and text.endswith("ly")
            and k > lo
            and toks[k - 1].text.lower() in ("has", "have", "had")
        )
    if text != "May" or k == lo:
        return text != "May"
    before = toks[k - 1]
    return not (
        before.kind != "word" or before.text in given_names() or before.text.rstrip(".") in TITLES
    )


def _employed(toks: Sequence[Token], k: int, lo: int, top: int) -> bool:
    """Whether ``toks[k]`` is "at", "from" or "in" joining a group to a name after it inside
    a speaker phrase ending before ``top``: "Researchers at Yale", "analysts from
    Barclays" (not "fans at Wembley cheered ... Smith said": a group noun before)."""
    return (
        lo < k < top - 1
        and toks[k].text in GROUP_PLACES
        and _is_cap(toks[k + 1])
        and toks[k - 1].text.lower() in GROUP_NOUNS
        and toks[k - 1].text.lower() not in ("people", "others", "fans", "users")
    )


#: Contractions of a verb after a subject pronoun ("he's", "they're", "I'm", "I'll", "he'd").
_CONTRACTIONS = ("'s", "'re", "'m", "'ve", "'ll", "'d")


def contracted_pronoun(text: str) -> int:
    """The length of the subject pronoun in a contraction of it with a verb ("He's"
    2, "They're" 4, "I'm" 1, "I'll" 1, straight or curly apostrophe); 0 for any other
    word ("Trump's" is a possessive or a name's "is": no pronoun)."""
    low = text.lower().replace("’", "'")
    for ending in _CONTRACTIONS:
        if low.endswith(ending) and low[: -len(ending)] in _CONTRACTED_SUBJECTS:
            return len(text) - len(ending)
    return 0


_CONTRACTED_SUBJECTS = frozenset("he she it they we i you".split())


def _share(toks: Sequence[Token], k: int, lo: int, top: int) -> bool:
    """Whether ``toks[k]`` ("in") joins two numbers inside a speaker phrase ending
    before ``top``: "Six in 10 say", "about 4 in 10 voters said", "one in five"."""
    if not lo < k < top - 1:
        return False
    before, after = toks[k - 1], toks[k + 1]
    return all(
        (t.kind == "number" and t.text.isdigit()) or t.text.lower() in _SHARE_NUMBERS
        for t in (before, after)
    )


#: Number words that may open a share of those polled ("Thirty-one percent said",
#: "About four in 10 said"): the units and tens, alone or joined by a hyphen.
_NUMBER_WORDS = _SHARE_NUMBERS | frozenset(
    """eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred""".split()
)


#: Words before the number of a share ("only 12% say"; not "sales grew 42% says").
_SHARE_OPENERS = frozenset("about nearly almost only just than some roughly and but while".split())
#: Cue forms after which a percentage speaks ("42% say"; not "48% support in Ohio").
_SAYING = frozenset("say says said saying think thinks thought believe believes believed".split())


def _number_word(word: str) -> bool:
    """A number written in words: "four", "Thirty-one"."""
    return all(part in _NUMBER_WORDS for part in word.lower().split("-"))


def _share_words(span: Sequence[Token]) -> bool:
    """Whether a phrase opening with a number word is a share ("four in 10", "nine out
    of 10", "thirty percent"), not a count of things ("nine outrageous things")."""
    return len(span) > 1 and span[1].text.lower() in ("in", "out", "percent", "%")


#: Words that may stand before "those surveyed": "of those surveyed", "While those
#: surveyed said ...".
_BEFORE_POLLED = frozenset("of among while and but as when though although".split())


def _polled(toks: Sequence[Token], k: int, top: int) -> bool:
    """Whether ``toks[k]`` is "those" before a participle of polling that ends the
    phrase at ``top`` ("those surveyed say")."""
    return (
        k + 2 == top
        and toks[k].text.lower() == "those"
        and toks[k + 1].text in _POLLED
        # "of those surveyed"; not "Investigators who interviewed those questioned"
        and (k == 0 or toks[k - 1].kind == "punct" or toks[k - 1].text.lower() in _BEFORE_POLLED)
    )


def modified_start(toks: Sequence[Token], a: int, lo: int) -> int:
    """Where the lower-case modifiers before the speaker phrase at ``a`` begin, when a
    comma comes right before them: ", campaign officials said", ", senior
    administration officials said" (:func:`phrase_before` leaves out lower-case words
    before a noun, which mid-sentence may be anything: "then Xi"); ``a`` otherwise.
    No function word, adverb or pronoun is a modifier (", but officials said")."""
    if toks[a].text.lower() in ("who", "which", "that", "whom", "whose"):
        return a  # a relative pronoun stands for the phrase before the comma
    k = a
    while k > lo and a - k < 4:
        word = toks[k - 1].text
        if word in ("and", "or") and k - 1 > lo and k < a and _modifier(toks[k - 2], toks[k]):
            k -= 1  # "current and former officials"
            continue
        if not _modifier(toks[k - 1], toks[k]):
            break
        k -= 1
    return k if k < a and k > 0 and toks[k - 1].text == "," else a


def _modifier(tok: Token, after: Token | None = None) -> bool:
    """A lower-case word that may modify a speaker noun (the token ``after``): no
    function word, adverb, pronoun or verb."""
    word = tok.text
    return (
        tok.kind == "word"
        and word.islower()
        and all(part.isalpha() for part in word.split("-"))
        and word not in _STOP
        and word not in stopwords()  # "copy of the agency's", "such"
        and word not in _AUX
        and word not in SENTENCE_ADVERBS  # "..., meanwhile officials said"
        and word not in _DETERMINERS
        and word not in PRONOUNS
        and not word.endswith("ly")
        # "featuring Hispanics", "remembered Freddy": a verb; "elected officials",
        # "polling officials": modifiers
        and (not word.endswith("ing") or word in _ING_NOUNS)
        and (not word.endswith("ed") or (after is not None and _lower_noun(after)))
    )


def _lower_noun(tok: Token) -> bool:
    """A lower-case content word (no determiner or function word) after a participle:
    "elected officials", not "issued a statement"."""
    return tok.kind == "word" and tok.text.islower() and tok.text not in stopwords()


#: Forms of "be" that make a progressive cue with an "-ing" form after them.
_PROGRESSIVE_BE = frozenset("is are was were am been be".split())


def _progressive(toks: Sequence[Token], cue: int, k: int) -> bool:
    """Whether ``toks[k]`` is a form of "be" making the cue ``toks[cue]`` progressive
    ("Clinton is calling for ...", "Officials are urging ...", "he has been warning"):
    skipped like an auxiliary, so that the subject before it speaks. A capitalised
    "-ing" word is a name ("is Browning"), no cue; an adjective's form after a dummy
    subject is none either ("It is telling that ...")."""
    word = toks[cue].text
    return (
        word.endswith("ing")
        and word.islower()
        and (word not in _ADJECTIVAL or _complement(toks, cue + 1))
        and toks[k].text.lower() in _PROGRESSIVE_BE
        and toks[k].kind == "word"
        and not (k > 0 and toks[k - 1].text.lower() in _DUMMY_SUBJECTS)
    )


#: "-ing" cue forms read as adjectives after "be" ("The results are promising", "It is
#: telling that ..."), and subjects that only introduce what follows ("It is
#: encouraging that ...", "What he is saying is ...").
_ADJECTIVAL = frozenset(
    "promising telling revealing encouraging threatening demanding striking".split()
)
_DUMMY_SUBJECTS = frozenset("it this that there what".split())


def _complement(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens what a verb of saying reports: "that", a colon or a
    quotation mark ("Protesters are demanding that ...", not "The job is demanding")."""
    return k < len(toks) and toks[k].text in ("that", ":", '"', "“", "‘", "''")


def _given_modal(span: Sequence[Token], cue: str) -> bool:
    """Whether a capitalised "Will" or "May" opening a speaker phrase is a given name:
    before a capitalised word and a cue in the past tense or "says" ("Will Smith said",
    "May Brown told"; not "Will Smith say ...?", where "Will" asks a question)."""
    return (
        span[0].text in ("Will", "May")
        and span[1].kind == "word"
        and _is_cap(span[1])
        and span[1].text.lower() not in _AUX
        and (cue.endswith(("ed", "s")) or cue in ("said", "told", "wrote"))
    )


def phrase_before(toks: tuple[Token, ...], cue: int, lo: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the speaker phrase ending before ``toks[cue]``,
    not reaching before ``lo``; ``None`` when there is none."""
    b = cue
    while b > lo and _aux(toks, b - 1, lo):
        b -= 1
    if b - 1 > lo and _progressive(toks, cue, b - 1):
        b -= 1  # "Clinton is calling for ...", "Democrats are now demanding ..."
        while b > lo and _aux(toks, b - 1, lo):
            b -= 1  # "has been urging"
    if b > lo and toks[cue].text.endswith("ing") and contracted_pronoun(toks[b - 1].text):
        return b - 1, b  # "He's calling for ...", "They're urging ...", "She's been warning"
    if b - 2 > lo and toks[b - 1].text == "to" and toks[b - 2].text in _HABITS:
        b -= 2  # "as my father used to say", "as she likes to put it"
    if b - 1 > lo and _adverb_after_subject(toks, b - 1):
        b -= 1  # "Hillary Clinton boldly said", "he flatly denied"
        while b > lo and _aux(toks, b - 1, lo):
            b -= 1
    if b - 2 > lo and toks[b - 1].text.lower() in _DAYS and toks[b - 2].text.lower() == "on":
        b -= 2  # "The Trump campaign on Tuesday responded"
        while b > lo and _aux(toks, b - 1, lo):
            b -= 1
    if b > lo and toks[b - 1].text.lower() in ("who", "which"):
        return b - 1, b  # a relative pronoun: resolved to the noun phrase before it
    if b - 2 > lo and toks[b - 1].text == "," and toks[b - 2].text == ")":
        b -= 1  # "Sen. Jack Reed (D-R.I.), said"
    a = b
    if a > lo and toks[a - 1].text == ")":
        # a parenthetical after the name: "(D-Calif.)", "(R)"
        k = a - 1
        while k > lo and a - k < 10 and toks[k].text != "(":
            k -= 1
        if toks[k].text != "(" or k == lo:
            return None
        a = k
    top = a
    while a > lo and top - a < 8:
        tok = toks[a - 1]
        low = tok.text.lower()
        if tok.kind == "punct":
            if (
                tok.text == "%"
                and a - 2 >= lo
                and toks[a - 2].kind == "number"
                and toks[cue].text in _SAYING
                and (
                    a - 2 == lo
                    or toks[a - 3].kind == "punct"
                    or toks[a - 3].text.lower() in _SHARE_OPENERS
                )
            ):
                a -= 2  # "42% say", "32% of voters said": a share of those polled
                break
            # "Mr." / "Sen.": an abbreviation's period inside the phrase
            if tok.text == "." and a - 2 >= lo and _abbreviation(toks[a - 2]):
                a -= 1
                continue
            if ampersand(toks, a - 1, lo, top):
                a -= 1  # "Smith & Wesson said": one name
                continue
            break
        if tok.kind != "word" and tok.kind != "number":
            break
        if (
            low in _STOP
            and not (low == "and" and a < top and _is_cap(toks[a]) and a - 2 >= lo
                     and _is_cap(toks[a - 2]))
            # "the Centers for Disease Control and Prevention said": one name
            and not (low == "for" and a < top and _is_cap(toks[a]) and a - 2 >= lo
                     and toks[a - 2].text in ORG_HEADS)
            # "Researchers at Yale found": a group and where it works
            and not _employed(toks, a - 1, lo, top)
            # "Six in 10 say ...": a share of those polled
            and not (low == "in" and _share(toks, a - 1, lo, top))
            # "those surveyed say", "Thirty-one percent of those polled said"
            and not _polled(toks, a - 1, top)
        ):  # fmt: skip
            break
        if low in PRONOUNS and a < top:
            break  # "that he" ... only a lone pronoun is a speaker
        a -= 1
        if low in PRONOUNS:
            break
    span = list(toks[a:top])
    # Drop leading lower-case words that are not determiners ("then Xi").
    while len(span) > 1 and span[0].text.lower() in _AUX and not _given_modal(span, toks[cue].text):
        span.pop(0)  # "Later Lopez said": a capitalised adverb opening the sentence
        a += 1
    while (
        span
        and not _is_cap(span[0])
        and span[0].kind != "number"
        and not (_number_word(span[0].text) and _share_words(span))  # "About four in 10 said"
        and span[0].text.lower() not in _DETERMINERS
        and not (len(span) == 1 and span[0].text.lower() in PRONOUNS)
        # a surname's particles stay: "bin Salman said", "van der Merwe said"
        and not (span[0].text in PARTICLES and all(t.text in PARTICLES or _is_cap(t) for t in span))
        and not _employed(toks, a + 1, lo, top)  # "... and researchers at Yale found"
    ):
        if len(span) == 1:
            break
        span.pop(0)
        a += 1
    if len(span) == 1 and span[0].text in _OBJECTS:
        # "a source close to him said", "people familiar with them say": the person
        # before the preposition speaks
        link = _link_before(toks, a, lo)
        head = phrase_before(toks, link, lo) if link is not None else None
        if head is not None and toks[head[1] - 1].text.lower() in _SPEAKER_HEADS | {"people"}:
            return head[0], b
        return None
    if not span or not _ok_phrase(span):
        return None
    if (
        len(span) >= 2
        and span[-1].text.islower()
        and span[-1].text.endswith("ing")
        and _is_cap(span[-2])
        and not span[-2].text.endswith(("'s", "’s"))
    ):
        return None  # "The ad shows Trump making remarks": the name is an object
    if (
        len(span) >= 2
        and span[-1].text.islower()
        and span[-1].text.endswith("ed")
        and not _polled(toks, top - 2, top)
    ):
        # "The producer also heaped praise on ...": a verb before a noun cue is no
        # part of the speaker, who is the phrase before it
        b = top - 1
        while b > a and toks[b - 1].text.lower() in _AUX:
            b -= 1
        span = list(toks[a:b])
        if not span or not _ok_phrase(span):
            return None
    if span[-1].text.lower() in _PREPOSITIONS:
        # "the streaming of shows": the cue is a noun, object of "of"; in "Trump
        # unleashed a series of tweets" the subject of the verb is the speaker
        verb = next(
            (
                k
                for k in range(1, len(span))
                if span[k].text.islower() and span[k].text.endswith("ed")
            ),
            None,
        )
        if verb is None:
            return None
        b = a + verb
        while b > a and toks[b - 1].text.lower() in _AUX:
            b -= 1
        span = list(toks[a:b])
        if not span or not _ok_phrase(span) or not is_named_phrase(span):
            return None
        return a, b
    if _clause(span):
        return None  # "Clinton mentioned disparaging remarks": the cue is an object
    link = _link_before(toks, a, lo)
    if link is not None:
        # "A spokeswoman for the city said", "A source close to the talks said": the
        # speaker is the person before the preposition, who speaks for the object
        head = phrase_before(toks, link, lo)
        if head is not None and toks[head[1] - 1].text.lower() in _SPEAKER_HEADS:
            return head[0], b
    if a > lo and toks[a - 1].text.lower() in _PREPOSITIONS and not is_named_phrase(span):
        return None  # "seen him on the trail say": the object of a preposition
    if (
        a - 2 >= lo
        and toks[a - 1].text in ("in", "from", "at")
        and _group_head(toks[a - 2].text.lower())
    ):
        # "one veteran teacher in Dayton told me": the place belongs to the speaker;
        # "Investors in the company said": the investors, not the company
        head = phrase_before(toks, a - 1, lo)
        if head is not None and _group_head(toks[head[1] - 1].text.lower()):
            return head[0], b
    return a, b


#: Object pronouns in lower case (not "it", also a subject; not "US"), which speak only
#: through a speaker noun linked to them ("a source close to him").
_OBJECTS = frozenset("him her them us me".split())


def _group_head(word: str) -> bool:
    """A head noun that speaks for itself before "in", "at" or "from": a speaker head
    ("teacher", "officials") or a group ("investors", "farmers")."""
    return word in _SPEAKER_HEADS or word in GROUP_NOUNS


def phrase_after(toks: tuple[Token, ...], start: int, hi: int) -> tuple[int, int] | None:
    """Token range of an inverted speaker phrase starting at ``toks[start]``
    ("said Chinese President Xi Jinping during ...")."""
    b = start
    while b < hi and b - start < 9:
        tok = toks[b]
        low = tok.text.lower()
        if tok.kind == "punct":
            if tok.text == "." and b > start and _abbreviation(toks[b - 1]):
                b += 1
                continue
            break
        if tok.kind not in ("word", "number"):
            break
        if low in _STOP and not (low == "and" and b > start and b + 1 < hi
                                 and _is_cap(toks[b - 1]) and _is_cap(toks[b + 1])):  # fmt: skip
            break
        if low in PRONOUNS:
            if b == start:
                b += 1
            break
        if (
            b > start
            and not _is_cap(tok)
            and _is_cap(toks[b - 1])
            and low not in _SPEAKER_HEADS
            and not (
                low in ("of", "for")
                and toks[b - 1].text in ORG_HEADS
                and b + 1 < hi
                and _is_cap(toks[b + 1])
            )
        ):
            break  # "said Xi during" / "said Trump adviser" keeps going only for nouns
            # (and "of" inside a name: "the city's Department of Transportation")
        b += 1
    span = list(toks[start:b])
    return (start, b) if _ok_phrase(span) else None


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Verbs before "to" and a cue that leave the speaker before them ("used to say").
_HABITS = frozenset("used likes liked loves loved".split())
_PREPOSITIONS = frozenset(
    "in on at for with from by during about into over under against between through of".split()
)


#: Prepositions joining a speaker noun to whom it speaks for or about ("a spokeswoman
#: for the city", "an aide to the senator"); "close to" and "familiar with" after it.
_LINKS = frozenset("for to with".split())
_LINK_ADJECTIVES = frozenset("close familiar".split())
_AIDES = frozenset("aide aides adviser advisers".split())
#: Speaker nouns that speak for an organisation or know of a matter ("spokesman").
_AGENTS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople source sources official officials
    aide aides lawyer lawyers attorney attorneys representative representatives
    adviser advisers advisor advisors""".split()
)


def _link_before(toks: Sequence[Token], a: int, lo: int) -> int | None:
    """The token of a preposition before ``toks[a]`` that joins a speaker noun to the
    phrase at ``a`` ("A spokesman for | the city", "sources close to | the talks",
    "people familiar with | the matter"), or ``None``."""
    k = a - 1
    if k - 1 >= lo and toks[k].text == "of" and toks[k - 1].text == "knowledge":
        # "people with (direct) knowledge of | the talks said"
        j = k - 2 if k - 2 >= lo and toks[k - 2].text != "with" else k - 1
        if j - 2 >= lo and toks[j - 1].text == "with":
            head = toks[j - 2].text.lower()
            return j - 1 if head in _SPEAKER_HEADS or head == "people" else None
        return None
    if k - 1 < lo or toks[k].text not in _LINKS:
        return None
    if toks[k - 1].text in _LINK_ADJECTIVES and toks[k].text in ("to", "with"):
        k -= 1
        if k - 1 >= lo and toks[k - 1].text.lower() in _SPEAKER_HEADS | {"people"}:
            return k
        return None
    if toks[k].text == "for" and toks[k - 1].text.lower() in _AGENTS:
        return k
    if toks[k].text == "to" and toks[k - 1].text.lower() in _AIDES:
        return k
    return None


def _adverb_after_subject(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` is a lower-case "-ly" adverb right after a name or a pronoun
    ("Clinton boldly said"): not part of the speaker ("the family said" keeps its
    noun, which follows a determiner)."""
    word = toks[k].text
    if not (word.islower() and word.endswith("ly") and len(word) > 4):
        return False
    before = toks[k - 1]
    return _is_cap(before) or before.text.lower() in PRONOUNS


def _abbreviation(tok: Token) -> bool:
    """A title abbreviation ("Mr", "Sen") or an initial ("B" in "James B. Comey")."""
    low = tok.text.lower()
    return low in _ABBR_TITLES or (len(tok.text) == 1 and tok.text.isupper())


_ABBR_TITLES = frozenset("mr mrs ms dr sen rep gov gen lt col sgt capt prof rev st".split())


#: Plural nouns of people and groups that "they" can stand for ("Researchers at Yale
#: found ... They said"): not things ("Prices rose. They ...").
GROUP_NOUNS = frozenset(
    w
    for w in _SPEAKER_HEADS
    | frozenset(
        """protesters demonstrators advocates opponents proponents investigators regulators
        pollsters commentators negotiators delegates senators ministers governments
        agencies groups unions families victims survivors farmers consumers citizens
        parents children women men soldiers troops rebels militants players coaches
        investors traders bankers executives managers engineers firms companies banks
        hospitals schools universities judges attorneys scholars historians authors
        officials analysts experts scientists researchers authorities""".split()
    )
    if w.endswith("s") or w in ("police", "people", "children", "women", "men")
)
#: Prepositions joining a group to where it works ("Researchers at Yale", "Voters in
#: Ohio"): the one list for speaker phrases, "they" and canonical names.
GROUP_PLACES = frozenset("at from in".split())
