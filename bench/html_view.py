"""HTML view at scale: a generated graph of 2,000 nodes and 5,000 edges, opened from disk in
headless Chromium; time until the network is drawn and until physics has stopped.

    python bench/html_view.py [--nodes 2000] [--edges 5000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.graph.core import KnowledgeGraph
from kg.io.html import render_html
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate, Status

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def graph(nodes: int, edges: int, seed: int = 5) -> KnowledgeGraph:
    rng = random.Random(seed)
    types = list(EntityType)
    entities = {
        f"e{i}": Entity(f"e{i}", f"Actor {i}", rng.choice(types), mentions=rng.randint(1, 9))
        for i in range(nodes)
    }
    ids = list(entities)
    preds = [p for p in Predicate if p is not Predicate.STATED]
    claims = []
    for k in range(edges):
        a, b = rng.sample(ids, 2)
        claims.append(
            Relation(
                a,
                rng.choice(preds),
                b,
                Qualifiers(rng.choice(list(Status))),
                Evidence("x", f"Sentence {k}.", k, k + 10),
                0.8,
            )
        )
    return KnowledgeGraph(entities, claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=5000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    page_path = Path(tempfile.mkdtemp()) / "big.html"
    page_path.write_text(render_html(graph(args.nodes, args.edges)), "utf-8")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            user_data_dir=tempfile.mkdtemp(),
            executable_path="/usr/bin/chromium",
            headless=True,
            args=FLAGS,
        )
        page = context.new_page()
        start = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function("typeof network !== 'undefined'", timeout=120_000)
        drawn = time.perf_counter() - start
        page.wait_for_function("window.kgStable === true", timeout=120_000)
        still = time.perf_counter() - start
        n = page.evaluate("network.body.data.nodes.length")
        e = page.evaluate("network.body.data.edges.length")
        context.close()
    print(f"{n} nodes, {e} edges: network created after {drawn:.1f} s, still after {still:.1f} s")


if __name__ == "__main__":
    main()
