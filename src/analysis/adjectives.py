"""Adjective polarity: Pattern's lexicon of subjective words, a second opinion beside VADER.

Pattern (De Smedt & Daelemans, 2012) scores a text by the mean polarity (-1..1) of
the lexicon words in it: 1,528 forms, mostly adjectives, rated per sense (by hand,
some inferred), and an adverb made of each adjective with its values ("terribly"),
2,860 forms in all (``data/pattern_sentiment.tsv``, public domain, made by
``benchmarks/pattern_lexicon.py`` as Pattern's English analyzer loads its lexicon).
Its rules, as implemented here:

* a lexicon word after an adverb of the lexicon ("very", "really") is one
  assessment, its polarity multiplied by the adverb's intensity ("very good" is
  0.7 x 1.3);
* a negator ("not", "no", "never", a "n't" form; and, as the news scorer reads
  them, "hardly", "scarcely", "less", "far from", "anything but") reaches the next
  lexicon word across short words ("not a good") and halves and reverses it ("not
  good" is -0.35: not good is slightly bad, not bad slightly good);
* "!" after a lexicon word strengthens it by a quarter.

A known word whose polarity is 0 counts in the mean too: a text that uses many
neutral adjectives is less opinionated than one adjective alone says.
:func:`assessments` gives each assessment with its position, so that the news
scorer can damp those in a question or a hedge's scope.

Two lexicons err differently: VADER's was rated word by word out of context for
tweets, Pattern's per sense for reviews, and averaging independent noisy scorers
keeps what they share (the sentiment of the text) and shrinks what each gets wrong
(ensembles of lexicon methods agree with people more than any one of them:
Gonçalves et al., 2013; Ribeiro et al., 2016). :mod:`analysis.newsvader` mixes the
two compound scores (``NewsVaderConfig.adjectives``).

News senses. By the rule already applied to VADER's lexicon (the frequent
lexicon words of political news, PolNeAR's training texts, whose usual sense there
is not an opinion), 105 forms and the adverbs made of them are no assessments here
(:data:`NEWS_NEUTRAL`; an intensifying adverb such as "very" keeps its intensity):
quantities, degrees and manner ("more" +0.5, "many" +0.5, "largely", "quickly"; the
class completed by hand with ten rarer degree and size words, which say how much,
not whether good: "rose sharply" -0.125, "significant damage" +0.375, "dramatic"
-0.43, "narrow", "minor"; NYT r unchanged on both halves, ``eval_sentiment.py``),
order, time and rank ("first", "primary", "latest", "top"), classifying adjectives
("economic", "military", "black", "gay", "criminal"), certainty ("clear", "sure"),
and senses of other parts of speech ("base" -0.8 in "the party's base", "firm",
"rose", "mean", "right"). Left out rather than set to 0, they do not dilute the mean
("Many new voters were happy" is "happy" alone). The contractions of the lexicon
("can't" -0.1) are negators only.

References:
    De Smedt, T. & Daelemans, W. (2012). Pattern for Python. Journal of Machine
    Learning Research 13, 2063-2067.
    Gonçalves, P., Araújo, M., Benevenuto, F. & Cha, M. (2013). Comparing and
    Combining Sentiment Analysis Methods. COSN '13.
    Ribeiro, F. N., Araújo, M., Gonçalves, P., Gonçalves, M. A. & Benevenuto, F.
    (2016). SentiBench: a benchmark comparison of state-of-the-practice sentiment
    analysis methods. EPJ Data Science 5(23).
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Sequence
from functools import lru_cache
from importlib import resources

#: Pattern's negators, with "cannot" (a form ending in "n't" is one too: our tokens keep
#: "don't" whole where Pattern's tokenizer splits off "n't").
NEGATORS = frozenset(("no", "not", "never", "cannot", "n't"))
#: Negators beyond Pattern's, as the news scorer reads them (Polanyi & Zaenen, 2006).
MORE_NEGATORS = frozenset(("hardly", "scarcely", "less"))
NEGATING_PAIRS = frozenset((("far", "from"), ("anything", "but")))
#: The words that may negate beyond Pattern's negators (see :func:`negates`).
_MAYBE = MORE_NEGATORS | {w for _, w in NEGATING_PAIRS}
#: Factor on a negated assessment ("not good" is slightly bad).
NEGATED = -0.5
#: Factor on an assessment followed by "!".
EXCLAIMED = 1.25

#: Frequent lexicon forms whose usual sense in news carries no opinion (with the
#: adverbs Pattern makes of them: "largely", "mostly", "publicly").
NEWS_NEUTRAL = frozenset(
    # quantity, degree, size and manner
    "more most many much few less least little half large small greater greatest "
    "higher high whole full single average very real long exactly rough widely heavy "
    "complete absolute pretty worth huge quick "
    # the same class, completed by hand: degree and size say how much, not whether good
    "sharp slight significant dramatic modest considerable broad wide narrow minor "
    # order, time and rank
    "first primary new early late past latest previous old older young last top main "
    "major general super next final recent "
    # classifying adjectives: place, domain, group
    "other own far near foreign military social economic legal black gay white "
    "political public criminal natural modern free active green due available "
    # certainty, not opinion
    "clear sure unlikely apparent "
    # senses of other parts of speech
    "base firm game action center wants spent subject live kind expected closed down "
    "behind direct particular certain common special right mean able becoming rose "
    "supporting forced confirmed".split()
)

Entry = tuple[float, float, bool]


def adverb_of(adjective: str) -> str:
    """The adverb Pattern makes of an adjective: "terrible" -> "terribly", "happy" ->
    "happily", "large" -> "largely"."""
    stem = adjective[:-1] + "i" if adjective.endswith("y") else adjective
    return (stem[:-2] if stem.endswith("le") else stem) + "ly"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Entry]:
    """Form -> (polarity, intensity, adverb). The forms of :data:`NEWS_NEUTRAL` and
    their adverbs are left out, but for adverbs, which keep their intensity at polarity
    0 ("very good"); the contractions are left out too (they are negators)."""
    text = resources.files("analysis.data").joinpath("pattern_sentiment.tsv").read_text("utf-8")
    neutral = NEWS_NEUTRAL | {adverb_of(form) for form in NEWS_NEUTRAL}
    out: dict[str, Entry] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"pattern_sentiment.tsv:{lineno}: expected 5 tab-separated fields")
        form, p, _subjectivity, i, adverb = fields
        if "n't" in form:
            continue
        if form in neutral:
            if adverb == "1" and float(i) != 1.0:
                out[form] = (0.0, float(i), True)
            continue
        out[form] = (float(p), float(i), adverb == "1")
    return out


@lru_cache(maxsize=1)
def forms() -> frozenset[str]:
    """The forms of :func:`lexicon` (a set, so that a document's forms intersect it by
    their own number, not the lexicon's)."""
    return frozenset(lexicon())


def is_negator(form: str) -> bool:
    """Whether a lower-case form negates the next lexicon word."""
    return form in NEGATORS or form.endswith("n't")


def negates(low: Sequence[str], k: int, a: int) -> bool:
    """Whether the token at ``k`` negates the next lexicon word: a negator, "hardly",
    "scarcely" or "less" ("less happy"), or the last word of "far from" or "anything
    but" (as the news scorer reads them; the range starts at ``a``)."""
    w = low[k]
    prev = low[k - 1] if k > a else ""
    if w in NEGATORS or w.endswith("n't"):
        return True
    if w in MORE_NEGATORS:
        # "no less", "hardly less", "more or less"
        return not (w == "less" and (prev in MORE_NEGATORS or prev == "or" or is_negator(prev)))
    return (prev, w) in NEGATING_PAIRS


def _negator_before(low: Sequence[str], a: int, k: int) -> bool:
    """Whether a negator of ``low[a:k]`` still reaches ``k``: the last token before it
    longer than one letter (apostrophes aside) is a negator."""
    j = k - 1
    while j >= a:
        w = low[j]
        if negates(low, j, a):
            return True
        if len(w.strip("'")) > 1:
            return False
        j -= 1
    return False


def polarity(
    low: Sequence[str], a: int = 0, b: int | None = None, *, names: Container[int] = ()
) -> float | None:
    """Pattern's polarity of the lower-case tokens ``low[a:b]`` (all tokens, punctuation
    included): the mean of its :func:`assessments`, ``None`` when it has none.

    Example:
        >>> polarity(["a", "good", "idea"])
        0.7
        >>> polarity(["not", "a", "good", "idea"])
        -0.35
        >>> round(polarity(["a", "very", "good", "idea", "!"]), 4)
        1.0
    """
    found = assessments(low, a, b, names=names)
    if not found:
        return None
    total = 0.0
    for _k, p in found:
        total += p
    return total / len(found)


def assessments(
    low: Sequence[str],
    a: int = 0,
    b: int | None = None,
    *,
    names: Container[int] = (),
    hits: Sequence[int] | None = None,
) -> list[tuple[int, float]]:
    """Pattern's assessments of the lower-case tokens ``low[a:b]``: a lexicon word, with
    the adverb before it if any ("very good"), as the index of its last token and its
    polarity, negation and "!" applied.

    Args:
        low: Lower-cased token texts (all tokens, punctuation included).
        a: First token of the range.
        b: End of the range (exclusive); ``None`` for the end of ``low``.
        names: Indices of tokens that are part of a name ("Grand Rapids"): they are
            read as words outside the lexicon.
        hits: The indices of ``low``'s lexicon words, ascending, if known: the words
            before the first and after the last are then read only where they can
            matter (a negator before the first, "!" after the last), with the same
            result.
    """
    lex = lexicon()
    end = len(low) if b is None else b
    start = a
    negation = False  # a negator seen, not yet spent
    if hits is not None:
        i = bisect.bisect_left(hits, a)
        j = bisect.bisect_left(hits, end, i)
        if i == j:
            return []
        start = hits[i]
        negation = _negator_before(low, a, start)
        last = hits[j - 1]
        final = lex.get(low[last]) if last not in names else None
        if "!" not in low[last + 1 : end] and not (
            final is not None and final[2] and low[last].endswith("ly")
        ):
            end = last + 1  # nothing after the last lexicon word can change a score
    # assessments as parallel lists: last token, polarity, intensity, negated
    heads: list[int] = []
    pols: list[float] = []
    ints: list[float] = []
    negated: list[bool] = []
    adverb = ""  # the last word, if a lexicon adverb ("very")
    for k in range(start, end):
        w = low[k]
        entry = lex.get(w) if k not in names else None
        if entry is not None:
            p, intensity, is_adverb = entry
            if adverb:
                p *= ints[-1]
                pols[-1] = 1.0 if p > 1.0 else (-1.0 if p < -1.0 else p)
                ints[-1] = intensity
                heads[-1] = k
            else:
                heads.append(k)
                pols.append(p)
                ints.append(intensity)
                negated.append(False)
            if negation:
                ints[-1] = 1.0 / ints[-1]
                negated[-1] = True
            adverb = w if is_adverb else ""
            negation = w in NEGATORS or w.endswith("n't") or (w in _MAYBE and negates(low, k, a))
            continue
        if w in NEGATORS or w.endswith("n't") or (w in _MAYBE and negates(low, k, a)):
            negation = True
        elif negation and len(w.strip("'")) > 1:
            negation = False  # a negator reaches across short words only ("not a good")
        if negation and adverb.endswith("ly"):
            negated[-1] = True  # "really not good"
            negation = False
        elif adverb and len(w) > 2:
            adverb = ""
        if w == "!" and pols:
            p = pols[-1] * EXCLAIMED
            pols[-1] = 1.0 if p > 1.0 else (-1.0 if p < -1.0 else p)
    # (by index, not zip(..., strict=True): the lists grow together; a call with a
    # keyword is a generic call in compiled code, once per scored range)
    return [(heads[x], pols[x] * NEGATED if negated[x] else pols[x]) for x in range(len(heads))]
