"""Extraction throughput, measured side by side in one run: bare `nlp.pipe` against the whole
kg build (same model, batch size and process count), and two processes against one.

    python bench/throughput.py [--size 300] [--batch 64] [--cpu] [--corpus DIR ...]

Prints words per second and the ratios the README records. Not a test: machines are noisy.
``--cpu`` times one process in CPU time instead of wall time (for a loaded machine, where
wall-clock ratios mean little); it cannot time child processes, so it skips two.
Bare and build runs alternate (best of ``--repeat`` each); the line gives the load average
before and after, and the build's time beyond the parse in ms an article.
``--corpus DIR`` measures a folder of real articles too (e.g. ``shared/corpora/news2015``):
generated text fires few of the rules, real news many more.

Both sides run the same pipeline object (``kg.nlp.model.load_model``: the same pipes, and its
attribute ruler matched by look-ups, ``kg.nlp.attribute_rules``), the same texts (the build's
paragraph chunks) and the same batch size; the build runs as ``kg build`` runs it (mention
records counted, not kept: ``spans=False``), without the exports. ``--stock`` also times bare
``nlp.pipe`` of the pipeline as spaCy loads it (spaCy's own ``Matcher`` in the ruler), one
process, alternated with the others: the ratio a user comparing kg with spaCy alone sees.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import _here  # noqa: F401  # this checkout's kg first on sys.path

from kg.api import build_result, iter_articles
from kg.eval.synth import write_corpus
from kg.nlp.model import load_model
from kg.pipeline import chunks

CLOCK = time.perf_counter


def bare(nlp, texts, batch, workers):  # type: ignore[no-untyped-def]
    start = CLOCK()
    for _ in nlp.pipe(texts, batch_size=batch, n_process=workers):
        pass
    return CLOCK() - start


def full(nlp, corpus, batch, workers):  # type: ignore[no-untyped-def]
    start = CLOCK()
    # as ``kg build`` runs it: mentions counted, their records not kept (``cmd_build``)
    build_result([corpus], nlp=nlp, workers=workers, batch_size=batch, spans=False)
    return CLOCK() - start


def _stock_model():  # type: ignore[no-untyped-def]
    """The pinned pipeline as spaCy loads it, without kg's look-up attribute ruler."""
    import importlib

    from kg.nlp.model import model_name

    return importlib.import_module(model_name()).load()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--cpu", action="store_true", help="CPU time, one process")
    parser.add_argument(
        "--stock", action="store_true", help="also bare nlp.pipe of the pipeline as spaCy loads it"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        default=[],
        help="a folder of real articles measured too, after the generated corpus (repeatable)",
    )
    args = parser.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    generated = Path(f"bench/out/corpus-{args.size}")
    if not generated.exists():
        write_corpus(generated, args.size)
    nlp = load_model()
    stock = _stock_model() if args.stock else None
    for corpus in (generated, *args.corpus):
        articles = list(iter_articles([corpus]))
        texts = [a.text[s:e] for a in articles for s, e in chunks(a)]
        words = sum(len(t.split()) for t in texts)
        print(f"corpus {corpus}: {len(articles)} articles, {words} words, batch {args.batch}")
        results = {}
        for workers in (1,) if args.cpu else (1, 2):
            # bare and build alternate, so that a change of load meets both alike
            b = f = s = float("inf")
            load = os.getloadavg()[0]
            for _ in range(args.repeat):
                b = min(b, bare(nlp, texts, args.batch, workers))
                f = min(f, full(nlp, corpus, args.batch, workers))
                if stock is not None and workers == 1:
                    s = min(s, bare(stock, texts, args.batch, workers))
            results[workers] = (b, f)
            print(
                f"  {workers} process(es): bare nlp.pipe {words / b:,.0f} words/s, "
                f"kg build {words / f:,.0f} words/s, build/bare = {b / f:.3f} "
                f"(non-parse {1000 * (f - b) / len(articles):.1f} ms an article; load "
                f"{load:.1f} -> {os.getloadavg()[0]:.1f})"
            )
            if s < float("inf"):
                print(
                    f"  bare nlp.pipe of spaCy's own pipeline {words / s:,.0f} words/s, "
                    f"kg build / it = {s / f:.3f}"
                )
        if 2 in results:
            print(f"  kg build, 2 workers vs 1: {results[1][1] / results[2][1]:.2f}x")
            print(f"  bare nlp.pipe, 2 processes vs 1: {results[1][0] / results[2][0]:.2f}x")


if __name__ == "__main__":
    main()
