"""`kg add` of a few articles against a full build of the same corpus, in CPU time of this
process (the machine's other load does not count), exports and store included.

    python bench/add_cost.py [--size 1000] [--add 10] [--rescan] [--keep DIR]

Builds a store of SIZE generated articles as `kg build --store` does (records and build state
saved), adds ADD more as `kg add` does, and builds all SIZE+ADD from scratch with the same
exports (Turtle, TriG, JSON Lines) and store; prints both times, their ratio and where the
add's time goes. `kg add` is given the ADD new files, or with ``--rescan`` the whole folder
(every held file is read and hashed to be skipped). ``--keep DIR`` keeps the SIZE store
between runs. Both give the same exports and store content (checked). Not a test.

``--replay P`` makes big stores affordable: only P generated articles (and the ADD new ones)
are parsed, in a real build whose CPU time gives the parse and rules' cost per article; the
store of SIZE articles is then made from the P records reduced again under new article ids
(copy k of article A is ``A~k``, renamed in every resolver call, as in
``bench/memory_replay.py``), written as `kg build --store` writes it. The full build of
SIZE + ADD is that per-article cost times SIZE + ADD, plus the measured CPU time of the same
replay route for all SIZE + ADD records (reduce, exports, store). The add is real: `kg add`
of the ADD files to the replayed store, exports patched and store updated in place, checked
against the replayed full build's exports and store.

    python bench/add_cost.py --replay 300 --sizes 1000 3000 10000 [--add 10]
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


def _replayed(kept: list, size: int) -> list:  # type: ignore[type-arg]
    """``size`` records: copies of ``kept`` under new article ids."""
    from dataclasses import replace

    from memory_replay import renamed  # bench/ is this script's folder

    out = []
    for i in range(size):
        article, record = kept[i % len(kept)]
        copy = replace(article, id=f"{article.id}~{i // len(kept)}")
        out.append((copy, renamed(record, article.id, copy.id)))
    return out


def _replay_store(items: list, folder: Path, nlp: object) -> None:  # type: ignore[type-arg]
    """Reduce ``items`` (articles with records) and write the exports and store from them."""
    from kg.pipeline import run_build

    run = run_build([], nlp=nlp, held=items, keep=True, spans=False)
    write_outputs(run.builder.graph(), folder / "out", FORMATS, html=False)
    write_store(
        folder / "out" / "graph.trig",
        folder / "store",
        None,
        run.builder.kept,
        exports=folder / "out",
    )


def replay_main(args: argparse.Namespace) -> None:
    """``--replay``: see the module docstring."""
    corpus = Path(f"bench/out/corpus-{args.replay + args.add}")
    if not corpus.exists():
        write_corpus(corpus, args.replay + args.add)
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    nlp = load_model()
    user_lexicon()
    clock = time.process_time
    start = clock()
    real = build_result(files, nlp=nlp, keep_records=True, spans=False)
    parse = (clock() - start) / len(files)
    assert real.records is not None
    assert len(real.records) == len(files)
    kept, new = real.records[: args.replay], real.records[args.replay :]
    print(f"real build of {len(files)}: {parse * 1000:.1f} ms CPU an article (parse + rules)")
    for size in args.sizes or [args.size]:
        _replay_one(args, size, kept, new, files, parse, nlp)


def _replay_one(
    args: argparse.Namespace,
    size: int,
    kept: list,  # type: ignore[type-arg]
    new: list,  # type: ignore[type-arg]
    files: list[Path],
    parse: float,
    nlp: object,
) -> None:
    clock = time.process_time
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        start = clock()
        _replay_store(_replayed(kept, size), work / "add", nlp)
        made = clock() - start
        store, out = work / "add" / "store", work / "add" / "out"
        start = clock()
        report = add_articles(files[args.replay :], store, nlp=nlp)
        t1 = clock()
        commit_update(report, out, store, html=False)
        add = clock() - start
        reduce = t1 - start
        assert len(report.added) == args.add, report.added
        start = clock()
        _replay_store([*_replayed(kept, size), *new], work / "full", nlp)
        rest = clock() - start
        full = parse * (size + args.add) + rest
        names = ("graph.ttl", "graph.trig", "relations.jsonl", "entities.jsonl", "events.jsonl")
        same = all((out / n).read_bytes() == (work / "full/out" / n).read_bytes() for n in names)
        same_store = _quads(store) == _quads(work / "full" / "store")
    print(f"store of {size} replayed articles (made in {made:.1f} s CPU); {args.add} added")
    print(
        f"  kg add of {args.add}: {add:.2f} s CPU; full build of {size + args.add}: "
        f"{full:.1f} s CPU = {parse * (size + args.add):.1f} s parse and rules + "
        f"{rest:.1f} s reduce, exports and store (replayed)"
    )
    print(f"  add / full build: {add / full:.4f}; same exports: {same}; same store: {same_store}")
    print(
        f"  kg add: read, parse and reduce the new articles {reduce:.2f} s; "
        f"exports and store {add - reduce:.2f} s (patched: {', '.join(report.patched)})",
        flush=True,
    )
    if args.remove:
        _replay_remove(kept, new, size, full, nlp)


def _replay_remove(kept: list, new: list, size: int, full: float, nlp: object) -> None:  # type: ignore[type-arg]
    """``--remove`` with ``--replay``: `kg remove` of the middle article of a store of
    ``size`` replayed articles and ``new`` added, against a full build (``full`` s)."""
    clock = time.process_time
    items = [*_replayed(kept, size), *new]
    middle = items[size // 2][0].id
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _replay_store(items, work / "rm", nlp)
        store, out = work / "rm" / "store", work / "rm" / "out"
        start = clock()
        report = remove_articles(store, [middle], nlp=nlp)
        t1 = clock()
        commit_update(report, out, store, html=False)
        took = clock() - start
        _replay_store([i for i in items if i[0].id != middle], work / "full", nlp)
        names = ("graph.ttl", "graph.trig", "relations.jsonl", "entities.jsonl", "events.jsonl")
        same = all((out / n).read_bytes() == (work / "full/out" / n).read_bytes() for n in names)
        same_store = _quads(store) == _quads(work / "full" / "store")
    tail = getattr(report, "tail", None)
    start_at = f"from record {tail.base.position}" if tail is not None else "from the first record"
    print(
        f"  kg remove of the middle article: {took:.2f} s CPU (replay {start_at}: "
        f"{t1 - start:.2f} s; exports and store {took - (t1 - start):.2f} s); "
        f"/ full build: {took / full:.4f}; same exports: {same}; same store: {same_store}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--add", type=int, default=10)
    parser.add_argument("--rescan", action="store_true", help="kg add the whole folder")
    parser.add_argument("--keep", help="a folder to keep the SIZE store in between runs")
    parser.add_argument("--remove", action="store_true", help="also time kg remove of one")
    parser.add_argument("--replay", type=int, help="parse only this many; replay to --size")
    parser.add_argument("--sizes", type=int, nargs="*", help="with --replay: several stores")
    args = parser.parse_args()
    if args.replay:
        replay_main(args)
        return
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
