"""Peak memory of the reduce and the exports alone, at corpus sizes a parse cannot reach on a
busy machine: a generated corpus is parsed and mapped once (its records cached in
``bench/out/replay-N.pkl``), then each size is built in a fresh process by reducing those
records again and again under new article ids (copy k of article A is ``A~k``), and the graph
is written with every export but the HTML page. The entities stay those of the parsed corpus
while claims, events and mentions grow with the copies: what this shows is whether memory
follows the entities or the claims. Each copy is an article of its own everywhere: its id is
renamed in every resolver call of the record (mention records, ``ensure``, article-scoped
labels "protesters [A~k]"), so the resolver grows per article as in a real build.

    python bench/memory_replay.py [--parse 500] [--sizes 5000 20000 50000] [--html] [--trace]

``--html`` writes the HTML page too (every export of `kg build`).

``--trace`` also prints the 25 source lines holding the most memory at the reduce's peak and
at the exports' peak (``tracemalloc``, sampled each second by a thread that snapshots the heap
whenever it grows past its highest so far; slower, for finding what grows between two sizes).

Records the corpus answers differently in a later copy (their rules would run again and need
the parse) are skipped and counted. Run it with ``PYTHONPATH`` on the tree to measure.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any


def renamed(value: Any, old: str, new: str) -> Any:
    """``value`` with article id ``old`` made ``new``: the id itself, and inside labels
    scoped to the article ("protesters [old]")."""
    if isinstance(value, str):
        if value == old:
            return new
        return value.replace(f"[{old}]", f"[{new}]") if old in value else value
    if isinstance(value, tuple):
        return tuple(renamed(v, old, new) for v in value)
    if isinstance(value, list):
        return [renamed(v, old, new) for v in value]
    if isinstance(value, dict):
        return {renamed(k, old, new): renamed(v, old, new) for k, v in value.items()}
    if isinstance(value, frozenset | set):
        return type(value)(renamed(v, old, new) for v in value)
    if is_dataclass(value) and not isinstance(value, type | Enum):
        changes = {}
        for f in fields(value):
            before = getattr(value, f.name)
            after = renamed(before, old, new)
            if after is not before:
                changes[f.name] = after
        return replace(value, **changes) if changes else value
    return value


def records(size: int) -> Path:
    """Parse and map a generated corpus of ``size`` articles once; the cached records."""
    cache = Path(f"bench/out/replay-{size}.pkl")
    if cache.exists():
        return cache
    from kg.api import iter_articles
    from kg.eval.synth import write_corpus
    from kg.pipeline import run_build

    corpus = Path(f"bench/out/corpus-{size}")
    if not corpus.exists():
        write_corpus(corpus, size)
    run = run_build(iter_articles([corpus]), keep=True)
    assert run.builder.kept is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as out:
        pickle.dump(run.builder.kept, out, protocol=pickle.HIGHEST_PROTOCOL)
    return cache


def child(cache: Path, size: int, out: Path, trace: bool = False, html: bool = False) -> None:
    """Reduce ``size`` copies' worth of the cached records and write the exports."""
    peaks = _PeakTracer() if trace else None
    from kg.errors import KgError
    from kg.io.export import write_outputs
    from kg.pipeline import GraphBuilder

    with cache.open("rb") as src:
        kept = pickle.load(src)  # written by records() above
    builder = GraphBuilder(spans=False)  # as `kg build` makes it: mentions counted
    skipped = 0

    def no_parse() -> list:  # type: ignore[type-arg]
        raise KgError("re-run")

    for i in range(size):
        article, record = kept[i % len(kept)]
        copy = replace(article, id=f"{article.id}~{i // len(kept)}")
        try:
            builder.reduce(copy, renamed(record, article.id, copy.id), no_parse)
        except KgError:
            skipped += 1
    graph = builder.graph()
    reduced = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if peaks is not None:
        peaks.phase("exports")
    write_outputs(graph, out, ("turtle", "trig"), html=html)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if peaks is not None:
        peaks.report()
    print(f"{len(graph.entities)} {len(graph.claims)} {skipped} {reduced:.1f} {peak:.1f}")


class _PeakTracer:
    """``tracemalloc`` with a thread that snapshots the heap each time it grows 2% past its
    highest so far, one best snapshot per phase ("reduce", then "exports")."""

    def __init__(self) -> None:
        import threading
        import tracemalloc

        self._tracemalloc = tracemalloc
        tracemalloc.start()
        self._phase = "reduce"
        self._best: dict[str, tuple[int, Any]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def phase(self, name: str) -> None:
        self._sample(force=True)
        self._phase = name

    def _sample(self, force: bool = False) -> None:
        current = self._tracemalloc.get_traced_memory()[0]
        best = self._best.get(self._phase, (0, None))[0]
        if current > best * (1.0 if force else 1.02):
            self._best[self._phase] = (current, self._tracemalloc.take_snapshot())

    def _watch(self) -> None:
        while not self._stop.wait(1.0):
            self._sample()

    def report(self) -> None:
        self._stop.set()
        self._thread.join()
        for name, (size, snapshot) in self._best.items():
            print(f"# peak of {name}: {size / 2**20:.1f} MB traced")
            top = snapshot.statistics("lineno")[:30]
            print("\n".join(f"# {s.size / 2**20:8.2f} MB {s.count:>9} {s.traceback}" for s in top))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parse", type=int, default=500, help="articles parsed once")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 20_000, 50_000])
    parser.add_argument("--trace", action="store_true", help="the lines holding most memory")
    parser.add_argument("--html", action="store_true", help="write the HTML page too")
    args = parser.parse_args()
    cache = records(args.parse)
    small: float | None = None
    for size in sorted(args.sizes):
        with tempfile.TemporaryDirectory(prefix="kg-replay-") as out:
            start = time.perf_counter()
            command = [sys.executable, __file__, "--child", str(cache), str(size), out]
            command += ["--trace"] if args.trace else []
            command += ["--html"] if args.html else []
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            seconds = time.perf_counter() - start
        lines = done.stdout.splitlines()
        print("\n".join(line for line in lines if line.startswith("#")))
        entities, claims, skipped, reduced, peak = lines[-1].split()
        small = small or float(peak)
        print(
            f"{size:>6} articles ({skipped} skipped): {entities} entities, {claims} claims; "
            f"peak RSS after the reduce {float(reduced):,.0f} MB, with the exports "
            f"{float(peak):,.0f} MB ({float(peak) / small:.2f}x the smallest), {seconds:,.0f} s",
            flush=True,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(
            Path(sys.argv[2]),
            int(sys.argv[3]),
            Path(sys.argv[4]),
            "--trace" in sys.argv,
            "--html" in sys.argv,
        )
    else:
        os.environ.setdefault("PYTHONHASHSEED", "0")
        main()
