"""Data types shared by every analysis: one place, all frozen.

The flow is ``read`` (file -> :class:`Article`) -> ``parse`` (:class:`Document` with
paragraphs, sentences and tokens) -> the analyses, each returning tuples of the
result types below -> ``frames`` (tidy DataFrames) -> ``plots`` -> ``reports``.

Every span is a pair of character offsets into ``Article.text`` — the text as read
(UTF-8 decoded, byte-order mark dropped, line endings normalised to ``\\n``) — so
``article.text[x.start:x.end]`` is always exactly the span's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeVar

TokenKind = Literal["word", "number", "punct", "symbol"]
ParagraphKind = Literal["headline", "body"]
QuoteKind = Literal["direct", "indirect", "mixed"]
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article: metadata plus the text as read.

    Attributes:
        id: The file path (as given) or the corpus id; reported as ``"doc"``.
        text: The whole text as read. All offsets point into it.
        title: Headline, when known (from the file's first line or a corpus field).
        published: Publication timestamp, when the text or corpus gives one.
        source: Outlet or origin, when known.
        credits: Photo and similar credits found in the text (``"CFP"``, ``"VCG"``).
        headline: Where the headline stands in ``text``; ``None`` when it is not part
            of the text (corpus ``title`` field) or there is none.
        excluded: Metadata lines inside ``text`` (dateline, photo credits) that are
            not body text: parsing skips them.
        path: The file the article came from, if any.
        meta: Any further corpus fields, kept as given.
    """

    id: str
    text: str
    title: str | None = None
    published: datetime | None = None
    source: str | None = None
    credits: tuple[str, ...] = ()
    headline: Span | None = None
    excluded: tuple[Span, ...] = ()
    path: str | None = None
    meta: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its offsets. ``kind`` is ``word`` (letters), ``number``,
    ``punct`` or ``symbol``."""

    text: str
    start: int
    end: int
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        """True for words and numbers: what text statistics count as words."""
        return self.kind == "word" or self.kind == "number"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets, its paragraph, and its tokens.

    The tokens are ``Document.tokens[tok_start:tok_end]``.
    """

    index: int
    start: int
    end: int
    paragraph: int
    tok_start: int
    tok_end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph (a headline is a paragraph of its own) and its sentences
    ``Document.sentences[sent_start:sent_end]``."""

    index: int
    start: int
    end: int
    kind: ParagraphKind
    sent_start: int
    sent_end: int


@dataclass(frozen=True)
class Document:
    """A parsed article: the unit every analysis takes. Tokenized once, shared by all."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def id(self) -> str:
        return self.article.id

    def span_text(self, span: Span | Sentence | Paragraph | Token) -> str:
        return self.article.text[span.start : span.end]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.tok_start : sentence.tok_end]

    def paragraph_sentences(self, paragraph: Paragraph) -> tuple[Sentence, ...]:
        return self.sentences[paragraph.sent_start : paragraph.sent_end]

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences outside the headline."""
        return tuple(s for s in self.sentences if self.paragraphs[s.paragraph].kind == "body")


# --- analysis results ---------------------------------------------------------------


@dataclass(frozen=True)
class TextStats:
    """Counts, lexical diversity and readability of one document's body text."""

    characters: int
    letters: int
    words: int
    sentences: int
    paragraphs: int
    syllables: int
    long_words: int
    polysyllables: int
    unique_words: int
    type_token_ratio: float
    mtld: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog: float
    coleman_liau: float
    ari: float
    words_per_sentence: float
    letters_per_word: float
    syllables_per_word: float


@dataclass(frozen=True)
class SentenceStats:
    """Counts of one sentence (offsets into ``Article.text``), as :class:`TextStats`
    counts them."""

    sentence: int
    paragraph: int
    start: int
    end: int
    words: int
    letters: int
    syllables: int
    long_words: int
    polysyllables: int


ActorKind = Literal["person", "country", "place", "organization", "other"]


@dataclass(frozen=True)
class Mention:
    """A mention of a named actor: ``text[start:end]`` as written, the ``canonical``
    name it resolves to within the document (aliases merged: "Xi", "President Xi",
    "Xi Jinping" -> "Xi Jinping"; "Belarusian" -> "Belarus"), its kind, and a role
    or title written with it ("Chinese President"), if any."""

    text: str
    start: int
    end: int
    canonical: str
    kind: ActorKind
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    """One attribution: who said what, with every part's offsets.

    ``content`` is ``text[start:end]``; ``speaker`` is the resolved canonical name
    (``None`` when unknown); ``speaker_text`` the mention in the text (a name, a
    pronoun, a nominal such as "the ministry"). ``parts`` holds the character ranges
    of the words attributed, ``"start-end"`` joined by ``";"``: the content's own
    range, or, for a direct quotation interrupted by its attribution ('"A," she said.
    "B."'), each quoted part without the narration between them ("10-36;67-92");
    read it with :func:`analysis.quotemarks.quote_parts` (empty: the content is one
    part).
    """

    content: str
    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_role: str | None = None
    sentence: int | None = None
    parts: str = ""


@dataclass(frozen=True)
class Keyword:
    """A ranked keyword or keyphrase with its score and frequency."""

    rank: int
    keyword: str
    score: float
    count: int
    method: str


@dataclass(frozen=True)
class SentimentScore:
    """VADER-style polarity scores: ``compound`` in [-1, 1]; ``pos + neu + neg == 1``."""

    compound: float
    pos: float
    neu: float
    neg: float


@dataclass(frozen=True)
class SentenceSentiment:
    """Sentiment of one sentence, with its offsets."""

    sentence: int
    start: int
    end: int
    text: str
    score: SentimentScore


@dataclass(frozen=True)
class DocumentSentiment:
    """A document's sentiment aggregated over its sentences (length-weighted).

    ``compound``/``pos``/``neu``/``neg`` are means of the sentence scores weighted by
    each sentence's word count; ``std`` is the weighted standard deviation of the
    sentence compounds; ``positive``/``negative`` are the shares of sentences with
    compound >= 0.05 / <= -0.05; ``drivers`` are the indices of the sentences that
    moved the score most (largest weighted contribution in its direction first).
    """

    method: str
    compound: float
    pos: float
    neu: float
    neg: float
    std: float
    sentences: int
    words: int
    positive: float
    negative: float
    drivers: tuple[int, ...]


@dataclass(frozen=True)
class GroupSentiment:
    """Sentiment of a group of text segments: a voice ("narration", "quoted"), a
    speaker, or an actor. Aggregated like :class:`DocumentSentiment`."""

    kind: Literal["voice", "speaker", "actor"]
    name: str
    compound: float
    std: float
    segments: int
    words: int
    positive: float
    negative: float


@dataclass(frozen=True)
class Evaluation:
    """An evaluative word and the target it is attributed to (:mod:`analysis.targets`).

    ``valence`` is the word's contribution to its sentence's news score; ``target``
    the actor's canonical name or the term lower-cased; ``target_start``/``_end``
    and ``clause_start``/``_end`` are offsets of the target as written and of the
    clause holding both, ``clause_words`` the clause's words; ``speaker`` is whose
    quote holds the word (``None``: the narration).
    """

    sentence: int
    word: str
    start: int
    end: int
    valence: float
    target: str
    target_kind: Literal["actor", "term"]
    target_text: str
    target_start: int
    target_end: int
    clause_start: int
    clause_end: int
    clause_words: int
    speaker: str | None = None


@dataclass(frozen=True)
class TargetSentiment:
    """Sentiment toward one target over the clauses that evaluate it: the mean of
    per-clause scores, how many clauses and words, how many clauses are positive and
    negative, and the clause that drove the score (offsets and text). ``speaker``:
    whose words these are, when grouped by speaker (``None``: the narration)."""

    name: str
    kind: Literal["actor", "term"]
    compound: float
    clauses: int
    evaluations: int
    positive: int
    negative: int
    driver_start: int
    driver_end: int
    driver: str
    speaker: str | None = None


def build(cls: type[_T], fields: dict[str, object]) -> _T:
    """An instance of a frozen dataclass without slots (:class:`Mention`,
    :class:`Quote`, :class:`SentenceStats`, ...) holding ``fields``: every field,
    in declaration order, values already of the declared types (nothing is checked).

    Equal to ``cls(**fields)``, without the generated ``__init__``, which sets each
    field through ``object.__setattr__`` (a third of the cost for the results made
    once per mention, quote or sentence).
    """
    obj = object.__new__(cls)
    obj.__dict__.update(fields)  # (faster than replacing the instance's __dict__)
    return obj
