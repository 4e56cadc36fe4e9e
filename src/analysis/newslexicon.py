"""Word lists and lexicons of the news scorer (:mod:`analysis.newsvader`).

VADER's constants, negators, boosters and special phrases as in vaderSentiment
3.3.2 (Hutto & Gilbert, 2014); the news scorer's own lists (connectives, hedges,
polarity shifters, clause punctuation); the VADER lexicon shipped in the
vaderSentiment package and the news supplement ``data/news_lexicon.tsv``, loaded
lazily, once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

# VADER's constants (Hutto & Gilbert, 2014), as in vaderSentiment 3.3.2.
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74
ALPHA = 15.0

NEGATORS = frozenset(
    "aint arent cannot cant couldnt darent didnt doesnt dont hadnt hasnt havent isnt "
    "mightnt mustnt neither neednt never none nope nor not nothing nowhere no nobody "
    "oughtnt shant shouldnt wasnt werent without wont wouldnt rarely seldom".split()
)
BOOSTERS: dict[str, float] = {
    **dict.fromkeys(
        "absolutely amazingly awfully completely considerable considerably decidedly deeply "
        "enormous enormously entirely especially exceptional exceptionally extreme extremely "
        "fabulously fully greatly highly hugely incredible incredibly intensely major "
        "majorly more most particularly purely quite really remarkably so substantially "
        "thoroughly total totally tremendous tremendously unbelievably unusually utter "
        "utterly very".split(),
        B_INCR,
    ),
    **dict.fromkeys(
        "almost barely hardly kinda less little marginal marginally occasional "
        "occasionally partly scarce scarcely slight slightly somewhat sorta".split(),
        B_DECR,
    ),
}
BOOSTER_BIGRAMS = {"kind of": B_DECR, "sort of": B_DECR, "just enough": B_DECR}
# VADER's special-case phrases (vaderSentiment 3.3.2, SPECIAL_CASES) but "the bomb",
# which in news is a weapon, not praise.
SPECIAL = {
    "the shit": 3.0,
    "bad ass": 1.5,
    "bus stop": 0.0,
    "yeah right": -2.0,
    "kiss of death": -1.5,
    "to die for": 3.0,
    "beating heart": 3.5,
}
SPECIAL_WORDS = frozenset(w for phrase in SPECIAL for w in phrase.split())
CONTRAST = frozenset({"but", "however", "nevertheless", "nonetheless", "yet"})
CONCESSIVE = frozenset({"although", "though", "despite", "whereas"})
CONNECTIVES = CONTRAST | CONCESSIVE
HEDGES = frozenset(
    "may might could would perhaps possibly probably maybe reportedly allegedly "
    "apparently seemingly supposedly if unless whether".split()
)
# Verbal polarity shifters: verbs (and a few nouns and quantifiers) of reducing,
# preventing, ending and removing reverse the polarity of what they govern ("reduce
# the risk", "end the war", "lack of support"), as content-word negators do in
# Choi & Cardie (2008); classes after Schulder et al. (2017). All inflections listed.
SHIFTER_STEMS = (
    "reduce:reduces:reduced:reducing:reduction curb:curbs:curbed:curbing "
    "prevent:prevents:prevented:preventing:prevention avoid:avoids:avoided:avoiding "
    "end:ends:ended:ending stop:stops:stopped:stopping halt:halts:halted:halting "
    "ban:bans:banned:banning eliminate:eliminates:eliminated:eliminating:elimination "
    "eradicate:eradicates:eradicated:eradicating abolish:abolishes:abolished:abolishing "
    "combat:combats:combated:combating:combatting fight:fights:fought:fighting "
    "tackle:tackles:tackled:tackling alleviate:alleviates:alleviated:alleviating "
    "lessen:lessens:lessened:lessening minimize:minimizes:minimized:minimizing "
    "cut:cuts:cutting ease:eases:eased:easing lower:lowers:lowered:lowering "
    "limit:limits:limiting counter:counters:countered:countering "
    "resist:resists:resisted:resisting overcome:overcomes:overcame:overcoming "
    "cure:cures:cured:curing remove:removes:removed:removing:removal "
    "lack:lacks:lacked:lacking lose:loses:lost:losing:loss fewer"
)
SHIFTERS = frozenset(w for group in SHIFTER_STEMS.split() for w in group.split(":"))
# Verbs of changing quantity (Moilanen & Pulman, 2007; Choi & Cardie, 2008): a decrease
# verb turns the polarity of its subject ("Poverty declined", "Growth slowed"), an
# increase verb keeps it ("Poverty increased"); either way the subject decides, not the
# verb's own valence. All inflections listed.
DECREASE_STEMS = (
    "decline:declines:declined:declining decrease:decreases:decreased:decreasing "
    "shrink:shrinks:shrank:shrunk:shrinking contracted:contracting "
    "plummet:plummets:plummeted:plummeting slump:slumps:slumped:slumping "
    "dwindle:dwindles:dwindled:dwindling wane:wanes:waned:waning "
    "subside:subsides:subsided:subsiding recede:recedes:receded:receding "
    "diminish:diminishes:diminished:diminishing halve:halves:halved:halving "
    "narrow:narrows:narrowed:narrowing slow:slows:slowed:slowing "
    "fall:falls:fell:fallen:falling drop:drops:dropped:dropping "
    "sink:sinks:sank:sunk:sinking plunge:plunges:plunged:plunging "
    "tumble:tumbles:tumbled:tumbling dip:dips:dipped:dipping slide:slides:slid:sliding "
    "ease:eases:eased:easing cool:cools:cooled:cooling "
    "end:ends:ended:ending stop:stops:stopped:stopping cease:ceases:ceased:ceasing"
)
# Of these, the verbs of ending read as a change only at the end of their clause.
ENDINGS = frozenset(
    "end ends ended ending stop stops stopped stopping cease ceases ceased ceasing".split()
)
INCREASE_STEMS = (
    "rise:rises:rose:risen:rising increase:increases:increased:increasing "
    "grow:grows:grew:grown:growing climb:climbs:climbed:climbing "
    "surge:surges:surged:surging soar:soars:soared:soaring jump:jumps:jumped:jumping "
    "double:doubles:doubled:doubling triple:triples:tripled:tripling "
    "spike:spikes:spiked:spiking widen:widens:widened:widening "
    "accelerate:accelerates:accelerated:accelerating swell:swells:swelled:swelling"
)
DECREASES = frozenset(w for group in DECREASE_STEMS.split() for w in group.split(":"))
INCREASES = frozenset(w for group in INCREASE_STEMS.split() for w in group.split(":"))
CHANGES = DECREASES | INCREASES
# Verbs that also name a movement or another act ("Bombs fell on the city", "plunged the
# country into chaos", "jumped the fence"): a change of quantity only before one of
# these, a number or the end of the clause ("fell sharply", "dropped by 20 percent").
MOVEMENT_STEMS = (
    "fall drop sink plunge tumble dip slide ease cool narrow slow jump climb spike end stop cease"
)
# Of these, the ones that read as a change at the end of a clause ("Tensions eased.",
# "The strike ended."); "Bombs fell." does not, nor "stopped fighting each other".
CLAUSE_END_CHANGES = frozenset(
    "ease eases eased easing cool cools cooled cooling narrow narrows narrowed narrowing "
    "slow slows slowed slowing end ends ended ending stop stops stopped stopping "
    "cease ceases ceased ceasing".split()
)
MOVEMENTS = frozenset(
    w
    for group in INCREASE_STEMS.split() + DECREASE_STEMS.split()
    if group.split(":")[0] in MOVEMENT_STEMS.split()
    for w in group.split(":")
)
QUANTITY_NEXT = frozenset(
    "by to from below above under over sharply steeply slightly significantly "
    "dramatically further again back markedly substantially modestly percent % last this".split()
)
# What may precede "to" + a quantity ("fell to 5 percent", "fell to its lowest level");
# "declined to comment", "rose to power" are no changes of quantity.
TO_QUANTITY = frozenset(
    "a an the its their his her our zero record new about around nearly almost just "
    "under over below above more less roughly some".split()
)
# Between a change verb and its subject: auxiliaries (skipped) and words that end the
# search for a subject (the subject is then what was found after them).
CHANGE_AUX = frozenset("has have had also".split())
# The forms that are no nouns read as verbs on their own: past forms ("fell",
# "increased"); an "-ing" form after a form of "be" ("is falling"); a base form after
# a modal ("will fall"); never an "-s" form nor a base form alone ("a sharp increase",
# "the rise of", "declines"), which may be nouns.
IRREGULAR_PAST = frozenset("fell fallen shrank shrunk sank sunk slid rose risen grew grown".split())
CHANGE_BASES = frozenset(
    group.split(":")[0] for group in (DECREASE_STEMS + " " + INCREASE_STEMS).split()
)
BE_FORMS = frozenset("is are was were been being".split())
MODALS = frozenset("will would could may might should can".split())
SUBJECT_STOP = frozenset(
    "that which who whom whose as when while because since if and or said says say "
    "than where after before".split()
)
# A preposition before the verb means the nearest nouns are its object, not the
# subject ("Support for the war fell"): the head is then the word before it, and
# no subject is read after a form of "be" (a passive: "were dropped").
SUBJECT_BLOCK = frozenset(
    "for in on at to with from against into by over under about during among within "
    "between through toward towards without was were is are be been being".split()
)
# Nouns that measure what their modifier or "of" names: the change is that thing's
# ("the survival rate fell", "the number of deaths fell", "approval ratings dipped");
# and the event nouns named by their modifier ("The peace talks ended").
MEASURE_HEADS = frozenset(
    "number numbers rate rates level levels toll tolls count counts rating ratings "
    "figure figures index percentage proportion amount total totals incidence cases "
    "talks negotiations process".split()
)
# Quantities whose increase is good or bad news, which a change verb makes an event
# with a polarity (good-for/bad-for events: Deng & Wiebe, 2014; the "increase" and
# "decrease" shifters of Wilson, Wiebe & Hoffmann, 2005; Choi & Cardie, 2008): "The
# economy grew" reads as good news, "The economy shrank" as bad. A word the lexicon
# scores keeps its valence (the list agrees with its sign); one it leaves neutral
# carries QUANTITY_VALENCE, signed by the list, as the subject of a change verb only.
# Being listed also makes a movement verb after it a change ("Unemployment fell.",
# "Homelessness fell in the city"; "Bombs fell on the city" stays a movement).
# More is good: the size of an economy and what it makes and earns (economy, GDP,
# output, production, productivity, growth), what firms and workers earn (revenue,
# sales, earnings, profit, wages, income) and work there is (employment, jobs,
# hiring), a country's trade and investment (exports, investment). Prices, costs,
# taxes, shares, spending and borrowing are left out: more is good for some readers
# and bad for others.
QUANTITY_UP_GOOD = frozenset(
    "economy economies gdp output production productivity growth revenue revenues sales "
    "earnings profit profits wages wage income incomes employment jobs hiring exports "
    "investment investments".split()
)
# More is bad: people out of work or of a home and in poverty, rising prices, what a
# state owes (unemployment, joblessness, homelessness, poverty, inflation, deficit,
# debt), and counts of harm (crime, murders, homicides, deaths, casualties, fatalities,
# infections, hospitalizations, overdoses) and of pollution (emissions).
QUANTITY_UP_BAD = frozenset(
    "unemployment joblessness homelessness poverty inflation deficit deficits debt debts "
    "crime crimes murders homicides deaths casualties fatalities infections "
    "hospitalizations overdoses emissions".split()
)
QUANTITIES = QUANTITY_UP_GOOD | QUANTITY_UP_BAD
# After a movement verb whose subject is a listed quantity, the words besides those of
# QUANTITY_NEXT that keep it a change: a time or place phrase ("fell in March", "fell
# in the city", "shrank for a second quarter", "fell during the recession"); not "fell
# silent", "fell on a Sunday".
QUANTITY_AFTER = frozenset("in during for since amid after".split())
# What a good-to-increase quantity measures may be harmful ("Opium production rose",
# "Sales of cigarettes fell", "Earnings of the cartel rose"): such a quantity then
# takes no direction, as it does with a modifier the lexicon scores negative.
HARMFUL_GOODS = frozenset(
    "opium heroin cocaine narcotics drug drugs cigarette cigarettes tobacco cartel "
    "cartels coal weapons arms".split()
)
# The valence of a quantity the lexicon leaves neutral: VADER's "growth" (1.6), the
# noun for a good quantity's increase.
QUANTITY_VALENCE = 1.6
# Before a change form, these make it an adjective ("his diminished legacy").
DETERMINERS = frozenset("the a an his her its their our my your this these those".split())
# Degree words after a change verb that say how far, not whether good ("fell to its
# lowest level").
CHANGE_DEGREE = frozenset(("lowest", "low", "lows"))
# A shifter governs its object, not a prepositional phrase after it: "cut funding for
# cancer research" does not reverse "cancer" (Moilanen & Pulman, 2007: the verb composes
# with its object). "of" and "against" lead to what is governed ("lack of support",
# "fight against corruption"), and so do a few prepositions after the shifters that
# take them ("a ban on torture", "an end to the war", "a cure for cancer", "a
# reduction in violence").
SHIFTER_BLOCK = frozenset(
    "for in on at to with into by during after before among since over about".split()
)
SHIFTER_PREPOSITIONS = frozenset(
    (p, s)
    for p, shifters in (
        ("on", "ban bans banned banning limit limits curb curbs"),
        ("to", "end ends halt stop"),
        ("for", "cure cures"),
        ("in", "reduction reductions cut cuts decline"),
    )
    for s in shifters.split()
)
# Negation beyond VADER's negators (Polanyi & Zaenen, 2006; Taboada et al., 2011):
# "hardly" and "scarcely" negate rather than diminish ("hardly encouraging"); so do
# "far from" and "anything but" ("far from perfect"), and "few" but for "a few" and
# "quite a few" ("Few people trust"). "less" just before a scored word reverses it
# ("less happy" reads as unhappy; "less violent" as good), but in "no less", "hardly
# less" and "more or less". "nothing but" and "all but" are neither negation nor contrast.
NEAR_NEGATORS = frozenset(("hardly", "scarcely"))
NEGATING_PAIRS = frozenset((("far", "from"), ("anything", "but")))
FEW_KEEPS = frozenset(("a", "quite"))
LESS_KEEPS = frozenset(("no", "not", "never", "or", "hardly", "scarcely"))
NOT_CONTRAST_BUT = frozenset(("anything", "nothing", "all"))
# After a negator these make no negation: "not only", "not just", "no less".
NOT_NEGATED = frozenset(("only", "just", "less"))  # "no less happy"
CLAUSE_PUNCT = frozenset(",;:.!?()[]—–-…") | {"--", "..."}  # includes SENTENCE_END
SENTENCE_END = frozenset(".!?…") | {"..."}
OPENERS = frozenset("\"'“‘«([—")
LIKE_SUBJECTS = frozenset("i we you they he she who would 'd d to really also".split())
CARE_HEADS = frozenset("health child day medical primary intensive foster elder".split())
# "a second straight quarter": "straight" after an ordinal means consecutive.
ORDINALS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th".split()
)
VICE_HEADS = frozenset("president presidents chairman chair premier minister chancellor".split())
# "shot" in sports (and a screen capture): an attempt to score, not gunfire. The
# words naming a kind of shot before it ("jump shot", "slap shot", "screen shots"),
# what follows "shot on" ("a shot on goal"), the verbs of "took a shot", and the
# words that make "shot 9 of 12" or "shot 45 percent" a shooting statistic.
SHOTS = frozenset(("shot", "shots"))
SHOT_KINDS = frozenset(
    "jump three-point 3-point two-point 2-point tee slap wrist hook bank layup "
    "penalty screen".split()
)
SHOT_ON = frozenset(("goal", "goals", "target", "net"))
SHOT_TAKE = frozenset("take takes took taken taking".split())
SHOT_RATE = frozenset(("percent", "%", "pct"))


@functools.cache
def vader_lexicon() -> dict[str, float]:
    """The lexicon shipped in vaderSentiment 3.3.2 (``vader_lexicon.txt``), parsed as
    vaderSentiment parses it."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    lexicon: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            lexicon[word] = float(measure)
    if len(lexicon) < 7000:
        raise RuntimeError(f"vader_lexicon.txt has only {len(lexicon)} entries")
    return lexicon


@functools.cache
def news_supplement() -> dict[str, tuple[float, str]]:
    """The news supplement: word -> (valence, basis); see ``data/news_lexicon.tsv``."""
    text = resources.files("analysis.data").joinpath("news_lexicon.tsv").read_text("utf-8")
    entries: dict[str, tuple[float, str]] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"news_lexicon.tsv:{lineno}: expected 3 tab-separated fields")
        word, value, basis = parts
        if word in entries:
            raise ValueError(f"news_lexicon.tsv:{lineno}: {word!r} listed twice")
        entries[word] = (float(value), basis)
    return entries


@functools.cache
def news_lexicon() -> dict[str, float]:
    """VADER's lexicon with the news supplement applied (supplement wins)."""
    lexicon = dict(vader_lexicon())
    lexicon.update({w: v for w, (v, _) in news_supplement().items()})
    return lexicon


@dataclass(frozen=True)
class Tables:
    """Lookups derived once from a lexicon: the valences, the words that can carry a
    valence (nonzero, not a booster), and the tokens that open a new clause."""

    lex: dict[str, float]
    scoring: frozenset[str]
    boundaries: frozenset[str]


@functools.cache
def tables(supplement: bool) -> Tables:
    lex = news_lexicon() if supplement else vader_lexicon()
    scoring = frozenset(w for w, v in lex.items() if v != 0.0 and w not in BOOSTERS)
    # A connective starts a clause only when the lexicon does not score it.
    boundaries = CLAUSE_PUNCT | frozenset(w for w in CONNECTIVES if w not in lex)
    return Tables(lex, scoring, boundaries)


@functools.cache
def quantity_lexicon(supplement: bool) -> dict[str, float]:
    """The lexicon with the quantities it leaves neutral valued +-``QUANTITY_VALENCE``
    (good or bad to increase), to find the subject a change verb turns."""
    lex = dict(tables(supplement).lex)
    for w in QUANTITIES:
        if lex.get(w, 0.0) == 0.0:
            lex[w] = QUANTITY_VALENCE if w in QUANTITY_UP_GOOD else -QUANTITY_VALENCE
    return lex
