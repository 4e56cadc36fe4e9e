"""Verb cues: the attribution around one speech verb of a sentence.

:func:`attribute` reads a sentence's tokens around a cue candidate (a verb from
:mod:`analysis.cues`, "according to", a noun cue of :mod:`analysis.nouncues`) and
returns a :class:`~analysis.clauses.Raw` attribution: character ranges for content,
cue and speaker mention, resolved later by :mod:`analysis.coreference`. The sentence
loop that calls it is :func:`analysis.attribution.sentence_attributions`; the cues
said not to have been said ("He did not say", "Nobody said") are read by
:mod:`analysis.denials`.

References:
    Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC; Newell,
    Margolin & Ruths (2018), "An Attribution Relations Corpus for Political News",
    LREC.
"""

from __future__ import annotations

from analysis.addressees import skip_addressee
from analysis.clauseguards import (
    adjunct,
    aside_end,
    asks_whether,
    dash,
    declined_fall,
    inverted_close,
    is_clause,
    lead_adjunct,
    no_content,
    role_before,
    role_opening,
)
from analysis.clauses import (
    ADDRESSEE,
    AND_SAID,
    CONTINUATIONS,
    NP_SENSES,
    Raw,
    SentenceView,
    claimed_thing,
    content_between,
    continuation_at,
    coordinate_verb,
    expand_to_quotes,
    first_comma,
    is_past,
    list_tail,
    other_voice,
    skip_that,
)
from analysis.coordination import (
    OBJECT_PRONOUNS,
    coordinated_subject,
    finite,
    main_clause,
    second_content,
)
from analysis.cues import NEEDS_PARTICLE, PARTICLES, lexicon
from analysis.denials import denied as _denied
from analysis.denials import no_before as _no_before
from analysis.denials import nobody as _nobody
from analysis.denials import refusal as _refusal
from analysis.denials import refusal_end as _refusal_end
from analysis.denials import refuser as _refuser
from analysis.denials import unsaid as _unsaid
from analysis.nouncues import NOUN_CUES, non_cue, noun_cue, poll_cue
from analysis.sources import appositive_speaker as _appositive_speaker
from analysis.sources import dateline_end as _dateline_end
from analysis.sources import final_attribution as _final_attribution
from analysis.sources import named_subject as _named_subject
from analysis.sources import plain_verb as _plain_verb
from analysis.sources import short_tail as _short_tail
from analysis.sources import span as _span
from analysis.sources import subject as _subject
from analysis.speakers import (
    PRONOUNS,
    is_named_phrase,
    is_weak_phrase,
    modified_start,
    negated_cue,
    phrase_after,
    phrase_before,
)
from analysis.timewords import after_time as _after_time
from analysis.timewords import time_subject as _time_subject

_CONJUNCTIONS = frozenset("but and yet whereas".split())
_NOUN_DETERMINERS = frozenset("the a an his its their our my your".split())
#: Head nouns of documents and polls that "show" or "found" something without "that".
_DOCUMENT_HEADS = frozenset(
    """poll polls survey surveys records record data report reports filings filing documents
    document study studies analysis review investigation audit research statistics figures
    numbers results findings estimates count emails email inquiry probe polling""".split()
)
_RELATIVES = frozenset({"who", "which"})
_OPINION = frozenset("think believe fear worry".split())
_PASSIVE = frozenset("when was were being been is are if after once".split())
#: Forms of "be" before which "asking" is progressive ("Police are asking ..."), no passive.
_BE = frozenset("is are was were been".split())
_QUESTION_WORDS = frozenset("whether if what who whom which why how when where".split())
#: Finite auxiliaries that show a clause after a noun phrase ("said the storm was").
_FINITE = frozenset(
    "is are was were will would has have had can could should may might must".split()
)


#: Question words that, alone after a cue, report nothing ("did not say when").
_BARE_WH = frozenset("when why how whether what where who which".split())
#: Participles that open an aside after "<speaker> said," and end the content: '"...,"
#: an official said, speaking on condition of anonymity'.
_ASIDES = frozenset("speaking declining asking requesting referring citing".split())
#: Conjunctions that open an adverbial clause, no content of a noun or belief cue.
_SUBORDINATORS = frozenset("as because after before when while since until amid".split())
#: Conjunctions that open a subordinate clause before its subject ("While Ramos said
#: that ..., he ..."): the content ends at the clause's comma.
_CLAUSE_OPENERS = frozenset(
    "while whereas although though if unless because since when after before once".split()
)


def attribute(s: SentenceView, i: int, lo: int, last: Raw | None) -> tuple[Raw | None, int]:
    """An attribution around the cue candidate ``toks[i]``, and where to go on."""
    toks, n = s.toks, len(s.toks)
    w = s.text(i)
    sent = s.sent.index
    if w == "according" and i + 1 < n and s.text(i + 1) == "to":
        # the source runs to the next comma: "according to a count by The Associated Press"
        end = first_comma(s, i + 2, n)
        while end > i + 2 and toks[end - 1].kind == "punct" and not s.is_mark(end - 1):
            end -= 1
        if end <= i + 2:
            return None, i + 1
        source = phrase_after(toks, i + 2, end) or (i + 2, min(end, i + 14))
        cue = (toks[i].start, toks[i + 1].end)
        # the whole clause before, even when another cue in it was read already
        ahead = content_between(
            s, _dateline_end(s, 0, i), i - 1 if i > 0 and s.text(i - 1) == "," else i
        )  # ("PARIS (AP) — ", "9:05 a.m. ET: ": no content)
        behind = content_between(s, end + 1, n) if end < n and s.text(end) == "," else None
        words_ahead = len([t for t in toks[0:i] if t.kind == "word"])
        found = behind if behind is not None and words_ahead <= 3 else ahead
        if found is None:
            return None, i + 1
        return Raw(*expand_to_quotes(s, *found), cue, _span(toks, source), sent), n
    if w.lower() == "in" and i + 2 < n:
        polled = poll_cue(s, i, lo)
        if polled is not None:
            return polled
    if i > lo and _no_before(s, i, lo):
        return None, i + 1  # "He made no claim that ...", "issued no formal warning"
    if w in NOUN_CUES and i > lo and i + 1 < n:
        noun = noun_cue(s, i, lo)
        if noun is not None:
            return noun
    entry = lexicon().get(w)
    if entry is None:
        return _colon_verb(s, i, lo)
    lemma, cls = entry.lemma, entry.cls
    if w == lemma and asks_whether(s, i):
        return None, i + 1  # "Will Smith say anything?", "Did the senator deny it?"
    if lemma == "decline" and declined_fall(s, i):
        return None, i + 1  # "Sales declined 5 percent": a fall, no refusal
    final = _final_attribution(s, i)
    if final is not None and not (cls == "say" and _plain_verb(w) and _named_subject(s, i, lo)):
        return None, i + 1  # "China firmly supports ..., Xi said.": Xi's words
    if i > lo and s.text(i - 1).lower() in _NOUN_DETERMINERS:
        return None, i + 1  # "the plan", "a report": a noun, not a cue
    if i > lo and (negated_cue(toks, i, lo) or _unsaid(s, i, lo)):
        # "He didn't suggest retaliation", "stopped short of saying": no attribution,
        # and a quotation beside the cue is no one's ('"We will win," he did not say');
        # a refusal's clause holds nothing reported ("declined to say who he plans to")
        return _denied(s, i, lo), _refusal_end(s, i + 1, n) if _refusal(s, i, lo) else i + 1
    if i > lo and s.text(i - 1).lower() in ("has", "have", "had") and w in (lemma, lemma + "s"):
        return None, i + 1  # "has support from", "have plans": a noun after "have"
    cue_end = i + 1
    if lemma in PARTICLES and cue_end < n and s.text(cue_end) in PARTICLES[lemma]:
        cue_end += 1
    elif lemma in NEEDS_PARTICLE:
        return None, i + 1
    cue = (toks[i].start, toks[cue_end - 1].end)
    prev = s.text(i - 1) if i > lo else ""
    passive = prev.lower() in _PASSIVE and not (w.endswith("ing") and prev.lower() in _BE)
    if lemma == "ask" and (i == lo or passive) and cue_end < n:
        # a reported question with no asker named: "Asked whether he would ..., Trump
        # said"; "he was asked what happened" ("Asked about the race," is no question)
        if cue_end == i + 1 and s.text(cue_end).lower() in _QUESTION_WORDS:
            stop = first_comma(s, cue_end, n)
            rng = content_between(s, cue_end, stop)
            if rng is not None and stop - cue_end >= 2:
                # the clause after the comma opens afresh: "..., Tom Lane said ..."
                return Raw(*expand_to_quotes(s, *rng), cue, None, sent), min(stop + 1, n)
        return None, i + 1
    c0, intro = skip_that(s, cue_end, lemma, cls)
    opened = c0  # (where the content would open but for an aside)
    if not intro and c0 < n and dash(s, c0):
        aside = aside_end(s, c0)
        if aside is not None:
            # "The president said — without offering evidence — that the election was
            # rigged": the aside between dashes is no content
            c0, intro = skip_that(s, aside, lemma, cls)
    # a continuation: ", adding that ..." keeps the last speaker (also after a
    # quotation's closing mark: '... this race," adding that ...')
    comma = prev == "," or (i >= 2 and s.is_mark(i - 1) and s.text(i - 2) == ",")
    coordinated = prev in ("and", "but") and (is_past(w) or w in AND_SAID) and cls == "say"
    if last is not None and (
        (comma and w in CONTINUATIONS)
        or (coordinated and (s.text(c0 - 1) == "that" or w in AND_SAID))
    ):
        stop = continuation_at(s, c0 + 1, n)
        rng = content_between(s, c0, stop)
        if rng is None or stop - c0 < 3:  # ", telling CNN." names an addressee only
            return None, i + 1
        if not intro and claimed_thing(s, lemma, rng):
            return None, i + 1  # ", claiming victory": a thing won, not speech
        if not intro and lemma in NP_SENSES and not is_clause(s, rng):
            return None, i + 1  # "thanked fans and added a new game": no speech
        return Raw(*expand_to_quotes(s, *rng), cue, None, sent, inherit=last), stop
    if last is None and comma and w in CONTINUATIONS and i > lo + 2:
        # "Clinton attacked Trump, saying he would ...": the clause's subject speaks
        subject = _subject(s, lo, i)
        stop = continuation_at(s, c0 + 1, n)
        rng = content_between(s, c0, stop)
        if subject is not None and rng is not None and stop - c0 >= 3:
            if not intro and claimed_thing(s, lemma, rng):
                return None, i + 1  # "Kasich spoke, claiming victory": nothing said
            return Raw(*expand_to_quotes(s, *rng), cue, _span(toks, subject), sent), stop
    if last is None and coordinated and w in AND_SAID and (sp0 := _refuser(s, lo, i - 1)):
        # "declined to say how much it paid, but said ...": the refusal's subject speaks
        stop = continuation_at(s, c0 + 1, n)
        rng = content_between(s, c0, stop)
        if rng is not None and stop - c0 >= 3:
            return Raw(*expand_to_quotes(s, *rng), cue, _span(toks, sp0), sent), stop
    if prev in ("and", "but") and cls in ("say", "object") and finite(w, lemma):
        # a second verb of the subject: "Sanders claimed momentum and argued he is
        # ...", "The mayor cut the budget and said taxes would fall"
        if last is not None and i == lo + 1:
            # the content before ended at this conjunction (continuation_at): the
            # same speaker goes on
            second = second_content(s, c0, n, lemma, cls, intro)
            if second is None:
                return None, i + 1
            return Raw(*expand_to_quotes(s, *second[0]), cue, None, sent, inherit=last), second[1]
        subject = coordinated_subject(s, lo, i - 1) if last is None else None
        if subject is not None:
            second = second_content(s, c0, n, lemma, cls, intro)
            if second is None:
                return None, i + 1
            return Raw(*expand_to_quotes(s, *second[0]), cue, _span(toks, subject), sent), second[1]
    if i == lo and w.endswith("ing"):
        return None, i + 1  # "Citing ..., Xi stressed": an introductory participle
    sp = phrase_before(toks, i, lo)
    if sp is not None and _nobody(s, sp, lo):
        return None, i + 1  # "Nobody said ...", "None of the officials said ..."
    if (
        lemma == "call"
        and w == "called"
        and sp is not None
        and s.text(sp[0]).lower() in ("a", "an")
    ):
        return None, i + 1  # "A small group called Youth Radio": naming, not speech
    document = sp is not None and s.text(sp[1] - 1).lower() in _DOCUMENT_HEADS
    named = sp is not None and is_named_phrase(toks[sp[0] : sp[1]])
    if lemma in _OPINION and sp is not None and is_weak_phrase(toks[sp[0] : sp[1]]):
        named = True  # "many economists believe", "his advisers think"
    if sp is not None and s.text(sp[0]) in _RELATIVES and sp[0] > 0:
        named = True  # "Sanders, who opposes the deal", "voters who want ...": a relative
    if sp is not None and not document and not named and not _plain_verb(w):
        sp = None  # "the international order": a noun, not a cue
    if cls == "belief" and sp is None and i > lo and dash(s, i - 1):
        # "Soren - who produced both films - reckons ...": a name before the dashes
        sp = _appositive_speaker(s, i, lo)
        named = sp is not None
    if cls == "belief" and (sp is None or not named):
        return None, i + 1
    if sp is None:
        sp = _appositive_speaker(s, i, 0)  # the subject may precede an earlier clause
        if sp is not None and s.text(sp[1]) == "," and is_named_phrase(toks[sp[0] : sp[1]]):
            sp = role_before(s, sp, lo)  # '"...," Air France's spokesman, Jean Dupont, said'
    if sp is not None and named:
        sp = role_before(s, sp, lo)  # "..., spokesman Ben Padovan said"
    if sp is not None and (named or document) and _ends_sentence(s, cue_end, lemma):
        sp = (modified_start(toks, sp[0], lo), sp[1])  # "..., campaign officials said."
    if sp is None and i > lo + 1 and prev in ("and", "but"):
        # "Sanders, who endorsed Canova and said he would ...": the clause's subject
        subject = phrase_after(toks, lo, i - 1)
        if subject is not None and is_named_phrase(toks[subject[0] : subject[1]]):
            sp = subject
    if sp is None and cls == "say" and i > lo + 2 and s.text(i - 1) not in (",", "to"):
        # "Friends of Mr. Clinton's who have seen him ... say that ...": a long subject
        _, intro_try = skip_that(s, cue_end, lemma, cls)
        subject = phrase_after(toks, lo, i)
        if (
            intro_try
            and subject is not None
            and subject[0] == lo
            and not any(t.text == "," for t in toks[lo:i])
            and is_named_phrase(toks[subject[0] : subject[1]])
        ):
            sp = subject
    if sp is not None and named and cls == "say" and _as_clause(s, sp[0], lo):
        # "As Clyburn noted, those voters will ...": the main clause after the comma
        as_comma = next((k for k in range(cue_end, min(n, cue_end + 5)) if s.text(k) == ","), n)
        between = [t for t in toks[cue_end:as_comma] if t.kind != "punct"]
        if as_comma < n and (not between or adjunct(between)):
            stop = continuation_at(s, as_comma + 1, n)
            rng = content_between(s, as_comma + 1, stop)
            if rng is not None and stop - as_comma > 3 and is_clause(s, rng):
                return _raw(s, rng, cue, _span(toks, sp), sent), stop
    after_comma = prev == "," or (i > lo and s.is_mark(i - 1))
    inv = phrase_after(toks, cue_end, n) if after_comma and cls == "say" else None
    if inv is not None and s.text(inv[0]) in PRONOUNS and inv[1] < n and toks[inv[1]].is_word:
        inv = None  # "..., said he would ...": the pronoun begins the content
    if inv is not None and inv[1] < n and s.text(inv[1]) in _FINITE:
        inv = None  # "Houston, Texas, said the storm was over": a subject, no speaker
    remainder = [t for t in toks[c0:n] if t.kind != "punct"]
    tail = bool(remainder) and (intro or s.text(c0) != ",")
    before_ok = (
        (cls == "say" or (document and cls == "weak"))
        and sp is not None
        and sp[0] > lo
        and s.text(sp[0]) not in _RELATIVES
        and (s.text(sp[0] - 1) == "," or s.is_mark(sp[0] - 1))
    )
    if before_ok and tail and not s.is_mark(sp[0] - 1) and lead_adjunct(s, lo, sp[0] - 1):  # type: ignore[index]
        before_ok = False  # "In a statement, the ministry said ...": the content follows
    dashed = before_ok and tail and (c0 != opened or (not intro and c0 < n and dash(s, c0)))
    if dashed:
        tail = False  # "..., a judge said — the longest sentence this year": an aside
    if before_ok and tail and role_opening(s, lo, sp):  # type: ignore[arg-type]
        before_ok = False  # "Her father, John Smith, said he was proud": a role, no content
    if before_ok and tail and s.is_mark(sp[0] - 1):  # type: ignore[index]
        # 'On Fox News' “Sunday Morning Futures,” Issa said ...': a title inside the
        # clause, not a quotation opening it, is no content
        title = s.quote_at(toks[sp[0] - 1].start)  # type: ignore[index]
        if title is not None and title.start > toks[lo].start + 1 and len(remainder) > 4:
            before_ok = False
    if before_ok and tail and s.is_mark(sp[0] - 1) and s.text(c0 - 1) != "that":  # type: ignore[index]
        # '"...," Fiorina told "Fox and Friends," ...': the quotation before is the content
        tail = False
    if before_ok and tail and not intro:
        # "'...,' Clinton said during a speech": a short adjunct, not content
        j = skip_addressee(s, cue_end) if lemma in ADDRESSEE and cls == "say" else c0
        rest = [t for t in toks[j:n] if t.kind != "punct"]
        # "'...,' he told reporters on Monday" vs "..., he told reporters this was ...";
        # "Sales fell, analysts say the market is weak": a short clause, no adjunct
        short = len(rest) <= 4 and not (
            j < n
            and toks[j].kind == "word"  # (not '"A", Smith told reporters, "B."')
            and not s.is_mark(sp[0] - 1)  # type: ignore[index]
            and is_clause(s, (toks[j].start, toks[n - 1].end))
        )
        if j != c0:
            short = short or adjunct(rest)
        if adjunct(remainder) or short:
            tail = False
    if tail and not intro and adjunct(remainder) and s.text(c0) not in ("to", "of", "at", "about"):
        # "said Tuesday he would ...": the content starts after a short time adjunct;
        # "said in a statement." has none
        k = next(
            (k for k, t in enumerate(remainder[:4]) if t.text.lower() in PRONOUNS),
            None,
        )
        quoted = any(s.is_mark(j) for j in range(c0, n))
        after_time = _after_time(s, c0, n)
        if _time_subject(s, c0, n):
            pass  # "said Friday would be his last day": the time word is the subject
        elif k is not None and k > 0:
            c0 = toks.index(remainder[k], c0)
        elif after_time is not None:
            c0 = after_time  # "said Tuesday the plan had failed", "agreed on Thursday to"
        elif len(remainder) <= 8 and not quoted:
            tail = False
    if sp is not None and tail and (cls != "weak" or intro or document) and inverted_close(s, c0):
        return None, i + 1  # 'X wrote "..." online, said analyst Omar Khalid': his words
    if sp is not None and tail and (cls != "weak" or intro or document):
        # <speaker> <cue> (that) <content>
        if (
            cls != "say"
            and not intro
            and s.text(c0).lower() in _SUBORDINATORS
            and s.doc.paragraphs[s.sent.paragraph].kind == "headline"
        ):
            # "Democrats unveil plan as deadline nears": a headline drops the article
            # that makes "plan" a noun; no content ("what he sees as ...": one)
            return None, i + 1
        if lemma in ADDRESSEE and not intro:
            # "told reporters (that) ..."; "thanked China for ...": the party thanked stays
            c0 = skip_addressee(s, cue_end) if cls == "say" else cue_end
            aside = aside_end(s, c0) if cls == "say" and c0 < n and dash(s, c0) else None
            if aside is not None:
                c0 = skip_that(s, aside, lemma, cls)[0]  # "told reporters — ... — that"
        stop = continuation_at(s, c0, n)
        if not intro and is_past(w):
            stop = coordinate_verb(s, c0, stop)  # "vowed not to ... and established ..."
        if final is not None:
            stop = min(stop, final)  # "Xi said China would ..., Xinhua reported."
        if sp[0] > lo and s.lows[sp[0] - 1] in _CLAUSE_OPENERS:
            # "While Ramos said that journalists cannot ..., he appears uneasy": the
            # subordinate clause ends at its comma, and the main clause is no content
            stop = main_clause(s, c0, stop)
        clause = c0 - 1 == cue_end and s.text(cue_end) == "that"
        if (cls == "object" and not clause) or s.text(sp[0]) in _RELATIVES:
            # (after "that" a clause: "pointed out that China and France, as ..., shoulder")
            end = stop
            stop = first_comma(s, c0, stop)  # a noun phrase, or the end of a relative clause
            if s.text(sp[0]) in _RELATIVES and sp[0] > 0 and dash(s, sp[0] - 1):
                # "Mary Jones — who has denied any wrongdoing — said ...": a dash ends it
                stop = next((j for j in range(c0 + 1, stop) if dash(s, j)), stop)
            if stop < end and list_tail(s, stop, end):
                stop = end  # "called for cooperation in aviation, energy and agriculture"
        rng = content_between(s, c0, stop)
        if rng is None or no_content(s, rng):
            return None, i + 1
        single = s.doc.text[rng[0] : rng[1]].split(None, 2)  # (its first words tell)
        if not intro and len(single) < 2 and (cls == "belief" or single[0] in _BARE_WH):
            # "Did you believe him?": a person believed; "It did not say when": no content
            return None, i + 1
        if not intro and len(single) == 1 and single[0].lower() in OBJECT_PRONOUNS:
            return None, i + 1  # "praised him", "slammed it": a person or thing, no content
        if toks[i].text == "think" and s.text(i + 1) in ("tank", "tanks"):
            return None, i + 1  # "a liberal think tank": a noun ("thinks tanks will": a cue)
        if not intro and non_cue(s, i, lo, lemma, cls, c0, sp):
            return None, i + 1  # "The McKinley plan is linear", "Toyota recalled 1 million cars"
        if lemma in NP_SENSES and not intro and not is_clause(s, rng):
            return None, i + 1  # "Warrick added 17 points": an object, not speech
        if not intro and claimed_thing(s, lemma, rng):
            return None, i + 1  # "The champion claimed victory": a thing won, not speech
        if lemma == "tell" and not intro and len(single) == 1 and not is_clause(s, rng):
            return None, i + 1  # "the budget tells a different story": no addressee
        return _raw(s, rng, cue, _span(toks, sp), sent), stop
    if cls != "say" and not (document and cls == "weak"):
        return None, i + 1
    # content before: "<content>, he said" / "<content>, said Xi"
    if final is not None:
        return None, i + 1  # (only "<speaker> <cue> <content>" nests in a final one)
    if (
        before_ok
        and sp is not None
        and cue_end + 1 == n
        and s.text(cue_end) == ":"
        and lead_adjunct(s, lo, sp[0] - 1)
    ):
        # "On Monday, the ministry said:" and the quotation follows: no content here
        return Raw(-1, -1, cue, _span(toks, sp), sent), n
    if before_ok and sp is not None:
        before, spk, after = sp[0], _span(toks, sp), cue_end
    elif inv is not None and i > lo and not (sp is not None and sp[0] == lo and prev == ","):
        # ("The spokesman, Tom Baker, said Tuesday.": Tom Baker, no inverted "Tuesday")
        before, spk, after = i, _span(toks, inv), inv[1]
    else:
        if (
            sp is not None
            and sp[0] == lo
            and cue_end < n
            and s.text(cue_end) == ":"
            and (cue_end + 1 >= n)
        ):
            # "He said:" and the quotation follows in the next sentence
            return Raw(-1, -1, cue, _span(toks, sp), sent), n
        return None, i + 1
    if before <= lo or not (s.text(before - 1) == "," or s.is_mark(before - 1)):
        return None, i + 1
    lo = _dateline_end(s, lo, before)  # "PARIS (AP) — Air France canceled ..., it said"
    if dashed:
        # "He was unimpressed - ''Born with a silver spoon,'' Mr. Elkins said - but ...":
        # the attribution is an aside between dashes; its content opens after the first
        lo = next((j + 1 for j in range(before - 2, lo - 1, -1) if dash(s, j)), lo)
    rng = content_between(s, lo, before)
    end_tok = after
    if (
        (sp is not None or (inv is not None and s.text(inv[0]) in PRONOUNS))
        and after < n - 1
        and s.text(after) == ","
        and s.text(after + 1) not in ("who", "which", "whose")
        and s.text(after + 1) not in CONTINUATIONS
        and s.text(after + 1) not in _CONJUNCTIONS
        # "..., experts say, including a plan ...": no aside when no comma closes it
        and (s.text(after + 1) != "including" or first_comma(s, after + 2, n) < n)
        # '"...," an official said, speaking on condition of anonymity': no parenthesis
        # (an aside set off by commas inside a clause, no quotation, is one: "The
        # plan, she said, referring to the budget, would fail.")
        and (
            s.text(after + 1) not in _ASIDES
            or (not s.is_mark(before - 1) and first_comma(s, after + 2, n) < n)
        )
        and not (s.is_mark(before - 1) and _other_voice(s, after + 1, n))
    ):
        # parenthetical: "China, he added, opposes ..."
        stop = continuation_at(s, after + 1, n)
        # ("Yet, Smith said, the plan would fail", "In Beijing, he said, the mood was
        # grim": a lead adjunct before is no content, the clause after the cue is)
        opening = rng is None or lead_adjunct(s, lo, before - 1)
        rng = content_between(s, after + 1 if opening else lo, stop)
        end_tok = stop
    if rng is None:
        return None, i + 1
    return _raw(s, rng, cue, spk, sent), max(end_tok, cue_end)


def _raw(
    s: SentenceView,
    rng: tuple[int, int],
    cue: tuple[int, int],
    speaker: tuple[int, int] | None,
    sent: int,
) -> Raw:
    """``Raw(*expand_to_quotes(s, *rng), cue, speaker, sent)`` without its star
    arguments (a generic call, compiled)."""
    a, b = expand_to_quotes(s, rng[0], rng[1])
    return Raw(a, b, cue, speaker, sent)


def _as_clause(s: SentenceView, a: int, lo: int) -> bool:
    """Whether the speaker phrase at ``a`` follows an "as" opening its clause ("As
    Clyburn noted, ...", "But as a reporter noted, ..."; not "such as", "as well as",
    nor an aside: "The plan, as officials said, is costly")."""
    if a - 1 < lo or s.lows[a - 1] != "as":
        return False
    k = a - 2  # (the clause's first word, or after a conjunction opening it)
    return k < lo or (k == lo and s.lows[k] in ("but", "and", "yet", "so"))


def _ends_sentence(s: SentenceView, j: int, lemma: str) -> bool:
    """Whether a cue ending before token ``j`` ends its sentence, but for a short
    adjunct or addressee and no comma ("..., officials said on Monday.", "...,
    union officials told POLITICO."), or an aside before a comma: where a speaker
    after a comma may own the clause before it."""
    toks = s.toks
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].kind == "word":
        # "The plan, campaign officials said, would fail": an aside; not before a
        # participle ("..., former Gov. Mike Huckabee agreed, praising ...")
        return not toks[j + 1].text.endswith("ing")
    rest = [t for t in toks[j:] if t.kind != "punct"]
    return not any(t.text == "," for t in toks[j:]) and _short_tail(rest, lemma)


def _other_voice(s: SentenceView, j: int, n: int) -> bool:
    """Whether the narration from token ``j`` to the next quotation in the sentence
    reports another voice (:func:`analysis.clauses.other_voice`): the quotation after
    it is not the rest of the one before ('"A," Smith said, before Jones interrupted:
    "B."'; not '"A," Smith said to Jones, "B."')."""
    k = j
    while k < n and s.quote_at(s.toks[k].start) is None:
        k += 1
    words = [t.text for t in s.toks[j:k] if t.kind in ("word", "number")]
    # no quotation after: only a named voice's own cue ('..., before Jones replied that')
    return other_voice(words, same_sentence=k < n)


def _colon_verb(s: SentenceView, i: int, lo: int) -> tuple[Raw | None, int]:
    """Any past-tense verb between a named speaker and a colon before a quotation:
    "he demurred: “...”", "Trump quipped: “...”" (verbs the lexicon lacks)."""
    toks, n = s.toks, len(s.toks)
    w = s.text(i)
    if not (w.endswith("ed") and i + 2 < n and s.text(i + 1) == ":" and s.is_mark(i + 2)):
        return None, i + 1
    sp = phrase_before(toks, i, lo)
    q = s.quote_at(toks[i + 2].start)
    if sp is None or q is None or not is_named_phrase(toks[sp[0] : sp[1]]):
        return None, i + 1
    cue = (toks[i].start, toks[i].end)
    return Raw(q.start, q.end, cue, _span(toks, sp), s.sent.index), n
