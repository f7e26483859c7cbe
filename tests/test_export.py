"""Exports: JSON Lines shape, determinism, the committed output being up to date, golden Turtle."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph.core import KnowledgeGraph
from kg.io.export import entities_jsonl, relations_jsonl, write_atomic, write_outputs
from kg.io.formats import serialize
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, EventType, Predicate, Status
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "small.ttl"


def test_export_relation_lines_have_the_documented_shape(seed_graph: Any) -> None:
    """Every relation line has subject/predicate/object/qualifiers/evidence/confidence."""
    lines = relations_jsonl(seed_graph).splitlines()
    assert len(lines) == len(seed_graph.claims) > 0
    for line in lines:
        record = json.loads(line)
        assert list(record) == [
            "subject",
            "predicate",
            "object",
            "qualifiers",
            "evidence",
            "confidence",
        ]
        assert set(record["subject"]) == {"id", "label", "type"}
        assert set(record["object"]) in ({"id", "label", "type"}, {"value"})
        assert list(record["qualifiers"]) == [
            "status",
            "date",
            "place",
            "title",
            "cameo",
            "event",
        ]
        assert list(record["evidence"]) == ["article", "sentence", "start", "end"]
        assert 0 <= record["confidence"] <= 1


def test_export_entity_lines_have_the_documented_shape(seed_graph: Any) -> None:
    """Every entity line has id, label, type, aliases and a mention count."""
    lines = entities_jsonl(seed_graph).splitlines()
    assert len(lines) == len(seed_graph.entities) > 0
    for line in lines:
        record = json.loads(line)
        assert {"id", "label", "type", "aliases", "mentions"} <= set(record)
        assert isinstance(record["mentions"], int)
        assert record["mentions"] > 0


def test_export_seed_has_the_three_headline_triples() -> None:
    """The committed output holds the seed's three headline relations."""
    lines = [json.loads(x) for x in (ROOT / "output" / "relations.jsonl").read_text().splitlines()]
    seen = {
        (
            r["subject"]["label"],
            r["predicate"],
            r["object"].get("label"),
            r["qualifiers"]["date"],
            r["qualifiers"]["place"],
        )
        for r in lines
    }
    assert ("Steve Witkoff", "met", "Vladimir Putin", "2025-08-06", "Kremlin") in seen
    assert ("Joe Biden", "met", "Vladimir Putin", "2021", "Geneva") in seen
    assert any(
        s == "Yuri Ushakov" and p == "adviser_to" and o == "Vladimir Putin"
        for s, p, o, _, _ in seen
    )


def test_export_nothing_from_boilerplate_anywhere() -> None:
    """No name from the teasers or 'You may also like' appears in any committed output."""
    for name in ("graph.ttl", "relations.jsonl", "entities.jsonl"):
        text = (ROOT / "output" / name).read_text("utf-8")
        for bad in (
            "nuclear missile tests",
            "three-word review",
            "Beatrice",
            "Coronation",
            "Sesko",
            "heatwave",
        ):
            assert bad not in text, (name, bad)


def test_export_is_deterministic(seed_graph: Any, tmp_path: Path) -> None:
    """Writing the same graph twice gives byte-identical files."""
    a, b = tmp_path / "a", tmp_path / "b"
    write_outputs(seed_graph, a, ("turtle", "nt", "trig"))
    write_outputs(seed_graph, b, ("turtle", "nt", "trig"))
    names = sorted(path.name for path in a.iterdir())
    assert {"graph.ttl", "graph.nt", "graph.trig", "relations.jsonl"} <= set(names)
    assert names == sorted(path.name for path in b.iterdir())
    for path in sorted(a.iterdir()):
        assert path.read_bytes() == (b / path.name).read_bytes(), path.name


def test_export_committed_output_is_up_to_date(seed_graph: Any) -> None:
    """output/ holds exactly what `make run` writes for seeds/ today."""
    # written beside output/, so the page's relative links to seeds/ are those `make run` writes
    out = Path(tempfile.mkdtemp(prefix=".output-check-", dir=ROOT))
    try:
        write_outputs(seed_graph, out)
        for name in ("graph.ttl", "relations.jsonl", "entities.jsonl", "graph.html"):
            committed = (ROOT / "output" / name).read_text("utf-8")
            assert committed == (out / name).read_text("utf-8"), (
                f"output/{name} is stale: run `make run` and commit output/"
            )
    finally:
        shutil.rmtree(out)


def _small_graph() -> KnowledgeGraph:
    a = Entity(
        "Q142",
        "France",
        EntityType.COUNTRY,
        ("French Republic",),
        "Q142",
        "FR",
        "FR",
        mentions=2,
        articles=("a1",),
    )
    b = Entity(
        "emmanuel-x",
        "Emmanuel X",
        EntityType.PERSON,
        ("X",),
        country="FR",
        mentions=3,
        articles=("a1",),
    )
    c = Entity("p-y", "Ünïcode “Y” <Z>", EntityType.PERSON, mentions=1, articles=("a1",))
    ev = Evidence("a1", "Emmanuel X, President of France, met Y.", 10, 50)
    rels = [
        Relation("emmanuel-x", Predicate.LEADER_OF, "Q142", Qualifiers(title="President"), ev, 0.9),
        Relation(
            "emmanuel-x",
            Predicate.MET,
            "p-y",
            Qualifiers(Status.PLANNED, "2025-08", "France", None, "040", EventType.CONSULT),
            ev,
            0.8,
        ),
        Relation(
            "p-y",
            Predicate.STATED,
            None,
            Qualifiers(cameo="010"),
            ev,
            0.8,
            value='He said "no" \\ twice',
        ),
    ]
    return KnowledgeGraph({e.id: e for e in (a, b, c)}, rels)


def test_export_golden_turtle(request: pytest.FixtureRequest) -> None:
    """The Turtle of a small fixed graph equals the golden file, text and graph."""
    text = serialize(_small_graph(), "turtle")
    if request.config.getoption("--regen-golden"):
        GOLDEN.write_text(text, "utf-8")
    golden = GOLDEN.read_text("utf-8")
    assert text == golden
    assert isomorphic(
        Graph().parse(data=text, format="turtle"), Graph().parse(data=golden, format="turtle")
    )


def test_export_atomic_write_keeps_old_file_on_failure(tmp_path: Path) -> None:
    """A write that fails midway leaves the previous file intact and no temp file."""
    path = tmp_path / "x.txt"
    path.write_text("old", "utf-8")

    with pytest.raises(TypeError):
        write_atomic(path, object())  # type: ignore[arg-type]
    assert path.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_export_build_killed_midway_leaves_previous_outputs(tmp_path: Path) -> None:
    """SIGKILL during a build leaves the previous outputs parseable; a re-run completes."""
    import random
    import signal
    import time

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "--out", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    before = (out / "graph.ttl").read_bytes()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.uniform(0.2, 2.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    Graph().parse(out / "graph.ttl", format="turtle")
    for line in (out / "relations.jsonl").read_text("utf-8").splitlines():
        json.loads(line)
    subprocess.run(cmd, check=True, capture_output=True)
    assert (out / "graph.ttl").read_bytes() == before


def labels_text(kg: KnowledgeGraph) -> str:
    """A text producer for the test below: one entity label a line."""
    return "".join(f"{e.label}\n" for e in kg.entities.values())


def test_export_new_table_format_is_one_registry_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TableFormat line is all a new written format needs: write_outputs writes it."""
    from kg.io import formats

    line = formats.TableFormat("labels", (("labels.txt", "tests.test_export:labels_text"),))
    monkeypatch.setitem(formats.TABLE_FORMATS, "labels", line)
    graph = KnowledgeGraph({"e1": Entity("e1", "Luiz Lula", EntityType.PERSON)}, [])
    written = write_outputs(graph, tmp_path, ("turtle", "labels"), html=False)
    assert tmp_path / "labels.txt" in written
    assert (tmp_path / "labels.txt").read_text("utf-8") == "Luiz Lula\n"
    assert not (tmp_path / "graph.labels").exists()


def _readme_table(heading: str) -> list[list[str]]:
    """The rows of the first Markdown table after a line starting with ``heading``."""
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif rows:
            break
    return rows[2:]  # without the header and its rule


def test_export_readme_tables_list_every_format_with_its_library() -> None:
    """Every --format, every default export and every input suffix has a README row naming
    the library that reads or writes it."""
    from kg.ingest.articles import READERS
    from kg.io.formats import FORMATS, TABLE_FORMATS

    formats = _readme_table("With `--format` (repeatable)")
    named = {n.strip("` ") for row in formats for n in row[0].split(",")}
    assert set(FORMATS) - {"turtle"} | set(TABLE_FORMATS) <= named
    assert all(row[-1] for row in formats)
    defaults = _readme_table("`make run` prints a summary")
    files = {row[0].strip("`") for row in defaults}
    assert {"graph.ttl", "graph.html", "relations.jsonl", "entities.jsonl", "events.jsonl"} <= files
    assert all(row[-1] for row in defaults)
    inputs = _readme_table("Input: files or folders")
    listed = " ".join(row[1] for row in inputs)
    assert all(f"`{suffix}`" in listed for suffix in READERS), listed
    assert all(row[3] for row in inputs)


def test_export_jsonld_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    """JSON-LD is written in one order: two processes with different string-hash seeds (which
    reorder rdflib's sets) write the same bytes, and the document still loads as the graph."""
    script = (
        "import sys; from tests.test_export import _small_graph; "
        "from kg.io.rdf import write_jsonld; sys.stdout.write(write_jsonld(_small_graph()))"
    )
    outs = []
    for seed in ("1", "2", "3"):
        env = {"PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
        run = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        outs.append(run.stdout)
    assert outs[0] == outs[1] == outs[2]
    path = tmp_path / "g.jsonld"
    path.write_text(outs[0], encoding="utf-8")
    assert len(Graph().parse(path, format="json-ld")) > 0  # the round trip: test_offline
