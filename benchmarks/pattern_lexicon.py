"""Write ``src/analysis/data/pattern_sentiment.tsv`` from Pattern's English lexicon.

Usage:
    python benchmarks/pattern_lexicon.py EN_SENTIMENT_XML [OUT_TSV]

EN_SENTIMENT_XML is ``en-sentiment.xml`` of Pattern (De Smedt & Daelemans, 2012), as
the ``textblob`` wheel ships it (``textblob/en/en-sentiment.xml``; ``pip download
textblob==0.20.1`` and unzip). The lexicon is in the public domain (PDDL, as its root
element says). Each ``<word>`` is one sense of a form; as Pattern does when it scores
text without part-of-speech tags, the senses of a form are averaged per part of
speech, then the parts of speech are averaged; and as Pattern's English analyzer does
when it loads the lexicon, each adjective also gives an adverb with its values
("terrible" -> "terribly", "happy" -> "happily", "simple" -> "simply"), which replaces
the values of a form already listed ("really" takes those of "real"). A form is a
modifier (it may intensify the word after it, "very good") when it is an adverb
(``RB``).

Not a benchmark: the script that made the data file, kept so that it can be remade
and checked. ``analysis.adjectives`` reads the file; nothing here runs at run time.
"""

from __future__ import annotations

import argparse
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

DEFAULT_OUT = Path(__file__).parent.parent / "src" / "analysis" / "data" / "pattern_sentiment.tsv"
HEADER = """\
# Pattern's English sentiment lexicon (De Smedt & Daelemans 2012; the XML's version 1.3),
# public domain (PDDL), from textblob 0.20.1's en/en-sentiment.xml, as Pattern's analyzer
# loads it; made by benchmarks/pattern_lexicon.py: senses averaged per part of speech,
# then over them, and an adverb in -ly made from each adjective (its values).
# form<TAB>polarity (-1..1)<TAB>subjectivity (0..1)<TAB>intensity<TAB>adverb (1: modifies
# the next word)
"""


def rows(xml_path: Path) -> list[str]:
    """One TSV line per form, sorted by form."""
    senses: dict[str, dict[str | None, list[tuple[float, float, float]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for word in ET.parse(xml_path).getroot().iter("word"):
        form = word.get("form")
        if not form:
            continue
        senses[form][word.get("pos")].append(
            (
                float(word.get("polarity", "0")),
                float(word.get("subjectivity", "0")),
                float(word.get("intensity", "1")),
            )
        )
    # form -> part of speech (None: all of them) -> (polarity, subjectivity, intensity)
    table: dict[str, dict[str | None, tuple[float, ...]]] = {}
    for form, by_pos in senses.items():
        table[form] = {pos: mean(values) for pos, values in by_pos.items()}
        table[form][None] = mean(list(table[form].values()))
    # Pattern's English analyzer, on loading, makes each adjective an adverb with the
    # same values ("terrible" -> "terribly", "happy" -> "happily", "simple" -> "simply"),
    # which replaces the values of a form already listed; in the XML's order.
    for form, by_pos in list(table.items()):
        if "JJ" not in by_pos:
            continue
        stem = form[:-1] + "i" if form.endswith("y") else form
        stem = stem[:-2] if stem.endswith("le") else stem
        entry = table.setdefault(stem + "ly", {})
        entry["RB"] = entry[None] = by_pos["JJ"]
    lines = []
    for form in sorted(table):
        p, s, i = table[form][None]
        lines.append(f"{form}\t{p:.4g}\t{s:.4g}\t{i:.4g}\t{int('RB' in table[form])}")
    return lines


def mean(values: list[tuple[float, float, float]] | list[tuple[float, ...]]) -> tuple[float, ...]:
    """The mean of each field."""
    return tuple(map(statistics.fmean, zip(*values, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xml", type=Path)
    parser.add_argument("out", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args()
    lines = rows(args.xml)
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} forms -> {args.out}")


if __name__ == "__main__":
    main()
