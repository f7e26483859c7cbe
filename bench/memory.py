"""Peak memory of corpus builds of several sizes (default 5,000 and 20,000 generated articles),
measured as the peak resident set of each `kg build` process, with the ratio of each peak to
the smallest; beside it, the peak reached before the HTML page is drawn (the graph, its
claims and events, and the RDF and JSON Lines exports).

    python bench/memory.py [--sizes 5000 20000 50000] [--workers 1] [--format turtle trig]

Long: a 20,000-article build takes about 20 minutes on one core. Run it alone.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kg.eval.synth import write_corpus


def peak_rss_mb(command: list[str], note: Path) -> tuple[float, float, float | None]:
    """Peak RSS of a command, its wall time, and the peak before the HTML page (noted by the
    child in ``note``)."""
    start = time.perf_counter()
    note.unlink(missing_ok=True)
    env = {**os.environ, "KG_MEMORY_NOTE": str(note)}
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed ({status})")
    before_html = float(note.read_text()) if note.exists() else None
    return usage.ru_maxrss / 1024, time.perf_counter() - start, before_html


def child(argv: list[str]) -> int:
    """``kg build`` in this process, noting the peak RSS reached when the HTML page starts,
    and every 30 s the articles reduced so far with the current and peak RSS (in the note's
    ``.log``: a build too long to finish still shows how its memory grows)."""
    import threading

    import kg.io.html
    import kg.pipeline
    from kg.cli import main as kg_main

    render = kg.io.html.render_html
    reduce = kg.pipeline.GraphBuilder.reduce
    reduced = [0]

    def counted(self: kg.pipeline.GraphBuilder, *args: Any, **kwargs: Any) -> None:
        reduced[0] += 1
        reduce(self, *args, **kwargs)

    kg.pipeline.GraphBuilder.reduce = counted  # type: ignore[method-assign]
    log = Path(os.environ["KG_MEMORY_NOTE"] + ".log")
    start = time.perf_counter()

    def sample() -> None:
        with log.open("w") as handle:
            while True:
                rss = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf(
                    "SC_PAGE_SIZE"
                )
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                handle.write(
                    f"{time.perf_counter() - start:7.0f} s  {reduced[0]:>6} articles  "
                    f"rss {rss / 2**20:7.1f} MB  peak {peak:7.1f} MB\n"
                )
                handle.flush()
                time.sleep(30)

    threading.Thread(target=sample, daemon=True).start()

    def noted(*args: object, **kwargs: object) -> str:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        Path(os.environ["KG_MEMORY_NOTE"]).write_text(f"{peak:.1f}")
        return render(*args, **kwargs)  # type: ignore[arg-type]

    kg.io.html.render_html = noted  # type: ignore[assignment]
    return kg_main(argv)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 20_000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--format", nargs="*", default=[], help="exports beside Turtle")
    args = parser.parse_args()
    rows = []
    for size in sorted(args.sizes):
        corpus = Path(f"bench/out/corpus-{size}")
        if not corpus.exists():
            write_corpus(corpus, size)
        out = Path(f"bench/out/build-{size}")
        command = [sys.executable, __file__, "--child", "build", str(corpus), "--out", str(out)]
        command += ["--workers", str(args.workers)]
        for fmt in args.format:
            command += ["--format", fmt]
        mb, seconds, before = peak_rss_mb(command, Path(f"bench/out/memory-{size}.note"))
        rows.append((size, mb, seconds, before))
        small, mb_small, _, before_small = rows[0]
        shown = f"{before:,.0f} MB" if before is not None else "not noted"
        ratio = f" ({before / before_small:.2f}x)" if before and before_small else ""
        print(
            f"{size:>6} articles: peak RSS {mb:,.0f} MB, {seconds:,.0f} s; "
            f"{mb / mb_small:.2f}x the memory of {small:,} for {size / small:.0f}x the articles; "
            f"before the HTML page: {shown}{ratio}",
            flush=True,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(child(sys.argv[2:]))
    main()
