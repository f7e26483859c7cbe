"""A user's files in an output folder are never replaced: every export kg writes is known as
its own by how it starts; build, add, remove and view refuse a user's file of an export's
name before any work, rewrite kg's own earlier exports, and leave other files alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError
from kg.io.ownership import WRITTEN_NAMES, check_targets, is_kg_file
from tests.conftest import SEED

ALL_FORMATS = ("turtle", "nt", "nq", "trig", "json-ld", "graphml", "plover", "csv")
FORMAT_FLAGS = [flag for fmt in ALL_FORMATS[1:] for flag in ("--format", fmt)]
NO_MODEL = ("--model", "kg_no_such_model")  # a run that got past the check would fail on it
# a user's own file under each name kg writes: other tools' output, or notes
USER_TEXT = {
    "graph.ttl": "@prefix ex: <http://example.com/> .\nex:a ex:knows ex:b .\n",
    "graph.trig": "@prefix ex: <http://example.com/> .\nex:g { ex:a ex:knows ex:b . }\n",
    "graph.nt": "<http://example.com/a> <http://example.com/knows> <http://example.com/b> .\n",
    "graph.nq": "<http://example.com/a> <http://example.com/knows> <http://example.com/b> .\n",
    "graph.jsonld": '[{"@id": "http://example.com/a"}]\n',
    "relations.jsonl": '{"head": "Acme", "relation": "owns", "tail": "Beta"}\n',
    "entities.jsonl": '{"id": 1, "name": "Acme"}\n',
    "events.jsonl": '{"id": "e1", "when": "2020-01-01"}\n',
    "events.plover.jsonl": '{"id": "x-1", "event": "ASSAULT"}\n',
    "nodes.csv": "id,name\n1,Acme\n",
    "edges.csv": "source,target\n1,2\n",
    "graph.graphml": '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    '<key id="d0" for="node" attr.name="name" attr.type="string"/>\n'
    '<graph edgedefault="undirected"><node id="n0"/></graph></graphml>\n',
    "graph.html": "<html><head><title>My notes</title></head><body>mine</body></html>\n",
}


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=300,
    )


def _refusal(result: subprocess.CompletedProcess[str]) -> str:
    """The one error line of a refused command (exit 2, no traceback)."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [x for x in result.stderr.splitlines() if x.startswith("kg: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_ownership_user_texts_cover_every_written_name() -> None:
    """The table of user files names every file kg writes (a new export needs a row)."""
    assert set(USER_TEXT) == WRITTEN_NAMES


@pytest.mark.parametrize("name", sorted(USER_TEXT))
def test_ownership_user_file_is_not_kg_s(name: str, tmp_path: Path) -> None:
    """A user's file under an export's name is not kg's; empty or missing, it may go."""
    path = tmp_path / name
    assert is_kg_file(path)
    path.write_text(USER_TEXT[name], "utf-8")
    assert not is_kg_file(path)
    with pytest.raises(KgError, match=f"{name}: exists and is not an? (export|page) kg wrote"):
        check_targets([path])
    path.write_bytes(b"")
    assert is_kg_file(path)


def test_ownership_names_kg_does_not_write_are_the_user_s_choice(tmp_path: Path) -> None:
    """A file kg has no signature for (`kg eval --out figures.json`) may be replaced; any page
    is known by kg's generator tag, whatever its name."""
    figures = tmp_path / "figures.json"
    figures.write_text('{"f1": 0.5}\n', "utf-8")
    assert is_kg_file(figures)
    page = tmp_path / "neighbours.HTML"
    page.write_text(USER_TEXT["graph.html"], "utf-8")
    assert not is_kg_file(page)


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (("Chinese President Xi Jinping met Brazilian President Lula in Beijing.",), "claims"),
        (("It rained all day and nobody went out.",), "empty"),
    ],
)
def test_ownership_every_export_kg_writes_is_its_own(
    extract: Any, texts: tuple[str, ...], label: str, tmp_path: Path
) -> None:
    """Each file of every format, of a graph with claims or with none, is known as kg's."""
    from kg.io.export import write_outputs

    written = write_outputs(extract(*texts), tmp_path, ALL_FORMATS)
    assert {p.name for p in written} == WRITTEN_NAMES, label
    assert [p.name for p in written if not is_kg_file(p)] == [], label
    pages = [p.name for p in written if p.stat().st_size and is_kg_file(p, like="graph.html")]
    assert pages == ["graph.html"], label


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(USER_TEXT))
def test_ownership_build_refuses_a_user_file_before_any_work(name: str, tmp_path: Path) -> None:
    """`kg build --out` over a user's file of an export's name: one line naming it and the
    fix, exit 2, and the folder as it was (nothing written beside it); refused before the
    model is even looked for (a missing one would be the error otherwise)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_text(USER_TEXT[name], "utf-8")
    (out / "notes.txt").write_text("my notes\n", "utf-8")
    before = _snapshot(out)
    line = _refusal(kg("build", str(SEED), "--out", str(out), *FORMAT_FLAGS, *NO_MODEL))
    assert str(out / name) in line
    assert "Choose another --out, or move or rename the file" in line
    assert _snapshot(out) == before


@pytest.mark.slow
def test_ownership_build_rewrites_its_own_and_leaves_the_user_s(tmp_path: Path) -> None:
    """A second build over kg's own exports is byte-identical; the user's files beside them,
    even one named like an export kg is not asked for, are untouched; a failed run (an input
    path mistyped) leaves every file as it was."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("my notes\n", "utf-8")
    (out / "nodes.csv").write_text(USER_TEXT["nodes.csv"], "utf-8")  # no --format csv here
    first = kg("build", str(SEED), "--out", str(out), "--format", "nt")
    assert first.returncode == 0, first.stderr
    before = _snapshot(out)
    again = kg("build", str(SEED), "--out", str(out), "--format", "nt")
    assert again.returncode == 0, again.stderr
    assert _snapshot(out) == before
    assert (out / "nodes.csv").read_text("utf-8") == USER_TEXT["nodes.csv"]
    assert kg("build", str(tmp_path / "missing"), "--out", str(out)).returncode == 2
    assert _snapshot(out) == before
    assert _refusal(kg("build", str(SEED), "--out", str(out), "--format", "csv")).startswith(
        f"kg: error: {out / 'nodes.csv'}: exists and is not an export kg wrote"
    )
    assert _snapshot(out) == before


@pytest.mark.slow
def test_ownership_add_and_remove_refuse_a_user_page(seed_out: Path, tmp_path: Path) -> None:
    """`kg add` and `kg remove` refuse an --out folder holding a user's graph.html, before
    any work (the model is not looked for) and with the store untouched; with --no-html the
    page is not theirs to write, and they run."""
    from kg.sparql.store import write_store

    store = tmp_path / "store"
    write_store(seed_out / "graph.trig", store)
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    (out / "graph.html").write_text(USER_TEXT["graph.html"], "utf-8")
    article = tmp_path / "new.txt"
    article.write_text("Canada recalled its ambassador to Peru on Monday.\n", "utf-8")
    before = _snapshot(out), _snapshot(store)
    for args in (("add", str(article), *NO_MODEL), ("remove", SEED.stem)):
        line = _refusal(kg(*args, "--store", str(store), "--out", str(out)))
        assert f"{out / 'graph.html'}: exists and is not a page kg wrote" in line
        assert (_snapshot(out), _snapshot(store)) == before
    added = kg("add", str(article), "--store", str(store), "--out", str(out), "--no-html")
    assert added.returncode == 0, added.stderr
    assert (out / "graph.html").read_text("utf-8") == USER_TEXT["graph.html"]


@pytest.mark.slow
def test_ownership_view_refuses_a_user_page(seed_out: Path, tmp_path: Path) -> None:
    """`kg view --out` over a user's page (no generator tag) is refused; over its own page,
    or an empty file, it writes."""
    page = tmp_path / "mine.html"
    page.write_text(USER_TEXT["graph.html"], "utf-8")
    graph = str(seed_out / "graph.ttl")
    assert "mine.html: exists and is not a page kg wrote" in _refusal(
        kg("view", "--graph", graph, "--out", str(page))
    )
    assert page.read_text("utf-8") == USER_TEXT["graph.html"]
    page.write_bytes(b"")
    assert kg("view", "--graph", graph, "--out", str(page)).returncode == 0
    assert kg("view", "--graph", graph, "--out", str(page)).returncode == 0
