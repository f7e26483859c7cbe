"""Incremental updates by replaying stored records: build A, add B, remove one of A, add C
gives the graph (mention counts included) of a full build of the same articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.api import build_result
from kg.io.export import write_outputs
from kg.io.formats import serialize
from kg.sparql.incremental import UpdateReport, add_articles, remove_articles
from kg.sparql.store import records_file, write_store

TEXTS = {
    # a bare surname resolved through another article, a pronoun, a title, a place
    "a1": "Kazakh President Kassym-Jomart Tokayev met Marta Kowalczyk in Astana on Monday.",
    "a2": "Tokayev criticized Poland. He said Kowalczyk would visit Almaty.",
    "a3": "Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer.",
    "b1": "Kowalczyk later spoke with Orban by phone. Nehammer supported the plan.",
    "c1": "Pakistan accused India of attacking Lahore. Tokayev visited Islamabad.",
}


def _write(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(TEXTS[name] + "\n", "utf-8")
        paths.append(path)
    return paths


def _commit(report: UpdateReport, out: Path, store: Path) -> None:
    """What `kg add` and `kg remove` write: exports, then the store with the records."""
    write_outputs(report.graph, out, ("turtle", "trig"), html=False)
    write_store(out / "graph.trig", store, None, report.records)


@pytest.mark.slow
def test_incremental_sequence_equals_full_build(nlp: Any, tmp_path: Path) -> None:
    """Build A, add B, remove a2, add C: the Turtle of a full build of a1, a3, b1, c1."""
    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    a = _write(src, "a1", "a2", "a3")
    b, c = _write(src, "b1"), _write(src, "c1")
    steps = [lambda: add_articles(a, store, published="2025-03-03", nlp=nlp)]
    steps.append(lambda: add_articles(b, store, published="2025-03-03", nlp=nlp))
    steps.append(lambda: remove_articles(store, ["a2"], nlp=nlp))
    steps.append(lambda: add_articles(c, store, published="2025-03-03", nlp=nlp))
    for step in steps:
        report = step()
        assert report.records is not None
        _commit(report, out, store)
        assert records_file(store) is not None
    full = build_result(
        [src / "a1.txt", src / "a3.txt", *b, *c], published="2025-03-03", nlp=nlp
    ).graph
    assert serialize(report.graph) == serialize(full)
    counts = {e.label: e.mentions for e in report.graph.entities.values()}
    assert counts == {e.label: e.mentions for e in full.entities.values()}
    assert counts["Kassym-Jomart Tokayev"] >= 2


@pytest.mark.slow
def test_incremental_remove_then_add_back_restores_the_graph(nlp: Any, tmp_path: Path) -> None:
    """Removing an article and adding it back gives the first graph again, counts exact."""
    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    paths = _write(src, "a1", "a3", "a2")
    first = add_articles(paths, store, published="2025-03-03", nlp=nlp)
    _commit(first, out, store)
    gone = remove_articles(store, ["a2"], nlp=nlp)
    _commit(gone, out, store)
    assert "a2" not in gone.graph.articles
    back = add_articles(paths, store, published="2025-03-03", nlp=nlp)
    assert back.added == ["a2"]
    assert back.unchanged == ["a1", "a3"]
    assert serialize(back.graph) == serialize(first.graph)


@pytest.mark.slow
def test_incremental_cli_sequence_equals_full_build(tmp_path: Path) -> None:
    """kg build --store A, kg add B, kg remove a2, kg add C: the Turtle of kg build of the rest."""
    from kg.cli import main

    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    a = [str(p) for p in _write(src, "a1", "a2", "a3")]
    b, c = (str(p) for p in (*_write(src, "b1"), *_write(src, "c1")))
    day = ["--published", "2025-03-03"]
    assert main(["build", *a, "--out", str(out), "--store", str(store), "--no-html", *day]) == 0
    assert records_file(store) is not None
    assert main(["add", b, "--store", str(store), "--out", str(out), "--no-html", *day]) == 0
    assert main(["remove", "a2", "--store", str(store), "--out", str(out), "--no-html"]) == 0
    assert main(["add", c, "--store", str(store), "--out", str(out), "--no-html", *day]) == 0
    rest = [str(src / "a1.txt"), str(src / "a3.txt"), b, c]
    full = tmp_path / "full"
    assert main(["build", *rest, "--out", str(full), "--no-html", *day]) == 0
    assert (out / "graph.ttl").read_text("utf-8") == (full / "graph.ttl").read_text("utf-8")
