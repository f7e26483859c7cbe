"""Peak memory of corpus builds of several sizes (default 5,000 and 20,000 generated articles),
measured as the peak resident set of each `kg build` process, with the ratio of each peak to
the smallest.

    python bench/memory.py [--sizes 5000 20000 50000] [--workers 1] [--format turtle trig]

Long: a 20,000-article build takes about 20 minutes on one core. Run it alone.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from kg.eval.synth import write_corpus


def peak_rss_mb(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed ({status})")
    return usage.ru_maxrss / 1024, time.perf_counter() - start


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
        command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out)]
        command += ["--workers", str(args.workers)]
        for fmt in args.format:
            command += ["--format", fmt]
        mb, seconds = peak_rss_mb(command)
        rows.append((size, mb, seconds))
        small, mb_small, _ = rows[0]
        print(
            f"{size:>6} articles: peak RSS {mb:,.0f} MB, {seconds:,.0f} s; "
            f"{mb / mb_small:.2f}x the memory of {small:,} for {size / small:.0f}x the articles",
            flush=True,
        )


if __name__ == "__main__":
    main()
