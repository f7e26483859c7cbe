"""`kg add` of a few articles against a full build of the same corpus, in CPU time of this
process (the machine's other load does not count), exports and store included.

    python bench/add_cost.py [--size 1000] [--add 10]

Builds a store of SIZE generated articles with `kg add` (so it keeps its records), adds ADD
more, and builds all SIZE+ADD from scratch; prints both times and their ratio. Not a test.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from kg.api import build_result
from kg.eval.synth import write_corpus
from kg.io.export import write_outputs
from kg.nlp.model import load_model
from kg.sparql.incremental import add_articles
from kg.sparql.store import write_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--add", type=int, default=10)
    args = parser.parse_args()
    corpus = Path(f"bench/out/corpus-{args.size + args.add}")
    if not corpus.exists():
        write_corpus(corpus, args.size + args.add)
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    nlp = load_model()
    clock = time.process_time
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store, out = work / "store", work / "out"
        report = add_articles(files[: args.size], store, nlp=nlp)
        write_outputs(report.graph, out, ("turtle", "trig"), html=False)
        write_store(out / "graph.trig", store, None, report.records)
        start = clock()
        report = add_articles(files, store, nlp=nlp)
        t1 = clock()
        write_outputs(report.graph, out, ("turtle", "trig"), html=False)
        t2 = clock()
        write_store(out / "graph.trig", store, None, report.records)
        add = clock() - start
        split = (t1 - start, t2 - t1, add - (t2 - start))
        assert len(report.added) == args.add, report.added
        start = clock()
        full = build_result(files, nlp=nlp).graph
        write_outputs(full, work / "full", ("turtle", "trig"), html=False)
        write_store(work / "full" / "graph.trig", work / "store2")
        build = clock() - start
        same = (out / "graph.ttl").read_bytes() == (work / "full" / "graph.ttl").read_bytes()
        shutil.rmtree(work / "full")
    print(f"corpus: {args.size} articles in the store, {args.add} added")
    print(f"kg add of {args.add}: {add:.1f} s CPU; full build of {len(files)}: {build:.1f} s CPU")
    print(f"add / full build: {add / build:.3f}; same Turtle as the full build: {same}")
    print(
        f"kg add: parse new + replay held {split[0]:.1f} s, exports {split[1]:.1f} s, "
        f"store {split[2]:.1f} s"
    )


if __name__ == "__main__":
    main()
