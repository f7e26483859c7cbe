"""CPU time of the RDF exports of one graph, side by side in one process: rdflib (an rdflib
Graph or Dataset of everything, then its serializer: the writers before the streamed ones)
against kg's streamed writers (``kg.io.rdfstream``: pyoxigraph fed quads in order).

    python bench/export_cost.py [--size 1000]

The graph is read from ``bench/out/build-N/graph.ttl`` (``bench/memory.py`` or
``kg build bench/out/corpus-N --out bench/out/build-N`` writes it).
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

from kg.io.formats import load_graph
from kg.io.rdf import to_dataset, to_rdf
from kg.io.rdfstream import write_rdf


def cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args()
    path = Path(f"bench/out/build-{args.size}/graph.ttl")
    graph = load_graph(path)
    print(f"{path}: {len(graph.entities):,} entities, {len(graph.claims):,} claims")
    rdflib_writers: dict[str, Callable[[], object]] = {
        "turtle": lambda: to_rdf(graph).serialize(format="turtle"),
        "trig": lambda: to_dataset(graph).serialize(format="trig"),
        "nt": lambda: to_rdf(graph).serialize(format="nt"),
    }
    print("| format | rdflib | streamed | rdflib / streamed |")
    print("|---|---|---|---|")
    for fmt, old in rdflib_writers.items():
        before = cpu(old)
        after = cpu(lambda fmt=fmt: write_rdf(graph, fmt, io.BytesIO()))  # type: ignore[misc]
        print(f"| {fmt} | {before:.2f} s | {after:.2f} s | {before / after:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
