"""Reading PolNeAR (Newell, Margolin & Ruths, LREC 2018) brat standoff files.

Shared by ``mine_cues.py`` and ``eval_quotes.py``. The data stays outside the
repository: every function takes the corpus path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldQuote:
    content: Spans
    cue: Spans
    source: Spans


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def _spans(field: str) -> Spans:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path) -> tuple[GoldQuote, ...]:
    """Attribution relations of one ``.ann`` file (``E`` lines linking ``T`` spans)."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, info, *_ = line.split("\t")
            _, _, offsets = info.partition(" ")
            spans[tid] = _spans(offsets)
        elif line.startswith("E") and "\t" in line:
            _, info = line.split("\t")[:2]
            roles = dict(part.split(":", 1) for part in info.split())
            events.append(roles)
    quotes = []
    for roles in events:
        content = spans.get(roles.get("Content", ""), ())
        if not content:
            continue
        quotes.append(
            GoldQuote(
                content=content,
                cue=spans.get(roles.get("Cue", ""), ()),
                source=spans.get(roles.get("Source", ""), ()),
            )
        )
    quotes.sort(key=lambda q: (q.content[0], q.cue))
    return tuple(quotes)


def read_split(root: Path) -> list[GoldArticle]:
    """One split folder (``train/`` or ``dev/``): text plus the first annotator's file."""
    texts = root / "text"
    anns = sorted((root / "attributions").glob("*.ann"))
    chosen: dict[str, Path] = {}
    for ann in anns:
        article = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(article, ann)
    out = []
    for article, ann in sorted(chosen.items()):
        text = (texts / f"{article}.txt").read_text(encoding="utf-8")
        out.append(GoldArticle(article, text, read_ann(ann)))
    return out


def read_gold_jsonl(path: Path) -> list[GoldArticle]:
    """``dev.gold.jsonl``: one article per line with its quotes."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        quotes = tuple(
            GoldQuote(
                tuple(map(tuple, q["content"])),  # type: ignore[arg-type]
                tuple(map(tuple, q["cue"])),  # type: ignore[arg-type]
                tuple(map(tuple, q["source"])),  # type: ignore[arg-type]
            )
            for q in d["quotes"]
        )
        out.append(GoldArticle(d["id"], d["text"], quotes))
    return out


def load(path: str, split: str) -> list[GoldArticle]:
    """The split ``split`` of the corpus at ``path`` (``dev`` prefers ``dev.gold.jsonl``)."""
    root = Path(path)
    if split == "dev" and (root / "dev.gold.jsonl").exists():
        return read_gold_jsonl(root / "dev.gold.jsonl")
    return read_split(root / split)
