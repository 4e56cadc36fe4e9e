"""Sentence adverbs: the one list of words that open a sentence and link it to the
one before or say when it happens ("Meanwhile", "However", "Finally", "Yesterday").

Four tests share it, each adding its own documented extras, so that a word added
here reaches all of them:

- :func:`analysis.openers.plain_opener`: such a capital opening a sentence is no
  name's first word ("Meanwhile Harrington said"); extras "last", "next".
- :func:`analysis.clauseguards.lead_adjunct`: a short phrase it opens before the
  speaker only says when or how ("Meanwhile,", "Finally, Smith said"); extras are
  prepositions and participles of speaking or asking ("In a statement,",
  "Asked about it,").
- :mod:`analysis.speakerphrases`: alone, it is no one-word speaker ("Yet he is ...
  after saying"); extras are weekdays and "even", "whenever".
- :mod:`analysis.coreference`: capitalised before a name, it is no role
  ("Meanwhile Harrington said"); those that may open a programme's name ("Today show
  host") are listed there.

What belongs here: lower-case sentence adverbs and connectives that stand alone
before a comma or a clause. What does not: prepositions, participles, determiners
("last week"), weekdays and other nouns, conjunctions ("whenever") and focus
adverbs ("even"), which each user adds for itself; "-ly" adverbs in general, which
the users recognise by their ending (this list holds only the common ones).
"""

from __future__ import annotations

#: Sentence adverbs and connectives, lower-case: linking ones ("however",
#: "meanwhile", "finally") and ones of time ("today", "earlier", "recently").
SENTENCE_ADVERBS = frozenset(
    """meanwhile instead however yet still nevertheless nonetheless moreover furthermore
    indeed thus hence besides otherwise likewise similarly additionally also perhaps
    finally ultimately separately elsewhere overall again afterwards afterward
    today yesterday tonight earlier later now then currently recently
    previously""".split()
)
