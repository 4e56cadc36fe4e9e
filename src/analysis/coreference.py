"""Coreference for speakers: a speaker mention -> a canonical speaker and role.

Names go through :func:`analysis.actors.find_mentions` (aliases merged: "Xi",
"President Xi" -> "Xi Jinping"); what names alone cannot resolve is handled here:

* pronouns (he, she, it, they) take the nearest compatible antecedent, searching
  the current sentence and then earlier sentences, the subject (first) person of
  each sentence first; gender comes from titles (Mr., Mrs., Queen), a list of
  common given names (``data/first_names_gender.txt``) and pronouns already
  resolved, so a "she" never lands on a man;
* nominals ("the president", "the ministry", "the two leaders") take the most
  recent actor whose role or name carries the head word; "the spokesman" takes the
  person named last when named with that title set off ("The spokesman for the
  government, Olivier Véran, said");
* "who" takes the name before it; names the actor finder missed are split into
  role and name ("Finance Minister Karl Berg") and merged with later surnames.

Genders come from :mod:`analysis.genders`, the nominals' rules from
:mod:`analysis.nominals`, the subjects "its", "his" and "they" reach from
:mod:`analysis.subjects`, and the lookups by offset from :mod:`analysis.mentionindex`.

This is the salience-ordered, agreement-filtered search of Lappin & Leass (1994,
"An algorithm for pronominal anaphora resolution", Computational Linguistics
20(4)) reduced to recency plus subject preference, as in the quote extractor of
the Gender Gap Tracker (Asr et al. 2021, "The Gender Gap Tracker", PLOS ONE 16(1)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.actornames import NATION_NOUNS as _NATION_NOUNS
from analysis.actornames import ROLE_NOUNS as _ROLE_NOUNS
from analysis.actornames import WORD_GIVEN_NAMES
from analysis.adverbs import SENTENCE_ADVERBS
from analysis.frequencies import zipf
from analysis.gazetteer import lookup
from analysis.genders import (
    appositive_title,
    gender_names,
    mention_gender,
    nominal_gender,
)
from analysis.genders import given_names as given_names
from analysis.mentionindex import MentionIndex
from analysis.namewords import HEADS, NOT_NAMES, ROLE_HEADS, ROLE_WORDS
from analysis.nominals import _HEAD_ENDS, _ORG_WORDS, _TITLE_HEADS, _Person, nominal
from analysis.nominals import speaks_for as speaks_for
from analysis.speakers import GROUP_NOUNS, GROUP_PLACES, PRONOUNS
from analysis.stoplist import stopwords
from analysis.subjects import subject_groups, subject_org, unknown_subject
from analysis.types import Document, Mention

#: Words before a name that are no role: determiners and courtesy titles ("The
#: Journal", "Ms. Smith", "Miss Van Outen").
_NOT_ROLE = frozenset("the a an mr mr. mrs mrs. ms ms. miss mx mx.".split())
#: Sentence adverbs that open a speaker phrase before a surname ("Meanwhile Harrington
#: said"): no role.
_ADVERBS = frozenset(w.capitalize() for w in SENTENCE_ADVERBS)
#: Of those, the ones that may open a programme's or a brand's name ("Today show
#: host", "Tonight Show host"): no role only when alone before the name ("Today Smith
#: said").
_NAME_ADVERBS = frozenset("Still Yet Again Today Yesterday Tonight Now Later".split())
#: The group nouns, lower-case and capitalised ("Researchers at Yale").
_GROUPS = GROUP_NOUNS | frozenset(w.capitalize() for w in GROUP_NOUNS)
#: Words that join two names in a speaker phrase ("Trump and Pence", "Trump with his
#: son Eric"): the first name is no modifier of the second.
_LINKS = frozenset(
    "and or nor with to for of by from whether that who whom which when as if than but".split()
)

_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: Nouns that a possessive pronoun ties to a person or organisation as a speaker
#: ("His campaign said" -> "Donald Trump's campaign", "Its spokesman said").
_POSSESSED_HEADS = frozenset(
    """campaign office spokesman spokeswoman spokesperson spokespeople lawyer lawyers
    attorney attorneys aide aides adviser advisers advisor advisors team family
    government ministry administration staff representative representatives executive
    leader leaders coach manager members""".split()
)


#: Endings of agent nouns ("Hacker", "Activist", "Comedian"), no given names of their own.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
#: Endings of adverbs, demonyms and role nouns that are no given names ("Similarly",
#: "Afterwards", "Scottish", "Chinese", "Businessman", "Heiress", "Socialite").
_NOT_GIVEN_ENDINGS = ("ly", "ward", "wards", "ish", "ese", "man", "men", "ess", "ite", "ic")
#: A word rarer than this in general English (Zipf) may be an unlisted given name
#: ("Tad" 3.5, "Ari" 3.5, "Morton" 3.6, "Manny" 3.5); a commoner one ("Meanwhile"
#: 4.5, "Veteran" 4.2, "Chef" 4.2, "Sheriff" 4.2) needs a given-name list.
_GIVEN_ZIPF = 3.7
#: Given names that are also common English words and on neither given-name list,
#: joined to the surname after them here; those of
#: :data:`analysis.actornames.WORD_GIVEN_NAMES` are joined (with evidence) by the
#: actor finder only, and are no role when left out ("Summer Brown said": "Brown").
_WORD_GIVEN_NAMES = frozenset(["Derek"])


@dataclass
class Resolver:
    """Resolves speaker mentions of one document to canonical speakers, in text order.

    Args:
        doc: The parsed document.
        mentions: Its named-actor mentions (:func:`analysis.actors.find_mentions`).
    """

    doc: Document
    mentions: tuple[Mention, ...]
    #: Quotation spans ``(start, end)`` in text order: a name quoted is no antecedent.
    quoted: Sequence[tuple[int, int]] = ()
    people: dict[str, _Person] = field(default_factory=dict)
    history: list[tuple[int, str, bool]] = field(default_factory=list)  # pos, canonical, plural
    aliases: dict[str, str] = field(default_factory=dict)  # "Jones" -> "Mary Jones"
    #: Where the mentions and sentences are, by character offset (built from the above).
    _lookup: MentionIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._lookup = MentionIndex(self.doc, self.mentions, self.quoted)
        names = gender_names()
        text = self.doc.text
        for m in self.mentions:
            if m.kind != "person":
                continue
            p = self.people.setdefault(m.canonical, _Person(m.canonical, None, m.role))
            if p.role is None and m.role:
                p.role = m.role
            if p.gender is None:
                p.gender = mention_gender(text, m, names)
            # (a title is set off by a comma after the name or before it: the
            # sentence's opening is looked up only then)
            if not (text.startswith(", ", m.end) or text.startswith(", ", m.start - 2)):
                continue
            opening = self.doc.sentences[self._lookup.sentence_of(m.start)].start
            title = appositive_title(text, m, opening, _TITLE_HEADS)
            if title is not None and title not in p.titles:
                p.titles.append(title)
                if p.gender is None and (g := nominal_gender(title)) in ("m", "f"):
                    p.gender = "m" if g == "m" else "f"  # "The spokeswoman ..., Pat Lee,"

    # -- helpers ---------------------------------------------------------------------

    def _speaker_in(self, lo: int, hi: int, gender: str) -> str | None:
        """The first person of a compatible gender already resolved as a speaker at
        a mention in ``[lo, hi)`` (``history`` is in text order)."""
        found: str | None = None
        for at, canonical, _plural in reversed(self.history):
            if at < lo:
                break
            p = self.people.get(canonical)
            if at < hi and p is not None and p.gender in (None, gender):
                found = canonical
        return found

    def _nominal_in(self, lo: int, hi: int, gender: str) -> bool:
        """Whether a new person named by a role only ("a police spokesman", "A city
        official"), of no other gender, spoke at a mention in ``[lo, hi)``: the
        nearer antecedent of a pronoun, which no earlier name may take ("A city
        official said ... He added": not the man named before). A definite one ("the
        Vermont senator", "the businessman") is mostly the person named before, and
        is passed over."""
        for at, canonical, plural in reversed(self.history):
            if at < lo:
                break
            words = canonical.lower().split()
            if at < hi and not plural and words[0] in ("a", "an") and canonical not in self.people:
                for w in words[1:6]:
                    if w in _HEAD_ENDS:
                        break  # "A spokeswoman for Google", not "the Office of the President"
                    if nominal_gender(w) in (gender, "?"):
                        return True
        return False

    def _antecedent(self, pos: int, gender: str) -> str | None:
        sent = self._lookup.sentence_of(pos)
        for index in range(sent, max(-1, sent - 4), -1):
            s = self.doc.sentences[index]
            hi = pos if index == sent else s.end
            # the speaker of an attribution in the sentence is its subject ("With the
            # films a hit in Stieg Larsson's Sweden, Soren hopes ...")
            speaker = self._speaker_in(s.start, hi, gender)
            if speaker is not None:
                return speaker
            if self._nominal_in(s.start, hi, gender):
                return None
            for m in self._lookup.window(s.start, hi):
                if m.kind != "person" or m.start < s.start or m.end > hi:
                    continue
                if self.quoted and self._lookup.in_quotation(m.start):
                    continue  # '"... The Stieg Larsson family is proud," he said
                name = self.aliases.get(m.canonical, m.canonical)
                p = self.people[name]
                if p.gender is None or p.gender == gender:
                    if p.gender is None:
                        p.gender = "m" if gender == "m" else "f"
                    return name
        for _, canonical, _plural in reversed(self.history):
            p2 = self.people.get(canonical)
            if p2 is not None and p2.gender in (None, gender):
                return canonical
        return None

    def _nominal(self, pos: int, words: list[str]) -> tuple[str | None, str | None]:
        return nominal(
            self._lookup, self.people, self.aliases, self.quoted, self.doc.text, pos, words
        )

    def _full_name(self, m: Mention, start: int) -> str:
        """The mention's canonical name, with a given name written just before it
        inside the speaker phrase ("Mary Jones" when only "Jones" was found)."""
        canonical = self.aliases.get(m.canonical, m.canonical)
        if m.kind != "person" or " " in canonical:
            return canonical
        before = self.doc.text[start : m.start].split()
        if before and (before[-1] in given_names() or self._opening_given(start, before)):
            full = f"{before[-1]} {canonical}"
            self.aliases[canonical] = full
            person = self.people.pop(canonical, None)
            if person is not None:
                person.canonical = full
                person.gender = person.gender or given_names().get(before[-1])
                self.people[full] = person
            return full
        return canonical

    def _opening_given(self, start: int, before: list[str]) -> bool:
        """Whether the one word ``before`` a surname in a speaker phrase opening a
        sentence is a given name the actor finder left out as a common word ("Rose
        Taylor said", "Faith Jones said"): capitalised, no title, role, organisation
        or place word, weekday or month, stopword or agent noun ("-er", "-ist")."""
        if len(before) != 1 or before[0] in WORD_GIVEN_NAMES:
            return False  # (the actor finder joins those with evidence)
        word = before[0]
        if not (len(word) > 2 and word.isalpha() and word[0].isupper() and word[1:].islower()):
            return False
        if self.doc.sentences[self._lookup.sentence_of(start)].start != start:
            return False
        if (
            word in ROLE_WORDS
            or word in ROLE_HEADS
            or word in HEADS
            or word in NOT_NAMES
            or word.lower() in stopwords()
            or word.endswith(_AGENT_ENDINGS)  # "Hacker Guccifer", "Activist Smith"
        ):
            return False
        # evidence that it is a given name: listed, or rare as an English word and no
        # adverb, demonym, place or role noun ("Meanwhile", "Scottish", "Sheriff" are not)
        if word in gender_names() or word in _WORD_GIVEN_NAMES:
            return True
        return (
            zipf(word.lower()) < _GIVEN_ZIPF
            and not word.endswith(_NOT_GIVEN_ENDINGS)
            and word not in _ROLE_NOUNS
            and lookup(word) is None
        )

    def _unlisted(self, text: str) -> tuple[str, str | None]:
        """A speaker phrase with no actor mention in it: a name the actor finder
        missed ("Finance Minister Karl Berg" -> "Karl Berg", role "Finance
        Minister"; "Berg" after "Karl Berg"), else the phrase as written."""
        parts = text.split()
        names = given_names()
        for k, word in enumerate(parts):
            if word in names and all(p[:1].isupper() for p in parts[k:]) and k + 1 < len(parts):
                name = " ".join(parts[k:])
                self.people.setdefault(
                    name, _Person(name, names[word], " ".join(parts[:k]) or None)
                )
                return name, " ".join(parts[:k]) or None
        if len(parts) == 1 and text[:1].isupper():
            for name in reversed(list(self.people)):
                if name.split()[-1] == text:
                    return name, self.people[name].role
        if len(text) > 1 and text.isupper():
            # a transcript's label in capitals: "ESPINOSA:", "PAUL RYAN:"
            for name in reversed(list(self.people)):
                if name.upper() == text or name.split()[-1].upper() == text:
                    return name, self.people[name].role
        return text, None

    def _possessed(self, start: int, words: list[str]) -> str | None:
        """Whose a possessive pronoun's nominal speaker is ("his campaign", "her
        office", "its spokesman", "his defense lawyers"): the person or organisation
        the pronoun stands for, or ``None`` when it is no such phrase or unresolved."""
        if not 2 <= len(words) <= 3 or words[0] not in ("his", "her", "its"):
            return None
        if words[-1] not in _POSSESSED_HEADS or not all(w.isalpha() for w in words):
            return None
        if words[0] == "its":
            return subject_org(self._lookup, start)
        if unknown_subject(self._lookup, start):
            return None
        return self._antecedent(start, "m" if words[0] == "his" else "f")

    def _named_head(self, found: Mention, end: int) -> Mention:
        """The person a speaker phrase ending at ``end`` names last, when only lower-case
        role words stand between ``found`` and that name ("Trump campaign spokesman
        Jason Miller", "Clinton's campaign manager Robby Mook": the spokesman and the
        manager, not Trump and Clinton); else ``found`` ("Jason Miller, Trump's
        spokesman"; "Hillary Clinton and Bill Clinton")."""
        text = self.doc.text
        for m in self._lookup.window(found.end, end):
            if m.kind != "person" or m.start < found.end or text[m.end : end].strip(" ,."):
                continue
            words = text[found.end : m.start].split()
            if words and words[0] in ("'s", "’s"):
                words.pop(0)
            if words and all(w.isalpha() and w.islower() and w not in _LINKS for w in words):
                return m
        return found

    def _owned_head(self, found: Mention, end: int) -> Mention:
        """The organisation a speaker phrase ending at ``end`` names after the country
        ``found`` and its possessive ("Britain's Treasury said": the Treasury, not the
        United Kingdom); else ``found``."""
        if self.doc.text[found.end : found.end + 3] not in ("'s ", "’s "):
            return found
        for m in self._lookup.window(found.end + 3, end):
            if m.start == found.end + 3 and m.end == end and m.kind == "organization":
                return m
        return found

    def _organization_like(self, name: str) -> bool:
        """Whether a resolved speaker ``name`` can be what "it" stands for: an
        organisation or a country the text names, a thing named by a noun ("the
        report", "the company") or someone's group ("Donald Trump's campaign"); not a
        person, nor a share of those polled ("63 percent", "Six in 10")."""
        if name in self.people or name[:1].isdigit():
            return False
        if name[:4].lower() == "the " or "'s " in name or "’s " in name:
            return True  # "the report"; "Donald Trump's campaign" (a group someone leads)
        return any(
            m.canonical == name and m.kind in ("organization", "country")
            for m in self._lookup.mentions
        )

    # -- public ------------------------------------------------------------------------

    def resolve(self, start: int, end: int) -> tuple[str | None, str | None]:
        """Canonical speaker and role for the mention ``text[start:end]``."""
        text = self.doc.text[start:end]
        words = text.lower().replace(".", " ").split()
        if len(words) == 1 and words[0] in _POSSESSIVES:
            words = [_POSSESSIVES[words[0]]]  # "his claim that ...": read as "he"
        canonical: str | None = None
        role: str | None = None
        plural = False
        if words in (["who"], ["which"]):
            sent = self.doc.sentences[self._lookup.sentence_of(start)]
            for m in reversed(self._lookup.window(sent.start, start)):
                if sent.start <= m.start and m.end <= start:
                    canonical = self._full_name(m, m.start)
                    role = m.role
                    break
            else:
                # no actor found: the capitalised words just before ", who"
                before = self.doc.text[sent.start : start].rstrip(" ,").split()
                parts: list[str] = []
                while before and before[-1][:1].isupper():
                    parts.insert(0, before.pop())
                canonical = " ".join(parts) or None
        elif (owner := self._possessed(start, words)) is not None:
            # "His campaign said": the campaign of the person "he" stands for
            mark = "'" if owner.endswith("s") else "'s"  # "United States' government"
            canonical = f"{owner}{mark} {' '.join(text.split()[1:])}"
            plural = words[-1].endswith("s")
        elif len(words) == 1 and words[0] in PRONOUNS:
            kind = PRONOUNS[words[0]]
            if kind in ("m", "f"):
                canonical = self._antecedent(start, kind)
            elif kind == "n":
                # "it": an organisation or a country named in this sentence or the one
                # before; further back "it" is mostly a thing ("The city sent a letter.
                # It says ..." is no country named paragraphs before)
                here = self._lookup.sentence_of(start)
                first = self.doc.sentences[max(0, here - 1)].start
                at = -1
                for m in self._lookup.before(start):
                    if m.start < first:
                        break
                    if m.kind in ("organization", "country"):
                        canonical, at = m.canonical, m.start
                        break
                # or the organisation that spoke there as "the company", "the ministry"
                for pos, name, was_plural in reversed(self.history):
                    if pos < max(first, at):
                        break
                    if pos < start and not was_plural and self._organization_like(name):
                        canonical = name
                        break
            elif kind == "p":
                # "Researchers at Yale found ... They said": the one group subject of
                # this sentence or the one before, else the last plural speaker
                groups = (
                    subject_groups(self._lookup, self.history, start) if words[0] == "they" else []
                )
                if groups is not None and len(groups) == 1:
                    canonical = groups[0]
                elif groups is not None and not groups:
                    for pos, name, was_plural in reversed(self.history):
                        if was_plural and pos < start:
                            canonical = name
                            break
                plural = True
        else:
            found = self._lookup.mention_in(start, end)
            if found is not None and found.kind == "person":
                found = self._named_head(found, end)
            elif found is not None and found.kind == "country" and found.end + 3 < end:
                found = self._owned_head(found, end)
            if (
                found is not None
                and found.kind == "country"
                and found.text != found.canonical
                and found.text.endswith("s")
                and found.end == end
            ):
                # "the millions of Americans": the people of a country, not its state
                found = None
                canonical = " ".join(w for w in text.split() if w.lower() not in ("the", "a"))
                plural = True
            elif (
                found is not None
                and (
                    found.kind in ("place", "country")
                    # "Researchers at Yale found": the researchers
                    or "".join(self.doc.text[start : found.start].split()[-2:-1]) in _GROUPS
                )
                and "".join(self.doc.text[start : found.start].split()[-1:]) in GROUP_PLACES
            ):
                # "one veteran teacher in Dayton": a nominal placed, not the place
                head = self.doc.text[start : found.start].split()[-2:-1]
                found = None
                canonical = " ".join(w for w in text.split() if w.lower() not in ("the", "a", "an"))
                plural = bool(head) and head[0].lower().endswith("s")
            elif found is not None and text.split()[-1].islower() and found.end < end:
                # "The Trump campaign", "the White House press office": the name only
                # modifies the head noun, which is the speaker; "the Swedish film
                # producer": a person with that role, when one was named before
                nominal = (
                    self._nominal(start, words)
                    if found.kind == "country" and words[-1] not in _ORG_WORDS
                    else (None, None)
                )
                found = None
                if nominal[0] is not None:
                    canonical, role = nominal
                else:
                    canonical = " ".join(w for w in text.split() if w.lower() not in ("the", "a"))
                    plural = bool(words) and words[-1].endswith("s")
            elif (
                found is not None
                and found.kind == "person"
                and speaks_for(self.doc.text[start : found.start])
            ):
                # "A lawyer for Mr. Trump said": the lawyer, as written, not Trump ("a
                # spokesman for Google" stays Google: an organisation speaks so)
                found = None
                canonical = " ".join(text.split())
            elif found is not None and (short := self._lookup.short_org(found)) is not None:
                # "The Journal" after "The Wall Street Journal" (whatever kind the
                # actor finder gave the one word)
                canonical = short
            elif found is not None:
                canonical = self._full_name(found, start)
                role = found.role
                if found.kind == "person" and role is None:
                    extra = self.doc.text[start : found.start].split()
                    if extra and (
                        canonical.startswith(extra[-1] + " ") or extra[-1] in WORD_GIVEN_NAMES
                    ):
                        extra.pop()  # the given name joined above, or left out
                    while extra and (
                        extra[0].lower() in _NOT_ROLE
                        or extra[0] in _NATION_NOUNS
                        or (
                            extra[0] in _ADVERBS
                            and (len(extra) == 1 or extra[0] not in _NAME_ADVERBS)
                        )
                    ):
                        extra.pop(0)
                    if extra in (["Will"], ["May"]):
                        extra = []  # "Will Ferrell said": a given name left out, no role
                    role = " ".join(extra).rstrip(",") or self.people[canonical].role
                    if self.people[canonical].role is None:
                        self.people[canonical].role = role  # for "the producer" later
            else:
                canonical, role = self._nominal(start, words)
                if canonical is None:
                    canonical, role = self._unlisted(" ".join(text.split()))
                plural = (bool(words) and words[-1].endswith("s")) or " and " in canonical
        if canonical is not None:
            self.history.append((start, canonical, plural))
            if role is None and canonical in self.people:
                role = self.people[canonical].role
        return canonical, role
