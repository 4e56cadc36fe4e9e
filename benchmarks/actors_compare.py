"""Before/after comparison of named actors, and their CPU time.

The package under test is whatever ``analysis`` is first on ``PYTHONPATH``, so two
versions are compared by running ``dump`` twice (once per source tree) and then
``diff`` on the two outputs. The data stays outside the repository.

Usage:
    PYTHONPATH=OLD/src python benchmarks/actors_compare.py dump \
        --polnear ../shared/eval/polnear --kpcrowd ../shared/eval/500n-kpcrowd/dev.jsonl \
        -n 50 --out /tmp/before.jsonl
    PYTHONPATH=NEW/src python benchmarks/actors_compare.py dump ... --out /tmp/after.jsonl
    python benchmarks/actors_compare.py diff /tmp/before.jsonl /tmp/after.jsonl
    PYTHONPATH=NEW/src python benchmarks/actors_compare.py time \
        --polnear ../shared/eval/polnear --split train -n 300
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from analysis.actors import records
from analysis.parse import parse
from analysis.read import article_from_text
from polnear import load


def _texts(polnear: str | None, kpcrowd: str | None, n: int, split: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if kpcrowd:
        lines = Path(kpcrowd).read_text(encoding="utf-8").splitlines()
        for line in lines[:n]:
            d = json.loads(line)
            out.append((f"500n/{d['id']}", d["text"]))
    if polnear:
        for a in load(polnear, split)[:n]:
            out.append((f"polnear/{a.id}", a.text))
    return out


def dump(args: argparse.Namespace) -> None:
    with open(args.out, "w", encoding="utf-8") as f:
        for doc_id, text in _texts(args.polnear, args.kpcrowd, args.n, args.split):
            doc = parse(article_from_text(text, id=doc_id))
            rows = [
                {k: r[k] for k in ("actor", "kind", "mentions", "aliases")} for r in records(doc)
            ]
            f.write(json.dumps({"doc": doc_id, "actors": rows}) + "\n")


def _read(path: str) -> dict[str, dict[str, dict[str, object]]]:
    out: dict[str, dict[str, dict[str, object]]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out[d["doc"]] = {r["actor"]: r for r in d["actors"]}
    return out


def diff(args: argparse.Namespace) -> None:
    a, b = _read(args.before), _read(args.after)
    gone = new = changed = 0
    lines: list[str] = []
    for doc in sorted(a):
        old, cur = a[doc], b.get(doc, {})
        for name in sorted(set(old) - set(cur)):
            gone += 1
            lines.append(f"- {doc}\t{name}\t{old[name]['kind']}\t{old[name]['mentions']}")
        for name in sorted(set(cur) - set(old)):
            new += 1
            lines.append(f"+ {doc}\t{name}\t{cur[name]['kind']}\t{cur[name]['mentions']}")
        for name in sorted(set(cur) & set(old)):
            o, c = old[name], cur[name]
            if (o["kind"], o["mentions"]) != (c["kind"], c["mentions"]):
                changed += 1
                lines.append(
                    f"~ {doc}\t{name}\t{o['kind']}->{c['kind']}\t{o['mentions']}->{c['mentions']}"
                )
    if args.verbose:
        print("\n".join(lines))
        print()
    n_old = sum(len(v) for v in a.values())
    n_new = sum(len(v) for v in b.values())
    print("| documents | actors before | actors after | gone | new | kind/count changed |")
    print("|---|---|---|---|---|---|")
    print(f"| {len(a)} | {n_old} | {n_new} | {gone} | {new} | {changed} |")


def timing(args: argparse.Namespace) -> None:
    docs = [
        parse(article_from_text(t, id=i)) for i, t in _texts(args.polnear, None, args.n, args.split)
    ]
    records(docs[0])  # load the gazetteers and word lists outside the timing
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for d in docs:
            records(d)
        best = min(best, time.process_time() - t0)
    print(f"| documents | CPU seconds (best of {args.repeat}) | ms per document |")
    print("|---|---|---|")
    print(f"| {len(docs)} | {best:.3f} | {1000 * best / len(docs):.2f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--polnear")
    d.add_argument("--kpcrowd")
    d.add_argument("--split", default="dev")
    d.add_argument("-n", type=int, default=50)
    d.add_argument("--out", required=True)
    f = sub.add_parser("diff")
    f.add_argument("before")
    f.add_argument("after")
    f.add_argument("-v", "--verbose", action="store_true")
    t = sub.add_parser("time")
    t.add_argument("--polnear", required=True)
    t.add_argument("--split", default="dev")
    t.add_argument("-n", type=int, default=300)
    t.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    {"dump": dump, "diff": diff, "time": timing}[args.cmd](args)


if __name__ == "__main__":
    main()
