"""Sentence-boundary check against the UD English Web Treebank.

Rebuilds each document of a CoNLL-U file from its ``# text =`` lines (sentences
of a paragraph joined by one space, paragraphs (``# newpar``) by a blank line),
splits it with :func:`analysis.parse.parse`, and compares the sentence ends with
the treebank's. The last sentence end of a document is trivial and not counted.

Rows:

* ``all boundaries``: every gold boundary;
* ``inside paragraphs``: boundaries that are not paragraph breaks (the hard part:
  paragraph breaks are given by the blank line);
* ``after . ! ?``: inside paragraphs, the gold sentence ends with a full stop,
  question or exclamation mark (optionally followed by closing quotes/brackets):
  the boundaries a punctuation-based splitter can hope to find.

A naive baseline (split after every ``.``, ``!`` or ``?`` followed by a space)
gives the scale.

Usage:
    .venv/bin/python benchmarks/sentences.py /work/shared/eval/ud-english-ewt/en_ewt-ud-test.conllu
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from analysis.parse import parse
from analysis.types import Article

_END_PUNCT = re.compile(r"[.!?…][\"'”’»)\]]*$")
_NAIVE = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s)")


@dataclass
class Doc:
    id: str
    text: str = ""
    ends: list[int] = field(default_factory=list)  # gold sentence end offsets
    par_ends: set[int] = field(default_factory=set)  # ends that close a paragraph
    punct_ends: set[int] = field(default_factory=set)  # ends after . ! ?


def read_conllu(path: Path) -> list[Doc]:
    """Documents of a CoNLL-U file, rebuilt from ``# text =`` lines."""
    docs: list[Doc] = []
    paragraphs: list[list[str]] = []
    current: Doc | None = None

    def finish() -> None:
        if current is None:
            return
        pieces: list[str] = []
        pos = 0
        for p_index, para in enumerate(paragraphs):
            if p_index:
                pieces.append("\n\n")
                pos += 2
                current.par_ends.add(current.ends[-1])
            for s_index, sent in enumerate(para):
                if s_index:
                    pieces.append(" ")
                    pos += 1
                pieces.append(sent)
                pos += len(sent)
                current.ends.append(pos)
                if _END_PUNCT.search(sent):
                    current.punct_ends.add(pos)
        current.text = "".join(pieces)
        docs.append(current)

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc"):
                finish()
                current = Doc(id=line.split("=", 1)[1].strip())
                paragraphs = []
            elif line.startswith("# newpar"):
                paragraphs.append([])
            elif line.startswith("# text ="):
                if current is None:
                    current = Doc(id=path.stem)
                if not paragraphs:
                    paragraphs.append([])
                paragraphs[-1].append(line[len("# text =") :].strip())
    finish()
    return docs


def predicted_ends(text: str, method: str) -> set[int]:
    if method == "analysis.parse":
        doc = parse(Article(id="doc", text=text))
        return {s.end for s in doc.sentences}
    ends: set[int] = set()
    for para in re.finditer(r"[^\n]+", text):
        for m in _NAIVE.finditer(text, para.start(), para.end()):
            ends.add(m.end())
        ends.add(para.end())
    return ends


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(docs: list[Doc], method: str) -> list[tuple[str, int, int, int]]:
    """(row, true positives, predicted, gold) for the three rows."""
    counts = {"all boundaries": [0, 0, 0], "inside paragraphs": [0, 0, 0], "after . ! ?": [0, 0, 0]}
    for doc in docs:
        last = len(doc.text)
        gold = set(doc.ends) - {last}
        pred = predicted_ends(doc.text, method) - {last}
        inside_gold = gold - doc.par_ends
        inside_pred = pred - doc.par_ends
        punct_gold = inside_gold & doc.punct_ends
        # A predicted boundary right after . ! ? (same condition as the gold subset).
        punct_pred = {e for e in inside_pred if _END_PUNCT.search(doc.text[max(0, e - 4) : e])}
        for row, g, p in (
            ("all boundaries", gold, pred),
            ("inside paragraphs", inside_gold, inside_pred),
            ("after . ! ?", punct_gold, punct_pred),
        ):
            counts[row][0] += len(g & p)
            counts[row][1] += len(p)
            counts[row][2] += len(g)
    return [(row, c[0], c[1], c[2]) for row, c in counts.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", type=Path, help="a UD CoNLL-U file (e.g. en_ewt-ud-test.conllu)")
    parser.add_argument(
        "--errors", type=int, default=0, help="also print this many missed/extra boundaries"
    )
    args = parser.parse_args(argv)
    if not args.conllu.is_file():
        print(f"sentences.py: error: {args.conllu}: no such file", file=sys.stderr)
        return 1
    docs = read_conllu(args.conllu)
    n_sent = sum(len(d.ends) for d in docs)
    print(f"{args.conllu.name}: {len(docs)} documents, {n_sent} sentences\n")
    print("| splitter | boundaries | gold | predicted | precision | recall | F1 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for method in ("analysis.parse", "naive . ! ? + space"):
        t0 = time.perf_counter()
        rows = evaluate(docs, method)
        elapsed = time.perf_counter() - t0
        for row, tp, n_pred, n_gold in rows:
            p, r, f = prf(tp, n_pred, n_gold)
            print(f"| {method} | {row} | {n_gold} | {n_pred} | {p:.3f} | {r:.3f} | {f:.3f} |")
        print(f"| {method} | (time) | | | | | {elapsed:.2f} s |")
    if args.errors:
        print_errors(docs, args.errors)
    return 0


def print_errors(docs: list[Doc], limit: int) -> None:
    missed: list[str] = []
    extra: list[str] = []
    for doc in docs:
        last = len(doc.text)
        gold = set(doc.ends) - {last}
        pred = predicted_ends(doc.text, "analysis.parse") - {last}
        for e in sorted(gold - pred):
            if e in doc.punct_ends:
                missed.append(doc.text[max(0, e - 50) : e] + " ‖ " + doc.text[e : e + 30])
        for e in sorted(pred - gold):
            extra.append(doc.text[max(0, e - 50) : e] + " ‖ " + doc.text[e : e + 30])
    print(f"\nmissed after . ! ? ({len(missed)}):")
    for line in missed[:limit]:
        print("  " + line.replace("\n", "¶"))
    print(f"\nextra ({len(extra)}):")
    for line in extra[:limit]:
        print("  " + line.replace("\n", "¶"))


if __name__ == "__main__":
    sys.exit(main())
