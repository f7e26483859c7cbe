"""HTML view at scale: a page opened from disk in headless Chromium; time until the network is
drawn and until physics has stopped.

By default the graph is generated: 2,000 nodes and 5,000 edges, past the page's limits, so the
page shows the most connected part (``kg.io.view.ViewLimits``). ``--graph`` times a real graph
instead, and ``--screenshot`` saves what the page shows (the README's pictures).

    python bench/html_view.py [--nodes 2000] [--edges 5000]
    python bench/html_view.py --graph /tmp/news/graph.ttl --screenshot docs/news2015.png \
        --select "Saudi Arabia"
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.graph.core import KnowledgeGraph
from kg.io.browser import chromium
from kg.io.html import render_html
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate, Status


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
    parser.add_argument("--graph", type=Path, help="a graph file (Turtle, TriG) to open instead")
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the settled page")
    parser.add_argument("--select", help="an actor's label: select it and open its panel first")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    if args.graph:
        from kg import load

        kg = load(args.graph)
    else:
        kg = graph(args.nodes, args.edges)
    page_path = Path(tempfile.mkdtemp()) / "big.html"
    start = time.perf_counter()
    page_path.write_text(render_html(kg), "utf-8")
    rendered = time.perf_counter() - start
    with chromium(args.width, args.height) as context:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function("typeof network !== 'undefined'", timeout=120_000)
        drawn = time.perf_counter() - start
        page.wait_for_function("window.kgStable === true", timeout=120_000)
        still = time.perf_counter() - start
        n = page.evaluate("network.body.data.nodes.length")
        e = page.evaluate("network.body.data.edges.length")
        if args.select:
            page.evaluate(
                "label => { const n = nodes.get().find(n => n.label === label);"
                " network.selectNodes([n.id]); kgShow('node', n.id); }",
                args.select,
            )
        if args.screenshot:
            page.screenshot(path=str(args.screenshot))
    size = page_path.stat().st_size / 1e6
    print(
        f"{len(kg.entities)} entities: page of {n} nodes, {e} edges, {size:.1f} MB written in"
        f" {rendered:.1f} s; network created after {drawn:.1f} s, still after {still:.1f} s"
    )


if __name__ == "__main__":
    main()
