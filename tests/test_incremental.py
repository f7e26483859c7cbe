"""Incremental updates by replaying stored records: build A, add B, remove one of A, add C
gives the graph (mention counts included) of a full build of the same articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.api import build_result
from kg.errors import KgError
from kg.io.export import write_outputs
from kg.io.formats import serialize
from kg.sparql.incremental import (
    UpdateReport,
    add_articles,
    commit_update,
    load_store,
    remove_articles,
)
from kg.sparql.store import records_file, write_store
from tests.conftest import write_articles

TEXTS = {
    # a bare surname resolved through another article, a pronoun, a title, a place
    "a1": "Kazakh President Kassym-Jomart Tokayev met Marta Kowalczyk in Astana on Monday.",
    "a2": "Tokayev criticized Poland. He said Kowalczyk would visit Almaty.",
    "a3": "Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer.",
    "b1": "Kowalczyk later spoke with Orban by phone. Nehammer supported the plan.",
    "c1": "Pakistan accused India of attacking Lahore. Tokayev visited Islamabad.",
}


def _write(folder: Path, *names: str) -> list[Path]:
    return write_articles(folder, TEXTS, names)


def _quads(store: Path) -> list[str]:
    """Every quad of a store, as sorted N-Quads lines."""
    import pyoxigraph as ox

    from kg.io.fsio import open_store

    data = open_store(store).dump(format=ox.RdfFormat.N_QUADS) or b""
    return sorted(data.decode("utf-8").splitlines())


def _commit(report: UpdateReport, out: Path, store: Path) -> None:
    """What `kg add` and `kg remove` write: exports, then the store with the records."""
    commit_update(report, out, store, html=False)


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
        assert report.state is not None
        _commit(report, out, store)
        assert records_file(store) is not None
        if report.previous is not None:
            assert report.changes is not None, "the store was updated in place"
            assert report.patched, "the exports were patched"
    assert report.records is None, "C was added on the saved state, no record replayed"
    assert [a.id for a, _ in report.appended] == ["c1"]
    full = build_result(
        [src / "a1.txt", src / "a3.txt", *b, *c], published="2025-03-03", nlp=nlp
    ).graph
    assert serialize(report.graph) == serialize(full)
    counts = {e.label: e.mentions for e in report.graph.entities.values()}
    assert counts == {e.label: e.mentions for e in full.entities.values()}
    assert counts["Kassym-Jomart Tokayev"] >= 2
    whole = tmp_path / "whole"
    write_outputs(full, whole, ("turtle", "trig"), html=False)
    for name in ("graph.ttl", "graph.trig", "relations.jsonl", "entities.jsonl", "events.jsonl"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
    write_store(whole / "graph.trig", tmp_path / "store2")
    assert _quads(store) == _quads(tmp_path / "store2")


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
    full, store2 = tmp_path / "full", tmp_path / "store2"
    flags = ["--out", str(full), "--store", str(store2), "--no-html", *day]
    assert main(["build", *rest, *flags]) == 0
    for name in ("graph.ttl", "graph.trig", "relations.jsonl", "entities.jsonl", "events.jsonl"):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    assert _quads(store) == _quads(store2)


class _CountingModel:
    """The spaCy model with a hook on ``pipe``: every text it is asked to parse."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.texts: list[str] = []

    def pipe(self, items: Any, **options: Any) -> Any:
        def spy() -> Any:
            for item in items:
                self.texts.append(item[0] if isinstance(item, tuple) else item)
                yield item

        return self.nlp.pipe(spy(), **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


@pytest.mark.slow
def test_incremental_add_parses_only_the_new_article(nlp: Any, tmp_path: Path) -> None:
    """`kg add` of one article parses that article's text only, none of the held ones."""
    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    held = _write(src, "a1", "a2", "a3")
    _commit(add_articles(held, store, published="2025-03-03", nlp=nlp), out, store)
    counting = _CountingModel(nlp)
    report = add_articles([*held, *_write(src, "b1")], store, published="2025-03-03", nlp=counting)
    assert report.added == ["b1"]
    assert report.unchanged == ["a1", "a2", "a3"]
    assert counting.texts, "the new article was parsed"
    assert all(text in TEXTS["b1"] for text in counting.texts)
    assert report.records is None, "no held record was replayed"


@pytest.mark.slow
def test_incremental_failed_update_keeps_the_store(
    nlp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An add that fails while writing the store leaves the store, its records and its
    state as they were; the same add run again then gives the full build's store."""
    import kg.sparql.state

    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    a, b = _write(src, "a1", "a2"), _write(src, "b1")
    _commit(add_articles(a, store, published="2025-03-03", nlp=nlp), out, store)
    before = _quads(store)
    saved = records_file(store)
    assert saved is not None
    records = saved.read_bytes()

    def fail(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.sparql.state, "save_state", fail)
    report = add_articles(b, store, published="2025-03-03", nlp=nlp)
    with pytest.raises(OSError, match="No space"):
        _commit(report, out, store)
    monkeypatch.undo()
    assert _quads(store) == before
    saved = records_file(store)
    assert saved is not None
    assert saved.read_bytes() == records
    again = add_articles(b, store, published="2025-03-03", nlp=nlp)
    assert again.added == ["b1"]
    _commit(again, out, store)
    full = build_result([*a, *b], published="2025-03-03", nlp=nlp).graph
    whole = tmp_path / "whole"
    write_outputs(full, whole, ("turtle", "trig"), html=False)
    write_store(whole / "graph.trig", tmp_path / "store2")
    assert _quads(store) == _quads(tmp_path / "store2")


@pytest.mark.slow
def test_incremental_exports_edited_by_hand_are_written_whole(nlp: Any, tmp_path: Path) -> None:
    """An export that is not the file the last update wrote is not patched: every export
    is written whole, and equals a full build's."""
    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    a, b = _write(src, "a1", "a3"), _write(src, "b1")
    _commit(add_articles(a, store, published="2025-03-03", nlp=nlp), out, store)
    ttl = out / "graph.ttl"
    ttl.write_bytes(ttl.read_bytes() + b"# a note\n")
    report = add_articles(b, store, published="2025-03-03", nlp=nlp)
    _commit(report, out, store)
    assert report.changes is not None
    assert report.patched == []
    full = build_result([*a, *b], published="2025-03-03", nlp=nlp).graph
    whole = tmp_path / "whole"
    write_outputs(full, whole, ("turtle", "trig"), html=False)
    for name in ("graph.ttl", "graph.trig", "relations.jsonl", "events.jsonl"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
    again = add_articles(_write(src, "c1"), store, published="2025-03-03", nlp=nlp)
    _commit(again, out, store)
    assert again.patched == ["events.jsonl", "graph.trig", "graph.ttl", "relations.jsonl"]


EVENT_REPORTS = {
    # one meeting reported three times, and a meeting reported once
    "e1": (
        "Serbian Prime Minister Ana Brnabic will meet Albanian Prime Minister Edi Rama in Geneva "
        "next week, her office said.",
        "2021-06-07",
    ),
    "e2": ("Ana Brnabic met Edi Rama in Geneva on June 14, 2021.", "2021-06-15"),
    "e3": (
        "Albanian Prime Minister Edi Rama met Serbian Prime Minister Ana Brnabic in Geneva on "
        "Monday, officials said.",
        "2021-06-15",
    ),
    "e4": ("Albin Kurti met Aleksandar Vucic in Brussels on June 15, 2021.", "2021-06-16"),
}


def _events(out: Path) -> dict[str, list[str]]:
    """events.jsonl as event id -> the articles of its reports."""
    import json

    lines = (out / "events.jsonl").read_text("utf-8").splitlines()
    return {e["id"]: [r["article"] for r in e["reports"]] for e in map(json.loads, lines)}


@pytest.mark.slow
def test_incremental_add_attaches_reports_and_remove_detaches_them(
    nlp: Any, tmp_path: Path
) -> None:
    """kg add attaches a new report to the existing event (same id); kg remove detaches it,
    and an event with no report left is gone, as in a full build."""
    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    texts = {name: text for name, (text, _) in EVENT_REPORTS.items()}
    paths = dict(zip(EVENT_REPORTS, write_articles(src, texts, EVENT_REPORTS), strict=True))
    for name, (_, day) in EVENT_REPORTS.items():
        (src / f"{name}.meta.json").write_text(f'{{"published": "{day}"}}', "utf-8")
    _commit(add_articles([paths["e1"], paths["e2"]], store, nlp=nlp), out, store)
    ((geneva, first),) = _events(out).items()
    assert first == ["e1", "e2"]
    _commit(add_articles([paths["e3"], paths["e4"]], store, nlp=nlp), out, store)
    events = _events(out)
    assert events[geneva] == ["e1", "e2", "e3"], "the new report joined the same event"
    (brussels,) = set(events) - {geneva}
    assert events[brussels] == ["e4"]
    _commit(remove_articles(store, ["e4", "e2"], nlp=nlp), out, store)
    assert _events(out) == {geneva: ["e1", "e3"]}, "e4's event is gone, e2 detached"
    full = tmp_path / "full"
    graph = build_result([paths["e1"], paths["e3"]], nlp=nlp).graph
    write_outputs(graph, full, ("turtle",), html=False)
    assert (out / "events.jsonl").read_bytes() == (full / "events.jsonl").read_bytes()


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("a3.txt", "no article a3.txt in {store}. Did you mean a3?"),
        ("zz-unknown", "no article zz-unknown in {store}. An article's id is its file's name"),
    ],
)
def test_incremental_remove_of_an_unknown_id_says_which_ids_are_near(
    nlp: Any, tmp_path: Path, asked: str, said: str
) -> None:
    """Removing an id the store lacks fails naming the held ids closest to it, and what an id
    is, and the store keeps every article."""
    src, store, out = tmp_path / "src", tmp_path / "store", tmp_path / "out"
    _commit(
        add_articles(_write(src, "a1", "a3"), store, published="2025-03-03", nlp=nlp), out, store
    )
    with pytest.raises(KgError) as caught:
        remove_articles(store, [asked], nlp=nlp)
    assert said.format(store=store) in str(caught.value)
    assert sorted(load_store(store).articles) == ["a1", "a3"]
