"""Which capitalised words may be names: the evidence :mod:`analysis.names` asks of a
capital that may only mark a sentence start, a quotation, a dateline or a title-case
line.

Such a capital counts as a name with evidence: a gazetteer entry, a title, the same
word capitalised in running text, or a word rare in general English that is not an
English derivation ("Scrutinizing", "Unsubtle"). Split from :mod:`analysis.names`,
which builds and classifies the runs of capitalised words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from analysis import gazetteer
from analysis.frequencies import zipf
from analysis.namewords import APPOSITIVE_ROLES, FIRM_CUES, PARTICLES, REPORT_CUES, WORD_FIRMS
from analysis.namewords import NOT_NAMES as _NOT_NAMES
from analysis.namewords import TITLES as _TITLES
from analysis.stoplist import stopwords
from analysis.types import Document, Token

OPENING_MARKS = frozenset('"“‘«(:[—–')
#: Quotation marks that close as often as they open ("''", "’", a possessive "'"): one
#: opens when it stands after a space or a line break and right before its word.
EITHER_QUOTES = frozenset("'’”`")
#: The dashes that end a dateline.
DATELINE_DASHES = ("-", "--", "—", "–", "―")  # (the last a horizontal bar, U+2015)
#: What may stand before a capital that :func:`opening` finds opening (besides the
#: sentence's first word): a test callers may make first, to save the call.
OPENING_PREV = OPENING_MARKS | EITHER_QUOTES | frozenset(DATELINE_DASHES)


def opened(text: str, mark: Token, word: Token) -> bool:
    """Whether a capital after a quotation mark of either orientation follows an
    opening one (''Hopefully,'' ... 'Ninety percent of what?'), not a closing one
    ("... ,'' Leonard E. Burman said") or a possessive ("Williams' Star Wars")."""
    if mark.end != word.start:
        return False
    j = mark.start
    while j > 0 and text[j - 1] in "'’”`\"“":
        j -= 1
    return j == 0 or text[j - 1].isspace() or text[j - 1] in "([—–"


def opening(text: str, toks: Sequence[Token], i: int, first: int) -> bool:
    """Whether the capital of word ``toks[i]`` may only mark an opening: the sentence's
    first word (token ``first``), a word after an opening mark or an opening quotation
    mark, or after a dateline's spaced hyphen."""
    if i == first:
        return True
    prev = toks[i - 1].text
    if prev in OPENING_MARKS:
        return True
    if prev in EITHER_QUOTES:
        return opened(text, toks[i - 1], toks[i])
    return prev in DATELINE_DASHES and after_dateline(text, toks, i)


def ampersand(toks: Sequence[Token], k: int, lo: int, hi: int) -> bool:
    """Whether token ``k`` is the "&" of a company's name, "X & Y" ("Procter & Gamble",
    "Smith & Wesson", "Standard & Poor's"): between two capitalised words, all within
    tokens ``[lo, hi)``. (Written without spaces, "AT&T" is one token.)"""
    return (
        lo < k < hi - 1
        and toks[k].text == "&"
        and toks[k - 1].kind == "word"
        and is_cap(toks[k - 1].text)
        and toks[k + 1].kind == "word"
        and is_cap(toks[k + 1].text)
    )


def after_dateline(text: str, toks: Sequence[Token], i: int) -> bool:
    """Whether word ``i`` follows a dateline's spaced hyphen: "CHARLOTTE - Nearly a
    week after ...", "MIDWAY ATOLL - Seventy-four years ago", "LONDON (Reuters) - Oil
    prices", "COLUMBUS, Ohio - Two brothers", "BEIJING, March 14 (Xinhua) -- Chinese".

    A dateline opens its line: a place in capitals, then at most a state, an agency
    in brackets and a date (no lower-case word), then the dash. A capitalised word
    before a dash mid-sentence ("after OPEC — led by") or an acronym opening a
    sentence ("FBI agents — who had") is no dateline."""
    if i < 2:
        return False
    dash = toks[i - 1]
    if dash.text not in DATELINE_DASHES:
        return False
    if not toks[i - 2].end < dash.start < dash.end < toks[i].start:
        return False
    for j in range(i - 2, max(-1, i - 14), -1):
        place = toks[j]
        if place.start == 0 or text[place.start - 1] == "\n":
            if not (len(place.text) > 1 and place.text.isupper() and place.text.isalpha()):
                return False
            return all(_dateline_part(t) for t in toks[j + 1 : i - 1])
    return False


def _dateline_part(t: Token) -> bool:
    """A token of a dateline after its first word: more of the place in capitals, a
    state ("Ohio", "N.Y."), an agency ("(Reuters)"), a date ("March 14"), commas."""
    if t.kind == "number":
        return True
    if t.kind == "word":
        return t.text[:1].isupper()
    return t.text in (",", "(", ")", ".", "/")


def before_appositive(toks: Sequence[Token], k: int, hi: int) -> bool:
    """Whether one to three capitalised words from ``toks[k]`` end in a comma before an
    appositive with a lower-case role noun ("Jong Un, general secretary of")."""
    j = k
    while j < hi and j - k < 3 and toks[j].kind == "word" and is_cap(toks[j].text):
        j += 1
    if j == k or j + 1 >= hi or toks[j].text != "," or toks[j + 1].text == "whose":
        return False  # ("Rio Tinto, whose chief executive resigned": the firm's)
    for t in toks[j + 1 : min(hi, j + 5)]:
        if t.kind != "word" or not t.text.islower():
            return False
        if t.text in APPOSITIVE_ROLES:
            return True
    return False


def particle_run(toks: Sequence[Token], k: int, hi: int) -> bool:
    """Whether one or two name particles and a capitalised word start at ``toks[k]``
    ("von der Leyen", "de Gaulle", "bin Salman")."""
    j = k
    while j < hi and j - k < 2 and toks[j].text in PARTICLES:
        j += 1
    return k < j < hi and is_cap(toks[j].text)


def particled(word: str) -> bool:
    """A particle joined by a hyphen to a capitalised name: "al-Sisi", "bin-Nayef"."""
    particle, _, name = word.partition("-")
    return particle in PARTICLES and name[:1].isupper()


#: A sentence-initial capital counts without other evidence when the word is this rare.
RARE_ZIPF = 3.0
#: A last word this rare in general English (Zipf scale) reads as a surname.
SURNAME_ZIPF = 3.7


def is_cap(text: str) -> bool:
    if not text:
        return False
    # (compiled, an ASCII initial is compared as a number: no call of str.isupper)
    initial = ord(text[0])
    return 65 <= initial <= 90 if initial < 128 else text[0].isupper()


def known(text: str) -> bool:
    return gazetteer.lookup(text) is not None


def evidence(text: str, body_caps: frozenset[str]) -> bool:
    """Whether a capital that may only mark a sentence start is a name."""
    if text in _NOT_NAMES:
        return False
    if (known(text) and text not in WORD_FIRMS) or text in _TITLES:
        return True  # (a firm that is a common word needs more: see body_caps)
    if text.lower() in stopwords():
        return False
    if text in body_caps:
        return True
    parts = text.split("-")
    if len(parts) > 1 and all(is_cap(p) and known(p) for p in parts):
        return True
    low = text.lower()
    frequency = zipf(low)
    return frequency < RARE_ZIPF and not (frequency > 0 and derived(low))


#: Endings of derived and inflected English words ("Scrutinizing", "Unsubtle" has a
#: prefix): such a word opening a sentence is a participle or adverb, not a name.
DERIVED_ENDINGS = tuple(
    "ing ingly ed edly ly ness ment ments ous ful less able ible ive ized ised".split()
)
_NEGATIONS = ("un", "non", "dis", "mis", "over", "under")


def derived(low: str) -> bool:
    """Whether a rare lower-cased word is an English derivation: a derived or
    inflected ending ("scrutinizing", "dispiritingly"), or a negating prefix before a
    common word ("unsubtle")."""
    if len(low) < 6:
        return False
    if low.endswith(DERIVED_ENDINGS):
        return True
    return any(low.startswith(p) and zipf(low[len(p) :]) >= RARE_ZIPF for p in _NEGATIONS)


#: Words a title-case headline leaves in lower case.
_TITLE_CASE_MINOR = frozenset(
    "a an the of to in on at by for and or but nor as vs via with from".split()
)


def title_case(toks: Sequence[Token]) -> bool:
    """Whether a sentence is written in title case ("Voters Abandon Party for Her"):
    at least three major words (not in :data:`_TITLE_CASE_MINOR`), all capitalised."""
    major = 0
    for t in toks:
        if t.kind != "word":
            continue
        w = t.text
        initial = w[:1]
        if initial.isupper():
            if w.lower() not in _TITLE_CASE_MINOR:
                major += 1
        elif initial.isalpha() and w.lower() not in _TITLE_CASE_MINOR:
            return False  # running text has lower-case verbs and nouns among its names
    return major >= 3


def needs_evidence(doc: Document) -> list[bool]:
    """Per sentence: every capital in it needs evidence (a headline, title case)."""
    paragraphs, toks = doc.paragraphs, doc.tokens  # (no method call per sentence)
    return [
        paragraphs[s.paragraph].kind == "headline" or title_case(toks[s.tok_start : s.tok_end])
        for s in doc.sentences
    ]


def capital_indices(doc: Document) -> list[int]:
    """Indices of the word tokens that start with a capital, in text order."""
    # (the capital test, rarely true, goes first)
    return [i for i, t in enumerate(doc.tokens) if is_cap(t.text) and t.kind == "word"]


def bare(text: str) -> str:
    """A word without its possessive ending ("Xi's" -> "Xi")."""
    if len(text) > 2 and text[-1] in "sS" and text[-2] in "'’":
        return text[:-2]
    return text


def body_caps(doc: Document, suspect: Sequence[bool], capitals: Sequence[int]) -> frozenset[str]:
    """Capitalised words seen after the first word of a sentence in running text."""
    seen: set[str] = set()
    toks = doc.tokens
    sents = doc.sentences
    si = 0
    first = -1  # the first word of sentence si ("• Shares of": "Shares")
    headed: set[str] = set()  # words of headlines and title-case lines
    # words opening a sentence of running text before a firm's cue ("Pinterest on
    # Tuesday reported", "Pinterest said"; not "Heatwave warnings were issued")
    openers: set[str] = set()
    for i in capitals:
        if sents[si].tok_end <= i:
            while sents[si].tok_end <= i:
                si += 1
            first = -1
        sent = sents[si]
        if first < 0:
            first = sent.tok_start
            while toks[first].kind != "word":
                first += 1
        if suspect[si]:
            headed.add(toks[i].text)
            continue
        if i == first:
            if i + 1 < len(toks) and toks[i + 1].text != ",":
                if _firm_cue(toks, i, headed=True):
                    openers.add(toks[i].text)
                if bare(toks[i].text) in WORD_FIRMS and _firm_cue(toks, i):
                    seen.add(bare(toks[i].text))  # "Apple said", "Apple's profits"
            continue
        if toks[i - 1].text in OPENING_PREV and opening(doc.text, toks, i, sent.tok_start):
            continue
        seen.add(bare(toks[i].text))
    for word in openers & headed:
        if _headline_name(doc.text, word):
            seen.add(word)
    return frozenset(seen)


def _firm_cue(toks: Sequence[Token], i: int, *, headed: bool = False) -> bool:
    """Whether a known firm's name that is a common word, opening a sentence, stands
    in a firm's context: a possessive ("Apple's"), a cue after it ("Apple said",
    "Intel shares"), "on" or "and" and a capital ("Apple on Tuesday", "Arsenal and
    Real Madrid"), or a capital after it ("Amazon Web Services", "Arsenal Saka").

    With ``headed``, the test for an unknown word of the headline opening the story
    ("Pinterest on Tuesday reported"): only "on" and a capital or a cue of speech or
    report, and no plural ("Layoffs announced", "Wildfires have burned")."""
    word = toks[i].text
    if headed and (word.endswith("s") or not word.isalpha()):
        return False
    if not headed and word != bare(word):
        return True
    nxt = toks[i + 1].text
    if not headed and is_cap(nxt) and toks[i + 1].kind == "word":
        return True  # "Amazon Web Services said", "Arsenal Saka was injured"
    if nxt in ("on", "and"):  # ("Apple on Tuesday", "Arsenal and Real Madrid")
        return (nxt == "on" or not headed) and i + 2 < len(toks) and is_cap(toks[i + 2].text)
    return nxt in (REPORT_CUES if headed else FIRM_CUES)


#: A word in a headline that opens the story's sentences is a name when rarer than
#: this in general English ("Pinterest" 3.5, "Tesla" 3.8; not "Stocks", "Oil").
_HEADLINE_NAME_ZIPF = 4.0


def _headline_name(text: str, word: str) -> bool:
    """Whether a word written in a headline and opening a sentence of the story is a
    name ("Pinterest shares jump" ... "Pinterest on Tuesday reported"): a rare word,
    no stopword or derived form, never written in lower case in the text."""
    low = word.lower()
    if not word.isalpha() or word.isupper() or low in stopwords() or derived(low):
        return False
    if len(low) > 4 and low.endswith(("ing", "ed")):
        return False
    if zipf(low) >= _HEADLINE_NAME_ZIPF:
        return False
    return re.search(rf"\b{re.escape(low)}\b", text) is None


def cap_counts(doc: Document, capitals: Sequence[int]) -> Counter[str]:
    """Capitalised words, and "X and Y" pairs of them, counted over the document."""
    toks = doc.tokens
    words = [bare(toks[i].text) for i in capitals]
    counts: Counter[str] = Counter(words)
    last = len(toks) - 2
    for i, word in zip(capitals, words, strict=True):
        if i < last and toks[i + 1].text == "and" and is_cap(toks[i + 2].text):
            counts[f"{word} and {bare(toks[i + 2].text)}"] += 1
    return counts


def named_twice(text: str, word: str, nxt: str) -> bool:
    """Whether a capital opening a sentence (or in a headline) and a place or country
    after it ("Air France", "Bank Indonesia") stand together at least twice in the
    text: one name holding the place, not an opener and the place."""
    if not is_cap(nxt):
        return False
    place = bare(nxt)
    return known(place) and not known(word) and text.count(f"{word} {place}") >= 2


#: Prepositions that a name in title case holds, capitalised: "Doctors Without
#: Borders", "Mothers Against Drunk Driving", "Bank Of America". Not articles, verbs or
#: pronouns, which title-case titles of works hold ("Girl With The Dragon Tattoo",
#: "Change Is Gonna Come", "Live Your Life").
NAME_PREPOSITIONS = frozenset("Without Against Of For Across Beyond Within".split())


#: Possessors and head words of names that hold a possessive: "King's College",
#: "Queen's University", "St. Mary's Hospital", "Children's Hospital".
SAINTS = frozenset(
    """King Queen Children Women Men John Mary Paul Peter Patrick Michael Joseph Luke
    Thomas Andrew George James Anne Catherine Jude Vincent Martin Stephen""".split()
)
SAINTS_HEADS = frozenset("College University Hospital School Church Cathedral".split())


def acronym(word: str) -> bool:
    """An acronym opening a sentence of running text ("FEMA Administrator ...", "EPA
    said"): two to six capitals, not a common word written in capitals."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and zipf(word.lower()) < 4.0


def titled_function(word: str) -> bool:
    """A preposition written with a capital inside a name in title case ("Without")."""
    return word in NAME_PREPOSITIONS
