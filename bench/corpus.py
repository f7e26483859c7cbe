"""Regenerate the measurement corpus: python bench/corpus.py --size 1000 [--out DIR]."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.eval.synth import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100, help="articles (100, 1000, 10000)")
    parser.add_argument("--out", default=None, help="default bench/out/corpus-SIZE")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    out = Path(args.out or f"bench/out/corpus-{args.size}")
    words = write_corpus(out, args.size, args.seed)
    print(f"wrote {args.size} articles, {words} words, into {out}")


if __name__ == "__main__":
    main()
