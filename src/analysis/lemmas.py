"""Lemmas: the dictionary form of an English word, without downloaded data.

NLTK's WordNet lemmatizer needs a corpus download, which this package never does.
This lemmatizer undoes the regular inflections of English (plural and third-person
``-s``/``-es``/``-ies``, past ``-ed``/``-ied``, progressive ``-ing``) and accepts a
candidate only when it is a word of general English, looked up in ``wordfreq``'s
frequency list (Speer 2022), which ships inside the package. The spelling changes
tried are the ones English orthography makes when it inflects: ``y`` → ``i``, a
silent ``e`` dropped, a final consonant doubled (Quirk et al. 1985, App. I). A
hand-written table (``data/irregular_forms.tsv``) covers strong verbs, irregular
plurals and words whose ending only looks inflectional ("news", "during").

Without a part-of-speech tagger a form is lemmatized the same way wherever it
occurs: "meeting" becomes "meet" and "lives" becomes "life". That is the usual
trade-off of dictionary-based lemmatizers without context (Jurafsky & Martin,
*Speech and Language Processing*, 3rd ed., §2.6); it merges more inflections
than it confuses. Comparatives in ``-er``/``-est`` are left alone ("under",
"number", "interest" look the same).

``benchmarks/lemmas.py`` measures agreement with the gold lemmas of UD English EWT.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from wordfreq import get_frequency_dict

#: A candidate lemma must be at least this frequent in general English
#: (relative frequency; 1e-6 is once per million words, Zipf 3).
MIN_FREQUENCY = 1e-6

_VOWELS = frozenset("aeiouy")

#: Common gradable adjectives whose ``-er``/``-est`` forms are undone. Without a
#: tagger the comparative suffix is too ambiguous to strip in general ("number",
#: "after", "interest"), so only these bases are recognised.
GRADABLE = frozenset(
    """big small large great high low long short old young new late early easy hard
    cheap fast slow strong weak rich poor wide deep close near clear simple safe tough
    busy happy heavy light dark warm cold hot cool quick nice fine wise bright broad
    calm dry fair firm fresh full green hungry lucky narrow proud quiet rare rough sad
    sharp smart soft steep strict sweet thick thin tight tiny ugly wealthy wild""".split()
)


@cache
def irregular_forms() -> dict[str, str]:
    """The hand-written table of irregular forms: form -> lemma, lower case."""
    table: dict[str, str] = {}
    text = resources.files("analysis").joinpath("data/irregular_forms.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, lemma_ = line.split("\t")
        table[form] = lemma_
    return table


@cache
def _vocabulary() -> dict[str, float]:
    # typed through the variable: the mypyc build's isolated environment has no
    # wordfreq, so there its return type is Any
    table: dict[str, float] = get_frequency_dict("en")
    return table


def _frequency(word: str) -> float:
    return _vocabulary().get(word, 0.0)


def _known(word: str) -> bool:
    return len(word) >= 3 and _frequency(word) >= MIN_FREQUENCY


#: How much more frequent one reading must be to override the spelling rule.
_DOMINANT = 10.0


def _prefer(first: str, second: str) -> str | None:
    """``first`` (the reading English spelling rules favour) unless only ``second``
    is a known word or ``second`` is far more frequent ("cooked": "cook", not "cooke")."""
    if not _known(second):
        return first if _known(first) else None
    if _known(first) and _frequency(second) < _DOMINANT * _frequency(first):
        return first
    return second


def _likelier(a: str, b: str) -> str | None:
    """The more frequent known word of two readings ("adding": "add", "stopping": "stop")."""
    known = [w for w in (a, b) if _known(w)]
    return max(known, key=lambda w: (_frequency(w), w)) if known else None


def _undouble(stem: str) -> str | None:
    """``stopp`` -> ``stop``: a doubled final consonant, as in "stopped"."""
    if (
        len(stem) >= 3
        and stem[-1] == stem[-2]
        and stem[-1] not in _VOWELS
        and stem[-1] not in "lsz"
    ):
        return stem[:-1]
    return None


def _plural(word: str) -> str | None:
    if word.endswith(("ss", "us", "is", "ous")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return _prefer(word[:-3] + "y", word[:-1])
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return _prefer(word[:-2], word[:-1])  # boxes, matches; but "aches", "niches"
    if word.endswith(("ses", "zes", "oes")):
        return _prefer(word[:-1], word[:-2])  # uses, sizes, shoes; but "buses", "heroes"
    return _prefer(word[:-1], word[:-1])


def _stem_of(word: str, suffix_len: int, e_form: str) -> str | None:
    """The base of a word ending in ``-ed``/``-ing``: a doubled consonant undone,
    a silent ``e`` restored or the bare stem."""
    stem_ = word[:-suffix_len]
    doubled = _undouble(stem_)
    if doubled is not None:
        return _likelier(doubled, stem_)
    return _prefer(e_form, stem_)


def _past(word: str) -> str | None:
    if word.endswith("eed") and len(word) < 6:
        return None  # feed, need, seed, speed: not "fee" + "d"
    if word.endswith("ied") and len(word) > 4:
        return _prefer(word[:-3] + "y", word[:-1])  # applied; died, tied
    return _stem_of(word, 2, word[:-1])


def _comparative(word: str) -> str | None:
    stem_ = word[:-2] if word.endswith("er") else word[:-3]
    doubled = _undouble(stem_)
    for base in (stem_, stem_ + "e", stem_[:-1] + "y" if stem_.endswith("i") else "", doubled):
        if base and base in GRADABLE:
            return base
    return None


def _progressive(word: str) -> str | None:
    stem_ = word[:-3]
    if not any(c in _VOWELS for c in stem_):
        return None  # thing, bring, string
    return _stem_of(word, 3, stem_ + "e")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case English word.

    Args:
        word: One word, lower case (as ``analysis.keywords.normalize`` gives it).

    Returns:
        The lemma, or ``word`` itself when no rule applies or no candidate is a
        known English word ("countries" -> "country", "achieved" -> "achieve",
        "stopped" -> "stop", "making" -> "make", "went" -> "go", "news" -> "news").

    Reference:
        Quirk, Greenbaum, Leech & Svartvik (1985), *A Comprehensive Grammar of the
        English Language*, Appendix I (spelling changes in inflection).
    """
    table = irregular_forms()
    if word in table:
        return table[word]
    if len(word) < 4 or not word.isalpha():
        return word
    if word.endswith(("er", "est")):
        found = _comparative(word)
    elif word.endswith("ing") and len(word) >= 5:
        found = _progressive(word)
    elif word.endswith("ed"):
        found = _past(word)
    elif word.endswith("s"):
        found = _plural(word)
    else:
        found = None
    if found is None or _frequency(word) >= _DOMINANT * _frequency(found):
        # A form far commoner than its supposed base is a word of its own:
        # "need" is not "nee" + "d", "amazing" is not "amaze" + "ing".
        return word
    return found
