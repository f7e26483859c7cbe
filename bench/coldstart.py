"""`kg query` cold start: a new process that loads the seed's Turtle and answers one query.

python bench/coldstart.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    command = [
        sys.executable,
        "-m",
        "kg.cli",
        "query",
        "queries/who_met.rq",
        "--bind",
        "name=Putin",
        "--format",
        "csv",
    ]
    baseline = [sys.executable, "-c", "pass"]
    times, python = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run(baseline, check=True, capture_output=True)
        python.append(time.perf_counter() - start)
    q, p = statistics.median(times), statistics.median(python)
    print(
        f"kg query cold start: median {q * 1000:.0f} ms over {args.runs} runs "
        f"(bare python start {p * 1000:.0f} ms; ratio {q / p:.1f}x)"
    )


if __name__ == "__main__":
    main()
