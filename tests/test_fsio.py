"""Nothing lost: a user's folder is never emptied, a store is swapped whole and locked,
exports are replaced all together or not at all, article ids never collide silently."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.errors import GraphError, KgError
from kg.io.fsio import (
    STORE_MARKER,
    check_store_target,
    is_kg_store,
    store_location,
    store_lock,
    write_group,
)
from tests.conftest import SEED

GOOD = "Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing.\n"


def kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [x for x in result.stderr.splitlines() if x.startswith("kg: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _rows(store: Path) -> int:
    from kg.sparql.query import run_query

    result = run_query("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }", store=store)
    assert result.rows[0][0] is not None
    return int(result.rows[0][0].value)


def test_fsio_store_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    """`--store` on the input folder or the export folder is refused; their files stay."""
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "x.txt").write_text(GOOD, "utf-8")
    before = _snapshot(articles)
    for target in (articles, tmp_path / "a" / "x.txt"):
        line = _one_line_error(
            kg("build", str(articles), "--out", str(tmp_path / "o"), "--store", str(target))
        )
        assert str(target) in line
    assert _snapshot(articles) == before
    with pytest.raises(KgError, match="--force"):
        check_store_target(articles)
    check_store_target(articles, force=True)  # the user said so: the store goes beside them
    check_store_target(tmp_path / "new")
    (tmp_path / "empty").mkdir()
    check_store_target(tmp_path / "empty")


@pytest.mark.slow
def test_fsio_store_beside_files_with_force_keeps_them(seed_out: Path, tmp_path: Path) -> None:
    """With --force the store lives beside a folder's files and never removes them."""
    from kg.sparql.store import write_store

    folder = tmp_path / "o"
    shutil.copytree(seed_out, folder)
    before = _snapshot(folder)
    write_store(seed_out / "graph.trig", folder)
    write_store(seed_out / "graph.trig", folder)
    after = _snapshot(folder)
    assert {k: v for k, v in after.items() if k in before} == before
    assert is_kg_store(folder)
    assert _rows(folder) > 10


def test_fsio_store_swap_is_one_rename_and_cleans_leftovers(
    seed_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash while swapping keeps the old store whole; the next run removes leftovers."""
    from kg.sparql.store import write_store

    store = tmp_path / "store"
    write_store(seed_out / "graph.trig", store)
    rows = _rows(store)
    first = store_location(store)
    # leftovers of killed runs: a half-built data folder and an old one the marker left
    (store / ".tmp-data-dead").mkdir()
    (store / ".tmp-data-dead" / "CURRENT").write_text("x")
    shutil.copytree(first, store / "data-000000000000")

    def crash(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KgError, match="No space left"):
        write_store(seed_out / "graph.trig", store)
    monkeypatch.undo()
    assert store_location(store) == first
    assert _rows(store) == rows
    write_store(seed_out / "graph.trig", store)
    second = store_location(store)
    assert second != first
    assert _rows(store) == rows
    left = sorted(p.name for p in store.iterdir())
    assert left == sorted([STORE_MARKER, ".kg-lock", second.name]) or left == sorted(
        [STORE_MARKER, second.name]
    )
    assert not any(p.name.startswith(".store.") for p in tmp_path.iterdir())


@pytest.mark.slow
def test_fsio_store_survives_sigkill_during_rebuilds(seed_out: Path, tmp_path: Path) -> None:
    """SIGKILL at any point of repeated rebuilds leaves a readable store; the next build
    leaves exactly one data folder."""
    import signal
    import time

    from kg.sparql.store import write_store

    store = tmp_path / "store"
    write_store(seed_out / "graph.trig", store)
    rows = _rows(store)
    script = (
        "import sys; from pathlib import Path; from kg.sparql.store import write_store\n"
        "while True: write_store(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    )
    for delay in (0.2, 0.5, 0.9):
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(seed_out / "graph.trig"), str(store)]
        )
        time.sleep(delay)  # not a timing assertion: only where the kill lands
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert _rows(store) == rows
    write_store(seed_out / "graph.trig", store)
    assert [p.name for p in store.iterdir() if p.is_dir()] == [store_location(store).name]


def test_fsio_legacy_store_is_read_and_converted(seed_out: Path, tmp_path: Path) -> None:
    """A store an older kg wrote (bare RocksDB files) is read, and rewritten in place."""
    import pyoxigraph as ox

    from kg.sparql.store import write_store

    store = tmp_path / "store"
    db = ox.Store(str(store))
    db.bulk_load(path=str(seed_out / "graph.trig"), format=ox.RdfFormat.TRIG)
    db.flush()
    del db
    assert is_kg_store(store)
    rows = _rows(store)
    write_store(seed_out / "graph.trig", store)
    assert (store / STORE_MARKER).is_file()
    assert not (store / "CURRENT").exists()
    assert _rows(store) == rows


def test_fsio_damaged_store_is_one_line(tmp_path: Path) -> None:
    """A store whose marker or data is damaged gives a GraphError naming the folder."""
    store = tmp_path / "store"
    store.mkdir()
    (store / STORE_MARKER).write_text('{"current": "data-gone"}')
    with pytest.raises(GraphError, match="missing or damaged"):
        store_location(store)
    (store / STORE_MARKER).write_text("{not json")
    line = _one_line_error(kg("query", "ASK {}", "--store", str(store)))
    assert str(store) in line


def test_fsio_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    """While one process holds the store, `kg remove` waits briefly and names the holder."""
    store = tmp_path / "store"
    store.mkdir()
    (store / STORE_MARKER).write_text('{"current": "data-x"}')
    with store_lock(store):
        result = kg("remove", "x", "--store", str(store), env={"KG_LOCK_WAIT": "0.3"})
        with pytest.raises(KgError, match=f"pid {os.getpid()}"), store_lock(store, wait=0.1):
            pass
    line = _one_line_error(result)
    assert f"in use by another kg process (pid {os.getpid()})" in line
    with store_lock(store, wait=0):  # released when the holder leaves
        pass


def test_fsio_exports_replaced_together_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing one export leaves every previous export whole, no temporaries."""
    out = tmp_path / "out"
    write_group([(out / "a.txt", lambda: "old a"), (out / "b.txt", lambda: "old b")])

    def fail() -> str:
        raise OSError(28, "No space left on device", str(out / "b.txt"))

    with pytest.raises(KgError, match=r"No space left on device.*previous files are unchanged"):
        write_group([(out / "a.txt", lambda: "new a"), (out / "b.txt", fail)])
    assert (out / "a.txt").read_text() == "old a"
    assert (out / "b.txt").read_text() == "old b"
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]


def test_fsio_stale_temporaries_are_removed(tmp_path: Path) -> None:
    """A temporary a killed run left beside an export is removed by the next write."""
    stale = tmp_path / ".graph.ttl.abc123.tmp"
    stale.write_text("half")
    os.utime(stale, (1, 1))
    fresh = tmp_path / ".graph.ttl.def456.tmp"  # maybe another run's, still being written
    fresh.write_text("half")
    write_group([(tmp_path / "graph.ttl", lambda: "whole")])
    assert not stale.exists()
    assert fresh.exists()


@pytest.mark.slow
def test_fsio_unwritable_out_is_one_line_and_keeps_exports(tmp_path: Path) -> None:
    """--out under a file, or a folder kg may not write, is one line; old exports stay."""
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    (tmp_path / "file").write_text("x")
    result = kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "file" / "out"))
    assert "file" in _one_line_error(result)
    result = kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "file"))
    assert "is a file" in _one_line_error(result)
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the in-process test covers it")
    out = tmp_path / "ro"
    out.mkdir()
    (out / "graph.ttl").write_text("previous")
    out.chmod(0o555)
    try:
        result = kg("build", str(tmp_path / "a.txt"), "--out", str(out))
        assert "ro" in _one_line_error(result)
        assert (out / "graph.ttl").read_text() == "previous"
    finally:
        out.chmod(0o755)


@pytest.mark.slow
def test_fsio_disk_full_keeps_previous_exports(seed_graph: Any, tmp_path: Path) -> None:
    """On a full tmpfs the write fails with one line and the previous exports stay whole."""
    from kg.io.export import write_outputs

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        out = mount / "out"
        previous = "@prefix art: <https://kg.example.org/article/> .\n"  # kg's, small
        write_group([(out / "graph.ttl", lambda: previous), (out / "relations.jsonl", lambda: "")])
        with pytest.raises(KgError, match="No space left"):
            write_outputs(seed_graph, out, ("turtle", "nt", "trig"))
        assert (out / "graph.ttl").read_text() == previous
        assert sorted(p.name for p in out.iterdir()) == ["graph.ttl", "relations.jsonl"]
    finally:
        subprocess.run(["umount", str(mount)])


@pytest.mark.slow
def test_fsio_nothing_read_writes_nothing(seed_out: Path, tmp_path: Path) -> None:
    """A mistyped input path leaves the previous exports and store as they were."""
    from kg.sparql.store import write_store

    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    write_store(seed_out / "graph.trig", tmp_path / "store")
    before = _snapshot(out), _snapshot(tmp_path / "store")
    result = kg(
        "build", str(tmp_path / "seed"), "--out", str(out), "--store", str(tmp_path / "store")
    )
    line = _one_line_error(result)
    assert "no article was read" in line
    assert "does not exist" in result.stderr
    assert (_snapshot(out), _snapshot(tmp_path / "store")) == before


@pytest.mark.slow
def test_fsio_skipped_files_keep_previous_outputs_unless_forced(
    seed_out: Path, tmp_path: Path
) -> None:
    """With a skipped file the previous exports are kept (exit 1); --force writes the rest."""
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    before = _snapshot(out)
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, "utf-8")
    (src / "empty.txt").write_text("", "utf-8")
    result = kg("build", str(src), "--out", str(out), "--no-html")
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert "previous outputs" in result.stderr
    assert _snapshot(out) == before
    forced = kg("build", str(src), "--out", str(out), "--no-html", "--force")
    assert forced.returncode == 1
    assert "Lula" in (out / "graph.ttl").read_text("utf-8")


@pytest.mark.slow
def test_fsio_same_file_name_in_two_folders_keeps_both(nlp: Any, tmp_path: Path) -> None:
    """`kg add x/report.txt` then `kg add y/report.txt` keeps both articles; editing one
    file replaces only its own article."""
    from kg.sparql.incremental import add_articles, commit_update

    x, y = tmp_path / "x" / "report.txt", tmp_path / "y" / "report.txt"
    for path, text in ((x, GOOD), (y, "Emmanuel Macron met Olaf Scholz in Berlin.\n")):
        path.parent.mkdir()
        path.write_text(text, "utf-8")
    store, out = tmp_path / "store", tmp_path / "out"
    report = add_articles([x], store, published="2025-01-01", nlp=nlp)
    commit_update(report, out, store, html=False)
    report = add_articles([y], store, published="2025-01-01", nlp=nlp)
    assert report.replaced == []
    assert len(report.renamed) == 1
    commit_update(report, out, store, html=False)
    assert sorted(report.graph.articles) == sorted(["report", report.renamed[0][1]])
    x.write_text("Narendra Modi met Joe Biden in Washington.\n", "utf-8")
    edited = add_articles([x], store, published="2025-01-01", nlp=nlp)
    assert edited.replaced == ["report"]
    assert edited.renamed == []
    again = add_articles([y], store, published="2025-01-01", nlp=nlp)
    assert again.unchanged == [report.renamed[0][1]]


def test_fsio_output_inside_input_is_not_read_back(seed_out: Path, tmp_path: Path) -> None:
    """kg's own exports and pages inside the input folder are not articles."""
    from kg.ingest.articles import find_article_files

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEED, src / SEED.name)
    shutil.copytree(seed_out, src / "out")
    (src / "out" / "graph.html").write_text((seed_out / "graph.html").read_text("utf-8"))
    (src / "view.html").write_text((seed_out / "graph.html").read_text("utf-8"))
    (src / "page.html").write_text("<html><body><p>Modi met Biden.</p></body></html>")
    found = sorted(p.name for p in find_article_files([src]))
    assert found == sorted([SEED.name, "page.html"])


def test_fsio_view_never_overwrites_a_file_it_did_not_write(seed_out: Path, tmp_path: Path) -> None:
    """`kg view --out` over an export or a folder is refused; over its own page it rewrites."""
    target = tmp_path / "graph.ttl"
    shutil.copy(seed_out / "graph.ttl", target)
    before = target.read_bytes()
    graph = str(seed_out / "graph.ttl")
    assert "not a page kg wrote" in _one_line_error(
        kg("view", "--graph", graph, "--out", str(target))
    )
    assert target.read_bytes() == before
    assert "is a folder" in _one_line_error(kg("view", "--graph", graph, "--out", str(tmp_path)))
    page = tmp_path / "view.html"
    assert kg("view", "--graph", graph, "--out", str(page)).returncode == 0
    assert kg("view", "--graph", graph, "--out", str(page)).returncode == 0


@pytest.mark.slow
def test_fsio_two_concurrent_adds_keep_both_articles(tmp_path: Path) -> None:
    """Two `kg add` runs started together on one store both land: the second waits its turn."""
    for name, text in (("a", GOOD), ("b", "Emmanuel Macron met Olaf Scholz in Berlin.\n")):
        (tmp_path / f"{name}.txt").write_text(text, "utf-8")
    store, out = tmp_path / "store", tmp_path / "out"
    env = {**os.environ, "KG_LOCK_WAIT": "300"}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "add",
                str(tmp_path / f"{name}.txt"),
                "--store",
                str(store),
                "--out",
                str(out),
                "--no-html",
                "--published",
                "2025-01-01",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("a", "b")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    from kg.sparql.incremental import load_store

    assert sorted(load_store(store).articles) == ["a", "b"]


def test_fsio_table_exports_join_the_group(
    seed_graph: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GraphML and CSV tables are replaced with the other exports, or not at all."""
    import kg.io.csv_tables
    from kg.io.export import write_outputs
    from kg.model import Entity
    from kg.vocab import EntityType

    write_outputs(seed_graph, tmp_path, ("turtle", "graphml", "csv"), html=False)
    before = _snapshot(tmp_path)

    def full(*args: Any) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.io.csv_tables, "edges_csv", full)
    other = type(seed_graph)({"x": Entity("x", "X", EntityType.PERSON, mentions=1)}, [])
    with pytest.raises(KgError, match="previous files are unchanged"):
        write_outputs(other, tmp_path, ("turtle", "graphml", "csv"), html=False)
    assert _snapshot(tmp_path) == before
