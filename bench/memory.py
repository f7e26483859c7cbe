"""Peak memory of a corpus build (default 10,000 generated articles), measured as the peak
resident set of the `kg build` process, beside the same build of a tenth of the corpus.

    python bench/memory.py [--size 10000] [--workers 1]
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
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    rows = []
    for size in (args.size // 10, args.size):
        corpus = Path(f"bench/out/corpus-{size}")
        if not corpus.exists():
            write_corpus(corpus, size)
        out = Path(f"bench/out/build-{size}")
        mb, seconds = peak_rss_mb(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                str(corpus),
                "--out",
                str(out),
                "--workers",
                str(args.workers),
            ]
        )
        rows.append((size, mb, seconds))
        print(f"{size:>6} articles: peak RSS {mb:,.0f} MB, {seconds:,.0f} s")
    (small, mb_small, _), (big, mb_big, _) = rows
    print(
        f"memory ratio {big}/{small} articles: {mb_big / mb_small:.2f}x for {big / small:.0f}x "
        "the articles"
    )


if __name__ == "__main__":
    main()
