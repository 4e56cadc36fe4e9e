"""The cue lexicon: reporting verbs and phrases that introduce an attribution.

The verbs come from ``data/cues.txt``, mined from the PolNeAR training set
(Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018) by ``benchmarks/mine_cues.py``: each form's precision as a cue on
train decided what was kept (the file says how). Loaded lazily, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from analysis.paths import DATA_DIR

CueClass = Literal["say", "object", "weak", "belief"]

#: Particles that belong to a cue verb ("pointed out", "called for", "referred to").
PARTICLES: dict[str, frozenset[str]] = {
    "point": frozenset({"out", "to"}),
    "call": frozenset({"for", "on"}),
    "refer": frozenset({"to"}),
    "rail": frozenset({"against"}),
    "ask": frozenset({"about"}),
}
#: Lemmas whose cue needs its particle ("pointed out", not "pointed").
NEEDS_PARTICLE = frozenset({"point", "refer", "rail"})

#: Speech verbs (lemmas) for the "speech cues only" figures: verbs of saying, as
#: opposed to PolNeAR's beliefs and intentions. A fixed list, not tuned on data.
SPEECH_VERBS = frozenset(
    "say tell note add suggest stress emphasize warn argue claim explain insist write "
    "tweet announce acknowledge admit assert assure concede declare joke predict promise "
    "vow pledge recall reiterate remark remind reply respond state urge caution complain "
    "lament shout yell interject plead boast ask report confirm deny thank praise "
    "criticize accuse blame blast slam condemn denounce decry mock describe cite echo "
    "express voice call point according".split()
)


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One verb form of the lexicon: its lemma and syntactic class."""

    lemma: str
    cls: CueClass


@cache
def lexicon() -> dict[str, CueEntry]:
    """Lower-cased verb form -> :class:`CueEntry`, read from ``data/cues.txt``.

    Raises:
        ValueError: a malformed line in the data file.
    """
    text = (DATA_DIR / "cues.txt").read_text(encoding="utf-8")
    out: dict[str, CueEntry] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in ("say", "object", "weak", "belief"):
            raise ValueError(f"cues.txt:{lineno}: expected 'lemma<TAB>class<TAB>forms'")
        lemma, cls, forms = parts
        entry = CueEntry(lemma, cls)  # type: ignore[arg-type]
        for form in forms.split():
            out[form] = entry
    return out
