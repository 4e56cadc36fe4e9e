"""Verbs of changing quantity in the news scorer (:mod:`analysis.newsvader`).

Whether a verb such as "declined", "rose" or "fell" reads as a change of quantity
from the words after it, and which words before it are the subject whose polarity
it decides ("Poverty declined" is good news, "Poverty increased" bad; Moilanen &
Pulman, 2007; Choi & Cardie, 2008): the subject's head, found back in its clause
across "of", auxiliaries and a prepositional phrase. Over one range of a prepared
token list's lower-cased words; :func:`analysis.newsvalence.word_valences` applies
the result. The references are the scorer's (see :mod:`analysis.newsvader`).
"""

from __future__ import annotations

from analysis.newslexicon import (
    BE_FORMS,
    CHANGE_AUX,
    CHANGE_BASES,
    CLAUSE_END_CHANGES,
    CLAUSE_PUNCT,
    CONNECTIVES,
    DETERMINERS,
    ENDINGS,
    HARMFUL_GOODS,
    IRREGULAR_PAST,
    MEASURE_HEADS,
    MODALS,
    MOVEMENTS,
    NEGATORS,
    QUANTITIES,
    QUANTITY_AFTER,
    QUANTITY_NEXT,
    QUANTITY_UP_GOOD,
    SUBJECT_BLOCK,
    SUBJECT_STOP,
    TO_QUANTITY,
)


def _number(w: str) -> bool:
    return w[:1].isdigit()


def _ends_clause(w: str) -> bool:
    return w in CLAUSE_PUNCT or w in CONNECTIVES


def is_change(low: list[str], is_word: list[bool], j: int, b: int) -> bool:
    """Whether the verb of changing quantity at ``j`` reads as one from what follows it:
    not "declined to comment" or "rose to power" ("to" before no quantity), and a verb
    that also names a movement ("fell", "dropped", "plunged") only before a number, a
    quantity word ("sharply", "by", "to 5 percent"), or the end of its clause for
    "eased", "cooled", "narrowed", "slowed" ("Bombs fell on the city", "Bombs fell."
    and "plunged the country into chaos" are no changes)."""
    nxt = low[j + 1] if j + 1 < b else "."
    if nxt == "to":
        after = low[j + 2] if j + 2 < b else ""
        return _number(after) or after in TO_QUANTITY
    if low[j] not in MOVEMENTS:
        return True
    if low[j] in ENDINGS:  # "The strike ended."; not "stopped by", "stopped fighting"
        return _ends_clause(nxt) or not is_word[j + 1]
    if _number(nxt) or nxt in QUANTITY_NEXT:
        return True
    return low[j] in CLAUSE_END_CHANGES and (_ends_clause(nxt) or not is_word[j + 1])


def quantity_change(low: list[str], is_word: list[bool], j: int, b: int) -> bool:
    """Whether the movement verb at ``j``, which :func:`is_change` did not read as a
    change, may still be one once its subject reads as a quantity
    (:func:`quantity_subject`): not a verb of ending ("stopped by") nor one before
    "to" ("fell to the rebels"), and only before the end of its clause or a time or
    place phrase ("fell in March", "fell in the city"; not "fell silent", "fell on a
    Sunday")."""
    nxt = low[j + 1] if j + 1 < b else "."
    if low[j] not in MOVEMENTS or low[j] in ENDINGS or nxt == "to":
        return False
    return _ends_clause(nxt) or not is_word[j + 1] or nxt in QUANTITY_AFTER


def heads_subject(low: list[str], is_word: list[bool], head: int, j: int, a: int) -> bool:
    """Whether the word at ``head`` heads the subject of the verb at ``j``: right
    before it (but for auxiliaries) or before a prepositional phrase ("Deaths from the
    virus declined", "Sales of new homes fell"), and after the clause's start, at most
    two modifiers and a determiner, or after "the number of" ("Jobs were lost as the
    economy shrank"; not "The number of people lifted out of poverty fell", "Police
    investigating the deaths fell silent")."""
    i = j - 1
    while i > head and (low[i] in CHANGE_AUX or low[i] in BE_FORMS or low[i] in MODALS):
        i -= 1  # "have been falling", "will fall", "is shrinking"
    nxt = low[head + 1]
    if i > head and not (nxt == "of" or (nxt in SUBJECT_BLOCK and nxt not in BE_FORMS)):
        return False
    i = head - 1
    while True:
        seen = 0
        while i >= a and seen < 2 and is_word[i] and not _opens_subject(low[i]):
            i -= 1
            seen += 1
        if i >= a and low[i] in DETERMINERS:
            i -= 1
        if i >= a + 1 and low[i] == "of" and low[i - 1] in MEASURE_HEADS:
            i -= 2  # "the number of murders": the measure's own start
            continue
        return i < a or not is_word[i] or _ends_clause(low[i]) or low[i] in SUBJECT_STOP


def quantity_subject(low: list[str], is_word: list[bool], head: int, j: int, a: int) -> bool:
    """Whether the subject whose head is at ``head`` names a quantity, so that the
    movement verb at ``j`` after it is a change ("Unemployment fell.",
    "Homelessness fell in the city", "The number of murders fell", "Cancer survival
    rates fell"; not "Bombs fell on the city"): a listed quantity as its head
    (:func:`heads_subject`), a measure noun counting it ("the number of murders"), or
    one right before the verb."""
    if low[head] in QUANTITIES and heads_subject(low, is_word, head, j, a):
        return True
    if head - 2 >= a and low[head - 1] == "of" and low[head - 2] in MEASURE_HEADS:
        return True
    i = j - 1
    while i > a and low[i] in CHANGE_AUX:
        i -= 1
    return i >= a and low[i] in MEASURE_HEADS


def change_subject(
    low: list[str], is_word: list[bool], j: int, a: int, lex: dict[str, float]
) -> list[int]:
    """The tokens before the change verb at ``j`` whose polarity it decides: the
    subject's head (:func:`subject_head`), found up to six words back in the clause,
    across "of" ("the number of deaths")
    and auxiliaries ("has fallen", "is falling", "will fall"); none for a form that
    may be a noun ("a remarkable increase", "rises"), nor when a preposition or a form of "be" comes
    first (the nearest nouns are then an object: "Support for the war fell"; "were
    dropped" is passive) or a negator (the change is denied: "did not fall")."""
    found: list[int] = []
    i = j - 1
    verb = low[j]
    before = low[i] if i >= a else ""
    if verb.endswith("ing"):
        if before not in BE_FORMS:
            return []  # "rising unemployment", "amid falling prices"
        i -= 1
    elif not (verb.endswith("ed") or verb in IRREGULAR_PAST):
        if verb not in CHANGE_BASES or before not in MODALS:
            return []  # "a sharp increase", "the rise of", "declines": may be nouns
        i -= 1
    if i > a and low[i].endswith("ly") and low[i - 1] in CHANGE_AUX:
        i -= 1  # "has generally stopped"
    while i >= a and low[i] in CHANGE_AUX:
        i -= 1
    if i >= a and low[i] in DETERMINERS:
        return []  # "his diminished legacy": an adjective
    # Six words are read for a preposition that makes them its object ("the share
    # doled out to Republican House challengers declined"); the head is among them.
    seen = 0
    while i >= a and seen < 6:
        w = low[i]
        if not is_word[i]:
            if _ends_clause(w):
                break
            i -= 1
            continue
        if w in SUBJECT_BLOCK or w in NEGATORS or w.endswith("n't"):
            # a prepositional phrase in the subject, not "to" (an infinitive's mark)
            if found and seen < 4 and w in SUBJECT_BLOCK and w not in BE_FORMS and w != "to":
                return _modified_subject(low, is_word, i, a, lex)
            return []
        if w in SUBJECT_STOP or _ends_clause(w):
            break
        found.append(i)
        seen += 1
        i -= 1
    return subject_head(low, found, lex)


def _modified_subject(
    low: list[str], is_word: list[bool], p: int, a: int, lex: dict[str, float]
) -> list[int]:
    """The head of a subject with a prepositional phrase at ``p`` ("Poverty in rural
    areas declined", "Deaths from the virus declined"): the word right before the
    preposition, which must read as a noun in the same clause (no verb form in
    "-ed": "warned in March growth slowed" turns nothing); the phrase's own words
    keep their polarity ("virus"). None when the preposition opens the clause ("In
    the city crime fell": the subject is unsure)."""
    k = p - 1
    if k < a or not is_word[k]:
        return []
    w = low[k]
    verb = k > a and (low[k - 1] == "to" or low[k - 1] in MODALS)  # "to blame for"
    if (
        verb
        or w in SUBJECT_BLOCK
        or w in SUBJECT_STOP
        or w in NEGATORS
        or w in CHANGE_AUX
        or w in MODALS
        or w.endswith(("ed", "n't"))
        or _ends_clause(w)
    ):
        return []
    found = [k]
    i = k - 1
    while i >= a and len(found) < 4:
        w = low[i]
        if not is_word[i] or w in SUBJECT_BLOCK or w in SUBJECT_STOP or w in NEGATORS:
            break
        found.append(i)
        i -= 1
    return subject_head(low, found, lex)


def subject_head(low: list[str], found: list[int], lex: dict[str, float]) -> list[int]:
    """The scored words of ``found`` (a subject's last words, nearest the verb first)
    whose polarity the change verb decides: the head noun, and a word modifying it
    directly only when it agrees with a scored head ("Violent crime fell"); a
    modifier keeps its own polarity otherwise ("Cancer survival rates fell"), and a
    possessor always ("The wounded soldier's health declined"). The head is the word
    before the verb, or before "of" ("Fears of a recession eased": "fears"); a measure
    noun hands it on to the noun it measures, its modifier ("approval rating") or its
    "of" phrase, all of which names what is counted ("the number of homeless
    people"), and so does a head with no polarity ("any semblance of friendship")."""
    if not found:
        return []
    start = 0
    for n in (1, 2, 3):
        if n + 1 < len(found) and low[found[n]] == "of":
            owner = low[found[n + 1]]
            if owner in MEASURE_HEADS or lex.get(owner, 0.0) == 0.0:
                return [i for i in found[:n] if lex.get(low[i], 0.0) != 0.0]
            start = n + 1
            break
    nxt = start + 1
    if low[found[start]] in MEASURE_HEADS and nxt < len(found) and found[nxt] == found[start] - 1:
        start = nxt
    head = found[start]
    value = lex.get(low[head], 0.0)
    if value == 0.0:
        return []
    out = [head]
    prev = head
    for m in found[start + 1 : start + 3]:
        w = low[m]
        if m != prev - 1 or w in ("of", "the", "a", "an") or w.endswith(("'s", "\u2019s")):
            break
        if lex.get(w, 0.0) * value > 0.0:
            out.append(m)
        elif lex.get(w, 0.0) != 0.0:
            break
        prev = m
    return out


def harmful_measure(low: list[str], lex: dict[str, float], head: int, j: int, a: int) -> bool:
    """Whether the good-to-increase quantity at ``head`` measures something harmful, so
    that which way it moves is no plain good or bad news: a modifier before it or a noun
    of its "of" phrase before the verb at ``j`` that is listed in ``HARMFUL_GOODS`` or
    scored negative ("Opium production rose", "Heroin production fell", "Sales of
    cigarettes fell", "Earnings of the cartel rose")."""
    if low[head] not in QUANTITY_UP_GOOD:
        return False
    around = []
    for i in (head - 1, head - 2):
        if i < a or _opens_subject(low[i]):
            break
        around.append(i)
    if head + 1 < j and low[head + 1] == "of":
        around += range(head + 2, j)
    return any(low[i] in HARMFUL_GOODS or lex.get(low[i], 0.0) < 0.0 for i in around)


def _opens_subject(w: str) -> bool:
    """Whether ``w`` before a noun ends the run of its modifiers."""
    return (
        w == "of"
        or w in DETERMINERS
        or w in SUBJECT_BLOCK
        or w in SUBJECT_STOP
        or _ends_clause(w)
        or w.endswith(("ing", "ed"))
        or not w[:1].isalnum()
    )
