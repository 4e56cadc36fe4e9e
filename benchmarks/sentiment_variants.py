"""Variants of the news scorer tried and not shipped: NYT snippet r on both halves.

Usage:
    .venv/bin/python benchmarks/sentiment_variants.py NYT_DEV_JSONL [--pattern-xml XML]

NYT_DEV_JSONL: the VADER paper's NYT editorial snippets (as ``eval_sentiment.py``);
half A is the half developed on, half B the held-out half (same split). A variant
ships only if it raises r on both halves. Each variant changes one thing, with its
constants stated in advance (none fitted on the snippets):

* a second lexicon for coverage: Pattern's adjective lexicon (``en-sentiment.xml``
  inside the textblob wheel, De Smedt & Daelemans 2012; pass its path with
  ``--pattern-xml``): for words the news lexicon lacks, the form's mean polarity
  over its senses mapped to VADER's scale by the least-squares line through the
  origin over the forms both lexicons score (no ratings involved); once for every
  such form, once for those Pattern calls subjective (mean subjectivity >= 0.5),
  boosters, negators, shifters and hedges left out;
* coverage by lemma: a word the news lexicon lacks takes its lemma's valence
  (:func:`analysis.lemmas.lemma`); and "-ly" adverbs of lexicon adjectives (both
  built over the snippets' own word forms: only forms that occur can matter);
* Pattern's own polarity of each snippet (textblob's ``PatternAnalyzer``, when
  textblob is importable), z-scored with ours and added at weight 0.5 or 1;
* negation as a shift (SO-CAL, Taboada et al. 2011: a negated valence moves 4 of 5
  points towards the other pole, here 3.2 of VADER's 4) instead of VADER's flip;
* "no" before a word as a determiner (no valence of its own);
* Pattern's assessments, mixed into the default since the fifth round and damped
  there in questions and hedges as VADER's words are, also reversed by a shifter
  before them ("fought the terrible policy") or weighted around contrast and
  concession: both lower half B (the rules' own shifters and contrast stay).

The variants patch the scorer in this process only (module functions replaced, the
lexicon caches cleared afterwards).
"""

from __future__ import annotations

import argparse
import bisect
import inspect
import json
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import analysis.newsindex as newsindex
import analysis.newslexicon as lexicons
import analysis.newsrules as rules
import analysis.newsvader as scorer
import analysis.newsvalence as valences
from analysis.adjectives import NEGATED
from analysis.lemmas import lemma
from analysis.parse import tokenize
from eval_sentiment import halves, pearson  # the script's folder is on sys.path
from purepython import ensure_pure  # the script's folder is on sys.path

#: SO-CAL's shift of 4 on its -5..5 scale, on VADER's -4..4 scale.
SHIFT = 4 * 4 / 5
#: Pattern's subjectivity from which a form counts as subjective.
SUBJECTIVE = 0.5


@contextmanager
def extra_words(extra: dict[str, float]) -> Iterator[None]:
    """The news lexicon with ``extra`` added, in this process, for the block."""
    base = dict(lexicons.news_lexicon())
    base.update(extra)
    original = lexicons.news_lexicon
    lexicons.tables.cache_clear()
    lexicons.news_lexicon = lambda: base  # type: ignore[assignment]
    try:
        yield
    finally:
        lexicons.news_lexicon = original
        lexicons.tables.cache_clear()


@contextmanager
def patched(module: object, name: str, value: object) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, original)


def pattern_lexicon(path: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Pattern's forms: mean polarity and mean subjectivity over their senses."""
    polarity: dict[str, list[float]] = defaultdict(list)
    subjectivity: dict[str, list[float]] = defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        form = str(word.get("form")).lower()
        polarity[form].append(float(word.get("polarity", "0")))
        subjectivity[form].append(float(word.get("subjectivity", "0")))
    return (
        {f: statistics.fmean(v) for f, v in polarity.items()},
        {f: statistics.fmean(v) for f, v in subjectivity.items()},
    )


def shifted_modify() -> Callable[..., float]:
    """``newsrules.modify`` with a negated valence shifted by :data:`SHIFT` points
    towards the other pole instead of multiplied by VADER's -0.74 (only that line
    of its source differs)."""
    source = inspect.getsource(rules.modify)
    flip = "    if negated:\n        v *= N_SCALAR"
    if flip not in source:
        raise RuntimeError("newsrules.modify no longer negates as this variant expects")
    shift = f"    if negated:\n        v = v - {SHIFT} if v > 0 else v + {SHIFT}"
    namespace = dict(vars(rules))
    exec(source.replace(flip, shift), namespace)
    modify: Callable[..., float] = namespace["modify"]
    return modify


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("nyt", type=Path, help="NYT editorial snippets dev.jsonl")
    parser.add_argument("--pattern-xml", type=Path, help="Pattern's en-sentiment.xml")
    args = parser.parse_args()
    ensure_pure("the variants replace functions of the news scorer")
    rows = [json.loads(line) for line in args.nyt.open(encoding="utf-8") if line.strip()]
    texts = [str(r["text"]) for r in rows]
    gold = [float(r["mean_rating"]) for r in rows]
    parts = halves([str(r["id"]) for r in rows])

    def row(name: str) -> None:
        pred = [scorer.score_text(t).compound for t in texts]
        cells = [pearson([pred[k] for k in i], [gold[k] for k in i]) for i in parts.values()]
        print(f"| {name} | " + " | ".join(f"{c:.4f}" for c in cells) + " |")

    news = lexicons.news_lexicon()
    vader = lexicons.vader_lexicon()
    skip = (
        set(lexicons.BOOSTERS) | lexicons.NEGATORS | lexicons.SHIFTERS | lexicons.HEDGES
    ) | lexicons.CONNECTIVES
    forms = {t.text.lower() for text in texts for t in tokenize(text) if t.kind == "word"}
    print(f"NYT editorial snippets: {args.nyt}\n")
    print("| variant | r A | r B (held out) | r all |")
    print("| --- | ---: | ---: | ---: |")
    row("news (defaults)")
    if args.pattern_xml:
        polarity, subjectivity = pattern_lexicon(args.pattern_xml)
        shared = [(p, vader[f]) for f, p in polarity.items() if f in vader and p != 0]
        slope = sum(p * v for p, v in shared) / sum(p * p for p, _ in shared)
        missing = {
            f: p
            for f, p in polarity.items()
            if f not in news and p != 0 and f.isalpha() and f not in skip
        }
        with extra_words({f: round(slope * p, 2) for f, p in missing.items()}):
            row(f"+ Pattern forms the lexicon lacks ({len(missing)}, x{slope:.2f})")
        subjective = {f: p for f, p in missing.items() if subjectivity[f] >= SUBJECTIVE}
        with extra_words({f: round(slope * p, 2) for f, p in subjective.items()}):
            row(f"+ the subjective ones only ({len(subjective)})")
    try:
        from textblob.en.sentiments import PatternAnalyzer  # type: ignore[import-not-found]
    except ImportError:
        print("| (Pattern's own text polarity: textblob not importable, skipped) | | | |")
    else:
        pattern = [float(PatternAnalyzer().analyze(t)[0]) for t in texts]
        ours = [scorer.score_text(t).compound for t in texts]

        def z(values: list[float]) -> list[float]:
            mean, sd = statistics.fmean(values), statistics.pstdev(values)
            return [(v - mean) / sd for v in values]

        for weight in (0.5, 1.0):
            mixed = [a + weight * b for a, b in zip(z(ours), z(pattern), strict=True)]
            cells = [pearson([mixed[k] for k in i], [gold[k] for k in i]) for i in parts.values()]
            name = f"z(news) + {weight:g} z(Pattern's text polarity)"
            print(f"| {name} | " + " | ".join(f"{c:.4f}" for c in cells) + " |")
    by_lemma = {}
    for form in forms - news.keys() - skip:
        base = lemma(form)
        if base != form and base in news and base not in skip:
            by_lemma[form] = news[base]
    with extra_words(by_lemma):
        row(f"+ a lacking word takes its lemma's valence ({len(by_lemma)} forms)")
    adverbs = {}
    for form in forms - news.keys() - skip:
        if form.endswith("ly") and len(form) > 4:
            for base in (form[:-2], form[:-3] + "y", form[:-1] + "e", form[:-4]):
                if base in news and base not in skip:
                    adverbs[form] = news[base]
                    break
    with extra_words(adverbs):
        row(f"+ '-ly' adverbs of lexicon words ({len(adverbs)} forms)")
    with patched(valences, "modify", shifted_modify()):
        row(f"negation shifts by {SHIFT:g} (SO-CAL) instead of x-0.74")
    sense = rules.not_sentiment

    def determiner_no(low: list[str], k: int, a: int, b: int, lex: dict[str, float]) -> bool:
        if low[k] == "no":
            return (low[k + 1] if k + 1 < b else "")[:1].isalnum()
        return sense(low, k, a, b, lex)

    with patched(valences, "not_sentiment", determiner_no):
        row("'no' before a word has no valence (a determiner)")
    shipped_context = scorer._in_context
    for rule in ("shifters", "contrast"):
        with patched(scorer, "_in_context", pattern_context(shipped_context, rule)):
            row(f"Pattern's assessments also under the rules' {rule}")


def pattern_context(
    shipped: Callable[..., dict[int, float]], rule: str
) -> Callable[..., dict[int, float]]:
    """The mix's context rules for Pattern's assessments (questions and hedges) plus one
    more of the news rules: a shifter before the assessment in its clause, within the
    negation window, reverses it as Pattern's negation does (x-0.5); or contrast and
    concession weight it as they weight VADER's words."""

    def context(
        prep: scorer.Prepared,
        values: dict[int, float],
        a: int,
        b: int,
        config: scorer.NewsVaderConfig,
    ) -> dict[int, float]:
        values = shipped(prep, values, a, b, config)
        if rule == "contrast":
            rules.contrast(values, prep.low, prep.is_word, a, b)
            return values
        w_lo = bisect.bisect_left(prep.words, a)
        for k in values:
            w_k, w_clause, _hedge = newsindex.word_context(prep, k)
            start = max(w_k - config.negation_window, w_clause, w_lo)
            if any(prep.low[j] in lexicons.SHIFTERS for j in prep.words[start:w_k]):
                values[k] *= NEGATED
        return values

    return context


if __name__ == "__main__":
    main()
