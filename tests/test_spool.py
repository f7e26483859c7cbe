"""Spools: values kept on disk in order (``Spool``) or sorted in runs and merged (``SortedSpool``),
and a big build's claims and events read from them, with the same output bytes."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

import kg.io.spool as spool_module
from kg.api import iter_articles
from kg.eval.synth import write_corpus
from kg.graph.core import SpooledClaims
from kg.graph.fusion import fuse_events
from kg.io.export import write_outputs
from kg.io.spool import SortedSpool
from kg.model import Relation
from kg.pipeline import run_build


@pytest.mark.parametrize(
    ("values", "run", "unique", "expected"),
    [
        # (letter, order added): sorted by letter; among equal letters the first added first
        (
            [("b", 0), ("a", 1), ("b", 2), ("a", 3)],
            100,
            False,
            [("a", 1), ("a", 3), ("b", 0), ("b", 2)],
        ),
        (
            [("b", 0), ("a", 1), ("b", 2), ("a", 3)],
            1,
            False,
            [("a", 1), ("a", 3), ("b", 0), ("b", 2)],
        ),
        (
            [("b", 0), ("a", 1), ("b", 2), ("a", 3)],
            3,
            False,
            [("a", 1), ("a", 3), ("b", 0), ("b", 2)],
        ),
        # unique: the first added of each letter, whether in one run or across runs
        ([("b", 0), ("a", 1), ("b", 2), ("a", 3)], 100, True, [("a", 1), ("b", 0)]),
        ([("b", 0), ("a", 1), ("b", 2), ("a", 3)], 1, True, [("a", 1), ("b", 0)]),
        ([("c", 0), ("c", 1), ("a", 2), ("c", 3), ("a", 4)], 2, True, [("a", 2), ("c", 0)]),
        ([], 2, True, []),
    ],
)
def test_spool_sorted_runs_merge_like_a_sort(
    values: list[tuple[str, int]], run: int, unique: bool, expected: list[tuple[str, int]]
) -> None:
    """Sorted on disk in runs, the values read back as one stable sort (first of a key kept)."""
    spooled = SortedSpool(values, key=lambda v: v[0], run=run, unique=unique)
    assert list(spooled) == expected
    assert list(spooled) == expected, "read twice"
    assert len(spooled) == len(expected)
    assert spooled.on_disk is (len(values) > run)


def test_spool_sorted_values_past_one_run_leave_memory() -> None:
    """Past one run, no value of a sorted spool stays alive in memory until it is read."""
    spooled = SortedSpool((Value(n) for n in range(500, 0, -1)), key=lambda v: v.n, run=50)
    gc.collect()
    assert sum(1 for o in gc.get_objects() if isinstance(o, Value)) == 0
    assert [v.n for v in spooled][:3] == [1, 2, 3]


class Value:
    """A value the garbage collector can count."""

    def __init__(self, n: int) -> None:
        self.n = n


@pytest.fixture(scope="module")
def corpus_run(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A generated corpus built once (its builder makes the graph again with any run size)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 40)
    return run_build(iter_articles([folder]), nlp=nlp)


FORMATS = ("turtle", "trig", "nt", "nq", "graphml", "plover", "csv")


@pytest.mark.parametrize(("fan_in", "batch"), [(16, 64), (2, 1)])
def test_spool_spooled_claims_write_the_same_files(
    corpus_run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fan_in: int, batch: int
) -> None:
    """A graph whose claims and events wait on disk writes every export byte for byte as the
    same graph held in lists does (also with runs merged on disk two by two)."""
    held = corpus_run.builder.graph()
    assert isinstance(held.claims, list)
    monkeypatch.setattr(spool_module, "RUN", 25)
    monkeypatch.setattr(spool_module, "FAN_IN", fan_in)
    monkeypatch.setattr(spool_module, "BATCH", batch)
    spooled = corpus_run.builder.graph()
    assert isinstance(spooled.claims, SpooledClaims)
    assert len(spooled.claims) == len(held.claims) > 100
    assert not isinstance(fuse_events(spooled), list), "the events went to disk too"
    written = write_outputs(held, tmp_path / "held", FORMATS)
    write_outputs(spooled, tmp_path / "spooled", FORMATS)
    assert len(written) >= 10
    for path in written:
        other = tmp_path / "spooled" / path.name
        assert path.read_bytes() == other.read_bytes(), path.name


def test_spool_spooled_claims_read_as_a_sequence(
    corpus_run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spooled claims answer len, indexes, slices and equality as the list of them does."""
    held = corpus_run.builder.graph().claims
    monkeypatch.setattr(spool_module, "RUN", 25)
    spooled = corpus_run.builder.graph().claims
    assert spooled == held
    assert (spooled[0], spooled[7], spooled[-1]) == (held[0], held[7], held[-1])
    assert spooled[3:9] == held[3:9]
    with pytest.raises(IndexError):
        spooled[len(held)]
    assert sorted(spooled.by_article(), key=Relation.key) == held


def test_spool_spooled_build_keeps_few_finished_claims_in_memory(
    corpus_run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the graph is made, its finished claims are on disk, not alive in memory."""
    monkeypatch.setattr(spool_module, "RUN", 25)
    gc.collect()
    # other tests of the session may hold claims of their own: count only the new ones
    before = {id(o) for o in gc.get_objects() if isinstance(o, Relation)}
    graph = corpus_run.builder.graph()
    gc.collect()
    alive = sum(1 for o in gc.get_objects() if isinstance(o, Relation) and id(o) not in before)
    assert len(graph.claims) > 100
    assert alive <= 25, f"{alive} of {len(graph.claims)} claims alive"


def test_spool_sorted_runs_spill_by_weight() -> None:
    """With a weight, a run ends when its values weigh ``run``, however few they are."""
    values = ["ccc", "a", "bbbb", "dd"]
    by_count = SortedSpool(values, key=len, run=5)
    by_size = SortedSpool(values, key=len, run=5, weight=len)
    assert not by_count.on_disk
    assert by_size.on_disk
    assert list(by_size) == list(by_count) == ["a", "dd", "ccc", "bbbb"]
