"""SPARQL latency on a generated graph in kg's own RDF model (about 1,000,000 triples):
median latency of every query in queries/ with bound parameters, on pyoxigraph in memory,
pyoxigraph's on-disk store, and rdflib, measured side by side in one run.

    python bench/sparql.py [--relations 65000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from kg.graph.core import KnowledgeGraph
from kg.io.formats import serialize
from kg.lexicon import default_lexicon
from kg.model import Article, Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate, Status, mint_entity_id

BINDINGS = {
    "who_met": ["name=Person 7"],
    "timeline": ["name=Person 7"],
    "sources": ["name=Person 7"],
    "country_interactions": ["a=Russia", "b=United States"],
}


def synthetic_graph(relations: int, seed: int = 11) -> KnowledgeGraph:
    rng = random.Random(seed)
    countries = [e for e in default_lexicon().entries if e.type is EntityType.COUNTRY and e.qid][
        :60
    ]
    entities: dict[str, Entity] = {}
    for c in countries:
        entities[c.qid or ""] = Entity(
            c.qid or "",
            c.label,
            EntityType.COUNTRY,
            c.aliases,
            c.qid,
            c.iso,
            c.iso,
            rng.randint(1, 500),
            ("a0",),
        )
    people = []
    for i in range(relations // 4):
        label = f"Person {i}"
        eid = mint_entity_id(label, EntityType.PERSON)
        country = rng.choice(countries).iso
        entities[eid] = Entity(
            eid,
            label,
            EntityType.PERSON,
            (f"P{i}",),
            None,
            None,
            country,
            rng.randint(1, 50),
            (f"a{i % 5000}",),
        )
        people.append(eid)
    ids = list(entities)
    claims = []
    preds = list(Predicate)
    for k in range(relations):
        p = rng.choice(preds)
        s = rng.choice(people[:200]) if k % 10 == 0 else rng.choice(people)
        o = None if p is Predicate.STATED else rng.choice(ids)
        date = rng.choice([None, f"20{rng.randint(10, 25)}", f"2025-0{rng.randint(1, 9)}-1{k % 9}"])
        article = f"a{k % 5000}"
        claims.append(
            Relation(
                s,
                p,
                o if o != s else None if p is Predicate.STATED else rng.choice(ids),
                Qualifiers(
                    rng.choice(list(Status)),
                    date if p.interaction else None,
                    None,
                    None,
                    "040" if p.interaction else None,
                ),
                Evidence(article, f"Sentence {k} about {s}.", k, k + 40),
                0.8,
                value=f"quote {k}" if p is Predicate.STATED else None,
            )
        )
    claims = [c for c in claims if c.subject != c.object]
    articles = {
        f"a{i}": Article(f"a{i}", "", "", "", (), (), f"Article {i}", "2025-08-08", "synthetic")
        for i in range(5000)
    }
    return KnowledgeGraph(entities, claims, articles)


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--relations", type=int, default=65_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=int, default=60, help="seconds per rdflib query")
    args = parser.parse_args()
    import pyoxigraph as ox

    work = Path(tempfile.mkdtemp(prefix="kg-sparql-"))
    graph = synthetic_graph(args.relations)
    busiest = max(
        sorted({r.subject for r in graph.claims if r.predicate is Predicate.MET}),
        key=lambda e: sum(
            1 for r in graph.claims if r.predicate is Predicate.MET and e in (r.subject, r.object)
        ),
    )
    name = graph.entities[busiest].label
    for key in ("who_met", "timeline", "sources"):
        BINDINGS[key] = [f"name={name}"]
    nt = work / "graph.nt"
    nt.write_text(serialize(graph, "nt"), "utf-8")
    triples = sum(1 for _ in nt.open("rb"))
    store = work / "store"
    db = ox.Store(str(store))
    db.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    db.optimize()
    del db
    start = time.perf_counter()
    ox.Store.read_only(str(store))
    reopen = (time.perf_counter() - start) * 1000
    print(f"graph: {triples:,} triples; on-disk store reopens in {reopen:.1f} ms")

    from kg.sparql.query import OxigraphEngine, RdflibEngine, parse_binding, read_query

    mem, disk = OxigraphEngine(graph=nt), OxigraphEngine(store=store)
    queries = [
        (p.stem, read_query(str(p)), dict(parse_binding(b) for b in BINDINGS.get(p.stem, [])))
        for p in sorted(Path("queries").glob("*.rq"))
    ]
    ox_times = {}
    for name, query, binds in queries:
        m = median_ms(lambda q=query, b=binds: mem.run(q, b), args.runs)
        d = median_ms(lambda q=query, b=binds: disk.run(q, b), args.runs)
        ox_times[name] = (m, d)
    start = time.perf_counter()
    rdf = RdflibEngine(graph=nt)
    print(f"rdflib parsed the graph in {time.perf_counter() - start:.0f} s")
    print(
        f"{'query':22} {'oxigraph mem':>13} {'oxigraph disk':>14} {'rdflib':>10} {'rdflib/ox':>10}"
    )
    for name, query, binds in queries:
        m, d = ox_times[name]
        r = rdflib_ms(rdf, query, binds, args.budget)
        shown = (
            f"{r:8.0f}ms {r / max(m, 0.01):9.0f}x"
            if r
            else f"{'>' + str(args.budget):>8}s {'':>10}"
        )
        print(f"{name:22} {m:11.1f}ms {d:12.1f}ms {shown}")


def rdflib_ms(engine, query, binds, budget):  # type: ignore[no-untyped-def]
    """One rdflib run in a forked child, given up after ``budget`` seconds (rdflib cannot be
    interrupted, and some joins take minutes at this size)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=lambda: queue.put(median_ms(lambda: engine.run(query, binds), 1)))
    child.start()
    child.join(budget)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get()


if __name__ == "__main__":
    main()
