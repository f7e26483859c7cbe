"""`kg remove` from a checkpoint: a store keeps the corpus resolver at a few positions of its
records, and a removal replays the records from the last one before the removed article
only. The exports and the store equal a full build without the removed articles, and the
checkpoints left are right for the next removal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kg.sparql.store as store_module
from kg.api import build_result
from kg.io.export import write_outputs
from kg.sparql.incremental import add_articles, commit_update, remove_articles
from kg.sparql.store import load_checkpoints, write_store
from tests.conftest import write_articles

TEXTS = {
    # bare surnames resolved through other articles, titles, places
    "d0": "Amara Okonkwo-Bello met Tomasz Wierzbicki in Lagos on Monday.",
    "d1": "Wierzbicki criticized Nigeria. Okonkwo-Bello said she would visit Warsaw.",
    "d2": "Chilean Foreign Minister Ines Valdivieso met Peruvian Premier Hugo Quispe in Lima.",
    "d3": "Quispe said Peru would sign the accord. Valdivieso thanked him.",
    "d4": "Rebels attacked the town of Beni. Wierzbicki condemned the attack.",
    "d5": "Okonkwo-Bello visited Kinshasa. Quispe called her on Tuesday.",
    "d6": "Valdivieso met Wierzbicki in Santiago. They discussed copper exports.",
}
NAMES = ("graph.ttl", "graph.trig", "relations.jsonl", "entities.jsonl", "events.jsonl")


def _quads(store: Path) -> list[str]:
    import pyoxigraph as ox

    from kg.io.fsio import open_store

    data = open_store(store).dump(format=ox.RdfFormat.N_QUADS) or b""
    return sorted(data.decode("utf-8").splitlines())


def _files(folder: Path, names: list[str]) -> list[Path]:
    return write_articles(folder, TEXTS, names)


def _full(nlp: Any, files: list[Path], folder: Path) -> None:
    """The exports and store of a build of ``files``, as `kg build --store` writes them."""
    result = build_result(files, published="2025-03-03", nlp=nlp, keep_records=True, spans=False)
    write_outputs(result.graph, folder / "out", ("turtle", "trig"), html=False)
    write_store(folder / "out" / "graph.trig", folder / "store", None, result.records)


@pytest.fixture
def spaced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checkpoints every two records (a store of a few articles gets several)."""
    monkeypatch.setattr(store_module, "MIN_SPACING", 2)


@pytest.mark.slow
@pytest.mark.usefixtures("spaced")
@pytest.mark.parametrize(
    ("removals", "bases"),
    [
        ([["d5"]], [4]),  # from the checkpoint at 4
        ([["d1"]], [0]),  # from the first record: every later answer may change
        ([["d4"], ["d3"]], [4, 2]),  # the first removal left the checkpoint at 2 whole
        ([["d2", "d6"]], [2]),  # two at once: from the one before the first
    ],
)
def test_incremental_checkpoints_equal_a_full_build(
    nlp: Any, tmp_path: Path, removals: list[list[str]], bases: list[int]
) -> None:
    """Removals replay from the last checkpoint before the removed article, and give the
    exports and store of a full build without them."""
    names = sorted(TEXTS)
    src = tmp_path / "src"
    _full(nlp, _files(src, names), tmp_path / "kept")
    store, out = tmp_path / "kept" / "store", tmp_path / "kept" / "out"
    assert [c.position for c in load_checkpoints(store)] == [0, 2, 4, 6]
    used = []
    for gone in removals:
        report = remove_articles(store, gone, nlp=nlp)
        assert report.tail is not None
        used.append(report.tail.base.position)
        commit_update(report, out, store, html=False)
        names = [n for n in names if n not in gone]
    assert used == bases
    _full(nlp, [src / f"{n}.txt" for n in names], tmp_path / "whole")
    for name in NAMES:
        assert (out / name).read_bytes() == (tmp_path / "whole" / "out" / name).read_bytes()
    assert _quads(store) == _quads(tmp_path / "whole" / "store")
    points = load_checkpoints(store)
    assert [c.position for c in points] == list(range(0, len(names), 2))
    assert [c.article for c in points] == names[::2]


@pytest.mark.slow
@pytest.mark.usefixtures("spaced")
def test_incremental_checkpoints_survive_an_add(nlp: Any, tmp_path: Path) -> None:
    """`kg add` keeps the checkpoints (the records before them do not change), and a
    removal after it uses them."""
    src = tmp_path / "src"
    first = ["d0", "d1", "d2", "d3", "d4"]
    _full(nlp, _files(src, first), tmp_path / "kept")
    store, out = tmp_path / "kept" / "store", tmp_path / "kept" / "out"
    added = add_articles(_files(src, ["d5", "d6"]), store, published="2025-03-03", nlp=nlp)
    commit_update(added, out, store, html=False)
    assert [c.position for c in load_checkpoints(store)] == [0, 2, 4]
    report = remove_articles(store, ["d5"], nlp=nlp)
    assert report.tail is not None
    assert report.tail.base.position == 4
    commit_update(report, out, store, html=False)
    _full(nlp, [src / f"{n}.txt" for n in [*first, "d6"]], tmp_path / "whole")
    for name in NAMES:
        assert (out / name).read_bytes() == (tmp_path / "whole" / "out" / name).read_bytes()
    assert _quads(store) == _quads(tmp_path / "whole" / "store")
