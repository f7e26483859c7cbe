"""The command line for the new inputs and outputs: column flags, --format graphml|plover|csv,
and one line per bad row."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest


@pytest.mark.slow
def test_cli_io_build_corpus_with_columns_and_formats(tmp_path: Path) -> None:
    """`kg build corpus.csv --text-column body --format graphml --format plover --format csv`
    writes the three exports and names the bad row on stderr."""
    corpus = tmp_path / "corpus.csv"
    corpus.write_text(
        "doc,body,day\n"
        'a1,"Narendra Modi met Joe Biden in Washington.",2024-03-06\n'
        "a2,,2024-03-06\n",
        "utf-8",
    )
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-html",
            "--text-column", "body", "--published-column", "day", "--id-column", "doc",
            "--format", "graphml", "--format", "plover", "--format", "csv",
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert f"skipped {corpus}:3: has no text in 'body'" in result.stderr
    assert "Traceback" not in result.stderr
    for name in ("graph.graphml", "events.plover.jsonl", "nodes.csv", "edges.csv"):
        assert (out / name).exists(), name
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert {d["predicate"] for _, _, d in g.edges(data=True)} == {"met"}
    [event] = [json.loads(x) for x in (out / "events.plover.jsonl").read_text().splitlines()]
    assert (event["event"], event["date"], event["storyId"]) == ("CONSULT", "2024-03-06", "a1")
