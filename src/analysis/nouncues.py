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


_STOPWORDS = frozenset("the a an and or but of to in on at for with that this".split())
_MAIN_VERBS = frozenset("is was are were has have had drew sparked".split())


__all__ = ["NOUN_CUES", "POLL_WORDS", "noun_cue", "poll_cue"]
