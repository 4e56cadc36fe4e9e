"""Parsing: paragraphs, sentences and word tokens, each with offsets into the text.

No downloaded data: tokens come from one regular expression, sentences from a
rule-based splitter that knows the abbreviations of news English (titles such as
Mr. and Gov., months before a day, No. before a number, initials, dotted
abbreviations such as U.S.), keeps decimals whole and carries closing quotation
marks with the sentence they end. Paragraphs are blocks separated by blank lines
(or, in a text without blank lines, single lines).

A boundary is a run of ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes
or brackets) followed by whitespace and a capital, a digit or an opening quote or
bracket before one, unless the word before a period is a known abbreviation, an
initial or a list marker ("1."). Informal text gets two more rules: a bare ``?``
or ``!`` ends a sentence before a lowercase word (but not '"Why?" he asked'), and
so does a period after a plain lowercase word that is no abbreviation. Checked
against the UD English Web Treebank by ``benchmarks/sentences.py``.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from analysis.types import Article, Document, Paragraph, ParagraphKind, Sentence, Token, TokenKind
from analysis.wordmarks import combining_class, mark_class, zero_width_class

# A word part: word characters, then any combining marks ("Beyonce\u0301"), or
# zero-width characters followed by more word characters ("Ali\u200bshah"; a trailing
# one is no part of the word: "Obama\u200b said").
_PART = r"[^\W_]+(?:[" + combining_class() + r"]+[^\W_]*|[" + zero_width_class() + r"]+[^\W_]+)*"
_TOKEN = re.compile(
    r"""
    (?P<abbr>(?:[^\W\d_]\.){2,})                          # U.S.  U.N.  a.m.
  | (?P<num>[-+]?\d+(?:[.,:/]\d+)*(?![^\W_]|[-'’][^\W_]|[.,:]\d)) # 2,000  3.5  1/2
  | (?P<word>(?:\d+(?:[.,:]\d+)+[-'’]?(?=[^\W_]))?     # 2.7bn  1,000th  6:30pm
      PART(?:[-'’&]PART)*)                                # China-Belarus  don't  50-fold
  | (?P<ellipsis>\.\.\.|…)
  | (?P<dash>-{2,}|[—–])
  | (?P<other>\S)
    """.replace("PART", _PART),
    re.VERBOSE,
)

# Abbreviations after which a period never ends a sentence (a name or number follows).
_TITLES = frozenset(
    "mr mrs ms mx dr prof gen lt col maj sgt capt cmdr adm sen rep gov pres supt "
    "rev fr hon mt ft messrs mme mlle gens reps sens vs v eg ie cf viz attn".split()
)
# Abbreviations that do not end a sentence when a number follows ("Jan. 10", "No. 5").
_BEFORE_NUMBER = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos art vol vols fig figs "
    "p pp ch sec ed eds op ext tel ph para paras".split()
)
# Abbreviations that may end a sentence: split only before a typical sentence opener.
_MAYBE_FINAL = frozenset(
    "inc corp co ltd llc plc bros jr sr al approx est dept govt st ave blvd rd "
    "mon tue tues wed thu thur thurs fri sat sun".split()
)
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there "
    "but and so yet or nor if when while after before as in on at for from with by to "
    "meanwhile however still also then now one some many most no not what who how why "
    "here there please thanks see do does did can could would should will once where "
    "overall its it's let my your yes".split()
)
# Lowercase abbreviations that a lowercase word may follow ("approx. two", "10 yrs. old").
_LOWER_ABBREVIATIONS = (
    _TITLES
    | _BEFORE_NUMBER
    | _MAYBE_FINAL
    | frozenset(
        "etc ca misc min max yr yrs hr hrs mo mos wk wks sec secs lb lbs oz km kg mi sq "
        "pct info incl excl fwd re".split()
    )
)
# A sentence so far that is only a list marker ("1.", "(a).", "*2.") does not end.
_LIST_MARKER = re.compile(r"[(*#]?(?:\d{1,3}|[A-Za-z]|[ivx]{1,4})\)?")

# (opening with a character class, so that a search skips to the next such character
# instead of trying a match at every position; "..." is a run of periods)
_CANDIDATE = re.compile(r"[.!?…](?:(?<=…)|(?<!…)[.!?]*)[\"'”’»)\]]*(?=\s)")
_OPENING = "\"'“‘«([¡¿"
_CURRENCY = "$£€¥"
# The first word after a boundary, past opening quotes, brackets and spaces (matched
# in place: no copy of the rest of the paragraph per candidate boundary).
_NEXT_WORD = re.compile("[" + re.escape(_OPENING + " ") + r"]*([^\W_]+)")


# Tokens are built without the frozen dataclass's ``__init__`` (which sets every
# field through ``object.__setattr__``): the slot descriptors set them directly.
# Same objects, about half the cost, and tokens are most of what parsing makes.
_TOKEN_CLASS: Any = Token
_new_token = object.__new__
_set_text, _set_start, _set_end, _set_kind = (
    getattr(_TOKEN_CLASS, name).__set__ for name in ("text", "start", "end", "kind")
)
_SENTENCE_CLASS: Any = Sentence
_set_index, _set_s_start, _set_s_end, _set_paragraph, _set_tok_start, _set_tok_end = (
    getattr(_SENTENCE_CLASS, name).__set__
    for name in ("index", "start", "end", "paragraph", "tok_start", "tok_end")
)
_GROUP_KIND: dict[str, TokenKind] = {
    "abbr": "word",
    "num": "number",
    "ellipsis": "punct",
    "dash": "punct",
}
# The same alternatives without names, after the whitespace before each token:
# ``findall`` then gives ``(space, token)`` pairs, so offsets are running sums of
# lengths, with no match object per token. Only whitespace (and zero-width characters
# outside a word: "Obama\u200b said") lies between tokens (``other`` takes any other
# character), so the pairs cover the text. A plain word (letters, then no letter,
# digit, underscore, period, apostrophe, hyphen, "&", combining mark or zero-width
# character) is tried first: the other alternatives would give it whole too (``abbr``
# needs a period after its first letter, ``num`` a digit, and ``word`` cannot go on),
# and most tokens are such words (fewer alternatives tried per token).
# Before it, shortcuts that give the same token as the alternatives after them, tested
# with range and set lookups instead of Unicode category lookups (a third of the
# matching): ASCII letters before a space, a closing punctuation mark or the end (no
# letter, digit, period, apostrophe, hyphen, "&" or mark: the letters' alternative
# would take the same run), and two or more of them before a period (no "U.S.", which
# is one letter and a period; the word alternative stops at the period); a single
# punctuation mark that starts no other alternative (no sign of a number, no dash);
# a period that opens no ellipsis.
_SPACED_TOKEN = re.compile(
    r"([\s"
    + zero_width_class()
    + r"]*)("
    + r"[A-Za-z]+(?=[\ \n,;:!?\"”)\]]|\Z)|[A-Za-z]{2,}(?=\.)|[,;:!?()\"“”‘’$]|\.(?!\.\.)|"
    + r"[^\W\d_]+(?![\w.'’&"
    + mark_class()
    + r"-])|"
    + re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern)
    + ")",
    re.VERBOSE,
)


@lru_cache(maxsize=1 << 14)
def _kind(value: str) -> TokenKind:
    """The kind of a token that is not all letters, from the alternative matching it
    (a function of the text alone: a word with a letter is a word, without one a
    number; a single other character is punctuation or a symbol)."""
    match = _TOKEN.match(value)
    assert match is not None and match.end() == len(value)
    group = match.lastgroup
    if group == "word":
        return "word" if any(c.isalpha() for c in value) else "number"
    if group == "other":
        return "punct" if unicodedata.category(value).startswith("P") else "symbol"
    return _GROUP_KIND[group]  # type: ignore[index]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``.

    Words keep internal hyphens and apostrophes ("China-Belarus", "don't"); numbers
    keep their separators ("2,000", "3.5"), also with a unit written on ("2.7bn",
    a word like "2bn"); dotted abbreviations stay whole ("U.S.").
    """
    tokens: list[Token] = []
    # (locals: compiled, each use of a module's global is a dictionary lookup, and
    # tokens.append a direct call where a bound method's would be a generic one)
    new, token_class, kind_of = _new_token, _TOKEN_CLASS, _kind
    set_text, set_start, set_end, set_kind = _set_text, _set_start, _set_end, _set_kind
    pos = start
    # (typed: compiled, each pair is then unpacked in place, not through an iterator)
    pairs: list[tuple[str, str]] = _SPACED_TOKEN.findall(
        text, start, len(text) if end is None else end
    )
    for space, value in pairs:
        first = pos + len(space)
        pos = first + len(value)
        token = new(token_class)
        set_text(token, value)
        set_start(token, first)
        set_end(token, pos)
        # all letters (most tokens) can only be a word
        set_kind(token, "word" if value.isalpha() else kind_of(value))
        tokens.append(token)
    return tokens


def _prev_word(text: str, end: int) -> str:
    """The word (letters and inner periods) ending just before offset ``end``."""
    i = end
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:end]


def _is_boundary(text: str, begin: int, mark_start: int, mark_end: int, limit: int) -> bool:
    """Whether the mark ``text[mark_start:mark_end]`` ends the sentence begun at ``begin``."""
    nxt = mark_end
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    first = text[nxt]
    following = first
    if first in _OPENING:
        j = nxt + 1
        while j < limit and (text[j] in _OPENING or text[j].isspace()):
            j += 1
        following = text[j] if j < limit else ""
    if following in _CURRENCY and nxt + 1 < limit and text[nxt + 1].isdigit():
        following = text[nxt + 1]  # "$5 million was ..." starts a sentence
    if following.islower() and text[mark_start:mark_end] in ("?", "!", "?!", "!?", "??", "!!"):
        # A bare question or exclamation mark ends a sentence even before a lowercase
        # word; with a closing quote ('"Why?" he asked.') it does not.
        return first == following
    if following.islower() and first == following and text[mark_start:mark_end] == ".":
        # "... in the morning. then we left": a lowercase word before the period that is
        # no known abbreviation ends an (informal) sentence.
        word = _prev_word(text, mark_start)
        before = text[mark_start - len(word) - 1 : mark_start - len(word)]
        return (
            len(word) >= 2
            and word.isalpha()
            and word.islower()
            and word not in _LOWER_ABBREVIATIONS
            and before not in ("@", "/", "-", "_")
        )
    if not (following.isupper() or following.isdigit()):
        return False
    if _LIST_MARKER.fullmatch(text[begin:mark_start].strip()):
        return False
    marks = text[mark_start:mark_end].rstrip("\"'”’»)]")
    if marks != ".":
        return True  # ! ? ... and runs such as ?!
    word = _prev_word(text, mark_start)
    bare = word.replace(".", "").lower()
    if not bare:
        return True
    if bare in _TITLES:
        return False
    if bare in _BEFORE_NUMBER and following.isdigit():
        return False
    word_start = mark_start - len(word)
    if len(word) == 1 and word.isupper() and not (word_start and text[word_start - 1].isalnum()):
        return False  # an initial: "John F. Kennedy" (but not "$11.5M.")
    if "." in word or bare in _MAYBE_FINAL:
        # "U.S." or "Inc." closes a sentence only when a sentence opener follows.
        next_word = _NEXT_WORD.match(text, nxt, limit)
        next_lower = next_word.group(1).lower() if next_word else ""
        return next_lower in _OPENERS or next_lower in _TITLES
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within ``text[start:end]``, whitespace trimmed."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _CANDIDATE.finditer(text, start, stop):
        if _is_boundary(text, begin, m.start(), m.end(), stop):
            spans.append((begin, m.end()))
            begin = m.end()
    spans.append((begin, stop))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _blocks(article: Article) -> Iterator[tuple[int, int]]:
    """Paragraph spans: runs of non-blank lines, metadata lines counting as blank."""
    text = article.text
    excluded = {(s.start, s.end) for s in article.excluded}
    lines: list[tuple[int, int, bool]] = []
    empties: list[bool] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        empty = not line.strip()
        blank = empty or (s, e) in excluded or _inside_excluded(s, e, article)
        lines.append((s, e, blank))
        empties.append(empty)
    # Blank lines separate paragraphs only if one stands between two text lines
    # (trailing blank lines and metadata lines do not count).
    content = [i for i, (_, _, blank) in enumerate(lines) if not blank]
    has_blank_separators = bool(content) and any(empties[content[0] : content[-1]])
    current: tuple[int, int] | None = None
    for s, e, blank in lines:
        if blank:
            if current:
                yield current
                current = None
            continue
        if current is None or not has_blank_separators:
            if current:
                yield current
            current = (s, e)
        else:
            current = (current[0], e)
    if current:
        yield current


def _inside_excluded(s: int, e: int, article: Article) -> bool:
    line = article.text[s:e]
    stripped_start = s + (len(line) - len(line.lstrip()))
    stripped_end = s + len(line.rstrip())
    return any(x.start <= stripped_start and stripped_end <= x.end for x in article.excluded)


def parse(article: Article) -> Document:
    """Split an article into paragraphs, sentences and tokens, offsets into ``article.text``.

    The headline (when the reader found one) is a paragraph of kind ``"headline"``
    holding one sentence; metadata lines are skipped.
    """
    text = article.text
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for p_start, p_end in _blocks(article):
        while p_start < p_end and text[p_start].isspace():
            p_start += 1
        while p_end > p_start and text[p_end - 1].isspace():
            p_end -= 1
        if p_end <= p_start:
            continue
        kind: ParagraphKind = "body"
        h = article.headline
        if h is not None and p_start <= h.start and h.end <= p_end:
            kind = "headline"
        p_index = len(paragraphs)
        sent_start = len(sentences)
        spans = [(p_start, p_end)] if kind == "headline" else split_sentences(text, p_start, p_end)
        for s, e in spans:
            tok_start = len(tokens)
            tokens.extend(tokenize(text, s, e))
            # (built like tokens: the slot setters, without the frozen __init__)
            sentence = _new_token(Sentence)
            _set_index(sentence, len(sentences))
            _set_s_start(sentence, s)
            _set_s_end(sentence, e)
            _set_paragraph(sentence, p_index)
            _set_tok_start(sentence, tok_start)
            _set_tok_end(sentence, len(tokens))
            sentences.append(sentence)
        paragraphs.append(Paragraph(p_index, p_start, p_end, kind, sent_start, len(sentences)))
    return Document(article, tuple(paragraphs), tuple(sentences), tuple(tokens))


#: The last document's lower-cased token texts (one slot: the analyses of a document
#: run one after the other; see :func:`lowered`).
_LAST_LOWERED: list[tuple[weakref.ref[Document], list[str]]] = []


def _forget_lowered(ref: weakref.ref[Document]) -> None:
    """Empty the slot when its document is gone (a module function, not a closure)."""
    if _LAST_LOWERED and _LAST_LOWERED[0][0] is ref:
        _LAST_LOWERED.clear()


def lowered(doc: Document) -> list[str]:
    """Each token's text of ``doc`` lower-cased (``str.lower``), in token order: made
    once per document for the analyses that compare words in lower case (the quote
    rules' sentence views, the news scorer's index); the latest document's are kept
    while it lives, until another one is asked for. Do not modify the list.

    Token by token: most tokens are ASCII, which ``str.lower`` maps by a table, while
    the text joined is not (curly quotes) and would be mapped character by character
    through the Unicode database.
    """
    if _LAST_LOWERED:
        ref, lows = _LAST_LOWERED[0]
        if ref() is doc:
            return lows
    lows = [t.text.lower() for t in doc.tokens]
    _LAST_LOWERED[:] = [(weakref.ref(doc, _forget_lowered), lows)]
    return lows
