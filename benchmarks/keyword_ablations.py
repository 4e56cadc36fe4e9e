"""What the keyphrase cues can reach on 500N-KPCrowd: ablations, graph ranking, a ceiling.

Usage:
    .venv/bin/python benchmarks/keyword_ablations.py ../shared/eval/500n-kpcrowd/dev.jsonl

Same protocol as ``benchmarks/eval_keywords.py`` (mean per-document F1 of the top
10, lower-cased and Porter-stemmed, exact match), on the odd documents (used for
development), the even ones and all. Rows:

* the default keyphrases and ``expand=False`` (nested words kept as words);
* a title/lead bonus: a term written in the first paragraph (the headline line
  in this corpus) scores double (the "title" cue of news keyphrase work);
* a named-actor boost (a term written only inside the mentions of one actor of
  :func:`analysis.actors.find_mentions` scores double), and one slot per actor
  (aliases merged: "Jinping" is skipped once "Xi" is in);
* unigrams ranked by TextRank (Mihalcea & Tarau 2004: co-occurrence within
  three tokens, damping 0.85) and by PositionRank (Florescu & Caragea 2017: the
  random jump biased to early words), and PositionRank times our specificity;
* a ceiling for our cues: a logistic regression over the candidates' cues (log
  count, log specificity, log first token, one/two words, in the lead, share of
  capitalised occurrences, log PositionRank) fitted on one half's gold and
  scored on the other half. Nothing of it ships: it only shows how far a
  re-weighting of these cues could go;
* an oracle: the gold candidates among ours, up to 10 (what perfect ranking of
  our candidates would give).

Rows added in the second pass: the shipped modifier cue taken out again, and
what else was tried to pass 0.22 (none ships: none holds a gain on the even
documents):

* words inside a multi-word capitalised name ("Katy" and "Perry" of "Katy
  Perry") scored x0.67: on the odd documents such words are gold about half as
  often as other words of the same count;
* single words only (no phrases), and one slot per concept (a phrase is
  skipped once one of its words is chosen);
* inverse document frequency over the input collection (the 250 documents,
  no labels): score x idf ** 0.5 (Salton & Buckley 1988);
* a KEA-style supervised scorer (Witten et al. 1999, "KEA: practical automatic
  keyphrase extraction"; here a logistic regression instead of naive Bayes)
  over 13 cues, fitted on the odd documents' top 40 candidates only: the odd
  column is in-sample, the even column is the held-out score.

The fourth round's rows (names-only folding, short names, the fill for short
documents, and the cues that did not ship: a UD EWT tag lexicon, spread,
sentence salience, other cue shapes) are in ``benchmarks/keyword_cues.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from analysis.actors import find_mentions
from analysis.keyphrases import (
    MODIFIER_WEIGHT,
    Candidate,
    _groups,
    _redundant,
    candidates,
    keyphrases,
)
from analysis.keywords import normalize, stem
from analysis.parse import parse
from analysis.read import article_from_record
from analysis.stoplist import stopwords
from analysis.types import Document, Mention
from eval_keywords import f1, normalise

Ranker = Callable[[Document, int], list[str]]


def graph_scores(doc: Document, *, position: bool, window: int = 3) -> dict[str, float]:
    """TextRank (uniform jump) or PositionRank (jump weighted by 1/position) of word stems."""
    stops = stopwords()
    index: dict[str, int] = {}
    jump: dict[str, float] = {}
    seqs: list[list[str | None]] = []
    k = 0
    for sent in doc.sentences:
        seq: list[str | None] = []
        for tok in doc.tokens[sent.tok_start : sent.tok_end]:
            word = normalize(tok) if tok.kind == "word" else ""
            if not word or word in stops or len(word) < 2:
                seq.append(None)
                continue
            k += 1
            key = stem(word)
            index.setdefault(key, len(index))
            jump[key] = jump.get(key, 0.0) + 1.0 / k
            seq.append(key)
        seqs.append(seq)
    n = len(index)
    if n == 0:
        return {}
    weights = np.zeros((n, n))
    for seq in seqs:
        for i, a in enumerate(seq):
            for b in seq[i + 1 : i + window]:
                if a is not None and b is not None and a != b:
                    weights[index[a], index[b]] += 1.0
                    weights[index[b], index[a]] += 1.0
    out = weights.sum(axis=1)
    out[out == 0] = 1.0
    move = (weights / out[:, None]).T
    p = np.array([jump[s] for s in index]) if position else np.ones(n)
    p = p / p.sum()
    rank = np.full(n, 1.0 / n)
    for _ in range(50):
        rank = 0.15 * p + 0.85 * move @ rank
    return {s: float(rank[i] * n) for s, i in index.items()}


def select(ranked: Sequence[Candidate], top: int) -> list[str]:
    chosen: list[Candidate] = []
    for c in ranked:
        if len(chosen) == top:
            break
        if not _redundant(c, chosen):
            chosen.append(c)
    return [c.keyword for c in chosen]


def lead_bonus(doc: Document, top: int) -> list[str]:
    lead_end = doc.paragraphs[0].end if doc.paragraphs else 0
    cands = candidates(doc)
    score = {c.key: c.score * (2.0 if c.occurrences[0].start < lead_end else 1.0) for c in cands}
    return select(sorted(cands, key=lambda c: (-score[c.key], c.first, c.key)), top)


def _actor_of(c: Candidate, mentions: Sequence[Mention]) -> str | None:
    """The one actor whose mentions hold every occurrence of ``c``, if any."""
    names: set[str] = set()
    for o in c.occurrences:
        inside = [m.canonical for m in mentions if m.start <= o.start and o.end <= m.end]
        if not inside:
            return None
        names.add(inside[0])
    return names.pop() if len(names) == 1 else None


def actor_boost(doc: Document, top: int) -> list[str]:
    mentions = find_mentions(doc)
    cands = candidates(doc)
    score = {c.key: c.score * (2.0 if _actor_of(c, mentions) else 1.0) for c in cands}
    return select(sorted(cands, key=lambda c: (-score[c.key], c.first, c.key)), top)


def actor_slots(doc: Document, top: int) -> list[str]:
    """One slot per named actor: a term inside the mentions of an actor already
    represented ("Jinping" after "Xi") is skipped."""
    mentions = find_mentions(doc)
    ranked = sorted(candidates(doc), key=lambda c: (-c.score, c.first, c.key))
    chosen: list[Candidate] = []
    actors: set[str] = set()
    for c in ranked:
        if len(chosen) == top:
            break
        actor = _actor_of(c, mentions)
        if _redundant(c, chosen) or actor in actors:
            continue
        if actor is not None:
            actors.add(actor)
        chosen.append(c)
    return [c.keyword for c in chosen]


def in_name_share(doc: Document, c: Candidate) -> float:
    """Share of a candidate's occurrences written capitalised next to another
    capitalised word of the same sentence (inside a multi-word name)."""
    toks = doc.tokens
    sentence_of = {}
    for s in doc.sentences:
        sentence_of.update(dict.fromkeys(range(s.tok_start, s.tok_end), s.index))
    inside = 0
    for o in c.occurrences:
        if not o.surface[:1].isupper():
            continue
        for j in (o.tok - 1, o.tok + o.n):
            same = 0 <= j < len(toks) and sentence_of.get(j) == sentence_of.get(o.tok)
            if same and toks[j].kind == "word" and toks[j].text[:1].isupper():
                inside += 1
                break
    return inside / c.count


def without_modifier_cue(doc: Document, top: int) -> list[str]:
    """expand=False with the modifier cue (MODIFIER_WEIGHT) taken out again."""
    _, modifiers = _groups(doc, 3)
    cands = candidates(doc)
    score = {
        c.key: c.score / MODIFIER_WEIGHT
        if c.words == 1 and all(modifiers[r[3]] for r in c.rows)
        else c.score
        for c in cands
    }
    return select(sorted(cands, key=lambda c: (-score[c.key], c.first, c.key)), top)


def name_penalty(doc: Document, top: int) -> list[str]:
    cands = candidates(doc)
    score = {
        c.key: c.score * (0.67 ** in_name_share(doc, c) if c.words == 1 else 1.0) for c in cands
    }
    return select(sorted(cands, key=lambda c: (-score[c.key], c.first, c.key)), top)


def words_only(doc: Document, top: int) -> list[str]:
    ranked = sorted(
        (c for c in candidates(doc) if c.words == 1), key=lambda c: (-c.score, c.first, c.key)
    )
    return [c.keyword for c in ranked[:top]]


def one_slot_per_concept(doc: Document, top: int) -> list[str]:
    chosen: list[Candidate] = []
    seen: set[str] = set()
    for c in sorted(candidates(doc), key=lambda c: (-c.score, c.first, c.key)):
        if len(chosen) == top:
            break
        parts = set(c.key.split())
        if _redundant(c, chosen) or (c.words > 1 and parts & seen):
            continue
        chosen.append(c)
        seen |= parts
    return [c.keyword for c in chosen]


def idf_ranker(docs: Sequence[Document]) -> Ranker:
    df: dict[str, int] = {}
    for d in docs:
        for key in {c.key for c in candidates(d)}:
            df[key] = df.get(key, 0) + 1

    def run(doc: Document, top: int) -> list[str]:
        cands = candidates(doc)
        idf = {c.key: math.log((1 + len(docs)) / (1 + df.get(c.key, 0))) for c in cands}
        score = {c.key: c.score * max(idf[c.key], 1e-3) ** 0.5 for c in cands}
        return select(sorted(cands, key=lambda c: (-score[c.key], c.first, c.key)), top)

    return run


def kea_cues(doc: Document) -> tuple[list[Candidate], np.ndarray]:
    """13 cues per candidate for the KEA-style scorer (all computable without labels)."""
    cands = candidates(doc)
    words = max(1, sum(1 for t in doc.tokens if t.kind == "word"))
    lead_end = doc.paragraphs[0].end if len(doc.paragraphs) > 1 else -1
    sentence_of = {}
    for s in doc.sentences:
        sentence_of.update(dict.fromkeys(range(s.tok_start, s.tok_end), s.index))
    rows = []
    for c in cands:
        sentences = {sentence_of[o.tok] for o in c.occurrences}
        rows.append(
            [
                math.log(c.score),
                math.log(c.count),
                math.log(1 + c.occurrences[0].tok),
                float(c.occurrences[0].start < lead_end),
                min(len(c.keyword), 12),
                sum(o.surface[:1].isupper() for o in c.occurrences) / c.count,
                in_name_share(doc, c),
                float(c.words == 2),
                float(c.words == 3),
                c.count / words,
                (c.occurrences[-1].tok - c.occurrences[0].tok) / words,
                math.log(len(sentences)),
                math.log(words),
            ]
        )
    return cands, np.array(rows, dtype=float).reshape(len(rows), 13)


def graph_ranker(*, position: bool, specificity: bool) -> Ranker:
    def run(doc: Document, top: int) -> list[str]:
        g = graph_scores(doc, position=position)
        words = [c for c in candidates(doc) if c.words == 1]
        score = {c.key: g.get(c.key, 0.0) * (c.specificity if specificity else 1.0) for c in words}
        words.sort(key=lambda c: (-score[c.key], c.first, c.key))
        return [c.keyword for c in words[:top]]

    return run


def cues(doc: Document) -> tuple[list[Candidate], np.ndarray]:
    cands = candidates(doc)
    g = graph_scores(doc, position=True)
    lead_end = doc.paragraphs[0].end if doc.paragraphs else 0
    rows = []
    for c in cands:
        pr = sum(g.get(k, 0.0) for k in c.key.split()) / c.words
        caps = sum(o.surface[:1].isupper() for o in c.occurrences) / c.count
        rows.append(
            [
                math.log(c.count),
                math.log(max(c.specificity, 1e-3)),
                math.log(1 + c.occurrences[0].tok),
                float(c.words == 1),
                float(c.words == 2),
                float(c.occurrences[0].start < lead_end),
                caps,
                math.log(pr + 1e-3),
            ]
        )
    return cands, np.array(rows, dtype=float).reshape(len(rows), 8)


def fit(xs: list[np.ndarray], ys: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Logistic regression by gradient descent on standardised cues."""
    x, y = np.vstack(xs), np.concatenate(ys)
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(1000):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        w -= z.T @ (p - y) / len(y)
    return w, mu, sd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="500N-KPCrowd JSON Lines (id, text, keys)")
    args = parser.parse_args(argv)
    raw = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()]
    raw = [d for d in raw if d.get("text", "").strip()]
    docs = [parse(article_from_record({"id": "x", "text": d["text"]}, where="x")) for d in raw]
    gold = [d["keys"] for d in raw]
    gold_sets = [{normalise(g) for g in keys} for keys in gold]

    rows: list[tuple[str, list[float]]] = []

    def score(name: str, run: Ranker) -> None:
        rows.append((name, [f1(run(doc, 10), g) for doc, g in zip(docs, gold, strict=True)]))

    score("ours, default (expand=True)", lambda d, t: [k.keyword for k in keyphrases(d, top=t)])
    score(
        "ours, expand=False",
        lambda d, t: [k.keyword for k in keyphrases(d, top=t, expand=False)],
    )
    score("expand=False without the modifier cue (x0.8, shipped)", without_modifier_cue)
    score("expand=False + title/lead bonus x2", lead_bonus)
    score("expand=False + named-actor boost x2", actor_boost)
    score("expand=False + one slot per named actor (aliases merged)", actor_slots)
    score("TextRank (words)", graph_ranker(position=False, specificity=False))
    score("PositionRank (words)", graph_ranker(position=True, specificity=False))
    score("PositionRank x specificity", graph_ranker(position=True, specificity=True))
    score("expand=False + words inside multi-word names x0.67", name_penalty)
    score("expand=False, single words only", words_only)
    score("expand=False + one slot per concept", one_slot_per_concept)
    score("expand=False x collection idf ** 0.5 (250 docs, no labels)", idf_ranker(docs))

    kea = [kea_cues(d) for d in docs]
    kea_labels = [
        np.array([float(normalise(c.keyword) in g) for c in cands])
        for (cands, _), g in zip(kea, gold_sets, strict=True)
    ]
    head = [np.argsort([-c.score for c in cands], kind="stable")[:40] for cands, _ in kea]
    train = [i for i in range(len(docs)) if i % 2 == 1]
    w, mu, sd = fit([kea[i][1][head[i]] for i in train], [kea_labels[i][head[i]] for i in train])
    supervised = []
    for (cands, x), h, keys in zip(kea, head, gold, strict=True):
        kea_score = np.full(len(cands), -1e9)
        if len(x):
            kea_score[h] = ((x[h] - mu) / sd) @ w[:-1]
        order = sorted(
            range(len(cands)), key=lambda j: (-kea_score[j], cands[j].first, cands[j].key)
        )
        supervised.append(f1(select([cands[j] for j in order], 10), keys))
    rows.append(("KEA-style logistic regression, fit on odd docs (even = held out)", supervised))

    feats = [cues(d) for d in docs]
    labels = [
        np.array([float(normalise(c.keyword) in g) for c in cands])
        for (cands, _), g in zip(feats, gold_sets, strict=True)
    ]
    ceiling = [0.0] * len(docs)
    for train_parity in (0, 1):
        train = [i for i in range(len(docs)) if i % 2 == train_parity]
        w, mu, sd = fit([feats[i][1] for i in train], [labels[i] for i in train])
        for i in range(len(docs)):
            if i % 2 == train_parity:
                continue
            cands, x = feats[i]
            s = ((x - mu) / sd) @ w[:-1] if len(x) else np.zeros(0)
            order = sorted(range(len(cands)), key=lambda j: (-s[j], cands[j].first))
            ceiling[i] = f1(select([cands[j] for j in order], 10), gold[i])
    rows.append(("ceiling: cues re-weighted on the other half's gold", ceiling))
    oracle = []
    for (cands, _), g, keys in zip(feats, gold_sets, gold, strict=True):
        hits = list(dict.fromkeys(c.keyword for c in cands if normalise(c.keyword) in g))
        oracle.append(f1(hits[:10], keys))
    rows.append(("oracle: our gold candidates, up to 10", oracle))

    print(f"500N-KPCrowd: {args.path} — {len(docs)} documents, F1@10\n")
    print("| method | F1@10 | F1 odd docs (development) | F1 even docs |")
    print("| --- | ---: | ---: | ---: |")
    for name, s in rows:
        odd, even = s[1::2], s[0::2]
        print(
            f"| {name} | {sum(s) / len(s):.3f} | {sum(odd) / len(odd):.3f} | "
            f"{sum(even) / len(even):.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
