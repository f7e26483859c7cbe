"""`kg add` of a few articles against a full build of the same corpus, in CPU time of this
process (the machine's other load does not count), exports and store included.

    python bench/add_cost.py [--size 1000] [--add 10] [--rescan] [--keep DIR]

Builds a store of SIZE generated articles as `kg build --store` does (records and build state
saved), adds ADD more as `kg add` does, and builds all SIZE+ADD from scratch with the same
exports (Turtle, TriG, JSON Lines) and store; prints both times, their ratio and where the
add's time goes. `kg add` is given the ADD new files, or with ``--rescan`` the whole folder
(every held file is read and hashed to be skipped). ``--keep DIR`` keeps the SIZE store
between runs. Both give the same exports and store content (checked). Not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.api import build_result, user_lexicon
from kg.eval.synth import write_corpus
from kg.io.export import write_outputs
from kg.io.fsio import open_store
from kg.nlp.model import load_model
from kg.sparql.incremental import add_articles, commit_update, remove_articles
from kg.sparql.store import write_store

FORMATS = ("turtle", "trig")


def _quads(store: Path) -> list[bytes]:
    return sorted((open_store(store).dump(format=ox.RdfFormat.N_QUADS) or b"").splitlines())


def _base(files: list[Path], base: Path, nlp: object) -> None:
    """The store of the first files, as `kg build --store` writes it."""
    if (base / "store").is_dir():
        return
    shutil.rmtree(base, ignore_errors=True)
    result = build_result(files, nlp=nlp, keep_records=True)
    write_outputs(result.graph, base / "out", FORMATS, html=False)
    write_store(
        base / "out" / "graph.trig", base / "store", None, result.records, exports=base / "out"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--add", type=int, default=10)
    parser.add_argument("--rescan", action="store_true", help="kg add the whole folder")
    parser.add_argument("--keep", help="a folder to keep the SIZE store in between runs")
    parser.add_argument("--remove", action="store_true", help="also time kg remove of one")
    args = parser.parse_args()
    corpus = Path(f"bench/out/corpus-{args.size + args.add}")
    if not corpus.exists():
        write_corpus(corpus, args.size + args.add)
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    nlp = load_model()
    user_lexicon()  # loaded once for both sides
    clock = time.process_time
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = Path(args.keep) / f"store-{args.size}" if args.keep else work / "base"
        _base(files[: args.size], base, nlp)
        # hard links: the copy's exports are the very files the store's state names
        shutil.copytree(base, work / "add", copy_function=os.link)
        store, out = work / "add" / "store", work / "add" / "out"
        new = files if args.rescan else files[args.size :]
        start = clock()
        report = add_articles(new, store, nlp=nlp)
        t1 = clock()
        commit_update(report, out, store, html=False)
        add = clock() - start
        split = (t1 - start, add - (t1 - start))
        assert len(report.added) == args.add, report.added
        removed = None
        if args.remove:  # the middle article: every later record is replayed
            start = clock()
            gone = remove_articles(store, [sorted(report.graph.articles)[args.size // 2]], nlp=nlp)
            commit_update(gone, out, store, html=False)
            removed = clock() - start
        start = clock()
        full = build_result(files, nlp=nlp).graph
        write_outputs(full, work / "full", FORMATS, html=False)
        write_store(work / "full" / "graph.trig", work / "store2")
        build = clock() - start
        if args.remove:
            out = work / "again" / "out"  # the exports of the add, for the comparison
            store = work / "again" / "store"
            shutil.copytree(base, work / "again", copy_function=os.link)
            commit_update(add_articles(new, store, nlp=nlp), out, store, html=False)
        names = ("graph.ttl", "graph.trig", "relations.jsonl", "entities.jsonl", "events.jsonl")
        same = all((out / n).read_bytes() == (work / "full" / n).read_bytes() for n in names)
        same_store = _quads(store) == _quads(work / "store2")
    print(f"corpus: {args.size} articles in the store, {args.add} added ({len(new)} files given)")
    print(f"kg add of {args.add}: {add:.2f} s CPU; full build of {len(files)}: {build:.1f} s CPU")
    print(f"add / full build: {add / build:.3f}; same exports: {same}; same store: {same_store}")
    if removed is not None:
        print(f"kg remove of 1 (then): {removed:.2f} s CPU, / full build: {removed / build:.3f}")
    print(
        f"kg add: read, parse and reduce the new articles {split[0]:.2f} s; "
        f"exports and store {split[1]:.2f} s (patched: {', '.join(report.patched) or 'none'})"
    )
    if report.changes is not None:
        parts = report.changes
        print(
            f"store parts rewritten: {len(parts.entities.put | parts.entities.drop)} entities, "
            f"{len(parts.graphs.put | parts.graphs.drop)} article graphs, "
            f"{len(parts.events.put | parts.events.drop)} events"
        )


if __name__ == "__main__":
    main()
