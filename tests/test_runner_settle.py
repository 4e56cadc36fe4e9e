"""runner.settle: long-lived objects are frozen once per process, after the first task."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from analysis import runner
from analysis.read import article_from_record
from analysis.types import Article


@pytest.fixture
def fresh_gc() -> Iterator[None]:
    threshold = gc.get_threshold()  # (another test may have settled this process)
    gc.set_threshold(700, 10, 10)  # Python's default
    gc.unfreeze()
    runner._settled = False
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
    runner._settled = False


def _articles(n: int) -> list[Article]:
    return [article_from_record({"id": f"a{i}", "text": f"Text {i}."}, where="t") for i in range(n)]


def test_settle_after_the_first_task(fresh_gc: None, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_counts: list[int] = []
    freezes: list[int] = []
    real_freeze = gc.freeze

    def counting_freeze() -> None:
        freezes.append(1)
        real_freeze()

    monkeypatch.setattr(gc, "freeze", counting_freeze)  # the module runner calls

    def task(article: Article) -> str:
        frozen_counts.append(gc.get_freeze_count())
        return article.id

    out = list(runner.run(_articles(3), task, settle_after=True))
    assert out == ["a0", "a1", "a2"]
    assert frozen_counts[0] == 0 and frozen_counts[1] > 0
    assert len(freezes) == 1  # once per process, not per task
    assert gc.get_threshold()[0] == runner.YOUNG_THRESHOLD == 50_000


def test_settle_keeps_the_older_generations_thresholds(fresh_gc: None) -> None:
    gc.set_threshold(700, 7, 3)
    runner.settle()
    assert gc.get_threshold() == (50_000, 7, 3)
    runner.settle()  # once per process: a second call changes nothing
    assert gc.get_threshold() == (50_000, 7, 3)


def test_no_settle_by_default(fresh_gc: None) -> None:
    assert list(runner.run(_articles(2), lambda a: a.id)) == ["a0", "a1"]
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (700, 10, 10)
